"""Minutes saved as a web page or printed to PDF read as their text does: what a browser or a word
processor adds around the text (a site's banner and menus, list marks drawn from markup, a print's
line wraps) must not change the lines the parsers see.

The cases come from the held-out minutes rendered to .html/.docx/.pdf and extracted again: the
site's logo read as the meeting's body, nested lists flattened, wrapped lines left broken.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from planner.extract import extract_minutes
from planner.extract.readers import html_to_text

SHELL = ("<!DOCTYPE html><html lang='sv'><head><meta charset='utf-8'><title>Protokoll</title></head><body>"
         "<header><a href='/'>Föreningen</a><nav><ul><li><a href='/'>Hem</a></li><li><a href='/om'>Om oss</a>"
         "</li></ul></nav></header><main><article>{}</article></main>"
         "<footer><p>© Föreningen · Integritetspolicy</p></footer></body></html>")


@pytest.mark.parametrize(("body", "lines"), [
    # the site's banner, menu and foot around <main>/<article> are not the minutes
    ("<p>Protokoll styrelsemöte</p>", ["Protokoll styrelsemöte"]),
    # a bulleted list reads as "- " lines, as Word's bullets do from .docx
    ("<ul><li>Anna Ek</li><li>Bo Berg</li></ul>", ["- Anna Ek", "- Bo Berg"]),
    # a nested list keeps its depth as an indent, and no empty line after the sub-list
    ("<ul><li>Game jam<ul><li>Nej, synd</li></ul></li><li>NCPC</li></ul>",
     ["- Game jam", "  - Nej, synd", "- NCPC"]),
    # a numbered list shows its numbers (from start=, or an item's value=)
    ("<ol start='3'><li>Val av justerare</li><li>Dagordning</li></ol>", ["3. Val av justerare", "4. Dagordning"]),
    ("<ol><li value='7'>Ekonomi</li><li>Övrigt</li></ol>", ["7. Ekonomi", "8. Övrigt"]),
    ("<ol type='a'><li>först</li><li>sedan</li></ol>", ["a) först", "b) sedan"]),
    # an item that already starts with a mark gets none more
    ("<ul><li>§ 4 Ekonomi</li></ul>", ["§ 4 Ekonomi"]),
])
def test_web_page_reads_as_its_text(body: str, lines: list[str]) -> None:
    assert [line for line in html_to_text(SHELL.format(body)).split("\n") if line] == lines


def test_page_without_main_keeps_its_header() -> None:
    """Without <main>/<article>, a <header> may be the minutes' own heading: it stays (menus do not)."""
    markup = "<body><header><h1>Protokoll</h1><nav><a href='/'>Hem</a></nav></header><p>Närvarande: Anna Ek</p></body>"
    assert [line for line in html_to_text(markup).split("\n") if line] == ["# Protokoll", "Närvarande: Anna Ek"]


MINUTES = """Protokoll fört vid styrelsemöte i Ekbackens båtklubb
Datum: 2021-10-06
Närvarande: Anna Ek, Bo Berg, Cecilia Dahl

§ 1 Mötets öppnande
Ordföranden öppnade mötet.
§ 2 Bryggan
  - Nya pållare behövs.
  - Bo Berg tar in offerter.
§ 3 Mötets avslutande
"""


def test_site_page_gives_the_same_meeting(tmp_path: Path) -> None:
    """The logo in the site's banner is not the meeting's body."""
    txt = tmp_path / "m.txt"
    txt.write_text(MINUTES, encoding="utf-8")
    parts = []
    for line in MINUTES.splitlines():
        if line.startswith("  - "):
            parts.append(f"<ul><li>{line[4:]}</li></ul>")
        elif line:
            parts.append(f"<p>{line}</p>")
    page = tmp_path / "m.html"
    page.write_text(SHELL.format("\n".join(parts)), encoding="utf-8")
    a, b = extract_minutes(txt).to_json(), extract_minutes(page).to_json()
    assert b["meeting"]["body"] == a["meeting"]["body"]
    assert [i["title"] for i in b["items"]] == [i["title"] for i in a["items"]]


# --- PDF printed by a word processor in a proportional font ----------------------------------------

def printed(rows: list[tuple[str, float]], char: float = 6.0, space: float = 3.0, pitch: float = 14.0,
            width: float = 595.0, left: float = 56.0) -> tuple[list, float]:
    """Words of a page set in a font whose space (3 pt) is half an average letter (6 pt), as in
    Carlito or Liberation Serif: each row is (text, x offset from the margin)."""
    from planner.extract.pdflines import Word
    words = []
    for n, (text, indent) in enumerate(rows):
        x = left + indent
        for piece in text.split(" "):
            words.append(Word(piece, x, x + char * len(piece), 60 + n * pitch, 60 + n * pitch + 10))
            x += char * len(piece) + space
    return words, width


@pytest.mark.parametrize(("rows", "lines"), [
    # leading spaces are printed as spaces, not letters: two spaces of indent read as two
    ([("§ 3 Bryggan och pållarna", 0), ("- Nya pållare behövs.", 6), ("+ Bo tar in offerter.", 12)],
     ["§ 3 Bryggan och pållarna", "  - Nya pållare behövs.", "    + Bo tar in offerter."]),
    # a short line whose next word, a long address, went to the next line for want of room
    ([("Vi utgår från iGov:s profil", 0),
      ("(https://openid.bitbucket.io/iGov/openid-igov-profile-id1-and-more-of-it.html). Finns", 0)],
     [("Vi utgår från iGov:s profil (https://openid.bitbucket.io/iGov/openid-igov-profile-id1-and-more-of-it.html)."
      " Finns")]),
])
def test_printed_pdf_lines(rows: list[tuple[str, float]], lines: list[str]) -> None:
    from planner.extract.pdflines import document_lines
    assert document_lines([printed(rows)]) == lines
