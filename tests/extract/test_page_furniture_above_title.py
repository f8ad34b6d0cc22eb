"""A stored web page keeps its furniture as lines of their own above the minutes' title: an image's label
("Bakgrundsbild", "Lagbanner", "banner"), the site's bare domain name ("faltbiologerna.se") or a Finnish feed link
("RSS-linkki" over a Finland-Swedish parish's page). Before, the first such line was read as the body's name.

`header.is_page_furniture` tells the one-word lines; the feed link joins `FEED_LINK_LINES`. Look-alikes: a
body's one-word name ("Kulturnämnden", "Byalaget"), a name with a dot that is no domain ("Ek. förening"),
several words ("Bild och form").
"""

from __future__ import annotations

import pytest

from planner.extract.header import extract_meeting, is_page_furniture
from planner.extract.text import minutes_from_text


@pytest.mark.parametrize(
    ("line", "furniture"),
    [
        # real lines
        ("Bakgrundsbild", True),
        ("Lagbanner", True),
        ("banner ", True),
        ("faltbiologerna.se", True),
        ("klostergardens-byalag.se", True),
        ("Toppbild", True),
        # look-alikes
        ("Kulturnämnden", False),
        ("Byalaget", False),
        ("Bild och form", False),
        ("Ek. förening", False),
        ("Styrelsen.", False),
        ("Fältbiologerna", False),
        ("", False),
    ],
)
def test_is_page_furniture(line: str, furniture: bool) -> None:
    assert is_page_furniture(line) is furniture


@pytest.mark.parametrize(
    ("head", "body"),
    [
        # real heads
        (("RSS-linkki\nKokousasiat:https://example.fi/cgi/DREQUEST.PHP?page=rss/meetingitems\nFörsamlingsrådet\n"
          "Pöytäkirja 09.12.2025/Pykälä 104\n"), "Församlingsrådet"),
        (("Till Riksförbundet\nGå till distrikt\nBakgrundsbild\n\nMöten\n\n \n\nStyrelsemöten\n\n"
          "Vid styrelsemötet den 14 maj 2018 beslutades bland annat följande:\n"), None),
        ("banner \n\nPROTOKOLL\n\nFört vid Karolinska Konstföreningens styrelsemöte den 23 oktober 2017\n",
         "Karolinska Konstföreningens styrelse"),
        # look-alike: a body's one-word name above the date stays the body
        ("Kulturnämnden\n\nProtokoll 2018-05-14\n", "Kulturnämnden"),
    ],
)
def test_no_body_from_page_furniture(head: str, body: str | None) -> None:
    meeting, _ = extract_meeting(minutes_from_text(head + "\nNärvarande: Anna Ek, Bo Berg\n\n§ 1 Mötets öppnande\n"))
    assert meeting.body == body
