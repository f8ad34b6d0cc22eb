"""A signature block that closes the minutes with the day of signing under the signer's name, no place
("Justeringsman" / "Niklas Ohlzon" / "29. sep, 2020"): the day the minutes were signed, no event. A date
under a name without a signature label above, or with text after it, stays what it was.
"""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.text import minutes_from_text

HEAD = ("Styrelsemöte Äso Skagern\n\nDatum: 2020-09-28\n\nPlats: Folkets hus Bäckhammar\n\n"
        "Närvarande: Morgan Andersson, Jonas Jönsson\n\n1. Mötets öppnande\n\nOrdförande öppnade mötet.\n\n"
        "2. Mötets avslutande.\n\nOrdförande tackade deltagarna och avslutade mötet.\n\n")


def event_dates(tail: str) -> list[str]:
    return [e.date for e in extract_text(minutes_from_text(HEAD + tail)).events]


@pytest.mark.parametrize(
    "tail",
    [
        ("Vid Protokollet\n\nSekreterare Ordförande\n\nJonas Jönsson Morgan Andersson\n\nJusteringsman\n\nNiklas Ohlzon\n\n"
        "29. sep, 2020\n"),
        "Justerare\n\nAnna Berg\n\n2020-10-02\n",
        "Sekreterare\nLisa Holm\n5 oktober 2020\n",
    ],
)
def test_signing_day_under_signer_is_no_event(tail: str) -> None:
    assert event_dates(tail) == []


@pytest.mark.parametrize(
    ("tail", "iso"),
    [
        # no signature label alone on a line (only prose opening with "Ordförande"): the next meeting stays
        ("Nästa möte\n\nAnna Berg\n\n2020-10-10\n", "2020-10-10"),
    ],
)
def test_date_under_name_without_signature_label_stays(tail: str, iso: str) -> None:
    assert iso in event_dates(tail)
