"""A head that names only the municipality ("Geta kommun, beslutsprotokoll") leaves the committee to the opening
item's standing sentence: "Kommunstyrelsens ordförande Ingvar Björling hälsar ... välkomna". The body is
"Kommunstyrelsen". Look-alikes: no such sentence, a sentence naming no body's name, a head naming the committee."""

from __future__ import annotations

import pytest

from planner.extract.header import extract_meeting
from planner.extract.text import minutes_from_text

HEAD = "Geta kommun, beslutsprotokoll\n\nPROTOKOLL\nTid och plats Måndagen den 5 maj 2014 kl. 19.00 Kommunkansliet\n\n"


@pytest.mark.parametrize(
    ("opening", "expected"),
    [
        ("66 Sammanträdets öppnande Kommunstyrelsens ordförande Ingvar Björling hälsar alla välkomna.",
         "Kommunstyrelsen"),
        ("1 Mötets öppnande Socialnämndens ordförande Anna Berg öppnar mötet.", "Socialnämnden"),
        # look-alikes
        ("66 Sammanträdets öppnande Ordföranden Ingvar Björling hälsar alla välkomna.", "Geta kommun"),
        ("66 Sammanträdets öppnande Sammanträdet förklaras öppnat.", "Geta kommun"),
    ],
)
def test_committee_in_opening_sentence(opening: str, expected: str) -> None:
    assert extract_meeting(minutes_from_text(HEAD + opening + "\n"))[0].body == expected


def test_head_naming_committee_kept() -> None:
    text = ("Geta kommun\nKommunstyrelsens arbetsutskott PROTOKOLL\nTid och plats Måndagen den 5 maj 2014 kl. 19.00\n\n"
            "1 Sammanträdets öppnande Kommunstyrelsens ordförande Ingvar Björling hälsar alla välkomna.\n")
    assert extract_meeting(minutes_from_text(text))[0].body == "Kommunstyrelsens arbetsutskott"
