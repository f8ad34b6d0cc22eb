"""A run of "Name (P)" entries with the next list running on after it, without its label, in a shape of its own.

A flattened header loses the label between the politicians and the next group (the organisations' members, the
officials): "Kerstin Karlstedt (M) Lise-Lotte Jacobsson (S) Christer Påhlson (S) Britt-Marie Andersson, SRF Irja
Eriksson, Bröstcancerföreningen Bertil Andersson, PRO Vagnhärad Linda Axelsson, planchef". The text after the
last "(P)" entry is read as entries too when it begins with a name and its comma, and reads two persons at least.

Look-alikes: text after the run that begins with no name and comma (a place and a date, a sentence, a single
word) or reads one person only is left alone, as before.
"""

from __future__ import annotations

import pytest

from planner.extract.attendance import _paren_entries

_RUN = "Martina Johansson (C), ordförande Kerstin Karlstedt (M) Lise-Lotte Jacobsson (S) Christer Påhlson (S) "
_RUN_NAMES = ["Martina Johansson", "Kerstin Karlstedt", "Lise-Lotte Jacobsson", "Christer Påhlson"]


@pytest.mark.parametrize(
    ("tail", "more"),
    [
        ("Britt-Marie Andersson, SRF Irja Eriksson, Bröstcancerföreningen Bertil Andersson, PRO Vagnhärad",
         ["Britt-Marie Andersson", "Irja Eriksson", "Bertil Andersson"]),
        ("Linda Axelsson, planchef Emma Svedin, sekreterare Helena Edenborg, kanslichef",
         ["Linda Axelsson", "Emma Svedin", "Helena Edenborg"]),
        ("Anna Ek, Bo Berg och Cia Holm", ["Anna Ek", "Bo Berg", "Cia Holm"]),
        # look-alikes
        ("Trosa kommunhus, 2016-09-29", []),
        ("Mötet öppnades, och ordföranden hälsade alla välkomna", []),
        ("Anna Ek, sekreterare", []),
        ("Protokollet", []),
        ("", []),
    ],
)
def test_entries_after_a_party_run(tail: str, more: list[str]) -> None:
    text = _RUN + tail
    people = _paren_entries(text, 0)
    assert [p.name for p in people] == _RUN_NAMES + more
    assert all(text[p.start: p.end] == p.name for p in people)
