"""The "och" (or "samt", "&") that joins the last entry of a list is no part of the entry before it.

A list of "Name (P), role" entries run on one line joins its last entry with "och": "Daniel Alexandersson (S),
Lennart Abrahamsson (V) och Aila Johansson (SD) Insynsplats Kim Fredriksson (SD), oppositionsråd". The entry
before "och" ("Lennart Abrahamsson (V) och") was lost, or kept "och" in its role or organisation ("ledamot och",
"Sundsvall och"). Look-alikes: an "och" inside a role or an organisation ("Kultur och fritid") stays.
"""

from __future__ import annotations

import pytest

from planner.extract.attendance import _flattened


@pytest.mark.parametrize(
    ("text", "read"),
    [
        (("Daniel Alexandersson (S), Lennart Abrahamsson (V) och Aila Johansson (SD) Insynsplats Kim Fredriksson (SD),"
         " oppositionsråd"),
         [("Daniel Alexandersson", None), ("Lennart Abrahamsson", None), ("Aila Johansson", None),
          ("Kim Fredriksson", None)]),
        ("Anna Ek, ordförande, Bo Berg, ledamot och Cia Holm, sekreterare",
         [("Anna Ek", "ordförande"), ("Bo Berg", "ledamot"), ("Cia Holm", "sekreterare")]),
        ("Anna Ek, ordförande, Bo Berg, ledamot samt Cia Holm, sekreterare",
         [("Anna Ek", "ordförande"), ("Bo Berg", "ledamot"), ("Cia Holm", "sekreterare")]),
        # look-alike: "och" inside a role
        ("Anna Ek, chef kultur och fritid, Bo Berg, ledamot",
         [("Anna Ek", "chef kultur och fritid"), ("Bo Berg", "ledamot")]),
    ],
)
def test_joining_word_before_the_next_entry(text: str, read: list[tuple[str, str | None]]) -> None:
    assert [(p.name, p.role) for p in _flattened(text, 0, set())] == read
