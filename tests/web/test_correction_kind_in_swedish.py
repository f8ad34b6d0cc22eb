"""A corrected event kind is told in Swedish, in the flash message and in the review page's history.

The bug: the review page's "Typ" select offers "Sista dag", "Milstolpe", ..., but the message after
saving said "händelse, typ: workshop → deadline", and the list of corrections under "Rättelser" said
the same: the stored English values, where every other corrected value (status, yes/no) is in Swedish.
"""

from __future__ import annotations

import re

from .conftest import csrf_token, login


def test_a_corrected_kind_is_shown_in_swedish(client, world):
    login(client)
    review = f"/sekreterare/dokument/{world.document_id}"
    token = csrf_token(client, review)
    r = client.post(f"/sekreterare/ratta/event/{world.event_id}", follow_redirects=True, data={
        "csrf_token": token, "tillbaka": review, "title": "Workshop Information om Yrkes-SM", "kind": "deadline",
        "date": "2020-05-08", "start": "", "end": "", "venue": ""})
    page = r.get_data(as_text=True)
    assert "händelse, typ: Workshop → Sista dag" in page
    history = re.search(r'<h3>Rättelser</h3>(.*?)</ul>', page, flags=re.DOTALL)
    assert history and "typ: Workshop → Sista dag" in history.group(1)
    assert "deadline" not in page.split('id="handelse-')[0]  # nowhere in the messages above the facts
