"""A bullet list of points put off, led by a sentence ending in a colon, carries each point (planner.extract.items).

"§2 Fastställande av föredragningslistan ... Punkter som bordläggs till kommande sammanträde: • Äldrevänligt
boende • Hyrcyklar ..." (804): the lead was read as the agenda item's own fate (postponed, one carry). Now a
lead with a plural matter ("punkter", "ärenden", "frågor", "motioner") that is put off or to come back, ending
in a colon and followed by bullets, carries each bullet (a bullet of two sentences is one) with the lead's
reason and time; the item keeps what its other sentences say. Look-alikes: a list of points discussed
("Följande punkter diskuterades:"), a singular matter put off with its reasons listed ("Ärendet bordläggs med
följande motivering:"), and a lead without a list after it.
"""

from __future__ import annotations

import pytest

from planner.extract import extract_text, minutes_from_text
from planner.extract.model import ItemStatus

_MINUTES = """Protokoll styrelsen 2019-02-25

Närvarande: Anna Berg, Per Holm, Eva Lind

§ 1 Val av justerare

Per Holm utses att justera protokollet.

§ 2 Fastställande av dagordningen

Dagordningen godkänns.

{lead}

 • Äldrevänligt boende
 • Vad händer med hyrcyklarna i staden? Vem ansvarar?
 • Trygghetsboende

§ 3 Ekonomi

Kassören redovisar ekonomin.
"""


@pytest.mark.parametrize(("lead", "reason", "when"), [
    ("Punkter som bordläggs till kommande sammanträde:", "postponed", "next"),
    ("Följande ärenden bordläggs till nästa möte:", "postponed", "next"),
    ("Följande punkter flyttas till nästa möte:", "postponed", "next"),
    ("Följande frågor skjuts upp till nästa styrelsemöte:", "postponed", "next"),
    ("Följande ärenden utgår från dagens sammanträde:", "postponed", None),
    ("Följande frågor tas upp igen på nästa möte:", "returns", "next"),
])
def test_each_listed_point_is_carried(lead: str, reason: str, when: str | None) -> None:
    found = extract_text(minutes_from_text(_MINUTES.format(lead=lead)))
    assert [(it.number, it.status) for it in found.items] == [
        ("1", ItemStatus.HANDLED), ("2", ItemStatus.HANDLED), ("3", ItemStatus.HANDLED)]
    assert [(c.from_item, c.reason.value, c.when) for c in found.carry] == [("2", reason, when)] * 3
    assert found.carry[1].title.startswith("Vad händer med hyrcyklarna") and "Vem ansvarar?" in found.carry[1].title


@pytest.mark.parametrize("lead", [
    "Följande punkter diskuterades:",
    "Styrelsen går igenom följande frågor:",
    "Följande ärenden anmäls:",
])
def test_no_listed_points_put_off(lead: str) -> None:
    found = extract_text(minutes_from_text(_MINUTES.format(lead=lead)))
    assert [it.status for it in found.items] == [ItemStatus.HANDLED] * 3
    assert not found.carry


def test_singular_matter_with_reasons_listed_is_the_item_put_off() -> None:
    text = _MINUTES.format(lead="Ärendet bordläggs med följande motivering:")
    found = extract_text(minutes_from_text(text))
    assert [(c.from_item, c.reason.value) for c in found.carry] == [("2", "postponed")]
