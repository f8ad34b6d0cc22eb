"""The review page said when a carried item comes back in the contract's English: "next".

Its "Förs vidare" list printed `CarryItem.when` as stored ("next", "2018-03"); it now reads
"till nästa möte", "till mars 2018".
"""

from __future__ import annotations

import pytest

from planner.store import CarryItem
from planner.swedish import format_target_sv

from .conftest import login


@pytest.mark.parametrize(("when", "text"), [
    ("next", "till nästa möte"),
    ("2018-03", "till mars 2018"),
    ("2020-05-08", "till 8 maj 2020"),
    (None, ""),
    ("2020-13", "2020-13"),
])
def test_format_target_sv(when, text):
    assert format_target_sv(when) == text


def test_review_page_says_when_in_swedish(client, world, db):
    db.get(CarryItem, world.carry_id).when = "next"
    db.commit()
    login(client)
    page = client.get(f"/sekreterare/dokument/{world.document_id}").get_data(as_text=True)
    assert '<span class="muted">till nästa möte</span>' in page
    assert ">next<" not in page
