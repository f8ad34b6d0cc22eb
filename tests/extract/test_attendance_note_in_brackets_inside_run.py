"""A note in brackets of lower-case words after a name inside a flattened run ("NÄRVARANDE Ingegerd Oberg ...
Lennart Säfström (kassör) Anders Larsson (V attensamordnare) Örebro kommun Eskilstuna kommun ..."), even with
its first letter split off by a stored copy, is the name's: the run goes on after it, and ends where the
column of organisations begins (planner.extract.attendance). Look-alikes: a run without notes ends as before."""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.attendance import _name_run_end
from planner.extract.text import minutes_from_text


@pytest.mark.parametrize(("text", "end"), [
    ("Lennart Säfström (kassör) Anders Larsson (V attensamordnare) Örebro kommun Eskilstuna kommun",
     "Lennart Säfström (kassör) Anders Larsson (V attensamordnare) "),
    ("Bo Berg (sekreterare) Cia Holm", "Bo Berg (sekreterare) Cia Holm"),
    ("Bo Berg Cia Holm ordförande Dan Lind", "Bo Berg Cia Holm "),
])
def test_run_end(text: str, end: str) -> None:
    assert text[:_name_run_end(text)] == end


def test_flattened_header_with_notes_and_organisations() -> None:
    text = ("Protokoll styrelsemöte 29 maj 2012\n\n1 HJÄLMARENs VATTENVARDSFORBUND Protokoll NÄRVARANDE Ingegerd "
            "Oberg Magnus Arretlod Bert Elisson Leif Skeppstedt Sven-Erik Pettersson Lennart Säfström (kassör) "
            "Anders Larsson (V attensamordnare) Örebro kommun Eskilstuna kommun Arboga kommun Vingåkers kommun LRF "
            "Örebro 1. MÖTETS ÖPPNANDE Ordförande Ingegerd Oberg förklarade mötet öppnat.\n")
    present = [a.name for a in extract_text(minutes_from_text(text)).meeting.present]
    assert present == ["Ingegerd Oberg", "Magnus Arretlod", "Bert Elisson", "Leif Skeppstedt", "Sven-Erik Pettersson",
                       "Lennart Säfström", "Anders Larsson"]
