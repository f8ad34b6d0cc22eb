"""Bullets that each head a paragraph after a blank line, as a word processor's copy leaves them:
"·       Föregående minnesanteckningar:" / "" / "Inventering av potentiella medlemsorganisationer pågår. ...".

Look-alikes: a bullet list of points (no colon, or another bullet right below), and bullets of which only
some are titles, give no headings.
"""

from __future__ import annotations

from planner.extract.items import find_headings
from planner.extract.text import minutes_from_text

HEAD = ("Minnesanteckningar från möte med arbetsgruppen\n\n23 – 24 januari 2004, Fisketången, Kungshamn i Bohuslän\n\n"
        "Närvarande: Göran Ekström, Marie Sollengren och Rolf Karlsson.\n\n"
        "Så började vi den formella delen genom att gå igenom föregående minnesanteckningar.\n\n \n\n")


def _titles(text: str) -> list[str]:
    heads, _ = find_headings(minutes_from_text(text))
    return [h.title for h in heads]


def test_spaced_bullets_head_their_paragraphs() -> None:
    text = HEAD + ("·       Föregående minnesanteckningar:\n\nInventering av potentiella medlemsorganisationer pågår "
                   "och ett register har sammanställts.\n\n \n\n·       Förstudie/ekonomi:\n\n"
                   "Vid vårt förra möte bestämde vi att försöka ta fram ekonomiska förutsättningar.\n")
    assert _titles(text) == ["Föregående minnesanteckningar", "Förstudie/ekonomi"]


def test_list_of_points_gives_no_headings() -> None:
    text = HEAD + ("·       Kaffe\n\n·       Mjölk\n\nVi köper in detta till nästa möte hos föreningen i hamnen.\n")
    assert _titles(text) == []


def test_some_bullets_not_titles_give_no_headings() -> None:
    text = HEAD + ("·       Föregående minnesanteckningar:\n\nInventering av potentiella medlemsorganisationer pågår "
                   "och ett register har sammanställts.\n\n·       Vi ses igen i mars hos Per i Kungshamn.\n\n"
                   "Alla var överens om att mötet var bra och att vi ska fortsätta.\n")
    assert _titles(text) == []
