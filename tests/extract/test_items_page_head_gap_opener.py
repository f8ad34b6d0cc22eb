"""A stored copy's page that opens, after its running head repeated from the first page, with a heading whose
number was lost ("Protokoll nummer 2 för den 04/ Fråga om Inköp av papper Det saknas ... 3 Fråga om Deklaration
...") where exactly one number is missing between the headings around it: an item without number. Look-alikes:
text going on from the page before (a sentence after the head), or no number missing, adds nothing."""

from __future__ import annotations

import pytest

from planner.extract.items import find_headings
from planner.extract.text import minutes_from_text

_HEAD = "Protokoll nummer 2 för den 04/"
_FIRST = (f"1 {_HEAD} Styrelsemöte nr. 2 för den 04/ Närvarande: Närvarande: Olof Bjälkvall, kassör John Lundhgren "
          "Johan Nyllet Nylin Erland Nylund Leo Borg Mats Heden Lloyd Baltz Adjungerade till mötet Gabriella Rehbinder "
          "Dennis Rundqvist Ej Närvarande Agnes Ambrosiani 1 Inledande formalia 1.1 Mötets öppnande Lloyd Baltz "
          "förklarade mötet öppnat klockan 18:25 och hälsade alla välkomna 1.2 Fastställande av röstlängd notera 8 av 9 "
          "ur styrelsen närvarar och är därmed beslutsmässigt. 1.3 Val av mötesordförande välja Erland Nylund till "
          "mötesordförande. 1.4 Val av justerare välja John Lundhgren till protokolljusterare. 1.5 Föregående "
          "protokoll Mötet Noterade Erland kontrollerar med Olle Melander vilka som postmottagare behöver ändras.")
_SECOND = (f"2 {_HEAD} {{opener}} Det saknas 100g a4-papper, vilket är det viktigaste pappret för distriktets "
           "tryckeri. John skall köpa in papper, detta skall ske i samråd med olof. {n} Fråga om Deklaration Olof har "
           "mottagit deklarationsunderlag för, och kommer gå igenom detta med revisor Dennis Rundqvist. Deklarationen "
           "skall vara inlämnad den 3:e maj, och så är planerat ske. {m} Fråga om Vårslaget Vårslaget kommer äga rum "
           "den 3-5 maj, och Lloyd kommer närvara i andra uppdrag. Detta är en sammankomst för distriktsstyrelser.")


def _items(opener: str, n: int = 3) -> list[tuple[str | None, str]]:
    text = "Transkript\n\n" + _FIRST + "\n\n" + _SECOND.format(opener=opener, n=n, m=n + 1) + "\n"
    heads, _ = find_headings(minutes_from_text(text))
    return [(h.number, h.title) for h in heads]


def test_page_opener_after_running_head_fills_the_gap() -> None:
    items = _items("Fråga om Inköp av papper")
    assert [n for n, _ in items] == ["1.1", "1.2", "1.3", "1.4", "1.5", None, "3", "4"]
    assert items[5][1] == "Fråga om Inköp av papper"


@pytest.mark.parametrize(("opener", "n"), [("och det skall ske snart.", 3), ("Fråga om Inköp av papper", 2)])
def test_no_page_opener(opener: str, n: int) -> None:
    assert None not in [num for num, _ in _items(opener, n)]
