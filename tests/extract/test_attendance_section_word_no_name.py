"""A list of the present, one name a line, is often followed by the head of the table of business
("Ärende", "Beslut", "Åtgärd") alone on its line after blank lines. One such word is no name, however
the list reads (first names only, or full names); a single first name or a surname alone still is one.
"""

from __future__ import annotations

from functools import partial

import pytest

from tests.extract.attendance_lists import attendance_names

_HEAD = "PROTOKOLL\n\nFört vid styrelsemötet den 23 oktober 2017\n\n"
_TAIL = "\n\n§1\nMötets öppnande\n\nOrdföranden förklarade mötet öppnat."
_lists = partial(attendance_names, head=_HEAD, tail=_TAIL)


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("Närvarande:\n\nBirgitta Mörk\nCicki Blomquist\nTorbjörn Wänn\n\n \n\n\nÄrende\n\nBeslut / åtgärd",
         ["Birgitta Mörk", "Cicki Blomquist", "Torbjörn Wänn"]),
        ("Närvarande:\n\nEva Berg\nBo Lind\n\n\nÅtgärd\n\nAnsvarig",
         ["Eva Berg", "Bo Lind"]),
        # look-alikes: one-word names stay names
        ("Närvarande:\n\nEva Berg\nBo Lind\nAnders\n\n\nÄrende\n\nBeslut / åtgärd",
         ["Eva Berg", "Bo Lind", "Anders"]),
        ("Närvarande: Berit, Ulrika, Annika, Lasse", ["Berit", "Ulrika", "Annika", "Lasse"]),
    ],
)
def test_section_word_is_no_name(text: str, present: list[str]) -> None:
    assert _lists(text)[0] == present
