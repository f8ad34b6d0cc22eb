"""A contents line that lost one or two numbers goes on after the gap.

"... 27 Uppföljning och prognos per den 31 mars Ny delegationsordning, 1 juni Investeringsprojekt
formell nämndhantering 30 Samråd ... 31 Detaljplan ... 32 Inkomna skrivelser 33 Delegerade beslut":
a stored copy dropped 28 and 29. The numbers right after the last heading on its line that count up
by one three times or more, starting at most three above it, go on the sequence. Look-alikes: only
two numbers after the gap, a gap of three lost numbers, and numbers that do not count up stay out.
"""

from __future__ import annotations

import pytest

from planner.extract.items import find_headings
from planner.extract.text import minutes_from_text

_HEAD = """Protokoll. Tekniska nämnden

Transkript

1 Tekniska nämnden = 24-33

"""

_FRONT = (
    "2 Tekniska nämnden sammanträde den 14 april 2011 Informationer och överläggningar 24 Dagvattenplan för "
    "tätorten 25 Ny huvudvattenledning mellan Gråbovägen och vattentornet 26 Installation av UV-filter på "
    "vattenverket 27 Uppföljning och prognos per den 31 mars Ny delegationsordning, 1 juni Investeringsprojekt "
    "formell nämndhantering"
)

_TAIL = "\n\n3 Tekniska nämnden Sida 1 Plats och tid Tekniska kontoret, Sveagatan 12, kl 15: Beslutande Anna Berg (M)\n"


def _numbers(after: str) -> list[str | None]:
    heads, _ = find_headings(minutes_from_text(_HEAD + _FRONT + after + _TAIL))
    return [h.number for h in heads]


_FIRST = ["24", "25", "26", "27"]
_TWO_LOST = " 30 Samråd av detaljplan för evenemangshall 31 Detaljplan för bostäder 32 Inkomna skrivelser 33 Delegerade beslut"


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        # the two titles whose numbers were lost stand between, unnumbered (`_gap_titles`; as the gold of 586)
        (_TWO_LOST, [*_FIRST, None, None, "30", "31", "32", "33"]),
        (
            " 29 Samråd av detaljplan 30 Detaljplan för bostäder 31 Delegerade beslut",
            [*_FIRST, "29", "30", "31"],
        ),
        (
            " 30 Samråd av detaljplan för evenemangshall 31 Detaljplan för bostäder",
            _FIRST,
        ),  # two after the gap
        (" 31 Samråd av detaljplan 32 Detaljplan för bostäder 33 Delegerade beslut", _FIRST),  # three lost
        (" 40 Samråd av detaljplan 41 Detaljplan för bostäder 42 Delegerade beslut", _FIRST),  # far above
    ],
    ids=["two-lost", "one-lost", "only-two-after", "three-lost", "far-above"],
)
def test_run_after_lost_numbers(after: str, expected: list[str | None]) -> None:
    assert _numbers(after) == expected
