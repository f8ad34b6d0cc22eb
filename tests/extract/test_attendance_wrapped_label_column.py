"""A label of two words wrapped in its column, each line beside a name: "Tjänstgörande Terese Hermansson" over
"ersättare Anneli Boosjögård".

The first line's first word and the next line's first word (lower case) make a label ("tjänstgörande
ersättare"): the first word is the label's, not the name's. Before, "Tjänstgörande Terese Hermansson" was read as
one name.

Look-alikes: a first word that makes no label with the word below ("Terese Hermansson" over "ersättare ..."
stays), a capitalised word below (a name, not the label's rest), and a surname that begins like a label word.
"""

from __future__ import annotations

import pytest

from tests.extract.attendance_lists import attendance_names

_HEAD = "Protokoll 2024-04-16\n\nBeslutande\nThomas Thornell, Ordförande\nCheryl Jones Fur\nFrida Sandstedt\n"
_TAIL = "\n\nÖvriga närvarande\nUlf Folkesson\n\n§ 1 Justering av protokoll\n"


@pytest.mark.parametrize(
    ("lines", "present"),
    [
        ("Tjänstgörande Terese Hermansson\nersättare Anneli Boosjögård",
         ["Thomas Thornell", "Cheryl Jones Fur", "Frida Sandstedt", "Terese Hermansson", "Anneli Boosjögård",
          "Ulf Folkesson"]),
        ("Närvarande Bo Berg\nersättare Anna Ek",
         ["Thomas Thornell", "Cheryl Jones Fur", "Frida Sandstedt", "Bo Berg", "Anna Ek", "Ulf Folkesson"]),
        # look-alikes
        ("Terese Hermansson\nersättare Anneli Boosjögård",
         ["Thomas Thornell", "Cheryl Jones Fur", "Frida Sandstedt", "Terese Hermansson", "Anneli Boosjögård",
          "Ulf Folkesson"]),
        ("Ola Sennehed\nJohan Schwab",
         ["Thomas Thornell", "Cheryl Jones Fur", "Frida Sandstedt", "Ola Sennehed", "Johan Schwab", "Ulf Folkesson"]),
    ],
)
def test_label_wrapped_in_its_column(lines: str, present: list[str]) -> None:
    got, _ = attendance_names(_HEAD + lines + _TAIL)
    assert got == present
