"""Lines of a PDF set back from its words (planner.extract.pdflines), on words placed by hand.

Each case is a page written as (text, x, top) lines in a 6 pt wide, 10 pt high font on a page
595 pt wide with 56 pt margins (the text ends at 539): "|" in a line's text is a jump to the
next x of the line's `cells`. The expected lines are what the minutes said before printing.
"""

from __future__ import annotations

import pytest

from planner.extract.pdflines import Word, document_lines

CHAR, HEIGHT, LEFT, WIDTH = 6.0, 10.0, 56.0, 595.0
PITCH = 12.0  # one line to the next within a paragraph (a 2 pt leading)


def line(text: str, top: float, x: float = LEFT, cells: tuple[float, ...] = ()) -> list[Word]:
    """The words of one printed line: one word per space-separated piece, from `x`; "|" jumps to
    the next of `cells`."""
    words: list[Word] = []
    jumps = iter(cells)
    for k, cell in enumerate(text.split("|")):
        if k:
            x = next(jumps)
        for piece in cell.split(" "):
            if piece:
                words.append(Word(piece, x, x + CHAR * len(piece), top, top + HEIGHT))
            x += CHAR * (len(piece) + 1)
    return words


def page(*lines: list[Word]) -> tuple[list[Word], float]:
    return [w for ws in lines for w in ws], WIDTH


FULL = "Närvarande: Anna Andersson, Bo Berg, Cecilia Carlsson, David Dahl, Eva Ek,"  # 75 chars: to x=506
assert LEFT + CHAR * len(FULL) > LEFT + 0.6 * (WIDTH - 2 * LEFT)

CASES = [
    # A column of bullets that the PDF keeps apart from the names beside it.
    ("bullets in a column of their own",
     [page(line("–|Anna Andersson", 100, cells=(92,)), line("–|Bo Berg", 112, cells=(92,)))],
     ["–\tAnna Andersson", "–\tBo Berg"]),
    # A list wrapped at the margin: the next name ("Fredrik") did not fit in the 33 pt left.
    ("wrapped list joined",
     [page(line(FULL, 100), line("Fredrik Fors och Gun Gran", 112))],
     [FULL + " Fredrik Fors och Gun Gran"]),
    ("a short line is no wrapped one",
     [page(line("Närvarande: Anna Andersson", 100), line("Frånvarande: Bo Berg", 112))],
     ["Närvarande: Anna Andersson", "Frånvarande: Bo Berg"]),
    ("the next line's first word would have fitted",
     [page(line(FULL, 100), line("Bo", 112))],
     [FULL, "Bo"]),
    ("a bullet opens a line of its own",
     [page(line(FULL, 100), line("- Fredrik Fors", 112))],
     [FULL, "- Fredrik Fors"]),
    ("a numbered item opens a line of its own",
     [page(line(FULL, 100), line("4. Ekonomi", 112))],
     [FULL, "4. Ekonomi"]),
    ("a hyphen before a capital joins without a space",
     [page(line(FULL[:-1] + " Britt-", 100), line("Inger Berg", 112))],
     [FULL[:-1] + " Britt-Inger Berg"]),
    ("a hyphen before a lower-case word keeps the space",
     [page(line(FULL[:-1] + " Kultur-", 100), line("och fritidsnämnden", 112))],
     [FULL[:-1] + " Kultur- och fritidsnämnden"]),
    ("an empty line is a gap of a whole line",
     [page(line("Närvarande", 100), line("Anna Andersson", 112), line("Dagordning", 136))],
     ["Närvarande", "Anna Andersson", "", "Dagordning"]),
    ("an empty line after every line (a web page's copy) stays",
     [page(line("Närvarande", 100), line("Anna Andersson", 124), line("Bo Berg", 148))],
     ["Närvarande", "", "Anna Andersson", "", "Bo Berg"]),
    ("a paragraph's spacing (7 pt) is no empty line",
     [page(line("Närvarande", 100), line("Anna Andersson", 117), line("Bo Berg", 134))],
     ["Närvarande", "Anna Andersson", "Bo Berg"]),
    ("a wrapped list does not run on over an empty line",
     [page(line(FULL, 100), line("Frånvarande: Gun Gran", 124))],
     [FULL, "", "Frånvarande: Gun Gran"]),
    ("an indented line keeps its indent",
     [page(line("- Budget", 100), line("- Beslut i mars", 112, x=LEFT + 2 * CHAR))],
     ["- Budget", "  - Beslut i mars"]),
    ("a table row's last cell wraps inside its column",
     [page(line("Växjö kommun|Anna Andersson (S), Bo Berg (M), Cecilia Carlsson (C), David", 100, cells=(206,)),
           line("Dahl (KD)", 112, x=206))],
     ["Växjö kommun\tAnna Andersson (S), Bo Berg (M), Cecilia Carlsson (C), David Dahl (KD)"]),
    ("the next table row starts in the first column",
     [page(line("Växjö kommun|Anna Andersson (S), Bo Berg (M), Cecilia Carlsson (C), David", 100, cells=(206,)),
           line("Alvesta|Eva Ek (S)", 112, cells=(206,)))],
     ["Växjö kommun\tAnna Andersson (S), Bo Berg (M), Cecilia Carlsson (C), David",
      "Alvesta\tEva Ek (S)"]),
    ("a wider gap than a tab stop is a tab, a word's space a space",
     [page(line("Tid:|kl. 09.00-12.00", 100, cells=(120,)))],
     ["Tid:\tkl. 09.00-12.00"]),
    ("a paragraph goes on over the page break",
     [page(line("Rubrik", 80), line(FULL, 700)), page(line("Fredrik Fors", 60))],
     ["Rubrik", "", FULL + " Fredrik Fors"]),
    ("pages are apart where no paragraph goes on",
     [page(line("Mötet avslutades.", 700)), page(line("Bilaga 1", 60))],
     ["Mötet avslutades.", "", "Bilaga 1"]),
    ("words sorted into their line from the left",
     [([*reversed(line("Anna Andersson", 100)), *line("Bo Berg", 112.4)], WIDTH)],
     ["Anna Andersson", "Bo Berg"]),
    ("an empty page leaves nothing", [page(), page(line("Protokoll", 60))], ["Protokoll"]),
]


@pytest.mark.parametrize(("pages", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_document_lines(pages: list[tuple[list[Word], float]], expected: list[str]) -> None:
    assert document_lines(pages) == expected
