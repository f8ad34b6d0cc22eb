"""A stored web page's frame above the minutes: the site's skip link in any of its wordings ("Gå direkt till
huvudinnehållet", "Hoppa till innehåll", "Till sidans innehåll", "Hoppa över navigeringen", "Skip to main content"),
its cookie banner, the page's "updated" stamp, a document site's counters and its buttons ("Läs här", "Dela på",
"Lyssna på sidan"): never the body's name, the title below names it. Look-alikes: a body whose name opens as a link
does ("Tillgänglighetsrådet"), a menu link to a body ("Till kommunstyrelsen" is a link, but the rule for skip links
leaves it alone), a sentence that only holds one of the words."""

from __future__ import annotations

import pytest

from planner.extract.header import _is_boilerplate, extract_meeting
from planner.extract.text import minutes_from_text


def _body(text: str) -> str | None:
    return extract_meeting(minutes_from_text(text))[0].body


_BELOW = "\n\nRegionfullmäktige 13 april 2021\n\nTid: Tisdag 13 april kl 09:30\n\nPlats: Regionens hus\n\n1. Mötets öppnande\n"


@pytest.mark.parametrize(
    "frame",
    [
        "Gå direkt till huvudinnehållet",
        "Hoppa till innehållet",
        "Till innehåll",
        "Gå till huvudinnehåll",
        "Till sidans innehåll",
        "Hoppa över navigeringen",
        "Skip to main content",
        "Gå till sökfältet",
        "Vi använder kakor",
        "Acceptera alla cookies",
        "Sidan uppdaterades 2 december 2021",
        "Senast uppdaterad: 2019-05-03",
        "Views: 24 Pages: 6",
        "Läs här",
        "Dela till Facebook Dela till Twitter",
        "Lyssna på sidan",
    ],
)
def test_site_frame_is_no_body(frame: str) -> None:
    assert _is_boilerplate(frame)
    assert _body(frame + _BELOW) == "Regionfullmäktige"


@pytest.mark.parametrize(
    "line",
    [
        "Tillgänglighetsrådet",
        "Till kommunstyrelsen",
        "Gå till beslut",
        "Styrelsen uppdaterade stadgarna 2019",
        "Övergripande innehåll",
        "Kakbakning i föreningen",
        "Pensionärsrådet 24 sidor",
    ],
)
def test_look_alikes_are_kept(line: str) -> None:
    assert not _is_boilerplate(line)
