"""Two head families of records that leave things out.

A head line that dates the meeting by weekday, day and month and leaves the year out ("Fredagen den 24 januari"
over a riksdag record, "torsdag 22 mars 09.30 till 16.30" under a committee's title): the year is the one the
text writes in which that day falls on that weekday. A line of prose, a line that writes its year, and a text
where no year (or more than one) fits give none.

A title that names the body by its genitive and the kind of record it keeps ("EU-nämndens uppteckningar
2019/20:21", "Kommunstyrelsens protokoll") names the body itself.
"""

from __future__ import annotations

import pytest

from planner.extract.header import body_of_title, extract_meeting
from planner.extract.text import minutes_from_text


@pytest.mark.parametrize(
    ("text", "day", "start", "end"),
    [
        (("Fredagen den 24 januari\n\nEU-nämndens uppteckningar 2019/20:21\n\n§ 1  Allmänna frågor\n\n"
         "Statsrådet Hans Dahlgren\n\nÅterrapport från möte i rådet den 10 december 2019\n\n"
         "Information inför möte i rådet den 28 januari 2020\n\nAnf.  1  ORDFÖRANDEN:\n"), "2020-01-24", None, None),
        (("Protokoll\nLäkemedelskommitté\ntorsdag 22 mars 09.30 till 16.30\nPlats: Kansliet\n\n"
         "§1 Justerare\n§2 Verksamhetsplan 2007\n"), "2007-03-22", "09:30", "16:30"),
        (("Tisdagen den 3 maj kl. 18.00 i Folkets hus\nStyrelsemöte\n\n1. Mötets öppnande\n"
         "2. Budget för 2022\n"), "2022-05-03", "18:00", None),
        (("Minnesanteckningar\nOnsdag 12 oktober\n\n1. Föregående anteckningar\n"
         "2. Nästa möte i november 2022\n"), "2022-10-12", None, None),
        ("Kulturrådet\nMåndagen den 6 februari, kl 13.00\n\n1. Upprop\n2. Bidrag 2017\n",
         "2017-02-06", "13:00", None),
    ],
)
def test_weekday_head_line_takes_the_fitting_year(text: str, day: str, start: str | None, end: str | None) -> None:
    meeting, _ = extract_meeting(minutes_from_text(text))
    assert meeting.date == day
    assert (meeting.start, meeting.end) == (start, end)


@pytest.mark.parametrize(
    "text",
    [
        # 24 januari is a Friday in 2020, a Thursday in 2019: no year fits a Saturday
        ("Lördagen den 24 januari\n\nEU-nämndens uppteckningar 2019/20:21\n\n§ 1  Allmänna frågor\n\n"
         "Återrapport från möte den 10 december 2019\n\nAnf.  1  ORDFÖRANDEN:\n\nVälkomna hit!\n"),
        # no year written anywhere
        "Fredagen den 24 januari\n\nStyrelsemöte\n\n1. Mötets öppnande\n2. Ekonomi\n",
        # the weekday's day in an item far below the head, not a dated heading
        ("Styrelsemöte\n\n1. Mötets öppnande\n2. Val av justerare\n3. Ekonomi\n4. Medlemmar\n5. Fest\n"
         "6. Övrigt\nFredagen den 24 januari\nbudget för 2020 antogs\n"),
    ],
)
def test_no_day_from_a_weekday_line_without_one_fitting_year(text: str) -> None:
    meeting, _ = extract_meeting(minutes_from_text(text))
    assert meeting.date is None or not meeting.date.endswith("-01-24")  # (a date read elsewhere may stand)


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("EU-nämndens uppteckningar 2019/20:21", "EU-nämnden"),
        ("Kommunstyrelsens protokoll", "Kommunstyrelsen"),
        ("Pensionärsrådets minnesanteckningar nr 3", "Pensionärsrådet"),
        ("Miljö- och byggnämndens protokoll 2021-05-04", "Miljö- och byggnämnden"),
        ("Kommunfullmäktiges protokoll", "Kommunfullmäktige"),
        ("Styrgruppens mötesanteckningar", "Styrgruppen"),
    ],
)
def test_genitive_body_before_its_record(title: str, body: str) -> None:
    assert body_of_title(title) == body


@pytest.mark.parametrize(
    "title",
    [
        "Årets protokoll",  # no body's genitive
        "Lars Perssons anteckningar",  # a person's notes
        "Föreningens Ulla Perssons anteckningar",  # a person's notes inside an association
    ],
)
def test_no_body_from_other_genitives(title: str) -> None:
    assert body_of_title(title) == title
