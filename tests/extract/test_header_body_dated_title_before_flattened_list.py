"""A flattened page that opens with the minutes' dated title and runs on into the list of those present
with their roles ("Protokoll Föräldraföreningens styrelsemöte 2015-11-05 Notes ... Närvarande: Manuela
Leijerfelt, vice ordförande ... Annika Fahlgren, sekreterare ..."): the line names the body in its title,
it is no mere list of people. Look-alikes: lines of people with roles and no dated title before them stay
name runs."""

from __future__ import annotations

import pytest

from planner.extract.header import extract_meeting, is_name_run
from planner.extract.text import minutes_from_text

_LIST = ("Närvarande / Board members attending: Manuela Leijerfelt, vice ordförande / deputy chairman "
         "Annika Fahlgren, sekreterare / secretary Maria Manse, ledamot / board member")


@pytest.mark.parametrize("line", [
    "Protokoll Föräldraföreningens styrelsemöte 2015-11-05 Notes Parents Association board meeting " + _LIST,
    "Minnesanteckningar Hem och skola 2019-03-12 " + _LIST,
])
def test_dated_title_opening_is_no_name_run(line: str) -> None:
    assert not is_name_run(line)


@pytest.mark.parametrize("line", [
    _LIST,
    "Sandra Sundblad, samordnare Amira Donlagic, kanslichef",
    "Protokollförare Anna Ek, sekreterare Bo Berg, ordförande",  # no dated title
])
def test_people_with_roles_stay_a_name_run(line: str) -> None:
    assert is_name_run(line)


def test_body_of_a_flattened_bilingual_head() -> None:
    text = ("Protokoll Föräldraföreningens styrelsemöte 2015-11-05 Notes Parents Association board meeting "
            "2015-11-05 " + _LIST + " Page 1 of 9\n\n1. Mötet öppnades av vice ordförande Manuela.\n")
    assert extract_meeting(minutes_from_text(text))[0].body == "Föräldraföreningens styrelse"
