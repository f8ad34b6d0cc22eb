"""Names of an attendance list separated by spaced dashes, perhaps over two lines.

"Närvarande: Bengt Eriksson – Bengt-Åke Löfgren – Roy Andreasson –" / "" / "– Lisette Edvardsson – Gustav
Dalstrand – Patrik Karlsson": the dash stands for the comma. Three full names or more between dashes (all but
one at most opening with a known given name) are entries each; a line that ends in a dash goes on in the
next line that opens with one, over a blank line. A dash between a name and its note ("Anna Ek – ordförande",
"Bo Berg – Region Kronoberg") still parts a name from what is said of it.
"""

from __future__ import annotations

from functools import partial

import pytest

from tests.extract.attendance_lists import attendance_names

_HEAD = "Protokoll, styrelsemöte, Fiberföreningen, #32\n\n • Datum: 131110\n\n"
_TAIL = "\n\n • Kopia till: Styrelse\n\n 1. EKONOMI:\n • Kassan är god.\n"
_lists = partial(attendance_names, head=_HEAD, tail=_TAIL)


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("Närvarande: Bengt Eriksson – Bengt-Åke Löfgren – Roy Andreasson",
         ["Bengt Eriksson", "Bengt-Åke Löfgren", "Roy Andreasson"]),
        (("Närvarande: Bengt Eriksson – Bengt-Åke Löfgren – Roy Andreasson –\n\n– Lisette Edvardsson – Gustav "
          "Dalstrand – Patrik Karlsson – John Evert Gröning"),
         ["Bengt Eriksson", "Bengt-Åke Löfgren", "Roy Andreasson", "Lisette Edvardsson", "Gustav Dalstrand",
          "Patrik Karlsson", "John Evert Gröning"]),
        ("Närvarande: Anna Berg - Bo Lind - Cecilia Holm - Olle Ek", ["Anna Berg", "Bo Lind", "Cecilia Holm", "Olle Ek"]),
        ("Deltagare: Karin Nilsson – Per Sundberg – Eva Ström", ["Karin Nilsson", "Per Sundberg", "Eva Ström"]),
        # look-alikes: a dash before a role or an organisation is a note of the name before it
        ("Närvarande: Anna Berg – ordförande, Bo Lind – sekreterare, Cia Holm – kassör",
         ["Anna Berg", "Bo Lind", "Cia Holm"]),
    ],
)
def test_names_between_dashes(text: str, present: list[str]) -> None:
    assert _lists(text)[0] == present
