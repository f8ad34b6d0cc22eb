"""A web page's date line at the top is not the meeting date when a sentence under it says when the
meeting was held (`header.meeting_day_under_top_date`)."""

import pytest

from planner.extract.header import extract_meeting
from planner.extract.text import minutes_from_text

CASES = [
    # real phrases: the page's date, then the sentence with the day of the meeting
    (("Årsmötesprotokoll\n\n17 januari, 2023\n\nProtokoll förd vid årsmötet i Leksands Biodlarförening "
      "måndagen den 14 november 2022 kl. 18,30 i Församlingshemmet.\n\nNärvarande: 16 personer.\n\n"
      "§ 1 Mötets öppnande\n"), "2022-11-14"),
    (("Årsmötet 2024\n\n| 5 maj 2024\n\nInformation från mötet\n\nÅrsmötet genomfördes 27 februari 2024 "
      "på ABF i Hedemora vi var 29 stycken på mötet.\n\nDagordningen gicks igenom.\n"), "2024-02-27"),
    ("Nyheter\n\nmåndag 3 april 2023\n\nStyrelsemötet hölls den 20 mars 2023 hos Anna.\n\n§ 1 Öppnande\n",
     "2023-03-20"),
    # look-alikes: no sentence of a held meeting; a date after the top line; a date line that is more
    ("Årsmötesprotokoll\n\n17 januari, 2023\n\nVi talade om den 14 november 2022 och annat.\n\n§ 1 Öppnande\n",
     "2023-01-17"),
    ("Protokoll\n\n14 november 2022\n\nÅrsmötet genomfördes 27 februari 2023 i Lokalen.\n\n§ 1 Öppnande\n",
     "2022-11-14"),
    ("Protokoll styrelsemöte 17 januari 2023\n\nProtokoll fört vid mötet den 14 november 2022.\n\n§ 1 Öppnande\n",
     "2023-01-17"),
    ("Protokoll\n\n17 januari 2023\n\nÅrsmötet hölls den 14 november 2019.\n\n§ 1 Öppnande\n", "2023-01-17"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_meeting_day_under_page_date(text: str, expected: str) -> None:
    meeting, _ = extract_meeting(minutes_from_text(text))
    assert meeting.date == expected
