"""A point added to the agenda under a number with a letter ("8A. Ansvarsfrihet till styrelsen.") is an item.

"3.Fastställande av dagordning  Efter tillägg av punkt 8A godkändes dagordningen" ... "Revisionsberättelse" /
"8A. Ansvarsfrihet till styrelsen." / "Årsmötet beviljade styrelsen ansvarsfrihet.": the letter after the number
kept the line from being read as a heading.

Look-alikes: "3A Storgatan" (no stop), a reference inside a sentence ("enligt bilaga 3A. Den ..."), a lettered
line before a heading of a higher number (no place for it) and a sub-list "a." add no item.
"""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.text import minutes_from_text

_DOC = ("Protokoll årsmöte 2020-03-23\n\n1. Mötets öppnande\nAnna öppnade.\n\n2. Val av justerare\nBo valdes.\n\n"
        "3. Revisionsberättelse\nLästes upp.\n\n{line}\nBeviljades.\n\n4. Val av styrelse\nOmval.\n\n"
        "5. Övriga frågor\nInga.\n")


@pytest.mark.parametrize(
    ("line", "numbers"),
    [
        ("3A. Ansvarsfrihet till styrelsen.", ["1", "2", "3", "3A", "4", "5"]),
        ("3b) Ansvarsfrihet till styrelsen", ["1", "2", "3", "3B", "4", "5"]),
        # look-alikes
        ("3A Storgatan är adressen", ["1", "2", "3", "4", "5"]),
        ("Enligt bilaga 3A. Den lästes upp", ["1", "2", "3", "4", "5"]),
        ("7A. Ansvarsfrihet till styrelsen.", ["1", "2", "3", "4", "5"]),
        ("a. Ansvarsfrihet till styrelsen.", ["1", "2", "3", "4", "5"]),
    ],
)
def test_lettered_point(line: str, numbers: list[str]) -> None:
    items = extract_text(minutes_from_text(_DOC.format(line=line))).items
    assert [i.number for i in items] == numbers
