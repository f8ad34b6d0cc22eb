"""A copy cut off after its one paragraph keeps that paragraph, not the front page's lines.

"BUN § 81" with the title on the next line, after a front page of labels and names standing
alone ("Plats och sammanträdestid ...", "Protokolljusterare Kjell Bülow (S)"): the paragraph is
the item, and the short lines after it ("Barn- och utbildningsnämndens beslut", "Ärendet") are its
sections. Look-alikes: standalone headings with no paragraph sign, and a paragraph sign cited in
the text ("enligt § 5 i stadgarna").
"""

from __future__ import annotations

import pytest

from planner.extract.items import find_headings
from planner.extract.text import minutes_from_text

_FRONT = """Barn- och utbildningsnämnden

Plats och sammanträdestid Tunasalen, Stadshuset, Vimmerby

Onsdag 25 maj 2016, klockan 08.30–14.20

Beslutande ledamöter Lis Astrid Andersson (S), ordförande

Kjell Alexandersson (M) Kjell Bülow (S)

Protokolljusterare Kjell Bülow (S)

Justeringens plats och tid Vimmerby 31 maj 2016 Paragrafer 81–96

Sekreterare

Mia Gustafsson

Sammanträdesdatum 2016-05-25

"""


def _headings(text: str) -> list[tuple[str | None, str]]:
    heads, _ = find_headings(minutes_from_text(text))
    return [(h.number, h.title) for h in heads]


CASES = [
    pytest.param(_FRONT + """BUN § 81

Förvaltningschefen informerar

Barn- och utbildningsnämndens beslut

Barn- och utbildningsnämnden noterar informationen till protokollet.

Ärendet

Förvaltningschefen informerar om läget i förskolan och om lokalfrågor.
""", [("81", "Förvaltningschefen informerar")], id="coded-paragraph-title-below"),
    pytest.param(_FRONT + """§ 12 Delårsrapport

Nämndens beslut

Nämnden godkänner delårsrapporten.
""", [("12", "Delårsrapport")], id="bare-paragraph-sign"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_lone_paragraph_after_front_page(text: str, expected: list[tuple[str | None, str]]) -> None:
    assert _headings(text) == expected


LOOK_ALIKES = [
    pytest.param(_FRONT + """Information om budgeten

Ordföranden informerade om budgeten för nästa år och om stadgarna.

Övriga frågor

Inga övriga frågor togs upp vid mötet.
""", id="no-paragraph-sign"),
    pytest.param(_FRONT + """Information om stadgarna

Enligt § 5 i stadgarna ska styrelsen sammanträda fyra gånger per år.

Övriga frågor

Inga övriga frågor togs upp vid mötet.
""", id="paragraph-cited-in-text"),
]


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_no_lone_paragraph(text: str) -> None:
    assert all(number is None for number, _ in _headings(text))
