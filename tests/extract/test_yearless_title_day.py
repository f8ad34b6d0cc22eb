"""A title giving the day without a year ("Mötesprotokoll 6 maj") dates the meeting in the text's year."""
from pathlib import Path

import pytest

from planner.extract import extract_minutes

CASES = [
    # (text, meeting date)
    (("Svenska Ridtravarföreningen Distrikt Skåne\n\nMötesprotokoll 6 maj\nMötesprotokoll 6 maj i hos Kristina "
      "Lind i Sjöbo:\n\nAllt planerades.\n\nVi lägger inga pengar på profilering under 2016 då vi inte vet vad "
      "som händer 2017.\n"), "2016-05-06"),
    (("Protokoll den 12 mars\n\nStyrelsen\n\nBudgeten för 2021 godkändes. Budgeten för 2021 ska följas upp "
      "och 2022 planeras.\n"), "2021-03-12"),
    # look-alikes: no year in the text; the day not in a document title; a full date in the title
    ("Mötesprotokoll 6 maj\n\nAllt planerades inför utställningen.\n", None),
    ("Styrelsen\n\nVi ses igen 6 maj.\n\nBudgeten för 2016 godkändes.\n", None),
    ("Mötesprotokoll 6 maj 2015\n\nBudgeten för 2016 godkändes.\n", "2015-05-06"),
]


@pytest.mark.parametrize(("text", "day"), CASES)
def test_yearless_title_day(tmp_path: Path, text: str, day: str | None) -> None:
    path = tmp_path / "minutes.txt"
    path.write_text(text, encoding="utf-8")
    assert extract_minutes(path).meeting.date == day
