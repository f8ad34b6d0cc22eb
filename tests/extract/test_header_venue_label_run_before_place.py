"""A flattened head whose labels run together before their values leaves a label in the venue: the
date-and-time label before the place ("PLATS DATUM OCH TID FÖR MÖTET Sofiagården, Kapellgatan 8") is
dropped, and a venue that is only the place's own label ("Plats", "Lokal") is no venue. Places that
merely open with such a word ("Tidaholms stadshus", "Datumhuset") are kept."""

from __future__ import annotations

import pytest

from planner.extract.header import Found, extract_meeting, tidied_venue
from planner.extract.text import minutes_from_text


@pytest.mark.parametrize(
    ("value", "venue"),
    [
        ("DATUM OCH TID FÖR MÖTET Sofiagården, Kapellgatan 8", "Sofiagården, Kapellgatan 8"),
        ("Datum och tid Stadshuset, Sessionssalen", "Stadshuset, Sessionssalen"),
        ("Tid och datum för sammanträdet Kommunhuset", "Kommunhuset"),
        ("TID Rådhuset, sal 3", "Rådhuset, sal 3"),
        # look-alikes: a place opening with the letters of a label; a label word in lower case inside
        ("Tidaholms stadshus", "Tidaholms stadshus"),
        ("Datumhuset, Storgatan 1", "Datumhuset, Storgatan 1"),
        ("Sofiagården, tid enligt kallelse", "Sofiagården, tid enligt kallelse"),
        ("Tid", "Tid"),
    ],
)
def test_place_without_a_date_label_before_it(value: str, venue: str) -> None:
    got = tidied_venue(Found(value, 0, len(value)))
    assert got is not None and got.value == venue


@pytest.mark.parametrize("value", ["Plats", "PLATS", "Lokal", "Sammanträdesplats", "Plats och tid"])
def test_the_place_label_alone_is_no_venue(value: str) -> None:
    assert tidied_venue(Found(value, 0, len(value))) is None


@pytest.mark.parametrize("value", ["Platsen vid sjön", "Lokalen Ugglan", "Plats 4, Kommunhuset"])
def test_a_place_named_with_the_label_word_stays(value: str) -> None:
    got = tidied_venue(Found(value, 0, len(value)))
    assert got is not None and got.value == value


def test_label_run_in_a_flattened_front_page() -> None:
    text = (
        "PROTOKOLL PARAGRAF NR SIDA Kyrkofullmäktige 11-22 1(7) PLATS DATUM OCH TID FÖR MÖTET "
        "Sofiagården, Kapellgatan 8 2014-05-27 kl. 19.00-19.45 BESLUTANDE Rolf Eknefelt (Sfk), ordförande "
        "Börje Duvell (Kr), 1:e vice ordförande ÖVRIGA DELTAGARE Hans Boeryd, kyrkoherde JUSTERINGENS PLATS OCH "
        "TID Kyrkoförvaltningen, Östra Storgatan 45, måndag 2014-06-02 Rolf Eknefelt Ordförande ANSLAG/BEVIS "
        "Justeringen har tillkännagivits genom anslag Kyrkofullmäktige SAMMANTRÄDESDATUM 2014-05-27\n"
        "Kyrkofullmäktige 2014-05-27 2(7) * Övriga beslutande ledamöter Ulla Ahlström (S)\n\n"
        "§ 11 Val av justerare\n"
    )
    assert extract_meeting(minutes_from_text(text))[0].venue == "Sofiagården, Kapellgatan 8"
