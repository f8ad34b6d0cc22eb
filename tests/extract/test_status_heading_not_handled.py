"""A one-line item whose heading says, without a full stop, that it was not dealt with is postponed.

"§9 Medlemsformer togs inte upp på mötet" (886): the heading is the whole item, a sentence whose
stop was left out; a passive verb of handling followed by the negation ("togs inte", "behandlades
ej", "hanns inte") tells its fate, as "3. Punkten behandlades inte." does. Look-alikes: the negation
before the verb names a kind of matter ("Frågor som inte togs upp förra mötet"), a title without a
fate stays handled, and a heading with text under it is read from that text.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from planner.extract import extract_minutes

_MINUTES = """Styrelsemöte protokoll 2013-04-27

Närvarande: Tord Strömberg, Ann-Sofie Blomberg, Dan Nilsson

§1 Ordförande hälsade alla välkomna

§2 Att skriva protokollet valdes Dan Nilsson

{item}

§4 Förslag till pristagare diskuterades men inget beslut togs.

§5 Inga övriga frågor
"""


def _status(tmp_path: Path, item: str) -> str:
    path = tmp_path / "styrelse.txt"
    path.write_text(_MINUTES.format(item=item), encoding="utf-8")
    found = [i for i in extract_minutes(path).to_json()["items"] if i["number"] == "3"]
    assert len(found) == 1
    return str(found[0]["status"])


@pytest.mark.parametrize("item", [
    "§3 Medlemsformer togs inte upp på mötet",
    "§3 Budgeten behandlades ej",
    "§3 Hemsidan hanns inte med",
    "§3 Medlemsavgiften för 2014 behandlades inte på mötet",
])
def test_heading_not_handled_is_postponed(tmp_path: Path, item: str) -> None:
    assert _status(tmp_path, item) == "postponed"


@pytest.mark.parametrize("item", [
    "§3 Frågor som inte togs upp förra mötet",
    "§3 Medlemsformer och avgifter",
    "§3 Medlemsformer togs upp på mötet",
    "§3 Medlemsformer togs inte upp på mötet\n\nEfter en kort paus diskuterades medlemsformerna ändå och fastställdes.",
])
def test_heading_not_a_fate_stays_handled(tmp_path: Path, item: str) -> None:
    assert _status(tmp_path, item) == "handled"
