"""A stacked label column's values run together after the day and time ("Tid Plats Närvarande ... Måndagen den 16
november 2015, kl. 16-18 Alceahusets konferensavdelning Storsjön Enligt bifogad närvarolista Franz Heinel, ..."):
the place ends where the attendance list is given by reference. Look-alikes: no time before the place, a reference
with no place before it."""

from __future__ import annotations

import pytest

from planner.extract.header import venue_after_time


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (("Utses att justera, 36 Måndagen den 16 november 2015, kl. 16-18 Alceahusets konferensavdelning Storsjön "
         "Enligt bifogad närvarolista Franz Heinel, Margareta Olin Sekreterare Maria Thomelius Ordförande"),
         "Alceahusets konferensavdelning Storsjön"),
        ("Tisdag 3 mars 2020 kl 18.00 Folkets hus Se bilaga Justerare Anna Berg och Per Ek samt Eva Ny",
         "Folkets hus"),
        # look-alikes
        ("Tisdag 3 mars 2020 kl 18.00 Se bilaga Justerare Anna Berg och Per Ek samt Eva Ny som valdes", None),
        ("Tisdag 3 mars 2020 Folkets hus Se bilaga Justerare Anna Berg och Per Ek samt Eva Ny som valdes", None),
    ],
)
def test_venue_after_time_before_list_reference(line: str, expected: str | None) -> None:
    found = venue_after_time(line)
    assert (found.value if found else None) == expected
