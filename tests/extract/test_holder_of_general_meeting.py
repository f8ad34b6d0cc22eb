"""A body that names only the kind of a general meeting ("Årsmöte", "Årsmötet") where the head names the
association that held it: in a sentence saying so ("Svenska folkpartiet i Ingå höll sitt årsmöte på Wilhelmsdal
den 8.3.", `header.holder_of_general_meeting`), or on a line of its own right under a title naming only the kind
("Årsmötesprotokoll" / "Svenskfinlands krigsänkebarn" / "Protokoll fört vid årsmötet ...",
`header.name_line_under_general_meeting_title`). Both give "<association>, <kind>"; before, the body was the bare
kind.

Look-alikes: a subject naming no one ("Föreningen höll sitt årsmöte", "Vi höll vårt årsmöte"), a person's name
under the title, a dated line, a sentence, a label.
"""

from __future__ import annotations

import pytest

from planner.extract.header import extract_meeting
from planner.extract.text import minutes_from_text

_TAIL = "\n\n1. Mötets öppnande\n\nOrdföranden öppnade mötet.\n\n2. Val av sekreterare\n"


@pytest.mark.parametrize(
    ("head", "body"),
    [
        # real phrases
        (("Årsmöte 7.3.2018 på Wilhelmsdal\n\nSvenska folkpartiet i Ingå höll sitt årsmöte på Wilhelmsdal den 8.3. "
          "Ca 20 medlemmar deltog i mötet.\n"), "Svenska folkpartiet i Ingå, årsmöte"),
        ("Årsmöte 2019-03-12\n\nHembygdsföreningen Gillet höll ordinarie årsmöte i bygdegården.\n",
         "Hembygdsföreningen Gillet, årsmöte"),
        (("Årsmötesprotokoll\n\nSvenskfinlands krigsänkebarn\n\nProtokoll fört vid årsmötet 16.3.2024 kl 13 på "
          "Soldathemmet i Vasa.\n"), "Svenskfinlands krigsänkebarn, årsmöte"),
        # look-alikes: a subject naming no one; a person under the title; a dated line; a sentence
        ("Årsmöte 2019-03-12\n\nFöreningen höll sitt årsmöte i bygdegården.\n", "Årsmöte"),
        ("Årsmöte 2019-03-12\n\nVi höll vårt årsmöte i bygdegården.\n", "Årsmöte"),
        ("Årsmötesprotokoll\n\nAnna Svensson\n\nProtokoll fört vid årsmötet 16.3.2024 kl 13.\n", "Årsmötet"),
        ("Årsmötesprotokoll\n\nLördag 16 mars\n\nProtokoll fört vid årsmötet 16.3.2024 kl 13.\n", "Årsmötet"),
        ("Årsmötesprotokoll\n\nVälbesökt årsmöte i år.\n\nProtokoll fört vid årsmötet 16.3.2024 kl 13.\n",
         "Årsmötet"),
    ],
)
def test_holder_of_general_meeting(head: str, body: str) -> None:
    meeting, _ = extract_meeting(minutes_from_text(head + _TAIL))
    assert meeting.body == body
