"""A party column flattened before its names ("M Anders Lindahl C Lena Ferm Hansson ..."), as municipal headers
write the decision makers: a local party, a middle initial and a note of serving for someone without a comma.

- A local party's code that the run writes in parentheses after a name ("Henry Sandahl (MBP)") is a party mark
  before a name in the same run too ("MBP Henry Sandahl (MBP)"); a code the run never writes in parentheses is not.
- A middle initial may stand in the name after the party ("SD Natalia E. Henriksson").
- "Egon Svensson tjänstgör för Elise Benjaminsson (M)": the substitute serves for the member, with or without a
  comma; the member is read absent when not listed present.

Look-alikes: capitals that are no party and never written in parentheses, and prose after a name, read no run.
"""

from __future__ import annotations

from functools import partial

import pytest

from planner.extract.attendance import _party_first_run
from tests.extract.attendance_lists import attendance_names

_lists = partial(attendance_names, head="Protokoll 2016-12-15\n\n", tail="\n\n§ 1 Mötet öppnas\n\nOrdföranden hälsade alla välkomna.")


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("M Anders Lindahl (M) MBP Henry Sandahl (MBP) KD Elise Arnell S Urban Jernberg",
         [("Anders Lindahl", "M", None), ("Henry Sandahl", "MBP", None), ("Elise Arnell", "KD", None),
          ("Urban Jernberg", "S", None)]),
        ("S Jonny Karlsson V Kjell Andersson SD Natalia E. Henriksson",
         [("Jonny Karlsson", "S", None), ("Kjell Andersson", "V", None), ("Natalia E. Henriksson", "SD", None)]),
        (("M Elise Benjaminsson L Egon Svensson tjänstgör för Elise Benjaminsson (M) C Lena Ferm Hansson"
          " tjänstgör för Ann-Christine Andreasson (C) S Bodil Wennerström"),
         [("Elise Benjaminsson", "M", None), ("Egon Svensson", "L", "ersättare för Elise Benjaminsson"),
          ("Lena Ferm Hansson", "C", "ersättare för Ann-Christine Andreasson"), ("Bodil Wennerström", "S", None)]),
        ("S Håkan Andersson, tjänstgör för Marcus Holmquist (V) M Bengt Ferm C Ragnar Nilsson",
         [("Håkan Andersson", "S", "ersättare för Marcus Holmquist"), ("Bengt Ferm", "M", None),
          ("Ragnar Nilsson", "C", None)]),
        # look-alikes
        ("M Anders Lindahl ABC Henry Sandahl KD Elise Arnell S Urban Jernberg", []),
        ("M Anders Lindahl (M) MBP Henry Sandahl KD Elise Arnell S Urban Jernberg (ABC)", []),
        ("M Anders Lindahl tjänstgjorde hela mötet S Bodil Wennerström C Lena Ferm Hansson", []),
    ],
)
def test_party_first_run(text: str, read: list[tuple[str, str, str | None]]) -> None:
    people = _party_first_run(text, 0)
    assert [(p.name, p.party, p.role) for p in people] == read
    assert all(text[p.start: p.end] == p.name for p in people)


def test_member_served_for_is_absent() -> None:
    present, absent = _lists(
        "Plats och tid Sätila 15 december 2016 kl Beslutande L Sofia Sjöstrand, ordförande M Anders Lindahl (M)"
        " L Egon Svensson tjänstgör för Elise Benjaminsson (M) MBP Henry Sandahl (MBP) SD Natalia E. Henriksson"
        " Övriga närvarande")
    assert present == ["Sofia Sjöstrand", "Anders Lindahl", "Egon Svensson", "Henry Sandahl", "Natalia E. Henriksson"]
    assert absent == ["Elise Benjaminsson"]
