"""A Finland-Swedish range of day.month pairs with the year written once, after its last day: "Beslöts att SIKEN
FREDAS PÅ DELÄGARLAGETS VATTENOMRÅDEN UNDER TIDEN 20.10 – 5.11 2021" (a joint water-owners' association in
Larsmo). Two pairs joined by a dash and closed by a year are a range of days (`_DAY_DOT_RANGE`); a first day later
in the year than the last belongs to the year before.

Look-alikes: one pair alone (a decimal or a time), hours after "kl", a range without a year, and a year that is
the start of a word ("2021-års") stay undated.
"""

from __future__ import annotations

from datetime import date

import pytest

from planner.extract.dates import find_dates
from tests.extract.event_dates import event_dates


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("VATTENOMRÅDEN UNDER TIDEN 20.10 – 5.11 2021  Detta antecknades", date(2021, 10, 20), date(2021, 11, 5)),
        ("Fiskeförbud 20.10.–5.11.2021.", date(2021, 10, 20), date(2021, 11, 5)),
        ("Stugan är stängd 20.12 - 6.1 2022.", date(2021, 12, 20), date(2022, 1, 6)),
        ("Kursen hålls tisdag 12.10 – 14.10 2021 i Jakobstad.", date(2021, 10, 12), date(2021, 10, 14)),
    ],
)
def test_day_dot_range_with_year(text: str, first: date, last: date) -> None:
    (m,) = find_dates(text, after=date(2021, 10, 1))
    assert (m.value, m.end_value) == (first, last)


@pytest.mark.parametrize(
    "text",
    [
        "Mötet pågick kl 9.10–11.10 2021 års möte.",
        "Räntan steg från 1.5 – 2.3 2021-års nivå.",
        "Fredning 20.10 – 5.11 gäller varje år.",
        "Vattenståndet var 20.10 meter.",
    ],
)
def test_look_alikes_are_no_range(text: str) -> None:
    assert [m for m in find_dates(text, after=date(2021, 10, 1)) if m.end_value is not None] == []


def test_closed_season_is_an_event() -> None:
    text = ("Styrelseprotokoll 12.10.2021\n\nStyrelsen behandlade diverse muddringsärenden. Beslöts att SIKEN FREDAS "
            "PÅ DELÄGARLAGETS VATTENOMRÅDEN UNDER TIDEN 20.10 – 5.11 2021\n")
    assert event_dates(text, "2021-10-12")[0] == ["2021-10-20"]
