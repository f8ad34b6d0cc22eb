"""A flattened front page whose label column stands before its values: the organ label, the place's label and the
time's label apart ("Organ Plats Tidpunkt"), then the organ's value, the place and the day in a run. The venue
was read with the time's label and the body's name in front of it ("Tidpunkt Landstingsstyrelsen Sammanträdesrum
Mälaren, ...") or the time's label after it ("... Stadshuset, Västerås Tidpunkt")."""

from __future__ import annotations

import pytest

from planner.extract.header import extract_meeting
from planner.extract.text import minutes_from_text

# a stored copy's page: its title, the viewer's frame, then the transcript of the front page
TITLE = ("Sammanträdet öppnas\n\nStorlek: px\nStarta visningen från sidan:\n\nDownload \"Sammanträdet öppnas\"\n\n"
         "Transkript\n\n1 FÖREDRAGNINGSLISTA 1 (13) ")
TAIL = " Ledamöter Ersättare Övriga Anna Berg (S), ordförande Per Holm (M) Eva Lind (C)\n"


@pytest.mark.parametrize(
    ("head", "venue"),
    [
        # the organ's, the place's and the time's labels, then their values in the same order
        (("Organ Plats Tidpunkt Landstingsstyrelsen Sammanträdesrum Mälaren, Landstingshuset, Västerås "
          "Onsdagen den 25 februari 2015, kl 09.00"), "Sammanträdesrum Mälaren, Landstingshuset, Västerås"),
        ("Organ Plats Tid Kommunstyrelsen Sessionssalen, Stadshuset, Sala Onsdagen den 25 februari 2015, kl 09.00",
         "Sessionssalen, Stadshuset, Sala"),
        # the organ's and the place's labels, the time's label between the place and the day
        (("Organ Plats Regionfullmäktige Fullmäktigesalen, Stadshuset, Västerås Tidpunkt Tisdagen den 19 juni 2018, "
          "klockan 09.00"), "Fullmäktigesalen, Stadshuset, Västerås"),
        ("Organ Plats Socialnämnden Kommunhuset, Kungsör Tidpunkt Tisdagen den 19 juni 2018, klockan 09.00",
         "Kommunhuset, Kungsör"),
        # look-alikes: no body's name after the labels, or the place's own label only: the place stays whole
        (("Organ Plats Tidpunkt Sammanträdesrum Mälaren, Landstingshuset, Västerås Onsdagen den 25 februari 2015, "
          "kl 09.00"), "Sammanträdesrum Mälaren, Landstingshuset, Västerås"),
        ("Plats Styrelserummet, Landstingshuset, Västerås Tidpunkt Onsdagen den 25 februari 2015, kl 09.00",
         "Styrelserummet, Landstingshuset, Västerås"),
    ],
)
def test_venue_after_stacked_organ_and_place_labels(head: str, venue: str) -> None:
    assert extract_meeting(minutes_from_text(TITLE + head + TAIL))[0].venue == venue
