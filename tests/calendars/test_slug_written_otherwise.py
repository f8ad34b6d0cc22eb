"""A calendar's address typed or copied another way (capitals, spaces, å/ä/ö) leads to the calendar.

Slugs are lower-case ASCII; "/kalender/organisation/Region-Kronoberg.ics" or "/kalender/Kommunalt forum"
found no calendar (404). They now answer with a permanent redirect to the slug's own address, keeping the
query, so a calendar client stores the right URL; a name that is no calendar still gets the Swedish 404.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("path", "target"), [
    ("/kalender/organ/Kommunalt-Forum.ics", "/kalender/organ/kommunalt-forum.ics"),
    ("/kalender/organ/kommunalt forum.ics", "/kalender/organ/kommunalt-forum.ics"),
    ("/kalender/organisation/Region-Kronoberg.ics", "/kalender/organisation/region-kronoberg.ics"),
    ("/kalender/organisation/Region Kronoberg", "/kalender/organisation/region-kronoberg"),
    ("/kalender/KOMMUNALT-FORUM.ics", "/kalender/kommunalt-forum.ics"),
    ("/kalender/Lessebo kommun", "/kalender/lessebo-kommun"),
    ("/kalender/organisation/Växjö-kommun.ics", "/kalender/organisation/vaxjo-kommun.ics"),
])
def test_slug_written_otherwise_redirects_to_its_own_address(client, forum, path, target):
    response = client.get(path)
    assert response.status_code == 301
    assert response.headers["Location"] == target


def test_redirect_keeps_the_query_and_reaches_the_feed(client, forum):
    response = client.get("/kalender/organ/Kommunalt-Forum.ics?fran=2020-01-01")
    assert response.status_code == 301
    assert response.headers["Location"] == "/kalender/organ/kommunalt-forum.ics?fran=2020-01-01"
    followed = client.get("/kalender/organ/Kommunalt-Forum.ics", follow_redirects=True)
    assert followed.status_code == 200
    assert followed.data == client.get("/kalender/organ/kommunalt-forum.ics").data


def test_own_address_and_unknown_names_are_not_redirected(client, forum):
    assert client.get("/kalender/organ/kommunalt-forum.ics").status_code == 200
    unknown = client.get("/kalender/organ/Inget-Organ.ics", follow_redirects=True)
    assert unknown.status_code == 404
    assert "Det finns ingen kalender som heter ”organ/inget-organ”" in unknown.get_data(as_text=True)
    # a name with no letters or digits has no slug: no redirect loop, a 404
    assert client.get("/kalender/organ/---.ics").status_code == 404
