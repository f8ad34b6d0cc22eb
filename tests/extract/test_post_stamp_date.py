"""A blog post's date stamp over the minutes: the minutes' own earlier date below it is the meeting's."""
from pathlib import Path

import pytest

from planner.extract import extract_minutes

CASES = [
    # (text, meeting date)
    (("söndag 1 februari 2009\n\nMötet 27 januari, anteckningar\n\nAFF\nProjektgrupp\nSammanträde 2009 01 27\n\n"
     "Närvarande\n\nTore Almlöf\nUlf Kjellgren\n\nDiskuterades rubriken.\n"), "2009-01-27"),
    ("fredag 6 mars 2009\n\nByggmöte 5-7 april\n\nAff\nProjektgrupp 2009 03 04\n\n\nDiskuterades resan.\n",
     "2009-03-04"),
    # look-alikes: a stamp with no earlier date below, a later date below, a date long before, no stamp
    ("söndag 1 februari 2009\n\nStyrelsemöte\n\nDiskuterades resan den 5 april 2009.\n", "2009-02-01"),
    ("söndag 1 februari 2009\n\nStyrelsemöte\nNästa möte 2009 02 20\n\nDiskuterades resan.\n", "2009-02-01"),
    ("söndag 1 februari 2009\n\nStyrelsemöte\nFöregående protokoll 2008 06 01\n\nDiskuterades.\n", "2009-02-01"),
    ("Styrelsemöte söndag 1 februari 2009\n\nProjektgrupp 2009 01 27\n\nDiskuterades resan.\n", "2009-02-01"),
]


@pytest.mark.parametrize(("text", "day"), CASES)
def test_post_stamp_date(tmp_path: Path, text: str, day: str) -> None:
    path = tmp_path / "minutes.txt"
    path.write_text(text, encoding="utf-8")
    assert extract_minutes(path).meeting.date == day
