"""A Dnr in a line that lists several matters' numbers (a flattened "Ärendelista", each item with its Dnr) or on
a later page ("2(36) ...") is an item's, not the minutes' reference. Look-alikes: the head's one Dnr, on the first
page ("1 (28)") or with no page counter, and the same number written twice."""

from __future__ import annotations

import pytest

from planner.extract.header import extract_meeting, is_item_number_list
from planner.extract.text import minutes_from_text


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (("2(36) Kommunstyrelsens arbetsutskott Ärendelista 26 Dnr KS 2018/14 Information... 3 27 Dnr KS 2018/124 "
         "Årsredovisning för Kramfors kommun"), True),
        (("Ärendelista 11 Ändring i föredragningslistan Dnr KS 2017/97-04 Borgen Marnäsvikens trygga hem "
         "Dnr KS 2017/96-04 Medfinansiering"), True),
        ("3 (24) Dnr KS 2017/97-04 Borgen", True),  # a later page
        # look-alikes: the minutes' own number
        ("PROTOKOLL 1 (28) Dnr RS 2021/69 Plats och tid Regionens hus", False),
        ("1(4) Diarienummer: SN 2020/12", False),
        ("Dnr KS 2020/123", False),
        ("Dnr KS 2020/123 (se även Dnr KS 2020/123)", False),  # the same number twice
        ("2019-03-04 Dnr 12/2019", False),  # a date, no page counter
    ],
)
def test_item_number_list(line: str, expected: bool) -> None:
    assert is_item_number_list(line) is expected


def test_agenda_list_gives_no_reference() -> None:
    text = (
        "Kommunstyrelsens arbetsutskott\nPROTOKOLL 1(36)\nPlats och tid Kommunhuset 09.00-11.00\n"
        "Beslutande Jan Sahlén (S), Gudrun Sjödin (S)\n"
        "2(36) Kommunstyrelsens arbetsutskott Ärendelista 26 Dnr KS 2018/14 Information... 3 27 Dnr KS 2018/124 "
        "Årsredovisning för Kramfors kommun 2017\n"
    )
    assert extract_meeting(minutes_from_text(text))[0].reference is None
