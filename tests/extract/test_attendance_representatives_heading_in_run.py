"""A representatives' heading between two entries of a run of "Name (Organisation)" entries.

A council's header runs its groups together: "Beslutande: Suzanne Åkerlund (FP), ordförande Ella Kardemark (KD)
Tommy Lundkvist (FP) Representanter från handikapporganisationerna Maritha Johansson (DF) Lennart Germundsson
(Astma & allergi) Gun Ahlm (STAM)". The heading ("Representanter från/för ...") is skipped and the run read on.

Look-alikes: other words between two entries ("ersätter David Dahl (M)", a sentence) still make the run another
layout that this reader leaves alone.
"""

from __future__ import annotations

from functools import partial

import pytest

from planner.extract.attendance import _paren_entries
from tests.extract.attendance_lists import attendance_names

_lists = partial(attendance_names, head="Protokoll 2013-02-18\n\n", tail="\n\n§ 1 Mötets öppnande\n\nOrdföranden öppnade mötet.")


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (("Ella Kardemark (KD) Tommy Lundkvist (FP) Representanter från handikapporganisationerna Maritha Johansson"
          " (DF) Lennart Germundsson (Astma & allergi) Gun Ahlm (STAM)"),
         ["Ella Kardemark", "Tommy Lundkvist", "Maritha Johansson", "Lennart Germundsson", "Gun Ahlm"]),
        (("Anna Ek (S) Bo Berg (M) Representanter för pensionärsorganisationerna: Cia Holm (PRO) Eva Lund (SPF)"),
         ["Anna Ek", "Bo Berg", "Cia Holm", "Eva Lund"]),
        # look-alikes
        ("Anna Ek (S) Bo Berg (M) ersätter Per Dahl (M) Cia Holm (PRO) Eva Lund (SPF)", []),
        ("Anna Ek (S) Bo Berg (M) Representanter från kommunerna deltog i mötet Cia Holm (PRO) Eva Lund (SPF)", []),
    ],
)
def test_representatives_heading_between_entries(text: str, names: list[str]) -> None:
    assert [p.name for p in _paren_entries(text, 0)] == names


def test_council_with_organisations_representatives() -> None:
    present, _ = _lists(
        "Beslutande: Suzanne Åkerlund (FP), ordförande Ella Kardemark (KD) Tommy Lundkvist (FP) Representanter från"
        " handikapporganisationerna Maritha Johansson (DF) Lennart Germundsson (Astma & allergi) Gun Ahlm (STAM)"
        " Övriga deltagande: Kerstin Hägertz (HRF), Bertil Bengtsson (FUB)")
    assert present == ["Suzanne Åkerlund", "Ella Kardemark", "Tommy Lundkvist", "Maritha Johansson",
                       "Lennart Germundsson", "Gun Ahlm", "Kerstin Hägertz", "Bertil Bengtsson"]
