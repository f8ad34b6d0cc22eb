"""A guests' list written by item inside a flattened line ("... Henryk Wos Inbjudna gäster 5 Olof Sjöström 10
Billy Fredriksson, Lars Frenning 11 Eva Lindroth 12 Hans Ottosson 1 Fastställande av dagordning ..."): its label
ends the list before it, and the names after the items' numbers are present until the agenda begins
(planner.extract.attendance). Look-alikes: one group only ("Inbjudna gäster 5 Olof Sjöström 1 Fastställande
...") reads no guests; an agenda point written "Övriga frågor:" opens no list."""

from __future__ import annotations

from planner.extract import extract_text
from planner.extract.attendance import _inline_labels, _names_after_item_numbers
from planner.extract.text import minutes_from_text

HEAD = "Protokoll styrelsen 4 juni 2003\n\n"
LINE = ("Deltagare från kansliet Staffan Normark, VD Björn Brandt, vice VD, sekr Anders Sjölund, planeringschef "
        "Olle Edqvist Karl-Olov Fentorp Inger Florin Henryk Wos Inbjudna gäster 5 Olof Sjöström 10 Billy "
        "Fredriksson, Lars Frenning 11 Eva Lindroth 12 Hans Ottosson 1 Fastställande av dagordning Den utsända "
        "dagordningen godkändes med tillägg av en punkt under 17 Övriga frågor: utseende av ny revisorssuppleant.\n")


def test_staff_then_guests_by_item() -> None:
    present = [a.name for a in extract_text(minutes_from_text(HEAD + LINE)).meeting.present]
    assert present == ["Staffan Normark", "Björn Brandt", "Anders Sjölund", "Olle Edqvist", "Karl-Olov Fentorp",
                       "Inger Florin", "Henryk Wos", "Olof Sjöström", "Billy Fredriksson", "Lars Frenning",
                       "Eva Lindroth", "Hans Ottosson"]


def test_names_after_item_numbers() -> None:
    text = "5 Olof Sjöström 10 Billy Fredriksson, Lars Frenning 11 Eva Lindroth 1 Fastställande av dagordning"
    people = _names_after_item_numbers(text, 0, 100)
    assert [p.name for p in people] == ["Olof Sjöström", "Billy Fredriksson", "Lars Frenning", "Eva Lindroth"]
    assert all(text[p.start - 100:p.end - 100] == p.name for p in people)


def test_one_group_reads_nothing() -> None:
    assert _names_after_item_numbers("5 Olof Sjöström 1 Fastställande av dagordning", 0, 0) == []


def test_agenda_point_with_colon_is_no_label() -> None:
    assert _inline_labels("... under 17 Övriga frågor: utseende av ny revisorssuppleant") == []
