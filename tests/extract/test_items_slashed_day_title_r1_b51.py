"""A first line that names a meeting and its day written with a slash ("Rapport från styrelsemöte 13/12/20",
"Referat medlemsmöte 12/10") is the document's title, not a heading: under it the headings over bullet lists are the
items. Further down, or without a meeting's word, such a line is no title ("Nästa möte 7/11-14", "Budget
23/2")."""

from __future__ import annotations

import pytest

from planner.extract.items import _title_line
from planner.extract.text import minutes_from_text
from tests.extract.item_rows import item_rows


@pytest.mark.parametrize(
    ("text", "line", "title"),
    [
        ("Rapport från styrelsemöte 13/12/20\n\nText.\n", 0, True),
        ("Referat medlemsmöte 12/10\n\nText.\n", 0, True),
        ("Sammanfattning av styrelsens möte 5/5-21\n\nText.\n", 0, True),
        ("Föreningen\n\nRapport från årsmötet 4/3\n\nText.\n", 2, True),
        # look-alikes: no meeting's word; far down the page; a number in a year, not a day
        ("Budget 23/2\n\nText.\n", 0, False),
        ("A\n\nB\n\nC\n\nD\n\nNästa möte 7/11\n\nText.\n", 8, False),
        ("Mötesreferat för styrelsens möte 18/2021\n\nText.\n", 0, False),
    ],
)
def test_slashed_day_title(text: str, line: int, title: bool) -> None:
    lines = minutes_from_text(text).lines
    assert _title_line(lines[line].text, line, lines) is title


def test_headings_over_bullets_under_slashed_day_title() -> None:
    text = ("Rapport från styrelsemöte 13/12/20\n\nRapport från digitalt styrelsemöte den 7 december 2020.\n\n"
            "Ordföranden hälsar alla välkomna.\n\n \n\nRapport från klubbchef\n\n• Medlemsregistret ses över.\n\n"
            " \n\nEkonomi\n\n• Positivt resultat i år.\n\n• Investeringar skall göras.\n\n \n\nÖvrigt\n\n"
            "• Inget övrigt.\n")
    assert [title for _, title, _, _ in item_rows(text, "2020-12-07")[0]] == [
        "Rapport från klubbchef", "Ekonomi", "Övrigt"]
