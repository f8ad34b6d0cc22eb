"""A stored copy whose page title lost the year and the hours ('... 11 april (20) ... kl Ajournering') while its
download button quotes the first line in full ('Download "... 11 april 2005 1 (20) ... kl 13.30-17.50 ..."'): the
day and the hours the button keeps, not the day the minutes were checked."""

from __future__ import annotations

import pytest

from planner.extract.header import (
    document_parts,
    download_copy_date,
    download_copy_hours,
    download_copy_of_title,
    extract_meeting,
)
from planner.extract.text import minutes_from_text


@pytest.mark.parametrize(("title", "snippet", "day", "start", "end"), [
    ("Kommunstyrelsens arbetsutskott 11 april (20) Plats och tid: Kommunstyrelsens sammanträdesrum kl Ajournering",
     ("Kommunstyrelsens arbetsutskott 11 april 2005 1 (20) Plats och tid: Kommunstyrelsens sammanträdesrum "
     "kl 13.30-17.50 Ajournering 15.00-15."), "2005-04-11", "13:30", "17:50"),
    ("Kommunstyrelsens arbetsutskott 11 april (20) Plats och tid: Kommunstyrelsens sammanträdesrum kl",
     ("Kommunstyrelsens arbetsutskott 11 april 2005 1 (20) Plats och tid: Kommunstyrelsens sammanträdesrum "
     "kl 9.00-11.15"), "2005-04-11", "09:00", "11:15"),
    ("Barn- och utbildningsnämnden 3 mars (12) Plats och tid: Stadshuset kl",
     "Barn- och utbildningsnämnden 3 mars 2005 1 (12) Plats och tid: Stadshuset kl 18.00-20.30",
     "2005-03-03", "18:00", "20:30"),
    # look-alikes: a title that keeps its date; a button quoting some other text; a title of another day
    ("Kommunstyrelsens arbetsutskott 11 april 2005 Plats och tid: Kommunstyrelsens sammanträdesrum",
     "Kommunstyrelsens arbetsutskott 11 april 2005 1 (20) Plats och tid: Kommunstyrelsens sammanträdesrum",
     None, None, None),
    ("Kommunstyrelsens arbetsutskott 11 april (20) Plats och tid: Kommunstyrelsens sammanträdesrum kl Ajournering",
     "Förslag till dagordning 11 april 2005 kl 13.30-17.50", None, None, None),
    ("Kommunstyrelsens arbetsutskott 12 april (20) Plats och tid: Kommunstyrelsens sammanträdesrum kl Ajournering",
     "Kommunstyrelsens arbetsutskott 11 april 2005 1 (20) Plats och tid: Kommunstyrelsens sammanträdesrum",
     None, None, None),
])
def test_download_copy_keeps_lost_figures(title: str, snippet: str, day: str | None, start: str | None,
                                          end: str | None) -> None:
    text = f"{title}\n\nStorlek: px\nStarta visningen från sidan:\n\nDownload \"{snippet}\"\n\nTranskript\n"
    parts = document_parts(minutes_from_text(text))
    copy = download_copy_of_title(parts, len(parts))
    when = download_copy_date(copy, None)
    hours = download_copy_hours(copy)
    assert (when.value if when else None) == day
    assert ((hours[0].value, hours[1].value) if hours else (None, None)) == (start, end)
    if when is not None:
        assert text[when.start: when.end].startswith(day.split("-")[2].lstrip("0"))


def test_docplayer_copy_lost_year_and_hours() -> None:
    title = "Kommunstyrelsens arbetsutskott 11 april (20) Plats och tid: Kommunstyrelsens sammanträdesrum kl Ajournering"
    snippet = ("Kommunstyrelsens arbetsutskott 11 april 2005 1 (20) Plats och tid: Kommunstyrelsens sammanträdesrum "
               "kl 13.30-17.50 Ajournering 15.00-15.")
    text = (f"{title}\n\nStorlek: px\nStarta visningen från sidan:\n\nDownload \"{snippet}\"\n\nTranskript\n\n"
            "1 Kommunstyrelsens arbetsutskott 11 april (20)\nPlats och tid: Kommunstyrelsens sammanträdesrum kl "
            "Ajournering\nBeslutande: Per Gruvberger, ordf Sune Frisk\nJusteringsman: Sune Frisk Justeringens plats "
            "och tid: Kommunstyrelsens kansli 13 april 2005\n\n2 Au 43 Dnr 76/05 Årsredovisning 2004\n")
    meeting = extract_meeting(minutes_from_text(text))[0]
    assert (meeting.date, meeting.start, meeting.end) == ("2005-04-11", "13:30", "17:50")
