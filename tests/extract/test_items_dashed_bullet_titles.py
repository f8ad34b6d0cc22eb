"""Minutes written as one bullet per matter, "• Title – text": the titles are the items.

An association's board writes its minutes as a list: "• Val av sekreterare – Annica Lindquist",
"• Ekonomi – det finns 34782 på kontot, ...". No number, no heading line: the short title before the
spaced dash is the item. Look-alikes that must give no items: an attendance list of names and roles
("• Anna Berg – ordförande"), a list of dates ("• 3 april – dans"), too few dashed bullets, and a list
where most bullets are plain points.
"""

from __future__ import annotations

import pytest

from planner.extract.items import find_headings
from planner.extract.text import minutes_from_text

_HEAD = "Styrelsemöte 2020.03.12\n\nProtokoll 12 mars 2020\n\n"


def _titles(bullets: list[str]) -> list[str]:
    text = _HEAD + "".join(f" • {b}\n\n" for b in bullets)
    heads, _ = find_headings(minutes_from_text(text))
    return [h.title for h in heads]


_REAL = [
    ("Val av ordförande – Sanna Moss", "Val av ordförande"),
    ("Val av sekreterare – Annica Lindquist", "Val av sekreterare"),
    ("Ekonomi – det finns 34782 på kontot, men vi har diverse räkningar för 14118 kr som ska betalas.", "Ekonomi"),
    ("Uthyrning av arkivet – Hyran är 1200 kr/år.", "Uthyrning av arkivet"),
    ("Stäm av ”Att-göra-listan” – vi stämde av, och flera saker är nu klara.", "Stäm av ”Att-göra-listan”"),
    ("Valberedningen – Valberedningskommittén jobbar på för fullt.", "Valberedningen"),
    ("Klabbe kvällen – kvällen var väldigt uppskattad. Dans till CC-Riders.", "Klabbe kvällen"),
    ("Nästa arrangemang i bystugan – familjeträff 4 april – är inställd", "Nästa arrangemang i bystugan"),
    ("Medlemsvärvning - vi delar ut flygblad på torget i maj.", "Medlemsvärvning"),
]


def test_dashed_bullets_are_the_items() -> None:
    assert _titles([line for line, _ in _REAL]) == [title for _, title in _REAL]


@pytest.mark.parametrize("bullets", [
    # attendance: names and roles
    ["Anna Berg – ordförande", "Per Olsson – kassör", "Eva Lind – sekreterare", "Mats Ek – ledamot",
     "Sara Holm – suppleant"],
    # officers by role
    ["Ordförande – Anna Berg", "Kassör – Per Olsson", "Sekreterare – Eva Lind", "Ledamot – Mats Ek"],
    # dates of a schedule
    ["3 april – dans i bystugan", "1 maj – marknadsdansen", "6 juni – nationaldagsfirande", "15 augusti – kräftskiva"],
    # too few dashed bullets
    ["Ekonomi – det finns pengar på kontot.", "Årsmöte – kaffe och kaffebröd ordnas av Sanna.",
     "Valberedningen – jobbar på för fullt."],
    # mostly plain points: a list in the text, a dash in some of them
    ["Ekonomi – det finns pengar på kontot.", "Årsmöte – kaffe och kaffebröd ordnas av Sanna.",
     "Valberedningen – jobbar på för fullt.", "Danser – hjälpare behövs till dansen.",
     "Staketet runt gården är lågt.", "Tekniken är eftersatt.", "Cykelstället behöver lagas.",
     "Bra forum för föräldrasynpunkter.", "Mer information på hemsidan."],
    # short tails: a list of things and their owners
    ["Kaffe – Anna", "Bröd – Per", "Dukar – Eva", "Blommor – Sara"],
])
def test_look_alikes_give_no_dashed_items(bullets: list[str]) -> None:
    titles = _titles(bullets)
    dashed = {b.split(" – ")[0].split(" - ")[0] for b in bullets}
    assert not dashed & set(titles)
