"""A member a substitute stands in for ("tjg för Klas Karlsson", "för Jöran Hägglund för Kurt Edlund") is absent.

Two layouts of flattened headers name the replaced member among the present names:

- "Johnny Sundling (S) tjg för Klas Karlsson Sonny Landerberg (MP)": the list reader takes every name, the member
  included, as one more present entry; the member's name must go to the absent list and not run on into the next
  entry ("Klas Karlsson Sonny").
- "Börje Frisk för Jöran Hägglund för Kurt Edlund ej tjänstgörande ersättare": a column of members run on after the
  substitutes; each "för" straight after a replaced member names one more member who was not there.

Look-alikes: a name that only follows "för" inside a role ("ansvarig för ekonomin"), a run without "för", and a
member who is listed present in an entry of their own stay as before.
"""

from __future__ import annotations

from functools import partial

import pytest

from planner.extract.attendance import _substitute_run
from tests.extract.attendance_lists import attendance_names

_HEAD = "Protokoll 2018-10-02\n\n"
_TAIL = "\n\n§ 1 Mötets öppnande\n\nOrdföranden hälsade alla välkomna."

_lists = partial(attendance_names, head=_HEAD, tail=_TAIL)


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        (
            (
                "Beslutande Monica Samuelsson (S) tjg för Paula Örn (S) Dennis Ljunggren (S) Christina Oskarsson (S) "
                "Johnny Sundling (S) tjg för Klas Karlsson Sonny Landerberg (MP) Jenny Sandkvist (MP) tjg för Sven "
                "Engdahl (V) Mikael Berglund (M), ordförande Dan Björk (M) Erik Liljeberg (M)"
            ),
            [
                "Monica Samuelsson",
                "Dennis Ljunggren",
                "Christina Oskarsson",
                "Johnny Sundling",
                "Sonny Landerberg",
                "Jenny Sandkvist",
                "Mikael Berglund",
                "Dan Björk",
                "Erik Liljeberg",
            ],
            ["Paula Örn", "Klas Karlsson", "Sven Engdahl"],
        ),
        # look-alike: no substitute at all
        (
            (
                "Beslutande Monica Samuelsson (S) Paula Örn (S) Dennis Ljunggren (S) Christina Oskarsson (S) "
                "Johnny Sundling (S) Klas Karlsson (S) Sonny Landerberg (MP)"
            ),
            [
                "Monica Samuelsson",
                "Paula Örn",
                "Dennis Ljunggren",
                "Christina Oskarsson",
                "Johnny Sundling",
                "Klas Karlsson",
                "Sonny Landerberg",
            ],
            [],
        ),
    ],
)
def test_member_named_after_a_substitute_note_is_absent(
    text: str, present: list[str], absent: list[str]
) -> None:
    got_present, got_absent = _lists(text)
    assert got_present == present
    assert sorted(got_absent) == sorted(absent)


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            (
                "Per-Owe Öberg Maidie Wiklund Mona Nyberg Annelie Bengtsson Börje Frisk för Jöran Hägglund för Kurt Edlund "
                "ej tjänstgörande ersättare"
            ),
            [
                ("Per-Owe Öberg", None),
                ("Maidie Wiklund", None),
                ("Mona Nyberg", None),
                ("Annelie Bengtsson", None),
                ("Börje Frisk", None),
                ("Jöran Hägglund", False),
                ("Kurt Edlund", False),
            ],
        ),
        # look-alikes: one "för" a pair; the name after the member is present again
        (
            "Anna Ek Bo Berg för Eva Dahl Karl Holm för Nils Ek Ulla Lund",
            [
                ("Anna Ek", None),
                ("Bo Berg", None),
                ("Eva Dahl", False),
                ("Karl Holm", None),
                ("Nils Ek", False),
                ("Ulla Lund", None),
            ],
        ),
        (
            "Anna Ek Bo Berg för Eva Dahl Karl Holm Ulla Lund",
            [
                ("Anna Ek", None),
                ("Bo Berg", None),
                ("Eva Dahl", False),
                ("Karl Holm", None),
                ("Ulla Lund", None),
            ],
        ),
    ],
)
def test_second_for_after_a_replaced_member_names_another(
    text: str, people: list[tuple[str, bool | None]]
) -> None:
    assert [(p.name, p.mark) for p in _substitute_run(text, 0)] == people
