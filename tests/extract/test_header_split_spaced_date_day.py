"""A flattened one-line head is cut before an item's number ("... 22. Plats"), but not inside a date written
with spaces, whose day ends in a full stop before the label: "Protokoll fört vid sammanträde med
Demokratikommitten 2013 08 22. Plats: Stadshuset. Tid: 08.00-10.00." Look-alike: an item numbered after a
word ("... godkändes 22. Plats för nästa möte") is still cut."""

from __future__ import annotations

from planner.extract.header import split_long_line

_LINE = ('Download "Protokoll fört vid sammanträde med Demokratikommitten 2013 08 22. Plats: Stadshuset. '
         'Tid: 08.00-10.00. Närvarande: 2 Godkännande av dagordningen"')


def test_spaced_date_day_is_not_cut_off() -> None:
    texts = [p.text for p in split_long_line(_LINE, 0)]
    assert texts[0].endswith("2013 08 22.")
    assert texts[1] == "Plats: Stadshuset."


def test_item_number_after_a_word_is_still_cut() -> None:
    line = ("Protokoll fört vid styrelsemöte med föreningen Tid: 18.00 Plats: Stadshuset Närvarande: Anna Ek, Per Lind "
            "21. Val av justerare Protokollet godkändes 22. Plats för nästa möte bestämdes till Folkets hus i staden")
    assert any(p.text.startswith("22. Plats") for p in split_long_line(line, 0))
