"""An item's diary number between its number and its title: "TN 2 09/TN 0044 Mål och resursplan
2010 Drift", "KS 12 2017/45 Budget 2018", "§ 5 2016/112 Detaljplan för Kinna".

The heading opens with the number, then the case's year, a slash, perhaps the register's letters,
and its serial; the title follows. After "Dnr" the register's letters may come first and the
serial may be lost: a stored copy's page line "64 Dnr KN 06/ Bidragsansökan: Dalarnas ..." opens
with paragraph 64, not with a number alone on its line. Look-alike: a bare number before a
date-like figure ("2 09/12 ...") is no coded heading.
"""

from __future__ import annotations

import pytest

from planner.extract.items import find_headings
from planner.extract.text import minutes_from_text
from tests.extract.item_rows import transcript

HEAD = "Tekniska nämnden\n\nSammanträdesdatum 2010-01-12\n\nNärvarande: Catarina Engström (MP), Hans Lobell (M)\n\n"


def _headings(text: str) -> list[tuple[str | None, str]]:
    heads, _ = find_headings(minutes_from_text(text))
    return [(h.number, h.title) for h in heads]


@pytest.mark.parametrize(("first", "second", "title"), [
    ("TN 1 Sammanträdets öppnande", "TN 2 09/TN 0044 Mål och resursplan 2010 Drift", "Mål och resursplan 2010 Drift"),
    ("KS 11 Val av justerare", "KS 12 2017/45 Budget 2018", "Budget 2018"),
    ("§ 4 Val av justerare", "§ 5 2016/112-21 Detaljplan för Kinna", "Detaljplan för Kinna"),
])
def test_diary_number_before_the_title(first: str, second: str, title: str) -> None:
    text = (HEAD + first + "\n\nDagordningen godkänns. Till att justera protokollet utses Cecilia Hettström.\n\n"
            + second + "\n\nNämnden har tilldelats en ram för 2010 på 44 mkr inklusive ramtillskott.\n")
    assert _headings(text)[1:] == [(second.split()[1], title)]


def test_bare_number_before_a_date_is_no_heading() -> None:
    text = (HEAD + "1 Sammanträdets öppnande\n\nDagordningen godkänns.\n\n2 09/12 Mötet flyttas\n\n"
            "Mötet flyttas till en annan dag i december.\n\n3 Ekonomi\n\nKassan redovisades av kassören.\n")
    assert [n for n, _ in _headings(text)] == ["1", "3"]


_FRONT = ("Kulturnämnden Plats och tid Säters bibliotek, Kulturhörnan kl 13.00 Beslutande Margareta Arthursson (kd) "
          "ordf. Urban Falk (s), v ordf. Stefan Lindfors (s) Utses att justera Stefan Lindfors Paragrafer 64-65")


def test_page_line_with_dnr_between_number_and_title() -> None:
    text = transcript(_FRONT,
                      "64 Dnr KN 06/ Bidragsansökan: Dalarnas författarförbund Dalarnas författarförbund planerar tre "
                      "poesi- och berättaraftnar under 2007. Förbundet ansöker om 6000 kr i bidrag för annonsering.",
                      "65 Dnr KN 06/ Vägnamn i Silvberg Miljö- och byggnadsnämndens presidium önskar namn på vägar "
                      "i Silvbergs kommundel enligt bifogad karta.")
    assert [n for n, _ in _headings(text)] == ["64", "65"]
    assert _headings(text)[0][1] == "Bidragsansökan"
