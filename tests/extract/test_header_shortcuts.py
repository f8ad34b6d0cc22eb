"""The header step's shortcuts give what the plain searches give.

`header.py` skips slow searches where a cheap test shows they cannot match (a word they need is
missing), finds label cuts from where label words stand, and searches all parts' case-folded
texts at once. Each test here compares a shortcut with the plain computation it replaces, on
every line of the seeds and the development and held-out documents, and on lines made from them
with label words, dates and odd characters put in.
"""

from __future__ import annotations

import random
import re
from functools import cache
from pathlib import Path

import pytest

from planner.extract import header as h
from planner.extract import words as w
from planner.extract.readers import read_minutes

ROOT = Path(__file__).resolve().parent.parent.parent
DOCS = [ROOT / "seeds", ROOT / "tests" / "data" / "dev" / "docs", ROOT / "tests" / "data" / "extra" / "docs"]
INSERTS = [
    "Tid:", "Tid", "Plats", "Närvarande", "Ej närvarande", "Övriga", "Övriga Anna Berg,", "Närvaro Bo Ek",
    "12.", "3. Mötet", "Sida 2 av 4", "Dag", "Datum 2020-03-06", "Kl 13", "TID 9.00-12.00", "Plats Kommunhuset",
    "DELTAGARE", "Deltagare var", ",", ")", "  ", "\t", "\u00a0", "_", "2021", "Justerare:", "Ersättare:",
    "den 8 maj 2020", "Fredag den 1 OKTOBER 2021", "APRIL 3, 2020", "Sept. 4 2020", "1.10.2021", "2020/3/6",
    "12/5 2020", "20201210", "140504", "9.00 TILL 12.00", "kl. 13.00 16.30", "tıll", "ſker",
    "Minnesanteckningar", "PROTOKOLL)", "   ", "    \t", "Plats:     Kommunhuset", "agenda ", "transkriptıon", "ß", "K", "Datum:", "plats och tid:",
]


@cache
def _real_lines() -> tuple[str, ...]:
    lines: list[str] = []
    for folder in DOCS:
        for path in sorted(folder.iterdir()):
            if path.is_file():
                lines.extend(line.text for line in read_minutes(path).lines)
    return tuple(lines)


@cache
def _lines() -> tuple[str, ...]:
    """Every real line, and 3,000 made from them with `INSERTS` put in at random places."""
    rnd = random.Random(3)
    real = _real_lines()
    made = []
    for _ in range(3000):
        words = rnd.choice(real).split(" ")
        for _ in range(rnd.randint(1, 5)):
            words.insert(rnd.randint(0, len(words)), rnd.choice(INSERTS))
        made.append(rnd.choice([" ", "  ", "\t", ", "]).join(words))
    return real + tuple(made)


def test_label_cuts_are_the_regex_cuts() -> None:
    for text in _lines():
        plain = ({m.end() for m in h._SPLIT_LABELS.finditer(text)}
                 | {m.end() for m in h._SPLIT_BARE_LABELS.finditer(text)})
        words = ([m.start() for m in h._SPLIT_LABEL_WORDS.finditer(text)]
                 + [m.start() - k for m in h._DIGIT_DOT_CAPITAL.finditer(text) for k in (1, 2)])
        found = (h._cuts_before(text, words, h._SPLIT_LABEL_AT, bare=False)
                 | h._cuts_before(text, [m.start() for m in h._BARE_LABEL_HEADS.finditer(text)], h._SPLIT_BARE_AT,
                                  bare=True))
        assert found == plain, text


def test_space_runs_are_the_regex_runs() -> None:
    for text in _lines():
        assert h._space_runs(text) == {m.end() for m in h._SPACE_RUN.finditer(text)}, text


def test_long_line_without_label_words_is_one_part() -> None:
    for text in _lines():
        if not (h._SPLIT_OR_BARE_WORDS.search(text) or h._DIGIT_DOT_CAPITAL.search(text)):
            assert not h._SPLIT_LABELS.search(text) and not h._SPLIT_BARE_LABELS.search(text), text
            assert not h._PAGE_MARK.search(text), text


def _plain_find_dates(text: str, *, compact: bool) -> list[h.Found]:
    """`find_dates` with every pattern searched."""
    found: list[h.Found] = []
    patterns = list(h._DATE_PATTERNS)
    if compact:
        patterns += [(h._COMPACT_DATE, "ymd")]
    for pattern, order in patterns:
        for m in pattern.finditer(text):
            if order == "ymd":
                iso = h._iso(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            elif order == "dmy":
                iso = h._iso(int(m.group(3)), w.MONTHS[m.group(2).casefold()], int(m.group(1)))
            elif order == "mdy":
                iso = h._iso(int(m.group(3)), w.MONTHS[m.group(1).casefold()], int(m.group(2)))
            else:
                iso = h._iso(int(m.group(3)), int(m.group(2)), int(m.group(1)))
            if iso and not any(f.start <= m.start() < f.end for f in found):
                found.append(h.Found(iso, m.start(), m.end()))
    if compact:
        for m in [*h._DAY_MONTH_SHORT_YEAR.finditer(text), *h._DOTTED_SHORT_YEAR.finditer(text)]:
            yy = int(m.group(3))
            iso = h._iso(yy + (1900 if yy >= 70 else 2000), int(m.group(2)), int(m.group(1)))
            if iso and not any(f.start <= m.start() < f.end for f in found):
                found.append(h.Found(iso, m.start(), m.end()))
        for m in h._DAY_MONTH_NAME_SHORT_YEAR.finditer(text):
            number, yy = h._month_number(m.group(2)), int(m.group(3))
            iso = h._iso(yy + (1900 if yy >= 70 else 2000), number, int(m.group(1))) if number else None
            if iso and not any(f.start <= m.start() < f.end for f in found):
                found.append(h.Found(iso, m.start(), m.end()))
        for m in h._SPACED_ISO.finditer(text):
            iso = h._iso(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            if iso and not any(f.start <= m.start() < f.end for f in found):
                found.append(h.Found(iso, m.start(), m.end()))
        for m in [*h._SHORT_COMPACT_DATE.finditer(text), *h._SPACED_SHORT_DATE.finditer(text),
                  *h._DASHED_SHORT_DATE.finditer(text)]:
            yy = int(m.group(1))
            iso = h._iso(yy + (1900 if yy >= 70 else 2000), int(m.group(2)), int(m.group(3)))
            if iso and not any(f.start <= m.start() < f.end for f in found):
                found.append(h.Found(iso, m.start(), m.end()))
    return sorted(found, key=lambda f: f.start)


@pytest.mark.parametrize("compact", [False, True])
def test_find_dates_skips_only_patterns_that_cannot_match(compact: bool) -> None:
    for text in _lines():
        assert h.find_dates(text, compact=compact) == _plain_find_dates(text, compact=compact), text


def test_find_dates_reads_month_names_in_any_case() -> None:
    assert [f.value for f in h.find_dates("APRIL 3, 2020 och 4 aPRil 2020")] == ["2020-04-03", "2020-04-04"]


def test_time_range_without_dash_or_till_needs_kl() -> None:
    assert h.find_time_range("Möte 9.00 TILL 12.00") is not None
    assert h.find_time_range("Möte 9.00 tıll 12.00") is not None  # IGNORECASE reads "ı" as "i"
    assert h.find_time_range("kl. 13.00 16.30") is not None
    assert h.find_time_range("Rum 13.00 16.30") is None


def test_document_word_suffix_shortcut() -> None:
    for text in [*_lines(), "Protokoll)", "MINNESANTECKNINGAR ", "x agenda", "forum – transkriptıon", "a", ""]:
        assert h._strip_document_word(text) == h._SUFFIX_RE.sub("", text), text


def _plain_label_value(text: str, labels: h._Labels, *, loose: bool = False) -> tuple[str, int] | None:
    """`_label_value` without its shortcuts: the whole text case-folded, every label tried."""
    low = text.casefold()
    lead = len(low) - len(low.lstrip(" *-\t•"))
    for lab in labels.ordered:
        if low.startswith(lab, lead):
            k = lead + len(lab)
            rest = low[k:]
            if k < len(low) and low[k].isalnum():
                continue
            m = h._RX_LABEL_VALUE_1.match(rest)
            sign = m.group(0) if m else ""
            colon = ":" in sign or ";" in sign or rest.startswith("\t")
            if (not colon and not loose and rest.strip() and lab not in ("kl", "klockan", "dnr", "dnr.")
                    and not ((lab in w.BARE_LABELS or lab in w.BILINGUAL_VENUE_LABELS)
                             and h._RX_LABEL_VALUE_2.match(text[k:]))
                    and not (lab in w.DATE_LABELS and h.find_dates(rest))
                    and not (lab in h._TIME_LABELS and h._RX_LABEL_VALUE_3.match(rest))):
                continue
            off = k + (m.end() if m else 0)
            return text[off:], off
    return None


LABEL_SETS = [h._LB_DATE, h._LB_DATE_OR_TID, h._LB_TIME, h._LB_TIME_OR_DATE, h._LB_VENUE, h._LB_VENUE_OR_PRESENT,
              h._LB_DATE_TIME_VENUE, h._LB_DATE_OR_VENUE, h._LB_PRESENT_OR_ABSENT, h._LB_ORGAN, h._LB_ORGAN_OR_DATE]


def test_label_value_shortcut() -> None:
    for text in _lines():
        for labels in LABEL_SETS:
            for loose in (False, True):
                assert h._label_value(text, labels, loose=loose) == _plain_label_value(text, labels, loose=loose), text


def test_label_line_shortcut() -> None:
    for text in _lines():
        low = text.casefold().strip(" *#-:\t")
        plain = any(low == lab or low.startswith(lab + ":") or low.startswith(lab + " ") and ":" in low
                    for lab in h._LIST_LABELS)
        assert h._is_label_line(text) == plain, text


def test_opening_pattern_matches_where_a_word_starts() -> None:
    words = {"tid", "tid och plats", "tidpunkt", "plats", "pl", "dag", "datum"}
    rx = re.compile(h._opening_pattern(words))
    for text in ["tid", "ti", "tidpunkt", "p", "pla", "dagordning", "dat", "datum:", "x tid"]:
        assert bool(rx.match(text)) == text.startswith(tuple(words)), text


@cache
def _documents() -> tuple[list[h.Part], ...]:
    docs = []
    for folder in DOCS:
        for path in sorted(folder.iterdir()):
            if path.is_file():
                docs.append(h.document_parts(read_minutes(path)))
    made = [h.Part(text, 0) for text in _lines()[-3000:]]  # odd characters in a document of their own
    return (*docs, made)


def test_folded_parts_find_the_parts_a_part_by_part_search_finds() -> None:
    for parts in _documents():
        folded = h._Folded(parts)
        lows = [part.text.casefold() for part in parts]
        assert [folded.low(i) for i in range(len(parts))] == lows
        for words in (h._HELD_VERBS, h._HELD_AT_WORDS, h._DNR_WORDS, h._PLATFORM_WORDS, h._OPEN_CLOSE_WORDS):
            for start, stop in ((0, None), (0, 40), (10, 60), (len(parts), None)):
                plain = [i for i in range(start, len(parts) if stop is None else min(stop, len(parts)))
                         if any(word in lows[i] for word in words)]
                assert folded.holding(words, stop, start) == plain
        for start, stop in ((0, None), (5, 50)):
            plain = [i for i in range(start, len(parts) if stop is None else min(stop, len(parts)))
                     if h._YEAR_DIGITS.search(lows[i])]
            assert folded.matching(h._YEAR_LINE, stop, start) == plain
        for labels in LABEL_SETS:
            for stop in (20, 60, 120):
                plain = [i for i in range(min(stop, len(parts)))
                         if lows[i].lstrip(" *-\t•").startswith(labels.ordered)]
                assert folded.labelled(labels, stop) == plain
                assert all(i in plain for i in range(min(stop, len(parts)))
                           if h._label_value(parts[i].text, labels, loose=True))


def test_every_month_name_opens_with_a_stem() -> None:
    """`find_dates` tries month-first dates only where a stem stands."""
    assert all(name.startswith(h._MONTH_STEMS) for name in w.MONTHS)


def _plain_body_of_title(name: str) -> str:
    """`body_of_title` without the test of its ending."""
    record = h.body_of_genitive_record(name)  # "EU-nämndens uppteckningar 2019/20:21" -> "EU-nämnden"
    if record:
        return record
    name = h.first_of_slashed_meetings(h.without_fiscal_year(name))
    year = h._KIND_YEAR_NAME.match(name)
    if year:  # "Årsstämman 2023 Vägföreningen": the meeting's year between its kind and the organisation
        kind = year.group(1)
        kind = kind[:-1] if kind.casefold().endswith(("stämman", "mötet")) else kind
        name = f"{kind} {name[year.end():]}"
    kind_label = h._KIND_OF_MEETING_LABEL.match(name)
    if kind_label and name[kind_label.end():].casefold().endswith(h._MEETING_WORD_ENDINGS):
        return _plain_body_of_title(name[kind_label.end():])
    key = name.casefold()
    if key in w.MEETING_BODIES:
        return w.MEETING_BODIES[key]
    acronym = h._ACRONYM_MEETING.fullmatch(name)
    if acronym and acronym.group(1).isupper():
        return acronym.group(1)
    board_of = h._MEETING_WITH_BOARD_OF.fullmatch(name)
    if board_of and board_of.group(2).split()[-1].casefold().endswith(h._ORGANISATION_ENDINGS):
        return f"{board_of.group(2)}, styrelsen"
    within = h._body_within(name) or h._body_with_activity(name)
    if within:
        return within
    with_org = h._MEETING_WITH_ORGANISATION.fullmatch(name)
    if with_org and with_org.group(1).split()[-1].casefold().endswith(h._ORGANISATION_ENDINGS):
        return with_org.group(1)
    if key.endswith("protokoll") and " " not in key:
        stem = key[: -len("protokoll")].removesuffix("s")
        for ending, definite in h._PROTOCOL_BODIES.items():
            if stem.endswith(ending):
                value = stem[: len(stem) - len(ending)] + definite
                return value[:1].upper() + value[1:]
    kind_name = h._KIND_THEN_NAME.fullmatch(name)
    if kind_name and h._kind_then_name_body(kind_name.group(1), kind_name.group(2)):
        return h._kind_then_name_body(kind_name.group(1), kind_name.group(2)) or ""
    held = h._MEETING_OF.fullmatch(name)
    if held and (held.group(2).casefold() == "för" or held.group(3).casefold().endswith(h._ORGANISATION_ENDINGS)):
        stem = held.group(1).casefold()
        for ending, definite in w.MEETING_WORD_BODIES.items():
            if stem.endswith(ending):
                value = stem[: len(stem) - len(ending)] + definite
                return f"{value[:1].upper()}{value[1:]} {held.group(2).casefold()} {held.group(3)}"
    last = h._RX_BODY_OF_TITLE_1.fullmatch(name)
    if last and any(last.group(2).casefold().endswith(e) for e in w.MEETING_WORD_BODIES):
        return last.group(1) + last.group(2)
    genitive = h._RX_BODY_OF_TITLE_2.fullmatch(name)
    if genitive and name.rsplit(None, 1)[-1].casefold() in w.MEETING_KINDS:
        owner = h.capitals_owner(name, genitive.end(1)) or genitive.group(1)
        return f"{owner[:1].upper()}{owner[1:]}, {name[genitive.end(1) + 1:].strip().casefold()}"
    if genitive:
        return genitive.group(1)[:1].upper() + genitive.group(1)[1:]
    m = h._RX_BODY_OF_TITLE_3.fullmatch(key)
    if m and key not in w.MEETING_KINDS:
        stem = m.group(1)
        for ending, definite in w.MEETING_WORD_BODIES.items():
            if stem.endswith(ending):
                value = stem[: len(stem) - len(ending)] + definite
                return value[:1].upper() + value[1:]
    return name[:1].upper() + name[1:]


def test_body_of_title_shortcut() -> None:
    names = [line.strip() for line in _lines() if len(line) < 200]
    names += ["Styrelsemöte", "Föreningen Nordens STYRELSEMÖTE", "Kommunfullmäktiges sammanträde", "Årsmötet",
              "Styrgruppens sammankomst", "Presidiemöte 2/9", "Styrelsemöte i Renålandets byförening",
              "Styrgruppsmöte för Energiintelligent Dalarna", "Årsmöte i Byalaget",
              "Nämndmöte i Stadshuset", "Direktionsprotokoll", "Sammanträdesprotokoll", "Nämndprotokoll",
              "VU-sammanträde", "möte inom MRO i Mariefred", "Årsmöte med KommITS", "Möte med anledning av",
              "Datorföreningen Stackens extra medlemsmöte", "Klostergårdens byalags årsmöte",
              "Arbetsmöte med Kulturrådet", "Arbetsmöte i Stadshuset",
              "styrelsemöte med Fryksås Fäbodlag Samfällighetsförening", "Styrelsemöte med Kulturrådet",
              # A genitive record with its words apart by tabs: the shortcut looked for "s " only.
              "Kulturutskottets\tprotokoll\t2021\t2019/20:30", "EU-nämndens\tuppteckningar 2019/20:21",
              # The meeting's year between its kind and what follows, its words apart by two blanks.
              "Årsmöte  2010  Fredag den 1 OKTOBER 2021  kl. 13.00 16.30  140504", "Årsstämman 2023 Vägföreningen"]
    for name in names:
        assert h.body_of_title(name) == _plain_body_of_title(name), name
