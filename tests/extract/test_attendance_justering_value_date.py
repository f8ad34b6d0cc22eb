"""The signing's date and place after the names under a justering label that a flattened page put among the
entries: "... Tove Forsberg, praktikant HR-avdelningen Plats och tid för justering: Charles Pylad, politisk
sekreterare Tisdagen den 28 mars 2017, Regionens hus, Storgatan 27, Uppsala".

The names after such a label (one holding "justering") end at the date of the signing (`_RX_SIGNED_WHEN`);
before, the place after the date was read as persons ("Storgatan", "Uppsala").

Look-alikes: another label before the colon keeps its names whole, and names without a date after them are read
as before.
"""

from __future__ import annotations

import pytest

from planner.extract.attendance import _entries


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (("Plats och tid för justering: Charles Pylad, politisk sekreterare Tisdagen den 28 mars 2017, Regionens hus, "
          "Storgatan 27, Uppsala"), ["Charles Pylad"]),
        ("Justeringens plats och tid: Anna Ek, politisk sekreterare Måndagen den 3 april 2018, Stadshuset, Bo Berg",
         ["Anna Ek"]),
        # look-alikes
        ("Plats och tid för justering: Charles Pylad, politisk sekreterare", ["Charles Pylad"]),
        ("Kommunstyrelsen: Anna Ek, Bo Berg", ["Anna Ek", "Bo Berg"]),
    ],
)
def test_names_before_the_signing_date(text: str, names: list[str]) -> None:
    assert [p.name for p in _entries(text, 0, set(), False)] == names
