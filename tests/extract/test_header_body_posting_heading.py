"""A stored council copy may open with the posting notice, headed "Anslag" ("Anslag" / "Det justerade protokollet
offentliggörs genom detta anslag." / "Beslutsinstans: ..."). The heading is a label of the front page, no body.
Look-alikes: a body's name that opens with the letters ("Anslagsnämnden" is no real one, but a compound is no
label), a title after the heading."""

from __future__ import annotations

import pytest

from planner.extract.header import extract_meeting
from planner.extract.text import minutes_from_text


def _body(text: str) -> str | None:
    return extract_meeting(minutes_from_text(text))[0].body


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (("Anslag\n\nDet justerade protokollet offentliggörs genom detta anslag.\n\nBeslutsinstans: Arbetsutskottet "
         "2019-2022 Sammanträdesdatum: 2020-08-18\n\nAnslaget sätts upp: 2020-08-18 Anslaget tas ned: 2020-09-09 "
         "Förvaringsplats för protokollet: Socialförvaltningen\n\nUnderskrift Utdragsbestyrkande\n\n"
         "Plats och tid\n\nÖrngrund, 2020-08-18 kl. 09.00-10:05\n"), None),
        ("Anslagsbevis\n\nProtokoll Kulturnämnden 2022-05-02\n\nNärvarande: Anna Ek\n", "Kulturnämnden"),
        # look-alike: a compound name
        ("Anslagsgruppen 2022-05-02\n\nNärvarande: Anna Ek\n", "Anslagsgruppen"),
    ],
)
def test_posting_heading_is_no_body(text: str, body: str | None) -> None:
    assert _body(text) == body
