"""A correction saved from a review page opened before another correction undid that one.

The meeting form sends every field it shows. With the review page open in two tabs (or by two
secretaries), the venue corrected in one and then the start time in the other set the venue back to
what the second page still showed. The form now also sends the values it showed; a field left as
shown is not corrected.
"""

from __future__ import annotations

import html
import re

from planner.store import Meeting

from .conftest import login


def form_fields(page: str, action: str) -> dict[str, str]:
    """Return what a browser submits from the form with `action` (inputs and selected options)."""
    form = page[page.index(f'action="{action}"'):]
    form = form[:form.index("</form>")]
    fields = {name: html.unescape(value) for name, value in
              re.findall(r'<input[^>]*name="([^"]+)"[^>]*value="([^"]*)"', form)}
    for name, options in re.findall(r'<select[^>]*name="([^"]+)"[^>]*>(.*?)</select>', form, re.DOTALL):
        fields[name] = re.search(r'<option value="([^"]*)" selected', options).group(1)
    return fields


def test_stale_review_form_keeps_a_correction_made_since(client, world, db):
    login(client)
    review = f"/sekreterare/dokument/{world.document_id}"
    action = f"/sekreterare/ratta/meeting/{world.next_id}"
    first = form_fields(client.get(review).get_data(as_text=True), action)
    second = dict(first)  # the second tab shows the same

    client.post(action, data={**first, "venue": "Växjö konserthus"})
    r = client.post(action, data={**second, "start": "09:30"}, follow_redirects=True)

    assert "plats" not in r.get_data(as_text=True).split("Rättat:")[-1].split("</p>")[0]
    db.expire_all()
    meeting = db.get(Meeting, world.next_id)
    assert (meeting.venue, meeting.start.strftime("%H:%M")) == ("Växjö konserthus", "09:30")


def test_stale_item_status_form_keeps_a_status_corrected_since(client, world, db):
    """The same for an agenda item's status: its form sent no shown value, so "Spara" in a stale tab,
    the status untouched there, set the old status back."""
    from planner.store import AgendaItem

    login(client)
    review = f"/sekreterare/dokument/{world.document_id}"
    action = f"/sekreterare/ratta/agenda_item/{world.item_id}"
    stale = form_fields(client.get(review).get_data(as_text=True), action)
    assert stale["visat_status"] == stale["status"]
    changed = "handled" if stale["status"] != "handled" else "postponed"
    client.post(action, data={**stale, "status": changed})
    r = client.post(action, data=stale, follow_redirects=True)  # the other tab's "Spara", nothing changed there
    assert "Inget ändrades." in r.get_data(as_text=True)
    db.expire_all()
    assert db.get(AgendaItem, world.item_id).status == changed
