"""A page of a blog's archive: another post's bullet list above the post of the minutes.

"Frågor till skånetrafiken:" / "·    Busshållplats nya västervång" / ... / "Minnesanteckningar Ungdomsrådet
10/11 2010" / "§    Karin inledde mötet ...": an archive page holds several posts, the newest first. A post's
title of minutes (a short line opening with "Minnesanteckningar", "Protokoll", "Mötesanteckningar", ... and
holding a date) below every bullet, and none above them, tells that the bullets are the list of another post
(questions collected, a notice), not the minutes' items.

Look-alikes: bullets below the minutes' title are its items, also when another dated title follows further down
(the next post); a signing's line below the bullets ("Protokoll justerat 2021-03-10") or an undated line ("Protokoll
från föregående möte godkändes") is no title of another post.
"""

from __future__ import annotations

import pytest

from planner.extract.items import find_headings
from planner.extract.text import minutes_from_text

_BULLETS = ("·    Busshållplats nya västervång\n\n·    Busshållplats vid Skegrie kyrka\n\n"
            "·    Korrekta busstabeller\n\n·    Värme på bussarna, bättre fläktar\n\n·    Säkrare bussar\n\n")
_PARAGRAPHS = ("§         Karin inledde mötet med att kolla närvaro/frånvaro och frågade om alla tycker det är okej "
               "att deras namn finns med på hemsidan.\n\n§         Nästa möte den 24 november kommer Skånetrafiken på "
               "besök.\n")


def _titles(text: str) -> list[str]:
    heads, _ = find_headings(minutes_from_text(text))
    return [h.title for h in heads]


OTHER_POST = [
    pytest.param("Frågor till skånetrafiken:\n\n" + _BULLETS + "Eller kom till mötet.\n\n\n"
                 "Minnesanteckningar Ungdomsrådet 10/11 2010\n\n" + _PARAGRAPHS, id="minnesanteckningar-d-m-yyyy"),
    pytest.param("Inför nästa möte\n\n" + _BULLETS + "\nProtokoll styrelsemöte 2023-04-17\n\n" + _PARAGRAPHS,
                 id="protokoll-iso"),
    pytest.param("Det här vill vi ta upp med kommunen:\n\n" + _BULLETS
                 + "\nMötesanteckningar 6 april 2011\n\n" + _PARAGRAPHS, id="motesanteckningar-spelled"),
]


@pytest.mark.parametrize("text", OTHER_POST)
def test_bullets_above_the_minutes_title_are_no_items(text: str) -> None:
    assert "Busshållplats nya västervång" not in _titles(text)


OWN = [
    pytest.param("Minnesanteckningar Ungdomsrådet 10/11 2010\n\n" + _BULLETS + "\n"
                 "Minnesanteckningar Ungdomsrådet 27/10 2010\n\n" + _PARAGRAPHS, id="title-above-and-below"),
    pytest.param("Ungdomsrådet\n\n" + _BULLETS + "\nProtokoll justerat 2010-11-17\n\nKarin Jeppsson\n",
                 id="signing-line-below"),
    pytest.param("Ungdomsrådet\n\n" + _BULLETS + "\nProtokoll från föregående möte godkändes.\n",
                 id="undated-line-below"),
]


@pytest.mark.parametrize("text", OWN)
def test_bullets_of_the_minutes_stay_items(text: str) -> None:
    assert _titles(text)[:2] == ["Busshållplats nya västervång", "Busshållplats vid Skegrie kyrka"]
