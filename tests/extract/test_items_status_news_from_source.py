"""News from a source groups several matters: what one of them brings back is a topic announced (planner.extract.items).

"3) Information från kansliet" with "- Budget", "Covid19", "Gymnasielagen synopsis" under it and "Kansliet återkommer
med förslag på hur detta tas vidare" (852): like an item titled "Information" (words.NO_RETURN_TITLES), a title that
is news from a source (words.NEWS_FROM_NOUNS, "från", the source) is handled and the matter to come back is announced
from it. Look-alikes: news from a meeting or an event ("Information från Leader-mötet", "Rapporter från
konferensen"), one report ("Rapport från kassören"), each one matter that comes back itself, and a title about a
matter ("Information om budgeten").
"""

from __future__ import annotations

import pytest

from planner.extract import extract_text, minutes_from_text

_MINUTES = """Protokoll kommittésammanträde 2020-09-22
Närvarande: Anna Berg, Per Holm, Eva Lind
1. Mötets öppnande
Ordföranden öppnar mötet.
2. {title}
Budgeten redovisades och diskuterades. {sentence}
3. Mötet avslutas
Ordföranden avslutar mötet.
"""


def _read(title: str, sentence: str) -> tuple[str, list[tuple[str | None, str, str | None]]]:
    out = extract_text(minutes_from_text(_MINUTES.format(title=title, sentence=sentence)))
    return out.items[1].status.value, [(c.from_item, c.reason.value, c.when) for c in out.carry]


@pytest.mark.parametrize(("title", "sentence", "when"), [
    ("Information från kansliet", "Kansliet återkommer med förslag på hur detta tas vidare.", None),
    ("Meddelanden från ordföranden", "Frågan om lokalhyran tas upp igen på nästa möte.", "next"),
    ("Meddelanden från förvaltningen", "Förvaltningen återkommer i frågan om skolskjutsarna.", None),
    ("Information från kommunen", "Kommunen återkommer till nämnden med en tidsplan för ombyggnaden.", None),
    ("Rapporter från presidiet", "Presidiet återkommer med ett förslag till mötesplan på nästa sammanträde.", "next"),
    ("Aktuellt från verksamheten", "Verksamhetschefen återkommer med statistiken.", None),
])
def test_news_from_a_source_announces_its_matter(title: str, sentence: str, when: str | None) -> None:
    status, carry = _read(title, sentence)
    assert status == "handled"
    assert carry == [("2", "announced", when)]


@pytest.mark.parametrize(("title", "sentence"), [
    ("Information från Leader-mötet", "Frågan ska tas upp även på nästa möte med mer information."),
    ("Rapporter från konferensen i Malmö", "Rapporten återkommer på nästa möte."),
    ("Rapport från kassören", "Kassören återkommer med halvårsbokslutet på nästa möte."),  # one report
    ("Information från studiebesöket", "Frågan tas upp igen på nästa möte."),
    ("Information om budgeten", "Förvaltningen återkommer med en reviderad budget."),
    ("Budget 2021", "Kansliet återkommer med förslag på hur detta tas vidare."),
])
def test_news_from_an_event_or_a_matter_comes_back_itself(title: str, sentence: str) -> None:
    status, carry = _read(title, sentence)
    assert status == "returns"
    assert [(c[0], c[1]) for c in carry] == [("2", "returns")]
