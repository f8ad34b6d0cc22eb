"""A name with a particle ("von", "af", "de") in a comma list of names: the word before the particle is the given name.

In a comma list whose entries may carry an organisation after their comma ("Ingemar Nyman, Bjurholm Dagmar
Schröder, Bjurholm"), a three-word entry after a bare comma is read as the previous entry's organisation and a
name. An entry whose second word is a particle ("Ingela von Post Andrée") begins with a given name: no
organisation is followed by "von". Look-alikes: the organisation layout without particle, and a particle later in
the entry ("Bjurholm Dagmar von Essen") keep the organisation reading.
"""

from __future__ import annotations

import pytest

from planner.extract.attendance import _flattened


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Rolf Wiberg, Mattias Pettersson, Ingela von Post Andrée, Mats Gustafsson, Fredrik Stenqvist,",
         ["Rolf Wiberg", "Mattias Pettersson", "Ingela von Post Andrée", "Mats Gustafsson", "Fredrik Stenqvist"]),
        ("Anna Ek, Bo Berg, Carl af Klercker Lund, Eva Dahl,",
         ["Anna Ek", "Bo Berg", "Carl af Klercker Lund", "Eva Dahl"]),
        # look-alikes: the organisation after a bare comma stays the previous entry's
        ("Ingemar Nyman, Bjurholm Dagmar Schröder, Bjurholm Per Olsson, Vännäs",
         ["Ingemar Nyman", "Dagmar Schröder", "Per Olsson"]),
        ("Ingemar Nyman, Bjurholm Dagmar von Essen, Bjurholm",
         ["Ingemar Nyman", "Dagmar von Essen"]),
    ],
)
def test_particle_after_a_bare_comma(text: str, names: list[str]) -> None:
    assert [p.name for p in _flattened(text, 0, set())] == names
