"""A one-word entry that is a word of the signing block, not a person: a row of column heads "Närvarande
Frånvarande Justerat" (an Åland government's protocol) leaves "Justerat" as the one entry of the absent list.
Look-alikes: the signer's role ("Justerare", "Sekreterare") and names that stay.
"""

from __future__ import annotations

import pytest

from planner.extract.attendance import Person, _is_document


@pytest.mark.parametrize(
    ("name", "dropped"),
    [
        ("Justerat", True),
        ("Justeras", True),
        ("Justering", True),
        ("Utdragsbestyrkande", True),
        ("Namnförtydligande", True),
        # look-alikes: a role, names
        ("Justerare", False),
        ("Sekreterare", False),
        ("Justus", False),
        ("Camilla Gunell", False),
        ("Ian Bergström", False),
    ],
)
def test_signature_word_is_no_person(name: str, dropped: bool) -> None:
    assert _is_document(Person(name, 0, len(name))) is dropped
