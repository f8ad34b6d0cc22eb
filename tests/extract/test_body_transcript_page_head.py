"""A stored copy's page title is a snippet the site took from the text; where it names no body (a place, a list of
names), the transcript's first page head names it after the record word and the page counter."""
from pathlib import Path

import pytest

from planner.extract import extract_minutes

_FRAME = '\n\nStorlek: px\nStarta visningen från sidan:\n\nDownload "{title}"\n\nTranskript\n\n'
_TEXT = "\n\n§ 1 Mötets öppnande\nOrdföranden öppnade mötet.\n"

CASES = [
    # (page title, first page of the transcript, body)
    ("Spiran Sikeå Konferens & Logi",
     ("1 Bjurholm Nordmaling Robertsfors Umeå MINNESANTECKNINGAR 1(8) Regionrådet Dag Tid Plats ande Spiran Sikeå "
      "Konferens & Logi 2014-03-14 Ingemar Nyman, Bjurholms kommun"), "Regionrådet"),
    ("Stadshuset, sessionssalen",
     "1 PROTOKOLL 1 (12) Barn- och utbildningsnämnden Sammanträdesdatum 2019-03-12 Plats och tid Stadshuset",
     "Barn- och utbildningsnämnden"),
    ("Ingemar Nyman, Dagmar Schröder, Patrik Nilsson",
     "1 Protokoll Sida 1 (4) Styrgruppen för folkhälsa 2019-03-12 Närvarande Ingemar Nyman", "Styrgruppen för folkhälsa"),
    ("Konferensrum Tallen kl 09.00",
     "1 MINNESANTECKNINGAR 1(3) Kommunchefsgruppen Dag 2019-03-12 Tid 09.00", "Kommunchefsgruppen"),
    ("Hotell Borgholm, Öland",
     "1 SAMMANTRÄDESPROTOKOLL 1 (20) Kommunstyrelsens arbetsutskott 2019-03-12 Plats Hotell Borgholm",
     "Kommunstyrelsens arbetsutskott"),
    # look-alikes: a page title that names the body; a head with no body after its counter
    ("Kulturnämnden", "1 PROTOKOLL 1 (12) Kulturnämnden 2019-03-12 Plats och tid Stadshuset", "Kulturnämnden"),
    ("Socialnämndens arbetsutskott",
     "1 PROTOKOLL 1 (12) Barn- och utbildningsnämnden 2019-03-12 Plats och tid Stadshuset",
     "Socialnämndens arbetsutskott"),
    ("Stadshuset, sessionssalen", "1 PROTOKOLL 1 (12) Sammanträdesdatum 2019-03-12 Plats och tid Stadshuset", None),
]


@pytest.mark.parametrize(("title", "page", "body"), CASES)
def test_body_transcript_page_head(tmp_path: Path, title: str, page: str, body: str | None) -> None:
    """None: not a body read from the page head."""
    path = tmp_path / "minutes.txt"
    path.write_text(title + _FRAME.format(title=title) + page + _TEXT, encoding="utf-8")
    found = extract_minutes(path).meeting.body
    if body is None:
        assert found is None or not found.startswith(("Sammanträdesdatum", "Plats"))
    else:
        assert found == body
