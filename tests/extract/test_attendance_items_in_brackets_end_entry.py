"""Names run together, each with the items it attended in brackets ("Lotta Brilioth Biornstad (5-6, 15-16, 22)
Magnus Bostrom (5-6, 12, 15) Margareta Brilioth (17)"): the bracket ends the entry as a comma would, also after
"Name, role" entries on the same line. A party or organisation in brackets, and a single bracket, are read as
before.
"""

from __future__ import annotations

import pytest

from planner.extract.attendance import _line_entries


def read(text: str) -> list[tuple[str, str | None]]:
    return [(p.name, p.party) for p in _line_entries(text, 0, set(), False)]


@pytest.mark.parametrize(("text", "names"), [
    (("Signe Westin, sekreterare Martin Rickardsson, personalföreträdare Henriette Zorn, personalföreträdare Saco "
     "Lotta Brilioth Biornstad (5-6, 15-16, 22) Magnus Bostrom (5-6, 12, 15) Margareta Brilioth (17)"),
     ["Signe Westin", "Martin Rickardsson", "Henriette Zorn", "Lotta Brilioth Biornstad", "Magnus Bostrom",
      "Margareta Brilioth"]),
    ("Anna Ek, sekreterare Bo Berg (§ 4-7) Cia Holm (§ 8) Dan Lind (9)", ["Anna Ek", "Bo Berg", "Cia Holm", "Dan Lind"]),
    ("Eva Lund, kanslichef Helen Sigeland (5-6) Anna Törnqvist (6, 8, 20) Ronak Rabe (7, 9-12)",
     ["Eva Lund", "Helen Sigeland", "Anna Törnqvist", "Ronak Rabe"]),
    ("Kalle Ek, ekonom (3) Lena Holm, jurist (4-5) Per Ström (6)", ["Kalle Ek", "Lena Holm", "Per Ström"]),
    ("Maria Berg, controller Greta von Rosen Stovind (7, 9-10, 14) Joakim Pettersson (0-14, 17-20) Erik Åström (17)",
     ["Maria Berg", "Greta von Rosen Stovind", "Joakim Pettersson", "Erik Åström"]),
])
def test_item_brackets_end_entries(text: str, names: list[str]) -> None:
    assert [n for n, _ in read(text)] == names


@pytest.mark.parametrize(("text", "want"), [
    ("Anna Ek (S) Bo Berg (M) Cia Holm (V)", [("Anna Ek", "S"), ("Bo Berg", "M"), ("Cia Holm", "V")]),  # parties
    ("Anna Ek (5-6)", [("Anna Ek", None)]),  # one bracket: the entry's note, as before
    ("Anna Ek (S), Bo Berg (M), Cia Holm (C)", [("Anna Ek", "S"), ("Bo Berg", "M"), ("Cia Holm", "C")]),
])
def test_other_brackets_as_before(text: str, want: list[tuple[str, str | None]]) -> None:
    assert read(text) == want
