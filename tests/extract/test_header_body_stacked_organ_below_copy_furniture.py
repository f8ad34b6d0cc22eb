"""A flattened front page whose label column stands before its values names the body as the organ's value:
"FÖREDRAGNINGSLISTA 1 (13) Organ Plats Regionfullmäktige Fullmäktigesalen, ...", "Organ Plats Tidpunkt
Landstingsstyrelsen Sammanträdesrum Mälaren, ...". The page is read in its first lines of text, a stored copy's
furniture above the transcript ("Storlek: px", "Download ...", "Transkript") not counted, and the organ's value
may follow the place's label alone ("Organ Plats [Tidpunkt]"). Not read: an organ's value with no body's word, a
word that only opens with "Organ", or such labels below the first lines of the minutes."""

from __future__ import annotations

import pytest

from planner.extract.header import document_parts, header_end, organ_value_after_stacked_labels
from planner.extract.text import minutes_from_text

_FURNITURE = "Storlek: px\n\nStarta visningen från sidan:\n\nDownload \"{title}\"\n\nTranskript\n\n"


def _organ(text: str) -> str | None:
    doc = minutes_from_text(text)
    parts = document_parts(doc)
    found = organ_value_after_stacked_labels(parts, header_end(parts), doc.clean)
    return found.value if found else None


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (("FÖREDRAGNINGSLISTA 1 (13) Organ Plats Regionfullmäktige Fullmäktigesalen, Stadshuset, Västerås Tidpunkt "
          "Tisdagen den 19 juni 2018, klockan 10.00"), "Regionfullmäktige"),
        (("FÖREDRAGNINGSLISTA 1 (13) Organ Plats Tidpunkt Landstingsstyrelsen Sammanträdesrum Mälaren, Landstingshuset, "
          "Västerås Onsdagen den 25 februari 2015"), "Landstingsstyrelsen"),
        ("PROTOKOLL 1 (8) Organ Plats och tid Socialnämnden Kommunhuset, Kungsör 2019-05-02 kl 13.00", "Socialnämnden"),
        ("SAMMANTRÄDESPROTOKOLL Organ Plats Tid Kultur- och fritidsnämnden Kulturhuset, Ystad Måndagen den 3 mars 2014",
         "Kultur- och fritidsnämnden"),
        ("KALLELSE 1 (4) Organ Plats Miljö- och byggnadsnämnden Stadshuset, Eksjö 2016-04-12 kl 08.30",
         "Miljö- och byggnadsnämnden"),
        ("Protokoll Organ Plats Tidpunkt Regionstyrelsens arbetsutskott Regionhuset, Växjö 2021-03-02",
         "Regionstyrelsens arbetsutskott"),
        # look-alikes: no body's word in the organ's value; a word that opens with "Organ"
        ("FÖREDRAGNINGSLISTA 1 (13) Organ Plats Stadshuset, Eksjö 2016-04-12 kl 08.30", None),
        ("PROTOKOLL Organisation Plats Regionfullmäktige Fullmäktigesalen, Västerås 2018-06-19", None),
    ],
)
def test_organ_below_copy_furniture(line: str, expected: str | None) -> None:
    assert _organ(line.split(" ", 1)[0] + " ...\n\n" + _FURNITURE.format(title=line) + line + "\n\nNärvarande\n") == expected


def test_organ_below_the_minutes_first_lines_is_not_read() -> None:
    text = (
        "Protokoll från styrelsemöte 2018-06-19\n\nStyrelsen diskuterade budgeten.\n\nBeslut fattades om lokaler.\n\n"
        "Ordföranden tackade.\n\nBilaga: Organ Plats Regionfullmäktige Fullmäktigesalen, Västerås\n"
    )
    assert _organ(text) is None
