"""The meeting's date line, perhaps with its weekday and its place, is no item's heading: "23 – 24 januari
2004, Fisketången, Kungshamn i Bohuslän", "Tisdag 4 maj 2021", "måndagen den 9 juni 2008".

Look-alikes: a heading that names a matter after a date ("15 mars 2019 – Årsmöte i föreningen",
"1 januari 2020 nya regler för bygglov") or a dated event with its text ("Den 3 maj 2021 kl 18 träffas vi")
stays a heading.
"""

from __future__ import annotations

import pytest

from planner.extract.items import _is_date_and_place


@pytest.mark.parametrize("title", ["23 – 24 januari 2004, Fisketången, Kungshamn i Bohuslän", "Tisdag 4 maj 2021",
                                   "måndagen den 9 juni 2008", "12 september 2019", "3-5 maj 2013, Uppsala"])
def test_date_and_place_line(title: str) -> None:
    assert _is_date_and_place(title)


@pytest.mark.parametrize("title", ["15 mars 2019 – Årsmöte i föreningen", "1 januari 2020 nya regler för bygglov",
                                   "Den 3 maj 2021 kl 18 träffas vi", "Budget 2020", "Möte 12 mars 2020"])
def test_headings_with_dates_stay(title: str) -> None:
    assert not _is_date_and_place(title)
