"""The tabled matters' item run in after the text of the item before it, its number lost with the time before it
("... skall justeras i Vita huset måndagen den 7/5 kl Bordlagda ärenden (inga) 7 Beslut som presidiet fattat
(inga) 8 Nya ärenden"): item 6 without its number, with its note in brackets. Look-alikes: the words in lower case
inside a sentence ("... inga bordlagda ärenden fanns."), or where no number is missing, add nothing."""

from __future__ import annotations

import pytest

from planner.extract.items import find_headings
from planner.extract.text import minutes_from_text

_LINE = ("Transkript\n\n1 Protokoll fört vid styrelsemöte nr 5 onsdagen den 2/ kl. 16 i Hembygdsmuseet 1 Mötets "
         "öppnande Föreningens ordförande Sven Hugosson förklarade styrelsemötet öppnat. 2 Upprop Närvarande "
         "ledamöter: Sven Hugosson, Ingemar Jansson, Hans Rockberg. 3 Godkännande av dagordning Dagordningen "
         "godkändes. 4 Föregående mötes protokoll Protokollet lades till handlingarna. 5 Justering Att tillsammans "
         "med ordföranden justera mötets protokoll valdes Gunnar Winberg. Beslutades att protokollet skall justeras "
         "i Vita huset måndagen den 7/5 kl {middle} {n} Beslut som presidiet fattat (inga) {m} Nya ärenden Årsmötet "
         "den 15 april beslutades.\n")


def _items(middle: str, n: int = 7) -> list[tuple[str | None, str]]:
    heads, _ = find_headings(minutes_from_text(_LINE.format(middle=middle, n=n, m=n + 1)))
    return [(h.number, h.title) for h in heads]


@pytest.mark.parametrize(("middle", "title"), [("Bordlagda ärenden (inga)", "Bordlagda ärenden (inga)"),
                                               ("Bordlagda frågor Inga fanns.", "Bordlagda frågor")])
def test_tabled_matters_lost_number_is_an_item(middle: str, title: str) -> None:
    items = _items(middle)
    assert [n for n, _ in items] == ["1", "2", "3", "4", "5", None, "7", "8"]
    assert items[5][1] == title


def test_lower_case_in_a_sentence_adds_nothing() -> None:
    assert None not in [n for n, _ in _items("16 och inga bordlagda ärenden fanns.")]


def test_no_number_missing_adds_nothing() -> None:
    assert None not in [n for n, _ in _items("Bordlagda ärenden (inga)", n=6)]
