"""Read the header of a set of minutes: body, date, time, venue, platform, Dnr, attendance.

Second step of the extraction (after `text.py`): takes the cleaned `Minutes` and returns the
`Meeting` the minutes record. The header is the part before the first agenda item; the
attendance lists may also stand at the end ("Anmälda till presidiekonferensen:"). Every filled
field records its evidence in `Meeting.spans`, every attendee its span.
"""

from __future__ import annotations

import itertools
import operator
import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

from planner.extract import words as w
from planner.extract.attendance import find_attendance, label_of
from planner.extract.dates import is_page_frame, starts_of, typeset_day
from planner.extract.model import Meeting
from planner.extract.text import Minutes, casefold, casefold_wide, front_matter, minutes_from_text

HEADER_MAX_LINES = 60


# Patterns the functions below use inline, compiled once (hoisted for speed; same patterns).
_RX_HHMM_1 = re.compile(r"(\d{1,2})(?:[.:](\d{2}))?")
_RX_LABEL_VALUE_1 = re.compile(r"\s*[.:;]?\s*")  # "Plats; Hemma hos ...": a semicolon typed for the colon
_RX_LABEL_VALUE_2 = re.compile(r"\s+[A-ZÅÄÖ0-9]")
_RX_LABEL_VALUE_3 = re.compile(r"\s+(?:kl\.?\s*(?:[-–/]\s*klo\.?\s*)?)?\d{1,2}[.:]\d{2}")  # "kl. - klo 16:30": bilingual
_RX_TITLE_DAY_1 = re.compile(r"(?<![\d/.-])(\d{1,2})/(\d{1,2})(?![\d/])")
_RX_FIND_TIMES_1 = re.compile(r"(?i)\b(?:kl\.?|klockan)\s*\(?(\d{1,2}[.:]\d{2})(?![\d.:]*\s*[-–])")  # "kl (09.00)" too
_RX_FIND_TIMES_2 = re.compile(r"\b(?:nästa|kommande|nästkommande|föregående|förra)\b")
_RX_LEADING_WHEN_1 = re.compile(r"\d|den|kl", re.IGNORECASE)
_RX_LAST_OF_SESSIONS_1 = re.compile(r"\s*(?:,|;|och|samt|&)\s*(?:kl\.?\s*)?(?=\d)")
_RX_BARE_TIME_1 = re.compile(r"\s*(?:[Kk]l\.?\s*)?(\d{1,2}[.:]\d{2})\.?\s*")  # "kl 12.10." ending a sentence
_RX_FIND_VENUE_1 = re.compile(r"(?i)\bkl\.?\s*\d|\d[.:]\d\d")
_RX_FIND_VENUE_2 = re.compile(r"(?i)\s*,?\s*\b(?:kl\.?|klockan|tid)?\s*$")
_RX_FIND_VENUE_3 = re.compile(r"(?i),?\s*\b(?:kl\.?|klockan)\s*\d")
_RX_FIND_VENUE_4 = re.compile(r"(?i)[\s,]*\b(?:kl|klockan|tid)\.?$")
_RX_FIND_VENUE_5 = re.compile(r"\s+(?:och|samt|eller|&)\s+|\s*/\s*|\s*\+\s*"
                              r"|\s*\(\s*(?:och\s+|samt\s+|även\s+)?|\s*\)\s*|\s*,\s*(?:även|och|samt)\s+")
_RX_FIND_VENUE_6 = re.compile(r",?\s*\n\s*")
_RX_STRIP_TITLE_1 = re.compile(r"(?i)\s+(?:nr|no)\.?\s*\d+\b")
_RX_STRIP_TITLE_2 = re.compile(r"(?i)[\s,]+(?:kl\.?|klockan)\s*\d|[\s,]+\d{1,2}[.:]\d{2}\b")
_RX_STRIP_TITLE_3 = re.compile(r"\.\s+(?=[A-ZÅÄÖ])")
_RX_STRIP_TITLE_4 = re.compile(r"(?i)(?<=\S)\s+(?:\d{1,6}|(?:19|20)\d\d-(?:0[1-9]|1[0-2])|(?:nr|no)\.?\s*[\d/-]*|#\d+)\s*$")
_RX_STRIP_TITLE_5 = re.compile(r"(?i)(?<=\S)\s+(?:kl|klockan)\.?\s*$")
_RX_STRIP_TITLE_6 = re.compile(r"^\s*\d{6,8}\s*$")
_RX_STRIP_TITLE_7 = re.compile(r"(?i)^\s*(?:nr|nummer|no)\.?\s*[\d/ -]+$")
# A clock written as four digits run together after "kl" (elsewhere "1900" is a year): "kl 1800", "klockan 0830".
# `_KL_RE` then `_FOUR_DIGIT_CLOCK_RE`, whose groups are the hour and the minutes (`_four_digit_clock`); each reader
# adds its own ending: `_KL_FOUR_DIGIT_RANGE`, `_KL_FOUR_DIGIT_CLOCK`, `_COMPACT_CLOCK`, `_RX_VENUE_AFTER_TIME_1`.
_KL_RE = r"(?:kl\.?|klockan)\s*"
_FOUR_DIGIT_CLOCK_RE = r"([01]\d|2[0-3])([0-5]\d)"
# The clock after "kl": "kl. 18.30", "kl 18", or four digits run together ("kl 1800").
_RX_VENUE_AFTER_TIME_1 = re.compile(rf"(?i)[\s,]*{_KL_RE}(\d{{1,2}}[.:]\d{{2}}|{_FOUR_DIGIT_CLOCK_RE}(?![\d.:])"
                                    r"|\d{1,2}(?![\d.:]*\d)[.:]?)")
_RX_VENUE_AFTER_TIME_2 = re.compile(r"[\s,;]*(?:(?:i|på)\s+)?([^\W\d_][^.;!?]{1,80}?)\s*\.?\s*$")
_RX_VENUE_AFTER_LABELS_1 = re.compile(r"(?:[A-ZÅÄÖ][\w-]*\s+)*[A-ZÅÄÖ][\w-]*\s*$")
_RX_IS_DOCUMENT_WORD_LINE_1 = re.compile(r"[^\W\d_]+")
_RX_BODY_OF_TITLE_1 = re.compile(r"(.+\s)([^\W\d_]+?)s?(?:möte|mötet|sammanträde|sammanträdet)", re.IGNORECASE)
_RX_BODY_OF_TITLE_2 = re.compile(r"(.+?[^\W\d_])s\s+(?:extra\s+)?(?:[^\W\d_]*möte|[^\W\d_]*stämma|sammanträde|sammankomst)", re.IGNORECASE)
_RX_BODY_OF_TITLE_3 = re.compile(r"([^\W\d_]+?)s?(?:möte|mötet|sammanträde|sammanträdet)")
_RX_FIND_BODY_1 = re.compile(r"\S*[:/]\S*")
_RX_FIND_BODY_2 = re.compile(r"^\s*(?:[-*•–]\s|https?://|www\.|sida\b|page\b)", re.IGNORECASE)
_RX_FIND_BODY_3 = re.compile(r"[^\W\d_][\w-]*,\s")
_RX_FIND_BODY_4 = re.compile(r"[^\W\d_]{2,}")
_RX_FIND_BODY_5 = re.compile(r"[.:!?]$")
_RX_ORGAN_1 = re.compile(r"\s*[A-ZÅÄÖ][\w-]*[a-zåäö]")
_RX_IS_CODE_1 = re.compile(r"[A-ZÅÄÖ]{1,6}\d*")


class Part(NamedTuple):
    """A piece of the cleaned text: its text and where it starts in `clean`.

    A named tuple rather than a frozen dataclass: every line of every document becomes one, and a
    tuple is made several times faster; it is just as immutable.
    """

    text: str
    start: int
    level: int = 0
    flat: bool = False  # cut out of a flattened one-line header: labels there have no colon

    @property
    def end(self) -> int:
        return self.start + len(self.text)


@dataclass(frozen=True, slots=True)
class Found:
    """A value read from the text, with its `[start, end)` range in `clean`."""

    value: str
    start: int
    end: int


# --- dates and times ------------------------------------------------------------------------

_MONTH_RE = "|".join(sorted(w.MONTHS, key=len, reverse=True))
_WEEKDAY_RE = "|".join(sorted(w.WEEKDAYS, key=len, reverse=True))
_DATE_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"(?<![\d-])(\d{4})-(\d{1,2})-(\d{1,2})(?![\d])"), "ymd"),
    (re.compile(r"(?<![\d/])(\d{4})/(\d{1,2})/(\d{1,2})(?![\d/])"), "ymd"),
    # "13-14 oktober 2006"; "Fredag den 13 och lördag den 14 oktober 2006" (the second day's weekday or "den" only
    # where the first day has one: "punkt 5 och den 14 oktober 2006" is no span of days)
    (re.compile(rf"(?i)\b(\d{{1,2}})(?:(?<=den \d|dag \d|gen \d|day \d)|(?<=den \d\d|dag \d\d|gen \d\d|day \d\d)"
                rf"|(?!\s*(?:[-–]|och|&)?\s*(?:(?:{_WEEKDAY_RE})(?:en)?|den)\s))\s*(?:[-–]|\s|och|&)\s*"
                rf"(?:(?:{_WEEKDAY_RE})(?:en)?\s+)?(?:den\s+)?\d{{1,2}}\s+({_MONTH_RE})\.?,?\s+(\d{{4}})\b"), "dmy"),
    (re.compile(rf"(?i)(?:\b(?:{_WEEKDAY_RE})(?:en)?\s*,?\s+)?(?:\bden\s+)?\b(\d{{1,2}})(?::?e|:a)?\.?\s+"
                rf"({_MONTH_RE})\.?,?\s+(\d{{4}})\b"), "dmy"),
    (re.compile(rf"(?i)\b({_MONTH_RE})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})\b"), "mdy"),
    (re.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\d])"), "dmy_num"),
    (re.compile(r"(?<![\d/.-])(\d{1,2})/(\d{1,2})(?:\s*[-–]\s*|,?\s+)(\d{4})(?![\d])(?!\s*(?i:kr\b|:-|sek\b))"), "dmy_num"),  # "18/7 – 2010", "9/6, 2020"
    (re.compile(r"(?<![\d.])((?:19|20)\d{2})\.(\d{1,2})\.(\d{1,2})(?![\d]|\.\d)"), "ymd"),  # "2022.03.15"
    (re.compile(r"(?<![\d/.-])(\d{1,2})/(\d{1,2})/((?:19|20)\d{2})(?![\d/])"), "dmy_num"),  # "5/3/2022"
    (re.compile(r"(?<![\d/.-])(\d{1,2})-(\d{1,2})-((?:19|20)\d{2})(?![\d-])"), "dmy_num"),  # "15-03-2022"
    # "2011–01–20": an ISO date whose hyphens a publishing tool turned into en dashes (as it does in "5–6/2")
    (re.compile(r"(?<![\d–-])((?:19|20)\d{2})–(0?[1-9]|1[0-2])–(0?[1-9]|[12]\d|3[01])(?![\d–])"), "ymd"),
)
# What each of `_DATE_PATTERNS` needs, tested before its search: a character, or (None) a month
# name, found by one of `_MONTH_STEMS` in the case-folded text (each name holds one; they hold no
# "i" that IGNORECASE could match as "ı" or "İ", whose case folds are not "i").
_DATE_NEEDS: tuple[str | None, ...] = ("-", "/", None, None, None, ".", "/", ".", "/", "-", "–")
_MONTH_STEMS = tuple(sorted({m for m in w.MONTHS if not any(o != m and o in m for o in w.MONTHS)}))
# Where each of `_DATE_PATTERNS` can match, when it opens with a number: at the first digit of a run
# of digits (a look-behind or `\\b` keeps a digit from standing before it) of these lengths, with one
# of these characters after the run (" ": any white space). The runs are found by one search, the
# patterns tried there only (`_matches_at`), not searched for along the whole text.
_DIGIT_RUN = re.compile(r"\d+")
_START = operator.attrgetter("start")
_ONE_OR_TWO, _TWO, _FOUR, _SIX, _EIGHT = range(1, 3), range(2, 3), range(4, 5), range(6, 7), range(8, 9)
_WORDS_OR_DAY = "weekday, den or day"  # opens with a weekday, "den" or the day: `_day_month_starts`
_DATE_RUNS: tuple[tuple[range, str] | str | None, ...] = (
    (_FOUR, "-"), (_FOUR, "/"), (_ONE_OR_TWO, " -–&oO"), _WORDS_OR_DAY, None,
    (_ONE_OR_TWO, "."), (_ONE_OR_TWO, "/"), (_FOUR, "."), (_ONE_OR_TWO, "/"), (_ONE_OR_TWO, "-"), (_FOUR, "–"))
_YEAR_DIGITS = re.compile(r"\d{4}")
_ANY_DIGIT = re.compile(r"\d")
_ASCII_DIGITS = tuple("0123456789")


def _has_digit(text: str) -> bool:
    """`_ANY_DIGIT.search(text)`: an ASCII digit, found by `str.find`; without one, only a text with
    characters outside Latin-1 (which holds no other digit, `\\d` being `str.isdecimal`) is searched."""
    if any(map(text.__contains__, _ASCII_DIGITS)):
        return True
    if text.isascii() or len(text.encode("latin-1", "ignore")) == len(text):
        return False
    return _ANY_DIGIT.search(text) is not None


def _has_year_digits(text: str) -> bool:
    """`_YEAR_DIGITS.search(text)`: four digits in a row need a digit (`_has_digit`)."""
    return _has_digit(text) and _YEAR_DIGITS.search(text) is not None


_COMPACT_DATE = re.compile(r"(?<!\d)(20\d{2})(\d{2})(\d{2})(?!\d)")
# A short date written in spaced pairs, year first: "Skypemöte 18 09 26", "Grästorp 18 09 26". Not a
# phone number's pairs ("08-12 34 56", "070 12 34 56"): no digit or dash before, no pair after.
_SPACED_SHORT_DATE = re.compile(r"(?<![\d/.:+-])(?<![\d/.:+-] )(\d{2}) (0[1-9]|1[0-2]) (0[1-9]|[12]\d|3[01])(?! ?\d)")
# Day and month with a two-digit year after a dash: "Protokoll 15/3-22", "möte den 8/9-16". Not a
# range of days ("1/3-15/3").
_DAY_MONTH_SHORT_YEAR = re.compile(r"(?<![\d/.-])(\d{1,2})/(\d{1,2})\s*-\s*(\d{2})(?![\d/.:-])")
# The same with the month's name: "fört vid styrelsemöte 10 dec. -08", "Protokoll 28 maj -13" (groups day, name,
# year; `dates` reads it too).
_DAY_MONTH_NAME_SHORT_YEAR = re.compile(
    rf"(?i)(?<![\d/.-])(\d{{1,2}})\.?[ \t]+({_MONTH_RE})\b\.?[ \t]*-(\d\d)(?![\d/.:-]|,\d|\s*(?:%|°|grad|kr\b|st\b))")
# In a title or after a date label only: "Datum: 15.03.22" (a two-digit year), "Datum: 2022 03 15".
_DOTTED_SHORT_YEAR = re.compile(r"(?<![\d.,])(\d{1,2})\.(\d{1,2})\.(\d{2})(?![\d.,]|\.\d)")
# The Swedish short form YY-MM-DD in a title: "Styrelsemöte 20-10-19". Not inside an ISO date or a longer
# run of dashed numbers ("2020-10-19", "12-14-16-18"), nor a clock or a day range after it.
_DASHED_SHORT_DATE = re.compile(r"(?<![\d/.:+-])(\d{2})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?![\d/:-]|\.\d)")
_SPACED_ISO = re.compile(r"(?<![\d.:+-])(?<!\d )((?:19|20)\d{2}) (0[1-9]|1[0-2]) (0[1-9]|[12]\d|3[01])(?! ?\d)")
# "SG minnesanteckningar 140504", "Un060502": YYMMDD in a title or file-like name.
_SHORT_COMPACT_DATE = re.compile(r"(?<![\d/.-])(\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?![\d/.-])")
_TIME = r"(?:[01]?\d|2[0-4])(?:[.:][0-5]\d)?"
_TIME_RANGE = re.compile(
    rf"(?i)(?<![\d:/-])(?<!(?<![^\W\d_])\.)(?:(?:kl\.?|klockan)\s*)?({_TIME})\s*(?:-{{1,2}}|–|—|till)\s*(?:(?:ca\.?|cirka|kl\.?)\s*)?"
    rf"({_TIME})(?![\d]|,[0-5]\d)"
    r"(?!\s*(?:%|år|procent|kr|st\b|min|dagar|personer))"
)
# "kl. 10-10,45", "kl 9,30-11": minutes after a comma, read only after "kl" (elsewhere "2,5" is a number).
_KL_COMMA_RANGE = re.compile(
    r"(?i)\b(?:kl\.?|klockan)\s*(\d{1,2}(?:[.:,][0-5]\d)?)\s*(?:-{1,2}|–|—)\s*(\d{1,2}(?:[.:,][0-5]\d)?)(?![\d]|[.:,]\d)")
# "kl. 13.00 16.30" / "Kl. 13:00 16:00": a start and end after "kl" whose dash a PDF copy dropped.
# (The end may be an estimate: "Tid: Kl. 11.00 ca 16.00", "kl 9.00 cirka 12.00".)
_TIME_RANGE_LOST_DASH = re.compile(
    r"(?i)\b(?:kl\.?|klockan)\s*(\d{1,2}[.:]\d{2})\s+(?:(?:ca\.?|cirka)\s*)?(\d{1,2}[.:]\d{2})(?![\d.:]\d)")
# "kl 11 12 Plats: GR": whole hours after "kl" whose dash was dropped, the end of the value or a
# capitalised word (the next label) after them; a count follows in lower case ("kl 11 12 personer").
_HOURS_LOST_DASH = re.compile(r"(?i)\b(?:kl\.?|klockan)\s*(\d{1,2})\s+(\d{1,2})(?=\s*$|\s+(?-i:[A-ZÅÄÖ])|\s*[,;]\s)")
# "kl 19 00-20 00", "kl. 9 30 – 12 00": clocks after "kl" whose stops a copy turned into spaces, the range's dash
# kept; both minutes two digits. Groups 1-2 the start's hour and minutes, 3-4 the end's.
_KL_SPACED_CLOCKS_RANGE = re.compile(
    r"(?i)\b(?:kl\.?|klockan)\s*(\d{1,2}) ([0-5]\d)\s*(?:-{1,2}|–|—|till)\s*(\d{1,2}) ([0-5]\d)(?![\d.:,]?\d)")
# "kl 0900-1530", "kl. 1800 - 2030": four-digit clocks without a separator, read only after "kl" (elsewhere
# "1900-2000" is a span of years). Groups 1-2 the start's hour and minutes, 3-4 the end's.
_KL_FOUR_DIGIT_RANGE = re.compile(rf"(?i)\b{_KL_RE}{_FOUR_DIGIT_CLOCK_RE}\s*(?:-{{1,2}}|–|—)\s*{_FOUR_DIGIT_CLOCK_RE}"
                                  r"(?![\d.:,]\d|\d)")
_CLOCK = re.compile(r"(?i)(?:\b(?:kl\.?|klockan)\s*)(\d{1,2}(?:[.:]\d{2})?)(?!\d)|(?<![\d.:/-])(\d{1,2}[.:]\d{2})(?![\d:]|\.\d)")


def _iso(y: int, m: int, d: int) -> str | None:
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


def _month_starts(low: str) -> list[int]:
    """Where a month name can start in the case-folded `low`: each opens with one of `_MONTH_STEMS`."""
    return starts_of(low, _MONTH_STEMS)


def _matches_at(pattern: re.Pattern[str], text: str, starts: list[int]) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)` for a pattern whose matches can only start at `starts` (in order):
    the first match at or after each place the last one ended."""
    end = 0
    for at in starts:
        if at >= end:
            m = pattern.match(text, at)
            if m:
                yield m
                end = m.end()


def _weekday_number(name: str) -> int | None:
    """The weekday (Monday 0) a matched weekday name gives ("Tisdagen", "fredag", "Monday")."""
    low = name.casefold()
    return next((n for day, n in w.WEEKDAYS.items() if low.startswith(day)), None)


def _month_number(name: str) -> int | None:
    """The month a matched month name gives. IGNORECASE lets an "i" in the pattern match a dotless
    "ı" or a dotted "İ", whose case folds ("ı", "i̇") are not "i": read them as "i"."""
    key = name.casefold()
    month = w.MONTHS.get(key)
    if month is None:
        month = w.MONTHS.get(key.replace("\u0307", "").replace("ı", "i"))
    return month


_DAY_MONTH_OPENERS = (*w.WEEKDAYS, "den")


def _day_month_starts(text: str, low: str, runs: list[tuple[int, int]]) -> list[int] | None:
    """Where "Fredag den 1 oktober 2021" (`_DATE_PATTERNS[3]`) can start in `text` (`low` case-folded,
    `runs` its runs of digits): at a weekday name, "den", or a run of one or two digits followed by
    what may follow the day. None where `low` does not show them: a fold that lengthens, or a dotless
    "ı", which IGNORECASE matches as "i" (none of the words holds another letter it matches otherwise
    than its case fold does)."""
    if len(low) != len(text) or "ı" in text:
        return None
    starts = {a for a, b in runs if b - a <= 2 and b < len(text) and (text[b] in ":eE." or text[b].isspace())}
    starts.update(starts_of(low, _DAY_MONTH_OPENERS))
    return sorted(starts)


# The dates `find_dates` read, by text and `compact`, while `extract_meeting` reads one document: the
# header's readers look at the same lines again and again. Set by `extract_meeting` for the document it
# reads and dropped when it returns, so nothing read from one document is kept for another (None outside).
_DATES_READ: ContextVar[dict[tuple[str, bool], list[Found]] | None] = ContextVar("_DATES_READ", default=None)


def find_dates(text: str, *, compact: bool = False, everywhere: bool = False) -> list[Found]:
    """Return the full dates (day, month and year) in `text`, in order.

    Reads ISO dates, "Fredag den 1 oktober 2021", "2 September 2021", "November 30, 2021",
    "1.10.2021"; with `compact`, also "20201210" as in titles of notes. With `everywhere`, each
    pattern is searched along the whole text, not tried only where it can start (`_matches_at`):
    the same dates, found slower (the tests compare the two).
    """
    read = _DATES_READ.get()
    if read is None or everywhere:
        return _read_dates(text, compact, everywhere)
    key = (text, compact)
    found = read.get(key)
    if found is None:
        found = read[key] = _read_dates(text, compact, everywhere)
    return found.copy()  # the caller's own list


def _read_dates(text: str, compact: bool, everywhere: bool) -> list[Found]:
    """`find_dates(text, compact=compact, everywhere=everywhere)`, read from the text."""
    found: list[Found] = []
    if not _has_digit(text):
        return found  # every form below has digits
    runs = [m.span() for m in _DIGIT_RUN.finditer(text)]

    def at_runs(pattern: re.Pattern[str], lengths: range, after: str | None) -> Iterator[re.Match[str]]:
        """`pattern.finditer(text)` for a pattern that opens with a whole run of digits of `lengths`,
        one of `after` (" ": any white space; None: anything or the end) after it: the pattern tried
        at those runs only."""
        if everywhere:
            return pattern.finditer(text)
        return _matches_at(pattern, text, [a for a, b in runs if b - a in lengths and (after is None or b < len(text) and (
            text[b] in after or " " in after and text[b].isspace()))])

    if not any(b - a >= 4 for a, b in runs) and not (
            compact and (next(at_runs(_SPACED_SHORT_DATE, _TWO, " "), None)
                         or "-" in text and next(at_runs(_DASHED_SHORT_DATE, _TWO, "-"), None)
                         or "/" in text and next(at_runs(_DAY_MONTH_SHORT_YEAR, _ONE_OR_TWO, "/"), None)
                         or "." in text and next(at_runs(_DOTTED_SHORT_YEAR, _ONE_OR_TWO, "."), None)
                         or "-" in text and next(at_runs(_DAY_MONTH_NAME_SHORT_YEAR, _ONE_OR_TWO, ". "), None))):
        return found  # every form below has four digits in a row (a year, or a compact date)
    low = text.casefold()
    month = any(map(low.__contains__, _MONTH_STEMS))
    for (pattern, order), need, opening in zip(_DATE_PATTERNS, _DATE_NEEDS, _DATE_RUNS, strict=True):
        if not (month if need is None else need in text):
            continue  # the pattern cannot match: skip its slow search
        if order == "mdy" and len(low) == len(text) and not everywhere:
            matches = _matches_at(pattern, text, _month_starts(low))
        elif isinstance(opening, tuple):
            matches = at_runs(pattern, *opening)
        elif opening == _WORDS_OR_DAY and not everywhere and (starts := _day_month_starts(text, low, runs)) is not None:
            matches = _matches_at(pattern, text, starts)
        else:
            matches = pattern.finditer(text)
        for m in matches:
            if order == "ymd":
                iso = _iso(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            elif order in ("dmy", "mdy"):
                day, name = (m.group(1), m.group(2)) if order == "dmy" else (m.group(2), m.group(1))
                number = _month_number(name)
                iso = _iso(int(m.group(3)), number, int(day)) if number else None
            else:
                iso = _iso(int(m.group(3)), int(m.group(2)), int(m.group(1)))
            if iso and not any(f.start <= m.start() < f.end for f in found):
                found.append(Found(iso, m.start(), m.end()))
    if compact:
        for m in at_runs(_COMPACT_DATE, _EIGHT, None):
            iso = _iso(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            if iso and not any(f.start <= m.start() < f.end for f in found):
                found.append(Found(iso, m.start(), m.end()))
        for m in itertools.chain(at_runs(_DAY_MONTH_SHORT_YEAR, _ONE_OR_TWO, "/") if "/" in text else (),
                                 at_runs(_DOTTED_SHORT_YEAR, _ONE_OR_TWO, ".") if "." in text else ()):
            yy = int(m.group(3))
            iso = _iso(yy + (1900 if yy >= 70 else 2000), int(m.group(2)), int(m.group(1)))
            if iso and not any(f.start <= m.start() < f.end for f in found):
                found.append(Found(iso, m.start(), m.end()))
        for m in at_runs(_DAY_MONTH_NAME_SHORT_YEAR, _ONE_OR_TWO, ". ") if "-" in text else ():
            number, yy = _month_number(m.group(2)), int(m.group(3))
            iso = _iso(yy + (1900 if yy >= 70 else 2000), number, int(m.group(1))) if number else None
            if iso and not any(f.start <= m.start() < f.end for f in found):
                found.append(Found(iso, m.start(), m.end()))
        for m in at_runs(_SPACED_ISO, _FOUR, " "):
            iso = _iso(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            if iso and not any(f.start <= m.start() < f.end for f in found):
                found.append(Found(iso, m.start(), m.end()))
        for m in itertools.chain(at_runs(_SHORT_COMPACT_DATE, _SIX, None), at_runs(_SPACED_SHORT_DATE, _TWO, " "),
                                 at_runs(_DASHED_SHORT_DATE, _TWO, "-") if "-" in text else ()):
            yy = int(m.group(1))
            iso = _iso(yy + (1900 if yy >= 70 else 2000), int(m.group(2)), int(m.group(3)))
            if iso and not any(f.start <= m.start() < f.end for f in found):
                found.append(Found(iso, m.start(), m.end()))
    return sorted(found, key=_START) if len(found) > 1 else found


_DAY_MONTH = re.compile(rf"(?i)\b\d{{1,2}}(?::?e|:a)?\.?\s+(?:{_MONTH_RE})\b|\b(?:{_MONTH_RE})\.?\s+(?:\d{{1,2}}\b|\d{{4}}\b)"
                        r"|(?<![\d/.])\d{1,2}/\d{1,2}(?![\d/])"
                        # a stored copy's cells: "Augusti Söndag 10:00", "Söndag den 4", "tisdag kl. 18"
                        rf"|\b(?:{_MONTH_RE})\s+(?:{_WEEKDAY_RE})(?:en)?\b"
                        rf"|\b(?:{_WEEKDAY_RE})(?:en)?\s+(?:den\s+\d{{1,2}}\b|(?:kl\.?\s*)?\d{{1,2}}[.:]\d{{2}})")


def has_date(text: str) -> bool:
    """Tell whether `text` holds anything like a date: ISO or numeric ("12/5"), or a month name with a
    day or a year ("den 8 maj", "mars 2018"); text without one cannot be dated minutes."""
    return bool(_DAY_MONTH.search(text)) or bool(find_dates(text, compact=True))


def hhmm(s: str) -> str | None:
    """Normalise "9.00", "9:45", "13" to "HH:MM"; None if it is not a time of day."""
    m = _RX_HHMM_1.fullmatch(s.strip())
    if not m:
        return None
    h, mi = int(m.group(1)), int(m.group(2) or 0)
    if h > 24 or mi > 59 or (h == 24 and mi):
        return None
    return f"{h % 24:02d}:{mi:02d}"


# A label of the minutes' section range right before a number range: "Omfattning 1-17", "Paragrafer 65 - 82".
_SECTION_RANGE_LABEL = re.compile(r"(?i)\b(?:omfattning|paragrafer|paragraf|paragraferna)\s*:?\s*$")


_RANGE_DASHES = ("-", "–", "—")
_DECIMALS = "0123456789"
_SPACE_BEFORE_SIGN = 16  # how far back a digit is looked for before a range's dash, past white space


def _digit_before_range_sign(text: str, low: str) -> bool:
    """Whether `_TIME_RANGE` may match in `text` (`low` case-folded): one of its dashes, or the "ll"
    of "till" in `low`, comes after white space (`\\s`, `str.isspace`) and a time's last digits (`\\d`,
    `str.isdecimal`): a run of one or two digits, not after a dash or slash (before an hour its
    look-behind allows neither, nor does "kl"; minutes follow "." or ":"). "2020-03-06" has none.
    A run reaching back past the characters looked at, or a long run of white space, counts."""

    def after_digit(at: int) -> bool:
        before = text[max(0, at - _SPACE_BEFORE_SIGN): at].rstrip()
        if not before:
            return at > _SPACE_BEFORE_SIGN
        digits = len(before) - len(before.rstrip(_DECIMALS)) if before[-1] in _DECIMALS else 0
        if not digits and before[-1].isdecimal():
            return True  # a digit of another script: not looked at further
        return 0 < digits <= 2 and (digits == len(before) or before[-digits - 1] not in "-/")

    for dash in _RANGE_DASHES:
        at = text.find(dash)
        while at >= 0:
            if after_digit(at):
                return True
            at = text.find(dash, at + 1)
    at = low.find("ll")
    if at >= 0 and len(low) != len(text):
        return True  # a fold that lengthens: the offsets of `low` are not those of `text`
    while at >= 0:
        if at >= 2 and after_digit(at - 2):  # "till": its "ll" two characters in
            return True
        at = low.find("ll", at + 1)
    return False


def _places(text: str, word: str) -> list[int]:
    """Where `word` stands in `text`, overlapping or not, in order."""
    places = []
    at = text.find(word)
    while at >= 0:
        places.append(at)
        at = text.find(word, at + 1)
    return places


def _may_hold_time_range(text: str) -> bool:
    """False when `find_time_range(text)` surely finds nothing, with `bare_hours` or not.

    A time has digits (the searches are slow on a line without any); `_TIME_RANGE` needs a dash or
    "till" (whose "ll" IGNORECASE matches only as "ll" folded) right after a time, each other
    pattern a "kl" (likewise): most lines have neither.
    """
    if not _has_digit(text):
        return False
    low = casefold(text)
    return "kl" in low or _digit_before_range_sign(text, low)


# A break's word in the clause right before a range ("Ajournering kl 10:45-11:30", "med paus 14.50-15.10"): the
# break's hours, not the meeting's.
_BREAK_BEFORE = re.compile(r"(?i)\b(?:" + "|".join(w.BREAK_WORDS) + r")\w*\b[^.;\n]*$")
_BREAK_REACH = 40


def find_time_range(text: str, *, bare_hours: bool = False, everywhere: bool = False,
                    meeting: bool = False) -> tuple[Found, Found] | None:
    """Return the first start-end time range in `text` ("9.00-12.00", "kl. 13:00-15:00", "9:45–15:00").

    With `meeting`, a range in a break's clause ("med ajournering klockan 14.50-15.10") is passed over: the
    meeting's hours are read, not the break's (without it, a break's range still tells a line holds hours).

    Whole hours ("13-16") count after "kl" or, with `bare_hours`, anywhere (a "Tid:" value). With
    `everywhere`, each pattern is searched along the whole text, not tried only where it can start
    (`_matches_at`): the same range, found slower (the tests compare the two).
    """
    if not _may_hold_time_range(text):
        return None
    low = casefold(text)
    breaks = meeting and any(word in low for word in w.BREAK_WORDS)
    # Where the patterns can match, when `low` shows them: at a "kl" (each of the three last ones
    # opens with "kl" or "klockan", IGNORECASE matching as case folds do), or `_TIME_RANGE` also at
    # an hour, a run of one or two digits (its look-behind lets no digit stand before it).
    kl_at: list[int] | None = None
    if len(low) == len(text) and not everywhere:
        kl_at = _places(low, "kl")
        hours = [m.start() for m in _DIGIT_RUN.finditer(text) if m.end() - m.start() <= 2]
        ranges: Iterable[re.Match[str]] = _matches_at(_TIME_RANGE, text, sorted(kl_at + hours))
    else:
        ranges = _TIME_RANGE.finditer(text)
    for m in ranges:
        a, b = m.group(1), m.group(2)
        if "§" in text[max(0, m.start() - 14): m.start()] or _SECTION_RANGE_LABEL.search(text, max(0, m.start() - 14), m.start()):
            continue  # "Omfattning 1-17", "Paragrafer 65-82", "§§ 3-9": the minutes' sections, not hours
        if breaks and _BREAK_BEFORE.search(text, max(0, m.start() - _BREAK_REACH), m.start()):
            continue  # "klockan 13.00 17.15, med ajournering för fika klockan 14.50-15.10": a break's hours
        has_minutes = ("." in a or ":" in a) or ("." in b or ":" in b)
        has_kl = m.group(0).casefold().startswith(("kl", "klockan"))
        if not (has_minutes or has_kl or bare_hours and int(a) < int(b)):
            continue
        start, end = hhmm(a), hhmm(b)
        if start and end and start != end:
            if ":" in a and is_truncated_clock(text, m.end(2)):
                continue  # "8:15-11: Kerstin": the end's minutes lost (the start has its own)
            # "Tid: Kl. 11.00 ca 16.00 Kaffe från kl 10.30 Gemensam lunch kl 12.00-13.00": the hours said first,
            # their dash lost, are the meeting's; the later range is a part of the day
            return _lost_dash_range_before(text, low, kl_at, m.start()) or (
                Found(start, m.start(1), m.end(1)), Found(end, m.start(2), m.end(2)))
    if "kl" not in low:
        return None  # each pattern below opens with "kl" or "klockan"
    for m in (_matches_at(_KL_COMMA_RANGE, text, kl_at) if kl_at is not None else _KL_COMMA_RANGE.finditer(text)):
        if "," not in m.group(0):
            continue  # no comma: `_TIME_RANGE` has read it
        start, end = hhmm(m.group(1).replace(",", ".")), hhmm(m.group(2).replace(",", "."))
        if start and end and start < end:
            return Found(start, m.start(1), m.end(1)), Found(end, m.start(2), m.end(2))
    for m in (_matches_at(_TIME_RANGE_LOST_DASH, text, kl_at) if kl_at is not None else _TIME_RANGE_LOST_DASH.finditer(text)):  # "kl. 13.00 16.30": a copy that lost the dash
        start, end = hhmm(m.group(1)), hhmm(m.group(2))
        if start and end and start < end:
            return Found(start, m.start(1), m.end(1)), Found(end, m.start(2), m.end(2))
    for m in (_matches_at(_KL_SPACED_CLOCKS_RANGE, text, kl_at) if kl_at is not None
              else _KL_SPACED_CLOCKS_RANGE.finditer(text)):  # "kl 19 00-20 00": the clocks' stops turned into spaces
        start, end = hhmm(f"{m.group(1)}.{m.group(2)}"), hhmm(f"{m.group(3)}.{m.group(4)}")
        if start and end and start < end:
            return Found(start, m.start(1), m.end(2)), Found(end, m.start(3), m.end(4))
    for m in (_matches_at(_HOURS_LOST_DASH, text, kl_at) if kl_at is not None else _HOURS_LOST_DASH.finditer(text)):  # "kl 11 12": whole hours, the dash lost
        if int(m.group(1)) < int(m.group(2)) <= 24:
            start, end = hhmm(m.group(1)), hhmm(m.group(2))
            if start and end:
                return Found(start, m.start(1), m.end(1)), Found(end, m.start(2), m.end(2))
    return four_digit_kl_range(text)


def _lost_dash_range_before(text: str, low: str, kl_at: list[int] | None, stop: int) -> tuple[Found, Found] | None:
    """A range after "kl" whose dash was lost (`_TIME_RANGE_LOST_DASH`) that opens before `stop`, or None."""
    if "kl" not in low[:stop]:
        return None
    for m in (_matches_at(_TIME_RANGE_LOST_DASH, text, [k for k in kl_at if k < stop]) if kl_at is not None
              else _TIME_RANGE_LOST_DASH.finditer(text)):
        start, end = hhmm(m.group(1)), hhmm(m.group(2))
        if m.start() >= stop:
            break
        if m.end() <= stop and start and end and start < end:
            return Found(start, m.start(1), m.end(1)), Found(end, m.start(2), m.end(2))
    return None


def four_digit_kl_range(text: str) -> tuple[Found, Found] | None:
    """The start and end of a range of four-digit clocks after "kl" (`_KL_FOUR_DIGIT_RANGE`): "kl 0900-1530";
    None without one or when the end is not after the start."""
    for m in _KL_FOUR_DIGIT_RANGE.finditer(text):
        start, end = _four_digit_clock(m, 0), _four_digit_clock(m, 0, 3)
        if start.value < end.value:
            return start, end
    return None


def _four_digit_clock(m: re.Match[str], base: int, group: int = 1) -> Found:
    """The clock "HH:MM" whose hour and minutes are groups `group` and `group + 1` of `m` (`_FOUR_DIGIT_CLOCK_RE`),
    its span moved by `base`."""
    return Found(f"{m.group(group)}:{m.group(group + 1)}", base + m.start(group), base + m.end(group + 1))


# A "Tid:" value whose dash was lost between the clocks after the day: "11 september 16:30 19:00, 12
# september 10:00 20:00", "2015-09-11 16.30 19.00". Groups 1 and 2 the clocks.
_DAY_THEN_LOST_DASH = re.compile(
    rf"(?i)(?:\b\d{{1,2}}\.?\s+(?:{_MONTH_RE})(?:\s+(?:19|20)\d\d)?|\b(?:19|20)\d\d-\d\d-\d\d)\s*,?\s+"
    r"(?:kl\.?\s*)?(\d{1,2}[.:]\d{2})\s+(\d{1,2}[.:]\d{2})(?![\d.:]*\d)")


def _day_then_lost_dash(text: str) -> tuple[Found, Found] | None:
    """The start and end of a labelled time value that lost its dash after the day (`_DAY_THEN_LOST_DASH`)."""
    m = _DAY_THEN_LOST_DASH.search(text) if _has_digit(text) else None
    start, end = (hhmm(m.group(1)), hhmm(m.group(2))) if m else (None, None)
    if m and start and end and start < end:
        return Found(start, m.start(1), m.end(1)), Found(end, m.start(2), m.end(2))
    return None


# A time value that is two clocks alone, the dash between them lost: "Tid: 10:00 14:00", "Tid: 9.30 12.00
# Plats: ...". The end of the value or a capitalised word (the next label) follows.
_CLOCKS_LOST_DASH = re.compile(r"\s*(\d{1,2}[.:]\d{2})\s+(\d{1,2}[.:]\d{2})(?=\s*$|\s+(?-i:[A-ZÅÄÖ]))")


def _clocks_lost_dash(text: str) -> tuple[Found, Found] | None:
    """The start and end of a labelled time value of two clocks whose dash was lost (`_CLOCKS_LOST_DASH`)."""
    m = _CLOCKS_LOST_DASH.match(text) if text[:8].strip()[:1].isdigit() else None
    start, end = (hhmm(m.group(1)), hhmm(m.group(2))) if m else (None, None)
    if m and start and end and start < end:
        return Found(start, m.start(1), m.end(1)), Found(end, m.start(2), m.end(2))
    return None


# An hour after "kl" that a scanned copy's OCR read with a letter for a digit: "kl l0-15", "kl. 1O.30",
# "kl I3-16" ("l" or "I" for 1, "O" for 0), a range sign or the minutes right after it.
_OCR_HOUR = re.compile(r"(?i:\bkl\.?|\bklockan)\s*((?=[lIO]?\d|\d[lIO])[\dlIO]{2}|[lI](?=[.:]\d\d|\s*[-–]\s*\d))"
                       r"(?=[.:][\dO]{2}|\s*[-–]\s*\d)")
_OCR_DIGITS = str.maketrans("lIO", "110")


def ocr_hours(text: str) -> str:
    """`text` with each hour of `_OCR_HOUR` written in digits, the same length, so that offsets hold."""
    if "kl" not in text and "Kl" not in text and "KL" not in text:
        return text
    return _OCR_HOUR.sub(lambda m: m.group(0)[: m.start(1) - m.start()] + m.group(1).translate(_OCR_DIGITS), text)


def find_clock(text: str) -> Found | None:
    """Return the first single time of day in `text` ("kl. 12.04", "18:08", "klockan 13.36")."""
    if not _has_digit(text):
        return None  # a time has digits
    for m in _CLOCK.finditer(text):
        g = 1 if m.group(1) else 2
        value = hhmm(m.group(g))
        if value and not _LEAVING_BEFORE.search(text, max(0, m.start() - _LEAVING_REACH), m.start()):
            return Found(value, m.start(g), m.end(g))
    return None


def is_truncated_clock(text: str, at: int) -> bool:
    """Whether the hour that ends at `at` is cut off after its colon, its minutes lost: "8:15-11: Kerstin" (a
    docplayer transcript drops the digits after a colon). A full stop is no cut: "kl 15-16.". (A lone start
    "kl 15: Paragrafer" is still read as the whole hour.)"""
    return text[at: at + 1] == ":" and not text[at + 1: at + 2].isdigit()


# A person's leaving or coming just before a time: "(avvek kl 12.00)", "lämnade mötet kl 20.15".
_LEAVING_BEFORE = re.compile(r"(?i)\b(?:" + "|".join(w.LEAVING_WORDS) + r")\b(?:\s+(?:mötet|sammanträdet))?\s*$")
_LEAVING_REACH = 24


# --- lines of the header --------------------------------------------------------------------

_ITEM_LINE = re.compile(r"^\s*(?:§\s*\d+|(?:punkt\s+)?\d{1,2}(?:\.\d{1,2})*[.)]?\s+[^\W\d_])", re.IGNORECASE)
_ITEM_OPENERS = frozenset("§pP")  # what `_ITEM_LINE` needs after white space, but for a digit


def _is_item_line(text: str) -> bool:
    """`_ITEM_LINE.match(text)`: the character after the white space tested first (`\\s` is
    `str.isspace`, `\\d` is `str.isdecimal`), as most lines open with a letter."""
    head = text.lstrip()[:1]
    return (head in _ITEM_OPENERS or head.isdecimal()) and _ITEM_LINE.match(text) is not None


# Where a label of a flattened header starts (`_SPLIT_LABELS` cuts in the white space before it).
_SPLIT_LABEL_AHEAD = (
    r"(?:Tid|Plats|Lokal|Lokaler|Sammanträdeslokal|Datum|Sammanträdesdag|Sammanträdesdatum|Dnr)\s*:|"
    r"(?:Ledamöter|Ersättare|Suppleanter|Övriga)\s*:|Övriga(?=\s+[A-ZÅÄÖ][a-zåäö-]+\s+[A-ZÅÄÖ][a-zåäö-]+,)|"
    r"Närvaro(?=\s+[A-ZÅÄÖ][a-zåäö-]+\s+[A-ZÅÄÖ][a-zåäö-]+)|"
    r"(?:Närvarande|Frånvarande|Ej närvarande|Anmält förhinder|Anmälda förhinder|Adjungerade|Beslutande|"
    r"Övriga deltagare|Övriga deltagande|Övriga närvarande|Ersättare|Tjänstgörande ersättare|Kallade|"
    # "... (S), 65 71, 73 87 Tjänstemän Catarina Dahlöf ...": after an entry's items, names after it
    r"(?<=\d\s)Tjänstemän(?=\s+[A-ZÅÄÖ][a-zåäö-]+\s+[A-ZÅÄÖ])|"
    r"Sammanträdesdag|Sammanträdesdatum|Plats och tid|Tid och plats|Utses att justera|Justerare|"
    r"Justeringens plats och tid|Underskrifter|Paragrafer|Tjänstg(?:ör|jorde)(?=\s+för\s))\b"
    r"(?!\s+(?:var|är|vid|på|att)\b)|(?<!\d{4} \d\d )(?!00\.)\d{1,2}\.\s+[A-ZÅÄÖ][a-zåäö]"
)  # (an item's number, not the day closing a spaced date: "Demokratikommitten 2013 08 22. Plats: ...", nor a clock's
# minutes, "kl 19 00-20 00. Närvarande: ..."); a substitute's note with the verb opens a part as "Ersättare för" does
# ("... Justerare Tjänstgör för Mirsad Omerbasic (S) ...")
_SPLIT_LABELS = re.compile(r"(?<=\S)\s+(?=" + _SPLIT_LABEL_AHEAD + ")")
_SPLIT_LABEL_AT = re.compile(_SPLIT_LABEL_AHEAD)


# Labels of a stored web copy's one-line header, written without a colon ("... 2012 Tid lunch 12-13,
# ... Närvarande Ingemar Nyman, ..."): capitalised or in capitals, not after a full stop (a sentence
# opening "Tid för ..." is prose), and followed by what the label announces.
_SPLIT_BARE_AHEAD = (
    r"(?:TID|Tid)\s+[-–/]\s+(?:AIKA|aika)\b|(?:PLATS|Plats)\s+[-–/]\s+(?:PAIKKA|paikka)\b"  # bilingual
    r"|(?:Dag(?=\s+(?:\d|(?i:måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag|den|och\s+tid)\b))|Datum|DATUM"
    r"|Sammanträdesdatum)"
    r"\s+(?=[^:]{0,25}?\d{1,2}\b)"  # ("Dag" only before a day: "Dag Hultefors (M), 65 81" is a name)
    r"|(?:Tid|TID|Kl|Klockan)\s+(?=[^:]{0,12}?\d{1,2}(?:[.:]\d{2})?\b)"
    r"|(?:Plats|PLATS|Lokal|LOKAL)\s+(?=[A-ZÅÄÖ])"
    r"|(?:NÄRVARANDE|DELTAGARE|FRÅNVARANDE|Deltagare|Mötesdeltagare)\b(?!\s+(?:var|är|vid|på|att)\b)"
    r"|Sida\s+\d+\s+av\s+\d+\b"
)
_SPLIT_BARE_LABELS = re.compile(r"(?<=[^\W_]|[),])\s+(?=" + _SPLIT_BARE_AHEAD + ")")
_SPLIT_BARE_AT = re.compile(_SPLIT_BARE_AHEAD)
# The words `_SPLIT_BARE_LABELS` needs, as written (it is case-sensitive).
_BARE_LABEL_HEADS = re.compile("Dag|Datum|DATUM|Sammanträdesdatum|Tid|TID|Kl|Plats|PLATS|Lokal|LOKAL|"
                               "NÄRVARANDE|DELTAGARE|FRÅNVARANDE|Deltagare|Mötesdeltagare|Sida")
# A paragraph break flattened into a run of spaces; PDF table columns look alike, so it only counts
# on a line that also has labels to split at.
_SPACE_RUN = re.compile(r"(?<=\S) {3,}(?=\S)")
_SPACES = re.compile(" {3,}")  # `_SPACE_RUN` without its look-arounds: a literal start, found fast


def _space_runs(text: str) -> set[int]:
    """The ends of `_SPACE_RUN`'s matches: runs of three spaces or more between other characters."""
    return {m.end() for m in _SPACES.finditer(text)
            if m.start() and not text[m.start() - 1].isspace() and m.end() < len(text) and not text[m.end()].isspace()}
_PAGE_MARK = re.compile(r"Sida\s+\d+\s+av\s+\d+\b")


# What `_SPLIT_LABELS` needs, tested first since most lines are prose and its search is slow: one
# of its label words as written (it is case-sensitive), or a digit, a full stop and a capitalised
# word (a pattern that opens with the literal full stop, which the regex engine finds fast).
_SPLIT_LABEL_WORDS = re.compile(
    "Tid|Plats|Lokal|Datum|Sammanträdesda|Dnr|Ledamöter|Ersättare|Suppleanter|Övriga|Närvar|Frånvarande|Ej närv|"
    "Anmäl|Adjungerade|Beslutande|Tjänstg|Tjänstemän|Kallade|Utses|Juster|Underskrifter|Paragrafer")
_DIGIT_DOT_CAPITAL = re.compile(r"\.(?<=\d\.)\s+[A-ZÅÄÖ][a-zåäö]")


_Tree = dict[str, "_Tree"]


def _opening_pattern(words: set[str]) -> str:
    """A pattern that matches where one of `words` starts (and nothing more): the words as a tree of
    their letters, so that the regex engine tests each letter once, not each word in turn."""
    tree: _Tree = {}
    for word in sorted(words, key=len):
        node = tree
        for ch in word:
            if "" in node:
                break  # a shorter word already ends here: enough to match
            node = node.setdefault(ch, {})
        else:
            node.clear()
            node[""] = {}

    def pattern(node: _Tree) -> str:
        if "" in node:
            return ""
        return "(?:" + "|".join(re.escape(ch) + pattern(sub) for ch, sub in sorted(node.items())) + ")"

    return pattern(tree)


# Any word `_SPLIT_LABELS` or `_SPLIT_BARE_LABELS` needs (one search where most long lines have none).
_SPLIT_OR_BARE_WORDS = re.compile(_opening_pattern(
    {*_SPLIT_LABEL_WORDS.pattern.split("|"), *_BARE_LABEL_HEADS.pattern.split("|")}))


def _cuts_before(text: str, starts: list[int], ahead: re.Pattern[str], *, bare: bool) -> set[int]:
    """Of `starts`, those where `ahead` matches after a run of white space that follows a character
    (with `bare`, a letter, a digit, ")" or ","): the ends of `(?<=\\S)\\s+(?=ahead)`'s matches
    (`(?<=[^\\W_]|[),])` with `bare`), given every place `ahead` can match among `starts`.

    Such a match is a whole run of white space, as `ahead` opens with no white space.
    """
    cuts: set[int] = set()
    for at in starts:
        if at <= 0 or not text[at - 1].isspace():  # `\s` is `str.isspace`
            continue
        before = text[:at].rstrip()
        if not before or bare and not (before[-1].isalnum() or before[-1] in "),"):  # `[^\W_]` is `str.isalnum`
            continue
        if ahead.match(text, at):
            cuts.add(at)
    return cuts


def split_long_line(text: str, start: int, level: int = 0) -> list[Part]:
    """Split a flattened header ("PROTOKOLL ... Tid: 9:00 – 11.15 Plats: ... Närvarande ...") at its labels."""
    if len(text) < 150:
        # "Beslutande Se förteckning Övriga deltagande Gösta Högberg, förvaltningschef": two list labels
        if not label_of(text, colon_required=False):  # cheap, and false for most lines: test it first
            return [Part(text, start, level)]
        return _split_labelled(text, start, level)
    if not (_SPLIT_OR_BARE_WORDS.search(text) or _DIGIT_DOT_CAPITAL.search(text)):
        return [Part(text, start, level)]  # a paragraph: no label and no page mark ("Sida") to cut at
    # The ends of `_SPLIT_LABELS`' and `_SPLIT_BARE_LABELS`' matches, found from where the label
    # words stand (their searches try every white space of a long line, which is slow).
    labels = _cuts_before(text, [m.start() for m in _SPLIT_LABEL_WORDS.finditer(text)]
                          + [m.start() - k for m in _DIGIT_DOT_CAPITAL.finditer(text) for k in (1, 2)],
                          _SPLIT_LABEL_AT, bare=False)
    labels |= _cuts_before(text, [m.start() for m in _BARE_LABEL_HEADS.finditer(text)], _SPLIT_BARE_AT, bare=True)
    if labels and ("Ej " in text or "EJ " in text or "Inte " in text or "INTE " in text):
        labels = {_negated_label_start(text, at) for at in labels}
    cuts = sorted(labels | {m.end() for m in _PAGE_MARK.finditer(text)} | (_space_runs(text) if labels else set()))
    if len(cuts) < 2:
        return [Part(text, start, level)]
    parts: list[Part] = []
    prev = 0
    for cut in cuts + [len(text)]:
        piece = text[prev:cut]
        stripped = piece.strip()
        if stripped:
            lead = len(piece) - len(piece.lstrip())
            parts.append(Part(stripped, start + prev + lead, level, flat=True))
        prev = cut
    return parts


# The negation that opens a label of two words, cut off before the label word it was split at: "Ej" before
# "Närvarande" in "... Robert Jonsson Ej Närvarande Agnes Ambrosiani" ("Ej närvarande").
_RX_NEGATION_BEFORE = re.compile(r"(?:(?<=\s)|^)(?:Ej|EJ|Inte|INTE)\s+$")


def _negated_label_start(text: str, at: int) -> int:
    """Where the label cut at `at` begins when a negation before it belongs to it ("Ej Närvarande Agnes Ek"): the
    negation's start when the two read together as a label, else `at`."""
    neg = _RX_NEGATION_BEFORE.search(text, max(0, at - 6), at)
    if neg is None or label_of(text[neg.start():], colon_required=False) is None:
        return at
    return neg.start()


def _split_labelled(text: str, start: int, level: int) -> list[Part]:
    """`split_long_line` of a short line that opens with a list label: split at a second one."""
    second = next((m.end() for m in _SPLIT_LABELS.finditer(text) if m.start() > 0), None)
    if not (second and label_of(text[second:], colon_required=False)):
        return [Part(text, start, level)]
    head = text[:second].rstrip()
    return [Part(head, start, level, flat=True), Part(text[second:], start + second, level, flat=True)]


# Two letters that begin no label `label_of` reads (in either case), and the empty text: most lines
# begin so. Letters are neither lead characters nor a number that `label_of` lets stand before a
# label, so a line's label would open it, and these two letters, case-folded, would begin it.
_ATTENDANCE_LABELS = (w.PRESENT_LABELS + w.MORE_PRESENT_LABELS + w.ABSENT_LABELS + w.MORE_ABSENT_LABELS
                      + w.CALLED_LABELS + w.ANNOUNCED_LABELS)
_LETTERS = "abcdefghijklmnopqrstuvwxyzåäöABCDEFGHIJKLMNOPQRSTUVWXYZÅÄÖ"
# (A two-letter text begins a label when it is the label's first two letters: one set lookup a pair.)
_LABEL_OPENINGS = frozenset(lab[:2] for lab in _ATTENDANCE_LABELS)
_NO_LIST_OPENING = frozenset({""} | {a + b for a in _LETTERS for b in _LETTERS
                                     if (a + b).casefold() not in _LABEL_OPENINGS})


_LETTER_SET = frozenset(_LETTERS)  # each folds to one letter, its lower case
_LIST_HEAD = min(4, *map(len, _ATTENDANCE_LABELS))
_LIST_HEADS = frozenset(lab[:_LIST_HEAD] for lab in _ATTENDANCE_LABELS)
_LIST_LEADS = " \t*-#•–—·"  # what `label_of` lets stand before a label, and a number (`_LIST_NUMBER`)
_LIST_NUMBER = re.compile(r"(?:§\s*\d+[.:]?|\d{1,2}[.)])\s+")  # "§ 2 Närvaro", "3. Närvarande"


def _may_open_list(text: str) -> bool:
    """False when `label_of` surely finds no label on `text`: after its lead characters and number
    the text opens with two letters of `_NO_LIST_OPENING` ("- Symptom", "1. Information om ...").
    No other character folds to a lead character, a digit, "§", ".", ":", ")" or white space, so
    these are where `label_of` finds them in the case-folded text."""
    body = text.lstrip(_LIST_LEADS)
    if body[:1] == "§" or body[:1].isdecimal():
        number = _LIST_NUMBER.match(body)
        if number:
            body = body[number.end():]
    if body[:2] in _NO_LIST_OPENING:
        return False
    # Every label is `_LIST_HEAD` letters long or longer: four letters that begin none ("Anna", "Leda").
    head = body[:_LIST_HEAD]
    return not (len(head) == _LIST_HEAD and _LETTER_SET.issuperset(head) and head.lower() not in _LIST_HEADS)


def document_parts(doc: Minutes) -> list[Part]:
    """Return the lines of the cleaned text as parts, flattened headers split at their labels."""
    parts: list[Part] = []
    append, new = parts.append, tuple.__new__  # `Part(...)` without its Python-level `__new__`
    for line in doc.lines:
        text = line.text
        # `split_long_line` inlined for the common case, a short line that is one part: one that
        # opens with two letters of `_NO_LIST_OPENING` (or is empty) has no label.
        if len(text) >= 150:
            parts.extend(split_long_line(text, line.start, line.level))
        elif text[:2] in _NO_LIST_OPENING or not (_may_open_list(text) and label_of(text, colon_required=False)):
            append(new(Part, (text, line.start, line.level, False)))
        else:
            parts.extend(_split_labelled(text, line.start, line.level))
    return parts


_LIST_LABELS = w.PRESENT_LABELS + w.ABSENT_LABELS + w.CALLED_LABELS + w.ANNOUNCED_LABELS
_LIST_LABELS_LONGEST = max(map(len, _LIST_LABELS))
_LIST_LEAD = " *#-:\t"


def _is_label_line(text: str) -> bool:
    # Each test below needs the text to open with a label: test the case-folded opening first
    # (a prefix of `low` at least that long; see `_label_value`).
    if not text.lstrip(_LIST_LEAD)[:_LIST_LABELS_LONGEST].casefold().startswith(_LIST_LABELS):
        return False
    low = text.casefold().strip(_LIST_LEAD)
    return any(low == lab or low.startswith(lab + ":") or low.startswith(lab + " ") and ":" in low
               for lab in _LIST_LABELS)


def _before_header_labels(parts: list[Part], i: int) -> bool:
    """Tell whether a flattened piece that looks like an item ("34 Organ:", a page number) still
    has header labels after it on the same flattened line ("Plats och tid:", "Närvarande")."""
    if not parts[i].flat:
        return False
    for nxt in parts[i + 1: i + 4]:
        if not nxt.flat or nxt.start > parts[i].end + 2 + 400:
            return False
        if _is_item_line(nxt.text):
            return False
        if _is_label_line(nxt.text) or _label_value(nxt.text, _LB_DATE_TIME_VENUE, loose=True):
            return True
    return False


# A line of a table of contents: dot leaders and a page number ("§ 4 Allmän trafikplikt ... 5",
# "Krösatågstrafik ... 5", "Budget ............ 12").
_CONTENTS_LINE = re.compile(r"(?:\.{3,}|…)\s*\d{1,3}[\s_]*$")


def is_contents_line(text: str) -> bool:
    """Tell whether `text` is a line of a table of contents (dot leaders, then a page number)."""
    if not ("..." in text or "…" in text):
        return False
    if "\n" in text:
        return bool(_CONTENTS_LINE.search(text))  # `$` may stand before a last line break
    # `_CONTENTS_LINE` read from the end: white space and "_", one to three digits (`\\d` is
    # `str.isdecimal`), white space (`\\s` is `str.isspace`), then dot leaders.
    end = len(text)
    while end and (text[end - 1].isspace() or text[end - 1] == "_"):
        end -= 1
    start = end
    while start and end - start < 4 and text[start - 1].isdecimal():
        start -= 1
    if not 0 < end - start <= 3 or (start and text[start - 1].isdecimal()):
        return False
    return text[:start].rstrip().endswith(("...", "…"))


def _contents_entry_goes_on(parts: list[Part], i: int) -> bool:
    """Tell whether the item line `parts[i]` is the first line of a contents entry broken in two: the
    next line with text ends in dot leaders and a page number ("§ 4 Överenskommelse inför beslut om" /
    "Krösatågstrafik ... 5")."""
    return _is_item_line(parts[i].text) and _contents_entry_ends_below(parts, i)


def _contents_entry_ends_below(parts: list[Part], i: int) -> bool:
    """`_contents_entry_goes_on` of an item line: whether the next line with text ends the entry."""
    for nxt in parts[i + 1: i + 4]:
        text = nxt.text.strip()
        if text:
            return not _is_item_line(text) and is_contents_line(text)
    return False


def _after_contents(parts: list[Part], end: int, folded: _Folded) -> int:
    """The index after the last line of a table of contents before `end` ("§ 16 Anmälningsärenden ... 18"),
    or 0 if the head has none. Such a line holds dot leaders (no other character folds to "." or "…")."""
    for i in reversed(folded.holding(_DOT_LEADERS, end)):
        if is_contents_line(parts[i].text):
            return i + 1
    return 0


_DOT_LEADERS = ("...", "…")


# A stored transcript's page number before the page's running head, the body's name, and what a cover page
# puts after it: "1 Tekniska nämnden = 24-33", "3 Tekniska nämnden Sida 1 Plats och tid ...", "2 Kommunstyrelsen
# PROTOKOLL 1 (42)". Group 1 the name (checked to end as a body's does). No agenda item: the header goes on.
_TRANSCRIPT_PAGE_HEAD = re.compile(
    r"\s*\d{1,3}\s+((?-i:[A-ZÅÄÖ])[\w-]*(?:\s+(?:och|(?-i:[a-zåäö])[\w-]*)){0,4})"
    r"(?=\s*$|\s+=|\s+(?:Sida|SIDA|Protokoll|PROTOKOLL|SAMMANTRÄDESPROTOKOLL|Sammanträdesprotokoll|Plats och tid"
    r"|Tid och plats|Sammanträdesdatum)(?![\w-])|\s+\d{1,3}\s*\(\s*\d{1,3}\s*\))")


_TITLE_PREPOSITIONS = frozenset(("från", "om", "av", "till", "för", "med", "i", "på", "vid", "inom", "mellan"))


def is_transcript_page_head(text: str) -> bool:
    """Whether a line is a transcript's page number and running head naming the body (`_TRANSCRIPT_PAGE_HEAD`)."""
    m = _TRANSCRIPT_PAGE_HEAD.match(text)
    if m is None or not m.group(1).casefold().endswith(_BODY_ENDINGS):
        return False
    return not any(word in _TITLE_PREPOSITIONS for word in m.group(1).split())  # "5 Rapport från kommunstyrelsen"


# A stored copy's view and download counters: "12  Download (0)", "34 Views (2)". No agenda item.
_DOWNLOAD_COUNTER = re.compile(r"(?i)\d{1,6}\s+(?:download|downloads|views|visningar|nedladdningar)\s*\(\d{1,6}\)")


# A document site's list of other documents under a stored copy's title: "Relevanta dokument", "Liknande
# dokument", "Relaterade dokument", each entry another document's title or snippet.
_RELATED_DOCUMENTS = frozenset({"relevanta dokument", "liknande dokument", "relaterade dokument", "related documents",
                                "similar documents"})
_RELATED_REACH = 6  # the parts above the heading that may date the page's title


def related_documents_start(parts: list[Part], end: int) -> int | None:
    """The index of a related-documents heading that ends the head: the page's own dated title above it
    ("Lista över ärenden till omsorgsnämndens sammanträde tisdagen den 13 maj 2014" / "Relevanta dokument"), and
    the first line below it dated another day ("... sammanträde tisdagen den 17 juni 2014"), so that what follows
    is other documents' titles and snippets, whose hours and places are theirs. None where the line below gives
    the title's date or none (a copy that holds its own text under the heading)."""
    for i, part in enumerate(parts[:end]):
        if part.text.strip().rstrip(":").casefold() not in _RELATED_DOCUMENTS:
            continue
        own = {f.value for p in parts[max(0, i - _RELATED_REACH):i] for f in find_dates(p.text)}
        below = next((p.text for p in parts[i + 1:end] if p.text.strip()), "")
        other = {f.value for f in find_dates(below)}
        if own and other and not own & other:
            return i
        return None
    return None


def header_end(parts: list[Part]) -> int:
    """Return the index of the first part after the header (the first agenda item or section).

    A table of contents before the header ("§ 1 Val av justerare ... 4") neither ends it nor counts
    towards its length: the header with the date follows it.
    """
    seen_heading = False
    seen_text = 0
    for i, part in enumerate(parts[: HEADER_MAX_LINES * 3]):
        text = part.text.strip()
        if not text or is_contents_line(text):
            continue
        # `_contents_entry_goes_on(parts, i)` after its first test, whose result is also wanted below
        # (`_ITEM_LINE` skips white space at the start and never needs any at the end).
        item = _is_item_line(text) and not is_transcript_page_head(text) and not _DOWNLOAD_COUNTER.fullmatch(text)
        if item and _contents_entry_ends_below(parts, i):
            continue
        seen_text += 1
        if (seen_text > 1 and item and not find_dates(text) and not _before_header_labels(parts, i)
                and not _quoted_by_button(parts, i, text)):
            return i
        if part.level:
            if seen_heading and not _is_label_line(text) and not find_dates(text):
                return i
            seen_heading = True
        if seen_text >= HEADER_MAX_LINES:
            return i
    return min(len(parts), HEADER_MAX_LINES * 3)


# A stored copy's button quoting the page's title: 'Share "§ 57 Val av justerare"', 'Download "1. Mötets öppnande"'.
_BUTTON_QUOTE = re.compile(r'\s*(?:Share|Download|Dela|Ladda ner)\s+"(.+)"\s*')
_BUTTON_REACH = 12  # how many parts below the title the button stands


def _quoted_by_button(parts: list[Part], i: int, text: str) -> bool:
    """Whether the item line at `i` is a stored copy's title, which a share or download button a few lines below
    quotes ("§ 57 Val av justerare" / ... / 'Share "§ 57 Val av justerare"'): the page took the first item's heading
    as its title; the minutes' head (date, place, lists) still lies below, so the header goes on."""
    for part in parts[i + 1: i + 1 + _BUTTON_REACH]:
        m = _BUTTON_QUOTE.fullmatch(part.text) if '"' in part.text else None
        if m is not None and m.group(1).strip() == text:
            return True
    return False


class _Labels:
    """A set of labels for `_label_value`, longest first (so "plats och tid" wins over "plats")."""

    __slots__ = ("by_first", "longest", "ordered")

    def __init__(self, *groups: tuple[str, ...]) -> None:
        self.ordered: tuple[str, ...] = tuple(sorted(itertools.chain(*groups), key=len, reverse=True))
        self.longest = len(self.ordered[0])
        # The labels by their first letter, longest first as in `ordered`.
        self.by_first: dict[str, tuple[str, ...]] = {
            c: tuple(lab for lab in self.ordered if lab[0] == c) for c in {lab[0] for lab in self.ordered}}


_LB_DATE = _Labels(w.DATE_LABELS)
_LB_DATE_OR_TID = _Labels(w.DATE_LABELS, ("tid",))
_TIME_LABELS = w.TIME_LABELS + w.BILINGUAL_TIME_LABELS
_VENUE_LABELS = w.VENUE_LABELS + w.BILINGUAL_VENUE_LABELS
_LB_TIME = _Labels(_TIME_LABELS)
_LB_TIME_OR_DATE = _Labels(_TIME_LABELS, w.DATE_LABELS)
_LB_END_TIME = _Labels(w.END_TIME_LABELS)
_LB_VENUE = _Labels(_VENUE_LABELS, w.MEETING_PLACE_LABELS)
_LB_VENUE_OR_PRESENT = _Labels(_VENUE_LABELS, w.MEETING_PLACE_LABELS, w.PRESENT_LABELS)
_LB_DATE_TIME_VENUE = _Labels(w.DATE_LABELS, _TIME_LABELS, _VENUE_LABELS, w.MEETING_PLACE_LABELS)
_LB_DATE_OR_VENUE = _Labels(w.DATE_LABELS, _VENUE_LABELS, w.MEETING_PLACE_LABELS)
_LB_PRESENT_OR_ABSENT = _Labels(w.PRESENT_LABELS, w.ABSENT_LABELS)
_LB_ORGAN = _Labels(w.ORGAN_LABELS)
_LB_ORGAN_OR_DATE = _Labels(w.ORGAN_LABELS, w.DATE_LABELS)
_LABEL_LEAD = " *-\t•"


def _label_value(text: str, labels: _Labels, *, loose: bool = False) -> tuple[str, int] | None:
    """If `text` opens with one of `labels` and a colon (or is just the label), return the value and its offset.

    With `loose` (a piece of a flattened header) the colon may be missing.
    """
    # Most texts open with no label: test the case-folded opening alone first. Case folding maps
    # each character on its own and never shortens it, and the lead characters fold to themselves,
    # so this opening is a prefix of `low[lead:]` at least `labels.longest` long.
    body = text.lstrip(_LABEL_LEAD)
    head = body[: labels.longest + 1].casefold()  # a prefix of low[lead:], longer than any label (or all of it)
    if not head.startswith(labels.ordered):
        return None
    lead = len(text) - len(body)
    low = ""
    for lab in labels.by_first[head[0]]:
        if head.startswith(lab):
            if len(head) > len(lab) and head[len(lab)].isalnum():
                continue
            low = low or text.casefold()
            k = lead + len(lab)
            rest = low[k:]
            m = _RX_LABEL_VALUE_1.match(rest)
            sign = m.group(0) if m else ""
            colon = ":" in sign or ";" in sign or rest.startswith("\t")  # a table: label cell, value cell
            if (not colon and not loose and rest.strip() and lab not in ("kl", "klockan", "dnr", "dnr.")
                    and not ((lab in w.BARE_LABELS or lab in w.BILINGUAL_VENUE_LABELS)
                             and _RX_LABEL_VALUE_2.match(text[k:]))
                    and not (lab in w.DATE_LABELS and find_dates(rest))
                    and not (lab in _TIME_LABELS and _RX_LABEL_VALUE_3.match(rest))):
                continue  # "Tid 18.00-20.00" has a value without a colon; "Platsen ..." is prose
            off = k + (m.end() if m else 0)
            return text[off:], off
    return None


# Any label `_label_value` is asked for, opening a line: which parts `_Folded.labelled` may return.
_ANY_LABEL_OPENING = re.compile("\n[ *\\-\\t•]*" + _opening_pattern(
    {lab for labels in (_LB_DATE_OR_TID, _LB_TIME_OR_DATE, _LB_DATE_TIME_VENUE, _LB_VENUE_OR_PRESENT,
                        _LB_PRESENT_OR_ABSENT, _LB_ORGAN_OR_DATE, _LB_END_TIME) for lab in labels.ordered}))
_ANY_DIGIT_LINE = re.compile(r"\d[^\n]*")  # one match per part with a digit
_YEAR_LINE = re.compile(r"\d{4}[^\n]*")  # one match per part with four digits in a row
_TEXT = operator.attrgetter("text")


class _Folded:
    """The parts' texts case-folded, once per document, and which parts hold a given word.

    Most header rules look for a word that few lines hold; one search of all the folded lines
    joined finds those lines at a fraction of a search per line.
    """

    __slots__ = ("_ascii_digits", "_held", "_joined", "_openings", "_openings_to", "_starts")

    def __init__(self, parts: list[Part]) -> None:
        texts = list(map(_TEXT, parts))
        # Each part after a line break, so that a search for "\n" + a label finds the parts it
        # opens (a literal first character makes the regex engine's search fast).
        self._joined, wide = casefold_wide("\n" + "\n".join(texts))
        # Whether the only digits (`\\d`, `str.isdecimal`) are ASCII ones: the folded characters
        # outside Latin-1 are known and none is a digit (Latin-1 has no others).
        self._ascii_digits = wide is not None and not any(map(str.isdecimal, wide))
        lengths = map(len, texts)
        if len(self._joined) != len(texts) + sum(map(len, texts)):  # a fold that lengthens ("ß" -> "ss")
            lengths = map(len, (text.casefold() for text in texts))
        # self._starts[i]: where part i starts in `_joined`; one more entry, past the end.
        self._starts = list(itertools.accumulate(map((1).__add__, lengths), initial=1))
        self._openings: list[tuple[int, str]] = []  # (index, folded text) of the parts that open with a label
        self._openings_to = 0  # ... among the parts below this index (found as far as asked for)
        # What `holding` and `with_year` found, by their arguments: the header's readers ask the same again
        # (this document's parts only: the object lives while one document is read).
        self._held: dict[tuple[object, ...], list[int]] = {}

    def low(self, i: int) -> str:
        """Part i's text case-folded."""
        return self._joined[self._starts[i]: self._starts[i + 1] - 1]

    def _span(self, start: int, stop: int | None) -> tuple[int, int]:
        n = len(self._starts) - 1
        return self._starts[min(start, n)] - 1, len(self._joined) if stop is None or stop >= n else self._starts[stop]

    def matching(self, pattern: re.Pattern[str], stop: int | None = None, start: int = 0) -> list[int]:
        """The indices from `start` below `stop`, in order, of the parts whose folded text `pattern` matches in.

        `pattern` must match within a part and look at nothing around it but the line break
        before it (which it may match), so that a match in the joined text is a match in one
        part's text and the reverse. Ending it in `[^\\n]*` makes one match per part.
        """
        lo, hi = self._span(start, stop)
        found: list[int] = []
        for m in pattern.finditer(self._joined, lo, hi):
            i = bisect_right(self._starts, m.end() - 1) - 1
            if not found or found[-1] != i:
                found.append(i)
        return found

    def holding(self, words: tuple[str, ...], stop: int | None = None, start: int = 0) -> list[int]:
        """The indices from `start` below `stop`, in order, of the parts whose folded text holds one of `words`."""
        key = (words, stop, start)
        known = self._held.get(key)
        if known is not None:
            return known.copy()  # the caller's own list
        lo, hi = self._span(start, stop)
        joined, starts = self._joined, self._starts
        found: set[int] = set()
        for word in words:
            at = joined.find(word, lo, hi)
            while at >= 0:
                i = bisect_right(starts, at) - 1
                found.add(i)
                at = joined.find(word, starts[i + 1], hi)  # the next part that holds it
        held = self._held[key] = sorted(found)
        return held.copy()

    def with_digit(self, stop: int | None = None, start: int = 0) -> list[int]:
        """`matching(_ANY_DIGIT_LINE, stop, start)`: the parts with a digit, found by `str.find`."""
        if not self._ascii_digits:
            return self.matching(_ANY_DIGIT_LINE, stop, start)
        return self.holding(_ASCII_DIGITS, stop, start)

    def with_year(self, stop: int | None = None, start: int = 0) -> list[int]:
        """`matching(_YEAR_LINE, stop, start)`: the parts with four digits in a row, among those with a digit."""
        if not self._ascii_digits:
            return self.matching(_YEAR_LINE, stop, start)
        key = (None, stop, start)  # (no tuple of words, as `holding`'s keys hold)
        known = self._held.get(key)
        if known is None:
            joined, starts, year = self._joined, self._starts, _YEAR_DIGITS.search
            known = self._held[key] = [i for i in self.holding(_ASCII_DIGITS, stop, start)
                                       if year(joined, starts[i], starts[i + 1] - 1)]
        return known.copy()

    def labelled(self, labels: _Labels, stop: int) -> list[int]:
        """The indices below `stop` of the parts that open with one of `labels`: of all parts, the
        only ones `_label_value` can read with these labels."""
        if stop > self._openings_to:
            found = self.matching(_ANY_LABEL_OPENING, stop, self._openings_to)
            self._openings.extend((i, self.low(i).lstrip(_LABEL_LEAD)) for i in found)
            self._openings_to = stop
        return [i for i, head in self._openings if i < stop and head.startswith(labels.ordered)]


# --- header fields --------------------------------------------------------------------------


def _find_date(parts: list[Part], end: int, title: int | None, folded: _Folded) -> Found | None:
    """The meeting date: `_first_date`, unless the head says the meeting was held some days before it."""
    found = _first_date(parts, end, title, folded)
    if found is not None and is_term_edge(parts, found):
        found = None  # "Gamla styrelsen sitter kvar ..., dock längst till 1 augusti 2019": a term's end
    if found is not None and is_other_days_date(parts, found):
        found = None  # "... föregående möte den 10 februari 2016", "Sista datum för överklagande 2018-04-24"
    if found is None:
        return _meeting_day_under_year_title(parts, end)
    return (_stated_meeting_day(parts, end, folded, found) or _timed_title_day(parts, end, found)
            or timed_labelled_date_before(parts, end, folded, found) or _title_year_slip(parts, end, found)
            or wrapped_title_day(parts, title, found) or found)


def typeset_date(doc: Minutes) -> Found | None:
    """The meeting date of minutes kept as Typst source, where the head gives it only as a value of the code the
    cleaned text leaves out (`dates.typeset_day`); an empty range at the text's start (the code has no place in
    `clean`). None without one."""
    value = typeset_day(doc.text)
    return Found(value.isoformat(), 0, 0) if value is not None else None


# A title that ends with the meeting's word ("Protokoll vid styrelsemöte") and the line below it that goes on
# with the day and month and no year ("den 11 januari i byalagsskolan"). Group 1 the day, 2 the month.
_TITLE_ENDS_WITH_MEETING = re.compile(r"(?i)[^\W\d_]*(?:möte|mötet|sammanträde|sammanträdet|sammankomst|träff)\s*$")
# A line that opens with the day and month: "den 11 januari ...". Group 1 the day, 2 the month.
_DAY_MONTH_OPENING = rf"(?i)\s*den\s+(\d{{1,2}})(?::?e|:a)?\.?\s+({_MONTH_RE})\b"
_WRAPPED_YEARLESS_DAY = re.compile(_DAY_MONTH_OPENING + r"(?![.,]?\s*\d)")


# The place after a title's meeting day: "Protokoll vid styrelsemöte den 11 januari i byalagsskolan" (or the
# day on the line below the meeting word). Group 1 the place: at most three words, the last a place noun
# (`w.PLACE_NOUN_ENDINGS`), up to the end of the line.
_PLACE_AFTER_MEETING_DAY = re.compile(
    rf"(?i)(?:(?:möte|mötet|sammanträde|sammanträdet|sammankomst|träff)\s+|^\s*)den\s+\d{{1,2}}(?::?e|:a)?\.?\s+"
    rf"(?:{_MONTH_RE})(?:\s+(?:19|20)\d{{2}})?\s*,?\s+(?:i|på)\s+([^\W\d_][\w-]*(?:\s+[^\W\d_][\w-]*){{0,2}})\s*\.?\s*$")


def venue_after_meeting_day(parts: list[Part], title: int | None) -> Found | None:
    """The place a title names after its meeting's day, on its own line or the line its day wraps to; None
    unless the place's last word is a place noun ("i byalagsskolan", "på Bygdegården", not "i Styrelsen")."""
    if title is None:
        return None
    lines = [parts[title]]
    if _TITLE_ENDS_WITH_MEETING.search(parts[title].text):
        lines += _first_text_parts(parts, title + 3, 1, start=title + 1)
    for i, part in enumerate(lines):
        m = _PLACE_AFTER_MEETING_DAY.search(part.text)
        if m and (i == 1 or not m.group(0).lstrip().casefold().startswith("den")) and m.group(1).split()[-1].casefold().endswith(_PLACE_NOUN_ENDINGS):
            return Found(m.group(1), part.start + m.start(1), part.start + m.end(1))
    return None


# The place a title line gives around its meeting date, three layouts:
# - in brackets right after the date: "... styrelsemöte 17 mars 1999 (SSK klubhus Sigridsberg)";
# - "i <Town> den" right before it, after the body's name (not after the meeting's word): "Släktmöte i Roxnäs
#   släktförening i Eskilstuna den 17 augusti 2013";
# - "i|på <Place>" after it, perhaps after the clock, to the sentence's or line's end: "... den 2 februari 2015 på
#   Idrottens Hus, konferensrum Rosen, Stockholm.";
# - bare after it to the line's end on a title with the meeting's word, its last word a place noun:
#   "Sammanfattning möte 991025 S:t Mikaelsskolan";
# - on the line below a title closed by a comma after the date: "... Nyhems storlicensområde 031001," /
#   "Vängåvan i Nyhem.".
# The place is at most five words with no digit, opening with a capital; no document's, meeting's or online
# word.
_PLACE_IN_BRACKETS = re.compile(r"\s*\(\s*((?-i:[A-ZÅÄÖ])[\w.-]*(?:,?\s+[\w.-]+){0,4})\s*\)\s*\.?\s*$")
_TOWN_BEFORE_DAY = re.compile(r"(?<=\s)i\s+((?-i:[A-ZÅÄÖ])[a-zåäöé-]+(?:\s+(?-i:[A-ZÅÄÖ])[a-zåäöé-]+)?)\s+(den\s+)?$")
# A meeting's word right before "i": "sammanträde i Leader Inlandet den ...", whose name is the body's.
_MEETING_WORD_BEFORE = re.compile(r"(?i)(?:möte|mötet|sammanträde|sammanträdet|protokoll|stämma|stämman)\s+$")
# The clock may stand bare after the day when it has its minutes: "måndagen den 16 april 19.00 i Romma bystuga".
_PLACE_AFTER_DAY = re.compile(
    r"[\s,]*(?:(?:(?:kl\.?|klockan)\s*\d{1,2}(?:[.:]\d{2})?|\d{1,2}[.:]\d{2})"
    r"(?:\s*[-–]\s*\d{1,2}(?:[.:]\d{2})?)?\s+)?(?:i|på)\s+"
    r"((?-i:[A-ZÅÄÖ])[\w-]*(?:,?\s+[\w-]+){0,5}?)\s*(?:\.(?:\s|$)|$)")
# The same place on a flattened line (a stored copy's transcript), where the next heading runs on after it
# with no full stop: "... den 3 november 2014, på Merlo slott, Timrå Anteckningar Monica Jonsson, ...",
# "... den 1 april 2004 i Västerås Närvarande: ...". The heading is capitalised: an attendance label or the
# record's word; a place that a lower-case word follows ("i Umeå vi var 29") is not read.
_PLACE_AFTER_DAY_RUN_ON = re.compile(
    r"[\s,]*(?:(?:kl\.?|klockan)\s*\d{1,2}(?:[.:]\d{2})?(?:\s*[-–]\s*\d{1,2}(?:[.:]\d{2})?)?\s+)?(?:i|på)\s+"
    r"((?-i:[A-ZÅÄÖ])[\w-]*(?:,?\s+[\w-]+){0,5}?)"
    r"(?=[\s,]+(?-i:Närvarande|Närvaro|Deltagare|Ledamöter|Beslutande|Frånvarande|Anteckningar|Minnesanteckningar"
    r"|Protokoll|Dagordning|Föredragningslista)\b)")
_BARE_PLACE_AFTER_DAY = re.compile(r"[\s,]+((?-i:[A-ZÅÄÖ])[\w:.-]*(?:\s+[\w:.-]+){0,3})\s*")
_MEETING_WORD_IN = re.compile(r"(?i)(?:möte|mötet|sammanträde|sammanträdet|träff|träffen)\b")
_PLACE_LINE = re.compile(r"\s*((?-i:[A-ZÅÄÖ])[\w-]*(?:,?\s+[\w-]+){0,4})\s*\.?\s*")
_NOT_PLACE_WORDS = re.compile(
    r"(?i)möte|sammanträde|protokoll|anteckning|justera|utkast|preliminär|bilaga|forts|extra|ordinarie|digital|"
    r"teams|zoom|skype|telefon|distans|webb|online|ändrad|reviderad|version|kopia")
_TITLE_PLACE_LINES = 4  # the head's first lines with text, where the title stands


def venue_on_title_date_line(parts: list[Part], end: int, when: Found | None) -> Found | None:
    """The place a title line gives around its meeting date (see `_PLACE_IN_BRACKETS`, `_TOWN_BEFORE_DAY`,
    `_PLACE_AFTER_DAY`, `_BARE_PLACE_AFTER_DAY`, `_PLACE_LINE`): the date found, or the same day written again on
    another of the head's first lines ("Protokoll från möte den 991025" / "Sammanfattning möte 991025 S:t
    Mikaelsskolan"); None when the words are no place's ("(ej justerat)", "i Styrelsen", "(Extra möte)", "i Roxnäs
    släktförening")."""
    if when is None:
        return None
    snippets = download_snippets(parts, end)  # a stored copy's frame and snippet title above the minutes' own
    lines = list(itertools.islice((k for k, p in enumerate(parts[:end]) if p.text.strip() and not _is_boilerplate(p.text)
                                   and p.text.strip() not in snippets), _TITLE_PLACE_LINES))
    own = next((k for k in lines if parts[k].start <= when.start < parts[k].end), None)
    if own is not None and when.end > when.start:
        place = _place_around_day(parts, own, when.start, when.end)
        if place is not None:
            return place
    for k in lines:
        if k == own or not _has_digit(parts[k].text):
            continue
        for f in find_dates(parts[k].text, compact=True):
            if f.value == when.value:
                place = _place_around_day(parts, k, parts[k].start + f.start, parts[k].start + f.end)
                if place is not None:
                    return place
    return None


# A line of the head that is the meeting's day (maybe a span of days, a weekday before it) and then, after a
# comma, where it was held: "23 – 24 januari 2004, Fisketången, Kungshamn i Bohuslän". Group 1 the place.
_PLACE_AFTER_DATE_LINE = re.compile(r"\s*,\s*((?-i:[A-ZÅÄÖ])[\w.-]*(?:(?:,\s*|\s+)[\w.-]+){0,6}?)\s*\.?\s*")
_DATE_LINE_LEAD = re.compile(rf"(?i)\s*(?:(?:{_WEEKDAY_RE})(?:en)?\s*,?\s+)?(?:den\s+)?")
_DATE_LINE_REACH = 12  # the head's first lines with text


def venue_on_date_line(parts: list[Part], end: int, when: Found | None) -> Found | None:
    """The place after the meeting's day on a line of its own in the head (see `_PLACE_AFTER_DATE_LINE`); None
    when no such line holds the day, or the words are no place's ("2004-01-23, Protokoll", "..., Teams")."""
    if when is None:
        return None
    lines = _first_text_parts(parts, end, _DATE_LINE_REACH)
    for part in lines:
        text = part.text
        if "," not in text or len(text) > 120 or not _has_digit(text[:30]):
            continue
        dates = find_dates(text)
        if not dates or dates[0].value != when.value or _DATE_LINE_LEAD.fullmatch(text[: dates[0].start]) is None:
            continue
        m = _PLACE_AFTER_DATE_LINE.fullmatch(text, dates[0].end)
        if m is None:
            continue
        place = m.group(1)
        if _has_digit(place) or _NOT_PLACE_WORDS.search(place) or _platform(place):
            return None
        return Found(place, part.start + m.start(1), part.start + m.end(1))
    return None


# A town after the day of a title that is only the record's word and the day, as in a letter's dateline:
# "Minnesanteckning 2014-09-17, Eksjö", "Protokoll 12 mars 2015, Västra Frölunda". Group 1 the town: one or two
# capitalised words, the line's end after them.
_TOWN_AFTER_DATELINE = re.compile(r"\s*,\s*((?-i:[A-ZÅÄÖ])[a-zåäöéü-]+(?:\s+(?-i:[A-ZÅÄÖ])[a-zåäöéü-]+)?)\s*\.?\s*")


def dateline_title_town(text: str) -> bool:
    """Whether a title line is only the record's word, the day and a town after a comma (`_TOWN_AFTER_DATELINE`):
    the town is no body's name, which follows on the lines below. Not "Protokoll 2020-03-06, Styrelsen"."""
    if "," not in text:
        return False
    dates = find_dates(text)
    if not dates or not _PREFIX_RE.fullmatch(text[: dates[0].start]):
        return False
    town = _TOWN_AFTER_DATELINE.fullmatch(text, dates[0].end)
    return town is not None and _is_town_word(town.group(1))


def _is_town_word(place: str) -> bool:
    """Whether the words a dateline gives after its day may be a town's: no digit, meeting's or online word, and no
    body's or organisation's ending ("Styrelsen", "Föreningen")."""
    return not (_has_digit(place) or _NOT_PLACE_WORDS.search(place)
                or place.casefold().endswith((*_ORGANISATION_ENDINGS, *_BODY_ENDINGS)))


_WRAPPED_TITLE_TAIL_WORDS = 4


def _title_wraps_from_meeting_line(parts: list[Part], k: int, before: str) -> bool:
    """Whether the words before the day on part `k` end a title the line above opens with the meeting's word,
    wrapped ("Protokoll fört vid styrelsemöte för Harlösa" / "Byalag, 2022-08-29, Byahuset"): the line above
    holds the meeting's word and no full stop, colon or digit at its end; the words before the day are few,
    with no digit."""
    words = before.strip(" ,").split()
    if not words or len(words) > _WRAPPED_TITLE_TAIL_WORDS or _has_digit(before):
        return False
    above = next((parts[j].text.strip() for j in range(k - 1, max(-1, k - 3), -1) if parts[j].text.strip()), "")
    return bool(above) and _MEETING_WORD_IN.search(above) is not None and above[-1:] not in ".:;!?" \
        and not above[-1:].isdigit()


def _place_around_day(parts: list[Part], k: int, start: int, stop: int) -> Found | None:
    """The place around the day written at `[start, stop)` on part `k` (see `venue_on_title_date_line`)."""
    part = parts[k]
    after, before = part.text[stop - part.start:], part.text[: start - part.start]
    m = _PLACE_IN_BRACKETS.match(after)
    if m is not None:
        place, at = m.group(1), stop + m.start(1)
    elif (t := _TOWN_BEFORE_DAY.search(before)) is not None:
        place, at = t.group(1), part.start + t.start(1)
        if not t.group(2) and part.text[start - part.start:][:4].casefold() != "den " or _MEETING_WORD_BEFORE.search(
                before, 0, t.start()):
            return None  # no "den" before the day, or the name after the meeting's word: the body's
    elif (a := _PLACE_AFTER_DAY.match(after) or _PLACE_AFTER_DAY_RUN_ON.match(after)) is not None:
        place, at = a.group(1), stop + a.start(1)
    elif (b := _BARE_PLACE_AFTER_DAY.fullmatch(after)) is not None and (
            _MEETING_WORD_IN.search(before) or _title_wraps_from_meeting_line(parts, k, before)):
        place, at = b.group(1).rstrip("."), stop + b.start(1)
        if not place.casefold().endswith(_PLACE_NOUN_ENDINGS):
            return None  # "Möte 2019-03-04 Anna Ek": a place by its noun only
    elif (town := _TOWN_AFTER_DATELINE.fullmatch(after)) is not None and _PREFIX_RE.fullmatch(before):
        place, at = town.group(1), stop + town.start(1)  # "Minnesanteckning 2014-09-17, Eksjö": the town the record
        # was written in, as a letter's dateline gives it
    elif after.strip() == "," and k + 1 < len(parts) and (nxt := next(
            (parts[j] for j in range(k + 1, min(k + 3, len(parts))) if parts[j].text.strip()), None)) is not None:
        line = _PLACE_LINE.fullmatch(nxt.text)
        if line is None or _is_item_line(nxt.text):
            return None
        place, at = line.group(1), nxt.start + line.start(1)
    else:
        return None
    if _has_digit(place) or _NOT_PLACE_WORDS.search(place) or place.casefold().endswith((*_ORGANISATION_ENDINGS, *_BODY_ENDINGS)):
        return None  # "i Roxnäs släktförening", "i Styrelsen": the body
    return Found(place, at, at + len(place))


def wrapped_title_day(parts: list[Part], title: int | None, found: Found) -> Found | None:
    """The day and month that go on a title's meeting word on the line below ("Protokoll vid styrelsemöte" /
    "den 11 januari i byalagsskolan") over a date found elsewhere, which gives the year: a page's compact
    date above ("Möte 171101") may be written in another order. None unless the title wraps so."""
    if title is None or not _TITLE_ENDS_WITH_MEETING.search(parts[title].text):
        return None
    below = next((p for p in parts[title + 1: title + 3] if p.text.strip()), None)
    m = _WRAPPED_YEARLESS_DAY.match(below.text) if below is not None else None
    month = _month_number(m.group(2)) if m else None
    if below is None or m is None or month is None:
        return None
    iso = _iso(int(found.value[:4]), month, int(m.group(1)))
    if iso is None or iso == found.value:
        return None
    return Found(iso, below.start + m.start(1), below.start + m.end())


def _title_year_slip(parts: list[Part], end: int, found: Found) -> Found | None:
    """The minutes' own opening line's date when a stored page's title above it gives the same day and
    month in another year ("Protokoll från styrelsemöte 2009-06-02" / "Protokoll från möte nr 5 - ÖMK,
    2008-06-02") and the text below them writes only the opening line's year ("Nästa styrelsemöte blir
    måndag den 1 september 2008"): the title's year is a slip. None unless exactly that holds."""
    lines = [i for i in sorted(_opening_lines(parts, end)) if _opens_with_document_word(parts[i].text)]
    if len(lines) < 2 or not any(parts[i].start <= found.start < parts[i].start + len(parts[i].text) for i in lines):
        return None
    dated = list(itertools.islice(((i, f) for i in lines for f in find_dates(parts[i].text) if len(f.value) == 10), 2))
    if len(dated) < 2:
        return None
    (_, a), (j, b) = dated
    if a.value[4:] != b.value[4:] or a.value[:4] == b.value[:4] or found.value != a.value:
        return None
    below = [q.text for q in parts[j + 1:]]
    if any(b.value[:4] in t for t in below) and not any(a.value[:4] in t for t in below):
        return Found(b.value, parts[j].start + b.start, parts[j].start + b.end)
    return None


# A title's yearless day with the meeting's time after it: "Protokoll föräldraråd 20 augusti kl. 18.30" under
# (or beside) the document's own date "2012-08-21". Group 1 the day, 2 the month.
_TIMED_TITLE_DAY = re.compile(rf"(?i)(?<![\d.-])(\d{{1,2}})\s+({_MONTH_RE})\s*,?\s+(?:kl\.?|klockan)\s*\d{{1,2}}[.:]\d{{2}}")
_TIMED_TITLE_LINES = 6  # the head's first lines with text, where the title stands


def _timed_title_day(parts: list[Part], end: int, found: Found) -> Found | None:
    """The meeting's day from a title that opens with a document word and gives the day and time without the
    year, some days before the date first found (the document's own, written after the meeting)."""
    try:
        written = date.fromisoformat(found.value)
    except ValueError:
        return None
    lines = _first_text_parts(parts, end, _TIMED_TITLE_LINES)
    for part in lines:
        if not _opens_with_document_word(part.text.strip()):
            continue
        for m in _TIMED_TITLE_DAY.finditer(part.text):
            month = _month_number(m.group(2))
            iso = _iso(written.year, month, int(m.group(1))) if month else None
            if iso and iso < found.value and (written - date.fromisoformat(iso)).days <= _WRITTEN_WITHIN_DAYS:
                return Found(iso, part.start + m.start(1), part.start + m.end(2))
    return None


# A title that gives only the meeting's year ("Protokoll från Årliga mötet 2014") and the meeting word
# with a day and month below it, no year: "Här är protokollet från årliga mötet 23/1 då ...",
# "... vid sammanträdet den 4 mars". Group 1 the day, 2 the month as a number, 3 the month as a name.
# A title that ends in the year, or the year and month: "Protokoll 2015", "Minnesanteckningar BBU 2015-08",
# "Styrelsemöte mars 2019". Group 1 the year; group 2 the month's number, or 3 its name, where given.
_YEAR_TITLE = re.compile(rf"(?i)(?:\b({_MONTH_RE})\s+)?(?<![\d/.,-])((?:19|20)\d{{2}})(?:-(0[1-9]|1[0-2]))?\s*$")
_MEETING_DAY_NO_YEAR = re.compile(
    rf"(?i)\b(?<!nästa )(?<!kommande )(?:\w*möte|\w*mötet|\w*sammanträde|sammanträdet|sammankomst|sammankomsten|\w*träff|\w*träffen|\w*stämma)\s+(?:den\s+)?"
    rf"(?:(\d{{1,2}})/(\d{{1,2}})(?![\d/.-])|(\d{{1,2}})(?::?e|:a)?\.?\s+({_MONTH_RE})\b(?![.,]?\s*\d))")
# A head label before a day without the year: "Tid: 31 augusti kl. 13.15-16.00", "Datum: tisdag 12/3".
# Groups as in `_MEETING_DAY_NO_YEAR`.
_LABELLED_DAY_NO_YEAR = re.compile(
    rf"(?i)\s*(?:tid|datum|dag|när|mötesdatum|tidpunkt|tid och plats|datum och tid)\s*:\s*"
    rf"(?:(?:{_WEEKDAY_RE})(?:en)?\s*,?\s+)?(?:den\s+)?"
    rf"(?:(\d{{1,2}})/(\d{{1,2}})(?![\d/.-])|(\d{{1,2}})(?::?e|:a)?\.?\s+({_MONTH_RE})\b(?![.,]?\s*(?:19|20)?\d\d\b(?![.:])))")
_YEAR_TITLE_REACH = 4  # how many lines with text below the title the day may stand in
_TITLE_BELOW_MENU = 2  # how many lines of a site's menu and name may stand above the title


def _meeting_day_under_year_title(parts: list[Part], end: int) -> Found | None:
    """The meeting's day from a line near the top that names the meeting with a day and month, or gives
    them under a date label ("Tid: 31 augusti"), the year from a title above it that ends in the year alone
    or the year and the same month ("2015-08", "augusti 2015"); None unless both are there."""
    lines = _first_text_parts(parts, max(end, _YEAR_TITLE_REACH + _TITLE_BELOW_MENU + 1),
                              _YEAR_TITLE_REACH + _TITLE_BELOW_MENU + 1)
    # the title first, or below a site's menu and name ("Hem   Kommittéer   Museer" / "Vita Huset" / "ÖHF:s årsmöte
    # 2009" / "Hembygdsföreningen höll sitt årsmöte den 19 april ..."): the first of the top lines that ends in a year
    top = next((k for k, part in enumerate(lines[: _TITLE_BELOW_MENU + 1]) if _YEAR_TITLE.search(part.text.rstrip())), None)
    if top is None:
        return None
    year = _YEAR_TITLE.search(lines[top].text.rstrip())
    lines = lines[top: top + _YEAR_TITLE_REACH + 1]
    if not year:
        return None
    title_month = int(year.group(3)) if year.group(3) else _month_number(year.group(1)) if year.group(1) else None
    for part in lines[1:]:
        m = _MEETING_DAY_NO_YEAR.search(part.text) or _LABELLED_DAY_NO_YEAR.match(part.text)
        if not m:
            continue
        day = int(m.group(1) or m.group(3))
        month = int(m.group(2)) if m.group(2) else _month_number(m.group(4))
        if title_month is not None and month != title_month:
            return None  # "Protokoll mars 2019" over another month's day: not the meeting's year for sure
        iso = _iso(int(year.group(2)), month, day) if month else None
        if iso:
            first = 1 if m.group(1) else 3
            return Found(iso, part.start + m.start(first), part.start + m.end())
    return None


# The words right before a date that make it the meeting's own: "... Beredningens möte den 19 december 2007".
_MEETING_BEFORE_DATE = re.compile(r"(?i)\b(?:möte|mötet|sammanträde|sammanträdet|sammankomst|sammankomsten)"
                                  r"\s+(?:den\s+)?$")
# A line that is only a weekday and a date: "Fredagen den 17 februari 2017."
_WEEKDAY_ONLY_LINE = re.compile(rf"(?i)\s*(?:{_WEEKDAY_RE})(?:en)?\s*,?\s+(?:den\s+)?$")
_WEEKDAY_OPENS = re.compile(rf"(?i)(?:{_WEEKDAY_RE})(?:en)?\b")
# How many days a document's own date (a letter's, a "DATUM" field's) may come after the meeting it records.
_WRITTEN_WITHIN_DAYS = 62


def _stated_meeting_day(parts: list[Part], end: int, folded: _Folded, found: Found) -> Found | None:
    """A date the head states as the meeting's ("möte den 19 december 2007", a line "Fredagen den 17
    februari 2017.") some days before the date first found, which is then the document's own (a letter
    date at the top, a "DATUM 2017-02-28" field): the minutes are written after the meeting, not before."""
    try:
        written = date.fromisoformat(found.value)
    except ValueError:
        return None
    home = next((p for p in parts[:end] if p.start <= found.start < p.start + len(p.text)), None)
    if home is not None and _states_meeting_day(home.text, _shift(found, -home.start)):
        return None  # "PROTOKOLL från sammanträdet onsdagen den 16 juni 2004": the first date is the meeting's
    if home is not None and is_dated_meeting_title(home.text, found.start - home.start):
        return None  # "Styrelsemöte 220515" above "... konstituerande möte 2022-04-17": the title's day is the meeting's
    if home is not None and _label_value(home.text, _LB_TIME) is not None:
        return None  # "Tid: 2005-05-19, kl 9.30-13.00": the meeting's hours and day, not the document's date
    for i in folded.with_year(end):
        text = parts[i].text
        if _is_item_line(text):
            continue  # "4. ... ministerrådets möte den 14 juni": another body's meeting, in an item
        for f in find_dates(text):
            if (f.value < found.value and not _checking_date(text, f) and _states_meeting_day(text, f)
                    and (written - date.fromisoformat(f.value)).days <= _WRITTEN_WITHIN_DAYS):
                return Found(f.value, parts[i].start + f.start, parts[i].start + f.end)
    return None


# A title line that is a compound meeting word and the date: "Styrelsemöte 220515", "Årsmöte den 3 mars 2019".
_DATED_MEETING_TITLE = re.compile(r"(?i)\s*[^\W\d_]+(?:möte|sammanträde)\s+(?:den\s+)?")


def is_dated_meeting_title(text: str, at: int) -> bool:
    """Whether the date at `at` follows a lone compound meeting word opening its line ("Styrelsemöte 220515"):
    the title, whose date is the meeting's. Not a sentence ("Genomgång av ... konstituerande möte 2022-04-17")."""
    m = _DATED_MEETING_TITLE.match(text)
    return m is not None and m.end() == at


# A meeting said to have been held, right before its day: "Degerby Marthaförening höll årsmöte 24.2.2022",
# "Föreningen höll sitt ordinarie styrelsemöte den 3 mars".
_HELD_MEETING_BEFORE_DATE = re.compile(r"(?i)\b(?:höll|avhöll|hade|genomförde)\s+(?:sitt\s+|sin\s+|ett\s+|en\s+)?"
                                       r"(?:ordinarie\s+)?[^\W\d_]*(?:möte|stämma|sammanträde)\s+(?:den\s+)?$")
_HELD_VERB_GATES = ("öll", "hade", "förde")  # what each verb of `_HELD_MEETING_BEFORE_DATE` holds


def _states_meeting_day(text: str, f: Found) -> bool:
    """Whether a date on a line is stated as a meeting's day: after "möte den" or a held meeting ("höll årsmöte
    24.2.2022"), or alone on its line after a weekday ("Fredagen den 17 februari 2017.")."""
    before = text[max(0, f.start - 60): f.start]
    if _MEETING_BEFORE_DATE.search(before[-40:]) or (any(v in before for v in _HELD_VERB_GATES)
                                                      and _HELD_MEETING_BEFORE_DATE.search(before)):
        return True
    return not text[f.end:].strip(" .") and bool(_WEEKDAY_ONLY_LINE.fullmatch(text[: f.start]) or (
        not text[: f.start].strip() and _WEEKDAY_OPENS.match(text, f.start)))


# A weekday, day, month and maybe a year near the opening of a "Tid" / "Plats och tid" value:
# "Onsdagen den 30 maj 2018 kl", "Regionförbundet i Kalmar län Torsdagen den 4 mars 2010, kl",
# "Måndagen den 21 april, kl ,".
_WEEKDAY_DATE = re.compile(rf"(?i)\b({_WEEKDAY_RE})(?:en)?\s*,?\s+(?:den\s+)?(\d{{1,2}})(?::?e|:a)?\.?\s+"
                           rf"({_MONTH_RE})\b(?:\s*,?\s*((?:19|20)\d{{2}})\b)?")
# How far into a time label's value the weekday may stand: a place or the body's name may come first in a
# run-on "Organ Plats och tid" head.
_WEEKDAY_DATE_REACH = 90


def _time_label_weekday_date(parts: list[Part], end: int, folded: _Folded) -> Found | None:
    """The date a "Tid" / "Tid och plats" / "Plats och tid" label gives with its weekday ("Tid och plats
    Onsdagen den 30 maj 2018 kl"), when the weekday agrees with the date; a date without a year takes
    the one year of the head in which that day is that weekday ("Tid: Måndagen den 21 april, kl ,").
    A weekday that agrees is the meeting's own day: it beats a title naming another meeting (the agenda
    that carries these minutes), a protocol number that reads as a day ("FU 2/08") and a later
    "Sammanträdesdatum" in the posting block."""
    for i in folded.labelled(_LB_TIME, end):
        part = parts[i]
        lv = _label_value(part.text, _LB_TIME, loose=True)
        if lv is None:
            continue
        value, off = lv
        m = _WEEKDAY_DATE.search(value[: _WEEKDAY_DATE_REACH + 40])
        if not m or m.start() > _WEEKDAY_DATE_REACH or any(
                cue in value[: m.start()].casefold() for cue in w.NOT_MEETING_DATE_CUES):
            continue  # "Tid och plats för justering ...": the checking day, not the meeting's
        iso = _agreeing_day(m, parts, end)
        if iso is not None:
            return Found(iso, part.start + off + m.start(), part.start + off + m.end())
    for i in folded.holding(_WEEKDAY_ENDINGS, end):  # the label inside a run-on line: "... Justerat Tid Tisdagen den 26"
        part = parts[i]
        for m in _WEEKDAY_DATE.finditer(part.text):
            label = _TIME_LABEL_BEFORE.search(part.text[max(0, m.start() - 40): m.start()])
            if label is None or (label.group(1) or "").casefold() in _CHECKING_WORDS:
                continue  # "Justeringens tid: Måndagen den ...": the checking day
            iso = _agreeing_day(m, parts, end)
            if iso is not None:
                return Found(iso, part.start + m.start(), part.start + m.end())
    return None


# A time label right before a weekday, and the word before the label: "Justerat Tid Tisdagen den 26 februari".
_TIME_LABEL_BEFORE = re.compile(r"(?i)(?:(\w+)\s+)?\b(?:tid|tid och plats|plats och tid|datum och tid|dag och tid)"
                                r"\s*:?\s*$")


def _agreeing_day(m: re.Match[str], parts: list[Part], end: int) -> str | None:
    """The date of a `_WEEKDAY_DATE` match when its weekday agrees with it; without a year, the one year
    of the head in which that day is that weekday."""
    weekday = _weekday_number(m.group(1))
    month = _month_number(m.group(3))
    if weekday is None or month is None:
        return None
    day = int(m.group(2))
    if not m.group(4):
        return _day_in_years(_years_in(parts, end), month, day, weekday)
    iso = _iso(int(m.group(4)), month, day)
    return iso if iso is not None and date.fromisoformat(iso).weekday() == weekday else None


_OPENING_LINES = 3  # the head's first lines with text, where a short date form ("14/3-12") is the title's


def _opening_lines(parts: list[Part], end: int) -> set[int]:
    """The indexes of the first `_OPENING_LINES` parts with text: a stored page's blank lines do not count."""
    found: set[int] = set()
    for i in range(min(end, len(parts))):
        if parts[i].text.strip():
            found.add(i)
            if len(found) == _OPENING_LINES:
                break
    return found


def _first_date(parts: list[Part], end: int, title: int | None, folded: _Folded) -> Found | None:
    """A labelled date, else the title's, else the first date of the header."""
    stated = _time_label_weekday_date(parts, end, folded)
    if stated is not None:
        return stated
    for i in folded.labelled(_LB_DATE_OR_TID, end):
        part = parts[i]
        lv = _label_value(part.text, _LB_DATE_OR_TID)
        if lv:
            dates = find_dates(lv[0], compact=True)  # "Datum: 090603"
            if dates and not _checking_date(lv[0], dates[0]):
                f = dates[0]
                return Found(f.value, part.start + lv[1] + f.start, part.start + lv[1] + f.end)
    held = _held_on_weekday(parts, end, folded) if title is None or not find_dates(parts[title].text) else None
    if held is not None:
        return held  # "Lördagen den 23 januari hölls ett vintermöte" under a post's "februari 26th, 2021"
    invited = invited_meeting_weekday_day(parts, end, folded)
    if invited is not None:
        return invited  # "... inbjuds att delta i GRs förbundsstyrelses sammanträde i Alingsås, fredagen 12 februari"
    order = list(range(end))
    if title is not None:
        order.remove(title)
        order.insert(0, title)
    # Every date has four digits in a row (`find_dates`): the other parts need no look.
    dated = set(folded.with_year(end))
    # A spaced short date ("18 09 26") has no four digits in a row; it counts only where compact dates do.
    opening = _opening_lines(parts, end)
    dated.update(i for i in ([title] if title is not None else []) + sorted(opening)
                 if _has_digit(parts[i].text) and (_SPACED_SHORT_DATE.search(parts[i].text)
                                                   or "-" in parts[i].text and _DASHED_SHORT_DATE.search(parts[i].text)
                                                   or "/" in parts[i].text and _DAY_MONTH_SHORT_YEAR.search(parts[i].text)
                                                   or "-" in parts[i].text and _DAY_MONTH_NAME_SHORT_YEAR.search(parts[i].text)))
    order = [i for i in order if i in dated and not is_page_frame(parts[i].text)]  # not "tarix08.04.2018"
    # Short lines first: a date in a prose preamble ("This is an HTML version of ... request
    # 'Mötesprotokoller dagarna 9-13 mars 2020'.") is not the meeting's.
    prose = [_is_prose(parts[i].text) for i in order]
    order = [i for i, p in zip(order, prose, strict=True) if not p] + [i for i, p in zip(order, prose, strict=True) if p]
    if title is None:
        # No title: a dated line that opens with a document word ("Protokoll 2012-04-03") is the
        # minutes' own, before a date above it (a blog post's "söndag 13 maj 2012").
        own = [i for i in order if _opens_with_document_word(parts[i].text)]
        order = own + [i for i in order if i not in own]
    order = [i for i in order if not under_coming_meetings_heading(parts, i)]  # "Planerade möten" / "Digitalt möte 10/11"
    for i in order:
        part = parts[i]
        compact = i == title or i in opening or part.text[:10].lstrip().startswith("Download")  # the copy's title
        dates = [f for f in find_dates(part.text, compact=compact)
                 if not _checking_date(part.text, f) and not is_deadline_or_past_act(part.text, f)]
        if dates:
            f = dates[0]
            if title is not None and i != title:
                f = _title_day(parts[title].text, f)
            return Found(f.value, part.start + f.start, part.start + f.end)
    closed = next((j for j in range(end, min(len(parts), end + 40)) if _closes_meeting(parts[j].text)), end + 40)
    for i in folded.with_year(end + 40, end):
        part = parts[i]
        if i > closed:
            break  # below "Mötet avslutat": a stored page's link to another post ("Protokoll Styrelsemöte 2023-04-17")
        if _is_item_line(part.text) or part.text.lstrip()[:1] in _LIST_BULLETS:
            continue  # an item's heading, or an entry of a list in an item ("• Styrelseprotokoll 2021-02-24")
        dates = find_dates(part.text)
        if (dates and len(part.text) < 60 and not _checking_date(part.text, dates[0])
                and not is_deadline_or_past_act(part.text, dates[0])):
            f = dates[0]
            return Found(f.value, part.start + f.start, part.start + f.end)
    return _weekday_fixes_year(parts, end, folded)


# A heading over the dates of meetings to come: "Planerade möten", "Kommande möten:", "Kommande sammanträden 2022",
# "Framtida mötesdatum". The dates under it are those meetings', never the minutes' own.
_COMING_MEETINGS_HEADING = re.compile(r"(?i)\s*(?:planerade|kommande|framtida|preliminära|nästa|övriga)\s+(?:möten|mötesdatum"
                                      r"|mötestider|sammanträden|sammanträdesdatum|sammanträdestider|träffar|"
                                      r"aktiviteter)\b[\s\d:.-]*")
_HEADING_REACH = 6  # lines looked back over for the heading


def under_coming_meetings_heading(parts: list[Part], i: int) -> bool:
    """Whether a line stands under a heading of meetings to come (`_COMING_MEETINGS_HEADING`): the nearest short
    line above it without a closing full stop, over blank lines and dated lines of the list, is that heading."""
    for k in range(i - 1, max(-1, i - 1 - _HEADING_REACH), -1):
        text = parts[k].text.strip()
        if not text:
            continue
        if len(text) <= 40 and not text.endswith("."):
            return bool(_COMING_MEETINGS_HEADING.fullmatch(text))
        if not find_dates(text):
            return False
    return False


# A weekday with a day and month and no year: "Tid Tisdagen den 11 december, kl".
_WEEKDAY_DAY_MONTH = re.compile(rf"(?i)\b({_WEEKDAY_RE})(?:en)?\s*,?\s+(?:den\s+)?(\d{{1,2}})(?::?e|:a)?\.?\s+"
                                rf"({_MONTH_RE})\b(?![.,]?\s*\d(?!\d?[.:]\d\d(?!\d)))")  # (a clock may follow: "22 mars 09.30")
_WEEKDAY_ENDINGS = ("dag", "day")
_DATE_LABEL_BEFORE = re.compile(r"(?i)(?:^|\b(?:tid|datum|dag|sammanträdesdatum|mötesdatum|dag och tid|när)\s*:?)\s*$")
_HEAD_YEAR = re.compile(r"(?<![\d.,])((?:19|20)\d{2})(?![\d.,]\d)")


# A line that opens with a weekday, day and month and goes on with the verb of a meeting held: "Lördagen
# den 23 januari hölls ett virtuellt vintermöte." The rest of the line after `_WEEKDAY_DAY_MONTH`.
_HELD_AFTER_DAY = re.compile(r"(?i)[\s,]*(?:genomfördes|hölls|höll|ägde rum|skedde|träffades|samlades|möttes)\b")


def _years_in(parts: list[Part], end: int) -> set[int]:
    return {int(y) for q in parts[:end] for y in _HEAD_YEAR.findall(q.text)}


def _day_in_years(years: set[int], month: int, day: int, weekday: int) -> str | None:
    """The one date of that month and day among `years` that falls on `weekday`; none if none or several."""
    fits = [iso for y in sorted(years) if (iso := _iso(y, month, day)) and date.fromisoformat(iso).weekday() == weekday]
    return fits[0] if len(fits) == 1 else None


def _weekday_day_in_years(m: re.Match[str], parts: list[Part], year_parts: int) -> str | None:
    """The date of a weekday, day and month match (groups 1-3) in the one year written in the first `year_parts`
    parts in which that day falls on that weekday (`_day_in_years`); None for an unknown name or no such year."""
    weekday, month = _weekday_number(m.group(1)), _month_number(m.group(3))
    if weekday is None or month is None:
        return None
    return _day_in_years(_years_in(parts, year_parts), month, int(m.group(2)), weekday)


def _held_on_weekday(parts: list[Part], end: int, folded: _Folded) -> Found | None:
    """A blog post's first sentence that dates the meeting by weekday, day and month ("Lördagen den 23
    januari hölls ..."), its year the one of the head's years in which that day is that weekday. The
    post's own date above it ("februari 26th, 2021") dates the writing, not the meeting."""
    for i in folded.holding(_WEEKDAY_ENDINGS, end):
        text = parts[i].text
        lead = len(text) - len(text.lstrip())
        m = _WEEKDAY_DAY_MONTH.match(text, lead)
        if not m or not _HELD_AFTER_DAY.match(text, m.end()):
            continue
        iso = _weekday_day_in_years(m, parts, end)
        if iso:
            return Found(iso, parts[i].start + m.start(), parts[i].start + m.end())
    return None


# An invitation to the meeting and its weekday, day and month, no year: "Ledamöterna inbjuds att delta i GRs
# förbundsstyrelses sammanträde i Alingsås, fredagen 12 februari", "Kommunstyrelsen kallas till sammanträde tisdagen
# den 9 mars kl 9.00". The invitation's word, then the meeting's word in the same clause (not the next meeting's),
# then the day; group 1 the weekday, 2 the day, 3 the month.
_INVITED_TO_WEEKDAY_DAY = re.compile(
    r"(?i)\b(?:inbjuds|inbjuder|bjuds\s+in|bjuder\s+in|kallas|kallelse|välkomna|välkommen)\b[^.;:!?]{0,80}?"
    r"(?<!nästa )(?<!kommande )\b[^\W\d_]*(?:sammanträde|sammanträdet|möte|mötet)"
    r"(?:\s+(?:i|på)\s+(?-i:[A-ZÅÄÖ])[\w-]*(?:\s+(?-i:[A-ZÅÄÖ])[\w-]*)?)?\s*,?\s+"
    + _WEEKDAY_DAY_MONTH.pattern.removeprefix("(?i)\\b"))
_INVITATION_WORDS = ("inbj", "bjud", "kallas", "kallelse", "välkom")
_INVITATION_YEAR_PARTS = 60  # the parts whose years may give the invitation's year


def invited_meeting_weekday_day(parts: list[Part], end: int, folded: _Folded) -> Found | None:
    """The meeting's day as an invitation to it gives it, weekday, day and month and no year
    (`_INVITED_TO_WEEKDAY_DAY`), its year the one year written in the text's first parts in which that day falls on
    that weekday; None if no year or several fit."""
    return _weekday_day_of_years(parts, end, folded, _INVITATION_WORDS, _INVITED_TO_WEEKDAY_DAY,
                                 min(len(parts), _INVITATION_YEAR_PARTS))


def _weekday_day_of_years(parts: list[Part], end: int, folded: _Folded, words: tuple[str, ...],
                          pattern: re.Pattern[str], year_parts: int) -> Found | None:
    """The first weekday, day and month `pattern` finds (groups 1-3) in a head part holding one of `words`, in
    the one year written in the first `year_parts` parts in which that day falls on that weekday."""
    for i in folded.holding(words, end):
        part = parts[i]
        m = pattern.search(part.text)
        if not m:
            continue
        iso = _weekday_day_in_years(m, parts, year_parts)
        if iso:
            return Found(iso, part.start + m.start(1), part.start + m.end())
    return None


# The meeting's word right before a weekday, day and month: "... rapporterar från kårfullmäktigemötet onsdagen den
# 15 mars.", "Protokoll fört vid styrelsesammanträde, tisdagen den 3 mars": the meeting's own day.
_MEETING_WORD_BEFORE_WEEKDAY = re.compile(r"(?i)[^\W\d_]*(?:möte|mötet|sammanträde|sammanträdet|stämma|stämman)\s*,?\s*$")


def _weekday_fixes_year(parts: list[Part], end: int, folded: _Folded) -> Found | None:
    """A head that dates the meeting by weekday, day and month only, its year left to a number
    elsewhere in the head ("PROTOKOLL ... LS 9/2012 ... Tid Tisdagen den 11 december, kl"): the one
    year written in the head in which that day falls on that weekday; none if no year or several fit.
    The weekday opens its line, follows a date label or the meeting's word ("från kårfullmäktigemötet onsdagen den
    15 mars"). With no year in the head that fits, the years written anywhere in the text are tried the same way
    ("torsdag 22 mars 09.30 till 16.30" in minutes that name 2007 further down): one of them must fit, no more."""
    for i in folded.holding(_WEEKDAY_ENDINGS, end):  # every weekday name ends so
        part = parts[i]
        m = _WEEKDAY_DAY_MONTH.search(part.text) if part.text.strip() else None
        if not m:
            continue
        before = part.text[max(0, m.start() - 40): m.start()]
        after_meeting_word = _MEETING_WORD_BEFORE_WEEKDAY.search(before) is not None
        if not after_meeting_word and (_is_prose(part.text) or not (
                _DATE_LABEL_BEFORE.search(before[-22:]) or _stacked_labels_give_date(part.text, m.start()))):
            continue  # the weekday opens its line or follows a date label: "Tid Tisdagen den 11 december"
        weekday, month = _weekday_number(m.group(1)), _month_number(m.group(3))
        if weekday is None or month is None:
            continue
        iso = _day_in_years(_years_in(parts, end), month, int(m.group(2)), weekday)
        if iso is None:
            iso = _day_in_years(_years_in(parts, len(parts)), month, int(m.group(2)), weekday)
        return Found(iso, part.start + m.start(), part.start + m.end()) if iso else None
    return None


# The verb of a meeting held right before its weekday, day and month, no year: "Rapport från styrelsemöte
# 1/2023 som genomfördes onsdagen den 25 januari kl 0900-1530", "... som hölls tisdagen den 3 mars".
# Group 1 the weekday, 2 the day, 3 the month.
_HELD_THEN_WEEKDAY_DAY = re.compile(r"(?i)\b(?:genomfördes|hölls|avhölls|ägde rum|skedde)\s+(?:på\s+)?"
                                    + _WEEKDAY_DAY_MONTH.pattern.removeprefix("(?i)\\b"))
_HELD_VERB_WORDS = ("genomfördes", "hölls", "ägde rum", "skedde")


def held_on_weekday_in_head_year(parts: list[Part], end: int, folded: _Folded) -> Found | None:
    """A head sentence that dates the meeting by the verb of its holding, a weekday, day and month
    (`_HELD_THEN_WEEKDAY_DAY`), its year the one year written in the head ("styrelsemöte 1/2023") in
    which that day falls on that weekday; None if no year or several fit."""
    return _weekday_day_of_years(parts, end, folded, _HELD_VERB_WORDS, _HELD_THEN_WEEKDAY_DAY, end)


# A head line that dates the meeting by weekday, day and month and leaves the year out, the line holding no more
# than the hours or the place after it: "Fredagen den 24 januari" (a riksdag record's heading), "torsdag 22 mars
# 09.30 till 16.30", "Tisdagen den 3 maj kl. 18 i Folkets hus". Group 1 the weekday, 2 the day, 3 the month.
_WEEKDAY_HEAD_LINE = re.compile(
    rf"(?i)\s*({_WEEKDAY_RE})(?:en)?\s*,?\s+(?:den\s+)?(\d{{1,2}})(?::?e|:a)?\.?\s+({_MONTH_RE})\b\.?,?"
    r"(?!\s*'?\d{2,4}\b(?![.:]\d))"  # no year after the month ("22 mars 2007", "22 mars 07")
    r"(?=\s*$|\s*(?:kl\b|klockan\b|\d{1,2}[.:]\d{2}\b|(?:i|på)\s+(?-i:[A-ZÅÄÖ])))")
_WEEKDAY_HEAD_LINES = 6  # the head's first lines with text
_WEEKDAY_HEAD_LINE_CHARS = 90  # a longer line is prose, not a dated heading
_WEEKDAY_YEAR_PARTS = 60  # the parts whose years may give the heading's year


def weekday_head_line_in_text_year(parts: list[Part], end: int) -> Found | None:
    """The meeting's day from a head line that gives only a weekday, day and month (`_WEEKDAY_HEAD_LINE`), in the
    one year written in the text's first parts in which that day falls on that weekday ("Fredagen den 24 januari"
    over "uppteckningar 2019/20:21 ... den 28 januari 2020" gives 2020-01-24, a Friday only in 2020); None when no
    such line opens the head or no year, or several, fit."""
    for part in _first_text_parts(parts, end, _WEEKDAY_HEAD_LINES):
        text = part.text
        if len(text.strip()) > _WEEKDAY_HEAD_LINE_CHARS or "dag" not in text.casefold():
            continue
        m = _WEEKDAY_HEAD_LINE.match(text)
        if m is None or _weekday_number(m.group(1)) is None or _month_number(m.group(3)) is None:
            continue
        iso = _weekday_day_in_years(m, parts, min(len(parts), _WEEKDAY_YEAR_PARTS))
        return Found(iso, part.start + m.start(1), part.start + m.end(3)) if iso else None
    return None


# Labels stacked before their values, as a flattened label column gives them: "Plats: Dag och tid: Kronan,
# Luleå Tisdagen den 11 augusti, kl. 18:30". Two or more labels, each with its colon, open the line.
_STACKED_LABELS = re.compile(r"(?i)^\s*(?:(?:plats|lokal|tid|datum|dag|när|var|plats och tid|tid och plats|dag och tid"
                             r"|datum och tid|tid och datum|mötesplats|sammanträdesdatum)\s*:\s*){2,}")
_STACKED_DATE_LABELS = ("tid", "datum", "dag", "när")
_STACKED_VALUE_REACH = 60  # how far after the labels the date may stand: a place's value may come first


def _stacked_labels_give_date(text: str, at: int) -> bool:
    """Whether a line opens with stacked labels, one of them for the day or time, and the weekday at `at`
    is the first date after them, a place's value at most between: "Plats: Dag och tid: Kronan, Luleå
    Tisdagen den 11 augusti". Labels with their values each ("Plats: Kronan Tid: Tisdagen ...") are not
    stacked: the date after the time label is read as such."""
    m = _STACKED_LABELS.match(text)
    if not m or at < m.end() or at - m.end() > _STACKED_VALUE_REACH or ":" in text[m.end(): at]:
        return False
    labels = [x.strip().casefold() for x in m.group(0).split(":") if x.strip()]
    return any(word in label.split() for label in labels for word in _STACKED_DATE_LABELS) and not find_dates(
        text[m.end(): at])


_LIST_BULLETS = ("•", "●", "▪", "◦", "*", "-", "–")


def _closes_meeting(text: str) -> bool:
    """Tell whether a short line closes the meeting: "11.Mötet avslutat", "§ 12 Mötets avslutande"."""
    if len(text) > 60 or "avslut" not in text.casefold():
        return False
    low = text.casefold()
    return bool(_CLOSING.search(low)) and bool(_OPEN_CLOSE.search(low))


def _checking_date(text: str, found: Found) -> bool:
    """Whether a date is when the minutes were checked or posted, by the words before it on its
    line: "Datum för anslags nedtagande 2011-04-26", "Justeringens plats och tid ..., 2011-04-04"."""
    head = text[max(0, found.start - 50): found.start].casefold()  # the words right before it
    last = max((head.rfind(cue) for cue in w.NOT_MEETING_DATE_CUES), default=-1)
    # "Protokollet är justerat. Sammanträdesdatum 2020-03-06": the meeting's own label after the cue; the posting
    # block's organ cell too, whose neighbour is the meeting's date ("genom anslag. Organ: : 25 september 2013")
    return (last >= 0 and not any(word in head[last:] for word in ("sammanträde", "möte", "organ"))) or in_checking_label_value(
        text, found)


_DEADLINE_BEFORE = re.compile(r"(?i)(?:^|(?<=[\s(]))(?:" + "|".join(re.escape(c) for c in w.DEADLINE_BEFORE_DATE)
                              + r"|från\b[^\n]{1,40}?\btill)\s+$")
_PERIOD_END_AFTER = re.compile(r"\s*(?:till|–|—|-)\s*(?:och med\s+)?(?:den\s+)?\d")
_PAST_ACT_AFTER = re.compile(r"(?i)\s*,?\s*(?:" + "|".join(w.PAST_ACT_AFTER_DATE) + r")\b")
_DEADLINE_GATES = ("senast", "t.o.m", "tom", "före", "innan", "fr.o.m", "från", "till")


def is_deadline_or_past_act(text: str, found: Found) -> bool:
    """Whether a date in running text is a deadline, a period's edge or an earlier act's day, by the words right
    around it: "lämnas in senast 2020-05-29", "från 2023-01-01 till 2025-12-31", "Den 2 december 2021 beslutade
    nämnden". Such a date is not the meeting's."""
    head = text[max(0, found.start - 50): found.start]
    low = head.casefold()
    if any(g in low for g in _DEADLINE_GATES):
        if _DEADLINE_BEFORE.search(head):
            return True
        if low.rstrip().endswith("från") and _PERIOD_END_AFTER.match(text, found.end):
            return True
    if _PAST_ACT_AFTER.match(text, found.end) or _CITED_PARAGRAPH_ACT.match(text, found.end):
        return True
    if "till" in low and _SCHEDULED_BEFORE.search(head):
        return True
    if "från" in low and _FROM_DAY_BEFORE.search(head) and _change_from_day(text[: found.start]):
        return True
    return bool(_CITED_PARAGRAPH.match(text, found.end)) and _PAST_ACT_BEFORE.search(head) is not None


# An earlier decision cited by its day and paragraph: "Nämnden fastställde den 17 november 2020, § 161, en plan",
# "Styrelsen beslutade 2021-03-04 § 12 att ...". The verb of the act right before the day, the paragraph right after.
_PAST_ACT_BEFORE = re.compile(r"(?i)\b(?:" + "|".join(w.PAST_ACT_AFTER_DATE) + r")\s+(?:(?:vid|på|i)\s+(?:sitt|sammanträdet"
                              r"|mötet|sammanträde|möte)\s+(?:sammanträde\s+|möte\s+)?)?(?:den\s+)?$")
_CITED_PARAGRAPH = re.compile(r"\s*,?\s*(?:§§?|paragraf)\s*\d")
# The act's verb right after the cited paragraph: "Vid SVOM den 23 februari 2024, § 11, beslutades följande", "Den
# 12 oktober 2022, § 123, beslutade regionfullmäktige".
_CITED_PARAGRAPH_ACT = re.compile(r"(?i)\s*,?\s*(?:§§?|paragraf)\s*\d+\s*,?\s*(?:" + "|".join(
    (*w.PAST_ACT_AFTER_DATE, "beslutades")) + r")\b")
# Another thing's day set ahead (`words.SCHEDULED_TILL`): "Temadagen är fastställd till den 16 oktober 2020".
_FROM_DAY_BEFORE = re.compile(r"(?i)\bfrån\s+(?:den\s+)?$")
# A sentence that names a change from a day on: "Sofia Nygren blir ny sekreterare för rådet från den 1 februari
# 2020", "Den nya taxan gäller från 2021-01-01". No meeting or document word before the day ("Anteckningar från den
# 12 mars 2019", "Protokoll fört vid mötet från den ...": the minutes' own day).
_FROM_CHANGE_VERB = re.compile(r"(?i)\b(?:blir|börjar|gäller|träder|tillträder|övertar|ersätter|ändras|höjs|sänks"
                               r"|införs|slutar|upphör)\b")
_MEETING_OR_DOCUMENT_STEM = re.compile(r"(?i)möte|sammantr|protokoll|anteckning|träff|samling|konferens|dagordning")


def _change_from_day(before: str) -> bool:
    """Whether the sentence before a "från (den)" day names a change from that day (`_FROM_CHANGE_VERB`)."""
    sentence = re.split(r"[.!?•\n]\s", before)[-1]
    return bool(_FROM_CHANGE_VERB.search(sentence)) and not _MEETING_OR_DOCUMENT_STEM.search(sentence)


_SCHEDULED_BEFORE = re.compile(r"(?i)\b(?:" + "|".join(w.SCHEDULED_TILL) + r")\s+till\s+(?:den\s+)?$")


# A label for when and where the minutes are checked, its value a place before the day: "Plats/tid för justering:
# Barn- och skolkontor Lund Öster, Fritidsgatan 2, Södra Sandby torsdag 26 september 2013", "Justering: Kommunhuset,
# ...". Its colon closes it; the date in its value stands farther from it than `_checking_date` looks.
_CHECKING_LABEL = re.compile(r"(?i)\bjustering(?:en|ens)?\s*:")
_CHECKING_LABEL_REACH = 160
# The meeting's own day named in the value ("Sammanträdesdatum", "mötet"), not a room ("sammanträdesrum").
_MEETING_DAY_WORD = re.compile(r"(?i)\b(?:sammanträde|möte)(?:t|s?datum)?\b")


def in_checking_label_value(text: str, found: Found) -> bool:
    """Whether a date stands in the value of a checking label (`_CHECKING_LABEL`): no other label's colon, and no
    meeting's word, between the label and the date."""
    lo = max(0, found.start - _CHECKING_LABEL_REACH)
    head = text[lo: found.start]
    if "usterin" not in head:
        return False
    labels = list(_CHECKING_LABEL.finditer(head))
    if not labels:
        return False
    value = head[labels[-1].end():]
    return ":" not in value and not _MEETING_DAY_WORD.search(value)


def _opens_with_document_word(text: str) -> bool:
    """Whether a line opens with a document word: "Protokoll 2012-04-03", "Minnesanteckningar från ..."."""
    first = text.strip().split(None, 1)
    return bool(first) and first[0].casefold().strip(":.,") in _DOCUMENT_WORDS

def _is_prose(text: str) -> bool:
    return text.rstrip().endswith((".", "!", "?", ".'", '."')) and len(text.split()) > 12


def _title_day(title: str, found: Found) -> Found:
    """A title's day and month without a year ("Presidiemöte 2/9") win over a nearby full date (a
    publication date under it), which gives the year."""
    m = _RX_TITLE_DAY_1.search(title)
    if not m or numbered_before(title, m.start()):
        return found
    iso = _iso(int(found.value[:4]), int(m.group(2)), int(m.group(1)))
    return Found(iso, found.start, found.end) if iso else found


# A serial number's word right before a number: "Styrelseprotokoll nr 8/11" (meeting 8 of 2011), "Protokoll
# nummer 3/22", "Möte no. 4/19", "# 2/21".
_SERIAL_BEFORE = re.compile(r"(?i)(?:\b(?:nr|nummer|no|num)\.?|#)\s*$")


def numbered_before(text: str, at: int) -> bool:
    """Whether the number at `at` follows a serial number's word (`_SERIAL_BEFORE`): "nr 8/11" numbers the
    minutes and is no day and month."""
    return _SERIAL_BEFORE.search(text[max(0, at - 10): at]) is not None


def _shift(f: Found, base: int) -> Found:
    return Found(f.value, f.start + base, f.end + base)


_HEAD_WINDOW = 12


def _head_window(parts: list[Part], first: int, end: int) -> list[Part]:
    """The head's first twelve parts from `first`, a stored copy's own lines not counted ("Save this PDF as:" /
    "Storlek: px" / "Download ..." / "Transkript", `_is_boilerplate`): they do not push the minutes' first line out."""
    out: list[Part] = []
    counted = 0
    for q in parts[first:end]:
        if counted >= _HEAD_WINDOW:
            break
        out.append(q)
        text = q.text.strip()
        if not text or not _is_boilerplate(text):
            counted += 1
    return out


def _first_in_head(head: list[Part], finder: Callable[[str], Found | None]) -> Found | None:
    """What `finder` finds first in `head`, the head's parts it reads (the first twelve before the head's end,
    counted after a table of contents that opens the document), in the document's offsets."""
    for part in head:
        found = finder(part.text)
        if found:
            return _shift(found, part.start)
    return None


_OPENING = re.compile(r"\b(?:" + "|".join(w.OPENING_WORDS + w.MEETING_START_WORDS) + r")\b")
_CLOSING = re.compile(r"\b(?:" + "|".join(w.CLOSING_WORDS) + r")\b")
_OPEN_CLOSE = re.compile(r"(?i)\b(?:mötet|mötets|sammanträdet|sammanträdets|sammanträde|möte)\b")
# What `_OPEN_CLOSE` needs, as it appears in the case-folded text (no "i" in it: see `_literals`).
_OPEN_CLOSE_WORDS = ("möte", "sammanträde")


def _labelled_end(parts: list[Part], end: int, folded: _Folded) -> Found | None:
    """The end time under its own label: "Sluttid: 20:00"."""
    for i in folded.labelled(_LB_END_TIME, end):
        lv = _label_value(parts[i].text, _LB_END_TIME)
        one = (find_clock(lv[0]) or _bare_time(lv[0])) if lv else None
        if lv and one:
            return _shift(one, parts[i].start + lv[1])
    return None


# A clock, then the words that close the meeting: "19.21 avslutades mötet.", "20:29 förklarade ordföranden
# sammanträdet avslutat", what a time label's value is when the label's word ("Klockan", "Kl") opens the sentence.
_CLOCK_THEN_WORDS = re.compile(r"\s*\d{1,2}[.:]\d{2}\s+(?-i:[a-zåäö])")
_CLOSED_MEETING_WORD = re.compile(r"(?:mötet|möte|sammanträdet|sammanträde|stämman|stämma)\b")  # "årsmötet" too


def closing_sentence_after_clock(value: str) -> bool:
    """Whether a time label's value is a clock and then a sentence closing the meeting (`_CLOCK_THEN_WORDS`, the
    closing and meeting words after it, no opening word): "Klockan 19.21 avslutades mötet." is the meeting's end,
    no label's start."""
    if _CLOCK_THEN_WORDS.match(value) is None:
        return False
    low = value.casefold()
    return bool(_CLOSING.search(low)) and bool(_CLOSED_MEETING_WORD.search(low)) and not _OPENING.search(low)


_CHECKING_WORDS = ("justeringens", "justering", "justerings")


def _after_checking_word(parts: list[Part], i: int) -> bool:
    """Whether the line above part i, a label cut in two, opens it with "Justeringens" ("Justeringens" /
    "plats och tid")."""
    above = next((q.text.strip() for q in reversed(parts[max(0, i - 2): i]) if q.text.strip()), "")
    return above.casefold() in _CHECKING_WORDS


# The sentence opening the meeting with its clock, read inside a flattened page's long line: "förklarade
# mötet öppnat klockan 18:25", "öppnade sammanträdet kl. 13.05", "Mötet öppnades kl 19.00". Group 1 the clock.
_OPENED_AT_CLOCK = re.compile(
    r"(?i)\b(?:(?:förklarade|förklarar)\s+(?:mötet|sammanträdet)\s+(?:för\s+)?öppnat|(?:öppnade|öppnar)\s+"
    r"(?:mötet|sammanträdet)|(?:mötet|sammanträdet)\s+öppnades"
    # "Ordföranden hälsade de närvarande välkomna kl. 18:00": the welcome that opens the meeting
    r"|(?:hälsade|hälsar)\s+(?:\w+\s+){0,3}?(?:välkommen|välkomna))\s+(?:kl\.?|klockan)\s*(\d{1,2}[.:]\d{2})(?![\d.:]\d)")


def _find_times(parts: list[Part], end: int, folded: _Folded,
                meeting_date: str | None = None, date_at: int | None = None) -> tuple[Found | None, Found | None]:
    """Start and end time: labelled in the header ("Tid: 9.00-12.00"), else the opening and closing lines.

    `date_at` is where the meeting date was read; its line is searched for the clock too, however far down."""
    start: Found | None = None
    stop: Found | None = None
    for i in folded.labelled(_LB_TIME_OR_DATE, end):
        part = parts[i]
        lv = _label_value(part.text, _LB_TIME_OR_DATE, loose=part.flat)
        if not lv:
            continue
        if not lv[0].strip() and _after_checking_word(parts, i):
            continue  # "Justeringens" / "plats och tid": when the minutes are checked, not the meeting
        if "dagar" in lv[0] and _STANDING_WEEKDAYS.search(lv[0]):
            continue  # "Kl. 09.00-12.00, onsdagar": a schedule's standing hours, no one meeting's
        if "avslut" in lv[0] and closing_sentence_after_clock(lv[0]):
            continue  # "Klockan 19.21 avslutades mötet.": the closing sentence (read below as the end), no label
        base = part.start + lv[1]
        candidates = [(ocr_hours(lv[0]), base)]
        for k, nxt in enumerate(parts[i + 1: min(end, i + 3)], i + 1):
            if nxt.text.strip() and not _label_value(nxt.text, _LB_VENUE_OR_PRESENT):
                timed = _timed_place_below(parts, k, end) if _is_body_cell(nxt.text) else None
                candidates.append((ocr_hours(timed.text), timed.start) if timed else (ocr_hours(nxt.text), nxt.start))
                break
        if meeting_date:  # "Plats och tid: Laholms teater, Laholm, 150323, 10.00–12.00" under "Ungdomsforum 150609"
            candidates = [(text, b) for text, b in candidates if not dated_other_day(text, meeting_date)]
        own_clock = bool(candidates) and candidates[0][1] == base and find_clock(candidates[0][0]) is not None
        for k, (text, b) in enumerate(candidates):
            next_lv = _label_value(text, _LB_TIME, loose=True) if k else None
            if k and own_clock and not next_lv:
                break  # "Tid Onsdag den 7 mars 2018, klockan 15:30" / "Plats A-salen ... (Kl. 15:35-16:00)": the label's
                # own clock is the start; a range on the line below is an agenda point's slot
            session = meeting_session(next_lv[0] if next_lv else text)
            if session:
                shift = b + (next_lv[1] if next_lv else 0)
                return _shift(session[0], shift), _shift(session[1], shift)
            # (the dearer date test only where a range may stand)
            rng = find_time_range(text, bare_hours=(k == 0 and _may_hold_time_range(text) and not find_dates(text)),
                                  meeting=True)
            if rng is None and k == 0:
                rng = _day_then_lost_dash(text) or _clocks_lost_dash(text)
            if rng is None and next_lv:  # "Datum: sida 1 (5)" / "Plats: ..." / "Tid: 18:00 20:30": the time label below
                lost = _clocks_lost_dash(next_lv[0])
                if lost:
                    return _shift(lost[0], b + next_lv[1]), _shift(lost[1], b + next_lv[1])
            if rng:
                return _shift(rng[0], b), _shift(_last_of_sessions(text, rng[1]), b)
        for text, b in candidates:
            one = find_clock(text) or _bare_time(text)
            if one:
                start = _shift(one, b)
                break
        if start:
            if stop is None:
                stop = _labelled_end(parts, end, folded)
            if stop is not None:
                return start, stop  # "Starttid: 18:00" / "Sluttid: 20:00"
            break
    if start is None:
        for i in folded.labelled(_LB_VENUE, end):
            part = parts[i]
            lv = _label_value(part.text, _LB_VENUE, loose=part.flat)
            if lv:
                clocks = leading_when(lv[0])[1]
                if clocks:
                    base = part.start + lv[1]
                    start = _shift(clocks[0], base)
                    if len(clocks) > 1:
                        return start, _shift(clocks[-1], base)
                    break
            if "kl" in part.text.casefold():  # no leading clock: maybe one after the place
                lv = lv or _label_value(part.text, _LB_VENUE, loose=True)  # "Plats Restaurang ...": no colon
                trailing = _PLACE_THEN_CLOCK.fullmatch(lv[0]) if lv else None
                if lv and trailing:  # "Plats Restaurang Tvåkanten kl. 12.00": the place, then when it began
                    base = part.start + lv[1]
                    start = Found(hhmm(trailing.group(1)) or "", base + trailing.start(1), base + trailing.end(1))
                    if trailing.group(2) and hhmm(trailing.group(2)):
                        return start, Found(hhmm(trailing.group(2)) or "", base + trailing.start(2), base + trailing.end(2))
                    break
    if start is None:
        for i in folded.with_digit(end):  # a time has digits
            part = parts[i]
            # rarely found: tested before the dearer date test; a break's range passed over ("kl. 8:00 10:50
            # Ajournering 09:00-09:30": the meeting's hours, the dash lost, then the break's)
            rng = find_time_range(part.text, meeting=True)
            # "blir det tisdagar klockan 17.00-19.00 och ...": a range in a sentence of prose is some
            # other activity's hours, not the meeting's.
            if rng and "dagar" in folded.low(i) and _STANDING_WEEKDAYS.search(part.text):
                continue  # "Kl. 09.00-12.00, onsdagar": a schedule's standing hours, no one meeting's
            on = find_dates(part.text) if rng else []
            if on and meeting_date and all(f.value != meeting_date for f in on):
                continue  # "... på Zoom 2020-03-16 kl 12-14": another day's session, not this meeting
            if rng and not on and meeting_date:  # "... som genomfördes onsdagen den 25 januari kl 0900-1530 på ..."
                on = _yearless_meeting_day(part.text, meeting_date)
            if rng and (on or ("kl" in part.text.casefold() and (
                    not _is_prose(part.text) or _OPEN_CLOSE.search(part.text)))):  # "Mötet hölls kl 18-20 ..."
                return _shift(rng[0], part.start), _shift(_last_of_sessions(part.text, rng[1]), part.start)
        timed_lines = folded.holding(("kl",), min(end, 12))  # what `_RX_FIND_TIMES_1` needs
        dated = _part_at(parts, date_at) if date_at is not None else None
        if dated is not None and 12 <= dated < end and "kl" in folded.low(dated):
            timed_lines.append(dated)  # a site's menu lines above: "Styrelsemöte 2020-01-07 kl. 13.00 i Vuxenskolan."
        for i in timed_lines:
            part = parts[i]
            clock = _RX_FIND_TIMES_1.search(part.text)
            dates = find_dates(part.text) if clock else None
            if clock and not dates and meeting_date:
                dates = _yearless_meeting_day(part.text, meeting_date)
            elif clock and not dates and meeting_date is None and "juster" not in folded.low(i):
                dates = _yearless_weekday_day(part.text)  # no year anywhere: "Onsdagen den 18 juni kl 09.00"
            if clock and dates and is_other_days_stamp(part.text, dates, clock.start(), meeting_date):
                continue  # "18.08.2017 kl. 10:35" above "Protokoll för styrelsemöte 15.8.2017 kl. 17.30": a posting
            if dates and clock and clock.start() >= dates[0].end and hhmm(clock.group(1)):
                # "sammanträde torsdagen den 21 april 2005, kl 13.00, i Ale gymnasium": the start alone
                start = Found(hhmm(clock.group(1)) or "", part.start + clock.start(1), part.start + clock.end(1))
                break
    if start is None:
        start = _beginning_line(parts, end, folded)
    if start is None:
        line = _time_line(parts, end, folded)
        if line:
            return line[0], line[1]
    for i in folded.holding(_OPEN_CLOSE_WORDS):
        part, low = parts[i], folded.low(i)
        if len(part.text) > 120:
            opened = _OPENED_AT_CLOCK.search(part.text) if start is None and ("öppna" in low or "välkom" in low) else None
            if opened and hhmm(opened.group(1)):  # "... 1.1 Mötets öppnande Lloyd Baltz förklarade mötet öppnat
                start = Found(hhmm(opened.group(1)) or "", part.start + opened.start(1), part.start + opened.end(1))
            continue  # klockan 18:25 och hälsade ...": a flattened page, the opening sentence inside it
        if _RX_FIND_TIMES_2.search(low):
            continue  # "Nästa möte öppnas kl. 18.00" is another meeting
        if "juster" in low and _CHECKING_BEFORE_CLOSE.search(low):
            continue  # "Tid för justering: Tisdag 15 juni kl. 17.00 (efter avslutat sammanträde)": the checking's hour
        is_open = bool(_OPENING.search(low)) and bool(_OPEN_CLOSE.search(low))
        is_close = bool(_CLOSING.search(low)) and bool(_OPEN_CLOSE.search(low))
        if not (is_open or is_close):
            continue
        rng = find_time_range(part.text) if is_close and not is_open else None
        if rng:  # "Sammanträdet, som pågick kl. 13.00 – 15.00, förklaras avslutat."
            start = start or _shift(rng[0], part.start)
            stop = stop or _shift(rng[1], part.start)
            continue
        found = find_clock(part.text)
        base = part.start
        if not found and i + 1 < len(parts):
            nxt = parts[i + 1]
            found = _bare_time(nxt.text)
            base = nxt.start
        if not found and is_open and start is None:
            above = _programme_clock_above(parts, i)
            if above is not None:  # "Tid" / "Ämne" / "8:00" / "(5 min)" / "Sammanträdets öppnande och formalia"
                found, base = above, 0
        if not found:
            continue
        if is_open and start is None:
            start = _shift(found, base)
        elif is_close and not is_open and stop is None:
            stop = _shift(found, base)
    return start, stop


# A programme's slot length on its own line between the clock and the topic: "(5 min)", "(1 tim)".
_SLOT_LENGTH_LINE = re.compile(r"(?i)\s*\(?\s*\d{1,3}\s*(?:min|minuter|tim|timmar|h)\.?\s*\)?\s*")


def _programme_clock_above(parts: list[Part], i: int) -> Found | None:
    """The clock on a line of its own just above the meeting's opening in a programme's column ("8:00" / "(5 min)" /
    "Sammanträdets öppnande och formalia"): the nearest line with text above, or the one above a slot's length."""
    above = [k for k in range(i - 1, max(-1, i - 6), -1) if parts[k].text.strip()][:2]
    if above and _SLOT_LENGTH_LINE.fullmatch(parts[above[0]].text):
        above = above[1:]
    else:
        above = above[:1]
    if not above:
        return None
    found = _bare_time(parts[above[0]].text)
    if found is None or int(found.value[:2]) < 6:
        return None  # "1.25" / "Mötets öppnande": a point's number, no clock of the day
    return _shift(found, parts[above[0]].start)


# The minutes' checking named before the words of the meeting's close on a line: "Tid för justering: ... kl. 17.00
# (efter avslutat sammanträde)", "Protokollet justeras direkt efter avslutat möte kl 16". Its clock is the checking's.
_CHECKING_BEFORE_CLOSE = re.compile(r"\bjuster\w*\b.*\b(?:avslut|slut)")


# A weekday in the plural, the days a schedule's meetings fall on: "Kl. 13.30-16.30, onsdagar", "tisdagarna kl 9-12".
_STANDING_WEEKDAYS = re.compile(r"(?i)\b(?:mån|tis|ons|tors|fre|lör|sön)dagar(?:na)?\b")


def _part_at(parts: list[Part], at: int) -> int | None:
    """The index of the part whose text holds offset `at`."""
    i = bisect_right([p.start for p in parts], at) - 1
    return i if i >= 0 and at < parts[i].start + len(parts[i].text) else None


def dated_other_day(text: str, meeting_date: str) -> bool:
    """Whether a time label's value dates its hours to another day than the meeting's: every date in it a full
    date, none the meeting's ("Laholms teater, Laholm, 150323, 10.00–12.00" in minutes of 2015-06-09, a value
    left from an earlier meeting's template)."""
    if not _has_digit(text):
        return False
    dates = find_dates(text) or find_dates(text, compact=True)
    return bool(dates) and all(len(f.value) == len(meeting_date) and f.value != meeting_date for f in dates)


def is_other_days_stamp(text: str, dates: list[Found], clock_at: int, meeting_date: str | None) -> bool:
    """Whether a head line's clock is stamped on another day than the meeting's: the date right before it
    is a full date that is not the meeting's, with nothing but "kl." between ("18.08.2017 kl. 10:35", a web
    page's posting stamp three days after the meeting), and the line names no day of the meeting's."""
    before = [f for f in dates if f.end <= clock_at]
    if not meeting_date or not before or meeting_date in (f.value for f in dates):
        return False
    last = before[-1]
    return (len(last.value) == len(meeting_date) and clock_at - last.end <= len(" kl. ")
            and not _yearless_meeting_day(text, meeting_date))


# A place label's whole value: the place, then the clock ("Plats Restaurang Tvåkanten kl. 12.00", "Plats:
# Byahuset, kl 19.00-21.00"). No digits in the place: a date or an address number is another layout.
_PLACE_THEN_CLOCK = re.compile(r"(?i)\s*[^\W\d_](?:[^\d\n.!?]|\.(?!\s)){2,60}?[\s,]+(?:kl\.?|klockan)\s*(\d{1,2}[.:]\d{2})"
                               r"(?:\s*[-–]\s*(\d{1,2}[.:]\d{2}))?\s*\.?\s*")


# A head line that gives only the start, below the date: "2010-09-13" / "med början kl 18.00",
# "Början kl. 9.30", "med start klockan 19". Group 1 the clock.
_BEGINNING_LINE = re.compile(r"(?i)\s*(?:med\s+)?(?:början|start)\s+(?:kl\.?|klockan)\s*(\d{1,2}(?:[.:]\d{2})?)"
                             r"(?![\d.:]*\s*[-–])\s*\.?\s*$")


def _beginning_line(parts: list[Part], end: int, folded: _Folded) -> Found | None:
    """The start from a short head line that says only when the meeting began ("med början kl 18.00")."""
    for i in folded.holding(("kl",), min(end, 12)):
        m = _BEGINNING_LINE.match(parts[i].text)
        value = hhmm(m.group(1)) if m else None
        if m and value:
            return Found(value, parts[i].start + m.start(1), parts[i].start + m.end(1))
    return None


# A header line that opens with a time range: "14:00 - 17:10 Vård- och omsorgsförvaltningen, lokal Sunnerö"
# (a meeting portal's head: date line, body line, then time and place). One match per part.
_OPENING_RANGE = re.compile(r"\n[ \t]*(?:[Kk]l\.?\s*)?\d{1,2}[.:]\d{2}\s*(?:-{1,2}|–|—)\s*\d{1,2}[.:]\d{2}[^\n]*")
_PLACE_AFTER_RANGE = re.compile(r"[\s,]*((?-i:[A-ZÅÄÖ])[^.;:!?]{1,100}?)\s*\.?\s*$")


def _yearless_weekday_day(text: str) -> list[Found]:
    """A weekday, day and month without a year ("Onsdagen den 18 juni kl (09.00) i Skövde"), as a one-item list like
    `find_dates` (its value empty: the year is unknown), for minutes whose date no year fixes; empty if none."""
    m = _WEEKDAY_DAY_MONTH.search(text)
    return [Found("", m.start(), m.end())] if m else []


def _yearless_meeting_day(text: str, meeting_date: str) -> list[Found]:
    """The meeting's own day written with its weekday and no year ("söndagen den 20 mars kl 16.00" in a
    title dated "220320", "torsdag 22 mars 09.30 till 16.30"), as a one-item list like `find_dates`; empty for any
    other day."""
    m = _WEEKDAY_DAY_MONTH.search(text) or _WEEKDAY_HEAD_LINE.match(text)
    if not m or _month_number(m.group(3)) != int(meeting_date[5:7]) or int(m.group(2)) != int(meeting_date[8:10]):
        return []
    return [Found(meeting_date, m.start(), m.end())]


def _time_line(parts: list[Part], end: int, folded: _Folded) -> tuple[Found, Found, Found | None] | None:
    """The start, end and place of a header line that opens with a time range, right below the
    dated lines of the head. A schedule (the next line opens with a range too) is not one."""
    hits = folded.matching(_OPENING_RANGE, min(end, 12))
    if not hits:
        return None
    i = hits[0]
    nxt = next((j for j in range(i + 1, min(len(parts), i + 4)) if parts[j].text.strip()), None)
    if nxt is not None and nxt in hits:
        return None  # "09:00 - 10:00 Välkomna" / "10:00 - 11:30 ...": a programme
    if not any(find_dates(parts[j].text) for j in range(max(0, i - 4), i)):
        return None  # the head's date stands right above its time
    part = parts[i]
    rng = find_time_range(part.text)
    if rng is None or part.text[: rng[0].start].strip(" \tklK."):
        return None
    venue = None
    m = _PLACE_AFTER_RANGE.match(part.text, rng[1].end)
    if m and len(m.group(1).split()) <= 10 and not find_dates(m.group(1)) and not _platform(m.group(1)):
        venue = Found(m.group(1), part.start + m.start(1), part.start + m.end(1))
    return _shift(rng[0], part.start), _shift(rng[1], part.start), venue


_SESSION = re.compile(r"(?i)\b(" + "|".join(w.SESSION_MEETING_WORDS) + r")\s+(?:(?:kl\.?|klockan)\s*)?(?=\d)")


def meeting_session(value: str) -> tuple[Found, Found, Found | None] | None:
    """The meeting's own part of a time value that lists several sessions.

    "lunch 12-13, hotell forsen, Vindeln möte 13-17, Vindelns kommunkontor, KS sammanträdesrum"
    gives 13:00, 17:00 and the place written after the meeting's range.
    """
    if not _digit_before_range_sign(value, casefold(value)) or len(_TIME_RANGE.findall(value)) < 2:
        return None
    for m in _SESSION.finditer(value):
        rng = find_time_range(value[m.end():], bare_hours=True)
        if rng is None or rng[0].start > 0:
            continue
        start, stop = _shift(rng[0], m.end()), _shift(rng[1], m.end())
        after = value[stop.end:]
        place = re.match(r"\s*,\s*([^;]+?)\s*(?=$|;|\.(?:\s|$)|,?\s+(?:" + "|".join(w.SESSION_WORDS) + r")\s+\d)",
                         after, re.IGNORECASE)
        venue = None
        if place and place.group(1).strip():
            venue = Found(place.group(1).strip(), stop.end + place.start(1), stop.end + place.end(1))
        return start, stop, venue
    return None


_WHEN_WORD = re.compile(
    rf"(?i)(?:(?:{_MONTH_RE}|{_WEEKDAY_RE})(?:en)?\b\.?|den\b|kl\.?|klockan\b|(\d{{1,2}}[.:]\d{{2}})(?!\d)|\d{{1,2}}\b)"
    r"[\s,–-]*")


def leading_when(value: str) -> tuple[int, list[Found]]:
    """Where the words of time that open a place value end, and the clock times among them.

    A stored copy puts the date and time cells before the place: "Augusti Söndag 10:00 Måndag
    13:00 Scandic Elmia, Jönköping" gives the offset of "Scandic" and 10:00, 13:00. Words of time
    without a clock time or a month or weekday are not stripped ("12 Storgatan" stays whole).
    """
    pos = 0
    clocks: list[Found] = []
    named = False
    while pos < len(value):
        m = _WHEN_WORD.match(value, pos)
        if not m or m.end() == pos:
            break
        if m.group(1):
            v = hhmm(m.group(1))
            if v:
                clocks.append(Found(v, m.start(1), m.end(1)))
        elif not _RX_LEADING_WHEN_1.match(m.group(0)):
            named = True
        pos = m.end()
    if not (clocks and named) or pos >= len(value) or not value[pos:pos + 1].isupper():
        return 0, []
    return pos, clocks


# A session after the first whose dash was lost as the first one's was: "kl. 09.00 12.30, 13.30 14.40".
_SESSION_LOST_DASH = re.compile(r"(\d{1,2}[.:]\d{2})\s+(\d{1,2}[.:]\d{2})(?![\d.:]*\d)")
_CLOCK_THEN_SPACE = re.compile(r"\d[.:]\d\d\s+$")


def _last_of_sessions(text: str, end: Found) -> Found:
    """The end of the last of ranges written in a row: "kl 09.00-12.00, 14.30-16.30" and "kl 08.30-12.30;
    13.30-16.40" end at 16:30 and 16:40; "kl. 09.00 12.30, 13.30 14.40", each dash lost, at 14:40."""
    lost = bool(_CLOCK_THEN_SPACE.search(text, 0, end.start))
    while True:
        m = _RX_LAST_OF_SESSIONS_1.match(text[end.end:])
        if not m:
            return end
        rest = text[end.end + m.end():]
        rng = find_time_range(rest, bare_hours=True)
        if rng is None and lost:
            two = _SESSION_LOST_DASH.match(rest)
            start, stop = (hhmm(two.group(1)), hhmm(two.group(2))) if two else (None, None)
            if two and start and stop and start < stop:
                rng = Found(start, two.start(1), two.end(1)), Found(stop, two.start(2), two.end(2))
        if not rng or rng[0].start != 0 or rng[0].value < end.value:
            return end
        end = _shift(rng[1], end.end + m.end())


def _bare_time(text: str) -> Found | None:
    m = _RX_BARE_TIME_1.fullmatch(text)
    if m and hhmm(m.group(1)):
        return Found(hhmm(m.group(1)) or "", m.start(1), m.end(1))
    return None


_PLATFORM_RE = re.compile(r"(?i)\b(" + "|".join(sorted((re.escape(p) for p in w.ONLINE_PLATFORMS), key=len, reverse=True))
                          + r")")
_ONLINE_RE = re.compile(r"(?i)\b(" + "|".join(re.escape(o) for o in sorted(w.ONLINE_WORDS, key=len, reverse=True))
                        + r")\b")
_MEETING_HELD_ONLINE = re.compile(
    r"(?i)\b(?:mötet|sammanträdet|dagens möte|sammankomsten)\s+(?:hölls|genomfördes|genomförs|hålls|sker|skedde|"
    r"äger rum|ägde rum)\s+(?:helt\s+)?(?:digitalt|på distans|online|via\s+(teams|zoom|skype|webex)|"
    r"som\s+(?:ett\s+)?(?:digitalt|videomöte))")
# "Presidiekonferensen genomfördes nu för första gången helt digitalt via Zoom": the subject
# must be a meeting ("...mötet", "...konferensen"), not "Utbildningen genomfördes via Teams".
_HELD_ONLINE = re.compile(
    r"(?i)\b[^\W\d_]*(?:mötet|möte|sammanträdet|konferensen|träffen|forumet|sammankomsten)\s+"
    r"(?:[^\W\d_]+\s+){0,3}?(?:genomfördes|genomförs|hölls|hålls|sker|skedde|äger rum|ägde rum)\b[^.\n]{0,60}?"
    r"\b(?:(?:helt\s+)?digitalt|via|på|över|i)\s+(?:(teams|zoom|skype|webex)|(länk|videolänk))"
)

# The body itself as the subject of a meeting held online, in the definite form ("rådet",
# "Tillgänglighetsrådet", "nämnden", "styrelsen"), and the platform named later in the same
# sentence: "Då rådet hölls digitalt så fick ledamöterna presentera sin närvaro genom Teams".
# "digitalt" is required: "Styrelsen hålls informerad via Teams" is no meeting held online.
_BODY_HELD_ONLINE = re.compile(
    r"(?i)\b[^\W\d_]*(?:rådet|nämnden|styrelsen|gruppen|utskottet|forumet|direktionen)\s+"
    r"(?:genomfördes|genomförs|hölls|hålls)\s+(?:helt\s+)?digitalt\b"
    r"(?:[^.\n]{0,80}?\b(?:via|genom|på|över|i)\s+(teams|zoom|skype|webex)\b)?")
# Every member taking part from afar, so the meeting itself was held online: "samtliga ledamöter deltar på distans",
# "Alla deltagare deltog digitalt", "samtliga ledamöter och ersättare närvarar via Teams". Group 1 the platform.
_ALL_ATTEND_REMOTELY = re.compile(
    r"(?i)\b(?:samtliga|alla)\s+(?:ledamöter(?:na)?|deltagare(?:na)?|mötesdeltagare(?:na)?|närvarande)"
    r"(?:\s+och\s+(?:ersättare|tjänstepersoner|tjänstemän)(?:na)?)?\s+(?:deltar|deltog|deltager|medverkar|medverkade"
    r"|närvarar|närvarade|sitter|satt)\s+(?:helt\s+)?(?:på\s+distans|digitalt|via\s+(?:länk|(teams|zoom|skype|webex)))\b")
_BODY_SUBJECT_ENDINGS = ("rådet", "nämnden", "styrelsen", "gruppen", "utskottet", "forumet", "direktionen")

# Words each of these patterns needs, as they appear in the case-folded text: a line without any
# is not searched (the unanchored searches are slow). None holds an "i": under IGNORECASE "ı" and
# "İ" match it, and their case folds do not contain it.
_HELD_VERBS = ("genomfördes", "genomförs", "hölls", "hålls", "sker", "skedde", "äger rum", "ägde rum")
# Fewer words that find at least the lines holding one of `_HELD_VERBS` (each word is one search of
# the whole text); a line they find without a verb fails both patterns, which need one.
_HELD_VERB_STEMS = ("genomför", "hölls", "hålls", "ske", "äger rum", "ägde rum")
_HELD_ONLINE_MEANS = ("teams", "zoom", "skype", "webex", "länk")
_MEETING_WORDS = ("möte", "sammanträdet", "sammankomsten")  # `_MEETING_HELD_ONLINE`'s subjects
# `_MEETING_HELD_ONLINE`'s ways: "digitalt", "på distans", "online", "via Teams", "som videomöte"
# (by parts without an "i")
_ONLINE_MEANS = ("talt", "stans", "onl", "teams", "zoom", "skype", "webex", "som")
_GATHERING_WORDS = ("möte", "sammanträdet", "konferensen", "träffen", "forumet", "sammankomsten")  # `_HELD_ONLINE`'s
_HELD_AT_WORDS = ("äger", "ägde", "var", "höll", "träffades", "samlades")  # `_HELD_AT`'s verbs
# `_PLATFORM_RE` needs one of these; "jitsi" by its "tsi", which has no "i" before it that
# IGNORECASE could match as "ı" or "İ" (whose case folds are not "i") and ends in one that
# either folds to or starts with.
# A platform in brackets right after a clock: "kl. 18:30 20:30 (lync)", "kl 19.00 (via Teams)". Group 1 the platform.
_PLATFORM_AFTER_CLOCK = re.compile(r"(?i)\b\d{1,2}[.:]\d{2}\s*\(\s*(?:via\s+|på\s+|i\s+)?("
                                   + "|".join(sorted((re.escape(p) for p in w.ONLINE_PLATFORMS), key=len, reverse=True))
                                   + r")\s*\)")
_PLATFORM_WORDS = (*(p for p in w.ONLINE_PLATFORMS if "i" not in p), "tsi", "tsı", "scord")
_DNR_WORDS = ("dnr", "enr", "enummer")  # "dnr", "diarienr", "diarienummer", "ärendenummer"


# Where the meeting took place, said in a sentence: "Sammanträdet, som äger rum i Finansdepartementets
# lokal Stora Björn i Stockholm, öppnas", "Idag ... var det Presidiemöte på ICL i Kista."
_HELD_AT = re.compile(
    r"(?i)\b(?:mötet|sammanträdet|sammankomsten|[^\W\d_]*mötet)(?:,?\s+som)?\s+(?:äger|ägde)\s+rum\s+(?:i|på|hos)\s+"
    r"((?-i:[A-ZÅÄÖ])[^,.;:!?]{2,80})"
    r"|\bvar\s+det\s+[^\W\d_]*(?:möte|sammanträde)\s+(?:i|på|hos)\s+((?-i:[A-ZÅÄÖ])[^,.;:!?]{1,80})"
    # "Som vanligt höll vi till i gamla Barkarbyfabriken, på restaurant Prince Pallas.": told in the past
    r"|\b(?:höll\s+vi\s+till|vi\s+höll\s+till|träffades\s+vi|vi\s+träffades|samlades\s+vi|vi\s+samlades)"
    r"\s+(?:i|på|hos)\s+([^\W\d_][^.;:!?\n]{1,80})")


def _may_say_held_at(low: str) -> bool:
    """Whether a case-folded line holds the words one of `_HELD_AT`'s three ways needs ("äger rum",
    "var det ...möte", "höll vi till"); none holds an "i", nor a letter IGNORECASE matches otherwise
    than its case fold does."""
    return (("rum" in low and ("äger" in low or "ägde" in low))
            or ("var" in low and "det" in low and ("möte" in low or "sammanträde" in low))
            or "höll" in low or "träffades" in low or "samlades" in low)


# A head line that only says the meeting was held at a distance: "Digitalt möte", "Distansmöte",
# "Mötet hölls digitalt." is `_MEETING_HELD_ONLINE`'s; a platform's name is `_PLATFORM_RE`'s.
_ONLINE_FORM_LINE = re.compile(
    r"(?i)[\s*_#>-]*((?:digitalt|digital|online|video|distans)[\s-]*(?:möte|sammanträde)"
    r"|(?:möte|sammanträde)\s+(?:digitalt|online|på\s+distans))[\s*_.]*")


# The meeting's day after a meeting word that says it was held at a distance, in the head: "Rapport från digitalt
# styrelsemöte den 7 december 2020", "Protokoll fört vid digitalt årsmöte 2021-04-20". Group 1 "digitalt".
_DIGITAL_MEETING_OF_DAY = re.compile(r"(?i)\b(digitalt|digital)\s+[^\W\d_]*(?:möte|sammanträde|stämma)\b")


def _platform(text: str) -> str | None:
    m = _PLATFORM_RE.search(text)
    if m:
        return w.ONLINE_PLATFORMS[m.group(1).casefold()]
    if _ONLINE_RE.search(text):
        return "digital"
    if "#" in text and _CHAT_CHANNEL.match(text):
        return "IRC"  # "Plats: #kvastskaft på Wotnet": a chat channel (IRC's "#name"), held online
    return None


# A place value that opens with a chat channel's name: "#kvastskaft på Wotnet", "#styrelsen (Quakenet)".
_CHAT_CHANNEL = re.compile(r"\s*#[A-Za-zÅÄÖåäö][\w.-]{2,}(?:\s|$|[,(])")


# An attendance label (capitalised, as a list heading) after the place ends the venue on a run-on line.
_VENUE_RUNS_INTO_LIST = re.compile(
    r"[\s,]+(?:Ledamöter|Närvarande|Beslutande|Deltagare|Frånvarande|Ersättare|Kallade|Övriga deltagande"
    r"|Övriga närvarande|Tjänstgörande)\b")


# A members' label whose first word a scan misread ("Näruarande ledamöter", "Tjänstgörande ledamöter"),
# at the end of a place value cut before the list's first name.
_VENUE_RUNS_INTO_MEMBERS = re.compile(r"[\s,]+[A-ZÅÄÖ][a-zåäö]+\s+ledamöter\s*$")
# The column heads of an attendance table ticked with crosses, run on after the place: "Plats: Kommunkansliet
# Ordinarie ledamot Närv. Suppleant, personlig ersättare Närv." (a member's column, then "present").
_VENUE_RUNS_INTO_TABLE_HEAD = re.compile(r"[\s,]+Ordinarie\s+(?:ledamot|ledamöter|medlem|medlemmar)\b")
# A place value longer than this may have run on into an attendance list.
_LONG_PLACE = 60
# "kl" without its digits, before a capitalised word (the next label) or the end.
_LOST_TIME = re.compile(r"[\s,]*\b(?:[Kk]l\.?|[Kk]lockan)(?=\s+[A-ZÅÄÖ]|\s*$)")
# What a place runs on into on a flattened line: the tail of a cut attendance label before a name
# ("..., vån 1 ande Håkan Wretling, ..." where "Närvarande" lost its head), or a clause about the
# occasion ("Badhotellet i Tranås i samband med nämndens internat").
_LABEL_TAILS = frozenset(
    word[k:] for word in ("närvarande", "frånvarande", "deltagare", "deltagande", "beslutande", "ledamöter",
                          "ersättare", "adjungerade", "suppleanter") for k in range(2, len(word) - 3))
_RUN_ON_TAIL = re.compile(r"\s([a-zåäö]{3,})\s+(?=[A-ZÅÄÖ][a-zåäö-]+\s+[A-ZÅÄÖ][a-zåäö-]+)")
_RUN_ON_CLAUSE = re.compile(r"[\s,]+(?:i samband med|med anledning av)\b")
# The next label of a head line after the place: a capitalised word or two and a colon ("Värd:",
# "Mötesledare:", "Tid:"), a value after it ("S:t Larsgatan" has no space after its colon).
_RUN_ON_LABEL = re.compile(r"[\s,;]+[A-ZÅÄÖ][a-zåäö]+(?:\s+[a-zåäö]+)?:\s+(?=\S)")


# The first agenda item after the place on a flattened line: "Post Hotel Göteborg 1 Mötets öppnande ...".
_FIRST_ITEM = re.compile(r"\s+(?:§\s*)?1[.:)]?\s+(?=[A-ZÅÄÖ])")


# What is left before a place when a time's digits were lost: "klockan , i Bolstadsrummet", ", kl. på Stadshuset".
_PLACE_AFTER_LOST_TIME = re.compile(r"(?i)(?:(?:kl\.?|klockan)\s*)?[,\s]*(?-i:i|på)\s+(?=[A-ZÅÄÖ])")


def _first_item_cut(value: str, cut: int) -> int:
    """Where a place value (up to `cut`) runs on into the agenda: an item "1" whose title opens the
    meeting or begins its business within a few words ("1 Mötets öppnande", "§ 1 Val av justerare")."""
    if len(value) < 40:
        return cut  # a short value holds no agenda ("Konferensrum 1", "Sal 1 Stadshuset")
    for m in _FIRST_ITEM.finditer(value, 0, cut):
        if m.start() > 0 and any(word in value[m.end(): m.end() + 40].casefold() for word in w.FIRST_ITEM_WORDS):
            return m.start()
    for m in _LATER_ITEM.finditer(value, 0, cut):
        # "Konserthuset i Växjö 37 Landstingsfullmäktiges öppnande": a year's running paragraph numbers
        # go on from the last meeting; only the opening item itself, in its first two words, counts
        title = value[m.end():].split(None, 2)[:2]
        if m.start() > 0 and any(word.casefold().startswith(_OPENING_ITEM_WORDS) for word in title):
            return m.start()
    return cut


_LATER_ITEM = re.compile(r"\s+(?:§\s*)?\d{1,3}[.:)]?\s+(?=[A-ZÅÄÖ])")
# and the Finland-Swedish opening item: "57 Konstatera sammanträdets laglighet och beslutförhet", "Laglighet och ..."
_OPENING_ITEM_WORDS = ("öppnande", "öppnas", "upprop", "konstatera", "laglighet")


def _run_on_cut(value: str, cut: int) -> int:
    """Where a place value (up to `cut`) runs on into a cut label and a list, or into a clause."""
    if " " not in value:
        return cut
    clause = _RUN_ON_CLAUSE.search(value, 0, cut)
    if clause and clause.start() > 0:
        cut = clause.start()
    label = _RUN_ON_LABEL.search(value, 0, cut) if ":" in value else None
    if label and label.start() > 0:  # "Kvarteret Kronoberg, Stockholm Värd: Polisen": the next label
        cut = label.start()
    for m in _RUN_ON_TAIL.finditer(value, 0, cut):
        if m.group(1) in _LABEL_TAILS:
            return m.start()
    last = _LAST_LOWER_WORD.search(value, 0, cut)
    if last and last.start() > 0 and last.group(1) in _LABEL_TAILS and value[cut:].lstrip(" ,")[:1].isupper():
        return last.start()  # "..., Växjö ande Ledamöter Roland ...": the cut label before the next label
    return cut


_LAST_LOWER_WORD = re.compile(r"\s([a-zåäö]{3,})\s*$")


_LEADING_WEEKDAY_DEN = re.compile(rf"(?i)^(?:(?:{_WEEKDAY_RE})(?:en)?\s*,?\s*)?(?:den\s+)?")
_WEEKDAY_DAY = re.compile(rf"(?i)[\s,]+\b(?:{_WEEKDAY_RE})(?:en)?\s+(?:den\s+)?\d{{1,2}}\b")


# A meeting link in a venue value: "Plats: Teams (länk: https://teams.microsoft.com/...)".
_LINK = re.compile(r"(?i)(?:\(?\s*(?:länk|mötes?länk|link)\s*:?\s*)?(?:https?://|www\.)\S+")
_LINK_LEAD = re.compile(r"(?i)[\s,;:(]*(?:\b(?:se|via|på|länk|anslut)\b[\s:]*)?$")
# A venue value that opens with the meeting's form: "Hybridmöte – Kommunhuset och Teams", "Hybrid: Kårhuset".
_HYBRID_LEAD = re.compile(r"(?i)\s*(?:hybridmöte|hybridsammanträde|hybrid|fysiskt\s+möte)\s*(?:[-–—:,]\s*|\s+i\s+|\s+på\s+)")


def _under_dated_heading(parts: list[Part], i: int, meeting_date: str | None) -> bool:
    """Whether the part above `i` is a short heading dated otherwise than the meeting ("Årsmötet 17
    februari 2009"): a label below it gives that occasion's place."""
    above = next((q.text.strip() for q in reversed(parts[max(0, i - 3):i]) if q.text.strip()), "")
    if not 0 < len(above.split()) <= 8 or _label_value(above, _LB_DATE_TIME_VENUE, loose=True) or _is_label_line(above):
        return False  # "Datum: 2022-03-15" above "Plats:" is the head's own
    dates = find_dates(above)
    if dates:
        return all(f.value != meeting_date for f in dates)
    return bool(_DAY_MONTH.search(above))


# The time after a venue value's leading date: "kl 13.00", "klockan 10.30 12.00" (a dash a PDF copy dropped).
_TIME_AFTER_LEADING_DATE = re.compile(r"(?i)[\s,]*(?:(?:klockan|kl\.?)\s*)?(?:\d{1,2}(?:[.:]\d{2})?"
                                      r"(?:\s*[-–]\s*(?:ca\.?\s*)?\d{1,2}(?:[.:]\d{2})?"
                                      r"|(?<=\d[.:]\d\d)\s+\d{1,2}[.:]\d{2}(?![\d.:]\d))?)?[\s,;]*")


# A day and month without a year after the place: "Östersund den 28 april och 29 april" (the year in the title).
_DEN_DAY_MONTH = re.compile(rf"(?i)\s+den\s+\d{{1,2}}(?::?e|:a)?\s+(?:{_MONTH_RE})\b")


# The rest of a label "Tid och plats för sammanträdet" before the place, the label split around its value on a
# flattened form: "för Styrelserummet, Landstingshuset", "för sammanträdet Stadshuset".
_LABEL_FOR_RESIDUE = re.compile(r"\s*för\s+(?:(?i:sammanträdet|mötet)\s+)?(?=[A-ZÅÄÖ])")


def _venue_of(value: str, base: int) -> tuple[Found | None, Found | None] | None:
    """The place (or platform) a venue value gives, the value starting at `base` in `clean`: dates,
    times and what the place runs on into cut off; None if nothing is left."""
    value = ocr_hours(value.rstrip())
    list_label = _LEADING_LIST_LABEL.match(value)
    if list_label:  # "Beslutande Styrelserummet, Landstingshuset, Östersund": a label of the column before the place
        value, base = value[list_label.end():], base + list_label.end()
    lead_end = leading_when(value)[0]
    if lead_end:  # "Augusti Söndag 10:00 Måndag 13:00 Scandic Elmia, Jönköping"
        value, base = value[lead_end:], base + lead_end
    # "Ordförande - Rügen, Rådhuset Visborg. Ledamöter - distans.": who sat where, some members remote
    remote: Found | None = None
    seat = _SEAT_LEAD.match(value)
    if seat and value[seat.end():].strip():
        value, base = value[seat.end():], base + seat.end()
        for other in _SEAT_OTHER.finditer(value):
            platform = _platform(other.group(1)) or ("digital" if "distans" in other.group(1).casefold() else None)
            if platform:
                remote = Found(platform, base + other.start(1), base + other.end(1))
                value = value[: other.start()]
                break
    # "2019-03-12 kl 13.00, Kommunhuset": date and time first, the place after them
    lead_when = _LEADING_WEEKDAY_DEN.match(value)
    dates = find_dates(value)
    if dates and lead_when and dates[0].start <= lead_when.end():
        after = _TIME_AFTER_LEADING_DATE.match(value[dates[0].end:])
        skip = dates[0].end + (after.end() if after else 0)
        value, base = value[skip:], base + skip
    elif (yearless := _WEEKDAY_DATE.match(value)) and not yearless.group(4):
        # "Onsdag 19 december kl Sunnerbo, Regionförbundet, ...": a day without its year, the place after it
        after = _TIME_AFTER_LEADING_DATE.match(value[yearless.end():])
        skip = yearless.end() + (after.end() if after else 0)
        if value[skip:].strip():
            value, base = value[skip:], base + skip
    rng = find_time_range(value)
    if rng and not _LEAD_CLOCK_WORD.sub("", value[: rng[0].start]).strip() and value[rng[1].end:].strip(" ,;"):
        # "09.00-12.00 Järvsöbaden Paragrafer 102-111": the hours first, the place after them
        skip = rng[1].end + len(value[rng[1].end:]) - len(value[rng[1].end:].lstrip(" ,;"))
        value, base = value[skip:], base + skip
        label = _PLACE_RUNS_INTO_LABEL.search(value)
        if label and label.start() > 0:
            value = value[: label.start()]
        rng = find_time_range(value)
    cut = len(value)
    if rng:
        kl = _RX_FIND_VENUE_2.search(value[: rng[0].start])
        cut = kl.start() if kl else rng[0].start
    else:
        clock = _RX_FIND_VENUE_3.search(value)
        if clock:
            cut = clock.start()
    lost = _LOST_TIME.search(value, 0, cut)
    if lost and lost.start() > 0:  # "Borås, kl Omfattning 1-17": the time's digits lost, a label follows
        cut = lost.start()
    weekday = _WEEKDAY_DAY.search(value[:cut])
    if weekday and weekday.start() > 0:  # "Folkets Hus i Borås Lördagen den 21 april"
        cut = weekday.start()
    dates = find_dates(value[:cut])
    if dates and dates[0].start > 0:
        head = _WEEKDAY_DEN.sub("", value[: dates[0].start])
        cut = len(head)
    yearless = _DEN_DAY_MONTH.search(value, 0, cut)
    if yearless and yearless.start() > 0:  # "Styrelserummet, Landstingshuset, Östersund den 28 april och 29 april"
        cut = yearless.start()
    if cut > _LONG_PLACE and "(" in value[:cut]:
        party = _PARTY_ENTRY.search(value, 0, cut)
        if party and party.start() > 0:  # "GR Näruarande ledamöter Derya Tumayer (MP), Göteborg, ...": a list
            cut = party.start()
    label = _VENUE_RUNS_INTO_LIST.search(value[:cut]) or _VENUE_RUNS_INTO_MEMBERS.search(value[:cut])
    table_head = _VENUE_RUNS_INTO_TABLE_HEAD.search(value[:cut]) if "Ordinarie" in value else None
    if table_head and (label is None or table_head.start() < label.start()):
        label = table_head  # "Kommunkansliet Ordinarie ledamot Närv. Suppleant, personlig ersättare": the table's heads
    if label and label.start() > 0:  # "Kommunstyrelsens sammanträdesrum Ledamöter Gunilla Åström ..."
        cut = label.start()
    cut = _first_item_cut(value, cut)
    cut = _run_on_cut(value, cut)
    value = value[:cut].rstrip(" ,;.")
    value = _RX_FIND_VENUE_4.sub("", value)  # "..., Norrtälje, kl" / "15.00-16.00"
    hybrid = _HYBRID_LEAD.match(value)
    if hybrid and hybrid.end() < len(value):  # "Hybridmöte – Kommunhuset och Teams": the form first
        value, base = value[hybrid.end():], base + hybrid.end()
    residue = _LABEL_FOR_RESIDUE.match(value)
    if residue and residue.end() < len(value):  # "Tid och plats för Styrelserummet, ... Sammanträdet": the label split
        value, base = value[residue.end():], base + residue.end()
    lead = len(value) - len(value.lstrip())
    value = value.strip()
    lost_time = _PLACE_AFTER_LOST_TIME.match(value)
    if lost_time:  # "den 24 oktober 2018, klockan , i Bolstadsrummet": the time's digits lost, the place kept
        value, lead = value[lost_time.end():], lead + lost_time.end()
    if not value:
        return None
    venue: Found | None = None
    online: Found | None = None
    link = _LINK.search(value)
    if link:  # "Zoom, https://zoom.us/j/123": the link says the platform, never the place
        platform = _platform(value)
        value = _LINK_LEAD.sub("", value[: link.start()])
        if not value.strip():
            return (None, Found(platform, base + lead + link.start(), base + lead + link.end())) if platform else None
    platform = _platform(value)
    if platform == "IRC" and _CHAT_CHANNEL.match(value):
        return None, Found(platform, base + lead, base + lead + len(value))  # "#styrelsen (Quakenet)": the channel
    if platform:
        online = Found(platform, base + lead, base + lead + len(value))
        pieces = _RX_FIND_VENUE_5.split(value)
        if len(pieces) == 1 and "," in value:  # "Stadshuset, sal A, Teams": the place, then the platform
            cells = value.split(",")
            first_platform = next(k for k, c in enumerate(cells) if _platform(c) or k == len(cells) - 1)
            place = ",".join(cells[:first_platform]).strip(" ,")
            if (place[:1].isupper() and _platform(cells[first_platform]) and not _is_remote_form(place)
                    and not _MEETING_CODE.search(place)):
                k = value.find(place)
                return Found(place, base + lead + k, base + lead + k + len(place)), online
        # A place is named ("Kårhuset", "hos Anna"); "länk i kallelsen" beside the platform is no place.
        physical = [p for p in pieces if p.strip() and not _platform(p)
                    and (p.strip()[:1].isupper() or p.strip()[:1].isdigit() or p.strip().startswith("hos "))]
        if physical and len(physical) < len(pieces):
            v = physical[0].strip(" ,")
            k = value.find(v)
            venue = Found(v, base + lead + k, base + lead + k + len(v))
    elif _is_remote_form(value):
        return None  # "Plats: Telefonmöte": held by telephone, no place and no platform
    else:
        venue = Found(_RX_FIND_VENUE_6.sub(", ", value), base + lead, base + lead + len(value))
    return venue, online or remote


# An attendance list's label before a place with a comma, in a flattened label column ("Beslutande Styrelserummet,
# Landstingshuset, Östersund"): `_venue_of`, the venue after labels and `tidied_venue` drop it.
_LEADING_LIST_LABEL = re.compile(r"(?:" + "|".join(w.PLACE_LEADING_LIST_LABELS) + r")\s+(?=[A-ZÅÄÖ][^,\s]*(?:\s+\S+)?,)")


# Who sat where in a hybrid meeting's "Plats" value, a group and a dash or colon before each place:
# "Ordförande - Rügen, Rådhuset Visborg. Ledamöter - distans.", "Presidiet: Stadshuset; övriga: Teams".
_SEAT_GROUPS = (r"(?:ordförande|ordföranden|presidiet|presidium|sekreterare|ledamöter|ledamöterna|ersättare|"
                r"ersättarna|övriga|övriga ledamöter|tjänstepersoner|tjänstemän)"
                r"(?:\s+(?:och|samt)\s+[a-zåäö]+)?")
_SEAT_LEAD = re.compile(rf"(?i)\s*{_SEAT_GROUPS}\s*[-–:]\s+(?=\S)")
_SEAT_OTHER = re.compile(rf"(?i)[.;,]\s*{_SEAT_GROUPS}\s*[-–:]\s*([^.,;]+)")


# What a platform's joining details say ("Meeting ID 123", "lösenord 4567"): no place.
_MEETING_CODE = re.compile(r"(?i)\b(?:meeting|möte|mötes)?\s*(?:id|kod|code|lösenord|passcode|password|pin|länk|link)\b")


# A line that opens with a label of its own, one to three words and a colon: "Mötet börjar: Kl 11.55".
_LABEL_SHAPED = re.compile(r"\s*[^\W\d_]+(?:\s+[^\W\d_]+){0,2}\s*:(?:\s|$)")


# "kl" or "klockan" before the hours that open a value.
_LEAD_CLOCK_WORD = re.compile(r"(?i)^\s*(?:kl\.?|klockan)\s*")
# A head label the place runs on into after hours that opened the value: "Järvsöbaden Paragrafer 102-111".
_PLACE_RUNS_INTO_LABEL = re.compile(r"[\s,]+(?:Paragrafer|Paragraf|Utses att justera|Justerare|Sekreterare|Beslutande"
                                    r"|Ledamöter|Närvarande)\b")


# What may follow a venue label in a label column without being a value: "Plats och tid för sammanträdet".
_LABEL_TAIL = re.compile(r"(?i)\s*(?:för|av)\s+(?:sammanträdet|mötet|sammankomsten)\s*")


# A line that is a label alone: "Tid:", "Plats:", "Omfattning:", "Dag och tid:".
_LABEL_ONLY_LINE = re.compile(r"\s*[A-ZÅÄÖa-zåäö][\w/-]*(?:\s+[\w/-]+){0,3}\s*:\s*")
_STACKED_COLUMN_MAX = 6


def _stacked_column_value(parts: list[Part], i: int, end: int) -> Part | None:
    """The value of the empty label at part `i` when labels stand one a line in a column and their values follow
    one a line in the same order ("Tid:" / "Plats:" / "Omfattning:" / "2014-04-25, 8.30 – 12.00" / "Borås, Solhem,
    Syster Tora" / "p 9 - 19// 2014"): the value line as far below the last label as the label below the first. Three
    labels at least (two are read by `_find_venue`'s line below), and as many value lines, none a label."""
    first = last = i
    while first > 0 and i - first < _STACKED_COLUMN_MAX and _LABEL_ONLY_LINE.fullmatch(parts[first - 1].text):
        first -= 1
    while last + 1 < end and last - i < _STACKED_COLUMN_MAX and _LABEL_ONLY_LINE.fullmatch(parts[last + 1].text):
        last += 1
    count = last - first + 1
    if count < 3 or last + count >= end:
        return None
    values = parts[last + 1: last + 1 + count]
    if any(not v.text.strip() or v.text.rstrip().endswith(":") or _is_label_line(v.text) for v in values):
        return None
    return values[i - first]


def _venue_in_label_column(parts: list[Part], i: int, end: int) -> Found | None:
    """The place of a flattened front page whose labels stand in a column before the values:
    "Plats och tid" / "Beslutande Ej beslutande" / "Övriga deltagare Kommunkontoret, rum Storsjön,
    tisdag den 23 maj 2006, kl ...": the first value after the labels, when a date follows it."""
    for nxt in parts[i + 1: min(end, i + 5)]:
        if not nxt.flat:
            return None
        lab = label_of(nxt.text, colon_required=False)
        cell = _FRONT_PAGE_LABEL.match(nxt.text) if not lab else None
        if not lab and not cell:
            return None
        at = lab[1] if lab else cell.end() if cell else 0  # "Utses att justera Norrtäljesalen, ...": another label
        value = nxt.text[at:]
        if not value.strip():
            continue
        dates = find_dates(value[:120])
        if not dates and len(value.split()) <= 3:
            continue  # "Beslutande Ej beslutande": another label cell
        if not dates or not value[: dates[0].start].strip(" ,"):
            return None
        if cell and not value[: dates[0].start].strip()[:1].isupper():
            return None  # "Utses att justera, 36 Måndagen den 16 november": the checker's value lost, no place
        got = _venue_of(value[: dates[0].end], nxt.start + at)
        return got[0] if got else None
    return None


# The first attendee of a flattened list with a party: "Suzanne Frank (M)", "Bo Johansson, Älvsbyn, (s",
# "Marie-Louise Hilmersson, (c)": two words, so that a place's last word ("Linneryd Marie-Louise
# Hilmersson, (c)") stays the place's. What stands before it in a label's value is the place.
_PARTY_ENTRY = re.compile(
    r"(?<!\S)[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?\s+[A-ZÅÄÖ][a-zåäöéü]+"
    r"(?:-[A-ZÅÄÖ][a-zåäöéü]+)?(?:\s*,\s*[A-ZÅÄÖ][\w-]+)?\s*,?\s*\((?i:m|s|c|kd|l|fp|v|mp|sd)(?![\w])")
_COLUMN_LABEL_WORDS = frozenset(w.VENUE_COLUMN_LABEL_WORDS)
# The same with a role between the name and the party: "Annelill Davidsson, ordförande (c)", "Gerd Lansler,
# 1:a vice ordförande (kd)".
_ROLE_PARTY_ENTRY = re.compile(
    r"(?<!\S)[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?\s+[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?"
    r"\s*,\s*(?:\d:[ae]\s+)?(?:vice\s+)?(?:ordförande|ledamot|ersättare)\s*\((?i:m|s|c|kd|l|fp|v|mp|sd)\)")


def only_label_words(value: str) -> bool:
    """Tell whether a venue label's value holds nothing but other labels' words ("ande Ledamöter",
    "och tid", ""): the labels of a flattened column, the values coming after them."""
    return all(word.casefold() in _COLUMN_LABEL_WORDS or word.casefold() in _VENUE_TIME_LABEL_WORDS
               for word in value.split())


_VENUE_TIME_LABEL_WORDS = frozenset(w.VENUE_LABEL_TIME_WORDS)


# What else may follow the place in a flattened attendance label's value: the list given by reference ("Ledamöter:
# Kulturhuset Fregatten Se bilaga", "... Enligt bifogad närvarolista"), or the head's clock with its figures lost
# ("Beslutande Gymnasiekontoret, Laboratorgränd 5, kl (Teknikcollege ..."): the place ends before it.
_LIST_BY_REFERENCE = re.compile(r"\s+(?:[Ss]e|[Ee]nligt)\s+(?:bifogad\s+)?(?:bilaga|bilagan|närvarolista|närvarolistan|förteckning)\b")
_PLACE_THEN_LOST_CLOCK = re.compile(r"[\s,]+(?:kl|[Kk]lockan)\.?(?=\s*(?:$|[^\s\d.:]))")


def venue_before_names(value: str) -> Found | None:
    """The place that opens an attendance label's value in a flattened front page whose labels stand
    before their values ("Närvarande ledamöter Oden, Sigfridsområdet, Växjö Suzanne Frank (M), ..."):
    what comes before the first attendee with a party, when it is a short capitalised place."""
    lead = len(value) - len(value.lstrip())
    words = value[lead:].split(None, 3)
    k = 0
    while k < min(len(words) - 1, 2) and words[k].casefold() in _COLUMN_LABEL_WORDS:
        k += 1  # "Sekreterare Kronobergsrummet, ...": another label of the column before the place
    if k:
        lead = value.index(words[k], lead)
    found = [m for m in (_PARTY_ENTRY.search(value, lead), _ROLE_PARTY_ENTRY.search(value, lead),
                         _LIST_BY_REFERENCE.search(value, lead), _PLACE_THEN_LOST_CLOCK.search(value, lead)) if m]
    m = min(found, key=lambda f: f.start()) if found else None
    if not m or m.start() <= lead:
        return None
    head = value[lead: m.start()].rstrip(" ,")
    paren = head.find("(")
    if paren >= 0:  # "Tunasalen, stadshuset, Vimmerby Tisdag 3 september 2013, klockan 09:00-16:00 Ajournering
        # 09:05-10:05 ( 235)": the brackets of what follows the place's date; `_venue_of` cuts at the date
        dates = find_dates(head[:paren])
        head = head[: dates[0].end] if dates else head
    if not head[:1].isupper() or len(head.split()) > 12 or "(" in head or _PERSON_ROLE.match(head):
        return None
    got = _venue_of(head, lead)
    return got[0] if got else None


def _venue_before_listed_names(parts: list[Part], i: int, end: int) -> Found | None:
    """A venue label left without its value, the labels of the attendance lists after it and the place
    opening the first list's value (see `venue_before_names`)."""
    for nxt in parts[i + 1: min(end, i + 6)]:
        if not nxt.text.strip():
            return None
        lab = label_of(nxt.text, colon_required=False)
        if not lab:
            return None
        value = nxt.text[lab[1]:]
        if only_label_words(value):
            continue
        found = venue_before_names(value)
        return _shift(found, nxt.start + lab[1]) if found else None
    return None


# A venue label inside a flattened line, capitalised as a label cell is: "... Sammanträdesplats Tallen,
# Region Västerbotten, Umeå", "Teknikutskottet LK/ Plats Vårdcentralen i Kristinehamn".
# "Var:" only with its colon, as an association's head writes it: "När: Lördag 25 augusti 2018 Var: Hönan och Galten".
_INLINE_VENUE_LABEL = re.compile(r"(?<=\s)(?:Sammanträdesplats|Sammanträdeslokal|Sammanträdesrum|Mötesplats|Möteslokal|Plats"
                                 r"|Lokal|PLATS|LOKAL|Var(?=:))"
                                 r"\s*:?\s+(?=[A-ZÅÄÖ])")
_INLINE_VENUE_WORDS = ("plats", "lokal", "sammanträdesrum", "var:")
# The same label last in its line, only other labels' words after it ("... kl Plats ande Ledamöter").
_INLINE_VENUE_LABEL_LAST = re.compile(r"(?<=\s)(?:Sammanträdesplats|Sammanträdeslokal|Mötesplats|Möteslokal|Plats|Lokal"
                                      r"|PLATS|LOKAL)((?:\s+[^\W\d_]+:?){0,4})\s*$")


# A date or an empty "kl" right before an inline venue label: "Tid Tisdagen den 23 april 2019, kl Plats ...".
_TIME_RUN_BEFORE = re.compile(r"(?:(?:19|20)\d\d|\b[Kk]l\.?|\b[Kk]lockan|\d[.:]\d\d)[\s,]*$")
# What a place runs on into on a notice's head line: a shout ("OBS! Tidigare start!") or the next label
# of one to four words and a colon ("Förslag till justerare:").
_NOTICE_OR_LABEL = re.compile(r"\s+(?:[A-ZÅÄÖ]{2,}!|[A-ZÅÄÖ][\w-]*(?:\s+[\w-]+){0,3}:)")
# A time or date label closing that run-on label: "Mora Tid:" is a place's last word and the label "Tid:".
_TIME_LABEL_AFTER_PLACE = re.compile(r"\s+(?:Tid|När|Datum|Kl|Klockan)\s*:")


# The last word of a run-on label that closes a list or opens the agenda ("Ärenden:", "Paragrafer:"), after the
# place's own last capitalised word: "Kommungården i Nääs Ärenden: 117 Konstatera laglighet".
_LAST_WORD_BEFORE_COLON = re.compile(r"\s+([^\W\d_]+)\s*:$")
_END_LABEL_WORDS = frozenset(x for x in w.END_LABELS if " " not in x and ":" not in x)


def end_label_after_place(value: str, stop: re.Match[str]) -> int | None:
    """Where the label a place runs on into begins, when the run-on label `stop` (`_NOTICE_OR_LABEL`) holds the
    place's last word and then a capitalised label closing a list or opening the agenda (`w.END_LABELS`); None
    otherwise."""
    m = _LAST_WORD_BEFORE_COLON.search(value, stop.start(), stop.end())
    if m is None or m.start() == stop.start() or not m.group(1)[:1].isupper() or m.group(1).casefold() not in _END_LABEL_WORDS:
        return None  # "Förslag till justerare:": a label of its own words, in lower case after its first
    return m.start()


def _venue_after_time_run(part: Part) -> tuple[Found | None, Found | None] | None:
    """The place after a "Plats" label that follows the date and "kl" on a long head line that is not
    split into pieces: "KALLELSE Datum Sammanträdande organ Socialnämnden Tid Tisdagen den 23 april 2019, kl
    Plats Hellqvistsalen, kommunhuset OBS! Tidigare start! Förslag till justerare: ..."."""
    for m in _INLINE_VENUE_LABEL.finditer(part.text):
        if not _TIME_RUN_BEFORE.search(part.text, max(0, m.start() - 40), m.start()):
            continue
        value = part.text[m.end():]
        stop = _NOTICE_OR_LABEL.search(value)
        time_label = _TIME_LABEL_AFTER_PLACE.search(value, stop.start(), stop.end()) if stop else None
        if stop and time_label:  # "Var: Bygdegården, Mora Tid: 18.00": the place's last word before the label
            return _venue_of(value[: time_label.start()], part.start + m.end())
        end_label = end_label_after_place(value, stop) if stop else None
        if end_label is not None:  # "Kommungården i Nääs Ärenden: 117 ...": the place's last word before the label
            return _venue_of(value[:end_label], part.start + m.end())
        if stop is None and ":" in m.group(0) and _SHORT_PLACE_TO_END.fullmatch(value):
            # "Tid: 14 januari 2015, kl. 13.00-15.30 Plats: GR, Göteborg": the place ends the line
            return _venue_of(value, part.start + m.end())
        opening = lawful_opening_item(value) if stop is None else None
        if opening:  # "Sammanträdesplats Kommunkansliet, sammanträdesrummet 367 Konstatera laglighet ...": the agenda
            return _venue_of(value[:opening], part.start + m.end())
        if stop is None or stop.start() == 0:
            return None
        return _venue_of(value[: stop.start()], part.start + m.end())
    return None


# The opening item of Finland-Swedish minutes by its running number, run on after the place on a notice's flattened
# head line: "367 Konstatera laglighet och beslutförhet", "114. LAGLIGHET OCH BESLUTFÖRHET", "1 Sammanträdets
# laglighet och beslutförhet". At most one word before "laglighet".
_LAWFUL_OPENING_ITEM = re.compile(r"\s+(?:§\s*)?\d{1,3}[.:)]?\s+(?:[^\W\d_]+\s+)?(?i:laglighet|lagligheten)\s+(?i:och)\s+")


def lawful_opening_item(value: str) -> int | None:
    """Where a place value runs on into the opening item "<n> ... laglighet och beslutförhet"
    (`_LAWFUL_OPENING_ITEM`), or None: none, or nothing before it."""
    if "aglighet" not in value and "AGLIGHET" not in value:
        return None
    m = _LAWFUL_OPENING_ITEM.search(value)
    return m.start() if m and m.start() > 0 else None


# The joint label inside a transcript's title, the first cells of the page flattened after the body's name:
# "Samhällsbyggnadsnämnden. Plats och tid Kommunhuset, Svalöv, kl Ajournering kl Beslutande. Ej tjänstgörande ersättare".
_MIDLINE_PLACE_AND_TIME = re.compile(r"(?<=\S)\s+(?:Plats och tid|Tid och plats)\s+(?=[A-ZÅÄÖ])")


def _venue_after_midline_label(part: Part) -> tuple[Found | None, Found | None] | None:
    """The place after "Plats och tid" inside a head line (`_MIDLINE_PLACE_AND_TIME`); none when a label stands
    there ("Plats och tid Beslutande Övriga närvarande": a flattened label column)."""
    m = _MIDLINE_PLACE_AND_TIME.search(part.text) if "och" in part.text else None
    if m is None:
        return None
    value = part.text[m.end():]
    if label_of(value, colon_required=False) or only_label_words(value.split(None, 1)[0]):
        return None
    return _venue_of(value, part.start + m.end())


# A row of two labelled cells on one line, the venue's label the second: "Organ: Regionförbundets styrelse Plats och
# tid: Regionförbundet i Kalmar län," (its date and time wrapped to the line below). Group 1 the first cell's label.
_FIRST_CELL_LABEL = re.compile(r"\s*([A-ZÅÄÖ][a-zåäö]+(?:\s+[a-zåäö]+){0,2})\s*:\s+(?=\S)")
_SECOND_CELL_VENUE_LABEL = re.compile(r"(?<=\S)\s+(?:Plats och tid|Tid och plats|Plats|Lokal|Sammanträdesplats|Mötesplats)"
                                      r"\s*:\s+(?=[A-ZÅÄÖ])")


_NEXT_CELL_LABEL = re.compile(r"\s+[A-ZÅÄÖ][a-zåäö]+(?:\s+[a-zåäö]+)?\s*:(?:\s|$)")  # "Sekreterare:", "Utses att:"


def venue_in_second_cell(part: Part) -> tuple[Found | None, Found | None] | None:
    """The place in the second labelled cell of a line (see `_SECOND_CELL_VENUE_LABEL`), up to the next label
    or the line's end, when the line opens with a label of its own."""
    if not _FIRST_CELL_LABEL.match(part.text):
        return None
    m = _SECOND_CELL_VENUE_LABEL.search(part.text)
    if m is None:
        return None
    value = part.text[m.end():]
    stop = _NEXT_CELL_LABEL.search(value)
    value = value[: stop.start()] if stop else value
    value = value.rstrip(" ,;")
    if not value or find_dates(value) or find_time_range(value):
        return None  # the place with its day: the labelled value's own rules read it
    if not _SHORT_PLACE_TO_END.fullmatch(value):
        return None  # "Plats: Vi ses i den vanliga lokalen som bokades av Eva förra veckan": a sentence
    return _venue_of(value, part.start + m.end())


# A labelled place that ends its line: a few capitalised words, commas between them, nothing of a sentence.
_SHORT_PLACE_TO_END = re.compile(r"[A-ZÅÄÖ][\w.-]*(?:,?\s+[\w.-]+){0,6}\s*")


# A venue label inside a flattened line with other labels' words after it, then the place and the first attendee
# with a party: "... kl Plats ande Ledamöter Sunnerbo, Regionförbundet, P G Vejdes väg 15, Växjö Marie-Louise
# Hilmersson (c) ordförande" (the label column and the values run together).
_INNER_VENUE_LABEL = re.compile(r"(?<=\s)(?:Sammanträdesplats|Sammanträdeslokal|Mötesplats|Möteslokal|Plats|Lokal)\s+(?=\S)")


def _inner_label_venue(parts: list[Part], end: int, folded: _Folded) -> Found | None:
    """`venue_after_inner_labels` in the head's flattened lines, in the document's offsets."""
    for i in folded.holding(_INLINE_VENUE_WORDS, end):
        found = venue_after_inner_labels(parts[i].text) if parts[i].flat else None
        if found is not None:
            return _shift(found, parts[i].start)
    return None


def venue_after_inner_labels(text: str) -> Found | None:
    """The place after a venue label and its column's other label words inside a flattened line, before the
    first attendee with a party (see `_INNER_VENUE_LABEL`, `venue_before_names`)."""
    for m in _INNER_VENUE_LABEL.finditer(text):
        found = venue_before_names(text[m.end():])
        if found is not None:
            return _shift(found, m.end())
    return None


def _inline_venue(parts: list[Part], end: int, folded: _Folded) -> tuple[Found | None, Found | None] | None:
    for i in folded.holding(_INLINE_VENUE_WORDS, end):
        part = parts[i]
        if not part.flat:
            got = _venue_after_time_run(part) or venue_in_second_cell(part) or _venue_after_midline_label(part)
            if got:
                return got
            continue
        m = _INLINE_VENUE_LABEL.search(part.text)
        if m is None and i + 1 < end and parts[i + 1].flat:
            tail = _INLINE_VENUE_LABEL_LAST.search(part.text)
            found = _venue_before_listed_names(parts, i, end) if tail and only_label_words(tail.group(1)) else None
            if found:  # "... kl Plats ande Ledamöter" / "Ersättare Korrö Hantverksby, Linneryd Name, (c) ..."
                return found, None
        if m:
            got = _venue_of(part.text[m.end():], part.start + m.end())
            if got:
                return got
    return None


# A flattened label column: the venue label, the attendance label, then the place and the first group of
# the list: "Sammanträdesplats Närvarande Fredensborgs Herrgård, Vimmerby. Ledamöter Anna Ek ...",
# "Plats Beslutande Kommunhuset, Sala Ledamöter ...". The place has a comma (a name alone is a person).
_PAIRED_VENUE_LABEL = r"(?:Sammanträdesplats|Sammanträdeslokal|Mötesplats|Möteslokal|Plats|Lokal)"
_PLACE_AFTER_LIST_LABEL = (r"(?:Närvarande ledamöter|Närvarande|Beslutande|Deltagare)\s+"
                           r"([A-ZÅÄÖ][^.;:\n,]{1,60},[^.;:\n]{2,60}?)\.?\s+"
                           r"(?=(?:Ledamöter|Ordinarie|Beslutande|Ersättare|Närvarande)\b)")
_VENUE_LABEL_PAIR = re.compile(rf"(?<![\w-]){_PAIRED_VENUE_LABEL}\s+{_PLACE_AFTER_LIST_LABEL}")
_LONE_PAIRED_VENUE_LABEL = re.compile(rf"\s*{_PAIRED_VENUE_LABEL}\s*")
_PLACE_AFTER_LIST_LABEL_AT = re.compile(rf"\s*{_PLACE_AFTER_LIST_LABEL}")


def _venue_after_label_pair(parts: list[Part], end: int, folded: _Folded) -> Found | None:
    """The place after a venue label and an attendance label run together (`_VENUE_LABEL_PAIR`), on one
    line or split in two parts at the second label."""
    for i in folded.holding(("plats", "lokal"), end):
        part = parts[i]
        m = _VENUE_LABEL_PAIR.search(part.text)
        if m is None and i + 1 < end and _LONE_PAIRED_VENUE_LABEL.fullmatch(part.text):
            part = parts[i + 1]
            m = _PLACE_AFTER_LIST_LABEL_AT.match(part.text)
        if m:
            return Found(m.group(1).strip(), part.start + m.start(1), part.start + m.end(1))
    return None


# A venue label without its colon opening a short head line, a capitalised place after it: "Plats
# Scandic Hotell, Karlstad" under "Datum 2023-10-19, kl 9.30–15.00" ("Platsen ..." and "Plats för
# ..." are words of a sentence).
_BARE_VENUE_LINE = re.compile(r"[ \t*-]*(?:Plats|Lokal|Mötesplats|Möteslokal|Sammanträdesplats|Sammanträdeslokal|PLATS|LOKAL)"
                              r"[ \t]+(?=[A-ZÅÄÖ])")


def _bare_venue_label(parts: list[Part], end: int) -> tuple[Found | None, Found | None] | None:
    for i, part in enumerate(parts[:end]):
        m = _BARE_VENUE_LINE.match(part.text) if len(part.text) <= 80 and part.text.lstrip(" \t*-")[:1] in "PLMS" else None
        if m is None or _is_prose(part.text) or i >= 12 and not _beside_time_label(parts, i, end):
            continue
        got = _venue_of(part.text[m.end():], part.start + m.end())
        if got:
            return got
    return None


def _beside_time_label(parts: list[Part], i: int, end: int) -> bool:
    """Whether the nearest line with text above or below part `i` is the head's labelled hours: a label
    column below a long attendance list ("Tid 2019-02-11 kl 18.30 – 20.30" / "Plats Estuna Bygdegård")."""
    for step in (-1, 1):
        k = i + step
        while 0 <= k < end and not parts[k].text.strip():
            k += step
        if 0 <= k < end:
            lv = _label_value(parts[k].text, _LB_TIME, loose=True)
            if lv and (find_clock(lv[0]) or find_time_range(lv[0])):
                return True
    return False


# A title's meeting number, then the place and the date: "Protokoll från styrelsemöte nr. 1 Reykjavik,
# 7-9 februari 2009". The place is capitalised words; the date follows its comma.
_NUMBER_PLACE = re.compile(r"(?i)\b(?:nr|no)\.?\s*\d{1,3}\s*,?\s+((?-i:[A-ZÅÄÖ])[\w-]+(?:\s+(?-i:[A-ZÅÄÖ])[\w-]+){0,3})\s*,\s*")


# What `_NUMBER_PLACE` needs in the case-folded text (no other character folds to "n", "r", "o", ".",
# white space or a digit): a literal first letter, which the regex engine finds fast.
_NUMBER_AHEAD = re.compile(r"n[ro]\.?\s*\d")


def _place_after_number(parts: list[Part], end: int, folded: _Folded) -> Found | None:
    for i in folded.holding(("nr", "no"), end):
        part = parts[i]
        m = _NUMBER_PLACE.search(part.text) if _NUMBER_AHEAD.search(folded.low(i)) else None
        if m and not _is_prose(part.text):
            dates = find_dates(part.text[m.end():])
            if dates and dates[0].start == 0:
                return Found(m.group(1), part.start + m.start(1), part.start + m.end(1))
    return None


def _home_venue(parts: list[Part], end: int, folded: _Folded) -> Found | None:
    """A meeting at someone's home in a dated head line: "HOS YLVA och STEFAN ÅKESSON onsdagen den 12
    augusti 2015", "Styrelsemöte hos Anna Berg den 3 maj 2015"."""
    for i in folded.holding(("hos",), min(end, 12)):
        part = parts[i]
        if _is_prose(part.text) or _label_value(part.text, _LB_PRESENT_OR_ABSENT):
            continue
        m = _AT_HOME.search(" " + part.text)
        if not m:
            continue
        at = m.start()  # where "hos" starts in `part.text` (after the space added in front)
        dates = find_dates(part.text[at:])
        if not dates:
            continue
        got = _venue_of(part.text[at: at + dates[0].start], part.start + at)
        if got and got[0] and len(got[0].value.split()) <= 8:
            return got[0]
    return None


def _is_body_cell(value: str) -> bool:
    """A cell that only names a body ("Omvårdnadsnämnden", "Kyrkorådet", "Arbetsmarknads- och
    socialnämnden", "Kommunstyrelsens arbetsutskott"): no place."""
    words = value.split()
    if not words or len(words) > _BODY_CELL_WORDS or not words[0][:1].isupper():
        return False
    if not words[-1].casefold().endswith(_BODY_ENDINGS):
        return False
    return all(word.endswith("-") or word.casefold() in ("och", "samt", "&")
               or (k == 0 and word.casefold().endswith("s")) for k, word in enumerate(words[:-1]))


_BODY_CELL_WORDS = 4


def _timed_place_below(parts: list[Part], i: int, end: int) -> Part | None:
    """The line a few lines below part i that gives a place, then its hours ("Faxepark, konferenslokal
    Europa, kl. 13:15 – 15:20"): a front page's cells in a column, the body's cell before the place's."""
    for nxt in parts[i + 1: min(end, i + 6)]:
        text = nxt.text
        if not text.strip() or not _has_digit(text):
            continue
        rng = find_time_range(text)
        if rng and len(_RX_WORD.findall(text[: rng[0].start])) >= 2 and not _is_label_line(text):
            return nxt
    return None


# A heading of the document's parts below an empty label, no place: "Plats" / "Bilagor till protokoll".
_DOCUMENT_PART_LINE = re.compile(r"(?i)\s*(?:bilagor|bilaga|handlingar|kallelse|dagordning|föredragningslista|ärendelista)\b")


def _lone_value_line(parts: list[Part], k: int, end: int) -> bool:
    """Whether part k is a label's value standing alone below a blank line: a line of its own, blank or a
    label below it ("Plats:" / "" / "Hos Rune Ingvarsson" / "" / "Närvarande:"), not a letterhead in capitals."""
    if k >= end or not parts[k].text.strip() or parts[k].text.isupper():
        return False
    below = parts[k + 1].text if k + 1 < len(parts) else ""
    return not below.strip() or _is_label_line(below)


def _venue_after_time_below_label(parts: list[Part], end: int, folded: _Folded) -> Found | None:
    """The place closing the value of a time label that stands alone on its line, the value below it ("Tid" /
    "Måndag 26 september 2016 klockan 19.00-20.30 på kontoret/via Skype."), as `venue_after_time` reads it."""
    for i in folded.labelled(_LB_TIME, end):
        lv = _label_value(parts[i].text, _LB_TIME)
        if lv is None or lv[0].strip():
            continue
        below = next((q for q in parts[i + 1: min(end, i + 3)] if q.text.strip()), None)
        if below is None or _is_label_line(below.text):
            continue
        found = venue_after_time(below.text)
        return _shift(found, below.start) if found is not None else None
    return None


def _is_head_prose(parts: list[Part], j: int) -> bool:
    """Whether part j is running text that ends the head for `_find_venue`'s venue labels: prose, no date or hours
    in it, no line of a table of contents."""
    q = parts[j]
    return (not q.flat and _is_prose(q.text) and not find_time_range(q.text) and not find_dates(q.text)
            and not is_contents_line(q.text) and not _contents_entry_goes_on(parts, j))


# A venue label inside a line of a flattened front page, its place run on to the first attendance list's label with
# no more than the leftovers of a lost time between: "Tid kl Plats kommungården Närvarande Östman Per, ordförande
# ...", "Mötesplats och -tid Kommunhuset kl paus kl Närvarande Alho Arja, ...". The place is one to six words
# (a house number may stand in it), none of them a label word or a lost clock's (`_LIST_LABEL_PLACE_STOP`), and a
# capitalised word (the list's first name) follows the label, perhaps after a group word ("Närvarande medlemmar").
_PLACE_BEFORE_LIST_LABEL = re.compile(
    r"(?<=\s)(?:Sammanträdesplats|Sammanträdeslokal|Mötesplats|Möteslokal|Plats|Lokal)(?:\s+och\s+-?tid)?\s+"
    r"(?P<place>[^\W\d_][\w.-]*(?:,?\s+[\w.-]+){0,5}?)"
    r"(?:\s+(?:kl\.?|klockan|paus|ajournering|:\d\d|\d{1,2}[.:]\d\d))*"
    r"\s+(?:Närvarande|Beslutande|Ledamöter|Deltagare)(?:\s+[a-zåäö]+)?\s+(?=[A-ZÅÄÖ])")
_LIST_LABEL_PLACE_STOP = frozenset((
    "kl", "kl.", "klockan", "tid", "datum", "ande", "omfattning", "paus", "ajournering", "och", "sekreterare",
    "ordförande", "justerare", "paragrafer", "närvarande", "beslutande", "ledamöter", "deltagare", "frånvarande"))


def place_before_list_label(text: str) -> Found | None:
    """The place of `_PLACE_BEFORE_LIST_LABEL` in `text`, or None."""
    for m in _PLACE_BEFORE_LIST_LABEL.finditer(text):
        place = m.group("place").rstrip(" ,.")
        words = [x.strip(",").casefold() for x in place.split()]
        if any(x in _LIST_LABEL_PLACE_STOP or x.removesuffix("en") in w.WEEKDAYS for x in words):
            continue
        return Found(place, m.start("place"), m.start("place") + len(place))
    return None


def _place_before_list_label(parts: list[Part], end: int, folded: _Folded) -> Found | None:
    """`place_before_list_label` in the head's lines, in the document's offsets; a flattened line split at the
    list's label is read with the part that follows it on the line."""
    for i in folded.holding(_INLINE_VENUE_WORDS, end):
        text = parts[i].text
        if i + 1 < len(parts) and parts[i + 1].flat and parts[i + 1].start <= parts[i].end + 1:
            text = text + " " + parts[i + 1].text
        found = place_before_list_label(text)
        if found is not None and found.end <= len(parts[i].text):
            return _shift(found, parts[i].start)
    return None


def _find_venue(parts: list[Part], end: int, folded: _Folded,
                meeting_date: str | None = None) -> tuple[Found | None, Found | None]:
    """Venue ("Plats:", "Lokal:") and online platform; an online "Plats" is no venue.

    `meeting_date` (ISO) tells the meeting's own dated title from a later occasion's heading."""
    venue: Found | None = None
    online: Found | None = None
    for i in folded.labelled(_LB_TIME, end):
        part = parts[i]
        lv = _label_value(part.text, _LB_TIME, loose=part.flat)
        session = meeting_session(lv[0]) if lv else None
        if lv and session and session[2]:
            venue = _shift(session[2], part.start + lv[1])
            break
    # Running text ends the head: a "Plats:" below a paragraph of prose is a later event's place
    # ("Årsmötet 17 februari 2009" / "Plats: Samma som förra årsmötet ...").
    # The first such part, looked for only above the venue labels read (`prose_scanned`: the parts looked at so far,
    # none of them prose while `prose_at` is None): "i > prose_at" needs no look below i.
    prose_at: int | None = None
    prose_scanned = 0
    for i in folded.labelled(_LB_VENUE, end) if venue is None else ():
        part = parts[i]
        if prose_at is None and prose_scanned < i:
            prose_at = next((j for j in range(prose_scanned, i) if _is_head_prose(parts, j)), None)
            prose_scanned = i
        if prose_at is not None and i > prose_at and _under_dated_heading(parts, i, meeting_date):
            continue
        lv = _label_value(part.text, _LB_VENUE, loose=part.flat)
        if not lv:
            continue
        value, off = lv
        base = part.start + off
        if _LABEL_TAIL.fullmatch(value):
            value = ""  # "Plats och tid för sammanträdet": the label's own words
        if only_label_words(value) and i + 1 < end and parts[i + 1].text.strip():
            found = _venue_before_listed_names(parts, i, end)
            if found:  # "Plats" / "Närvarande ledamöter Oden, Sigfridsområdet, Växjö Suzanne Frank (M) ..."
                venue = found
                break
        stacked = _stacked_column_value(parts, i, end) if not value.strip() and i + 1 < end else None
        if stacked is not None:  # "Tid:" / "Plats:" / "Omfattning:" / "2014-04-25, 8.30 – 12.00" / "Borås, Solhem"
            value, base = stacked.text, stacked.start
        elif not value.strip() and i + 1 < end:
            # a blank line may stand between the label and its value ("Plats:" / "" / "Hos Rune Ingvarsson")
            k = i + 2 if not parts[i + 1].text.strip() and _lone_value_line(parts, i + 2, end) else i + 1
            nxt = parts[k]
            if (nxt.text.strip() and not _DOCUMENT_PART_LINE.match(nxt.text)
                    # ("Sammanträdesplats" / "Närvarande Stadshuset, Eksjö. Ordinarie ...": a column of labels)
                    and not (_is_label_line(nxt.text) or (nxt.flat or not part.text.rstrip().endswith(":"))
                             and label_of(nxt.text, colon_required=False))):
                value, base = nxt.text, nxt.start
                timed = _timed_place_below(parts, k, end) if _is_body_cell(value) else None
                if timed is not None:  # "Plats och tid" / "Omvårdnadsnämnden" / "2019-01-30" / "Faxepark, kl. 13:15 – 15:20"
                    value, base = timed.text, timed.start
            elif part.flat and nxt.flat:
                found = venue_after_labels(nxt.text)
                if found:
                    venue = _shift(found, nxt.start)
                    break
                venue = _venue_in_label_column(parts, i, end)
                if venue:
                    break
        if (part.flat or _STACKED_LABELS.match(part.text)) and value.strip() and _LABEL_RUN.match(value):
            # "Plats och tid: ande: Regionförbundets ...", "Plats: Dag och tid: Kronan, Luleå Tisdagen den 11 augusti"
            found = venue_after_labels(value) or (venue_before_stacked_date(value) if _STACKED_LABELS.match(part.text) else None)
            if found:
                venue = _shift(found, base)
                break
        elif (i + 1 < end and not part.flat and not parts[i + 1].flat and parts[i + 1].start == part.end + 1
              and _RX_FIND_VENUE_1.search(parts[i + 1].text)  # cheaper than the test of `value`, so first
              and not (find_time_range(value) or find_clock(value) or find_dates(value))
              and not _is_label_line(parts[i + 1].text) and not _label_value(parts[i + 1].text, _LB_TIME)
              and not _LABEL_SHAPED.match(parts[i + 1].text)):  # "Plats: Rådshussalen" / "Mötet börjar: Kl 11.55"
            # "Plats och tid Barn- och skolnämndens förvaltningskontor" / "Stockholmsvägen 18, Norrtälje kl 09.00-12.00"
            value = value + "\n" + parts[i + 1].text
        got = _venue_of(value, base)
        if got is None:
            continue
        venue, online = got
        break
    if venue is None and online is None:
        venue = _venue_after_label_pair(parts, end, folded)
    if venue is None and online is None:
        venue, online = _inline_venue(parts, end, folded) or (None, None)
    if venue is None and online is None:
        venue, online = _bare_venue_label(parts, end) or (None, None)
    # The head's first twelve parts after a table of contents, found once for the readers below (each reads them
    # only while no venue is found, so only after this one has).
    head_first: list[Part] = []
    if venue is None and online is None:
        first = _after_contents(parts, end, folded)
        head_first = _head_window(parts, first, end)
        venue = _first_in_head(head_first, venue_after_time)
    if venue is None and online is None:
        venue = _venue_after_time_below_label(parts, end, folded)
    if venue is None and online is None:
        line = _time_line(parts, end, folded)
        venue = line[2] if line else None
    if venue is None and online is None:
        venue = (_first_in_head(head_first, venue_in_title)
                 or _first_in_head(head_first, venue_after_dated_title)
                 or _first_in_head(head_first, venue_after_timed_title)
                 or _first_in_head(head_first, venue_between_date_and_time)
                 or _first_in_head(head_first, venue_after_body_abbreviation))
    if venue is None and online is None:
        venue = _dateline_place(parts, end)
    if venue is None and online is None and meeting_date:
        venue = _place_date_line(parts, end, meeting_date) or place_town_date_line(parts, end, meeting_date)
    if venue is None and online is None and meeting_date:
        venue = _place_after_late_title(parts, end, folded, meeting_date)
    if venue is None and online is None:
        venue = _home_venue(parts, end, folded) or _place_after_number(parts, end, folded)
    if venue is None and online is None:
        venue = _place_before_list_label(parts, end, folded)
    if venue is None and online is None:
        for i in folded.holding(_HELD_AT_WORDS, end + 12):
            part, low = parts[i], folded.low(i)
            m = _HELD_AT.search(part.text) if _may_say_held_at(low) else None
            g = next(k for k in (1, 2, 3) if m.group(k)) if m else 0
            if m and not _platform(m.group(g)):
                value = m.group(g).strip()
                venue = Found(value, part.start + m.start(g), part.start + m.start(g) + len(value))
                break
    # The lines that name a platform, in the head and a little below it, found once for the readers below.
    platform_near = folded.holding(_PLATFORM_WORDS, end + 12) if online is None else []
    platform_head = [i for i in platform_near if i < end]
    if online is None:
        for i in platform_head:
            part = parts[i]
            if _label_value(part.text, _LB_PRESENT_OR_ABSENT) or len(part.text.split()) > 12:
                continue  # a platform named in prose may be any meeting's; a header line or link is this one's
            m = _PLATFORM_RE.search(part.text)
            if m and _ATTENDEE_VIA.fullmatch(part.text[: m.start()]) and _in_name_list(parts, i):
                continue  # "Karl-Ingvar Ångström via Skype" in a list: one attendee's way in, not the meeting's
            if m:
                online = Found(w.ONLINE_PLATFORMS[m.group(1).casefold()], part.start + m.start(), part.start + m.end())
                break
    if online is None:
        for i in platform_head:
            m = _PLATFORM_AFTER_CLOCK.search(parts[i].text)
            if m:  # "Tisdagen den 11 augusti, kl. 18:30 20:30 (lync)": the meeting's hours, then how it was held
                online = Found(w.ONLINE_PLATFORMS[m.group(1).casefold()], parts[i].start + m.start(1),
                               parts[i].start + m.end(1))
                break
    if online is None:
        for i in folded.holding(_OPEN_CLOSE_WORDS, min(end, 12)):  # what `_ONLINE_FORM_LINE` needs
            part = parts[i]
            m = _ONLINE_FORM_LINE.fullmatch(part.text)
            if m:  # "Digitalt möte" alone on a line of the head
                online = Found("digital", part.start + m.start(1), part.start + m.end(1))
                break
    if online is None and meeting_date:
        for i in folded.holding(("digital",), min(end, 12)):
            part = parts[i]
            m = _DIGITAL_MEETING_OF_DAY.search(part.text)
            if m and any(f.value == meeting_date for f in find_dates(part.text[m.end():])):
                online = Found("digital", part.start + m.start(1), part.start + m.end(1))  # "Rapport från digitalt
                break  # styrelsemöte den 7 december 2020."
    held = folded.holding(_HELD_VERB_STEMS) if online is None else []
    if online is None:
        for i in held:
            part, low = parts[i], folded.low(i)
            m = (_MEETING_HELD_ONLINE.search(part.text)
                 if any(map(low.__contains__, _MEETING_WORDS)) and any(map(low.__contains__, _ONLINE_MEANS)) else None)
            if m:
                value = w.ONLINE_PLATFORMS[m.group(1).casefold()] if m.group(1) else "digital"
                online = Found(value, part.start + m.start(), part.start + m.end())
                break
    if online is None:
        for i in held:
            part = parts[i]
            low = folded.low(i)
            m = (_HELD_ONLINE.search(part.text) if any(map(low.__contains__, _HELD_ONLINE_MEANS))
                 and any(map(low.__contains__, _GATHERING_WORDS)) else None)
            if m:
                value = w.ONLINE_PLATFORMS[m.group(1).casefold()] if m.group(1) else "digital"
                if m.group(2):  # "via länk" for one attendee does not make the meeting online
                    continue
                online = Found(value, part.start + m.start(), part.start + m.end())
                break
    if online is None:
        for i in held:
            low = folded.low(i)
            if "digitalt" not in low or not any(map(low.__contains__, _BODY_SUBJECT_ENDINGS)):
                continue
            m = _BODY_HELD_ONLINE.search(parts[i].text)
            if m:  # "Då rådet hölls digitalt så fick ledamöterna presentera sin närvaro genom Teams."
                value = w.ONLINE_PLATFORMS[m.group(1).casefold()] if m.group(1) else "digital"
                online = Found(value, parts[i].start + m.start(), parts[i].start + m.end())
                break
    if online is None:
        for i in folded.holding(("samtliga", "alla "), end):
            m = _ALL_ATTEND_REMOTELY.search(parts[i].text)
            if m:  # "... hålls sammanträdet inom stängda dörrar och samtliga ledamöter deltar på distans."
                value = w.ONLINE_PLATFORMS[m.group(1).casefold()] if m.group(1) else "digital"
                online = Found(value, parts[i].start + m.start(), parts[i].start + m.end())
                break
    if online is None:
        for i in platform_head:
            part = parts[i]
            m = _TITLE_HELD_ON.search(part.text) if _opens_with_document_word(part.text) else None
            if m and not find_dates(part.text[m.end():]):  # "..., digitalt genomfört över nätet med verktyget Zoom"
                online = Found(w.ONLINE_PLATFORMS[m.group(1).casefold()], part.start + m.start(1), part.start + m.end(1))
                break
    if online is None:
        for i in platform_near:
            part = parts[i]
            m = _MET_VIA.search(part.text) if _may_say_met(folded.low(i)) else None
            if m:  # "via Zoom kunde vi mötas", "vi träffades via Teams": told in the past, this meeting's
                g = 1 if m.group(1) else 2
                online = Found(w.ONLINE_PLATFORMS[m.group(g).casefold()], part.start + m.start(g), part.start + m.end(g))
                break
    if venue is not None:
        tail = _TRAILING_DOCUMENT_WORD.search(venue.value)
        if tail and tail.start() > 0:  # "Plats: Leirubakki, Island Protokoll Deltagare:": the right column's word
            venue = Found(venue.value[: tail.start()], venue.start, venue.start + tail.start())
    return venue, online


# A document word in capitals or with a capital, run on after a place from a flattened page head's other column.
_TRAILING_DOCUMENT_WORD = re.compile(r"\s+(?:Protokoll|PROTOKOLL|Minnesanteckningar|MINNESANTECKNINGAR|Sammanträdesprotokoll"
                                     r"|SAMMANTRÄDESPROTOKOLL)\s*$")


def _in_name_list(parts: list[Part], i: int) -> bool:
    """Whether the line above part `i` (past blank lines) is an entry of a list of people."""
    above = next((q.text.strip() for q in reversed(parts[max(0, i - 3): i]) if q.text.strip()), "")
    return bool(above) and (_opens_with_person(above) or is_name_run(above))


# A person's name, then "via" or "på" before a platform: "Karl-Ingvar Ångström via Skype".
_ATTENDEE_VIA = re.compile(r"\s*[A-ZÅÄÖ][\w-]+(?:\s+[A-ZÅÄÖ][\w-]+){1,3}[\s,(]+(?:via|på|över|deltog\s+via)\s+")


# The minutes' title sentence saying how the meeting was held, by a participle: "Protokoll fört vid ordinarie
# föreningsstämma med Kooperativa Vänner den 28 maj 2020, digitalt genomfört över nätet med verktyget Zoom",
# "Protokoll från årsmötet 2021-03-14, genomfört via Teams". Group 1 is the platform.
_TITLE_HELD_ON = re.compile(
    r"(?i)\b(?:genomfört|genomförd|genomfördes|hållet|hållen|hölls)\b[^.;\n]{0,40}?\b(?:via|med|över|på|i|genom)\s+"
    r"(?:verktyget\s+|plattformen\s+|tjänsten\s+|appen\s+)?(teams|microsoft teams|zoom|skype|webex|google meet|jitsi)\b")


# We met on a platform, told in the past: "via Zoom kunde vi mötas", "vi träffades via Teams" (not "vi
# träffas på Zoom", which may be the next time).
_MET_VIA = re.compile(
    r"(?i)\b(?:via|på|över)\s+(teams|zoom|skype|webex|google meet|jitsi)\s+(?:kunde|fick)\s+vi\s+"
    r"(?:mötas|träffas|ses|samlas)\b"
    r"|\bvi\s+(?:möttes|träffades|sågs|samlades)\s+(?:[^\W\d_]+\s+){0,2}?(?:via|på|över)\s+"
    r"(teams|zoom|skype|webex|google meet|jitsi)\b")
_MET_WORDS = ("kunde vi", "fick vi", "möttes", "träffades", "sågs", "samlades")


def _may_say_met(low: str) -> bool:
    """Whether a case-folded line holds a word each of `_MET_VIA`'s ways needs."""
    return any(map(low.__contains__, _MET_WORDS))


_DNR = re.compile(r"(?i)\b(?:dnr|diarienummer|diarienr|ärendenummer)\.?\s*:?\s*"
                  r"((?:[A-ZÅÄÖ]{1,6}\s+(?=\d))?[A-ZÅÄÖ0-9][A-ZÅÄÖa-zåäö0-9./:-]*\d[A-ZÅÄÖa-zåäö0-9./-]*)")


# A Dnr label with its value left empty: at the end of its line or right before another label
# ("PROTOKOLL 1(8) Diarienummer Plats: ..."). The meeting has no number; a later one is an item's.
_EMPTY_DNR = re.compile(r"(?i)\b(?:dnr|diarienummer|diarienr|ärendenummer)\.?\s*:?\s*(?:$|(?-i:[A-ZÅÄÖ])[\wåäö ]{0,20}:)")
# A head line that is a Dnr label and its value alone, the value's tail lost ("Dnr: KS 2015-", "Dnr 2016/"):
# a template's number not yet filled in, kept as written.
_LONE_DNR_LINE = re.compile(r"(?i)\s*(?:dnr|diarienummer|diarienr)\.?\s*:?\s*(?:[A-ZÅÄÖ]{1,6}\s+)?[\w./:-]*\d[/-]\s*")
_DNR_VALUE_LINE = re.compile(r"\s*((?:[A-ZÅÄÖ]{1,6}\s+(?=\d))?[A-ZÅÄÖ0-9][A-ZÅÄÖa-zåäö0-9./:-]*\d[A-ZÅÄÖa-zåäö0-9./-]*)\s*$")


# The body's short name and an item's paragraph number right before a Dnr: "KS 235 Dnr", "KF § 12 Dnr".
# The body's abbreviation may be mixed case ("Au 43 Dnr 76/05", "Kn 64 Dnr KN 06/", "GyN 103"), not a page's or a
# meeting's number ("Sida 2", "Nr 3").
_BODY_PARAGRAPH_BEFORE = re.compile(
    r"\b(?!(?:Sida|Sid|Nr|No|Bil|Bilaga|Bilagor|Sidan)\b)[A-ZÅÄÖ][A-ZÅÄÖa-zåäö]{0,4}\s*§?\s*\d{1,4}\s*$")
# The same with the item's title between its paragraph and the Dnr, on a later page's line: "Socialnämnden (20)
# SN 139 Ekonomisk lägesrapport november 2012 Dnr 17/12": the title opens capitalised and holds no sentence stop.
_ITEM_TITLE_BEFORE = re.compile(r"(?<![\w-])[A-ZÅÄÖ]{1,5}\s*§?\s*\d{1,4}\s+(?-i:[A-ZÅÄÖ])[^.:;!?§()]{2,90}\s$")
_ITEM_TITLE_REACH = 110


# Another file holder's Dnr cited in brackets in running text: "(Lst dnr 551-856-13)", "(Länsstyrelsens dnr
# 505-123-19)", "(ert dnr 2019/44)": the holder named right after the opening bracket, the label after it.
_HOLDER_IN_BRACKETS_BEFORE = re.compile(r"\(\s*[^\W\d_][\w:.]*\s+(?=(?i:dnr|diarienummer|diarienr)\.?\s*:?\s*\S*$)")


# An item's heading by its paragraph, perhaps after the body's short name: "§ 12", "KF § 267", "KS §3".
_PARAGRAPH_HEADING = re.compile(r"\s*(?:[A-ZÅÄÖ]{1,5}\s*)?§§?\s*\d")


_HEADER_CELL_LABELS = frozenset(w.HEADER_CELL_LABELS)
_DNR_LABELS = ("dnr", "diarienummer", "diarienr", "ärendenummer")
# A date or a page number in a row of header values: "2020-12-01", "1 (13)", "1(4)".
_CELL_DATE_OR_PAGE = re.compile(r"(?<!\S)(?:\d{4}-\d{2}-\d{2}|\d{1,3}\s?\(\d{1,3}\))(?!\S)")


def _reference_below_label_row(parts: list[Part], i: int) -> Found | None:
    """A row of header labels and the row of their values below it ("Sammanträdesdatum Diarienummer" /
    "2020-12-01 KS 2020/0927"): with the dates and page numbers taken out, the value row holds the
    reference alone."""
    words = parts[i].text.casefold().replace(":", " ").split()
    if len(words) < 2 or not all(word in _HEADER_CELL_LABELS for word in words):
        return None
    if not any(word in _DNR_LABELS for word in words):
        return None
    below = next((q for q in parts[i + 1: i + 3] if q.text.strip()), None)
    if below is None:
        return None
    rest = _CELL_DATE_OR_PAGE.sub(lambda m: " " * len(m.group(0)), below.text)
    value = _DNR_VALUE_LINE.match(rest)
    if value is None:
        return None
    ref = value.group(1).rstrip(".:-")
    start = below.start + value.start(1)
    return Found(ref, start, start + len(ref))


# A later page's counter opening a line: "2(36) Kommunstyrelsens arbetsutskott Ärendelista", "3 (24)".
_LATER_PAGE_COUNTER = re.compile(r"\s*(?:[2-9]|[1-9]\d{1,2})\s?\(\s*\d{1,3}\s*\)\s")


def is_item_number_list(text: str) -> bool:
    """Whether a line's Dnr belongs to the items, not the minutes: the line gives two or more different
    numbers (a list of items, each with its matter's number), or it opens a later page ("2(36) ...")."""
    if _LATER_PAGE_COUNTER.match(text):
        return True
    values = {m.group(1).rstrip(".:-") for m in _DNR.finditer(text)}
    return len(values) > 1


def _find_reference(parts: list[Part], end: int, folded: _Folded) -> Found | None:
    for i in folded.holding(_DNR_WORDS, max(end, 8)):
        part = parts[i]
        if is_contents_line(part.text) or _contents_entry_goes_on(parts, i):
            continue  # "§ 14 Inkomna motioner Dnr 109-7-2017 ..." in a table of contents: an item's number
        if _PARAGRAPH_HEADING.match(part.text):
            continue  # "KF § 267 Dnr KS 02-820 107": an item's heading and its matter's number
        if is_item_number_list(part.text):
            continue  # "2(36) ... Ärendelista 26 Dnr KS 2018/14 Information 3 27 Dnr KS 2018/124 ...": the items' numbers
        row = _reference_below_label_row(parts, i)
        if row is not None:
            return row
        m = _DNR.search(part.text)
        empty = _EMPTY_DNR.search(part.text)
        if empty and (not m or empty.start() < m.start()):
            below = next((q for q in parts[i + 1: i + 3] if q.text.strip()), None)
            value_below = _DNR_VALUE_LINE.match(below.text) if below is not None and empty.end() == len(part.text) else None
            if below is not None and value_below:  # "Diarienummer:" / "KS 2020/123": the value on the line below
                value = value_below.group(1).rstrip(".:-")
                return Found(value, below.start + value_below.start(1), below.start + value_below.start(1) + len(value))
            return None
        if m and m.group(1).endswith(("/", "-")):
            if _LONE_DNR_LINE.fullmatch(part.text):  # "Dnr: KS 2015-" alone on a head line: kept as written
                return Found(m.group(1), part.start + m.start(1), part.start + m.end(1))
            continue  # "Dnr 2016/ Budget ...": the copy lost the number's tail; no reference
        if m and "(" in part.text and _HOLDER_IN_BRACKETS_BEFORE.search(part.text, max(0, m.start() - 24), m.start(1)):
            continue  # "... i Älvsbyns kommun (Lst dnr 551-856-13)": another authority's number of a case cited
        if m and _BODY_PARAGRAPH_BEFORE.search(part.text, max(0, m.start() - 16), m.start()):
            continue  # "Kommunstyrelsen KS 235 Dnr 191/2013 ...": an item's paragraph (its "§" lost) and its matter
        if m and _ITEM_TITLE_BEFORE.search(part.text, max(0, m.start() - _ITEM_TITLE_REACH), m.start()):
            continue  # "SN 139 Ekonomisk lägesrapport november 2012 Dnr 17/12": an item's heading and its matter
        if m:
            value = m.group(1).rstrip(".:-")
            return Found(value, part.start + m.start(1), part.start + m.start(1) + len(value))
    return None


# --- body -----------------------------------------------------------------------------------

_PREFIX_RE = re.compile(
    r"(?i)\s*(?:" + "|".join(re.escape(p) for p in sorted(w.TITLE_PREFIXES + w.REPORT_TITLE_PREFIXES, key=len, reverse=True))
    + r")(?![\wåäö])\s*[-–—:,.]?\s*"
)
_SUFFIX_RE = re.compile(  # (the title of the page a meeting's minutes are posted on: "Styrelsemöte med protokoll")
    r"(?i)(?:\s+med(?=\s+(?-i:[a-zåäö])))?\s*[-–—:,(]?\s*\b(?:" + "|".join(re.escape(p) for p in sorted(w.DOCUMENT_WORDS, key=len, reverse=True))
    + r")\)?\s*$")
_WEEKDAY_DEN = re.compile(
    rf"(?i)\s*\b(?:(?:{_WEEKDAY_RE})(?:en)?\s*,?\s*)?(?:den\s*)?(?:\d{{1,2}}\s*[-–]\s*)?$")


# How the document words end, case-folded (none ends in an "i" that IGNORECASE could match otherwise).
_DOCUMENT_WORD_ENDS = tuple({word[-2:] for word in w.DOCUMENT_WORDS})


def _strip_document_word(text: str) -> str:
    """`_SUFFIX_RE` removed from `text`, searched only when `text` ends like a document word (its
    search is slow, and most titles do not)."""
    tail = text.rstrip().removesuffix(")")
    if not tail[-2:].casefold().endswith(_DOCUMENT_WORD_ENDS):
        return text
    return _SUFFIX_RE.sub("", text)


# A page counter of a flattened page head: "1 (6)", "1(8)", "Sida 1 av 3", "Sid 2 (12)".
_PAGE_COUNTER = re.compile(r"(?i)\s*(?:(?:sida|sid\.?|page)\s*)?\d{1,3}\s*\(\s*\d{1,3}\s*\)(?!\w)\s*"
                           r"|\s*(?:sidan|sida|page)\s+\d{1,3}\s+(?:av|of)\s+\d{1,3}\b\s*")


# A page counter with a slash before the title words, the minutes' number perhaps before it: "Sida 1/4",
# "Nr 5-2021 Sida 1/4" (`_PAGE_COUNTER` reads "Sida 1 (4)" and "Sida 1 av 4").
_LEADING_PAGE_MARK = re.compile(r"(?i)\s*(?:(?:nr|no)\.?\s*\d{1,4}(?:\s*[-/:]\s*\d{1,4})*\s+)?(?:sida|sidan|sid\.?|blad)"
                                r"\s*\d{1,3}\s*/\s*\d{1,3}\s+(?=[^\W\d_])")
def counter_before_name(text: str) -> bool:
    """Whether a line opens with a page counter and a capitalised name follows ("Sida 1 (12) Socialnämnden",
    "Sida 1/4 Kommunstyrelsen"): a page head whose rest may be the title; not a counter alone ("Sida 1 av 3")
    or before a label ("Sida 1 (5) Sammanträdesdatum")."""
    m = _PAGE_COUNTER.match(text) or _LEADING_PAGE_MARK.match(text)
    return m is not None and text[m.end(): m.end() + 1].isupper() and not _opens_with_label(text[m.end():])


# A stored copy's bare page number run into the title's record word: "1 Minnesanteckningar från Rådet för
# funktionshinderfrågor 2015-10-13 ...", "2 PROTOKOLL Sammanträdesdag ...". Only a record word follows (not
# "2 Protokoll från föregående möte": an item about the last minutes).
_PAGE_NUMBER_BEFORE_RECORD = re.compile(
    r"\s*\d{1,3}\s+(?=(?i:minnesanteckningar|mötesanteckningar|anteckningar|protokoll|mötesprotokoll"
    r"|sammanträdesprotokoll|beslutsprotokoll)(?![\w-])"
    r"(?!\s+(?i:från|vid|för)\s+(?i:föregående|förgående|förra|senaste|tidigare)\b))")


def after_page_number(text: str) -> int:
    """Where a title line's text begins after a stored copy's page number run into its record word
    (`_PAGE_NUMBER_BEFORE_RECORD`: "1 Minnesanteckningar från ..."); 0 without one."""
    m = _PAGE_NUMBER_BEFORE_RECORD.match(text) if text[:4].strip()[:1].isdigit() else None
    return m.end() if m else 0


# The minutes' bare running number between the record word and "fört vid": "Protokoll 3 fört vid styrelsemöte med
# Diabetesföreningen" (the record word already skipped).
_NUMBER_BEFORE_KEPT_AT = re.compile(r"(?i)\s*\d{1,3}\s+(?=(?:fört|förd|förda)\s+vid\s)")


# The minutes' running number before the title words: "Protokoll fört vid Nr 2/2004 VU-sammanträde".
# "Nr 5-2021 Kommunala ungdomsrådet": the number of its year after a dash.
_LEADING_NUMBER = re.compile(r"(?i)\s*(?:nr|no)\.?\s*\d{1,3}(?:\s*[-/]\s*\d{2,4})?,?\s+(?=[^\W\d_])")


# A document's reference code before the title words, two slashes or more and a digit: "PE-5/CPG/PV/2004-16".
_DOCUMENT_CODE = re.compile(r"\s*(?=[^\s/]*(?:/[^\s/]+){2,}\s)(?=\S*\d)[A-ZÅÄÖ][A-ZÅÄÖ\d.-]*(?:/[A-ZÅÄÖ\d.-]+){2,}\s+"
                            r"(?=[^\W\d_])")
# Minutes of a meeting left unnamed, after the body's name: "TALMANSKONFERENSEN PROTOKOLL från sammanträdet".
_TRAILING_MINUTES_OF_MEETING = re.compile(r"(?i)\s+(?:protokoll|minnesanteckningar|mötesanteckningar|anteckningar)"
                                          r"\s+(?:från|fört vid|vid)\s+(?:sammanträdet|mötet)\s*$")


# A contents heading that opens a stored page's title, closed by a full stop, the document's own title after it:
# "Innehåll BILAGOR. Förbundsstyrelsesammanträde. ...", "Innehållsförteckning. Protokoll kommunstyrelsen".
_LEADING_CONTENTS = re.compile(r"(?i)(?:innehållsförteckning|innehåll|bilagor)(?:\s+(?:innehållsförteckning|innehåll|bilagor))*"
                               r"\s*\.\s+(?=(?-i:[A-ZÅÄÖ]))")
# The edition a municipality publishes on the web, its personal data left out, before or after the title:
# "NÄTUPPLAGA Protokoll Direktionens protokoll - Nätupplaga", "Protokoll (webbversion)". No body.
_EDITION = re.compile(r"(?i)[\s(\-–.]*(?:nätupplaga|webbupplaga|webbversion|internetversion|nätversion)[\s).]*")
_EDITION_HINTS = ("pplaga", "PPLAGA", "ersion", "ERSION")  # what `_TRAILING_EDITION` needs, found without a regex
_TRAILING_EDITION = re.compile(r"(?i)[\s(\-–,]+(?:nätupplaga|webbupplaga|webbversion|internetversion|nätversion)[\s).]*$")


def _skip_prefixes(text: str, off: int) -> int:
    """Skip the document words that open a title ("Protokoll från", "Mötesanteckningar –"), page counters
    among them ("PROTOKOLL 1 (6) PROTOKOLL FRÅN STYRGRUPPSMÖTE ...") and a contents heading before them."""
    off = off or after_page_number(text)  # "1 Minnesanteckningar från ...": a stored copy's page number first
    while True:
        m = (_PREFIX_RE.match(text, off) or _PAGE_COUNTER.match(text, off) or _LEADING_NUMBER.match(text, off)
             or (_NUMBER_BEFORE_KEPT_AT.match(text, off) if off and "vid" in text[off: off + 16] else None)
             or (_LEADING_PAGE_MARK.match(text, off) if "/" in text[off: off + 40] else None)
             or (_DOCUMENT_CODE.match(text, off) if "/" in text[off: off + 40] else None)
             or (_LEADING_CONTENTS.match(text, off) if text[off: off + 1] in "IiBb" else None)
             or (_EDITION.match(text, off) if text[off: off + 1] in "NnWwIi" else None))
        if not m or m.end() == off:
            return off
        off = m.end()


# A meeting word, then "på" and a place: "VU-sammanträde På Stocklycke vandrarhem, Omberg", "Styrelsemöte
# på Stadshuset". Group 1 ends at the meeting word, group 2 is the place (up to a date or a full stop).
_MEETING_AT_PLACE = re.compile(
    r"(?i)((?:möte|mötet|sammanträde|sammanträdet|sammankomst))\s+på\s+((?-i:[A-ZÅÄÖ])[^.;:!?\"\n]{1,80})")


# The same with "i" and a named place whose last word is a place noun (`w.PLACE_NOUN_ENDINGS`): "Protokoll
# från styrelsemöte i Stöde hembygdsgård 2014-10-30" (not "LAG-sammanträde i Leader Inlandet", a body).
_MEETING_IN_PLACE = re.compile(
    r"(?i)((?:möte|mötet|sammanträde|sammanträdet|sammankomst|stämma|stämman))\s+i\s+((?-i:[A-ZÅÄÖ])[\w-]*\s+([a-zåäö-]+))"
    r"(?=\s+(?:den\s+)?\d|\s*[,.]|\s*$)")


def _meeting_in_place(text: str) -> re.Match[str] | None:
    """`_MEETING_IN_PLACE` in `text`, its place ending in a place noun."""
    m = _MEETING_IN_PLACE.search(text) if " i " in text else None
    return m if m and m.group(3).endswith(_PLACE_NOUN_ENDINGS) else None


_CAPS_PLACE_START = re.compile(r"(?<= i )\w")


def venue_in_title(text: str) -> Found | None:
    """The place a title names after its meeting word: "VU-sammanträde På Stocklycke vandrarhem, Omberg"."""
    if text.isupper() and _opens_with_document_word(text) and " I " in text:
        # "PROTOKOLL FÖRT VID RYD-BOATORPS BYASTÄMMA I MOHEDA FÖRSAMLINGSHEM DEN 18 APRIL 2016.": read folded,
        # the place's first word capitalised (the same length, so the offsets hold)
        text = _CAPS_PLACE_START.sub(lambda p: p.group(0).upper(), text.casefold())
    m = (_MEETING_AT_PLACE.search(text) if "på" in text.casefold() else None) or _meeting_in_place(text)
    if not m:
        return None
    place = m.group(2)
    dates = find_dates(place)
    if dates:
        place = _WEEKDAY_DEN.sub("", place[: dates[0].start])
    place = place[: _run_on_cut(place, len(place))].rstrip(" ,-–")
    if not place or len(place.split()) > 8 or _platform(place):
        return None
    return Found(place, m.start(2), m.start(2) + len(place))


# A place named after the meeting word of a title sentence, past the meeting's day and hours that may stand between,
# after "på", "vid", the old "å" or (past a day or a clock) "i": "... fört vid SVERAKs styrelsemöte på SVERAKs kansli
# i Borås lördagen den 13 december kl.", "SIKO protokoll från styrelsemöte 17 september kl 12 på Postmuseum i Stockholm
# Närvarande: ...", "Protokoll fört vid styrelsemöte 14/5 1991 å Hjortås.", "Mötesnoteringar från mötet vid
# Rösjöbadet 19 augusti". Group 1 the words of the day and hours, 2 the preposition, 3 the place and what follows it
# (`_place_before_when` cuts it). The meeting word stands early in its line, as a title's does.
_DAY_OR_CLOCK_WORD = rf"(?:(?:{_WEEKDAY_RE})(?:en)?|den|kl\.?|klockan|(?:{_MONTH_RE})\.?|\d[\d./:–-]*,?)"
_MEETING_WHEN_PLACE = re.compile(
    rf"(?i)(?:möte|mötet|sammanträde|sammanträdet|sammankomst|stämma|stämman)((?:\s+{_DAY_OR_CLOCK_WORD}){{0,8}}?)\s*,?\s+"
    r"(på|i|vid|å)\s+((?-i:[A-ZÅÄÖ])[^\n]{0,120})")
_MEETING_WHEN_PLACE_REACH = 90  # how far into its line the meeting word may stand
_MEETING_WHEN_PLACE_WORDS = 8
# Words before the meeting word that make it another meeting's: "Nästa möte 12 maj kl 18 på Ängsgården".
_OTHER_MEETING_BEFORE = re.compile(r"(?i)\b(?:nästa|kommande|nästkommande|följande|nytt|extra\s+insatt)\s+[\w-]*$")
# A word that ends the place: the meeting's day or hours after it ("lördagen", "den", "kl", "17", "maj"), or a
# label after it ("Närvarande:", "Deltagare").
_PLACE_STOP_WORDS = frozenset(("den", "kl", "kl.", "klockan", "närvarande", "närvarande:", "deltagare", "deltagare:",
                               "frånvarande", "frånvarande:", "ledamöter", "ledamöter:", "beslutande", "beslutande:",
                               "tid", "tid:", "datum", "datum:", "mellan", "med", "från", "för", "då", "där", "och"))


def _place_before_when(value: str) -> str:
    """The place opening `value`: its words up to the first that gives the meeting's day or hours or is a label
    (`_PLACE_STOP_WORDS`, a weekday, a month, a date), or a full stop that ends the sentence; a house number stays
    when a comma or the end follows it ("Osquars Backe 12, Stockholm")."""
    words = value.split()
    kept: list[str] = []
    for k, word in enumerate(words[:_MEETING_WHEN_PLACE_WORDS + 1]):
        low = word.casefold().rstrip(",")
        if (low in _PLACE_STOP_WORDS or low.removesuffix("en") in w.WEEKDAYS or low.rstrip(".") in w.MONTHS
                or word[:1] in "([\"'" or kept and low.endswith(_BODY_ENDINGS)):
            break  # (a body's name after the place: "i Rådhussalen, Rådhuset Kommunfullmäktige består av ...")
        if word[:1].isdigit():
            street_number = (kept and kept[-1][:1].isupper() and len(word.rstrip(",.")) <= 3
                             and word.rstrip(",.").isdigit() and (word.endswith(",") or k + 1 == len(words)))
            if not street_number:
                break
        if word.endswith(("''", "**")):
            kept.append(word.rstrip("'*"))
            break  # "i Linköping'''": a wiki's or Markdown's bold closes the title
        kept.append(word)
        if word.endswith(".") and not word.rstrip(".").isupper() and len(word) > 3:
            break  # "å Hjortås.": the sentence ends
    return " ".join(kept).rstrip(" ,.;:–-")


# The meeting's weekday and day right after the place a title sentence names after "i" without a day before it:
# "årsmöte i Rökå lördagen den 31 mars 2012", "styrelsemöte i Bygdegården, Tolg, tisdag 3 maj"; not an
# association's name after "i" ("årsmöte i Vi Konsumenter den 15 april"), which the day follows without a weekday.
_DAY_AFTER_PLACE = re.compile(rf"(?i)\s*,?\s+(?:{_WEEKDAY_RE})(?:en)?\s+(?:den\s+)?\d{{1,2}}(?::e|:a)?\s+(?:{_MONTH_RE})\b")


def venue_past_meeting_day(text: str) -> Found | None:
    """The place a title sentence names after its meeting word past the day and hours (`_MEETING_WHEN_PLACE`);
    after "i" only past a day or clock ("styrelsemöte i DHR-Värmland" names an association). None for another
    meeting's place ("Nästa möte ..."), a body or organisation, a platform, or a place of more than eight words."""
    if "öte" not in text and "ÖTE" not in text and "ammantr" not in text and "AMMANTR" not in text and (
            "tämma" not in text):
        return None
    for m in _MEETING_WHEN_PLACE.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        if m.start() - line_start > _MEETING_WHEN_PLACE_REACH:
            break
        if _OTHER_MEETING_BEFORE.search(text, line_start, m.start() + 1):
            continue
        when, prep = m.group(1).strip(), m.group(2).casefold()
        place = _place_before_when(m.group(3))
        if prep == "i" and not when and not _DAY_AFTER_PLACE.match(m.group(3), len(place)):
            continue  # "årsmöte i Rökå lördagen den 31 mars": the day after the place, as after a town
        words = place.split()
        if not words or len(words) > _MEETING_WHEN_PLACE_WORDS:
            continue
        first = words[0].casefold().rstrip(",")
        if (first.endswith((*_BODY_ENDINGS, *_ORGANISATION_ENDINGS)) or _platform(place) or _is_remote_form(place)
                or prep == "i" and not when and names_organisation(place)  # "i Figeholms båtklubb tisdagen den 7 mars"
                or not _is_title_place(place.replace(",", " "))):
            continue
        return Found(place, m.start(3), m.start(3) + len(place))
    return None


# A flattened front page's label column run on before its values: the place's label, other labels after it (their
# values lost or stacked further on), then the place, up to the next label, the day, the hours or the first name of
# the attendance list: "Plats och tid: Beslutande: Icke tjänstgörande ersättare Sekreterare: Sessionssalen, Rådhuset,
# Örebro Torsdag den 6 mars", "Plats Beslutande Ledamöter Övriga deltagande Utses att justera Justering Underskrifter
# Kinnarps Arena, Jönköping Leif Larsson, ordförande", "Plats Sammanträdesrum Magistern Omfattning ande Johan Persson".
_PLACE_LABEL_IN_COLUMN = re.compile(r"(?<![\w-])(?:Sammanträdesplats|Mötesplats|Plats)(?=[\s:])")
# Label words that end the place when one follows it (case-folded, a colon or stop dropped).
_COLUMN_STOP_WORDS = frozenset((
    "beslutande", "närvarande", "ledamöter", "ledamot", "ersättare", "övriga", "deltagande", "deltagare", "tid",
    "sekreterare", "närvaro", "omfattning", "paragrafer", "paragraf", "justering", "justerare", "utses", "underskrifter",
    "underskrift", "kl", "klockan", "ande", "adress", "besöksadress", "frånvarande", "suppleanter", "ordförande",
    "datum", "dag", "sammanträdestid", "mötestid", "protokollförare", "anmält", "icke", "ej", "tjänstgörande"))
# The words of the labels between the place's label and its value.
_COLUMN_LABEL_RUN_WORDS = _COLUMN_STOP_WORDS | {"och", "att", "justera", "förhinder", "plats", "tid", "vid"}
_COLUMN_PLACE_WORDS = 8
_COLUMN_PLACE_LINES = 16  # the head's first lines with text


def _column_place(value: str) -> str:
    """The place opening the values after a label column (see above): its words up to a label word, a weekday, a
    month, a digit (a house number after a capitalised word and before a comma kept), a bracket, or a given name
    with a capitalised word after it (the attendance list's first name)."""
    words = value.split()
    kept: list[str] = []
    for k, word in enumerate(words[:_COLUMN_PLACE_WORDS + 1]):
        low = word.casefold().strip(",.:;")
        if (low in _COLUMN_STOP_WORDS or low.removesuffix("en") in w.WEEKDAYS or low in w.MONTHS
                or word[:1] in "([\"'"):
            break
        if word[:1].isdigit() and not (kept and kept[-1][:1].isupper() and len(word) <= 4 and word.endswith(",")):
            break
        nxt = words[k + 1] if k + 1 < len(words) else ""
        if kept and low.split("-")[0] in _GIVEN_NAME_SET and nxt[:1].isupper():
            break  # "Kinnarps Arena, Jönköping Leif Larsson, ordförande": the list begins
        kept.append(word)
        if word.endswith(".") and len(word) > 3:
            break  # "Plats Hellqvistsalen inte kan användas.": the sentence ends
    return " ".join(kept).rstrip(" ,.;:–-")


def venue_after_label_column(text: str) -> Found | None:
    """The place after a run of labels that follows the place's label on a flattened line (see above); None when
    the labels run on into a date, hours or names, or the words found are no place: neither a comma nor a place
    noun in them, more than eight words, a body's, a platform's."""
    for m in _PLACE_LABEL_IN_COLUMN.finditer(text):
        at = m.end()
        rest = text[at:]
        words = rest.split()
        skipped = 0
        while skipped < len(words) and words[skipped].casefold().strip(",.:;") in _COLUMN_LABEL_RUN_WORDS:
            skipped += 1
        value_at = at
        for word in words[:skipped]:
            value_at = text.index(word, value_at) + len(word)
        value_at = len(text) - len(text[value_at:].lstrip(" \t:"))
        place = _column_place(text[value_at:])
        if not place[:1].isupper():
            continue  # "Plats och tid för Kungsbackarummet ...": the label's own words go on ("för sammanträdet")
        after = text[value_at + len(place):].split()
        if skipped == 0 and not (after and after[0].casefold().strip(",.:;") in _COLUMN_STOP_WORDS):
            continue  # "Plats Stadshuset ...": a label and its value, the labels' readers' (unless a label follows)
        place_words = place.replace(",", " ").split()
        if len(place_words) > _COLUMN_PLACE_WORDS or _platform(place) or _is_remote_form(place):
            continue
        if "," not in place and not any(x.casefold().endswith(_PLACE_NOUN_ENDINGS) for x in place_words):
            continue
        if place_words[0].casefold().endswith(_BODY_ENDINGS) or not _is_title_place(place.replace(",", " ")):
            continue
        return Found(place, value_at, value_at + len(place))
    return None


def label_column_venue_in_head(clean: str, parts: list[Part], end: int) -> Found | None:
    """`venue_after_label_column` in the head's first lines as written (a flattened line is read whole, not in the
    parts its labels split it into), a stored copy's furniture not counted."""
    if not parts or "Plats" not in clean[: parts[min(end, len(parts)) - 1].end] and "plats" not in clean[
            : parts[min(end, len(parts)) - 1].end]:
        return None
    head_end = parts[min(end, len(parts)) - 1].end
    seen = 0
    at = 0
    for line in clean[:head_end].split("\n"):
        start, at = at, at + len(line) + 1
        if not line.strip() or _is_boilerplate(line):
            continue
        seen += 1
        if seen > _COLUMN_PLACE_LINES:
            break
        if "lats" not in line:
            continue
        found = venue_after_label_column(line)
        if found is not None:
            return _shift(found, start)
    return None


# A title of a meeting word, its date and its place: "Styrelsemöte 2017-02-26 Mångbyskolan",
# "Protokoll årsmöte 12 mars 2019 kl 18.00 Folkets hus". The meeting word opens it (a document word may
# stand first); the place is what follows the date and time, capitalised, without digits.
# The meeting word may carry the document's ("Årsmötesprotokoll 2018-03-08, Märthas Café, Visby.",
# "Styrelsemötesprotokoll 30-31/10 2019 Hesselby Slott."); the place may have parts apart by commas and close
# with a full stop.
_DATED_TITLE_HEAD = re.compile(r"(?i)^\s*(?:(?:" + "|".join(w.DOCUMENT_WORDS) + r")\s+)?[\wåäö-]*"
                               r"(?:möte|mötet|sammanträde|sammanträdet|träff|träffen|mötesprotokoll|"
                               r"sammanträdesprotokoll|mötesanteckningar)\s+(?:den\s+)?(?=\d)")
_PLACE_AFTER_TITLE_DATE = re.compile(r"(?i)[\s,–-]*(?:(?:kl\.?|klockan)\s*)?(?:\d{1,2}[.:]\d{2}(?:\s*[-–]\s*\d{1,2}[.:]\d{2})?)?"
                                     r"[\s,–-]*((?-i:[A-ZÅÄÖ])[\wåäö-]*(?:,?\s+[\wåäö-]+){0,4})\s*\.?\s*$")


_ROLE_ENDINGS = tuple(w.ROLE_SUFFIXES)  # "Årsmöte 2019-03-04 Ordförande Anna Berg": a role, no place
# A day and month with no year right after a dated title's head: "10 November" in "Medlemsmöte 10 November, BcJF Aula".
_YEARLESS_DAY_AT = re.compile(rf"(?i)\d{{1,2}}(?::?e|:a)?\.?\s+(?:{_MONTH_RE})\b(?![.,]?\s*\d)")


def venue_after_dated_title(text: str) -> Found | None:
    """The place that closes a dated title ("Styrelsemöte 2017-02-26 Mångbyskolan"); none when the
    words after the date name a body, a document or a weekday ("Styrelsemöte 2017-02-26 Styrelsen")."""
    head = _DATED_TITLE_HEAD.match(text) if len(text) <= 90 else None
    if not head:
        return None
    dates = find_dates(text)
    day_end = dates[0].end if dates and dates[0].start <= head.end() < dates[0].end else None
    if day_end is None and not dates:  # "Medlemsmöte 10 November, BcJF Aula": the day without its year
        yearless = _YEARLESS_DAY_AT.match(text, head.end())
        day_end = yearless.end() if yearless else None
    if day_end is None:
        return None
    m = _PLACE_AFTER_TITLE_DATE.match(text, day_end)
    if not m:
        return None
    if not _is_title_place(m.group(1)) or "," in m.group(1) and _opens_with_person(m.group(1)):
        return None  # "Styrelsemöte 2017-02-26, Anna Ek, Bo Berg": who came, no place
    return Found(m.group(1), m.start(1), m.end(1))


# A place between a title's date and its time: "den 21 mars 2017 Länsstyrelsen klockan 09.00",
# "2019-05-02 Stadshuset, Sessionssalen kl. 18.00". Group 1 is the place, one to four capitalised words.
_PLACE_BEFORE_CLOCK = re.compile(
    r"[\s,]+((?-i:[A-ZÅÄÖ])[\w&-]+(?:,?\s+(?-i:[A-ZÅÄÖ])[\w&-]+){0,3})\s*,?\s+(?i:klockan|kl\.?)\s*\d{1,2}[.:]\d{2}")
# A document or meeting word before that date: "Mötesanteckningar den ...", "Styrelsemöte ...".
_TITLE_WORD_BEFORE_DATE = re.compile(
    r"(?i)(?:protokoll|anteckningar|\w*möte|\w*mötet|\w*sammanträde|\w*sammanträdet)(?:\s+(?:den|från|fört vid))?\s*$")


_AGENCIES_AS_PLACES = frozenset(w.AGENCIES_AS_PLACES)


def venue_between_date_and_time(text: str) -> Found | None:
    """The place a title sets between its date and its time ("Mötesanteckningar den 21 mars 2017
    Länsstyrelsen klockan 09.00 12.00"); the date right after a document or meeting word."""
    head = text[:200]
    if "kl" not in head.casefold():
        return None
    for found in find_dates(head):
        if not _TITLE_WORD_BEFORE_DATE.search(head, max(0, found.start - 40), found.start):
            continue
        m = _PLACE_BEFORE_CLOCK.match(head, found.end)
        if m and (_is_title_place(m.group(1)) or m.group(1).casefold() in _AGENCIES_AS_PLACES):
            return Found(m.group(1), m.start(1), m.end(1))
        return None
    return None


# A head line that is only a place and the meeting's hours: "Söderåsens Miljöförbund, Storgatan 50 C, Klippan kl
# 08.30 - 11.45", "Stadshuset, Kungsbacka klockan 13.00-16.00". The place is a capitalised address of comma-separated
# parts (a street number allowed), or one whose last word is a place noun ("Folkets hus kl 18.00-20.00"). Group 1.
_PLACE_THEN_HOURS = re.compile(r"\s*((?-i:[A-ZÅÄÖ])[\w&.'-]*(?:,?\s+[\w&.'/-]+){0,9}?)\s*,?\s+(?:kl\.?|klockan)\s*"
                               r"\d{1,2}[.:]\d{2}\s*[-–]\s*\d{1,2}[.:]\d{2}\s*\.?\s*", re.IGNORECASE)
_HOURS_PLACE_WORDS = 10
_MEETING_WORD_ENDS = ("möte", "mötet", "sammanträde", "sammanträdet", "sammankomst", "träff", "träffen")


def venue_before_hours(text: str) -> Found | None:
    """The place of a head line that gives only a place, then the meeting's hours (`_PLACE_THEN_HOURS`): an
    address ("Söderåsens Miljöförbund, Storgatan 50 C, Klippan kl 08.30 - 11.45") or a named place ("Folkets
    hus kl 18.00-20.00"). None for a meeting word, a date, a person's role, a label or a platform before the hours."""
    if len(text) > 140 or "kl" not in text.casefold():
        return None
    m = _PLACE_THEN_HOURS.fullmatch(text)
    if m is None:
        return None
    place = m.group(1)
    words = place.replace(",", " ").split()
    if len(words) > _HOURS_PLACE_WORDS or find_dates(place) or not _is_title_place(_DIGIT_RUN.sub("", place)):
        return None  # (a street number is no date: the digits go before the test of the words)
    if words[0].casefold().endswith(_BODY_ENDINGS) or any(
            word.casefold().endswith((*_MEETING_WORD_ENDS, *_ROLE_ENDINGS)) for word in words):
        return None
    if "," not in place and not words[-1].casefold().endswith(_PLACE_NOUN_ENDINGS):
        return None  # "Anna Berg kl 18.00-20.00", "Årsmöte kl 18-20": no address, no place noun
    return Found(place, m.start(1), m.end(1))


def _venue_on_hours_line(parts: list[Part], end: int, start: Found) -> Found | None:
    """The place of the head line that gives the meeting's start (`venue_before_hours`): the line of the hours
    found, so a programme's "Lunch, kaffe kl 12.00-13.00" further down is never read."""
    part = next((q for q in parts[:end] if q.start <= start.start < q.end), None)
    found = venue_before_hours(part.text) if part is not None else None
    return _shift(found, part.start) if found is not None and part is not None else None


# The place right after the meeting's hours, closing the line or its sentence: "... onsdagen den 25 januari
# kl 0900-1530 på Förbundskansliet, Heliosgatan 3.", "kl. 18.00-20.00 i Folkets hus". Matched from the end
# clock's end; group 1 the place: capitalised, no sentence stop inside.
_PLACE_AFTER_HOURS = re.compile(r"\s*,?\s*(?:i|på)\s+((?-i:[A-ZÅÄÖ])[\w&'-]*(?:,?\s+[\w&'/-]+){0,7}?)\s*(?:\.(?:\s|$)|$)")


def venue_after_hours(parts: list[Part], end: int, stop: Found) -> Found | None:
    """The place that follows the head's hours on their line (`_PLACE_AFTER_HOURS`), read from the end clock
    found; None for a body, a meeting word, a role, a date, a label or a platform there."""
    part = next((q for q in parts[:end] if q.start <= stop.start < q.end), None)
    if part is None:
        return None
    m = _PLACE_AFTER_HOURS.match(part.text, stop.end - part.start)
    if m is None:
        return None
    place = m.group(1)
    words = place.replace(",", " ").split()
    if find_dates(place) or not _is_title_place(_DIGIT_RUN.sub("", place)) or any(
            word.casefold().endswith((*_MEETING_WORD_ENDS, *_ROLE_ENDINGS, *_BODY_ENDINGS)) for word in words):
        return None
    return Found(place, part.start + m.start(1), part.start + m.end(1))


def _is_title_place(place: str) -> bool:
    """Whether the words closing a dated title are a place, not a body, document, weekday, role or label."""
    first = place.split()[0].casefold()
    return not (any(map(str.isdigit, place)) or first in _DOCUMENT_WORDS or first in w.WEEKDAYS
                or first in w.MONTHS or first.endswith(_BODY_ENDINGS) or first.endswith(_ROLE_ENDINGS)
                or first in _COLUMN_LABEL_WORDS or bool(label_of(place, colon_required=False))
                or bool(_platform(place)) or _is_remote_form(place))


def venue_after_timed_title(text: str) -> Found | None:
    """The place that closes a title giving the yearless day and the time: "Protokoll föräldraråd 20 augusti
    kl. 18.30 Expeditionen" (see `_TIMED_TITLE_DAY`)."""
    if len(text) > 90 or not _opens_with_document_word(text.strip()):
        return None
    day = _TIMED_TITLE_DAY.search(text)
    m = _PLACE_AFTER_TITLE_DATE.match(text, day.end()) if day else None
    if not m or not _is_title_place(m.group(1)):
        return None
    return Found(m.group(1), m.start(1), m.end(1))


# A meeting at someone's home, named in a title or date line: "... hos Ylva och Stefan Åkesson".
_AT_HOME = re.compile(r"\s(?:hos|Hos|HOS)\s+(?=[A-ZÅÄÖ])")
# A contents heading after the title: "Protokoll från Socialutskottets sammanträde Innehållsförteckning".
# A document word may come between ("Regionstyrelsen Sammanträdesprotokoll Ärendeförteckning").
_TRAILING_CONTENTS = re.compile(r"(?i)(?:[\s,:–-]+(?:sammanträdesprotokoll|mötesprotokoll|protokoll))?"
                                r"[\s,:–-]+(?:innehållsförteckning|innehåll|ärendeförteckning)\s*$")
# A page head in the middle of a flattened line: a document word and a page counter.
# "SAMMANTRÄDESPROTOKOLL Sida 1(31)": the word of the page before its number.
_PAGE_HEAD = re.compile(r"(?i)\b(?:sammanträdesprotokoll|mötesprotokoll|protokoll|minnesanteckningar|mötesanteckningar"
                        r"|anteckningar)\s+(?:sida\s+)?\d{1,3}\s*\(\s*\d{1,3}\s*\)\s*")
# A flattened letterhead of one to three words before the minutes' title "<document word> för|från|vid
# <Body>": "o Österåker Minnesanteckningar för Integrationsrådet", "Region Kronoberg Protokoll från Kommunalt forum".
_LETTERHEAD_BEFORE_MINUTES = re.compile(
    r"\s*(?:[^\W\d_]+\s+){1,3}?(?=(?i:minnesanteckningar|mötesanteckningar|anteckningar|protokoll)\s+"
    r"(?i:för|från|fört vid|vid)\s+[A-ZÅÄÖ])")
# An organisation's letterhead, the document word and the minutes' number, then the body's name:
# "MELLERUDS KOMMUN SAMMANTRÄDESPROTOKOLL Nr 10. Byggnadsnämnden (39)". Group 1 is the name.
_ORGANISATION_MINUTES_BODY = re.compile(
    r"(?i)\s*[^\W\d_]+\s+(?:kommun|stad|region|landsting)\s+(?:sammanträdesprotokoll|protokoll|minnesanteckningar)"
    r"\s+(?:nr\.?\s*\d{1,3}\.?\s+|\d{1,3}\s*\(\s*\d{1,3}\s*\)\s+)?((?-i:[A-ZÅÄÖ])[\w-]+(?:\s+(?-i:[a-zåäö])[\w-]+){0,3})")
# A two-column letterhead flattened into one line: the right column's document word and diary number
# stand inside the body's name, which goes on in lower case: "Riksarkivets nämnd PROTOKOLL Dnr /3887 för
# enskilda arkiv" -> "Riksarkivets nämnd för enskilda arkiv".
_DOCUMENT_WORD_INSIDE_NAME = re.compile(
    r"(?<=[a-zåäö])\s+(?:PROTOKOLL|SAMMANTRÄDESPROTOKOLL|MINNESANTECKNINGAR)(?:\s+(?i:dnr)\.?\s*[\w/.-]*\d[\w/.-]*)?"
    r"\s+(?=[a-zåäö]+\s)")
# Bare labels ending a title line, their values lost ("Kommunchefsgrupp Dag Tid"), or the head of a
# diary number cut off ("Teknikutskottet LK/").
_TRAILING_LABELS = re.compile(
    r"(?:\s+(?:" + "|".join(sorted((label.capitalize() for label in w.TITLE_TRAILING_LABELS), key=len, reverse=True))
    + r")\b:?)+(?:\s+\d{0,3}\s*\(\s*\d{1,3}\s*\))?\s*$|\s+[A-ZÅÄÖ]{2,4}/\s*$")  # ("... 4 december Tid:": its colon)
# ("Förbundsstyrelsen Sammanträdesdatum (23)": the date and the page number "1" lost between them.)


# A stored blog page's category link run into the title's document word: "AllmäntProtokoll styrelsemöte",
# "NyheterMinnesanteckningar från ...". A lower-case letter, then the document word's capital.
_GLUED_CATEGORY = re.compile(r"[A-ZÅÄÖ]?[a-zåäö]+(?=(?:Protokoll|Minnesanteckningar|Mötesanteckningar|Anteckningar"
                             r"|Mötesprotokoll|Styrelseprotokoll|Sammanfattning)(?![a-zåäö]))")


# A parliamentary session year and a running number ending a title: "2025/26:32", "nr 2019/20:7".
_SESSION_NUMBER = re.compile(r"(?i)\s+(?:nr\.?\s*)?(?:19|20)\d{2}/\d{2}:\d{1,3}\s*$")


# The parties a meeting was held between, after its date: "Nätverksmöte den 13-14 oktober 2006 mellan de nordiska
# gastronomiska akademierna och vänföreningarna". Group 1 from "mellan" to the line's or sentence's end, two parties
# joined by "och" or "&".
_BETWEEN_PARTIES = re.compile(r"[\s,]+(mellan\s+[^\d.;:!?]{2,100}?\s(?:och|&)\s[^\d.;:!?]{2,80}?)\s*\.?\s*$")


# Whom a numbered meeting was held for, after its number: "Styrelsemöte nr. 2 för Sverok Stockholm den 04/";
# group 1 the capitalised name (not "för den 04/", "för år 2020").
_NUMBER_THEN_FOR = re.compile(r"\s+för\s+((?-i:[A-ZÅÄÖ])[\w&-]*(?:\s+(?-i:[A-ZÅÄÖ])[\w&-]*){0,4})(?=\s+(?:den\b|\d)|\s*[,.]|\s*$)")


# The opening bracket of a date in brackets after a title: "Styrelsemöte 9 (20171127)", "presidiemötet (2000-10-19)".
_DATE_BRACKET = re.compile(r"\s*[(\[]\s*$")


def _before_date_bracket(head: str) -> str:
    """A title's words before its date, without the bracket the date stands in ("presidiemötet (" ->
    "presidiemötet"); the words as they are without one."""
    bracket = _DATE_BRACKET.search(head)
    return head[: bracket.start()] if bracket and bracket.start() > 0 else head


# A meeting's word, then its day and month without a year: "Medlemsmöte 10 November, BcJF Aula". Group 1 the word.
_MEETING_WORD_YEARLESS_DAY = re.compile(
    rf"(?i)([^\W\d_]*(?:möte|mötet|sammanträde|sammanträdet|stämma|stämman|träff|träffen))\s+(?:den\s+)?"
    rf"\d{{1,2}}(?::?e|:a)?\.?\s+(?:{_MONTH_RE})\b(?![.,]?\s*\d)")


def _strip_title(text: str) -> tuple[str, int]:
    """Strip document words, dates and numbering from a title line; return the rest and its offset."""
    glued = _GLUED_CATEGORY.match(text)  # "AllmäntProtokoll styrelsemöte": a blog's category glued on
    off = _skip_prefixes(text, glued.end() if glued else 0)
    page_head = _PAGE_HEAD.search(text, off)
    if page_head and page_head.start() > off:  # "Bjurholm ... MINNESANTECKNINGAR 1(8) Kommunchefsgrupp": a letterhead first
        off = _skip_prefixes(text, page_head.end())
    if off == 0 and " " in text:
        letterhead = _LETTERHEAD_BEFORE_MINUTES.match(text)
        if letterhead:  # "o Österåker Minnesanteckningar för Integrationsrådet": a letterhead, then the title
            off = _skip_prefixes(text, letterhead.end())
        numbered = _ORGANISATION_MINUTES_BODY.match(text) if not letterhead else None
        if numbered and numbered.group(1).split()[-1].casefold().endswith(_BODY_ENDINGS):
            off = numbered.start(1)  # "MELLERUDS KOMMUN SAMMANTRÄDESPROTOKOLL Nr 10. Byggnadsnämnden (39)"
    rest = text[off:]
    edition = _TRAILING_EDITION.search(rest) if any(map(rest.__contains__, _EDITION_HINTS)) else None
    if edition and edition.start() > 0:  # "Direktionens protokoll - Nätupplaga": the web edition, after the title
        rest = rest[: edition.start()]
    if "PROTOKOLL" in rest or "MINNESANTECKNINGAR" in rest:
        rest = _DOCUMENT_WORD_INSIDE_NAME.sub(" ", rest)
    inline = _INLINE_VENUE_LABEL.search(rest)
    if inline and inline.start() > 0:  # "Teknikutskottet LK/ Plats Vårdcentralen ...": the title ends at a label
        rest = rest[: inline.start()]
    rest = _TRAILING_LABELS.sub("", rest)  # "Kommunchefsgrupp Dag Tid": labels whose values were lost
    host = _AT_HOME.search(rest)
    if host and host.start() > 0:  # "STYRELSEMÖTE I RENÅLANDETS BYFÖRENING HOS YLVA och ...": the place follows
        rest = rest[: host.start()]
    place = (_MEETING_AT_PLACE.search(rest) or _meeting_in_place(rest)) if " " in rest else None
    if place:  # "VU-sammanträde På Stocklycke vandrarhem, Omberg": the place follows the meeting word
        rest = rest[: place.end(1)]
    dates = find_dates(rest, compact=True)
    yearless = _MEETING_WORD_YEARLESS_DAY.search(rest) if not dates and _has_digit(rest) else None
    if yearless:
        rest = rest[: yearless.end(1)]  # "Medlemsmöte 10 November, BcJF Aula": the name ends at its yearless day
    if dates:
        first = dates[0]
        head = rest[: first.start]
        head = _WEEKDAY_DEN.sub("", head)
        between = _BETWEEN_PARTIES.match(rest, first.end) if head.strip() and "mellan" in rest else None
        if between:  # "Nätverksmöte den 13-14 oktober 2006 mellan de nordiska akademierna och ...": who met is the name
            rest = f"{head.rstrip(' ,')} {between.group(1).rstrip(' .')}"
        elif head.strip(" -–,:"):
            rest = _before_date_bracket(head)  # "Kort rapport från presidiemötet (2000-10-19)": the bracket goes too
        else:  # "221003 Sammanfattning av styrelsens möte": the date first, then the title words
            at_place = _PLACE_AFTER_DATE.match(text, off + first.end)
            if at_place and not text.rstrip(" .").casefold().endswith(_BODY_ENDINGS):
                return "", at_place.end()  # "Minnesanteckningar 23 april 2015 i Umeå": the place, no body
            # ("Protokoll 2015-04-23 i Kommunala pensionärsrådet": the body after its preposition)
            off = _skip_prefixes(text, at_place.end() if at_place else off + first.end)
            rest = text[off:]
    number = _RX_STRIP_TITLE_1.search(rest)
    if number and number.start() > 0:  # "Styrelsemöte nr. 1 Reykjavik": the meeting's number and place follow
        held_for = _NUMBER_THEN_FOR.match(rest, number.end())  # "Styrelsemöte nr. 2 för Sverok Stockholm den 04/"
        rest = rest[: number.start()] + (f" för {held_for.group(1)}" if held_for else "")
    clock = _RX_STRIP_TITLE_2.search(rest)
    if clock and clock.start() > 0:  # "Kommunala pensionärsrådet protokoll Kl. 13:00 16:00. Konferensrum 1"
        rest = _strip_document_word(rest[: clock.start()])
    sentence = _RX_STRIP_TITLE_3.search(rest)
    if sentence and sentence.start() > 0:  # "Folkhälsorådet. Sammanträdesdatum ...": the title ends at its first full stop
        rest = rest[: sentence.start()]
    for _ in range(3):  # "Styrelsemöte 4", "Styrelseprotokoll nr 3 2021", "Presidiemöte 2/9", "... i april"
        was = rest
        rest = _RX_STRIP_TITLE_4.sub("", _TRAILING_DAY_MONTH.sub("", _MEETING_NUMBER_OF_YEAR.sub("", _TRAILING_PAGE_COUNT.sub("", rest))))
        if "sid" in rest[-14:].casefold() or "page" in rest[-14:]:  # "Kommunstyrelsen Sida 1(3)": the page's mark
            rest = _TRAILING_PAGE_WORD.sub("", rest)
        if rest != was:  # "... Samfällighetsförening söndagen den 20 mars": the weekday before the day goes too
            rest = _WEEKDAY_DEN.sub("", rest)
        if rest == was:
            break  # nothing more to strip: the next rounds would not change it either
    rest = _RX_STRIP_TITLE_5.sub("", rest)  # "REGIONUTVECKLING Kl": the time was cut off
    if "vid" in rest or "från" in rest:
        rest = _TRAILING_MINUTES_OF_MEETING.sub("", rest)  # "TALMANSKONFERENSEN PROTOKOLL från sammanträdet"
    owned = rest
    rest = _strip_document_word(rest)  # "Regionalt forum – minnesanteckningar"
    if rest != owned and rest.endswith("s") and rest.casefold()[:-1].endswith(_BODY_ENDINGS) and owned[len(rest):][:1] == " ":
        rest = rest[:-1]  # "Direktionens protokoll", "Styrelsens protokoll": the body owns the minutes
    rest = _TRAILING_CONTENTS.sub("", rest)
    rest = _RX_STRIP_TITLE_6.sub("", rest)
    rest = _RX_STRIP_TITLE_7.sub("", rest)  # "PROTOKOLL NR 5/2001/2002"
    if ":" in rest:
        rest = _SESSION_NUMBER.sub("", rest)  # "Utskottssammanträde 2025/26:32": the session year and number
    kind = _MEETING_KIND_LABEL.match(rest) if ":" in rest else None
    if kind and kind.end() < len(rest):  # "Beslutsmöte: LAG-styrelsen": the kind of meeting, then who holds it
        rest, off = rest[kind.end():], off + kind.end()
    lead = len(rest) - len(rest.lstrip(" -–—:,"))
    return rest.strip(" -–—:,.|"), off + lead


# A kind of meeting as the label of the body's name: "Beslutsmöte: LAG-styrelsen", "Sammanträde: Kommunala
# Handikapprådet".
_MEETING_KIND_LABEL = re.compile(r"(?i)\s*[^\W\d_]*(?:möte|sammanträde)\s*:\s+(?=(?-i:[A-ZÅÄÖ]))")


# "Presidiemöte 2/9", "möte den 8/9-16" (a two-digit year after the dash), "Styrelsemöte 13/12/20" (after a slash),
# "Styrelsemöte den 4 maj".
_TRAILING_DAY_MONTH = re.compile(
    rf"(?i)(?<=\S)\s+(?:(?:den\s+)?\d{{1,2}}/\d{{1,2}}(?:\s*-\s*\d\d(?:\d\d)?|/\d\d)?|(?:den\s+)?\d{{1,2}}\s+(?:{_MONTH_RE})|(?:i\s+)?(?:{_MONTH_RE}))\s*$")
# The meeting's running number in its year after the title: "styrelsens möte 18/2021", "Styrelsemöte 3/2019".
# The document's page count after the title, its page number lost: "Byggnadsnämnden (39)".
_TRAILING_PAGE_COUNT = re.compile(r"(?<=\S)\s*\(\s*\d{1,3}\s*\)\s*$")
# A page's mark left at a title's end once its count went: "Kommunstyrelsen Sida" (of "Sida 1(3)"), "REGISTER Sid".
_TRAILING_PAGE_WORD = re.compile(r"(?i)(?<=\S)\s+(?:sida|sid\.?|page)(?:\s*\d{1,3}(?:\s+(?:av|of)(?:\s+\d{1,3})?)?)?\s*$")
_MEETING_NUMBER_OF_YEAR = re.compile(r"(?<=\S)\s+(?:nr\.?\s*)?\d{1,3}\s*/\s*(?:19|20)\d{2}\s*$")
_LABEL_RUN = re.compile(r"^(?:\s*[^\W\d_]+(?:\s+(?:och|av|att)\s+[^\W\d_]+)*\s*:)+\s*")


# A place named right after a date, no time between: "2013-05-29 på Järnvägsrestaurangen", "den 4 maj
# 2015 i Folkets hus". A capital after the preposition: "i samband med" is no place.
_PLACE_AFTER_DATE = re.compile(r"[ \t]*,?[ \t]+(?:på|i|hos)[ \t]+(?=[A-ZÅÄÖ])")
_PLACE_SENTENCE_END = re.compile(r"\.\s+(?=[A-ZÅÄÖ])")
# The same with a lower-case noun of a room or house (`w.VENUE_NOUN_ENDINGS`): "8 februari 2017 i konferensrummet,
# GFRK", "den 4 maj i föreningslokalen" (not "i samband med", "i år").
_NOUN_PLACE_AFTER_DATE = re.compile(r"[ \t]*,?[ \t]+(?:på|i)[ \t]+(?=(?:[a-zåäö][\w-]*)?(?:"
                                    + "|".join(w.VENUE_NOUN_ENDINGS) + r")(?![\w-]))")


# A full stop closing the time, a capitalised place after it: "kl. 21.30. Degerbygården".
_SENTENCE_STOP_BEFORE_PLACE = re.compile(r"\.[ \t]+(?=[A-ZÅÄÖ])")
_PLACE_AFTER_STOP_WORDS = 4  # a longer rest, or one closed by a full stop, is a sentence ("Mötet öppnades.")


def venue_after_time(text: str) -> Found | None:
    """The place written after the date and time of a title or date line: "Protokoll från förbundsstyrelsens
    sammanträde Fredag 26 maj 2000, kl 08.30-11.30 Hotel Strandbaden, Falkenberg", "..., kl 13.00, i Ale
    gymnasium, Ale kommun"."""
    dates = find_dates(text) or find_dates(text, compact=True)  # "Partille Ridklubb 20160511 kl 18:00 Klubbhuset"
    if not dates:
        return None
    rest_at = dates[0].end
    noun_place = False
    rng = find_time_range(text[rest_at:])
    clock = None if rng else _RX_VENUE_AFTER_TIME_1.match(text[rest_at:])
    if rng and text[rest_at: rest_at + rng[0].start].strip(" ,").casefold().rstrip(".") in ("", "kl", "klockan"):
        rest_at += rng[1].end
    elif clock:
        rest_at += clock.end()
    elif _PLACE_AFTER_DATE.match(text, rest_at):
        pass  # "Närvarande 2013-05-29 på Järnvägsrestaurangen Östra station": the place right after the date
    elif _NOUN_PLACE_AFTER_DATE.match(text, rest_at):
        noun_place = True  # "Styrelsemöte 8 februari 2017 i konferensrummet, GFRK."
    else:
        return None
    if clock or rng:
        stop = _SENTENCE_STOP_BEFORE_PLACE.match(text, rest_at)
        after = text[stop.end():].strip() if stop else ""
        if stop and len(after.split()) <= _PLACE_AFTER_STOP_WORDS and not after.endswith((".", "!", "?", ":")):  # "onsdagen den 14/8 2013 kl. 21.30. Degerbygården": the time's sentence ends, the place follows
            rest_at = stop.end()
    rest = text[rest_at:]
    if noun_place:  # "8 februari 2017 i konferensrummet, GFRK. Närvarande Anna ...": the full stop ends the place
        stop = _PLACE_SENTENCE_END.search(rest)
        rest = rest[: stop.start() + 1] if stop else rest
    listed = _LIST_BY_REFERENCE.search(rest) if clock or rng else None
    if listed:  # "kl. 16-18 Alceahusets konferensavdelning Storsjön Enligt bifogad närvarolista Franz Heinel, ...":
        rest = rest[: listed.start()]  # a stacked label column's values, the attendance list's after the place
    m = _RX_VENUE_AFTER_TIME_2.match(rest)
    if not m:
        return None
    place = m.group(1)[: _run_on_cut(m.group(1), len(m.group(1)))].rstrip(" ,")
    if _platform(place):  # "på kontoret/via Skype", "i Folkets hus och via Teams": held both ways, the place first
        first = _RX_FIND_VENUE_5.split(place, maxsplit=1)[0].strip(" ,")
        place = first if first != place and not _platform(first) and not _is_remote_form(first) else place
    if not place or len(place.split()) > 8 or find_dates(place) or _platform(place) or find_time_range(place):
        return None  # "... klockan 09:00-16:00 Ajournering 09:05-10:05": more hours, no place
    return Found(place, rest_at + m.start(1), rest_at + m.start(1) + len(place))


def venue_after_labels(text: str) -> Found | None:
    """The place in a front page flattened label column first, values after ("Plats och tid: Beslutande:
    Net City, Örebro Torsdag den 1 juni ..."): the comma-separated place right before the first date,
    its first part cut to its capitalised words ("nämnd Regionförbundet, Nygatan 34, Kalmar Torsdagen
    den 11 september 2008" gives "Regionförbundet, Nygatan 34, Kalmar")."""
    lead = _LABEL_RUN.match(text)
    start = lead.end() if lead else 0
    dates = [d for d in find_dates(text) if d.start >= start]
    if not dates:
        return None
    head = _WEEKDAY_DEN.sub("", text[start: dates[0].start]).rstrip(" ,")
    segments = head.split(",")
    if len(segments) < 2:
        return None
    first = _RX_VENUE_AFTER_LABELS_1.search(segments[0])
    if not first:
        return None
    s = start + first.start()
    list_label = _LEADING_LIST_LABEL.match(text, s)
    if list_label:  # "Beslutande Styrelserummet, Landstingshuset, Östersund den 30 mars": the list's label first
        s = list_label.end()
    return Found(text[s: start + len(head)].strip(), s, start + len(head))


# What ends a place written before the day in a stacked labels' values: a weekday with its day, a dated day,
# a clock time.
_STACKED_PLACE_END = re.compile(rf"(?i)\b(?:(?:{_WEEKDAY_RE})(?:en)?\b|den\s+\d|\d{{1,2}}\s+(?:{_MONTH_RE})\b|kl\b|klockan\b|\d)")


def venue_before_stacked_date(value: str) -> Found | None:
    """The place that a run of stacked labels' values opens with, up to the day or time ("Dag och tid: Kronan,
    Luleå Tisdagen den 11 augusti, kl. 18:30" gives "Kronan, Luleå"); None when a date or time comes first
    or the place does not open with a capital."""
    lead = _LABEL_RUN.match(value)
    if not lead:
        return None
    stop = _STACKED_PLACE_END.search(value, lead.end())
    if stop is None:
        return None
    place = value[lead.end(): stop.start()].rstrip(" ,;")
    if not place or not place[0].isupper() or len(place.split()) > 8:
        return None
    return Found(place, lead.end(), lead.end() + len(place))


def _is_boilerplate(text: str) -> bool:
    """Tell whether a line is the frame of a stored web page, not the minutes, or a file's running head."""
    # Runs of white space as one space, none at the ends (`str.split` splits where `\\s` matches).
    low = " ".join(text.casefold().replace(":", " ").split()).strip(" \"")
    return (low in _BOILERPLATE or low.startswith(_BOILERPLATE_HEADS) or _is_logo_text(low) or _is_wiki_tagline(text)
            or _is_chrome_run(low) or _is_skip_link(low) or _is_site_notice(low)
            or "Prot" in text and _FILING_HEAD.fullmatch(text.strip()) is not None)


# A site's skip link or menu link to a part of the page, a line of its own, in any of its wordings: "Gå direkt till
# huvudinnehållet", "Hoppa till innehåll", "Till sidans innehåll", "Hoppa över navigeringen", "Gå till sökfältet",
# "Skip to main content": a verb (or none), "direkt" perhaps, "till" / "över", then a part of the page. `low` is
# case-folded, its white space single spaces.
_SKIP_LINK = re.compile(
    r"(?:(?:gå|hoppa|skippa|snabbt|genväg|länk)\s+)?(?:direkt\s+|vidare\s+)?(?:till|över)\s+"
    r"(?:sidans\s+|webbplatsens\s+|själva\s+)?(?:huvud)?(?:innehåll(?:et)?|navigering(?:en)?|navigation(?:en)?"
    r"|meny(?:n)?|sök(?:ning(?:en)?|fältet|rutan)?|sidfot(?:en)?|sidhuvud(?:et)?|toppen|text(?:en)?)"
    r"|(?:skip|jump)\s+(?:to\s+)?(?:the\s+)?(?:main\s+)?(?:content|navigation|menu|search|footer)(?:\s+links?)?\.?")


def _is_skip_link(low: str) -> bool:
    return len(low) < 48 and low[:1] in "ghstlj" and _SKIP_LINK.fullmatch(low) is not None


# A site's notice over its pages, a short line of its own: its cookie banner ("Vi använder kakor", "Acceptera alla
# cookies", "Inställningar för kakor") or a stamp of the page's date ("Sidan uppdaterades 2 december 2021", "Senast
# uppdaterad: 2019-05-03", "Sidan senast ändrad 12 mars"): the frame, never the minutes' title.
_COOKIE_WORDS = re.compile(r"\b(?:kakor|kakorna|kaka|cookies?|cookie-inställningar|kakinställningar)\b")
_PAGE_STAMP = re.compile(r"(?:sidan\s+)?(?:senast\s+)?(?:uppdaterades|uppdaterad|uppdaterat|ändrades|ändrad|granskad)"
                         r"(?:\s+senast)?\s+\d[\w ./-]*")

# A document site's counters over a stored copy: "Views: 24 Pages: 6", "Visningar 112", "Sidor: 3 Nedladdningar: 5".
_COUNTER_LINE = re.compile(r"(?:(?:views|visningar|pages|sidor|downloads|nedladdningar)\s+\d{1,7}\s*)+")


def _is_site_notice(low: str) -> bool:
    if len(low) > 80:
        return False
    if ("kak" in low or "cookie" in low) and len(low.split()) <= 8 and _COOKIE_WORDS.search(low):
        return True
    if low[:1] in "vpsdn" and _COUNTER_LINE.fullmatch(low):
        return True
    return ("uppdater" in low or "ändra" in low or "granskad" in low) and _PAGE_STAMP.fullmatch(low) is not None


# A file's running head naming it by the abbreviation "Prot" (protokoll), a place and the year, above the
# title: "GN Prot Stockholm 2006", "Prot. 2019", "KF Prot 2021": the file's label, no body's name.
_FILING_HEAD = re.compile(r"(?:[A-ZÅÄÖ]{1,6}\s+)?Prot\.?\s+(?:[A-ZÅÄÖ][a-zåäö-]+\s+)?(?:19|20)\d\d")


def _is_chrome_run(low: str) -> bool:
    """A line of several navigation links run together: "hoppa till navigering hoppa till sök"."""
    if len(low) > 80 or not low.startswith(_CHROME_HEADS):
        return False
    rest = low
    for phrase in _CHROME_LONGEST_FIRST:
        rest = rest.replace(phrase, " ")
    return not rest.strip(" |·•-")


# A wiki page's tagline under its title: "Från Wikimedia", "Från Wikipedia, den fria encyklopedin".
_WIKI_TAGLINE = re.compile(r"\s*(?:Från|From)\s+[A-ZÅÄÖ][\w-]*(?:\s+[A-ZÅÄÖ][\w-]*)?(?:,\s+den fria \w+)?\s*")


def _is_wiki_tagline(text: str) -> bool:
    return len(text) < 60 and text.lstrip()[:2] in ("Fr", "fr") and bool(_WIKI_TAGLINE.fullmatch(text))


_LOGO_WORDS = frozenset(w.LOGO_WORDS)


def _is_logo_text(low: str) -> bool:
    """A stored page's logo image text, a short line ending in "logga" or "logotyp" ("Finnvedens
    samordningsförbunds logga"): the site's frame, no title. `low` is case-folded."""
    words = low.split()
    if len(words) == 1:
        return _is_logo_file_name(words[0])
    return 1 < len(words) <= 6 and words[-1].strip(".") in _LOGO_WORDS


_FILE_NAME_PARTS = re.compile(r"[_\-.]+")


def _is_logo_file_name(word: str) -> bool:
    """A logo image's file name left as a line of its own ("UT_logo_orange", "kommun-logga.png",
    "logo_vit"): one word joined by "_", "-" or ".", one of whose parts is a logo word."""
    parts = [p for p in _FILE_NAME_PARTS.split(word) if p]
    return len(parts) > 1 and any(p in _LOGO_WORDS for p in parts)


# A site's navigation, kept by a stored copy of a portal page ("Hoppa över navigering" above a
# Meetings+ meeting): whole lines only. Kept here, next to the one rule that reads them, rather
# than in `words.py` (whose lists other steps share).
_SITE_CHROME: tuple[str, ...] = (
    "hoppa över navigering", "hoppa till innehållet", "hoppa till huvudinnehållet", "hoppa till sidans innehåll",
    "gå till innehållet", "gå direkt till innehållet", "gå till huvudinnehåll", "till huvudinnehållet",
    "skip to content", "skip to main content", "skip navigation", "meny", "huvudmeny", "stäng meny", "öppna meny",
    "startsida", "tillbaka", "lyssna", "skriv ut sidan", "dela sidan", "sidans innehåll",
    "relevanta dokument", "liknande dokument",  # a docplayer page's list of other documents
    "hoppa till navigering", "hoppa till sök", "jump to navigation", "jump to search",  # a wiki page's
    "startsidan", "aktuellt", "nyheter", "till startsidan",  # a site's menu: "Aktuellt startsida", "Startsidan"
    "gå till innehåll", "hoppa till innehåll", "gå direkt till innehåll", "till innehåll",  # a skip link, indefinite
    # a site builder's anchors and search box: "top of page" over a Wix page, "Skriv in din sökning här"
    "top of page", "bottom of page", "back to top", "till toppen", "till toppen av sidan", "upp till toppen",
    "skriv in din sökning här", "skriv in din sökning", "sök på webbplatsen", "sök här", "skriv ditt sökord",
    "annons", "reklam", "advertisement", "sponsrat innehåll",  # a news site's ad banner over the text
    # a blog's side panels, kept above the post: "Bloggarkiv" / "måndag 8 oktober 2018" / "Styrelsemöte X 2018-09-27"
    "bloggarkiv", "blogarkiv", "blog archive", "etiketter", "om mig", "senaste inläggen", "populära inlägg",
    # a site's buttons and menu words around the text: "Läs här" over a stored copy, "Dela till Facebook", "Hitta snabbt"
    "läs här", "läs mer här", "kommentarer", "comments", "kommentera", "stäng", "sökfält", "sök på sidan",
    "dela på", "dela till facebook", "dela till twitter", "dela till linkedin", "dela med e-post", "dela på facebook",
    "lyssna på sidan", "talande webb", "översätt", "translate", "in english", "lättläst",
    "teckenspråk", "hitta snabbt", "genvägar", "snabblänkar", "mina sidor", "logga ut", "e-tjänster",
    "kontakta oss", "synpunkter & felanmälan", "skip navigation links", "print", "huvudnavigering", "undermeny",
)
_BOILERPLATE = frozenset(w.WEB_BOILERPLATE + _SITE_CHROME)
_CHROME_LONGEST_FIRST = tuple(sorted(_SITE_CHROME, key=len, reverse=True))
_CHROME_HEADS = tuple({phrase.split()[0] for phrase in _SITE_CHROME})
_BOILERPLATE_HEADS = tuple(b + " " for b in w.WEB_BOILERPLATE)


def _is_document_word_line(text: str) -> bool:
    """Whether every word of `text` is a document word ("Protokoll", "MÖTESANTECKNINGAR"), and it has one."""
    found = False
    for m in _RX_IS_DOCUMENT_WORD_LINE_1.finditer(text.casefold()):  # stops at the first other word
        if m.group() not in _DOCUMENT_WORDS:
            return False
        found = True
    return found


_DOCUMENT_WORDS = frozenset(w.DOCUMENT_WORDS)


def _definite(word: str, clean: str) -> str:
    """Give a capitalised body word its definite form if the text uses one ("FOLKHÄLSORÅD" -> "Folkhälsorådet")."""
    base = word.casefold()
    m = re.search(rf"(?i)\b({re.escape(base)}(?:et|en|n|t))s?\b", clean)
    found = m.group(1) if m else base
    return found[:1].upper() + found[1:].casefold()


# A letterhead naming the organisation, not the body: "Region Kronoberg", "Växjö kommun".
_ORG_LINE = re.compile(
    r"(?i)^(?:region|landstinget)\s+[^\W\d_]+(?:\s+län)?$|^[^\W\d_]+s?\s+(?:kommun|stad|län|landsting)$")


# A title naming the meeting of a body of an organisation: "Styrgruppsmöte för Energiintelligent Dalarna".
_MEETING_OF = re.compile(r"(?i)([^\W\d_]+?)s?(?:möte|sammanträde)\s+(i|för)\s+([^\W\d_].*)")


# A meeting of a body "med" a named organisation: "styrelsemöte med Fryksås Fäbodlag Samfällighetsförening".
_MEETING_WITH_ORGANISATION = re.compile(r"(?i)[^\W\d_]*(?:möte|sammanträde)\s+med\s+((?-i:[A-ZÅÄÖ])[^\W\d_].*)")


# A meeting "med" a board then its organisation's name: "Sammanträde med styrelsen Estuna Bygdegårdsförening",
# "Möte med styrelsen i X" not (a place or "för X" reads elsewhere). Group 1 the board's word, 2 the organisation.
_MEETING_WITH_BOARD_OF = re.compile(r"(?i)(?:sammanträde|möte)\s+med\s+(styrelsen)\s+(?!(?:för|i|på|och)\b)"
                                    r"((?-i:[A-ZÅÄÖ])[^\W\d_][\w-]*(?:\s+[\w-]+){0,5})")

# A label of the meeting's kind before a meeting word: "Art: Styrelsemöte", "Mötestyp: Styrelsemöte".
_KIND_OF_MEETING_LABEL = re.compile(r"(?i)(?:art|mötesart|mötestyp|typ av möte)\s*:\s*(?=\S)")


# How an organisation's name ends (a body "i" it), unlike a place's: "... i Renålandets byförening".
_ORGANISATION_ENDINGS = ("förening", "föreningen", "byalag", "byalaget", "förbund", "förbundet", "sällskap",
                         "sällskapet", "klubb", "klubben", "partiet", "organisation", "organisationen", "stiftelse",
                         "stiftelsen", "kommun", "region", "regionen", "landsting", "landstinget",
                         "samfällighet", "samfälligheten")  # "Östby Vägsamfällighet": a road association


# The body a one-word "<body>protokoll" title names: "Direktionsprotokoll", "Nämndprotokoll".
_PROTOCOL_BODIES = {**w.MEETING_WORD_BODIES, "direktion": "direktionen", "delegation": "delegationen"}


# A body's short name joined to the meeting word: "VU-sammanträde", "AU-möte", "KS-protokoll".
_ACRONYM_MEETING = re.compile(r"([A-ZÅÄÖ]{2,6})\s*-\s*(?:möte|mötet|sammanträde|sammanträdet|protokoll)", re.IGNORECASE)
# A meeting "inom", "med" or "hos" a body, a place perhaps after it: "möte inom MRO i Mariefred",
# "Årsmöte med KommITS", "Möte med styrgruppen".
_MEETING_WITHIN = re.compile(
    r"(?i)(?:(" + "|".join(w.MEETING_KINDS) + r")|möte|mötet|sammanträde|sammanträdet|sammankomst)"
    r"\s+(?:inom|med|hos)\s+([^\W\d_].*?)(?:\s+i\s+(?-i:[A-ZÅÄÖ])[\w-]*)?")


# A kind of meeting held with or by a body: "Arbetsmöte med Kulturrådet", "Planeringsmöte i styrgruppen".
_ACTIVITY_WITH = re.compile(
    r"(?i)(?:" + "|".join(sorted(map(re.escape, w.MEETING_ACTIVITY_WORDS), key=len, reverse=True))
    + r")\s+(inom|med|hos|för|i)\s+([^\W\d_].*)")


def _body_with_activity(name: str) -> str | None:
    """The body a kind-of-meeting title names after a preposition ("Arbetsmöte med Kulturrådet" ->
    "Kulturrådet"); after "i" only a body's or organisation's name counts ("i Stadshuset" is a place)."""
    m = _ACTIVITY_WITH.fullmatch(name)
    if not m:
        return None
    body = m.group(2)
    last = body.split()[-1].casefold()
    named = last.endswith(_BODY_ENDINGS) or last.endswith(_ORGANISATION_ENDINGS)
    if not named and (m.group(1).casefold() == "i" or not body[:1].isupper()):
        return None
    return body[:1].upper() + body[1:]


def _body_within(name: str) -> str | None:
    """The body of a title "<meeting> inom|med|hos <body>": "möte inom MRO i Mariefred" -> "MRO";
    a meeting kind stays beside it ("Årsmöte med KommITS" -> "KommITS, årsmöte")."""
    m = _MEETING_WITHIN.fullmatch(name)
    if not m:
        return None
    body = m.group(2)
    last = body.split()[-1].casefold()
    if not body[:1].isupper() and not last.endswith(_BODY_ENDINGS) and not last.endswith(_ORGANISATION_ENDINGS):
        return None  # "Möte med anledning av ...": no name after the preposition
    if name[m.end(2):].strip() and name.split()[-1].casefold().endswith(_ORGANISATION_ENDINGS):
        body = name[m.start(2):]  # "Möte med styrelsen i Renålandets byförening": an organisation, not a place
    body = body[:1].upper() + body[1:]
    return f"{body}, {m.group(1).casefold()}" if m.group(1) else body


# Two kinds of meeting held at once, the first word cut at its hyphen: "Styrelse- och arbetsmöte".
_JOINT_MEETING = re.compile(r"(?i)([a-zåäöé]+)- och ([a-zåäöé]+?)(möte|sammanträde)")


def _joint_meeting_body(first: str, second: str, word: str) -> str | None:
    """The body of a joint meeting whose second part names only what was done: "Styrelse- och
    arbetsmöte" -> "Styrelsen"; None when the second names a body or a meeting of members of its own
    ("Styrelse- och medlemsmöte", "Styrelse- och ledningsgruppsmöte")."""
    stem, other = first.casefold(), second.casefold()
    ending = next((e for e in w.MEETING_WORD_BODIES if stem.endswith(e)), None)
    if ending is None and stem.endswith("s"):  # "Styrgrupps- och planeringsmöte": a linking s
        stem = stem[:-1]
        ending = next((e for e in w.MEETING_WORD_BODIES if stem.endswith(e)), None)
    if ending is None or other + word.casefold() in w.MEETING_KINDS:
        return None
    if any(other.removesuffix("s").endswith(e) for e in w.MEETING_WORD_BODIES):
        return None
    value = stem[: len(stem) - len(ending)] + w.MEETING_WORD_BODIES[ending]
    return value[:1].upper() + value[1:]


# The place after a one-word body and a comma: "Kyrkorådet, i Dalby församling" (the body is the word).
_BODY_COMMA_PLACE = re.compile(r",\s+(?:i|på|inom)\s+(?=[A-ZÅÄÖ])")


def body_before_place(name: str) -> str:
    """A one-word body's name without the place after its comma: "Kyrkorådet, i Dalby församling" -> "Kyrkorådet"."""
    comma = name.find(",")
    if 0 < comma < 40 and " " not in name[:comma] and _BODY_COMMA_PLACE.match(name, comma) \
            and name[:comma].casefold().endswith(_BODY_ENDINGS):
        return name[:comma]
    return name


# A meeting word, then the organisation's name in capitalised words: "Styrelsemöte Äso Skagern",
# "Årsmöte Hörneå Bygdegårdsförening", the meeting word perhaps in capitals ("STYRELSEMÖTE Fältbiologerna").
# Group 1 the meeting word, 2 the name.
_KIND_THEN_NAME = re.compile(r"\s*((?i:[^\W\d_]*?(?:möte|sammanträde|stämma)))\s+((?-i:[A-ZÅÄÖ])[\w-]+(?:\s+(?-i:[A-ZÅÄÖ])[\w-]+){0,3})\s*")


def _kind_then_name_body(kind: str, name: str) -> str | None:
    """The body of "<meeting word> <Name>": the board's ("Styrelsemöte Äso Skagern" -> "Äso Skagern,
    styrelsen"), or the name with the meeting's kind ("Årsmöte X Bygdegårdsförening" -> "X
    Bygdegårdsförening, årsmöte"); None when the name is itself a body ("Styrelsemöte Kommunstyrelsen"),
    a document or a weekday, or the meeting word names no body or kind."""
    last = name.split()[-1].casefold()
    first = name.split()[0].casefold()
    if ((last.endswith(_BODY_ENDINGS) and not last.endswith(_ORGANISATION_ENDINGS)) or first in _DOCUMENT_WORDS
            or first in w.WEEKDAYS or first in w.MONTHS):
        return None
    tail = _meeting_word_tail(kind)
    return f"{name}, {tail}" if tail else None


def _meeting_word_tail(word: str) -> str | None:
    """What a meeting word adds after an organisation's name: the meeting's kind ("årsmöte"), or the body
    the word names ("styrelsemöte" -> "styrelsen"); None when it names neither ("möte")."""
    low = word.casefold()
    if low in w.MEETING_KINDS:
        return low
    return w.MEETING_WORD_BODIES.get(low.removesuffix("möte").removesuffix("sammanträde").removesuffix("s"))


_SLASHED_MEETING_ENDS = ("möte", "sammanträde", "stämma")
# A general meeting's kind, its year, then the organisation's capitalised name: "Årsstämman 2023 Vägföreningen",
# "Årsmöte 2019 Sörbo Byalag". Group 1 the kind.
_KIND_YEAR_NAME = re.compile(r"(?i)((?:års|förenings)(?:möte|mötet|stämma|stämman))\s+(?:19|20)\d{2}\s+(?=(?-i:[A-ZÅÄÖ]))")


def first_of_slashed_meetings(name: str) -> str:
    """The first of two meetings a title joins with a slash, both held at once: "styrelsemöte/konstituerande
    styrelsemöte" -> "styrelsemöte", "Årsmöte / konstituerande möte" -> "Årsmöte"; the name as it was otherwise."""
    first, _, second = name.partition("/")
    first, second = first.strip(), second.strip()
    if (first and second and " " not in first and first.casefold().endswith(_SLASHED_MEETING_ENDS)
            and second.casefold().endswith(_SLASHED_MEETING_ENDS) and len(second.split()) <= 3):
        return first
    return name


_REMOTE_FORM_INITIALS = frozenset(c for form in w.REMOTE_MEETING_FORMS for c in (form[0], form[0].upper()))
# How the meeting was held, opening its title: "Digitalt styrelsemöte", "DIGITALT- ZOOM STYRELSEMÖTE",
# "Teams-styrelsemöte". Ends where the title's own words begin.
_REMOTE_FORM_LEAD = re.compile(r"(?i)\s*(?:(?:" + "|".join(sorted(w.REMOTE_MEETING_FORMS, key=len, reverse=True))
                               + r")(?:\s*[-–]\s*|\s+))+(?=[^\W\d_])")


def minutes_kind_word(word: str) -> str | None:
    """The meeting's kind in a compound of it and "protokoll" ("årsmötesprotokoll" -> "årsmöte",
    "stämmoprotokoll" -> "stämma", "styrelseprotokoll" -> "styrelse"), or None ("protokoll", "Dagsprotokoll")."""
    low = word.casefold()
    if not low.endswith("protokoll") or len(low) <= len("protokoll") + 3 or not word[:1].islower():
        return None
    stem = word[: -len("protokoll")]
    if stem.endswith(("mötes", "sammanträdes")):
        return stem[:-1]
    if stem.endswith("stämmo"):
        return stem[:-1] + "a"
    return stem if stem.endswith("styrelse") else None


def title_body(name: str) -> str:
    """`body_of_title` of a title line's name, read past how the meeting was held ("Digitalt- zoom styrelsemöte"
    -> "Styrelsen", when the rest names a body) and with a "<kind>protokoll" compound after the name read as the
    kind ("Vilshärads Vägförening årsmötesprotokoll" -> as "Vilshärads Vägförening årsmöte")."""
    lead = _REMOTE_FORM_LEAD.match(name) if name[:1] in _REMOTE_FORM_INITIALS else None
    if lead:
        rest = name[lead.end():]
        named = body_of_title(rest)
        if named.casefold() != rest.casefold():
            return named
    if name.endswith("protokoll") and " " in name:
        kind = minutes_kind_word(name.rsplit(None, 1)[-1])
        if kind:
            name = f"{name.rsplit(None, 1)[0]} {kind}"
    return body_of_title(name)


# The year a general meeting's accounts cover, closing its title: "Sjögestads byalags årsmöte för verksamhetsåret
# 2019-2020", "... årsstämma avseende räkenskapsåret 2021", "... årsmöte för år 2019".
_FISCAL_YEAR_TAIL = re.compile(r"(?i)\s+(?:för|avseende|gällande)\s+(?:verksamhetsåret|räkenskapsåret|år|året|"
                               r"verksamhetsår|räkenskapsår)\s+(?:19|20)\d{2}(?:\s*[-/–]\s*(?:19|20)?\d{2})?\s*$")


def without_fiscal_year(name: str) -> str:
    """A title without the year of accounts closing it (`_FISCAL_YEAR_TAIL`), when a meeting word stands before."""
    if "år" not in name:
        return name
    m = _FISCAL_YEAR_TAIL.search(name)
    if m is None or not name[: m.start()].casefold().endswith(("möte", "stämma", "sammanträde")):
        return name
    return name[: m.start()]


def capitals_owner(name: str, at: int) -> str | None:
    """The owner's name with its last letter, where the "s" at `at` read as a genitive's ends a name in capitals:
    "MABBAS årsmöte" is MABBAS's (an abbreviation's genitive is written "MABBA:s"); None otherwise."""
    if name[at: at + 1] != "S" or not any(c.islower() for c in name[at + 1:]):
        return None  # (a title all in capitals writes its genitive "S" too: "... VATTENVÅRDSFÖRBUNDS ÅRSMÖTE")
    word = name[:at + 1].rsplit(None, 1)[-1]
    return name[:at + 1] if len(word) >= 3 and word.isupper() else None


_MEETING_WORD_ENDINGS = ("möte", "mötet", "sammanträde", "sammanträdet")

# A body's genitive, then the kind of record it keeps, perhaps the record's number: "EU-nämndens uppteckningar
# 2019/20:21", "Kommunstyrelsens protokoll", "Pensionärsrådets minnesanteckningar nr 3". Group 1 the body (the
# genitive's "s" dropped), which must end in a body word's definite form (`_GENITIVE_RECORD_OWNERS`).
_GENITIVE_BODY_RECORD = re.compile(
    r"(?i)\s*((?:[^\W\d_][\w-]*\s+){0,4}[^\W\d_][\w-]*?)s\s+(?:protokoll|uppteckningar|minnesanteckningar|"
    r"mötesanteckningar|anteckningar|sammanträdesprotokoll|beslutsprotokoll)(?:\s+(?:nr\.?\s*)?\d[\d/:.\s-]*)?\s*")
_GENITIVE_RECORD_OWNERS = (*(v for v in w.MEETING_WORD_BODIES.values() if v != "plenum"), "direktionen", "delegationen")


def body_of_genitive_record(name: str) -> str | None:
    """The body whose record a title names by the body's genitive (`_GENITIVE_BODY_RECORD`): "EU-nämndens
    uppteckningar 2019/20:21" -> "EU-nämnden", "Kommunstyrelsens protokoll" -> "Kommunstyrelsen"; None for any
    other title, and where the genitive is no body's ("Årets protokoll", "Föreningens Ulla Perssons anteckningar")."""
    m = _GENITIVE_BODY_RECORD.fullmatch(name)
    if m is None:
        return None
    owner = m.group(1)
    last = owner.rsplit(None, 1)[-1].casefold()
    if not last.endswith(_GENITIVE_RECORD_OWNERS) or (" " in owner and any(
            x[-1:] == "s" and x[:1].isupper() for x in owner.split()[:-1])):
        return None  # ("Kommunens Ulla Perssons ...": the words before are no name of the body)
    return owner[:1].upper() + owner[1:]


def body_of_title(name: str) -> str:
    """The body a title names: "Styrelsemöte" -> "Styrelsen", "Styrgruppsmöte" -> "Styrgruppen"."""
    if "s " in name or "s\t" in name:  # a genitive and its record's word apart ("\t" too, as `\s` reads it)
        record = body_of_genitive_record(name)
        if record:
            return record
    name = without_fiscal_year(name)
    if "/" in name:
        name = first_of_slashed_meetings(name)
    year = _KIND_YEAR_NAME.match(name) if " " in name and _has_year_digits(name) else None
    if year:  # "Årsstämman 2023 Vägföreningen": the meeting's year between its kind and the organisation
        kind = year.group(1)
        kind = kind[:-1] if kind.casefold().endswith(("stämman", "mötet")) else kind  # the definite form
        name = f"{kind} {name[year.end():]}"
    kind_label = _KIND_OF_MEETING_LABEL.match(name) if ":" in name[:16] else None
    if kind_label and name[kind_label.end():].casefold().endswith(_MEETING_WORD_ENDINGS):
        return body_of_title(name[kind_label.end():])  # "Art: Styrelsemöte" -> "Styrelsen"
    key = name.casefold()
    if key in w.MEETING_BODIES:
        return w.MEETING_BODIES[key]
    form, _, kind = key.partition(" ")
    if form in w.MEETING_FORM_ADJECTIVES and kind.endswith(_MEETING_WORD_ENDINGS) and " " not in kind:
        inner = body_of_title(name[len(form) + 1:])  # "Öppet styrelsemöte" -> "Styrelsen": the form is the meeting's
        if inner.casefold() != kind:
            return inner
    joint = _JOINT_MEETING.fullmatch(name) if "- och " in name else None
    if joint:
        body = _joint_meeting_body(joint.group(1), joint.group(2), joint.group(3))
        if body:
            return body
    acronym = _ACRONYM_MEETING.fullmatch(name) if "-" in name else None
    if acronym and acronym.group(1).isupper():
        return acronym.group(1)  # "VU-sammanträde" -> "VU"
    board_of = _MEETING_WITH_BOARD_OF.fullmatch(name) if "med styrelsen " in key else None
    if board_of and board_of.group(2).split()[-1].casefold().endswith(_ORGANISATION_ENDINGS):
        return f"{board_of.group(2)}, styrelsen"  # "Sammanträde med styrelsen Estuna Bygdegårdsförening"
    spaced = " " in name or any(c.isspace() for c in name)  # words apart ("\t" too, as the patterns' `\s` reads it)
    within = (_body_within(name) or _body_with_activity(name)) if spaced else None
    if within:
        return within
    if key.endswith("protokoll") and " " not in key:  # "Direktionsprotokoll" -> "Direktionen"
        stem = key[: -len("protokoll")].removesuffix("s")
        ending = next((e for e in _PROTOCOL_BODIES if stem.endswith(e)), None)
        if ending:
            value = stem[: len(stem) - len(ending)] + _PROTOCOL_BODIES[ending]
            return value[:1].upper() + value[1:]
    with_org = _MEETING_WITH_ORGANISATION.fullmatch(name) if "med" in key else None
    if with_org and with_org.group(1).split()[-1].casefold().endswith(_ORGANISATION_ENDINGS):
        return with_org.group(1)  # "styrelsemöte med Fryksås Fäbodlag Samfällighetsförening": the organisation
    kind_name = _KIND_THEN_NAME.fullmatch(name) if spaced else None
    if kind_name:
        body = _kind_then_name_body(kind_name.group(1), kind_name.group(2))
        if body:
            return body  # "Styrelsemöte Äso Skagern" -> "Äso Skagern, styrelsen"
    held = _MEETING_OF.fullmatch(name) if spaced else None
    if held and (held.group(2).casefold() == "för" or held.group(3).casefold().endswith(_ORGANISATION_ENDINGS)
                 or held.group(3).split()[0].casefold() in w.ORGANISATION_OPENINGS):
        # "Styrelsemöte i Renålandets byförening" -> "Styrelsen i Renålandets byförening" (not "... i Stadshuset")
        stem = held.group(1).casefold()
        ending = next((e for e in w.MEETING_WORD_BODIES if stem.endswith(e)), None)
        if ending:
            value = stem[: len(stem) - len(ending)] + w.MEETING_WORD_BODIES[ending]
            return f"{value[:1].upper()}{value[1:]} {held.group(2).casefold()} {held.group(3)}"
    # The patterns below end in a meeting word: most titles end in none, and the first two are slow
    # on long ones. (`key` ends in the word as IGNORECASE reads it: it holds no "i".)
    if not key.endswith(("möte", "mötet", "sammanträde", "sammanträdet", "sammankomst", "stämma")):
        return name[:1].upper() + name[1:]  # ("Kooperativa Vänners föreningsstämma": a general meeting's kind)
    last = _RX_BODY_OF_TITLE_1.fullmatch(name)
    if last and any(last.group(2).casefold().endswith(e) for e in w.MEETING_WORD_BODIES):
        return last.group(1) + last.group(2)  # "Föreningen Nordens styrelsemöte" -> "Föreningen Nordens styrelse"
    genitive = _RX_BODY_OF_TITLE_2.fullmatch(name)
    if genitive and name.rsplit(None, 1)[-1].casefold() in w.MEETING_KINDS:
        # "Klostergårdens byalags extra årsmöte" -> "Klostergårdens byalag, extra årsmöte": the kind is kept
        kind = name[genitive.end(1) + 1:].strip().casefold()
        owner = capitals_owner(name, genitive.end(1)) or genitive.group(1)
        return f"{owner[:1].upper()}{owner[1:]}, {kind}"
    if genitive:  # "Kommunfullmäktiges sammanträde" -> "Kommunfullmäktige"
        return genitive.group(1)[:1].upper() + genitive.group(1)[1:]
    m = _RX_BODY_OF_TITLE_3.fullmatch(key)
    if m and key not in w.MEETING_KINDS:
        stem = m.group(1)
        for ending, definite in w.MEETING_WORD_BODIES.items():
            if stem.endswith(ending):
                value = stem[: len(stem) - len(ending)] + definite
                return value[:1].upper() + value[1:]
    return name[:1].upper() + name[1:]


# A line that is only an item's number, its title on the next line (a portal's bullet layout).
_ITEM_MARK_LINE = re.compile(r"^\s*(?:[•*·-]\s*)?§\s*\d{1,3}\s*$|^\s*[•*·]\s*\d{1,3}\s*$")
# A title that names no body: "Möte 2019-03-25".
_BARE_MEETING_WORDS = frozenset(("möte", "mötet", "sammanträde", "sammanträdet", "sammankomst", "meeting"))
# Labels of a municipal front page that open no title ("Paragrafer", "Underskrifter", "Organ"),
# besides the date, time, venue and attendance labels.
_FRONT_PAGE_LABELS: tuple[str, ...] = (
    "paragrafer", "paragraf", "underskrifter", "underskrift", "anslag", "anslagsbevis", "justerare", "justerande", "utses att justera",
    "justeringens plats och tid", "sekreterare", "bevis om anslag", "anslag/bevis", "anslagsdatum",
    "förvaringsplats för protokollet", "sammanträdestid", "sammanträdesplats", "ajournering",
    *w.ORGAN_LABELS, *w.REFERENCE_LABELS,
)
_FRONT_PAGE_LABEL = re.compile(r"(?i)(?:" + "|".join(map(re.escape, sorted(_FRONT_PAGE_LABELS, key=len, reverse=True)))
                               + r")(?![\w/-])")


def _is_front_page_label(text: str) -> bool:
    return bool(_FRONT_PAGE_LABEL.match(text.lstrip(_LABEL_LEAD)))


# A date label of a municipal template whose value a flattened copy lost, the committee's name after it.
_EMPTY_DATE_LABEL = re.compile(r"(?i)(?:sammanträdesdatum|mötesdatum|datum)\s*:?\s+(?P<name>(?-i:[A-ZÅÄÖ])[\w -]{2,80})$")


def _body_after_empty_date_label(name: str) -> str | None:
    """The body named right after an empty date label ("Sammanträdesdatum Miljö- och byggnadsnämnden"):
    the words after the label, when no digit is among them and the last ends as a body's name does."""
    m = _EMPTY_DATE_LABEL.match(name)
    if m is None or any(map(str.isdigit, m.group("name"))):
        return None
    named = m.group("name").strip()
    return named if named.split()[-1].casefold().endswith(_BODY_ENDINGS) else None


def _opens_with_label(text: str) -> bool:
    """Whether `text` opens with a header label, colon or not ("Sammanträdestid kl 09:00")."""
    return (_is_front_page_label(text) or bool(_label_value(text, _LB_DATE_TIME_VENUE, loose=True))
            or bool(label_of(text, colon_required=False)))


# A person in a list: "Birgitta Kringlund (FP)", "Håkan Wretling, Bjurholms kommun".
_PERSON_ENTRY = re.compile(r"[A-ZÅÄÖ][a-zåäéü-]+\s+[A-ZÅÄÖ][a-zåäéü-]+\s*(?:\((?:" + "|".join(w.PARTIES)
                           + r")\)|,\s+[A-ZÅÄÖ][a-zåäö]+s?\s+(?:kommun|region|län)\b)")


def _is_person_list(text: str) -> bool:
    """Whether a line holds two or more list entries of people (a title holds none)."""
    if "(" not in text and "," not in text:
        return False
    entries = _PERSON_ENTRY.finditer(text)
    return next(entries, None) is not None and next(entries, None) is not None


# Names in a row under a list label: "LilliAnn Källermark, IngBritt Fransson och Runar Lundman".
_NAME = r"[A-ZÅÄÖ][\w-]*(?:\s+[A-ZÅÄÖ][\w-]*){1,3}"
_NAME_RUN = re.compile(rf"{_NAME}(?:\s*(?:,|\boch\b)\s*{_NAME})+\s*\.?")


def _is_remote_form(name: str) -> bool:
    """Whether a title is only how the meeting was held: "Skypemöte", "Telefonmöte", "Digitalt möte"."""
    key = name.casefold().replace("-", "").replace(" ", "")
    for word in ("möte", "mötet", "sammanträde", "sammanträdet"):
        if key.endswith(word):
            return key[: -len(word)] in w.REMOTE_MEETING_FORMS
    return False


_ACTIVITY_WORDS = frozenset(w.MEETING_ACTIVITY_WORDS)
# Words a kind-of-meeting title may hold besides its activity words: a week, a month ("Sprint 4
# Planering v 19-22 | 26 mars").
_ACTIVITY_FILLERS = frozenset(("v", "v.", "vecka", "veckan", "och", "&", "den", *w.MONTHS, *w.ONLINE_PLATFORMS))
_TITLE_WORD = re.compile(r"[^\W\d_][\w&.-]*")


def _activity_words(name: str) -> int | None:
    """How many activity words a title holds, or None if it holds a word that is neither an
    activity word nor a filler (a week, a month, a platform)."""
    found = 0
    for m in _TITLE_WORD.finditer(name.casefold()):
        word = m.group().rstrip(".") if m.group() != "v." else m.group()
        if word in _ACTIVITY_WORDS:
            found += 1
        elif word not in _ACTIVITY_FILLERS:
            return None
    return found


# A place after a title: "Arbetsmöte i Stadshuset", "Planering på Café Linnea".
_PLACE_TAIL = re.compile(r"\s+(?:i|på)\s+(?=[A-ZÅÄÖ])")


def is_activity_title(name: str) -> bool:
    """Whether a title names only a kind of meeting, not who met: "Arbetsmöte", "Sprint planning",
    "Arbetsmöte i Stadshuset" (a place; "Arbetsmöte i styrgruppen" names a body)."""
    if _activity_words(name):
        return True
    tail = _PLACE_TAIL.search(name)
    if not tail or any(word.casefold().endswith((*_BODY_ENDINGS, *_ORGANISATION_ENDINGS))
                       for word in name[tail.end():].split()):
        return False
    return bool(_activity_words(name[: tail.start()]))


def is_filler_title(name: str) -> bool:
    """Whether a title line holds only a week, a month or a platform: "v 19-22 | 26 mars", "Zoom"."""
    return _activity_words(name) == 0


_GIVEN = frozenset(w.GIVEN_NAMES)
# A person and a role after a comma: "Sandra Sundblad, samordnare" (the given name is checked).
_PERSON_ROLE = re.compile(r"\b([A-ZÅÄÖ][a-zåäöéü]+)(?:-[A-ZÅÄÖ][a-zåäöéü]+)?\s+[A-ZÅÄÖ][\w-]+,\s+[a-zåäö]{3,}")
_CAPITAL_WORD = re.compile(r"[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ]?[a-zåäöéü]+)?")


# A flattened page that opens with the minutes' dated title before its list of people: "Protokoll
# Föräldraföreningens styrelsemöte 2015-11-05 Notes ... Närvarande / ...: Manuela Leijerfelt, vice ordförande ...".
_DATED_TITLE_OPENING = re.compile(r"(?i)\s*(?:protokoll|mötesprotokoll|minnesanteckningar)\s+[^,:\d]{3,80}?\d{4}-\d{2}-\d{2}\b")


def is_name_run(text: str) -> bool:
    """Whether a line lists people, not a body: names run together ("Göran Jarhult Monica Sjöblom
    Viktoria Svensson") or names with roles ("Sandra Sundblad, samordnare ... Amira Donlagic, kanslichef")."""
    given = [m.group(1).casefold() in _GIVEN for m in _PERSON_ROLE.finditer(text)]
    if len(given) >= 2 and any(given):  # two people with roles, one given name known at least
        return _DATED_TITLE_OPENING.match(text) is None  # not when a dated title opens the flattened page
    words = text.replace(",", " ").split()
    if len(words) < 4 or words[0].casefold() not in _GIVEN:
        return False
    if not all(_CAPITAL_WORD.fullmatch(word) for word in words):
        return False
    return sum(word.casefold() in _GIVEN for word in words) >= 2


# A capitalised title and a person's given and family name after it: "Kommundirektör Kjell Johansson". The title
# ends as a role does (words.ROLE_ENDINGS); group 1 the title, 2 the given name.
_TITLE_THEN_NAME = re.compile(r"([A-ZÅÄÖ][a-zåäö]+)\s+([A-ZÅÄÖ][a-zåäöéü]+)(?:-[A-ZÅÄÖ][a-zåäöéü]+)?\s+[A-ZÅÄÖ][\w-]+")
_TITLE_ENDS = tuple(w.ROLE_ENDINGS)


# A list label closed by a semicolon instead of a colon, and the people after it: "Föredragande; Jan Larsson,
# Christina Liffner", "Återbud; Karin Grute Movin". Group 1 the names.
_SEMICOLON_LABEL = re.compile(r"\s*[A-ZÅÄÖ][a-zåäö]+(?:\s+[a-zåäö]+){0,2}\s*;\s+(.+)")


def is_semicolon_label_list(text: str) -> bool:
    """Whether a line is a list label closed by a semicolon, then people (`_SEMICOLON_LABEL`): the first
    after it a known given name and a capitalised family name; never a title."""
    m = _SEMICOLON_LABEL.fullmatch(text)
    return m is not None and _opens_with_person(m.group(1))


def is_titled_name_run(text: str) -> bool:
    """Whether a line lists people each after their title, not a body: "Kommundirektör Kjell Johansson
    Kommunplanerare Shula Gladnikoff Kommunsekreterare Anna Lindholm" (a stored copy's page title taken from
    the front page's staff cell). Two such people at least, one given name known."""
    people = [m.group(2).casefold() in _GIVEN for m in _TITLE_THEN_NAME.finditer(text)
              if m.group(1).casefold().endswith(_TITLE_ENDS)]
    return len(people) >= 2 and any(people)


def _opens_with_person(text: str) -> bool:
    """Whether a line opens with a known given name and a family name: "Mikael Sili (på plats ...)"."""
    words = text.split(None, 2)
    return (len(words) >= 2 and words[0].casefold() in _GIVEN
            and bool(_CAPITAL_WORD.fullmatch(words[1].rstrip(",."))))


# A letter's place and date alone on a line: "Vänersborg 2016-01-20", "Umeå den 3 maj 2019".
_DATELINE = re.compile(r"\s*([A-ZÅÄÖ][a-zåäöéü]+)\s*,?\s+(?=(?:den\s+)?\d)")
_NOT_PLACE_ENDINGS = (*_ORGANISATION_ENDINGS, "möte", "mötet", "sammanträde", "sammanträdet", "protokoll",
                      "anteckningar", "anteckning",  # and `_BODY_ENDINGS`, defined below
                      # a page header's date label: "Sammanträdesdatum 2017-05-23", "Mötesdag 3 maj 2019"
                      "datum", "dag", "dagen", "tid", "tiden")


_NOT_DATELINE_WORDS = frozenset((*w.DOCUMENT_WORDS, *w.DATELINE_NOT_PLACES, *w.WEEKDAYS, *w.MONTHS,
                                 *(f"{day}en" for day in w.WEEKDAYS), *w.RECORD_KIND_WORDS))


_POSTING_WORDS = frozenset(w.DATELINE_NOT_PLACES)


def is_dateline(text: str) -> bool:
    """Whether a line is only a place and a date ("Vänersborg 2016-01-20"): where the minutes were
    written, no body ("Styrelsemöte 2016-05-15" and "Folkhälsorådet 2013-10-16" name one)."""
    m = _DATELINE.match(text)
    word = m.group(1).casefold() if m else ""
    if not m or word.endswith(_NOT_PLACE_ENDINGS) or word.endswith(_BODY_ENDINGS) or word in _NOT_DATELINE_WORDS:
        return False
    dates = find_dates(text)
    return (bool(dates) and text[m.end(): dates[0].start].strip() in ("", "den")
            and not text[dates[0].end:].strip(" ."))


def _dateline_place(parts: list[Part], end: int) -> Found | None:
    """The place of a dateline at the head, the last resort for a venue: "Vänersborg 2016-01-20"."""
    for part in parts[: min(end, 12)]:
        if part.text[:1].isupper() and is_dateline(part.text):
            m = _DATELINE.match(part.text)
            if m:
                return Found(m.group(1), part.start + m.start(1), part.start + m.end(1))
    return None


# A head line that is a named place and the meeting's date: "Indals hembygdsgård 2016-03-31", "Folkets hus
# i Ås 12 mars 2019", "Ekeby skola, 2019-03-12": a capitalised name, then a lower-case place noun
# (`w.PLACE_NOUN_ENDINGS`), perhaps "i" and a town. Group 1 the place.
_PLACE_DATE_LINE = re.compile(r"\s*([A-ZÅÄÖ][\w-]+\s+([a-zåäö-]+)(?:\s+i\s+[A-ZÅÄÖ][\w-]+)?)\s*,?\s+(?:den\s+)?(?=\d)")
_PLACE_NOUN_ENDINGS = tuple(w.PLACE_NOUN_ENDINGS + w.HEAD_PLACE_NOUN_ENDINGS)


# The meeting's time closing such a line: "kl. 18:00.", ", kl 18.00-20.00".
_CLOCK_CLOSING_LINE = re.compile(r"[\s,]*(?:kl\.?|klockan)\s*\d{1,2}(?:[.:]\d{2})?(?:\s*[-–]\s*\d{1,2}(?:[.:]\d{2})?)?\s*\.?\s*",
                                 re.IGNORECASE)


def _place_date_line(parts: list[Part], end: int, meeting_date: str) -> Found | None:
    """The place of a short head line that names only a place and the meeting's date (`_PLACE_DATE_LINE`), perhaps
    its time after the date."""
    for part in parts[: min(end, 12)]:
        m = _PLACE_DATE_LINE.match(part.text) if len(part.text) <= 60 and part.text[:1].isupper() else None
        if m is None or not m.group(2).endswith(_PLACE_NOUN_ENDINGS):
            continue
        dates = find_dates(part.text[m.end():])
        rest = part.text[m.end() + dates[0].end:] if dates else ""
        if (dates and dates[0].start == 0 and dates[0].value == meeting_date
                and (not rest.strip(" .") or _CLOCK_CLOSING_LINE.fullmatch(rest))):  # "Ekeby skola 2022-10-12 kl. 18:00."
            return Found(m.group(1), part.start + m.start(1), part.start + m.end(1))
    return None


# A head line that is a place, a comma and its town, then the meeting's date and perhaps its time: "Nygatan, Växjö
# 2013-11-25 kl 13.00", "Stadshuset, Ljungby 4 mars 2019 kl. 13.00-16.00", "Folkets hus, Tranås, 2022-09-12".
# Group 1 the place with its town.
_PLACE_TOWN_DATE_LINE = re.compile(r"\s*((?-i:[A-ZÅÄÖ])[\w-]+(?:\s+[\w-]+){0,3}\s*,\s*(?-i:[A-ZÅÄÖ])[a-zåäöéü-]+)\s*,?\s+"
                                   r"(?:den\s+)?(?=\d)")
_PLACE_TOWN_DATE_LINE_CHARS = 80


def place_town_date_line(parts: list[Part], end: int, meeting_date: str) -> Found | None:
    """The place of a short head line that is only a place with its town and the meeting's date, perhaps its time
    after it (`_PLACE_TOWN_DATE_LINE`); None where the first words name a body or a meeting ("Kommunstyrelsen,
    Ljungby 2019-03-04": a body and its town), or the date is another day."""
    for part in parts[: min(end, 12)]:
        text = part.text
        if "," not in text or len(text.strip()) > _PLACE_TOWN_DATE_LINE_CHARS or not text.lstrip()[:1].isupper():
            continue
        m = _PLACE_TOWN_DATE_LINE.match(text)
        if m is None:
            continue
        head = m.group(1).split(",")[0].strip().casefold()
        if head.endswith(_NOT_PLACE_ENDINGS) or head.endswith(_BODY_ENDINGS) or head in _NOT_DATELINE_WORDS:
            continue
        dates = find_dates(text[m.end():])
        rest = text[m.end() + dates[0].end:] if dates else ""
        if (dates and dates[0].start == 0 and dates[0].value == meeting_date
                and (not rest.strip(" .") or _CLOCK_CLOSING_LINE.fullmatch(rest))):
            return Found(m.group(1), part.start + m.start(1), part.start + m.end(1))
    return None


_TITLE_REACH = 24  # how many lines with text a site page's menu and headings may push the minutes' title down


def _place_after_late_title(parts: list[Part], end: int, folded: _Folded, meeting_date: str) -> Found | None:
    """The place a title gives after the meeting's date (`venue_after_time`) when a site page's menu and headings
    push it below the head's first twelve lines: "Protokoll fört vid Naturskyddsföreningen Nordanstigs styrelsemöte
    2019-10-15 på biblioteket i Harmånger". The title opens with a document word and its first date is the
    meeting's own ("... sammanträde den 14 december 2016 i Karlshamn" in minutes of 30 november is another's)."""
    first = _after_contents(parts, end, folded) + 12
    lines = _first_text_parts(parts, end, _TITLE_REACH, start=first)
    for part in lines:
        if not _opens_with_document_word(part.text):
            continue
        dates = find_dates(part.text)
        if not dates or dates[0].value != meeting_date:
            continue
        found = venue_after_time(part.text)
        if found:
            return _shift(found, part.start)
    return None


# A dated title written as one long sentence: "Protokoll fört vid sammanträde med församlingsrådet i Sibbo
# svenska församling onsdagen den 30.10.2019 kl. 18.02–19.38 i Kyrkoby församlingshem." The body is what
# the meeting was held with, up to the weekday or "den" and the day.
_HELD_WITH = re.compile(
    rf"(?i)\s*protokoll(?:et)?\s+(?:fört|förd|fördes)\s+vid\s+[^\W\d_]*(?:sammanträde|möte)\s+med\s+"
    rf"((?-i:[^\W\d_])[^\W\d_]*(?:[ -][^\W\d_]+){{0,7}}?),?\s+(?:(?:{_WEEKDAY_RE})(?:en)?\s+)?den\s+\d")


# A flattened page head whose title runs on into the first label or ends its line, after a letterhead: "...
# från sammanträde med styrgruppen för miljö och samhällsbyggnad Tid: Torsdag 15 december". The body is
# what the meeting was held with.
_SESSION_WITH_BEFORE_LABEL = re.compile(
    r"(?i)\b(?:från|vid)\s+(?:sammanträde|möte)\s+med\s+([^\W\d_][\w-]*(?:\s+[\w-]+){0,7}?)"
    r"(?:\s+(?=(?-i:Tid|Datum|Plats|Dag)\s*:)|\s*$)")


# The title a line opens with, "Protokoll fört vid" and the meeting, before the line runs on into its day,
# time, place, labels or first item (a flattened front page) or closes with a full stop: "Protokoll (nr 6/2015)
# fört vid sammanträde med styrelsen för Jägareförbundet Norrbotten.", "1 Protokoll fört vid styrelsemöte nr 5
# onsdagen den 2/ kl. 16 i Hembygdsmuseet 1 Mötets öppnande". Group 1 the meeting and what follows it.
_MINUTES_KEPT_AT = re.compile(r"(?i)(?:\d{1,3}\s+)?protokoll(?:et)?\s*(?:\(\s*(?:nr|no)\.?[^()]{0,16}\)\s*)?"
                              r"(?:fört|förd|fördes)\s+vid\s+((?-i:[^\W\d_])[^\n]*)")
_KEPT_AT_STOP = re.compile(rf"(?i)(?<!\br\.f)(?<!\brf)\.(?:\s|$)|[,;(]|:(?!s\b)|\s+(?:nr|no)\.?\s*\d|\s+(?:den\s+)?\d|\s+(?:{_WEEKDAY_RE})(?:en)?\b"
                           r"|\s+(?:kl\.?|klockan)(?![\w-])|\s+(?:i|på|hos)\s+(?-i:[A-ZÅÄÖ])"
                           r"|\s+(?-i:Plats|Tid|Datum|Dag|Närvarande|Beslutande|Deltagare)(?![\w-])|$")
_KEPT_AT_WITH = re.compile(r"(?i)[^\W\d_]*(?:sammanträde|möte)\s+med\s+(?=[^\W\d_])")
_KEPT_AT_WORDS = 8  # a longer title before the stop is a sentence
# The name's words: Swedish letters, a capital only first ("styrelsen för Jägareförbundet Norrbotten", "UNF:s").
_KEPT_AT_NAME = re.compile(r"(?:[A-ZÅÄÖ]+(?::s)?|[A-ZÅÄÖ]?[a-zåäöéü]+(?:-[A-ZÅÄÖ]?[a-zåäöéü]*)*)(?:\s+(?:[A-ZÅÄÖ]+(?::s)?|[A-ZÅÄÖ]?[a-zåäöéü]+(?:-[A-ZÅÄÖ]?[a-zåäöéü]*)*))*"
                           r"(?:\s+r\.?\s?f\.?)?")  # a Finland-Swedish registered association: "Östersocknens Byalag r.f."


def _fold_capitals_name(name: str) -> str:
    """A name written in capitals, in lower case but for its first word's parts: "RYD-BOATORPS BYASTÄMMA" ->
    "Ryd-Boatorps byastämma", "UME- OCH VINDELÄLVENS VATTENVÅRDSFÖRBUND" -> "Ume- och vindelälvens vattenvårdsförbund"."""
    first, _, rest = name.partition(" ")
    first = "-".join(part[:1] + part[1:].casefold() for part in first.split("-"))
    return f"{first} {rest.casefold()}" if rest else first


# The hour and place a "Protokoll fört vid ..." title sentence gives after its day: "... styrelsemöte nr 5 onsdagen
# den 2/ kl. 16 i Hembygdsmuseet 1 Mötets öppnande". Group 1 the clock, 2 the place (capitalised words).
_KEPT_AT_CLOCK_PLACE = re.compile(r"(?i)[^.\n]{0,80}?\b(?:kl\.?|klockan)\s*(\d{1,2}(?:[.:]\d{2})?)(?![\d.:]\d|:)"
                                  r"(?:\s*,?\s+(?:i|på)\s+((?-i:[A-ZÅÄÖ])[\w-]*(?:\s+(?-i:[A-ZÅÄÖ])[\w-]*){0,2}))?")
_KEPT_AT_LINES = 6  # the head's first lines with text


def kept_at_clock_and_place(parts: list[Part], end: int) -> tuple[Found, Found | None] | None:
    """The start and maybe the place a "Protokoll fört vid ..." title sentence in the head gives after the meeting
    it names (see `_KEPT_AT_CLOCK_PLACE`), up to its first full stop; None when it gives no hour."""
    for part in _first_text_parts(parts, end, _KEPT_AT_LINES):
        text = part.text
        if "kl" not in text or not (m := _MINUTES_KEPT_AT.match(text)):
            continue
        kept = minutes_kept_at(text)
        at = kept.end if kept else m.start(1)
        c = _KEPT_AT_CLOCK_PLACE.match(text, at)
        value = hhmm(c.group(1)) if c else None
        if c is None or value is None:
            continue
        clock = Found(value, part.start + c.start(1), part.start + c.end(1))
        place = c.group(2)
        if place is None or _NOT_PLACE_WORDS.search(place) or _platform(place):
            return clock, None
        return clock, Found(place, part.start + c.start(2), part.start + c.end(2))
    return None


def minutes_kept_at(text: str) -> Found | None:
    """The meeting named by a line that opens with "Protokoll fört vid" (see `_MINUTES_KEPT_AT`), up to its
    day, time, place, a label or a full stop; what the meeting was held with, when it says so ("sammanträde med
    styrelsen för X" gives "styrelsen för X"). Offsets are in `text`."""
    m = _MINUTES_KEPT_AT.match(text)
    if m is None:
        return None
    at = m.start(1)
    stop = _KEPT_AT_STOP.search(text, at)
    name = text[at: stop.start() if stop else len(text)].rstrip()
    with_ = _KEPT_AT_WITH.match(name)
    if with_:
        at, name = at + with_.end(), name[with_.end():]
    written = name
    if name.isupper() and m.group(0)[: m.start(1) - m.start()].isupper():  # the whole title in capitals
        name = _fold_capitals_name(name)  # "PROTOKOLL FÖRT VID RYD-BOATORPS BYASTÄMMA I MOHEDA ..."
    if not name or len(name.split()) > _KEPT_AT_WORDS or not _KEPT_AT_NAME.fullmatch(name):
        return None  # "... sammanträde med krYüklə 31,8 Kb.": a file site's caption, no Swedish name
    return Found(name, at, at + len(written))


# One caption with a counter, repeated: "Bilder från fullmäktigebild1Bilder från fullmäktigebild2" (an image
# carousel's text run together on a stored page).
_IMAGE_CAROUSEL = re.compile(r"(\D{4,}?)\d{1,2}(?:\1\d{1,2})+")
_CAROUSEL_LONGEST = 400

# A portal's breadcrumb trail: "Din position: Hem > Tyresö kommun > Kommunstyrelsens demokratiberedning >
# Sammanträde 2012-10-02", "Du är här: Start › Nämnder › Byggnadsnämnden › Protokoll". The body is the
# last step before the meeting's own (a meeting or document word, a date).
_CRUMB_LABEL = re.compile(r"(?i)\s*(?:din position|du är här|du befinner dig här|you are here)\s*:?\s*")
_CRUMB_SEPARATOR = re.compile(r"\s+[>›»]\s+")
_CRUMB_HOMES = frozenset(("hem", "start", "startsida", "startsidan", "home", "protokoll och handlingar"))
_CRUMB_STEPS = 3  # fewer steps are no trail: "A > B" may be a sentence's arrow


# The posting block's statement ("Justeringen har tillkännagivits genom anslag", "anslagstavla"): no title.
_POSTED = re.compile(r"(?i)tillkännagivits|tillkännagivet|anslagstavla|anslaget\s+(?:sätts|sattes|tas|togs)\s+(?:upp|ned|ner)")


# A trail of two steps, home and the page: too short for `_breadcrumb_body`, and no title of the minutes.
# Also a trail with other marks between its steps: "Hem · För medlemmar · Protokoll · Protokoll den 19 maj 2021",
# "Hem/Protokoll/dagordning FRE/Mötesprotokoll: Styrelsemöte 2018-01-22 ...": the page's title repeated below.
_HOME_CRUMB = re.compile(r"(?i)\s*(?:hem|start|startsida|startsidan|home)(?:\s+[>›»·|]\s+|\s*/(?=[^\W\d_]))")


def _breadcrumb_body(text: str) -> tuple[str, int] | None:
    """The body's name in a breadcrumb line, and its offset in `text`; None for no trail."""
    steps = _CRUMB_SEPARATOR.split(text)
    if len(steps) < _CRUMB_STEPS:
        return None
    offsets = [0] + [m.end() for m in _CRUMB_SEPARATOR.finditer(text)]
    for step, off in reversed(list(zip(steps, offsets, strict=True))):
        low = step.strip().casefold()
        first = low.split()[0] if low.split() else ""
        if (not low or first in _BARE_MEETING_WORDS or first in _DOCUMENT_WORDS or low in _CRUMB_HOMES
                or find_dates(step) or not _has_letters(low)):
            continue
        if off == 0:
            label = _CRUMB_LABEL.match(step)
            if label:
                step, off = step[label.end():], label.end()
        return (step.strip(), off + len(step) - len(step.lstrip())) if step.strip() else None
    return None


def _has_letters(text: str) -> bool:
    return any(c.isalpha() for c in text)


def _before_lost_time(text: str) -> str:
    """A stored page's title that lost its date and time, cut before the bare "Kl" and the place after it:
    "PROTOKOLL FORSKNINGSRÅDET I X Kl Herrgården, Ort." -> "PROTOKOLL FORSKNINGSRÅDET I X"."""
    lost = _LOST_TIME.search(text) if "l" in text and _opens_with_document_word(text) else None
    if lost and lost.start() > 0 and not find_dates(text[: lost.start()]):
        return text[: lost.start()]
    return text


# The statute a body is held under, closing its title line: "Forum för samråd enligt 4 kapitlet 12§ Skollagen.",
# "Pensionärsråd enligt 2 kap. 1 § kommunallagen": "enligt", a chapter and section perhaps, then a law's name.
_UNDER_STATUTE = re.compile(r"(?i)\s+enligt\s+(?:\d{1,2}\s*(?:kap\.?|kapitlet)\s*)?(?:\d{1,3}\s*§\s*)?"
                            r"(?:[\wåäö-]*lagen|[\wåäö-]*lag|[\wåäö-]*förordningen)\s*\.?\s*$")
_STATUTE_TITLE_WORDS = 5


def before_statute(text: str) -> str:
    """A title line without the statute it names after the body ("Forum för samråd enligt 4 kapitlet 12§
    Skollagen." -> "Forum för samråd"): only when what stands before is a short name with a body's word."""
    m = _UNDER_STATUTE.search(text) if "enligt" in text else None
    if m is None:
        return text
    name = text[: m.start()]
    words = name.split()
    if not words or len(words) > _STATUTE_TITLE_WORDS or not words[0][:1].isupper():
        return text
    if not any(word.casefold().endswith(_BODY_ENDINGS) for word in words):
        return text  # "Beslut fattades enligt kommunallagen.": a sentence, no body named
    return name


# What is left of a title that only numbers the minutes: "nr 32 (10-5)", "Nr", "nr. 5", "No 12/2019".
_NUMBER_ONLY_NAME = re.compile(r"(?i)\s*(?:nr|no|nummer)\.?\s*:?[\s\d/().:-]*")
# A title's day in a form the date patterns leave: "Protokoll 19 okt-10" (day, month, a dash and the year's two
# last digits), "Protokoll 7 mars -23": the minutes' date, no body's name.
_DAY_ONLY_NAME = re.compile(rf"(?i)\s*\d{{1,2}}\s+(?:{_MONTH_RE})\.?\s*(?:[-/']\s*\d{{2}})?\s*")


# A notice above a posted protocol's title that it is a draft: "OBS! Detta protokoll är ännu ej granskat och
# godkänt", "Observera: protokollet är inte justerat", "Ej justerat protokoll", "Preliminärt protokoll".
_DRAFT_NOTICE = re.compile(
    r"(?i)(?:obs\b|observera\b)[\s:!.]+.*"
    r"|(?:detta\s+|det\s+här\s+)?protokoll(?:et)?\s+(?:är|har)\s+(?:ännu\s+|än\s+)?(?:ej|inte|icke)\s+.*"
    r"|(?:ej|inte|icke)\s+(?:justerat|granskat|godkänt|fastställt)\s+protokoll\b.*"
    r"|(?:preliminärt|ojusterat|ogranskat)\s+protokoll\b.*")


def is_draft_notice(text: str) -> bool:
    """Whether a head line is a notice that the minutes are a draft (`_DRAFT_NOTICE`): never the body."""
    return _DRAFT_NOTICE.fullmatch(text.strip()) is not None


# The line below a title opening with the meeting's day and month (with a year or without): no part of the name.
_WRAPPED_DAY = re.compile(_DAY_MONTH_OPENING)


# A page counter alone on a line once its spaces are dropped: "S I D AN 1 AV 6", "SIDA 2 (8)", "Sid 1/3".
_SQUASHED_PAGE_MARK = re.compile(r"(?i)(?:sida|sidan|sid\.?|page)\d{1,3}(?:av|of|/|\()\d{1,3}\)?")


def is_spaced_page_mark(text: str) -> bool:
    """Whether a line is only a page counter, however its letters are spaced ("S I D AN 1 AV 6")."""
    return len(text) <= 40 and bool(_SQUASHED_PAGE_MARK.fullmatch("".join(text.split())))


# A title line ending with the preposition its name hangs on ("Protokoll fört vid styrelsemöte med" / "Håns Byalag
# i Byahuset"): the name is on the next line, whatever its case; a place noun after "i"/"på" there is no part of it.
_DANGLING_PREPOSITION = re.compile(r"(?i)\s(?:med|för|vid|hos)$")
_WRAPPED_TITLE_PLACE = re.compile(r"\s+(?:i|på)\s+(?=[A-ZÅÄÖ][\w-]*(?:" + "|".join(w.PLACE_NOUN_ENDINGS) + r")\b)")


_WRAPPED_PLACE_WORDS = 4


def venue_in_wrapped_title(parts: list[Part], title: int | None) -> Found | None:
    """The place closing the name of a title that hangs on a preposition (see `_DANGLING_PREPOSITION`):
    "Protokoll fört vid styrelsemöte med" / "Håns Byalag i Byahuset" gives "Byahuset"."""
    if title is None or not _DANGLING_PREPOSITION.search(parts[title].text.rstrip()):
        return None
    nxt = next((p for p in parts[title + 1: title + 3] if p.text.strip()), None)
    if nxt is None:
        return None
    m = _WRAPPED_TITLE_PLACE.search(nxt.text)
    if m is None:
        return None
    place = nxt.text[m.end():].rstrip(" .")
    if not place or len(place.split()) > _WRAPPED_PLACE_WORDS or _has_digit(place):
        return None
    return Found(place, nxt.start + m.end(), nxt.start + m.end() + len(place))


# The first item's heading opening a line, a stored copy's snippet title taken from it: "Mötet öppnas inledning",
# "1 Mötets öppnande", "§ 1 Sammanträdets öppnande".
_OPENING_ITEM_TITLE = re.compile(r"(?i)\s*(?:(?:§\s*)?\d{1,3}[.:)]?\s+)?(?:(?:mötet|sammanträdet|årsmötet)\s+öppnas|"
                                 r"(?:mötets|sammanträdets|årsmötets)\s+öppnande)\b")
# The same heading, then the minutes' title within a few words: "1 Mötet öppnas inledning Protokoll nr 374, fört
# vid sammanträde med Svenska Gymnastikförbundets STYRELSE ...". Ends where the title begins.
_OPENING_ITEM_BEFORE_TITLE = re.compile(_OPENING_ITEM_TITLE.pattern + r"[^\n]{0,20}?(?=\b(?-i:Protokoll|PROTOKOLL)\b)")
# A sentence opening the meeting, the minutes' first line when they have no title: "Ida öppnar mötet.",
# "Ordföranden hälsade alla välkomna och förklarade mötet öppnat": a subject of up to three words, then the verb.
_OPENS_MEETING_SENTENCE = re.compile(
    r"\s*[A-ZÅÄÖ][\w-]*(?:\s+[\w-]+){0,2}\s+(?:öppnar|öppnade|förklarar|förklarade|hälsar|hälsade)\s+"
    r"(?:mötet|sammanträdet|årsmötet|stämman|alla|samtliga|de\s+närvarande|välkommen|välkomna)\b")


# A link of a stored site's menu, a line of its own: "Till Riksförbundet", "Gå till distrikt", "Tillbaka till
# protokollen", "Hoppa till meny": "till" and at most three words after it.
_NAVIGATION_LINK = re.compile(r"(?:Gå\s+till|Till|Tillbaka\s+till|Hoppa\s+till)\s+[\w-]+(?:\s+[\w-]+){0,2}\s*")


def _is_lone_given_name(text: str) -> bool:
    """A one-word line that is a person's given name, an entry of a list of first names ("Ida", "Cassandra"): a
    capitalised word of letters, known as a given name or not ending as a body's or organisation's name does."""
    if " " in text or not text[:1].isupper() or not text.isalpha() or text.isupper():
        return False
    low = text.casefold()
    return low in _GIVEN or not low.endswith((*_BODY_ENDINGS, *_ORGANISATION_ENDINGS, *_DOCUMENT_WORDS))


_SMALL_TITLE_WORDS = frozenset(("i", "för", "och", "med", "på", "av", "vid", "hos", "inom", "den", "till", "från"))


def body_of_capitals_title(name: str) -> str | None:
    """The body a title in capitals names when it is a meeting word and a name (`_KIND_THEN_NAME`), read with its
    words capitalised as a name is: "STYRGRUPPSMÖTE ENERGIINTELLIGENT DALARNA" -> "Energiintelligent Dalarna,
    styrgruppen", "ÅRSMÖTE HÖRNEÅ BYGDEGÅRDSFÖRENING" -> "Hörneå Bygdegårdsförening, årsmöte". None when the words
    in lower case already name a body, or the title is no such pair."""
    titled = " ".join(word.casefold() if k and word.casefold() in _SMALL_TITLE_WORDS else word[:1] + word[1:].casefold()
                      for k, word in enumerate(name.split()))
    lowered = name[:1] + name[1:].casefold()
    if body_of_title(lowered) != lowered:
        return None  # the words in lower case already name it ("Ume- och vindelälvens vattenvårdsförbund, årsmöte")
    m = _KIND_THEN_NAME.fullmatch(titled)
    if m is None:
        return None
    body = _kind_then_name_body(m.group(1), m.group(2))
    if body is None and _kind_then_name_body("styrelsemöte", m.group(2)) is not None:
        stem = m.group(1).casefold().removesuffix("möte").removesuffix("sammanträde").removesuffix("s")
        ending = next((e for e in w.MEETING_WORD_BODIES if stem.endswith(e)), None)  # "styrgrupp" -> "styrgruppen"
        body = f"{m.group(2)}, {stem[: len(stem) - len(ending)]}{w.MEETING_WORD_BODIES[ending]}" if ending else None
    return body


# An entry of a site's calendar or news box: a day and month, then a short text ("17/04 Laholms BK - Guldtävling",
# "24/10 SM Par Junior, direktfinal"). Three such lines in a row under a short heading make the box.
_DATED_ENTRY = re.compile(r"\s*\d{1,2}/\d{1,2}\s+[A-ZÅÄÖ][^\n]{2,50}")
_DATED_ENTRIES = 3
_WIDGET_HEADING_WORDS = 4


def _dated_entries_end(parts: list[Part], i: int, end: int) -> int:
    """Where a run of `_DATED_ENTRY` lines from part `i` ends (past further short headings with their own runs,
    "Rapporterade tävlingar"), or 0 when fewer than `_DATED_ENTRIES` lines open it."""
    if len(parts[i - 1].text.split()) > _WIDGET_HEADING_WORDS:
        return 0
    count = 0
    while i < end:
        text = parts[i].text
        if _DATED_ENTRY.fullmatch(text):
            count += 1
        elif not text.strip():
            pass
        elif count >= _DATED_ENTRIES and text[:1].isupper() and len(text.split()) <= _WIDGET_HEADING_WORDS \
                and not _has_digit(text) and i + 1 < end and _DATED_ENTRY.fullmatch(parts[i + 1].text):
            pass  # the box's next heading
        else:
            break
        i += 1
    return i if count >= _DATED_ENTRIES else 0


# A document site's download button naming the file by a snippet of its text: 'Download "Förslag till dagordning
# fastställs enligt följande:"'. Group 1 the snippet, which the copy also shows as its page's title.
_DOWNLOAD_SNIPPET = re.compile(r'\s*Download\s+"(.+)"\s*')


def download_snippets(parts: list[Part], end: int) -> frozenset[str]:
    """The snippets a stored copy's download buttons in the head name (`_DOWNLOAD_SNIPPET`): the page's title taken
    from any sentence of the text ("Förslag till dagordning fastställs enligt följande:"), no title of the
    minutes when it is a sentence leading into a list."""
    found = [_DOWNLOAD_SNIPPET.fullmatch(p.text) for p in parts[:end] if p.text.lstrip().startswith("Download")]
    return frozenset(m.group(1).strip() for m in found if m is not None)


# The first page head of a stored copy's transcript, its record word and page counter before the body's name:
# "Bjurholm ... Örnsköldsvik MINNESANTECKNINGAR 1(8) Regionrådet Dag Tid Plats ande Spiran ...". Group 1 the
# capitalised words after the counter, up to four.
_TRANSCRIPT_HEAD_BODY = re.compile(
    r"(?<![\w-])(?:SAMMANTRÄDESPROTOKOLL|MÖTESPROTOKOLL|PROTOKOLL|MINNESANTECKNINGAR|MÖTESANTECKNINGAR|Protokoll"
    r"|Minnesanteckningar)\s+(?:[Ss]ida\s+)?\d{1,3}\s*\(\s*\d{1,3}\s*\)\s+((?-i:[A-ZÅÄÖ])[\w-]*(?:\s+[\w-]+){0,3})")
_TRANSCRIPT_REACH = 400  # characters from the top a stored copy's page title stands within
_TRANSCRIPT_LINE = re.compile(r"\s*(?:Transkript|Transkription)\s*$")


def body_in_transcript_page_head(parts: list[Part], end: int, body: Found) -> Found | None:
    """The body a stored copy's transcript names in its first page head (`_TRANSCRIPT_HEAD_BODY`), for a copy whose
    page title, a snippet the site took from the text, names none: the title above the "Transkript" line, no word of
    it ending as a body's name does ("Spiran Sikeå Konferens & Logi": the place). The words after the counter up to
    the last that so ends; None without such a head or such a word."""
    if any(word.casefold().strip(",.:;").endswith(_BODY_ENDINGS) for word in body.value.split()):
        return None
    marks = [k for k, part in enumerate(parts[:end]) if _TRANSCRIPT_LINE.fullmatch(part.text)]
    if not marks or parts[marks[0]].start < body.end:
        return None
    head = next((part for part in parts[marks[0] + 1: end] if part.text.strip()), None)
    m = _TRANSCRIPT_HEAD_BODY.search(head.text) if head is not None else None
    if head is None or m is None:
        return None
    words = list(_RX_WORD.finditer(m.group(1)))
    last = next((k for k in range(len(words) - 1, -1, -1)
                 if words[k].group().casefold().endswith(_BODY_ENDINGS)), None)
    if last is None:
        return None
    at = head.start + m.start(1)
    return Found(m.group(1)[: words[last].end()], at, at + words[last].end())


def download_copy_of_title(parts: list[Part], end: int) -> tuple[Part, Part, int] | None:
    """A stored copy's download button quoting its first line in full (`_DOWNLOAD_SNIPPET`) where the page's
    title above it lost figures ('Kommunstyrelsens arbetsutskott 11 april (20) ... kl Ajournering' under
    'Download "Kommunstyrelsens arbetsutskott 11 april 2005 1 (20) ... kl 13.30-17.50 ..."'): the title's part,
    the button's part and where the snippet begins in it; None when the two open with other words."""
    title = next((p for p in parts[:end] if p.text.strip()), None)
    button = next((p for p in parts[:end] if p.text.lstrip().startswith("Download")), None)
    m = _DOWNLOAD_SNIPPET.fullmatch(button.text) if title is not None and button is not None else None
    if title is None or button is None or m is None or title is button:
        return None
    head = title.text.split()[:3]
    return (title, button, m.start(1)) if len(head) == 3 and m.group(1).split()[:3] == head else None


def download_copy_date(copy: tuple[Part, Part, int] | None, when: Found | None) -> Found | None:
    """The date a download button's copy of the title gives (`copy`, from `download_copy_of_title`) where the title
    shows its day and month without the year ("11 april (20)" / "11 april 2005 1 (20)"): that day, not another date
    of the head (when the minutes were checked); None where the title keeps a full date."""
    if copy is None or find_dates(copy[0].text):
        return None
    title, button, at = copy
    for f in find_dates(button.text[at:]):
        day = re.sub(r"[\s,]*(?:19|20)\d\d$", "", button.text[at + f.start: at + f.end])
        if day != button.text[at + f.start: at + f.end] and re.search(rf"(?<!\w){re.escape(day)}(?![\w,.]?\s*\d)", title.text):
            return None if when is not None and when.value == f.value else _shift(f, button.start + at)
    return None


def download_copy_hours(copy: tuple[Part, Part, int] | None) -> tuple[Found, Found] | None:
    """The hours a download button's copy of the title gives (`copy`, from `download_copy_of_title`) where the
    head shows none ('... sammanträdesrum kl Ajournering' / '... kl 13.30-17.50 Ajournering 15.00-15.'); a break's
    range passed over."""
    rng = find_time_range(copy[1].text[copy[2]:], meeting=True) if copy is not None else None
    if copy is None or rng is None:
        return None
    base = copy[1].start + copy[2]
    return _shift(rng[0], base), _shift(rng[1], base)


# A line naming a document's file: "Styrelsemöte 2022-05-03.pdf", "Protokoll årsmöte.docx".
_FILE_NAME_LINE = re.compile(r"(?i)\s*[^\W\d_][^\n]{0,100}?\.(?:pdf|docx?|odt|rtf)\s*")


def _names_file_below(parts: list[Part], i: int, end: int) -> bool:
    """Whether the next line with text below part `i` names a document's file (`_FILE_NAME_LINE`): a page's
    sentence leading to the file's link ("Här kan du hitta protokollet i sin helhet samt en sammanfattning:"),
    whose name is the minutes' title."""
    nxt = next((p for p in parts[i + 1: min(end, i + 3)] if p.text.strip()), None)
    return nxt is not None and _FILE_NAME_LINE.fullmatch(nxt.text) is not None


# A filler run at a line's start: one letter or digit repeated ("xxxxxxxxxx" drawn as a rule across a page,
# "11111111111" from a lost logo or form field), then white space or the line's end.
_FILLER_RUN = re.compile(r"\s*([^\W_])\1{4,}(?:\s+|$)")


def filler_run(text: str) -> int:
    """The length of a filler run opening the line, leading white space included, or 0 ("Xxxxxxxxxxxxxx",
    "11111111111 PROTOKOLL STYRELSEMÖTE"); not a word ("Aaaaah!" has another letter; "2000000 kr" one digit
    less than the run's five repeats after its first)."""
    m = _FILLER_RUN.match(text)
    return m.end() if m else 0


def _title_lead(text: str) -> int:
    """Where a title line's text begins: after white space and a filler run, or after the first item's heading
    a flattened page put before the title ("1 Mötet öppnas inledning Protokoll nr 374, fört vid ...")."""
    run = filler_run(text)
    if run:
        return run
    heading = _OPENING_ITEM_BEFORE_TITLE.match(text) if "öppna" in text[:40] else None
    return heading.end() if heading else len(text) - len(text.lstrip())


# Page numbers opening a stored copy's flattened page head, whose counter lost a number: "(19)" (its "1"
# lost), "1 1" (the copy's page number, then the page's own, its "(19)" lost).
_LOST_PAGE_COUNTER = re.compile(r"(?:\d{1,3}\s+|\(\s*\d{1,3}\s*\)\s*)+(?=[^\W\d_])")
_COUNTER_OPENINGS = frozenset("(0123456789")


def before_page_labels(name: str) -> bool:
    """Whether a title's rest is page numbers and then the head's labels ("(19) Tid och plats", "1 1 Tid och
    Plats Kl"): no body's name. Not a number before a name ("2 Styrelsen", "(2) Kulturnämnden")."""
    m = _LOST_PAGE_COUNTER.match(name)
    return m is not None and _opens_with_label(name[m.end():])


# A title's rest that is the minutes' number and the page's counter ("Nr 1-2019 Sida 1 (5)", "nr 3/2019 sida 1(4)",
# "Sida 2 av 6"), perhaps a label after them: a page head, no body's name.
_NUMBER_AND_PAGE_COUNTER = re.compile(
    r"(?i)(?:(?:nr|no)\.?\s*\d{1,4}(?:\s*[-/:]\s*\d{1,4})*\s+)?(?:sida|sidan|blad)\s*\d{1,3}"
    r"(?:\s*\(\s*\d{1,3}\s*\)|\s*/\s*\d{1,3}|\s+av\s+\d{1,3})?\s*")


def numbered_page_head(name: str) -> bool:
    """Whether a title's rest is the minutes' number and the page counter (`_NUMBER_AND_PAGE_COUNTER`), then
    nothing or the head's labels ("Nr 1-2019 Sida 1 (5) Sammanträdesdatum"): no body's name. Not a name after
    them ("Sida 1 (23) Barn- och utbildningsnämnden")."""
    m = _NUMBER_AND_PAGE_COUNTER.match(name)
    return m is not None and (m.end() == len(name) or _opens_with_label(name[m.end():]))


# A site's page named by one word ending in "sida" ("Styrelsesida", "Startsida", "Medlemssidan"): no body.
_PAGE_NAME_ENDINGS = ("sida", "sidan")
# A postal address on a line of its own: "c/o Vetenskapernas hus, Kyrkogatan 6, 00170 Helsingfors", "Box 123,
# 581 02 Linköping", "Storgatan 3, 123 45 Ort": opening with "c/o" or "Box N", or closing with a postal code
# (Swedish "123 45", Finnish "00170") and a town after a comma.
_POSTAL_ADDRESS_LINE = re.compile(r"(?i:c/o\s|box\s+\d)|.*,\s*(?:\d{3}\s?\d{2}|\d{5})\s+[A-ZÅÄÖ][\w-]+(?:\s+[A-ZÅÄÖ][\w-]+)?\s*$")


_FEED_LINK_LINES = frozenset(w.FEED_LINK_LINES + w.MORE_FEED_LINK_LINES)
_IMAGE_LABEL_ENDINGS = tuple(w.IMAGE_LABEL_ENDINGS)
# A site's bare domain name, alone on its line ("faltbiologerna.se"): the page's frame, as "www." lines are.
_DOMAIN_NAME = re.compile(r"[a-z0-9åäö](?:[a-z0-9åäö-]*[a-z0-9åäö])?(?:\.[a-z0-9åäö-]+)*\.(?:se|fi|nu|com|org|net|eu|ax|info|io)")
_FURNITURE_LONGEST = 40
# A portal's label over an item's files, alone on its line ("Bilagor", "Handlingar", "Bifogade handlingar").
_ATTACHMENT_LABELS = frozenset(w.ATTACHMENT_LABELS)
_ATTACHMENT_LABEL_LONGEST = 24


def is_page_furniture(text: str) -> bool:
    """Whether a head line is a stored page's furniture above the title: one word that is an image's label
    (`_IMAGE_LABEL_ENDINGS`: "Bakgrundsbild", "Lagbanner") or the site's bare domain name (`_DOMAIN_NAME`)."""
    word = text.strip()
    if not word or len(word) > _FURNITURE_LONGEST or " " in word or "\t" in word:
        return False
    low = word.casefold()
    if "." in low:
        return _DOMAIN_NAME.fullmatch(low) is not None
    return low.isalpha() and low.endswith(_IMAGE_LABEL_ENDINGS)
# What a page of one paragraph adds after the minutes' date: "/Paragraf 8", "- § 8", "Paragraf 12".
_PARAGRAPH_REFERENCE_NAME = re.compile(r"(?i)[\s/,–-]*(?:paragraf|§|punkt|ärende)\s*(?:\d{1,4})?\s*")


def is_postal_address_line(text: str) -> bool:
    """Whether a head line is a postal address (`_POSTAL_ADDRESS_LINE`): no title, no body."""
    return ("/" in text[:4] or _has_digit(text)) and _POSTAL_ADDRESS_LINE.match(text.strip()) is not None


# The name of the template a file was made from, standing as its title: "Protokollsutdrag mall - Närvårdssamverkan
# Södra Älvsborg", "Mall minnesanteckningar", "Protokollsmall styrgrupp". The body is named below it.
_TEMPLATE_TITLE = re.compile(r"(?i)\s*(?:[\w-]*(?:protokoll|anteckningar|utdrag|dagordning|kallelse)[\w-]*\s*[-–]?\s*mall\b"
                             r"|mall\s*[-–:]?\s*(?:för\s+)?[\w-]*(?:protokoll|anteckningar|dagordning|kallelse)"
                             r"|[\w-]*(?:protokolls?|antecknings)mall\b)")


def _find_body(parts: list[Part], end: int, clean: str) -> tuple[Found | None, int | None]:
    """The body's name from the title line; returns it and the index of the title part."""
    seen = 0
    caps_run: list[int] = []
    # (part index, name, offset in the part, strong): a title with "Protokoll ..." or right
    # under a "MÖTESANTECKNINGAR" line is strong; a letterhead ("Region Kronoberg") is weak.
    candidates: list[tuple[int, str, int, bool]] = []
    after_document_word = False
    seen_list = False
    kind_only = False
    widget_end = 0
    snippets = download_snippets(parts, end)
    for i, part in enumerate(parts[:end]):
        text = part.text.strip()
        if text and (text[:1] == text[1:2] or "öppna" in text[:40]):  # (a blank line stays blank: no lead to cut)
            text = part.text[_title_lead(part.text):].strip()  # "xxxxxxxx", "1 Mötet öppnas inledning Protokoll ..."
        if i < widget_end or not text or _is_boilerplate(text) or is_page_frame(text) or is_no_title_line(text):
            continue  # a stored web copy's buttons, labels and own fields ("Save this PDF as:", "Titel:...")
        if text[:1] in "§0123456789" and _is_item_line(text) and _quoted_by_button(parts, i, text):
            continue  # "§ 57 Val av justerare" / 'Share "§ 57 Val av justerare"': a stored copy's title, the first item
        if text in snippets and leads_into_list(text):
            continue  # "Förslag till dagordning fastställs enligt följande:": a stored copy's snippet as its title
        if not candidates and text[:1].isupper() and not _has_digit(text):
            widget_end = _dated_entries_end(parts, i + 1, end)
            if widget_end:
                continue  # "Kommande tävlingar" / "17/04 Laholms BK - Guldtävling" / ...: a site's calendar box
        if is_draft_notice(text):
            continue  # "OBS! Detta protokoll är ännu ej granskat och godkänt": a notice above the title
        if "mall" in text.casefold() and _TEMPLATE_TITLE.match(text):
            continue  # "Protokollsutdrag mall - Närvårdssamverkan Södra Älvsborg": the template file's name
        if is_postal_address_line(text):
            continue  # "c/o Vetenskapernas hus, Kyrkogatan 6, 00170 Helsingfors": a site's address line
        if len(text) < _ATTACHMENT_LABEL_LONGEST and text.casefold().rstrip(" :") in _ATTACHMENT_LABELS:
            continue  # "Bilagor" / "Handlingar": a portal's label over an item's files, alone on its line; no title
        if len(text) < 16 and text.casefold().rstrip(" :") in _FEED_LINK_LINES:
            continue  # "RSS-länk": a site's feed link above the page's title
        if len(text) <= _FURNITURE_LONGEST and is_page_furniture(text):
            continue  # "Bakgrundsbild", "faltbiologerna.se": an image's label or the site's name above the title
        if is_spaced_page_mark(text):
            continue  # "S I D AN 1 AV 6": a page head's counter, its letters spaced out
        if leads_into_list(text):
            if _names_file_below(parts, i, end):
                continue  # "Här kan du hitta protokollet i sin helhet:" / "Styrelsemöte 2022-05-03.pdf": a link's lead
            break  # "Representerade skolor och dagis på mötet var:": running text, the title stands above it
        seen += 1
        if seen > 8 or len(candidates) >= 3:
            break
        if len(text) < _CAROUSEL_LONGEST and _IMAGE_CAROUSEL.fullmatch(text):
            continue  # a page's image captions run together: "Bilder från mötetbild1Bilder från mötetbild2"
        crumb = _breadcrumb_body(text)
        if crumb is not None:
            candidates.append((i, crumb[0], crumb[1], True))
            break
        if " " not in text and text.casefold().endswith(_PAGE_NAME_ENDINGS) and text.isalpha():
            continue  # "Styrelsesida", "Medlemssidan": the site's page the minutes stand on, above their title
        if _HOME_CRUMB.match(text):
            continue  # "Hem » Minnesanteckningar 23 april 2015 i Umeå": a short trail, the page's own title after home
        if _RX_FIND_BODY_1.fullmatch(text) and not _label_value(text, _LB_DATE) and not _is_label_line(text):
            continue  # a page id or path: "plenum:plenum-2022-04-09" (not "Närvarande:")
        if _ITEM_MARK_LINE.match(text):
            break  # "• § 2" / "Val av justerare": the agenda has begun, the line below is an item's title
        if _RX_FIND_BODY_2.match(text) and not (text[:1] in "Ss" and counter_before_name(text)) or "@" in text:
            continue
        if "öppna" in text[:30] and _OPENING_ITEM_TITLE.match(text):
            after_document_word = False
            continue  # "Mötet öppnas inledning": the first item's heading, a stored copy's snippet title, no title
        if ("öppna" in text or "hälsa" in text or "förklara" in text) and _OPENS_MEETING_SENTENCE.match(text):
            after_document_word = False
            continue  # "Ida öppnar mötet.", "Ordföranden hälsade alla välkomna": the first item's sentence, no title
        if text[:1] in "GTH" and _NAVIGATION_LINK.fullmatch(text):
            continue  # "Till Riksförbundet" / "Gå till distrikt": a site's menu of links above the minutes
        if _POSTED.search(text):
            continue  # "Stig Bredberg BEVIS Justeringen har tillkännagivits genom anslag ...": the posting block
        if _is_label_line(text) or part.flat and label_of(text, colon_required=False):
            if candidates or caps_run:
                break  # the title stands above the attendance lists, never inside them
            seen_list = True
            continue
        if seen_list and (_RX_FIND_BODY_3.match(text) or _NAME_RUN.fullmatch(text) or _opens_with_person(text)
                          or _is_lone_given_name(text)):  # "Närvarande:" / "Ida" / "Victoria": given names alone
            continue  # an entry of a list ("Ek, Anna (S)") or a run of names ("Anna Ek, Per Bo och Eva Ny")
        if _label_value(text, _LB_DATE_TIME_VENUE, loose=part.flat) or _is_front_page_label(text):
            continue  # "Plats och tid för sammanträdet", "Paragrafer": a label column, not a title
        if _DNR.search(text) and len(text) < 40:
            continue
        if _is_document_word_line(text):
            after_document_word = True
            continue
        if "," in text and dateline_title_town(text):
            after_document_word = True  # "Minnesanteckning 2014-09-17, Eksjö": record, day and town; the body below
            continue
        text = before_statute(_before_lost_time(text))
        dated = find_dates(text)
        head_words = len(text[: dated[0].start].split()) if dated else len(text.split())
        # "Protokoll fört vid styrelsemöte 30 juni 2009 i Bygdemuséet.": a dated title closed by a full stop
        titled = bool(dated) and head_words <= 6 and (_opens_with_document_word(text) or is_meeting_word_title(text))
        numbered = after_page_number(text)  # "1 Minnesanteckningar från X 2015-10-13 klockan 18.00 Närvarande ...":
        run_on_title = bool(dated) and numbered > 0 and head_words <= 7  # a page number, then a dated title
        if (head_words > 14 or text.endswith(".") and len(text.split()) > 5 and not titled
                or text.endswith(("!", "?", ":"))):
            held = _HELD_WITH.match(text) if dated and text[:1] in "Pp" else None
            if held:  # "Protokoll fört vid sammanträde med församlingsrådet i Sibbo ... onsdagen den 30.10.2019"
                candidates.append((i, held.group(1), held.start(1), True))
                break
            held = _SESSION_WITH_BEFORE_LABEL.search(text) if part.flat and " med " in text else None
            if held:  # "... från sammanträde med styrgruppen för miljö och samhällsbyggnad Tid: Torsdag ..."
                candidates.append((i, held.group(1), held.start(1), True))
                break
            kept = minutes_kept_at(text) if text[:1] in "Pp0123456789" else None
            if kept is not None:  # "1 Protokoll fört vid styrelsemöte nr 5 onsdagen den 2/ kl. 16 i Hembygdsmuseet 1 Mötets ..."
                candidates.append((i, kept.value, kept.start, True))
                break
            after_document_word = False  # a line below the prose is no title under the document word
            continue  # prose, a headline ("Hon kom, körde med oss och försvann!") or a question
        if not run_on_title and (_is_person_list(text) or is_name_run(text) or is_titled_name_run(text)):
            continue  # "Birgitta Kringlund (FP) Aina Wåhlund (S)": an attendance list, not a title (but a dated
            # title may run on into the list: "1 Minnesanteckningar från X 2015-10-13 klockan 18.00 Närvarande ...")
        if ";" in text and is_semicolon_label_list(text):
            continue  # "Föredragande; Jan Larsson, Christina Liffner": a list label closed by a semicolon
        name, off = _strip_title(text)
        if not _RX_FIND_BODY_4.search(name) or off and is_page_frame(name):
            continue  # no letter, or a page head before a page's field: "2 (17) BEVIS OM ANSLAGSDAG ..."
        if is_filler_title(name) or is_dateline(text) or name.casefold() in _POSTING_WORDS:
            continue  # "v 19-22 | 26 mars", "2020-03-13 Zoom", "Vänersborg 2016-01-20", "Publicerad 2019-11-02"
        if is_activity_title(name):
            kind_only = True  # "Anteckningar från arbetsmöte", "Sprint planning 2024-11-25": the title names no one
            continue
        if kind_only and not any(word.casefold().endswith((*_BODY_ENDINGS, *_ORGANISATION_ENDINGS))
                                 for word in name.split()):
            continue  # below such a title only a line naming a body ("Styrgruppen för X") gives one
        if _BEGINNING_LINE.match(text):
            continue  # "med början kl 18.00" under the date: when, not who
        if " " not in name and name.casefold().endswith(("möten", "sammanträden")):
            continue  # "Protokoll medlemsmöten": a site's heading over the minutes of many meetings
        if name.casefold() in _RECORD_KINDS:
            after_document_word = True  # "Referat 2006-08-31": the record's kind, the title follows
            continue
        if _NUMBER_ONLY_NAME.fullmatch(name):
            after_document_word = True  # "PROTOKOLL nr 32 (10-5)", "Protokoll nr 5 2019": the minutes' number
            continue
        if _PARAGRAPH_REFERENCE_NAME.fullmatch(name):
            continue  # "Protokoll 16.01.2023/Paragraf 8": which paragraph of the minutes a page shows, no body
        if name[:1].isdigit() and _DAY_ONLY_NAME.fullmatch(name):
            after_document_word = True  # "Protokoll 19 okt-10": the minutes' day, the title follows
            continue
        if name.casefold() in _BARE_MEETING_WORDS or _is_remote_form(name):
            after_document_word = True  # "Möte 2019-03-25" / "Vård- och omsorgsnämnden": the body is below
            continue
        if name[:1] in _COUNTER_OPENINGS and before_page_labels(name):
            continue  # "PROTOKOLL (19) Tid och plats Tisdagen ...", "1 1 Tid och Plats Kl": page numbers, then labels
        if name[:1] in "NnSsBb" and numbered_page_head(name):
            continue  # "PROTOKOLL Nr 1-2019 Sida 1 (5) Sammanträdesdatum 2019-02-11": the page head, the title below
        if off and _opens_with_label(text[off:]):
            named = _body_after_empty_date_label(name)
            if named is not None:  # "... 1 (251) Sammanträdesdatum Miljö- och byggnadsnämnden": the date lost
                candidates.append((i, named, off + len(name) - len(named), True))
                break
            continue  # "PROTOKOLL 1 (28) Sammanträdestid kl 09:00-12:30": a page head, then the labels
        if name.isupper() and len(name) > 3:
            caps_run.append(i)
            continue
        if caps_run:
            break
        # "Protokoll - Alingsås kommun": a stored page's title naming the municipality, the body below
        strong = (after_document_word or bool(_PREFIX_RE.match(text, after_page_number(text)))) and not _ORG_LINE.match(name)
        if not strong and not candidates and text in snippets and _names_no_one(name):
            continue  # "Total mötestid / frånvarotid 101t 15m" (and its download button): a snippet the site took
        candidates.append((i, name, off, strong))
        after_document_word = False
        if strong or len(candidates) == 1 and not _ORG_LINE.match(name) and " " in name:
            break  # a one-word line ("Klostergården") may be a site's name above the title: look on
    if candidates:
        i, name, off, _ = next((c for c in candidates if c[3]), None) or (
            candidates[1] if len(candidates) > 1 and _ORG_LINE.match(candidates[0][1]) else candidates[0])
        part = parts[i]
        lead = _title_lead(part.text)
        s = part.start + lead + off
        e = s + len(name)
        nxt = parts[i + 1] if i + 1 < len(parts) else None
        dangling = bool(_DANGLING_PREPOSITION.search(name))  # "Protokoll fört vid styrelsemöte med" / "Håns Byalag ..."
        if dangling and nxt is not None and not nxt.text.strip() and i + 2 < len(parts):
            nxt = parts[i + 2]  # the name a blank line below
        if (nxt is not None and (nxt.text.strip()[:1].islower() or dangling) and len(nxt.text.split()) <= 8
                and not _RX_FIND_BODY_5.search(part.text.strip())
                and not part.text[lead + off + len(name):].strip(" ,.-–")  # the name ends the line
                and not _WRAPPED_DAY.match(nxt.text)):  # "Protokoll vid styrelsemöte" / "den 11 januari": when
            # a wrapped title: "Minnesanteckningar från möte i Regionala" / "samverkansgruppen"
            tail, _ = _strip_title(nxt.text.strip())
            place = _WRAPPED_TITLE_PLACE.search(tail) if dangling else None
            tail = tail[: place.start()] if place else tail  # "Håns Byalag i Byahuset": the place is the venue's
            if tail:
                name = f"{name} {tail}"
                e = nxt.start + (len(nxt.text) - len(nxt.text.lstrip())) + len(tail)
        return Found(title_body(body_before_place(name)), s, e), i
    if caps_run:
        org_end = ("KOMMUN", "REGION", "LANDSTING", "STAD", "LÄN", "KOMMUNFÖRBUND")
        picks = [i for i in caps_run if not parts[i].text.strip().endswith(org_end)] or caps_run
        i = picks[0]
        lead = _title_lead(parts[i].text)
        line = parts[i].text[lead:].strip()
        wrapped = _hyphen_wrapped_capitals(line, parts, i, caps_run)
        name, off = _strip_title(_before_lost_time(wrapped or line))
        value = _definite(name, clean) if " " not in name else name[:1] + name[1:].casefold()
        value = (body_of_capitals_title(name) if " " in name else None) or title_body(value)
        s = parts[i].start + lead + off
        e = s + len(name) if wrapped is None else parts[i + 1].end  # the name goes on over the line below
        return Found(value, s, e), i
    return None, None


# Figures with units in a line ("101t 15m", "45 min", "3 st"): a measure or tally, no name.
_TALLY = re.compile(r"\b\d+\s*(?:t|h|m|min|st|kr|%)(?![\w])")


def _names_no_one(name: str) -> bool:
    """Whether a stored copy's page title (a snippet its download button repeats) names no body: a tally with
    figures and units ("Total mötestid / frånvarotid 101t 15m"), no word with a body's or organisation's ending."""
    if not _TALLY.search(name):
        return False
    return not any(word.casefold().strip(",.:;").endswith((*_BODY_ENDINGS, *_ORGANISATION_ENDINGS))
                   for word in name.split())


def _hyphen_wrapped_capitals(line: str, parts: list[Part], i: int, caps_run: list[int]) -> str | None:
    """A capitals title whose word is hyphenated over two lines ("STÄMMA I BJÖRSKOGS VILTVÅRDSOM-" /
    "RÅDESFÖRENING DEN 14 MAJ 2007."), joined: the line ends in a letter and "-", the next line is the next of the
    capitals lines and opens with a capital letter. None otherwise ("NORD-" / "Syd": no capitals line)."""
    if len(line) < 3 or line[-1] != "-" or not line[-2].isalpha() or i + 1 not in caps_run or i + 1 >= len(parts):
        return None
    nxt = parts[i + 1].text.strip()
    return line[:-1] + nxt if nxt[:1].isupper() else None


# --- the meeting ----------------------------------------------------------------------------


# The posting block's label inside a flattened front page, capitalised as a label cell is, and the
# name after it: a capitalised word and the lower-case words of the name ("Myndighet Arbetsutskottet
# Anslagsdatum ...", "Organ Vård- och omsorgsnämnden Datum för anslags uppsättande").
_ORGAN_IN_TEXT = re.compile(r"(?<![\w-])(?:Organ|Myndighet|Nämnd|Beslutsinstans|Instans)\s*:?\s+([A-ZÅÄÖ][\w-]*(?:\s+[a-zåäö][\w-]*){0,6})")
_RX_WORD = re.compile(r"\S+")
_ORGAN_WORDS = ("organ", "myndighet", "nämnd", "instans", "beslutsinstans")  # `_ORGAN_IN_TEXT`'s labels, case-folded
# How a body's name ends: "...nämnden", "...utskottet", "Direktionen".
# Bodies no meeting word names ("direktionsmöte" is rare) but whose names end so: indefinite -> definite form.
_MORE_BODIES = {"direktion": "direktionen", "delegation": "delegationen"}
_BODY_FORMS = w.MEETING_WORD_BODIES | _MORE_BODIES
_BODY_ENDINGS = (*_BODY_FORMS, *_BODY_FORMS.values())


# A flattened front page whose label column stands before its values: the organ label, the place-and-time label,
# then the organ's value, the place's and the day ("Organ Plats och tid Regionförbundets styrelse Campus Hultsfred,
# Hultsfred Torsdagen den 30 mars 2017"). Group 1 the organ's value and what follows it.
_STACKED_ORGAN_VALUE = re.compile(r"(?<![\w-])Organ\s+(?:Plats och tid|Tid och plats)\s+([A-ZÅÄÖ][\w-]*(?:\s+[\w-]+){0,4})")
# The same with the place's label alone, the time's label perhaps after it ("Organ Plats Tidpunkt Landstingsstyrelsen
# Sammanträdesrum Mälaren, ...", "Organ Plats Regionfullmäktige Fullmäktigesalen, ... Tidpunkt Tisdagen ..."): the
# organ's value, whatever its body word, stands before the place's. Group 1 as above.
_STACKED_ORGAN_PLACE = re.compile(r"(?<![\w-])Organ\s+Plats(?:\s+(?:Tidpunkt|Tid))?\s+([A-ZÅÄÖ][\w-]*(?:\s+[\w-]+){0,4})")
# The same with the date's label instead ("Organ Sammanträdesdatum Nr Räddningsområde Ålands landskommuner 28.1.2015 1",
# "Organ Datum 7/2019 Förbundsstyrelsen 15.05.2019"): the organ's value runs up to the dotted day that fills the
# date's cell, which is what tells the value from a label or a title. Group 1 the organ's value.
_STACKED_ORGAN_DATED = re.compile(
    r"(?<![\w-])Organ\s+(?:Sammanträdesdatum|Mötesdatum|Datum|Utfärdad)(?:\s+den)?(?:\s+(?:Nr|\d{1,3}/\d{4}))?"
    r"\s+([A-ZÅÄÖ][\w-]*(?:\s+[\w-]+){0,4}?)\s+\d{1,2}\.\d{1,2}\.(?:19|20)\d\d(?!\w)")
_STACKED_ORGAN_LINES = 4  # the head's first lines with text


def organ_value_after_stacked_labels(parts: list[Part], end: int, clean: str) -> Found | None:
    """The body a flattened front page gives as the first value after its organ and place-and-time labels
    (`_STACKED_ORGAN_VALUE`, the labels perhaps split into parts): the words up to the first that ends as a body's
    name does; None without one."""
    first = _first_minutes_parts(parts, end, _STACKED_ORGAN_LINES)
    if not first:
        return None
    lo, hi = first[0].start, first[-1].start + len(first[-1].text)
    if "Organ" not in clean[lo:hi]:
        return None
    m = _STACKED_ORGAN_VALUE.search(clean, lo, hi)
    if m is None:
        dated = _STACKED_ORGAN_DATED.search(clean, lo, hi) if "Organ " in clean[lo:hi] else None
        if dated is not None:
            return Found(dated.group(1), dated.start(1), dated.end(1))
        m = _STACKED_ORGAN_PLACE.search(clean, lo, hi)  # "FÖREDRAGNINGSLISTA 1 (13) Organ Plats Tidpunkt Landstingsstyrelsen"
        return _stacked_organ_name(m) if m is not None else None
    return _stacked_organ_name(m)


def _stacked_organ_name(m: re.Match[str]) -> Found | None:
    """The body's name opening `_STACKED_ORGAN_VALUE`'s (or `_STACKED_ORGAN_PLACE`'s) value: the words up to the first that ends as a body's
    name does; None without one."""
    words = list(_RX_WORD.finditer(m.group(1)))
    last = next((k for k, word in enumerate(words) if word.group().casefold().endswith(_BODY_ENDINGS)), None)
    if last is None:
        return None
    return Found(m.group(1)[: words[last].end()], m.start(1), m.start(1) + words[last].end())


def _organ_in_text(parts: list[Part], folded: _Folded, limit: int) -> Found | None:
    """The body a posting block names in the middle of a flattened front page."""
    for i in folded.holding(_ORGAN_WORDS, limit):
        part = parts[i]
        if not part.flat:
            continue
        for m in _ORGAN_IN_TEXT.finditer(part.text):
            words = m.group(1).split()
            while words and not words[-1].casefold().endswith(_BODY_ENDINGS):
                words.pop()  # "Arbetsutskottet anslogs ...": the name ends at its body word
            if not words or _opens_with_label(m.group(1)):
                continue
            last = list(_RX_WORD.finditer(m.group(1)))[len(words) - 1]
            s = part.start + m.start(1)
            return Found(" ".join(words), s, s + last.end())
    return None


# An organ label and the body's name after it, its words in lower case after the first, up to the next
# capitalised word: "Organ: Regionförbundets styrelse Plats och tid: ...". Group 1 the name.
_ORGAN_LABEL_NAME = re.compile(r"(?<![\w-])(?:Organ|ORGAN|Nämnd|Instans)\s*:?\s+([A-ZÅÄÖ][\w-]*(?:\s+[a-zåäö][\w-]*){1,5})")
_ORGAN_LABEL_REACH = 40  # the head's first parts


def organ_naming_generic_body(parts: list[Part], body: Found) -> Found | None:
    """The organ label's fuller name of a title's generic body: "Protokoll Styrelsen" over "Organ:
    Regionförbundets styrelse" gives the latter. None unless the organ's name ends with the title's word,
    definite or not."""
    word = body.value.casefold()
    for part in parts[:_ORGAN_LABEL_REACH]:
        if "rgan" not in part.text and "ämnd" not in part.text and "nstans" not in part.text:
            continue
        for m in _ORGAN_LABEL_NAME.finditer(part.text):
            last = m.group(1).split()[-1].casefold()  # "styrelse" or "styrelsen" for "Styrelsen"
            if word.startswith(last) and len(word) - len(last) <= 2:
                return Found(m.group(1), part.start + m.start(1), part.start + m.end(1))
    return None


def _organ(parts: list[Part], folded: _Folded, limit: int = 120) -> Found | None:
    """The body named by the posting block of a municipal protocol: "Organ Utbildningsnämnden"."""
    return _labelled_organ(parts, folded, limit) or _organ_in_text(parts, folded, limit)


# A flattened posting block whose labels stand before its values: the statement of the posting, perhaps
# the organ label, then the body's name ("Justeringen har tillkännagivits genom anslag Organ Kommunala
# Handikapprådet Sammanträdesdatum", "... genom anslag. Kommunstyrelsen Datum då anslaget sätts upp",
# "Organ Anslag/Bevis Protokollet är justerat. Justeringen har tillkännagivits genom anslag Kultur- och
# fritidsnämnden Anslags uppsättande"). Group 1 the name and what follows it.
# The organ label may be paired with the next cell's ("Organ och sammanträdesdatum Barn- och utbildningsnämnden"),
# and the committee's name may follow its municipality's ("Organ Hässleholms kommun, omsorgsnämnden").
_POSTED_ORGAN = re.compile(r"(?i:genom\s+anslag)\.?\s+(?:(?:Organ|Beslutsinstans|Instans|Nämnd|Myndighet)"
                           r"(?:\s+och\s+(?:sammanträdesdatum|§§|paragrafer))?\s*:?\s+)?"
                           r"(?:[A-ZÅÄÖ][a-zåäö-]+s\s+(?:kommun|landsting)\s*,\s*)?"
                           r"((?:[A-ZÅÄÖ]|(?<=,\s)[a-zåäö])[\w-]*(?:\s+[\w-]+){0,5})")


# The same statement naming where the minutes were posted, then the organ label and the body: "Justeringen har
# tillkännagivits genom anslag på kommunens officiella anslagstavla vid Stadshuset. Organ Tekniska nämnden Datum
# då anslaget sätts upp". The label is required here: after a sentence, a capitalised word may be anything.
_POSTED_ON_BOARD_ORGAN = re.compile(r"(?i:genom\s+anslag)\s+(?i:på)\s+[^.\n]{1,100}\.\s+"
                                    r"(?:Organ|Beslutsinstans|Instans|Nämnd|Myndighet)\s*:?\s+"
                                    r"([A-ZÅÄÖ][\w-]*(?:\s+[\w-]+){0,5})")


def _posted_organ(parts: list[Part], folded: _Folded, limit: int) -> Found | None:
    """The body a flattened posting block names after its statement (`_POSTED_ORGAN`): the words up to
    the last that ends as a body's name does."""
    for i in folded.holding(("genom anslag",), limit):
        part = parts[i]
        m = _POSTED_ORGAN.search(part.text) or _POSTED_ON_BOARD_ORGAN.search(part.text)
        if m is None:
            continue
        words = m.group(1).split()
        while words and not words[-1].casefold().endswith(_BODY_ENDINGS):
            words.pop()
        if not words or any(word.casefold() in _ORGAN_WORDS for word in words):
            continue  # "Instans Datum för anslags uppsättande": the organ's value left empty
        last = list(_RX_WORD.finditer(m.group(1)))[len(words) - 1]
        s = part.start + m.start(1)
        name = m.group(1)[: last.end()]
        return Found(name[:1].upper() + name[1:], s, s + last.end())
    return None


def _labelled_organ(parts: list[Part], folded: _Folded, limit: int) -> Found | None:
    """The body after an organ label that opens a part ("Organ: Utbildningsnämnden")."""
    for i in folded.labelled(_LB_ORGAN, limit):
        part = parts[i]
        lv = _label_value(part.text, _LB_ORGAN)
        if lv and not lv[0].strip():  # "Organ och §§:" / "Samordningsförbundet Sydnärke": the value below
            below = next((q for q in parts[i + 1:i + 3] if q.text.strip()), None)
            if below is not None and not _label_value(below.text, _LB_ORGAN_OR_DATE):
                part, lv = below, (below.text, 0)
        if lv and _RX_ORGAN_1.match(lv[0]) and not _label_value(lv[0], _LB_DATE_OR_VENUE):
            value = lv[0].split("§", 1)[0].strip()  # "Organ och §§ Socialnämnden §§ 82-99": the name, not the paragraphs
            if len(value.split()) <= 8 and not find_dates(value):
                s = part.start + lv[1] + (len(lv[0]) - len(lv[0].lstrip()))
                return Found(value, s, s + len(value))
    return None


# A municipality named in a letterhead or footer: at a line's start or after an address label
# ("Telefon / Fax Sunne kommun Kvarngatan 4"), never after a comma (an attendee's "Anna Ek, Ale kommun").
_MUNICIPALITY = re.compile(r"(?:^|(?<=\n)|(?<=[\s/]))([A-ZÅÄÖ][a-zåäö-]+s?\s+kommun)(?![\w-])")
_ADDRESS_LABELS = tuple(w.ADDRESS_LABELS)
_MUNICIPALITY_CAPS = re.compile(r"(?<![\w-])([A-ZÅÄÖ]{2,}(?:[- ][A-ZÅÄÖ]{2,})?\s+KOMMUN)(?=\s+(?:ANSLAG|PROTOKOLL|"
                                r"SAMMANTRÄDESPROTOKOLL|KALLELSE|BEVIS|SAMMANTRÄDE)|[ \t]*(?:\n|$))")


def letterhead_municipality(head: str) -> Found | None:
    """The municipality a letterhead or footer of the head names: the body of a municipal protocol
    that names no organ ("Sunne kommun" after "Postadress Besöksadress Telefon / Fax")."""
    if "kommun" not in head and "KOMMUN" not in head:
        return None
    for m in _MUNICIPALITY.finditer(head) if "kommun" in head else ():
        before = head[max(0, m.start() - 40): m.start()]
        line_start = head.rfind("\n", 0, m.start()) + 1
        if head[line_start: m.start()].strip() == "" or before.casefold().rstrip(" /:").endswith(_ADDRESS_LABELS):
            return Found(m.group(1), m.start(1), m.end(1))
    for m in _MUNICIPALITY_CAPS.finditer(head) if "KOMMUN" in head else ():
        # "ÅNGE KOMMUN ANSLAG/BEVIS", "VILHELMINA KOMMUN PROTOKOLL": a letterhead in capitals
        name = m.group(1)
        return Found(name[:1] + name[1:].casefold(), m.start(1), m.end(1))
    return None


def _is_code(name: str) -> bool:
    """A title that is a file code ("BSN", "UN060502"), not a name."""
    return bool(_RX_IS_CODE_1.fullmatch(name.strip()))


# A meeting's code with its number, all a title leaves once its report words are gone: "DSM4" (the district
# board's fourth meeting) in "Kortfattat från DSM4 20150415", "AU12". Capitals, then one to three digits.
_NUMBERED_MEETING_CODE = re.compile(r"[A-ZÅÄÖ]{2,6}\d{1,3}")


def is_numbered_meeting_code(name: str) -> bool:
    """Whether a title's name is a meeting's code and number (`_NUMBERED_MEETING_CODE`), which names no body."""
    return bool(_NUMBERED_MEETING_CODE.fullmatch(name.strip()))


def squashed(s: str) -> str:
    """Letters and digits only, case-folded: "NetCity, Örebro" is "Net City, Örebro"."""
    return "".join(ch for ch in s.casefold() if ch.isalnum())


# A body's one-word name right before a head label of a flattened front page: "Planeringsavd, Marianne
# Hammarström Landstingsstyrelsen Tid Tisdagen den 11 december", "... Socialnämnden Plats och tid ...".
_BODY_BEFORE_LABEL = re.compile(r"(?<!\S)([A-ZÅÄÖ][a-zåäö-]{3,})\s+(?:Tid|Datum|Plats|Sammanträdesdatum|Dag)(?![\w-])")


def body_before_label(parts: list[Part], end: int) -> Found | None:
    """The body named last before a head label in a flattened front page (see `_BODY_BEFORE_LABEL`),
    when the word ends as a body's name does ("-styrelsen", "-nämnden", "-utskottet", "-rådet")."""
    for i, part in enumerate(parts[:end]):
        if not part.text.strip():
            continue
        # Prose holds no label column; but a flattened front page's sentence may end with the body's
        # name, its label split off into the next part ("... genom anslag. Kommunfullmäktige" / "Sammanträdesdatum").
        tail_only = _is_prose(part.text)
        # a label split off into the next part: "... LS 9/2012 Landstingsstyrelsen" / "Tid Tisdagen ..."
        joined = part.text + (" " + parts[i + 1].text[:20] if part.flat and i + 1 < len(parts) and parts[i + 1].flat else "")
        for m in _BODY_BEFORE_LABEL.finditer(joined):
            word = m.group(1).casefold()
            if tail_only and m.end(1) != len(part.text.rstrip()):
                continue
            if m.end(1) <= len(part.text) and word.endswith(_BODY_ENDINGS):
                return Found(m.group(1), part.start + m.start(1), part.start + m.end(1))
    return None


# A flattened cover page of a municipal protocol opening with the body's name, perhaps after a stored copy's
# page number, then the document word and the page counter or a head label: "Barn- och utbildningsnämnden
# SAMMANTRÄDESPROTOKOLL Sida 1(16) Sammanträdesdatum 2020-06-09 Plats och tid ...", "2 Kommunstyrelsen
# Protokoll 1 (42) Plats och tid". Group 1 the name (checked to end as a body's does).
_BODY_BEFORE_DOCUMENT_WORD = re.compile(
    r"\s*(?:\d{1,3}\s+)?((?-i:[A-ZÅÄÖ])[\w-]*(?:\s+(?:och|(?-i:[a-zåäö])[\w-]*|(?-i:[A-ZÅÄÖ])[\w-]*)){0,5}?)\s+"
    r"(?:SAMMANTRÄDESPROTOKOLL|Sammanträdesprotokoll|PROTOKOLL|Protokoll)\s+"
    r"(?=(?:Sida|SIDA|Sammanträdesdatum|Datum|Plats och tid|Tid och plats)(?![\w-])|\d{1,3}\s*\(\s*\d{1,3}\s*\))")
_DOCUMENT_WORD_HEAD_LINES = 3  # the head's first lines with text


def body_before_document_word(parts: list[Part], end: int) -> Found | None:
    """The body named before the document word opening one of the head's first lines (see
    `_BODY_BEFORE_DOCUMENT_WORD`), for a head whose title gave none."""
    lines = _first_text_parts(parts, end, _DOCUMENT_WORD_HEAD_LINES)
    for part in lines:
        m = _BODY_BEFORE_DOCUMENT_WORD.match(part.text)
        if m is None or not m.group(1).casefold().endswith(_BODY_ENDINGS):
            continue
        return Found(m.group(1), part.start + m.start(1), part.start + m.end(1))
    return None


_BODY_NAME_LINE = re.compile(r"\s*((?-i:[A-ZÅÄÖ])[\w-]*(?:\s+(?:och|(?-i:[a-zåäö])[\w-]*|(?-i:[A-ZÅÄÖ])[\w-]*)){0,5})\s*")
_BODY_NAME_LINES = 8  # the head's first lines with text


def body_name_line(parts: list[Part], end: int) -> Found | None:
    """A head line that is only a body's name ("Barn- och utbildningsnämnden"), for a head whose title
    turned out to be something else (a stored copy's page title that is the place)."""
    for part in _first_text_parts(parts, end, _BODY_NAME_LINES):
        m = _BODY_NAME_LINE.fullmatch(part.text)
        if m and m.group(1).casefold().endswith(_BODY_ENDINGS):
            return Found(m.group(1), part.start + m.start(1), part.start + m.end(1))
    return None


# A document word and the body's name in capitals opening the first line, ended by a full stop, a comma
# or a head label: "PROTOKOLL LAG DALSLAND OCH ÅRJÄNG. Datum: sida 1 (5) ...", "MINNESANTECKNINGAR
# REGIONALA SAMVERKANSRÅDET Plats: ...". Group 1 the name (words in capitals, "OCH" and "&" between).
_UPPER_CASE_TITLE_BODY = re.compile(
    r"\s*(?:PROTOKOLL|SAMMANTRÄDESPROTOKOLL|MÖTESPROTOKOLL|MINNESANTECKNINGAR|MÖTESANTECKNINGAR)\s+"
    r"((?:[A-ZÅÄÖ][A-ZÅÄÖ-]+)(?:\s+(?:[A-ZÅÄÖ][A-ZÅÄÖ-]+|OCH|&)){0,5})"
    r"(?=\s*[.,]|\s+(?:Datum|Tid|Plats|Sida|Sammanträdesdatum)\b|\s*$)")
# Words that open no name ("PROTOKOLL FÖRT VID ...", "PROTOKOLL FRÅN ...") and endings of a meeting's
# or a document's kind, not its body ("PROTOKOLL STYRELSEMÖTE", "PROTOKOLL ÅRSMÖTE").
_NOT_TITLE_BODY_OPENINGS = ("FÖRT", "FÖRD", "FRÅN", "VID", "ÖVER", "MED", "FÖR", "AVSEENDE", "NR")
_NOT_TITLE_BODY_ENDINGS = ("MÖTE", "SAMMANTRÄDE", "STÄMMA", "PROTOKOLL", "ANTECKNINGAR")
_UPPER_TITLE_LINES = 3  # the first lines with text


def upper_case_title_body(parts: list[Part]) -> Found | None:
    """The body named in capitals after the document word opening the first lines (`_UPPER_CASE_TITLE_BODY`)."""
    for part in _first_text_parts(parts, len(parts), _UPPER_TITLE_LINES):
        if not part.text.lstrip()[:1].isupper() or not part.text.lstrip()[1:2].isupper():
            continue  # the document word in capitals opens the line
        m = _UPPER_CASE_TITLE_BODY.match(part.text)
        if m is None:
            continue
        words = m.group(1).split()
        if words[0] in _NOT_TITLE_BODY_OPENINGS or words[-1] in ("OCH", "&") or words[-1].endswith(_NOT_TITLE_BODY_ENDINGS):
            return None
        return Found(m.group(1), part.start + m.start(1), part.start + m.end(1))
    return None


# The bodies a bare meeting word gives ("Utskottssammanträde" -> "Utskottet", "Styrelsemöte" -> "Styrelsen").
_GENERIC_BODIES = frozenset(w.MEETING_WORD_BODIES.values())


# An organisation's or a body's noun ending a word, with its definite and genitive endings (`w.ORGANISATION_NOUNS`):
# "KANOTFÖRBUNDET", "Programrådet", "Motorsällskap", "Dansgillets"; a plural ("Kommittéer", "Regionföreningar") is
# a menu's or a heading's word, not a name.
_ORGANISATION_NOUN_END = re.compile(
    r"(?:" + "|".join(map(re.escape, w.ORGANISATION_NOUNS)) + r")(?:en|et|n|t)?s?\Z")
# A past passive ending a finite verb: "genomfördes", "hölls" aside (`w.HEAD_SENTENCE_VERBS`), "avhölls", "startades".
_PAST_PASSIVE = re.compile(r"[a-zåäö]{3,}(?:ades|des|tes)")
_SENTENCE_VERBS = frozenset(w.HEAD_SENTENCE_VERBS)
_ORGANISATION_OPENING_WORDS = frozenset(w.ORGANISATION_OPENINGS)
# A word of a head line, its letters (a hyphen inside: "Speciallärar-").
_LETTER_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*-?")


def names_organisation(name: str) -> bool:
    """Whether a word of `name` ends in an organisation's or a body's noun ("SVENSKA KANOTFÖRBUNDET",
    "Hyllinge Motorsällskap"); a page's furniture ("HMS News", "Elegant PM") and a meeting word
    ("Styrelsemöte") do not. An organisation's kind opening the name counts too ("Brf Ekbacken")."""
    words = _LETTER_WORD.findall(name)
    return bool(words) and (words[0].casefold() in _ORGANISATION_OPENING_WORDS
                            or any(_ORGANISATION_NOUN_END.search(word.casefold()) for word in words))


def is_head_sentence(text: str) -> bool:
    """Whether a head line is a sentence, told by a finite verb ("Mötet genomfördes via Zoom", "Styrelsen har
    sammanträtt"), not a name."""
    for word in _LETTER_WORD.findall(text):
        low = word.casefold()
        if low in _SENTENCE_VERBS or word.islower() and _PAST_PASSIVE.fullmatch(word):
            return True
    return False


# An organisation's short name in capitals: "FVOF", "ÖHF"; not "PM" (a document's kind).
_SHORT_NAME = re.compile(r"\b[A-ZÅÄÖ]{3,6}\b")


# The head line "fört vid" the body's meeting: "fört vid Hyllinge Motorsällskap ordinarie styrelsemöte 2006-10-10",
# "Protokoll fört vid Klostergårdens byalags extra årsmöte". Group 1 the body: a capitalised word and at most five
# more up to the first meeting word, perhaps after "ordinarie" / "extra" / "konstituerande"; group 2 the place after a
# comma, before the day ("FÖRT VID NÄSHULTS SOCKENRÅDS STYRELSESAMMANTRÄDE, HULTANÄS TELEFONSTATION 2009-08-23").
_KEPT_AT_BODYS_MEETING = re.compile(
    r"(?i)\bfört\s+vid\s+((?-i:[A-ZÅÄÖ])[\w&-]*(?:\s+[\w&-]+){0,5}?)\s+"
    r"(?:(?:ordinarie|extra|extrainsatt|konstituerande)\s+)?[^\W\d_]*(?:möte|mötet|sammanträde|stämma)\b"
    r"(?:\s*,\s*((?-i:[A-ZÅÄÖ])[^\W\d_][^\d,.:;]{1,60}?)(?=\s+(?:\d|den\b)))?")
# A head line that is only a name: a capital first, at most eight words, no digit, colon or full stop.
_NAME_LINE_WORDS = 8
_NAME_LINE_MARKS = frozenset(":;.?!|/@=[]()0123456789")
_BODY_CANDIDATE_LINES = 8  # the head's first lines with text
# Words that make a line a meeting's or a document's title, not a name ("STYRELSEMÖTE", "Protokoll").
_TITLE_WORD_ENDINGS = ("möte", "mötet", "sammanträde", "sammanträdet", "protokoll", "anteckningar", "stämma")


def _organisation_name_line(text: str) -> bool:
    """Whether a head line is only an organisation's or a body's name ("SVENSKA KANOTFÖRBUNDET",
    "Programrådet för Speciallärar- och Specialpedagogprogrammen")."""
    line = text.strip()
    words = line.split()
    if "  " in line or "\t" in line:
        return False  # a site's menu: "Hem      Kommittéer      Museer"
    if not words or len(words) > _NAME_LINE_WORDS or not line[:1].isupper() or _NAME_LINE_MARKS.intersection(line):
        return False
    if any(word.casefold().endswith(_TITLE_WORD_ENDINGS) for word in words) or label_of(line, colon_required=False):
        return False
    return names_organisation(line) and not is_head_sentence(line)


def _without_genitive(name: str) -> str:
    """The name of an organisation in the genitive ("Hyllinge Motorsällskaps") as written in the nominative."""
    if name[-1:] in "sS" and names_organisation(name.rsplit(None, 1)[-1][:-1]):
        return name[:-1]
    return name


def _kept_at_meeting(parts: list[Part], end: int) -> tuple[Part, re.Match[str]] | None:
    """The head line "fört vid <body> <meeting word>" (`_KEPT_AT_BODYS_MEETING`) whose body names an organisation."""
    for part in _first_text_parts(parts, end, _BODY_CANDIDATE_LINES):
        m = _KEPT_AT_BODYS_MEETING.search(part.text) if "rt " in part.text or "RT " in part.text else None
        if m is not None and names_organisation(m.group(1)):
            return part, m
    return None


def body_kept_at_meeting(parts: list[Part], end: int) -> Found | None:
    """The body a head line's "fört vid <body> <meeting word>" names (`_KEPT_AT_BODYS_MEETING`)."""
    kept_at = _kept_at_meeting(parts, end)
    if kept_at is None:
        return None
    part, m = kept_at
    name = _without_genitive(m.group(1))
    return Found(name, part.start + m.start(1), part.start + m.start(1) + len(name))


def venue_of_kept_at_meeting(parts: list[Part], end: int) -> Found | None:
    """The place after the meeting word of the head's "fört vid <body> <meeting word>, <place> <day>" line."""
    kept_at = _kept_at_meeting(parts, end)
    if kept_at is None or kept_at[1].group(2) is None:
        return None
    part, m = kept_at
    return Found(m.group(2), part.start + m.start(2), part.start + m.end(2))


def _meeting_word_after(body: Found, name: Found) -> bool:
    """Whether `body` is `name` read on with its meeting word ("Näshults sockenråds styrelsesammanträde, hultanäs
    telefonstation" for "NÄSHULTS SOCKENRÅD")."""
    rest = body.value.casefold()
    if not rest.startswith(name.value.casefold()) or rest[len(name.value):].lstrip()[:1] == ",":
        return False  # "Klostergårdens byalag, extra årsmöte": the body and its meeting's kind, as written apart
    return any(word.rstrip(",.").endswith(_TITLE_WORD_ENDINGS) for word in rest[len(name.value):].split())


# A meeting word and the preposition before whose meeting it was: "sammanträde i ", "styrelsemöte med ".
_MEETING_WORD_THEN_PREPOSITION = re.compile(r"(?i)(?:möte|mötet|sammanträde|sammanträdet|stämma|stämman)\s+"
                                            r"(?:i|med|för|hos|inom)\s+$")


def _named_after_meeting_word(parts: list[Part], body: Found) -> bool:
    """Whether `body` was read after a meeting word and a preposition on its line, as a title names whose
    meeting it was ("Protokoll från sammanträde i Leader Inlandet 2014-10-30")."""
    k = bisect_right([p.start for p in parts], body.start) - 1
    if k < 0 or body.start == body.end:
        return False
    return _MEETING_WORD_THEN_PREPOSITION.search(parts[k].text[: body.start - parts[k].start]) is not None


# A title line of a meeting word and its day or number only: "Styrelsemöte 2010-03-03", "Styrelseprotokoll nr 4".
_DATED_MEETING_WORD_TITLE = re.compile(r"\s*([^\W\d_]+)(?:\s+(?:(?i:nr)|#))?\s+\d[\d\s./-]*")


def plausible_body_in_head(parts: list[Part], end: int, body: Found | None) -> Found | None:
    """A body named in the head in place of one that names no organisation (`names_organisation`): a page's
    furniture ("HMS News", "Elegant PM", a print menu's "Ekonomi") or a sentence ("Mötet genomfördes via
    Zoom"). The head line "fört vid <body> <meeting word>" first, then a line that is only a name, then the
    body a dated meeting word's title gives ("Styrelsemöte 2010-03-03" -> "Styrelsen")."""
    kept_at = body_kept_at_meeting(parts, end)
    if body is not None and names_organisation(body.value):
        return kept_at if kept_at is not None and _meeting_word_after(body, kept_at) else None
    if kept_at is not None or body is None or _SHORT_NAME.search(body.value) or _named_after_meeting_word(parts, body):
        return kept_at  # "Sammanträde Roxen FVOF": an organisation's short name is a name
    heads = _first_text_parts(parts, end, _BODY_CANDIDATE_LINES)
    for part in heads:
        if part.start != body.start and _organisation_name_line(part.text):
            line = part.text.strip()
            start = part.start + part.text.index(line)
            return Found(line, start, start + len(line))
    for part in heads:  # no name: the body a dated meeting word's title gives ("Styrelsemöte 2010-03-03")
        m = _DATED_MEETING_WORD_TITLE.fullmatch(part.text)
        if m is not None and m.group(1).casefold() in w.MEETING_BODIES:
            return Found(w.MEETING_BODIES[m.group(1).casefold()], part.start + m.start(1), part.start + m.end(1))
    return None


def _named_body_line(parts: list[Part], end: int, generic: str) -> Found | None:
    """A head line that is one word naming the body a generic one stands for: "SOCIALUTSKOTTET" for
    "Utskottet" (from "Utskottssammanträde"); written in capitals, it is given a capital only first."""
    ending = generic.casefold()
    for part in parts[:end]:
        text = part.text.strip()
        if (len(text) > len(ending) and " " not in text and text.casefold().endswith(ending)
                and text[:1].isupper() and text.isalpha()):
            value = text[:1] + text[1:].lower() if text.isupper() else text
            at = part.start + part.text.index(text)
            return Found(value, at, at + len(text))
    return None


# A head line that opens with an organisation's name right before the meeting's kind: "Skeldervikens
# Byalag Styrelsemöte nr 6, 14 oktober 2020" (under the title "Styrelsemöte nr 6, 2020-10-14").
_ORGANISATION_MEETING = re.compile(r"\s*((?:[A-ZÅÄÖ][\w-]*\s+){0,3}[A-ZÅÄÖ][\w-]*)\s+[A-ZÅÄÖ]?[a-zåäö]*"
                                   r"(?:möte|sammanträde)\b")


_ORGANISATION_LINE_REACH = 4  # the head's first lines with text, where an organisation's own line stands
_ORGANISATION_LINE_WORDS = 8


_ORGANISATION_OPENING_WORDS = frozenset(w.ORGANISATION_OPENINGS)


def _organisation_line(parts: list[Part], end: int) -> Found | None:
    """A line of its own near the top naming the organisation whose board a generic body ("Styrelsen") is:
    "63:ans samfällighetsförening i Storvreta" under "Protokoll från Styrelsemöte 2007-01-08". The name,
    before any "i <place>", ends like an organisation's; a sentence or a dated line is none."""
    lines = _first_text_parts(parts, end, _ORGANISATION_LINE_REACH)
    for part in lines:
        text = part.text.strip()
        dates = find_dates(text)
        if dates and dates[-1].end == len(text) and dates[0].start > 0:
            text = text[: dates[0].start].rstrip(" ,")  # "Orust Golfklubb 7 maj 2019": the name before the date
            dates = []
        words = text.split()
        if (len(words) > _ORGANISATION_LINE_WORDS or text.endswith((".", ":", "!", "?")) or dates
                or _is_label_line(text) or not text[:1].isupper() and not text[:1].isdigit()):
            continue
        name = text.split(" i ")[0].split()
        # "Föreningen Runsten Equestrians": a name that opens with the organisation's kind
        if name and (_names_organisation(name)
                     or len(name) > 1 and name[0].casefold() in _ORGANISATION_OPENING_WORDS and name[1][:1].isupper()):
            at = part.start + part.text.index(text)
            return Found(text, at, at + len(text))
    return None


def _meeting_with_organisation_line(parts: list[Part], end: int) -> Found | None:
    """A head line "<meeting> med <organisation>" for a generic body: "Styrelsesammanträde med Östby
    Vägsamfällighet" under "Styrelseprotokoll 20160827" (before a letterhead "STYRELSEN ÖSTBYVÄGSAMFÄLLIGHET")."""
    lines = _first_text_parts(parts, end, _ORGANISATION_LINE_REACH + 2)
    for part in lines:
        m = _MEETING_WITH_ORGANISATION.match(part.text.strip())
        name = m.group(1).strip() if m else ""
        if name and len(name.split()) <= _ORGANISATION_LINE_WORDS and name.split()[-1].casefold().endswith(
                _ORGANISATION_ENDINGS):
            at = part.start + part.text.index(name)
            return Found(name, at, at + len(name))
    return None


def _organisation_before_meeting(parts: list[Part], end: int, folded: _Folded) -> Found | None:
    """The organisation named before the meeting's kind on a head line, for a generic body ("Styrelsen")."""
    for i in folded.holding(_OPEN_CLOSE_WORDS, end):
        m = _ORGANISATION_MEETING.match(parts[i].text)
        if m and m.group(1).rsplit(None, 1)[-1].casefold().endswith(_ORGANISATION_ENDINGS):
            return Found(m.group(1), parts[i].start + m.start(1), parts[i].start + m.end(1))
    return None


# A body's name by its owner's genitive opening a run-on venue value, a capitalised place after it:
# "Regionförbundets styrelse Regionförbundet i Kalmar län".
_GENITIVE_BODY_LEAD = re.compile(r"([A-ZÅÄÖ][\w-]+s\s+([a-zåäö]+))\s+(?=[A-ZÅÄÖ])")


def _organ_before_venue(venue: Found, generic: str) -> Found | None:
    """The full name of a generic body ("Styrelsen") that a run-on "Organ Plats och tid" head writes
    before the place: "Regionförbundets styrelse Regionförbundet i Kalmar län" -> "Regionförbundets styrelse"."""
    m = _GENITIVE_BODY_LEAD.match(venue.value)
    if m is None:
        return None
    word = m.group(2)
    if generic.casefold() not in (word, w.MEETING_WORD_BODIES.get(word)):
        return None
    return Found(m.group(1), venue.start, venue.start + m.end(1))


def venue_after_stacked_organ(clean: str, venue: Found) -> Found:
    """The venue without the organ's value that a flattened label column put right before it (`_STACKED_ORGAN_PLACE`:
    "Organ Plats Tidpunkt Landstingsstyrelsen Sammanträdesrum Mälaren, ..." gives "Sammanträdesrum Mälaren, ..."),
    whatever body the head's title gave; the venue as it was when no such labels stand before it."""
    m = _STACKED_ORGAN_PLACE.search(clean, max(0, venue.start - _ORGAN_LABEL_REACH), venue.end)
    organ = _stacked_organ_name(m) if m is not None and m.start(1) == venue.start else None
    return _venue_after_organ(venue, organ.value, labelled=True) if organ is not None else venue


def _venue_after_organ(venue: Found, body: str, *, labelled: bool = False) -> Found:
    """The venue without the body's name run in before it: labels in a column ("Organ: Plats och tid:")
    and their values after them, "Regionförbundets arbetsutskott Regionförbundet i Kalmar län" ->
    "Regionförbundet i Kalmar län". The rest must open with a capital ("Styrelsen rum 3" stays). A body of one
    word counts only when it is the organ label's value (`labelled`): "Socialnämnden Kommunhuset, Kungsör"."""
    if " " not in body and not labelled or not venue.value.startswith(body + " "):
        return venue
    rest = venue.value[len(body) + 1:].lstrip()
    if not rest[:1].isupper():
        return venue
    return Found(rest, venue.end - len(rest), venue.end)


# A title that names whose meeting the minutes record: "Minnesanteckningar från Hälsosamverkansberedningens möte".
_MINUTES_OF_BODY = re.compile(r"(?i:minnesanteckningar|mötesanteckningar|anteckningar|protokoll)\s+(?i:från|vid)\s+"
                              r"([A-ZÅÄÖ][\w-]+)s\s+(?i:möte|sammanträde)")


# A title sentence naming the body after "med", the meeting word maybe after a word of its kind: "Protokoll fört
# vid konstituerande styrelsemöte med Svenska Bridgeförbundets styrelse den 12 oktober 2019 på ...". Group 1.
_HELD_WITH_NAMED_BODY = re.compile(
    rf"(?i)\s*protokoll(?:et)?\s+(?:fört|förd|fördes)\s+vid\s+(?:[^\W\d_]+\s+)?[^\W\d_]*(?:sammanträde|möte)\s+med\s+"
    rf"((?-i:[A-ZÅÄÖ])[^\W\d_]*(?:[ -][^\W\d_]+){{0,7}}?),?\s+(?:(?:{_WEEKDAY_RE})(?:en)?\s+)?den\s+\d")


# The document word, then a meeting "med" a body named by one definite word, within a head line: "... / Styrgruppen
# Minnesanteckningar, möte med styrgruppen Dag: Fredagen den 25 januari 2013". Group 1 the body's word.
_MINUTES_MEETING_WITH_BODY = re.compile(r"(?i)\b(?:minnesanteckningar|mötesanteckningar|anteckningar|protokoll)\s*[,:–-]?"
                                        r"\s+(?:från\s+|fört\s+vid\s+)?[^\W\d_]*(?:möte|sammanträde)\s+med\s+([^\W\d_]+)")
_MEETING_WITH_BODY_ENDINGS = (*_BODY_SUBJECT_ENDINGS, "fullmäktige", "beredningen", "presidiet", "kommittén",
                              "delegationen")
_MEETING_WITH_BODY_LINES = 12  # the head's first lines with text


def minutes_of_meeting_with_body(parts: list[Part], end: int) -> Found | None:
    """The body a head line names as met "med" after the document word (see `_MINUTES_MEETING_WITH_BODY`), its
    word a definite body's ("styrgruppen", "nämnden"), given a capital; None otherwise ("möte med Anna")."""
    for part in _first_text_parts(parts, end, _MEETING_WITH_BODY_LINES):
        if " med " not in part.text:
            continue
        m = _MINUTES_MEETING_WITH_BODY.search(part.text)
        if m and m.group(1).casefold().endswith(_MEETING_WITH_BODY_ENDINGS):
            name = m.group(1)
            return Found(name[:1].upper() + name[1:], part.start + m.start(1), part.start + m.end(1))
    return None


def _minutes_of_named_body(parts: list[Part], end: int) -> Found | None:
    """The body a title in the head's first lines names by its genitive ("... från Hälsosamverkansberedningens
    möte den 19 december 2007"), for a body first read from a letterhead that is no body ("Folkhälsovetenskapligt
    centrum 2008-01-02 ..."): a name with a body's ending ("-beredningen", "-rådet", "styrelsen") only."""
    for part in parts[: min(end, 4)]:
        if "från" not in part.text and "vid" not in part.text:
            continue
        m = _MINUTES_OF_BODY.search(part.text)
        if m and m.group(1).casefold().endswith(_BODY_ENDINGS):
            return Found(m.group(1), part.start + m.start(1), part.start + m.end(1))
        held = _HELD_WITH_NAMED_BODY.match(part.text) if "med" in part.text else None
        if held and held.group(1).split()[-1].casefold().endswith(_BODY_ENDINGS):
            # "Protokoll fört vid konstituerande styrelsemöte med Svenska Bridgeförbundets styrelse den 12 oktober"
            return Found(held.group(1), part.start + held.start(1), part.start + held.end(1))
        kind = _MINUTES_OF_KIND_FOR_ORGANISATION.search(part.text)
        if kind and kind.group(2).split()[-1].casefold().endswith(_ORGANISATION_ENDINGS):
            # "Protokoll fört vid Årsmöte för Sågtäktens Bygdegårdsförening den 13 februari 2024."
            name = kind.group(2)
            tail = _meeting_word_tail(kind.group(1))
            if tail:
                return Found(f"{name}, {tail}", part.start + kind.start(1), part.start + kind.end(2))
    return None


# A head line below a page's title that says whose minutes follow and of which day: "Protokoll från pensionärsråd för
# västra hälso- och sjukvårdsnämnden den 20 september 2018", "Minnesanteckningar från Elevrådet 2009-03-10".
_MINUTES_FROM_LINES = 6  # the head's first lines with text
_MINUTES_FROM = re.compile(r"(?i)\s*(?:protokoll|minnesanteckningar|mötesanteckningar|anteckningar)\s+(?:fört\s+)?(?:från|vid)\s")


def minutes_from_body_below_title(parts: list[Part], end: int) -> Found | None:
    """The body a dated head line below the page's title names after "Protokoll från" (`_MINUTES_FROM`), read as a
    title line is (`_strip_title`, `title_body`), for a page whose own title is a topic ("Årets bästa vårdcentral",
    the heading of the one item quoted): a name with a body's word ("pensionärsråd", "-nämnden") only, not a
    meeting's ("Protokoll från mötet den 3 maj")."""
    lines = _first_text_parts(parts, end, _MINUTES_FROM_LINES)
    if not lines or _opens_with_document_word(lines[0].text):
        return None  # the title is the minutes' own ("Protokoll fört vid ..."), a stored copy of it may follow
    for part in lines[1:]:
        text = part.text
        if _MINUTES_FROM.match(text) is None or not find_dates(text):
            continue
        rest, off = _strip_title(text)
        words = [x.casefold().strip(",.") for x in rest.split()]
        if not words or words[0].endswith(_MEETING_WORD_ENDINGS) or not any(x.endswith(_BODY_ENDINGS) for x in words):
            continue
        name = title_body(rest.strip())
        lead = len(rest) - len(rest.lstrip())
        return Found(name, part.start + off + lead, part.start + off + len(rest.rstrip()))
    return None


# A head line that opens with the document word and names the body right after it, up to a comma, its date or the
# line's end: "Minnesanteckningar Brottsförebyggande rådet, BRÅ, den 24 september 2015", "Protokoll Tekniska nämnden
# 2019-03-04". The name: a capitalised word, then lower-case words. Group 1.
_MINUTES_NAMING_BODY = re.compile(r"\s*(?:Minnesanteckningar|Mötesanteckningar|Anteckningar|Protokoll|MINNESANTECKNINGAR"
                                  r"|PROTOKOLL)\s*[-–:]?\s+([A-ZÅÄÖ][\w-]*(?:\s+(?:och\s+)?[a-zåäö][\w-]*){0,4}?)"
                                  r"\s*(?:,|$|\s+(?:den\s+)?\d)")
_MINUTES_NAMING_BODY_LINES = 10  # the head's first lines with text


def minutes_naming_body(parts: list[Part], end: int) -> Found | None:
    """The body a head line names right after its document word (`_MINUTES_NAMING_BODY`), for a body first read
    from a stored page's title that is no body ("Protokoll - Upplands-Bro" above "Minnesanteckningar
    Brottsförebyggande rådet, BRÅ, den 24 september 2015"): a name ending as a body's does only."""
    lines = _first_text_parts(parts, end, _MINUTES_NAMING_BODY_LINES)
    for part in lines:
        m = _MINUTES_NAMING_BODY.match(part.text)
        if m and m.group(1).rsplit(None, 1)[-1].casefold().endswith(_BODY_ENDINGS) \
                and m.group(1).casefold() not in _GENERIC_BODIES:  # "Protokoll Styrelsen": an organisation's board
            return Found(m.group(1), part.start + m.start(1), part.start + m.end(1))
    return None


# "Protokoll fört vid Årsmöte för Sågtäktens Bygdegårdsförening", "Protokoll från styrelsemöte i Figeholms
# Båtklubb": the meeting's kind, then the organisation's capitalised name. Group 1 the kind, 2 the name.
_MINUTES_OF_KIND_FOR_ORGANISATION = re.compile(
    r"(?i:protokoll|minnesanteckningar|mötesanteckningar)\s+(?i:fört\s+vid|från|vid)\s+"
    r"((?i:[^\W\d_]*?)(?i:möte|sammanträde))\s+(?i:för|i|hos)\s+((?-i:[A-ZÅÄÖ])[\w-]+(?:\s+[\w-]+){0,3}?)"
    r"(?=\s+(?i:den|i|på|kl)\b|\s*[,.]|\s+\d|\s*$)")


# How a one-word body's name ends, in the definite form a heading writes it: "Landstingsfullmäktige",
# "Socialnämnden", "Folkhälsoutskottet".
_LONE_BODY_ENDINGS = ("nämnden", "styrelsen", "fullmäktige", "utskottet", "rådet", "beredningen", "direktionen",
                      "presidiet", "kommittén", "delegationen")
# Fewest words of a run-on head before its one body word is taken out of it.
_RUN_ON_WORDS = 4


# A time label before a weekday: what stands before it on a run-on head line may name the body.
_TIME_LABEL_WEEKDAY = re.compile(rf"\s(?:Tid|Tid och plats|Plats och tid|Datum och tid)\s*:?\s+(?i:{_WEEKDAY_RE})(?i:en)?\b")


def _body_before_time_label(parts: list[Part], end: int) -> Found | None:
    """The one body word before the time label of a run-on head line ("1 (6) Ledningsenheten
    Uppdragsavdelningen, Justerat Folkhälsoutskottet Tid Tisdagen den 26 februari 2008 kl"), when the
    title names none."""
    for part in parts[:end]:
        m = _TIME_LABEL_WEEKDAY.search(part.text) if "Tid" in part.text or "tid" in part.text else None
        if m is None:
            continue
        head = part.text[: m.start()]
        found = lone_body_word(Found(head, part.start, part.start + len(head)))
        if found is not None:
            return found
    return None


# A stored page's field label glued to the body it names: "Nämnd:Arbetsmarknads- och socialnämnden".
_ORGAN_FIELD = re.compile(r"(?i)(?:nämnd|organ|myndighet|instans)\s*:\s*(?=\S)")


# An organ label alone, its participle maybe cut in a transcript ("Beslutande organ", "ande organ"): no body's name.
_EMPTY_ORGAN_LABEL = re.compile(r"(?i)\s*(?:[^\W\d_]*ande\s+)?(?:" + "|".join(map(re.escape, w.ORGAN_LABELS)) + r")\s*:?\s*")
_PARTICIPLE_ORGAN_LEAD = re.compile(r"(?i)[^\W\d_]*ande\s+organ\s+(?=(?-i:[A-ZÅÄÖ]))")
_ORGAN_LABEL_ENDS = frozenset(lab[-5:] for lab in w.ORGAN_LABELS) | frozenset(lab[-4:] + ":" for lab in w.ORGAN_LABELS)


def without_organ_label(body: Found) -> Found | None:
    """The body without an organ label opening its value ("Nämnd:Socialnämnden" -> "Socialnämnden", "Beslutande organ
    Socialnämnden" -> "Socialnämnden", a transcript's "ande organ Kommunstyrelsen" -> "Kommunstyrelsen")."""
    m = _ORGAN_FIELD.match(body.value)
    if m is None and body.value[-5:].casefold() not in _ORGAN_LABEL_ENDS and " organ " in body.value.casefold():
        m = _PARTICIPLE_ORGAN_LEAD.match(body.value)
    if m is None or not body.value[m.end():].strip():
        return None
    value = body.value[m.end():].rstrip()
    return Found(value, body.start + m.end(), body.start + m.end() + len(value))


def lone_body_word(body: Found) -> Found | None:
    """The one capitalised body word of a run-on head taken as the body ("Landstingets kansli
    Kansliavdelningen/Anna Berg Landstingsfullmäktige", "Landstingsfullmäktige Anna Berg Per Ek" from a
    stored page's title of justerare names, "OBS! Tidigare start! Sammanträdande organ Socialnämnden Tid"),
    when nothing joins it to the words around it: no genitive or "och" before it, no lower-case word after
    it ("Styrelsen för ...", "Barn- och Utbildningsnämnden" keep their words)."""
    words = list(_RX_WORD.finditer(body.value))
    if len(words) < _RUN_ON_WORDS:
        return None
    hits = [k for k, m in enumerate(words)
            if m.group()[:1].isupper() and m.group().casefold().strip(".,:;!").endswith(_LONE_BODY_ENDINGS)]
    if len(hits) != 1:
        return None
    k = hits[0]
    word = words[k].group()
    before = words[k - 1].group().casefold() if k else ""
    after = words[k + 1].group() if k + 1 < len(words) else ""
    if before.endswith(("s", "-", "och", "&", "samt")) or (after and not after[:1].isupper()):
        return None
    name = word.strip(".,:;!")
    start = body.start + words[k].start() + word.find(name)
    return Found(name, start, start + len(name))


# Someone in the head's lists taking part through a platform: "Kjell Högberg (deltog via Teams)".
_ATTENDED_VIA = re.compile(r"(?i)\b(?:" + "|".join(w.ATTENDED_VIA_VERBS) + r")\s+(?:på\s+distans\s+)?via\s+("
                           + "|".join(sorted((re.escape(p) for p in w.ONLINE_PLATFORMS), key=len, reverse=True))
                           + r")\b")


# A title line of the meeting whose day or hour is followed by the platform it was held on, ending the line:
# "Protokoll fört vid styrelsemöte med Fryksås Fäbodlag ... söndagen den 15 maj kl 15.00 via Teams". Group 1 the
# platform.
_TITLE_VIA_PLATFORM = re.compile(r"(?i)\d[^\n]{0,40}?\s(?:via|på|över)\s+(" + "|".join(
    sorted((re.escape(p) for p in w.ONLINE_PLATFORMS), key=len, reverse=True)) + r")\s*[.)]?\s*$")
_TITLE_VIA_LINES = 6  # the head's first lines with text


def title_held_via_platform(parts: list[Part], end: int) -> Found | None:
    """The platform a meeting's title line says it was held on after its day or hour (`_TITLE_VIA_PLATFORM`),
    the line naming the meeting ("möte", "sammanträde") or opening with a document word; else None."""
    for part in _first_text_parts(parts, end, _TITLE_VIA_LINES):
        low = part.text.casefold()
        if not ("via " in low or "på " in low or "över " in low) or not ("möte" in low or "sammanträde" in low
                                                                        or _opens_with_document_word(part.text)):
            continue
        m = _TITLE_VIA_PLATFORM.search(part.text)
        if m and _RX_FIND_TIMES_2.search(low, 0, m.start()):
            return None  # "..., nästa stämma hålls 2021-05-27 via Zoom": the next meeting's platform
        if m:
            return Found(w.ONLINE_PLATFORMS[m.group(1).casefold()], part.start + m.start(1), part.start + m.end(1))
    return None


# A sentence of the opening that says the meeting, or its roll call, took place on a platform: "Den 16 december
# genomfördes det första Zoom-möte med föreningarna", "Upprop av ledamöter skedde via Teams.", "Mötet hölls på
# Zoom". Group 1 the platform, after the verb in the same sentence; the sentence names the meeting or the roll call.
_HELD_ON_PLATFORM = re.compile(
    r"(?i)\b(?:genomfördes|hölls|avhölls|ägde\s+rum|skedde|sammanträdde)\b[^.!?\n]{0,60}?\b("
    + "|".join(sorted((re.escape(p) for p in w.ONLINE_PLATFORMS), key=len, reverse=True)) + r")(?![\w])")
_HELD_ON_PLATFORM_NAMES = re.compile(r"(?i)(?:möte|mötet|sammanträde|sammanträdet|upprop|uppropet)\b")
_HELD_ON_PLATFORM_OTHER = re.compile(r"(?i)\b(?:nästa|kommande|nästkommande|nästföljande)\b")
_HELD_ON_PLATFORM_LINES = 12  # the first lines with text: the opening and the first formal points


def held_on_platform_sentence(parts: list[Part], end: int) -> Found | None:
    """The platform an opening sentence says the meeting or its roll call took place on (`_HELD_ON_PLATFORM`),
    in the past tense; not a sentence about the next or coming meetings ("Nästa möte hölls ... via Zoom")."""
    for part in _first_text_parts(parts, max(end, _HELD_ON_PLATFORM_LINES), _HELD_ON_PLATFORM_LINES):
        text = part.text
        for m in _HELD_ON_PLATFORM.finditer(text):
            a = max(text.rfind(". ", 0, m.start()) + 1, 0)
            b = text.find(". ", m.end())
            sentence = text[a: b if b >= 0 else len(text)]
            if not _HELD_ON_PLATFORM_NAMES.search(sentence) or _HELD_ON_PLATFORM_OTHER.search(sentence):
                continue
            return Found(w.ONLINE_PLATFORMS[m.group(1).casefold()], part.start + m.start(1), part.start + m.end(1))
    return None


def _attended_via_platform(parts: list[Part], end: int) -> Found | None:
    """The platform someone in the head attended through, for minutes that name no online venue."""
    for part in parts[:end]:
        if "via" not in part.text:
            continue
        m = _ATTENDED_VIA.search(part.text)
        if m:
            return Found(w.ONLINE_PLATFORMS[m.group(1).casefold()], part.start + m.start(1), part.start + m.end(1))
    return None


# A head naming only the municipality or region whose letterhead the minutes carry: "NORDANSTIGS KOMMUN",
# "Geta kommun", "Region Jämtland". The committee that met is named by the posting block's organ field.
_MUNICIPALITY_ONLY = re.compile(r"(?i)(?:[a-zåäöé-]+s?\s+(?:kommun|landsting)|region\s+[a-zåäö-]+(?:\s+län)?)")


def committee_in_organ_field(parts: list[Part], folded: _Folded) -> Found | None:
    """The committee the posting block's organ field names ("Organ Kommunstyrelsen"), for a head that names
    only the municipality (`_MUNICIPALITY_ONLY`); an empty field ("Organ Datum för anslags uppsättande")
    or a value that is no body's name gives none."""
    organ = _organ(parts, folded)
    if organ is None or not organ.value.casefold().endswith(_BODY_ENDINGS):
        return None
    return organ


# The body named in a standing sentence of the opening items, where no title or label names it: "Enligt
# reglemente för Tillgänglighetsrådet har preliminär föredragningslista ...", "Pensionärsrådets ordförande Lars
# Carlstedt, hälsar rådet välkomna", "Gemensamma nämndens ordförande, Gunnar Dovner (L), hälsar välkommen och öppnar
# mötet". Group 1 the body (after "reglemente för"), group 2 its genitive (before "ordförande").
_BODY_WORDS = r"(?:[Rr]ådet|[Nn]ämnden|[Ss]tyrelsen|[Uu]tskottet|[Bb]eredningen|[Dd]irektionen|[Dd]elegationen)"
_RX_BODY_IN_OPENING = re.compile(
    rf"\b[Ee]nligt\s+(?:sitt\s+)?reglemente\s+för\s+((?:[\w-]+\s+och\s+)?[\w-]*{_BODY_WORDS})\s+har\b"
    rf"|\b((?:[A-ZÅÄÖ][a-zåäö]+\s+)?[\w-]*{_BODY_WORDS}s)\s+ordförande,?(?:\s+[^\s,.;]+){{0,3}}?,?\s+"
    r"(?:hälsa(?:r|de)|öppna(?:r|de)|förklara(?:r|de))\b")
_OPENING_REACH = 4000  # characters of the text the opening items stand in


def body_in_opening_sentence(text: str) -> Found | None:
    """The body a standing sentence of the opening items names (`_RX_BODY_IN_OPENING`), capitalised, a genitive
    in its base form ("Pensionärsrådets" -> "Pensionärsrådet"), a capitalised word before it kept only when the
    genitive is in lower case ("Gemensamma nämndens"); None without one, or for a genitive name that does not begin
    with a capital ("kommunstyrelsens ordförande hälsade": prose)."""
    m = _RX_BODY_IN_OPENING.search(text)
    if m is None:
        return None
    g = 1 if m.group(1) else 2
    value, start = (m.group(1), m.start(1)) if g == 1 else (m.group(2)[:-1], m.start(2))
    if g == 2 and " " in value and value.split()[-1][:1].isupper():  # "Inledning Pensionärsrådets": one word
        cut = value.rindex(" ") + 1
        value, start = value[cut:], start + cut
    if g == 2 and not value[:1].isupper():
        return None
    return Found(value[:1].upper() + value[1:], start, start + len(value))


# A sentence of a page's head saying whose minutes these are: "Det här är ett protokoll för Wikimedia Sverige.",
# "Detta är minnesanteckningar från Kulturrådet, ...". Group 1 the name: capitalised, at most six words.
_MINUTES_OF_STATED = re.compile(
    r"(?i)\b(?:det\s+här|detta)\s+är\s+(?:ett\s+|det\s+)?(?:protokoll(?:et)?|minnesanteckningar(?:na)?|mötesanteckningar)"
    r"\s+(?:för|från)\s+((?-i:[A-ZÅÄÖ])[\w-]*(?:\s+[\w-]+){0,5}?)\s*[.,;]")
_STATED_LINES = 8  # the head's first lines with text


def body_stated_in_head(parts: list[Part], end: int) -> Found | None:
    """The body a sentence in the head's first lines names as the minutes' own (`_MINUTES_OF_STATED`); None
    without one ("Det här är ett protokoll för styrelsemötet": no name)."""
    for part in _first_text_parts(parts, end, _STATED_LINES):
        m = _MINUTES_OF_STATED.search(part.text) if "är" in part.text else None
        if m:
            return Found(m.group(1), part.start + m.start(1), part.start + m.end(1))
    return None


# A compound body noun in the running text, for minutes whose head names no body: "Byarådet beslutar ...",
# "Patientnämndens förvaltning ...", "Protokoll Sammanträdesdatum 2014-04-30 Regionstyrelsen 65 87 Tid ...". The
# formal bodies' endings only (not "-gruppen": a minutes' working groups outnumber its own name); group 1 the word
# without a genitive "s", group 2 its ending. Perhaps after a joined first part ("Barn- och utbildningsnämnden").
_FORMAL_BODIES = ("nämnd", "råd", "styrelse", "utskott", "beredning", "kommitté", "fullmäktige", "direktion", "delegation")
_RECURRING_BODY = re.compile(
    r"(?<![\w-])((?:[^\W\d_]+-\s+(?:och|samt)\s+)?[^\W\d_]{3,}?("
    + "|".join(dict.fromkeys(form for noun in _FORMAL_BODIES for form in (_BODY_FORMS[noun], noun)))
    + r"))s?(?![\w-])", re.IGNORECASE)
# Words so ending that name no meeting body: "omnämnd", "samråd", "förråd", "området", the state's agencies, an
# office's title ("Kommunalrådet Anna Berg"), and an association's nominating committee (elected at its meetings).
_NOT_RECURRING_BODIES = ("omnämnd", "ovannämnd", "samråd", "förråd", "områd", "länsstyrelse", "skogsstyrelse",
                         "socialstyrelse", "transportstyrelse", "fastighetsstyrelse", "kommunalråd", "oppositionsråd",
                         "landstingsråd", "statsråd", "valberedning")
# What makes a mention another body's: sent to or from it, held by it ("till", "från", "hos"), a list's "För
# Kommunstyrelsen" (its representatives), or that body's own meeting on a day ("Regionfullmäktige 26/4").
_OTHER_BODYS_LEAD = ("till", "från", "hos", "För")
_OTHER_BODYS_DAY = re.compile(r"\s+(?:\d{1,2}/\d{1,2}|\d{4}-\d\d-\d\d|den\s+\d)")
_INDEFINITE_BODY = {v: k for k, v in _BODY_FORMS.items()}
_RECURRING_BODY_MIN = 2  # mentions of the body, at least one of them capitalised
# A definite adjective right before a body noun, part of the body's name when every mention has it: "Regionala
# utvecklingsnämnden", "Gemensamma nämnden", "Sociala utskottet". Not the words that pick one of several bodies
# or times ("nya styrelsen", "hela nämnden", "förra styrelsen").
_NAME_ADJECTIVE_BEFORE = re.compile(r"(?<![\w-])([^\W\d_]{3,}a)\s+$")
_NAME_ADJECTIVE_REACH = 24
_NOT_NAME_ADJECTIVES = frozenset((
    "nya", "hela", "förra", "andra", "båda", "bägge", "övriga", "samma", "första", "sista", "nästa", "egna", "denna",
    "dessa", "flera", "alla", "sina", "våra", "era", "deras", "gamla", "tidigare", "nuvarande", "kommande", "blivande",
    "tillträdande", "avgående", "sittande", "berörda", "aktuella", "nämnda", "ovannämnda", "respektive", "vilka",
    "olika", "några", "enda", "vissa", "varje", "också", "ena", "mina", "dina", "hennes", "hans", "sådana", "utsedda",
))


def recurring_body_noun(clean: str) -> Found | None:
    """The body minutes with no body in their head name most in their text (`_RECURRING_BODY`): a compound body
    noun mentioned at least twice (a genitive counting for its name, a definite and an indefinite form for one
    body), once capitalised, not as another body (`_OTHER_BODYS_LEAD`, `_OTHER_BODYS_DAY`); the earliest of equally
    frequent ones, in the form it is first written in (not a genitive), capitalised. None for a bare "Styrelsen"
    (no compound) or a body mentioned once ("föreslås att utvecklingsutskottet håller ett extra sammanträde")."""
    counts: dict[str, int] = {}
    capitalised: set[str] = set()
    forms: dict[str, str] = {}
    first: dict[str, Found] = {}
    adjectives: dict[str, list[str]] = {}  # the adjective before each mention of a body ("" for none)
    for m in _RECURRING_BODY.finditer(clean):
        word, ending = m.group(1), m.group(2).casefold()
        stem = word[: len(word) - len(ending)].casefold()
        key = stem + _INDEFINITE_BODY.get(ending, ending)  # "Patientnämndens", "patientnämnd" -> "patientnämnd"
        if key.endswith(_NOT_RECURRING_BODIES):
            continue
        adjective = _NAME_ADJECTIVE_BEFORE.search(clean, max(0, m.start() - _NAME_ADJECTIVE_REACH), m.start())
        if adjective is not None and adjective.group(1).casefold() in _NOT_NAME_ADJECTIVES:
            adjective = None
        lead_end = adjective.start() if adjective is not None else m.start()
        lead = clean[max(0, lead_end - 6): lead_end].split()
        if lead and lead[-1] in _OTHER_BODYS_LEAD or _OTHER_BODYS_DAY.match(clean, m.end(), m.end() + 14):
            continue
        counts[key] = counts.get(key, 0) + 1
        adjectives.setdefault(key, []).append(adjective.group(1) if adjective is not None else "")
        if word[:1].isupper() or adjective is not None and adjective.group(1)[:1].isupper():
            capitalised.add(key)
        if m.end() == m.end(1):  # the name, not its genitive
            forms.setdefault(key, word[:1] + word[1:].casefold())  # "BYARÅDET" -> "Byarådet"
        first.setdefault(key, Found(word, m.start(1), m.end(1)))
    named = [k for k in counts if counts[k] >= _RECURRING_BODY_MIN and k in capitalised]
    if not named:
        return None
    key = min(named, key=lambda k: (-counts[k], first[k].start))
    value = forms.get(key, first[key].value)
    named_by = {a.casefold() for a in adjectives[key]}
    if len(named_by) == 1 and "" not in named_by:  # "Regionala utvecklingsnämnden" at every mention: its name's word
        value = f"{adjectives[key][0].capitalize()} {value.casefold()}"
    return Found(value[:1].upper() + value[1:], first[key].start, first[key].end)


def committee_in_opening_sentence(clean: str, body: Found) -> Found:
    """The committee a standing sentence of the opening items names (`body_in_opening_sentence`: "Kommunstyrelsens
    ordförande Ingvar Björling hälsar ...") for a head that names only the municipality ("Geta kommun,
    beslutsprotokoll"), or the municipality as it was."""
    found = body_in_opening_sentence(clean[:_OPENING_REACH])
    return found if found is not None and found.value.casefold().endswith(_BODY_ENDINGS) else body


# A club's standing agenda printed above the minutes, as a template for every meeting: "Stående dagordning vid
# månadsmöten i Lions Club Grillby" and its numbered list, then the minutes' own title.
_STANDING_AGENDA = re.compile(r"(?i)\s*stående\s+(?:dagordning|föredragningslista)\b")
_STANDING_AGENDA_LINES = 6  # the head's first lines with text


def standing_agenda_end(parts: list[Part]) -> int:
    """The index of the first part below a standing agenda that opens the text (its heading among the first
    lines, then its numbered entries, blank lines and filler runs), or 0 when there is none or nothing follows."""
    seen = 0
    for i, part in enumerate(parts):
        text = part.text.strip()
        if not text:
            continue
        seen += 1
        if seen > _STANDING_AGENDA_LINES:
            return 0
        if text[:1] in "Ss" and _STANDING_AGENDA.match(text):
            j, entries = i + 1, 0
            while j < len(parts):
                line = parts[j].text.strip()
                if line and _is_item_line(line):
                    entries += 1
                elif line and filler_run(line) != len(line):
                    break  # neither an entry nor a filler run ("xxxxxxxx" drawn across the page)
                j += 1
            return j if entries >= 3 and j < len(parts) else 0
    return 0


# A place and its town closing a run of names that a flattened head put in the place's field: "Plats och tid:
# Närvarande: Kent Eklund Siv Nilsson ... Övriga Byavångshemmet, Tomelilla kl. 12:30-15:45". Group 1.
_PLACE_TOWN_AT_END = re.compile(r"(?<!\S)((?-i:[A-ZÅÄÖ])[\w-]+,\s*(?-i:[A-ZÅÄÖ])[\w-]+)\s*$")
_LIST_LABEL_INITIALS = frozenset(lab[:1].upper() for lab in _LIST_LABELS)


def place_ending_list_run(venue: Found) -> Found | None:
    """The place and town closing a venue that opens with an attendance label (`_PLACE_TOWN_AT_END`), or None:
    a list's names are no place."""
    m = _PLACE_TOWN_AT_END.search(venue.value)
    if m is None:
        return None
    return Found(m.group(1), venue.start + m.start(1), venue.start + m.end(1))


def _first_found(readers: Iterable[Callable[[], Found | None]]) -> Found | None:
    """The value of the first of `readers` that finds one, tried in order (each only when those before found none)."""
    for read in readers:
        found = read()
        if found is not None:
            return found
    return None


_FRONT_MATTER_DAY = re.compile(r"((?:19|20)\d\d)-(\d\d)-(\d\d)(?![\d])")


def front_matter_day(text: str, front: dict[str, tuple[int, int]]) -> tuple[str, tuple[int, int]] | None:
    """The day of a page's front matter ('date = "2018-01-08T20:30:00+01:00"', "datum: 2024-02-01"), and its
    range in `text`; its clock is when the page was written, no meeting hours."""
    a, b = front.get("date") or front["datum"]
    m = _FRONT_MATTER_DAY.match(text, a, b)
    day = _iso(int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None
    return (day, m.span()) if m and day else None


def front_matter_body(text: str, title: tuple[int, int]) -> tuple[str, tuple[int, int]] | None:
    """The body a page's front-matter title names ('title = "Styrelsemöte januari"' gives "Styrelsen"), read
    as the title line of minutes; with its range in `text`."""
    page = minutes_from_text(text[title[0]:title[1]])
    meeting, _ = extract_meeting(page)
    if meeting.body is None or "body" not in meeting.spans:
        return None
    a, b = meeting.spans["body"]
    return meeting.body, (title[0] + a, title[0] + b)


def _part_level(parts: list[Part], at: int) -> int:
    """The heading level of the part that holds clean offset `at` (0: body text)."""
    k = bisect_right([p.start for p in parts], at) - 1
    return parts[k].level if k >= 0 else 0


def extract_meeting(doc: Minutes) -> tuple[Meeting, list[str]]:
    """Return the meeting the minutes record, and warnings in `file:line: ...` form."""
    token = _DATES_READ.set({})  # the dates read in this document's lines, for this document only
    try:
        return _read_meeting(doc)
    finally:
        _DATES_READ.reset(token)


def _read_meeting(doc: Minutes) -> tuple[Meeting, list[str]]:
    """`extract_meeting`, with `find_dates` keeping what it read in this document."""
    warnings: list[str] = []
    parts = all_parts = document_parts(doc)
    end = all_end = header_end(parts)
    skip = standing_agenda_end(parts)
    if skip:  # "Stående dagordning vid månadsmöten ..." / "1. Mötet öppnas" / ...: the head is below the template
        parts = parts[skip:]
        end = header_end(parts)
    related = related_documents_start(parts, end)
    if related is not None:  # "Relevanta dokument" and other documents' titles under the page's own
        end = related
    folded = _Folded(parts)
    body, title = _find_body(parts, end, doc.clean)
    # the head's labelled organ, flattened: "Organ Plats och tid Socialnämnden Kommunhuset ..." (a generic title's
    # body, "Styrelsen", is named in full by `_organ_before_venue` when the two agree)
    stacked = organ_value_after_stacked_labels(parts, end, doc.clean) if body is None or body.value.casefold(
    ) not in _GENERIC_BODIES else None
    body = stacked or body
    if body is None or _is_code(doc.clean[body.start: body.end]):
        body = _organ(parts, folded) or (None if body is not None and is_numbered_meeting_code(
            doc.clean[body.start: body.end]) else body)
    elif _MUNICIPALITY_ONLY.fullmatch(body.value.strip()):
        body = committee_in_organ_field(parts, folded) or body
    when = _find_date(parts, end, title, folded) or typeset_date(doc) or held_on_weekday_in_head_year(parts, end, folded)
    stamped = meeting_day_under_top_date(parts, end, when)  # "söndag 1 februari 2009" / "17 januari, 2023"
    when = stamped or when
    if when is not None:
        when = first_of_joined_weekdays(doc.clean, when) or when  # "lördagen den 13 december ... samt ... söndag den 14"
    if when is None or end < len(parts) and when.start >= parts[end].start:  # none in the head: its weekday line's
        when = weekday_head_line_in_text_year(parts, end) or when  # "Fredagen den 24 januari" / "... januari 2020"
    if when is None:
        when = yearless_title_day(parts, doc.clean)  # "Mötesprotokoll 6 maj" and "under 2016" in the text
    else:
        when = title_day_in_page_stamp_year(parts, doc.clean, when) or when  # "Dialogmöte 27 mars" / "Senast uppdaterad"
    day_place = day_line_then_meeting_place(parts, end, folded)
    if day_place is not None:
        when = day_place[0]  # "Den 28 februari 2019" / "möte på ABF med ...": the day the text under it records
    download_copy = download_copy_of_title(parts, end)  # a stored copy's title, its button's copy of it
    when = download_copy_date(download_copy, when) or when  # a title that lost its year
    start, stop = _find_times(parts, end, folded, when.value if when else None, when.start if when else None)
    if start is None and stop is None:
        start, stop = download_copy_hours(download_copy) or (None, None)  # "... kl Ajournering": the hours lost
    kept_at = kept_at_clock_and_place(parts, end) if start is None else None
    if kept_at is not None:
        start = kept_at[0]  # "Protokoll fört vid styrelsemöte nr 5 onsdagen den 2/ kl. 16 i Hembygdsmuseet"
    if start is None and stop is None:
        start, stop = inner_time_label_range(parts, end, folded) or (None, None)
    if start is None:
        start = clock_on_dated_head_line(parts, end, when.value if when else None)
        if start is not None and stop is not None and start.value >= stop.value:
            start = None  # the clock on the dated line is no start before the end found
    if start is None and stop is None:
        start = bare_clock_closing_dated_title(parts, end, when.value if when else None)  # "... 2018 18.00"
    if start is None and stop is None:
        start = four_digit_kl_clock(parts, end, when.value if when else None)  # "Tid: onsdagen den 27 febr. kl. 1900"
    if start is not None and when is None and is_other_days_clock(parts, start):
        start = stop = None  # "... håller ett extra sammanträde den 7 juni 2023, kl 13-15": that meeting's hours
    if start is not None and stop is not None and is_page_range(doc.clean, start):
        start = stop = None  # "Sammanträdesdatum Sida 1-24": the pages, not the hours
    if start is not None and stop is None:
        start = kl_hour_with_comma_minutes(doc.clean, start) or start  # "kl. 18,30 i Församlingshemmet"
        stop = end_after_between_start(doc.clean, start)  # "mellan klockan 18:00 och 22:00"
    if start is not None and ocr_split_clock(doc.clean, start):
        start = None  # "kl 1 o 00-12 00": a scanned "10.00-12.00" whose zero was read as a letter; none, not 01:00
    if start is not None and start.end - start.start <= 2 and _CUT_MINUTES.match(doc.clean, start.end):
        start = stop = None  # "kl. 18:3 rdinarie medlemmar": a stored copy cut the minutes; none, not 18:00
    if stop is not None:
        stop = end_after_adjournment(doc.clean, stop)  # "12:09-13:00 (ajournerat till 17:18)": no end given
    venue, online = _find_venue(parts, end, folded, when.value if when else None)
    venue = tidied_venue(venue)
    labelled = meeting_time_then_place(parts, end) if online is None else None
    if labelled is not None:  # "SAMMANTRÄDESTID: kl. 18:00 - SAMMANTRÄDESPLATS: Stadshuset, styrelserummet"
        start, stop = (start, stop) if start is not None else labelled[:2]
        venue = labelled[2]
    if venue is not None and venue.value[-1:] in _CLOSING_QUOTES:
        venue = venue_without_stray_quote(venue)  # 'på HD"': a stored copy's quoted title closed after the place
    if venue is not None and venue.value[:1] in _LIST_LABEL_INITIALS and label_of(venue.value, colon_required=False):
        venue = place_ending_list_run(venue)  # "Närvarande: Kent Eklund ... Övriga Byavångshemmet, Tomelilla"
    if day_place is not None and day_place[1] is not None and online is None:
        venue = day_place[1]
    if venue is None and online is None:  # the readers of a venue the head gives elsewhere, in order
        venue = _first_found((
            lambda: venue_on_uncoloned_label(parts, end),
            lambda: venue_on_label_after_date(parts, end),
            lambda: _inner_label_venue(parts, end, folded),  # "... kl Plats ande Ledamöter Sunnerbo, ..., Växjö ..."
            lambda: venue_after_meeting_day(parts, title),
            lambda: venue_in_wrapped_title(parts, title),
            lambda: venue_on_title_date_line(parts, end, when),
            lambda: venue_on_date_line(parts, end, when),
            lambda: kept_at[1] if kept_at is not None else None,
            lambda: venue_of_kept_at_meeting(parts, end),  # "FÖRT VID X:S STYRELSESAMMANTRÄDE, HULTANÄS TELEFONSTATION"
            lambda: venue_line_under_dated_title(parts, end, when),
            lambda: venue_quoted_on_title_date_line(parts, end, when),
            lambda: venue_in_held_at_sentence(parts, end, folded),
            lambda: venue_after_day_lost_clock(parts, end, when),
            lambda: venue_ending_day_lost_clock_line(parts, end, when),  # "2014, klockan Konferensrum X, Göteborg"
            lambda: bare_place_line_before_attendance(parts, end, when),
            lambda: bare_place_line_above_attendance(parts, end),
            lambda: venue_where_met_or_hosted(parts, end),  # "träffades i Vikarnas lokal" / "hos Kristina Lind i Sjöbo"
            lambda: venue_of_kept_at_proceedings(parts, end),  # "Protokoll fört vid förhandlingar i Onsala ..."
            lambda: venue_after_held_day(doc.clean, when) if when else None,  # "Årsmötet genomfördes 27 ... på ABF"
            lambda: venue_ending_clock_sentence(doc.clean, start) if start else None,  # "kl. 18,30 i Församlingshemmet."
            lambda: venue_after_start_before_first_item(doc.clean, start) if start else None,  # "kl 13.00 i X 1. Mötets"
            lambda: venue_in_held_day_sentence(parts, end, when) if when else None,  # "... ägde rum den 27 mars i X."
            lambda: _first_in_head(_head_window(parts, _after_contents(parts, end, folded), end), venue_past_meeting_day),
            lambda: label_column_venue_in_head(doc.clean, parts, end),
        ))
    if venue is not None and doc.clean[venue.end: venue.end + 3].lstrip(" \t")[:1] == ",":
        venue = venue_with_address_below(doc.clean, venue) or venue  # "Gröna huset,\nSjöstadsvägen 15, Västervik"
    elif venue is not None and venue.value.rsplit(None, 1)[-1] in _STREET_NAME_OPENERS:
        venue = street_wrapped_below(doc.clean, venue) or venue  # "UNO, Västra\nTorggatan 16."
    if venue is not None and doc.clean[venue.end: venue.end + 3].lstrip(" \t")[:1] == "\n":
        venue = place_noun_wrapped_below(doc.clean, venue) or venue  # "i Oscars\nförsamlingslokaler, Stockholm"
    reference = _find_reference(parts, end, folded)
    if online is None:
        online = _attended_via_platform(parts, end)
    if online is None and venue is None:
        online = title_held_via_platform(parts, end)
    if online is None and venue is None:
        online = online_in_meeting_line_brackets(parts, end)  # "... styrelsemöte 1-2021 23/2 2021 (digitalt)."
    if online is None and venue is None:
        online = held_on_platform_sentence(parts, end)  # "Den 16 december genomfördes det första Zoom-möte ..."
    present, absent = find_attendance(doc, all_parts, all_end)
    if venue is None and online is None:  # the readers of a venue by the hours, in order
        venue = _first_found((
            lambda: venue_after_clock_before_names(parts, end, start, [p.name for p in present if p.name])
            if start is not None and present else None,
            lambda: _venue_on_hours_line(parts, end, start) if start is not None else None,
            lambda: venue_after_hours(parts, end, stop) if stop is not None else None,
        ))
    if body is not None and any(body.value.startswith(p.name) for p in present if p.name):
        body = _organ(parts, folded) or body  # "Inger Trodell Dahl, ordförande": the first line of a list is no body
    if body is not None and venue is not None and squashed(body.value) == squashed(venue.value):
        # a stored copy's page title that is the place ("Oden, Sigfridsområdet, Växjö"): no body
        placed = body
        body = _organ(parts, folded) or body_before_label(parts, end) or body_name_line(parts, end)
        if body is None:
            body = title_under_place_line(parts, end, placed)  # "Vita Huset" / "ÖHF:s årsmöte 2009"
    if body is not None and body.value.casefold() in _GENERIC_BODIES:
        body = organ_naming_generic_body(parts, body) or body
    if body is not None and body.value.casefold() in _GENERIC_BODIES:
        body = (_named_body_line(parts, end, body.value) or _organisation_before_meeting(parts, end, folded)
                or _meeting_with_organisation_line(parts, end) or _organisation_line(parts, end) or body)
    if body is not None and venue is not None and body.value.casefold() in _GENERIC_BODIES:
        body = _organ_before_venue(venue, body.value) or body  # "Styrelsen" / "Regionförbundets styrelse Regionförbundet ..."
    if body is not None and venue is not None:
        venue = _venue_after_organ(venue, body.value, labelled=body is stacked)
    if venue is not None and stacked is None and "Organ" in doc.clean[max(0, venue.start - _ORGAN_LABEL_REACH): venue.start]:
        venue = venue_after_stacked_organ(doc.clean, venue)  # "Organ Plats Regionfullmäktige Fullmäktigesalen, ..."
    if body is not None and not body.value.casefold().endswith(_BODY_ENDINGS):
        body = (_minutes_of_named_body(parts, end) or minutes_naming_body(parts, end)
                or minutes_from_body_below_title(parts, end) or _body_before_time_label(parts, end)
                or _posted_organ(parts, folded, 120) or posting_organ(parts, folded)
                or holder_of_meeting(parts, end) or body)  # "IX Styrelse hade denna dag sitt första styrelsemöte"
    if body is not None:
        body = lone_body_word(body) or without_organ_label(body) or body
    if body is not None and body.start < _TRANSCRIPT_REACH:
        body = body_in_transcript_page_head(parts, end, body) or body  # "Spiran Sikeå Konferens & Logi" / "... 1(8) Regionrådet"
    body = tidied_body(parts, end, body)
    if body is not None and body.value[-5:].casefold() in _ORGAN_LABEL_ENDS and _EMPTY_ORGAN_LABEL.fullmatch(body.value):
        body = None  # "Protokoll 1 (53) ande organ Plats och tid ...": a transcript's "Beslutande organ" label, no value
    if body is not None and body.value.endswith("s styrelse"):
        body = association_comma_board(body) or body  # "Helsingborgs konstförenings styrelse"
    if body is not None and body.value[:1] in "SsEeKk":
        body = board_of_named_association(body) or body  # "Styrelsemöte i DHR-Värmland"
    if body is not None and " " not in body.value.strip() and body.value.casefold().endswith(("styrelsen", "styrelse")):
        body = board_line_naming_association(parts, end) or body  # "Kårstyrelsen" / "Styrelsemöte med Falkens scoutkår."
    if body is not None and " styrelse" in body.value:
        body = association_before_board_minutes(body) or body  # "Trafikverkets Fritidsförbund Protokoll fört vid ..."
    if body is not None:
        body = organisation_for_general_meeting(parts, end, body) or body
    if body is not None and body.value[:1] in "ÅåFf" and "," not in body.value:
        body = organisation_for_general_meeting_minutes(parts, end, body) or body  # "Årsmötesprotokoll"
    if body is not None and not body.value.casefold().endswith(_BODY_ENDINGS) and ". " in body.value:
        body = posting_organ(parts, folded) or body  # a stored page's title run together from the front page
    if body is not None and len(body.value) < 20:
        body = association_of_generic_meeting(parts, end, body) or body  # "Årsmötesprotokoll" / "Protokoll vid Xs årsmöte"
    if body is not None and len(body.value) < 20:
        body = (holder_of_general_meeting(parts, end, body)  # "Årsmöte" / "Svenska folkpartiet i Ingå höll sitt årsmöte"
                or name_line_under_general_meeting_title(parts, end, body) or body)  # "Årsmötesprotokoll" / "X"
    kind_title = association_and_place_of_kind_title(body) if body is not None and (
        " med " in body.value or " för " in body.value) else None
    if kind_title is not None:  # "Styrelsesammanträde med Skärgårdens ... (SIKO) i Skärgårdsstiftelsens lokaler"
        body = kind_title[0]
        if venue is None and online is None:
            venue = kind_title[1]
    bracketed = body_and_bracketed_place(body) if body is not None and body.value.endswith(")") else None
    if bracketed is not None:  # "Tennis Göteborg (Yesps kontor)": the body, then the place in brackets
        body = bracketed[0]
        if venue is None and online is None:
            venue = bracketed[1]
    owners = owners_meeting_in_place(parts, end) if body is None or venue is None and online is None else None
    if owners is not None:  # "Protokoll fört vid Ågesta OK´s styrelsemöte i Sköndal torsdagen den 31 maj 2001."
        body = body or owners[0]
        venue = venue or owners[1]
    stated = body_stated_in_head(parts, end)
    if stated is not None and (body is None or body.start > stated.start):
        body = stated  # "Det här är ett protokoll för Wikimedia Sverige.": the minutes say whose they are
    # an undated title sentence gives the body and the place ("Protokoll fört vid sammanträde med X på Y.");
    # its place also where the title gave the body
    held_with = held_with_at_place(parts, end) if body is None or venue is None and online is None else None
    if held_with is not None:
        body = body or held_with[0]
        venue = venue or held_with[1]
    if body is not None and venue is not None:
        body = body_before_venue(body, venue.value) or body
    if body is None:
        body = (body_before_label(parts, end) or body_before_document_word(parts, end)
                or _posted_organ(parts, folded, 120) or upper_case_title_body(parts))
    if body is None:
        body = minutes_of_meeting_with_body(parts, end)
    if body is None:
        body = letterhead_municipality(doc.clean[: parts[min(end, len(parts)) - 1].end] if parts else "")
    if body is None:
        body = body_in_opening_sentence(doc.clean[:_OPENING_REACH])
    elif _MUNICIPALITY_ONLY.fullmatch(body.value.strip()):
        body = committee_in_opening_sentence(doc.clean, body)  # "Geta kommun" / "Kommunstyrelsens ordförande ... hälsar"
    if body is None or (" " not in body.value.strip() and body.value.casefold().endswith(("möte", "mötet"))):
        body = quoted_organisation(parts, end) or body  # "Styrelsemöte fört med För. ”Vår Bygd 1891” den ..."
    if body is not None and body.value[-1:] in "gre":
        body = body_instead_of_role_letterhead(parts, end, body) or body  # "INTRODUKTIONSSTRATEG" / "Styrgruppsmöte X"
    if stamped is not None:
        body = body_over_minutes_date(parts, stamped) or body  # "AFF" / "Projektgrupp" / "Sammanträde 2009 01 27"
    if body is not None and body.value[-1:] in "lr":
        body = organisation_under_minutes_word_title(parts, end, body) or body  # "Årsmötesprotokoll" / "Eslövs Centerkrets"
    if body is not None and body.value[:1] in "SsPp" and "styrelse" in body.value.casefold():
        body = association_board_in_title_cells(parts, body) or body  # "Protokoll, styrelsemöte, Fröskog Ek. Fiberförening"
    if body is not None and names_no_body(doc.clean, body):
        body = None  # "Öppnande och upprop", "09:30 sammanträdet öppnas", "Protokoll bifogas.": a line of the text, no title
    body = plausible_body_in_head(parts, end, body) or body  # "HMS News" / "fört vid Hyllinge Motorsällskap ..."
    fields = {"body": body, "date": when, "start": start, "end": stop, "venue": venue, "online": online,
              "reference": reference}
    spans = {k: doc.span(f.start, f.end) for k, f in fields.items() if f is not None}
    front = front_matter(doc.text) if doc.text[:1] in "-+.<" else None
    if front:  # a site's page: its title and date are shown with the page, above the minutes' own text
        head_end = parts[end].start if end < len(parts) else len(doc.clean)
        if ("date" in front or "datum" in front) and (when is None or when.start >= head_end):
            day = front_matter_day(doc.text, front)
            if day is not None:
                when = Found(day[0], 0, 0)
                spans["date"] = day[1]
        if "title" in front and (body is None or _part_level(parts, body.start) >= 2):
            named = front_matter_body(doc.text, front["title"])
            if named is not None:
                body = Found(named[0], 0, 0)
                spans["body"] = named[1]
    if body is None:
        body = recurring_body_noun(doc.clean)  # "Byarådet beslutar ...": the body named only in the running text
        if body is not None:
            spans["body"] = doc.span(body.start, body.end)
    if when is None:
        warnings.append(f"{doc.name}:1: no meeting date found")
    meeting = Meeting(
        body=body.value if body else None,
        date=when.value if when else None,
        start=start.value if start else None,
        end=stop.value if stop and (not start or stop.value != start.value) else None,
        venue=venue.value if venue else None,
        online=online.value if online else None,
        reference=reference.value if reference else None,
        present=tuple(present),
        absent=tuple(absent),
        spans=spans,
    )
    return meeting, warnings


# The place right after the head's start clock on a flattened front page, up to the first attendee of the
# list run on after it: "Plats och tid Beslutande 17:30, VIP-rummet, FORUM Örkelljunga Annie Berg, Cajsa
# Torkelsson". Group 1 the place: capitalised, at most eight words, no digit-led date or clock in it.
_PLACE_AFTER_CLOCK = re.compile(r"\s*,\s*((?-i:[A-ZÅÄÖ])[^\d(),]*(?:,\s*[^\d(),]+){0,3})")
_PLACE_AFTER_CLOCK_WORDS = 8


# A time label inside a head line, after another label's value: "Plats: Svanen Tid: 18.00  –  19.45",
# "Datum: 5 maj 2022 Tid: 9.00-12.00". Group 1 where the time's value starts.
_INNER_TIME_LABEL = re.compile(r"(?<=\S)\s+(?:Tid|Klockan|Mötestid|Tidpunkt)\s*:\s*()")
_INNER_TIME_LINES = 12  # the head's first lines


def inner_time_label_range(parts: list[Part], end: int, folded: _Folded) -> tuple[Found, Found] | None:
    """The start and end a time label inside a head line gives, right after it (`_INNER_TIME_LABEL`), the
    line opening with another label ("Plats: Svanen Tid: 18.00 – 19.45"); None without such a range."""
    for i in folded.holding(("tid", "klockan", "tidpunkt"), min(end, _INNER_TIME_LINES)):
        text = parts[i].text
        if ":" not in text:
            continue
        for m in _INNER_TIME_LABEL.finditer(text):
            rng = find_time_range(text[m.start(1): m.start(1) + 40], bare_hours=True)
            if rng is not None and text[m.start(1): m.start(1) + rng[0].start].strip(" \t.").casefold() in (
                    "", "kl", "klockan"):
                base = parts[i].start + m.start(1)
                return _shift(rng[0], base), _shift(rng[1], base)
    return None


# A lone hour digit followed by a letter "o" standing alone: an OCR reading of "10" ("kl 1 o 00-12 00").
_OCR_ZERO_AFTER = re.compile(r"[ \t]?[oO](?![^\W\d_])")


# The minutes of an hour cut to one digit, the text running on in letters: "kl. 18:3 rdinarie medlemmar".
_CUT_MINUTES = re.compile(r":\d[ \t]+[^\W\d_]")


def ocr_split_clock(clean: str, start: Found) -> bool:
    """Whether the start clock found is one hour digit that a scanned "o" (a zero read as a letter) follows:
    "kl 1 o 00-12 00" is 10.00-12.00, not 01:00."""
    return (start.end - start.start == 1 and clean[start.start: start.end].isdigit()
            and _OCR_ZERO_AFTER.match(clean, start.end) is not None)


# Two meeting days each named by weekday, the first without its year, joined in one sentence: "styrelsemöte ...
# lördagen den 13 december kl. 10 samt arbetsmöte söndag förmiddag den 14 december 2008". The minutes record the
# meeting from its first day, whose year is the dated second day's. `_WEEKDAY_DAY_MONTH` finds the first day; the
# text to the dated day's end joins them (`_JOINED_DAY`: "samt" or "och", then the second day's weekday).
_JOINED_DAY = re.compile(rf"(?i)\b(?:samt|och)\b[^\n]{{0,60}}?\b(?:{_WEEKDAY_RE})(?:en)?\b[^\n]{{0,40}}$")
_JOINED_DAY_REACH = 160
_JOINED_DAYS_APART = 6


def first_of_joined_weekdays(clean: str, when: Found) -> Found | None:
    """The first of two meeting days named by weekday in one line (`_JOINED_DAY`), when the dated day found is the
    second: its day and month with the second's year (the year before when its month is later), on the weekday it
    names and at most a few days before. None otherwise."""
    line = clean.rfind("\n", 0, when.start) + 1
    at = max(line, when.start - _JOINED_DAY_REACH)
    head = clean[at: when.end]  # the dated day may open with its weekday ("söndag 14 december 2008")
    if "dag" not in head.casefold():
        return None
    m = _WEEKDAY_DAY_MONTH.search(head)
    month = _month_number(m.group(3)) if m else None
    if m is None or month is None or not _JOINED_DAY.search(head, m.end()):
        return None
    weekday = _weekday_number(m.group(1))
    second = date.fromisoformat(when.value)
    iso = _iso(second.year - (month > second.month), month, int(m.group(2)))
    if weekday is None or iso is None:
        return None
    first = date.fromisoformat(iso)
    if first.weekday() != weekday or not 0 < (second - first).days <= _JOINED_DAYS_APART:
        return None
    return Found(iso, at + m.start(), at + m.end())


# A note right after the hours' end that the meeting was adjourned to a later hour: "12:09-13:00 (ajournerat
# till 17:18)". The end written is when the meeting broke off, not when it closed; group 1 the resumed session's
# end when the note gives it ("(ajournerades till 17.30-19.00)"). A break inside the hours ("kl 09:00-12:30
# Ajournering kl 10:45-11:30") says no "till" and is no such note.
_ADJOURNED_TO = re.compile(r"[ \t]*[(,]?[ \t]*(?:(?i:mötet|sammanträdet)[ \t]+)?(?i:ajourner)[^\W\d_]*[ \t]+(?i:till|fram[ \t]+till)"
                           r"[ \t]+(?:(?i:kl\.?|klockan)[ \t]*)?\d{1,2}[.:]\d{2}(?:[ \t]*[-–][ \t]*(\d{1,2}[.:]\d{2}))?")


def end_after_adjournment(clean: str, stop: Found) -> Found | None:
    """The meeting's end when a note right after the end found says the meeting was adjourned to a later hour
    (`_ADJOURNED_TO`): the resumed session's end when the note gives it, else None (the end is not given);
    `stop` itself without such a note."""
    if "ajourn" not in clean[stop.end: stop.end + 20].casefold():
        return stop
    m = _ADJOURNED_TO.match(clean, stop.end)
    if m is None:
        return stop
    return Found(hhmm(m.group(1)) or "", m.start(1), m.end(1)) if m.group(1) and hhmm(m.group(1)) else None


# What a head line read as the body may be when the minutes' head has no title, each naming no body:
# - an entry of a list, after its bullet: "= Öppnande av möte", "·    Busshållplats nya västervång";
# - a programme's line after its clock, or a page or paragraph range: "09:30 sammanträdet öppnas", "1-12 Tjänsteställe";
# - the opening item's heading or sentence: "Öppnande och upprop", "Landstingsfullmäktiges ordförande Inge
#   Pettersson (c) förklarade sammanträdet";
# - prose closed by "!" or "?", or run on with ";": "Ebba Sånesson; ny medlem som vi hälsar hjärtligt välkommen!";
# - a label's name before its colon, one word: "Td: 10.00-10.50" (a scanned "Tid:");
# - one word in lower case that is no body's, meeting's or organisation's word: "Protokoll bifogas.", "ida 1" (a
#   scanned "Sida 1").
_LIST_BULLET_LEAD = re.compile(r"[=·•*>–—-]+\s")
_CLOCK_OR_RANGE_LEAD = re.compile(r"\d{1,2}[:.]\d{2}\s|\d{1,3}\s*[-–]\s*\d{1,3}\s")
_OPENING_OF_MEETING = re.compile(r"(?i)^öppnande\b|\b(?:öppnar|öppnade|öppnas|förklarar|förklarade|hälsar|hälsade)\b")
_NAMING_WORD_ENDINGS = (*w.MEETING_WORD_BODIES, *w.MEETING_WORD_BODIES.values(), "direktion", "direktionen",
                        "delegation", "delegationen", "fullmäktige", "möte", "mötet", "sammanträde", "sammanträdet",
                        "stämma", "stämman", "träff", "träffen", "plenum", "kongress", "kongressen", "konferens",
                        "konferensen", *_ORGANISATION_ENDINGS)


def names_no_body(clean: str, body: Found) -> bool:
    """Whether the body read is a line of the text that names no body (see above): a list's entry, a programme's
    line, the opening item, prose, a label, or a lone word in lower case that is no body's."""
    value = body.value.strip()
    if not value:
        return True
    if value[:1] in "=·•*>–—-" and _LIST_BULLET_LEAD.match(value):
        return True
    if value[:1].isdigit() and _CLOCK_OR_RANGE_LEAD.match(value):
        return True
    if any(c in value for c in ";!?") or _OPENING_OF_MEETING.search(value):
        return True
    source = clean[body.start: body.end].strip()
    if not source or " " in source:
        return False
    if clean[body.end: body.end + 1] == ":":
        return True  # "Td: 10.00-10.50": a label's name
    return source[:1].islower() and not source.casefold().endswith(_NAMING_WORD_ENDINGS)


# The line right under the dated title line that goes on with the place: "Protokoll fört vid ... styrelsemöte den
# 15 april 2019 kl 10.30" / "i centrumbiblioteket Ode, mötesrum 8, Tölöviksgatan 4.", "... styrelsemöte
# 2015-12-09" / "hos Tord Lennartsson.". Group 1 the preposition, 2 the place (to the line's end, a stop
# dropped). "hos" stays with its person's name: the place is their home.
_PLACE_LINE_UNDER_DAY = re.compile(r"\s*(i|på|hos)\s+((?-i:[A-ZÅÄÖa-zåäö])[^\n]*?)\s*\.?\s*$")
_PLACE_LINE_WORDS = 10
_NOT_PLACE_STARTS = ("teams", "zoom", "skype", "digital", "via ", "samband ", "närvaro ", "enlighet ", "stället ",
                     "övrigt", "styrelsen", "föreningens lokal ")


def _line_below_day(parts: list[Part], end: int, when: Found | None) -> int | None:
    """The index of the first line with text within two lines under the head line that gives the meeting's
    day `when`; None without one."""
    if when is None:
        return None
    own = next((k for k, p in enumerate(parts[:end]) if p.start <= when.start < p.end), None)
    if own is None:
        return None
    return next((k for k in range(own + 1, min(end, own + 3)) if parts[k].text.strip()), None)


def venue_line_under_dated_title(parts: list[Part], end: int, when: Found | None) -> Found | None:
    """The place on the line under the head line that gives the meeting's day (`_PLACE_LINE_UNDER_DAY`); None when
    that line is long, holds a date or a clock, or names a platform."""
    nxt = _line_below_day(parts, end, when)
    if nxt is None:
        return None
    text = parts[nxt].text
    m = _PLACE_LINE_UNDER_DAY.match(text)
    if m is None or len(m.group(2).split()) > _PLACE_LINE_WORDS or ":" in m.group(2):
        return None
    place = m.group(2)
    if find_dates(place) or _CLOCK.search(place) or place.casefold().startswith(_NOT_PLACE_STARTS):
        return None
    if m.group(1) != "hos" and place.rstrip(" .").casefold().endswith((*_ORGANISATION_ENDINGS, *_BODY_ENDINGS)):
        return None  # "i Klostergårdens byalag", "i Styrelsen": the body the minutes are of
    if not (place[:1].isupper() or place.split()[0].casefold().endswith(_PLACE_NOUN_ENDINGS)):
        return None  # "i samband med ...", "på grund av ...": no place
    at = m.start(1) if m.group(1) == "hos" else m.start(2)
    value = text[at: m.end(2)]
    return Found(value, parts[nxt].start + at, parts[nxt].start + m.end(2))


# A bare place line between the head's dated line and its attendance label: "Protokoll fört vid styrelsemöte
# den 5/2 2014 / Region kontoret Stockholm / Närvarande: ...", "Lördagen den 30:e maj 2015. / Kleveträffen
# Skoghall / Närvarande:". Capitalised, at most `_BARE_PLACE_WORDS` words, no digit, colon or stop inside.
_BARE_PLACE_LINE = re.compile(r"\s*((?-i:[A-ZÅÄÖ])[\w&'-]*(?:,?\s+[\w&'-]+){0,4})\s*")
_BARE_PLACE_NOT_ENDS = ("möte", "mötet", "sammanträde", "sammanträdet", "protokoll", "protokollet")
_GIVEN_NAME_SET = frozenset(n.casefold() for n in (*w.GIVEN_NAMES, *w.MORE_GIVEN_NAMES))


def bare_place_line_before_attendance(parts: list[Part], end: int, when: Found | None) -> Found | None:
    """The place on a line of its own right under the line that gives the meeting's day and right above the
    attendance label (`_BARE_PLACE_LINE`); None for a person's name, a body, an organisation, a document or
    meeting word, a role or a label there."""
    nxt = _line_below_day(parts, end, when)
    below = next((k for k in range(nxt + 1, min(len(parts), nxt + 3)) if parts[k].text.strip()), None) if nxt else None
    if nxt is None or below is None or not _is_label_line(parts[below].text):
        return None
    return _bare_place(parts[nxt])


def _bare_place(part: Part) -> Found | None:
    """The place a line of its own gives (`_BARE_PLACE_LINE`), not a person's name, a body, an organisation, a
    document or meeting word, a role or a label."""
    m = _BARE_PLACE_LINE.fullmatch(part.text)
    if m is None:
        return None
    place = m.group(1)
    words = place.replace(",", " ").split()
    if not _is_title_place(place) or words[0].casefold() in _GIVEN_NAME_SET or words[-1].casefold().endswith(
            (*_ORGANISATION_ENDINGS, *_BODY_ENDINGS)) or any(
            word.casefold().endswith((*_BARE_PLACE_NOT_ENDS, *_ROLE_ENDINGS)) for word in words):
        return None  # ("Kleveträffen" is a place: a meeting word only as "-möte" or "-sammanträde")
    return Found(place, part.start + m.start(1), part.start + m.end(1))


_ABOVE_LIST_REACH = 20  # the head's first lines, where the attendance label stands under the title


def bare_place_line_above_attendance(parts: list[Part], end: int) -> Found | None:
    """The place on a line of its own right above the head's first attendance label, the line above it dated:
    "Styrelsemöte 22/1-2018 / Runstens Gård / Närvarande: ..." where the meeting's date was read from a title
    above (see `bare_place_line_before_attendance`)."""
    lines = [k for k in range(min(end, len(parts), _ABOVE_LIST_REACH)) if parts[k].text.strip()]
    at = next((n for n, k in enumerate(lines) if _is_label_line(parts[k].text)), None)
    if at is None or at < 2 or not _has_digit(parts[lines[at - 2]].text) or not find_dates(parts[lines[at - 2]].text):
        return None
    return _bare_place(parts[lines[at - 1]])


# A head sentence saying where the meeting was held: "Mötet genomfördes på stiftelsens kansli, World Trade Center,
# Kungsbron 1, Stockholm Deltagande ledamöter ...", "Sammanträdet hölls i Stadshuset." Group 1 the place, up to a
# stop, the line's end, or an attendance list's capitalised label run on after it.
_LIST_LABEL_WORDS = sorted({lab.split()[0].capitalize() for lab in (*w.PRESENT_LABELS, *w.ABSENT_LABELS)
                            if lab.split()[0].isalpha()}, key=len, reverse=True)
_MEETING_HELD_AT = re.compile(
    r"\b(?:Mötet|mötet|Sammanträdet|sammanträdet|Årsmötet|årsmötet|Styrelsemötet|styrelsemötet)\s+"
    r"(?:genomfördes|hölls|ägde\s+rum)\s+(?:på|i)\s+"
    r"((?:(?!\s(?:" + "|".join(_LIST_LABEL_WORDS) + r")\b)[^.\n:;(])+?)(?=\.(?:\s|$)|\s*$|\s(?:"
    + "|".join(_LIST_LABEL_WORDS) + r")\b)")
_HELD_AT_PLACE_WORDS = 12
_HELD_AT_NOT_PLACE = ("teams", "zoom", "skype", "webex", "digital", "distans", "online", "via ", "samband", "form av",
                      "enlighet", "anslutning", "närvaro", "telefon", "video", "ett ", "en ")


def venue_in_held_at_sentence(parts: list[Part], end: int, folded: _Folded) -> Found | None:
    """The place a head sentence says the meeting was held at (`_MEETING_HELD_AT`); None for a platform, a way
    of meeting ("i form av", "via Teams") or a long run of words."""
    for i in folded.holding(("genomfördes", "hölls", "ägde rum"), end):
        text = parts[i].text
        for m in _MEETING_HELD_AT.finditer(text):
            place = m.group(1).strip().rstrip(",")
            if (not place or len(place.split()) > _HELD_AT_PLACE_WORDS or place.casefold().startswith(_HELD_AT_NOT_PLACE)
                    or _CLOCK.search(place) or find_dates(place)):
                continue
            if place.casefold().endswith((*_ORGANISATION_ENDINGS, *_BODY_ENDINGS)):
                continue  # "Mötet hölls i styrelsen": no place
            if place[:1].islower() and "," not in place and not any(
                    word.casefold().endswith(_PLACE_NOUN_ENDINGS) for word in place.split()):
                continue  # "Mötet hölls i god anda": a manner, no place
            return Found(place, parts[i].start + m.start(1), parts[i].start + m.start(1) + len(place))
    return None


# The meeting's day, then "kl"/"klockan" whose digits were lost, then the place after "i" or "på", on a head line
# flattened after its label column: "Ersättare Tjänstemän Måndagen den 25 maj 2009 klockan i Tingshuset
# Ajournering kl Leif Karlsson (c), ordförande". Group 1 the place: a capitalised word, then up to three words in
# lower case or after a comma; it ends before the next capitalised word (a label or a name).
_PLACE_AFTER_DAY_LOST_CLOCK = re.compile(
    r"\s*,?\s*(?:kl\.?|klockan)\s*,?\s+(?:i|på)\s+((?-i:[A-ZÅÄÖ])[\w-]*(?:(?:\s+(?-i:[a-zåäö])[\w-]*|,\s*[\w-]+)){0,3})"
    r"(?=\s+(?-i:[A-ZÅÄÖ])|\s*[.;]|\s*$)")


def venue_after_day_lost_clock(parts: list[Part], end: int, when: Found | None) -> Found | None:
    """The place after the meeting's day and a "kl" without its digits (`_PLACE_AFTER_DAY_LOST_CLOCK`) on a head
    line; None without the meeting's day written there, or for a body's or organisation's name ("i Styrelsen")."""
    if when is None:
        return None
    for part in parts[:end]:
        if "kl" not in part.text or not _has_digit(part.text):
            continue
        dates = [f for f in find_dates(part.text) if f.value == when.value]
        for f in dates:
            m = _PLACE_AFTER_DAY_LOST_CLOCK.match(part.text, f.end)
            if m is None or m.group(1).casefold().endswith((*_ORGANISATION_ENDINGS, *_BODY_ENDINGS)):
                continue
            return Found(m.group(1), part.start + m.start(1), part.start + m.end(1))
    return None


# The meeting's day, then "kl"/"klockan" whose digits were lost and the place with no preposition, the place ending
# its line: "Protokoll fört vid sammanträde med styrelsen för X 24 september 2014, klockan Konferensrum Y, Academicum,
# Göteborg" with "Närvarande ledamöter ..." below. Group 1 the place: capitalised, at most 80 characters, no digit
# but a street number's, no sentence mark.
_PLACE_ENDING_DAY_LOST_CLOCK = re.compile(
    r"\s*,?\s*(?:kl\.?|klockan)\s*,?\s+((?-i:[A-ZÅÄÖ])[^.;:!?()\n]{1,80}?)\s*$")
_PLACE_ENDING_DAY_LOST_CLOCK_WORDS = 8
# Words that make the run-on text no place: a role after a name, another time label ("Ajournering kl"), a list
# given by reference ("Enligt bifogad sammanträdeslista").
_LOST_CLOCK_LINE_NOT_PLACE = frozenset(("ordförande", "ordf", "ordf.", "sekreterare", "kl", "kl.", "klockan", "enligt", "se"))


def venue_ending_day_lost_clock_line(parts: list[Part], end: int, when: Found | None) -> Found | None:
    """The place after the meeting's day and a "kl" without its digits that ends the line
    (`_PLACE_ENDING_DAY_LOST_CLOCK`), when the next line with text opens with an attendance label; None for
    other labels' words, a date or hours, or a person's name with a role ("Anna Ek, ordförande")."""
    if when is None:
        return None
    for i, part in enumerate(parts[:end]):
        if "kl" not in part.text or not _has_digit(part.text):
            continue
        for f in find_dates(part.text):
            m = _PLACE_ENDING_DAY_LOST_CLOCK.match(part.text, f.end) if f.value == when.value else None
            if m is None:
                continue
            place = m.group(1).rstrip(" ,")
            below = next((q for q in parts[i + 1: end] if q.text.strip()), None)
            if (below is None or not _label_value(below.text, _LB_PRESENT_OR_ABSENT, loose=True)
                    or len(place.split()) > _PLACE_ENDING_DAY_LOST_CLOCK_WORDS or only_label_words(place)
                    or label_of(place, colon_required=False) or find_dates(place) or find_time_range(place)
                    or any(r in _LOST_CLOCK_LINE_NOT_PLACE for r in place.casefold().split())):
                continue
            return Found(place, part.start + m.start(1), part.start + m.start(1) + len(place))
    return None


# A notice's head cells with colon labels run together on one line, in capitals or not, the end of the hours
# perhaps left blank: "-1, SSTYR :00 Sida 2 SAMMANTRÄDESTID: kl. 18:00 - SAMMANTRÄDESPLATS: Stadshuset,
# styrelserummet". Group 1 the start, 2 the end, 3 the place: to the line's end or the next label in capitals.
_MEETING_TIME_THEN_PLACE = re.compile(
    r"(?i:sammanträdestid|mötestid)\s*:\s*(?i:kl\.?|klockan)?\s*(\d{1,2}[.:]\d{2})(?:\s*[-–]\s*(\d{1,2}[.:]\d{2})?)?"
    r"\s*[-–]?\s*(?i:sammanträdesplats|mötesplats)\s*:\s*((?-i:[A-ZÅÄÖ])[^:\n]*?)\s*(?=\s(?-i:[A-ZÅÄÖ]{4,})\b|$)")


def meeting_time_then_place(parts: list[Part], end: int) -> tuple[Found, Found | None, Found] | None:
    """The start, end (or None) and place of a head line's colon-labelled meeting time and place cells
    (`_MEETING_TIME_THEN_PLACE`); None without both labels."""
    for part in parts[:end]:
        if ":" not in part.text or "PLATS" not in part.text.upper():
            continue
        m = _MEETING_TIME_THEN_PLACE.search(part.text)
        if m is None or not m.group(3).strip():
            continue
        start = Found(hhmm(m.group(1)) or "", part.start + m.start(1), part.start + m.end(1))
        stop = Found(hhmm(m.group(2)) or "", part.start + m.start(2), part.start + m.end(2)) if m.group(2) else None
        return start, stop, Found(m.group(3), part.start + m.start(3), part.start + m.end(3))
    return None


# The place the head's first lines say the meeting was held at (`venue_where_met_or_hosted`), read two ways. The
# members said to have met there (`_MET_AT`): "Mats L, Jenny H, Krister B och Annalena L träffades i Vikarnas lokal
# Uddevalla.", "Styrelsen samlades hos Eva i Lerum."; group 1 "hos" when the place is a home, 2 the place:
# capitalised, up to a stop or the line's end. Else a home in a town (`_HOST_IN_TOWN`), "hos" a person
# (capitalised words) "i" a town, closing a clause: "Mötesprotokoll 6 maj i hos Kristina Lind i Sjöbo:", "...
# samlades vi för årets vårmöte för Släktföreningen X, hos Ulrika Johansson i Tvååker."; group 1 the home. A home
# keeps its "hos" either way, as the golds write homes ("hos Tord Lennartsson", "hos Peter Johansson Fagerhult").
_MET_AT = re.compile(r"\b(?:träffades|samlades|möttes|sammanträdde)\s+(?:i|på|(hos))\s+"
                     r"((?-i:[A-ZÅÄÖ])[\w&'-]*(?:,?\s+[\w&'-]+){0,5}?)\s*(?=\.(?:\s|$)|$)")
_MET_AT_WORDS = ("träffades", "samlades", "möttes", "sammanträdde")
_MET_AT_CLAUSE_WORDS = frozenset(("och", "som", "där", "för", "att", "med", "men", "efter", "innan"))
_HOST_IN_TOWN = re.compile(r"(?<![\w-])(hos\s+[A-ZÅÄÖ][\w-]+(?:\s+[A-ZÅÄÖ][\w-]+){0,2}\s+i\s+"
                           r"[A-ZÅÄÖ][\w-]+(?:\s+[A-ZÅÄÖ][\w-]+)?)\s*(?=[.,:;]|$)")
_HOST_OTHER_MEETING = ("nästa", "kommande", "föregående", "förra")
_MET_OR_HOSTED_LINES = 4  # the head's first lines with text (a home may stand on them below the head's end)


def venue_where_met_or_hosted(parts: list[Part], end: int) -> Found | None:
    """The place the head's first lines say the members met at (`_MET_AT`), else the home and town they say the
    meeting was held at (`_HOST_IN_TOWN`). Not where the members met: a platform, a body, an organisation, a date
    or a clock; not a home on a line that speaks of another meeting ("Nästa möte ... hos Peter Johansson i
    Näshult")."""
    first = _first_text_indices(parts, max(end, 12), _MET_OR_HOSTED_LINES)
    for i in first:
        text = parts[i].text
        m = _MET_AT.search(text) if i < end and any(word in text for word in _MET_AT_WORDS) else None
        if m is None:
            continue
        place = m.group(2)
        if (place.casefold().startswith(_HELD_AT_NOT_PLACE) or _platform(place) or _CLOCK.search(place)
                or find_dates(place) or place.casefold().endswith((*_ORGANISATION_ENDINGS, *_BODY_ENDINGS))
                or any(word in _MET_AT_CLAUSE_WORDS for word in place.split())):
            continue  # "... träffades i Lerum och pratade länge": the sentence goes on, no place alone
        at = m.start(1) if m.group(1) else m.start(2)  # "hos Eva Lind": a home keeps its "hos"
        return Found(text[at: m.end(2)], parts[i].start + at, parts[i].start + m.end(2))
    for i in first:
        text = parts[i].text
        m = _HOST_IN_TOWN.search(text) if "hos " in text else None
        if m is not None and not any(word in text[: m.start()].casefold() for word in _HOST_OTHER_MEETING):
            return Found(m.group(1), parts[i].start + m.start(1), parts[i].start + m.end(1))
    return None


# A line holding only a day ("Den 28 februari 2019"), and the line under it opening in lower case with the meeting
# and its place: "möte på ABF med nye ordföranden ...". Group 1 the place: capitalised, up to "med", a stop or comma,
# or the line's end, at most four words.
_ONLY_DAY_LINE = re.compile(r"(?i)\s*(?:den\s+)?\d{1,2}(?::?e|:a)?\.?\s+[a-zåäö]{3,10}\.?\s+(?:19|20)\d{2}\s*\.?\s*")
_MEETING_AT_BELOW = re.compile(r"\s*(?:möte|mötet|träff|träffen|sammanträde)\s+(?:på|i|hos)\s+"
                               r"((?-i:[A-ZÅÄÖ])[\w&-]*(?:\s+(?-i:[A-ZÅÄÖ])[\w&-]*){0,3})(?=\s+med\b|\s*[.,;]|\s*$)")


def day_line_then_meeting_place(parts: list[Part], end: int, folded: _Folded) -> tuple[Found, Found] | None:
    """The day and the place of a day line followed by a line that opens with the meeting held at a place (see
    `_MEETING_AT_BELOW`): a page listing several meetings' days (a later one's link "Den 30 oktober 2019.
    Noteringar ..." above) records the one whose day stands right above its text."""
    for i in folded.holding(("möte", "träff", "sammanträde"), min(end, _DAY_PLACE_LINES)):
        m = _MEETING_AT_BELOW.match(parts[i].text)
        if m is None or m.group(1).casefold().endswith((*_ORGANISATION_ENDINGS, *_BODY_ENDINGS)):
            continue  # (not "möte i Styrelsen", "möte i Byalaget": the body)
        above = next((k for k in range(i - 1, max(-1, i - 3), -1) if parts[k].text.strip()), None)
        if above is None or not _ONLY_DAY_LINE.fullmatch(parts[above].text):
            continue
        dates = find_dates(parts[above].text)
        if len(dates) != 1:
            continue
        day = _shift(dates[0], parts[above].start)
        return day, Found(m.group(1), parts[i].start + m.start(1), parts[i].start + m.end(1))
    return None


_DAY_PLACE_LINES = 12


# An association's name in quotes after the preposition a head sentence hangs it on, perhaps after the word
# "förening" or its short form: "Styrelsemöte fört med För. ”Vår Bygd 1891” den 11 mars 2008", "Protokoll fört vid
# årsmöte i föreningen "Hembygdens vänner"". Group 1 the name.
_QUOTED_ORGANISATION = re.compile(
    r"\b(?:med|för|i|vid|inom|hos)\s+(?:(?:[Ff]ör\.|[Ff]ören\.|[Ff]öreningen|[Ff]örening|[Bb]yalaget|[Kk]lubben)\s+)?"
    r"[”\"“«]([A-ZÅÄÖ][^”\"“»\n]{1,40}?)[”\"“»]")
_QUOTED_ORGANISATION_LINES = 8


def quoted_organisation(parts: list[Part], end: int) -> Found | None:
    """The association a head sentence names in quotes (`_QUOTED_ORGANISATION`), for a body read as a lone meeting
    word ("Styreslemöte", a page's title) or none."""
    for part in _first_text_parts(parts, end, _QUOTED_ORGANISATION_LINES):
        text = part.text
        if not any(q in text for q in "”\"“«"):
            continue
        m = _QUOTED_ORGANISATION.search(text)
        if m is not None and ("möte" in text[: m.start()].casefold() or "protokoll" in text[: m.start()].casefold()):
            return Found(m.group(1).strip(), part.start + m.start(1), part.start + m.start(1) + len(m.group(1).strip()))
    return None


_QUOTE_CHARS = "\"”“«»"


def venue_quoted_on_title_date_line(parts: list[Part], end: int, when: Found | None) -> Found | None:
    """The place a title line gives around its meeting day where it quotes the place's name: "... styrelsemöte 29
    Maj 2012 "Gullvivan", Regionförbundet Örebro kl 10-12" gives "Gullvivan, Regionförbundet Örebro". The rules of
    `venue_on_title_date_line` and `_find_venue` read the line without its quotes; only a place on that line counts."""
    if when is None or when.end <= when.start:
        return None
    k = next((i for i, p in enumerate(parts[:end]) if p.start <= when.start < p.end), None)
    if k is None or not any(q in parts[k].text for q in _QUOTE_CHARS):
        return None
    text = parts[k].text
    keep = [j for j, c in enumerate(text) if c not in _QUOTE_CHARS]  # offsets of the unquoted line in the line
    plain = parts[k]._replace(text="".join(text[j] for j in keep))
    unquoted = [*parts[:k], plain, *parts[k + 1:]]

    def back(at: int) -> int:  # an offset in the unquoted line -> in `clean`
        return parts[k].start + (keep[at - plain.start] if at - plain.start < len(keep) else len(text))

    day_at = next((n for n, j in enumerate(keep) if parts[k].start + j >= when.start), len(keep))
    day_end = next((n for n, j in enumerate(keep) if parts[k].start + j >= when.end), len(keep))
    found = _place_around_day(unquoted, k, plain.start + day_at, plain.start + day_end)
    if found is None:
        found = _find_venue(unquoted, end, _Folded(unquoted), when.value)[0]
        if found is None or not plain.start <= found.start < plain.end:
            return None  # (only a place on the title line itself)
    value = found.value.strip(" ,")
    return Found(value, back(found.start), back(found.start) + len(value)) if value else None


def venue_after_clock_before_names(parts: list[Part], end: int, start: Found, names: list[str]) -> Found | None:
    """The place between the start clock and the first listed attendee on the clock's part (see
    `_PLACE_AFTER_CLOCK`); None when no attendee's name follows the place on that part."""
    part = next((p for p in parts[:end] if p.start <= start.start and start.end <= p.end), None)
    if part is None:
        return None
    at = start.end - part.start
    m = _PLACE_AFTER_CLOCK.match(part.text, at)
    if m is None:
        return None
    value = m.group(1)
    cut = min((k for k in (value.find(" " + n) for n in names) if k > 0), default=-1)
    if cut <= 0:
        return None
    place = value[:cut].rstrip(" ,")
    if len(place.split()) > _PLACE_AFTER_CLOCK_WORDS or any(place.startswith(n) for n in names):
        return None
    return Found(place, part.start + m.start(1), part.start + m.start(1) + len(place))


# --- body: a municipal template's committee, run-on labels, codes and scanner noise ---------------

# A municipality's letterhead, its document word, page counter and date label, then the committee's name
# on the same line or the next: "KUNGSBACKA KOMMUN   SAMMANTRÄDESPROTOKOLL" / "Byggnadsnämndens arbetsutskott",
# "11 Hultsfreds kommun SAMMANTRÄDESPROTOKOLL 1 (251) Sammanträdesdatum Miljö- och byggnadsnämnden",
# "Vansbro kommun. Kommunstyrelsen Protokoll". Group 1 is the name's first line.
_COMMITTEE_UNDER_MUNICIPALITY = re.compile(
    r"(?i:kommun|stad)(?!\w)[.,]?(?:[ \t]+(?i:sammanträdesprotokoll|protokoll|utdrag ur protokoll|minnesanteckningar))?"
    r"(?:[ \t]*(?:sida[ \t]*)?\d{1,3}[ \t]*\([ \t]*\d{1,3}[ \t]*\))?(?:[ \t]+(?i:sammanträdesdatum|datum))?[ \t]*\n?[ \t]*"
    r"((?-i:[A-ZÅÄÖ])[\w-]*(?:[ \t]+(?:och|(?-i:[a-zåäö])[\w-]*)){0,4})")
_MUNICIPALITY_WORD = re.compile(r"(?i)(?<![\w-])(?:kommun|stad)(?![\w-])")
_COMMITTEE_LINES = 2  # the letterhead's line and the one below it


def committee_under_municipality(parts: list[Part], end: int, body: Found) -> Found | None:
    """The committee a municipal template names below or after the municipality's letterhead, for a body
    read as the municipality or as the whole run-on letterhead line (see `_COMMITTEE_UNDER_MUNICIPALITY`).
    The name ends at its last word with a body's ending ("-nämnden", "arbetsutskott")."""
    if not _MUNICIPALITY_WORD.search(body.value):
        return None
    at = next((i for i, p in enumerate(parts[:end]) if p.start <= body.start < p.end + 1), None)
    if at is None:
        return None
    lines = _first_text_parts(parts, end, _COMMITTEE_LINES, start=at)
    text = "\n".join(p.text for p in lines)
    for m in _COMMITTEE_UNDER_MUNICIPALITY.finditer(text):
        words = list(_RX_WORD.finditer(m.group(1)))
        while words and not words[-1].group().casefold().endswith(_BODY_ENDINGS):
            words.pop()
        if not words:
            continue
        s = m.start(1)
        line = text.count("\n", 0, s)
        base = lines[line].start - (sum(len(p.text) + 1 for p in lines[:line]))
        name = m.group(1)[: words[-1].end()]
        return Found(name, base + s, base + s + len(name))
    return None


# A municipal template's head flattened with its labels first and their values after them (Finland-Swedish and
# Åland protocols): the organ's value, the committee's name, right after a run of two or more empty labels,
# perhaps in capitals: "Organ. Sammanträdesdatum Sida 8/155 KOMMUNSTYRELSEN. Kommungården", "Sammanträdesdatum
# Nr KOMMUNSTYRELSEN /10", "Sammanträdesdatum Organ Kommunstyrelsen". A page counter ("8/155") may stand in the
# run. Group 1 the name: one word, or two joined by "och" ("Kultur- och fritidsnämnden").
_COMMITTEE_AFTER_LABEL_RUN = re.compile(
    r"(?<![\w-])(?:(?:Organ|Sammanträdesdatum|Nr|Sida|Datum)\.?:?\s+(?:\d{1,4}\s*/\s*\d{1,4}\.?\s+)?){2,4}"
    r"((?-i:[A-ZÅÄÖ])[\w-]*(?:\s+(?i:och)\s+[\w-]+)?)(?![\w-])")
_LABEL_RUN_LINES = 12  # the head's first lines with text


def committee_after_label_run(parts: list[Part], end: int, body: Found) -> Found | None:
    """The committee a flattened template names after its run of labels (`_COMMITTEE_AFTER_LABEL_RUN`), for a
    body read as the municipality's letterhead ("Kronoby kommun", "GETA KOMMUN SAMMANTRÄDESKALLELSE Organ");
    a name in capitals is given in lower case after its first letter. None when the value is no body's name."""
    if not _MUNICIPALITY_WORD.search(body.value) or body.value.casefold().endswith(_BODY_ENDINGS):
        return None
    for part in _first_text_parts(parts, end, _LABEL_RUN_LINES):
        if "Sammanträdesdatum" not in part.text and "Organ" not in part.text:
            continue
        for m in _COMMITTEE_AFTER_LABEL_RUN.finditer(part.text):
            name = m.group(1)
            if not name.casefold().endswith(_BODY_ENDINGS):
                continue
            if name.isupper():
                name = name[:1] + name[1:].casefold()
            return Found(name, part.start + m.start(1), part.start + m.end(1))
    return None


# A head label run into the body's name on a flattened line: "Kommunstyrelsens arbetsutskott Plats och
# tid Kommunhuset, Henån", "Socialnämnden Tid och plats ...". The label is capitalised as a cell is.
_LABEL_AFTER_BODY = re.compile(r"\s+(?:Plats och tid|Tid och plats|Datum och tid|Dag och tid|Sammanträdesdatum"
                               r"|Sammanträdestid|Plats|Tid|Datum)(?![\w-])")


def body_before_run_on_label(body: Found) -> Found | None:
    """The body without a head label and what follows it, when the name before the label ends as a
    body's does ("... arbetsutskott Plats och tid ..."); "Styrelsen Plats" alone (nothing after) stays."""
    for m in _LABEL_AFTER_BODY.finditer(body.value):
        head = body.value[: m.start()]
        if not body.value[m.end():].strip() or not head.casefold().endswith(_BODY_ENDINGS):
            continue
        return Found(head, body.start, body.start + len(head))
    return None


# A page counter run into the body's name by a stored copy's title ("Arbetsutskottet (19) Kommunförbundet
# Skåne, Baravägen 1, Lund", its "1" lost; "Kommunstyrelsen 1 (12) Kommunhuset"): the name ends before it.
_PAGE_COUNTER_AFTER_BODY = re.compile(r"\s+(?:\d{1,3}\s*)?\(\s*\d{1,3}\s*\)(?=\s+\S)")


def body_before_page_counter(body: Found) -> Found | None:
    """The body without a page counter and what follows it, when the name before the counter ends as a
    body's does ("Arbetsutskottet (19) Kommunförbundet Skåne" -> "Arbetsutskottet"); a counter after some
    other word ("Bilaga (3) till ...") leaves the name as it is."""
    m = _PAGE_COUNTER_AFTER_BODY.search(body.value) if "(" in body.value else None
    if m is None or m.start() == 0:
        return None
    head = body.value[: m.start()].rstrip()
    if not head.casefold().endswith(_BODY_ENDINGS):
        return None
    return Found(head, body.start, body.start + len(head))


# A note of which version of the minutes this is, after the body's name in the title: "(reviderad version)",
# "(rev. 2)", "(utkast)", "– korrigerad version", ", justerad", "(version 2)", "(v2)". A corrected version of
# the minutes is the same body's: the note is no part of its name.
_VERSION_WORDS = (r"(?:reviderad|rev\.?|korrigerad|rättad|uppdaterad|justerad|ojusterad|ej\s+justerad|preliminär|"
                  r"utkast|slutlig|slutversion)")
_VERSION_NOTE = re.compile(
    rf"(?i)\s*(?:[(\[]\s*(?:{_VERSION_WORDS}(?:\s+(?:version|utgåva))?|version|v\.?)\s*(?:\d+(?:\.\d+)?)?\s*[)\]]"
    rf"|\s[–—-]\s*{_VERSION_WORDS}(?:\s+(?:version|utgåva))?(?:\s*\d+(?:\.\d+)?)?"
    rf"|,\s*{_VERSION_WORDS}(?:\s+(?:version|utgåva))?(?:\s*\d+(?:\.\d+)?)?)\s*[.:]?$")


def body_before_version_note(body: Found) -> Found | None:
    """The body without a version note after it (`_VERSION_NOTE`): "Kommunalt forum (reviderad version)" ->
    "Kommunalt forum"; None when there is none or nothing would be left."""
    m = _VERSION_NOTE.search(body.value)
    if m is None or m.start() == 0:
        return None
    head = body.value[: m.start()].rstrip(" ,–—-")
    if not head:
        return None
    return Found(head, body.start, body.start + len(head))


# A minutes' code before the body's name: "Mn 87/2014 Miljönämnden", "KS 12/2019 Kommunstyrelsen".
_MINUTES_CODE_LEAD = re.compile(r"[A-ZÅÄÖ][A-ZÅÄÖa-zåäö]{0,4}\.?\s*\d{1,4}\s*/\s*(?:19|20)?\d{2}\s+(?=[A-ZÅÄÖ])")
# A scanner's noise before a one-word body: "fe?l fl Kommunfullmäktige", "%ad 4// Kommunstyrelsen".
_NOISE_WORD = re.compile(r"\S*[^\w\s-]\S*|[^\W\d_]{1,2}|\d+")


def body_after_lead_noise(body: Found) -> Found | None:
    """The body without a minutes' code (`_MINUTES_CODE_LEAD`) or scanner noise before it: every word
    before the last is noise (`_NOISE_WORD`), the last a body's name ("Kommunfullmäktige")."""
    value = body.value
    code = _MINUTES_CODE_LEAD.match(value)
    if code and value.casefold().endswith(_BODY_ENDINGS):
        rest = value[code.end():]
        return Found(rest, body.end - len(rest), body.end)
    words = value.split()
    if len(words) < 2 or not words[-1][:1].isupper() or not words[-1].casefold().endswith(_LONE_BODY_ENDINGS):
        return None
    if not all(_NOISE_WORD.fullmatch(word) for word in words[:-1]):
        return None
    return Found(words[-1], body.end - len(words[-1]), body.end)


# An attendance label opening a line of names, read as a body when the head has no title: "Närvarande Jens
# Målare, Karl-Ivar Ehnström, Lars-Olof Nordesjö" (the label with or without its colon, then a capitalised name).
_ATTENDANCE_LINE = re.compile(
    r"(?:Närvarande|NÄRVARANDE|Närvaro|Deltagare|DELTAGARE|Deltagande|Ledamöter|Beslutande|Frånvarande|Närvarande "
    r"ledamöter)\s*:?\s+[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?\s+[A-ZÅÄÖ][\w-]+\s*,")


def tidied_body(parts: list[Part], end: int, body: Found | None) -> Found | None:
    """The body after the tidying rules above, or as it was."""
    if body is None or body.value.casefold() in _RECORD_KINDS:
        return None  # "Referat 2006-08-31": the record's kind names no body
    if _ATTENDANCE_LINE.match(body.value):
        return None  # "Närvarande Jens Målare, Karl-Ivar Ehnström, ...": who came, no body
    weekday = _TRAILING_WEEKDAY_ABBREVIATION.search(body.value)
    if weekday and weekday.start() > 0:  # "Föreningsmöte, torsd. den 31 augusti": the weekday before the date
        body = Found(body.value[: weekday.start()], body.start, body.start + weekday.start())
    return (committee_after_label_run(parts, end, body) or committee_under_municipality(parts, end, body)
            or organisation_below_generic_title(parts, end, body)
            or body_before_version_note(body) or body_of_orphan_genitive(body) or body_before_run_on_label(body)
            or body_before_page_counter(body) or body_after_lead_noise(body) or organisation_of_general_meeting(body)
            or organisation_of_kind_title(body)
            or first_of_two_meeting_words(body) or body_before_place_after_abbreviation(body) or body)


# An association's board written with its name in the indefinite genitive, as a title gives it: "Helsingborgs
# konstförenings styrelse", "SSKFs styrelse", "St Lundby Samhällsförenings styrelse". Group 1 the name.
# (The definite genitive is the name as written and kept: "Kulturrådets styrelse", "Föreningen Nordens styrelse".)
_INDEFINITE_GENITIVE_BOARD = re.compile(r"((?-i:[A-ZÅÄÖ])[\w&.-]*(?:\s+[\w&.-]+){0,4}?)(?<!e)s\s+styrelse")
_ASSOCIATION_NOUNS = ("förening", "förbund", "sällskap", "klubb", "kår", "byalag", "samfällighet", "allians")
_ACRONYM = re.compile(r"[A-ZÅÄÖ]{2,8}")


def association_comma_board(body: Found) -> Found | None:
    """The board of an association named in the indefinite genitive (`_INDEFINITE_GENITIVE_BOARD`) written as
    the association's name and the board: "Helsingborgs konstförenings styrelse" -> "Helsingborgs konstförening,
    styrelsen"; None for another body or a definite genitive ("Kulturrådets styrelse")."""
    m = _INDEFINITE_GENITIVE_BOARD.fullmatch(body.value)
    if m is None:
        return None
    name = m.group(1)
    last = name.split()[-1]
    if not (last.casefold().endswith(_ASSOCIATION_NOUNS) or _ACRONYM.fullmatch(last)):
        return None
    return Found(f"{name}, styrelsen", body.start, body.end)


# A board meeting's title naming the association after a preposition: "Styrelsemöte i DHR-Värmland",
# "Styrelsemöte med Falkens scoutkår.", "Extra styrelsemöte för Tolo SK". Group 1 the preposition,
# 2 the association's name: capitalised, at most five words.
_BOARD_MEETING_OF = re.compile(r"(?i:(?:extra\s+|konstituerande\s+)?(?:styrelsemöte|styrelsesammanträde))\s+"
                               r"(i|med|för|inom)\s+((?-i:[A-ZÅÄÖ])[\w&-]*(?:\s+[\w&-]+){0,4}?)\s*\.?")
_CAPITAL_RUN = re.compile(r"[A-ZÅÄÖ]{2,}")


def board_of_named_association(body: Found) -> Found | None:
    """The association and its board of a board meeting's title that names it after a preposition
    (`_BOARD_MEETING_OF`): "Styrelsemöte i DHR-Värmland" -> "DHR-Värmland, styrelsen". After "i" only an
    association's name counts (an organisation's word or an abbreviation in it): "Styrelsemöte i Stadshuset"
    is a place, "Styrelsemöte med Anna Ek och Per Bo" people."""
    m = _BOARD_MEETING_OF.fullmatch(body.value)
    if m is None:
        return None
    name = m.group(2)
    words = name.split()
    last = words[-1].casefold()
    if last.endswith(_BODY_ENDINGS) and not last.endswith(_ORGANISATION_ENDINGS):
        return None  # "Styrelsemöte med valberedningen": a meeting with another body
    if not (last.endswith((*_ORGANISATION_ENDINGS, *_ASSOCIATION_NOUNS)) or _CAPITAL_RUN.search(name)):
        return None  # "Styrelsemöte i Stadshuset": a place; "Styrelsemöte med Anna Ek och Per Bo": people
    if words[0].casefold() in _GIVEN_NAME_SET:
        return None
    return Found(f"{name}, styrelsen", body.start, body.end)


_BOARD_LINE_REACH = 8  # the head's first lines with text


def board_line_naming_association(parts: list[Part], end: int) -> Found | None:
    """A head line of its own that names the association whose board meets (`board_of_named_association`):
    "Styrelsemöte med Falkens scoutkår." under the title "Kårstyrelseprotokoll - 2012-09-19", which names the
    board only."""
    lines = _first_text_indices(parts, end, _BOARD_LINE_REACH)
    for k in lines:
        text = parts[k].text
        if "tyrelse" not in text:
            continue
        lead = len(text) - len(text.lstrip())
        value = text.strip()
        found = board_of_named_association(Found(value, parts[k].start + lead, parts[k].start + lead + len(value)))
        if found is not None:
            return found
    return None


# An association's name run on into the minutes' title of its board's meeting, as a stored page's title joins
# the letterhead and the title: "Trafikverkets Fritidsförbund Protokoll fört vid styrelsemöte" (read as
# "... vid styrelse"). Group 1 the association's name: capitalised, at most five words.
# An association's name written as its abbreviation alone: "SIKO", "SVERAK", "DHR".
_ACRONYM_NAME = re.compile(r"[A-ZÅÄÖ]{2,7}")
_ASSOCIATION_THEN_BOARD_MINUTES = re.compile(
    r"((?-i:[A-ZÅÄÖ])[\w&-]*(?:\s+[\w&-]+){0,4}?)\s+(?i:(?:protokoll|mötesprotokoll|minnesanteckningar)"
    r"(?:\s+(?:fört|förda|förd))?\s+(?:vid|från|för)\s+(?:styrelse|styrelsen|styrelsemöte|styrelsemötet"
    r"|styrelsesammanträde|styrelsesammanträdet))\s*")


def association_before_board_minutes(body: Found) -> Found | None:
    """The association and its board of a body read as an association's name run on into its board's minutes
    title (`_ASSOCIATION_THEN_BOARD_MINUTES`): "Trafikverkets Fritidsförbund Protokoll fört vid styrelse" ->
    "Trafikverkets Fritidsförbund, styrelsen"; None unless the name ends in an organisation's word."""
    m = _ASSOCIATION_THEN_BOARD_MINUTES.fullmatch(body.value)
    if m is None or not (m.group(1).split()[-1].casefold().endswith(_ORGANISATION_ENDINGS)
                         or _ACRONYM_NAME.fullmatch(m.group(1))):  # "SIKO protokoll från styrelsemöte"
        return None
    return Found(f"{m.group(1)}, styrelsen", body.start, body.end)


# A body's name closed by its abbreviation in brackets, then the place and its town run on before the date on a
# transcript's title: "Systembolagets Personalförenings Representantskap (RS) Systembolagets Lärcenter, Skarpö 8 9
# maj 2010". Group 1 the place ("Systembolagets Lärcenter, Skarpö"), two to five words with one comma.
_PLACE_AFTER_ABBREVIATION = re.compile(
    r"(?<=\S)\s*\((?-i:[A-ZÅÄÖ]{2,6})\)\s+((?-i:[A-ZÅÄÖ])[\w-]+(?:\s+[\w-]+){0,3},\s*(?-i:[A-ZÅÄÖ])[\w-]+)")


def body_before_place_after_abbreviation(body: Found) -> Found | None:
    """The body up to its bracketed abbreviation when a place with its town follows it (`_PLACE_AFTER_ABBREVIATION`,
    ending the name); None otherwise ("Kommunala pensionärsrådet (KPR)" alone, or with a name after it)."""
    m = _PLACE_AFTER_ABBREVIATION.search(body.value) if ")" in body.value else None
    if m is None or m.end() != len(body.value.rstrip(" ,")):
        return None
    cut = m.start(1) - 1
    while body.value[cut - 1].isspace():
        cut -= 1
    return Found(body.value[:cut], body.start, body.start + cut)


def venue_after_body_abbreviation(text: str) -> Found | None:
    """The place after a body's bracketed abbreviation on a title, right before the meeting's date
    (`_PLACE_AFTER_ABBREVIATION`): "... Representantskap (RS) Systembolagets Lärcenter, Skarpö 8 9 maj 2010"."""
    if ")" not in text or not _opens_with_document_word(text.strip()):
        return None
    for m in _PLACE_AFTER_ABBREVIATION.finditer(text):
        dates = find_dates(text[m.end(): m.end() + 30])
        if dates and not text[m.end(): m.end() + dates[0].start].strip():
            return Found(m.group(1), m.start(1), m.end(1))
    return None


# A general meeting's body read from a title naming the organisation by a bare word ("Vägföreningen, årsmöte" from
# "Protokoll Vägföreningens årsmöte 25 augusti"). Group 1 the word, 2 the kind.
_GENERIC_ORGANISATION_KIND = re.compile(r"([A-ZÅÄÖ][a-zåäö]+), ([a-zåäö]+)")
# The organisation's own name on a line of its own: capitalised words, the last an organisation's word.
_NAME_LINE = re.compile(r"\s*((?-i:[A-ZÅÄÖ0-9])[\w:-]*(?:\s+[\w:-]+){0,4})\s*")
_BOARD_RUN_ENDINGS = tuple(w.BOARD_RUN_ORGANISATION_ENDINGS)


def organisation_below_generic_title(parts: list[Part], end: int, body: Found) -> Found | None:
    """The organisation's name written on the line right below a title that calls it by a bare word of its kind
    ("Protokoll Vägföreningens årsmöte 25 augusti" / "Mora Ekeby samfällighetsförening"), with the meeting's
    kind: "Mora Ekeby samfällighetsförening, årsmöte". The name's last word ends as an organisation's does
    (`w.BOARD_RUN_ORGANISATION_ENDINGS`), the bare word too."""
    m = _GENERIC_ORGANISATION_KIND.fullmatch(body.value)
    if m is None or m.group(2) not in w.MEETING_KINDS or not m.group(1).casefold().endswith(_BOARD_RUN_ENDINGS):
        return None
    at = next((i for i, p in enumerate(parts[:end]) if p.start <= body.start < p.end + 1), None)
    below = next((p for p in parts[at + 1: end] if p.text.strip()), None) if at is not None else None
    name = _NAME_LINE.fullmatch(below.text) if below is not None else None
    if name is None or len(name.group(1).split()) < 2 or not name.group(1).casefold().endswith(_BOARD_RUN_ENDINGS):
        return None
    value = f"{name.group(1)}, {m.group(2)}"
    return Found(value, below.start + name.start(1), below.start + name.end(1)) if below is not None else None


# A genitive whose owner was lost opening the body, the club's name dropped by the text's extraction: "'s
# huvudstyrelse", "’s styrelse", ":s arbetsutskott". Group 1 the body's word, in lower case.
_ORPHAN_GENITIVE = re.compile(r"\s*[’'`´:]s\s+([a-zåäö][a-zåäö-]+)\s*")


def body_of_orphan_genitive(body: Found) -> Found | None:
    """The body word after a genitive whose owner was lost, in its definite form ("'s huvudstyrelse" ->
    "Huvudstyrelsen"); None for any other name, or a word that names no body."""
    m = _ORPHAN_GENITIVE.fullmatch(body.value) if body.value[:1] in "’'`´:" else None
    if m is None:
        return None
    word = m.group(1)
    ending = next((e for e in w.MEETING_WORD_BODIES if word.endswith(e)), None)
    if ending is None:
        return None
    value = word[: len(word) - len(ending)] + w.MEETING_WORD_BODIES[ending]
    s = body.start + m.start(1)
    return Found(value[:1].upper() + value[1:], s, s + len(word))


# A general meeting held by an organisation, named kind first: "Årsstämma i Långvikens vägsamfällighet för
# verksamhetsåret 2013". Group 1 the kind, 2 the organisation (its last word an organisation's ending).
_GENERAL_MEETING_OF = re.compile(
    r"(?i)(årsstämma|årsmöte|extra årsmöte|föreningsstämma|extrastämma|extra föreningsstämma|stämma)(?:(?<=stämma)n|(?<=möte)t)?\s+(?:i|för|med)\s+"
    r"((?-i:[A-ZÅÄÖ])[\w-]*(?:\s+[\w-]+){0,4}?)(\s+r\.?\s?f\.?)?(?=\s+för\b|\s+den\b|\s*,|\s+\d|\s*$)")


def organisation_of_general_meeting(body: Found) -> Found | None:
    """The organisation and the kind of its general meeting, written "<organisation>, <kind>" as a head
    written with the organisation first gives it (see `_GENERAL_MEETING_OF`)."""
    m = _GENERAL_MEETING_OF.match(body.value)
    if m is None or not m.group(2).casefold().endswith(_ORGANISATION_ENDINGS):
        return None
    end = m.end(3) if m.group(3) else m.end(2)  # "Årsmötet för Östersocknens Byalag r.f.": the mark kept
    return Found(f"{m.group(2)}{m.group(3) or ''}, {m.group(1).casefold()}", body.start, body.start + end)


# A title naming the kind of meeting or minutes, then the organisation that held it: "Styrelsemöte med Hult Östra
# Älgskötselområde", "Årsmötesprotokoll för Delsjökolonien", "Rotokoll styrelsemöte lövsta koloniträdgårdsförening"
# (a capitals title, its first letter lost), "Stämma i björskogs viltvårdsområdesförening". Group 1 the kind, 2 the
# organisation (its last word an organisation's ending, checked), which may be in lower case as a capitals title
# gives it.
_KIND_OF_ORGANISATION = re.compile(
    r"(?i)(?:p?rotokoll\s+(?:(?:fört\s+)?vid\s+|från\s+)?)?(styrelsemöte|styrelsesammanträde|styrelseprotokoll"
    r"|årsmötesprotokoll|årsstämmoprotokoll|stämmoprotokoll|årsstämma|föreningsstämma|stämma|årsmöte)(?:t|n)?\s+"
    r"(?:(?:i|för|med|inom|hos)\s+)?([^\W\d_][\w-]*(?:\s+[\w-]+){0,4}?)(?=\s*[.,;:]|\s+(?:den|för|på|i|hölls)\b|\s+\d|\s*$)")
_KIND_OF_MINUTES = {"styrelsemöte": "styrelsen", "styrelsesammanträde": "styrelsen", "styrelseprotokoll": "styrelsen",
                    "årsmötesprotokoll": "årsmöte", "årsstämmoprotokoll": "årsstämma", "stämmoprotokoll": "stämma"}
# What the organisation's name ends in: an organisation's word, or an area's or an allotment's that hold meetings
# ("Hult Östra Älgskötselområde", "Delsjökolonien").
_HOLDER_ENDINGS = (*_ORGANISATION_ENDINGS, "område", "området", "koloni", "kolonien", "kolonin")


def organisation_of_kind_title(body: Found) -> Found | None:
    """The organisation and the kind of its meeting, "<organisation>, <kind>" ("Hult Östra Älgskötselområde,
    styrelsen"), from a title naming the kind first (`_KIND_OF_ORGANISATION`); None when the words after the kind
    do not end as an organisation's name ("Styrelsemöte i Kommunhuset": a place)."""
    m = _KIND_OF_ORGANISATION.match(body.value)
    if m is None or not m.group(2).casefold().endswith(_HOLDER_ENDINGS):
        return None
    kind = m.group(1).casefold()
    org = m.group(2)
    return Found(f"{org[:1].upper()}{org[1:]}, {_KIND_OF_MINUTES.get(kind, kind)}", body.start, body.start + m.end(2))


# A head that names only the kind of a general meeting, perhaps after "Protokoll (från)", "ordinarie" or an
# abbreviation's genitive: "Årsmöte", "Protokoll ordinarie årsmöte 2016-10-04" (title cut at the date),
# "HFF’s årsmöte". Group 1 the kind.
_BARE_GENERAL_MEETING = re.compile(
    r"(?i)(?:protokoll\s+(?:från\s+|fört\s+vid\s+)?)?(?:(?:ordinarie|extra|konstituerande)\s+)?"
    r"(?:[\w-]+['’]s\s+)?(årsmöte|årsstämma|föreningsstämma|föreningsmöte|höstmöte|vårmöte)(?:t|n)?"
    r"(?:\s+\d{4})?")
# The organisation a general meeting is held in, anywhere on a head line: "hölls årsmöte i Nälstaskolans
# föräldraförening", "Protokoll årsmöte Höglandsskolans föräldraförening" (kind, then the name). Group 1
# the name, at most six words, its last an organisation's ending (checked).
_GENERAL_MEETING_IN = re.compile(
    r"(?i:årsmöte|årsstämma|föreningsstämma|årsmötet|årsstämman)\s+(?:(?i:i|för|med|inom)\s+)?"
    r"([A-ZÅÄÖ][\w-]*(?:\s+[\w-]+){0,5}?)(?=\s*[.,;:]|\s+(?:den|för|på|i|har|hölls)\b|\s+\d|\s*$)")
# A Finland-Swedish registered association's own line: "Föreningen Hem och Skola vid Salpar skola rf."
_REGISTERED_ASSOCIATION = re.compile(r"([A-ZÅÄÖ][\w-]*(?:\s+[\w-]+){0,8}?\s+r\.?\s?f)\.?")
_GENERAL_MEETING_HEAD_LINES = 12  # the head's first lines with text, where the organisation is named


# A head line that opens with the organisation's name and then the meeting's kind, capitalised as a cell of its own:
# "Sågtäktens bygdegårdsförening Årsmöte 10/2 2009". Group 1 the name, 2 the kind.
_ORGANISATION_BEFORE_KIND = re.compile(
    r"\s*((?-i:[A-ZÅÄÖ])[\w-]*(?:\s+[\w-]+){0,4}?)\s+((?-i:[A-ZÅÄÖ])[a-zåäö]*(?:möte|stämma))\b")


def _names_organisation(words: list[str]) -> bool:
    """Whether a name's words end in an organisation's kind ("Sågtäktens bygdegårdsförening"): "Föreningen"
    alone names no one, a compound ("Hyresgästföreningen") or more words do."""
    last = words[-1].casefold()
    return last.endswith(_ORGANISATION_ENDINGS) and (len(words) > 1 or last not in _ORGANISATION_ENDINGS)


def organisation_for_general_meeting(parts: list[Part], end: int, body: Found) -> Found | None:
    """The organisation whose general meeting a body naming only the meeting's kind stands for
    (`_BARE_GENERAL_MEETING`), written "<organisation>, <kind>": named after the kind on a head line
    (`_GENERAL_MEETING_IN`), or on a registered association's own line (`_REGISTERED_ASSOCIATION`), or
    on an organisation's own line near the top (`_organisation_line`)."""
    bare = _BARE_GENERAL_MEETING.fullmatch(body.value.strip())
    if bare is None:
        return None
    kind = bare.group(1).casefold()
    lines = _first_text_parts(parts, end, _GENERAL_MEETING_HEAD_LINES)
    for part in lines:
        for m in _GENERAL_MEETING_IN.finditer(part.text):
            name = m.group(1)
            if _names_organisation(name.split()):
                s = part.start + m.start(1)
                return Found(f"{name}, {kind}", s, s + len(name))
    for part in lines:
        before_kind = _ORGANISATION_BEFORE_KIND.match(part.text)
        if before_kind is not None and before_kind.group(2).casefold() == kind:
            name = before_kind.group(1)
            if _names_organisation(name.split()):
                # "Årsmötesprotokoll 2009" / "Sågtäktens bygdegårdsförening Årsmöte 10/2 2009"
                s = part.start + before_kind.start(1)
                return Found(f"{name}, {kind}", s, s + len(name))
    for part in lines:
        registered = _REGISTERED_ASSOCIATION.fullmatch(part.text.strip())
        if registered is not None:
            s = part.start + part.text.index(registered.group(1))
            return Found(f"{registered.group(1)}, {kind}", s, s + len(registered.group(1)))
    org = _organisation_line(parts, end)
    if org is not None and org.value.casefold() != body.value.casefold():
        return Found(f"{org.value}, {kind}", org.start, org.end)
    return None


# Two meeting words in a row, the second opening a subtitle: "Förbundsstyrelsemöte Styrelsemöte med beslutsrätt".
_TWO_MEETING_WORDS = re.compile(r"([A-ZÅÄÖ][a-zåäö-]*(?:möte|sammanträde))\s+[A-ZÅÄÖ][a-zåäö-]*(?:möte|sammanträde)\b")


def first_of_two_meeting_words(body: Found) -> Found | None:
    """The first of two meeting words opening the body's name: the title, the second its subtitle."""
    m = _TWO_MEETING_WORDS.match(body.value)
    if m is None:
        return None
    return Found(m.group(1), body.start, body.start + m.end(1))


# --- date: the meeting's labelled day with its time, before the document's own date ----------------

# A date label, the day and the meeting's clock: "Datum 2018-12-11, kl. 9.00 – 11.00", "Datum: 2014-11-11
# Klockan: 09:00-12:10". Group 1 holds the date (checked by `find_dates`).
_LABELLED_TIMED_DATE = re.compile(r"(?<![\w-])(?:Datum|DATUM|Sammanträdesdatum|Mötesdatum)\s*:?\s+([^\n]{6,40}?)[\s,]+"
                                  r"(?i:kl\.?|klockan)\s*:?\s*\d{1,2}(?:[.:]\d{2})?")
_TIMED_DATE_LEAD = 16  # how far into group 1 the date may open (a weekday and "den" before it)


def timed_labelled_date_before(parts: list[Part], end: int, folded: _Folded, found: Found) -> Found | None:
    """A labelled date with the meeting's clock after it, some days before the date first found: the
    document's own date ("Datum" / "2018-12-18" in a letterhead) or the checking's ("Tid: Tisdagen den 18
    november 2014, kl. 08:30" below the lists) came first, the meeting's "Datum 2018-12-11, kl. 9.00" later."""
    try:
        later = date.fromisoformat(found.value)
    except ValueError:
        return None
    for i in folded.holding(("datum",), end):
        text = parts[i].text
        for m in _LABELLED_TIMED_DATE.finditer(text):
            dates = find_dates(m.group(1))
            if len(dates) != 1 or dates[0].start > _TIMED_DATE_LEAD or not _LEADING_WEEKDAY_DEN.fullmatch(
                    m.group(1)[: dates[0].start]):
                continue  # "Datum för utskick 2018-12-11, kl. 9.00": the date of something else
            at = _shift(dates[0], m.start(1))
            value = at.value
            if (len(value) == 10 and value < found.value and not _checking_date(text, at)
                    and (later - date.fromisoformat(value)).days <= _WRITTEN_WITHIN_DAYS):
                return _shift(at, parts[i].start)
    return None


# --- venue: a place label without its colon, split labels and run-on tails -------------------------

# A place label opening a head line without a colon, or with a comma, before a capitalised place:
# "Plats Kommunhuset, Fullmäktigesalen Datum 2018-12-11, kl. 9.00", "Plats, Lainio kapell 230501 kl 14.00";
# or the label "Plats och tid för sammanträde" split by a column, its last word on the next line:
# "Plats och tid för Kungsbackarummet, Storgatan 37 Klockan 09.06–12.45" / "sammanträde".
_UNCOLONED_PLACE_LABEL = re.compile(r"[ \t]*(?:Plats|PLATS|Lokal|Mötesplats|Sammanträdesplats)[ \t]*,?[ \t]+(?=[A-ZÅÄÖ])")
_SPLIT_PLACE_LABEL = re.compile(r"[ \t]*(?:Plats och tid|Tid och plats)[ \t]+för[ \t]+(?=[A-ZÅÄÖ])")
_SPLIT_LABEL_END = frozenset(("sammanträde", "sammanträdet", "mötet", "möte", "sammankomsten"))
# Where such a place ends: the next label of the line, or the clock.
_PLACE_LINE_STOP = re.compile(r"\s+(?:Datum|DATUM|Tid|TID|Klockan|Kl\.?|kl\.?|klockan)(?![\w-])")
_PLACE_LINE_REACH = 16  # the head's first lines with text


def venue_on_uncoloned_label(parts: list[Part], end: int) -> Found | None:
    """The place after a head line's place label that `_label_value` does not read (see
    `_UNCOLONED_PLACE_LABEL`, `_SPLIT_PLACE_LABEL`). Without a colon the line must also give the date or
    the clock ("Plats för nästa möte" is prose); the split label needs its last word on the next line."""
    lines = _first_text_parts(parts, end, _PLACE_LINE_REACH)
    for k, part in enumerate(lines):
        text = part.text
        m = _SPLIT_PLACE_LABEL.match(text)
        if m:
            below = lines[k + 1].text.strip().casefold() if k + 1 < len(lines) else ""
            if below not in _SPLIT_LABEL_END:
                continue
        else:
            m = _UNCOLONED_PLACE_LABEL.match(text)
            if m is None or ":" in text[: m.end()] or not (find_dates(text, compact=True) or find_clock(text)):
                continue
        value = text[m.end():]
        cuts = [c.start() for c in (_PLACE_LINE_STOP.search(value),) if c]
        cuts += [f.start for f in find_dates(value, compact=True)[:1]]
        value = value[: min(cuts)] if cuts else value
        got = _venue_of(value, part.start + m.end())
        if got is not None and got[0] is not None and got[0].value.strip():
            return got[0]
    return None


# A head line that opens with the meeting's date, then a place label without its colon: "2020-03-23 Plats Puben
# Sjögemagasinet", "23 mars 2020, Lokal Bygdegården".
_DATE_THEN_PLACE_LABEL = re.compile(
    r"[ \t]*(?:(?:19|20)\d{2}-\d{1,2}-\d{1,2}|\d{1,2}\.?[ \t]+[a-zåäöA-ZÅÄÖ]{3,10}\.?[ \t]+(?:19|20)\d{2})[ \t]*,?[ \t]+"
    r"(?:Plats|PLATS|Lokal|Mötesplats)[ \t]*,?[ \t]+(?=[A-ZÅÄÖ])")


def venue_on_label_after_date(parts: list[Part], end: int) -> Found | None:
    """The place after an uncoloned place label that follows the date opening a head line (see
    `_DATE_THEN_PLACE_LABEL`), up to the line's next label or clock."""
    for part in _first_text_parts(parts, end, _PLACE_LINE_REACH):
        text = part.text
        if not text.lstrip()[:1].isdecimal():
            continue
        m = _DATE_THEN_PLACE_LABEL.match(text)
        if m is None or not find_dates(text[: m.end()], compact=True):
            continue
        value = text[m.end():]
        cut = _PLACE_LINE_STOP.search(value)
        value = value[: cut.start()] if cut else value
        got = _venue_of(value, part.start + m.end())
        if got is not None and got[0] is not None and got[0].value.strip():
            return got[0]
    return None


# A document word and the minutes' number run on after the place: "Drottninggården Valjeviken Protokoll nr 1 2018".
_TRAILING_MINUTES_NUMBER = re.compile(r"\s+(?:Protokoll|PROTOKOLL|Minnesanteckningar|Mötesanteckningar)\s+(?:nr|Nr|NR)\.?"
                                      r"\s*\d{1,3}(?:\s*[/,]?\s*(?:19|20)\d{2})?\s*$")
# A capitalised label with its colon run on after the place: "KC:A Närvaro: Bifogat som Röstlängd".
_RUN_ON_COLON_LABEL = re.compile(r"\s+[A-ZÅÄÖ][a-zåäö]+(?:\s+[a-zåäö]+)?:(?:\s|$)")
# A bare head label ending the place, its value cut off: "Kommunhuset, Fullmäktigesalen Datum".
# The agenda's heading and its columns' headings run on after the place on a flattened notice: "Plats A-salen Ärenden
# Diarienummer 1 Godkännande ...", "Plats Sessionssalen Dagordning Föredragande". The heading is capitalised and
# closes the value.
_TRAILING_AGENDA_HEADING = re.compile(
    r"\s+(?:Ärenden|Ärendelista|Dagordning|Föredragningslista|Föredragningslistan)"
    r"(?:\s+(?:Diarienummer|Dnr|Föredragande|Handläggare|Sida|Beslut))*\s*$")
# A section's heading and the first sentence under it run on after the place on a flattened page: "Plats: Alurama
# Bakgrund Styrelsen sammanträder för trettonde gången ...". The heading is one of a report's opening sections,
# capitalised, and a capitalised word and a lower-case one open the sentence after it.
_TRAILING_SECTION_SENTENCE = re.compile(r"(?s)\s+(?:Bakgrund|Inledning|Syfte|Sammanfattning)\s+[A-ZÅÄÖ][a-zåäö]+\s+[a-zåäö].*$")
_TRAILING_BARE_LABEL = re.compile(r"\s+(?:Datum|DATUM|Tid|TID|Tidpunkt|TIDPUNKT|Klockan|Sammanträdesdatum)\s*$")
# The record's word and its writer's name run on after the place on a flattened title line: "Merlo slott, Timrå
# Anteckningar Monica Jonsson, arkivchef", "Linköping Minnesanteckningar Anna Ek, sekreterare" (the notes taken
# by). The word is capitalised and a capitalised first and last name follow it.
_TRAILING_RECORD_WRITER = re.compile(
    r"\s+(?:Anteckningar|Minnesanteckningar|Mötesanteckningar|Protokoll|Sekreterare|Protokollförare)"
    r"\s+[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?\s+[A-ZÅÄÖ][a-zåäöéü]+(?:[\s,].*)?$")
# A compact date YYMMDD ending the place, a template's "Plats och tid" written "place, date, time" whose
# time was cut off: "Upplevelserummet, Folkhälsocentrum, Laholm, 151020". Month 01-12, day 01-31.
_TRAILING_COMPACT_DATE = re.compile(r",\s*\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\s*$")
# An attendance label run on after the place in a flattened head: "Kommunkansliet i Geta skola, Geta Närv.
# Beslutande ..." cut at the abbreviation's full stop; "Stadshuset Närvarande".
_TRAILING_PRESENT_LABEL = re.compile(r"\s+(?:Närv|NÄRV|Närvarande|NÄRVARANDE)\.?\s*$")
# The colon of a clock whose minutes were lost, left before the place: "kl. 19: Kommunkansliet" -> ": Kommunkansliet".
_LEADING_LOST_CLOCK_COLON = re.compile(r"[:.]\s+(?=[A-ZÅÄÖ])")
# A notice that the place is new, written after it: "Godby daghem (OBS: Ändrad plats)", "Stora salen, OBS! ny
# lokal", "Kommunhuset (ändrad lokal)". The notice opens with OBS / Observera or says the place changed.
_TRAILING_PLACE_NOTICE = re.compile(
    r"(?:\s*\(\s*|\s*,\s*|\s+)(?i:obs\b|observera\b)[!:.]?[^()]*\)?\s*$"
    r"|\s*\(\s*(?i:ändrad|ny|nytt|annan)\s+(?i:plats|lokal|mötesplats|möteslokal)[^()]*\)\s*$")
# The clock word of a time lost before the place in a transcript: "Tid och Plats Kl Tekniska nämndens Sessionssal".
_LEADING_LOST_CLOCK_WORD = re.compile(r"(?:Kl|KL|kl|Klockan|klockan)\.?\s+(?=[A-ZÅÄÖ])")
# The weekday of a date lost after the place: "Sammanträdesrummet KS-salen, Kommunhuset, Motala Tisdag"
# (the transcript's "Tisdag 2007-06-12, kl" kept only the weekday).
_TRAILING_LOST_DATE_WEEKDAY = re.compile(rf"[\s,]+(?i:{_WEEKDAY_RE})(?i:en)?\s*,?\s*$")
# The label of the paragraphs a protocol covers, its value cut off, ending the place: "Sessionssal Omfattning".
_TRAILING_SCOPE_LABEL = re.compile(r"\s+(?:Omfattning|OMFATTNING|Paragrafer|PARAGRAFER)\s*$")
# The clock word of a time whose hours were lost, its colon and minutes left after the place: "Visborgsallén 19,
# Rådhuset, kl :00", "Stadshuset, kl ;", "Rådhuset kl.:".
_TRAILING_LOST_CLOCK = re.compile(r"[\s,]+(?i:kl|klockan)\.?\s*[:;,.]\s*\d{0,2}\s*$")
# A label word alone with its colon ("löpnummer:"), or a record's kind ("Referat"): no place.
_LABEL_WORD_ONLY = re.compile(r"[^\W\d_]+\s*:")
# (also a council's register of the matters of a meeting: "REGISTER Sida 1(2) Tid: ...")
_RECORD_KINDS = frozenset((*w.RECORD_KIND_WORDS, "register"))
# The place's own label taken as its value when a flattened head ran the labels together and the place
# stands elsewhere ("Plats och tid Onsdag den 16 januari kl Plats ande Ledamöter Sunnerbo, ..." gives "Plats").
_VENUE_LABEL_WORDS = frozenset((*w.VENUE_LABELS, *w.MEETING_PLACE_LABELS))
# The date-and-time label of a head whose labels run before their values ("PLATS DATUM OCH TID FÖR MÖTET
# Sofiagården, Kapellgatan 8 2014-05-27 kl. 19.00"), left before the place: written all in capitals or
# capitalised, optionally "för mötet"/"för sammanträdet", then the place's capital.
# A page's head read as the place: a document word and the page's counter ("Sammanträdesprotokoll 1 (26)", "Protokoll
# Sida 2 (5)", "PROTOKOLL 3/12").
_DOCUMENT_PAGE_HEAD = re.compile(r"(?i)(?:sammanträdes|mötes|besluts)?protokoll\s+(?:sida\s+)?\d{1,3}\s*(?:\(\s*\d{1,3}\s*\)|/\s*\d{1,3})")
# The paragraphs' label of a flattened head run in before the place, its value lost: "Paragraf nr Centralförvaltningens
# sammanträdesrum, Doktorsvägen", "Paragrafer Stadshuset, Eksjö", "§§ Kommunhuset".
_LEADING_PARAGRAPH_LABEL = re.compile(r"(?:Paragraf(?:er)?(?:\s+nr\.?)?|§§?)\s+(?=[A-ZÅÄÖ])")
_LEADING_DATE_TIME_LABEL = re.compile(
    r"(?:DATUM OCH TID|TID OCH DATUM|DAG OCH TID|DATUM|TIDPUNKT|TID)(?:\s+FÖR\s+(?:MÖTET|SAMMANTRÄDET))?\s+(?=[A-ZÅÄÖ])"
    r"|(?:Datum och tid|Tid och datum|Dag och tid|Datum|Tidpunkt|Tid)(?:\s+för\s+(?:mötet|sammanträdet))?\s+(?=[A-ZÅÄÖ])")


_CLOSING_QUOTES = "\"”»'"
_OPENING_QUOTES = "\"“”«'"


def venue_without_stray_quote(venue: Found) -> Found:
    """The venue without a closing quote it holds no opening one for: 'HD"' from the quoted title 'Download
    "Protokoll ... kl. 18.00, på HD"'; a quoted name stays ('"Gullvivan"', 'Café "Linnea"')."""
    value = venue.value
    body = value[:-1]
    if value[-1:] not in _CLOSING_QUOTES or any(map(body.__contains__, _OPENING_QUOTES)):
        return venue
    body = body.rstrip(" ,.")
    return Found(body, venue.start, venue.start + len(body)) if body else venue


# What the meeting was held at before its place: an event's lower-case word, then "i" / "på" and the place ("vid
# städkväll i bönhuset", "under arbetsdagen på Hembygdsgården"; "vid Folkets hus" is a place itself).
_LEADING_EVENT_AT = re.compile(r"(?:vid|under)\s+(?-i:[a-zåäö])[\w-]{2,}\s+(?:i|på)\s+(?=\S)", re.IGNORECASE)


def tidied_venue(venue: Found | None) -> Found | None:
    """The venue without what a flattened head ran into it (see the patterns above); None for a value
    that is no place at all."""
    if venue is None:
        return None
    value = venue.value
    if _LABEL_WORD_ONLY.fullmatch(value) or value.casefold() in _RECORD_KINDS:
        return None
    if value.strip().casefold() in _VENUE_LABEL_WORDS:
        return None  # "Plats": the label, its place run on elsewhere
    if value[:1] in "BMPSbmps" and _DOCUMENT_PAGE_HEAD.match(value):
        return None  # "Sammanträdesprotokoll 1 (26) Till protokollet hör 7 bilagor": the page's head, no place
    lead = (_LEADING_LIST_LABEL.match(value) or _LEADING_LOST_CLOCK_COLON.match(value)
            or _LEADING_LOST_CLOCK_WORD.match(value) or _LEADING_DATE_TIME_LABEL.match(value)
            or (_LEADING_PARAGRAPH_LABEL.match(value) if value[:1] in "P§" else None))
    if lead:
        venue = Found(value[lead.end():], venue.start + lead.end(), venue.end)
        value = venue.value
    event = _LEADING_EVENT_AT.match(value) if value[:4].casefold() in ("vid ", "unde") else None
    if event is not None:  # "vid städkväll i bönhuset": the place, not the evening's work held there
        venue = Found(value[event.end():], venue.start + event.end(), venue.end)
        value = venue.value
    for pattern in (_TRAILING_MINUTES_NUMBER, _RUN_ON_COLON_LABEL, _TRAILING_BARE_LABEL,
                    _TRAILING_COMPACT_DATE, _TRAILING_PLACE_NOTICE, _TRAILING_PRESENT_LABEL,
                    _TRAILING_LOST_DATE_WEEKDAY, _TRAILING_SCOPE_LABEL, _TRAILING_LOST_CLOCK,
                    _TRAILING_RECORD_WRITER, _TRAILING_AGENDA_HEADING, _TRAILING_SECTION_SENTENCE):
        m = pattern.search(value)
        if m and m.start() > 0:
            value = value[: m.start()].rstrip(" ,")
            venue = Found(value, venue.start, venue.start + len(value))
    return venue


# An undated title sentence naming the body and the place: "Protokoll fört vid sammanträde med
# förbundsstyrelsen för Ungdomens Nykterhetsförbund på Lovisagården, Västerås." Group 1 the body, 2 the place.
_HELD_WITH_AT_PLACE = re.compile(
    r"(?i)\s*protokoll(?:et)?\s+(?:fört|förd|fördes)\s+vid\s+[^\W\d_]*(?:sammanträde|möte)\s+med\s+"
    r"((?-i:[^\W\d_])[^\W\d_]*(?:[ -][^\W\d_]+){0,7}?)\s+(?:på|i)\s+((?-i:[A-ZÅÄÖ])[^.;:!?\d]{1,60}?)\s*\.?\s*$")
_HELD_WITH_LINES = 4
# The same without the meeting word, the body's capitalised name right after "vid" / "från": "Protokoll vid
# Vätternvårdsförbundets Samförvaltning Fiske på Länsstyrelsen i Jönköping". Group 1 the name, 2 the place.
_MINUTES_OF_NAME_AT_PLACE = re.compile(
    r"(?i)\s*(?:protokoll|minnesanteckningar|anteckningar)(?:\s+(?:fört|förda|förd))?\s+(?:vid|från)\s+"
    r"((?-i:[A-ZÅÄÖ])[^\W\d_]*(?:[ -][^\W\d_]+){0,7}?)\s+på\s+((?-i:[A-ZÅÄÖ])[^.;:!?\d]{1,60}?)\s*\.?\s*$")
# A title sentence of a meeting "med" its body "på" a place that goes on after the place: a date ("Protokoll
# från årsmötet med Gotlands Guideförening på Joda Bar i Visby 17 februari 2024.") or a sentence of its own
# ("Sammanträde med styrelsen på: Pepparvägen 9B, Hökarängen. Tisdagen den 15 Februari 2011 ..."). The
# document word may be left out; the place may hold a street number. Group 1 the body, 2 the place.
_WITH_AT_PLACE_THEN_MORE = re.compile(
    r"(?i)\s*(?:(?:protokoll(?:et)?|minnesanteckningar|anteckningar)\s+(?:(?:fört|förd|förda|fördes)\s+vid|från|vid)\s+)?"
    r"[^\W\d_]*(?:sammanträde|sammanträdet|möte|mötet|stämma|stämman)\s+med\s+"
    r"((?-i:[^\W\d_])[^\W\d_]*(?:[ -][^\W\d_]+){0,7}?)\s+på\s*:?\s+((?-i:[A-ZÅÄÖ])[^.;:!?\n]{1,60}?)"
    rf"(?:\s*\.\s+(?=\S)|,?\s+(?:(?:{_WEEKDAY_RE})(?:en)?\s+)?(?:den\s+)?\d{{1,2}}\s+(?:{_MONTH_RE})\b"
    r"|,?\s+(?:den\s+)?(?:19|20)\d{2}-\d{2}-\d{2}\b)")


def body_before_venue(body: Found, venue: str) -> Found | None:
    """The body's name without the venue a title ran on after it ("Vätternvårdsförbundets Samförvaltning Fiske på
    Länsstyrelsen i Jönköping" with the venue "Länsstyrelsen i Jönköping"), or None when it holds no such tail."""
    value = body.value
    if len(value) <= len(venue) + 4 or not value.endswith(venue):
        return None
    head = value[: len(value) - len(venue)]
    for word in (" på ", " i ", " på: "):  # "Styrelsen på: Pepparvägen 9B, Hökarängen"
        if head.endswith(word):
            name = head[: -len(word)].rstrip(" ,")
            return Found(name, body.start, body.start + len(name))
    return None


def held_with_at_place(parts: list[Part], end: int) -> tuple[Found, Found] | None:
    """The body and the place of an undated title sentence (see `_HELD_WITH_AT_PLACE`) in the head's first lines."""
    for part in _first_text_parts(parts, end, _HELD_WITH_LINES):
        m = _HELD_WITH_AT_PLACE.match(part.text) if part.text.lstrip()[:1] in "Pp" else None
        if m is None and part.text.lstrip()[:1] in "PpMmAa" and " på " in part.text:
            m = _MINUTES_OF_NAME_AT_PLACE.match(part.text)  # "Protokoll vid Vätternvårdsförbundets ... på Länsstyrelsen"
            m = m if m is not None and not _platform(m.group(2)) else None
        if m is None and " med " in part.text and "på" in part.text:
            m = _WITH_AT_PLACE_THEN_MORE.match(part.text)  # "... med X på Joda Bar i Visby 17 februari 2024."
            m = m if m is not None and not _platform(m.group(2)) and not m.group(2).casefold().endswith(
                (*_ORGANISATION_ENDINGS, *_BODY_ENDINGS)) else None
        if m:
            name = m.group(1)
            body = Found(name[:1].upper() + name[1:], part.start + m.start(1), part.start + m.end(1))
            return body, Found(m.group(2).rstrip(), part.start + m.start(2), part.start + m.start(2) + len(m.group(2).rstrip()))
    return None


# --- body: lines that are no title ----------------------------------------------------------------

_ADDRESS_LABEL_WORDS = ("postadress", "besöksadress", "gatuadress", "telefon", "organisationsnr", "organisationsnummer",
                        "org.nr", "bankgiro", "plusgiro", "hemsida", "e-post", "fax", "webbplats")
# A letterhead's number opening its line: an organisation number, a postal code ("212000-0993 ...", "268 80 Svalöv").
_LETTERHEAD_NUMBER = re.compile(r"\s*(?:\d{6}-\d{4}|\d{3}\s\d{2})(?!\d)")
# A link's own text: "Länk till signerat pdf-dokument i ny flik", "Klicka här för ...".
_LINK_TEXT = re.compile(r"(?i)\s*(?:länk till|link to|klicka här|öppna i ny flik|ladda ner)\b")
# Table cells apart by wide spaces: "Bjäkenbacken                Nusnäs".
_CELL_GAP = re.compile(r"\S\s{5,}\S")
_CELL_WORDS = 3


def is_no_title_line(text: str) -> bool:
    """Whether a head line can be no title: a letterhead's address block ("Postadress", "268 80 Svalöv
    Besöksadress"), a link's text, or a row of short table cells (`_CELL_GAP`) with no document word."""
    low = text.casefold()
    if _LETTERHEAD_NUMBER.match(text) or _LINK_TEXT.match(text):
        return True
    if any(map(low.__contains__, _ADDRESS_LABEL_WORDS)):
        if any(f"{label}:" in low for label in _ADDRESS_LABEL_WORDS):
            return True  # "Jämtlands Gymnasieförbund! Östersund Telefon: (växel)": a letterhead's fields run together
        words = low.split()
        if words and (words[0].strip(":") in _ADDRESS_LABEL_WORDS or words[-1].strip(":") in _ADDRESS_LABEL_WORDS):
            return True
    if _CELL_GAP.search(text) and not text.isupper():
        cells = [c for c in re.split(r"\s{5,}", text.strip()) if c]
        return len(cells) > 1 and all(len(c.split()) <= _CELL_WORDS and c[:1].isupper() for c in cells) and not any(
            word in _DOCUMENT_WORDS or word.endswith(_BODY_ENDINGS) for word in low.split())
    return False


_LIST_LEAD_WORDS = 5
# A capitalised kind of meeting as the label of a capitalised name inside a line: "Beslutsmöte: LAG-styrelsen",
# "Sammanträde: Kommunstyrelsen". A line holding one is a flattened head of labels, not a sentence.
_MEETING_KIND_LABEL_IN_LINE = re.compile(r"(?<![\w-])(?=[A-ZÅÄÖ])[^\W\d_]*(?i:möte|sammanträde)\s*:\s+[A-ZÅÄÖ]")


def leads_into_list(text: str) -> bool:
    """Whether a line is a sentence that leads into a list ("Representerade skolor och dagis på mötet var:"),
    not a label ("Närvarande ledamöter:") nor a flattened head whose last label lost its value ("... Mötesprotokoll
    nr 13 Beslutsmöte: LAG-styrelsen Datum:", see `_MEETING_KIND_LABEL_IN_LINE`)."""
    return (text.endswith(":") and len(text.split()) >= _LIST_LEAD_WORDS and text[:1].isupper() and not find_dates(text)
            and not _MEETING_KIND_LABEL_IN_LINE.search(text))


# --- times: the clock on the head's dated line ---------------------------------------------------

# The clock after "kl" written without a separator: "kl 1800" (18:00).
_COMPACT_CLOCK = re.compile(rf"(?i)\b{_KL_RE}{_FOUR_DIGIT_CLOCK_RE}(?![\d.:-])")
_DATED_LINE_REACH = 6  # the head's first lines with text


# A bare clock (no "kl") closing a dated title line right after the meeting's day: "Öppet styrelsesammanträde den
# 4 december 2018 18.00", "Styrelsemöte 2019-03-12, 18:30". Groups 1 and 2 the hour and the minutes.
_BARE_CLOCK_CLOSING_DAY = re.compile(r"[\s,]+(0?[6-9]|1\d|2[0-3])[.:]([0-5]\d)\s*\.?\s*")  # 06-23: no item "1.25"
# The meeting's word before the day on such a line, as a title gives it (a stamp's "Senast uppdaterad: 2019-06-12
# 07:59" or the next meeting's line gives none).
_TITLE_MEETING_WORD = re.compile(r"(?i)(?:möte|mötet|sammanträde|sammanträdet|stämma|stämman|träff|träffen)\b")
# The same clock before the meeting's place that closes the sentence: "Med detta kallas byarnas representanter till
# möte med Rönnäs fjärdings byaråd måndagen den 16 april 19.00 i Romma bystuga." (the place at most four words; a
# clause running on, "18.30 i Bygdegården och sedan middag på krogen efteråt", is no title's place).
_BARE_CLOCK_BEFORE_PLACE = re.compile(r"[\s,]+(0?[6-9]|1\d|2[0-3])[.:]([0-5]\d)\s+(?:i|på)\s+(?-i:[A-ZÅÄÖ])[\w-]*"
                                      r"(?:\s+[\w-]+){0,3}\s*\.?\s*")
_PLACED_SENTENCE_WORDS = 24  # such a sentence's words at most
# The meeting's day and month with no year after them (a clock follows): "den 16 april".
_DAY_MONTH_NO_YEAR = re.compile(rf"(?i)\b(\d{{1,2}})(?::?e|:a)?\.?\s+({_MONTH_RE})\b(?![.,]?\s*(?:19|20)\d\d)")
_NEXT_OR_STAMP = re.compile(r"(?i)\bnästa\b|\bkommande\b|uppdaterad|publicerad|utskriven|ändrad|skapad")


def bare_clock_closing_dated_title(parts: list[Part], end: int, meeting_date: str | None) -> Found | None:
    """The meeting's start from a bare clock that closes a title line of the head right after the meeting's day
    (see `_BARE_CLOCK_CLOSING_DAY`); None unless the meeting's word stands before the day on that line and no
    next meeting's or stamp's word does ("Nästa möte 2021-12-01 12:15", "Senast uppdaterad: 2019-06-12 07:59")."""
    if meeting_date is None:
        return None
    for part in _first_text_parts(parts, end, _DATED_LINE_REACH):
        text = part.text
        if len(text.split()) > _PLACED_SENTENCE_WORDS or not _has_digit(text):
            continue
        days = [(f.start, f.end) for f in find_dates(text) if f.value == meeting_date]
        days += [(d.start(), d.end()) for d in _DAY_MONTH_NO_YEAR.finditer(text)  # "måndagen den 16 april 19.00"
                 if _month_number(d.group(2)) == int(meeting_date[5:7]) and int(d.group(1)) == int(meeting_date[8:10])]
        for f_start, f_end in days:
            m = _BARE_CLOCK_CLOSING_DAY.fullmatch(text, f_end) if len(text.split()) <= 12 else None
            m = m or _BARE_CLOCK_BEFORE_PLACE.fullmatch(text, f_end)
            if m is None or not _TITLE_MEETING_WORD.search(text, 0, f_start) or _NEXT_OR_STAMP.search(text, 0, f_start):
                continue
            value = f"{int(m.group(1)):02d}:{m.group(2)}"
            return Found(value, part.start + m.start(1), part.start + m.end(2))
    return None


def clock_on_dated_head_line(parts: list[Part], end: int, meeting_date: str | None) -> Found | None:
    """The meeting's start from the clock on one of the head's first lines that also gives the meeting's
    date: "Plats, Lainio kapell 230501 kl 14.00", "Föreningsmöte, torsd. den 31 augusti 2006 kl 1800, hos ...".
    Another day's line ("Zoom 2020-03-16 kl 12-14"), a long line or a checking line gives none."""
    if meeting_date is None:
        return None
    for part in _first_text_parts(parts, end, _DATED_LINE_REACH):
        text = part.text
        if "kl" not in text.casefold() or not any(f.value == meeting_date for f in find_dates(text, compact=True)):
            continue
        low = text.casefold()
        if any(cue in low for cue in w.NOT_MEETING_DATE_CUES) or len(text.split()) > 16:
            continue
        m = _COMPACT_CLOCK.search(text)
        if m:
            return _four_digit_clock(m, part.start)
        found = find_clock(text)
        if found is not None and found.value:
            return _shift(found, part.start)
    return None


# --- date: a term's edge is no meeting day ---------------------------------------------------------

# Words right before a date that make it the edge of a term or a deadline in running text: "längst till 1
# augusti 2019", "senast den 3 maj", "fram till 2019-06-30", "tills vidare, dock längst till ...".
_TERM_EDGE_BEFORE = re.compile(r"(?i)(?:\blängst\s+till|\bfram\s+till|\btills|\bsenast|\btill\s+och\s+med|\bt\.?\s?o\.?\s?m\.?)"
                               r"\s+(?:den\s+)?$")
_TERM_EDGE_REACH = 24


def is_term_edge(parts: list[Part], found: Found) -> bool:
    """Whether the date found stands in a prose line right after a term's or deadline's words (see
    `_TERM_EDGE_BEFORE`): no meeting's day."""
    for part in parts:
        if part.start <= found.start < part.start + len(part.text) + 1:
            at = found.start - part.start
            head = part.text[max(0, at - _TERM_EDGE_REACH): at]
            return _is_prose(part.text) and bool(_TERM_EDGE_BEFORE.search(head))
    return False


# --- date: another occasion's day is no meeting day -----------------------------------------------

# `w.OTHER_DAY_CUES` closing the words right before a date, perhaps with a colon, "är" or "den" after them.
_OTHER_DAY_BEFORE = re.compile(r"(?i)\b(?:" + "|".join(map(re.escape, w.OTHER_DAY_CUES)) + r")\s*:?\s+(?:är\s+)?(?:den\s+)?$")
_OTHER_DAY_REACH = 40


def is_other_days_date(parts: list[Part], found: Found) -> bool:
    """Whether the date found stands right after words naming another occasion (see `w.OTHER_DAY_CUES`):
    the last meeting, an extra or the next one, the last day of appeal. No meeting's day."""
    for part in parts:
        if part.start <= found.start < part.start + len(part.text) + 1:
            at = found.start - part.start
            return bool(_OTHER_DAY_BEFORE.search(part.text[max(0, at - _OTHER_DAY_REACH): at]))
    return False


_OTHER_DAY_CLOCK_REACH = 60  # how far before the clock the other occasion's date may stand


def is_other_days_clock(parts: list[Part], clock: Found) -> bool:
    """Whether the clock found follows, in the same line, a date that is another occasion's (see
    `is_other_days_date`): "håller ett extra sammanträde den 7 juni 2023, kl 13-15" gives no meeting's hours."""
    for part in parts:
        if part.start <= clock.start < part.start + len(part.text) + 1:
            lo = max(0, clock.start - part.start - _OTHER_DAY_CLOCK_REACH)
            head = part.text[lo: clock.start - part.start]
            return any(is_other_days_date(parts, Found(f.value, part.start + lo + f.start, part.start + lo + f.end))
                       for f in find_dates(head))
    return False


def posting_organ(parts: list[Part], folded: _Folded) -> Found | None:
    """The organ a posting block names ("Organ Miljö- och byggnadsnämnden"), when it ends as a body's name does:
    the body for a title that is sentences of a front page run together ("Stora sessionssalen, Kommunhuset. se
    nästa sida. Bengt Rask Miljö- och byggförvaltningen")."""
    organ = _organ(parts, folded)
    return organ if organ is not None and organ.value.casefold().endswith(_BODY_ENDINGS) else None


# A dated title sentence that opens with the meeting's kind and a comma: "Föreningsmöte, torsd. den 31 augusti
# 2006 kl 1800, hos Minc i Malmö."
_MEETING_WORD_TITLE = re.compile(r"[A-ZÅÄÖ][a-zåäö-]*(?:möte|sammanträde|stämma)\s*,\s")


def is_meeting_word_title(text: str) -> bool:
    """Whether a line opens as a dated title sentence does (see `_MEETING_WORD_TITLE`)."""
    return bool(_MEETING_WORD_TITLE.match(text))


# A weekday written short at the end of a title, the date cut off after it: "Föreningsmöte, torsd".
_TRAILING_WEEKDAY_ABBREVIATION = re.compile(r"(?i),?\s+(?:mån|tis|ons|tors|torsd|fre|lör|sön)\.?\s*$")


# A start clock written as four digits with no separator after "kl": "Tid: onsdagen den 27 febr. kl. 1900".
# Not a range (`four_digit_kl_range`), not followed by more digits or a separator; minutes in fives.
_KL_FOUR_DIGIT_CLOCK = re.compile(rf"(?i)\b{_KL_RE}(?=\d\d[0-5][05]){_FOUR_DIGIT_CLOCK_RE}(?![\d.:,/-]|\s*[-–—]\s*\d)")
_KL_FOUR_DIGIT_LINES = 12  # the head's first lines


def four_digit_kl_clock(parts: list[Part], end: int, meeting_date: str | None) -> Found | None:
    """The start a four-digit clock after "kl" gives (`_KL_FOUR_DIGIT_CLOCK`) on one of the head's first lines
    that names the meeting's day with its weekday and no year ("onsdagen den 27 febr. kl. 1900"); the lines
    with a full date are `clock_on_dated_head_line`'s."""
    if meeting_date is None or len(meeting_date) != 10:
        return None
    for part in parts[: min(end, _KL_FOUR_DIGIT_LINES)]:
        if "kl" not in part.text.casefold():
            continue
        m = _KL_FOUR_DIGIT_CLOCK.search(part.text)
        if m is not None and _yearless_meeting_day(part.text[: m.start()], meeting_date):
            return _four_digit_clock(m, part.start)
    return None


# A title that opens with a document word and gives the day without a year, nothing after it but a place or a
# colon: "Mötesprotokoll 6 maj", "Protokoll den 6 maj i hos ...". Group 1 the day, 2 the month.
_YEARLESS_TITLE_DAY = re.compile(rf"(?i)[^\W\d_]+:?\s+(?:den\s+)?(\d{{1,2}})(?::?e|:a)?\.?\s+({_MONTH_RE})\b(?![.,]?\s*\d)")
_YEARLESS_TITLE_LINES = 3  # the head's first lines with text
_TEXT_YEAR = re.compile(r"(?<![\d/.-])(?:19[5-9]\d|20[0-4]\d)(?![\d/.-]\d)")


def yearless_title_day(parts: list[Part], text: str) -> Found | None:
    """The day a title without a year gives (`_YEARLESS_TITLE_DAY`), in the year the text names most often
    (the earliest of a tie: "under 2016 då vi inte vet vad som händer 2017"); for minutes where no full date
    was found. None when the text names no year."""
    first = _first_text_parts(parts, 12, _YEARLESS_TITLE_LINES)
    for part in first:
        if not _opens_with_document_word(part.text):
            continue
        m = _YEARLESS_TITLE_DAY.match(part.text.strip())
        number = _month_number(m.group(2)) if m else None
        if m is None or number is None:
            continue
        years: dict[int, int] = {}
        for y in _TEXT_YEAR.findall(text):
            years[int(y)] = years.get(int(y), 0) + 1
        if not years:
            return None
        year = min(years, key=lambda y: (-years[y], y))
        iso = _iso(year, number, int(m.group(1)))
        lead = len(part.text) - len(part.text.lstrip())
        return Found(iso, part.start + lead + m.start(1), part.start + lead + m.end(2)) if iso else None
    return None


# A page's date stamp at the foot of a stored web page, right before the date it gives: "Senast uppdaterad den
# 19 juni 2017", "Sidan uppdaterades: 2021-12-02", "Publicerad 12 mars 2019", "Senast ändrad 2020-05-03".
_PAGE_STAMP_BEFORE = re.compile(r"(?i)(?:sidan\s+)?(?:senast\s+)?(?:uppdaterades|uppdaterad|uppdaterat|ändrades|ändrad|"
                                r"publicerades|publicerad|publicerat|granskad)(?:\s+senast)?\s*:?\s*(?:den\s+)?\Z")
# A title that names its meeting or document and a day without a year: "Dialogmöte 27 mars", "Styrelsemöte den
# 7 mars", "Protokoll 12 maj", "Årsmöte 3:e april".
_MEETING_DAY_TITLE = re.compile(r"(?i)[^\W\d_]*(?:möte|mötet|sammanträde|stämma|träff|protokoll|anteckningar)\b")


def title_day_in_page_stamp_year(parts: list[Part], text: str, when: Found) -> Found | None:
    """The yearless day of the title, in the year of the page stamp read as the meeting date.

    A stored web page's only full date may be its stamp ("Senast uppdaterad den 19 juni 2017") while its title
    gives the meeting's day without a year ("Dialogmöte 27 mars"): the meeting is the title's day, on or before the
    stamp, so in the stamp's year, or the year before when the day falls after the stamp's. None when `when`
    is no page stamp or the title gives no day (the stamp then stays the only date there is).
    """
    line_start = text.rfind("\n", 0, when.start) + 1
    if not _PAGE_STAMP_BEFORE.search(text[max(line_start, when.start - 40):when.start]):
        return None
    try:
        stamp = date.fromisoformat(when.value)
    except ValueError:
        return None
    for part in _first_text_parts(parts, 12, _YEARLESS_TITLE_LINES):
        line = part.text.strip()
        m = _YEARLESS_TITLE_DAY.match(line)
        if m is None or not _MEETING_DAY_TITLE.match(line):
            continue
        number = _month_number(m.group(2))
        if number is None:
            continue
        day = int(m.group(1))
        year = stamp.year if (number, day) <= (stamp.month, stamp.day) else stamp.year - 1
        iso = _iso(year, number, day)
        lead = len(part.text) - len(part.text.lstrip())
        return Found(iso, part.start + lead + m.start(1), part.start + lead + m.end(2)) if iso else None
    return None


# A "Protokoll fört vid" line that names the proceedings in lower case and then only where they were held:
# "Protokoll fört vid förhandlingar i Onsala församlingshem". Group 1 the place, to the line's end: capitalised,
# at most four words, no digit.
_KEPT_AT_PROCEEDINGS_PLACE = re.compile(r"(?i)\s*protokoll(?:et)?\s+(?:fört|förd|fördes)\s+vid\s+(?-i:[a-zåäö]+)"
                                        r"(?:\s+(?-i:[a-zåäö]+))?\s+(?:i|på)\s+((?-i:[A-ZÅÄÖ])[^\W\d_]*(?:[\s-]+[^\W\d_]+){0,3})"
                                        r"\s*\.?\s*")
_KEPT_AT_PLACE_LINES = 6  # the head's first lines with text


def venue_of_kept_at_proceedings(parts: list[Part], end: int) -> Found | None:
    """The place a head line "Protokoll fört vid <proceedings> i <place>" ends with (`_KEPT_AT_PROCEEDINGS_PLACE`);
    None for an organisation or a body there ("... vid möte i Hörneå Bygdegårdsförening")."""
    first = _first_text_parts(parts, max(end, 12), _KEPT_AT_PLACE_LINES)
    for part in first:
        if "vid " not in part.text:
            continue
        m = _KEPT_AT_PROCEEDINGS_PLACE.fullmatch(part.text)
        if m is None or m.group(1).casefold().endswith((*_ORGANISATION_ENDINGS, *_BODY_ENDINGS)):
            continue
        return Found(m.group(1), part.start + m.start(1), part.start + m.end(1))
    return None


# A name line under a title that is only a compound minutes word: "Årsmötesprotokoll 2019" / "Eslövs
# Centerkrets". Capitalised first word, at most five words, no digit.
_NAME_UNDER_MINUTES_WORD = re.compile(r"(?-i:[A-ZÅÄÖ])[\w&'-]*(?:\s+[\w&'-]+){0,4}")
_MINUTES_WORD_TAILS = ("protokoll", "protokollet", "anteckningar", "minnesanteckningar")


def organisation_under_minutes_word_title(parts: list[Part], end: int, body: Found) -> Found | None:
    """The name on the next line with text under a body that is one compound minutes word ("Årsmötesprotokoll",
    "Styrelseprotokoll"): the organisation whose minutes they are; None for a label, a date, a person or another
    document or meeting word there."""
    name = body.value.strip()
    if " " in name or not name.casefold().endswith(_MINUTES_WORD_TAILS) or name.casefold() in _DOCUMENT_WORDS:
        return None
    k = next((i for i, p in enumerate(parts[:end]) if p.start <= body.start < p.end), None)
    if k is None:
        return None
    below = next((p for p in parts[k + 1: min(end, k + 4)] if p.text.strip()), None)
    if below is None:
        return None
    text = below.text.strip()
    words = text.split()
    if (not _NAME_UNDER_MINUTES_WORD.fullmatch(text) or _has_digit(text) or label_of(text, colon_required=False)
            or words[0].casefold() in _GIVEN_NAME_SET or words[0].casefold() in _DOCUMENT_WORDS
            or words[0].casefold() in _BARE_MEETING_WORDS or text.casefold().endswith(_MINUTES_WORD_TAILS)):
        return None
    at = below.start + len(below.text) - len(below.text.lstrip())
    return Found(text, at, at + len(text))


_OVER_DATE_LINES = 2  # the most short lines above the minutes' date that name the body
_OVER_DATE_WORDS = 3  # and the most words on each


def body_over_minutes_date(parts: list[Part], found: Found) -> Found | None:
    """The body a blog post's minutes name over their own date (`meeting_day_under_top_date`): the short lines
    right above the date's line, no blank line between, and the words before the date on its line unless a meeting
    word: "AFF" / "Projektgrupp" / "Sammanträde 2009 01 27" gives "AFF Projektgrupp", "Aff" / "Projektgrupp
    2009 03 04" gives "Aff Projektgrupp"."""
    k = next((i for i, p in enumerate(parts) if p.start <= found.start < p.end), None)
    if k is None:
        return None
    names: list[Part] = []
    lead = parts[k].text[: found.start - parts[k].start].strip()
    for p in reversed(parts[max(0, k - _OVER_DATE_LINES): k]):
        text = p.text.strip()
        if not text or len(text.split()) > _OVER_DATE_WORDS or _has_digit(text) or text[-1:] in ".:!?,;":
            break
        names.insert(0, p)
    if not names:
        return None
    words = [p.text.strip() for p in names]
    stop = names[-1].start + len(names[-1].text.rstrip())
    if lead and lead.casefold() not in (*_BARE_MEETING_WORDS, "sammanträdet", "protokoll", "anteckningar") \
            and not _has_digit(lead) and len(lead.split()) <= _OVER_DATE_WORDS:
        words.append(lead)
        stop = parts[k].start + len(parts[k].text[: found.start - parts[k].start].rstrip())
    at = names[0].start + len(names[0].text) - len(names[0].text.lstrip())
    return Found(" ".join(words), at, stop)


# A letterhead naming the writer's role in capitals, taken for the body: "INTRODUKTIONSSTRATEG / SÖDERTÖRN".
_LETTERHEAD_ROLE_ENDINGS = ("strateg", "samordnare", "handläggare", "sekreterare", "konsulent", "utvecklare", "controller")
# A head line "<compound meeting word> <Name>": "Styrgruppsmöte Introduktion Södertörn". Group 1 the word's first
# part ("Styrgrupp"), 2 the name: capitalised words, at most four.
_MEETING_WORD_THEN_NAME = re.compile(r"\s*((?-i:[A-ZÅÄÖ])[a-zåäö]{3,}?)s?(?:möte|mötet|sammanträde)\s+"
                                     r"((?-i:[A-ZÅÄÖ])[\w-]+(?:\s+(?-i:[A-ZÅÄÖ])[\w-]+){0,3})\s*")
_ROLE_TITLE_LINES = 16  # the head's lines where the meeting's own title is looked for


def body_instead_of_role_letterhead(parts: list[Part], end: int, body: Found) -> Found | None:
    """For a body that is a role (`_LETTERHEAD_ROLE_ENDINGS`, a letterhead's "INTRODUKTIONSSTRATEG"), the name a head line
    "<kind>möte <Name>" gives (`_MEETING_WORD_THEN_NAME`), with the kind as a body noun: "Styrgruppsmöte
    Introduktion Södertörn" gives "Introduktion Södertörn, styrgruppen"."""
    if not body.value.strip().casefold().endswith(_LETTERHEAD_ROLE_ENDINGS):
        return None
    for part in parts[: min(end, _ROLE_TITLE_LINES)]:
        if "öte" not in part.text and "sammanträde" not in part.text:
            continue
        m = _MEETING_WORD_THEN_NAME.fullmatch(part.text)
        if m is None:
            continue
        kind = m.group(1).casefold()
        noun = kind + ("en" if kind.endswith("grupp") else "")
        value = f"{m.group(2)}, {noun}" if noun != kind else m.group(2)
        return Found(value, part.start + m.start(1), part.start + m.end(2))
    return None


# A date at the top of the head that a page or post is dated with, taken for the meeting date, and below it
# the minutes' own earlier date, read two ways (`meeting_day_under_top_date`):
# - a blog post's stamp alone on the first line, with its weekday: "söndag 1 februari 2009" over "Sammanträde
#   2009 01 27"; the post is published some days after the meeting it records;
# - a web page's bare date line on one of the first lines ("17 januari, 2023", "| 5 maj 2024"), and below it the
#   sentence that says when the meeting was held ("Protokoll förd vid årsmötet i X måndagen den 14 november
#   2022", "Årsmötet genomfördes 27 februari 2024 på ABF").
_POST_STAMP = re.compile(rf"(?i)\s*(?:{_WEEKDAY_RE})\s+\d{{1,2}}\s+(?:{_MONTH_RE})\s+\d{{4}}\s*")
_POST_STAMP_LINES = 10  # the head's lines after the stamp where the minutes' own date is looked for
_POST_STAMP_DAYS = 60  # how long before the post the meeting may have been held
_PAGE_DATE_LINE = re.compile(rf"(?i)\s*[|•]?\s*(?:(?:{_WEEKDAY_RE})\s*,?\s+)?\d{{1,2}}\s+(?:{_MONTH_RE})\s*,?\s+\d{{4}}\s*")
_HELD_SENTENCE = re.compile(
    r"(?i)\bprotokoll\s+f[öo]r[dt]\s+vid\b|\b\w*(?:möte|mötet|sammanträde|sammanträdet|stämma|stämman)\s+"
    r"(?:genomfördes|hölls|höll[s]?|ägde\s+rum)\b")
_PAGE_DATE_TOP = 3  # the head's first lines with text, where the page's date stands
_HELD_SENTENCE_LINES = 3  # the lines with text under the page's date where the sentence is looked for
_PAGE_DATE_DAYS = 366  # how long before the page the meeting may have been held


def meeting_day_under_top_date(parts: list[Part], end: int, when: Found | None) -> Found | None:
    """The minutes' own date below a date at the top (`_PAGE_DATE_LINE`) that was taken as the meeting date.

    Under a post's stamp on the first line (`_POST_STAMP`): the first full date, compact ones too, on the head's
    next lines (up to line `_POST_STAMP_LINES`) before the stamp by at most `_POST_STAMP_DAYS` ("Projektgrupp
    2009 03 04" under "fredag 6 mars 2009"). Otherwise, or when none is found: the first date in a sentence of a
    held meeting (`_HELD_SENTENCE`) on the next `_HELD_SENTENCE_LINES` lines with text, before the page's date
    by at most `_PAGE_DATE_DAYS`."""
    if when is None:
        return None
    lines = _first_text_parts(parts, end, _PAGE_DATE_TOP + _HELD_SENTENCE_LINES)
    i = next((k for k, line in enumerate(lines[:_PAGE_DATE_TOP]) if line.start <= when.start < line.end), None)
    if i is None or not _PAGE_DATE_LINE.fullmatch(lines[i].text):
        return None
    top = date.fromisoformat(when.value)
    if i == 0 and _POST_STAMP.fullmatch(lines[0].text):
        below = [p for p in parts[: min(end, _POST_STAMP_LINES + 1)] if p.start >= lines[0].end and p.text.strip()]
        found = _date_before(below, top, _POST_STAMP_DAYS, held=False)
        if found is not None:
            return found
    return _date_before(lines[i + 1: i + 1 + _HELD_SENTENCE_LINES], top, _PAGE_DATE_DAYS, held=True)


def _date_before(lines: list[Part], top: date, days: int, *, held: bool) -> Found | None:
    """The first full date on `lines` before `top` by at most `days`: with `held`, only on a line that says the
    meeting was held (`_HELD_SENTENCE`), else compact ones too ("2009 01 27")."""
    for part in lines:
        if held and not _HELD_SENTENCE.search(part.text):
            continue
        for f in find_dates(part.text, compact=not held):
            if 0 < (top - date.fromisoformat(f.value)).days <= days:
                return _shift(f, part.start)
    return None


# The minutes of a start clock written after a comma: "kl. 18,30 i Församlingshemmet" ("18" read alone,
# since elsewhere "2,5" is a number). Only right after a whole hour read after "kl"/"klockan".
_COMMA_MINUTES = re.compile(r",([0-5]\d)(?![\d.:]|,\d)")
_KL_BEFORE_HOUR = re.compile(r"(?i)\b(?:kl\.?|klockan)\s*$")


# The hours written "mellan <start> och <end>": "Tisdagen den 15 februari 2011 mellan klockan 18:00 och 22:00",
# "mellan kl. 18 och 21". "mellan" and perhaps "kl"/"klockan" right before the start; after it "och", perhaps
# "kl"/"klockan" again, and the end's clock (group 1), no digit or clock stop after it.
_BETWEEN_BEFORE_START = re.compile(r"(?i)(?<![^\W\d_])mellan\s+(?:(?:kl\.?|klockan)\s*)?$")
_AND_END_AFTER_START = re.compile(r"(?i)\s+och\s+(?:(?:kl\.?|klockan)\s*)?(\d{1,2}(?:[.:]\d{2})?)(?![\d.:,]\d)")


def end_after_between_start(clean: str, start: Found) -> Found | None:
    """The meeting's end when the start was read after "mellan" and "och" gives the end right after it (see
    `_AND_END_AFTER_START`); None when the end is not later than the start, whole hours come without "kl", or
    no "mellan" opens the pair ("kl 18.00 och 19.30 fika": no range)."""
    between = _BETWEEN_BEFORE_START.search(clean, max(0, start.start - 20), start.start)
    if between is None:
        return None
    m = _AND_END_AFTER_START.match(clean, start.end)
    if m is not None and not any(c in m.group(1) for c in ".:") and "kl" not in between.group(0).casefold():
        return None  # whole hours only after "kl": "mellan 9 och 12 personer" gives no hours
    value = hhmm(m.group(1)) if m else None
    if m is None or value is None or value <= start.value:
        return None
    return Found(value, m.start(1), m.end(1))


def kl_hour_with_comma_minutes(clean: str, start: Found) -> Found | None:
    """`start` with the minutes written after a comma behind its hour ("kl. 18,30"): the hour was read
    after "kl" and stands alone, a comma and two digits of minutes right after it."""
    if not start.value.endswith(":00") or clean[start.end: start.end + 1] != ",":
        return None
    m = _COMMA_MINUTES.match(clean, start.end)
    if m is None or not _KL_BEFORE_HOUR.search(clean, max(0, start.start - 12), start.start):
        return None
    value = hhmm(f"{clean[start.start: start.end]}.{m.group(1)}")
    return Found(value, start.start, m.end()) if value else None


# The place after the start clock that ends a head sentence: "... den 14 november 2022 kl. 18,30 i
# Församlingshemmet S:t Persgården Kyrkallén 6." Group 1 the place: after "i"/"på", capitalised, at most
# `_PLACE_AFTER_START_WORDS` words, no comma, dot or semicolon, up to the end of its line.
_PLACE_AFTER_START = re.compile(r"[ \t]+(?:i|på)[ \t]+((?-i:[A-ZÅÄÖ])[^\n.;,]{2,80}?)[ \t]*\.?[ \t]*(?:\n|$)")
_PLACE_AFTER_START_WORDS = 6
# The same on a flattened head whose attendance list runs on after the place: "Onsdagen den 18 juni kl (09.00) i Skövde
# Närvarande: Regionala ägarrådet ...", "kl. 18.00 på Folkets hus Deltagare: ...". The clock's bracket may close first.
_PLACE_AFTER_START_BEFORE_LIST = re.compile(
    r"\)?[ \t]+(?:i|på)[ \t]+((?-i:[A-ZÅÄÖ])[^\n.;:,]{2,80}?(?:,[ \t]*(?-i:[A-ZÅÄÖ])[^\n.;:,]{1,40}?)?)[ \t]*,?[ \t]+"
    r"(?=(?:Närvarande|Deltagare|Närvarolista|Ledamöter|Beslutande|Närvarande ledamöter)[ \t]*:)")


# The same with one lower-case noun of a room or house (`w.VENUE_NOUN_ENDINGS`) that ends the sentence, which
# may run on: "höstmöte 12.11.2019 kl. 14.00 i församlingshemmet. Närvarande var 38 medlemmar".
_ROOM_AFTER_START = re.compile(r"[ \t]+(?:i|på)[ \t]+([a-zåäö][\w-]*(?:" + "|".join(w.VENUE_NOUN_ENDINGS)
                               + r"))[ \t]*(?:[.;]|\n|$)")


def venue_ending_clock_sentence(clean: str, start: Found) -> Found | None:
    """The place after "i"/"på" right after the start clock, ending the line (`_PLACE_AFTER_START`) or a
    room's noun ending the sentence (`_ROOM_AFTER_START`)."""
    m = _PLACE_AFTER_START.match(clean, start.end)
    if m is None and clean[start.end: start.end + 8].lstrip(" \t")[:2] in ("i ", "i\t", "på"):
        m = _ROOM_AFTER_START.match(clean, start.end)
    if m is None and clean[start.end: start.end + 10].lstrip(" \t)")[:2] in ("i ", "på"):
        m = _PLACE_AFTER_START_BEFORE_LIST.match(clean, start.end)  # "kl (09.00) i Skövde Närvarande: ..."
    if m is None or len(m.group(1).split()) > _PLACE_AFTER_START_WORDS:
        return None
    return Found(m.group(1), m.start(1), m.end(1))


# A page range read as hours: "Sammanträdesdatum Sida 1-24", "Sidor 1-12", "sid. 3-9".
_PAGE_WORD_BEFORE = re.compile(r"(?i)\b(?:sida|sidor|sidan|sid\.?|s\.)\s*$")
_PAGE_WORD_REACH = 8


def is_page_range(clean: str, start: Found) -> bool:
    """Whether the start of a range found as the meeting's hours stands right after a word for pages."""
    return _PAGE_WORD_BEFORE.search(clean, max(0, start.start - _PAGE_WORD_REACH), start.start) is not None


# The form of the meeting in brackets on the head's meeting line: "Minnesanteckningar fört vid X:s
# styrelsemöte 1-2021 23/2 2021 (digitalt).", "Styrelsemöte 2021-03-04 (via Zoom)". Group 1 the bracket's text.
_BRACKETED_FORM = re.compile(r"\(\s*([^()\n]{2,24}?)\s*\)")
_MEETING_LINE_WORD = re.compile(r"(?i)möte|sammanträde|protokoll|minnesanteckningar|stämma")
_BRACKETED_FORM_LINES = 6  # the head's first lines with text
_BRACKETED_FORM_WORDS = 3


def online_in_meeting_line_brackets(parts: list[Part], end: int) -> Found | None:
    """The platform ("digital" when none is named) of a short bracket on one of the head's first lines
    that names the meeting (`_MEETING_LINE_WORD`) and has a date: the meeting held online."""
    lines = _first_text_parts(parts, end, _BRACKETED_FORM_LINES)
    for part in lines:
        if "(" not in part.text or not _MEETING_LINE_WORD.search(part.text) or not _has_digit(part.text):
            continue
        for m in _BRACKETED_FORM.finditer(part.text):
            inner = m.group(1)
            if len(inner.split()) > _BRACKETED_FORM_WORDS or _has_digit(inner):
                continue
            platform = _platform(inner)
            if platform is not None:
                return Found(platform, part.start + m.start(1), part.start + m.end(1))
    return None


# Minutes of a general meeting named by one compound ("Årsmötesprotokoll"): the kind of meeting they record.
_GENERAL_MEETING_MINUTES = re.compile(r"(?i)(årsmötes|årsstämmo|föreningsstämmo|föreningsmötes)protokoll(?:et)?")
_GENERAL_MEETING_OF_MINUTES = {"årsmötes": "årsmöte", "årsstämmo": "årsstämma", "föreningsstämmo": "föreningsstämma",
                    "föreningsmötes": "föreningsmöte"}
# The organisation after the general meeting, then the weekday of the meeting: "Protokoll förd vid årsmötet
# i Leksands Biodlarförening måndagen den 14 november 2022". Group 1 the organisation.
_GENERAL_MEETING_IN_BEFORE_WEEKDAY = re.compile(
    r"(?i:årsmöte|årsstämma|föreningsstämma|årsmötet|årsstämman)\s+(?:(?i:i|för|med|inom)\s+)?"
    rf"([A-ZÅÄÖ][\w-]*(?:\s+[\w-]+){{0,5}}?)\s+(?i:{_WEEKDAY_RE})(?:en)?\b")


def organisation_for_general_meeting_minutes(parts: list[Part], end: int, body: Found) -> Found | None:
    """`organisation_for_general_meeting` for a body that names the general meeting's minutes
    ("Årsmötesprotokoll"), and for an organisation named before the meeting's weekday
    (`_GENERAL_MEETING_IN_BEFORE_WEEKDAY`): "<organisation>, <kind>"."""
    minutes = _GENERAL_MEETING_MINUTES.fullmatch(body.value.strip())
    if minutes is not None:
        body = Found(_GENERAL_MEETING_OF_MINUTES[minutes.group(1).casefold()], body.start, body.end)
        found = organisation_for_general_meeting(parts, end, body)
        if found is not None:
            return found
    bare = _BARE_GENERAL_MEETING.fullmatch(body.value.strip())
    if bare is None:
        return None
    kind = bare.group(1).casefold()
    for part in _first_text_parts(parts, end, _GENERAL_MEETING_HEAD_LINES):
        for m in _GENERAL_MEETING_IN_BEFORE_WEEKDAY.finditer(part.text):
            name = m.group(1)
            words = name.split()
            if words[-1].casefold().endswith(_ORGANISATION_ENDINGS) and (
                    len(words) > 1 or words[-1].casefold() not in _ORGANISATION_ENDINGS):
                s = part.start + m.start(1)
                return Found(f"{name}, {kind}", s, s + len(name))
    return None


# A title of cells parted by commas, one the board's meeting and one the organisation: "Protokoll, styrelsemöte,
# Fröskog Ek. Fiberförening, #24", "Styrelsemöte 1, Verksamhetsåret 2017-18, Alingsås Biodlareförening".
_BOARD_MEETING_CELL = re.compile(r"(?i)(?:protokoll\s*:?\s+)?(?:styrelsemöte|styrelsesammanträde)(?:\s+(?:nr\.?\s*)?\d{1,3})?")
_ORGANISATION_CELL = re.compile(r"(?-i:[A-ZÅÄÖ])[\w.-]*(?:\s+[\w.-]+){0,4}")
_TITLE_CELLS_MAX = 5


def association_board_in_title_cells(parts: list[Part], body: Found) -> Found | None:
    """"<organisation>, styrelsen" from the comma-parted title line the body was read from: one cell the
    board's meeting (`_BOARD_MEETING_CELL`), one an organisation (capitalised, its last word ending as
    organisations' names do)."""
    line = next((p for p in parts if p.start <= body.start < p.start + len(p.text)), None)
    if line is None or line.text.count(",") < 1:
        return None
    cells = [c.strip() for c in line.text.split(",")]
    if len(cells) > _TITLE_CELLS_MAX or not any(_BOARD_MEETING_CELL.fullmatch(c) for c in cells):
        return None
    for cell in cells:
        words = cell.split()
        if (len(words) > 1 and _ORGANISATION_CELL.fullmatch(cell)
                and words[-1].casefold().endswith(_ORGANISATION_ENDINGS)):
            s = line.start + line.text.index(cell)
            return Found(f"{cell}, styrelsen", s, s + len(cell))
    return None


# The place after the day in a sentence saying the meeting was held: "Årsmötet genomfördes 27 februari 2024 på
# ABF i Hedemora vi var 29 ...". Group 1 the place: capitalised words after "på", then "i" and a capitalised town.
_PLACE_AFTER_HELD_DAY = re.compile(
    r"[ \t]*,?[ \t]+på[ \t]+((?-i:[A-ZÅÄÖ])[\w:-]*(?:[ \t]+(?-i:[A-ZÅÄÖ])[\w:-]*){0,3}"
    r"(?:[ \t]+i[ \t]+(?-i:[A-ZÅÄÖ])[\w-]+)?)(?![\w-])")
_HELD_LINE_REACH = 160  # how far before the day the sentence's opening is looked for


def venue_after_held_day(clean: str, when: Found) -> Found | None:
    """The place after "på" right after the meeting's day (`_PLACE_AFTER_HELD_DAY`), in a sentence that
    says the meeting was held (`_HELD_SENTENCE`) on the same line."""
    line_start = clean.rfind("\n", max(0, when.start - _HELD_LINE_REACH), when.start) + 1
    if not _HELD_SENTENCE.search(clean, line_start, when.start):
        return None
    m = _PLACE_AFTER_HELD_DAY.match(clean, when.end)
    return Found(m.group(1), m.start(1), m.end(1)) if m else None


# The opening sentence of a report that names the meeting, its day and its place: "Det fjärde dialogmötet om
# ”Mitt Berga” ägde rum den 27 mars i Bäckskolans matsal.", "Styrelsen höll sitt möte måndagen den 3 maj på
# Café Linnea.", "... samlats för styrelsemötet den 22 oktober i Vänsterns hus." Group 1 the day, 2 the month's
# name, 3 the place: capitalised, at most four words, up to a stop, a comma or a word that goes on the clause.
_HELD_DAY_AT_PLACE = re.compile(
    r"(?i)(?:\b\w*(?:möte|mötet|sammanträde|sammanträdet|stämma|stämman|träff|träffen)\b[^.!?\n]{0,80}?"
    r"\b(?:ägde\s+rum|hölls|genomfördes|avhölls)|\b\w*(?:mötet|sammanträdet|stämman|träffen))\s+"
    r"(?:(?:[a-zåäö]+dag(?:en)?)\s+)?(?:den\s+)?(\d{1,2})(?::?e|:a)?\.?\s+([a-zåäö]{3,9})\.?(?:\s+(?:19|20)\d\d)?,?"
    r"\s+(?:i|på)\s+((?-i:[A-ZÅÄÖ])[\w&'’-]*(?:\s+[\w&'’-]+){0,3}?)"
    r"(?=\s*(?:[.,;:!?]|$)|\s+(?:och|med|där|som|för|vid|kl|klockan|under|efter|samt|då)\b)")
_HELD_DAY_AT_PLACE_LINES = 4  # the first lines with text, where a report tells of its meeting
_HELD_DAY_NOT_PLACE = frozenset(("och", "som", "där", "för", "att", "med", "men", "efter", "innan", "den", "det"))


def venue_in_held_day_sentence(parts: list[Part], end: int, when: Found) -> Found | None:
    """The place an opening sentence gives after the meeting's own day (`_HELD_DAY_AT_PLACE`), where the
    meeting's date is known: a report that tells of its meeting in prose. Not another day's meeting, nor a
    platform, a body or a date as the place."""
    if len(when.value) != 10:
        return None
    month, day = int(when.value[5:7]), int(when.value[8:10])
    for i in _first_text_indices(parts, max(end, 12), _HELD_DAY_AT_PLACE_LINES):
        text = parts[i].text
        for m in _HELD_DAY_AT_PLACE.finditer(text):
            if int(m.group(1)) != day or _month_number(m.group(2)) != month:
                continue
            place = m.group(3)
            if (_platform(place) or find_dates(place) or place.casefold().endswith((*_ORGANISATION_ENDINGS, *_BODY_ENDINGS))
                    or any(word.casefold() in _HELD_DAY_NOT_PLACE for word in place.split()[1:])):
                continue
            return Found(place, parts[i].start + m.start(3), parts[i].start + m.end(3))
    return None


def _first_text_indices(parts: list[Part], end: int, count: int, start: int = 0) -> list[int]:
    """The indices of the first `count` parts with text among `parts[start:end]`, found without reading the rest."""
    return list(itertools.islice((k for k in range(start, min(len(parts), max(0, end))) if parts[k].text.strip()),
                                 count))


def _first_text_parts(parts: list[Part], end: int, count: int, start: int = 0) -> list[Part]:
    """The first `count` parts with text among the head's `parts[start:end]`, found without reading the rest."""
    return [parts[k] for k in _first_text_indices(parts, end, count, start)]


def _first_minutes_parts(parts: list[Part], end: int, count: int) -> list[Part]:
    """The first `count` parts with text among the head's `parts[:end]`, a stored copy's furniture above the
    transcript ("Storlek: px" / "Download ..." / "Transkript", `_is_boilerplate`) not counted."""
    return list(itertools.islice((q for q in parts[:end] if q.text.strip() and not _is_boilerplate(q.text)), count))


# A title naming the kind of meeting, then the association it was held with or for, perhaps its abbreviation in
# brackets, then the place after "i" / "på": "Styrelsesammanträde med Skärgårdens Intresseföreningars
# Kontaktorganisation (SIKO) i Skärgårdsstiftelsens lokaler", "Ordinarie föreningsstämma med Svinninge
# Tomtägareförening på Skåvsjöholms Konferensgård, Åkersberga", "Styrelsemöte med Kronobergs Pistolskyttekrets"
# (the title cut at the date). Group "kind" the meeting's kind, "name" the association (capitalised, at most six
# words), "abbr" its abbreviation, "place" the place (capitalised, no digit: a date or clock ends the title).
_KIND_WITH_ASSOCIATION = re.compile(
    r"(?i:(?P<lead>ordinarie|extra|konstituerande)\s+)?(?P<kind>(?i:styrelsemöte|styrelsesammanträde|årsmöte"
    r"|årsstämma|föreningsstämma|föreningsmöte|medlemsmöte))(?i:t|n)?\s+(?i:med|för)\s+"
    r"(?P<name>(?-i:[A-ZÅÄÖ])[\w&'’-]*(?:\s+[\w&'’-]+){0,5}?)(?:\s+\((?P<abbr>[A-ZÅÄÖ]{2,8})\))?"
    r"(?:,?\s+(?:i|på)\s+(?P<place>(?-i:[A-ZÅÄÖ])[^.;:!?\d()]{1,60}?))?\s*\.?")
# The last word of an association's name: an organisation's word (`_ORGANISATION_ENDINGS`), or a district's
# ("Kronobergs Pistolskyttekrets", "Eslövs Centerkrets") or a guild's ("Tomtegillet").
_KIND_WITH_NAME_ENDINGS = (*_ORGANISATION_ENDINGS, *_ASSOCIATION_NOUNS, "krets", "kretsen", "gille", "gillet")
_KIND_OF_BOARD = ("styrelsemöte", "styrelsesammanträde")


def association_and_place_of_kind_title(body: Found) -> tuple[Found, Found | None] | None:
    """The association and the kind of its meeting, "<association>, <kind>", and the place, from a body read as a
    title naming the kind first (`_KIND_WITH_ASSOCIATION`): "Styrelsemöte med Kronobergs Pistolskyttekrets" ->
    "Kronobergs Pistolskyttekrets, styrelsen". None unless the name ends as an association's does or has its
    abbreviation after it: "Styrelsemöte med valberedningen" is a meeting with another body, "Styrelsemöte i
    Stadshuset" a place, "Medlemsmöte med Anna Ek i Borås" a guest."""
    m = _KIND_WITH_ASSOCIATION.fullmatch(body.value.strip())
    if m is None:
        return None
    name = m.group("name")
    words = name.split()
    last = words[-1].casefold()
    if not (last.endswith(_KIND_WITH_NAME_ENDINGS) or m.group("abbr")) or words[0].casefold() in _GIVEN_NAME_SET:
        return None
    kind = m.group("kind").casefold()
    kind = "styrelsen" if kind in _KIND_OF_BOARD else f"{m.group('lead')} {kind}".casefold() if m.group("lead") else kind
    abbr = f" ({m.group('abbr')})" if m.group("abbr") else ""
    lead = len(body.value) - len(body.value.lstrip())
    named = Found(f"{name}{abbr}, {kind}", body.start + lead + m.start("name"),
                  body.start + lead + (m.end("abbr") + 1 if abbr else m.end("name")))
    if m.group("place") is None:
        return named, None
    place = m.group("place").rstrip(" ,")
    at = body.start + lead + m.start("place")
    return named, Found(place, at, at + len(place))


# Minutes of an association's meeting, the association in the genitive before the meeting's kind: "Protokoll vid
# Villaföreningen Södra Utmarkens årsmöte 2008", "Minnesanteckningar fört vid Skellefteortens Biodlarförenings
# styrelsemöte". Group "name" the association with its genitive "s" (capitalised, at most six words), "kind" the
# meeting's kind.
_MINUTES_OF_ASSOCIATIONS_MEETING = re.compile(
    r"(?i:protokoll|minnesanteckningar|anteckningar)(?:\s+(?i:fört|förda|förd))?\s+(?i:vid|från)\s+"
    r"(?P<name>(?-i:[A-ZÅÄÖ])[\w&-]*(?:\s+[\w&-]+){0,5}?(?:s|['’]s))\s+"
    r"(?P<kind>(?i:styrelsemöte|styrelsesammanträde|årsmöte|årsstämma|föreningsstämma|föreningsmöte|medlemsmöte"
    r"|höstmöte|vårmöte))(?i:t|n)?\b")
_GENERAL_KINDS = ("årsmöte", "årsstämma", "föreningsstämma", "föreningsmöte", "medlemsmöte", "höstmöte", "vårmöte")
_GENITIVE_LINES = 8  # the head's first lines with text


def association_of_generic_meeting(parts: list[Part], end: int, body: Found) -> Found | None:
    """The association whose meeting a body naming only the meeting's kind stands for ("Årsmötesprotokoll",
    "Årsmöte", "Styrelsen"), from a head line naming the association in the genitive before a meeting of the
    same kind (`_MINUTES_OF_ASSOCIATIONS_MEETING`): "<association>, <kind>". None unless a word of the name is an
    association's ("Villaföreningen Södra Utmarken") or an abbreviation, and for a line in capitals only (its
    genitive "s" cannot be told from the name's last letter)."""
    value = body.value.strip().casefold()
    minutes = _GENERAL_MEETING_MINUTES.fullmatch(value)
    general = minutes is not None or _BARE_GENERAL_MEETING.fullmatch(value) is not None
    if not general and value not in ("styrelsen", "styrelse", "styrelsemöte", "styrelseprotokoll"):
        return None
    for part in _first_text_parts(parts, end, _GENITIVE_LINES):
        if "rotokoll" not in part.text and "nteckningar" not in part.text:
            continue
        m = _MINUTES_OF_ASSOCIATIONS_MEETING.search(part.text)
        if m is None or (m.group("kind").casefold() in _GENERAL_KINDS) != general:
            continue
        name = m.group("name")
        name = name[:-2] if name[-2:] in ("'s", "’s") else name[:-1]
        words = name.split()
        if m.group("kind").isupper() or not any(
                word.casefold().endswith(_KIND_WITH_NAME_ENDINGS) or _ACRONYM.fullmatch(word) for word in words):
            continue
        kind = m.group("kind").casefold()
        s = part.start + m.start("name")
        return Found(f"{name}, {'styrelsen' if not general else kind}", s, s + len(name))
    return None


# The street address and town a venue runs on to on the line below, after a comma that ends the venue's line:
# "... i Gröna huset (Biosalongen),\n\nSjöstadsvägen 15, Västervik". Group 1 the address: a street (its name
# ending as streets' do, checked) and number, then perhaps a postal code and the town; nothing else on its line.
_ADDRESS_LINE_BELOW = re.compile(
    r"[ \t]*,[ \t]*\n(?:[ \t]*\n){0,2}[ \t]*((?-i:[A-ZÅÄÖ])[\w-]*(?:[ \t]+[\w-]+)?[ \t]+\d{1,4}[ \t]?[A-Za-z]?"
    r"(?:,[ \t]*(?:\d{3}[ \t]?\d{2}[ \t]+)?(?-i:[A-ZÅÄÖ])[\w-]+(?:[ \t]+(?-i:[A-ZÅÄÖ])[\w-]+)?)?)[ \t]*\.?[ \t]*(?:\n|$)")
_STREET_ENDINGS = tuple(w.STREET_ENDINGS)


# The first word of a street's two-word name, which no venue ends with: "Västra Torggatan", "Stora Nygatan".
_STREET_NAME_OPENERS = frozenset(w.STREET_NAME_OPENERS)
# The rest of that street's name and its number, alone on the line below: "Torggatan 16." Group 1 the rest.
_STREET_REST_BELOW = re.compile(r"[ \t]*\n[ \t]*((?-i:[A-ZÅÄÖ])[\w-]+[ \t]+\d{1,4}[ \t]?[A-Za-z]?)[ \t]*\.?[ \t]*(?:\n|$)")


def street_wrapped_below(clean: str, venue: Found) -> Found | None:
    """The venue with the rest of its street's name, broken at the line's end after the name's first word
    (`_STREET_NAME_OPENERS`), from the line below (`_STREET_REST_BELOW`): "UNO, Västra" over "Torggatan 16."
    -> "UNO, Västra Torggatan 16"; None when the line below is no street and number alone."""
    m = _STREET_REST_BELOW.match(clean, venue.end)
    if m is None or not m.group(1).split()[0].casefold().endswith(_STREET_ENDINGS):
        return None
    return Found(f"{venue.value} {m.group(1)}", venue.start, m.end(1))


# The place's noun in lower case, alone on the line below a name that the line's end broke it from, the town
# perhaps after a comma: "i Oscars" over "församlingslokaler, Stockholm". Group 1 the noun and the town.
_PLACE_NOUN_BELOW = re.compile(r"[ \t]*\n[ \t]*((?-i:[a-zåäö])[\w-]*(?:,[ \t]+(?-i:[A-ZÅÄÖ])[\w-]*)?)[ \t]*\.?[ \t]*(?:\n|$)")
# A place noun's plural, which `w.PLACE_NOUN_ENDINGS` leaves out: "församlingslokaler".
_WRAPPED_PLACE_NOUN_ENDINGS = (*w.PLACE_NOUN_ENDINGS, "lokaler", "lokalerna")


def place_noun_wrapped_below(clean: str, venue: Found) -> Found | None:
    """The venue with its place noun from the line below (`_PLACE_NOUN_BELOW`), when the venue ends its line with a
    capitalised name that is no place noun itself: "Oscars" over "församlingslokaler, Stockholm" -> "Oscars
    församlingslokaler, Stockholm"; None when the line below is anything else (a sentence, a list, a name)."""
    last = venue.value.rsplit(None, 1)[-1]
    if not last[:1].isupper() or last.casefold().endswith(_WRAPPED_PLACE_NOUN_ENDINGS):
        return None
    m = _PLACE_NOUN_BELOW.match(clean, venue.end)
    if m is None or not m.group(1).split(",")[0].casefold().endswith(_WRAPPED_PLACE_NOUN_ENDINGS):
        return None
    return Found(f"{venue.value} {m.group(1)}", venue.start, m.end(1))


def venue_with_address_below(clean: str, venue: Found) -> Found | None:
    """The venue with the street address and town its line runs on to below (`_ADDRESS_LINE_BELOW`):
    "Gröna huset (Biosalongen)" -> "Gröna huset (Biosalongen), Sjöstadsvägen 15, Västervik"; None without one."""
    if clean[venue.end: venue.end + 3].lstrip(" \t")[:1] != ",":
        return None
    m = _ADDRESS_LINE_BELOW.match(clean, venue.end)
    if m is None:
        return None
    street = m.group(1).split(",")[0].rsplit(None, 1)[0].rstrip()
    street = street.rsplit(None, 1)[0] if street[-1:].isdigit() else street  # "Sjöstadsvägen 15"
    if not street.split()[-1].casefold().endswith(_STREET_ENDINGS):
        return None
    return Found(f"{venue.value}, {m.group(1)}", venue.start, m.end(1))


# Minutes of an owner's meeting in a place on a day: "Protokoll fört vid Ågesta OK´s styrelsemöte i Sköndal torsdagen
# den 31 maj 2001." The owner in the genitive names the body, so what follows "i" is the place, not the body. Group
# "owner" the owner (capitalised, at most five words), "kind" the meeting's kind, "place" the place (capitalised, at
# most four words), right before the weekday, "den" or the day.
_OWNERS_MEETING_IN_PLACE = re.compile(
    r"(?i:protokoll|minnesanteckningar|anteckningar)(?:\s+(?i:fört|förda|förd))?\s+(?i:vid|från)\s+"
    r"(?P<owner>(?-i:[A-ZÅÄÖ])[\w&-]*(?:\s+[\w&-]+){0,4}?)(?:[´'’:]s|(?<=[a-zåäö])s|(?<=[A-ZÅÄÖ])s)\s+"
    r"(?P<kind>(?i:styrelsemöte|styrelsesammanträde|årsmöte|årsstämma|föreningsstämma|medlemsmöte|möte))(?i:t)?"
    r"\s+i\s+(?P<place>(?-i:[A-ZÅÄÖ])[\w-]*(?:\s+[\w-]+){0,3}?),?\s+"
    rf"(?:(?i:{_WEEKDAY_RE})(?i:en)?\s+)?(?:(?i:den)\s+)?\d")
_OWNERS_MEETING_LINES = 4  # the head's first lines with text


def owners_meeting_in_place(parts: list[Part], end: int) -> tuple[Found, Found] | None:
    """The body and the place of a title naming the owner of the meeting in the genitive and the place after "i",
    before the day (`_OWNERS_MEETING_IN_PLACE`): "<owner>, <kind>" ("Ågesta OK, styrelsen") and "Sköndal"."""
    for part in _first_text_parts(parts, end, _OWNERS_MEETING_LINES):
        if " i " not in part.text or part.text.lstrip()[:1] not in "PpMmAa":
            continue
        m = _OWNERS_MEETING_IN_PLACE.match(part.text.lstrip())
        if m is None or m.group("owner").split()[0].casefold() in _GIVEN_NAME_SET:
            continue
        base = part.start + len(part.text) - len(part.text.lstrip())
        kind = m.group("kind").casefold()
        kind = "styrelsen" if kind in _KIND_OF_BOARD else kind
        owner = m.group("owner")
        body = Found(f"{owner}, {kind}" if kind != "möte" else owner, base + m.start("owner"), base + m.end("owner"))
        place = Found(m.group("place"), base + m.start("place"), base + m.end("place"))
        return body, place
    return None


# A body's line closed by the place in brackets: "Tennis Göteborg (Yesps kontor)" under the dated title. The bracket
# holds a place (its last word a place noun, `w.PLACE_NOUN_ENDINGS`), not the body's abbreviation ("(SIKO)").
# Group 1 the body, 2 the place (at most four words).
_BODY_THEN_PLACE_IN_BRACKETS = re.compile(r"(.*?\S)\s*\(\s*((?-i:[A-ZÅÄÖ])[\w’'-]*(?:\s+[\w’'-]+){0,3})\s*\)\s*")


def body_and_bracketed_place(body: Found) -> tuple[Found, Found] | None:
    """The body and the place of a body's line closed by the place in brackets (`_BODY_THEN_PLACE_IN_BRACKETS`):
    "Tennis Göteborg (Yesps kontor)" -> "Tennis Göteborg" and "Yesps kontor"; None when the bracket holds no place."""
    m = _BODY_THEN_PLACE_IN_BRACKETS.fullmatch(body.value)
    if m is None or not m.group(2).split()[-1].casefold().endswith(_PLACE_NOUN_ENDINGS) or " " not in m.group(2):
        return None
    at = body.start + m.start(2)
    return Found(m.group(1), body.start, body.start + m.end(1)), Found(m.group(2), at, at + len(m.group(2)))


# The place after "i"/"på" right after the start clock, run on into the first agenda item on a flattened line:
# "... Söndag 29 April 2012 kl 13.00 i Föreningshuset Smedby Koloniområde 1. Mötets öppnande och ...". Group 1 the
# place (capitalised, no digit), ended by the first item's number ("1." / "§ 1") and a capitalised word.
_PLACE_AFTER_START_BEFORE_ITEM = re.compile(
    r"[ \t]+(?:i|på)[ \t]+((?-i:[A-ZÅÄÖ])[^\n.;,\d]{2,80}?)[ \t]+(?:§[ \t]*)?1[.:)]?[ \t]+(?=[A-ZÅÄÖ])")


def venue_after_start_before_first_item(clean: str, start: Found) -> Found | None:
    """The place after "i"/"på" right after the start clock, before the first agenda item the line runs on to
    (`_PLACE_AFTER_START_BEFORE_ITEM`); None when it is longer than a place's name (`_PLACE_AFTER_START_WORDS`)."""
    m = _PLACE_AFTER_START_BEFORE_ITEM.match(clean, start.end)
    if m is None or len(m.group(1).split()) > _PLACE_AFTER_START_WORDS or _platform(m.group(1)):
        return None  # "kl. 16 i Zoom 1. Mötets öppnande": a platform, no place
    return Found(m.group(1), m.start(1), m.end(1))


# A sentence naming who held the general meeting: "Svenska folkpartiet i Ingå höll sitt årsmöte på Wilhelmsdal den
# 8.3.", "Hembygdsföreningen Gillet höll ordinarie årsmöte ...". Group 1 the holder: capitalised, at most six words,
# opening its line or sentence; group 2 the kind of meeting.
_HOLDER_OF_GENERAL_MEETING = re.compile(
    r"(?:^|(?<=[.!?]\s))\s*((?-i:[A-ZÅÄÖ])[\w-]*(?:\s+[\w-]+){0,5}?)\s+(?:höll|avhöll|hade|genomförde)\s+"
    r"(?:sitt\s+|sin\s+|ett\s+|en\s+)?(?:(?:ordinarie|årliga|stadgeenliga|stadgeenligt)\s+)?"
    r"(årsmöte|årsstämma|föreningsstämma|höstmöte|vårmöte)\b")
_HOLDER_VERBS = ("höll", "hade", "genomförde")
_UNNAMED_HOLDER_WORDS = frozenset(w.UNNAMED_HOLDER_WORDS)


# A title naming a meeting's kind with its year: "ÖHF:s årsmöte 2009", "Föreningens höstmöte 2019". Group 1 the
# title before the year.
_MEETING_YEAR_TITLE = re.compile(r"\s*((?-i:[A-ZÅÄÖ])[\w:.&-]*(?:\s+[\w:.&-]+){0,4}?\s+[^\W\d_]*(?:möte|stämma|sammanträde))"
                                 r"\s+(?:19|20)\d\d\s*", re.IGNORECASE)


def title_under_place_line(parts: list[Part], end: int, place: Found) -> Found | None:
    """The title on the line right under a site's line that names the place (read first as the body, then found to
    be the venue): "Vita Huset" / "ÖHF:s årsmöte 2009" gives "ÖHF:s årsmöte", a meeting's kind and its year only.
    None otherwise."""
    below = next((p for p in parts[:end] if p.start > place.end and p.text.strip()), None)
    m = _MEETING_YEAR_TITLE.fullmatch(below.text) if below is not None else None
    if below is None or m is None:
        return None
    name = m.group(1)
    owner = re.fullmatch(r"(\S+):s\s+(\S+)", name)  # "ÖHF:s årsmöte": the owner's genitive, as "ÖHF, årsmöte"
    value = f"{owner.group(1)}, {owner.group(2).casefold()}" if owner else name
    return Found(value, below.start + m.start(1), below.start + m.end(1))


def holder_of_general_meeting(parts: list[Part], end: int, body: Found) -> Found | None:
    """The organisation a sentence of the head says held the general meeting a body naming only the meeting's kind
    stands for (`_HOLDER_OF_GENERAL_MEETING`), written "<organisation>, <kind>"; None for a subject naming no one
    ("Vi", "Föreningen": `_UNNAMED_HOLDER_WORDS`)."""
    if _BARE_GENERAL_MEETING.fullmatch(body.value.strip()) is None:
        return None
    found = _holder_sentence(  # not "Anna höll ett årsmöte": one word names an organisation by its ending
        parts, end, _GENERAL_MEETING_HEAD_LINES, _HOLDER_VERBS, _HOLDER_OF_GENERAL_MEETING,
        lambda words, m: len(words) > 1 or words[0].casefold().endswith(_ORGANISATION_ENDINGS))
    if found is None:
        return None
    part, m = found
    s = part.start + m.start(1)
    return Found(f"{m.group(1)}, {m.group(2).casefold()}", s, s + len(m.group(1)))


def _holder_sentence(parts: list[Part], end: int, lines: int, gates: tuple[str, ...], pattern: re.Pattern[str],
                     names_holder: Callable[[list[str], re.Match[str]], bool]) -> tuple[Part, re.Match[str]] | None:
    """The first sentence in the head's first `lines` lines with text (holding one of `gates`) where `pattern`'s
    group 1, the subject, says who held the meeting: not a subject naming no one ("Vi", "Föreningen", "Styrelsen":
    `_UNNAMED_HOLDER_WORDS`), and one `names_holder` accepts (given the subject's words and the match)."""
    for part in _first_text_parts(parts, end, lines):
        if not any(gate in part.text for gate in gates):
            continue
        for m in pattern.finditer(part.text):
            words = m.group(1).split()
            if words[0].casefold() not in _UNNAMED_HOLDER_WORDS and names_holder(words, m):
                return part, m
    return None


# An opening sentence naming the body that held the meeting recorded: "IX Styrelse hade denna dag sitt första
# styrelsemöte för 2017.", "Kulturnämnden höll i dag sitt ordinarie sammanträde". Group 1 the body: capitalised, at
# most five words, opening its line or sentence; then "höll"/"hade", at most two words of when ("denna dag", "i
# dag"), "sitt"/"sin", at most two words of kind ("första", "konstituerande"), and the meeting.
_HOLDER_OF_MEETING = re.compile(
    r"(?:^|(?<=[.!?]\s))\s*((?-i:[A-ZÅÄÖ])[\w-]*(?:\s+[\w-]+){0,4}?)\s+(?:höll|avhöll|hade)\s+"
    r"(?:(?:denna|i|idag|dag|kväll|ikväll|nyligen)\s+){0,2}(?:sitt|sin)\s+(?:[^\W\d_]+\s+){0,2}?"
    r"([^\W\d_]*(?:möte|sammanträde))\b")
# Members' meetings, read as the organisation's ("<organisation>, årsmöte": `holder_of_general_meeting`)
_MEMBERS_MEETINGS = ("årsmöte", "höstmöte", "vårmöte", "medlemsmöte")
_HOLDER_OF_MEETING_LINES = 3  # the head's first lines with text, where the sentence opens the minutes


def holder_of_meeting(parts: list[Part], end: int) -> Found | None:
    """The body an opening sentence of the head says held its meeting (`_HOLDER_OF_MEETING`), named as a body
    ("... Styrelse", "...nämnden"); None for a subject naming no one ("Styrelsen", "Vi": `_UNNAMED_HOLDER_WORDS`) and
    for a members' meeting (`_MEMBERS_MEETINGS`)."""
    found = _holder_sentence(
        parts, end, _HOLDER_OF_MEETING_LINES, ("sitt", "sin "), _HOLDER_OF_MEETING,
        lambda words, m: words[-1].casefold().endswith(_BODY_ENDINGS) and not m.group(2).casefold().endswith(_MEMBERS_MEETINGS))
    if found is None:
        return None
    part, m = found
    return Found(m.group(1), part.start + m.start(1), part.start + m.end(1))


_NAME_LINE_WORDS = 6  # at most, on the organisation's own line under a general meeting's title


def name_line_under_general_meeting_title(parts: list[Part], end: int, body: Found) -> Found | None:
    """The organisation named on a line of its own right under a title naming only the kind of a general meeting,
    the document's first line ("Årsmötesprotokoll" / "Svenskfinlands krigsänkebarn" / "Protokoll fört vid
    årsmötet ..."), for a body naming only that kind: "<organisation>, <kind>". None for a line that is a date, a
    sentence, a label, a person's name or another title."""
    if _BARE_GENERAL_MEETING.fullmatch(body.value.strip()) is None:
        return None
    lines = _first_text_parts(parts, end, 2)
    if len(lines) < 2:
        return None
    title, line = lines[0].text.strip(), lines[1].text.strip()
    minutes = _GENERAL_MEETING_MINUTES.fullmatch(title)
    bare = _BARE_GENERAL_MEETING.fullmatch(title)
    if minutes is not None:
        kind = _GENERAL_MEETING_OF_MINUTES[minutes.group(1).casefold()]
    elif bare is not None:
        kind = bare.group(1).casefold()
    else:
        return None
    words = line.split()
    if (not 1 < len(words) <= _NAME_LINE_WORDS or not line[:1].isupper() or _has_digit(line)
            or line.endswith((".", ":", "!", "?", ",")) or _is_label_line(line) or _is_document_word_line(line)
            or _opens_with_person(line) or _MEETING_WORD_IN.search(line) or "protokoll" in line.casefold()):
        return None
    at = lines[1].start + lines[1].text.index(line)
    return Found(f"{line}, {kind}", at, at + len(line))
