"""A kind of meeting as the label of the body's name in a flattened head ("Beslutsmöte: LAG-styrelsen",
"Sammanträde: Kommunstyrelsen").

A stored page's title may run the organisation, the document word, the labelled body and a last label whose
value was lost together on one line ending with a colon ("... Mötesprotokoll nr 4 Beslutsmöte: Styrgruppen
Datum:"). Such a line is a flattened head of labels, not a sentence that leads into a list: the title search
passes over it and reads the body from the transcript's own head below. Look-alikes: sentences that end with a
colon, a kind of meeting written in lower case or followed by a lower-case word, and plain labels.
"""

from __future__ import annotations

import pytest

from planner.extract.header import extract_meeting, leads_into_list
from planner.extract.model import Meeting
from planner.extract.text import minutes_from_text

_PRESENT = "\n\nNärvarande: Anna Ek, Per Bo"
_ITEMS = "\n\n§ 1 Mötet öppnas\n\nOrdföranden hälsade alla välkomna.\n"


def _meeting(text: str) -> Meeting:
    return extract_meeting(minutes_from_text(text))[0]


@pytest.mark.parametrize(
    ("line", "leads"),
    [
        # flattened heads: a capitalised kind of meeting labels a capitalised name, a later label lost its value
        ("Leader Norra Dalarna ideell förening Mötesprotokoll nr 4 Beslutsmöte: Styrgruppen Datum:", False),
        ("Ale kommun Protokoll Sammanträde: Kommunstyrelsen Tid:", False),
        ("Protokoll nr 7 Styrelsemöte: Föreningens styrelse Plats och tid:", False),
        ("Minnesanteckningar Arbetsmöte: Referensgruppen för skolan Datum:", False),
        # look-alikes: sentences leading into a list stay so
        ("Representerade skolor och dagis på mötet var:", True),
        ("Följande personer deltog i mötet:", True),
        ("Inför nästa möte: Anna tar med följande:", True),  # the kind in lower case is running text
        ("Vid styrelsemötet: följande beslut fattades av alla:", True),  # "mötet", then a lower-case word
        ("Beslutsmöte: följande ärenden togs upp i tur:", True),  # the label's value is a sentence
        ("Dessa var med på årsmötet i Falun:", True),
        # look-alikes: labels and a dated line are no sentence either way
        ("Närvarande ledamöter:", False),
        ("Protokoll från mötet den 3 maj 2019 med följande:", False),
    ],
)
def test_flattened_head_with_meeting_kind_label_leads_into_no_list(line: str, leads: bool) -> None:
    assert leads_into_list(line) is leads


@pytest.mark.parametrize(
    ("head", "body"),
    [
        # a stored page's title line run together, then the transcript's head with the labelled body
        (("Leader Norra Dalarna ideell förening Mötesprotokoll nr 4 Beslutsmöte: Föreningens styrelse Datum:\n\n"
          "Transkript\n\n1 Mötesprotokoll nr 4 Beslutsmöte: Föreningens styrelse Datum: Tid: Tisdagen den 5 oktober "
          "2010 kl"), "Föreningens styrelse"),
        (("Ale kommun Protokoll Sammanträde: Kommunala pensionärsrådet Datum:\n\n"
          "Transkript\n\n1 Protokoll Sammanträde: Kommunala pensionärsrådet Datum: Tid: Onsdagen den 3 mars 2021 kl"),
         "Kommunala pensionärsrådet"),
        # look-alike: a sentence leading into a list ends the title search; no body above it
        (("Vid mötet deltog följande personer och föreningar:\n\n"
          "Sammanträde: Kommunstyrelsen\n\nDatum: 2021-03-03"), None),
    ],
)
def test_body_below_a_flattened_title_line(head: str, body: str | None) -> None:
    assert _meeting(f"{head}{_PRESENT}{_ITEMS}").body == body
