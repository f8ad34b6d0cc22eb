"""A Finnish meeting system's page head in a stored copy: the page number, the paragraph's number and the body's code,
the date and hour lost but for ":00", perhaps "Sida N", then the item's title and its text ("2 102, KST :00
LAGLIGHET OCH BESLUTFÖRHET Kommunstyrelsens ordförande ...", "3 68, SSTYR :00 Sida 3 Sammanträdets laglighet ...").

Look-alikes: the front page's head, whose number was lost ("1 -2, KST :00 Tid kl Plats ..."), and a sentence with a
count before a comma ("3 12, KST ..." without the hour) are no items.
"""

from __future__ import annotations

import pytest

from planner.extract.items import find_headings
from planner.extract.text import minutes_from_text


def _items(text: str) -> list[tuple[str | None, str]]:
    heads, _ = find_headings(minutes_from_text(text))
    return [(h.number, h.title) for h in heads]


def _copy(*pages: str) -> str:
    return ("kommungården Tom Holtti sekreterare\n\nStorlek: px\n\nTranskript\n\n"
            "1 -2, KST :00 Tid kl Plats kommungården Närvarande Östman Per, ordförande Backman Gustav, ledamot\n\n"
            + "\n\n".join(f"{k} {p}" for k, p in enumerate(pages, 2)) + "\n")


@pytest.mark.parametrize(("pages", "expected"), [
    (("102, KST :00 LAGLIGHET OCH BESLUTFÖRHET Kommunstyrelsens ordförande konstaterar sammanträdets laglighet.",
      "103, KST :00 PROTOKOLLJUSTERARE, val Kommunstyrelsen utser två protokolljusterare."),
     [("102", "LAGLIGHET OCH BESLUTFÖRHET"), ("103", "PROTOKOLLJUSTERARE, val")]),
    (("68, SSTYR :00 Sida 2 SAMMANTRÄDETS LAGLIGHET Sammanträdet konstaterades vara lagligen sammankallat.",
      "69, SSTYR :00 Sida 3 PROTOKOLLETS JUSTERING Protokollet justeras efter sammanträdet."),
     [("68", "SAMMANTRÄDETS LAGLIGHET"), ("69", "PROTOKOLLETS JUSTERING")]),
    (("12, BILDN 18:00 BUDGETUPPFÖLJNING Nämnden godkänner budgeten.",
      "13, BILDN 18:00 SKOLSKJUTSAR Nämnden antar reglerna."),
     [("12", "BUDGETUPPFÖLJNING"), ("13", "SKOLSKJUTSAR")]),
    (("5, TN :00 DETALJPLAN FÖR CENTRUM Nämnden godkänner planen.",
      "6, TN :00 BYGGLOV Ärendet bordläggs.",
      "7, TN :00 ANMÄLNINGSÄRENDEN Antecknas."),
     [("5", "DETALJPLAN FÖR CENTRUM"), ("6", "BYGGLOV"), ("7", "ANMÄLNINGSÄRENDEN")]),
    (("40, SOC :00 Sida 2 DELEGATIONSBESLUT Antecknas för kännedom.",
      "41, SOC :00 Sida 3 ÖVRIGA ÄRENDEN Inga övriga ärenden."),
     [("40", "DELEGATIONSBESLUT"), ("41", "ÖVRIGA ÄRENDEN")]),
    # not items: counts before a comma with no hour after the code
    (("12, KST Kommunstyrelsen har sammanträtt tolv gånger under året.",
      "14, KST Kommunstyrelsen har behandlat fjorton ärenden."),
     []),
])
def test_items_after_a_meeting_systems_page_head(pages: tuple[str, ...], expected: list[tuple[str, str]]) -> None:
    assert _items(_copy(*pages)) == expected
