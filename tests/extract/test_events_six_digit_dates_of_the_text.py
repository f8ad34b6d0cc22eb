"""Minutes that write their dates as six digits, the meeting's own day so ("Protokoll 210323"): every six digits
within a year of the meeting read YYMMDD are a day too, also without a label or weekday before them
("Minikongress genomförs digitalt 210821", "extra styrelsemöte 210406 alternativt 210407").

Look-alikes: the same digits in a text that does not write the meeting's day so, and a sum ("210821 kr"), stay no
dates.
"""

from __future__ import annotations

from datetime import date

import pytest

from planner.extract.dates import find_dates

MEETING = date(2021, 3, 23)


def _days(text: str) -> list[str]:
    return [str(d.value) for d in find_dates(text, after=MEETING) if d.value is not None and len(str(d.value)) == 10]


@pytest.mark.parametrize(("text", "expected"), [
    ("Protokoll 210323\n\nMinikongress genomförs digitalt 210821 som förberedelse.\n",
     ["2021-03-23", "2021-08-21"]),
    ("Protokoll 210323\n\nPlanerat extra digitalt styrelsemöte 210406 alternativt 210407.\n",
     ["2021-03-23", "2021-04-06", "2021-04-07"]),
    ("Styrelsemöte 210323\n\nVårfesten hålls 210612 i Folkets hus.\n",
     ["2021-03-23", "2021-06-12"]),
    ("Minnesanteckningar 210323\n\nRapporten lämnas in 210430 till förbundet.\n",
     ["2021-03-23", "2021-04-30"]),
    ("Protokoll från mötet 210323.\n\nNästa träff blir 211012, då vi ses på kansliet.\n",
     ["2021-03-23", "2021-10-12"]),
    # not dates: a text that writes its day otherwise, a sum, digits out of a year's reach
    ("Protokoll 2021-03-23\n\nMinikongress genomförs digitalt 210821 som förberedelse.\n",
     ["2021-03-23"]),
    ("Protokoll 210323\n\nBidraget uppgår till 210821 kr för året.\n",
     ["2021-03-23"]),
    ("Protokoll 210323\n\nÄrendet har nummer 150612 i diariet.\n",
     ["2021-03-23"]),
])
def test_six_digit_days_in_a_text_that_writes_its_days_so(text: str, expected: list[str]) -> None:
    assert _days(text) == expected
