"""The last entry of a run of bracketed entries, its bracket cut off with the page: "... Gun Petersson (BorgA)
Inger Landgren-Sundbäck".

A page that ends inside a flattened list loses the last member's party or organisation, and the entry was then
dropped as text of another shape. After four bracketed entries or more, a bare name of two or three words at the
end of the run, begun by a known given name, is that last entry. Look-alikes: a heading or a sentence after the
run, a name with a bracket left open, and a run of too few entries stay as they were.
"""

from __future__ import annotations

import pytest

from planner.extract.attendance import _paren_entries


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (("Margareta Stråth (S) Sven-Olof Ydreborg (Posk) Gösta Lindqvist (S) Lars Andersson (Posk) Anita Höstner "
          "(S) Karl-Erik Henriksson (BorgA) Gun Petersson (BorgA) Inger Landgren-Sundbäck"),
         ["Margareta Stråth", "Sven-Olof Ydreborg", "Gösta Lindqvist", "Lars Andersson", "Anita Höstner",
          "Karl-Erik Henriksson", "Gun Petersson", "Inger Landgren-Sundbäck"]),
        ("Anna Holm (S) Bo Berg (M) Karin Ek (C) Per Lund (S) Eva Ek", ["Anna Holm", "Bo Berg", "Karin Ek",
                                                                          "Per Lund", "Eva Ek"]),
        # look-alikes
        ("Anna Holm (S) Bo Berg (M) Karin Ek (C) Per Lund (S) Mötet öppnas", ["Anna Holm", "Bo Berg", "Karin Ek",
                                                                                 "Per Lund"]),
        ("Anna Holm (S) Bo Berg (M) Karin Ek (C) Per Lund (S) Sammanträdets Öppnande",
         ["Anna Holm", "Bo Berg", "Karin Ek", "Per Lund"]),
        ("Anna Holm (S) Bo Berg (M) Karin Ek (C) Per Lund (S) Claes Redberg (Sjuhärad",
         ["Anna Holm", "Bo Berg", "Karin Ek", "Per Lund"]),
        ("Anna Holm (S) Bo Berg (M) Karin Ek (C) Eva Ek", ["Anna Holm", "Bo Berg", "Karin Ek"]),  # three only
    ],
)
def test_bracket_cut_at_page_end(text: str, names: list[str]) -> None:
    assert [p.name for p in _paren_entries(text, 0)] == names
