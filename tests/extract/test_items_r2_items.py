"""Item rules learned from student sections' and associations' minutes (round 2, items helper).

A stored copy that kept each page of the minutes as one line: the items run in on each page's line ("...
Röstlängden justeras kontinuerligt. Sida 1 av 6" / "Sektionsmöte 7. Förfarande vid valärenden ..."), and
the last page may be shorter than the long lines whose run-in items are read. Where every line with text
is a page's, the short last page after a long one is read for its run-in items too. Look-alikes: a
paragraph of ordinary minutes (a document with short lines) keeps its numbered sentences out.
"""

from __future__ import annotations

import pytest

from planner.extract.items import find_headings
from planner.extract.text import minutes_from_text

_PAGE1 = ("SEKTIONEN INOM TEKNIS Protokoll sektionsmöte Tid: Måndag, 16 april, 2016, 12:09-13:00 Plats: KC:A "
          "1. Ordförande förklarar mötet öppnat 2. Val av mötesfunktionärer Anna Holm valdes till ordförande och "
          "Malin Berg till sekreterare. 3. Fastställande av dagordning Mötet valde att fastställa dagordningen "
          "med ovan nämnda ändringar efter en kort diskussion om valärendena. 4. Adjungeringar Erik Sönegård "
          "adjungerades med yttrande- och närvarorätt. 5. Mötets behöriga utlysande Mötet förklarades "
          "stadgeenligt utlyst. 6. Justering av röstlängden Röstlängden justeras kontinuerligt. Sida 1 av 3")
_PAGE2 = ("Sektionsmöte 7. Förfarande vid valärenden Styrelsen föreslog att styrelseposter har fem minuter "
          "vardera på presentation och frågor. Mötet godkände detta. 8. Föregående mötesprotokoll Protokollet "
          "lades till handlingarna. 9. Meddelanden Inga meddelanden.")
_SHORT_TAIL = "Sektionsmöte 7. Övriga frågor Inga. 8. Mötets avslutande"


def _numbers(text: str) -> list[str | None]:
    heads, _ = find_headings(minutes_from_text(text))
    return [h.number for h in heads]


@pytest.mark.parametrize(("text", "expected"), [
    # the last page's items continue the first page's
    (_PAGE1 + "\n" + _PAGE2 + "\n", ["1", "2", "3", "4", "5", "6", "7", "8", "9"]),
    (_PAGE1 + "\n\n" + _PAGE2 + "\n", ["1", "2", "3", "4", "5", "6", "7", "8", "9"]),
    (_PAGE1 + "\n" + _PAGE2, ["1", "2", "3", "4", "5", "6", "7", "8", "9"]),
    (_PAGE1 + "\n" + _PAGE2.replace("Sektionsmöte ", "Protokoll 2016-04-16 "),
     ["1", "2", "3", "4", "5", "6", "7", "8", "9"]),
    # a last page too short to be a page's line: not read
    (_PAGE1 + "\n" + _SHORT_TAIL + "\n", ["1", "2", "3", "4", "5", "6"]),
    # a document with short lines (a title line) is no copy kept one line a page
    ("Protokoll\n" + _PAGE1 + "\n" + _PAGE2 + "\n", ["1", "2", "3", "4", "5", "6"]),
])
def test_last_page_line_of_one_line_a_page_copy(text: str, expected: list[str]) -> None:
    assert _numbers(text) == expected


@pytest.mark.parametrize("number", ["7", "8", "9"])
def test_last_page_items_keep_their_titles(number: str) -> None:
    heads, _ = find_headings(minutes_from_text(_PAGE1 + "\n" + _PAGE2 + "\n"))
    titles = {h.number: h.title for h in heads}
    assert titles[number].split()[0] in {"Förfarande", "Föregående", "Meddelanden"}


# A copy that lost its encoding: every "§" (and "å", "ä", "ö") written as U+FFFD, so the paragraph signs
# that open the lines read "\ufffd1", "\ufffd2" ... ; read as "§" where they run on, as a scan's "$" is.
_R = "\ufffd"
_HEAD = f"Protokoll Skidtingets m{_R}te 6-7 maj 2000\nPlats: Kiruna\n"
_SIGNED = (f"{_R}1 Prisutdelning genomf{_R}rdes.\n{_R}2 Val Till ordf{_R}rande valdes Staffan Syk\n"
           f"{_R}3 F{_R}reg{_R}ende protokoll Protokollet lades till handlingarna.\n"
           f"{_R}4 Utbildning Punkten bordlades.\n")


@pytest.mark.parametrize(("text", "expected"), [
    (_HEAD + _SIGNED, ["1", "2", "3", "4"]),
    (_HEAD + _SIGNED.replace(f"{_R}1 ", f"{_R} 1 "), ["1", "2", "3", "4"]),
    (_HEAD + _SIGNED.replace(f"{_R}3 ", f"{_R}3. "), ["1", "2", "3", "4"]),
    (_HEAD + "\n".join(_SIGNED.splitlines()[1:]) + "\n", ["2", "3", "4"]),
])
def test_replacement_character_read_as_paragraph_sign(text: str, expected: list[str]) -> None:
    assert _numbers(text) == expected


@pytest.mark.parametrize("text", [
    # one such line, or numbers out of turn: no run of signs
    _HEAD + f"{_R}5 Utbildning Punkten bordlades.\n",
    _HEAD + f"{_R}5 Utbildning Punkten bordlades.\n{_R}2 Val Till ordf{_R}rande valdes Staffan Syk\n",
])
def test_lone_replacement_character_is_no_sign(text: str) -> None:
    assert _numbers(text) == []
