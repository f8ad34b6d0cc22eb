"""A meeting day whose line names another place first, for what comes before the meeting (a lunch, a
visit), then the meeting and its own place ("Inleds med lunch på restaurang X kl.12.00 och fortsätter sedan
med sammanträdet på församlingshemmet, Nygatan"): the meeting's venue is its own place. A line that names
one place, or a meeting noun that is another's, keeps the first.
"""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.text import minutes_from_text

HEAD = "Protokoll fört vid styrelsemöte 2013-11-25\n\n§ 1 Mötet öppnades.\n\n§ 8 Kommande sammanträden;\n\n"


def venues(line: str) -> list[str | None]:
    return [e.venue for e in extract_text(minutes_from_text(HEAD + line + "\n")).events]


@pytest.mark.parametrize(("line", "want"), [
    (("Måndagen den 3 februari 2014. Inleds med lunch på restaurang Piazza Teatro kl.12.00 och fortsätter sedan "
     "med sammanträdet på församlingshemmet, Nygatan"), ["församlingshemmet, Nygatan"]),
    ("Måndagen den 3 februari 2014, lunch på Stadshotellet kl 12, därefter sammanträdet i Stadshuset",
     ["Stadshuset"]),
    ("3 februari 2014 lunch på restaurangen kl 12 och sedan mötet i konferensrummet", ["konferensrummet"]),
    ("3 februari 2014 kaffe hos Anna Berg kl 14, därefter styrelsemötet på kansliet", ["kansliet"]),
    ("3 februari 2014 visning på Kulturhuset, sedan sammanträdet i Rådhuset", ["Rådhuset"]),
])
def test_meeting_at_its_own_place(line: str, want: list[str | None]) -> None:
    assert venues(line) == want


@pytest.mark.parametrize(("line", "want"), [
    ("3 februari 2014 styrelsemöte på Kulturhuset", ["Kulturhuset"]),  # one place
    ("3 februari 2014 sammanträde i Rådhuset kl 18", ["Rådhuset"]),
    ("3 februari 2014 sammanträde på Kulturhuset. Kallelse skickas senare.", ["Kulturhuset"]),
])
def test_one_place_stands(line: str, want: list[str | None]) -> None:
    assert venues(line) == want
