"""A name of a given name and two surnames between two commas in a list of names run on one line.

"Sture Andersson, Kristina Brundin, Margareta Hellblom Larsson, Gunilla Johansson" and "Yvonne Spring, Marita
Avander Bergstedt, Ann-Louise Jansson": a list read as "Name, note" entries took the first word after a bare comma
for the note of the entry before (as "Ingemar Nyman, Bjurholm Dagmar Schröder, Bjurholm" writes a place). A known
given name followed by a word that is none, closed by the next comma, is one name of three words.

Look-alikes: a place or an organisation after the comma ("Bjurholm Dagmar Schröder", "PRO Bo Örjan Försth") stays
the previous entry's note, and so does a first word that is no given name.
"""

from __future__ import annotations

import pytest

from planner.extract.attendance import _flattened


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Sture Andersson, Kristina Brundin, Margareta Hellblom Larsson, Gunilla Johansson, Ove Löfqvist",
         ["Sture Andersson", "Kristina Brundin", "Margareta Hellblom Larsson", "Gunilla Johansson", "Ove Löfqvist"]),
        ("Lena Nordberg, RSMH Yvonne Spring, Marita Avander Bergstedt, Ann-Louise Jansson, Maria Frank",
         ["Lena Nordberg", "Yvonne Spring", "Marita Avander Bergstedt", "Ann-Louise Jansson", "Maria Frank"]),
        # look-alikes
        ("Ingemar Nyman, Bjurholm Dagmar Schröder, Bjurholm Eva Lund, Vännäs",
         ["Ingemar Nyman", "Dagmar Schröder", "Eva Lund"]),
        ("Inger Könberg, PRO Bo Örjan Försth, PRO Eva Lund, SPF", ["Inger Könberg", "Bo Örjan Försth", "Eva Lund"]),
        ("Anna Ek, Vindeln Per Holm, Sorsele Karin Berg, Lycksele", ["Anna Ek", "Per Holm", "Karin Berg"]),
    ],
)
def test_three_word_name_between_commas(text: str, names: list[str]) -> None:
    assert [p.name for p in _flattened(text, 0, set())] == names
