"""Labels stacked before their values, as a flattened label column gives them: "Plats: Dag och tid:
Kronan, Luleå Tisdagen den 11 augusti, kl. 18:30". The values follow in the labels' order, the place
first; a date without its year takes the one year of the head in which the day is that weekday.

Labels each followed by their own value ("Plats: Kronan Tid: ...") are not stacked and read as before.
"""

from __future__ import annotations

import pytest

from planner.extract.header import extract_meeting, venue_before_stacked_date
from planner.extract.model import Meeting
from planner.extract.text import minutes_from_text


def meeting_of(text: str) -> Meeting:
    return extract_meeting(minutes_from_text(text))[0]


@pytest.mark.parametrize(
    ("head", "iso", "venue"),
    [
        (("Protokoll (nr 6/2015) fört vid sammanträde med styrelsen för Jägareförbundet Norrbotten.\n"
         "Plats: Dag och tid: Kronan, Luleå Tisdagen den 11 augusti, kl. 18:30 20:30\n"
         "Närvarande: Mikael Samuelsson Tore Hjort\n"),
         "2015-08-11", "Kronan, Luleå"),
        (("Protokoll nr 3/2019 styrelsen\n"
         "Plats: Tid: Folkets hus, Boden Onsdagen den 13 mars, kl. 19.00\n"
         "Närvarande: Anna Berg, Olle Ek\n"),
         "2019-03-13", "Folkets hus, Boden"),
        (("Styrelsemöte 2/2021\n"
         "Lokal: Datum och tid: Klubbstugan Måndagen den 8 februari kl 18.00\n"
         "Närvarande: Anna Berg, Olle Ek\n"),
         "2021-02-08", "Klubbstugan"),
    ],
)
def test_stacked_labels_give_place_and_yearless_weekday_date(head: str, iso: str, venue: str) -> None:
    m = meeting_of(head)
    assert m.date == iso
    assert m.venue == venue


@pytest.mark.parametrize(
    "head",
    [
        # the weekday does not fit the head's one year (11 augusti 2016 is a Thursday): no date is made up
        "Protokoll (nr 6/2016) styrelsen\nPlats: Dag och tid: Kronan, Luleå Tisdagen den 11 augusti, kl. 18:30\n",
        # one label only: its value is the place, not a label column
        "Protokoll nr 6/2015 styrelsen\nPlats: Kronan, Luleå\nNärvarande: Anna Berg\n",
    ],
)
def test_no_stacked_date_without_a_fitting_year_or_a_label_run(head: str) -> None:
    assert meeting_of(head).date is None


@pytest.mark.parametrize(
    ("value", "place"),
    [
        ("Dag och tid: Kronan, Luleå Tisdagen den 11 augusti, kl. 18:30 20:30", "Kronan, Luleå"),
        ("Tid: Folkets hus, Boden Onsdagen den 13 mars", "Folkets hus, Boden"),
        ("Tid: Klubbstugan kl 18.00", "Klubbstugan"),
        ("Tid: Tisdagen den 11 augusti, kl. 18:30 Kronan", None),  # the day first: no place before it
        ("Tid: kl. 18:30 Kronan", None),
        ("Tid: enligt kallelse den 4 maj", None),  # no capital: words, not a place
        ("Kronan, Luleå Tisdagen den 11 augusti", None),  # no label run
    ],
)
def test_place_before_stacked_date(value: str, place: str | None) -> None:
    found = venue_before_stacked_date(value)
    assert (found.value if found else None) == place
    if found:
        assert value[found.start: found.end] == place
