"""Item layouts of stored copies and web pages: run-in numbers, lettered points, bullets with
the number apart from the title, and the status phrases these minutes use.

Each case is written as such minutes read; the rule must find the items and nothing else.
"""

from __future__ import annotations

import pytest

from planner.extract import items
from planner.extract.items import find_headings
from planner.extract.text import minutes_from_text

FILLER = "Ordföranden redogjorde kort för läget i frågan och gruppen diskuterade vidare. " * 3


def _titles(text: str) -> list[tuple[str | None, str]]:
    heads, _ = find_headings(minutes_from_text(text))
    return [(h.number, h.title) for h in heads]


# --- numbers run in on one long line --------------------------------------------------------

@pytest.mark.parametrize(("line", "expected"), [
    # "1:Mötet öppnas": a colon after the number, with or without a space; times and parts are no items.
    ("Styrgruppsmöte tisdag den 3 juni 2008, kl. 13: Dalarummet Närvarande: Anna Berg, Bo Ek "
     "1:Mötet öppnas Ordföranden hälsade välkomna. 2:Val av justerare Bo Ek utsågs. "
     "3: Föregående protokoll Protokollet lades till handlingarna. " + FILLER
     + "Strategin består av del 1: Beslutsdel och del 2: Underlagsdel. "
     "Mer om innehållet: 1. Syftet med strategin 2. Bakgrund och miljöpåverkan 3. Insatsområden",
     [("1", "Mötet öppnas"), ("2", "Val av justerare"), ("3", "Föregående protokoll")]),
    # An agenda run in after its label keeps its entries; the next number is not part of a title.
    ("MINNESANTECKNINGAR Dagordning 1. Mötets öppnande 2. Föregående minnesanteckningar "
     "3. Information från kansliet 4. Upphandling av nytt lönesystem och ev. bildande av nämnd "
     "5. Ekonomisk uppföljning " + FILLER + FILLER,
     [("1", "Mötets öppnande"), ("2", "Föregående minnesanteckningar"), ("3", "Information från kansliet"),
      ("4", "Upphandling av nytt lönesystem och ev. bildande av nämnd"), ("5", "Ekonomisk uppföljning")]),
])
def test_numbers_run_in_on_a_long_line(line: str, expected: list[tuple[str, str]]) -> None:
    assert _titles(line + "\n") == expected


def test_a_list_led_in_by_a_sentence_is_no_agenda() -> None:
    line = ("Protokoll 2008-06-03 Närvarande: Anna Berg. " + FILLER + "Mer om innehållet: 1. Syftet med "
            "strategin 2. Bakgrund transporter 3. Dalarnas transporter idag 4. Framtida samverkan " + FILLER)
    assert not any(n == "1" for n, _ in _titles(line + "\n"))


PAGE_COPY = (
    "Download \"Direktionsprotokoll\"\n\nTranskript\n\n"
    "1 Direktionsprotokoll Sammanträde 2015-01-30 Beslutande Anna Berg (S) ordförande, Bo Ek (M), "
    "Cecilia Ås (C), Dan Ny (V) och Eva Lund (KD) samt ersättarna Fia Holm (S) och Gun Sten (M). "
    "Övriga närvarande: kanslichef Hans Berg och sekreterare Ida Ek, som förde protokollet denna gång.\n\n"
    "2 1 Val av mötesordförande Till mötesordförande utses Anna Berg (S). 2 Fastställande av dagordning "
    "att fastställa dagordningen 3 Val av justerare Bo Ek (M) utses att justera protokollet. "
    "4 Föregående mötesprotokoll Protokollet läggs till handlingarna. 5 Budget för året Direktionen "
    "fastställer budgeten enligt förslaget och uppdrar åt kansliet att följa upp den under året, "
    "med 12 Kommuner som deltar i arbetet.\n"
)


def test_a_number_without_its_stop_fills_the_sequence_on_a_page_line() -> None:
    assert _titles(PAGE_COPY) == [
        ("1", "Val av mötesordförande"), ("2", "Fastställande av dagordning att fastställa dagordningen"),
        ("3", "Val av justerare"), ("4", "Föregående mötesprotokoll"), ("5", "Budget för året")]


@pytest.mark.parametrize(("rest", "title"), [
    ("Mötets öppnande 2. Föregående minnesanteckningar", "Mötets öppnande"),
    ("Fastställande av dagordning att fastställa dagordningen 3 Val av justerare",
     "Fastställande av dagordning att fastställa dagordningen"),
    ("Upphandling och ev. bildande av nämnd Kommunen", "Upphandling och ev. bildande av nämnd"),
    ("Val av justerare Bo Ek utsågs", "Val av justerare"),
    ("Val av 2 ledamöter Anna och Bo", "Val av 2 ledamöter"),
])
def test_inline_title_stops_at_the_next_item(rest: str, title: str) -> None:
    assert items._inline_title(rest) == title
