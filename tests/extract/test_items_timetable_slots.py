"""A meeting portal's timetable kept as a flattened table: the column heads "Tid", "Ämne" and "Föredragande" each on
a line, then each matter's starting hour ("8:05", "08:55") with its length ("(50 min)") under or beside it, the
matter's title on the next line and its presenters on the lines after. Each title is an unnumbered item; breaks
("Ajournering", "Bensträckare 10 min") and group heads between the slots are not, nor are the presenters.
Look-alikes: hours in a list of the day's sessions ("09:30 sammanträdet öppnas") with no column heads, a table with
other heads, and fewer than three slots make no items of this kind."""

from __future__ import annotations

from tests.extract.item_rows import item_rows

_HEAD = ("Regionala utvecklingsnämnden\n\nSammanträde 2023-04-05\n\nProgram/tidsplan\n\nTid\n\nÄmne\n\n"
         "Föredragande\n\n")
_SLOTS = ("8:00\n(5 min)\n\nSammanträdets öppnande och formalia\n\n\xa0\n\nOrdföranden\n\nAjournering\n\n"
          "8:05\n(50 min)\n\nInformation om projektansökningsprocessen\n\nKatarina Molin, verksamhetschef\n\n"
          "Föredragningar av kollektivtrafikärenden\n\n08:55\n\n(10 min)\n\nFörändrade krav avseende förnyelsebara "
          "drivmedel\n\nKarolina Filipsson, strateg samhällsbyggnad\n\nAjournering\n\nBensträckare 10 min\n\n"
          "09:35 (10 min)\n\nEkonomisk redovisning januari - februari 2023\n\nMagnus Håkansson, controller\n")
_TITLES = ["Sammanträdets öppnande och formalia", "Information om projektansökningsprocessen",
           "Förändrade krav avseende förnyelsebara drivmedel", "Ekonomisk redovisning januari - februari 2023"]


def _titles(text: str) -> list[str]:
    return [title for _, title, *_ in item_rows(text, "2023-04-05")[0]]


def test_each_slot_title_is_an_item() -> None:
    assert _titles(_HEAD + _SLOTS) == _TITLES


def test_other_column_heads_read_the_same() -> None:
    head = _HEAD.replace("Ämne", "Ärende").replace("Föredragande", "Ansvarig")
    assert _titles(head + _SLOTS) == _TITLES


def test_session_hours_without_column_heads_are_no_slots() -> None:
    text = ("Regionala utvecklingsnämnden\n\nSammanträde 2023-04-05\n\nProgram/tidsplan\n\n09:30\n\nSammanträdet "
            "öppnas\n\n12:00\n\nLunch\n\n13:00\n\nSammanträdet fortsätter\n\n16:30\n\nSammanträdet avslutas\n")
    assert "Lunch" not in _titles(text)


def test_table_with_other_heads_is_no_timetable() -> None:
    text = _HEAD.replace("Föredragande", "Kostnad") + _SLOTS
    assert "Ordföranden" not in _titles(text)
    assert _titles(text) != _TITLES


def test_two_slots_make_no_timetable() -> None:
    two = _SLOTS.split("Föredragningar av kollektivtrafikärenden")[0]
    assert _titles(_HEAD + two) != _TITLES[:2]
