"""An attendee's name or a title of invisible characters only is refused, as a blank one is.

The bug: POST /api/v1/meetings/<id>/attendance with the name "\\u200b" (a zero-width space; also
a soft hyphen or a word joiner) passed the "not blank" check, since none of them is white space:
the meeting got an attendee that its page, the API and the agenda showed as nothing, stored as a
correction that every later ingest of the minutes applied again. PATCH of an event's or an item's
title took such a title as well, and the feeds showed an event without a SUMMARY one could see.
"""

from __future__ import annotations

import pytest

from tests.api.conftest import bearer


@pytest.mark.parametrize("name", ["\u200b", "\u00ad", "\u2060 \ufeff", " \u200b\u200c "])
def test_invisible_names_are_refused(client, rows, tokens, name):
    url = f"/api/v1/meetings/{rows.held}"
    before = client.get(url).get_json()["attendance"]
    added = client.post(f"{url}/attendance", json={"name": name}, headers=bearer(tokens.admin))
    assert added.status_code == 422
    assert added.get_json()["detail"] == "Namnet måste fyllas i."
    [mikael] = before
    renamed = client.patch(f"{url}/attendance/{mikael['id']}", json={"name": name}, headers=bearer(tokens.admin))
    assert renamed.status_code == 422
    assert client.get(url).get_json()["attendance"] == before


def test_a_name_with_a_zero_width_character_inside_is_a_name(client, rows, tokens):
    added = client.post(f"/api/v1/meetings/{rows.held}/attendance", json={"name": "Eva\u200bEk"},
                        headers=bearer(tokens.admin))
    assert added.status_code == 201


@pytest.mark.parametrize("title", ["\u200b", "\u00ad\u2060"])
def test_invisible_titles_are_refused(client, rows, tokens, title):
    """The same for an event's or an agenda item's title: the feed's SUMMARY would show nothing."""
    for url in (f"/api/v1/events/{rows.event}", f"/api/v1/items/{rows.item}"):
        before = client.get(url).get_json()
        response = client.patch(url, json={"title": title}, headers=bearer(tokens.admin))
        assert response.status_code == 422, url
        assert response.get_json()["detail"] == "Rubriken måste fyllas i."
        assert client.get(url).get_json() == before
