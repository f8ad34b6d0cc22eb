"""Lettered points run in after a heading that groups the body's own reports or news are its parts, not items.

A copy that lost its line breaks runs an agenda on one line: "18 Rapporter och information a) Nya hemsidan b)
Skrivelse till Lunds kommun c) Årsmöte hos Gläntan 17 maj ... 19 Ordningsregler": the reports are item 18's parts,
and the heading is the item (its title without the first letter). The matters raised under "Övriga frågor" ("25.
Övriga frågor a) Ny ledamot b) Inbjudan c) ...") are each an item of their own, numbered by their letters.
"""

from __future__ import annotations

import pytest

from tests.extract.item_rows import item_numbers, transcript

_OPEN = "Föredragningslista 1. Mötets öppnande 2. Val av justerare 3. Godkännande av dagordningen "


@pytest.mark.parametrize(
    ("agenda", "numbers"),
    [
        (("4. Rapporter och information a) Nya hemsidan b) Skrivelse till kommunen c) Årsmöte hos Gläntan "
          "5. Ordningsregler 6. Mötet avslutas"),
         ["1", "2", "3", "4", "5", "6"]),
        ("4. Rapporter a) Verksamhetsledaren b) Ekonomi c) Projekten 5. Övriga frågor 6. Mötet avslutas",
         ["1", "2", "3", "4", "5", "6"]),
        ("4. Anmälningsärenden a) Länsstyrelsens beslut b) Protokoll från revisorerna 5. Avslutning",
         ["1", "2", "3", "4", "5"]),
        ("4. Information a) Skogsbranden i Sala b) Tillsynen av enskilda avlopp 5. Delegationsbeslut",
         ["1", "2", "3", "4", "5"]),
        ("4. Meddelanden a) Fladdermusnatten b) Kursen i svampkunskap 5. Föreningsutveckling",
         ["1", "2", "3", "4", "5"]),
        # look-alikes: the matters raised under "Övriga frågor" and the like are items
        ("4. Övriga frågor a) Ny ledamot b) Inbjudan c) Sommarlovsaktiviteter 5. Nästa sammanträde",
         ["1", "2", "3", "a", "b", "c", "5"]),
        ("4. Övrigt a) Städdag i maj b) Nycklar till klubbhuset 5. Mötets avslutande",
         ["1", "2", "3", "a", "b", "5"]),
        ("4. Frågor a) Parkeringen vid skolan b) Belysningen i parken 5. Avslutning",
         ["1", "2", "3", "a", "b", "5"]),
    ],
)
def test_run_in_letters_of_a_report(agenda: str, numbers: list[str]) -> None:
    assert item_numbers(transcript(_OPEN + agenda), "2015-05-26") == numbers
