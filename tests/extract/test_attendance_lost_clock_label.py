"""A municipal protocol's front page flattened by a stored copy keeps the labels of values it lost: the clock of the
hours a member sat ("Hans Henrikson (mp) Kl Eva Ivarson (fp)") and a label column's "Paragraf" ("Sekreterare
Paragraf Linda Andersson"). Read into the next name, the label is dropped: the name is "Eva Ivarson". Look-alikes:
a name that begins like the label ("Klas Berg", "Klara Ek"), a clock with its time ("kl 13.00 Eva Ek")."""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.text import minutes_from_text

HEAD = "Sammanträdesprotokoll 2005-09-07\n\nPlats och tid Bohusrummet, Kl\n"
FRONT = ("1 Sida 1 (27) Plats och tid Bohusrummet, Kl ande Miguel Odhner (s) Ordförande Bengt Gustafsson (m) Vice "
         "ordförande Morgan Hedman (s) Mats Frisell (s) Ersättare Ingemar Karlsson (s) Jane Johansson Bredin (m) {} "
         "Niclas Palmqvist (s) Hans Henrikson (mp) {} Sekreterare {}")
TAIL = "\n\n§ 1 Val av justerare\nBengt Gustafsson utses.\n"

CASES = [
    pytest.param(FRONT.format("Kl Inga-Lill Söderberg (s)", "Kl Eva Ivarson (fp)", "Linda Andersson"),
                 ["Inga-Lill Söderberg", "Eva Ivarson"], id="clock-labels"),
    pytest.param(FRONT.format("Kl , , Inga-Lill Söderberg (s)", "Kl Eva Ivarson (fp)", "Linda Andersson"),
                 ["Inga-Lill Söderberg", "Eva Ivarson"], id="clock-label-with-commas"),
    pytest.param(FRONT.format("Inga-Lill Söderberg (s)", "Eva Ivarson (fp)", "Paragraf Linda Andersson"),
                 ["Inga-Lill Söderberg", "Eva Ivarson", "Linda Andersson"], id="paragraph-label"),
    pytest.param(FRONT.format("Klockan Inga-Lill Söderberg (s)", "Kl. Eva Ivarson (fp)", "Linda Andersson"),
                 ["Inga-Lill Söderberg", "Eva Ivarson"], id="klockan-and-kl-dot"),
    # look-alikes: names that begin like the label
    pytest.param(FRONT.format("Klas Söderberg (s)", "Klara Ivarson (fp)", "Linda Andersson"),
                 ["Klas Söderberg", "Klara Ivarson"], id="kl-names"),
]


@pytest.mark.parametrize(("text", "names"), CASES)
def test_lost_value_label_is_no_part_of_the_name(text: str, names: list[str]) -> None:
    present = [p.name for p in extract_text(minutes_from_text(HEAD + text + TAIL)).meeting.present]
    assert all(n in present for n in names), present
    assert not any(p.startswith(("Kl ", "Kl. ", "Klockan ", "Paragraf ")) for p in present), present
