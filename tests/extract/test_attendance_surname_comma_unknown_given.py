"""A "Surname, Given" run with a few unlisted given names, notes of items and titles between the persons.

A Finland-Swedish list ("Storbacka, Bernt Byggmästar, Liane ...") holds Finnish given names that are no known ones
(Seppo, Tuula, Tapani): one such name, or one in four persons in a longer run, may stand in it, unless the word looks
like a surname ("Eklöf, Karlsson Lönnö, ...": names given name first whose first lost its given name). A note of
the items a person was there for ("fr. 119", ", 8") or, after a comma, their title in lower case may follow a
person before the next surname. Look-alikes: runs with more unknown words, and a surname-like word in the given
name's place, are no such run.
"""

from __future__ import annotations

import pytest

from planner.extract.attendance import _surname_comma_given_run
from tests.extract.attendance_lists import attendance_names


@pytest.mark.parametrize(
    ("text", "present"),
    [
        (("Sammanträdesplats Kommungården Beslutande: Ersättare: Storbacka, Bernt Byggmästar, Liane Dalvik, Sixten Dahlbacka, Mikaela Filppula, "
          "Seppo Hagström, Elisabeth Hongell, Susanne Riippa, Bertel Forsander, Tuula Myllymäki, Tapani Backman, "
          "Inger Svartsjö, Peter\n\n§ 70 Laglighet"),
         ["Bernt Storbacka", "Liane Byggmästar", "Sixten Dalvik", "Mikaela Dahlbacka", "Seppo Filppula",
          "Elisabeth Hagström", "Susanne Hongell", "Bertel Riippa", "Tuula Forsander", "Tapani Myllymäki",
          "Inger Backman", "Peter Svartsjö"]),
        (("Övriga närvarande: Lindgren, Hans-Erik Högnabba, Stefan Strandvall, Göran fr. 119 Djupsjöbacka, "
          "Michael Bjon, Inger kfge:s ordförande kommundirektör kommunsekreterare\n\n§ 70 Laglighet"),
         ["Hans-Erik Lindgren", "Stefan Högnabba", "Göran Strandvall", "Michael Djupsjöbacka", "Inger Bjon"]),
        (("Övriga närvarande: Svenfors, Stefan, kommundirektör Löf, Gundel, kanslichef Backa, Jan-Erik, "
          "ekonomi- o. utvecklingsdirektör\n\n§ 1 Laglighet"),
         ["Stefan Svenfors", "Gundel Löf", "Jan-Erik Backa"]),
    ],
)
def test_surname_comma_run_with_unknown_given(text: str, present: list[str]) -> None:
    assert attendance_names(text)[0] == present


def test_item_note_after_a_person() -> None:
    people = _surname_comma_given_run("Borgmästars, Yvonne Ede, Torbjörn, 8 Borgmästars, Görel, 8", 0)
    assert [p.name for p in people] == ["Yvonne Borgmästars", "Torbjörn Ede", "Görel Borgmästars"]


@pytest.mark.parametrize(
    "text",
    [
        "Eklöf, Karlsson Lönnö, Thomas Lundberg, Niklas van der Schoot",  # a surname in the given name's place
        "Holm, Pihla Berg, Aune Ek, Anna",  # two unknown given names in three persons
        "Holm, Ekonomi Berg, Kansliet Ek, Teknik Lund, Anna",  # mostly no given names
    ],
)
def test_not_a_surname_comma_run(text: str) -> None:
    assert _surname_comma_given_run(text, 0) == []
