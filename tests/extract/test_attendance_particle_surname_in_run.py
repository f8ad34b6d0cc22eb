"""A surname with particles inside names run together ("... Anna Lögdberg Jennifer van der Gronden Sanna
Ågestedt ...", "Lennart Wiklund Kayumba van den Brink Maja Englund") is one person's, the particles no gap
between runs (planner.extract.attendance). A particle never begins a name; lower-case words that are no
particles ("ordf", "sekr") still part the runs."""

from __future__ import annotations

import pytest

from planner.extract.attendance import _run_together


@pytest.mark.parametrize(("text", "names"), [
    ("Bengt Forsgren Anna Lögdberg Jennifer van der Gronden Sanna Ågestedt Tomas Berglund",
     ["Bengt Forsgren", "Anna Lögdberg", "Jennifer van der Gronden", "Sanna Ågestedt", "Tomas Berglund"]),
    ("Johan Utter Lennart Wiklund Kayumba van den Brink Maja Englund Sara Björkman",
     ["Johan Utter", "Lennart Wiklund", "Kayumba van den Brink", "Maja Englund", "Sara Björkman"]),
    ("Anna Ek Bo Berg von Platen Cia Holm Dan Lind", ["Anna Ek", "Bo Berg von Platen", "Cia Holm", "Dan Lind"]),
])
def test_particle_surname_in_a_run(text: str, names: list[str]) -> None:
    people = _run_together(text, 0)
    assert [p.name for p in people] == names
    assert all(text[p.start:p.end] == p.name for p in people)


def test_other_lower_case_words_part_the_runs() -> None:
    assert [p.name for p in _run_together("Margareta Lindfors Håkan Svensson ordf sekr Jörgen Hafström Eva Ek", 0)] \
        == ["Margareta Lindfors", "Håkan Svensson", "Jörgen Hafström", "Eva Ek"]
