"""The main menu marks the page one is on (aria-current="page"), and the list of calendars does not
say "Alla forum (alla forum)".

A screen reader user could not tell which of the menu's pages was open (no mark but the heading),
and the feed list repeated the kind of the all-forums calendar after its name.
"""

from __future__ import annotations

import re

import pytest


@pytest.mark.parametrize(("url", "label"), [
    ("/", "Organ"),
    ("/manad/2020/5", "Månadsvy"),
    ("/kalender/", "Kalendrar"),
    ("/prenumerera", "Prenumerera"),
])
def test_menu_marks_the_current_page_only(client, world, url, label):
    page = client.get(url).get_data(as_text=True)
    menu = re.search(r'<nav aria-label="Huvudmeny">(.*?)</nav>', page, re.DOTALL)
    assert menu is not None
    marked = re.findall(r'<a [^>]*aria-current="page"[^>]*>([^<]+)</a>', menu.group(1))
    assert marked == [label]


def test_calendar_list_names_the_all_forums_feed_once(client, world):
    page = client.get("/kalender/").get_data(as_text=True)
    assert "Alla forum" in page and "(alla forum)" not in page
    assert "(organ)" in page  # the body's feed still says what it is
