"""A document site's download button names the file by its title ('Download "Protokoll fört vid sammanträde med
Demokratikommitten 2013 08 22. Plats: ..."'): a title, where a compact or spaced date ("2013 08 22", "20130822")
is read as in the minutes' own title. Look-alike: a spaced number in a line of the text is no date."""

from __future__ import annotations

import pytest

from planner.extract.header import extract_meeting
from planner.extract.text import minutes_from_text


def _date(text: str) -> str | None:
    return extract_meeting(minutes_from_text(text))[0].date


_COPY = ("Protokoll fört vid sammanträde med Demokratikommitten Plats: Stadshuset. Tid: Närvarande: 2 Godkännande av "
         "dagordningen\n\nStorlek: px\nStarta visningen från sidan:\n\n{download}\n\nTranskript\n\n1 Protokoll fört vid "
         "sammanträde med Demokratikommitten Plats: Stadshuset Tid: Närvarande: Per Ulfsbo Husniya Hasan (s) "
         "v.ordförande 1 Mötets öppnande Ordföranden hälsar alla välkomna och förklarar mötet öppnat.\n")


@pytest.mark.parametrize(
    ("download", "date"),
    [
        (('Download "Protokoll fört vid sammanträde med Demokratikommitten 2013 08 22. Plats: Stadshuset. Tid: '
         '08.00-10.00. Närvarande: 2 Godkännande av dagordningen"'), "2013-08-22"),
        ('Download "Protokoll fört vid sammanträde med Demokratikommitten 20130822, Stadshuset"', "2013-08-22"),
        # look-alike: no download button, the spaced date in a line of text
        ("Kontakta kansliet på telefon 2013 08 22 eller via e-post.", None),
    ],
)
def test_download_title_date(download: str, date: str | None) -> None:
    assert _date(_COPY.format(download=download)) == date
