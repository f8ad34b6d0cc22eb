"""An officer elected in the text whose surname has a particle ("Till ordförande för mötet valdes Gunnar von
Corswant", "Till mötessekreterare utsågs Jennifer van der Gronden") is read whole, not cut to "Gunnar von"
(planner.extract.attendance). Look-alikes: "av" after a name is a preposition ("valdes Per Berg av mötet"), a
particle with no capital after it ends the name, and a name without particles stays as it was."""

from __future__ import annotations

import pytest

from tests.extract.attendance_lists import attendance_names

_HEAD = "Årsmötesprotokoll 2018-03-08\n\n1. Ordföranden hälsade välkommen och öppnade mötet\n"


@pytest.mark.parametrize(
    ("line", "present"),
    [
        ("2. Till ordförande för mötet valdes Gunnar von Corswant\n", ["Gunnar von Corswant"]),
        ("2. Till mötessekreterare utsågs Gudrun von Corswant\n", ["Gudrun von Corswant"]),
        ("2. Till mötessekreterare valdes Jennifer van der Gronden.\n", ["Jennifer van der Gronden"]),
        ("2. Till mötesordförande valdes Eric af Segerstad.\n", ["Eric af Segerstad"]),
        ("2. Till mötesordförande valdes Anna de Geer.\n2b. Till sekreterare valdes Bo Berg.\n", ["Anna de Geer", "Bo Berg"]),
        ("2. Årsmötet valde Gunnar von Corswant till mötesordförande.\n", ["Gunnar von Corswant"]),
        # look-alikes
        ("2. Till mötesordförande valdes Per Berg av mötet.\n", ["Per Berg"]),
        ("2. Till mötesordförande valdes Anna Ek.\n", ["Anna Ek"]),
        ("2. Till mötesordförande valdes Anna Ek.\n2b. Till sekreterare valdes Bo Berg.\n", ["Anna Ek", "Bo Berg"]),
    ],
)
def test_elected_officer_with_particle_surname(line: str, present: list[str]) -> None:
    assert attendance_names(_HEAD + line + "3. Dagordningen fastställdes\n") == (present, [])
