"""The paragraph's number after its title ("Sammanträdet öppnas § 39"): the heading's number, the title without it.

A faculty board's minutes set each paragraph's number in the right margin of its heading line; the text copy
reads it after the title. Three or more such headings, numbered one by one, give each its number. Look-alikes
that give no numbers: people listed with the paragraphs they attended ("Sandra Örmander § 91", numbers that
skip), and fewer than three headings so ended.
"""

from __future__ import annotations

import pytest

from planner.extract.items import find_headings
from planner.extract.text import minutes_from_text

_HEAD = "Protokoll fört vid fakultetsnämndens sammanträde 2005-05-19\n\nNärvarande\n\nLouise Stjernberg, ledamot\n\n"
_BODY = "Ordföranden öppnar mötet och hälsar alla välkomna till dagens sammanträde.\n\n"

_REAL = [
    ("Sammanträdet öppnas § 39", "39", "Sammanträdet öppnas"),
    ("Fastställande av föredragningslista § 40", "40", "Fastställande av föredragningslista"),
    ("Val av justerare § 41", "41", "Val av justerare"),
    ("Föregående mötes protokoll § 42", "42", "Föregående mötes protokoll"),
    ("Dekanus delegationsbeslut och percapsulam-beslut §43", "43", "Dekanus delegationsbeslut och percapsulam-beslut"),
]


def _heads(lines: list[str]) -> list[tuple[str | None, str]]:
    text = _HEAD + "".join(f"{line}\n\n{_BODY}" for line in lines)
    heads, _ = find_headings(minutes_from_text(text))
    return [(h.number, h.title) for h in heads]


def test_sign_after_title_is_the_number() -> None:
    assert _heads([line for line, _, _ in _REAL]) == [(n, t) for _, n, t in _REAL]


@pytest.mark.parametrize("lines", [
    ["Sandra Örmander § 91", "Martin Snickars § 94", "Conny Karlsson Örnros § 96", "Hanna Waern Andersson § 97"],
    ["Sammanträdet öppnas § 39", "Val av justerare § 41", "Information § 44", "Rapport från LFN § 45"],
    ["Sammanträdet öppnas § 39", "Fastställande av föredragningslista", "Val av justerare § 41",
     "Föregående mötes protokoll", "Information"],
])
def test_look_alikes_get_no_numbers(lines: list[str]) -> None:
    assert all(n is None for n, _ in _heads(lines))
