"""A site's page named by one word ending in "sida" stands above the minutes' title: "Styrelsesida",
"Startsida", "Medlemssidan". It names the page, not the body. Look-alikes: a two-word name ("Norra sidan
samfällighet"), a body's one-word name with another ending ("Styrelsen")."""

from __future__ import annotations

import pytest

from planner.extract.header import extract_meeting
from planner.extract.text import minutes_from_text


def _body(text: str) -> str | None:
    return extract_meeting(minutes_from_text(text))[0].body


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (("Styrelsesida\n\n \n\nSPF Seniorerna Protokoll Styrelsemöte Fellingsbro Olofsborg 24-04-23\n\n Närvarande: "
         "Håkan Ahlgren, Bernt Larsson.\n\n § 1 Mötets öppnande\n"),
         "SPF Seniorerna Protokoll Styrelsemöte Fellingsbro Olofsborg"),
        ("Medlemssidan\n\nProtokoll Kulturnämnden 2022-05-02\n\nNärvarande: Anna Ek\n", "Kulturnämnden"),
        # look-alikes
        ("Norra sidan samfällighet\n\nProtokoll 2022-05-02\n\nNärvarande: Anna Ek\n", "Norra sidan samfällighet"),
    ],
)
def test_site_page_name_is_no_body(text: str, body: str) -> None:
    assert _body(text) == body
