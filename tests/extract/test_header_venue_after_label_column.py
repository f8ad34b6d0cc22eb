"""A flattened front page whose label column runs on before its values gives the place after the place's label
and the other labels that follow it: "Plats och tid: Beslutande: Icke tjänstgörande ersättare Sekreterare:
Sessionssalen, Rådhuset, Örebro Torsdag den 6 mars", "Plats Beslutande Ledamöter Övriga deltagande Utses att justera
Justering Underskrifter Kinnarps Arena, Jönköping Leif Larsson, ordförande". The place ends at the next label, the
day, the hours, a bracket or the attendance list's first name. Not read: hours or a date after the labels, a name
list, a platform, words with neither a comma nor a place noun, a label and its value with nothing after."""

from __future__ import annotations

import pytest

from planner.extract.header import extract_meeting, venue_after_label_column
from planner.extract.text import minutes_from_text


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (("3 Plats och tid: Beslutande: Icke tjänstgörande ersättare Sekreterare: Sessionssalen, Rådhuset, Örebro "
         "Torsdag den 6 mars Enligt närvarolista"), "Sessionssalen, Rådhuset, Örebro"),
        (("2012-12-06 1 (17) Tid Torsdag den 6 december 12.30 17.00 Plats Beslutande Ledamöter Övriga deltagande Utses "
         "att justera Justering Underskrifter Kinnarps Arena, Jönköping Leif Larsson, ordförande Lena Celion"),
         "Kinnarps Arena, Jönköping"),
        (("Sida 2 Sammanträdestid Torsdagen den 19 april 2018 kl. 16.30 - Sammanträdesplats Beslutande Övriga "
         "närvarande Oasen boende- och vårdcenter, konferensrummet Ledamöter: Suppleanter: Gyrid Högman, ordförande"),
         "Oasen boende- och vårdcenter, konferensrummet"),
        (("Kommunstyrelsen Tid Tisdagen den 2 juni 2015 kl. 8:00 10:50 Plats Sammanträdesrum Magistern Omfattning "
         "ande Johan Persson (S), ordförande"), "Sammanträdesrum Magistern"),
        ("3 3 Plats tid Barn- ungdomskontoret, Sunnerö Kl Paragrafer Beslutande Leif Hansson (S) Jenny Helgesson (S)",
         "Barn- ungdomskontoret, Sunnerö"),
        (("MINNESANTECKNINGAR 1(9) Kommunchefsgrupp Dag Tid Plats ande Umeå stadshus, Ryttmästaren, rum: Tornisten "
         "Hans-Åke Donnersvärd, Bjurholms kommun"), "Umeå stadshus, Ryttmästaren, rum: Tornisten"),
        # look-alikes: hours after the labels; a name list; a platform; no comma and no place noun; a label and its
        # value with nothing after; the label's own words going on ("för ..."); "Plats" in a sentence; the checking's
        # "plats" in lower case
        ("Plats och tid Beslutande 14:00-16:00 Ledamöter Anna Ek", None),
        ("Plats Beslutande Anna Ek, ordförande Per Bo, vice ordförande", None),
        ("Plats Beslutande Ledamöter Microsoft Teams, digitalt möte Anna Ek", None),
        ("Plats Beslutande Ledamöter Norra Sandby Anna Ek", None),
        ("Plats Stadshuset, Eksjö", None),
        ("Plats och tid för Kungsbackarummet, Storgatan 37 Klockan 09.06–12.45", None),
        ("KALLELSE Ordföranden meddelar att Plats Hellqvistsalen inte kan användas. Förslag till justerare: Anna Ek",
         None),
        ("Justeringens plats och tid Kommunkontoret, Henån 2011-03-07", None),
    ],
)
def test_venue_after_label_column(line: str, expected: str | None) -> None:
    got = venue_after_label_column(line)
    assert (got.value if got else None) == expected


def test_flattened_front_page_gives_the_place() -> None:
    text = (
        "Protokoll Barn- och ungdomsnämnden 2015-10-27\n\n"
        "3 3 Plats tid Barn- ungdomskontoret, Sunnerö Kl Paragrafer Beslutande Leif Hansson (S) Jenny Helgesson (S) "
        "Björn Salthammer-Wallin (S)\n\n1 Godkännande av dagordning\n"
    )
    assert extract_meeting(minutes_from_text(text))[0].venue == "Barn- ungdomskontoret, Sunnerö"
