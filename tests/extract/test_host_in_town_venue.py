"""A home in a town named in the head's first lines as where the meeting was held: "hos X i Town", kept with its
"hos" as the golds write homes (`header.venue_where_met_or_hosted`)."""
from pathlib import Path

import pytest

from planner.extract import extract_minutes

CASES = [
    # (text, venue)
    (("Svenska Ridtravarföreningen Distrikt Skåne\n\nMötesprotokoll 6 maj 2016\n"
      "Mötesprotokoll 6 maj i hos Kristina Lind i Sjöbo:\n\nAllt planerades inför utställningen.\n"),
     "hos Kristina Lind i Sjöbo"),
    (("Styrelsens vårmöte 2019\n\nLördagen 13 april 2019 samlades vi för årets vårmöte för Släktföreningen "
      "Annika och Torkel i Berg, hos Ulrika Johansson i Tvååker. Vi välkomnades med kaffe.\n\n"
      "Elisabeth hälsade oss välkomna.\n"), "hos Ulrika Johansson i Tvååker"),
    # look-alikes: another meeting's home, a home deep in the text, "hos" before a lower-case word
    (("Styrelsemöte 3 mars 2020\n\nFöregående möte, den 9 februari, var hos Peter Johansson i Näshult.\n\n"
      "1. Mötets öppnande\nÖppnades.\n"), None),
    (("Styrelsemöte 3 mars 2020\n\nDiskuterades.\n\nVi diskuterade.\n\nMer text.\n\nÄnnu mer.\n\n"
      "Vi åt middag hos Eva Berg i Lund.\n"), None),
    (("Styrelsemöte 3 mars 2020\n\nIntresset hos medlemmarna i Sjöbo är stort.\n\n"
      "1. Mötets öppnande\nÖppnades.\n"), None),
]


@pytest.mark.parametrize(("text", "venue"), CASES)
def test_host_in_town_venue(tmp_path: Path, text: str, venue: str | None) -> None:
    path = tmp_path / "minutes.txt"
    path.write_text(text, encoding="utf-8")
    assert extract_minutes(path).meeting.venue == venue
