"""A news site's ad banner line ("Annons", "Reklam", "Advertisement") over the minutes is no title.

"Annons / Annons / Rapport från styrelsemöte 1/2023 som genomfördes ...": the body was read as "Annons".

Look-alikes: a line holding the word in a longer name ("Annonsgruppen") is still read as a title.
"""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.text import minutes_from_text

_REST = ("Rapport från styrelsemöte 1/2023 som genomfördes onsdagen den 25 januari kl 0900-1530 på "
         "Förbundskansliet, Heliosgatan 3.\n\n \n\nNärvaro\n\nFöljande deltog på mötet; Johan Storåkers (ordförande), "
         "Caroline Gedin, Stephan Hammar, Berndt Andersson, Freja Avebäck, Ulrika Granfors Wellemets.\n\n"
         "Övriga; Stefan Olsson (generalsekreterare), Anna-Lena Pettersson (sekreterare), Anna Jonsson "
         "(personalrepresentant).\n\nFöredragande; Jan Larsson, Christina Liffner\n\nÅterbud; Karin Grute Movin\n\n \n\n"
         "Nedan presenteras i sammanfattning beslut och kommentarer från mötet.\n\n \n\n • 2a Budgetförslag 2023\n\n"
         "Jan Larsson föredrar punkten enligt skriftligt underlag.\n")


@pytest.mark.parametrize(
    ("banner", "body"),
    [
        ("Annons\n\nAnnons\n\n", None),
        ("Reklam\n\n", None),
        ("Advertisement\n\n", None),
        # look-alike
        ("Annonsgruppen\n\n", "Annonsgruppen"),
    ],
)
def test_ad_banner_is_no_body(banner: str, body: str | None) -> None:
    assert extract_text(minutes_from_text(banner + _REST)).meeting.body == body
