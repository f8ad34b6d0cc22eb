"""'Protokoll fört vid <proceedings> i <place>': the place the head line ends with is the venue."""
from pathlib import Path

import pytest

from planner.extract import extract_minutes

CASES = [
    # (text, venue)
    (("Protokoll 2018\n\nLINDMANSKA SLÄKTMÖTET 1 maj 2018 I ONSALA\n\n"
      "Protokoll fört vid förhandlingar i Onsala församlingshem\n\n§ 1. Mötet öppnades.\n"), "Onsala församlingshem"),
    (("Släktföreningen 12 maj 2019\n\nProtokoll fört vid årsmöte på Hotell Borgholm.\n\n§ 1. Mötet öppnades.\n"),
     "Hotell Borgholm"),
    # look-alikes: an association after "i"; a date after the place; the place deep in the text
    (("Protokoll fört vid årsmöte i Hörneå Bygdegårdsförening\n\n18 mars 2010\n\n§ 1. Mötet öppnades.\n"), None),
    (("Protokoll fört vid årsmöte i Hörneå 18 mars 2010 och sedan\n\n§ 1. Mötet öppnades.\n"), None),
]


@pytest.mark.parametrize(("text", "venue"), CASES)
def test_kept_at_proceedings_venue(tmp_path: Path, text: str, venue: str | None) -> None:
    path = tmp_path / "minutes.txt"
    path.write_text(text, encoding="utf-8")
    assert extract_minutes(path).meeting.venue == venue
