"""A pupils' council's present list names each pupil by given name and school class, the adults by given name:
"Närvarande: Denise 2A, Saga 2B, Julia 2C, Johanna 1-5A, ..., Felicia 6B, Ann-Sofie husmor och Åsa Den här
gången pratade vi ...". Read when no other list is: the given names, up to the one after "och". Before, no one
was read (a name of one word is no name to the list readers).

Look-alikes: given names without classes ("Närvarande: Eva, Lena och Karin" has too few classes to be read by
this rule), one or two classes only, and an absent label read no one by this rule.
"""

from __future__ import annotations

import pytest

from planner.extract.attendance import _pupils_with_classes
from planner.extract.header import document_parts
from planner.extract.text import minutes_from_text


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (("Anteckningar från Elevrådet 2009-03-10 Närvarande: Denise 2A, Saga 2B, Julia 2C, Johanna 1-5A, "
          "Adam 5-6B, Felicia 6B, Ann-Sofie husmor och Åsa Den här gången pratade vi bara matfrågor med Ann-Sofie."),
         ["Denise", "Saga", "Julia", "Johanna", "Adam", "Felicia", "Ann-Sofie", "Åsa"]),
        ("Närvarande: Moa 3B, Kevin 3C, Jasmine 4A och Marina 4B", ["Moa", "Kevin", "Jasmine", "Marina"]),
        # look-alikes
        ("Elevrådet 2009-03-10 Närvarande: Eva, Lena och Karin. Vi pratade om maten.", []),
        ("Elevrådet 2009-03-10 Närvarande: Moa 3B, Kevin 3C, Eva, Lena och Karin.", []),
        ("Elevrådet 2009-03-10 Frånvarande: Moa 3B, Kevin 3C, Jasmine 4A och Marina 4B", []),
    ],
)
def test_pupils_with_classes(text: str, names: list[str]) -> None:
    doc = minutes_from_text(text + "\n")
    assert [p.name for p in _pupils_with_classes(document_parts(doc))] == names
