"""Entries of a table of contents run together without numbers: a kind of matter opens the next one, a dash goes on.

"INNEHÅLLSFÖRTECKNING SIDAN ... Riktlinjer föreningsstöd ungdomsorganisationer Delgivningar Motion av Fredric
Olofsson (skp) och Gun Isaxon (skp) - Samordnat ungdomsarbete Motion av Stig Eriksson (v) ...": after an entry that
ends on a capitalised word ("Delgivningar"), a council's kind of matter ("Motion", "Medborgarförslag",
"Interpellation", "Avsägelse", "Remissvar") opens the next entry; after a dash standing alone the motion's own title
goes on ("- Samordnat ungdomsarbete").

Look-alikes: a capitalised name inside an entry ("Information från Kommunförbundet Norrbotten", "Svar på remiss från
Region Gotland") goes on; a kind of matter after a preposition or "och" goes on ("Svar på Motion", "Motioner och
Medborgarförslag").
"""

from __future__ import annotations

import pytest

from planner.extract.items import _headed_unnumbered_contents, _opens_contents_entry
from planner.extract.text import minutes_from_text


@pytest.mark.parametrize(
    ("last", "word", "after", "opens"),
    [
        ("Delgivningar", "Motion", ["av"], True),
        ("Anmälningsärenden", "Medborgarförslag", ["om"], True),
        ("AB", "Interpellation.", ["Vägbelysning"], True),
        ("Meddelanden", "Avsägelse", ["från"], True),
        ("Gotland", "Remissvar", ["Nationell"], True),
        ("-", "Samordnat", ["ungdomsarbete"], False),
        ("–", "Gör", ["som"], False),
        # look-alikes
        ("Kommunförbundet", "Norrbotten", [], False),
        ("från", "Region", ["Gotland"], False),
        ("på", "Motion", ["om"], False),
        ("och", "Medborgarförslag", [], False),
    ],
)
def test_opens_contents_entry(last: str, word: str, after: list[str], opens: bool) -> None:
    assert _opens_contents_entry(last, word, after) is opens


def test_contents_of_a_council() -> None:
    doc = minutes_from_text(
        "Kommunfullmäktige 2014-03-03\n\nTranskript\n\n2 SAMMANTRÄDESPROTOKOLL Sid 19 (53) INNEHÅLLSFÖRTECKNING SIDAN "
        "Information från vattenrådet Riktlinjer föreningsstöd ungdomsorganisationer Delgivningar Motion av Fredric "
        "Olofsson (skp) och Gun Isaxon (skp) - Samordnat ungdomsarbete Motion av Stig Eriksson (v) - Fartdämpande "
        "åtgärder vid skolan Medborgarförslag om gatubelysning\n")
    assert [h.title for h in _headed_unnumbered_contents(doc)] == [
        "Information från vattenrådet", "Riktlinjer föreningsstöd ungdomsorganisationer", "Delgivningar",
        "Motion av Fredric Olofsson (skp) och Gun Isaxon (skp) - Samordnat ungdomsarbete",
        "Motion av Stig Eriksson (v) - Fartdämpande åtgärder vid skolan", "Medborgarförslag om gatubelysning"]
