"""A numbered meeting's title may name whom it was held for after the number: "Styrelsemöte nr. 2 för Sverok
Stockholm den 04/04-2013". The name after "för" is kept with the meeting word; the number goes. Look-alikes:
a number then a place ("Styrelsemöte nr 1 Reykjavik"), "för" and no name ("... nr 3 för år 2020", "för den 04/")."""

from __future__ import annotations

import pytest

from planner.extract.header import _strip_title, extract_meeting
from planner.extract.text import minutes_from_text


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("Styrelsemöte nr. 2 för Sverok Stockholm den 04/", "Styrelsemöte för Sverok Stockholm"),
        ("Styrelsemöte nr 4 för Föreningen Solsidan, 2020-03-01", "Styrelsemöte för Föreningen Solsidan"),
        # look-alikes
        ("Styrelsemöte nr 1 Reykjavik", "Styrelsemöte"),
        ("Styrelsemöte nr 3 för år 2020", "Styrelsemöte"),
        ("Styrelsemöte nr. 2 för den 04/", "Styrelsemöte"),
    ],
)
def test_numbered_meeting_for_whom(title: str, name: str) -> None:
    assert _strip_title(title)[0] == name


def test_body_of_numbered_meeting_for_whom() -> None:
    text = ("Styrelsemöte nr. 2 för Sverok Stockholm den 04/\n\nStorlek: px\n\n"
            'Download "Styrelsemöte nr. 2 för Sverok Stockholm den 04/04-2013"\n\nTranskript\n\n'
            "1 Protokoll nummer 2 för den 04/ Styrelsemöte nr. 2 för den 04/ Närvarande: Olof Bjälkvall, kassör\n")
    assert extract_meeting(minutes_from_text(text))[0].body == "Styrelsen för Sverok Stockholm"
