"""The next meeting's own papers sent "till nästa möte" bring nothing of the item back (planner.extract.items).

Minutes close with practical notes: "Handlingar till nästa möte skickas ut en vecka innan",
"Kallelse och dagordning till kommande möte mailas ut av sekreteraren", "Anna bokar lokal till
nästa möte". The word right before "till nästa" names the meeting's papers or room, not a matter;
the item stays handled and nothing is carried. Look-alikes: a matter or its proposal for the next
meeting ("Förslaget till nästa möte skickas ut i förväg", "tar fram handlingar i ärendet till nästa
möte", "Frågan sätts upp på dagordningen till nästa möte") still comes back.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from planner.extract import extract_minutes
from planner.extract.items import classify
from planner.extract.model import ItemStatus

MARCH_2021 = date(2021, 3, 10)


@pytest.mark.parametrize("sentence", [
    "Handlingar till nästa möte skickas ut en vecka innan.",
    "Kallelse till nästa sammanträde skickas ut två veckor innan.",
    "Kallelse och dagordning till kommande möte mailas ut av sekreteraren.",
    "Anna bokar lokal till nästa möte.",
    "Olle ordnar fika till nästa möte.",
])
def test_papers_of_the_next_meeting_are_no_return(sentence: str) -> None:
    assert classify(sentence, MARCH_2021) is None


@pytest.mark.parametrize("sentence", [
    "Frågan tas upp till nästa möte.",
    "Kassören tar fram handlingar i ärendet till nästa möte.",
    "Förslaget till nästa möte skickas ut i förväg.",
    # the matter put on the next meeting's agenda: the paper noun after "på"
    "Frågan sätts upp på dagordningen till nästa möte.",
    "Trafiksäkerhet på dagordningen till nästa möte.",
    "Frågan tas med på dagordningen till nästa möte.",
])
def test_matter_for_the_next_meeting_still_returns(sentence: str) -> None:
    f = classify(sentence, MARCH_2021)
    assert f is not None and (f.status, f.when) == (ItemStatus.RETURNS, "next")


_MINUTES = """Protokoll styrelsen 2021-03-10

Närvarande: Anna Berg, Olle Holm, Sara Lind

1. Mötet öppnas

2. Ekonomi
Kassören redovisar läget. Handlingar till nästa möte skickas ut en vecka innan.

3. Nästa möte
Nästa möte hålls den 14 april. Kallelse till nästa sammanträde skickas ut två veckor innan.

4. Mötet avslutas
"""


def test_practical_notes_carry_nothing(tmp_path: Path) -> None:
    path = tmp_path / "styrelse.txt"
    path.write_text(_MINUTES, encoding="utf-8")
    out = extract_minutes(path).to_json()
    assert all(i["status"] == "handled" for i in out["items"])
    assert out["carry"] == []
