"""The minutes' first line naming a meeting and its date ("Styrelsemöte 220515", "Protokoll årsmöte
2022-05-15", "Möte 1/11") dates the minutes' own meeting: never a later event, whatever day the head
took for the meeting. A first line that names the next meeting or a list of meetings, a title line
further down, or a first line with more than a title on it, is read as before."""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.events import _MEETING_TITLE_LINE
from planner.extract.text import minutes_from_text


@pytest.mark.parametrize("rest", [
    "Styrelsemöte ", "Protokoll årsmöte ", "Möte ", "PROTOKOLL STYRELSEMÖTET ", "Minnesanteckningar från styrelsemötet den ",
    "Styrelsemöte  ", "**Medlemsmöte** ", "Protokoll fört vid styrelsemöte ",
])
def test_title_line_remainders(rest: str) -> None:
    assert _MEETING_TITLE_LINE.fullmatch(rest)


@pytest.mark.parametrize("rest", [
    "Nästa möte ",  # the next meeting, not the title (next_cue is checked too)
    "Styrelsemöte kl 18 i klubbstugan, ",
    "Inbjudan till föreläsning ",
    "Styrelsemöte. Vi ses ",
])
def test_not_title_line_remainders(rest: str) -> None:
    assert not _MEETING_TITLE_LINE.fullmatch(rest)


def events_of(text: str) -> list[str | None]:
    return [e.date for e in extract_text(minutes_from_text(text)).events]


def test_title_date_is_no_later_event_when_the_head_reads_an_earlier_day() -> None:
    # The head takes the constituting meeting's day for this one: the title's day is still no event.
    text = ("Styrelsemöte 220515\n\n \n\nProtokoll fört vid styrelsemöte med Fryksås Fäbodlag Samfällighetsförening"
            " söndagen den 15 maj kl 15.00 via Teams\n\nNärvarande styrelseledamöter:\nÅke Strandberg, Carin Nises,"
            " Frida Grund.\n\nFrånvarande:\nEwa Lovar Gerdsdotter.\n\n  • 1 Mötet öppnas\n\nCarin Nises ordförande"
            " hälsar alla välkomna och öppnar mötet.\n\n  • 2 Föregående protokoll\n\nGenomgång av föregående protokoll,"
            " 2022-03-20 samt konstituerande möte 2022-04-17 som godkänns av styrelsen.\n\n"
            "Nästa möte söndagen 7 augusti kl 15.00.\n")
    assert events_of(text) == ["2022-08-07"]


def test_a_title_line_lower_down_is_read_as_before() -> None:
    text = ("Protokoll styrelsemöte 2022-04-17\n\nNärvarande: Åke Strandberg, Carin Nises.\n\n"
            "§ 1. Mötet öppnas.\n\n§ 2. Kommande möten:\n\nStyrelsemöte 2022-05-15\n\nStyrelsemöte 2022-06-12\n")
    assert events_of(text) == ["2022-05-15", "2022-06-12"]
