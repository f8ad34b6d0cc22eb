"""An item that changes or sets the agenda and strikes another point by its number stays handled.

"25 Ändring av dagordningen / Ordföranden föreslår att ärende 6 Ändrade utbildningskrav inom LSS-verksamhet
utgår från dagordningen och istället går upp som ärende på nämndens kommande sammanträde": the agenda was
changed at this meeting (handled); the point struck goes on a later agenda, carried from this item. An item
that is not about the agenda, or an agenda item dropped itself, reads as before.
"""

from __future__ import annotations

import pytest

from planner.extract.items import extract_items
from planner.extract.model import CarryReason, ItemStatus, Meeting
from planner.extract.text import minutes_from_text


def _read(title: str, text: str) -> tuple[ItemStatus, list[tuple[str | None, CarryReason]]]:
    minutes = ("Protokoll 2015-04-25\n\n§ 24 Val av justerare\n\nTill justerare valdes Lesley Holmberg.\n\n"
               f"§ 25 {title}\n\n{text}\n\n§ 26 Budgetuppföljning\n\nInformationen noteras.\n")
    items, carry, _ = extract_items(minutes_from_text(minutes), Meeting(date="2015-04-25"))
    item = next(it for it in items if it.number == "25")
    return item.status, [(c.from_item, c.reason) for c in carry]


@pytest.mark.parametrize(("title", "text"), [
    ("Ändring av dagordningen", ("Ordföranden föreslår att ärende 6 Ändrade utbildningskrav inom LSS-verksamhet "
                                 "utgår från dagordningen och istället går upp som ärende på nämndens kommande "
                                 "sammanträde.")),
    ("Fastställande av föredragningslista", "Föredragningslistan fastställs med ändringen att punkt 9 utgår."),
    ("Godkännande av dagordning", "Dagordningen godkändes. Ärende 12 bordläggs till nästa sammanträde."),
])
def test_agenda_item_striking_another_point_stays_handled(title: str, text: str) -> None:
    status, carry = _read(title, text)
    assert status is ItemStatus.HANDLED
    assert ("25", CarryReason.POSTPONED) in carry


@pytest.mark.parametrize(("title", "text"), [
    # not about the agenda: the item itself is put off
    ("Budget 2016", "Ärendet bordläggs till nästa sammanträde, se även ärende 6."),
    # about the agenda, but no other point named: the agenda item itself is put off
    ("Ändring av dagordningen", "Ärendet utgår från dagens sammanträde."),
])
def test_other_items_put_off_read_as_before(title: str, text: str) -> None:
    status, _ = _read(title, text)
    assert status is ItemStatus.POSTPONED
