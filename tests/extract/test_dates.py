"""Swedish dates, months, seasons and times as real minutes write them (planner.extract.dates)."""

from __future__ import annotations

from datetime import date, time

import pytest

from planner.extract.dates import (
    DateKind,
    find_dates,
    find_times,
    month_of,
    parse_time_range,
    resolve_date,
    resolve_month,
    resolve_year,
)

MARCH_2020 = date(2020, 3, 6)
OCT_2021 = date(2021, 10, 20)
JAN_2015 = date(2015, 1, 14)


@pytest.mark.parametrize(("phrase", "expected"), [
    ("9.00-12.00", (time(9, 0), time(12, 0))),
    ("kl. 08.45-15.00", (time(8, 45), time(15, 0))),
    ("Kl. 13:00-15:00 (ca)", (time(13, 0), time(15, 0))),
    ("Kl. 9:45-15:00", (time(9, 45), time(15, 0))),
    ("18-20", (time(18, 0), time(20, 0))),
    ("kl 14-18", (time(14, 0), time(18, 0))),
    ("kl. 13.00", (time(13, 0), None)),
    ("Kommunhusets sammanträdesrum kl 13.00–14.30", (time(13, 0), time(14, 30))),
    ("Tid: 9:00 – 11.15", (time(9, 0), time(11, 15))),
    ("Nästa möte hålls 2016-06-12, kl 18-20.", (time(18, 0), time(20, 0))),
    ("klockan 18.30", (time(18, 30), None)),
    ("2024-10-10 - 17:00", (time(17, 0), None)),
    ("kl. 08:30-14:00, ajournering för lunch 12:15-13:00", (time(8, 30), time(14, 0))),
    ("kl 24.00", (None, None)),
    ("Inga tider här", (None, None)),
])
def test_parse_time_range(phrase: str, expected: tuple[time | None, time | None]) -> None:
    assert parse_time_range(phrase) == expected


@pytest.mark.parametrize("phrase", [
    "19-25 år", "85 %", "10,5 procent", "3 min/org", "avsnitt 6.10 i planen", "12.50 kr",
])
def test_find_times_ignores_numbers_that_are_not_times(phrase: str) -> None:
    assert find_times(phrase) == []


@pytest.mark.parametrize(("phrase", "expected"), [
    # Right after a date a bare "18-20" is hours, but not a run of item or page numbers.
    ("den 8e februari, samt punkterna 4, 7-8, på måndagen", []),
    ("§§ 12-14 justeras", []),
    ("sid 3-5 i bilagan", []),
    (" 18-20 i Monaden", [(time(18, 0), time(20, 0))]),
])
def test_bare_hour_ranges_after_a_date(phrase: str, expected: list[tuple[time, time | None]]) -> None:
    assert [(t.begin, t.finish) for t in find_times(phrase, bare=True)] == expected


@pytest.mark.parametrize(("phrase", "after", "kind", "iso", "end_iso"), [
    ("Datum: 2020-03-06", MARCH_2020, DateKind.DAY, "2020-03-06", None),
    ("Inbjudan Stiftarmöte Valjeviken  2018 06 18", MARCH_2020, DateKind.DAY, "2018-06-18", None),
    ("Datum 2020 11 05 kl 18.00", MARCH_2020, DateKind.DAY, "2020-11-05", None),
    ("Fredag den 1 oktober 2021", MARCH_2020, DateKind.DAY, "2021-10-01", None),
    ("Nästa kommunala forum den 8 maj kommer att vara en workshop", MARCH_2020, DateKind.DAY, "2020-05-08", None),
    ("17–18 mars (internat)", OCT_2021, DateKind.DAY, "2022-03-17", "2022-03-18"),
    ("nästa mötestillfälle i juni månad", MARCH_2020, DateKind.MONTH, "2020-06", None),
    ("Ärendet återkommer till ledningsgruppen i november.", OCT_2021, DateKind.MONTH, "2021-11", None),
    ("strategin ska vara klar för beslut till november", OCT_2021, DateKind.MONTH, "2021-11", None),
    ("Presentation görs vid kommunalt forum i mars 2018.", MARCH_2020, DateKind.MONTH, "2018-03", None),
    ("nästa möte ska hållas 15/5, 18:00-20:00", date(2016, 4, 17), DateKind.DAY, "2016-05-15", None),
    ("## Nästa möte 3/11/2021 12:15", OCT_2021, DateKind.DAY, "2021-11-03", None),
    ("Deadline Torsdag 07/10", date(2021, 10, 6), DateKind.DAY, "2021-10-07", None),
    ("Erik fixar det imorgon 21-10-21", OCT_2021, DateKind.DAY, "2021-10-21", None),
    ("  - November 30", OCT_2021, DateKind.DAY, "2021-11-30", None),
    ("Inför webinariet med Roland den 11/2", date(2021, 1, 29), DateKind.DAY, "2021-02-11", None),
    ("Äger rum 9:e Oktober.", date(2021, 9, 2), DateKind.DAY, "2021-10-09", None),
    ("Kalas sker 8:e september kl. 14-18", date(2021, 9, 2), DateKind.DAY, "2021-09-08", None),
    ("Tredje Mars preliminärt.", date(2022, 1, 20), DateKind.DAY, "2022-03-03", None),
    ("Donationer görs 27nd Januari.", date(2022, 1, 20), DateKind.DAY, "2022-01-27", None),
    ("torsdag den 7e November för ett asp-arr", date(2024, 10, 1), DateKind.DAY, "2024-11-07", None),
    ("16 april kl 08.30", JAN_2015, DateKind.DAY, "2015-04-16", None),
    ("nya sammanträdestider 10 december kl 08.30", JAN_2015, DateKind.DAY, "2015-12-10", None),
    ("Lördag 23 apr 16:00", date(2022, 4, 9), DateKind.DAY, "2022-04-23", None),
    ("Måndag 30 januari, klockan 18.30", date(2022, 12, 5), DateKind.DAY, "2023-01-30", None),
    ("den 26-27 januari 2002", date(2001, 12, 1), DateKind.DAY, "2002-01-26", "2002-01-27"),
    ("styrelsemötet 15-16 september 2007", date(2007, 12, 1), DateKind.DAY, "2007-09-15", "2007-09-16"),
    ("Sammanträdet 2023-03-01--02", date(2023, 1, 1), DateKind.DAY, "2023-03-01", "2023-03-02"),
    ("den 06.03.2020", date(2020, 1, 1), DateKind.DAY, "2020-03-06", None),
    ("på Lördag", date(2021, 10, 6), DateKind.WEEKDAY, "2021-10-09", None),
    ("Nästa tisdag", date(2022, 1, 20), DateKind.WEEKDAY, "2022-01-25", None),
    ("hösten 2020", MARCH_2020, DateKind.SEASON, None, None),
    ("under våren", MARCH_2020, DateKind.SEASON, None, None),
    ("HT 2021", MARCH_2020, DateKind.SEASON, None, None),
    ("**2021-Q1:** Protokollspecifikationer", date(2021, 1, 14), DateKind.QUARTER, None, None),
    ("under första kvartalet 2021", MARCH_2020, DateKind.QUARTER, None, None),
    ("Vecka 50?", OCT_2021, DateKind.WEEK, None, None),
    ("mars–april 2021", MARCH_2020, DateKind.MONTH, "2021-03", "2021-04"),
    # Ordinal suffixes and capitalised months as club notes write them.
    ("deadline för nästa nummer är den 10:de November.", date(1995, 9, 25), DateKind.DAY, "1995-11-10", None),
    ("träffas den 3:e december", date(2019, 10, 2), DateKind.DAY, "2019-12-03", None),
    # Two days side by side without a separator are one range ("kongress i Borås 21 22 april 2012").
    ("kongress i Borås 21 22 april 2012", date(2012, 1, 10), DateKind.DAY, "2012-04-21", "2012-04-22"),
    ("Konferensen hålls 8 9 oktober", date(2019, 5, 2), DateKind.DAY, "2019-10-08", "2019-10-09"),
    ("Punkt 3 22 april", MARCH_2020, DateKind.DAY, "2020-04-22", None),  # not consecutive: a number, then a date
    # YYMMDD after a weekday or a date label, in the century of the meeting.
    ("8. Nästa telefonmöte: söndag 140526 kl. 20:15", date(2014, 5, 4), DateKind.DAY, "2014-05-26", None),
    ("Datum: 090603", date(2009, 5, 1), DateKind.DAY, "2009-06-03", None),
    ("Protokoll fört vid lunchmöte 950925", date(1995, 9, 1), DateKind.DAY, "1995-09-25", None),
    ("Nästa möte: torsdag 211104", date(2021, 10, 7), DateKind.DAY, "2021-11-04", None),
    # Day.month after a weekday or "den", as Finland-Swedish minutes write it.
    ("Nästa möte tis 23.9 kl 14.00", date(2014, 9, 1), DateKind.DAY, "2014-09-23", None),
    ("Nästa möte den 4.5. kl 18", date(2021, 3, 1), DateKind.DAY, "2021-05-04", None),
    # After "den" a slashed day/month is a date even when "av" (who arranges it) follows, no fraction.
    ("Surströmmingsfest ordnas den 4/9 av mor och dotter", date(2015, 8, 12), DateKind.DAY, "2015-09-04", None),
    ("Städdag den 12/5 av alla medlemmar", date(2015, 3, 1), DateKind.DAY, "2015-05-12", None),
])
def test_find_dates_reads_the_first_mention(phrase: str, after: date, kind: DateKind, iso: str | None,
                                            end_iso: str | None) -> None:
    found = find_dates(phrase, after=after)
    assert found, phrase
    first = found[0]
    assert (first.kind, first.iso, first.end_iso) == (kind, iso, end_iso)
    assert phrase[first.start:first.end] == first.text


@pytest.mark.parametrize("phrase", [
    "befolkningen år 2055",
    "85 %",
    "ungdomar 19-25 år",
    "3 min/org",
    "Gemensam strategi för de äldre i Kronoberg 2017-2025.",
    "ring 0470-58 30 00",
    "Dnr 2020/123",
    "Ks 1 Dnr 2012-KS",
    "Motion 3/2014 Industriprogrammet",
    "10,5 procent överlever",
    "Antalet är det högsta på 10 år",
    "vi är 7 pers på plats och 2 pers på distans",
    "Handlingsplaner 2021-2022 tas fram",
    "2/3 av kommunerna har svarat",
    "hela 2/3 av medlemmarna röstade för",
    "en 1/2 dag utbildning",
    "SOSFS 2007:10/2008:20",
    "Prop. 2019/20:1",
    # Six digits alone are sums, counts or the first half of a personal identity number.
    "kostnaden blev 140526 kr",
    "ordernummer 950925",
    "personnummer 140526-1234",
    # Day.month needs a weekday or "den" before it, and no unit after it.
    "värdet 23.9 procent",
    "den 4.5 miljoner kronor",
    "ökningen var 12.5",
    # ISO order with spaces only as one group of four and two of two, not inside a run of groups.
    "bankgiro 12 2018 06 18",
    "tel 2018 06 18 44",
    "budget 2019 05 10 000 kr",
    "år 2018 13 01",
    "2018 6 18 deltagare",
])
def test_find_dates_finds_no_date_in_numbers(phrase: str) -> None:
    days = [d for d in find_dates(phrase, after=MARCH_2020) if d.kind in (DateKind.DAY, DateKind.MONTH)]
    assert days == []


@pytest.mark.parametrize(("phrase", "after", "expected"), [
    ("den 8 maj", MARCH_2020, date(2020, 5, 8)),
    # Recent past: a date a few weeks before the meeting stays in the meeting's year.
    ("Albin och Tekla var på institutionsråd den 23 september.", date(2021, 10, 11), date(2021, 9, 23)),
    # A yearless date more than a month back is the next one of its kind.
    ("10 december", JAN_2015, date(2015, 12, 10)),
    ("den 14 januari", date(2020, 12, 10), date(2021, 1, 14)),
    ("den 31 februari", MARCH_2020, None),
])
def test_resolve_date(phrase: str, after: date, expected: date | None) -> None:
    assert resolve_date(phrase, after=after) == expected


@pytest.mark.parametrize(("phrase", "after", "year_hint", "expected"), [
    ("4 feb", date(2021, 10, 1), 2022, date(2022, 2, 4)),
    ("7 okt", date(2021, 10, 1), 2022, date(2022, 10, 7)),
    ("2 dec", date(2021, 10, 1), None, date(2021, 12, 2)),
])
def test_year_hint_of_a_meeting_list(phrase: str, after: date, year_hint: int | None, expected: date) -> None:
    assert resolve_date(phrase, after=after, year_hint=year_hint) == expected


@pytest.mark.parametrize(("phrase", "after", "expected"), [
    ("i november", date(2021, 10, 1), "2021-11"),
    ("till februari", date(2021, 10, 1), "2022-02"),
    ("i september", date(2021, 10, 1), "2021-09"),
    ("i mars 2018", date(2018, 2, 21), "2018-03"),
    ("Kommunstyrelsen beslutar om avsiktsförklaringen i mars.", date(2018, 2, 21), "2018-03"),
    ("inga datum", date(2018, 2, 21), None),
])
def test_month_of(phrase: str, after: date, expected: str | None) -> None:
    assert month_of(phrase, after=after) == expected


def test_alternatives_are_two_dates_marked_as_alternatives() -> None:
    found = find_dates("Sjunde eller Fjortonde december.", after=OCT_2021)
    assert [(d.iso, d.alternative) for d in found] == [("2021-12-07", True), ("2021-12-14", True)]


def test_day_without_month_takes_the_month_written_before_it() -> None:
    text = "Hade varit ok den 6e december\nMen inte så nära Xamera den 7e\nVi vill ha det den 13e"
    found = find_dates(text, after=date(2021, 11, 17))
    assert [d.iso for d in found] == ["2021-12-06", "2021-12-07", "2021-12-13"]
    assert found[1].inferred


def test_tentative_words_mark_the_date() -> None:
    found = find_dates("Preliminärt ha nästa stämma 2024-03-21.", after=date(2024, 2, 22))
    assert found[0].tentative
    assert not find_dates("Nästa möte 2024-03-04", after=date(2024, 2, 22))[0].tentative


def test_resolve_year_and_month_helpers() -> None:
    assert resolve_year(2, 29, after=date(2023, 3, 1)) == date(2024, 2, 29)
    # The month before the meeting's is read as the recent past.
    assert resolve_month(12, after=date(2021, 1, 20)) == "2020-12"
    assert resolve_month(11, after=date(2021, 1, 20)) == "2021-11"
    assert resolve_month(1, after=date(2021, 2, 1)) == "2021-01"


def test_offsets_point_into_the_given_string() -> None:
    text = "Mötet hålls 17–18 mars (internat) och 6 maj."
    for d in find_dates(text, after=OCT_2021):
        assert text[d.start:d.end] == d.text


@pytest.mark.parametrize(("phrase", "after", "expected"), [
    # The written weekday picks the year: 10 December 2014 was a Wednesday.
    ("onsdag 10 december", date(2015, 1, 14), date(2014, 12, 10)),
    ("torsdag 10 december", date(2015, 1, 14), date(2015, 12, 10)),
    ("Torsdag 07/10", date(2021, 10, 6), date(2021, 10, 7)),
    ("tis 8/3", date(2022, 1, 20), date(2022, 3, 8)),
    # A weekday range over a day range fits when either day does: 12-13 May 2009 is Tue-Wed.
    # ("tisdag-onsdag den 12-13 maj": the last weekday stands before the range.)
    ("onsdag den 12-13 maj", date(2008, 9, 2), date(2009, 5, 12)),
    ("lördag 4-5 juni", date(2021, 3, 1), date(2021, 6, 4)),  # 2021-06-04..05 is Fri-Sat
])
def test_written_weekday_chooses_the_year(phrase: str, after: date, expected: date) -> None:
    assert resolve_date(phrase, after=after) == expected


@pytest.mark.parametrize(("phrase", "expected"), [
    ("Mötet hålls den 31 april.", ["31 april"]),
    ("Deadline 2021-02-30", ["2021-02-30"]),
    ("den 29 februari", []),
    ("den 30 april och 2021-02-28", []),
])
def test_find_impossible_dates(phrase: str, expected: list[str]) -> None:
    from planner.extract.dates import find_impossible_dates

    assert [t for _, _, t in find_impossible_dates(phrase)] == expected
