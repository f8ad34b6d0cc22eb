"""The opening that lost its number 1, before item 2 on a copy's line.

"2 Minnesanteckningar Mötet öppnas Mötet öppnades av ordförande Johan Söderling. Två övriga frågor lades till
dagordningen. 2. Föregående möte ... 3. Info Bemanning kansliet ...": the items start at 2 and no number 1
stands anywhere; the opening's title, capitalised as written before a capitalised word, is item 1 without
its number. Minutes whose items start at 1, or with no opening title before item 2, read as before.
"""

from __future__ import annotations

from planner.extract.items import find_headings
from planner.extract.text import minutes_from_text

_REST = ("2. Föregående möte Bilagor: RR_minnes Minnesanteckningar från föregående möte gicks igenom. Anteckningarna "
         "godkändes och lades till handlingarna. 3. Info Bemanning kansliet Föredragande: Eric Thorstensson Eric "
         "Thorstensson informerade om läget när det gäller bemanningen av kansliet. 4. Övriga frågor Inga övriga "
         "frågor anmäldes och mötet avslutades.")


def _heads(opening: str) -> list[tuple[str | None, str]]:
    text = ("Minnesanteckningar Regionrådsmöte\n\nTranskript\n\n1 Minnesanteckningar Regionrådsmöte Dag tisdagen den "
            "12 juni 2012 Närvarande Ingemar Nyman, Bjurholm Dagmar Schröder, Bjurholm Ulla-Maj Andersson, "
            f"Nordmaling Sida 1 av 8\n\n2 Minnesanteckningar {opening} {_REST}\n")
    heads, _ = find_headings(minutes_from_text(text))
    return [(h.number, h.title) for h in heads]


def test_opening_before_item_two_is_the_first_item() -> None:
    heads = _heads("Mötet öppnas Mötet öppnades av ordförande Johan Söderling. Dagordningen godkändes.")
    assert heads[0] == (None, "Mötet öppnas")
    assert [n for n, _ in heads[1:]] == ["2", "3", "4"]


def test_without_an_opening_title_nothing_is_added() -> None:
    heads = _heads("Ordförande Johan Söderling hälsade alla välkomna. Dagordningen godkändes.")
    assert [n for n, _ in heads] == ["2", "3", "4"]


def test_items_from_one_read_as_before() -> None:
    heads = _heads("1. Mötets öppnande Mötet öppnades av ordförande Johan Söderling.")
    assert [n for n, _ in heads] == ["1", "2", "3", "4"]
