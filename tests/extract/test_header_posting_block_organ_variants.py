"""The posting block's organ field names the body in forms a municipal protocol often takes:

- the organ label paired with the next cell's label, run on after the posting statement ("genom anslag Organ
  och sammanträdesdatum Barn- och utbildningsnämnden") or opening its own line ("Organ och §§ Socialnämnden
  §§ 82-99": the name without the paragraphs);
- the committee named after its municipality ("Organ Hässleholms kommun, omsorgsnämnden"): the committee;
- a head whose first line is no body's name (an attendance list's "Ledamöter Agne Nilsson (C), ordförande")
  gives way to the organ field when that names a body.

Look-alikes: an empty organ field, a value that is no body's name, a posting on a notice board, and a head
that names a body itself keep what the head gives.
"""

from __future__ import annotations

import pytest

from planner.extract.header import extract_meeting
from planner.extract.text import minutes_from_text

_RUN_ON = (
    "Full text\n\nUtses att justera Niklas Frykman\n\nJusteringens plats och tid\n\n"
    "Måndagen den 19 september 2016, Barn- och\n\nutbildningsförvaltningen Paragrafer §54 -§64\n\n"
    "Sekreterare Lars Niska\n\nOrdförande Lars G Linder\n\n"
    "Anslag/Bevis Protokollet är justerat. Justeringen har tillkännagivits genom anslag {posting}\n\n"
    "§ 54 Val av justerare\n"
)


@pytest.mark.parametrize(
    ("posting", "body"),
    [
        ("Organ och sammanträdesdatum Barn- och utbildningsnämnden", "Barn- och utbildningsnämnden"),
        ("Organ och sammanträdesdatum Kultur- och fritidsnämnden 2016-09-19", "Kultur- och fritidsnämnden"),
        ("Organ Hässleholms kommun, omsorgsnämnden Sammanträdesdag", "Omsorgsnämnden"),
        ("Organ Hässleholms kommun, Miljönämnden Sammanträdesdag", "Miljönämnden"),
        # look-alikes: the field left empty; no body's name after the municipality; a notice board
        ("Organ och sammanträdesdatum Datum för anslags uppsättande", None),
        ("Organ Hässleholms kommun, Kommunledningskontoret Sammanträdesdag", None),
        ("på kommunens anslagstavla", None),
    ],
)
def test_organ_run_on_after_the_posting_statement(posting: str, body: str | None) -> None:
    meeting = extract_meeting(minutes_from_text(_RUN_ON.format(posting=posting)))[0]
    if body is None:
        assert meeting.body is None or not meeting.body.casefold().endswith(("nämnden", "kontoret"))
    else:
        assert meeting.body == body


_OWN_LINE = (
    "Full text\n\n(1)\n\nRolf Korsbäck (S) Pia Håkansson (S) Birgitta Westman (S)\n\n"
    "Sammanträdesdatum 2019-09-26\n\nJusteringen har tillkännagivits genom anslag\n\n{organ}\n\n"
    "§ 82 Val av justerare\n"
)


@pytest.mark.parametrize(
    ("organ", "body"),
    [
        ("Organ och §§ Socialnämnden §§ 82-99", "Socialnämnden"),
        ("Organ och paragrafer Byggnadsnämnden §§ 1-12", "Byggnadsnämnden"),
        ("Organ Socialnämnden", "Socialnämnden"),
    ],
)
def test_organ_label_paired_with_the_paragraphs(organ: str, body: str) -> None:
    assert extract_meeting(minutes_from_text(_OWN_LINE.format(organ=organ)))[0].body == body


_LIST_HEAD = (
    "Full text\n\n(1)\n\nPlats och tid Sammanträdesrum 1, Stadshuset, 2012-09-26 kl 14.00 – 15.40\n\n"
    "Beslutande\n\n{first}\n\nCamilla Lindoff (S), 2:e vice ordförande Christer Jönsson (MP)\n\n"
    "Utses att justera Inge Hallabro\n\nANSLAG/BEVIS\n\n{organ}\n\nSammanträdesdatum 2012-09-26\n\n"
    "§ 101 Val av justerare\n"
)


@pytest.mark.parametrize(
    ("first", "organ", "body"),
    [
        ("Ledamöter Agne Nilsson (C), ordförande", "Organ Hässleholms kommun, Miljönämnden", "Miljönämnden"),
        ("Ledamöter Agne Nilsson (C), ordförande", "Organ Miljönämnden", "Miljönämnden"),
        # look-alikes: an organ field that names no body leaves the head as it was; a head that names a body
        ("Protokoll Kulturnämnden", "Organ Miljönämnden", "Kulturnämnden"),
        (
            "Ledamöter Agne Nilsson (C), ordförande",
            "Organ Kommunledningskontoret",
            "Ledamöter Agne Nilsson (C), ordförande",
        ),
    ],
)
def test_organ_for_a_head_that_names_no_body(first: str, organ: str, body: str) -> None:
    assert extract_meeting(minutes_from_text(_LIST_HEAD.format(first=first, organ=organ)))[0].body == body
