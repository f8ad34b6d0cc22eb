"""More shortcuts of the items step, each checked against the long way on every stored document.

Each test runs a function twice, once with the shortcut and once the plain way it replaces (a
plain computation written here, or the function's own keyword for its exhaustive path), on the
seeds, the dev and held-out documents and texts made for the edge cases, and asks for the same
result.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from planner.extract import items, words
from planner.extract.readers import read_minutes
from planner.extract.text import Minutes, minutes_from_text

ROOT = Path(__file__).resolve().parents[2]
PATHS = sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT / "tests/data/dev/docs").glob("*")) + sorted(
    (ROOT / "tests/data/extra/docs").glob("*"))

EDGE_TEXTS = [
    "# Protokoll 2021-03-04\n\n1. Öppnande\nMötet öppnas.\n\n2. Budget\nBordlades.\n",
    "§ 12 Val av justerare\nAnna valdes.\n§13 Budget\n  • 1\n\nEkonomi\n\u0663. Arabisk siffra\n",
    "Mötet öppnades 2008§ 1 Årsmötets öppnande\nx  1. Årskursträffen 21 augusti\n",
    "Innehållsförteckning 31 Godkännande 32 Planchef 33 Budget\n" + "lång rad " * 60 + "\n",
    "Punkt 3: Utgår\npkt. 4 Val\nÄrende 7 Budget\nFHR 5 Budget\n38 FHR 29 Godkännande\n",
    "Ingen siffra alls här\nbara text\n",
    "== Rubrik\ntext\n== Annan\n#set text(x)\n#let a = 1\n",
]


def documents() -> Iterator[Minutes]:
    for path in PATHS:
        yield read_minutes(path)
    for text in EDGE_TEXTS:
        yield minutes_from_text(text)


DOCS = list(documents())


def test_numbered_lines_leave_out_only_lines_without_candidates() -> None:
    for doc in DOCS:
        view = items.markup_view(doc)
        latin = items._latin_bytes(view.clean)
        every = items._numbered_candidates(view, latin, every_line=True)
        assert items._numbered_candidates(view, latin) == every, doc.name
        assert items._numbered_candidates(view, None) == every, doc.name
        assert items._numbered_candidates(view, None, every_line=True) == every, doc.name


@pytest.mark.parametrize("text", [*EDGE_TEXTS, "", "=", "a == b", "#set x\n#let y\n== A\n== B\n"])
def test_equals_sections_gate(text: str) -> None:
    typst = len(items._TYPST_SETUP.findall(text, 0, 5000)) >= 2
    assert items.looks_like_typst(text) == typst
    assert items.has_equals_sections(text) == (typst or len(items._EQUALS_SECTION.findall(text)) >= 2)


def plain_possible_phrases(low: str, words_of: set[str]) -> set[int] | None:
    """`_possible_phrases` read from `_PHRASE_INDEX` alone, each phrase of each key tried."""
    if "ı" in low or "ſ" in low:
        return None
    out = set(items._PHRASE_ALWAYS)
    for key in items._PHRASE_KEYS.intersection(words_of):
        out.update(pattern for pattern, need in items._PHRASE_INDEX[key] if need <= words_of)
    return out


def test_possible_phrases_by_pairs_as_by_the_plain_index() -> None:
    texts = [s.text for doc in DOCS for s in items.sentences(doc, 0, len(doc.lines), skip_first=False)]
    texts += [phrase.replace("…", "x") for entries in (words.POSTPONED, words.RETURNS,
                                                         words.REFERRED_VERBS, items._DECISION_LATER_PHRASES,
                                                         items._DECISION_AT_PHRASES) for phrase in entries]
    texts += ["beslut", "ärendet bordläggſ", "Beslutet fattas senare vid nästa möte."]
    for text in texts:
        low = text.lower()
        found = items.sentence_words(text)
        assert items._possible_phrases(low, found) == plain_possible_phrases(low, found), text


def test_phrases_searched_apart_as_by_the_whole_pattern() -> None:
    patterns = [p for p in vars(items).values() if isinstance(p, re.Pattern) and id(p) in items._PATTERN_PHRASES]
    assert len(patterns) >= 20
    texts = {s.text for doc in DOCS for s in items.sentences(doc, 0, len(doc.lines), skip_first=False)}
    for lists in (words.RETURNS_WITH_LATER, words.TAKEN_UP, words.LATER_NOT_NEXT, words.MOVE_VERBS, words.RETURNS,
                  words.SAME_MEETING, words.HANDLED_LATER, words.ANNOUNCE_VERBS):
        for phrase in lists:
            texts.add(f"Vi noterar att {phrase.replace('…', 'detta och')} i dag, {phrase}-x och x{phrase}.")
            texts.add(f"{phrase.upper().replace('…', 'A  B C D E F')}!")
    for text in texts:
        low = text.lower()
        if "ı" in low or "ſ" in low:
            continue
        found = items.sentence_words(text)
        for pattern in patterns:
            plain = pattern.search(low)
            apart = items._search_phrases(pattern, low, found)
            assert (apart and (apart.span(), apart.group())) == (plain and (plain.span(), plain.group())), (text, pattern)


def test_has_digit_as_isdigit() -> None:
    for code in range(0x110000):
        char = chr(code)
        assert items._has_digit(char) == char.isdigit(), hex(code)
        assert items._has_digit(f"ab{char}c") == char.isdigit(), hex(code)
    assert not items._has_digit("")


def test_first_letters_of_then_openers_ignore_case_as_the_patterns() -> None:
    letters = "".join(sorted(items._THEN_FIRST_LETTERS))
    either = re.compile(f"[{letters}]", re.IGNORECASE)
    for code in range(0x110000):
        char = chr(code)
        if either.match(char):
            assert char.lower() in items._THEN_FIRST_LETTERS, hex(code)
    for phrase in (*words.NEXT_AGENDA_LABELS, *words.THEN_OPENERS):
        assert items._NEXT_AGENDA.match(phrase + ": x") or items._THEN_OPENER.match(phrase)


def plain_latin_bytes(clean: str) -> bytes | None:
    """`_latin_bytes` read character by character."""
    if any((char.isalnum() or char == "_") and ord(char) > 0xFF for char in clean):
        return None
    return clean.encode("latin-1", "replace")


@pytest.mark.parametrize("extra", ["", "–", "ł", "\u212a", "\u0663", "?", "…”", "\u00ff", "\u0100"])
def test_latin_bytes_as_read_character_by_character(extra: str) -> None:
    for doc in DOCS:
        for clean in (doc.clean, doc.clean + extra, extra):
            assert items._latin_bytes(clean) == plain_latin_bytes(clean)


def test_tabled_sections_hold_the_mark() -> None:
    assert items._TABLED_MARK
    for name in items._TABLED_SECTIONS:
        assert items._is_tabled_section(f"  – {name.upper().lower()}: ")


@pytest.mark.parametrize("text", ["#set a\n#let b\n", "x\n#set a\n#show b\n", "#import x", "# set\n#let\n#let",
                                  "a" * 4998 + "\n#set x\n#set y", "\n" * 4990 + "#set x\n#let y\n"])
def test_typst_gate(text: str) -> None:
    assert items.looks_like_typst(text) == (len(items._TYPST_SETUP.findall(text, 0, 5000)) >= 2)


def test_may_move_on_before_every_general_move() -> None:
    text = "Ordföranden föreslår att det som går flyttas till nästa möte.\n\nÖvrigt.\n"
    for doc in [*DOCS, minutes_from_text(text), minutes_from_text("Resterande  punkter\nskjuts till nästa möte.")]:
        reading = items._Reading(doc, None, items._latin_bytes(doc.clean))
        moves = [s for s in items.sentences(doc, 0, len(doc.lines), skip_first=False) if reading.general_move(s)]
        for s in moves:
            assert reading.may_move_on(s.end), s.text
    assert items._Reading(minutes_from_text(text), None, items._latin_bytes(text)).may_move_on(len(text))


@pytest.mark.parametrize("title", ["Budget (utgår)", "Budget [skjuts upp] ", "Studieresan – bordläggs", "Ekonomi - rapport",
                                   "Lokaler—utgår", "Budget 2022", "Val (", "x)\n", "Årsmöte ] ", "a\u00a0)\u2003"])
def test_title_mark_gate(title: str) -> None:
    gated = title.rstrip().endswith((")", "]")) or any(d in title for d in "-–—")
    if items._TITLE_MARK.search(title):
        assert gated


def test_keyed_from_word_bytes_as_from_the_word_text() -> None:
    for doc in DOCS:
        latin = items._latin_bytes(doc.clean)
        word_text = items._word_text(latin)
        if word_text is None:
            continue
        reading = items._Reading(doc, None, latin)
        sents = items.sentences(doc, 0, len(doc.lines), skip_first=False)
        expected = [s for s in sents if not items._SENTENCE_KEYS.isdisjoint(word_text[s.start:s.end].split())]
        assert reading.keyed(sents) == expected
        assert reading.keyed(sents) == expected  # again, from the memo
        for s in expected:
            assert reading.words_of(s) == items.sentence_words(s.text)


# The run-in mark patterns as first written, each opening with its look-behind (a clock's "00." is no mark).
LOOK_BEHIND_FIRST = {
    "_INLINE_NUMBERED": r"(?:(?<=[.:!?)])|(?<=\d)|(?<=\w))\s+(?!00\.)(\d{1,2}\.\d{1,2}(?=\.?\s)\.?|\d{1,2}\.)\s+(?=[A-ZÅÄÖ])",
    "_PAGE_RUN_IN": r"(?<=[.!?])\s+(§\s*\d{1,3}|\d{1,3})\s+(?=[A-ZÅÄÖ](?:[a-zåäö]|[A-ZÅÄÖ]{1,5}(?:\s+|-)[a-zåäö]))",
    "_INLINE_COLON": r"(?<=[\w.!?)])\s+(\d{1,2}):\s*(?=[A-ZÅÄÖ][a-zåäö])",
    "_PAGE_LOOSE": r"(?<=[a-zåäö)])\s+(\d{1,3})\s+(?=[A-ZÅÄÖ][a-zåäö])",
}


@pytest.mark.parametrize("name", sorted(LOOK_BEHIND_FIRST))
def test_run_in_marks_as_with_the_look_behind_first(name: str) -> None:
    old = re.compile(LOOK_BEHIND_FIRST[name])
    new = getattr(items, name)
    texts = [ln.text for doc in DOCS for ln in doc.lines]
    texts += [" 1. Budget", "öppnat. 2. Formalia 2.1 Till", "x)\u00a0\u00a03 Val", "Ahlgren 1:Mötet 3: Föregående",
              "slut.\t\n § 12 Budget", "ord  4 Val av", "kl. 13:00 Sal", "a\u2003 7 Beslut", ")\n9. A", "é 1. Ä"]
    for text in texts:
        assert [(m.span(), m.groups()) for m in new.finditer(text)] == [
            (m.span(), m.groups()) for m in old.finditer(text)], text


@pytest.mark.parametrize("text", ["", ".", "Slut.", "Ett. Två", "a.B", "i höst.Frågan", "Nej! Ja? Kanske.", "x. ", ". A"])
def test_may_end_sentence_before_every_sentence_end(text: str) -> None:
    texts = [text] + [ln.text for doc in DOCS[:40] for ln in doc.lines]
    for t in texts:
        for pos in range(min(len(t), 3) + 1):
            if items._SENTENCE_END.search(t, pos):
                assert items._may_end_sentence(t, pos), (t, pos)


def test_then_clause_as_the_whole_search() -> None:
    texts = [s.text for doc in DOCS for s in items.sentences(doc, 0, len(doc.lines), skip_first=False)]
    texts += ["Nästa möte 12 april – då ska vi diskutera lokalfrågan", "..., då budgeten tas upp", "den 3/5 DÅ x",
              "är den 11 april då utskicket sker", "septembe r då x", "SEPTEMBER\t\tdå y", "x  -   då z, då w",
              "då först", "1. då", "xmars då", "a-mars då b", "Då  där då\u00a0x", "dÅ x", "dec då\n", "2021 då"]
    for text in texts:
        plain = items._THEN_CLAUSE.search(text)
        apart = items._then_clause(text)
        assert (apart and (apart.span(), apart.groups())) == (plain and (plain.span(), plain.groups())), text


@pytest.mark.parametrize("pattern", ["_LETTERED_LOWER", "_ROMAN_NUMBERED"])
def test_sequence_marks_stand_where_the_gate_looks(pattern: str) -> None:
    texts = [ln.text for doc in DOCS for ln in doc.lines]
    texts += ["a) Budget", "  b. Val", "XVIII. Övrigt", "\u00a0c) X", "I) A", "IIIII. B", "d)Text", "e .Y"]
    for text in texts:
        if getattr(items, pattern).match(text):
            t = text.lstrip()
            assert t.find(".", 1, 6) >= 0 or t.find(")", 1, 6) >= 0, text
