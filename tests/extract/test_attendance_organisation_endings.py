"""An organisation named in a list of attendance is no person: "Ej närvarande: Hagdahlsakademien".

Minutes of networks between societies name the societies with their representatives, and a society that sent no
one stands alone under the absent label; one written after a representative's name stands as their organisation.
A word ending as an academy's, a society's or an institute's name in the definite form ("-akademien",
"-sällskapet", "-institutet", `w.MORE_ORGANISATION_NAME_ENDINGS`) names no person. Look-alikes: surnames that
merely hold such letters ("Akademius", "Klubbe", "Rådberg") stay persons.
"""

from __future__ import annotations

import pytest

from planner.extract.attendance import Person, _is_document
from tests.extract.attendance_lists import attendance_names

_HEAD = "Protokoll nätverksmöte 2006-10-13\n\n"
_TAIL = "\n\n1    VÄLKOMSTHÄLSNING\nSven Olsson hälsade alla välkomna.\n"


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("Närvarande:\nGunnar Forssell\nRalph Edenheim\nBarbro Henning\n\nEj närvarande:         Hagdahlsakademien",
         ["Gunnar Forssell", "Ralph Edenheim", "Barbro Henning"], []),
        (("Närvarande:\nGunnar Forssell\nRalph Edenheim\nLilla Sällskapet\n\nFrånvarande: Karolinska Institutet, "
          "Bo Berg"), ["Gunnar Forssell", "Ralph Edenheim"], ["Bo Berg"]),
        # look-alikes: surnames that hold such letters
        ("Närvarande:\nGunnar Akademius\nRalph Klubbe\nBarbro Rådberg\n\nFrånvarande: Bo Sällskap",
         ["Gunnar Akademius", "Ralph Klubbe", "Barbro Rådberg"], ["Bo Sällskap"]),
    ],
)
def test_organisation_endings(text: str, present: list[str], absent: list[str]) -> None:
    assert attendance_names(text, head=_HEAD, tail=_TAIL) == (present, absent)


@pytest.mark.parametrize(
    ("name", "document"),
    [
        ("Hagdahlsakademien", True),
        ("Lilla Sällskapet", True),
        ("Svenska Akademin", True),
        ("Segelklubben", True),
        ("Akademius", False),
        ("Anna Klubbe", False),
        ("Per Partiel", False),
    ],
)
def test_is_organisation(name: str, document: bool) -> None:
    assert _is_document(Person(name, 0, len(name))) is document
