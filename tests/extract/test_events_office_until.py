"""A date that ends a term of office someone is elected or appointed to: "utse Karl Johnsinius till
ledamot i Stiftelsen Herulero till 2018-12-31", "omvaldes som revisor till och med 2020-06-30".
Nothing happens on that day; no event. A meeting or a deadline after an office ("till ordförande;
nästa möte den 12 mars", "kallas som ombud till stämman den 20 april") stays an event.
"""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.text import minutes_from_text

HEAD = ("Protokoll fört vid styrelsemöte i Byalaget\n\nDatum: 2017-09-04\n\nNärvarande: Anna Berg, Per Ek\n\n"
        "1. Mötets öppnande\n\nOrdförande öppnade mötet.\n\n2. Val\n\n")


def event_dates(tail: str) -> list[str]:
    return [e.date for e in extract_text(minutes_from_text(HEAD + tail)).events]


@pytest.mark.parametrize(
    "tail",
    [
        "Seniorskollegiet föreslår att utse Karl Johnsinius till ledamot i Stiftelsen Herulero till 2018-12-31, enligt bilaga.\n",
        "Styrelsen beslutar att utse Per Friis till suppleant i stiftelsen till 2017-12-31.\n",
        "Eva Lind omvaldes som revisor för ett år till och med 2020-06-30.\n",
        "Mötet valde Bo Ek till ordförande fram till den 31 december 2018.\n",
        "Lisa Holm utses till representant i kommunens råd t.o.m. 2019-12-31.\n",
    ],
)
def test_end_of_a_term_of_office_is_no_event(tail: str) -> None:
    assert event_dates(tail) == []


@pytest.mark.parametrize(
    ("tail", "iso"),
    [
        ("Till ordförande valdes Bo Ek. Nästa möte hålls den 12 oktober 2017.\n", "2017-10-12"),
        ("Anna Berg kallas som ombud till stämman den 20 oktober 2017.\n", "2017-10-20"),
        ("Per Ek utsågs till sammankallande och bjuder in till möte den 5 november 2017.\n", "2017-11-05"),
    ],
)
def test_event_after_an_office_stays(tail: str, iso: str) -> None:
    assert event_dates(tail) == [iso]
