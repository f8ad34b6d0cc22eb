"""A paragraph range on the front page ('Paragrafer §54 -§64') is no paragraph mark glued to its line.

"Föredragnings-listan§ 48" / its text below: a mark glued to the end of a line opens a paragraph.
After a dash the mark closes the range of paragraphs the minutes hold ("utbildningsförvaltningen
Paragrafer §54 -§64"), so a copy cut off after its one paragraph ("§ 54" / "Delårsrapport 2") keeps
that paragraph, not the front page's standalone lines. Look-alike: the mark glued to a word still
opens a paragraph.
"""

from __future__ import annotations

import pytest

from planner.extract.items import find_headings
from planner.extract.text import minutes_from_text

_FRONT = """Academic year: 2022

Full text

(1)

Utses att justera Niklas Frykman

Justeringens plats och tid

Måndagen den 19 september, Barn- och

utbildningsförvaltningen Paragrafer {range}

Underskrifter ...

Sekreterare Lars Niska

...

Ordförande Lars G Linder

...

Justerandes sign Utdragsbestyrkande

Plats och tid Rinmansalen, våning 2 i stadshuset Klockan 13:00-15:30

Beslutande Lars G Linder (S), tjänstgörande ordförande Niklas Frykman (L), 2:e vice ordförande Anna Berg (S)

(2)

Eskilstuna – den stolta Fristaden

Justerandes sign Utdragsbestyrkande

BUN/2016:360

§ 54

Delårsrapport 2, barn- och utbildningsnämnden

Nämnden godkänner delårsrapporten och överlämnar den till kommunstyrelsen.
"""


@pytest.mark.parametrize("paragraphs", ["§54 -§64", "§54 –§64", "§54-§64"])
def test_range_end_is_no_glued_mark(paragraphs: str) -> None:
    heads, _ = find_headings(minutes_from_text(_FRONT.format(range=paragraphs)))
    assert [(h.number, h.title) for h in heads] == [("54", "Delårsrapport 2, barn- och utbildningsnämnden")]


def test_mark_glued_to_a_word_still_opens_a_paragraph() -> None:
    text = (
        "Protokoll\n\nFöredragnings-listan§ 48\n\nOrdföranden läser upp föredragningslistan som godkänns.\n\n"
        "Godkännande av föredragningslistan\n\n§ 49\n\nVal av justerare\n\nTill justerare utses Per Ek.\n"
    )
    heads, _ = find_headings(minutes_from_text(text))
    assert "48" in [h.number for h in heads]
