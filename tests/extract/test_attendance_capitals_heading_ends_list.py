"""A section heading in capitals with a colon run on after the last entry of a flattened list ("... förvaltnings-
direktör Peter Andersén ÄRENDEN: UNDERSKRIFT Ordförande ..."): the list ends before it. An organisation's short
acronym with a colon ("ILCO:", "SISU:") and a list label in capitals do not end it.
"""

from __future__ import annotations

import pytest

from planner.extract.attendance import _capitals_heading_at, _line_entries


@pytest.mark.parametrize(
    ("line", "names"),
    [
        (("Sfge s ordf. Mikaela Björklund, I v.ordf. Karl-Gustav Svedjebäck, II v.ordf. Peter Hällbacka, III v.ordf. "
          "Sven-Erik Björkbacka, stadsdirektör Hans-Erik Lindqvist, förvaltningsdirektör Peter Andersén ÄRENDEN: "
          "UNDERSKRIFT Ordförande Protokollförare PROTOKOLLET HAR JUSTERATS Olav Sjögård"),
         ["Mikaela Björklund", "Karl-Gustav Svedjebäck", "Peter Hällbacka", "Sven-Erik Björkbacka",
          "Hans-Erik Lindqvist", "Peter Andersén"]),
        ("Anna Ek, kommunsekreterare, Bo Berg, ekonomichef Lena Holm PARAGRAFER: 1-9",
         ["Anna Ek", "Bo Berg", "Lena Holm"]),
    ],
)
def test_capitals_heading_ends_list(line: str, names: list[str]) -> None:
    assert [p.name for p in _line_entries(line, 0, set(), False)] == names


@pytest.mark.parametrize(
    ("line", "at"),
    [
        ("stadsdirektör Hans-Erik Lindqvist, förvaltningsdirektör Peter Andersén ÄRENDEN: UNDERSKRIFT", 71),
        ("Anna Ek, Bo Berg PARAGRAFER: 1-9", 17),
        # look-alikes: an acronym of four letters, a list label in capitals, a line all in capitals
        ("Anna Ek, Bo Berg, ILCO: Lena Holm, Per Lind", None),
        ("Anna Ek, Bo Berg, Lena Holm FRÅNVARANDE: Per Lind", None),
        ("Anna Ek, Bo Berg, Lena Holm ERSÄTTARE: Per Lind", None),
        ("SAMMANTRÄDESTID: kl. 18:00", None),
        ("ANNA EK, BO BERG, LENA HOLM ÄRENDEN: 1-9", None),
    ],
)
def test_capitals_heading_at(line: str, at: int | None) -> None:
    assert _capitals_heading_at(line) == at
