"""The place that closes a dated title or date line: a lower-case room or house noun after the date ("8 februari
2017 i konferensrummet, GFRK." on a line that runs on into the attendance list), a place after a clock written as
four digits ("kl 1800, hos Minc i Malmö"), and the place of a meeting held both in a room and online ("på
kontoret/via Skype"). Look-alikes: "i samband med", "i år", a platform alone, a lower-case word that is no room."""

from __future__ import annotations

import pytest

from planner.extract.header import venue_after_time


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Styrelsemöte Göteborgs Fältrittklubb 8 februari 2017 i konferensrummet, GFRK.", "konferensrummet, GFRK"),
        ("Protokoll styrelsemöte 8 februari 2017 i konferensrummet, GFRK. Närvarande Anna Anderberg Caroline Bornsjö",
         "konferensrummet, GFRK"),
        ("Styrelsemöte den 4 maj 2015 i föreningslokalen", "föreningslokalen"),
        ("Årsmöte 2019-03-12 på biblioteket.", "biblioteket"),
        ("Föreningsmöte, torsd. den 31 augusti 2006 kl 1800, hos Minc i Malmö.", "hos Minc i Malmö"),
        ("Styrelsemöte 2016-05-11 kl 1830 Klubbhuset", "Klubbhuset"),
        ("Måndag 26 september 2016 klockan 19.00-20.30 på kontoret/via Skype.", "kontoret"),
        ("Tisdag 4 maj 2021 kl. 18.00 i Folkets hus och via Teams", "Folkets hus"),
        # look-alikes
        ("Styrelsemöte 4 maj 2015 i samband med årsmötet", None),
        ("Styrelsemöte 4 maj 2015 i år", None),
        ("Styrelsemöte 4 maj 2015 i styrelsen. Närvarande Anna", None),  # a body, no room
        ("Tisdag 4 maj 2021 kl 18.00 via Teams och telefon", None),
        ("Tisdag 4 maj 2021 kl 18.00 Teams", None),
        ("Styrelsemöte 2016-05-11 kl 1860 Klubbhuset", None),  # no clock: no hour has 60 minutes
    ],
)
def test_venue_after_title_date(line: str, expected: str | None) -> None:
    found = venue_after_time(line)
    assert (found.value if found else None) == expected
    if found:
        assert line[found.start: found.end] == found.value
