"""A table of contents' dot leader and page number after an entry's title are no part of the title.

"§ 199 Upprop ...4", "§ 202 Val av justerande samt bestämmande av tid och plats för protokollets justering ...7":
the entry's title is "Upprop"; with the leader left on it, the same paragraph's heading in the minutes ("§ 200
Fastställande av föredragningslistan" above the contents) read as another entry of the same number.

Look-alikes: a title that ends in a year, a property's number or an abbreviation and a figure keeps them.
"""

from __future__ import annotations

import pytest

from planner.extract.items import _clean_title, find_headings
from planner.extract.text import minutes_from_text


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Upprop ...4", "Upprop"),
        ("Val av justerande samt bestämmande av tid och plats för protokollets justering ...7",
         "Val av justerande samt bestämmande av tid och plats för protokollets justering"),
        ("Anmälan om jäv .... 6", "Anmälan om jäv"),
        ("Budget 2015........12", "Budget 2015"),
        ("Information från polisen ... 3", "Information från polisen"),
        # look-alikes
        ("Budget 2015", "Budget 2015"),
        ("Tillbyggnad på fastigheten Norrby 12", "Tillbyggnad på fastigheten Norrby 12"),
        ("Val av revisorer m.m. 2", "Val av revisorer m.m. 2"),
        ("Verksamhetsplan 2019-2021... 2021", "Verksamhetsplan 2019-2021... 2021"),
    ],
)
def test_dot_leader_after_title(text: str, title: str) -> None:
    assert _clean_title(text) == title


def test_contents_under_a_page_title() -> None:
    text = ("Kommunstyrelsen 2021-10-26\n\n§ 200 Fastställande av föredragningslistan\n\nInnehållsförteckning\n\n"
            "Ärende Sida\n\n§ 199 Upprop ...4\n\n§ 200 Fastställande av föredragningslistan ...5\n\n"
            "§ 201 Anmälan om jäv ...6\n\n§ 202 Val av justerande ...7\n")
    heads, _ = find_headings(minutes_from_text(text))
    assert [(h.number, h.title) for h in heads] == [
        ("199", "Upprop"), ("200", "Fastställande av föredragningslistan"), ("201", "Anmälan om jäv"),
        ("202", "Val av justerande")]
