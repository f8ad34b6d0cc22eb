"""A venue label inside a line of a flattened front page (a transcript of a municipal cover page), its place run on
to the first attendance list's label with only the leftovers of a lost time between: "Tid kl Plats kommungården
Närvarande Östman Per, ordförande ...", "Mötesplats och -tid Kommunhuset kl paus kl Närvarande medlemmar
Laaksonen Merja, ordförande ..." (Ostrobothnian and Nyland boards, Swedish municipal boards).

Before, an inner venue label was read only before an attendee with a party ("Plats ande Ledamöter Oden, ...,
Växjö Suzanne Frank (M)"), so these places were lost.

Look-alikes: label words or a clock between the label and the list ("Plats och tid Borås, kl Omfattning 1-17
Beslutande"), a weekday, or no list label after the place give nothing here.
"""

from __future__ import annotations

import pytest

from planner.extract.header import extract_meeting, place_before_list_label
from planner.extract.text import minutes_from_text


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("1 -2, KST :00 Tid kl Plats kommungården Närvarande Östman Per, ordförande Backman Gustav", "kommungården"),
        ("Sida 2 Nr 4/2013 Mötesplats och -tid Kommunhuset kl paus kl Närvarande medlemmar Laaksonen Merja, ordf",
         "Kommunhuset"),
        ("Organ Kommunstyrelsen Sammanträdesplats Kommungården, Bennäs Beslutande Sandberg Henrik, ordf.",
         "Kommungården, Bennäs"),
        ("Tid kl 18.00 Plats Rum 4523, KTH Närvarande Anna Ek, Bo Berg", "Rum 4523, KTH"),
        ("Datum 2014-04-28 Lokal Stora salen, Stadshuset 18.30 Ledamöter Anna Ek (S)", "Stora salen, Stadshuset"),
        ("Protokoll Plats Byahuset Deltagare Anna Ek, Bo Berg, Cia Holm", "Byahuset"),
        # look-alikes
        ("Plats och tid Borås, kl Omfattning 1-17 Beslutande Anna Ek (S)", None),
        ("Plats ande Ledamöter Oden, Sigfridsområdet, Växjö", None),
        ("Plats Tisdagen Närvarande Anna Ek", None),
        ("Plats kommungården i Vörå, där styrelsen samlades efter lunch och kaffe Närvarande Anna Ek", None),
        ("Plats Kommunhuset Närvarande: se bilaga", None),
        ("Plats Kommunhuset Sekreterare Anna Ek", None),
    ],
)
def test_place_before_list_label(text: str, place: str | None) -> None:
    found = place_before_list_label(text)
    assert (found.value if found else None) == place
    if found is not None:
        assert text[found.start: found.end] == found.value


def test_place_before_list_label_in_a_transcript() -> None:
    text = ("KST 31.03.2011\n\nTranskript\n\n1 -2, KST :00 Tid kl Plats kommungården Närvarande Östman Per, ordförande "
            "Backman Gustav, I viceordförande Granlund Gun, II viceordförande Blusi Anna-Lena, ledamot Paragrafer\n\n"
            "2 102, KST LAGLIGHET OCH BESLUTFÖRHET Kommunstyrelsens ordförande konstaterar sammanträdets laglighet.\n")
    meeting = extract_meeting(minutes_from_text(text))[0]
    assert meeting.venue == "kommungården"
