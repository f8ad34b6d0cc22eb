"""A stored page of one paragraph: its paragraph reference and the site's feed link are no body.

"RSS-länk" / "Mötesärende:https://..." / "Möten:" / "https://..." / "Församlingsrådet i Johannes församling" /
"Protokoll 16.01.2023/Paragraf 8": the words after the minutes' date ("/Paragraf") were taken for the body,
and without them the feed link "RSS-länk" above.

Look-alikes: a body named after the date ("Protokoll 2023-01-16 Församlingsrådet") and a line naming a body with a
paragraph word in it stay candidates.
"""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.text import minutes_from_text

_ITEMS = "\n§ 8 Ordförande för sammanträdena\nFörsamlingsrådet beslöt att vice ordföranden leder mötet.\n"


@pytest.mark.parametrize(
    ("head", "body"),
    [
        (("RSS-länk\nMöten:\nhttps://example.org/rss\nFörsamlingsrådet i Johannes församling\n"
         "Protokoll 16.01.2023/Paragraf 8\n"), "Församlingsrådet i Johannes församling"),
        ("Kyrkorådet i Sankt Olofs församling\nProtokoll 16.01.2023 - § 8\n", "Kyrkorådet i Sankt Olofs församling"),
        # look-alike: the body after the date
        ("Protokoll 2023-01-16 Församlingsrådet\n", "Församlingsrådet"),
    ],
)
def test_paragraph_page_body(head: str, body: str) -> None:
    assert extract_text(minutes_from_text(head + _ITEMS)).meeting.body == body
