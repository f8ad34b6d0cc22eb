"""A meeting of the body moved or called off is no deferral of the item (planner.extract.items).

Items on the meeting plan say "Styrelsemötet den 12 maj flyttas till 19 maj", "Mötet den 9 juni
ställs in", "Mötet i april utgår": the subject of the verb is a meeting with its date, not the
item's matter, and the item stays handled with nothing carried. Look-alikes: a point's matter
called off ("Presentationen ställs in", "Dragningen den 5 maj ställs in"), the meeting deciding
("Mötet bordlade ärendet"), a matter moved to a meeting rather than a day ("Årsmötet flyttas till
nästa möte"), and a meeting with someone as a point of the agenda ("Beslut att mötet
med Lars Ronnås utgår").
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from planner.extract import extract_minutes
from planner.extract.items import classify
from planner.extract.model import ItemStatus

MARCH_2021 = date(2021, 3, 10)


@pytest.mark.parametrize("sentence", [
    "Mötet den 5 maj ställs in.",
    "Styrelsemötet den 12 maj ställs in.",
    "Träffen den 3 april ställdes in på grund av sjukdom.",
    "Mötet den 5 maj utgår.",
    "Mötet i juni flyttas till den 20 juni.",
    "Styrelsemötet den 12 maj flyttas till 19 maj.",
    "Junimötet ställs in.",
])
def test_meeting_moved_or_called_off_gives_no_status(sentence: str) -> None:
    assert classify(sentence, MARCH_2021) is None


@pytest.mark.parametrize("sentence", [
    "Presentationen ställs in.",
    "Dragningen den 5 maj ställs in.",
    "Mötet bordlade ärendet.",
    "Beslut att mötet med Lars Ronnås utgår.",
    "Punkten om mötet i juni utgår.",
    "Årsmötet flyttas till nästa möte.",  # moved to a meeting, not a day: a matter
])
def test_matter_called_off_is_still_postponed(sentence: str) -> None:
    f = classify(sentence, MARCH_2021)
    assert f is not None and f.status is ItemStatus.POSTPONED


_MINUTES = """Protokoll styrelsen 2021-03-10

Närvarande: Anna Berg, Olle Holm, Sara Lind

1. Mötet öppnas

2. Mötesplan
Styrelsemötet den 12 maj flyttas till 19 maj. Mötet den 9 juni ställs in.

3. Nästa möte
Mötet i april flyttas till den 20 april.

4. Mötet avslutas
"""


def test_meeting_plan_changes_carry_nothing(tmp_path: Path) -> None:
    path = tmp_path / "styrelse.txt"
    path.write_text(_MINUTES, encoding="utf-8")
    out = extract_minutes(path).to_json()
    assert all(i["status"] == "handled" for i in out["items"])
    assert out["carry"] == []
