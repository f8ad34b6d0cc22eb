"""A postal address line above the title is no body.

"c/o Vetenskapernas hus, Kyrkogatan 6, 00170 Helsingfors" / "Vårmöte 2002" / "Vårmöte 2002 PROTOKOLL": a site's
address line opened the page and was taken for the body.

Look-alikes: a title with a date, a body's name with a number ("Vår Bygd 1891") and a body line with a comma
are no address.
"""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.header import is_postal_address_line
from planner.extract.text import minutes_from_text


@pytest.mark.parametrize(
    ("line", "address"),
    [
        ("c/o Vetenskapernas hus, Kyrkogatan 6, 00170 Helsingfors", True),
        ("Box 123, 581 02 Linköping", True),
        ("Storgatan 3, 123 45 Lilla Edet", True),
        # look-alikes
        ("Vårmöte 2002 PROTOKOLL", False),
        ("Vår Bygd 1891", False),
        ("Styrelsemöte 2019-05-12, Stockholm", False),
        ("Kommunstyrelsen, Arbetsutskottet", False),
    ],
)
def test_postal_address_line(line: str, address: bool) -> None:
    assert is_postal_address_line(line) == address


def test_body_not_from_address_line() -> None:
    doc = minutes_from_text("c/o Vetenskapernas hus, Kyrkogatan 6, 00170 Helsingfors\n\nVårmöte 2002\n\n"
                            "Vårmöte 2002 PROTOKOLL\n\nTid:   Onsdag 20.3.2002 kl. 17.00\n\n§ 1.     Mötet öppnas\n"
                            "Ordföranden öppnade mötet.\n\n§ 2.     Val av justerare\nAnna valdes.\n")
    assert extract_text(doc).meeting.body == "Vårmöte"
