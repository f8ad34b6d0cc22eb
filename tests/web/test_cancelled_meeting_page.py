"""A cancelled meeting's page still offered its draft agenda ("Förslag till dagordning ... Sekreteraren
fastställer dagordningen") as if the meeting would be held: it says where the carried items go instead."""

from __future__ import annotations

from planner.store import Meeting


def test_cancelled_meeting_shows_no_draft_agenda(client, db, world):
    before = client.get(f"/mote/{world.next_id}").get_data(as_text=True)
    assert "Förslag till dagordning" in before and "Information om Yrkes-SM" in before
    db.get(Meeting, world.next_id).status = "cancelled"
    db.commit()
    page = client.get(f"/mote/{world.next_id}").get_data(as_text=True)
    assert "Mötet är inställt." in page
    assert "Förslag till dagordning" not in page and "Sekreteraren fastställer" not in page
    assert "Punkter som förts vidare kommer med i förslaget till dagordning för" in page
    assert "Information om Yrkes-SM" not in page
    # the held meeting's own items, from its minutes, stay on its page
    held = client.get(f"/mote/{world.held_id}").get_data(as_text=True)
    assert "Punkter enligt mötesanteckningarna" in held
