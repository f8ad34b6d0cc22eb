"""A list written as a sentence, names joined by "och" and "samt": "Närvarande: Göran Ekström, Marie Sollengren och
Rolf Karlsson från arbetsgruppen samt inbjuden Henrik Axiö, Sveriges Hembygdsförbund." The entry after the
first comma was read as Göran Ekström's organisation; the names in it (each opening with a known given name) are
people of the list too.

Look-alikes: organisations joined by "och" ("Länsstyrelsen och Region Skåne", "Karlstad och Hammarö kommun"),
places, and one name without "och" stay an organisation.
"""

from __future__ import annotations

import pytest

from planner.extract.attendance import Person, _names_in_organisation
from planner.extract.text import minutes_from_text
from tests.extract.attendance_lists import attendance_names


@pytest.mark.parametrize(
    ("org", "names"),
    [
        ("Marie Sollengren och Rolf Karlsson från arbetsgruppen samt inbjuden", ["Marie Sollengren", "Rolf Karlsson"]),
        ("Anna Ek, Bo Berg samt Eva Holm", ["Anna Ek", "Bo Berg", "Eva Holm"]),
        # look-alikes
        ("Länsstyrelsen och Region Skåne", []),
        ("Karlstad och Hammarö kommun", []),
        ("Ekerö Kommun och Nacka Kommun", []),
        ("Anna Ek", []),
    ],
)
def test_names_in_organisation(org: str, names: list[str]) -> None:
    doc = minutes_from_text("Göran Ekström, " + org)
    found = _names_in_organisation(doc, [Person("Göran Ekström", 0, 13, organisation=org)])
    assert [p.name for p in found[1:]] == names


def test_sentence_list_with_och_and_samt() -> None:
    text = ("Minnesanteckningar från möte med arbetsgruppen 23 januari 2004\n\nNärvarande: Göran Ekström, Marie "
            "Sollengren och Rolf Karlsson från arbetsgruppen samt inbjuden Henrik Axiö, Sveriges Hembygdsförbund."
            "\n\nFöreningen hade erbjudit oss att samlas hos dem.\n")
    present, absent = attendance_names(text)
    assert sorted(present) == ["Göran Ekström", "Henrik Axiö", "Marie Sollengren", "Rolf Karlsson"]
    assert absent == []
