"""An item number run in after a page's letterhead that ends in capitals ("... fax +46(0) TRANÅS KOMMUN
5 Motion om sänkt rösträttsålder ..."), on a stored copy's page line: the item the sequence lacks.

Look-alikes: a number after capitals that does not go on the sequence ("SFS 2017 ...", "KOMMUN 12 Ärenden"
after item 4) stays text.
"""

from __future__ import annotations

from planner.extract.items import find_headings
from planner.extract.text import minutes_from_text

COPY = 'Protokoll Demokratikommitten\n\nDownload "Protokoll fört vid sammanträde med Demokratikommitten"\n\nTranskript\n\n'
PAGE_1 = ("1 Protokoll fört vid sammanträde med Demokratikommitten Plats: Stadshuset Närvarande: Per Ulfsbo "
          "1 Mötets öppnande Ordföranden hälsar alla välkomna och förklarar mötet öppnat. 2 Godkännande av "
          "dagordningen Förslaget till dagordning godkännes. 3 Protokollsjustering Till protokollsjusterare utses "
          "Jan-Erik Gustavsson 4 Föregående protokoll Protokollet lades till handlingarna. Tranås fax\n\n")


def _numbers(text: str) -> list[str | None]:
    heads, _ = find_headings(minutes_from_text(text))
    return [h.number for h in heads]


def test_number_after_letterhead_capitals_goes_on() -> None:
    page = ("2 Stadshuset tln +46 (0) SE Tranås fax +46(0) TRANÅS KOMMUN 5 Motion om sänkt rösträttsålder "
            "Svan Hansson (S) skriver i en motion att rösträttsåldern ska sänkas.\n")
    assert _numbers(COPY + PAGE_1 + page) == ["1", "2", "3", "4", "5"]


def test_number_off_the_sequence_stays_text() -> None:
    page = ("2 Stadshuset tln +46 (0) SE Tranås fax +46(0) TRANÅS KOMMUN 12 Ärenden har kommit in och "
            "skrivelsen lades till handlingarna.\n")
    assert _numbers(COPY + PAGE_1 + page) == ["1", "2", "3", "4"]
