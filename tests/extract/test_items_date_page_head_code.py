"""A stored copy's page whose running head is the meeting's date and the page number alone, then the item coded by
the body's letters and its number, perhaps its diary number before the title: "2010-11-18 2 Nvsf 88 Dagordning
Ordförande hälsar välkommen ...", "2010-11-18 4 Nvsf 90 Dnr 2010.007.042 Ekonomisk redovisning ...".

Look-alikes: a dated line without a code and number after the page number, and a diary number ("KS 2010/45")
in place of the item's number, are no items.
"""

from __future__ import annotations

import pytest

from planner.extract.items import find_headings
from planner.extract.text import minutes_from_text

FRONT = ("Sida Sammanträdesdatum {d} 1 Plats och tid Kommunhuset, sessionssalen, kl 08.30-12.00 Beslutande Anna Berg, "
         "ordförande, Bo Ek, ledamot, Cecilia Dahl, ledamot Utses att justera Bo Ek\n")


def _numbers(text: str) -> list[str | None]:
    heads, _ = find_headings(minutes_from_text(text))
    return [h.number for h in heads]


@pytest.mark.parametrize(("pages", "expected"), [
    (["{d} 2 Nvsf 88 Dagordning Ordförande hälsar välkommen och öppnar mötet. Dagordningen fastställs.",
      "{d} 3 Nvsf 89 Föregående protokoll Protokollen noteras och läggs till handlingarna.",
      "{d} 4 Nvsf 90 Dnr 2010.007.042 Ekonomisk redovisning Samordnaren redogör för budgetuppföljningen."],
     ["88", "89", "90"]),
    (["{d} 2 Bun 12 Val av justerare Till justerare utses Bo Ek.",
      "{d} 3 Bun 13 Skolans budget Nämnden godkänner budgeten."],
     ["12", "13"]),
    (["{d} 2 SN 101 Information om äldreomsorgen Förvaltningen informerar.",
      "{d} 3 SN 102 Dnr SN 2019/88 Taxor och avgifter Nämnden beslutar enligt förslaget.",
      "{d} 4 SN 103 Delegationsbeslut Redovisningen läggs till handlingarna."],
     ["101", "102", "103"]),
    (["{d} 2 Fhr 5 Folkhälsoplan Rådet diskuterar planen.",
      "{d} 3 Fhr 6 Övriga frågor Inga övriga frågor anmäldes."],
     ["5", "6"]),
    (["{d} 2 Ks 40 Mötets öppnande Ordföranden öppnar mötet.",
      "{d} 3 Ks 41 Dnr 2021/77 Detaljplan för Eken Kommunstyrelsen antar planen."],
     ["40", "41"]),
    # not items: no code and number after the page number; a diary number in the number's place
    (["{d} 2 Ordförande hälsar välkommen och öppnar mötet. Dagordningen fastställs.",
      "{d} 3 Protokollen noteras och läggs till handlingarna."],
     []),
    (["{d} 2 KS 2010/45 Ärendet bereds vidare av förvaltningen.",
      "{d} 3 KS 2010/46 Ärendet bereds vidare av förvaltningen."],
     []),
])
def test_items_after_a_running_head_of_date_and_page(pages: list[str], expected: list[str]) -> None:
    day = "2010-11-18"
    text = FRONT.format(d=day) + "".join(p.format(d=day) + "\n" for p in pages)
    assert _numbers(text) == expected
