"""A stored copy's page title is a snippet the site took from anywhere in the text, repeated by its download button
('Total mötestid / frånvarotid 101t 15m' / 'Download "Total mötestid / frånvarotid 101t 15m"'): when it is a tally
(figures with units) and names no body, the minutes' own title below names the body. An association written as its
abbreviation before its board's minutes ("SIKO protokoll från styrelsemöte ...") is that association's board, like a
name with an organisation's ending ("Trafikverkets Fritidsförbund Protokoll fört vid styrelsemöte").
Look-alikes: a snippet title that names a body, a snippet without figures, and a lower-case word before the minutes.
"""

from __future__ import annotations

import pytest

from planner.extract import extract_text, minutes_from_text


def _copy(title: str, first: str) -> str:
    return (f"{title}\n\nStorlek: px\nStarta visningen från sidan:\n\nDownload \"{title}\"\n\nTranskript\n\n1 {first}\n"
            "Närvarande: Pia Södergren, Barbro Nordstedt, Urban Gunnarsson\n"
            "1. Pia öppnade mötet och hälsade samtliga välkomna. 2. Föreslagen dagordning godkändes.\n")


CASES = [
    # (text, body)
    (_copy("Total mötestid / frånvarotid 101t 15m", "SIKO protokoll från styrelsemöte 17 september 2015 kl 12 på "
           "Postmuseum i Stockholm"), "SIKO, styrelsen"),
    (_copy("Restid 45 min, 3 st bilar", "Protokoll fört vid styrelsemöte i Ånge hembygdsförening den 5 maj 2015"),
     "Styrelsen i Ånge hembygdsförening"),
    (_copy("Total mötestid 12t 30m", "Minnesanteckningar från Regionala samverkansgruppen 2015-05-05"),
     "Regionala samverkansgruppen"),
    ("SPF protokoll fört vid styrelsemöte 2015-05-05\n\n1. Mötets öppnande\nOrdföranden öppnade mötet.\n",
     "SPF, styrelsen"),
    ("Trafikverkets Fritidsförbund Protokoll fört vid styrelsemöte 2015-05-05\n\n1. Mötets öppnande\nText.\n",
     "Trafikverkets Fritidsförbund, styrelsen"),
    # look-alikes
    (_copy("Kulturnämnden 12 maj 2015", "Protokoll fört vid sammanträde den 12 maj 2015"), "Kulturnämnden"),
    ("Protokoll fört vid styrelsemöte 2015-05-05\n\n1. Mötets öppnande\nOrdföranden öppnade mötet.\n", "Styrelsen"),
]


@pytest.mark.parametrize(("text", "body"), CASES)
def test_body_snippet_title_and_acronym_board(text: str, body: str) -> None:
    assert extract_text(minutes_from_text(text)).meeting.body == body
