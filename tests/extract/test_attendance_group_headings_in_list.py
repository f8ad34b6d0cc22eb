"""A present list of a faculty board divided by the groups its members represent, each group's heading on a
line of its own: "Företrädare för de studerande", "Företrädare för verksamheten" (no colon), and the first
group's heading a role word alone over the one who holds it ("Närvarande:" / "Ordförande" / "Ingvar
Claesson, ledamot"). The list goes on under the headings, which name no one. Look-alikes: a sentence about
representatives, a heading naming a body, role words in a row (column heads), names."""

from __future__ import annotations

import pytest

from planner.extract.attendance import _is_group_subheading
from planner.extract.header import extract_meeting
from planner.extract.text import minutes_from_text


@pytest.mark.parametrize("line", [
    "Företrädare för de studerande",
    "Företrädare för verksamheten",
    "Företrädare för studenterna",
    "Företrädare för lärarna:",
    "Representanter för föräldrarna",
])
def test_group_heading(line: str) -> None:
    assert _is_group_subheading(line)


@pytest.mark.parametrize("line", [
    "Företrädare för kommunen informerade om läget",  # a sentence
    "Representanter från kommunen",
    "Företrädare för Region Skåne",  # a body named, capitalised
    "Ingvar Claesson, ledamot",
    "Ordförande",  # a role word alone: a heading only at the head of a list, over a name
])
def test_no_group_heading(line: str) -> None:
    assert not _is_group_subheading(line)


_HEAD = "Protokoll fört vid sammanträde med Fakultetsnämnd\n\nTid: 2005-05-19, kl 9.30-13.00\n\n"
_TAIL = "\n\nSammanträdet öppnas § 39\n\nOrdförande öppnar mötet och hälsar alla välkomna.\n"


def test_faculty_board_groups() -> None:
    text = (_HEAD + "Närvarande:\n\nOrdförande\n\nIngvar Claesson, ledamot\n\nFöreträdare för de studerande\n\n"
            "Peter Bengtsson, ledamot (från § 45)\n\nTony Gorschek, ledamot\n\nFöreträdare för verksamheten\n\n"
            "Göran Broman, ledamot\n\nÖvriga\n\nMagnus Ekblad, planeringssekreterare\n\nFrånvarande:\n\n"
            "Louise Stjernberg, ledamot" + _TAIL)
    meeting = extract_meeting(minutes_from_text(text))[0]
    assert [p.name for p in meeting.present] == ["Ingvar Claesson", "Peter Bengtsson", "Tony Gorschek",
                                                 "Göran Broman", "Magnus Ekblad"]
    assert [p.name for p in meeting.absent] == ["Louise Stjernberg"]


def test_role_words_in_a_row_are_no_heading() -> None:
    # "Ordförande" over "Sekreterare": heads of columns, not a group over its holder
    text = (_HEAD + "Närvarande:\n\nOrdförande\n\nSekreterare\n\nAnna Ek\n\nBo Berg" + _TAIL)
    meeting = extract_meeting(minutes_from_text(text))[0]
    assert "Anna Ek" not in [p.name for p in meeting.present]
