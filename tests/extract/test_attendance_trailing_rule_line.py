"""A rule line drawn under a list, flattened after its last entry: "... Lena Sjökvist (Sfk) Andreas Innab Tiger
(Visk) ---------------------------------".

A copy that flattens a page keeps the dashes (or underscores, or equals signs) that part the members from the
substitutes right after the last member, and that entry was lost with them. A rule of four such marks or more at
the end of the line, perhaps with a note's star after it, is no part of the entries. Look-alikes: a dash between
names and a short dash in a name stay as they are.
"""

from __future__ import annotations

import pytest

from planner.extract.attendance import _RX_TRAILING_RULE, _line_entries


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (("Rolf Johnson (Sfk) Barbro Johansson (Sfk) Pontus Andersson (Sfk) Lena Sjökvist (Sfk) Andreas Innab Tiger "
          "(Visk) ---------------------------------------------------------------"),
         ["Rolf Johnson", "Barbro Johansson", "Pontus Andersson", "Lena Sjökvist", "Andreas Innab Tiger"]),
        ("Anna Holm (S) Bo Berg (M) Karin Ek (C) ____________ *", ["Anna Holm", "Bo Berg", "Karin Ek"]),
        ("Anna Holm, Bo Berg, Karin Ek ==========", ["Anna Holm", "Bo Berg", "Karin Ek"]),
    ],
)
def test_trailing_rule_line(text: str, names: list[str]) -> None:
    assert [p.name for p in _line_entries(text, 0, set(), False)] == names


@pytest.mark.parametrize(
    "text",
    [
        "Anna Holm - Bo Berg",  # a dash between names
        "Anna Holm-Berg, Bo Ek",  # a hyphen in a name
        "Anna Holm -- Bo Berg",  # two dashes
        "Anna Holm ---- Bo Berg",  # a rule with names after it: not at the end
    ],
)
def test_no_trailing_rule(text: str) -> None:
    assert _RX_TRAILING_RULE.search(text) is None
