"""Meeting-header and event layouts of the fourteenth fresh batch of real minutes (tests/data/extra 477-486),
read by general rules.

Each case is a short passage written the way real minutes (and the web pages that store them) put it, not a
copied document: a logo image's file name as the page's first line; a row of header labels over the row of
their values ("Sammanträdesdatum Diarienummer" / "2020-12-01 KS 2020/0927"); "Nästa möte: Årsmötet den ..." in
an association's board minutes; a copy's page counter "Sida 1/8"; and a place between a title's date and its
time. Each has look-alikes that must not be read so.
"""

from __future__ import annotations

import pytest

from planner.extract.header import extract_meeting
from planner.extract.model import Meeting
from planner.extract.text import minutes_from_text
from tests.extract.event_dates import event_dates


def _meeting(text: str) -> Meeting:
    return extract_meeting(minutes_from_text(text))[0]


_events = event_dates


_ITEMS = "\n\n§ 1 Mötet öppnas\n\nOrdföranden hälsade alla välkomna.\n"


# A logo image's file name, a line of its own at the top of a stored page, is never the body.
@pytest.mark.parametrize(
    ("first", "body"),
    [
        ("UT_logo_orange", "Styrelsen"),
        ("kommun-logga.png", "Styrelsen"),
        ("logo_vit", "Styrelsen"),
        ("Header-Logotyp", "Styrelsen"),
        # look-alike: a name that only holds the letters "logo" is no file name
        ("Logopedföreningen", "Logopedföreningen"),
    ],
)
def test_logo_file_name_is_no_body(first: str, body: str) -> None:
    text = f"{first}\n\nstyrelsemöte 16 december 2018\n\nNärvarande: Anna Ek, Per Bo" + _ITEMS
    assert _meeting(text).body == body


# A row of header labels and the row of their values below it: the reference is the value left when the
# date and page number are taken out.
@pytest.mark.parametrize(
    ("labels", "values", "reference"),
    [
        ("Sammanträdesdatum Diarienummer", "2020-12-01 KS 2020/0927", "KS 2020/0927"),
        ("Diarienummer Sammanträdesdatum", "BUN 2019/112 2019-03-14", "BUN 2019/112"),
        ("Datum Dnr Sida", "2018-05-02 MN 2018/45 1 (6)", "MN 2018/45"),
        ("Sammanträdesdatum Dnr", "2017-11-20 2017.0311", "2017.0311"),
        # look-alikes: a label row without a reference label; a value row that is a sentence
        ("Sammanträdesdatum Sida", "2020-12-01 1 (13)", None),
        ("Sammanträdesdatum Diarienummer", "2020-12-01 enligt beslut i nämnden", None),
    ],
)
def test_reference_below_label_row(labels: str, values: str, reference: str | None) -> None:
    text = f"Protokoll\n\n{labels}\n\n{values}\n\nKommunala rådet\n\nNärvarande: Anna Ek, Per Bo" + _ITEMS
    assert _meeting(text).reference == reference


_ASSOCIATION = "110228\n\nStyrelsemöte {body}\n\nNärvarande:\n\nAnna, Per, Eva.\n\nÖvriga frågor\n\nInget.\n\n{line}\n"


# "Nästa möte: Årsmötet den ..." in the board minutes of an association: the association's next meeting.
@pytest.mark.parametrize(
    ("body", "line", "next_meeting"),
    [
        ("Hembygdsförening", "Nästa möte: Årsmötet den 20e mars.", "2011-03-20"),
        ("Byalaget", "Nästa möte: medlemsmöte den 4 april.", "2011-04-04"),
        ("Idrottsföreningen", "Nästa möte: Årsmöte 15 mars", "2011-03-15"),
        # look-alikes: another body's meeting; no "Nästa möte:" label; a body not run by a board
        ("Hembygdsförening", "Nästa möte: Kommunfullmäktige den 20 mars.", None),
        ("Hembygdsförening", "Årsmötet hålls den 20 mars.", None),
        ("Kommunala rådet", "Nästa möte: Årsmötet den 20 mars.", None),
    ],
)
def test_next_meeting_is_the_associations_general_meeting(body: str, line: str, next_meeting: str | None) -> None:
    _, found = _events(_ASSOCIATION.format(body=body, line=line))
    assert found == next_meeting


# A copy's page counter "Sida 1/8" is no date; "den 1/8" is.
@pytest.mark.parametrize(
    ("line", "dates"),
    [
        ("Sida 2/8 Jesper Agrelius Karin Hermansson", []),
        ("sid. 3/8 Fortsättning från föregående sida", []),
        ("Page 4/8 Rapporter", []),
        # look-alikes: a date after "den"; a day larger than the month is no page count
        ("Arbetsgruppen träffas den 1/8 för planering.", ["2017-08-01"]),
    ],
)
def test_page_counter_is_no_date(line: str, dates: list[str]) -> None:
    text = f"Protokoll styrelsemöte 21 mars 2017\n\nNärvarande: Anna Ek, Per Bo\n\n§ 1 Rapporter\n\n{line}\n"
    found, _ = _events(text)
    assert found == dates


# A place between a title's date and its time.
@pytest.mark.parametrize(
    ("title", "venue"),
    [
        ("Sida 1/8 Mötesanteckningar den 21 mars 2017 Länsstyrelsen klockan 09.00 12.00 med efterföljande lunch.",
         "Länsstyrelsen"),
        ("Minnesanteckningar från mötet 2019-05-02 Stadshuset kl. 18.00", "Stadshuset"),
        ("Protokoll styrelsemöte den 3 maj 2016 Bygdegården Ljusnan kl 19.00", "Bygdegården Ljusnan"),
        # look-alikes: a body's name there; no time after the words; no document word before the date
        ("Protokoll 2019-05-02 Kommunstyrelsen kl. 18.00", None),
        ("Mötesanteckningar den 21 mars 2017 Länsstyrelsen", None),
        ("Inbjudan 2019-05-02 Stadshuset kl. 18.00", None),
    ],
)
def test_place_between_date_and_time(title: str, venue: str | None) -> None:
    assert _meeting(title + "\n\nNärvarande: Anna Ek, Per Bo" + _ITEMS).venue == venue
