"""A line that is only a day and its month, perhaps with its year and hours ("22 November 17.18.30", "13 september
17-18.30"), standing alone above a paragraph, is a day of a list of meetings, not an agenda heading. A heading that
names a thing and its day ("Höstfest 22 november") and a plain heading stay headings.
"""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.text import minutes_from_text

BODY = ("\n\nDrop in! Kom med era tankar och frågor. Varmt välkomna till vårdcentralen Svalöv. Vår dörr står öppen för "
        "alla som vill vara med.\n\nMedborgarråd 7 juni 2022\n\nTisdagen den 7 juni var det dags för ännu ett "
        "medborgarråd, det sista innan sommaruppehållet.\n")


def titles(line: str) -> list[str]:
    r = extract_text(minutes_from_text("Medborgarrådet\n\nKommande råd\n\n" + line + BODY))
    return [i.title for i in r.items]


@pytest.mark.parametrize("line", [
    "22 November 17.18.30",
    "13 september 17-18.30",
    "4 maj 2023, kl. 18.00",
    "25 Oktober kl 17-18.30",
    "7:e december 2022",
])
def test_day_line_is_no_heading(line: str) -> None:
    assert line not in titles(line)


@pytest.mark.parametrize("line", [
    "Höstfest 22 november",
    "Ekonomi",
    "Tillgänglighet på vårdcentralen",
])
def test_other_lines_alone_stay_headings(line: str) -> None:
    assert line in titles(line)
