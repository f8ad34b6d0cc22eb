"""A role written capitalised before a name inside a comma list ("Kassören Gunnar Lindqvist") is the person's role.

A run-on present list of a small association names a functionary by their role first: "Närvarande: Kurt
Lundström, Thorgny Karlsson, Kassören Gunnar Lindqvist, Rikard Lindqvist och Ulf Grönlund". The role word, in its
base or definite form, is no part of the name. Look-alikes: a three-word name, a surname that only begins like a
role, and a list of organisations stay as before.
"""

from __future__ import annotations

import pytest

from planner.extract.attendance import _name_list_run


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Kurt Lundström, Thorgny Karlsson, Kassören Gunnar Lindqvist, Rikard Lindqvist och Ulf Grönlund",
         [("Kurt Lundström", None), ("Thorgny Karlsson", None), ("Gunnar Lindqvist", "kassör"),
          ("Rikard Lindqvist", None), ("Ulf Grönlund", None)]),
        ("Ordföranden Anna Ek, Bo Berg, Sekreteraren Karin Lund",
         [("Anna Ek", "ordförande"), ("Bo Berg", None), ("Karin Lund", "sekreterare")]),
        # look-alikes
        ("Ann Christin Jonell, Anders Helldemar, Anna Lindström och Håkan Sternberg",
         [("Ann Christin Jonell", None), ("Anders Helldemar", None), ("Anna Lindström", None),
          ("Håkan Sternberg", None)]),
        ("Anna Kassel Berg, Bo Berg", [("Anna Kassel Berg", None), ("Bo Berg", None)]),
    ],
)
def test_role_before_name_in_a_list(text: str, people: list[tuple[str, str | None]]) -> None:
    assert [(p.name, p.role) for p in _name_list_run(text, 0, set())] == people


def test_offsets_cover_the_name_only() -> None:
    text = "Bo Berg, Kassören Gunnar Lindqvist, Eva Dahl"
    p = _name_list_run(text, 10, set())[1]
    assert text[p.start - 10: p.end - 10] == "Gunnar Lindqvist"
