"""A local party's name written out in brackets after a member, a capitalised word after it: "... Ida Legnemark
(V) Jerker Nordlund (Kommunens väl) Övriga Lena Brännmar, ...".

`_NAME_COMMA` finds the names a comma or a party closes in a flattened line; a bracket of one capitalised word
and up to two lower-case ones ("(Kommunens väl)", "(Sjukvårdspartiet)") followed by a capitalised word or the end
now closes a name too. Before, the entry ran on from the name before ("Ida Legnemark Jerker Nordlund").

Look-alikes: a lower-case note in brackets ("(delvis)"), a bracket followed by lower-case words, and a bracket of
two capitalised words ("(Region Kronoberg)") close no name so.
"""

from __future__ import annotations

import pytest

from planner.extract.attendance import _NAME_COMMA, _entries


@pytest.mark.parametrize(
    ("text", "closed"),
    [
        ("Ida Legnemark (V) Jerker Nordlund (Kommunens väl) Övriga", ["Ida Legnemark", "Jerker Nordlund"]),
        ("Bo Berg (Sjukvårdspartiet) Cia Holm (M)", ["Bo Berg", "Cia Holm"]),
        ("Anna Ek (S) Bo Berg (Kommunens väl)", ["Anna Ek", "Bo Berg"]),
        # look-alikes
        ("Anna Ek (S) Bo Berg (delvis) Cia Holm (M)", ["Anna Ek", "Cia Holm"]),
        ("Anna Ek (S) Bo Berg (Kommunens väl) deltog", ["Anna Ek"]),
        ("Anna Ek (S) Bo Berg (Region Kronoberg) Cia Holm (M)", ["Anna Ek", "Cia Holm"]),
    ],
)
def test_names_closed(text: str, closed: list[str]) -> None:
    assert [m.group(1) for m in _NAME_COMMA.finditer(text)] == closed


def test_member_of_a_local_party_in_a_flattened_list() -> None:
    text = ("Ulf Olsson (S) ordförande Mats Palm (S) Annette Carlson (M) Ida Legnemark (V) Jerker Nordlund "
            "(Kommunens väl)")
    assert [(p.name, p.party, p.organisation) for p in _entries(text, 0, set(), False)] == [
        ("Ulf Olsson", "S", None), ("Mats Palm", "S", None), ("Annette Carlson", "M", None),
        ("Ida Legnemark", "V", None), ("Jerker Nordlund", None, "Kommunens väl")]
