"""The shortcuts that make dates.py and events.py fast find what the plain scans find.

Each shortcut narrows where a pattern is tried (substring searches, runs of digits, a stretch
before a month name) or skips a search when a cue word is absent. These tests compare each one
with the plain regex scan it replaces, on the seeds, the dev documents and made-up edge cases.
"""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from planner.extract import dates as D
from planner.extract import events as E
from planner.extract.text import minutes_from_text
from planner.extract.words import ADMIN_CUES, FUTURE_CUES, MEETING_NOUNS, MONTHS, PLATFORMS, WEEKDAYS

ROOT = Path(__file__).resolve().parents[2]
DOCS = sorted([*(ROOT / "seeds").glob("*.txt"), *(ROOT / "tests/data/dev/docs").iterdir()])
EDGE = [
    "första\n\n" + " " * 200 + "\n maj, tjugoförsta - trettioförsta   \n\n  december",
    "andra" + " " * 70 + "- " + " " * 60 + "3 maj: a few characters near the month, the ordinal far before",
    "tjugoförsta" + " " * 80 + "t.o.m." + " " * 20 + "den" + " " * 20 + "trettioförsta maj",
    "Den 4/9 av Anna, 15-16/5, 2021-02-30, 12.5.2020, tis 23.9, söndag 140526, 21 22 april 2012",
    "٣4 maj, 1٣ juni, ٣٣/5, 2021-03-04 och 21-03-04 samt 1234567 och 12345.",
    "Måndagen den 3 maj, på lördag, tisdagar, MONDAY, nästa fredag, torsdags- och fredagsmöte",
    "İ Styrelsemötet ſtämma KOMMANDE SAMMANTRÄDEN, nästa möte, ledamöter, Kommunfullmäktiges",
    "Se https://example.org/möte?x=1 och www.example.se/mars, HTTP://X.SE",
]


def _texts() -> list[str]:
    texts = [minutes_from_text(p.read_text(encoding="utf-8-sig"), p.name).clean for p in DOCS]
    return texts + EDGE


TEXTS = _texts()


def _plain_starts(pattern: re.Pattern[str], low: str) -> set[int]:
    """Every offset where `pattern` matches in `low` (overlapping too): what a full scan could find."""
    return {s for s in range(len(low)) if pattern.match(low, s)}


def _word_initial(low: str, starts: set[int]) -> set[int]:
    return {s for s in starts if s == 0 or not (low[s - 1].isalnum() or low[s - 1] == "_")}


@pytest.mark.parametrize("text", TEXTS, ids=range(len(TEXTS)))
def test_digit_candidates_hold_every_match(text: str) -> None:
    low = D.lower_text(text)
    numbers = D._Numbers(low)
    starts = set(D._number_starts(low))
    for pattern, found in ((D._TEXTUAL, numbers.short), (D._ISO, numbers.four), (D._DOTTED, numbers.dotted),
                           (D._DAY_DOT_MONTH, numbers.dotted), (D._NUMERIC, numbers.slashed),
                           (D._NUMERIC_DEN, numbers.slashed), (D._SHORT_ISO, numbers.dashed),
                           (D._SPACED_ISO, numbers.spaced), (D._YYMMDD, numbers.six)):
        # A match not at a number start is refused by every digit pattern's boundary.
        assert _plain_starts(pattern, low) & starts <= set(found), pattern.pattern[:40]
    assert numbers.any == bool(re.search(r"\d", low))


@pytest.mark.parametrize("text", TEXTS, ids=range(len(TEXTS)))
def test_word_candidates_hold_every_word_start(text: str) -> None:
    low = D.lower_text(text)
    month_word = re.compile(D.alternation(MONTHS))
    assert set(D.starts_of(low, D._MONTH_PREFIXES)) == _plain_starts(month_word, low)
    for part in (low, *low.split("\n")):  # long texts and lines take different ways
        assert _word_initial(part, _plain_starts(month_word, part)) <= set(D._month_starts(part))
        assert bool(D._month_starts(part)) == bool(_plain_starts(month_word, part))
    weekday_word = re.compile(D.alternation(WEEKDAYS))
    assert set(D._suffix_starts(low, WEEKDAYS, D._WEEKDAY_SUFFIXES)) == _plain_starts(weekday_word, low)
    assert _plain_starts(D._SEASON, low) <= set(D._starts_via(low, D._SEASON_SHIFTS))
    assert set(D.starts_of(low, D._SEASON_STARTS)) <= set(D._starts_via(low, D._SEASON_SHIFTS))
    months = D.starts_of(low, D._MONTH_PREFIXES)
    ordinal = _word_initial(low, _plain_starts(D._TEXTUAL_ORD, low))
    assert ordinal <= set(D._ordinal_starts(low, months))


def test_starts_via_needles() -> None:
    low = "i försommaren, vårterminen och ht21; sommar"
    shifts = D.needle_shifts(("försommaren", "vårterminen", "ht"), ("sommar", "vår", "ht"))
    assert D._starts_via(low, shifts) == [2, 15, 31, 34]
    with pytest.raises(ValueError, match="holds none"):
        D.needle_shifts(("vintern",), ("sommar",))


def test_ordinal_reach_spans_long_blanks() -> None:
    low = D.lower_text(EDGE[0])
    found = D.find_dates(EDGE[0], after=date(2020, 1, 1))
    assert [dm.text.split()[0] for dm in found] == ["första", "tjugoförsta"]
    assert 0 in D._ordinal_starts(low, D.starts_of(low, D._MONTH_PREFIXES))


@pytest.mark.parametrize("text", TEXTS, ids=range(len(TEXTS)))
def test_find_dates_reads_a_given_lower_cased_text_the_same(text: str) -> None:
    after = date(2021, 5, 1)
    low = D.lower_text(text)
    assert D.find_dates(text, after=after, low=low) == D.find_dates(text, after=after)
    assert D.find_impossible_dates(text, low=low) == D.find_impossible_dates(text)


def test_impossible_dates() -> None:
    assert [bad for _, _, bad in D.find_impossible_dates("den 31 april och 2021-02-30, men 2020-02-29")] == [
        "31 april", "2021-02-30"]


@pytest.mark.parametrize("words", [MONTHS, WEEKDAYS, MEETING_NOUNS, ADMIN_CUES, PLATFORMS, FUTURE_CUES])
def test_alternation_matches_as_the_words_longest_first(words: tuple[str, ...]) -> None:
    plain = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    for flags in (0, re.IGNORECASE):
        ours = re.compile(rf"(?:{D.alternation(words)})\w{{0,2}}(?!\w)", flags)
        theirs = re.compile(rf"(?:{plain})\w{{0,2}}(?!\w)", flags)
        for text in TEXTS:
            assert [m.span() for m in ours.finditer(text)] == [m.span() for m in theirs.finditer(text)]


def test_shifted_moves_only_the_offsets() -> None:
    dm = D.find_dates("möte den 8 maj kl 9", after=date(2020, 3, 6))[0]
    moved = dm.shifted(100)
    assert (moved.start, moved.end) == (dm.start + 100, dm.end + 100)
    assert moved.shifted(-100) == dm
    assert dm.shifted(0) is dm


def test_fold_reads_letters_as_the_regex_engine_does() -> None:
    assert E._fold("İſıK") == "isik"
    assert E._fold("Nästa MÖTE") == "nästa möte"


def test_needles_cover_every_word() -> None:
    needles = E._needles(("möte", "mötet", "styrelsemöte", "Teams", "sammanträde"))
    assert needles == ("möte", "sammanträde", "teams")


def _sentences() -> list[str]:
    out: list[str] = []
    for text in TEXTS:
        out += [s for s in re.split(r"(?<=[.!?\n])", text) if s.strip()]
    return out


SENTENCES = _sentences()
GATED = sorted((name, g) for name, g in vars(E).items() if isinstance(g, E._Gated))


@pytest.mark.parametrize(("name", "gated"), GATED, ids=[n for n, _ in GATED])
def test_gated_patterns_find_what_the_patterns_find(name: str, gated: E._Gated) -> None:
    assert len(GATED) >= 20
    for s in SENTENCES:
        plain = gated.pattern.search(s)
        ours = gated.search(s)
        assert (plain and plain.span()) == (ours and ours.span()), (name, s)
        assert [m.span() for m in gated.finditer(s)] == [m.span() for m in gated.pattern.finditer(s)]
        assert (gated.fullmatch(s.strip()) is None) == (gated.pattern.fullmatch(s.strip()) is None)
        if len(s) > 10:
            plain = gated.pattern.search(s, 3, len(s) - 4)
            ours = gated.search(s, 3, len(s) - 4)
            assert (plain and plain.span()) == (ours and ours.span()), (name, s)


def _reference_heading(raw: str, text: str) -> str | None:
    """The heading test before its shortcuts, kept here to compare with."""
    for pattern in (E._LATEX_HEADING, E._MD_HEADING):
        m = pattern.match(raw)
        if m:
            return m.group("t").strip(" *_#")
    m = E._NUMBERED_HEADING.match(text)
    if m and E._DAY_MONTH_START.match(text.strip()):
        m = None  # a date opens the line
    if m and (not text.rstrip().endswith((".", ",", ":")) or len(text) < 60):
        return m.group("t").strip()
    stripped = raw.strip()
    if 2 < len(text.strip()) <= 40 and text.strip()[0].isupper() and (
            (stripped.startswith(("**", "__")) and stripped.rstrip(":").endswith(("**", "__")))
            or (text.rstrip().endswith(":") and not E._BULLET.match(raw))):
        return text.strip(" *_:")
    bare = text.strip(" *_#:=")
    if bare[:1].isupper() and (E._NEXT_MEETING.pattern.fullmatch(bare) or E._MEETING_LIST.pattern.fullmatch(bare)
                               or E._next_occasion_heading(bare)):
        return bare
    return None


def test_heading_shortcuts_keep_every_heading() -> None:
    extra = ["Nästa möte", "KOMMANDE SAMMANTRÄDEN", "Kommande sammanträden:", "\\section{Nästa möte}",
             "  ## Övrigt", "§ 4 Val av justerare", "12. Ekonomi", "**Nästa möte**", "Möten", "İnget",
             "== Nästa Pull Request", "Nästa steg", "6 Jul 2026 (6/7)", "2 September 2021", "12 Ekonomi"]
    lines = [(line, line) for text in TEXTS for line in text.split("\n")] + [(x, x) for x in extra]
    for p in DOCS:
        doc = minutes_from_text(p.read_text(encoding="utf-8-sig"), p.name)
        lines += list(zip(E._Doc(doc).raw, [ln.text for ln in doc.lines], strict=True))
    assert sum(1 for raw, text in lines if _reference_heading(raw, text)) > 50
    for raw, text in lines:
        assert E._heading(raw, text) == _reference_heading(raw, text), (raw, text)


@pytest.mark.parametrize("text", TEXTS, ids=range(len(TEXTS)))
def test_meeting_list_hits_are_the_scan_hits(text: str) -> None:
    low = text.lower()
    assert [m.span() for m in E._meeting_list_hits(low)] == [m.span() for m in E._MEETING_LIST_LOW.finditer(low)]


def _reference_times(text: str, bare: bool) -> list[D.TimeMatch]:
    """find_times as it was, its clock patterns scanned at every offset, to compare with."""
    found: list[D.TimeMatch] = []
    low = D.lower_text(text)
    patterns = [(D._KL, D._WORD), (D._CLOCK, D._NUM_CLOCK)] + ([(D._BARE_RANGE, D._NUM_CLOCK)] if bare else [])
    for pattern, boundary in patterns:
        for m in D._hits(pattern, low, text, boundary):
            begin = D._to_time(m.group("a"))
            if begin is None:
                continue
            finish = D._to_time(m.group("b")) if m.group("b") else None
            if pattern is D._BARE_RANGE and (finish is None or finish <= begin or D._NUMBERS_BEFORE.search(
                    text, max(0, m.start() - 24), m.start())):
                continue
            if pattern is D._CLOCK and finish is None and "." in m.group("a") and D._numbering(text, m.start(), m.end()):
                continue
            found.append(D.TimeMatch(m.start(), m.end(), m.group(0), begin, finish))
    return D._non_overlapping(found)


@pytest.mark.parametrize("text", TEXTS, ids=range(len(TEXTS)))
def test_find_times_tries_number_starts_only(text: str) -> None:
    for i in range(0, len(text), 200):
        chunk = text[i:i + 300]
        for bare in (False, True):
            assert D.find_times(chunk, bare=bare) == _reference_times(chunk, bare)
    assert [(t.begin.hour, t.finish and t.finish.hour) for t in D.find_times("kl 9-12 och 13.00–15.30")] == [
        (9, 12), (13, 15)]
