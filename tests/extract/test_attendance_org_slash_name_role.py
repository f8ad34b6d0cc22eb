"""List rows written "Organisation/Name, Role" or "Organisation/Name/Role" ("Huddinge kommun/Marie-Louise
Khan-Tamakloe, Verksamhetschef Arbete och Försörjning", "Botkyrka kommun/Lisbeth Jacobsson/Verksamhetschef
Vuxenutbildningen", "Arbetsförmedlingen/ Ingela Andersson, AMO 3 chef"): the name is the middle part, the
organisation before the slash, the role after it. Before, no row was read (or the list stopped at the first row
with no comma).

Look-alikes: a name first ("Anna Svensson/Huddinge kommun"), and two names joined by a slash (a couple).
"""

from __future__ import annotations

import pytest

from planner.extract.attendance import _person
from tests.extract.attendance_lists import attendance_names

HEAD = "Styrgruppsmöte 2010-05-11\n\n"
TAIL = "\n\n1. Mötets öppnande\nOrdföranden öppnade mötet.\n"


@pytest.mark.parametrize(
    ("row", "want"),
    [
        ("Huddinge kommun/Marie-Louise Khan-Tamakloe, Verksamhetschef Arbete och Försörjning",
         ("Marie-Louise Khan-Tamakloe", "Huddinge kommun", "Verksamhetschef Arbete och Försörjning")),
        ("Salems kommun/Susan Troberg/ Verksamhetschef, Arbetsmarknadsenheten",
         ("Susan Troberg", "Salems kommun", "Verksamhetschef, Arbetsmarknadsenheten")),
        ("Botkyrka kommun/Lisbeth Jacobsson/Verksamhetschef Vuxenutbildningen",
         ("Lisbeth Jacobsson", "Botkyrka kommun", "Verksamhetschef Vuxenutbildningen")),
        ("Arbetsförmedlingen/ Ingela Andersson, AMO 3 chef.", ("Ingela Andersson", "Arbetsförmedlingen", "AMO 3 chef")),
        ("Södertälje kommun/Ingrid Bodinger", ("Ingrid Bodinger", "Södertälje kommun", None)),
    ],
)
def test_org_slash_name_role_row(row: str, want: tuple[str, str, str | None]) -> None:
    p = _person(row, 0)
    assert p is not None and (p.name, p.organisation, p.role) == want


@pytest.mark.parametrize("row", [
    "Anna Svensson/Huddinge kommun",
    "Helge Öen/Grete Öen",
    "Huddinge kommun/Anna Svensson/Per Olsson",
])
def test_lookalikes_are_no_org_slash_row(row: str) -> None:
    p = _person(row, 0)
    assert p is None or p.organisation != row.split("/")[0]


def test_list_of_org_slash_rows_is_read_whole() -> None:
    text = ("Deltagare:\nHuddinge kommun/Marie-Louise Khan-Tamakloe, Verksamhetschef Arbete och Försörjning\n"
            "Botkyrka kommun/Lisbeth Jacobsson/Verksamhetschef Vuxenutbildningen\n"
            "Haninge kommun/Lis Trana, verksamhetschef, Individ och Familj\n"
            "Ej närvarande:\nSödertälje kommun/Ingrid Bodinger/Utvecklingsledare\n"
            "Tyresö kommun/Eva Eriksson, Avdelningschef Fritids- och Arbetscentrum")
    present, absent = attendance_names(text, head=HEAD, tail=TAIL)
    assert present == ["Marie-Louise Khan-Tamakloe", "Lisbeth Jacobsson", "Lis Trana"]
    assert absent == ["Ingrid Bodinger", "Eva Eriksson"]
