"""Swedish dates, months, seasons and times in minutes text -> values with offsets.

A step of the extraction: header, items and events read their dates and times through this
module. All functions are pure; `after` is the meeting date, from which a missing year is
resolved (forward, except for a date a few weeks before the meeting, which is read as past).

Public API
----------
- `parse_time_range(s) -> (time | None, time | None)`: "9.00-12.00", "kl. 08.45-15.00",
  "Kl. 13:00-15:00 (ca)", "9:45-15:00", "18-20", "kl 14-18", "kl. 13.00".
- `find_times(text, *, bare=False) -> list[TimeMatch]`: every time or time range with offsets;
  `bare=True` also accepts hour-only ranges without "kl" ("18-20"), for text right after a date.
- `find_dates(text, *, after, year_hint=None) -> list[DateMatch]`: every date, month, range,
  season, quarter, week and weekday mention, non-overlapping, in text order. `year_hint` is the
  year of a heading such as "Möten 2022": yearless dates under it take that year as written.
- `resolve_date(s, *, after) -> date | None`: the first day-precise date in `s`
  ("den 8 maj", after=date(2020, 3, 6) -> date(2020, 5, 8)).
- `month_of(s, *, after) -> str | None`: "YYYY-MM" of the first month or day mention
  ("i november", after=date(2021, 10, 1) -> "2021-11").
- `resolve_year(month, day, *, after) -> date | None`, `resolve_month(month, *, after) -> str`.
- `DateMatch`: `start`, `end` (offsets in the searched string), `text`, `kind` (DateKind: day,
  month, season, quarter, week, weekday), `value` (date, "YYYY-MM" or None), `end_value` for
  ranges, flags `explicit_year`, `tentative`, `alternative` ("X eller Y"), `inferred` (month or
  day taken from context), `bare` (a month name alone); `.iso` / `.end_iso` give "YYYY-MM-DD",
  "YYYY-MM" or None (seasons, quarters, weeks are vague and never become dates).
- `format_time(t) -> "HH:MM" | None`.
- `find_impossible_dates(text) -> list[(start, end, text)]`: "den 31 april", "2021-02-30".
- `find_dates_and_impossible(text, *, after)`: both of the above from one reading of the text.
- `lower_text(text)`: the lower-cased copy the patterns read; `find_dates` and
  `find_impossible_dates` take it as `low=` from a caller that reads a text in slices.
- `alternation(words)`: a regex alternation of words as a prefix tree (matches as longest first).
- Tables (in `words.py`): MONTHS, FULL_MONTHS, WEEKDAYS, ORDINALS, SEASONS, TENTATIVE.

Speed: patterns run on a lower-cased copy and begin with a plain token, and word lists are
compiled as prefix trees; a line with no digit and no calendar word returns at once. Patterns
are tried only where they can begin: digit patterns at runs of digits of the length they need,
word patterns where substring searches find their words, ordinals just before a month name.

Written only with a lead: YYMMDD after a weekday or a date label ("söndag 140526", "Datum:
090603") and day.month after a weekday or "den" ("tis 23.9", "den 4.5."); alone they are sums,
decimals and identity numbers. Two days side by side are a range ("21 22 april 2012").

Not dates: bare years ("år 2055", "2017-2025"), percentages, age ranges ("19-25 år"),
"3 min/org", phone numbers and diary numbers.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date, time, timedelta
from enum import StrEnum
from functools import lru_cache
from typing import Any, TypeVar

from planner.extract.caches import text_cache
from planner.extract.words import (
    FULL_MONTHS,
    MONTHS,
    ORDINALS,
    PAGE_FRAME_HEADS,
    SEASONS,
    TENTATIVE,
    WEEKDAY_ABBREVIATIONS,
    WEEKDAYS,
)


class DateKind(StrEnum):
    DAY = "day"  # a calendar day (value: date)
    MONTH = "month"  # a month (value: "YYYY-MM")
    SEASON = "season"  # "hösten 2020", "HT21": vague, value None
    QUARTER = "quarter"  # "2021-Q1", "första kvartalet": vague, value None
    WEEK = "week"  # "vecka 50", "v. 12": vague, value None
    WEEKDAY = "weekday"  # "på lördag", "nästa tisdag": value = next such day after `after`


@dataclass(frozen=True, slots=True)
class DateMatch:
    """One date mention: `[start, end)` in the searched string, its kind and resolved value."""

    start: int
    end: int
    text: str
    kind: DateKind
    value: date | str | None
    end_value: date | str | None = None  # last day/month of a range ("17–18 mars")
    explicit_year: bool = False  # the year is written
    tentative: bool = False  # "preliminärt", "?", ... next to it
    alternative: bool = False  # one of "X eller Y"
    inferred: bool = False  # month or day taken from context ("den 13e", "på lördag")
    bare: bool = False  # a month name standing alone, without "i"/"till"/year
    weekday: int | None = None  # weekday written with it, 0 = Monday
    year: int | None = None  # for seasons/quarters/weeks: the year written, if any
    quarter: int | None = None

    @property
    def iso(self) -> str | None:
        """Return "YYYY-MM-DD", "YYYY-MM" or None for vague periods."""
        if isinstance(self.value, date):
            return self.value.isoformat()
        return self.value

    @property
    def end_iso(self) -> str | None:
        if isinstance(self.end_value, date):
            return self.end_value.isoformat()
        return self.end_value

    @property
    def vague(self) -> bool:
        return self.value is None

    def shifted(self, offset: int) -> DateMatch:
        """Return the mention with `start` and `end` moved by `offset` (found in a slice of a longer text)."""
        if not offset:
            return self
        return DateMatch(self.start + offset, self.end + offset, self.text, self.kind, self.value, self.end_value,
                         self.explicit_year, self.tentative, self.alternative, self.inferred, self.bare, self.weekday,
                         self.year, self.quarter)


@dataclass(frozen=True, slots=True)
class TimeMatch:
    """One time or time range: `[start, end)` in the searched string."""

    start: int
    end: int
    text: str
    begin: time
    finish: time | None = None


# --- regular expressions, compiled once -------------------------------------------------------

def alternation(words: Iterable[str]) -> str:
    """Return a regex alternation of `words` shaped as a prefix tree, so the engine tries one branch.

    It matches as the plain alternation of the words longest first does: of the words that
    match at a place (each a prefix of the next), the longest is tried first.
    """
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_regex(trie)


_alt = alternation


def _trie_regex(node: dict[str, dict]) -> str:  # type: ignore[type-arg]
    ends = "" in node
    branches = [re.escape(ch) + _trie_regex(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    # Longest first: the optional tail is greedy, so "januari" wins over "jan".
    return f"(?:{body})?" if ends else body


# Patterns are matched against a lower-cased copy of the text and start with a plain token
# (a digit or a word), so that the regex engine can skip ahead quickly; what stands before a
# match (word boundaries, "den", a weekday, "i"/"till") is checked afterwards in `_hits`.
_NW = r"(?![0-9a-zåäöéü])"  # end of word
# A dot after a month is left out of the match: "den 15 maj." ends a sentence more often than it
# abbreviates, and the sentence end matters to the events step.
_MONTH = rf"(?:{_alt(MONTHS)}){_NW}"
_FULL_MONTH = rf"(?:{_alt(FULL_MONTHS)}){_NW}"
_WEEKDAY = rf"(?:{_alt(WEEKDAYS)})(?:en|ar|arna)?{_NW}"
_ORD = rf"(?:{_alt(ORDINALS)}){_NW}"
_DAYNUM = r"\d\d?(?::?(?:de|[ea])\b|(?:st|nd|rd|th)\b|\.(?=\s))?"  # 1-31 is checked when the date is made
_DAY = rf"(?:{_DAYNUM}|{_ORD})"
_RANGE_SEP = r"\s*(?:-{1,2}|–|—|till|t\.o\.m\.?)\s*"
_LIST_SEP = r"\s*(?:,|och|eller|&|/)\s*"
_YEAR4 = r"(?:19|20)\d\d(?!\d)"

_TEXTUAL_TAIL = (
    rf"(?:(?P<sep>{_RANGE_SEP}|{_LIST_SEP})(?:(?P<wd2>{_WEEKDAY})\s+)?(?:den\s+)?(?P<d2>{_DAY}))?"
    rf"\s+(?P<m>{_MONTH})"
    rf"(?:\.?{_RANGE_SEP}(?P<d3>{_DAYNUM})\s+(?P<m3>{_MONTH}))?"
    # "10 dec. -08", "Protokoll 19 okt-10": the year cut short after a dash (the two digits alone, a range's
    # second day "1 maj -15 juni" being read above)
    rf"(?:(?:\.?,?\s+|\.?[ \t]*-(?=\d\d(?![\d.,:/–-]?\d|\s*(?:%|°|grad|kr\b|st\b))))(?P<y>{_YEAR4}|(?<=-)\d\d)"
    # "perioden 18 januari 2016 till 30 juni": a range whose first day has the year, its last after it
    rf"(?:{_RANGE_SEP}(?:den\s+)?(?P<d4>{_DAYNUM})\s+(?P<m4>{_MONTH})(?:\.?,?\s+(?P<y4>{_YEAR4}))?)?)?"
)
_TEXTUAL = re.compile(rf"(?P<d1>{_DAYNUM}){_TEXTUAL_TAIL}")
_TEXTUAL_ORD = re.compile(rf"(?P<d1>{_ORD}){_TEXTUAL_TAIL}")
# A range's dash may come out as two with a space between ("2023-10-01 - - 2023-11-30", "2023-12-05 - - 06",
# a copy's rendering of a long dash).
# A dash may have a space after it where a stored copy broke the date at a line end and joined it
# again ("Resa till Lerbäcksteater lördag 2025- 12-06", "protokoll från 2016-10- 28"); a dot or slash
# may not ("år 2019. 1. Inledning"). A word processor may have turned both dashes into en or em dashes
# ("Protokoll styrelsemöte 2011–01–20"); the same one twice, as with the others.
_ISO = re.compile(
    r"(?P<y>(?:19|20)\d\d)(?P<s>[-/.–—])(?:(?<=-) )?(?P<m>0?[1-9]|1[0-2])(?P=s)(?:(?<=-) )?"
    r"(?P<d>0?[1-9]|[12]\d|3[01])(?!\d)"
    r"(?:(?:\s*(?:-[ \t]?-|-|–|—|till)\s*)(?:(?P<y2>(?:19|20)\d\d)[-/.–—](?P<m2>0?[1-9]|1[0-2])[-/.–—])?"
    r"(?P<d2>0?[1-9]|[12]\d|3[01])(?!\d)(?![:.]\d))?"
)
# "2018 06 18": ISO order with single spaces, as some stored copies and forms write it. Only with
# two-digit month and day, and not inside a longer run of digit groups (phone and account numbers).
_SPACED_ISO = re.compile(r"(?<!\d )(?P<y>(?:19|20)\d\d) (?P<m>0[1-9]|1[0-2]) (?P<d>0[1-9]|[12]\d|3[01])(?!\d| \d)")
# "15.04.2022", and with dashes "15-04-2022" (the same separator twice).
_DOTTED = re.compile(r"(?P<d>\d\d?)(?P<s>[.-])(?P<m>0?[1-9]|1[0-2])(?P=s)(?P<y>(?:19|20)\d\d)(?!\d)")
# "tis 23.9", "den 4.5." (Finland-Swedish day.month): only after a weekday or "den", since alone it
# is as often a decimal number or a time.
# ... or right after a "Nästa möte:" label ("Nästa möte: 23.9"): the label says a date follows.
_NEXT_MEETING_LABEL_BACK = re.compile(
    r"(?<![0-9a-zåäöéü])(?:nästa|nästkommande)\s+[a-zåäö]*?-?(?:möte|mötet|sammanträde|sammanträdet|träff|"
    r"träffen|mötestillfälle)\s*[:–-]\s*$")
_DAY_DOT_MONTH = re.compile(r"(?P<d>\d\d?)\.(?P<m>0?[1-9]|1[0-2])(?P<y>)(?![\d.,:]\d|\d|\s*(?:%|procent|kr|mkr|tkr|"
                            r"miljon\w*|miljard\w*|tim\w*|min\w*|år\b|st\b|poäng|meter|km))")
# A Finland-Swedish range of day.month pairs with the year after its last ("SIKEN FREDAS ... UNDER TIDEN 20.10 – 5.11
# 2021", "20.10.–5.11.2021"): two pairs joined by a dash and a year closing them read as dates, where one pair alone
# is as often a decimal number or a time. Not after "kl" ("kl 9.10–11.10 2021": hours).
_DAY_DOT_RANGE = re.compile(r"(?P<d>\d\d?)\.(?P<m>0?[1-9]|1[0-2])\.?[ \t]*[–—-][ \t]*(?P<d2>\d\d?)\.(?P<m2>0?[1-9]|1[0-2])"
                            r"(?:\.[ \t]?|[ \t]+)(?P<y>(?:19|20)\d\d)(?!\d|[-/.:,]\d|-\w)")
_CLOCK_WORD_BACK = re.compile(r"(?<![\w])(?:kl|klockan)\.?\s*$")
# The year after a slashed day may also stand after a dash with spaces around it ("18/7 – 2010"), when it
# has four digits and no date runs on after it ("1/5 – 2019-05-03" is a range's first day); or after a
# comma ("Den 9/6, 2020 kl. 18.00"), four digits that are no number run on ("1/2, 2019-05-03", "3/4, 2019:12")
# nor a year's possession ("1/3, 2020 års budget"); or right after a dash with a space before it ("Kopperud den
# 17/3 -08", "5/6 -2019"), when neither a day nor a time runs on after it ("17/3 -19/3", "5/3 -18.00"); or after one
# space ("tillträdde den 5/8 2019", "frukostmöte 13/6 2019"), on the same terms as after a comma and when near the
# meeting year (`_numeric_like`).
_SPACED_YEAR_REACH = 5  # years from the meeting year: four digits after a space further off are an hour ("8/6 1900")
_SLASHED_SPACE_YEAR = r"[ \t](?=(?:19|20)\d\d(?![\d/.,:-]\d|\s*(?:års?|st|kr)\b))"
_NUMERIC = re.compile(
    r"(?P<d>\d\d?)/(?P<m>0?[1-9]|1[0-2])"
    r"(?:(?:[/-]|[ \t][–-][ \t](?=(?:19|20)\d\d(?![\d/.-]\d))"
    r"|[ \t]-(?=(?:(?:19|20)\d\d|\d\d)(?![\d/]|[.:,–-]\d))"  # "den 17/3 -08": the year cut short after a dash
    r"|,?" + _SLASHED_SPACE_YEAR + r")"
    r"(?P<y>(?:19|20)\d\d|\d\d)(?![\d/]))?(?![\d/])"
    r"(?!\s*(?:%|dl\b|st\b|del|av\b|dag\b|tjänst|röst|delar\b))"  # "2/3 av", "1/2 dag": fractions
)
# "den 4/9 av Anna": after "den" a slashed pair is a date even before "av", which otherwise reads as a fraction.
_NUMERIC_DEN = re.compile(
    r"(?<=\bden )(?P<d>\d\d?)/(?P<m>0?[1-9]|1[0-2])"
    r"(?:(?:[/-]|" + _SLASHED_SPACE_YEAR + r")(?P<y>(?:19|20)\d\d|\d\d)(?![\d/]))?(?![\d/])"
    r"(?!\s*(?:%|dl\b|st\b|del|dag\b|tjänst|röst|delar\b))"
)
# A range of days before one slashed month: "4-5/3", "den 11–12/3", "18 - 19/3/2014" (group d the first day, d2 the
# last). The slashed pair alone cannot match after the dash (`_NUM_NUMERIC`), so the range is read whole.
_NUMERIC_DAY_RANGE = re.compile(
    r"(?P<d>\d\d?)[ \t]?[-–][ \t]?(?P<d2>\d\d?)/(?P<m>0?[1-9]|1[0-2])"
    r"(?:/(?P<y>(?:19|20)\d\d|\d\d)(?![\d/]))?(?![\d/])"
    r"(?!\s*(?:%|dl\b|st\b|del|av\b|dag\b|tjänst|röst|delar\b))"
)
# A date written as a typesetting program's value in the minutes' source: Typst's
# "datetime(year: 2025, month: 11, day: 28)", in the head of minutes kept as .typ files.
_TYPST_DATE = re.compile(r"(?<![\w.])datetime\(\s*year\s*:\s*(?P<y>(?:19|20)\d\d)\s*,\s*month\s*:\s*(?P<m>0?[1-9]|1[0-2])"
                         r"\s*,\s*day\s*:\s*(?P<d>0?[1-9]|[12]\d|3[01])\s*\)")
_SHORT_ISO = re.compile(r"(?P<y>[0-9]\d)-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])(?![\d-])")
# "söndag 140526", "Datum: 090603": six digits read as YYMMDD only after a weekday or a date label,
# since alone they are as often counts, sums or the first half of a personal identity number.
_YYMMDD = re.compile(r"(?P<y>\d\d)(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])(?![\d-]|[.,]\d)")
# "lunchmöte 950925" too; and a deadline's "senast" ("betalas senast 040203"), "t.o.m." or "deadline".
_YYMMDD_LABEL = re.compile(r"(?:datum|möte|mötet|sammanträde|(?<![\w.])(?:senast|t\.o\.m\.?|deadline))\s*:?\s*$")
_YYMMDD_REACH = 1  # years from the meeting year
# "20170520 (1) Lokal hoppning": eight digits read as YYYYMMDD where a day count in parentheses follows
# (a schedule's "antal dagar inom parentes"; "(2)" makes it a two-day range), or after a weekday or a
# date label as with six; alone they are as often order, account or phone numbers.
_YYYYMMDD = re.compile(r"(?P<y>(?:19|20)\d\d)(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])(?![\d-]|[.,/]\d)"
                       r"(?:[ \t]*\((?P<n>[1-9])\)(?![ \t]*\d))?")
_YYYYMMDD_REACH = 2  # years from the meeting year
_MONTH_DAY = re.compile(
    rf"(?P<m>{_MONTH})\.?\s+(?P<d>[12]\d|3[01]|0?[1-9])(?::?[ea]\b)?(?![\d.,:/]?\d)"
    r"(?!\s*(?:%|år|st\b|kr|procent|personer|timmar|min|deltagare|minuter))"
    rf"(?:,?\s+(?P<y>{_YEAR4}))?"
)
_MONTH_PREP = (  # "i senare delen av maj", "i första halvan av juni": a part of the month, as "i början av"
    r"(?:i\s+(?:senare|tidigare|förra|första|sista|andra|senaste)\s+(?:delen|halvan)\s+av|"
    r"i\s+början\s+av|i\s+mitten\s+av|i\s+slutet\s+av|början\s+av|mitten\s+av|slutet\s+av|"
    r"till\s+och\s+med|under|till|från|fr\.o\.m\.?|t\.o\.m\.?|före|innan|efter|senast|inför|"
    r"per|i|in|kring|runt|sedan|by)"
)
_MONTH_ONLY = re.compile(
    rf"(?P<m>{_FULL_MONTH}|{_MONTH}\.?(?=\s+(?:19|20)\d\d))"
    r"(?:\s+månad)?"
    rf"(?:{_RANGE_SEP}(?P<m2>{_FULL_MONTH}))?"
    rf"(?:\s+(?:år\s+)?(?P<y>{_YEAR4}))?"
)
_SEASON = re.compile(rf"(?P<s>{_alt(SEASONS)}|[hv]t)(?:\s*-?\s*(?P<y>(?:19|20)\d\d|\d\d))?{_NW}")
_QUARTER = re.compile(
    rf"(?:q|kvartal\s*)(?P<q>[1-4])(?!\d)(?:\s*[-/ ]?\s*(?P<y2>{_YEAR4}))?"
    rf"|(?P<qo>första|andra|tredje|fjärde)\s+kvartalet(?:\s+(?P<y3>{_YEAR4}))?"
)
_WEEK = re.compile(
    r"(?:vecka|veckorna|v\.|v(?=\s?\d))\s*(?P<w>[1-9]|[1-4]\d|5[0-3])(?!\d)"
    r"(?:\s*[-–]\s*(?P<w2>[1-9]|[1-4]\d|5[0-3])(?!\d))?(?:\s*,?\s*(?P<y>(?:19|20)\d\d))?"
)
_WEEKDAY_ONLY = re.compile(rf"(?P<wd>{_WEEKDAY})")
# Small patterns of the helpers below, compiled once rather than looked up at each call.
_TIME_SEP = re.compile(r"[.:,]")
_CAPITAL_AFTER = re.compile(r"\s+[A-ZÅÄÖ]")
_DIGITS = re.compile(r"\d+")
_PLURAL = re.compile(r"(?:ar|arna)$")
_DEFINITE = re.compile(r"en$")
_DAY_ONLY = re.compile(
    rf"den\s+(?P<d>[12]\d|3[01]|0?[1-9])(?::?(?:de|[ea]))?(?![\d.,:/%-]|\s*(?:%|st\b|år\b|§)|\s+{_MONTH})"
)
# "\d\d*" rather than "\d+": a pattern that opens with a character class lets the engine skip
# ahead to the next digit quickly, while a repeat is tried at every offset.
_DIGIT_RUN = re.compile(r"\d\d*")
_SEASON_HINTS = ("vår", "höst", "sommar", "vinter", "ht", "vt")
_Q_DIGIT = re.compile(r"q[1-4]")  # "Q1" as _QUARTER reads it; a bare "q" is in many words
# The month names no other name begins ("jan", "mar", "october"): a month name begins exactly
# where one of them does. A few substring searches find them much faster than a scan with the
# prefix tree of all names.
_MONTH_PREFIXES = tuple(sorted(w for w in MONTHS if not any(v != w and w.startswith(v) for v in MONTHS)))
_MONTH_WORD = re.compile(_alt(MONTHS))  # finditer: where a month name begins, unless inside another
_ORDINAL_WORD = re.compile(_alt(ORDINALS))
# The last character of what stands right before the blanks ahead of a month in _TEXTUAL_ORD: an
# ordinal ("första", "tredje"), or a day (`_DAYNUM`): a digit, "2:a", "3:e", "1st", "2nd", "4th", "4.".
_DAY_ENDS = frozenset({w[-1] for w in ORDINALS} | set("aethd."))
# The most non-blank characters a match of _TEXTUAL_ORD holds before its month: two ordinals
# ("tjugoförsta - trettioförsta maj"), a separator ("t.o.m.") and "den".
_ORDINAL_REACH = 2 * max(map(len, ORDINALS)) + len("t.o.m.") + len("den")
_OTHER_WORD = re.compile(_alt(list(WEEKDAYS) + list(SEASONS) + ["ht", "vt", "kvartal"]))
# What may stand before a match, searched in the few characters before it.
_ANY_WEEKDAY = {**WEEKDAYS, **WEEKDAY_ABBREVIATIONS}
_LEAD_BACK = re.compile(
    rf"(?<![0-9a-zåäöéü])(?:(?:{_WEEKDAY}|(?:{_alt(WEEKDAY_ABBREVIATIONS)})\.?)\s*,?\s+(?:den\s+)?|den\s+)$")
_PREP_BACK = re.compile(rf"(?<![0-9a-zåäöéü]){_MONTH_PREP}\s+$")
_REL_BACK = re.compile(r"(?<![0-9a-zåäöéü])(?P<rel>nästa|kommande|nu\s+på|på|denna|till|under|i)\s+$")
_YEAR_BACK = re.compile(r"(?<![\w-])(?P<y>(?:19|20)\d\d)\s*[-/ ]?\s*$")
# A day before a dash opens a range ("15-16/5", "20-22.8.2024"); a text pasted from a word processor may hold a hyphen
# character (U+2010) or two dashes in a row ("14-‐15/3").
_RANGE_BACK = re.compile(r"(?<![\d/.,:-])(?P<d0>0?[1-9]|[12]\d|3[01])\s*[-–‐‑]{1,2}\s*$")
# The leads above whose every match ends in a blank (`\\s+$`): none stands before a match that follows
# no blank, and `_hit` does not look for one there.
_BLANK_BACKS = frozenset((_LEAD_BACK, _PREP_BACK, _REL_BACK))
# "21 22 april 2012": two days written side by side, the first without a separator.
_DAY_BACK = re.compile(r"(?<![\d/.,:-])(?P<d0>0?[1-9]|[12]\d|3[01])[ \t]+$")

_TIME = r"(?:2[0-3]|[01]?\d)(?:[.:][0-5]\d)?"
_TIME_FULL = r"(?:2[0-3]|[01]?\d)[.:][0-5]\d"
# After "kl" a comma may part hours and minutes ("kl. 18,30"), never elsewhere ("punkt 3,30 %").
# ... and four digits with no mark are hours and minutes ("kl 1800", "Kl : 1900"), after "kl" only.
_KL_TIME = r"(?:(?:2[0-3]|[01]\d)[0-5]\d|(?:2[0-3]|[01]?\d)(?:[.:,][0-5]\d)?)"
_KL = re.compile(
    rf"kl(?:ockan)?\.?(?:\s*:)?\s*(?P<a>{_KL_TIME})(?!\d)(?:\s*(?:-|–|—|till)\s*(?P<b>{_KL_TIME})(?!\d)(?![.:]\d))?"
)
_CLOCK = re.compile(
    rf"(?P<a>{_TIME_FULL})(?![\d])(?:\s*(?:-|–|—|till)\s*(?P<b>{_TIME_FULL}|(?:2[0-3]|[01]?\d)(?!\d)(?![.:,]\d)))?"
    r"(?![.:]\d|\d|\s*(?:%|kr|mkr|tkr|sek|miljoner|procent|poäng|hp)\b)"
)
# The end may have its minutes, as notices write an hour range: "13 september 17-18.30".
_BARE_RANGE = re.compile(
    # "18-20", "17-18.30" (the end with its minutes), "17.18.30" (the dash typed as a point: an end with minutes)
    r"(?P<a>2[0-3]|[01]?\d)(?:\s*(?:-|–|—)\s*|\.(?=(?:2[0-3]|[01]?\d)[.:][0-5]\d(?![\d.:])))"
    r"(?P<b>(?:2[0-3]|[01]?\d)(?:[.:][0-5]\d)?)(?![\d:/%-]|\.\d)"
    r"(?!\s*(?:%|år|st\b|kr|procent|personer|deltagare|min))"
)
_WORD = "word"
_NUM_TEXTUAL = "0123456789.,/:"
_NUM_ISO = "0123456789/.-"
_NUM_DOTTED = "0123456789."
_NUM_NUMERIC = "0123456789/.,:-_"
_NUM_SHORT = "0123456789/.,:-"
_NUM_CLOCK = "0123456789.:,/-"


class _Hit:
    """A match found in the lower-cased text, read back from the original, its start moved back
    over what stands before it ("Fredag den ", "i ")."""

    __slots__ = ("m", "s", "text")

    def __init__(self, m: re.Match[str], text: str, s: int) -> None:
        self.m, self.text, self.s = m, text, s

    def start(self, g: int | str = 0) -> int:
        return self.s if g == 0 else self.m.start(g)

    def end(self, g: int | str = 0) -> int:
        return self.m.end(g)

    def group(self, g: int | str = 0) -> Any:  # str, or None for a group that did not take part
        if g == 0:
            return self.text[self.s:self.m.end()]
        i, j = self.m.span(g)
        return None if i < 0 else self.text[i:j]

    def groupdict(self) -> dict[str, Any]:
        return {k: self.group(k) for k in self.m.groupdict()}

    def lead(self) -> str:
        return self.text[self.s:self.m.start()]


def lower_text(text: str) -> str:
    """Return `text` lower-cased with every offset kept, as the date patterns read it."""
    return _lower(text)


def _lower(text: str) -> str:
    low = text.lower()
    if len(low) != len(text):  # a few characters lower-case to two ("İ"): keep offsets
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return low


def _hits(pattern: re.Pattern[str], low: str, text: str, boundary: str,
          back: re.Pattern[str] | None = None) -> Iterator[_Hit]:
    """Yield matches of `pattern` in `low` whose preceding character respects `boundary`."""
    pos = 0
    while True:
        m = pattern.search(low, pos)
        if m is None:
            return
        s = m.start()
        if _after_boundary_char(low, s, boundary):
            pos = s + 1  # a match may still start inside the rejected one
            continue
        pos = max(m.end(), s + 1)
        yield _hit(m, low, text, s, back)


def _hits_at(pattern: re.Pattern[str], low: str, text: str, boundary: str, starts: Iterable[int],
             back: re.Pattern[str] | None = None) -> Iterator[_Hit]:
    """As `_hits`, trying `pattern` only at `starts` (ascending): every place where a match can begin.

    Matching at a few places is much cheaper than scanning the whole text for a pattern that
    opens with a month name or a digit; the matches are the same.
    """
    pos = 0
    word = boundary == _WORD
    match = pattern.match
    for s in starts:
        if s < pos:
            continue
        if s:  # `_after_boundary_char` written out: this runs for every start
            prev = low[s - 1]
            if (prev.isalnum() or prev == "_") if word else prev in boundary:
                continue
        m = match(low, s)
        if m is None:
            continue
        pos = max(m.end(), s + 1)
        yield _hit(m, low, text, s, back)


def _after_boundary_char(low: str, s: int, boundary: str) -> bool:
    """Tell whether the character before `s` forbids a match there (a word character, or one of `boundary`)."""
    if s == 0:
        return False
    prev = low[s - 1]
    return (prev.isalnum() or prev == "_") if boundary == _WORD else prev in boundary


def _hit(m: re.Match[str], low: str, text: str, s: int, back: re.Pattern[str] | None) -> _Hit:
    """The hit of `m` at `s`, its start moved back to what `back` finds just before it ("den", a weekday)."""
    # A lead that ends in a blank needs one right before the match (`_BLANK_BACKS`).
    if back is not None and (back not in _BLANK_BACKS or (s and low[s - 1].isspace())):
        lm = back.search(low, max(0, s - 32), s)
        if lm:
            s = lm.start()
    return _Hit(m, text, s)


def _number_runs(low: str) -> list[tuple[int, int]]:
    """Every offset of a digit that follows no ASCII digit, with the end of its run of digits, ascending.

    The starts are where a digit pattern can match (the same as searching `(?<![0-9])\\d`);
    the run's length and the character after it tell which patterns can match there.
    """
    if len(low) >= _LONG_TEXT and _ascii_digits_only(low):
        return _ascii_number_runs(low)
    runs: list[tuple[int, int]] = []
    for m in _DIGIT_RUN.finditer(low):
        s, e = m.span()
        runs.append((s, e))
        run = m.group()
        if not run.isascii():  # "٣4": a digit after another script's digit is a start too
            runs.extend((s + k, e) for k in range(1, len(run)) if not run[k - 1].isascii())
    return runs


# The characters a text encoded as Windows-1252 can hold (most stored minutes): none is a digit (`\\d`,
# a Unicode decimal) but 0-9.
_CP1252 = "cp1252"
assert not any(re.match(r"\d", c) for c in bytes(range(256)).decode(_CP1252, errors="ignore") if c not in "0123456789")


def _ascii_digits_only(low: str) -> bool:
    """Whether every digit `\\d` finds in `low` is 0-9: it can be encoded in Windows-1252 (`_CP1252`)."""
    if low.isascii():
        return True
    try:
        low.encode(_CP1252)
    except UnicodeEncodeError:
        return False
    return True


def _ascii_number_runs(low: str) -> list[tuple[int, int]]:
    """`_number_runs` of a text whose digits are all 0-9: their runs, found by substring searches (much
    faster on a long text than the regex engine's scan for a digit)."""
    at: list[int] = []
    for digit in "0123456789":
        i = low.find(digit)
        while i >= 0:
            at.append(i)
            i = low.find(digit, i + 1)
    if not at:
        return []
    at.sort()
    runs: list[tuple[int, int]] = []
    start = last = at[0]
    for i in at:
        if i > last + 1:
            runs.append((start, last + 1))
            start = i
        last = i
    runs.append((start, last + 1))
    return runs


def _number_starts(low: str) -> list[int]:
    """Every offset of a digit that follows no ASCII digit, ascending: where a digit pattern can match."""
    return [s for s, _ in _number_runs(low)]


class _Numbers:
    """Where each digit pattern can begin, sorted out of the runs of digits once per text.

    Each list holds every start at which its patterns can match (a necessary condition on the
    run's length and the character after it), so trying only these finds the same matches.
    """

    __slots__ = ("any", "dashed", "dotted", "eight", "four", "short", "six", "slashed", "spaced")

    def __init__(self, low: str) -> None:
        runs = _number_runs(low)
        self.any = bool(runs)
        self.short: list[int] = []  # 1-2 digits: a day ("8 maj", "8.5.", "8/5")
        self.dotted: list[int] = []  # 1-2 digits and "." or "-": _DOTTED, _DAY_DOT_MONTH
        self.slashed: list[int] = []  # 1-2 digits and "/": _NUMERIC, _NUMERIC_DEN
        self.dashed: list[int] = []  # 2 digits and "-": _SHORT_ISO
        self.four: list[int] = []  # 4 digits and "-", "/", ".", "–" or "—": _ISO
        self.six: list[int] = []  # 6 digits: _YYMMDD
        self.eight: list[int] = []  # 8 digits: _YYYYMMDD
        self.spaced: list[int] = []  # 4 digits and a space: _SPACED_ISO
        for s, e in runs:
            n = e - s
            c = low[e:e + 1]
            if n <= 2:
                self.short.append(s)
                if c == ".":
                    self.dotted.append(s)
                elif c == "/":
                    self.slashed.append(s)
                elif c == "-":
                    self.dotted.append(s)  # "15-04-2022"
                    if n == 2:
                        self.dashed.append(s)
            elif n == 4:
                if c and c in "-/.–—":
                    self.four.append(s)
                elif c == " ":
                    self.spaced.append(s)
            elif n == 6:
                self.six.append(s)
            elif n == 8:
                self.eight.append(s)


def _suffix_starts(low: str, words: Iterable[str], suffixes: tuple[str, ...]) -> list[int]:
    """Every offset where one of `words` begins in `low`, found through their shared endings.

    Each word must end in one of `suffixes` ("måndag", "monday"): one substring search per
    ending, then a look at what stands before each, instead of one search per word.
    """
    found: set[int] = set()
    for suffix, bare, by_last in _suffix_stems(tuple(words), suffixes):
        i = low.find(suffix)
        while i >= 0:
            if bare:
                found.add(i)
            # A stem that stands right before the ending ends in the character there.
            for stem in by_last.get(low[i - 1], ()) if i else ():
                j = i - len(stem)
                if j >= 0 and low.startswith(stem, j):
                    found.add(j)
            i = low.find(suffix, i + 1)
    return sorted(found)


@lru_cache(maxsize=8)
def _suffix_stems(words: tuple[str, ...], suffixes: tuple[str, ...]
                  ) -> tuple[tuple[str, bool, dict[str, tuple[str, ...]]], ...]:
    """For each of `suffixes`: whether one of `words` is the ending alone, and the stems the others
    put before it ("mån" of "måndag"), by their last character."""
    out: list[tuple[str, bool, dict[str, tuple[str, ...]]]] = []
    for suffix in suffixes:
        stems = [w[:-len(suffix)] for w in words if w.endswith(suffix)]
        by_last: dict[str, tuple[str, ...]] = {}
        for stem in stems:
            if stem:
                by_last[stem[-1]] = (*by_last.get(stem[-1], ()), stem)
        out.append((suffix, "" in stems, by_last))
    return tuple(out)


_WEEKDAY_SUFFIXES = ("dag", "day")
assert all(w.endswith(_WEEKDAY_SUFFIXES) for w in WEEKDAYS)


# The events step reads a whole text twice (its dates, then its impossible dates): the places
# found in a long lower-cased text are kept for the few texts seen last. Lines, which the other
# steps read one by one, are cheaper to read again than to look up.
_LONG_TEXT = 256


def _numbers(low: str) -> _Numbers:
    return _Numbers(low) if len(low) < _LONG_TEXT else _numbers_of_long(low)


@text_cache(maxsize=8)
def _numbers_of_long(low: str) -> _Numbers:
    return _Numbers(low)


def _month_starts(low: str) -> list[int]:
    """Every offset where a month name may begin, ascending (read-only: the list may be shared).

    Every word-initial month name is among them: on a short text one scan with the prefix tree of
    the names, on a long one a substring search per name that no other name begins.
    """
    if len(low) < _LONG_TEXT:
        return [m.start() for m in _MONTH_WORD.finditer(low)]
    return _month_starts_of_long(low)


@text_cache(maxsize=8)
def _month_starts_of_long(low: str) -> list[int]:
    return starts_of(low, _MONTH_PREFIXES)


def _ordinal_starts(low: str, months: list[int]) -> list[int]:
    """Offsets where an ordinal begins close enough before a month name to open a date with it.

    A match of _TEXTUAL_ORD ("första maj", "tredje och fjärde juni") ends in a month name after
    blanks, at one of `months`, and holds at most `_ORDINAL_REACH` non-blank characters before it:
    ordinals are looked for only in that stretch before each month name, and only where the last
    word before the blanks can end a day (`_DAY_ENDS`): "i maj" opens no such date.
    """
    found: set[int] = set()
    for p in months:
        if p == 0 or not low[p - 1].isspace():
            continue
        q = p - 2
        while q >= 0 and low[q].isspace():
            q -= 1
        if q < 0 or not (low[q] in _DAY_ENDS or low[q].isdecimal()):
            continue
        lo = p
        while lo > 0:  # widen the stretch over long runs of blanks ("första\n\n\nmaj")
            lo = max(0, lo - 64)
            if sum(map(len, low[lo:p].split())) > _ORDINAL_REACH:
                break
        for m in _ORDINAL_WORD.finditer(low, lo, p):
            found.add(m.start())
    return sorted(found)


def starts_of(low: str, words: Iterable[str]) -> list[int]:
    """Every offset where one of `words` begins in `low`, ascending (a few substring searches)."""
    found: set[int] = set()
    for word in words:
        i = low.find(word)
        while i >= 0:
            found.add(i)
            i = low.find(word, i + 1)
    return sorted(found)


# What a match of _SEASON opens with: a season word, "ht" or "vt".
_SEASON_STARTS = (*SEASONS, "ht", "vt")


def needle_shifts(words: Iterable[str], needles: Iterable[str]) -> tuple[tuple[str, tuple[int, ...]], ...]:
    """Return each needle with the offsets it stands at in `words`, for `_starts_via`.

    Each word must hold one of the needles ("försommaren" holds "sommar").
    """
    shifts: dict[str, set[int]] = {}
    for word in words:
        held = False
        for needle in needles:
            j = word.find(needle)
            while j >= 0:
                shifts.setdefault(needle, set()).add(j)
                held = True
                j = word.find(needle, j + 1)
        if not held:
            raise ValueError(f"{word!r} holds none of {tuple(needles)!r}")
    return tuple((needle, tuple(sorted(offsets))) for needle, offsets in shifts.items())


def _starts_via(low: str, shifts: tuple[tuple[str, tuple[int, ...]], ...]) -> list[int]:
    """Every offset where one of the words of `shifts` (`needle_shifts`) may begin, ascending.

    One substring search per needle, each hit moved back by where the needle stands in the
    words, finds every place a word begins (and some where none does), with fewer searches
    than one per word.
    """
    found: set[int] = set()
    for needle, offsets in shifts:
        i = low.find(needle)
        while i >= 0:
            found.update(i - k for k in offsets if i >= k)
            i = low.find(needle, i + 1)
    return sorted(found)


_SEASON_SHIFTS = needle_shifts(_SEASON_STARTS, _SEASON_HINTS)
_TENTATIVE_WORDS = tuple(w.strip() for w in TENTATIVE)
_TENTATIVE = re.compile(rf"(?<![0-9a-zåäöéü])(?:{_alt(_TENTATIVE_WORDS)})(?![a-zåäö])")
_T = TypeVar("_T", "DateMatch", "TimeMatch")
_QUARTER_WORDS = {"första": 1, "andra": 2, "tredje": 3, "fjärde": 4}
# A date written "den 7e" or "på lördag" says only a day; never reach further than this for context.
_CONTEXT_MONTH_REACH = 600
PAST_REACH_DAYS = 28


# --- times ------------------------------------------------------------------------------------

def _to_time(s: str) -> time | None:
    s = s.strip()
    parts = [s[:2], s[2:]] if len(s) == 4 and s.isdigit() else _TIME_SEP.split(s)  # "1900" after "kl"
    try:
        hour = int(parts[0])
        minute = int(parts[1]) if len(parts) > 1 and parts[1] else 0
    except ValueError:
        return None
    if hour == 24 and minute == 0:
        hour = 0
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        return None
    return time(hour, minute)


def find_times(text: str, *, bare: bool = False) -> list[TimeMatch]:
    """Return every time or time range in `text`, in order, without overlaps.

    `bare=True` also accepts hour-only ranges without "kl" ("18-20"); use it only on the text
    right after a date, where such a range cannot be an age span or a count.
    """
    found: list[TimeMatch] = []
    low = _lower(text)
    # Every time holds a digit, and the clock patterns begin at one: they are tried only where a
    # number begins (a match inside a number is refused by their boundary), not at every offset.
    digits = _number_starts(low)
    if not digits:
        return found
    patterns = ((_KL, _WORD), (_CLOCK, _NUM_CLOCK), (_BARE_RANGE, _NUM_CLOCK)) if bare else (
        (_KL, _WORD), (_CLOCK, _NUM_CLOCK))
    for pattern, boundary in patterns:
        hits = _hits(pattern, low, text, boundary) if pattern is _KL else _hits_at(pattern, low, text, boundary, digits)
        for m in hits:
            begin = _to_time(m.group("a"))
            if begin is None:
                continue
            finish = _to_time(m.group("b")) if m.group("b") else None
            if pattern is _BARE_RANGE and (finish is None or finish <= begin or _NUMBERS_BEFORE.search(
                    text, max(0, m.start() - 24), m.start())):
                continue  # "punkterna 4, 7-8": items, not hours
            if pattern is _CLOCK and finish is None and "." in m.group("a") and _numbering(text, m.start(), m.end()):
                continue
            found.append(TimeMatch(m.start(), m.end(), m.group(0), begin, finish))
    return _non_overlapping(found)


_NUMBERING_BEFORE = re.compile(
    r"(?:avsnitt|punkt|punkten|kapitel|kap\.|bilaga|sid\.?|sidan|§|paragraf|version|ver\.|nr|ärende)\s*$",
    re.IGNORECASE,
)


# A run of numbers after a numbering word ("punkterna 4, 7-8", "§§ 12-14", "sid 3-5").
_NUMBERS_BEFORE = re.compile(
    r"(?:avsnitt|punkt\w*|kapitel|kap\.|bilag\w*|sid\.?|sidor\w*|sidan|§§?|paragraf\w*|nr|ärende\w*)"
    r"\s*(?:\d+(?:\s*-\s*\d+)?\s*(?:,|och|&)\s*)*$",
    re.IGNORECASE,
)


def _numbering(text: str, start: int, end: int) -> bool:
    """Tell whether a lone "6.10" is a section number rather than a time ("18.00" never is)."""
    if text[start:end].endswith(".00"):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    if not text[line_start:start].strip() and _CAPITAL_AFTER.match(text[end:end + 2]):
        return True
    return _NUMBERING_BEFORE.search(text, max(0, start - 14), start) is not None


def parse_time_range(s: str) -> tuple[time | None, time | None]:
    """Parse "9.00-12.00", "kl. 08.45-15.00", "18-20" or "kl. 13.00" into (start, end)."""
    matches = find_times(s, bare=True)
    if not matches:
        return None, None
    m = matches[0]
    return m.begin, m.finish


def format_time(t: time | None) -> str | None:
    """Return "HH:MM" or None."""
    return None if t is None else f"{t.hour:02d}:{t.minute:02d}"


# --- resolving years --------------------------------------------------------------------------

def _make_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def resolve_year(month: int, day: int, *, after: date, year_hint: int | None = None) -> date | None:
    """Return the date of `day` `month` without a written year.

    With `year_hint` the date takes that year. Otherwise the first such date on or after `after`,
    except one at most `PAST_REACH_DAYS` before `after`, which is read as the recent past
    ("vid mötet den 23 september" in minutes of 11 October).
    """
    if year_hint is not None:
        return _make_date(year_hint, month, day)
    this_year = _make_date(after.year, month, day)
    if this_year is not None and this_year >= after:
        return this_year
    if this_year is not None and (after - this_year).days <= PAST_REACH_DAYS:
        return this_year
    next_year = _make_date(after.year + 1, month, day)
    if next_year is not None:
        return next_year
    return this_year


def resolve_month(month: int, *, after: date, year_hint: int | None = None) -> str:
    """Return "YYYY-MM" for a month without a written year (forward, the previous month is past)."""
    if year_hint is not None:
        return f"{year_hint:04d}-{month:02d}"
    year = after.year
    previous = after.month - 1 or 12
    if month < after.month and month != previous:
        year += 1
    elif month == previous and after.month == 1:
        year -= 1
    return f"{year:04d}-{month:02d}"


def _year(s: str | None) -> int | None:
    if not s:
        return None
    y = int(s)
    return 2000 + y if y < 100 else y


def _day_value(s: str) -> int:
    s = s.strip().lower().rstrip(".")
    if s in ORDINALS:
        return ORDINALS[s]
    return int(_DIGITS.match(s).group(0))  # type: ignore[union-attr]


def _month_value(s: str) -> int:
    return MONTHS[s.strip().lower().rstrip(".")]


_WEEKDAY_LEAD = re.compile(rf"\s*({_alt(_ANY_WEEKDAY)})")


def _weekday_of(text: str) -> int | None:
    m = _WEEKDAY_LEAD.match(text.lower())
    return _ANY_WEEKDAY[m.group(1)] if m else None


# --- finding dates ----------------------------------------------------------------------------

def _day(y: int | None, mo: int, d: int, after: date, hint: int | None) -> date | None:
    if y is not None:
        return _make_date(y, mo, d)
    return resolve_year(mo, d, after=after, year_hint=hint)


def _fit_weekday(value: date, weekday: int | None, after: date, days: int = 0) -> date:
    """Move a yearless date to the neighbouring year whose weekday is the one written with it.

    "Måndag 30 januari" in minutes of December 2022 is 2023-01-30 (a Monday), whatever the
    forward rule said; with no weekday, or none that fits, the date stays as resolved. `days`
    is the length of a range: "tisdag-onsdag den 12-13 maj" fits when any of its days does.
    A date already resolved to the first such day on or after `after` is never pushed a year
    further: "utflykt lördag 26 mars" in minutes of 18 March 2010 is 2010-03-26 (a Friday, the
    writer's slip), not 2011-03-26, over a year after the meeting. Nor is it pulled back a year to a day farther
    before the meeting than it lies after it: "onsdagen den 10 aug." in minutes of 4 May 2017 is 2017-08-10 (a
    Thursday), not 2016-08-10, nine months past.
    """
    if weekday is None or _has_weekday(value, weekday, days):
        return value
    for year in (value.year + 1, value.year - 1):
        if year > value.year and value >= after:
            continue
        other = _make_date(year, value.month, value.day)
        if other is not None and year < value.year and value >= after > other and after - other > value - after:
            continue  # "onsdagen den 10 aug." in May: the coming August (a slip of the weekday), not last year's
        if other is not None and _has_weekday(other, weekday, days):
            return other
    return value


def _has_weekday(first: date, weekday: int, days: int) -> bool:
    return any((first.weekday() + i) % 7 == weekday for i in range(days + 1))


_RANGE_WORDS = ("-", "--", "–", "—", "till", "t.o.m", "t.o.m.")


# A capitalised month abbreviation that is also a given name, a surname after it and no year: "PK 4 Jan
# Wålinder", "punkt 3 Jan Ek" (a person), not "4 Jan 2020" nor "4 jan".
_GIVEN_NAME_MONTH = re.compile(r"(?:Jan|Maj)\s+[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?\b")


def _weekday_pair(m: _Hit, wd: int | None, d1: int) -> bool:
    """Whether a day and the next, each with its weekday, share one month ("Fredag den 13 och lördag den 14
    oktober 2006"): the second weekday follows the first (when written), the second day the first."""
    wd2 = _weekday_of(m.group("wd2") or "")
    if wd2 is None or _day_value(m.group("d2")) != d1 + 1 or m.group("sep").strip().lower() not in ("och", "&", "-", "–"):
        return False
    return wd is None or (wd + 1) % 7 == wd2


# "Nästa år" in the sentence of a yearless day: "söndagen den 3 september blir datum för nästa års Krankesjön runt".
_NEXT_YEAR = re.compile(r"(?<![\w-])(?:nästa|kommande)\s+års?(?![\w-])", re.IGNORECASE)
_SENTENCE_REACH = 150


def _next_years_day(m: _Hit, value: date, weekday: int) -> date:
    """`value`, a yearless day whose weekday does not fit it, moved to the next year where the weekday fits and its
    sentence says "nästa år" / "nästa års" ("Preliminärt bestämmer vi att söndagen den 3 september blir datum för
    nästa års Krankesjön runt" in minutes of August 2022: 2023-09-03, a Sunday). Without the words the weekday is the
    writer's slip (see `_fit_weekday`)."""
    if _has_weekday(value, weekday, 0):
        return value
    text = m.text
    start = max(text.rfind(".", max(0, m.start() - _SENTENCE_REACH), m.start()),
                text.rfind("\n\n", max(0, m.start() - _SENTENCE_REACH), m.start()), 0)
    stop = text.find(".", m.end(), m.end() + _SENTENCE_REACH)
    if not _NEXT_YEAR.search(text, start, stop if stop >= 0 else min(len(text), m.end() + _SENTENCE_REACH)):
        return value
    other = _make_date(value.year + 1, value.month, value.day)
    return other if other is not None and _has_weekday(other, weekday, 0) else value


# A move's verb, then "från" right before a day: "flytta fram datumet för mötet från den 25 november 2014 till 26 mars
# 2015", "Mötet flyttas från 3 maj 2021 till 10 maj 2021": the old day and the new one, no span of days between.
_MOVED_FROM_BEFORE = re.compile(
    r"(?i)\b(?:flytta|flyttas|flyttar|flyttades|flyttats|flyttat|framflytta\w*|senarelägg\w*|tidigarelägg\w*|"
    r"skjut\w*|sköts|ändra|ändras|ändrats|ändrades|byt[aet]\w*)\b[^.;\n]*\bfrån\s+(?:(?:mån|tis|ons|tors|fre|lör|sön)"
    r"dag(?:en)?\s+)?(?:den\s+)?$")
_MOVED_FROM_REACH = 90


def _textual(m: _Hit, after: date, hint: int | None) -> list[DateMatch]:
    if not m.group("y") and not m.group("d2") and _GIVEN_NAME_MONTH.match(m.text, m.start("m")):
        return []
    y = _year(m.group("y"))
    mo = _month_value(m.group("m"))
    d1 = _day_value(m.group("d1"))
    wd = _weekday_of(m.lead())
    if m.group("d4") and y is not None and not (m.group("d2") or m.group("d3")):
        # "18 januari 2016 till 30 juni", "1 januari 2016 – 30 juni 2016": the last day takes the first's
        # year when it has none, the next one when it would come before the first. (The last day stands
        # inside the first's year group: `y` is always there.)
        first = _make_date(y, mo, d1)
        y4 = _year(m.group("y4"))
        last = _make_date(y4 if y4 is not None else y, _month_value(m.group("m4")), _day_value(m.group("d4")))
        if first is not None and last is not None and last < first and y4 is None:
            last = _make_date(last.year + 1, last.month, last.day)
        moved = "till" in m.text[m.end("y"): m.start("d4")] and _MOVED_FROM_BEFORE.search(
            m.text, max(0, m.start() - _MOVED_FROM_REACH), m.start()) is not None
        if first is not None and last is not None and last > first and not moved:
            return [DateMatch(m.start(), m.end(), m.group(0), DateKind.DAY, first, last, True, weekday=wd)]
        # no range ("30 juni 2016 - 1 januari 2016", or a move, "flytta mötet från den 25 november 2014 till 26 mars
        # 2015"): each date that is one, alone (the last only with its own year, when it is `last` as written)
        cut, at = m.end("y"), m.start("d4")
        second = last if y4 is not None else None
        return ([DateMatch(m.start(), cut, m.text[m.start():cut], DateKind.DAY, first, None, True, weekday=wd)]
                if first is not None else []) + (
            [DateMatch(at, m.end(), m.text[at:m.end()], DateKind.DAY, second, None, True)] if second is not None else [])
    if m.group("d3"):
        # "30 mars - 2 april": d1 of m, to d3 of m3.
        mo3 = _month_value(m.group("m3"))
        first = _day(y, mo, d1, after, hint)
        last = _day(y if y else (first.year if first else None), mo3, int(m.group("d3")), after, hint)
        if first is None:
            return []
        if last is not None and last < first:
            last = _make_date(last.year + 1, last.month, last.day)
        return [DateMatch(m.start(), m.end(), m.group(0), DateKind.DAY, first, last, y is not None,
                          weekday=wd)]
    if m.group("d2") and m.group("sep").strip() == "," and _SERIAL_BEFORE.search(
            m.text, max(0, m.start("d1") - _SERIAL_REACH), m.start("d1")):
        # "Styrelseprotokoll4, 15 maj 2017", "Protokoll nr 4, 15 maj 2017": the number of the minutes, then their
        # date; the first number is no day
        second = _day(y, mo, _day_value(m.group("d2")), after, hint)
        at = m.start("d2")
        return [] if second is None else [
            DateMatch(at, m.end(), m.text[at:m.end()], DateKind.DAY, second, None, y is not None)]
    value = _day(y, mo, d1, after, hint)
    if value is None:
        return []
    ranged = bool(m.group("d2")) and (m.group("sep").strip().lower() in _RANGE_WORDS or _weekday_pair(m, wd, d1))
    if y is None and hint is None:
        value = _fit_weekday(value, wd, after, _day_value(m.group("d2")) - d1 if ranged else 0)
        if wd is not None and not ranged:
            value = _next_years_day(m, value, wd)
    if not m.group("d2") and not m.lead():
        side = _DAY_BACK.search(m.text, max(0, m.start() - 4), m.start())
        first = _make_date(value.year, mo, int(side.group("d0"))) if side else None
        if side and first is not None and (value - first).days == 1:
            return [DateMatch(side.start(), m.end(), m.text[side.start():m.end()], DateKind.DAY, first, value,
                              y is not None)]
    if m.group("d2"):
        d2 = _day_value(m.group("d2"))
        sep = m.group("sep").strip().lower()
        other = _make_date(value.year, mo, d2)
        if other is None:
            return []
        if (sep in _RANGE_WORDS and d2 > d1) or _weekday_pair(m, wd, d1) or (
                sep == "och" and d2 == d1 + 1 and _LASTS.search(m.text, max(0, m.start() - _LASTS_REACH), m.start())):
            # "10-12 mars"; "festivalen äger rum den 22 och 23 september"; "Fredag den 13 och lördag den 14
            # oktober 2006": the two days of one event
            return [DateMatch(m.start(), m.end(), m.group(0), DateKind.DAY, value, other, y is not None,
                              weekday=wd)]
        # "7 och 14 december", "sjunde eller fjortonde december": two dates.
        alt = sep == "eller" or sep == "/"
        cut = m.start("sep")
        one = DateMatch(m.start(), cut, m.group(0)[: cut - m.start()], DateKind.DAY, value, None,
                        y is not None, alternative=alt, weekday=wd)
        second_start = m.start("wd2") if m.group("wd2") else m.start("d2")
        two = DateMatch(second_start, m.end(), m.group(0)[second_start - m.start():], DateKind.DAY,
                        other, None, y is not None, alternative=alt, weekday=_weekday_of(m.group("wd2") or ""))
        return [one, two]
    return [DateMatch(m.start(), m.end(), m.group(0), DateKind.DAY, value, None, y is not None, weekday=wd)]


# What a number numbering minutes or a meeting stands after: a letter it is glued to ("Protokoll4"), or a
# numbering word ("Protokoll nr 4", "Möte 4", "§ 4").
_SERIAL_BEFORE = re.compile(
    r"(?i)(?:[^\W\d_]|(?<![^\W\d_])(?:protokoll\w*|nr|nummer|möte|mötet|sammanträde|§|punkt)\.?\s*)$")
_SERIAL_REACH = 16


# A verb that says an event lasts over the days that follow it: "äger rum den 22 och 23 september".
_LASTS = re.compile(r"(?i)\b(?:äger\s+rum|pågår|arrangeras|genomförs)\s+(?:den\s+|på\s+|under\s+)?$")
_LASTS_REACH = 30


def _numeric_like(m: _Hit, after: date, hint: int | None, low: str, *, slashed: bool = False, dotted: bool = False
                  ) -> list[DateMatch]:
    y = _year(m.group("y"))
    mo = int(m.group("m"))
    d = int(m.group("d"))
    end = m.end()
    if (slashed and y is not None and m.text[m.end("m"):m.start("y")] in (" ", "\t")
            and abs(y - after.year) > _SPACED_YEAR_REACH):
        y, end = None, m.end("m")  # "Kvällsvandring 8/6 1900" in 2021: the hour, not the year
    if slashed and y is None and _is_serial_number(m, after):
        return []  # "FU 2/08" in 2008's minutes: the second protocol of the year, not 2 August
    if slashed and y is None and _SERIAL_WORD_BEFORE.search(m.text, max(0, m.start() - 10), m.start()):
        return []  # "Styrelseprotokoll nr 8/11": the minutes' number (meeting 8 of 2011), not 8 November
    if slashed and y is None and _is_school_year(m, after):
        return []  # "2011-02-23 11/12", "läsåret 11/12": a school or working year, not 11 December
    if slashed and y is None and _SCORE_BEFORE.search(m.text, max(0, m.start() - _SCORE_REACH), m.start()):
        return []  # "Matchen slutade 3/2", "vann med 6/4": a score, not 3 February
    if slashed and y is None and _is_page_count(m):
        return []  # "Sida 1/8", "sid. 2/8", "Page 3/8": the page of a copy, not 1 August
    value = _day(y, mo, d, after, hint)
    if value is not None and y is None and hint is None:
        value = _fit_weekday(value, _weekday_of(m.lead()), after)
    if value is None:
        return []
    end_value = None
    groups = m.groupdict()
    start = m.start()
    if slashed or dotted:
        # "15-16/5", "20-22.8.2024": the day before the dash opens a range.
        rb = _RANGE_BACK.search(low, max(0, m.m.start() - 8), m.m.start())
        if rb:
            first = _make_date(value.year, mo, int(rb.group("d0")))
            if first is not None and first < value:
                end_value, value, start = value, first, min(start, rb.start())
    if groups.get("d2"):
        y2 = _year(groups.get("y2")) or value.year
        m2 = int(groups["m2"]) if groups.get("m2") else mo
        end_value = _make_date(y2, m2, int(groups["d2"]))
        if end_value is None or end_value <= value:
            end_value = None
    return [DateMatch(start, end, m.text[start:end], DateKind.DAY, value, end_value, y is not None,
                      weekday=_weekday_of(m.lead()))]


# A game's result right before a slashed pair: "slutade 3/2", "vann med 6/4", "Resultat: 2/1", "ställningen 1/1".
_SCORE_BEFORE = re.compile(r"(?i)(?<![\w])(?:slutade|vann|vunnit|förlorade|förlorat|förlust|vinst|segrade|segern"
                           r"|resultat|resultatet|ställningen|siffrorna|oavgjort)(?:\s+(?:med|på|till))?\s*:?\s*$")
_SCORE_REACH = 24


# An upper-case code right before a number: "FU 2/08", "LS 9/12", "KS 3/10".
_CODE_BEFORE = re.compile(r"(?<![\w])[A-ZÅÄÖ]{1,4}\s?$")


# What stands right before a school or working year written "11/12": a date or a year, or its name.
_SCHOOL_YEAR_BEFORE = re.compile(r"(?i)(?:(?:19|20)\d\d(?:-\d\d-\d\d)?|läsåret|läsår|verksamhetsåret|verksamhetsår"
                                 r"|arbetsåret|styrelseåret|säsongen)\s*$")


# A serial number's word right before "n/m": "Styrelseprotokoll nr 8/11", "Protokoll nummer 3/12", "no. 2/21".
_SERIAL_WORD_BEFORE = re.compile(r"(?i)(?<![\w])(?:nr|nummer|no|num)\.?\s*$")


# A page word right before "n/m" in a copy's page header: "Sida 1/8", "sid. 2/8", "s. 3/8", "Page 4/8".
_PAGE_WORD_BEFORE = re.compile(r"(?i)(?<![\w-])(?:sida|sidan|sid\.?|s\.|page|blad)\s*$")


def _is_page_count(m: _Hit) -> bool:
    """Whether a slashed "1/8" numbers a page of so many ("Sida 1/8"): the first number no larger than
    the second, right after a page word, or alone on its line as another page's count is ("1/4" ... "2/4")."""
    if int(m.group("d")) > int(m.group("m")):
        return False
    return bool(_PAGE_WORD_BEFORE.search(m.text, max(0, m.start() - 8), m.start())) or _lone_page_count(m)


def _lone_page_count(m: _Hit) -> bool:
    """Whether a slashed "2/4" stands alone on its line and another line holds only another page of the
    same count ("1/4"): a copy's page numbers, one a page."""
    text = m.text
    line_start = text.rfind("\n", 0, m.start()) + 1
    line_end = text.find("\n", m.end())
    if text[line_start: m.start()].strip() or text[m.end(): line_end if line_end >= 0 else len(text)].strip():
        return False
    total = m.group("m")
    pages = re.finditer(rf"(?m)^[ \t]*(\d{{1,3}})/{int(total)}[ \t]*$", text)
    return any(int(p.group(1)) != int(m.group("d")) for p in pages)


def _is_school_year(m: _Hit, after: date) -> bool:
    """Whether a slashed "11/12" is a school or working year: two two-digit years in a row around the
    meeting's, right after a date, a year or the year's name ("Protokoll 2011-02-23 11/12", "läsåret 11/12")."""
    first, second = m.group("d"), m.group("m")
    if len(first) != 2 or len(second) != 2 or int(second) != (int(first) + 1) % 100:
        return False
    if int(first) not in ((after.year - 1) % 100, after.year % 100):
        return False
    return bool(_SCHOOL_YEAR_BEFORE.search(m.text, max(0, m.start() - 16), m.start()))


def _is_serial_number(m: _Hit, after: date) -> bool:
    """Whether a slashed "2/08" after an upper-case code is a protocol's serial number of the year: the
    number after the slash is the meeting year's last two digits, written with two digits."""
    written = m.group("m")
    return (len(written) == 2 and int(written) == after.year % 100
            and bool(_CODE_BEFORE.search(m.text, max(0, m.start() - 6), m.start())))


# What may not follow six digits read as a date in a text that writes its dates so: a sum ("210821 kr").
_YYMMDD_NOT_AFTER = re.compile(r"\s*(?:kr\b|kronor|sek\b|:-|st\b|ex\b)")


def _writes_yymmdd(low: str, after: date) -> bool:
    """Whether the text writes its dates as six digits: the meeting's own day so ("Protokoll 210323" for a meeting of
    23 March 2021), standing alone."""
    own = after.strftime("%y%m%d")
    at = low.find(own)
    while at >= 0:
        end = at + len(own)
        if (at == 0 or not (low[at - 1].isalnum() or low[at - 1] in "-/.,")) and (
                end == len(low) or not (low[end].isalnum() or low[end] == "-")):
            return True
        at = low.find(own, at + 1)
    return False


def _yymmdd(m: _Hit, after: date, low: str, written: bool = False) -> list[DateMatch]:
    """Read "140526" after a weekday or a date label as 2014-05-26, in the century nearest the meeting.

    In a text that `written` its dates as six digits (see `_writes_yymmdd`), every such day within a year of the
    meeting is one, a sum aside ("Minikongress genomförs digitalt 210821", "styrelsemöte 210406 alternativt 210407").
    """
    weekday = _weekday_of(m.lead())
    if weekday is None and not _YYMMDD_LABEL.search(low, max(0, m.m.start() - 20), m.m.start()) and (
            not written or _YYMMDD_NOT_AFTER.match(low, m.m.end())):
        return []
    yy = int(m.group("y"))
    year = min((c + yy for c in (1900, 2000)), key=lambda y: abs(y - after.year))
    if abs(year - after.year) > _YYMMDD_REACH:
        return []
    value = _make_date(year, int(m.group("m")), int(m.group("d")))
    if value is None:  # a weekday that does not fit is the writer's slip: the digits say more
        return []
    return [DateMatch(m.start(), m.end(), m.group(0), DateKind.DAY, value, None, True, weekday=weekday)]


def _yyyymmdd(m: _Hit, after: date, low: str) -> list[DateMatch]:
    """Read "20170520 (1)" with its day count, or "20170520" after a weekday or a date label, as 2017-05-20;
    "20170729 (2)" runs to 2017-07-30."""
    weekday = _weekday_of(m.lead())
    days = m.group("n")
    if days is None and weekday is None and not _YYMMDD_LABEL.search(low, max(0, m.m.start() - 20), m.m.start()):
        return []
    year = int(m.group("y"))
    if abs(year - after.year) > _YYYYMMDD_REACH:
        return []
    value = _make_date(year, int(m.group("m")), int(m.group("d")))
    if value is None:
        return []
    last = value + timedelta(days=int(days) - 1) if days and int(days) > 1 else None
    return [DateMatch(m.start(), m.end(), m.group(0), DateKind.DAY, value, last, True, weekday=weekday)]


# The other month of "februari eller april 2018" or "mars och maj 2019", whose year the first shares.
_OR_MONTH_YEAR = re.compile(rf"\s+(?:eller|och)\s+(?:i\s+)?{_FULL_MONTH}\s+(?:år\s+)?(?P<y>{_YEAR4})")


def _month_only(m: _Hit, after: date, hint: int | None) -> list[DateMatch]:
    if not m.group("y") and not m.group("m2") and _GIVEN_NAME_MONTH.match(m.text, m.start("m")):
        return []  # "Ersättare Maj Andersson": a person
    mo = _month_value(m.group("m"))
    y = _year(m.group("y"))
    if y is None and not m.group("m2") and m.text.startswith((" eller ", " och "), m.end()):
        shared = _OR_MONTH_YEAR.match(m.text[m.end(): m.end() + 40].lower())  # "i februari eller april 2018"
        y = _year(shared.group("y")) if shared else None
    value = f"{y:04d}-{mo:02d}" if y else resolve_month(mo, after=after, year_hint=hint)
    end_value = None
    if m.group("m2"):
        mo2 = _month_value(m.group("m2"))
        vy = int(value[:4])
        end_value = f"{vy + (1 if mo2 < mo else 0):04d}-{mo2:02d}"
    bare = not m.lead() and not y and not m.group("m2")
    return [DateMatch(m.start(), m.end(), m.group(0), DateKind.MONTH, value, end_value, y is not None,
                      bare=bare)]


def _season(m: _Hit) -> list[DateMatch]:
    return [DateMatch(m.start(), m.end(), m.group(0), DateKind.SEASON, None, year=_year(m.group("y")))]


def _quarter(m: _Hit) -> list[DateMatch]:
    if m.group("qo"):
        q = _QUARTER_WORDS[(m.group("qo") or "").lower()]
        y = _year(m.group("y3"))
    else:
        q = int(m.group("q") or 0)
        lead = _YEAR_BACK.search(m.lead())
        y = _year(m.group("y2") or (lead.group("y") if lead else None))
    return [DateMatch(m.start(), m.end(), m.group(0), DateKind.QUARTER, None, year=y, quarter=q)]


def _week(m: _Hit) -> list[DateMatch]:
    return [DateMatch(m.start(), m.end(), m.group(0), DateKind.WEEK, None, year=_year(m.group("y")))]


def _weekday_only(m: _Hit, after: date) -> list[DateMatch]:
    rel = m.lead().strip().lower()
    word = (m.group("wd") or "").lower()
    if _PLURAL.search(word):
        return []  # "på tisdagar": a recurring day, not a date
    base = _DEFINITE.sub("", word)
    wd = WEEKDAYS.get(base)
    if wd is None:
        return []
    ahead = (wd - after.weekday()) % 7 or 7
    value = after + timedelta(days=ahead)
    return [DateMatch(m.start(), m.end(), m.group(0), DateKind.WEEKDAY, value, None, False,
                      inferred=True, bare=not rel, weekday=wd)]


def _non_overlapping(found: list[_T]) -> list[_T]:
    found.sort(key=lambda x: (x.start, -(x.end - x.start)))
    out: list[_T] = []
    last_end = -1
    for f in found:
        if f.start >= last_end:
            out.append(f)
            last_end = f.end
        elif out and f.start == out[-1].start and f.end == out[-1].end:
            continue
    return out


def _is_tentative(text: str, start: int, end: int) -> bool:
    tail = text[end:end + 3]
    if "?" in tail:
        return True
    lo = max(0, text.rfind("\n", 0, start) + 1, start - 60)
    hi = text.find("\n", end)
    hi = min(hi if hi >= 0 else len(text), end + 40)
    return _TENTATIVE.search(text, lo, hi) is not None


_DAY_PATTERNS = (_ISO, _DOTTED, _NUMERIC, _SHORT_ISO)


def find_impossible_dates(text: str, *, low: str | None = None) -> list[tuple[int, int, str]]:
    """Return `(start, end, text)` of written dates no calendar has ("den 31 april", "2021-02-30").

    `low` is `text` lower-cased by `lower_text`, when the caller has it already.
    """
    if low is None:
        low = _lower(text)
    numbers = _numbers(low)
    if not numbers.any:
        return []
    bad: list[tuple[int, int, str]] = []
    # "31 april" needs a month name; most texts have one, so this rarely skips.
    for m in _hits_at(_TEXTUAL, low, text, _NUM_TEXTUAL, numbers.short if _month_starts(low) else ()):
        _check_textual(m, text, bad)
    for m in _hits_at(_ISO, low, text, _NUM_ISO, numbers.four):
        _check_iso(m, text, bad)
    return bad


def _check_textual(m: _Hit, text: str, bad: list[tuple[int, int, str]]) -> None:
    """Add a `_TEXTUAL` match to `bad` when its day is not in its month ("31 april")."""
    day = int(_DIGITS.match(m.group("d1") or "0").group(0))  # type: ignore[union-attr]
    if not _valid_day(_month_value(m.group("m") or ""), day, _year(m.group("y"))):
        bad.append((m.m.start(), m.m.end(), text[m.m.start():m.m.end()]))


def _check_iso(m: _Hit, text: str, bad: list[tuple[int, int, str]]) -> None:
    """Add an `_ISO` match to `bad` when its day is not in its month ("2021-02-30")."""
    if not _valid_day(int(m.group("m") or 0), int(m.group("d") or 0), _year(m.group("y"))):
        bad.append((m.m.start(), m.m.end(), text[m.m.start():m.m.end()]))


def find_dates_and_impossible(text: str, *, after: date, low: str | None = None
                              ) -> tuple[list[DateMatch], list[tuple[int, int, str]]]:
    """Return `find_dates(text, after=after)` and `find_impossible_dates(text)` from one reading.

    The impossible dates are matches of two of the patterns `find_dates` tries at the same
    places: each is checked as it is found rather than found again.
    """
    textual: list[tuple[int, int, str]] = []
    iso: list[tuple[int, int, str]] = []
    found = _find_dates(text, after, None, low, (textual, iso))
    return found, textual + iso


def _valid_day(month: int, day: int, year: int | None) -> bool:
    # Without a year, 29 February is possible.
    return _make_date(year if year is not None else 2024, month, day) is not None


def find_dates(text: str, *, after: date, year_hint: int | None = None, low: str | None = None
               ) -> list[DateMatch]:
    """Return every date mention in `text`, in order, without overlaps.

    `after` is the meeting date: yearless dates resolve from it. `year_hint` is the year of a
    heading over the text ("Möten 2022"): yearless dates take it as written. `low` is `text`
    lower-cased by `lower_text`, when the caller has it already.
    """
    return _find_dates(text, after, year_hint, low, None)


_TYPESET_HEAD = 1500  # characters of a Typst source its head's code stands in
_TYPESET_AFTER = date(2000, 1, 1)  # `find_dates` needs a meeting day for yearless dates: a typeset one has its year


def typeset_day(source: str) -> date | None:
    """The day minutes kept as Typst source date themselves by in their head's code, which the cleaned text
    leaves out ("#let today = datetime(year: 2025, month: 11, day: 28)", shown by "#today.display()"; "date:
    datetime(year: 2024, month: 10, day: 10)" among a template's arguments; `_TYPST_DATE`): the first such
    value in `source`'s first `_TYPESET_HEAD` characters, None without one."""
    head = source[:_TYPESET_HEAD]
    if "datetime(" not in head:
        return None
    for dm in find_dates(head, after=_TYPESET_AFTER):
        if dm.text.startswith("datetime(") and isinstance(dm.value, date):
            return dm.value
    return None


def _find_dates(text: str, after: date, year_hint: int | None, low: str | None,
                bad: tuple[list[tuple[int, int, str]], list[tuple[int, int, str]]] | None) -> list[DateMatch]:
    """`find_dates`; with `bad`, also collect what `find_impossible_dates` returns (its two parts)."""
    found: list[DateMatch] = []
    if low is None:
        low = _lower(text)
    # Where a number begins (all digit patterns start there: a match inside a number is refused by
    # every digit pattern's boundary), sorted by what can follow, and where a month name may begin.
    numbers = _numbers(low)
    months = _month_starts(low)
    has_digit = numbers.any
    has_month = bool(months)
    if not has_digit and not has_month and _OTHER_WORD.search(low) is None:
        return []  # most lines of minutes: nothing to look at
    if has_month:
        for m in _hits_at(_TEXTUAL, low, text, _NUM_TEXTUAL, numbers.short, _LEAD_BACK):
            found.extend(_textual(m, after, year_hint))
            if bad is not None:
                _check_textual(m, text, bad[0])
        for m in _hits_at(_TEXTUAL_ORD, low, text, _WORD, _ordinal_starts(low, months), _LEAD_BACK):
            found.extend(_textual(m, after, year_hint))
    digit_patterns = ((_ISO, _NUM_ISO, numbers.four), (_DOTTED, _NUM_DOTTED, numbers.dotted),
                      (_NUMERIC, _NUM_NUMERIC, numbers.slashed), (_NUMERIC_DEN, _NUM_NUMERIC, numbers.slashed),
                      (_SHORT_ISO, _NUM_SHORT, numbers.dashed), (_SPACED_ISO, _NUM_ISO, numbers.spaced),
                      (_NUMERIC_DAY_RANGE, _NUM_NUMERIC, numbers.short if numbers.slashed else ()))
    for pattern, boundary, starts in digit_patterns if has_digit else ():
        for m in _hits_at(pattern, low, text, boundary, starts, _LEAD_BACK):
            if pattern is _NUMERIC_DAY_RANGE and int(m.group("d2")) <= int(m.group("d")):
                continue  # "3-2/1", "12-11/3": no range of days (a score, a count)
            found.extend(_numeric_like(m, after, year_hint, low,
                                       slashed=pattern in (_NUMERIC, _NUMERIC_DEN, _NUMERIC_DAY_RANGE),
                                       dotted=pattern is _DOTTED and m.group("s") == "."))
            if bad is not None and pattern is _ISO:
                _check_iso(m, text, bad[1])
    for t in _TYPST_DATE.finditer(low) if has_digit and "datetime(" in low else ():
        value = _make_date(int(t.group("y")), int(t.group("m")), int(t.group("d")))
        if value is not None:
            found.append(DateMatch(t.start(), t.end(), text[t.start():t.end()], DateKind.DAY, value, None, True))
    for m in _hits_at(_DAY_DOT_RANGE, low, text, _NUM_DOTTED, numbers.dotted, _LEAD_BACK) if numbers.dotted else ():
        found.extend(_day_dot_range(m, low))
    dotted_year: bool | None = None  # whether the text writes day.month.year anywhere; read when first needed
    for m in _hits_at(_DAY_DOT_MONTH, low, text, _NUM_DOTTED, numbers.dotted, _LEAD_BACK) if has_digit else ():
        if m.lead() or _next_meeting_label_before(low, m.start()) or _month_named_before(low, m):
            found.extend(_numeric_like(m, after, year_hint, low))
            continue
        if dotted_year is None:
            dotted_year = _has_dotted_year(low, numbers.dotted)
        if dotted_year and _pair_in_dotted_text(low, m):
            found.extend(_numeric_like(m, after, year_hint, low))
    written: bool | None = None  # whether the text writes its dates as six digits; read at the first six
    for m in _hits_at(_YYMMDD, low, text, _NUM_SHORT, numbers.six, _LEAD_BACK) if has_digit else ():
        if written is None:
            written = _writes_yymmdd(low, after)
        found.extend(_yymmdd(m, after, low, written))
    for m in _hits_at(_YYYYMMDD, low, text, _NUM_SHORT, numbers.eight, _LEAD_BACK) if numbers.eight else ():
        found.extend(_yyyymmdd(m, after, low))
    for m in _hits_at(_MONTH_DAY, low, text, _WORD, months) if has_month and has_digit else ():
        y = _year(m.group("y"))
        value = _day(y, _month_value(m.group("m") or ""), int(m.group("d") or 0), after, year_hint)
        if value is not None:
            found.append(DateMatch(m.start(), m.end(), m.group(0) or "", DateKind.DAY, value, None, y is not None))
    for m in _hits_at(_MONTH_ONLY, low, text, _WORD, months, _PREP_BACK) if has_month else ():
        found.extend(_month_only(m, after, year_hint))
    # Plain substring tests are much cheaper than a scan; most minutes name no season or quarter.
    for m in _hits_at(_SEASON, low, text, _WORD, _starts_via(low, _SEASON_SHIFTS)):
        found.extend(_season(m))
    for m in _hits(_QUARTER, low, text, _WORD, _YEAR_BACK) if "kvartal" in low or _Q_DIGIT.search(low) else ():
        found.extend(_quarter(m))
    for m in _hits(_WEEK, low, text, _WORD) if has_digit else ():
        found.extend(_week(m))
    for m in _hits_at(_WEEKDAY_ONLY, low, text, _WORD, _suffix_starts(low, WEEKDAYS, _WEEKDAY_SUFFIXES),
                      _REL_BACK) if "dag" in low or "day" in low else ():
        found.extend(_weekday_only(m, after))
    for m in _hits(_DAY_ONLY, low, text, _WORD) if has_digit else ():
        found.append(DateMatch(m.start(), m.end(), m.group(0) or "", DateKind.DAY, None, None, False,
                               inferred=True))
    result = _non_overlapping(_drop_weekdays_of_dates(found))
    return _finish(text, low, result, after, year_hint)


# A month named a few words before a day.month ("I oktober, preliminärt 23.10"): read with it, when its month
# is the same, the pair is that day of the month, no decimal number or time.
_MONTH_NAMED_BACK = re.compile(rf"(?<![0-9a-zåäöéü])({_alt(MONTHS)})(?![a-zåäö.])[^.\n\d]{{0,25}}$")
_MONTH_NAMED_REACH = 40


def _day_dot_range(m: _Hit, low: str) -> list[DateMatch]:
    """A `_DAY_DOT_RANGE` match as a range of days; the year written after the last day is the last day's, so a
    first day later in the year than the last is of the year before ("20.12 – 5.1 2022")."""
    if _CLOCK_WORD_BACK.search(low, max(0, m.m.start() - 10), m.m.start()):
        return []
    y = int(m.group("y") or 0)
    last = _make_date(y, int(m.group("m2") or 0), int(m.group("d2") or 0))
    first = _make_date(y, int(m.group("m") or 0), int(m.group("d") or 0))
    if first is not None and last is not None and first > last:
        first = _make_date(y - 1, first.month, first.day)
    if first is None or last is None or first >= last:
        return []
    return [DateMatch(m.start(), m.end(), m.text[m.start():m.end()], DateKind.DAY, first, last, True,
                      weekday=_weekday_of(m.lead()))]


# Finland-Swedish minutes date themselves day.month.year ("höll årsmöte 24.2.2022") and the days of the year ahead by
# day.month alone: after a word ("Teaterbesök ... görs 27.3", "nästa möte som hölls 18.3", "årsmöte i Svartå 21.3") or
# opening the lines of a program ("22.3 Kyrkogångsdag" / "11.7 Hantverkardagen"). In a text that writes such a full date,
# a pair in those places is a date. After a word of counting or reference ("punkt 6.1", "kl 18.30", "med 2.5", "ca 1.5"),
# before a unit ("2.5 m", "1.5 euro") or before another number ("perioden 01.01. 31.07.2015": a period's first day) it
# stays a number; numbered lines ("5.1 Kodfiler" / "5.2 Projektplan", one section's points) are no program.
_DOTTED_YEAR = re.compile(r"(?<![\d.])\d\d?\.\d\d?\.(?:19|20)\d\d(?![\d.]\d)")
_WORD_BEFORE_PAIR = re.compile(r"(?<![0-9a-zåäöéü§.])([a-zåäöéü]{2,})[ \t]+\Z")
_NUMBER_WORDS = frozenset((
    "kl", "klockan", "punkt", "punkten", "punkterna", "paragraf", "paragrafen", "bilaga", "bilagan", "bil", "version",
    "nr", "nummer", "sida", "sidan", "sid", "kapitel", "kapitlet", "kap", "avsnitt", "avsnittet", "moment", "momentet",
    "mom", "artikel", "art", "tabell", "figur", "steg", "fas", "etapp", "ärende", "ärendet", "ca", "cirka", "omkring",
    "ungefär", "med", "av", "till", "från", "mellan", "och", "eller", "än", "på", "om", "är", "var", "blev", "blir",
    "vecka", "veckan", "v", "se", "enligt", "pkt", "p", "s", "ver", "rad", "raden", "tid", "tiden",
))
_UNIT_AFTER = re.compile(r"\.?[ \t]*[–—-]?[ \t]*\d|[ \t]*(?:€|euro|e\b|m\b|m2|m²|cm|mm|km|ha\b|h\b|kg|g\b|l\b|liter|dl|st\b|x\b|milj)")
_PAIR_LINE = re.compile(r"^[ \t]*(?:[-•*–][ \t]*)?(\d\d?)\.(\d\d?)\.?[ \t]+[A-ZÅÄÖa-zåäö]", re.MULTILINE)
_PAIR_REACH = 200


def _has_dotted_year(low: str, dotted: list[int]) -> bool:
    """`_DOTTED_YEAR.search(low) is not None`, trying the pattern only at `dotted` (`_Numbers.dotted`).

    A match opens with a digit no digit stands before, its run of one or two digits followed by
    ".": such a start is among `dotted`.
    """
    match = _DOTTED_YEAR.match
    return any(match(low, s) is not None for s in dotted)


def _pair_in_dotted_text(low: str, m: _Hit) -> bool:
    """Whether a day.month pair without a lead is a date in a text that writes day.month.year (`_DOTTED_YEAR`)."""
    if _UNIT_AFTER.match(low, m.end()):
        return False
    back = _WORD_BEFORE_PAIR.search(low, max(0, m.start() - 30), m.start())
    if back is not None:
        return back.group(1) not in _NUMBER_WORDS
    line_start = low.rfind("\n", 0, m.start()) + 1
    if low[line_start:m.start()].strip(" \t-•*–"):
        return False
    # A line of a program: a neighbouring line opens with a pair too, and they are not one section's points.
    own = (int(m.group("d")), int(m.group("m")))
    if _opens_numbered_section(low, line_start, own[0]):
        return False  # "§ 4. Meddelanden och övriga ärenden" / "4.1 Sångkväll med ...": the section's first point
    lo, hi = max(0, line_start - _PAIR_REACH), min(len(low), m.end() + _PAIR_REACH)
    others = [(int(o.group(1)), int(o.group(2))) for o in _PAIR_LINE.finditer(low, lo, hi) if o.start(1) != m.start("d")]
    return bool(others) and not any(d == own[0] for d, _ in others)


# A numbered section's heading line: "§ 4. Meddelanden och övriga ärenden", "4. Övriga frågor". Group 1 its number.
_SECTION_HEADING_LINE = re.compile(r"[ \t]*(?:§[ \t]*)?(\d\d?)[.:)]?[ \t]+[a-zåäö][^\n]*$")


def _opens_numbered_section(low: str, line_start: int, number: int) -> bool:
    """Whether the line with text above `line_start` is the heading of section `number` (see `_SECTION_HEADING_LINE`)."""
    above = low[max(0, line_start - _PAIR_REACH): line_start].rstrip()
    heading = _SECTION_HEADING_LINE.fullmatch(above, above.rfind("\n") + 1)
    return heading is not None and int(heading.group(1)) == number


def _month_named_before(low: str, m: _Hit) -> bool:
    """Whether the month of a day.month pair is named by its name right before it ("I oktober, preliminärt 23.10")."""
    back = _MONTH_NAMED_BACK.search(low, max(0, m.start() - _MONTH_NAMED_REACH), m.start())
    return (back is not None and _month_value(back.group(1)) == int(m.group("m") or 0)
            and "kl" not in low[back.end(1):m.start()])  # "i oktober kl 18.10": a time


def _next_meeting_label_before(low: str, at: int) -> bool:
    """Tell whether a "Nästa möte:" label stands right before `at` ("Nästa möte: 23.9")."""
    return _NEXT_MEETING_LABEL_BACK.search(low, max(0, at - 40), at) is not None


def _drop_weekdays_of_dates(found: list[DateMatch]) -> list[DateMatch]:
    """Drop a weekday read alone whose word opens a full date ("på onsdag 2 juni": the date wins).

    The weekday match takes a lead ("på ") the date does not, so it starts first and would hide
    the date; a weekday that overlaps a day-precise date is that date's weekday.
    """
    weekdays = [f for f in found if f.kind is DateKind.WEEKDAY]
    if not weekdays:
        return found
    days = [f for f in found if f.kind is DateKind.DAY and f.value is not None]
    if not days:
        return found
    gone = {id(w) for w in weekdays if any(w.start < d.start < w.end for d in days)}
    return [f for f in found if id(f) not in gone] if gone else found


def _finish(text: str, low: str, matches: list[DateMatch], after: date, hint: int | None) -> list[DateMatch]:
    """Give day-only mentions ("den 13e") the month last written before them; mark tentative ones."""
    out: list[DateMatch] = []
    last: DateMatch | None = None
    for dm in matches:
        if dm.kind is DateKind.DAY and dm.value is None:
            day = int(_DIGITS.search(dm.text).group(0))  # type: ignore[union-attr]
            value: date | None = None
            if last is not None and isinstance(last.value, date) and dm.start - last.end <= _CONTEXT_MONTH_REACH:
                value = _make_date(last.value.year, last.value.month, day)
            elif last is not None and isinstance(last.value, str) and dm.start - last.end <= _CONTEXT_MONTH_REACH:
                value = _make_date(int(last.value[:4]), int(last.value[5:7]), day)
            if value is None:
                candidate = _make_date(after.year, after.month, day)
                if candidate is not None and candidate < after:
                    nxt = after.replace(day=1) + timedelta(days=32)
                    candidate = _make_date(nxt.year, nxt.month, day)
                value = candidate
            if value is None:
                continue
            dm = replace(dm, value=value)
        if _is_tentative(low, dm.start, dm.end):
            dm = replace(dm, tentative=True)
        if dm.kind in (DateKind.DAY, DateKind.MONTH) and dm.value is not None:
            last = dm
        out.append(dm)
    return out


def resolve_date(s: str, *, after: date, year_hint: int | None = None) -> date | None:
    """Return the first day-precise date in `s` ("den 8 maj", after=date(2020, 3, 6) -> 2020-05-08)."""
    for dm in find_dates(s, after=after, year_hint=year_hint):
        if dm.kind in (DateKind.DAY, DateKind.WEEKDAY) and isinstance(dm.value, date):
            return dm.value
    return None


def month_of(s: str, *, after: date, year_hint: int | None = None) -> str | None:
    """Return "YYYY-MM" of the first month or day mention in `s` ("i november" -> "2021-11")."""
    for dm in find_dates(s, after=after, year_hint=year_hint):
        if isinstance(dm.value, date):
            return dm.value.isoformat()[:7]
        if isinstance(dm.value, str):
            return dm.value
    return None


# --- a stored page's own lines ---

_FRAME_HEADS = tuple(sorted(PAGE_FRAME_HEADS, key=len, reverse=True))
_FRAME_HEAD_LONGEST = len(_FRAME_HEADS[0])
_FRAME_FIRSTS = frozenset(head[0] for head in _FRAME_HEADS)


# A stored copy's upload date and its view counter, alone on a line at the page's top: "27.09.2013 Views".
_VIEW_STAMP = re.compile(r"(?i)\s*(?:\d{1,2}[./-]\d{1,2}[./-]\d{4}|\d{4}-\d{2}-\d{2})\s+(?:views|visningar)\s*")


def is_view_stamp(text: str) -> bool:
    """Whether a line is a stored copy's upload date and view counter (`_VIEW_STAMP`), not the minutes' date."""
    return ("iews" in text or "isningar" in text) and _VIEW_STAMP.fullmatch(text) is not None


def is_page_frame(text: str) -> bool:
    """A stored page's own line above the minutes ("Titel:2019-01-30 Protokoll", "tarix08.04.2018",
    "Arkiv för kategori: Protokoll", "BEVIS OM ANSLAGSDAG ...", "27.09.2013 Views"): a head no letter follows."""
    lead = text.lstrip(" *-\t")
    if lead[:1].isdigit() and is_view_stamp(lead):
        return True
    if not lead or lead[0].casefold() not in _FRAME_FIRSTS:
        return False  # the shortcut: most lines open with another letter
    low = lead[: _FRAME_HEAD_LONGEST + 1].casefold()
    head = next((h for h in _FRAME_HEADS if low.startswith(h)), None)
    return head is not None and not low[len(head): len(head) + 1].isalpha()
