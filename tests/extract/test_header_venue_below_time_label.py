"""A time label alone on its line, its value on the line below ending with the place ("Tid" / "Måndag 26 september
2016 klockan 19.00-20.30 på kontoret/via Skype."): a wiki page's or stacked head's layout; the place is the venue.
Look-alikes: a value with no place after the time, a label line below the label (no value), a clause that is no
place ("i samband med årsmötet")."""

from __future__ import annotations

import pytest

from planner.extract.header import extract_meeting
from planner.extract.text import minutes_from_text

_HEAD = ("Mötesprotokoll 2016-09-26\n\nFrån Wikimedia\n\nDet här är ett protokoll för föreningen.\n\nJusterat:\n"
         "Ordförande Anna Ek 26 september 2016 kl. 22.22\nJusteringsman Per Lind 26 september 2016 kl. 22.10\n\n\n"
         "Nästa ordinarie styrelsemöte\n\n")


def _meeting(block: str) -> tuple[str | None, str | None]:
    m = extract_meeting(minutes_from_text(_HEAD + block + "\nNärvarande\nAnna Ek, Per Lind\n\nMötets öppnande\n"))[0]
    return m.venue, m.online


@pytest.mark.parametrize(
    ("block", "venue", "online"),
    [
        ("Tid\nMåndag 26 september 2016 klockan 19.00-20.30 på kontoret/via Skype.", "kontoret", "Skype"),
        ("Tid\nOnsdag 3 maj 2017 kl 18.00 i föreningslokalen", "föreningslokalen", None),
        ("Tid:\nTisdag 3 mars 2020 kl 18.00-20.00 i Folkets hus, Ås", "Folkets hus, Ås", None),
        # look-alikes: no place after the time; a label right below the label
        ("Tid\nTisdag 3 mars 2020 kl 18.00-20.00", None, None),
        ("Tid\nNärvarande:\nTisdag 3 mars 2020 kl 18.00 i Folkets hus", None, None),
    ],
)
def test_place_below_time_label(block: str, venue: str | None, online: str | None) -> None:
    assert _meeting(block) == (venue, online)
