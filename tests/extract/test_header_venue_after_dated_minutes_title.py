"""A dated title whose meeting word carries the document's ("Årsmötesprotokoll", "Styrelsemötesprotokoll",
"Sammanträdesprotokoll") closes with its place as a title of the meeting word does ("Styrelsemöte 2017-02-26
Mångbyskolan"); the place may have parts apart by commas and end with a full stop: "Årsmötesprotokoll
2018-03-08, Märthas Café, Visby." (planner.extract.header). Look-alikes: the names of who came after the date
("..., Anna Ek, Bo Berg"), a body ("..., Styrelsen"), a remark ("..., reviderad"), a label, a platform."""

from __future__ import annotations

import pytest

from planner.extract.header import extract_meeting, venue_after_dated_title
from planner.extract.text import minutes_from_text


@pytest.mark.parametrize(
    ("title", "venue"),
    [
        ("Årsmötesprotokoll 2018-03-08, Märthas Café, Visby.", "Märthas Café, Visby"),
        ("Styrelsemötesprotokoll 2019-10-30 Hesselby Slott.", "Hesselby Slott"),
        ("Sammanträdesprotokoll den 4 maj 2016 Folkets hus, Gnesta", "Folkets hus, Gnesta"),
        ("Medlemsmötesanteckningar 12 mars 2019 kl 18.00 Bygdegården", "Bygdegården"),
        ("Styrelsemöte 2017-02-26, Mångbyskolan.", "Mångbyskolan"),
        ("Årsmöte 2019-03-12, Folkets hus, Visby", "Folkets hus, Visby"),
        # look-alikes
        ("Styrelsemöte 2017-02-26, Anna Ek, Bo Berg", None),
        ("Årsmötesprotokoll 2018-03-08, Styrelsen", None),
        ("Mötesprotokoll 2019-04-01, reviderad", None),
        ("Årsmötesprotokoll 2018-03-08", None),
        ("Styrelsemötesprotokoll 2018-03-08 via Zoom", None),
        ("Protokollet 2018-03-08, Märthas Café", None),  # no meeting word
    ],
)
def test_venue_after_dated_minutes_title(title: str, venue: str | None) -> None:
    found = venue_after_dated_title(title)
    assert (found.value if found else None) == venue


def test_the_meeting_reads_it() -> None:
    meeting = extract_meeting(minutes_from_text(
        "GOTLAND\n\n Norra Föreningen\n\n Årsmötesprotokoll 2018-03-08, Märthas Café, Visby.\n\n"
        " • 1 Ordförande hälsade välkommen och öppnade mötet\n • 2 Dagordningen fastställdes\n"))[0]
    assert (meeting.date, meeting.venue) == ("2018-03-08", "Märthas Café, Visby")
