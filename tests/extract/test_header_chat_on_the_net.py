"""A meeting held in a chat on the net ("Plats för mötet: Chatten på nätet.", "Plats: Nätmöte") is online with no
platform named ("digital") and has no venue. Look-alikes: a physical place whose name holds "nät" ("Fibernätets
kontor"), a named platform."""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.text import minutes_from_text

HEAD = "Protokoll fört vid Svenska Brukarförenings Anhörigas möte\n\n"
TAIL = "\n\nNärvarande: Anna Ek, Bo Berg\n\nMötet öppnades av Agneta som hälsade alla välkomna.\n"

CASES = [
    pytest.param("Plats för mötet: Chatten på nätet. Tid: 2013-06-24 kl 18.00", None, "digital", id="chat-on-the-net"),
    pytest.param("Plats: Föreningens chatt på nätet\nTid: 2013-06-24 kl 18.00", None, "digital", id="associations-chat"),
    pytest.param("Plats: Nätmöte\nTid: 2013-06-24 kl 18.00", None, "digital", id="net-meeting"),
    pytest.param("Plats: Chattmöte via föreningens forum\nTid: 2013-06-24 kl 18.00", None, "digital", id="chat-meeting"),
    # look-alikes: a physical place, a named platform
    pytest.param("Plats: Fibernätets kontor, Storgatan 3\nTid: 2013-06-24 kl 18.00", "Fibernätets kontor, Storgatan 3",
                 None, id="place-with-nat"),
    pytest.param("Plats: Zoom\nTid: 2013-06-24 kl 18.00", None, "Zoom", id="platform"),
]


@pytest.mark.parametrize(("lines", "venue", "online"), CASES)
def test_chat_on_the_net_is_online(lines: str, venue: str | None, online: str | None) -> None:
    meeting = extract_text(minutes_from_text(HEAD + lines + TAIL)).meeting
    assert (meeting.venue, meeting.online) == (venue, online)
