"""A file made from a template keeps the template's name as its title ("Protokollsutdrag mall - Närvårdssamverkan
Södra Älvsborg", "Mall minnesanteckningar", "Protokollsmall styrgrupp"): that names the template, and the body is the
line below it. Look-alikes: a body whose name holds "mall" in another word ("Mallbackens samfällighet"), a title
without the word, and the word in a later sentence.
"""

from __future__ import annotations

import pytest

from planner.extract import extract_text, minutes_from_text

_TAIL = "\nTid: 2014-04-25, 8.30 – 12.00\nPlats: Borås, Solhem\n\n9. Mötets öppnande\nOrdföranden öppnade mötet.\n"

CASES = [
    # (head, body)
    (("Protokollsutdrag mall - Närvårdssamverkan Södra Älvsborg\n\nTranscription\n\nProtokollsutdrag mall - "
     "Närvårdssamverkan Södra Älvsborg\nUtvecklingsrådet Barn och unga"), "Utvecklingsrådet"),
    ("Mall minnesanteckningar\nStyrgruppen för folkhälsa", "Styrgruppen för folkhälsa"),
    ("Protokollsmall\nSamverkansrådet", "Samverkansrådet"),
    ("Minnesanteckningar - mall\nLänsgruppen för barnhälsa", "Länsgruppen för barnhälsa"),
    ("Mall för protokoll\nPensionärsrådet", "Pensionärsrådet"),
    # look-alikes
    ("Mallbackens samfällighetsförening\nProtokoll", "Mallbackens samfällighetsförening"),
    ("Protokollsutdrag - Närvårdssamverkan Södra Älvsborg\nUtvecklingsrådet",
     "Protokollsutdrag - Närvårdssamverkan Södra Älvsborg"),
]


@pytest.mark.parametrize(("head", "body"), CASES)
def test_body_template_title(head: str, body: str) -> None:
    assert extract_text(minutes_from_text(head + _TAIL)).meeting.body == body
