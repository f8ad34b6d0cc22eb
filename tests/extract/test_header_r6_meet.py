"""Meeting fields read from real minutes' heads (batches 58-59: councils, boards, associations).

A bare place label ("Plats Estuna Bygdegård", no colon) in the label column that follows a long attendance
list: read when the line beside it is the head's labelled hours ("Tid 2019-02-11 kl 18.30 – 20.30").
"""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.text import minutes_from_text

_NAMES = ("Närvarande ordinarie Bengt Ericsson, ordf\n\nMats Eriksson\n\nAnne Olsen\n\nKarl Öhman\n\n"
          "ersättare Britt Larsson\n\nMargit Mattson\n\nÅke Nordberg\n\nUlrika Sandqvist\n\n")


def _venue(label_column: str) -> str | None:
    text = ("PROTOKOLL Nr 1-2019 Sida 1 (5) Sammanträdesdatum 2019-02-11\n\nSammanträde med styrelsen\n\n"
            + _NAMES + label_column + "\n\n§ 1 Sammanträdet öppnas\n\nOrdföranden öppnade sammanträdet.\n")
    return extract_text(minutes_from_text(text)).meeting.venue


@pytest.mark.parametrize(("label_column", "want"), [
    ("Tid 2019-02-11 kl 18.30 – 20.30\n\nPlats Estuna Bygdegård", "Estuna Bygdegård"),
    ("Tid kl 18.30 – 20.30\n\nPlats Församlingshemmet, Knivsta", "Församlingshemmet, Knivsta"),
    ("Tid 18.30-20.30\n\nLokal Bygdegården", "Bygdegården"),
    ("Plats Kommunhuset, Sala\n\nTid 2019-02-11 kl 18.30 – 20.30", "Kommunhuset, Sala"),
    ("Tid 2019-02-11 kl 18.30\n\nMöteslokal Sammanträdesrum Ekonomen", "Sammanträdesrum Ekonomen"),
    ("Tid 2019-02-11 kl 18.30 – 20.30\n\nPlats: Estuna Bygdegård", "Estuna Bygdegård"),
    # look-alikes: the place label beside no hours, far below the head's first lines
    ("Delges styrelsen\n\nPlats Estuna Bygdegård", None),
    ("Tid för nästa möte bestäms senare\n\nPlats Estuna Bygdegård", None),
])
def test_bare_place_label_beside_hours(label_column: str, want: str | None) -> None:
    assert _venue(label_column) == want


def _room(line: str) -> str | None:
    text = ("Pensionärsförening\n\n" + line + "\n\n§ 1. Ordföranden hälsade de närvarande välkomna.\n\n"
            "§ 2. Mötet förklarades öppnat.\n")
    return extract_text(minutes_from_text(text)).meeting.venue


@pytest.mark.parametrize(("line", "want"), [
    (("Protokoll fört vid föreningens höstmöte 12.11.2019 kl. 14.00 i församlingshemmet. Närvarande var 38 "
     "medlemmar."), "församlingshemmet"),
    ("Protokoll fört vid föreningens årsmöte 2019-03-12 kl. 18.30 i matsalen. Närvarande var 12 medlemmar.",
     "matsalen"),
    ("Protokoll fört vid styrelsemöte 2019-03-12 kl 19.00 i klubbstugan.", "klubbstugan"),
    ("Protokoll fört vid styrelsemöte 2019-03-12 kl 19.00 på föreningslokalen; närvarande 7.", "föreningslokalen"),
    # look-alikes: no room's noun, or the noun does not end the sentence
    ("Protokoll fört vid föreningens höstmöte 12.11.2019 kl. 14.00 i fortsättningen. Närvarande var 38.", None),
    ("Protokoll fört vid föreningens höstmöte 12.11.2019 kl. 14.00 i församlingshemmets kafé. Närvarande 38.",
     None),
])
def test_room_noun_ending_clock_sentence(line: str, want: str | None) -> None:
    assert _room(line) == want


def _reference(page_two: str) -> str | None:
    text = ("Kommunstyrelsens arbetsutskott 2005-04-11 Plats och tid: Kommunhuset kl 13.30-17.50 Beslutande: Per "
            "Gruvberger, ordf Sune Frisk Peter Johansson\n\n" + page_two + "\n\nAu 44 Övriga frågor\n\nInga.\n")
    return extract_text(minutes_from_text(text)).meeting.reference


@pytest.mark.parametrize(("page_two", "want"), [
    # an item's paragraph with the body's mixed-case abbreviation, then the matter's Dnr: no meeting reference
    ("Kommunstyrelsens arbetsutskott 11 april Au 43 Dnr 76/05 Årsredovisning 2004 Den nu föreliggande", None),
    ("Kulturnämnden Kn 64 Dnr KN 06/12 Bidragsansökan: Dalarnas författarförbund planerar", None),
    ("Socialnämnden Sn 50 Dnr 2016/44 Budget och ekonomisk uppföljning", None),
    ("Gymnasienämnden GyN 103 Dnr 2007/12 Internkontroll 2007", None),
    ("Kommunstyrelsen KS 235 Dnr 191/2013 Budget", None),
    # look-alikes: a page's or a meeting's number before the Dnr is no item's paragraph
    ("Sida 2 Dnr KS 2005/76", "KS 2005/76"),
    ("Nr 3 Dnr KS 2005/76", "KS 2005/76"),
])
def test_mixed_case_body_paragraph_before_dnr(page_two: str, want: str | None) -> None:
    assert _reference(page_two) == want
