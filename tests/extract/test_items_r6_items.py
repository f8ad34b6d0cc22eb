"""Items of minutes whose headings a bare "§" marks, no number ("§ Mötets öppnande" / its text / "§ Ekonomi").

A word processor's template may set "§" as the bullet of each heading: the marked lines are the items, in
order, without numbers. Look-alikes: a lone "§ Ärende Beslut" over a table's columns, a "§" before a
sentence, and numbered paragraphs ("§ 5 Ekonomi") stay as they were.
"""

from __future__ import annotations

import pytest

from planner.extract.items import _sign_marked_headings, find_headings
from planner.extract.text import minutes_from_text

_FRONT = ("Datum, tid och plats Onsdagen den 20 september 2017 klockan 18:00 i bystugan\n"
          "Närvarande Anna Berg, Karl Ek, Lars Holm\n")


def _items(text: str) -> list[tuple[str | None, str]]:
    heads, _ = find_headings(minutes_from_text(text))
    return [(h.number, h.title) for h in heads]


def _doc(titles: list[str], mark: str = "§ ") -> str:
    body = "Ordföranden redogör för ärendet och styrelsen diskuterar frågan ingående.\n\n"
    return _FRONT + "".join(f"{mark}{t}\n\n{body}" for t in titles)


@pytest.mark.parametrize("titles", [
    ["Mötets öppnande", "Val av sekreterare", "Förra protokollet", "Ekonomi"],
    ["Mötets öppnande", "Val av sekreterare", "Förra protokollet", "Ekonomi", "Planering", "Övriga ärenden"],
    ["Föregående protokoll", "Medlemsfrågor", "Nästa möte"],
    ["Sammanträdets öppnande", "Rapporter från arbetsgrupperna", "Budget för 2018", "Mötets avslutande"],
])
def test_sign_marked_lines_are_the_items(titles: list[str]) -> None:
    assert _items(_doc(titles)) == [(None, t) for t in titles]


def test_tab_after_the_sign() -> None:
    titles = ["Mötets öppnande", "Ekonomi", "Planering"]
    assert _items(_doc(titles, mark="§\t")) == [(None, t) for t in titles]


@pytest.mark.parametrize("text", [
    # one marked line over a table's columns: no list
    _FRONT + "§ Ärende Beslut\n\nStyrelsen beslutar enligt förslaget i ärendet om budget.\n",
    # two marked lines only
    _doc(["Mötets öppnande", "Ekonomi"]),
    # marked sentences, not headings
    _doc(["Styrelsen beslutar att anta förslaget.", "Mötet förklarades öppnat av ordföranden.",
          "Protokollet godkändes och lades till handlingarna."]),
])
def test_look_alikes_are_not_sign_marked_items(text: str) -> None:
    assert _sign_marked_headings(minutes_from_text(text)) == []


def test_numbered_paragraphs_keep_their_numbers() -> None:
    titles = ["Mötets öppnande", "Val av sekreterare", "Ekonomi"]
    text = _FRONT + "".join(f"§ {k} {t}\n\nOrdföranden redogör för ärendet.\n\n" for k, t in enumerate(titles, 1))
    assert _items(text) == [(str(k), t) for k, t in enumerate(titles, 1)]
