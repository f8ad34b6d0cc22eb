"""The first item of the minutes run on after the last name of a flattened list ends the list.

A transcript that flattens the minutes into one paragraph writes the first item right after the last name, its
number without a dot: "Frånvarande: Jenny Bjökqvist, Mats Soneryd, Annika Olsson, Eva Carlsson 1 Mötets öppnande
Aronsson förklarade mötet öppnat 2 Val av protokolljusterare ...". The item is no part of the last name, which is
kept. Look-alikes: a number in a note after a name, a number before a title that opens no minutes.
"""

from __future__ import annotations

import pytest

from planner.extract.attendance import _RX_OPENING_ITEM_INSIDE, _line_entries


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (("Jenny Bjökqvist, Mats Soneryd, Annika Olsson, Eva Carlsson 1 Mötets öppnande Aronsson förklarade mötet "
          "öppnat 2 Val av protokolljusterare Kjeller valdes"),
         ["Jenny Bjökqvist", "Mats Soneryd", "Annika Olsson", "Eva Carlsson"]),
        ("Anna Ek, Bo Berg, Karin Lund, Per Holm 1. Val av justerare Karin Lund valdes att justera protokollet",
         ["Anna Ek", "Bo Berg", "Karin Lund", "Per Holm"]),
        ("Anna Ek (S), Bo Berg (M), Karin Lund (C) 3 Godkännande av dagordning Dagordningen godkändes",
         ["Anna Ek", "Bo Berg", "Karin Lund"]),
    ],
)
def test_opening_item_after_the_last_name(text: str, names: list[str]) -> None:
    assert [p.name for p in _line_entries(text, 0, set(), False)] == names


@pytest.mark.parametrize(
    "text",
    [
        "Anna Ek (§ 1-4), Bo Berg, Karin Lund",
        "Anna Ek, Bo Berg 12 Budget för nästa år diskuterades",
        "Anna Ek, Bo Berg 2021 Mötets öppnande",
        "Anna Ek, Bo Berg, rum 3 Mötesrummet",
    ],
)
def test_no_opening_item_inside(text: str) -> None:
    assert _RX_OPENING_ITEM_INSIDE.search(text) is None
