"""A place named before the date with a verb that sets the date, or a weekday (perhaps cut after its "d")
between them: "Uteritt i Snogeholm planeras till 5/6", "Barnrättsdagarna i Karlstad som är den 24–25 maj",
"Städdagen i Kvarneket blir den 25 april", "Sommarfest på Ronneby Brunn onsd. den 16 aug.". A place's name
may run to four capitalised words ("i Park Folkets Hus Örby 1 oktober").

Look-alikes: a month after "i", a lower-case word after "i", a weekday alone."""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.text import minutes_from_text

HEAD = "Styrelsemöte 2022-03-14\n\nNärvarande: Anna Berg, Olle Ek\n\n"


@pytest.mark.parametrize(
    ("body", "venue"),
    [
        ("Uteritt i Snogeholm planeras till 5/6. Kristina kollar parkering.", "Snogeholm"),
        ("Barnrättsdagarna i Karlstad som är den 24–25 maj – information", "Karlstad"),
        ("Städdagen i Kvarneket blir den 25 april.", "Kvarneket"),
        ("Sommarfesten på Ronneby Brunn onsd. den 16 aug. Alla välkomna.", "Ronneby Brunn"),
        ("Körens 30-årsfest i Park Folkets Hus Örby 1 oktober 2022.", "Park Folkets Hus Örby"),
        ("Grillkvällen på Strandvallen äger rum den 8 juni.", "Strandvallen"),
        # look-alikes
        ("Uteritten i början av sommaren planeras till 5/6.", None),
        ("Städdagen i föreningen blir den 25 april.", None),
        ("Sommarfesten blir onsd. den 16 aug.", None),
    ],
)
def test_place_before_set_date(body: str, venue: str | None) -> None:
    got = extract_text(minutes_from_text(HEAD + body + "\n"))
    assert [e.venue for e in got.events] == [venue]
