"""A title that opens a line with "Protokoll fört vid" and the meeting, the line running on into the meeting's
day, time, place, labels or first item (a flattened front page) or closing with a full stop, names the body:
the meeting up to that point, or what it was held with ("sammanträde med styrelsen för X"). Look-alikes: a
sentence about the minutes, a line that does not open with the phrase, a file site's caption that is no name."""

from __future__ import annotations

import pytest

from planner.extract.header import extract_meeting, minutes_kept_at
from planner.extract.text import minutes_from_text


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (("1 Protokoll fört vid styrelsemöte nr 5 onsdagen den 2/ kl. 16 i Hembygdsmuseet 1 Mötets öppnande Öppnande "
         "Föreningens ordförande Sven Hugosson förklarade styrelsemötet öppnat."), "styrelsemöte"),
        (("Protokoll (nr 6/2015) fört vid sammanträde med styrelsen för Jägareförbundet Norrbotten. Plats: Dag och tid: "
         "Kronan, Luleå Tisdagen den 11 augusti"), "styrelsen för Jägareförbundet Norrbotten"),
        ("Protokoll fört vid styrelsemöte med Håns Byalag i Byahuset 2014-10-13. Kl.19.00.", "Håns Byalag"),
        ("Protokoll fört vid Kulturrådets styrelsemöte 2018-12-12 Närvarande ledamöter Ulrika Stuart Hamilton",
         "Kulturrådets styrelsemöte"),
        ("Protokoll fört vid UNF:s förbundsstyrelsemöte: Närvarande", "UNF:s förbundsstyrelsemöte"),
        ("Protokollet fört vid årsmöte i Hörneå Bygdegårdsförening 18 mars 2010", "årsmöte"),
        # look-alikes
        ("Protokollet fördes vid årsmötet av Anna Berg som valts till sekreterare och sedan justerade det.", None),
        ("Protokoll fört vid sammanträde med krYüklə 31,8 Kb.", None),  # a file site's caption
        ("Mötet beslutade att protokoll fört vid styrelsemötet ska läggas ut.", None),  # not at the line's start
        ("Protokoll från styrelsemöte 2019-03-04", None),  # another title: the usual rules read it
    ],
)
def test_minutes_kept_at(line: str, expected: str | None) -> None:
    found = minutes_kept_at(line)
    assert (found.value if found else None) == expected
    if found:
        assert line[found.start: found.end] == found.value


def test_run_on_front_page_gives_the_body() -> None:
    text = (
        "Transkript\n\n1 Protokoll fört vid styrelsemöte nr 5 onsdagen den 2/ kl. 16 i Hembygdsmuseet 1 Mötets öppnande "
        "Öppnande Föreningens ordförande Sven Hugosson förklarade styrelsemötet öppnat. 2 Upprop Upprop Närvarande "
        "ledamöter: Sven Hugosson, Ingemar Jansson och Gunnar Winberg. 3 Godkännande av dagordning 2019-05-02\n"
    )
    assert extract_meeting(minutes_from_text(text))[0].body == "Styrelsen"


def test_undated_title_sentence_keeps_its_place() -> None:
    text = (
        "Protokoll fört vid sammanträde med förbundsstyrelsen för Ungdomens Nykterhetsförbund på Lovisagården, Västerås.\n\n"
        "1 UNF FS Protokoll nr 9 2012-09-14\nNärvarande: Anna Berg, Per Ek\n1. Mötets öppnande\n"
    )
    meeting = extract_meeting(minutes_from_text(text))[0]
    assert (meeting.body, meeting.venue) == ("Förbundsstyrelsen för Ungdomens Nykterhetsförbund", "Lovisagården, Västerås")
