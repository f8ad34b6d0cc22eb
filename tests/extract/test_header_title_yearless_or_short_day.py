"""A title's day written without its year, or with a two-digit year after slashes, ends the body's name: the kind
of meeting before it names the body ("Styrelsemöte 13/12/20" -> "Styrelsen", "Medlemsmöte 10 November, BcJF Aula"
-> "Medlemsmöte"), and a place after the yearless day closes the dated title ("BcJF Aula"). A name that merely has a
number in it, or a day followed by its year, is read as before."""

from __future__ import annotations

import pytest

from planner.extract.header import _strip_title, extract_meeting, venue_after_dated_title
from planner.extract.text import minutes_from_text


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Styrelsemöte 13/12/20", "Styrelsemöte"),
        ("Medlemsmöte 10 November, BcJF Aula", "Medlemsmöte"),
        ("Protokoll från styrelsemöte 4 maj i Bygdegården", "styrelsemöte"),
        ("Styrelsesammanträde den 11 september Närvarande ledamöter: Hasse Odenö, ordförande", "Styrelsesammanträde"),
        ("Protokoll årsmöte 3:e mars, Folkets hus", "årsmöte"),
        ("Presidiemöte 2/9/21", "Presidiemöte"),
        # look-alikes: a name with a number in it; a day with its year (read as a dated title); no day at all
        ("63:ans samfällighetsförening i Storvreta", "63:ans samfällighetsförening i Storvreta"),
        ("Föreningen 1 Maj, styrelsen", "Föreningen 1 Maj, styrelsen"),
        ("Kommittén för K69:s 45-årsjubileum", "Kommittén för K69:s 45-årsjubileum"),
    ],
)
def test_title_name_ends_at_yearless_day(title: str, expected: str) -> None:
    assert _strip_title(title)[0] == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Medlemsmöte 10 November, BcJF Aula", "BcJF Aula"),
        ("Styrelsemöte 4 maj Mångbyskolan", "Mångbyskolan"),
        ("Årsmöte den 12 mars, Folkets hus", "Folkets hus"),
        # look-alikes: a year after the day is read as a date (its place kept); a body or a weekday after the day
        ("Styrelsemöte 4 maj 2017 Mångbyskolan", "Mångbyskolan"),
        ("Styrelsemöte 4 maj Styrelsen", None),
        ("Styrelsemöte 4 maj Tisdag", None),
    ],
)
def test_place_after_yearless_title_day(title: str, expected: str | None) -> None:
    got = venue_after_dated_title(title)
    assert (got.value if got else None) == expected


def test_title_with_short_year_gives_the_board() -> None:
    text = "Styrelsemöte 13/12/20\n\nNärvarande: Anna Ek, Per Bo, Eva Ny\n\n1. Mötets öppnande\n2. Val av justerare\n"
    assert extract_meeting(minutes_from_text(text))[0].body == "Styrelsen"
