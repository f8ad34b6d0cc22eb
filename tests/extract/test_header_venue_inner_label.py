"""A flattened front page whose label column and values run together puts a venue label inside the line, its
column's other label words after it, then the place and the first attendee with a party: "... kl Plats ande
Ledamöter Sunnerbo, Regionförbundet, P G Vejdes väg 15, Växjö Marie-Louise Hilmersson (c) ordförande".
Look-alikes: no attendee with a party after the place, a place-like word that is a person's name."""

from __future__ import annotations

import pytest

from planner.extract.header import extract_meeting, venue_after_inner_labels
from planner.extract.text import minutes_from_text


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (("Plats och tid Onsdag den 16 januari kl Plats ande Ledamöter Sunnerbo, Regionförbundet, P G Vejdes väg 15, "
         "Växjö Marie-Louise Hilmersson (c) ordförande Bo Frank (m)"), "Sunnerbo, Regionförbundet, P G Vejdes väg 15, Växjö"),
        ("Tid 09.00 Lokal Beslutande Stadshuset, Sessionssalen Anna Berg (S) ordförande Per Ek (M)",
         "Stadshuset, Sessionssalen"),
        # look-alikes
        ("Tid 09.00 Plats Beslutande Stadshuset, Sessionssalen Justerare", None),  # no attendee with a party
        ("Plats Beslutande Anna Berg (S) ordförande Per Ek (M)", None),  # the list at once: no place
    ],
)
def test_venue_after_inner_labels(line: str, expected: str | None) -> None:
    found = venue_after_inner_labels(line)
    assert (found.value if found else None) == expected
    if found:
        assert line[found.start: found.end] == found.value


def test_flattened_front_page() -> None:
    text = (
        "SAMMANTRÄDESPROTOKOLL Regionförbundets styrelses arbetsutskott Sammanträdesdatum 2008-01-16\n\n"
        "(26) Plats och tid Onsdag den 16 januari kl Plats ande Ledamöter Sunnerbo, Regionförbundet, P G Vejdes väg 15, "
        "Växjö Marie-Louise Hilmersson (c) ordförande Bo Frank (m) Suzanne Frank (m) Monica Haider (s) Tjänstgörande "
        "ersättare Anna Fransson (s) ersättare för Charlotta Svanberg (s) Övriga närvarande Eva Löfquist (s)\n"
    )
    assert extract_meeting(minutes_from_text(text))[0].venue == "Sunnerbo, Regionförbundet, P G Vejdes väg 15, Växjö"
