"""A member's party code and role with the comma between them lost, as copies of municipal minutes give
them: "Thor Lindgren, s, ordförande" on one line, "Lars-Gunnar Näsström, s vice ordförande" on the next.
The code is the party, the rest the role. Look-alikes: "v ordförande" is the vice chair (no party V); a
lower-case word that is no party code before a role; a party code before words that are no role."""

from __future__ import annotations

import pytest

from planner.extract.attendance import _attributes, _party_then_role


@pytest.mark.parametrize(("text", "split"), [
    ("s vice ordförande", ("S", "vice ordförande")),
    ("m ordförande", ("M", "ordförande")),
    ("KD vice ordförande", ("KD", "vice ordförande")),
    ("c ledamot", ("C", "ledamot")),
])
def test_party_code_then_role(text: str, split: tuple[str, str]) -> None:
    assert _party_then_role(text) == split


@pytest.mark.parametrize("text", [
    "v ordförande",  # the vice chair
    "vice ordförande",  # a role alone
    "s kommun",  # no role after the code
    "tf ordförande",  # no party code
    "s",
])
def test_look_alikes_are_no_party_and_role(text: str) -> None:
    assert _party_then_role(text) is None


def test_entry_attributes() -> None:
    assert _attributes(["s vice ordförande"], None, None, None) == (None, "S", "vice ordförande")
    assert _attributes(["v ordförande"], None, None, None)[1] is None
