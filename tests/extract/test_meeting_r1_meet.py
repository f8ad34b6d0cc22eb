"""Meeting fields read from portal pages and excerpts that give no labelled date (branch r1-meet).

A date in running text that is a deadline ("senast 2020-05-29"), the edge of a period ("från 2023-01-01 till
2025-12-31") or the day of an earlier act ("Den 2 december 2021 beslutade nämnden") is not the meeting's day;
a plain dated line still is.
"""

from __future__ import annotations

import pytest

from planner.extract.header import extract_meeting, find_time_range
from planner.extract.text import minutes_from_text

PORTAL = "Hoppa över navigering\n •   1\n\n  Justering\n\n"


def meeting_date(text: str) -> str | None:
    return extract_meeting(minutes_from_text(text))[0].date


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # deadlines and periods
        (" • Rapporten ska lämnas in till regionstyrelsen senast 2020-05-29\n", None),
        (" • Vidare presenteras tidskrav (senast 28 juni 2025, eller i vissa fall senast 28 juni 2030).\n", None),
        ("  Avtalstiden är från 2023-01-01 till 2025-12-31 med option att förlänga med 24 månader.\n", None),
        ("  Avtalet gäller till och med den 31 mars 2024 och kan förlängas.\n", None),
        ("  Remissvar ska ha kommit in före den 15 maj 2022 till kansliet.\n", None),
        ("  Planen gäller fr.o.m. 2021-01-01 för hela förvaltningen.\n", None),
        # an earlier act's day
        ("  Den 2 december 2021 beslutade regionala utvecklingsnämnden att anta en rutin.\n", None),
        ("  Föreningen har den 25 januari 2016 inkommit med ansökan om bidrag.\n", None),
        # look-alikes that keep their date: the minutes' own dated lines
        ("  Minnesanteckningar från 2018-11-30\n", "2018-11-30"),
        ("  Sammanträde 2020-05-14\n", "2020-05-14"),
        ("  Nämnden sammanträdde den 14 maj 2020 i Hylte.\n", "2020-05-14"),
        ("  Mötet hölls den 3 mars 2022, beslut fattades om budget.\n", "2022-03-03"),
    ],
)
def test_deadline_period_and_past_act_dates_are_not_the_meetings(line: str, expected: str | None) -> None:
    assert meeting_date(PORTAL + line) == expected


HEAD = ("Tid: 10.00-10.50\nPlats: Telefonmöte\nDeltagande: Karin Berg, ordförande, Per Holm, Eva Lund\n\n"
        "1. Sammanträdets öppnande\nOrdförande öppnar mötet.\n\n2. Anmälan protokoll\nFöljande lades till handlingarna:\n\n")


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # entries of a list inside an item: earlier minutes, reports, no meeting day of these minutes
        ("  • Styrelseprotokoll 2021-02-24\n  • AU-protokoll 2021-03-08\n", None),
        ("  - Protokoll från AU 2021-03-08\n", None),
        ("  * Rapport 2019-11-02\n", None),
        ("  – Minnesanteckningar 12 mars 2020\n", None),
        ("  ● Delårsrapport 2022-08-31\n", None),
        ("  ▪ Protokoll 2018-05-04\n", None),
        # look-alikes: an unbulleted short dated line below the head still dates the minutes
        ("Protokoll 2021-04-21\n", "2021-04-21"),
        ("Uppsala 2021-04-21\n", "2021-04-21"),
    ],
)
def test_bulleted_dated_entries_below_the_head_give_no_date(lines: str, expected: str | None) -> None:
    assert meeting_date(HEAD + lines) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        # the meeting's hours lost their dash; the break's hours after them kept theirs
        (("Mentorn 1 och 2, tisdagen den 15 januari 2019, klockan 13.00 17.15, med ajournering för fika klockan "
          "14.50-15.10."), ("13:00", "17:15")),
        ("Stadshuset kl. 9.00 12.00, ajournering kl 10:45-11:30", ("09:00", "12:00")),
        ("Kommunhuset kl 18.00 21.00 med paus 19.30-19.45", ("18:00", "21:00")),
        # a break alone gives no meeting hours
        ("Ajournering kl 10:45-11:30", None),
        ("Ajourneringar: 09:35-09:45, 10:25-10:42", None),
        # look-alikes: the meeting's own range first, or a break word in another sentence, still count
        ("Kommunhuset kl. 13.00-16.30, ajournering 14.50-15.10", ("13:00", "16:30")),
        ("Ajournering sker vid behov. Tid kl 13.00-15.00", ("13:00", "15:00")),
        ("kl. 9:45–15:00", ("09:45", "15:00")),
    ],
)
def test_break_hours_are_not_the_meetings(value: str, expected: tuple[str, str] | None) -> None:
    rng = find_time_range(value, meeting=True)
    assert (None if rng is None else (rng[0].value, rng[1].value)) == expected


ORGAN_TAIL = ("\nPlats och tid Kommunhuset, tisdagen den 15 januari 2019, klockan 13.00 17.15\n"
              "Beslutande Anna Berg (S), ordförande\n\n1. Mötets öppnande\n")


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        # a transcript's organ label, its participle cut ("Beslut|ande organ"), with or without the body's name
        ("Protokoll 1 (53) ande organ", None),
        ("Protokoll 1 (53) ande organ Kommunstyrelsen", "Kommunstyrelsen"),
        ("Beslutande organ Socialnämnden", "Socialnämnden"),
        ("Sammanträdande organ Tekniska nämnden", "Tekniska nämnden"),
        # look-alikes: the body's own name stays as it was read
        ("Protokoll 1 (53) Kommunstyrelsen", "Kommunstyrelsen"),
        ("Protokoll 1 (20) Socialnämnden", "Socialnämnden"),
        ("Protokoll 1 (12) Sammanträdande organ:", None),
    ],
)
def test_organ_label_is_no_body(head: str, expected: str | None) -> None:
    assert extract_meeting(minutes_from_text(head + ORGAN_TAIL))[0].body == expected


STACKED_TAIL = (" Torsdagen den 30 mars 2017 kl 09.00-12.20 ande Ulf Nilsson ordförande Eva Berg Per Holm\n"
                "Övriga deltagare Anna Ek sekreterare\n")


@pytest.mark.parametrize(
    ("head", "body", "venue"),
    [
        # a flattened front page: the organ and place-and-time labels, then their values in a run
        ("17 Organ Plats och tid Regionförbundets styrelse Campus Hultsfred, Hultsfred", "Regionförbundets styrelse",
         "Campus Hultsfred, Hultsfred"),
        ("17 Organ Tid och plats Regionförbundets styrelse Campus Hultsfred, Hultsfred", "Regionförbundets styrelse",
         "Campus Hultsfred, Hultsfred"),
        ("17 Organ Plats och tid Socialnämnden Kommunhuset, Kungsör", "Socialnämnden", "Kommunhuset, Kungsör"),
        ("17 Organ Plats och tid Kommunstyrelsens arbetsutskott Stadshuset, Vimmerby", "Kommunstyrelsens arbetsutskott",
         "Stadshuset, Vimmerby"),
        ("17 Organ Tid och plats Tekniska nämnden Rådhuset, Kalmar", "Tekniska nämnden", "Rådhuset, Kalmar"),
        # look-alike: no body's name after the labels, the place stays whole
        ("17 Organ Plats och tid Kommunhuset, Hultsfred", None, "Kommunhuset, Hultsfred"),
    ],
)
def test_organ_value_after_stacked_labels(head: str, body: str | None, venue: str) -> None:
    meeting = extract_meeting(minutes_from_text(head + STACKED_TAIL))[0]
    assert meeting.venue == venue
    if body is not None:
        assert meeting.body == body
