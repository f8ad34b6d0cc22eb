"""A page header's date label before the date ("Sammanträdesdatum 2017-05-23", on every page of a municipal
protocol) is no place: the line is no dateline ("Vänersborg 2016-01-20") and gives no venue. Look-alikes: a town
before the date still is the place where the minutes were written."""

from __future__ import annotations

import pytest

from planner.extract.header import extract_meeting, is_dateline
from planner.extract.text import minutes_from_text


def _meeting(head: str) -> tuple[str | None, str | None, str | None]:
    m = extract_meeting(minutes_from_text(head + "\n\nNärvarande: Anna Ek, Bo Berg\n\n§ 1 Mötets öppnande\n"))[0]
    return m.body, m.date, m.venue


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ("Kommunstyrelsen\nSammanträdesdatum 2017-05-23", ("Kommunstyrelsen", "2017-05-23", None)),
        ("Protokoll\nSocialnämnden\nSammanträdesdatum 2017-05-23", ("Socialnämnden", "2017-05-23", None)),
        ("Kultur- och fritidsnämnden\nMötesdatum 2019-03-12", ("Kultur- och fritidsnämnden", "2019-03-12", None)),
        ("Byggnadsnämnden\nSammanträdesdag 3 maj 2019", ("Byggnadsnämnden", "2019-05-03", None)),
        ("Styrelsen\nSammanträdestid 2019-03-12", ("Styrelsen", "2019-03-12", None)),
        # look-alikes: a town before the date is the place
        ("Protokoll\nKommunstyrelsen\nVänersborg 2016-01-20", ("Kommunstyrelsen", "2016-01-20", "Vänersborg")),
        ("Protokoll\nKommunstyrelsen\nGrästorp, 2018-05-02", ("Kommunstyrelsen", "2018-05-02", "Grästorp")),
    ],
)
def test_date_label_is_no_venue(head: str, expected: tuple[str | None, str | None, str | None]) -> None:
    assert _meeting(head) == expected


@pytest.mark.parametrize("line", ["Sammanträdesdatum 2017-05-23", "Mötesdatum 2019-03-12", "Justeringsdag 2019-03-15",
                                  "Sammanträdestid 2019-03-12", "Anslagsdatum 2019-03-15"])
def test_date_label_line_is_no_dateline(line: str) -> None:
    assert not is_dateline(line)


@pytest.mark.parametrize("line", ["Vänersborg 2016-01-20", "Umeå den 3 maj 2019", "Grästorp, 2018-05-02"])
def test_town_line_is_a_dateline(line: str) -> None:
    assert is_dateline(line)
