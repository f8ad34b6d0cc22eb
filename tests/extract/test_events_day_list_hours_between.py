"""A schedule's run of yearless days with the hours written after each day is still one list in calendar
order: "Tisdag 26 januari kl. 13-14 1 mars kl. 11-12 30 augusti kl. 13-14 18 oktober kl. 13-14" in minutes
of 13 October 2015 puts that October in 2016, after the August before it (read alone it would be five days
after the meeting). The hours may be written with a clock word ("kl. 13-14", "klockan 18"), with minutes
("18.30", "17:00-19:00") or as a range ("17-18.30"); a bare number or words between the days make no list,
and each day is then read alone."""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.text import minutes_from_text

TAIL = "\n\n§ 9. Mötet avslutas.\n"

RAD = "Protokoll Rådet för funktionshinderfrågor 2015-10-13\n\n§ 1. Mötet öppnas.\n\n§ 2. Sammanträdesdagar. "
STYRELSE = "Styrelsemöte 2019-11-05\n\n§ 1. Mötet öppnas.\n\n§ 6. Kommande möten. "
FORENING = "Medlemsmöte 2022-06-07\n\n§ 1. Mötet öppnas.\n\n§ 5. Kommande träffar. "


def dates_of(head: str, line: str) -> list[str | None]:
    return sorted(e.date for e in extract_text(minutes_from_text(head + line + TAIL)).events if e.date)


READ = [
    # a copied table: weekdays above, days and hours run together, into the next autumn
    (RAD, ("Arbetsutskottet hålls Tisdag Tisdag Tisdag Tisdag 26 januari kl. 13-14 1 mars kl. 11-12 "
           "30 augusti kl. 13-14 18 oktober kl. 13-14"),
     ["2016-01-26", "2016-03-01", "2016-08-30", "2016-10-18"]),
    # the hour with "kl" and minutes, commas between the days
    (STYRELSE, "Styrelsen träffas 15 januari kl. 18.30, 12 mars kl. 18.30 och 19 november kl. 18.30.",
     ["2020-01-15", "2020-03-12", "2020-11-19"]),
    # minutes alone after each day
    (STYRELSE, "Styrelsemöten: 21 januari 18:00, 10 mars 18:00, 12 november 18:00.",
     ["2020-01-21", "2020-03-10", "2020-11-12"]),
    # a range whose start is a bare hour, as notices write it
    (FORENING, "Vi träffas 13 september 17-18.30, 24 januari 17-18.30 och 14 juni 17-18.30.",
     ["2022-09-13", "2023-01-24", "2023-06-14"]),
    # "klockan" and a range with minutes
    (FORENING, ("Träffar hålls 20 oktober klockan 10.00-12.00, 16 februari klockan 10.00-12.00 "
                "samt 15 juni klockan 10.00-12.00."),
     ["2022-10-20", "2023-02-16", "2023-06-15"]),
]

NOT_A_LIST = [
    # words between the days: the later day is read alone, this autumn's
    (STYRELSE, "Vårens möte är 15 januari kl. 18.30 i Folkets hus. Höstfesten blir den 19 november.",
     ["2019-11-19", "2020-01-15"]),
    # a bare number after the day is no hour: no list, the later day read alone
    (STYRELSE, "Styrelsen träffas 15 januari 12 stycken och 19 november.", ["2019-11-19", "2020-01-15"]),
    # the hour closes a sentence: the next day opens another, read alone
    (STYRELSE, "Styrelsen träffas 15 januari kl. 18.30. Den 19 november är det höstfest.",
     ["2019-11-19", "2020-01-15"]),
]


@pytest.mark.parametrize(("head", "line", "dates"), READ + NOT_A_LIST)
def test_day_list_with_hours_between(head: str, line: str, dates: list[str]) -> None:
    assert dates_of(head, line) == dates
