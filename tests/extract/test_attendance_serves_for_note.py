"""A substitute's note written with the verb, "Tjänstgör för Mirsad Omerbasic (S)", names the member replaced as
"Ersättare för" does: on a flattened front page the notes' column ("... Besart Demaku (M) Ordförande Justerare
Tjänstgör för Mirsad Omerbasic (S) Tjänstgör för Lisa Lilja (S) ...") is no signature's value, and the members
replaced are absent. Look-alikes: "Tjänstgörande ersättare" as the list's label, "tjänstgör för närvarande" in
prose."""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.text import minutes_from_text

HEAD = "Miljönämnden. Protokoll Mn 87/2014. Datum: 2014-11-11\n\nTranskript\n\n"
FRONT = ("1 Protokoll Mn 87/2014 Miljönämnden Datum: Klockan: 09:00-12:10 Plats: Sessionssalen, Stadsbyggnadshus II "
         "Närvarande ledamöter Per-Erik Andersson (S) Lilla Alkman (KD) Thomas Eriksson (MP) Eva-Britt Sjödahl (S) "
         "Tore Mellberg (V) Tjänstgörande ersättare Birgitta Eklund (KD) Christer Karlsson (S) Besart Demaku (M) "
         "Ordförande Justerare {notes} Närvarande ersättare Torbjörn Axelsson (C) Övriga Anna Billgren Anders Ringqvist\n")
TAIL = "\n§ 1 Val av protokollsjusterare\nDagens protokoll ska justeras av ordförande.\n"

CASES = [
    pytest.param("Tjänstgör för Mirsad Omerbasic (S) Tjänstgör för Lisa Lilja (S) Tjänstgör för Margareta Arvidsson (M)",
                 ["Mirsad Omerbasic", "Lisa Lilja", "Margareta Arvidsson"], id="serves-for"),
    pytest.param("Tjänstgjorde för Mirsad Omerbasic (S) Tjänstgjorde för Lisa Lilja (S)", ["Mirsad Omerbasic",
                                                                                          "Lisa Lilja"], id="served-for"),
    pytest.param("Tjänstgör för Mirsad Omerbasic (S) Ersättare för Lisa Lilja (S)", ["Mirsad Omerbasic", "Lisa Lilja"],
                 id="mixed-notes"),
    pytest.param("Ersättare för Mirsad Omerbasic (S) Ersättare för Lisa Lilja (S)", ["Mirsad Omerbasic", "Lisa Lilja"],
                 id="substitute-for"),
    # look-alikes: no note, prose
    pytest.param("", [], id="no-notes"),
    pytest.param("Anna Billgren tjänstgör för närvarande som nämndsekreterare.", [], id="prose-for-now"),
]


@pytest.mark.parametrize(("notes", "absent"), CASES)
def test_serves_for_note_names_member_replaced(notes: str, absent: list[str]) -> None:
    meeting = extract_text(minutes_from_text(HEAD + FRONT.format(notes=notes) + TAIL)).meeting
    assert [p.name for p in meeting.absent] == absent
    assert "Besart Demaku" in [p.name for p in meeting.present]
