"""A club's page may print its standing agenda above the minutes, as a template for every meeting ("Stående
dagordning vid månadsmöten i Lions Club Grillby" and its numbered entries, a rule of "xxxx" drawn below), then the
minutes' own title with the meeting's day ("Protokoll fört vid Lions Club Grillby månadsmöte onsdagen 18
september 2019."). The head is read below the template. Look-alikes: a standing agenda with too few entries, one
that stands lower in the text, minutes with no template."""

from __future__ import annotations

import pytest

from planner.extract.header import document_parts, extract_meeting, standing_agenda_end
from planner.extract.text import minutes_from_text

_RULE = "x" * 60
_TEMPLATE = ("Möten\n\n" + _RULE + "\n\nStående dagordning vid månadsmöten i Lions Club Grillby\n\n 1. Mötet öppnas\n"
             " 2. Godkännande av dagordningen\n 3. Upprop\n 4. Föregående protokoll\n 5. Rapporter och info\n\n"
             + _RULE + "\n\n")
_MINUTES = ("Protokoll fört vid Lions Club Grillby månadsmöte onsdagen 18 september 2019.\n\n1. LP Claes öppnade "
            "mötet.\n\n2. Den föreslagna dagordningen godkändes.\n\n3. Upprop: Närvarande 12 medlemmar.\n")


def test_head_below_standing_agenda() -> None:
    meeting = extract_meeting(minutes_from_text(_TEMPLATE + _MINUTES))[0]
    assert meeting.date == "2019-09-18"
    assert meeting.body is not None and "Lions Club Grillby" in meeting.body


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (_TEMPLATE + _MINUTES, True),
        # look-alikes
        ("Stående dagordning\n\n 1. Mötet öppnas\n 2. Upprop\n\n" + _MINUTES, False),  # two entries only
        (_MINUTES, False),
        (("Protokoll styrelsemöte\n\nVi gick igenom\n\ndet mesta\n\nav allt\n\ni år\n\noch mer\n\n"
         "Stående dagordning\n\n 1. Mötet öppnas\n 2. Upprop\n 3. Övrigt\n\nSlut\n"), False),  # lower in the text
    ],
)
def test_standing_agenda_end(text: str, found: bool) -> None:
    assert bool(standing_agenda_end(document_parts(minutes_from_text(text)))) is found
