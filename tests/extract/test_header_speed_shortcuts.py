"""The header and text steps' faster forms give what the plain computations give.

`text.casefold` folds Latin-1 text by a byte table; `header.py` tests a line's first characters
before `label_of` and `_ITEM_LINE`, looks for ASCII digits with `str.find` before the digit
patterns, looks for a digit before a dash before `_TIME_RANGE`, and for words before `_HELD_AT`.
Each test compares one with the plain computation, on every line of the seeds and the
development and held-out documents, on lines made from them, and on odd characters.
"""

from __future__ import annotations

import re

from planner.extract import header as h
from planner.extract.attendance import label_of
from planner.extract.readers import read_minutes
from planner.extract.text import casefold, casefold_wide, minutes_from_text

from .test_header_shortcuts import DOCS, _lines

ODD = ["", "?", "ß", "µ", "Ⅻ–Åß", "ŁA–?", "İstanbul – DŽ ?", "a🤷B?", "ÅÄÖ — x", "\u2041\u205aAB",
       "?Ω?ÅΣ", "ﬁÉ", "٣٤٥٦ – ٧", "１２３４–５６", "K–l", "ſ–", "tıll 12 – 13", "9 TİLL 10", "12\u00a0– 13",
       "12" + " " * 20 + "- 13", "x" * 300 + "–" * 10, "–" * 20 + "Å", "2020-03-06 kl 9-10", "9.30-10", "x/9-10",
       "kl.9-10", "kl/9 - 10", "10–11–12", "1-2-3", "123-45", "٣9-10", "٣٣9 - 10", "12345678901234567 - 9", "9:30 till 10"]


def _texts() -> list[str]:
    return list(_lines()) + ODD + [a + b for a in ODD for b in ODD]


def test_casefold_is_str_casefold() -> None:
    for text in _texts():
        folded, wide = casefold_wide(text)
        assert folded == text.casefold() == casefold(text), text
        if wide is not None:
            assert wide == "".join(c.casefold() for c in text if ord(c) > 255 and c != "?"), text


def test_casefold_of_whole_documents() -> None:
    for folder in DOCS:
        for path in sorted(folder.iterdir()):
            if path.is_file():
                doc = read_minutes(path)
                assert casefold(doc.clean) == doc.clean.casefold(), path


LIST_LINES = ["Närvarande:", "- Närvarande: Anna", "3. Närvaro", "§ 2 Närvarande", "§2. Frånvarande: Bo", "12) Anmälda:",
              "•\tKallade", "  NÄRVARANDE", "ÖVRIGA NÄRVARANDE:", "Anna Ek", "Leda", "Ledamöter: Bo", "1. Information",
              "123. Närvarande", "# Närvarande", "Närv", "Nä", "ß", "İnbjudna ledamöter:", "- - Närvarande"]


def test_list_opening_gates_pass_every_label() -> None:
    for text in _texts() + LIST_LINES + ["x" + t for t in LIST_LINES]:
        if text[:2] in h._NO_LIST_OPENING or not h._may_open_list(text):
            assert label_of(text, colon_required=False) is None, text
            assert label_of(text) is None, text


def test_item_line_is_the_regex() -> None:
    for text in _texts():
        assert h._is_item_line(text) == bool(h._ITEM_LINE.match(text)), text


def test_digit_tests_are_the_regexes() -> None:
    for text in _texts():
        assert h._has_digit(text) == bool(h._ANY_DIGIT.search(text)), text
        assert h._has_year_digits(text) == bool(h._YEAR_DIGITS.search(text)), text


def test_range_gate_passes_every_range() -> None:
    for text in _texts():
        if h._TIME_RANGE.search(text):
            assert h._digit_before_range_sign(text, casefold(text)), text


def test_held_at_gate_passes_every_match() -> None:
    for text in _texts() + ["Mötet, som äger rum i Stora salen", "Idag VAR DET Presidiemöte på ICL i Kista",
                            "Som vanligt höll vi till i gamla fabriken", "vi SAMLADES hos Anna"]:
        if h._HELD_AT.search(text):
            assert h._may_say_held_at(casefold(text)), text


def test_folded_digit_lines_are_the_regex_lines() -> None:
    texts = ["\n".join(_lines()[k: k + 150]) for k in range(0, len(_lines()), 150)]
    texts += ["Datum ٢٠٢٠-03-06\nTid 9–12\n" + "x\n" * 5, "Plats: Växjö – 2020\n12\nStraße 2021\n"]
    for text in texts:
        parts = h.document_parts(minutes_from_text(text))
        folded = h._Folded(parts)
        for stop, start in ((None, 0), (len(parts) // 2, 0), (len(parts), 3), (7, 2)):
            assert folded.with_digit(stop, start) == folded.matching(h._ANY_DIGIT_LINE, stop, start)
            assert folded.with_year(stop, start) == folded.matching(h._YEAR_LINE, stop, start)


def test_after_contents_is_the_last_contents_line() -> None:
    texts = ["\n".join(_lines()[k: k + 150]) for k in range(0, len(_lines()), 150)]
    texts += ["Innehåll\n§ 1 Val ... 3\n§ 2 Budget …12\nProtokoll\nDatum 2020-03-06", "a...\nb…\n"]
    for text in texts:
        parts = h.document_parts(minutes_from_text(text))
        folded = h._Folded(parts)
        for end in (0, 3, 40, len(parts)):
            plain = max((i + 1 for i, part in enumerate(parts[:end]) if h.is_contents_line(part.text)), default=0)
            assert h._after_contents(parts, end, folded) == plain


DATE_TEXTS = ["2020-03-06", "12020-03-06", "2020-3-6-", "2020/03/06", "6.3.2020", "06.03.2020", "2020.03.06",
              "6/3 2020", "6/3-2020", "6/3/2020", "6-3-2020", "1-2 maj 2020", "1 och 2 maj 2020", "1&2 maj 2020",
              "1 OCH 2 MAJ 2020", "1\u00a0–\u00a02 maj 2020", "den 8 maj 2020", "maj 8, 2020", "٦/٣/٢٠٢٠", "٢٠٢٠-٠٣-٠٦",
              "123-4-2020", "06.03.20201", "x2020-03-06y", "2020-03-06-2021-04-07", "1.2.2020.3.4.2021",
              "20201210", "140504", "Skypemöte 18 09 26", "15/3-22", "15.03.22", "2022 03 15", "x20201210",
              "2020121012", "1405041", "18 09 26 1", "08-12 34 56", "15/3 - 22", "2022 03 15 7", "1.2.33.4",
              "Fredag den 1 oktober 2021", "fredagen, den 1 OKTOBER 2021", "FRIDAY 1 October 2021",
              "frıday 1 october 2021", "onsdag 3:e mars 2020", "den 1e maj 2020", "Måndagen den 1:a juni 2020",
              "ſöndag 2 maj 2021", "TİSDAG 4 maj 2021", "Mötet hölls tisdagen den  4. maj , 2021 i Växjö"]


def test_dates_found_at_digit_runs_are_the_dates_searched_for() -> None:
    texts = _texts() + DATE_TEXTS + [a + " " + b for a in DATE_TEXTS for b in DATE_TEXTS]
    for text in texts:
        for compact in (False, True):
            assert h.find_dates(text, compact=compact) == h.find_dates(text, compact=compact, everywhere=True), text


def test_time_range_gate_passes_every_pattern_match() -> None:
    for text in _texts() + ["kl 9,30-11", "KL. 13.00 16.30", "Kl 11 12 Plats", "\u212al 9-10", "klockan 9 10"]:
        if h._TIME_RANGE.search(text) or any(p.search(text) for p in (
                h._KL_COMMA_RANGE, h._TIME_RANGE_LOST_DASH, h._HOURS_LOST_DASH)):
            assert h._may_hold_time_range(text), text
        if h._RX_FIND_TIMES_1.search(text):
            assert "kl" in casefold(text), text


def test_online_form_lines_hold_a_meeting_word() -> None:
    for text in _texts() + ["Digitalt möte", "  * DISTANSMÖTE.", "Sammanträde online", "Video-sammanträde"]:
        if h._ONLINE_FORM_LINE.fullmatch(text):
            assert any(word in casefold(text) for word in h._OPEN_CLOSE_WORDS), text


def test_number_place_gate_passes_every_match() -> None:
    for text in _texts() + ["Protokoll från styrelsemöte nr. 1 Reykjavik, 7-9 februari 2009", "Möte NO 12 Umeå, 3 maj 2020",
                            "möte Nr.\u00a0 3  Kiruna Stad , 1 juni 2021"]:
        if h._NUMBER_PLACE.search(text):
            assert h._NUMBER_AHEAD.search(casefold(text)), text


RANGE_TEXTS = ["kl 9-10", "Kl. 13:00-15:00", "9.00–12.00", "\u212al 9-10", "KLOCKAN 9 - 10", "kl 9,30-11", "kl. 13.00 16.30",
               "kl 11 12 Plats", "Omfattning 1-17", "§§ 3-9", "13-16", "lunch 12-13, möte 13-17", "x9-10", "123-4",
               "Tid: tisdag 9.00 till 12.00", "Straße kl 9-10", "İ kl 9-10", "2020-03-06 kl 18-20", "kl9-10kl 11-12"]


def test_time_ranges_found_at_their_openings_are_the_ranges_searched_for() -> None:
    texts = _texts() + RANGE_TEXTS + [a + " " + b for a in RANGE_TEXTS for b in RANGE_TEXTS]
    for text in texts:
        for bare in (False, True):
            assert h.find_time_range(text, bare_hours=bare) == h.find_time_range(text, bare_hours=bare, everywhere=True), text


CONTENTS = ["Budget ............ 12", "§ 4 Allmän trafikplikt ... 5", "Krösatågstrafik … 5 _ ", "a... 1234", "a...12 34",
            "a ...\u00a012\t", "a....٣", "a... 5\n", "...5", "…", "x... 12_ _", "a ... 1 2", "a.. 12", "a. ... 007 ",
            "Justerande " + "." * 120 + " 4"]


def test_contents_lines_read_from_the_end_are_the_regex_lines() -> None:
    for text in _texts() + CONTENTS + [c + " " + d for c in CONTENTS for d in CONTENTS]:
        plain = ("..." in text or "…" in text) and bool(h._CONTENTS_LINE.search(text))
        assert h.is_contents_line(text) == plain, text


def test_boilerplate_spaces_are_the_regex_spaces() -> None:
    for text in _texts() + ['  "Skip to content" ', '"\tx', 'a "\t', '" "', "x\u00a0\u2028y\x1c", "Meny:"]:
        low = re.sub(r"\s+", " ", text.casefold().replace(":", " ")).strip(' "')
        assert " ".join(text.casefold().replace(":", " ").split()).strip(' "') == low, text


def test_held_verb_stems_find_every_held_verb() -> None:
    for verb in h._HELD_VERBS:
        assert any(stem in verb for stem in h._HELD_VERB_STEMS), verb
    for text in _texts() + ["Mötet hölls digitalt", "Sammanträdet genomfördes via Teams", "mötet ägde rum via länk"]:
        if h._MEETING_HELD_ONLINE.search(text) or h._HELD_ONLINE.search(text):
            assert any(verb in casefold(text) for verb in h._HELD_VERBS), text
