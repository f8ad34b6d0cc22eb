"""A numbered agenda item whose heading opens with a list label word and goes on in lower case ("2. Ledamöter i
styrgrupp och projektledningsgrupp Styrgrupp Som framgått ... har Barbro Danielsson, Helsingborg miljökontor, gått i
pension ..."), cut out of a flattened page, opens no list: before, the people the item named were read as present.

Look-alikes: a numbered label before names ("3. Närvarande Anna Ek, Bo Berg"), a label with a colon ("2. Ledamöter:
Anna Ek") and a label with a lower-case word but no number on a flattened line stay labels.
"""

from __future__ import annotations

import pytest

from planner.extract.attendance import ListKind, label_of


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("2. Ledamöter i styrgrupp och projektledningsgrupp Styrgrupp Som framgått har Barbro Danielsson", None),
        ("§ 4 Ersättare till valberedningen Anna Ek föreslås", None),
        # look-alikes
        ("3. Närvarande Anna Ek, Bo Berg", ListKind.PRESENT),
        ("2. Ledamöter: Anna Ek", ListKind.PRESENT),
        ("Ledamöter i styrelsen Anna Ek, Bo Berg", ListKind.PRESENT),
    ],
)
def test_numbered_heading(text: str, kind: ListKind | None) -> None:
    found = label_of(text, colon_required=False)
    assert (found[0] if found else None) is kind
