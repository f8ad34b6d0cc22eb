"""A sentence in the head saying whose minutes these are names the body ("Det här är ett protokoll för
Wikimedia Sverige. Vid frågor kontakta ..."), over a list's line read below it; look-alikes: no capitalised
name, a sentence that does not speak of these minutes."""

from __future__ import annotations

import pytest

from planner.extract.header import extract_meeting
from planner.extract.text import minutes_from_text

WIKI = """Mötesprotokoll/Protokoll 2016-09-26
Från Wikimedia
Hoppa till navigering Hoppa till sök
{sentence}
Justerat:
Ordförande Historiker (diskussion) 26 september 2016 kl. 22.22 (CEST)[svara]
Justeringsman Boberger (diskussion) 26 september 2016 kl. 22.10 (CEST)[svara]

1. Mötets öppnande
"""


def body_of(sentence: str) -> str | None:
    return extract_meeting(minutes_from_text(WIKI.format(sentence=sentence)))[0].body


@pytest.mark.parametrize(("sentence", "body"), [
    ("Det här är ett protokoll för Wikimedia Sverige. Vid frågor kontakta Mattias Blomgren.", "Wikimedia Sverige"),
    ("Detta är minnesanteckningar från Kulturrådet, skrivna av sekreteraren.", "Kulturrådet"),
])
def test_body_stated_in_head(sentence: str, body: str) -> None:
    assert body_of(sentence) == body


@pytest.mark.parametrize(("sentence", "name"), [
    ("Det här är ett protokoll för styrelsemötet. Vid frågor kontakta Mattias Blomgren.", "styrelsemötet"),
    ("Här finns protokoll för Wikimedia Sverige. Vid frågor kontakta Mattias Blomgren.", "Wikimedia Sverige"),
])
def test_no_body_stated(sentence: str, name: str) -> None:
    assert body_of(sentence) != name
