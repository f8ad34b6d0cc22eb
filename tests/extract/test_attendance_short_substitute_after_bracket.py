"""Short substitute notes after the bracket of a flattened members' run, and brackets in lower case.

Municipal councils of representatives (handikappråd, pensionärsråd) list politicians with lower-case party
letters and the organisations' delegates with the organisation in the same brackets, all run together:
"Bo Ek (s) Ulla Sten (kd) Gilbert Nilsson (c) tjg.ers. Leif Olsson (FUB) Karin Ek (DHR), ers. Lars Berg (HLS)".
"tjg.ers.", "tjg. ers." and ", ers." after the bracket are the role of the name before (a serving or other
substitute), not the start of the next entry. Look-alikes: a run with no brackets stays a plain list, and a
lower-case word that is no role after a bracket is other text: not this layout.
"""

from __future__ import annotations

import pytest

from planner.extract.attendance import _party_entries


@pytest.mark.parametrize(
    ("text", "names", "roles"),
    [
        (("Bo Ek (s) Ulla Sten (kd) Gilbert Nilsson (c) tjg.ers. Leif Olsson (FUB) Maj-Britt Holm(KHSO) "
          "Gunda Berg (SRF) tjg. ers. Karin Ek (DHR), ers. Lars-Erik Karlsson (HLS) tjg. ers."),
         ["Bo Ek", "Ulla Sten", "Gilbert Nilsson", "Leif Olsson", "Maj-Britt Holm", "Gunda Berg", "Karin Ek",
          "Lars-Erik Karlsson"],
         [None, None, "tjänstgörande ersättare", None, None, "tjänstgörande ersättare", "ersättare",
          "tjänstgörande ersättare"]),
        ("Anna Ek (S) Bo Berg (M) ers. Karin Holm (V) tj ers Per Lund (C)",
         ["Anna Ek", "Bo Berg", "Karin Holm", "Per Lund"], [None, "ersättare", "tjänstgörande ersättare", None]),
        # look-alikes: no brackets at all; a lower-case word that is no role after the bracket
        ("Anna Ek Bo Berg Karin Holm Per Lund", [], []),
        ("Anna Ek (S) Bo Berg (M) Karin Holm (V) erstes Per Lund (C)", [], []),
    ],
)
def test_short_substitute_after_bracket(text: str, names: list[str], roles: list[str | None]) -> None:
    people = [p for p in _party_entries(text, 0, set()) if p.mark is not False]
    assert [p.name for p in people] == names
    assert [p.role for p in people] == roles
