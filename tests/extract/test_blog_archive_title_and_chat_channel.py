"""An association's blog page: a one-word archive title over the post ("Etikettarkiv: 2008", "Kategoriarkiv:
Protokoll", "Månadsarkiv: april 2008") names no body, and a place that is a chat channel ("Plats: #kvastskaft på
Wotnet", "Plats: IRC, #styrelsen") or a chat service ("på Slack") says the meeting was held online, with no venue.
Look-alikes: a body whose name ends in "arkiv" ("Regionarkivet"), a street number with "#" after a word, a place with a
hashtag inside its text.
"""

from __future__ import annotations

import pytest

from planner.extract import extract_text, minutes_from_text

_ITEMS = "\n\n1. Mötets öppnande\nMötet öppnades kl. 20:04.\n\n2. Närvarande:\n\n • Admanta\n • Safir\n"

CASES = [
    # (text, body, venue, online)
    ("Etikettarkiv: 2008\n\nStyrelsemöte 2008-04-09\n\nPlats: #kvastskaft på Wotnet\nDatum: 2008-04-09" + _ITEMS,
     "Styrelsen", None, "IRC"),
    ("Kategoriarkiv: Protokoll\n\nStyrelsemöte 2010-05-02\n\nPlats: Föreningslokalen, Storgatan 3" + _ITEMS,
     "Styrelsen", "Föreningslokalen, Storgatan 3", None),
    ("Månadsarkiv: april 2008\n\nStyrelsemöte 2008-04-09\n\nPlats: IRC, #styrelsen" + _ITEMS, "Styrelsen", None,
     "IRC"),
    ("Styrelsemöte 2019-11-03\n\nPlats: #styrelsen (Quakenet)" + _ITEMS, "Styrelsen", None, "IRC"),
    ("Styrelsemöte 2019-11-03\n\nPlats: Slack" + _ITEMS, "Styrelsen", None, "Slack"),
    # look-alikes
    ("Regionarkivet\n\nProtokoll 2019-11-03\n\nPlats: Arkivgatan 2, Göteborg" + _ITEMS, "Regionarkivet",
     "Arkivgatan 2, Göteborg", None),
    ("Styrelsemöte 2019-11-03\n\nPlats: Klubbstugan, Stora vägen #4" + _ITEMS, "Styrelsen", "Klubbstugan, Stora vägen #4",
     None),
]


@pytest.mark.parametrize(("text", "body", "venue", "online"), CASES)
def test_blog_archive_title_and_chat_channel(text: str, body: str | None, venue: str | None, online: str | None) -> None:
    m = extract_text(minutes_from_text(text)).meeting
    assert (m.body, m.venue, m.online) == (body, venue, online)
