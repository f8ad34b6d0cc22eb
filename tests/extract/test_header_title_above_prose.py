"""A document word line ("Protokoll") marks the line right below it as the title; a paragraph of prose in
between ends that: a line after the prose (a signature's "Skolråd 181115") is no title over the title above."""

from __future__ import annotations

import pytest

from planner.extract.header import extract_meeting
from planner.extract.text import minutes_from_text

_PROSE = ("På skolrådet tog vi upp förändringar bland personalen som ny lärare, vem som går i pension och vem "
          "som ska vara föräldralärare med mera.")


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (f"Skolrådsprotokoll 181115\n\nProtokoll\n\n{_PROSE}\n\nSkolråd 181115\n", "Skolrådet"),
        (f"Styrelseprotokoll 2019-03-04\n\nProtokoll\n\n{_PROSE}\n\nStyrelse 190304\n", "Styrelsen"),
        # look-alikes: the title right under the document word is still read as one
        ("Protokoll\n\nKulturrådet 2019-03-04\n\n" + _PROSE + "\n", "Kulturrådet"),
        ("PROTOKOLL\n\nFöräldrarådet\n\nDatum: 2019-03-04\n\n" + _PROSE + "\n", "Föräldrarådet"),
    ],
)
def test_title_under_document_word_not_after_prose(text: str, body: str) -> None:
    assert extract_meeting(minutes_from_text(text))[0].body == body
