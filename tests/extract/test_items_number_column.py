"""Item numbers a PDF's text printed as a column apart from the headings: "12.1" / "12.2" / "a." / "b." /
"12.3" on lines of their own, then "Ordförande öppnar möte", "Formalia", "Val av mötesordförande",
"Valdes Astrid Martinsson.", ... The column's entries name the short lines that follow in order.

Look-alikes: a column of figures (a table's amounts, "12", "40", "7", "3") does not count on as numbers
do and gives no items; a column whose entries do not all find a heading line is left out; a wrapped
sentence's short last line is no heading.
"""

from __future__ import annotations

from planner.extract.items import find_headings
from planner.extract.text import minutes_from_text

HEAD = ("Protokoll styrelsemöte XII 2015-04-13\nTid: måndag, 13 april, 2015, 12.11\n"
        "Närvarande: Astrid Martinsson, Jorunn Cardell, Agnes Sörliden.\n")
BODY = ("Ordförande öppnar möte\nFormalia\nVal av mötesordförande\nValdes Astrid Martinsson.\n"
        "Val av justerare\nValdes Anna Ouchterlony.\nAdjungeringar\n"
        "Styrelsen beslutade att adjungera David Gustavsson med närvaro-, yttrande- och\nyrkanderätt.\n"
        "Föregående mötesprotokoll\nProtokoll X lades till handlingarna.\nNästa möte\n23 april 17.30, kvällsmöte.\n")


def _heads(text: str) -> list[tuple[str | None, str]]:
    heads, _ = find_headings(minutes_from_text(text))
    return [(h.number, h.title) for h in heads]


def test_column_of_numbers_names_the_headings() -> None:
    text = HEAD + "12.1\n12.2\na.\nb.\n12.3\n12.4\n12.5\n" + BODY
    assert _heads(text) == [("12.1", "Ordförande öppnar möte"), ("12.2", "Formalia"), ("12.3", "Adjungeringar"),
                            ("12.4", "Föregående mötesprotokoll"), ("12.5", "Nästa möte")]


def test_plain_numbers_in_a_column() -> None:
    text = HEAD + "1\n2\n3\n4\n" + ("Mötets öppnande\nMötet öppnades.\nEkonomi\nKassan är god.\n"
                                    "Medlemmar\nTvå nya.\nÖvrigt\nInget.\n")
    assert [n for n, _ in _heads(text)] == ["1", "2", "3", "4"]


def test_column_of_figures_is_no_numbering() -> None:
    text = HEAD + "12\n40\n7\n3\n" + BODY
    assert all(n is None for n, _ in _heads(text))


def test_column_that_does_not_find_its_headings_is_left_out() -> None:
    text = HEAD + "12.1\n12.2\n12.3\n12.4\n12.5\n12.6\n12.7\n12.8\n12.9\n12.10\n" + "tvåan att informera W13.\n"
    assert all(n is None for n, _ in _heads(text))
