"""A page's sentence leading to the minutes' file ("Här kan du hitta protokollet i sin helhet samt en
sammanfattning:" / "Styrelsemöte 2022-05-03.pdf") does not end the search for the title: the file's name is
it. Look-alikes: a sentence leading into a list of names or items still ends it."""

from __future__ import annotations

import pytest

from planner.extract.header import _FILE_NAME_LINE, extract_meeting
from planner.extract.text import minutes_from_text


def body_of(text: str) -> str | None:
    return extract_meeting(minutes_from_text(text))[0].body


@pytest.mark.parametrize("line", ["Styrelsemöte 2022-05-03.pdf", "Protokoll årsmöte.docx", "Styrelseprotokoll 3 mars.PDF"])
def test_file_name_line(line: str) -> None:
    assert _FILE_NAME_LINE.fullmatch(line)


@pytest.mark.parametrize("line", ["Se bilaga (pdf)", "2022-05-03.pdf", "Styrelsemöte 2022-05-03", "Läs mer på www.x.se"])
def test_no_file_name_line(line: str) -> None:
    assert not _FILE_NAME_LINE.fullmatch(line)


def test_title_in_file_name_below_link_lead() -> None:
    text = ("Här kan du hitta protokollet i sin helhet samt en sammanfattning:\nStyrelsemöte 2022-05-03.pdf\n\n"
            "3.1 Kassören har fått veta att det brukar finnas en återkommande infopunkt\n")
    assert body_of(text) == "Styrelsen"


def test_lead_into_a_list_still_ends_the_title_search() -> None:
    text = ("Representerade skolor och förskolor på mötet var:\nStyrelsemöte i Ekbacken\n\n"
            "1. Mötet öppnas\n")
    assert body_of(text) is None
