"""An agenda editor page that no longer showed the stored agenda changed another line than the one clicked.

Each button of the editor names its line by place (`rad`). With the agenda open in two tabs, removing
"Ett" in one and then "Två" in the other removed "Tre" (the line now at Två's old place); a double click
on "Flytta upp" moved a line twice, and the back button replayed an action on a changed agenda. Each
form now sends the version of the lines it showed; an action on another version changes nothing and
says so.
"""

from __future__ import annotations

import re

from .conftest import csrf_token, login


def titles(page: str) -> list[str]:
    return re.findall(r'<span class="title">([^<]*)</span>', page)


def version(page: str) -> str:
    match = re.search(r'name="version" value="([0-9a-f]+)"', page)
    assert match, "no version in the editor's forms"
    return match.group(1)


def test_action_from_a_stale_tab_changes_nothing(client, world):
    login(client)
    url = f"/sekreterare/dagordning/{world.next_id}"
    token = csrf_token(client, url)
    for title in ("Ett", "Två", "Tre"):
        client.post(url, data={"csrf_token": token, "atgard": "add", "rubrik": title,
                               "version": version(client.get(url).get_data(as_text=True))})
    stale = client.get(url).get_data(as_text=True)  # the second tab
    lines = titles(stale)
    assert lines[-3:] == ["Ett", "Två", "Tre"]

    client.post(url, data={"csrf_token": token, "atgard": "remove", "rad": str(lines.index("Ett")),
                           "version": version(stale)})  # the first tab
    r = client.post(url, data={"csrf_token": token, "atgard": "remove", "rad": str(lines.index("Två")),
                               "version": version(stale)}, follow_redirects=True)
    page = r.get_data(as_text=True)
    assert titles(page)[-2:] == ["Två", "Tre"]  # Tre was removed before
    assert "Dagordningen har ändrats sedan sidan visades" in page

    # the page shown now acts on what it shows
    r = client.post(url, data={"csrf_token": token, "atgard": "remove", "rad": str(titles(page).index("Två")),
                               "version": version(page)}, follow_redirects=True)
    assert titles(r.get_data(as_text=True))[-1:] == ["Tre"]


def test_double_click_moves_a_line_once(client, world):
    login(client)
    url = f"/sekreterare/dagordning/{world.next_id}"
    token = csrf_token(client, url)
    client.post(url, data={"csrf_token": token, "atgard": "add", "rubrik": "Budget 2021"})
    page = client.get(url).get_data(as_text=True)
    before = titles(page)
    at = before.index("Budget 2021")
    for _ in range(2):
        client.post(url, data={"csrf_token": token, "atgard": "up", "rad": str(at), "version": version(page)})
    after = titles(client.get(url).get_data(as_text=True))
    assert after.index("Budget 2021") == at - 1
