"""Round r2events: families of dated things ahead as secretaries of small associations write them."""

from __future__ import annotations

import pytest

from planner.extract.events import extract_events
from planner.extract.model import EventKind, Meeting
from planner.extract.text import minutes_from_text


def _kinds(text: str, meeting_date: str) -> dict[str, EventKind]:
    doc = minutes_from_text(text)
    events, _, _ = extract_events(doc, Meeting(date=meeting_date), [], [])
    return {e.date: e.kind for e in events}


# A year's programme after a colon, each date with its own label, the labels split by commas: a trip,
# workshop or conference word in one label names that date's kind only.
PROGRAMME = [
    (("Datum fastställdes enligt följande: 18 januari släktforskningens dag, 11 februari DNA eller smeder, "
      "17 mars årsmöte, 14 april DNA eller smeder, maj utflykt ?, 15 september, 13 oktober, 17 november och "
      "15 december."), "2020-01-07", "2020-02-11", EventKind.OTHER),
    (("Datum fastställdes enligt följande: 18 januari släktforskningens dag, 11 februari DNA eller smeder, "
      "17 mars årsmöte, 14 april DNA eller smeder, maj utflykt ?, 15 september, 13 oktober, 17 november och "
      "15 december."), "2020-01-07", "2020-03-17", EventKind.MEETING),
    (("Vårens program: 12 februari föredrag om torpinventering, 11 mars studiecirkel, 15 april årsmöte och "
      "20 maj bussresa till Visingsö."), "2019-01-20", "2019-02-12", EventKind.OTHER),
    (("Vårens program: 12 februari föredrag om torpinventering, 11 mars studiecirkel, 15 april årsmöte och "
      "20 maj bussresa till Visingsö."), "2019-01-20", "2019-04-15", EventKind.MEETING),
    (("Följande aktiviteter planerades: 3 mars medlemsmöte, 7 april workshop om hemsidan, 5 maj vårstädning av "
      "stugan."), "2018-02-10", "2018-05-05", EventKind.OTHER),
    (("Följande aktiviteter planerades: 3 mars medlemsmöte, 7 april workshop om hemsidan, 5 maj vårstädning av "
      "stugan."), "2018-02-10", "2018-04-07", EventKind.WORKSHOP),
    (("Höstens aktiviteter: 14 september svampexkursion, 12 oktober medlemsmöte med föredrag, 9 november "
      "julpyssel."), "2017-08-20", "2017-11-09", EventKind.OTHER),
]


@pytest.mark.parametrize(("text", "meeting_date", "when", "kind"), PROGRAMME)
def test_programme_label_tells_each_dates_kind(text: str, meeting_date: str, when: str, kind: EventKind) -> None:
    assert _kinds(text, meeting_date)[when] is kind


# Look-alikes: no colon before a list, only two dates, a label too long to be one, or a list of the body's
# own gatherings ("träffar"): the sentence's word still names the kind.
NOT_PROGRAMME = [
    (("Följande träffar bestämdes: 3 mars medlemsmöte, 7 april workshop om hemsidan, 5 maj vårstädning av "
      "stugan."), "2018-02-10", "2018-05-05", EventKind.MEETING),
    ("Vi åker på utflykt till Visingsö den 20 maj, 21 maj och 22 maj.", "2019-01-20", "2019-05-20", EventKind.TRIP),
    ("Bussresa: 20 maj till Visingsö, 21 maj till Gränna.", "2019-01-20", "2019-05-21", EventKind.TRIP),
    (("Program: 12 februari föredrag om torpinventering i socknen som vi länge har velat ordna men aldrig har "
      "hunnit med, 11 mars studiecirkel och 20 maj bussresa till Visingsö."), "2019-01-20", "2019-05-20",
     EventKind.TRIP),
    ("Konferensen hålls 3 mars, 4 mars och 5 mars i Umeå.", "2018-02-10", "2018-03-04", EventKind.CONFERENCE),
]


@pytest.mark.parametrize(("text", "meeting_date", "when", "kind"), NOT_PROGRAMME)
def test_no_programme_keeps_the_sentences_kind(text: str, meeting_date: str, when: str, kind: EventKind) -> None:
    assert _kinds(text, meeting_date).get(when) is kind
