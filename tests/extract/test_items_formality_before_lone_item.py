"""A stored copy's lone item gets back the formality run in before it on the page above.

"... Pia Andersen, tjänsteman Lillemor Ahlgren 14 Justering Ordförande ... justerar protokollet ...
Föredragningslista Folkhälsoutskottet fastställde ... " and, on the next page, "2 (6) 16 Information ...":
the copy kept one item heading of its own (16); the number run in after the attendance names is an item
too when its title opens with a formality ("Justering", "Val av protokolljusterare") and it stands one or
two numbers before; a one-word formality in the gap ("Föredragningslista") is the item that lost its number.

Look-alikes: a run-in number before the lone item whose title is no formality, one too far below it, and
one above it are not read.
"""

from __future__ import annotations

import pytest

from tests.extract.item_rows import item_rows

_NAMES = ("1 1 (6) Landstingets kansli Justerat Folkhälsoutskottet Tid Tisdagen den 2 april 2013 Plats Närvarande "
          "ledamöter Övriga närvarande Sekreterare Kronobergsrummet, Landstinget Kronoberg Ingelstadsvägen 9, Växjö "
          "Annelill Davidsson, ordförande (C) Charlotte Branting, 1:a vice ordförande (FP) Olof Björkmarker (S) "
          "Oliver Rosengren (M), tjänstgörande ersättare Pia Andersen, tjänsteman Lillemor Ahlgren ")
_PAGE2 = ("2 2 (6) 16 Information Länsgemensam folkhälsopolicy att notera informationen till protokollet. "
          "Folkhälsochef Eva Lindberg informerade om länsgemensam folkhälsopolicy. Arbetet har skett i samverkan "
          "mellan länets kommuner, länsstyrelsen och landstinget.")


def _rows(run_in: str) -> list[tuple[str | None, str]]:
    text = ("PROTOKOLL. Kronobergsrummet\n\nStorlek: px\nStarta visningen från sidan:\n\nTranskript\n\n" + _NAMES
            + run_in + "\n\n" + _PAGE2 + "\n")
    return [(number, title) for number, title, _, _ in item_rows(text, "2013-04-02")[0]]


@pytest.mark.parametrize(
    ("run_in", "rows"),
    [
        (("14 Justering Ordförande Annelill Davidsson och Olof Björkmarker justerar protokollet måndagen den 15 april "
         "Föredragningslista Folkhälsoutskottet fastställde upprättat förslag till föredragningslista."),
         [("14", "Justering"), (None, "Föredragningslista"), ("16", "Information")]),
        ("15 Val av protokolljusterare Att jämte ordföranden justera dagens protokoll utsågs Suzanne Frank.",
         [("15", "Val av protokolljusterare"), ("16", "Information")]),
        # look-alikes
        ("14 Ledamöter Ordförande Annelill Davidsson och Olof Björkmarker justerar protokollet.", [("16", "Information")]),
        ("11 Justering Ordförande Annelill Davidsson och Olof Björkmarker justerar protokollet.", [("16", "Information")]),
        ("17 Justering Ordförande Annelill Davidsson och Olof Björkmarker justerar protokollet.", [("16", "Information")]),
    ],
)
def test_formality_before_lone_item(run_in: str, rows: list[tuple[str | None, str]]) -> None:
    got = _rows(run_in)
    assert [(n, t.split(" Länsgemensam")[0].split(" Att jämte")[0]) for n, t in got] == rows
