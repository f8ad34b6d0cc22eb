"""A comma list of names in which a note in brackets holds "och", "samt" or a comma, as parents' councils write
whose parent each is: "Jenny (Ester K på Gul och Maya på Lila)", "Jörgen (Pappa till Sofia och Philip)". The
note stays with its name: "och" inside brackets joins no names ("Philip)" is no person). Look-alikes: "och"
outside brackets still joins names, a bracket left open."""

from __future__ import annotations

import pytest

from planner.extract.attendance import _split_names


@pytest.mark.parametrize(("line", "names"), [
    (("Nadia, Jenny (Ester K på Gul och Maya på Lila), Gaëtan (Émile på Lila), Daniel (Alicia på Gul och Adelle "
      "på Lila), Evelina (Ester B på Gul)"), ["Nadia", "Jenny", "Gaëtan", "Daniel", "Evelina"]),
    ("Anna Ek, Jörgen (Pappa till Sofia och Philip), Bo Berg", ["Anna Ek", "Jörgen", "Bo Berg"]),
    ("Anna Ek (S), Bo Berg (ersättare för Cia Holm samt Dan Lund), Eva Ek", ["Anna Ek", "Bo Berg", "Eva Ek"]),
    # look-alikes: "och" between names, outside brackets, still joins them
    ("Anna Ek (S), Bo Berg (M) och Cia Holm (C)", ["Anna Ek", "Bo Berg", "Cia Holm"]),
    ("Christer, Ulf och Tomas", ["Christer", "Ulf", "Tomas"]),
])
def test_bracket_note_stays_with_its_name(line: str, names: list[str]) -> None:
    assert [p.name for p in _split_names(line, 0, None, set())] == names


def test_bracket_left_open_swallows_no_names() -> None:
    # a bracket never closed is a character: the names after it are still pieces of their own
    people = _split_names("Anna Ek, Bo Berg (M, Cia Holm, Dan Lund", 0, None, set())
    assert [p.name for p in people][-2:] == ["Cia Holm", "Dan Lund"]
