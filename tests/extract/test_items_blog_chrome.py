"""A blog page's chrome is never an item: the post's byline ending with its count of comments ("By 17
augusti, 2018 No Comments", "Av admin | 3 kommentarer"), the reply form's label ("Leave a Reply",
"Lämna ett svar") and a document site's "Citation preview".

Look-alikes: titles that open with "Av"/"By" or name comments without a count ("Byte av styrelseledamot",
"Avgifter och kommentarer", "Av föreningens medlemmar kommentarer", "By-laws") stay headings.
"""

from __future__ import annotations

import pytest

from planner.extract.items import _is_excluded_heading, find_headings
from planner.extract.text import minutes_from_text


@pytest.mark.parametrize("title", ["By 17 augusti, 2018 No Comments", "Av admin | 3 kommentarer",
                                   "Av Anna Berg 12 mars 2020 2 Comments", "Leave a Reply", "Lämna ett svar",
                                   "Citation preview", "Inga kommentarer:"])
def test_blog_chrome_is_no_heading(title: str) -> None:
    assert _is_excluded_heading(title)


@pytest.mark.parametrize("title", ["Byte av styrelseledamot", "Avgifter och kommentarer",
                                   "Av föreningens medlemmar kommentarer", "By-laws", "Avtal om kommentarer"])
def test_titles_like_it_stay(title: str) -> None:
    assert not _is_excluded_heading(title)


def test_post_byline_over_bullets_is_no_item() -> None:
    text = ("Allmänt Protokoll styrelsemöte\n\nsammanfattning styrelsemöte 9 augusti, 2018\n\n"
            "By 17 augusti, 2018 No Comments\nSammanfattning av några av de ärenden som avhandlades på styrelsemötet:\n"
            "  • Styrelsen beslutade att amortera på befintliga lån med 2 miljoner kr.\n"
            "  • Styrelsen beslutade om förslag till stadgeändringar till föreningsstämman 2019.\n")
    heads, _ = find_headings(minutes_from_text(text))
    assert "By 17 augusti, 2018 No Comments" not in [h.title for h in heads]
