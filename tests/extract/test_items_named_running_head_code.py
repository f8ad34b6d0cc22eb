"""A stored copy's page line: a running head naming the body with the count of pages, then a coded paragraph.

"2 Socialnämnden (27) SN 13 Bidrag till fritidsstudier avseende utbildning inom förskolan Dnr 31/16 ...": the
page's own number is taken off, the body's name and "(27)" stay, and the paragraph is coded by the body's
letters. Its number is the item's, not the count of pages, and a page whose head is followed by no code is
read as before.
"""

from __future__ import annotations

from planner.extract.items import find_headings
from planner.extract.text import minutes_from_text

_PAGE_1 = ("Socialnämnden (27) Plats och tid Kommunhuset, KS-salen, kl 13.00 Beslutande Anna Berg (S) ordförande "
           "Per Ek (M) vice ordförande")


def _heads(page_2: str) -> list[tuple[str | None, str]]:
    text = f"SAMMANTRÄDESPROTOKOLL\n\nTranskript\n\n1 {_PAGE_1}\n\n2 {page_2}\n"
    heads, _ = find_headings(minutes_from_text(text))
    return [(h.number, h.title) for h in heads]


def test_coded_paragraph_after_the_named_running_head() -> None:
    heads = _heads("Socialnämnden (27) SN 13 Bidrag till fritidsstudier avseende utbildning inom förskolan Dnr "
                   "31/16 En anställd inom äldreomsorgen ansöker om bidrag till studier. Beslut Socialnämnden "
                   "beviljar ansökan.")
    assert heads == [("13", "Bidrag till fritidsstudier avseende utbildning inom förskolan")]


def test_page_without_a_code_reads_as_before() -> None:
    heads = _heads("Socialnämnden (27) Justerandes sign Utdragsbestyrkande Ordföranden förklarade sammanträdet "
                   "öppnat och hälsade alla välkomna till dagens möte.")
    assert ("27", "Justerandes sign Utdragsbestyrkande") not in heads
    assert all(n != "27" for n, _ in heads)
