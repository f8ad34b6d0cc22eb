"""A paragraph's sign glued to the last name of an attendance list ("Anmält förhinder:" / "Per Söderberg§ 1
Sammanträdets öppnande": a copy lost the line break) opens the paragraph, no person listed. Look-alike: a person
listed with the paragraphs attended ("Per Söderberg § 1-3", the sign after a space) stays no item."""

from __future__ import annotations

from planner.extract.items import find_headings
from planner.extract.text import minutes_from_text

_HEAD = ("Protokoll fört vid sammanträde med styrelsen för Sveriges Schackförbund\n\nNärvarande:\nIngvar Carlsson\n"
         "Göran Ohlson\n\nAnmält förhinder:\n")
_REST = ("\n\nOrdförande hälsade samtliga välkomna och förklarade sammanträdet öppnat.\n\n"
         "§ 2 Fastställande av dagordning\n\nDagordningen fastställdes.\n\n§ 3 Föregående protokoll\n\n"
         "Protokollet lades till handlingarna.\n")


def _numbers(text: str) -> list[str | None]:
    heads, _ = find_headings(minutes_from_text(_HEAD + text + _REST))
    return [h.number for h in heads]


def test_sign_glued_to_listed_name_opens_the_paragraph() -> None:
    assert _numbers("Per Söderberg§ 1 Sammanträdets öppnande") == ["1", "2", "3"]


def test_sign_after_space_stays_in_the_list() -> None:
    assert _numbers("§ 1 Per Söderberg") == ["2", "3"]
