"""A visit or matter to be held at a new time being found is put off (planner.extract.items).

"10. Det gick inte att få hit trafikavdelningen till detta möte, Caj jobbar på ny tid." (776): nothing was
read. Now "jobbar på ny tid", "ny tid bokas", "hitta en ny tid", "söker ny tid" put the item off, no time
said. Look-alikes: a meeting moved or called off with a new time to come ("Mötet ställs in, ny tid bokas",
"Nästa möte flyttas, ny tid bokas senare": the meeting, not the matter), and a new time already booked
in the past tense.
"""

from __future__ import annotations

from datetime import date

import pytest

from planner.extract.items import classify
from planner.extract.model import ItemStatus

AUGUST_2022 = date(2022, 8, 29)


@pytest.mark.parametrize("sentence", [
    "Caj jobbar på ny tid.",
    "Det gick inte att få hit gästen till detta möte, ordföranden jobbar på ny tid.",
    "Vi får hitta en ny tid för besöket.",
    "Ny tid bokas.",
    "Besöket från polisen ställdes in, ny tid bokas.",
    "Sekreteraren söker ny tid med förvaltningen.",
])
def test_new_time_found_is_postponed(sentence: str) -> None:
    f = classify(sentence, AUGUST_2022)
    assert f is not None and (f.status, f.when) == (ItemStatus.POSTPONED, None)


@pytest.mark.parametrize("sentence", [
    "Mötet ställs in, ny tid bokas.",
    "Nästa möte flyttas, ny tid bokas senare.",
    "Styrelsemötet i maj ställs in, ny tid bokas.",
    "Kommunen bokade en ny tid för besiktningen.",
    "En ny tid för öppethållandet gäller från maj.",
])
def test_no_new_time_found(sentence: str) -> None:
    assert classify(sentence, AUGUST_2022) is None
