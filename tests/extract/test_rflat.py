"""Line breaks a web copy lost, put back in the reading step (`text.glued_breaks`, `text.unflattened`).

The phrasings are real: held document 1135 (a web copy of a board's minutes run together on one line) and
public minutes of associations (an annual meeting's agenda with the item's text after each title), their
line breaks removed as such copies lose them.
"""

from __future__ import annotations

from itertools import pairwise

import pytest

from planner.extract import extract_text, minutes_from_text
from planner.extract.text import glued_breaks

FLATTENED = [
    # held 1135
    (("Gunnar Carlsson, Ninnie Gustafsson1. Mötets öppnandeSonja Forward öppnade mötet.2. Val av sekreterareNinnie "
     "Gustafsson valdes till sekreterare för styrelsemötet."),
     ["Gunnar Carlsson, Ninnie Gustafsson", "1. Mötets öppnande", "Sonja Forward öppnade mötet.",
      "2. Val av sekreterare", "Ninnie Gustafsson valdes till sekreterare för styrelsemötet."]),
    (("valdes till protokolljusterare förmötet.4. Fastställande av dagordningenDen utsända dagordningen "
     "godkändes.5. Föregående mötesprotokollEn Fotmedlem önskade få reda på vad GNS betyder."),
     ["valdes till protokolljusterare förmötet.", "4. Fastställande av dagordningen",
      "Den utsända dagordningen godkändes.", "5. Föregående mötesprotokoll",
      "En Fotmedlem önskade få reda på vad GNS betyder."]),
    # an annual meeting's agenda (Ung Pirat Södertälje), its line breaks lost
    (("Elin Andersson förklarade mötet öppnat.2. Mötets behörighet.Mötet beslutade att anse mötet behörigt "
     "utlyst.3. Justering av röstlängdMötet fastställde röstlängden till 3 personer."),
     ["Elin Andersson förklarade mötet öppnat.",
      "2. Mötets behörighet.Mötet beslutade att anse mötet behörigt utlyst.", "3. Justering av röstlängd",
      "Mötet fastställde röstlängden till 3 personer."]),
    (("Mötet valde David Klarlund till mötessekreterare.6. Val av justeringspersoner.Mötet valde Johan "
     "Andreasson till justerare av protokollet.7. VerksamhetsberättelseMötet beslutade att lägga den till handlingarna."),
     ["Mötet valde David Klarlund till mötessekreterare.",
      "6. Val av justeringspersoner.Mötet valde Johan Andreasson till justerare av protokollet.",
      "7. Verksamhetsberättelse", "Mötet beslutade att lägga den till handlingarna."]),
    (("Mötet beslutade att anta verksamhetsplanen.12. BudgetMötet beslutade att anta budgeten.13. Val av "
     "styrelseMötet valde David Klarlund till ordförande."),
     ["Mötet beslutade att anta verksamhetsplanen.", "12. Budget", "Mötet beslutade att anta budgeten.",
      "13. Val av styrelse", "Mötet valde David Klarlund till ordförande."]),
]

LOOK_ALIKES = [
    "Mötet avslutades kl. 18.00. Bo Bergqvist bokar lokalen. Nästa möte kl. 19.00. Kaj undersöker saken.",  # clocks
    "Se bilaga1. Mötet godkände den. Ekonomi: se bilaga3. Kassören redogjorde.",  # glued, but not in order
    "Rapporten finns på sid.2. Den skickas till alla.",  # one glued number alone
    "Mötet valde styrelse.\n2. Val av revisor",  # a line break already there
    # a year glued to the first number: "20151." may be a year alone, so one glued number is left, and no run
    "10 december 20151. Mötets öppnande.Elin Andersson förklarade mötet öppnat.2. Mötets behörighet.",
]


def _split(line: str) -> list[str]:
    cuts = [0, *glued_breaks(line), len(line)]
    return [line[a:b].rstrip(" ") for a, b in pairwise(cuts)]


@pytest.mark.parametrize(("line", "lines"), FLATTENED)
def test_glued_item_numbers_break_the_line(line: str, lines: list[str]) -> None:
    assert _split(line) == lines


@pytest.mark.parametrize("line", LOOK_ALIKES)
def test_look_alikes_keep_their_line(line: str) -> None:
    assert glued_breaks(line) == []


def test_broken_lines_keep_their_spans_and_number() -> None:
    text = ("Protokoll styrelsemöte 2012-11-28\nNärvarande:Sonja Forward, Krister Spolander, GunnarCarlsson, "
            "Ninnie Gustafsson1. Mötets öppnandeSonja Forward öppnade mötet.2. Val av sekreterareNinnie Gustafsson "
            "valdes.3. Mötets avslutandeMötet avslutades.")
    m = minutes_from_text(text)
    assert [ln.number for ln in m.lines] == [1] + [2] * 7
    for ln in m.lines:  # every line's text is found at its mapped offset in the original
        a, b = m.span(ln.start, ln.end)
        assert text[a:b] == ln.text
    extraction = extract_text(m).to_json()
    items = extraction["items"]
    assert [(i["number"], i["title"]) for i in items] == [
        ("1", "Mötets öppnande"), ("2", "Val av sekreterare"), ("3", "Mötets avslutande")]
    for i in items:
        assert text[i["span"][0]:i["span"][1]].startswith(i["number"])
    assert [p["name"] for p in extraction["meeting"]["present"]] == [
        "Sonja Forward", "Krister Spolander", "Gunnar Carlsson", "Ninnie Gustafsson"]


# A line of the same copy whose glued numbers go on from the last one broken before (`after`).
GOING_ON = [
    # held 1135: the copy broke into a paragraph before item 7
    (("Rapporten skickas till kommunerna via SKL eller direkt från FOT.7. Seminarium 2013Programpunkter, tider och "
      "kostnader diskuterades."), 6,
     ["Rapporten skickas till kommunerna via SKL eller direkt från FOT.", "7. Seminarium 2013",
      "Programpunkter, tider och kostnader diskuterades."]),
    ("Mötet beslutade att anta budgeten.13. Val av styrelseMötet valde David Klarlund till ordförande.", 12,
     ["Mötet beslutade att anta budgeten.", "13. Val av styrelse", "Mötet valde David Klarlund till ordförande."]),
]

NOT_GOING_ON = [
    ("Ekonomi: se bilaga3. Kassören redogjorde.", 6),  # glued, but not the next number
    ("Ekonomi: se bilaga7. Kassören redogjorde.", None),  # the next number, but no run before it
]


@pytest.mark.parametrize(("line", "after", "lines"), GOING_ON)
def test_glued_numbers_go_on_from_a_run_before(line: str, after: int, lines: list[str]) -> None:
    cuts = [0, *glued_breaks(line, after), len(line)]
    assert [line[a:b].rstrip(" ") for a, b in pairwise(cuts)] == lines


@pytest.mark.parametrize(("line", "after"), NOT_GOING_ON)
def test_glued_numbers_that_do_not_go_on(line: str, after: int | None) -> None:
    assert glued_breaks(line, after) == []
