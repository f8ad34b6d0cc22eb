"""The organ label of a flattened municipal front page, run on with the date's label before both values.

"RÄDDNINGSOMRÅDE ÅLANDS LANDSKOMMUNER Organ Sammanträdesdatum Nr Räddningsområde Ålands landskommuner 28.1.2015 1
Sammanträdestid ...": the body was read as the letterhead with the label ("... LANDSKOMMUNER Organ"), and from
"Organ Datum 7/2019 Förbundsstyrelsen 15.05.2019" no body was read. The organ's value is the words between the
label run and the dotted day of the date's cell.

Look-alikes: the labels without a dotted day after the value ("Organ Sammanträdesdatum BEVIS Justeringen ...",
a posting block) give no body of their own.
"""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.text import minutes_from_text

_REST = (" Sammanträdestid Sammanträdesplats Beslutande 28.1.2015 kl 18:30 19:10 kommungården i Jomala "
         "Aller Kristian, ordf., Berndtsson Krister, Bjurne Yngve, Lindblom Per. Paragrafer 1 5 Underskrifter\n"
         "1 SAMMANTRÄDETS ÖPPNANDE Sammanträdet öppnades kl 18.30 av ordföranden.\n"
         "2 ANMÄLNINGSÄRENDEN Antecknades för kännedom.\n")


@pytest.mark.parametrize(
    ("head", "body"),
    [
        (("RÄDDNINGSOMRÅDE ÅLANDS LANDSKOMMUNER Organ Sammanträdesdatum Nr Räddningsområde Ålands landskommuner "
          "28.1.2015 1"), "Räddningsområde Ålands landskommuner"),
        ("Organ Datum 7/2019 Förbundsstyrelsen 15.05.2019", "Förbundsstyrelsen"),
        ("JOMALA KOMMUN Organ Sammanträdesdatum Nr Kommunfullmäktige 28.1.2015 1", "Kommunfullmäktige"),
        ("SALTVIKS KOMMUN Organ Sammanträdesdatum Byggnadsnämnden 28.01.2015", "Byggnadsnämnden"),
        ("Organ Mötesdatum Nr Socialnämnden 28.1.2015 3", "Socialnämnden"),
        ("Organ Utfärdad den Tekniska nämnden 28.1.2015", "Tekniska nämnden"),
    ],
)
def test_organ_value_before_dotted_day(head: str, body: str) -> None:
    assert extract_text(minutes_from_text(head + _REST)).meeting.body == body


@pytest.mark.parametrize(
    "head",
    [
        # no dotted day closes the value: not this layout
        "Organ Sammanträdesdatum BEVIS Justeringen har tillkännagivits genom anslag 28 januari 2015",
        # the day after the value is written out, not dotted: the value is not read by this rule
        "Organ Sammanträdesdatum BEVIS Anslaget 28 januari 2015",
    ],
)
def test_no_organ_value_without_the_layout(head: str) -> None:
    body = extract_text(minutes_from_text(head + _REST)).meeting.body
    assert "BEVIS" not in (body or "")
