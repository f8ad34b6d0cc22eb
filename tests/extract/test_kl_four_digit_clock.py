"""A start clock written as four digits after "kl" in the head: "kl. 1900" is 19:00."""
from pathlib import Path

import pytest

from planner.extract import extract_minutes

CASES = [
    # (text, start)
    (("Årsmötesprotokoll 2019\n\nEslövs Centerkrets\n\nOrdinarie årsmöte 2019 Tid: onsdagen den 27 febr. kl. 1900\n"
     "Plats Eslöv\n\nProtokoll\n\n1 Årsmötets öppnande\nÅrsmötet öppnades.\n"), "19:00"),
    ("Styrelsemöte 2020-03-03\n\nTisdagen den 3 mars klockan 1830 i klubbstugan\n\n1. Mötets öppnande\nÖppnades.\n",
     "18:30"),
    # look-alikes: no day on the line; another day; a year after "kl"; a longer run; a clock with a separator
    ("Styrelsemöte 2020-03-03\n\nVi ses kl 1800 i lokalen\n\n1. Mötets öppnande\nÖppnades.\n", None),
    ("Styrelsemöte 2020-03-03\n\nTisdagen den 10 mars kl 1800 i lokalen\n\n1. Mötets öppnande\nÖppnades.\n", None),
    ("Styrelsemöte\n\nTisdagen den 3 mars 2020, kl 2019-års verksamhet\n\n1. Mötets öppnande\nÖppnades.\n", None),
    ("Styrelsemöte\n\nTisdagen den 3 mars 2020 kl 183045\n\n1. Mötets öppnande\nÖppnades.\n", None),
    ("Styrelsemöte\n\nTisdagen den 3 mars 2020 kl 18.30\n\n1. Mötets öppnande\nÖppnades.\n", "18:30"),
]


@pytest.mark.parametrize(("text", "start"), CASES)
def test_kl_four_digit_clock(tmp_path: Path, text: str, start: str | None) -> None:
    path = tmp_path / "minutes.txt"
    path.write_text(text, encoding="utf-8")
    assert extract_minutes(path).meeting.start == start


def test_kl_four_digit_clock_not_on_other_days_line(tmp_path: Path) -> None:
    path = tmp_path / "minutes.txt"
    path.write_text("Styrelsemöte 2019-05-03\n\nAnslaget sätts upp 2019-05-10 kl 1000\n\n1. Mötets öppnande\n"
                    "Öppnades.\n", encoding="utf-8")
    assert extract_minutes(path).meeting.start is None
