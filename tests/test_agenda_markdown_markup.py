"""The Markdown agenda keeps titles, notes and facts as text when a Markdown reader renders it.

The bug: titles went into the .md export as they were, so a title typed into the agenda editor
("Öland & Skåne <b>", "# Budget", "2021. Verksamhetsplan", "__init__-fil") became markup in
any Markdown reader: a stray <b> made the rest of the agenda bold, "#" a heading inside the point,
"2021." a second numbered list inside it, and underscores or asterisks emphasis.
"""

from __future__ import annotations

import pytest
from bs4 import BeautifulSoup
from markdown_it import MarkdownIt

from planner.agenda import AgendaEntry, render_agenda
from tests.test_agenda import agenda

TITLES = [
    "Årsöversikt för äldreomsorg – Öland & Skåne <b>",
    "# Budget",
    "2021. Verksamhetsplan",
    "3) Ekonomi",
    "- Val av ordförande",
    "+ Tillägg",
    "> Citat",
    "Kostnad 5 * 3 * 4 och *viktigt*",
    "Filen __init__ och a_b_c",
    "[Länk](https://example.se) och ![bild](x.png)",
    "&copy; Upphovsrätt &amp; avgift &#65;",
    "`kod` och ~~struket~~",
    "Sista tecknet \\",
    "<script>alert(1)</script>",
    "Information om Yrkes-SM",
]


def rendered(text: str) -> BeautifulSoup:
    return BeautifulSoup(MarkdownIt("commonmark").enable("strikethrough").render(text), "html.parser")


@pytest.mark.parametrize("title", TITLES)
def test_a_title_is_one_point_of_plain_text(title):
    entries = (AgendaEntry(1, title, "carried", f"Bordlades 2020-03-06, punkt *{title[:8]}*", carry_id=1),
               AgendaEntry(2, "Övrigt", "closing"))
    text = render_agenda(agenda(entries=entries, venue=f"Plats {title}", theme=title), "md")
    assert isinstance(text, str)
    page = rendered(text)
    points = page.select("ol > li")
    assert len(points) == 2, text
    first = points[0]
    assert first.find_all(True) == [first.em], text  # no markup but the note's emphasis
    assert first.contents[0].strip() == title
    assert first.em.get_text() == f"Bordlades 2020-03-06, punkt *{title[:8]}*"
    facts = page.find_all("p")[1].get_text()  # under the heading and the draft's line
    assert f"Plats: Plats {title}\n" in facts and f"Tema: {title}" in facts
    assert not page.find_all(["b", "script", "a", "img", "code", "del", "h2"])


def test_plain_titles_are_written_as_they_are():
    text = render_agenda(agenda(), "md")
    assert "2. Gemensamma medel för samverkan vid utskrivning: beslut" in text.splitlines()
    assert "**Plats:** Videum Science Park, Framtidsvägen, Växjö  " in text.splitlines()


def test_a_body_name_with_markup_is_the_heading():
    text = render_agenda(agenda(body="Forum_för *samverkan* <i>"), "md")
    assert isinstance(text, str)
    assert rendered(text).h1.get_text() == "Dagordning – Forum_för *samverkan* <i>, workshop fredag 8 maj 2020"
