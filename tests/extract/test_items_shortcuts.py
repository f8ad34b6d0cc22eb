"""The shortcuts that let the items step skip work: each must give what the long way gives.

The items step reads sentence words from one translation of the whole text, searches a phrase
pattern only when the sentence holds the words it needs, and runs the heading patterns only on
lines that can open with a number. These tests check each shortcut against the plain reading,
on the seeds and on texts made to hit the edge cases (capitals, odd characters, stops).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from planner.extract import items, words
from planner.extract.header import extract_meeting
from planner.extract.items import Sentence, announcement, classify, is_general_move, sentence_words
from planner.extract.text import Minutes, minutes_from_text

SEEDS = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))

EDGE_TEXT = (
    "# Protokoll 2021-03-04\n\n"
    "1. ÖPPNANDE av mötet – Ordföranden hälsar välkommen.  Vi BORDLÄGGER frågan!\n"
    "2. Ekonomi: Kassören redovisar. ”Budgeten” fastställs; 3 000 kr_2 återstår. ß µ É.\n"
    "\t- Presentation görs vid nästa möte.\n"
    "  - Rapporten kommer att redovisas vid kommunalt forum i mars 2018.\n"
    "§ 12 Ärendet återkommer till styrelsen.Frågan utgår. Ingen tid återstod…Skjuts upp.\n"
)


def seed_docs() -> list[Minutes]:
    return [minutes_from_text(p.read_text(encoding="utf-8-sig"), p.name) for p in SEEDS]


def all_sentences(doc: Minutes) -> list[Sentence]:
    return items.sentences(doc, 0, len(doc.lines), skip_first=False)


# --- words from the translated text ---------------------------------------------------------


@pytest.mark.parametrize("text", [EDGE_TEXT, *(p.read_text(encoding="utf-8-sig") for p in SEEDS)])
def test_word_text_gives_each_sentence_its_words(text: str) -> None:
    doc = minutes_from_text(text)
    word_text = items._word_text(items._latin_bytes(doc.clean))
    assert word_text is not None and len(word_text) == len(doc.clean)
    for s in all_sentences(doc):
        assert set(word_text[s.start:s.end].split()) == sentence_words(s.text), s.text


@pytest.mark.parametrize("char", ["ł", "ı", "ſ", "\u212a", "\u0663", "Σ"])
def test_a_word_character_outside_latin1_turns_the_translation_off(char: str) -> None:
    assert items._latin_bytes(f"Mötet bordlade {char}rendet – ”x”.") is None
    assert items._latin_bytes("Mötet bordlade ärendet – ”x”.") is not None


def test_reading_gives_what_classify_and_announcement_give() -> None:
    texts = [EDGE_TEXT, EDGE_TEXT.replace("ö", "ł"), EDGE_TEXT.replace("s", "ſ")]
    docs = seed_docs() + [minutes_from_text(t) for t in texts]
    for doc in docs:
        meeting = extract_meeting(doc)[0]
        mdate = items._meeting_date(meeting)
        reading = items._Reading(doc, mdate, items._latin_bytes(doc.clean))
        sents = all_sentences(doc)
        keyed = reading.keyed(sents)
        for s in sents:
            said = (classify(s.text, mdate), announcement(s, mdate), is_general_move(s.text))
            assert (reading.classify(s), reading.announcement(s), reading.general_move(s)) == said, s.text
            if s not in keyed:
                assert said == (None, None, False), s.text


# --- phrase patterns searched only when possible ----------------------------------------------

PHRASE_PATTERNS = [name for name in dir(items) if isinstance(getattr(items, name), re.Pattern)
                   and id(getattr(items, name)) in {i for entries in items._PHRASE_INDEX.values() for i, _ in entries}]


def test_every_phrase_pattern_is_indexed() -> None:
    assert {"_POSTPONED", "_RETURNS", "_REFERRED", "_ANNOUNCE_VERB", "_SAME_MEETING", "_MOVE_VERB"} <= set(PHRASE_PATTERNS)


@pytest.mark.parametrize("name", PHRASE_PATTERNS)
def test_a_phrase_pattern_that_matches_is_possible(name: str) -> None:
    pattern = getattr(items, name)
    texts = [s.text for doc in seed_docs() for s in all_sentences(doc)]
    texts += [s.text for s in all_sentences(minutes_from_text(EDGE_TEXT))]
    for phrases in (words.POSTPONED, words.RETURNS, words.RETURNS_WITH_LATER, words.REFERRED_VERBS,
                    words.ANNOUNCE_VERBS, words.HANDLED_LATER, words.SAME_MEETING, words.MOVE_VERBS):
        texts += [f"Vi noterar att {p.replace('…', 'detta')} i dag." for p in phrases]
    for text in texts:
        low = text.lower()
        possible = items._possible_phrases(low, sentence_words(text))
        assert possible is not None
        if pattern.search(low):
            assert id(pattern) in possible, (name, text)


def test_an_odd_text_may_match_any_pattern() -> None:
    assert items._possible_phrases("ärendet bordläggſ", {"ärendet", "bordläggſ"}) is None


def test_each_status_and_announcement_phrase_holds_a_sentence_key() -> None:
    for phrases in (words.POSTPONED, words.POSTPONED_IF_MATTER, words.DROPPED_WORDS, words.RETURNS,
                    words.RETURNS_WITH_LATER, words.REFERRED_TO_GENERAL_MEETING, words.REFERRED_MATTER,
                    words.REFERRED_VERBS, words.REFERRED_DECIDE_VERBS, words.HANDLED_LATER, words.PREPARE_VERBS,
                    words.ANNOUNCE_VERBS, words.MOVE_VERBS):
        for phrase in phrases:
            assert not items._SENTENCE_KEYS.isdisjoint(sentence_words(phrase)), phrase


# --- sentences and headings -------------------------------------------------------------------

# With a stop glued to the next sentence after a word of three letters or more ("höst.Frågan").
OLD_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ\"”])|(?<=[a-zåäöA-ZÅÄÖ][a-zåäö]{2}[.!?])(?=[A-ZÅÄÖ][a-zåäö])")


@pytest.mark.parametrize("text", [
    "", "Ett. Två", "Ett.  Två! Tre? fyra. ”Fem”", "a. . B", "x.\u00a0Ä och. ö", ". A", "slut.", EDGE_TEXT,
    "i höst.Frågan om t.ex.Bilaga", "nu.Vi Sthlm.Ordf",
])
def test_sentence_spans_split_as_the_sentence_end_does(text: str) -> None:
    for pos in range(len(text) + 1):
        expected = []
        at = pos
        for piece in OLD_SENTENCE_END.split(text[pos:]):
            start = text.index(piece, at)
            at = start + len(piece)
            expected.append((start, at))
        assert items._sentence_spans(text, pos) == expected


def test_lines_that_may_open_a_numbered_heading() -> None:
    lines = [ln.text for doc in seed_docs() for ln in doc.lines] + EDGE_TEXT.splitlines() + [
        "  5. Budget", "§12 Val", "Punkt 3: Utgår", "pkt. 4 Val", "Ärende 7 Budget", "paragraf 9 x", "FHR 5 Budget",
        "38 FHR 29 Godkännande", "\u0663. Arabic digit", "5", "§ 45  Dnr KS 2021/123",
    ]
    for text in lines:
        if items._NUMBERED.match(text) or items._BARE_NUMBER.match(text) or items._PAGE_NUMBER.match(text):
            assert items._may_open_numbered(text), text
    assert not items._may_open_numbered("Ordföranden hälsar välkommen.")
    assert not items._may_open_numbered("Protokollet justeras.")


@pytest.mark.parametrize(("text", "three"), [
    ("2021-03-04\nkl 9.00\n§ 1, § 2 – ”x”\nInga siffror\n12 och 3", [True, True, False, False, True]),
    ("\u0663\u0663\u0663 x\n12 och 3\n1 2", [True, True, False]),  # Arabic digits: no Latin-1 bytes
])
def test_three_digit_lines_as_the_pattern_finds_them(text: str, three: list[bool]) -> None:
    doc = minutes_from_text(text)
    assert [items._THREE_DIGITS.search(ln.text) is not None for ln in doc.lines] == three
    assert items._three_digit_lines(doc, items._latin_bytes(doc.clean)) == three
    assert items._three_digit_lines(doc, None) == three


@pytest.mark.parametrize(("text", "norm", "first"), [
    ("  Övriga   Frågor:\t", "övriga frågor:", "övriga frågor"),
    ("Nästa möte?!.", "nästa möte?!.", "nästa möte"),
    ("\u00a0Datum\u2028", "datum", "datum"),
    ("", "", ""),
])
def test_norm_and_first_words(text: str, norm: str, first: str) -> None:
    assert items._norm(text) == norm
    assert items._first_words(text) == first


@pytest.mark.parametrize("text", ["", "a", "Ja.", "Ja. Nej", "12 ab", "x y z", "Mötet öppnas"])
def test_has_two_words(text: str) -> None:
    assert items._has_two_words(text) == (items._words_in(text) >= 2)


@pytest.mark.parametrize("text", [
    "Vi beslutade. 2. Formalia 2.1 Till mötesordförande valdes Anna.", "kl 9.00 Mötet", "år 2021. Nästa",
    "a 12.3. Budget", "x 1.  Y", "1.2 x", "inga nummer här", "3.Budget", "möte 4.1 A",
])
def test_inline_mark_is_there_wherever_an_inline_number_is(text: str) -> None:
    if items._INLINE_NUMBERED.search(text):
        assert items._INLINE_MARK.search(text), text
