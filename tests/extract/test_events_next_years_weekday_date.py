"""A yearless day with a weekday that fits only next year, in a sentence that says "nästa år" / "nästa års" /
"kommande års": next year's day ("söndagen den 3 september blir datum för nästa års Krankesjön runt" in minutes of
August 2022 is 2023-09-03, a Sunday).

Look-alikes: a weekday that fits this year's day ("nästa års budget lämnas senast fredagen den 30 september"), a
weekday that fits neither without those words (the writer's slip), and a day without a weekday stay this year's.
"""

from __future__ import annotations

from datetime import date

import pytest

from planner.extract.dates import find_dates

MEETING = date(2022, 8, 29)


def _days(text: str) -> list[str]:
    return [str(d.value) for d in find_dates(text, after=MEETING)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Preliminärt bestämmer vi att söndagen den 3 september blir datum för nästa års Krankesjön runt.",
     ["2023-09-03"]),
    ("Nästa års julmarknad blir lördagen den 2 december.", ["2023-12-02"]),
    ("Vi bestämde att fredagen den 8 september blir nästa års grillfest.", ["2023-09-08"]),
    ("Kommande års loppis hålls söndagen den 10 september på skolgården.", ["2023-09-10"]),
    ("Nästa år går resan onsdagen den 13 september.", ["2023-09-13"]),
    # this year's day
    ("Förslag till nästa års budget lämnas senast fredagen den 30 september.", ["2022-09-30"]),
    ("Söndagen den 3 september samlas vi vid kyrkan.", ["2022-09-03"]),
    ("Nästa års program presenteras den 3 september.", ["2022-09-03"]),
])
def test_next_years_day_by_its_weekday(text: str, expected: list[str]) -> None:
    assert _days(text) == expected
