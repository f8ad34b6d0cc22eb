"""The cleaned text's character map and lines, and the helpers that build them without per-character work."""

from __future__ import annotations

import dataclasses
import itertools
import re

import pytest

from planner.extract import text as text_module
from planner.extract.text import Line, looks_like_latex, minutes_from_text

# The emphasis pattern as first written; `_EMPHASIS` is the same pattern reordered for speed.
EMPHASIS = re.compile(r"(?<![\w*])(\*{1,3}|_{2,3})(?=[^\s*])|(?<=[^\s*])(\*{1,3}|_{2,3})(?![\w*])")


def strings(alphabet: str, longest: int) -> list[str]:
    return ["".join(p) for n in range(longest + 1) for p in itertools.product(alphabet, repeat=n)]


def test_emphasis_pattern_finds_what_the_plain_form_finds() -> None:
    for s in strings("*_ a.", 6):
        assert [m.span() for m in text_module._EMPHASIS.finditer(s)] == [m.span() for m in EMPHASIS.finditer(s)], s


def test_strip_emphasis_equals_deleting_each_match() -> None:
    for s in strings("*_a ", 6):
        if "*" not in s and "__" not in s:
            continue
        offs = tuple(range(10, 10 + len(s)))
        got_text, got_offs = text_module._strip_emphasis(s, offs)
        spans = [m.span() for m in EMPHASIS.finditer(s)]
        deleted = {i for a, b in spans for i in range(a, b)}
        assert got_text == "".join(c for i, c in enumerate(s) if i not in deleted), s
        assert list(got_offs) == [o for i, o in enumerate(offs) if i not in deleted], s


def test_make_lines_builds_the_same_frozen_lines() -> None:
    made = text_module._make_lines(["a", "", "## b"], [0, 2, 3], [0, 0, 2], [False, True, False])
    assert made == (Line("a", 0, 1), Line("", 2, 2, 0, True), Line("## b", 3, 3, 2))
    assert [hash(line) for line in made] == [hash(Line("a", 0, 1)), hash(Line("", 2, 2, 0, True)),
                                              hash(Line("## b", 3, 3, 2))]
    assert made[2].end == 7
    with pytest.raises(dataclasses.FrozenInstanceError):
        made[0].text = "x"  # type: ignore[misc]


def test_offsets_are_shared_up_to_the_cap() -> None:
    small = text_module._offsets(100)
    assert len(small) > 100 and all(small[i] == i for i in range(101))
    assert text_module._offsets(50) is text_module._offsets(100)
    big = text_module._offsets(text_module._OFFSETS_CAP + 5)
    assert len(big) == text_module._OFFSETS_CAP + 6 and big[-1] == text_module._OFFSETS_CAP + 5
    assert text_module._offsets(10) is not big  # a text over the cap does not grow the shared map


def test_latex_markers_are_looked_for_in_the_first_20000_characters() -> None:
    assert looks_like_latex("x" * 19900 + "\\section{Val}")
    assert not looks_like_latex("x" * 19990 + "\\documentclass{article}")  # runs past the limit
    assert not looks_like_latex("Sökväg: C:\\protokoll\\2020")


MIXED = [
    "Protokoll styrelsemöte",
    "",
    "## **1. Mötets öppnande**  ",
    "Ordföranden öppnade mötet.   ",
    "*Föredragande: Anna Ek*",
    "**Tid:** 9.00–12.00, sam\u00adverkan\u00a0i Växjö",
    "| Namn | Ort |",
    "|---|---|",
    "| Anna Ek | Växjö |",
    "Se [bilagan](http://x.se/a) och 85 % av punkt \\#3.",
    "\t",
    "Sista raden",
]


@pytest.mark.parametrize("line_break", ["\n", "\r\n", "\r", "mixed"])
@pytest.mark.parametrize("ending", ["", "\n", "  "])
def test_clean_lines_and_map_agree(line_break: str, ending: str) -> None:
    if line_break == "mixed":  # CRLF and LF by turns
        text = "".join(line + ("\r\n" if k % 2 else "\n") for k, line in enumerate(MIXED[:-1])) + MIXED[-1] + ending
    else:
        text = line_break.join(MIXED) + ending.replace("\n", line_break)
    doc = minutes_from_text(text)
    assert doc.clean == "\n".join(line.text for line in doc.lines)
    assert len(doc.index) == len(doc.clean)
    assert [line.number for line in doc.lines] == list(range(1, len(doc.lines) + 1))
    for line in doc.lines:
        assert doc.clean[line.start:line.end] == line.text
        for i in range(line.start, line.end):  # a tab stands for a table's "|"
            assert doc.clean[i] == "\t" or doc.text[doc.index[i]] in (doc.clean[i], "\u00a0"), (line, i)
        if line.end < len(doc.clean):  # the line break maps to the break in the text
            assert doc.text[doc.index[line.end]] in "\r\n"
    texts = [line.text for line in doc.lines]
    assert texts[2:10] == ["1. Mötets öppnande", "Ordföranden öppnade mötet.", "Föredragande: Anna Ek",
                           "Tid: 9.00–12.00, samverkan i Växjö", "Namn\tOrt", "", "Anna Ek\tVäxjö",
                           "Se bilagan och 85 % av punkt #3."]
    assert [line.level for line in doc.lines][2] == 2
    assert doc.lines[10].text == ""
