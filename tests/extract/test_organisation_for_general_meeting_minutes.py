"""The organisation of a general meeting whose minutes are titled by one compound ("Årsmötesprotokoll"), or
named before the meeting's weekday in the head sentence (`header.organisation_for_general_meeting_minutes`)."""

import pytest

from planner.extract.header import extract_meeting
from planner.extract.text import minutes_from_text

_TAIL = "\n\nNärvarande: 16 personer.\n\n§ 1 Mötets öppnande\n"


@pytest.mark.parametrize(
    ("head", "body"),
    [
        # real phrases
        ("Årsmötesprotokoll\n\nÅRSMÖTESPROTOKOLL\n\nÅrsmöte för Fnyskens Odlarförening\n\nDatum: 2019-02-28",
         "Fnyskens Odlarförening, årsmöte"),
        (("Årsmötesprotokoll\n\n17 januari, 2023\n\nProtokoll förd vid årsmötet i Leksands Biodlarförening "
          "måndagen den 14 november 2022 kl. 18,30 i Församlingshemmet."), "Leksands Biodlarförening, årsmöte"),
        # look-alikes: no organisation named, a hall before the weekday
        ("Årsmötesprotokoll\n\nÅrsmöte för alla medlemmar\n\nDatum: 2019-02-28", None),
        ("Årsmötet\n\nProtokoll förd vid årsmötet i Stora salen måndagen den 14 november 2022.", None),
    ],
)
def test_organisation_for_general_meeting_minutes(head: str, body: str | None) -> None:
    meeting, _ = extract_meeting(minutes_from_text(head + _TAIL))
    if body is None:
        assert not (meeting.body or "").endswith(", årsmöte")
    else:
        assert meeting.body == body
