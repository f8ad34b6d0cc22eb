"""Members of university, faculty and department boards listed "Name title" without a comma, the title an
academic one in lower case, perhaps with a second title or notes after a comma: "Christian Balkenius
professor", "Karin Salomonsson universitetslektor", "Martin Nykvist doktorand", "Daniel Kraft studerande",
"Lars Berggren professor, prodekan", "Lars Jansson studerande fr o m del av 102". The list goes on over such
lines. Look-alikes: a name followed by a word that is no title, a sentence with a verb after the title, a
word that only begins like a title ("professorn"), and a name left over after the title."""

from __future__ import annotations

import pytest

from planner.extract.attendance import _name_title_entries
from planner.extract.header import extract_meeting
from planner.extract.text import minutes_from_text


@pytest.mark.parametrize(("line", "entry"), [
    ("Christian Balkenius professor", ("Christian Balkenius", "professor")),
    ("Karin Salomonsson universitetslektor", ("Karin Salomonsson", "universitetslektor")),
    ("Martin Nykvist doktorand", ("Martin Nykvist", "doktorand")),
    ("Daniel Kraft studerande", ("Daniel Kraft", "studerande")),
    ("Gerd Carling forskare", ("Gerd Carling", "forskare")),
    ("Patrik Pariola husprefekt", ("Patrik Pariola", "husprefekt")),
    ("Lars Berggren professor, prodekan", ("Lars Berggren", "professor")),
    ("Lynn Åkesson professor, dekanus ordförande", ("Lynn Åkesson", "professor")),
    ("Sara Håkansson universitetslektor, bitr prefekt", ("Sara Håkansson", "universitetslektor")),
    ("Lars Jansson studerande fr o m del av 102", ("Lars Jansson", "studerande")),
    ("Henry Diab universitetsadjunkt ej 105", ("Henry Diab", "universitetsadjunkt")),
    ("Jan Hermanson universitetslektor semester", ("Jan Hermanson", "universitetslektor")),
    ("Mattias Persson arbetslivskoordinator § 158", ("Mattias Persson", "arbetslivskoordinator")),
])
def test_name_then_academic_title(line: str, entry: tuple[str, str]) -> None:
    assert [(p.name, p.role) for p in _name_title_entries(line, 0)] == [entry]


@pytest.mark.parametrize("line", [
    "Anna Ek rektor informerar om läget",  # a sentence: a verb after the title
    "Anna Ek professorn",  # no title: a word that only begins like one
    "Christian Balkenius professor Lena Ambjörn",  # a name left over
    "Bo Berg ledamot",  # a member's post: read by the member lists' rules
    "Lena Ambjörn deltog",
])
def test_look_alikes_are_no_titled_entries(line: str) -> None:
    assert _name_title_entries(line, 0) == []


def test_faculty_board_list_goes_on_over_titled_lines() -> None:
    text = ("LUNDS UNIVERSITET PROTOKOLL 1(5)\n\nFakultetsstyrelsen 2014-01-29 kl. 9.15 – 12.10\n\n"
            "Närvarande Ledamöter:\n\nChristian Balkenius professor\n\nLars Berggren professor, prodekan\n\n"
            "Daniel Kraft studerande\n\nMartin Nykvist doktorand\n\nKarin Salomonsson universitetslektor\n\n"
            "Övriga:\n\nGunnel Holm kanslichef\n\n§ 1 Mötets öppnande\n\nOrdföranden öppnade mötet.\n")
    names = [p.name for p in extract_meeting(minutes_from_text(text))[0].present]
    assert names == ["Christian Balkenius", "Lars Berggren", "Daniel Kraft", "Martin Nykvist",
                     "Karin Salomonsson", "Gunnel Holm"]
