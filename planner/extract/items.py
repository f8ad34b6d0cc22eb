"""Find the agenda items of a set of minutes, their status and target, and the carry list.

Step three of the extraction: `extract_items(doc, meeting)` reads the cleaned `Minutes` and
returns the items in order, what is carried to a later meeting, and warnings.

Items come from the first layout family that gives some, tried in this order:
1. numbered headings ("5.", "5)", "§ 12", "Punkt 3:", "FHR 5", "## **5. ...**", "§ 45" with
   the title below, "1 §" before it or on its line, "§ 46" with the title printed after the text,
   "•   1" / title on a web page, "1:Mötet öppnas" run in), chosen as the
   heaviest rising sequence so that numbered lists inside an item (proposals "1. ... 2. ...")
   and agenda lists above the minutes drop out; paragraphs that open with a missing number
   fill its gap; else points lettered "A/", "B/", "C/" ...;
2. an agenda list of bullets at the top of notes whose discussion follows in free form;
3. marked-up headings (Markdown, LaTeX, HTML): leaf sections, or top-level bullets below one;
   a table of contents (dot leaders, or entries that lost their numbers run together after the label);
4. plain lines standing alone and followed by body text (also in .docx/.pdf text without
   blank lines), or paragraphs that open with a bold label;
5. top-level bullets, or a run of numbered paragraphs.
Stored copies bring their own variants of these: a scan's "$1" for "§ 1" (`misread_sign_view`),
points numbered within the meeting ("9:1", "9:2"), contents lines with the numbers after the
titles or with dot leaders run together, a page's running head before the item's bare number,
short paragraphs under "Ärenden som behandlats:" (each a matter, before the plain lines of 4).

The status of each item comes from its own text, sentence by sentence, with the word lists
of `words.py`: postponed > returns > referred > handled. Sentences about this meeting ("under
dagens möte punkt 3") or an earlier one say nothing of the item's fate, and a topic of its own
said to come back later ("ev adventmys kommer att diskuteras på nästa styrelsemöte") is an
announced carry. A point named and then dropped inside an item ("Utvärdering av seminariet" /
"Ärendet utgick p.g.a. tidsbrist") is an unnumbered item of its own; on a web page that kept
only a few headings, the bullets without one carry from no item.

Most lines open no heading and most sentences hold no status phrase, so the costly patterns run
only where a cheap test allows a match: the words of every sentence come from one Latin-1
translation of the whole text (`_word_text`), a phrase pattern is searched only when the sentence
holds all the words of one of its phrases (`_possible_phrases`), and then phrase by phrase, only the
possible ones (`_search_phrases`); the heading patterns run only on lines with a digit or a "§"
(`_numbered_lines`) that open as a numbered heading can (`_may_open_numbered`).
tests/extract/test_items_shortcuts.py and tests/extract/test_items_speed_shortcuts.py check each
shortcut against the long way.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import partial
from itertools import chain, compress, count, islice, pairwise, repeat
from operator import attrgetter
from typing import NamedTuple

from planner.extract import words
from planner.extract.caches import text_cache
from planner.extract.dates import DateKind, alternation, find_dates
from planner.extract.model import Carry, CarryReason, Item, ItemStatus, Meeting, Target
from planner.extract.text import Line, Minutes, looks_like_latex

# --- phrase matching ------------------------------------------------------------------------

_GAP = r"(?:\s+\S+){0,4}?"


# Patterns the functions below use inline, compiled once (hoisted for speed; same patterns).
_RX_OTHER_BODY_1 = re.compile(r"\s*(?:(?:nästa|kommande|ett|en|den|de|" + "|".join(words.BODY_QUALIFIERS)
                              + r")\s+)?([\wåäöÅÄÖ-]+)")
_RX_OTHER_BODY_2 = re.compile(r"[A-ZÅÄÖ]{2,6}")
_RX_OTHER_BODY_3 = re.compile(r"[.;:!?]|\s(?:och|men|där|då|eftersom|för att)\s")
_RX_IS_EXCLUDED_HEADING_1 = re.compile(r"[^\W\d_]")
_RX_CLEAN_TITLE_1 = re.compile(r"\s*\[[^\]]*\]\([^)]*\)")
_RX_CLEAN_TITLE_2 = re.compile(r"[\s:.;,]+$")
_RX_NUMBERED_CANDIDATES_1 = re.compile(r"[\"”'«(]?[A-ZÅÄÖÉÜ\ufffd]")
_RX_NUMBERED_CANDIDATES_2 = re.compile(r"[^\W\d_]{2,}")
_RX_NUMBERED_CANDIDATES_3 = re.compile(r"(?<=[^\s.]{2})[.:;!?](?:\s|$)")
_RX_NUMBERED_CANDIDATES_4 = re.compile(r"([^:]{2,40}):\s+(\S.*)$")
_RX_NUMBERED_CANDIDATES_5 = re.compile(r"§\s*\d{1,4}\.?\s*")
_RX_INLINE_TITLE_1 = re.compile(r"\d{1,2}(?:\.\d{1,2})+\.?")
# Abbreviations a run-in title goes on after ("Upphandling av nytt lönesystem och ev. bildande av ...").
_ABBREVIATIONS = frozenset({"ev.", "bl.a.", "t.ex.", "resp.", "ca.", "inkl.", "exkl.", "m.fl.", "fr.o.m.", "t.o.m."})
_NEXT_MARK = re.compile(r"\d{1,2}[.:]")  # "Mötets öppnande 2. Föregående ...": the next item's number
_RX_IS_GROUPING_1 = re.compile(r"\s*(?:/|,|&|\boch\b)\s*")
_RX_TITLE_LINE_1 = re.compile(r"[\d\s\-/.]*(?:\w+\s+)?\d{1,2}\s+\w+\s+\d{4}|\d{4}-\d{2}-\d{2}", re.IGNORECASE)
_RX_STANDALONE_HEADINGS_1 = re.compile(r"[A-ZÅÄÖÉ0-9]")
_RX_RUN_IN_HEADINGS_1 = re.compile(r"[A-ZÅÄÖÉ]")
_RX_HEADINGS_OVER_BULLETS_1 = re.compile(r"[A-ZÅÄÖ]")
_RX_REFERRED_SUBJECT_1 = re.compile(r"[\wåäöÅÄÖ]+")
_RX_KEYWORDS_1 = re.compile(r"[\wåäöÅÄÖ]{4,}")
_RX_CARRY_TITLE_1 = re.compile(r"(?<![\w-])beslut(?:et)?(?![\w-])", re.IGNORECASE)


# What each phrase pattern needs of a sentence's words. A phrase matches only where every word of
# it stands as a whole word of the (lower-cased) text: the pattern's edges and the gaps between
# its words are non-word characters. So a phrase is possible only when all its words are among the
# sentence's words. _PHRASE_INDEX lists, under each phrase's longest word, the pattern (by id: a
# compiled pattern hashes its whole program on each lookup; these live as long as the module) and
# the words the phrase needs. A pattern with a phrase of no words is always possible.
_PHRASE_INDEX: dict[str, list[tuple[int, frozenset[str]]]] = {}
_PHRASE_ALWAYS: set[int] = set()


class _Phrase(NamedTuple):
    """One alternative of a phrase pattern: the words it needs (see _PHRASE_INDEX) and the source of
    a regex that finds it alone in a lower-cased text (see `_search_phrases`)."""

    need: frozenset[str]
    source: str


# The phrases of each phrase pattern of a few dozen phrases at most (by id), in the order the
# pattern tries them; see `_search_phrases`.
_PATTERN_PHRASES: dict[int, list[_Phrase]] = {}
_MAX_PHRASES_APART = 50
_PHRASE_REGEX: dict[str, re.Pattern[str]] = {}


def _alternation(phrases: Iterable[str]) -> str:
    """Phrases as one regex alternation in their order, any run of white space in them matching a space."""
    return "|".join(re.escape(p).replace("\\ ", r"\s+") for p in phrases)


def _phrase_pattern(phrases: Iterable[str]) -> re.Pattern[str]:
    """Compile lower-case phrases ("…" = a gap of up to four words) into one word-bounded regex."""
    parts = []
    apart = []
    for phrase in sorted(set(phrases), key=lambda p: (-len(p), p)):  # (ties in one order, whatever the hash seed)
        # Justified PDF text doubles spaces: any run of white space matches a space.
        pieces = [re.escape(p.strip()).replace("\\ ", r"\s+") for p in phrase.split("…")]
        body = (_GAP + r"\s+").join(pieces)
        parts.append(body)
        # The phrase's first word opens its match: the regex starts with it, so that a search skips
        # from one place of it to the next, and asks after it what the pattern asks before it.
        lead = re.escape(phrase.split("…")[0].strip().split(" ")[0])
        source = lead + r"(?<![\w-]" + lead + ")" + body[len(lead):] + r"(?![\w-])"
        apart.append(_Phrase(frozenset(re.findall(r"\w+", phrase.lower())), source if lead and phrase.islower() else ""))
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])", re.IGNORECASE)
    # A phrase without a first word, or written with a capital, is searched with the whole pattern.
    if len(apart) <= _MAX_PHRASES_APART and all(p.source for p in apart):
        _PATTERN_PHRASES[id(pattern)] = apart
    tokens = [re.findall(r"\w+", p.lower()) for p in phrases]
    if not all(tokens):
        _PHRASE_ALWAYS.add(id(pattern))
    for t in filter(None, tokens):
        _PHRASE_INDEX.setdefault(max(t, key=len), []).append((id(pattern), frozenset(t)))
    return pattern


def _search_phrases(pattern: re.Pattern[str], low: str, words_of: set[str]) -> re.Match[str] | None:
    """`pattern.search(low)` for a phrase pattern, `low` a lower-cased text without "ı" or "ſ" and
    `words_of` its words.

    The pattern tries its phrases in order at each position from the left, so its match is the
    leftmost of the matches of its phrases (the earlier phrase at the same position). A phrase
    can match only when the text holds all its words: only those are searched, each with a regex
    of its own. That regex needs no IGNORECASE: the phrases are lower-case, and in a lower-cased
    text without "ı" and "ſ" nothing else matches a lower-case letter of theirs when case is
    ignored. Ignoring case, a regex compares character by character at every position; without
    it, it skips to the places of the phrase's first word at C speed.
    """
    phrases = _PATTERN_PHRASES.get(id(pattern))
    if phrases is None:
        return pattern.search(low)
    best: re.Match[str] | None = None
    for phrase in phrases:
        if not phrase.need <= words_of:
            continue
        regex = _PHRASE_REGEX.get(phrase.source)
        if regex is None:
            regex = _PHRASE_REGEX[phrase.source] = re.compile(phrase.source)
        m = regex.search(low)
        if m is not None and (best is None or m.start() < best.start()):
            best = m
    return best


def _possible_phrases(low: str, words_of: set[str]) -> set[int] | None:
    """The ids of the phrase patterns that may match `low`, whose words are `words_of`; None: all.

    IGNORECASE also matches "ı" to "i" and "ſ" to "s", which lower-casing keeps: a text with
    either may match any pattern.
    """
    if "ı" in low or "ſ" in low:
        return None
    out = set(_PHRASE_ALWAYS)
    for key in _PHRASE_KEYS.intersection(words_of):
        alone, seconds, by_second = _PHRASE_PAIRS[key]
        out.update(alone)
        # A key such as "beslut" heads some hundred phrases; only those whose second word is there are tried.
        for second in seconds.intersection(words_of) if seconds else ():
            for pattern, need in by_second[second]:
                if pattern not in out and need <= words_of:
                    out.add(pattern)
    return out


def _pair_index(index: dict[str, list[tuple[int, frozenset[str]]]]
                ) -> dict[str, tuple[frozenset[int], frozenset[str], dict[str, list[tuple[int, frozenset[str]]]]]]:
    """`_PHRASE_INDEX` split once more: under each key, the patterns of a phrase of that word alone,
    and the other phrases under their longest other word (what `_possible_phrases` reads)."""
    out = {}
    for key, entries in index.items():
        alone = frozenset(pattern for pattern, need in entries if need <= {key})
        by_second: dict[str, list[tuple[int, frozenset[str]]]] = {}
        for pattern, need in entries:
            rest = need - {key}
            if rest:
                by_second.setdefault(max(sorted(rest), key=len), []).append((pattern, need))
        out[key] = (alone, frozenset(by_second), by_second)
    return out


_POSTPONED = _phrase_pattern(words.POSTPONED + words.POSTPONED_MORE + words.POSTPONED_LEFT_FOR_LATER + words.MATTER_DROPPED
                            + words.POSTPONED_ACTIVE_PAST + words.MATTER_LAID_ASIDE + words.MATTER_DROPPED_MODAL
                            + words.MINUTES_NOT_APPROVED + words.POSTPONED_MOVED_ACTIVE + words.RESCHEDULED)
_POSTPONED_IF_MATTER = _phrase_pattern(words.POSTPONED_IF_MATTER + words.POSTPONED_IF_MATTER_MORE
                                       + words.POSTPONED_IF_MATTER_FORWARD
                                       + words.POSTPONED_IF_MATTER_DROPPED + words.MOVED_TO_LATER_MEETING
                                       + words.OFF_THE_AGENDA + words.OFF_THE_AGENDA_MORE
                                       + words.POSTPONED_IF_MATTER_WIDENED)
_MATTER = _phrase_pattern(words.MATTER_WORDS + words.MATTER_WORDS_TALKS + words.MATTER_WORDS_ELECTION)
_DROPPED = re.compile(r"(?<![\w-])(?:" + "|".join(words.DROPPED_WORDS) + r")\s*(?:[.!;]|$)", re.IGNORECASE)
_RETURNS = _phrase_pattern(words.RETURNS + words.RETURNS_MORE + words.MATTER_COMES_BACK + words.COMES_BACK_WITH_REPORT
                           + words.MEET_AGAIN_TO_FOLLOW_UP + words.RETURNS_SENT_BACK + words.RETURNS_REWORKED)
_RETURNS_LATER = _phrase_pattern(words.RETURNS_WITH_LATER + words.RETURNS_AFTER_THOUGHT
                                 + words.RETURNS_AT_FOLLOWING_MEETING + words.PROPOSAL_LAID_BEFORE
                                 + words.RETURNS_IN_NEXT_MEETING)
_APPROVED_WHEN = _phrase_pattern(words.APPROVED_WHEN)
_DECISION_BASIS = _phrase_pattern(words.DECISION_BASIS_PREPARED)
_COMMENTS_BEFORE = _phrase_pattern(words.COMMENTS_BEFORE_MEETING)
_RETURNS_NOT = _phrase_pattern(words.RETURNS_NOT + words.RETURNS_NOT_MORE + words.RETURNS_NOT_FROM_LEAVE)
_MEET_AGAIN = _phrase_pattern(words.MEET_AGAIN_ON_MATTER)
_MEETING_HELD = frozenset(words.MEETING_HELD_WORDS)
_WHEN_READY = _phrase_pattern(words.ANNOUNCED_WHEN_READY)
_SCHEDULE_RETURNS = _phrase_pattern(words.SCHEDULE_RETURNS + words.SCHEDULE_RETURNS_MORE)
_ON_NEXT_AGENDA = _phrase_pattern(words.ON_NEXT_AGENDA)
# The matter an active "återuppta" takes up again ("återuppta diskussionen", "återuppta frågan i mars").
_RESUMED_MATTER = re.compile(r"\s+(?:" + "|".join(words.RESUMED_MATTERS) + r")(?![\w-])")
_DEFERRAL_MOTION = _phrase_pattern(words.DEFERRAL_MOTIONS)
_DEFERRAL_DECLINED = _phrase_pattern(words.DEFERRAL_DECLINED)
_REJECTING = frozenset(words.REJECTING_WORDS)
# What makes a meeting "om ..." one in a while, not one about a matter ("Vi ses igen om två veckor").
_IN_A_WHILE = re.compile(r"\s+(?:\S+\s+){0,2}?(?:vecka|veckor|månad|månader|dag|dagar|år|timme|timmar|minuter)(?![\w-])")
# A standing point made for another matter ("att det ska finnas en stående punkt för rapporteringar"):
# the agenda gains a point, the item in hand does not come back.
# "kommande möten ska ha nulägesrapport som en stående punkt": a topic named and made a standing point,
# announced for the agendas from the next meeting on.
_NAMED_STANDING_POINT = re.compile(
    r"\b(?:ha|har|få|får)\s+(?:[\wåäö-]+\s+){1,4}?som\s+(?:en\s+)?(?:ny\s+)?stående punkt")
_NEW_STANDING_POINT = re.compile(
    r"\b(?:finnas|finns|införs?|införa|skapas?|läggs till|lägga till)\s+(?:en\s+)?(?:ny\s+)?"
    r"stående punkt\s+(?:för|om|med|kring)\b"
    # "önskemål om att ha en stående punkt på dagordningen om detta"
    r"|\b(?:ha|få)\s+en\s+(?:ny\s+)?stående punkt\b"
    r"|" + _NAMED_STANDING_POINT.pattern
)
# An item dropped for a reason ("Ärendet utgick p.g.a. tidsbrist", "Punkten utgår då föredraganden
# är sjuk"): the item, or the sentence, is the subject; "Arvode utgår då ..." is no item's fate.
_DROPPED_FOR = re.compile(
    r"(?:^\s*|(?<![\w-])(?:ärendet|punkten|frågan|informationen|föredragningen|dragningen|presentationen"
    r"|redovisningen)\s+)(?:utgår|utgick)\s+(?:p\.\s?g\.\s?a\.?|pga\.?|på grund av|med anledning av|i brist på"
    r"|då|eftersom|från dagordningen|från dagens)(?![\w-])",
)
# A point named by its number as the subject of "utgår" ("Ärende nr 11 utgår och behandlas vid styrelsens
# sammanträde den 12 november", "Punkt 6 utgick"): that point is dropped, whatever follows. Not a point cited
# after a preposition ("Ersättning enligt punkt 3 utgår": the sum is the subject; see _point_dropped).
_NUMBERED_POINT_DROPPED = re.compile(
    r"(?<![\w§-])(?:" + "|".join(words.DROPPED_POINT_WORDS) + r")\s+(?:(?:nr|nummer)\.?\s*)?\d{1,3}[a-h]?"
    r"(?:\s*(?:,|och|samt|&)\s*\d{1,3}[a-h]?)*\s+(?:utgår|utgick)(?![\w-])"
    # "utgår från att ...", "utgår ifrån förslaget": starts from, assumes; "utgår från dagordningen" is a drop
    r"(?!\s+i?från\s+(?!dagordningen|föredragningslistan|ärendelistan|dagens|mötet|sammanträdet))",
    re.IGNORECASE,
)
_CITING_PREPOSITIONS = frozenset(words.POINT_CITING_PREPOSITIONS)
# The matter is to be discussed further at the next meeting of the body, named by its letters
# ("Frågan får diskuteras vidare inför nästa SVOM"): "inför" here is the meeting itself. A council
# known by its letters (KS, KF, RF, AU, ...) is another body.
_CONTINUED_AT_NEXT = re.compile(
    r"(?<![\w-])(?i:diskuteras|diskutera|behandlas|behandla|tas\s+upp|ta\s+upp)\s+vidare\s+"
    r"(?i:inför|på|vid|till)\s+(?i:nästa|kommande|nästkommande)\s+([A-ZÅÄÖ]{2,6})(?![\w-])"
)
_COUNCIL_LETTERS = frozenset({"KS", "KF", "RF", "RS", "LF", "LS", "AU", "SKR", "SKL", "KSAU", "RSAU"})
_SAME_MEETING = _phrase_pattern(words.SAME_MEETING)
_EARLIER_MEETING = _phrase_pattern(words.EARLIER_MEETING + words.EARLIER_MEETING_POSSESSIVES
                                   + words.EARLIER_MEETING_GENERAL)
_BEFORE_NEXT = _phrase_pattern(words.BEFORE_NEXT)
# What follows "inför nästa" when it is no meeting ("inför nästa års sommarresa").
_NEXT_PERIOD = re.compile(r"\s+(?:" + "|".join(words.NEXT_PERIODS) + r")(?![\w-])")
_ELECTION = _phrase_pattern(words.ELECTION)
_LATER_NOT_NEXT = _phrase_pattern(words.LATER_NOT_NEXT + words.LATER_MEETINGS_MORE + words.LATER_NOT_NEXT_AFTER)
_RECURRING = _phrase_pattern(words.RECURRING)
# A meeting's noun after "nästa" / "kommande" ("möte", "styrelsemöte", "nämndsammanträde"), longest first.
_NEXT_MEETING_NOUNS = (words.NEXT_MEETING_NOUNS + words.NEXT_MEETING_NOUNS_COMPOUND
                       + words.NEXT_MEETING_NOUNS_SESSIONS + words.NEXT_MEETING_NOUNS_GATHERING)
_NEXT_MEETING_NOUN = "|".join(re.escape(n) for n in sorted(_NEXT_MEETING_NOUNS, key=len, reverse=True))
_NEXT = re.compile(
    r"(?<![\w-])(?:" + "|".join(words.NEXT_WORDS) + r")\s+(?:(?:\w+\s+){0,2}?(?:"
    + _NEXT_MEETING_NOUN
    + r")|(?:\w+\s+)?(?:" + "|".join(map(re.escape, words.NEXT_MEETING_NOUNS_FORMS)) + r"))(?![\w-])",
    re.IGNORECASE,
)
_REFERRED = _phrase_pattern(words.REFERRED_VERBS + words.REFERRED_VERBS_ONWARD + words.REFERRED_VERBS_PAST
                            + words.REFERRED_VERBS_MORE
                            + words.REFERRED_VERBS_TAKEN_ALONG)
_REFERRED_GENERAL = _phrase_pattern(words.REFERRED_TO_GENERAL_MEETING)
_REFERRED_MATTER = _phrase_pattern(words.REFERRED_MATTER + words.DECIDED_BY_OTHER_BODY)


def _verb_matter_pattern(verbs: Sequence[str], matters: Sequence[str]) -> re.Pattern[str]:
    """One pattern for "<verb> <matter> (vidare) till" (a few hundred phrases as one alternation would
    cost the start-up time); each verb is indexed as _phrase_pattern indexes a phrase."""
    alt = _alternation(sorted(verbs, key=len, reverse=True))
    pattern = re.compile(r"(?<![\w-])(?:" + alt + r")\s+(?:" + "|".join(map(re.escape, matters))
                         + r")\s+(?:vidare\s+)?till(?![\w-])", re.IGNORECASE)
    for verb in verbs:
        tokens = re.findall(r"\w+", verb.lower())
        _PHRASE_INDEX.setdefault(max(tokens, key=len), []).append((id(pattern), frozenset([*tokens, "till"])))
    return pattern


_REFERRED_MATTER_VERB = _verb_matter_pattern(words.REFERRING_VERBS, words.REFERRED_MATTERS)
# "Anna tar med sig frågan till kommunstyrelsen": someone carries the matter to another body.
_CARRIED_MATTER_VERB = _verb_matter_pattern(words.CARRYING_VERBS, words.REFERRED_MATTERS)
# "Styrelsen remitterade ärendet till AU"; "Därmed överlämnas ärendet till kommunstyrelsen" (the adverb first).
_INVERTED_MATTER_VERB = _verb_matter_pattern(words.REFERRING_VERBS_ACTIVE_PAST, words.REFERRED_MATTERS_INVERTED)
_SUMMED_UP_MATTER_VERB = re.compile(
    r"\s*(?:" + "|".join(words.SUMMING_UP_ADVERBS) + r")\s+(?:" + "|".join(words.REFERRING_VERBS_PASSIVE)
    + r")\s+(?:" + "|".join(words.REFERRED_MATTERS_INVERTED) + r")\s+(?:vidare\s+)?till(?![\w-])")
_SUMMING_UP_ADVERBS = frozenset(words.SUMMING_UP_ADVERBS)
_REFERRED_DECIDE = _phrase_pattern(words.REFERRED_DECIDE_VERBS)
_DECIDED_AT_MEETING = _phrase_pattern(words.DECIDED_AT_MEETING_VERBS)
# "ska godkännas på kommande bomöte", "fastställs vid nästa årsmöte": group 1 the members' meeting to come.
_AT_NEXT_MEMBERS_MEETING = re.compile(
    r"\s+(?:på|vid|av|under)\s+(?:" + _alternation(words.DECISION_BY_MEMBERS_FUTURE) + r")\s+("
    + _alternation(words.MEMBERS_MEETINGS) + r")(?![\w-])")
_OTHER_BODIES = words.OTHER_BODIES + words.OTHER_BODIES_MORE + words.OTHER_BODIES_GROUPS + words.OTHER_BODIES_COLLECTIVE
_LATER_OTHER_BODY = re.compile(
    r"(?<![\w-])(?:i|på|vid|till)\s+(?:nästa|kommande|nästkommande)\s+("
    + "|".join(re.escape(b) for b in sorted(_OTHER_BODIES, key=len, reverse=True)) + r")(?![\w-])",
    re.IGNORECASE,
)
_ANNOUNCE_NOUN = _phrase_pattern(words.ANNOUNCE_NOUNS + words.ANNOUNCE_NOUNS_MORE)
_ANNOUNCE_VERB = _phrase_pattern(words.ANNOUNCE_VERBS)
_REQUEST_VERB = _phrase_pattern(words.REQUEST_VERBS)
_PREPARE = _phrase_pattern(words.PREPARE_VERBS)
_HANDLED_LATER = _phrase_pattern(words.HANDLED_LATER + words.INVITED_VERBS + words.DISCUSSION_HELD_LATER
                                 + words.GUEST_VERBS)
_ANNOUNCE_MEETING = re.compile(
    r"(?<![\w-])(?:\w+)?(?:" + "|".join(re.escape(w) for w in words.ANNOUNCE_MEETINGS) + r")(?![\w-])",
    re.IGNORECASE,
)
_GENERAL_MOVE = _phrase_pattern(words.GENERAL_MOVE)
_MOVE_VERB = _phrase_pattern(words.MOVE_VERBS)
_DECISION_LATER_PHRASES = tuple(
    f"{noun} … {modal} {verb} {later}"
    for noun in words.DECISION_NOUNS for modal in words.DEFER_MODALS
    for verb in words.DECIDE_PASSIVES for later in words.LATER_CONDITIONS
)
_DECISION_LATER = _phrase_pattern(_DECISION_LATER_PHRASES)
_FIRST_READING = _phrase_pattern(words.FIRST_READING)
_SECOND_READING = _phrase_pattern(words.SECOND_READING)
_READING_AHEAD = _phrase_pattern(words.READING_AHEAD)
_REVISIT = _phrase_pattern(words.REVISIT + words.REVISIT_MORE + words.REVISIT_EVALUATE)
_REVISIT_LATER = _phrase_pattern(words.REVISIT_LATER + words.REVISIT_WHEN_READY + words.REVISIT_LATER_MORE)
_DECISION_AT_PHRASES = tuple(f"{noun} … {at}" for noun in words.DECISION_NOUNS for at in words.DECISION_AT
                             ) + words.DECISION_TAKEN_AT
_DECISION_AT = _phrase_pattern(_DECISION_AT_PHRASES)
_LATER_MEETING = _phrase_pattern(words.LATER_MEETINGS_MORE)
_TAKEN_UP = _phrase_pattern(words.TAKEN_UP + words.TAKEN_UP_SETTLED)
_TAKEN_UP_LATER = _phrase_pattern(words.TAKEN_UP_LATER_VERBS)
_LATER_TIME = _phrase_pattern(words.LATER_TIMES)
_REFERRED_LIFTED = _phrase_pattern(words.REFERRED_LIFTED_UP)
_INVITED = _phrase_pattern(words.INVITED_VERBS + words.GUEST_VERBS)
_TASKED = _phrase_pattern(words.TASKED_WITH)
_TASK_DELIVERABLES = frozenset(words.TASK_DELIVERABLES)
_FRONTED_NEXT_VERB = _phrase_pattern(words.FRONTED_NEXT_VERBS + words.FRONTED_NEXT_PASSIVES)
_FRONTED_PASSIVES = frozenset(words.FRONTED_NEXT_PASSIVES)
_FRONTED_NO_SUBJECT = frozenset(words.FRONTED_PASSIVE_NO_SUBJECT)
_HANDLED_AT_BODY = _phrase_pattern(words.HANDLED_AT_BODYS_MEETING)
# The other body's meeting after `_HANDLED_AT_BODY`: "styrelsens sammanträde", "kommunstyrelsens nästa möte".
_BODYS_MEETING = re.compile(r"\s*([\wåäö-]+?)s\s+(?:(?:nästa|kommande|nästkommande|ordinarie)\s+)?"
                            r"(?:sammanträde|sammanträdet|möte|mötet)(?![\w-])", re.IGNORECASE)
# "till kommande kommittésammanträde": the next meeting of any body named in one compound word.
_NEXT_SESSION = re.compile(r"(?<![\w-])(?:nästa|kommande|nästkommande)\s+[\wåäö-]*(?:möte|mötet|sammanträde|sammanträdet)"
                           r"(?![\w-])")
# The matter handed on to a later meeting of the body ("hänsköts till nästa möte"), or not to be dealt with
# now ("kan inte behandlas nu", "kunde inte behandlas"): postponed, as _POSTPONED.
_PUT_OFF_MORE = _phrase_pattern(words.HANDED_ON_TO_LATER_MEETING + words.NOT_HANDLED_NOW)
_MORE_TO_TELL = _phrase_pattern(words.MORE_TO_TELL)
_ADOPTED_LATER = _phrase_pattern(words.ADOPTED_AT_DATED_MEETING)
_STANDING_ALONE = _phrase_pattern(words.ELLIPTIC_STANDING)
# No decision for want of a quorum: a phrase of each in one sentence ("inget beslut fattades, då för få ledamöter
# var på plats"): the matter is put off.
_NO_DECISION = _phrase_pattern(words.NO_DECISION_TAKEN)
_QUORUM_LACKING = _phrase_pattern(words.QUORUM_LACKING)
# The elliptic "Kvarstår." as the whole sentence, or with when ("Står kvar till nästa möte.").
_STANDING_SENTENCE = re.compile(r"\W*(?:" + _alternation(words.ELLIPTIC_STANDING)
                                + r")(?:\s+(?:till|tills|på|som)\s[^.;:!?]*)?\s*[.!]?\s*")
# What stands between the verb and the meeting it is adopted at: "vid", "på det extra", "först vid ett".
_AT_THE_MEETING = re.compile(r"\s+(?:[\w-]+\s+)?(?:vid|på|under)\s+(?:[\w-]+\s+){0,3}", re.IGNORECASE)
_PHRASE_KEYS = frozenset(_PHRASE_INDEX)  # after the last phrase pattern
_PHRASE_PAIRS = _pair_index(_PHRASE_INDEX)
_READING_NEEDED = frozenset(words.READING_NEEDED)
_PREVIOUS_MINUTES = tuple(words.PREVIOUS_MINUTES_TITLES)
_MEMBERS_MEETINGS = frozenset(words.MEMBERS_MEETINGS)
# The name of the section for tabled matters, then a word that says it is empty.
_TABLED_NONE = re.compile(r"(?:" + _alternation(words.TABLED_SECTIONS)
                          + r")\s*[(:–—-]?\s*(?:" + "|".join(words.TABLED_NONE) + r")(?![\w-])")
_TABLED_SECTIONS = frozenset(words.TABLED_SECTIONS) | frozenset(words.NO_TABLED_SENTENCES) | frozenset(
    f"{none} {name}" for none in words.NO_TABLED_PREFIXES for name in words.TABLED_SECTIONS)
_EDGE_MARKS = re.compile(r"^[\W\d_]+|[\W_]+$")
_TABLED_MARK = "bordla" if all("bordla" in name for name in _TABLED_SECTIONS) else ""


# An organisation in the genitive before a body of its own: "regionens ledningsgrupp", "kommunens styrgrupp".
_OWNER_GENITIVES = tuple(words.OWNER_GENITIVES)
_OWNED_BODY = re.compile(r"\s+([\wåäöÅÄÖ-]+)")


# A body named after adjectives or as the second part of a coordinated compound: "tekniska nämnden",
# "den nya styrelsen", "kultur- och fritidsnämnden" (the body noun is group 1).
_BODY_AFTER_LEAD = re.compile(
    r"\s*(?:(?:den|det|de)\s+)?(?:[\wåäö]+-\s+(?:" + "|".join(map(re.escape, words.BODY_COMPOUND_JOINS))
    + r")\s+|(?:[\wåäö]+(?:" + "|".join(words.BODY_ADJECTIVE_ENDINGS) + r")\s+){1,2})([\wåäöÅÄÖ-]+)",
    re.IGNORECASE,
)


def _is_body_word(word: str) -> bool:
    """Whether a lower-cased word names another body ("nämnden", "kommunstyrelsen", "regionstyrelsens")."""
    return any(word == b or word.endswith(b) for b in _OTHER_BODIES) or _body_genitive(word)


def _body_after_lead(text: str) -> str | None:
    """The body named after adjectives or a compound's first part at the start of `text`, if any."""
    m = _BODY_AFTER_LEAD.match(text)
    if m is None or m.group(1).lower() in _NEXT_MEETING_NOUNS or not _is_body_word(m.group(1).lower()):
        return None
    lead = text[:m.start(1)].split()
    rest = _RX_OTHER_BODY_3.split(text[m.start(1):], maxsplit=1)[0].strip().rstrip(",")
    if lead[0].lower() in ("den", "det", "de"):
        return rest  # "den nya styrelsen": the board, described; "tekniska nämnden" is the body's name
    return f"{' '.join(lead)} {rest}"


def _other_body(text: str) -> str | None:
    """Return the body named at the start of `text` ("kommunchefsmöten samt ..."), if any."""
    m = _RX_OTHER_BODY_1.match(text)
    if not m:
        return None
    word = m.group(1).lower()
    if word.endswith(("-", *words.BODY_ADJECTIVE_ENDINGS)) and not _is_body_word(word):
        return _body_after_lead(text)  # "tekniska nämnden", "kultur- och fritidsnämnden", "den nya styrelsen"
    if word in _NEXT_MEETING_NOUNS:
        return None
    if _RX_OTHER_BODY_2.fullmatch(m.group(1)):
        return m.group(1)  # a body known by its letters: "Ska diskuteras på SK", "tas upp i KS"
    if any(word == b or word.endswith(b) for b in _OTHER_BODIES) or _body_genitive(word):
        rest = _RX_OTHER_BODY_3.split(text.strip(), maxsplit=1)[0]
        return rest.strip().rstrip(",") or None
    owned = _OWNED_BODY.match(text, m.end()) if word.endswith(_OWNER_GENITIVES) else None
    if owned is not None and any(owned.group(1).lower().endswith(b) for b in _OTHER_BODIES):
        return f"{m.group(1)} {owned.group(1)}"  # "regionens ledningsgrupp": a group of that organisation
    return None


_MEETING_SUFFIXES = ("mötet", "möte", "mötena", "möten", "sammanträdet", "sammanträde")


def _lifted_body(text: str) -> str | None:
    """The body whose meeting opens `text` ("kvällens fullmäktigemötet ..." -> "fullmäktige"), if any.

    A time in the genitive may stand first; a compound on a meeting word names the body by its stem.
    """
    ws = text.split(maxsplit=2)
    if ws and ws[0].lower() in words.BODY_TIME_GENITIVES:
        ws = ws[1:]
    if not ws:
        return None
    word = ws[0].strip(".,;:!?").lower()
    stem = next((word[:-len(s)] for s in _MEETING_SUFFIXES if word.endswith(s) and len(word) > len(s) + 2), word)
    if stem in _OTHER_BODIES or stem.rstrip("s") in _OTHER_BODIES:
        return stem.rstrip("s") if stem not in _OTHER_BODIES else stem
    return _other_body(" ".join(ws))


def _bodys_meeting(low: str, at: int) -> str | None:
    """The body whose meeting `low` names at `at` ("styrelsens sammanträde" -> "styrelsen"), if another's.

    The body must be one of `_OTHER_BODIES` (or a compound on one, "kommunstyrelsen"), and not the
    one the sentence opens with: "Styrelsen beslutar att behandla ärendet på styrelsens möte" is its own.
    """
    m = _BODYS_MEETING.match(low, at)
    if m is None:
        return None
    genitive = m.group(1)
    # "styrelsens" -> "styrelsen"; "fullmäktiges" -> "fullmäktige"; "nämndens" -> "nämnden"
    if not any(genitive == b or (genitive.endswith(b) and len(genitive) > len(b) + 2) for b in _OTHER_BODIES):
        return None
    first = low.lstrip().split(maxsplit=1)[:1]
    if first and first[0].rstrip(".,:;") == genitive:
        return None
    return genitive


def _body_genitive(word: str) -> bool:
    """A compound body in the genitive ("regionstyrelsens möte", "kommunfullmäktiges"), not a bare
    "styrelsens" (the board whose minutes these may be)."""
    if not word.endswith("s"):
        return False
    stem = word[:-1]
    return any(stem.endswith(b) and len(stem) > len(b) for b in _OTHER_BODIES)


# --- item headings --------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Heading:
    """An item heading: its number as written (or None), title, and line range in `doc.lines`."""

    number: str | None
    title: str
    line: int  # index of the heading line in doc.lines
    start: int  # clean offset where the heading starts
    end: int  # clean offset where the heading ends
    body_end_line: int | None = None  # index of the first line after the body, if not the next item
    # A web page whose headings were stripped: each bullet is an item, this one's body ends at the
    # next bullet, and the bullets without a heading are read as text of no item.
    in_bullets: bool = False


# "§ 12", "Punkt 3:", "FHR 5", "5.", "5)", "6.1", "5 Title": groups 1-2, 3-4, 5, then the title. A
# paragraph numbered within its year ("§ 63/20", "§ 12/2019") keeps its own number; a slash with a
# space after it parts the number from the title ("§ 1/ Mötet öppnas").
_NUMBERED = re.compile(
    r"^\s*(?:(§|[Pp]unkt|[Ää]rende|[Pp]aragraf|[Pp]kt\.?)\s*(\d{1,4})(?:/\d{2}(?:\d{2})?(?![\d/]))?\s*(?:[.:]|/(?=\s))?"
    r"|([A-ZÅÄÖ]{2,6})\s+(\d{1,3})(?:\s*[.:]|(?=\s))"
    r"|(\d{1,3}(?:\.\d{1,2})*)(?:\s*[.):](?!\d)|(?=\s)))\s*(?:[-–—]\s+|[´`]\s*)?(?P<title>\S.*)$"
)
_NUMBERED_AT = re.compile(_NUMBERED.pattern.removeprefix("^"))
# "#1 OFMÖ", "#10 Övrigt": an item's number marked by "#" glued to it; groups as in _NUMBERED (only 5
# and the title match). A markdown heading ("# 1 Title") has a space after its marks.
_HASH_NUMBERED = re.compile(r"^\s*#()()()()(\d{1,3})(?:\s*[.):](?!\d))?\s+(?:[-–—]\s+)?(?P<title>[^\W\d_].*)$")
# A printed page number before the item's own number in a stored copy ("38 FHR 29 Godkännande ...",
# "4 33 Delårsbokslut ..."): the line is read from the second number.
_PAGE_NUMBER = re.compile(r"^\s*\d{1,3}\s+(?=§\s*\d|[A-ZÅÄÖ]{2,6}\s+\d{1,3}\s|\d{1,3}\.?\s+[A-ZÅÄÖ])")
# A stored copy's page line that opens with "page (of pages)" the text cleaning left ("2 (7) 3 Kultursamverkans-
# modellen ..."): the item's own number follows.
_PAGE_OF_PAGES = re.compile(r"^\s*\d{1,3}\s*\(\d{1,3}\)\s+(?=§\s*\d|\d{1,3}\.?\s+[A-ZÅÄÖ])")
# One entry of a table of contents: "§ 12 Budget", "§ 64/20 Budget" or "FHR 29 Godkännande".
_THREE_DIGITS = re.compile(r"\d\D*\d\D*\d")
_TWO_CAPITALS = re.compile(r"[A-ZÅÄÖ]{2}")
_CONTENTS_ENTRY = re.compile(
    r"(?:(§)\s*(\d{1,4})(?:/\d{2}(?:\d{2})?(?![\d/]))?|(?<![\w-])([A-ZÅÄÖ]{2,6})\s+(\d{1,3}))\s+(?=[A-ZÅÄÖ])")
# "§ 1 Title" glued to the end of the text before it, without a space: a line break a copy lost.
_GLUED_PARAGRAPH = re.compile(r"(?<=[\w.)])§\s*\d{1,3}\.?\s+(?=[A-ZÅÄÖ][a-zåäö])")
# A number alone on its line, the title on the next ("§ 45  Dnr KS 2021/123" / "Budget 2022").
# The number may stand before the sign ("1 §" / "SAMMANTRÄDETS ÖPPNANDE", as Finland-Swedish minutes
# write it): group 5.
# A council's letters may stand before the sign ("KF § 266" / "Val av justeringsmän").
_BARE_NUMBER = re.compile(
    r"^\s*(?:(?-i:[A-ZÅÄÖ]{2,6}\s+)?(§)\s*(\d{1,4})\.?|(\d{1,3})\.|(\d{1,2})|(\d{1,4})\s*§)\s*(?:(?:Dnr|Diarienr|Diarienummer)\b.*)?$",
    re.IGNORECASE,
)
# The signature box a page of printed minutes opens with, on the line of its first paragraph ("Just: § 1").
_SIGNED_BARE = re.compile(r"\s*(?:" + "|".join(words.SIGNATURE_BOX_LABELS) + r")\s*:?\s*(?=§)")
# A web page's bullet that holds only an item's number ("•   1", "• § 54"); groups as in _BARE_NUMBER.
_BULLET_NUMBER = re.compile(r"^\s*[-*•–+·▪]\s*(?:(§)\s*(\d{1,4})|(\d{1,3})\.|(\d{1,2})|(\d{1,4})\s*§)\s*$")
# A number after a sentence whose title runs up to the presenter's label (a scan may misread the "ö").
_PRESENTED_RUN_IN = re.compile(r"\s(?<=[.!?]\s)\s*(\d{1,3})\s+(?=[A-ZÅÄÖ][a-zåäö][^.!?:]{2,150}?\s[Ff]\w?redragande\s*:)")
# "... öppnat. 2. Formalia 2.1 Till mötesordförande ...": a sub-point needs no full stop after it.
# Written `\s(?<=X\s)\s*` for `(?<=X)\s+`, here and in the patterns below: a pattern that opens with
# a character class lets a search skip to the next white space at C speed, where one that opens
# with a look-behind is tried at every position (tests/extract/test_items_speed_shortcuts.py).
_INLINE_NUMBERED = re.compile(  # (never "00.": a clock's minutes, "kl 19 00-20 00. Närvarande: ...")
    r"\s(?<=[.:!?)\w]\s)\s*(?!00\.)(\d{1,2}\.\d{1,2}(?=\.?\s)\.?|\d{1,2}\.)\s+(?=[A-ZÅÄÖ])"
)
# A label that opens the text run in after a heading on the same line: "... riktlinjer Beslut: Att ...".
_RUN_IN_LABEL = re.compile(r"(?<=\S)\s+((?:" + "|".join(words.RUN_IN_LABELS) + r")\s*:)\s", re.IGNORECASE)
_TRAILING_TIME = re.compile(r"\s+(?:kl\.?\s*)?\d{1,2}[:.]\d{2}(?:\s*[-–]\s*\d{1,2}[:.]\d{2})?\s*$")


_LETTER_WORD = re.compile(r"[^\W\d_]{2,}")
_BULLET_LINE = re.compile(r"^(\s*)([-*•–+·▪])\s+(\S.*)$")


def _norm(s: str) -> str:
    """`s` lower-cased, each run of white space one space, none at the ends."""
    return " ".join(s.split()).lower()


@text_cache(maxsize=4096)
def _first_words(s: str) -> str:
    """`_norm(s)` without the stops and colons it ends with."""
    return _norm(s.strip().rstrip(":.!?"))


# A web page's navigation, kept in a stored copy: never an item.
_SITE_CHROME = frozenset({
    "hoppa över navigering", "hoppa över navigeringen", "hoppa till innehållet", "hoppa till huvudinnehållet",
    "gå till innehållet", "gå direkt till innehållet", "till huvudinnehåll", "till startsidan", "skip to content",
    "skip to main content", "skip navigation", "meny", "stäng meny", "öppna meny", "logga in", "tillbaka",
}) | frozenset(words.SITE_NAVIGATION_MORE) | frozenset(words.BLOG_CHROME_LABELS)
# A blog post's byline: who or when, then the count of comments ("By 17 augusti, 2018 No Comments").
# A count in words ("no comments") stands alone; a noun alone ("kommentarer") needs its number before it.
_BYLINE = re.compile(r"(?:by|av)\s.*?\s(?:" + "|".join(e for e in words.BLOG_COMMENT_ENDINGS if " " in e)
                     + r"|\d+\s+(?:" + "|".join(e for e in words.BLOG_COMMENT_ENDINGS if " " not in e) + r"))")


_ATTENDANCE_HEADINGS = frozenset(words.ATTENDANCE_LIST_HEADINGS)


# A dotted identifier, perhaps called: "formalia.rundaBordet", "mall.deltagare(...)".
_CODE_CALL = re.compile(r"[a-z_][\w]*(?:\.[A-Za-z_][\w]*)+(?:\(.*\))?")


# A label of one to three words and a date after it, nothing else: "Sammanträdesdatum 2019-09-26",
# "Datum: 12 mars 2019".
_LABELLED_DATE = re.compile(r"\s*(\w[\w-]*(?:\s+\w[\w-]*){0,2}?)\s*:?\s+"
                            r"(?:\d{4}-\d{1,2}-\d{1,2}|\d{1,2}\s+[a-zåäö]+\s+\d{4})\s*")


# A picture's credit line on a web page: "Bild av sentavio från Freepik", "Foto: Anna Berg",
# "Bild: Mostphotos", "Fotograf Per Ek", "Illustration av ...".
_IMAGE_CREDIT = re.compile(r"\s*(?:bild|foto|fotograf|illustration|photo)(?:\s*:|\s+(?:av|från|by)\s|\s+(?=[A-ZÅÄÖ]))",
                           re.IGNORECASE)


# A date with its year and at most two words after it: the minutes' own title ("26.8.2015 Möte").
# A site's post title may set the day off with a bar or dash ("21.10.2021 | Styrelseprotokoll"); a news site's
# post gives the time it was published after the day ("29.03.2015 kl. 09:57").
_DATED_TITLE = re.compile(r"\s*(?:\d{1,2}[./]\d{1,2}[./](?:\d{2}|\d{4})|\d{4}-\d{1,2}-\d{1,2})"
                          r"(?:\s+(?:kl\.?|klo\.?|klockan)?\s*[0-2]?\d[:.][0-5]\d)?(?:\s+[|–—])?"
                          r"(?:\s+[^\W\d_][\w-]*){0,2}\s*")
# A role label and a name: "Lärarrepresentant och sekreterare: Bodil Sjögren", "Ordförande: Anna Ek".
_ROLE_AND_NAME = re.compile(r"\s*(?:[\w-]+\s+){0,3}?([\w-]+)\s*:\s*(?:[A-ZÅÄÖ][\w-]+\s*){1,4}")
_MEETING_ROLES = frozenset({"sekreterare", "ordförande", "justerare", "protokollförare", "mötesordförande",
                            "mötessekreterare", "sekreterare/justerare", "antecknare"})


# A form template's stamp in a page's footer: a code in capitals, then a version ("UBK2001, v1.0, 2014-05-15",
# "TDOK 2010:29 Mall_PM v 2.0").
_TEMPLATE_STAMP = re.compile(r"[A-ZÅÄÖ]{2,}\d*(?:\s+\d{4}:\d+)?[,\s]+(?:\w+\s+)?v(?:er(?:sion)?)?\.?\s?\d+\.\d+"
                             r"(?:[,\s]+\d{4}-\d{2}-\d{2})?\s*")


# The meeting's date (a day or a range of days, the month's name, the year), perhaps its weekday before and
# its place after a comma: "23 – 24 januari 2004, Fisketången, Kungshamn i Bohuslän", "Tisdag 4 maj 2021".
_DATE_AND_PLACE = re.compile(
    r"\s*(?:(?:" + "|".join(words.WEEKDAYS) + r")(?:en)?\s+(?:den\s+)?)?\d{1,2}\s*(?:[-–]\s*\d{1,2}\s*)?(?:"
    + "|".join(words.FULL_MONTHS) + r")\s+(?:19|20)\d\d(?:\s*,\s*[^\W\d_][^,.:;!?]*(?:,\s*[^\W\d_][^,.:;!?]*)*)?\s*",
    re.IGNORECASE)


def _is_date_and_place(title: str) -> bool:
    """The meeting's date line, perhaps with its place: no item's heading."""
    return _DATE_AND_PLACE.fullmatch(title) is not None


# A title line closed by the meeting's day written as eight digits: "Kortfattat från DSM4 20150415", "Styrelsemöte
# 20190304".
_COMPACT_DATED_TITLE = re.compile(r"\s*(?:\S+\s+){0,4}(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\s*")


def _compact_dated_title(title: str) -> bool:
    """A short title ending in a day as eight digits (`_COMPACT_DATED_TITLE`): the minutes' own title line."""
    return _COMPACT_DATED_TITLE.fullmatch(title) is not None


# A decision as a run-in label (words.DECISION_CLAUSE_VERBS): "Styrelsen beslutar att:", "Mötet beslutade",
# "Beslutades att", "Nämnden beslutar enhälligt att".
_DECISION_CLAUSE = re.compile(
    rf"(?:[^\W\d_][\w-]*\s+){{0,2}}(?:{alternation(words.DECISION_CLAUSE_VERBS)})"
    rf"(?:\s+(?:{alternation(words.DECISION_CLAUSE_ADVERBS)}))?(?:\s+att)?")


def _is_excluded_heading(title: str) -> bool:
    """Tell whether a heading never opens an item (sub-heading, header field, signature, title)."""
    t = _first_words(title)
    if not t or not _RX_IS_EXCLUDED_HEADING_1.search(t):
        return True
    if "s" in t and _DECISION_CLAUSE.fullmatch(t):
        return True  # "Styrelsen beslutar att:": the decision's text follows, no item
    if "." in title and _CODE_CALL.fullmatch(title.strip()):
        return True  # "#formalia.rundaBordet": a Typst or code call that a lenient Markdown reading took for a heading
    if (t in words.SUBHEADINGS or t in words.HEADER_LABELS or t in words.SIGNATURES or t in words.PAGE_BOILERPLATE
            or t in _SITE_CHROME or t in _ATTENDANCE_HEADINGS):
        return True
    if _IMAGE_CREDIT.match(title):
        return True  # "Bild av sentavio från Freepik", "Foto: Anna Berg": a web page's picture credit
    if t.startswith(("by ", "av ")) and _BYLINE.fullmatch(t):
        return True  # "By 17 augusti, 2018 No Comments": a blog post's byline
    if _TEMPLATE_STAMP.fullmatch(title):
        return True  # "UBK2001, v1.0, 2014-05-15", "TDOK 2010:29 Mall_PM v 2.0": a template's code and version
    if title[:1].isdigit() and _DATED_TITLE.fullmatch(title):
        return True  # "26.8.2015 Möte", "2019-03-04 Styrelsemöte": the meeting's own title line
    if _is_date_and_place(title) or (title[-1:].isdigit() and _compact_dated_title(title)):
        return True
    role = _ROLE_AND_NAME.fullmatch(title) if ":" in title else None
    if role and role.group(1).lower() in _MEETING_ROLES:
        return True  # "Lärarrepresentant och sekreterare: Bodil Sjögren": who kept the minutes
    label = _first_words(title.split(":")[0]) if ":" in title else ""
    if label and (label in words.HEADER_LABELS or label in words.SIGNATURES or label in words.PAGE_BOILERPLATE):
        return True
    # "Sammanträdesdatum 2019-09-26": a header field's label and its date, a page's running head.
    dated = _LABELLED_DATE.fullmatch(title) if title[-1:].isdigit() else None
    if dated and dated.group(1).lower() in words.HEADER_LABELS:
        return True
    # "Övriga deltagande Nils-Gunnar Bergander, utbildningschef": a label of two or three words
    # and its value on one line, without a colon.
    parts = title.split()
    return any(len(parts) > n and " ".join(parts[:n]).lower() in words.HEADER_LABELS and parts[n][:1].isupper()
               for n in (2, 3))


# The kind of point in brackets after a title ("Meddelanden (Informationspunkt)"), and the text run in after it.
_KIND_LABEL = re.compile(r"\s*\((?:" + "|".join(sorted(words.ITEM_KIND_LABELS, key=len, reverse=True))
                         + r")\)(?:\s.*)?$", re.IGNORECASE | re.DOTALL)


# A table of contents' dot leader and page number after an entry's title ("§ 199 Upprop ...4", "Anmälan om jäv .... 6").
_DOT_LEADER_PAGE = re.compile(r"\s*\.{2,}[\s.]*\d{1,3}\s*$")


def _clean_title(text: str) -> str:
    """A heading without trailing time, punctuation, emphasis marks, link leftovers, the kind of point, or a table of
    contents' dot leader and page number.

    "Mötets öppnande (Beslutspunkt) Mötet öppnas 17:17": the label ends the title; what follows it is text.
    """
    t = _TRAILING_TIME.sub("", text.strip())
    if ".." in t:
        t = _DOT_LEADER_PAGE.sub("", t)  # "Upprop ...4": a table of contents' dot leader and page number
    if "(" in t and (kind := _KIND_LABEL.search(t, 1)) is not None:
        t = t[:kind.start()]
    if "[" in t:  # a link's leftovers need its bracket
        t = _RX_CLEAN_TITLE_1.sub("", t)
    t = t.strip().strip("*_").strip()
    t = _RX_CLEAN_TITLE_2.sub("", t)
    return t


# The full stop that ends a title on a heading line that goes on with a sentence ("Föregående protokoll.
# Godkändes ..."): after a word of two letters or more that is no abbreviation, before a capital.
_TITLE_STOP = re.compile(r"(?<=[^\W\d]{2})\.\s+(?=[A-ZÅÄÖ])")
_ABBREVIATED = ("etc", "ang", "resp", "bl.a", "t.ex", "m.m", "nr", "kl", "ca", "jfr", "dvs", "inkl", "exkl")
_OUTCOME_WORDS = frozenset(words.OUTCOME_AFTER_TITLE)
# A past passive: "valdes", "godkändes", "lades", "köptes" (not "diabetes", "hypotes": a vowel before -tes).
_PAST_PASSIVE = re.compile(r"\w{2,}(?:ades|[bdfgjklmnprstvä](?:d|t)es)")


def _tells_outcome(word: str) -> bool:
    """Whether a lower-cased word tells what a meeting did with a point ("godkändes", "inga", "valdes")."""
    return word in _OUTCOME_WORDS or _PAST_PASSIVE.fullmatch(word) is not None


def _display_title(title: str) -> str:
    """The title as an agenda shows it: without a contents line's dot leader and page number, and without
    what the meeting did that the heading line goes on to tell ("Adjungeringar. Inga adjungeringar")."""
    if "." not in title and "…" not in title:
        return title
    leader = _DOT_LEADER.match(title)  # a contents line's dot leader and page number: "Information ... 17"
    if leader is not None:
        title = leader.group("title")
    stop = _TITLE_STOP.search(title)
    if stop is None or title[: stop.start()].casefold().endswith(_ABBREVIATED):
        return title
    told = [x.strip(".,;:!?()").casefold() for x in title[stop.end():].split()[:6]]
    if any(map(_tells_outcome, told)):
        return title[: stop.start()]
    return title


def _opening(text: str) -> str:
    """`text.strip()[:1]`: the first character after the indentation, without copying the text."""
    first = text[:1]
    return text.lstrip()[:1] if first.isspace() else first


def _is_blank(line: Line) -> bool:
    return not line.text or line.text.isspace()  # `not line.text.strip()` without a copy


def _words_in(text: str) -> int:
    return len(_LETTER_WORD.findall(text))


def _has_two_words(text: str) -> bool:
    """`_words_in(text) >= 2`, reading no further than the second word."""
    return len(list(islice(_LETTER_WORD.finditer(text), 2))) == 2


class _Candidate(NamedTuple):
    """A possible numbered heading (a named tuple: a document makes many, and a tuple is built fast)."""

    line: int
    number: str
    main: int
    style: str
    title: str
    weight: float
    start: int
    end: int


# What a line opens with (after white space) when _NUMBERED, _BARE_NUMBER or _PAGE_NUMBER can match
# it: a digit, "§", a numbering word, or two capitals ("FHR 5").
_NUMBER_WORDS = ("§", "Punkt", "punkt", "Ärende", "ärende", "Paragraf", "paragraf", "Pkt", "pkt")
_CAPITALS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZÅÄÖ")


# `_Candidate(*fields)` at C speed (see `_new_sentence`), all eight fields given.
_new_candidate = partial(tuple.__new__, _Candidate)


def _may_open_numbered(text: str) -> bool:
    """False when no numbered-heading pattern can match `text` (most lines of prose)."""
    t = text.lstrip()
    first = t[:1]
    return bool(first) and (first.isdecimal() or t.startswith(_NUMBER_WORDS)
                            or (first in _CAPITALS and t[1:2] in _CAPITALS))


def _three_digit_lines(doc: Minutes, latin: bytes | None) -> list[bool]:
    """For each line, whether it holds three digits (what _THREE_DIGITS tests), counted at C speed."""
    if latin is None:  # a word character outside Latin-1, perhaps a digit: ask the pattern
        return [_THREE_DIGITS.search(ln.text) is not None for ln in doc.lines]
    digits = latin.translate(_DIGIT_BYTES)
    return [digits.count(b"1", ln.start, ln.start + len(ln.text)) >= 3 for ln in doc.lines]


def _numbered_lines(doc: Minutes, latin: bytes | None) -> list[int]:
    """The lines `_numbered_candidates` must read: those with a digit or a "§", long lines and pages.

    Every heading pattern there needs a digit (what `str.isdecimal` tells) or a "§"; a line
    of neither (most lines of prose, blank lines) gives no candidate. With `latin` (see
    `_latin_bytes`) the marks are found in the bytes at C speed; without it every line is read.
    """
    lines = doc.lines
    if latin is None:
        return list(range(len(lines)))
    marks = latin.translate(_NUMBER_MARK_BYTES)
    out = set(compress(count(), map(_IS_PAGE, lines)))
    out.update(compress(count(), map(_LONGER_THAN_400, map(len, map(_TEXT_OF, lines)))))
    if b"1" not in marks:
        return sorted(out)
    starts = list(map(_START_OF, lines))
    at = marks.find(b"1")
    while at >= 0:
        k = bisect_right(starts, at) - 1
        end = starts[k] + len(lines[k].text)
        if at < end:
            out.add(k)
        at = marks.find(b"1", max(at + 1, end))
    return sorted(out)


_CENTURIES = ("19", "20")
_IS_PAGE = attrgetter("page")
_LEVEL_OF = attrgetter("level")
_TEXT_OF = attrgetter("text")
_START_OF = attrgetter("start")
_LONGER_THAN_400 = (400).__lt__


# A page's running head (the body, the meeting's date and the page number) before an item marked by the
# body's short code and its paragraph number: "Folkhälsorådet 2009-09-24 2 Fhr 39 Justering Till ...".
# A scanned copy may lose the page number or split the date's year ("Minnesanteckningar för Integrationsrådet
# 201 5-09-07 IR 36 Mötets öppnande ..."): then the code must be capitals.
_RUNNING_HEAD_ITEM = re.compile(r"\s*[A-ZÅÄÖ][\w-]*(?:\s+[\w-]+){0,3}\s+(?:19|20)\d ?\d-[01]\d-[0-3]\d\s+"
                                r"(?:\d{1,3}\s+(?P<code>[A-ZÅÄÖ][A-Za-zåäöÅÄÖ]{1,4})|(?P<caps>[A-ZÅÄÖ]{2,5}))"
                                r"\s+(?P<n>\d{1,3})\s+(?P<title>[A-ZÅÄÖ].*)")


# The same running head without the body's name, the meeting's date and the page number only, before the item's code
# and number, perhaps its diary number before the title: "2010-11-18 2 Nvsf 88 Dagordning Ordförande ...",
# "2010-11-18 4 Nvsf 90 Dnr 2010.007.042 Ekonomisk redovisning ...".
_DATED_HEAD_ITEM = re.compile(r"\s*(?:19|20)\d\d-[01]\d-[0-3]\d\s+\d{1,3}\s+(?P<code>[A-ZÅÄÖ][A-Za-zåäöÅÄÖ]{1,4})"
                              r"\s+(?P<n>\d{1,3})\s+(?:Dnr\.?\s+[\w./:-]*\d[\w./:-]*\s+)?(?P<title>[A-ZÅÄÖ][a-zåäö].*)")


# A Finnish meeting system's page head in a stored copy, the page number, then the paragraph's number and the
# body's code (the date and hour lost but for ":00"), perhaps "Sida N", then the item's title and text: "2 102, KST
# :00 LAGLIGHET OCH BESLUTFÖRHET Kommunstyrelsens ordförande ...", "3 68, SSTYR :00 Sida 3 Sammanträdets ...".
_SYSTEM_PAGE_HEAD_ITEM = re.compile(r"\s*(?:\d{1,3}\s+)?(?P<n>\d{1,3}),\s*(?P<code>[A-ZÅÄÖ]{2,6})\s+[\d.]*\s*:\d\d\s+"
                                    r"(?:Sida\s+\d{1,3}\s+)?(?P<title>[A-ZÅÄÖ].*)")


# A stored copy's page (its number taken off): a running head in capitals and the page number, then an item
# coded by the body's letters, its diary number perhaps lost ("2 RONNEBY KOMMUN SAMMANTRÄDESPROTOKOLL 2
# AU 1 Dnr Kommunförbundet Blekinges anhållan ..."). The head may open with the body's name as written
# ("2 Folkhälsorådet SAMMANTRÄDESPROTOKOLL 2 FHR 31 Skolmatsakademin 2010 ...").
_CAPITALS_HEAD_ITEM = re.compile(r"\s*(?:[A-ZÅÄÖ][a-zåäö][\w-]*\s+(?=[A-ZÅÄÖ]{2}))?(?:[A-ZÅÄÖ]{2,}\s+){1,5}"
                                 r"\(?\d{1,3}(?:\s*\(\d{1,3}\))?\)?\s+"
                                 r"(?P<code>[A-ZÅÄÖ]{2,5})\s+(?P<n>\d{1,3})\s+(?:Dnr\.?\s+(?:[\d/.:-]+\s+)?)?"
                                 r"(?P<title>[A-ZÅÄÖ][a-zåäö].*)")


# The same after a running head that names the body and keeps the count of pages, the page's own number taken
# off: "Socialnämnden (27) SN 13 Bidrag till fritidsstudier avseende utbildning inom förskolan Dnr 31/16 ...".
_NAMED_HEAD_ITEM = re.compile(r"\s*[A-ZÅÄÖ][a-zåäö][\w-]*(?:\s+[a-zåäö][\w-]*){0,2}\s+\(\d{1,3}\)\s+"
                              r"(?P<code>[A-ZÅÄÖ]{2,5})\s+(?P<n>\d{1,3})\s+(?:Dnr\.?\s+(?:[\d/.:-]+\s+)?)?"
                              r"(?P<title>[A-ZÅÄÖ][a-zåäö].*)")
_NAMED_HEAD = 40  # characters of a page line its running head and the count of pages stand in


# Within a page line's head: an item coded by the body's letters, its diary number (and a filing code)
# before its title ("KS 235 Dnr 191/2013 Kod 623 Riktlinjer för skolskjutsar").
_PAGE_HEAD = 300
_CODED_DIARY_ITEM = re.compile(r"(?<![\w-])(?P<code>[A-ZÅÄÖ]{2,5})\s+(?:§\s*)?(?P<n>\d{1,3})\s+Dnr\.?\s+(?:[A-ZÅÄÖ]{2,5}\s+)?[\w./:-]*\d[\w./:-]*"
                               r"(?:\s+Kod\s+\d{1,4})?\s+(?P<title>[A-ZÅÄÖ][a-zåäö])")


# A heading in capitals run in with its text ("DAGORDNINGEN Förslaget till dagordningen godkändes",
# "6C MEDLEMSANSVARIG 234 medlemmar ..."): words of capitals, the text after them not in capitals.
_CAPS_WORD = r"[A-ZÅÄÖÉ]{2,}(?:[-/][A-ZÅÄÖÉ]{2,})*:?"
_CAPS_HEADING = re.compile(r"(" + _CAPS_WORD + r"(?:[ \t]+(?:" + _CAPS_WORD + r"|[A-ZÅÄÖ&–-]))*)(?=[ \t]+\S|[ \t]*$)")
# The next one run in on the same line: its number (a letter may mark a sub-point: "6A", "6B"), then capitals.
_CAPS_NEXT = re.compile(r"\s(?<=[^\d\s]\s)\s*(\d{1,2})([A-H]?)\s+(?=[A-ZÅÄÖÉ]{2})")
_MIN_CAPS_LETTERS = 4
_MAX_LETTER_POINTS = 8
_MONTH_WORDS = frozenset(words.MONTHS)


def _caps_heading(text: str, pos: int = 0) -> str | None:
    """The heading in capitals that opens text[pos:], when text not in capitals follows it (or nothing)."""
    m = _CAPS_HEADING.match(text, pos)
    if m is None:
        return None
    title = m.group(1).rstrip(":-– ")
    if title.split()[0].lower() in _MONTH_WORDS:
        return None  # "12 JANUARI kl 18 Årsmöte": a date in capitals
    if sum(c.isalpha() for c in title) < _MIN_CAPS_LETTERS or not any(len(w) >= _MIN_CAPS_LETTERS for w in title.split()):
        return None  # an acronym opens the text ("KPR informerade ..."), no heading
    return title


def _caps_run_ins(title: str, number: str) -> list[tuple[int, str, str]] | None:
    """A line "2 DAGORDNINGEN Förslaget ... godkändes 3 VAL AV JUSTERARE Gun ... 4 ...": its headings.

    `title` is what follows the line's first number. Returns (offset in `title`, number, heading)
    for the first heading and for each heading in capitals run in after it whose number follows
    on (the next number, or a lettered sub-point "6A", "6B" of the one before); None when the
    line does not open with a heading in capitals.
    """
    first = _caps_heading(title)
    if first is None:
        return None
    out = [(0, number, first)]
    main, letter = int(number), ""
    for m in _CAPS_NEXT.finditer(title, len(first)):
        n, sub = int(m.group(1)), m.group(2)
        if not (n == main + 1 and not sub or n == main + 1 and sub == "A"
                or n == main and sub and (sub == "A" and not letter or letter and ord(sub) == ord(letter) + 1)):
            continue
        heading = _caps_heading(title, m.end())
        if heading is None:
            continue
        out.append((m.end(), m.group(1) + sub, heading))
        main, letter = n, sub
    return out


def _caps_candidates(line: Line, i: int) -> list[_Candidate]:
    """The headings in capitals of a line that opens with a number and one (see `_caps_run_ins`)."""
    m = _NUMBERED.match(line.text)
    if m is None or m.group(5) is None or "." in m.group(5):
        return []
    sep = line.text[m.end(5):m.start("title")].strip()
    if sep not in ("", "."):
        return []
    caps = _caps_run_ins(m.group("title"), m.group(5))
    if caps is None:
        return []
    rest = m.group("title")[len(caps[0][2]):]
    if len(caps) == 1 and not any(c.islower() for c in rest):
        return []  # "7 ÖVRIGT" alone, "3 KOMMUNSTYRELSEN 2020-01-01": no text run in, the lines' own rules
    style = "n" + (sep or " ")
    at = line.start + m.start("title")
    out = [_new_candidate((i, m.group(5), int(m.group(5)), style, _clean_title(caps[0][2]), 1.5, line.start + m.start(),
                           at + len(caps[0][2])))]
    out.extend(_new_candidate((i, n, int(n.rstrip("ABCDEFGH")), style, _clean_title(head), 1.5,
                               at + k - len(n) - 1, at + k + len(head))) for k, n, head in caps[1:])
    return out


_LETTER_POINT = re.compile(r"\s*([a-h])\)\s+(?=[A-ZÅÄÖ])")


def _lettered_under_number(doc: Minutes, i: int, main: int, style: str, at: int) -> list[_Candidate]:
    """Lettered points an item's number opens ("15 a) Anmälan av protokollsjustering" / "b) Anmälan av ...").

    A register lists the matters reported under one number each on a line of its own, lettered
    a), b), c) ...; each is an item of its own, numbered by its letter. One letter alone is no list.
    """
    lines = doc.lines
    out: list[_Candidate] = []
    k, expect, pos = i, "a", at - lines[i].start
    while k < len(lines) and len(out) < _MAX_LETTER_POINTS:
        text = lines[k].text
        m = _LETTER_POINT.match(text, pos)
        if m is None or m.group(1) != expect:
            break
        title = _clean_title(text[m.end():])
        if not _has_two_words(title) or len(title) > _SHORT_TITLE * 2 or (title.endswith(".") and _words_in(title) > 8):
            break
        out.append(_new_candidate((k, expect, main, style, title, 1.3, lines[k].start + m.start(1), lines[k].end)))
        expect = chr(ord(expect) + 1)
        k = next((j for j in range(k + 1, min(k + 4, len(lines))) if lines[j].text.strip()), len(lines))
        pos = 0
    return out if len(out) >= 2 else []

# The first letter of points told in sentences, before the sentence ("a) Styrelsens verksamhetsberättelse ...").
_FIRST_LETTER_SENTENCE = re.compile(r"a\)\s+(?=[A-ZÅÄÖ][a-zåäö]+\s+\S+\s+\S+.*[.!]\s*$)")


# A lettered point on a line of its own ("a. Finansrapport", "A) Årsmöte", "B) ) GDPR" with a stray bracket),
# or run in after the sentence that ends the point before it ("... avser att delta.G) Skansenbiljetter").
_LETTER_LINE = re.compile(r"\s*(?:[-*•–]\s*)?([a-jA-J])(?:\)\s*\)?|\.)\s+(?=[\"”'«(]?[A-ZÅÄÖ0-9])")
_LETTER_AFTER_SENTENCE = r"(?<=[.!?])\s*({})\)\s*\)?\s+(?=[A-ZÅÄÖ])"
# A lettered line that labels a short report ("a) Ekonomi: ingen förändring."): the parent's text, no item.
_LETTER_REPORT = re.compile(r"[^:.!?]{1,40}:\s")
_MIN_GROUPED_LETTERS = 2
_MIN_QUALIFIED_LETTERS = 3  # under "Justering av protokoll/uppföljning av föregående mötesbeslut"
_LETTER_TEXT_LINES = 12  # lines of a point's text at most before the next letter
_GROUPING_QUALIFIERS = ("av", "från", "om", "kring", "inom")


def _groups_qualified(title: str) -> bool:
    """A parent whose last part is a grouping word with what it groups ("... protokoll/uppföljning av
    föregående mötesbeslut", "Rapporter från styrelsen")."""
    parts = [p for p in _RX_IS_GROUPING_1.split(_first_words(title)) if p]
    if not parts:
        return False
    first, _, rest = parts[-1].partition(" ")
    return first in words.GROUPING_TITLES and rest.split(" ", 1)[0] in _GROUPING_QUALIFIERS


_CORRESPONDENCE_TITLES = frozenset(words.CORRESPONDENCE_TITLES)


def _lists_mail(title: str) -> bool:
    """A heading of the mail received ("Inkomna skrivelser:", "§ 29 Skrivelser"): its lettered points list the
    letters, each told in a line or two, and stay its text (no matters of their own)."""
    return _first_words(title).rstrip(":") in _CORRESPONDENCE_TITLES


_RAISED_MATTERS_TITLES = frozenset(words.RAISED_MATTERS_TITLES)
_NEWS_GROUP_TITLES = frozenset(words.NEWS_GROUP_TITLES)
_TOLD_AFTER_TITLE = 20  # characters of text on a lettered point's line after its title that tell the point


def _lettered_lines_under(doc: Minutes, last: int, main: int, style: str, qualified: bool,
                          raised: bool = False, reports: bool = False) -> list[_Candidate]:
    """The lettered points under a grouping heading whose last line is `last`, each its own item.

    "18 Rapporter" / "a. Finansrapport (föredragande ...)" / "b. Muntlig redovisning ..." / "19 Övrigt":
    a parent that merely groups separate matters gives way to them (tests/data/SCHEMA.md), each
    numbered by its letter as written. The letters run from a (or A) in order, each on a line of its
    own or run in after the sentence that ends the point before it, with at most `_LETTER_TEXT_LINES`
    lines of text between; a numbered line ends them. Two or more (three under a qualified grouping
    title, `_groups_qualified`), else none. Where half of the points or more are told in lines of text of
    their own below them ("§ 5 Rapporter" / "a) Leos lekland 12 april" / "Maria lämnade en muntlig rapport."),
    the letters head the parts of one matter's text: none (a point's bullets, "* Renovering av Strömkajen", are
    no such text), unless the parent lists the matters raised at the meeting (`raised`: "Övriga frågor", each its
    own). Under the body's own reports or news (`reports`: "9. Rapporter") a point whose line runs on with its text
    after the title ("a) Kassarapport. Behållning vid räkenskapsårets början: ...") is told too.
    """
    lines = doc.lines
    out: list[_Candidate] = []
    told: set[str] = set()  # the letters whose points have lines of text of their own below them
    expect: str | None = None
    k, since = last + 1, 0
    while k < len(lines) and since <= _LETTER_TEXT_LINES:
        text = lines[k].text
        if not text.strip():
            k += 1
            continue
        m: re.Match[str] | None = _LETTER_LINE.match(text)
        if m is None or not (m.group(1) == expect or expect is None and m.group(1) in "aA"):
            if expect is None or _NUMBERED.match(text) or _BARE_NUMBER.match(text):
                break
            m = re.search(_LETTER_AFTER_SENTENCE.format(expect), text)
            if m is None:
                if out and not _BULLET_LINE.match(text):
                    told.add(out[-1].number)  # a line of the point's own text, no bullet
                since += 1
                k += 1
                continue
        while m is not None:
            rest = text[m.end():]
            if _LETTER_REPORT.match(rest):
                return []  # "a) Ekonomi: ingen förändring.": a report's entries, the parent's text
            cut = rest.find("•")
            title = _inline_title(rest[:cut] if cut > 0 else rest)
            if not title:
                return []
            if reports and len(rest.strip()) - len(title) > _TOLD_AFTER_TITLE:
                told.add(m.group(1))  # "a) Kassarapport. Behållning vid räkenskapsårets början: ...": told on its line
            out.append(_new_candidate((k, m.group(1), main, style, title, 1.3, lines[k].start + m.start(1),
                                       lines[k].start + m.end() + len(title))))
            expect = chr(ord(m.group(1)) + 1)
            m = re.compile(_LETTER_AFTER_SENTENCE.format(expect)).search(text, m.end())
        since = 0
        k += 1
    if out and len(told) * 2 >= len(out) and not raised:
        return []  # "§ 5 Rapporter" / "a) Leos lekland 12 april" / "Maria lämnade en muntlig rapport.": told points
    return out if len(out) >= (_MIN_QUALIFIED_LETTERS if qualified else _MIN_GROUPED_LETTERS) else []


# A point numbered within the meeting's own number ("9:1 Öppnande", "9:2 Fastställande av
# föredragningslista"): the meeting (group 1), the point (group 2). Not inside a reference "(9:3)"
# or a range "9:1-9:39", and not a time ("18:30 Middag": no run of points follows on).
_MEETING_POINT = re.compile(r"(\d{1,3}):(\d{1,2})(?![\d:-])\s+(?=[A-ZÅÄÖ])")  # opens with a class: see _INLINE_NUMBERED
# What a margin column flattened before the title: "Bilaga 9:1", a page number, a lower-case note.
_MEETING_POINT_MARGIN = re.compile(r"(?:Bilaga\s+\d{1,3}(?::\d{1,3})?\s+)?(?:\d{1,3}\s+)?(?:[a-zåäö]+\s+(?=[A-ZÅÄÖ]))?")
_MIN_MEETING_POINTS = 3


def _meeting_points(line: Line, i: int) -> list[_Candidate]:
    """The points of a line numbered within the meeting ("9:1 Öppnande ... 9:2 ..."), at its start or run in."""
    out: list[_Candidate] = []
    text = line.text
    # At the line's start or after white space: not inside "(9:3)", "9:1-9:39" or "KS/2011:286".
    marks = [m for m in _MEETING_POINT.finditer(text) if not m.start() or text[m.start() - 1].isspace()]
    for k, m in enumerate(marks):
        margin = _MEETING_POINT_MARGIN.match(text, m.end())
        at = margin.end() if margin is not None else m.end()
        stop = min(at + 160, marks[k + 1].start()) if k + 1 < len(marks) else at + 160
        title = _inline_title(text[at:stop])
        if not title:
            continue
        number = f"{m.group(1)}:{m.group(2)}"
        out.append(_new_candidate((i, number, int(m.group(2)), "meeting:" + m.group(1), title, 1.2,
                                   line.start + m.start(), line.start + at + len(title))))
    return out


def _meeting_point_run(found: list[_Candidate]) -> list[_Candidate]:
    """The points of `_meeting_points` that make a run: one meeting's number, the points following on."""
    if len(found) < _MIN_MEETING_POINTS:
        return []
    style = max(dict.fromkeys(c.style for c in found), key=lambda st: sum(c.style == st for c in found))
    mine = [c for c in found if c.style == style]
    following = sum(1 for a, b in pairwise(mine) if b.main == a.main + 1)
    return mine if following + 1 >= _MIN_MEETING_POINTS else []


def _points_under_parent(found: list[_Candidate], run: list[_Candidate]) -> list[_Candidate]:
    """A run "4:1" .. "4:8" right under the heading numbered 4 ("§ 4 Rapporter från kommittéerna"): its sub-points.

    "9:1 Öppnande" / "9:2 ..." numbers points within meeting 9; under a heading of the same
    number, with no other heading between, the first figure is that item's and the points are
    its sub-points (read like "4.1", "4.2"), in the parent's style. Otherwise the run as it is.
    """
    if not run:
        return run
    prefix = run[0].style.removeprefix("meeting:")
    first = (run[0].line, run[0].start)
    before = [c for c in found if (c.line, c.start) < first and c.weight > 0]
    parent = max(before, key=lambda c: (c.line, c.start), default=None)
    if parent is None or parent.number != prefix or run[0].line - parent.line > 4:
        return run
    return [c._replace(main=parent.main, style=parent.style) for c in run]


# The document's title in capitals run into its first point when a copy lost the line break
# ("PROTOKOLL 1. Ordförande hälsade ...", "MINNESANTECKNINGAR 1. Mötets öppnande"): read from "1.".
_TITLE_BEFORE_FIRST = re.compile(r"\s*([A-ZÅÄÖ]{4,})\s+(?=1\.\s+[A-ZÅÄÖ])")
_CAPITAL_TITLE_WORDS = frozenset(w.upper() for w in words.TITLE_WORDS if " " not in w)


def _title_before_first_point(text: str) -> re.Match[str] | None:
    """The title in capitals before the first point (see `_TITLE_BEFORE_FIRST`), or None."""
    m = _TITLE_BEFORE_FIRST.match(text)
    return m if m is not None and m.group(1) in _CAPITAL_TITLE_WORDS else None


# A scanned page's running head, the body, the meeting's date and the page number, then the item's
# bare number and title ("Kommunfullmäktige 2017-10-23 3 133 Delårsrapport 2017 (KS/2017:499) ..."),
# perhaps after a few characters of scanning noise ("^> fl Kommunfullmäktige ...").
_BARE_RUNNING_HEAD = re.compile(r"(?:\S{1,3}\s+){0,3}?[A-ZÅÄÖ][\w-]*(?:\s+[\w-]+){0,3}?\s+(?:19|20)\d\d-[01]\d-[0-3]\d"
                                r"\s+(?P<page>\d{1,3})\s+(?P<n>\d{1,3})\s+(?P<title>[A-ZÅÄÖ][a-zåäö].*)")


_RUN_ON_LINE = 200  # a line this long ran a page's head and its text together
_DIARY_IN_PARENS = re.compile(r"\s*\((?=(?:[A-ZÅÄÖ]{2,5}\s?/?\s?\d|Dnr))")


def _bare_running_head(line: Line, i: int) -> list[_Candidate]:
    """The item that opens a scanned page after its running head (see `_BARE_RUNNING_HEAD`).

    The item's number is above the page's ("3 133"): a page number and a count of pages
    ("2 14") or a date's day are not read so.
    """
    m = _BARE_RUNNING_HEAD.match(line.text)
    if m is None or int(m.group("n")) <= int(m.group("page")):
        return []
    title = _DIARY_IN_PARENS.split(_inline_title(m.group("title")[:120]), maxsplit=1)[0]
    if not title:
        return []
    number = m.group("n")
    return [_new_candidate((i, number, int(number), "running", title, 1.3, line.start + m.start("n"),
                            line.start + m.start("title") + len(title)))]


# A table of contents run together on one line, each entry's number before its title and a dot
# leader and page number after it: "24 Tillgänglighetspriset 2018... 3 25 Utbildning i mänskliga
# rättigheter.... 4 26 ...". Group 1 is the number, group 2 the title.
_LEADER_ENTRY = re.compile(r"(\d{1,3})\s+([A-ZÅÄÖ][^\n]{1,150}?)\s*\.{3,}\s*\d{1,3}(?=\s|$)")
_MIN_LEADER_ENTRIES = 3


def _leaders_read_once(found: list[_Candidate]) -> list[_Candidate]:
    """`found` without the entries of `_leader_entries` on a line the contents rules read as well or better.

    "26 Dnr KS 2018/14 Information... 3 27 ... 37 Övrigt": the run of numbers read by the other rules
    may go on past the last leader; then theirs is the reading kept.
    """
    lines = {c.line for c in found if c.style == "n leader"}
    if not lines:
        return found
    drop = {ln for ln in lines
            if sum(c.line == ln and c.style == "n " and c.weight > 0 for c in found)
            >= sum(c.line == ln and c.style == "n leader" for c in found)}
    return [c for c in found if c.style != "n leader" or c.line not in drop]


def _leader_entries(line: Line, i: int) -> list[_Candidate]:
    """The entries of such a line (see `_LEADER_ENTRY`) whose numbers count up one at a time, three or more."""
    text = line.text
    # The number stands at the line's start or after white space, and not right after a leader: there it
    # is the page number of an entry without a number of its own ("Val av sekreterare... 3 Val av ...").
    marks = [m for m in _LEADER_ENTRY.finditer(text) if not m.start() or (
        text[m.start() - 1].isspace() and not text[max(0, m.start() - 8):m.start()].rstrip().endswith("..."))]
    run: list[re.Match[str]] = []
    for m in marks:
        if run and int(m.group(1)) != int(run[-1].group(1)) + 1:
            if len(run) >= _MIN_LEADER_ENTRIES:
                break
            run = []
        run.append(m)
    if len(run) < _MIN_LEADER_ENTRIES:
        return []
    return [_new_candidate((i, m.group(1), int(m.group(1)), "n leader", _clean_title(m.group(2)), 1.0,
                            line.start + m.start(), line.start + m.end(2))) for m in run]


_LONG_HEADING = 400  # characters of an agenda entry's title at most (the longest are remisses of plans)
# A full stop, question or exclamation mark before white space, or one that ends the text: a sentence's end.
_STOP_INSIDE = re.compile(r"(?<![\s.])[.!?](?:\s|$)(?<!\b\w\.\s)(?<!\b\w\.)")


_LOWER_SIGN_TITLE = re.compile(r"[a-zåäö][\w-]*(?:\s+[\w/&-]+){1,5}")
_LOWER_SIGN_WEIGHT = 0.6  # less than a capitalised title's: it only goes on a run of paragraphs


def _lower_case_sign_title(line: Line, i: int, number: str, at: int, title_at: int) -> list[_Candidate]:
    """A paragraph whose short title was written in lower case ("§8 projekt Sommarveckan 2015").

    Two to six words, no stop, no "att" clause and no outcome ("§ 8 beslutades att ...", "§ 3 godkändes."): a
    title, weighed light so that it only goes on a run of paragraphs of the same sign.
    """
    title = line.text[title_at:].strip()
    if len(title) > _SHORT_TITLE or not _LOWER_SIGN_TITLE.fullmatch(title) or " att " in f" {title} ":
        return []
    first = title.split(None, 1)[0]
    if _tells_outcome(first) or first in _SIGN_REFERENCE_WORDS:
        return []
    return [_Candidate(i, number, int(number), "§", title, _LOWER_SIGN_WEIGHT, line.start + at,
                       line.start + title_at + len(title))]


def _one_line_a_page(lines: Sequence[Line], i: int) -> bool:
    """Whether line `i` is the last page of a copy that holds each page as one line: the line with text before
    it is longer than 400 characters, and every line with text is a page's (longer than `_PAGE_TAIL`)."""
    before = next((ln.text for ln in reversed(lines[:i]) if ln.text.strip()), "")
    return len(before) > 400 and all(len(ln.text) > _PAGE_TAIL for ln in lines if ln.text.strip())


def _counts_on_from_line_above(lines: Sequence[Line], i: int, main: int) -> bool:
    """Whether the line right above line `i` opens with the number before `main`, bare or after a bullet
    (" • 12 Redovisad resultat- och balansräkning fastställdes." over " • 13 Årets underskott på -282,00 kr
    överförs ..."): the rows of one numbered list, each told in a sentence, with no blank line between them."""
    above = lines[i - 1].text.lstrip(" \t" + _BULLETS)
    before = str(main - 1)
    return main > 1 and above.startswith(before) and above[len(before):len(before) + 1] in (" ", "\t")


def _numbered_candidates(doc: Minutes, latin: bytes | None = None, *, every_line: bool = False) -> list[_Candidate]:
    """Lines (and inline runs in very long lines) that look like numbered item headings.

    `latin` is `_latin_bytes(doc.clean)`, when the caller has it. Only the lines of
    `_numbered_lines` are read; with `every_line`, every line is (the same candidates, found
    slower: the tests compare the two).
    """
    found: list[_Candidate] = []
    lines = doc.lines
    if latin is None:
        latin = _latin_bytes(doc.clean)
    # Digits as "1" (see `_three_digit_lines`), to tell the lines with three of them.
    digits = latin.translate(_DIGIT_BYTES) if latin is not None else None
    low = _lower_latin(latin) if latin is not None else None  # lower case, for the contents labels' words
    marked: bool | None = None  # whether the text has marked-up headings; read at the first numbered bullet
    points: list[_Candidate] = []  # numbered within the meeting ("9:1 Öppnande"), kept if they make a run
    title_number_label: bool | None = None  # whether the text holds a contents label; read at the first long line
    for i in range(len(lines)) if every_line else _numbered_lines(doc, latin):
        line = lines[i]
        text = line.text
        if ":" in text and (line.page or len(text) > 400 or text[:4].lstrip()[:1].isdecimal()):
            points.extend(_meeting_points(line, i))  # run in on a long line, or at a line's start
        if (line.page or len(text) > _RUN_ON_LINE) and "-" in text[:80]:
            found.extend(_bare_running_head(line, i))
        if "..." in text:
            found.extend(_leader_entries(line, i))
        if text[:1] in _CAPITALS and "-" in text[:70]:
            running = _RUNNING_HEAD_ITEM.match(text)
            if running:  # "Folkhälsorådet 2009-09-24 2 Fhr 39 Justering Till ...": a page's running head, then the item
                title, number = _inline_title(running.group("title")[:120]), running.group("n")
                code = "code" if running.group("code") else "caps"
                found.append(_new_candidate((i, number, int(number), "prefix:" + running.group(code).upper(), title,
                                             1.3, line.start + running.start(code),
                                             line.start + running.start("title") + len(title))))
                continue
        if text[:2] in _CENTURIES and text[4:5] == "-" and (dated := _DATED_HEAD_ITEM.match(text)):
            # "2010-11-18 2 Nvsf 88 Dagordning ...": a page's running head of the date alone, then the item
            title, number = _inline_title(dated.group("title")[:120]), dated.group("n")
            if title:
                found.append(_new_candidate((i, number, int(number), "prefix:" + dated.group("code").upper(), title,
                                             1.3, line.start + dated.start("code"),
                                             line.start + dated.start("title") + len(title))))
                continue
        if text[:1].isdecimal() and "," in text[:10] and (system := _SYSTEM_PAGE_HEAD_ITEM.match(text)):
            # "2 102, KST :00 LAGLIGHET OCH BESLUTFÖRHET ...": a meeting system's page head, then the paragraph
            rest = system.group("title")[:120]
            title, number = _caps_heading(rest) or _inline_title(rest), system.group("n")
            if title:
                found.append(_new_candidate((i, number, int(number), "prefix:" + system.group("code"), title,
                                             1.3, line.start + system.start("n"),
                                             line.start + system.start("title") + len(title))))
                continue
        if line.page and text[:1] in _CAPITALS and (capped := _CAPITALS_HEAD_ITEM.match(text) or (
                _NAMED_HEAD_ITEM.match(text) if "(" in text[:_NAMED_HEAD] else None)):
            # "2 RONNEBY KOMMUN SAMMANTRÄDESPROTOKOLL 2 AU 1 Dnr Kommunförbundets anhållan ...": the page's
            # running head in capitals and its page number, then an item coded by the body's letters.
            title, number = _inline_title(capped.group("title")[:120]), capped.group("n")
            found.append(_new_candidate((i, number, int(number), "prefix:" + capped.group("code"), title, 1.3,
                                         line.start + capped.start("code"),
                                         line.start + capped.start("title") + len(title))))
            continue
        if line.page and "Dnr" in text[:_PAGE_HEAD] and (coded := _CODED_DIARY_ITEM.search(text[:_PAGE_HEAD])):
            # "VIMMERBY KOMMUN SAMMANTRÄDESPROTOKOLL sidnr ... Kommunstyrelsen KS 235 Dnr 191/2013 Kod 623
            # Riktlinjer för ...": the page's head, then an item coded by the body's letters and its diary number.
            title = _inline_title(text[coded.start("title"):coded.start("title") + 120])
            if title:
                number = coded.group("n")
                found.append(_new_candidate((i, number, int(number), "prefix:" + coded.group("code"), title, 1.3,
                                             line.start + coded.start("code"),
                                             line.start + coded.start("title") + len(title))))
                continue
        if text[:1].isdecimal() and not line.page and any(c in _CAPITALS for c in text[1:6]):
            caps = _caps_candidates(line, i)
            if caps:
                found.extend(caps)
                continue
        if _PAGE_TAIL < len(text) <= 400 and not line.page and _one_line_a_page(lines, i):
            # "... Röstlängden justeras kontinuerligt. Sida 1 av 6" / "Sektionsmöte 7. Förfarande vid valärenden
            # ... 8. Föregående mötesprotokoll ...": a copy kept one line a page, its last page short.
            found.extend(_inline_candidates(line, i))
        # A long line's lists of entries, read once for both uses below.
        labelled: list[_Candidate] | None = None
        runs: list[_Candidate] | None = None
        if len(text) > 400 or line.page:
            found.extend(_inline_candidates(line, i))
            labelled = _labelled_contents(line, i, low)
            if labelled:
                found.extend(labelled)
            else:
                coded_entries = _coded_contents(line, i)
                if coded_entries:
                    found.extend(coded_entries)
                else:
                    runs = _number_runs(line, i)
                    found.extend(runs)
            if title_number_label is None:
                title_number_label = _may_hold_title_number_label(doc.clean)
            if title_number_label:
                found.extend(_contents_numbers_after(line, i))
            if "  " in text and _GLUED_ITEM.search(text):
                found.extend(_glued_candidates(line, i))
            if not line.page:
                found.extend(_opening_candidate(line, i))
                continue
        elif "  " in text and _GLUED_ITEM.search(text):
            found.extend(_glued_candidates(line, i))
        three = (digits.count(b"1", line.start, line.start + len(text)) >= 3 if digits is not None
                 else _THREE_DIGITS.search(text) is not None)
        contents = (_contents_candidates(line, i, labelled, low) or (_number_runs(line, i) if runs is None else runs)
                    or _caps_contents(line, i)) if three else []
        found.extend(contents)
        m = page = None
        # What _may_open_numbered tells, inline: this loop reads every line.
        t = text.lstrip() if text[:1].isspace() else text
        first = t[:1]
        if first and first in _BULLETS:
            # A web page's bullet: "•   1" or "• § 54" with the title on a line below, or "• 1. Title".
            after = t[1:12].lstrip()[:1] or t[1:].lstrip()[:1]  # a short slice first: most bullets are long
            if after and (after.isdecimal() or after == "§"):
                if marked is None:
                    marked = any(map(_LEVEL_OF, lines))
                if marked:
                    continue  # marked-up minutes: a numbered bullet is a list inside a section
                bare = _BULLET_NUMBER.match(text)
                if bare:
                    found.extend(_bare_candidate(doc, i, bare, blank_between=True))
                    continue
                mark = _BULLET_MARK.match(text)
                if mark and text[mark.end():mark.end() + 1].isdecimal():
                    m = _NUMBERED_AT.match(text, mark.end())
            elif "§" not in text:
                continue  # most bullets: text after the mark, and no paragraph glued on
        elif first == "." and t[1:2].isdecimal() and (dotted := _LEADING_DOT_NUMBER.match(text)):
            # ".1 Ordförande öppnar mötet." / ".6 Meddelanden.": a word processor's list numbers, the stop put
            # before the number; read as "1." and "6.".
            m = _NUMBERED_AT.match(text, dotted.end())
            if m is not None and m.group(5) is not None and m.start() == dotted.end():
                found.extend(_leading_dot_candidate(line, i, m, dotted.start()))
            continue
        elif first == "J" and "§" in text[:30] and (signed := _SIGNED_BARE.match(text)):
            # "Just: § 1" / "Val av justeringsperson": the page's signature box, then the paragraph alone.
            bare = _BARE_NUMBER.match(" " * signed.end() + text[signed.end():])
            if bare:
                found.extend(_bare_candidate(doc, i, bare))
            continue
        elif first == "#" and t[1:2].isdecimal():
            m = _HASH_NUMBERED.match(text)  # "#8 Meddelanden": a number marked by "#", never a list's
        elif first and (first.isdecimal() or t.startswith(_NUMBER_WORDS) or (first in _CAPITALS and t[1:2] in _CAPITALS)):
            bare = _BARE_NUMBER.match(text)
            if bare and not (line.page and (bare.group(4) or bare.group(5)) and _PAGE_DIARY_TITLE.match(text)):
                found.extend(_bare_candidate(doc, i, bare))
                continue
            sign = _NUMBER_SIGN.match(text) if "§" in text[:12] and not line.page else None
            if sign:  # "1 § Mötets öppnande": the number before the sign, the title on the same line
                found.append(_sign_after_candidate(line, i, sign))
                continue
            page = _PAGE_NUMBER.match(text) or (_PAGE_OF_PAGES.match(text) if line.page and "(" in text[:12] else None)
            if page is None and first in _CAPITALS and " 1." in text[:40]:
                page = _title_before_first_point(text)
            m = _NUMBERED_AT.match(text, page.end()) if page else _NUMBERED.match(text)
        glued = None if m or "§" not in text else _GLUED_PARAGRAPH.search(text)
        if glued:  # "... måndagen den 9 juni 2008§ 1 Årsmötets öppnande": a copy lost the line break
            m = _NUMBERED_AT.match(text, glued.start())
        elif not m and "§" in text and not line.page:
            bare_end = _GLUED_BARE.search(text)
            if bare_end:  # "Föredragnings-listan§ 48" / its text below, its title after the text
                found.extend(_title_after_text(doc, i, bare_end.group(1), bare_end.start()))
                continue
        if not m or len(contents) >= 3:
            continue  # a contents line ("§ 12 Val av justerare § 13 Budget § 14 ..."): its entries, not one heading
        title = m.group("title")
        if m.group(1):
            style, number = m.group(1).lower().rstrip("."), m.group(2)
        elif m.group(3):
            style, number = "prefix:" + m.group(3), m.group(4)
        else:
            number = m.group(5)
            sep = text[m.end(5):m.start("title")].strip()
            style = "n" + (sep[:1] if sep else " ")
        if m.re is _HASH_NUMBERED:
            style = "#"
        title_start = m.start("title")
        if style == "§" and "§" in title and not line.page:
            signs = _run_in_signs(line, i, number, m.start())
            if signs:  # "§ 1. Mötet öppnades. § 2. Dagordningen fastställdes.": one item a mark
                found.extend(signs)
                continue
        # "TN 2 09/TN 0044 Mål och resursplan 2010 Drift", "64 Dnr KN 06/ Bidragsansökan: ...": the item's
        # diary number between its number and title (bare digits only after a coded number or "§").
        diary = (_DIARY_BEFORE_TITLE.match(title) if title[:3] in ("Dnr", "dnr")
                 or ((m.group(1) or m.group(3)) and title[:1].isdecimal()) else None)
        if diary is not None:
            title, title_start = title[diary.end():], title_start + diary.end()
        if not _RX_NUMBERED_CANDIDATES_1.match(title):
            if title[:1] == "a" and title[1:2] == ")":
                lettered = _lettered_under_number(doc, i, int(number.split(".")[0]), style,
                                                  line.start + m.start("title"))
                found.extend(lettered)
                if lettered or not (opened := _FIRST_LETTER_SENTENCE.match(title)):
                    continue
                # "6) a) Styrelsens verksamhetsberättelse ... godkändes." / "b) Kassörens resultat ...": the
                # letters part a paragraph told in sentences, no register of matters; the number is the item's.
                title, title_start = title[opened.end():], title_start + opened.end()
            else:
                if style == "§" and not line.page and title[:1].islower():
                    found.extend(_lower_case_sign_title(line, i, number, m.start(), title_start))
                continue
        in_table = "\t" in title  # a row of a register table ("§ 12<TAB>Budget 2022<TAB>Dnr ...")
        if in_table:
            title = next((c for c in title.split("\t") if _RX_NUMBERED_CANDIDATES_2.search(c)), "")
            if not _RX_NUMBERED_CANDIDATES_1.match(title):
                continue
        # A heading or sentence wrapped onto following lines (PDF text): read the logical line.
        last = i
        while (last + 1 < len(lines) and last - i < 2 and not lines[last + 1].level
               and _opening(lines[last + 1].text).islower()
               and not _NUMBERED.match(lines[last + 1].text)
               and not _LETTERED_LOWER.match(lines[last + 1].text)  # "a) Ekonomi": a sub-point, not a wrap
               and not lines[last].text.rstrip().endswith((".", ":", "!", "?"))):
            last += 1
            title = title.rstrip() + " " + lines[last].text.strip()
        # "7.1. Ändringar i riktlinjerna Beslut: Att bordlägga ..." - the title, then its decision.
        run_in = _RUN_IN_LABEL.search(title) if last == i and ":" in title else None
        if run_in is not None:
            title = title[:run_in.start()]
        weight = 1.0
        if line.level:
            weight += 2.0
        # A sentence, not a heading: a numbered proposal, or a paragraph that opens with its number.
        # A long title of one unstopped sentence ("11 Remiss (samråd) av Arbetsprogram med tidtabell ... (utsänd)")
        # is still a heading, up to _LONG_HEADING.
        sentence = (len(title) > 200 and (len(title) > _LONG_HEADING or _STOP_INSIDE.search(title) is not None)) or (
            title.rstrip().endswith(".") and _words_in(title) >= 8)
        if line.page:
            # A whole page of a stored copy, its running header dropped: "20 Val av justerare
            # Ordförande föreslår ..." opens with the page's first item, its run-in title naming it.
            title, sentence, last, run_in = _inline_title(title[:120]), False, i, None
            first = next((ln.text for ln in lines if ln.text.strip()), "")
            if _words_in(title) >= 2 and _norm(first).startswith(_norm(title)) and i > 0:
                continue  # "1 1 Riksarkivets nämnd PROTOKOLL ...": the page's running head, the document's title
        elif (sentence and page and not style.startswith("n")) or (
                style.startswith("prefix:") and len(title) > 80 and not line.level and last == i):
            # A letter-coded item ("IR 37 Fastställande av dagordning Dagordningen fastställdes ...")
            # whose text runs on after its title on one line: the run-in title names it.
            # A stored copy runs each paragraph's heading and text together: "FHR 30 Utvecklingsarbete
            # inom ANDT-området Folkhälsorådets beslut ...". Its run-in title names it.
            title, sentence = _inline_title(title[:120]), False
        if style == "n " and (len(title) > 80 or title.rstrip().endswith(".")):
            weight -= 1.0
        if in_table:
            weight -= 0.3
        if last + 1 < len(lines) and _is_blank(lines[last + 1]):
            weight += 0.3
        # A heading has text under it; a line of an agenda list is followed by the next entry.
        below = ""
        for ln in lines[last + 1:last + 4]:
            if ln.text and not ln.text.isspace():
                below = ln.text
                break
        if below and not _NUMBERED.match(below):
            weight += 0.3
        if i == 0 or _is_blank(lines[i - 1]):
            weight += 0.2
        main = int(number.split(".")[0])
        start = line.start + m.start()
        title_at = line.start + title_start
        if sentence and not line.level:
            weight = 0.0
        if weight <= 0:
            if style == "n " and "." in number and not line.page and len(title) <= 400:
                # A sub-point whose text is its title ("3.2 Insparken har fått ett bidrag ..."): kept
                # aside for a document numbered by sub-points only; its first sentence names it.
                head = _RX_NUMBERED_CANDIDATES_3.split(title, maxsplit=1)[0]
                found.append(_Candidate(i, number, main, style, _clean_title(head), 0.0, start, title_at))
                continue
            if style == "n ":
                if (i > 0 and (_is_blank(lines[i - 1]) or _counts_on_from_line_above(lines, i, main))
                        and "." not in number and len(title) <= _LONG_HEADING and not line.page):
                    # "7 Ekonomisk rapport/Hans Fridh Alla har betalat, ...": a paragraph that opens with
                    # its bare number, its text run on after the title; only `_fill_gaps` reads it, where
                    # the sequence of bare numbers lacks exactly its number.
                    head = " ".join(_RX_NUMBERED_CANDIDATES_3.split(title, maxsplit=1)[0].split()[:8])
                    found.append(_Candidate(i, number, main, style, _clean_title(head), _SPARE_WEIGHT, start,
                                            title_at))
                continue
            # A paragraph that opens with its number: kept aside to fill gaps in the sequence;
            # its first words name it and the whole paragraph is its text.
            head = _RX_NUMBERED_CANDIDATES_3.split(title, maxsplit=1)[0]
            if len(title) > 400 and (len(head) == len(title) or _words_in(head) > _MAX_RUN_IN_HEAD_WORDS):
                continue  # a long paragraph is kept only with a short run-in title ("§4. Rapporter. Ett antal ...")
            found.append(_Candidate(i, number, main, style, _clean_title(" ".join(head.split()[:8])),
                                    weight, start, title_at))
            continue
        end = title_at + len(title) if line.page else lines[last].end
        grouping = not line.page and _is_grouping(title)
        if (grouping or _groups_qualified(title)) and not _lists_mail(title):
            letters = _lettered_lines_under(doc, last, main, style, qualified=not grouping,
                                            raised=_first_words(title) in _RAISED_MATTERS_TITLES,
                                            reports=_first_words(title) in _NEWS_GROUP_TITLES)
            if letters:  # "18 Rapporter" / "a. Finansrapport" / "b. ...": the grouped matters are the items
                found.extend(letters)
                continue
        colon = _RX_NUMBERED_CANDIDATES_4.match(title) if ":" in title else None
        if run_in is not None:
            end = line.start + title_start + run_in.start(1)
        elif last == i and colon and not line.page and (_words_in(colon.group(2)) >= 5 or colon.group(2).rstrip().endswith(".")):
            # "10. Nästa möte: 29/10 kl. 18.30 Hotel Station." - the title, then its text.
            title = colon.group(1)
            end = line.start + line.text.index(colon.group(2), title_start)
        found.append(_new_candidate((i, number, main, style, _clean_title(title), weight, start, end)))
    found.extend(_points_under_parent(found, _meeting_point_run(points)))
    found = _leaders_read_once(found)
    # A page line's items in reading order (its opening item before those run in); others as found.
    found.sort(key=lambda c: (c.line, c.start if lines[c.line].page else 0))
    return found


# An item's diary number between its coded number and its title ("TN 2 09/TN 0044 Mål och resursplan",
# "KS 12 2017/45 Budget"): two or four digits of the year, a slash, perhaps the register's letters, the serial.
# After "Dnr" the register's letters may come first and the serial may be lost ("Dnr KN 06/ Vägnamn i Silvberg").
# A copy may have lost the diary number, its label left alone ("10 Dnr Justering av protokoll").
_DIARY_BEFORE_TITLE = re.compile(r"(?:[Dd]nr\.?\s+(?:[A-ZÅÄÖ]{2,5}\s+)?(?:\d{2}|\d{4})/(?:[A-ZÅÄÖ]{2,5}\s*)?\d{0,5}"
                                 r"|(?:\d{2}|\d{4})/(?:[A-ZÅÄÖ]{2,5}\s*)?\d{1,5}|[Dd]nr\.?:?(?=\s))(?:[-:.]\d{1,4})*\s+"
                                 r"(?=[A-ZÅÄÖ][a-zåäö])")


# A page line that opens with a paragraph's number, its diary number and its title, the text run on after it
# ("64 Dnr KN 06/ Bidragsansökan: Dalarnas författarförbund Dalarnas ..."): no number alone on its line.
_PAGE_DIARY_TITLE = re.compile(r"\s*\d{1,4}\s+(?=[Dd]nr\b)")


# A web page's list item glued after the text before it, two spaces between ("... Stellan  1.
# Årskursträffen 21 augusti 2013"): each list of one item numbers itself "1.".
_GLUED_ITEM = re.compile(r"(?<=[^\s\d])[ \t]{2,}(\d{1,2})\.[ \t]+(?=[A-ZÅÄÖ])")


_MAX_RUN_IN_HEAD_WORDS = 6


def _glued_candidates(line: Line, i: int) -> list[_Candidate]:
    """Numbered items glued after other text on a line, two spaces or more before the number."""
    out = []
    for m in _GLUED_ITEM.finditer(line.text):
        title = _inline_title(line.text[m.end():m.end() + 120])
        if title:
            out.append(_Candidate(i, m.group(1), int(m.group(1)), "glued", title, 0.8,
                                  line.start + m.start(1), line.start + m.end() + len(title)))
    return out


# A paragraph mark run in on the line of the one before it, in flattened text ("§ 1. Mötet öppnades.
# § 2. Dagordningen fastställdes.", "§2 Dagordningen fastställs §3 Val av justerare ..."): its number,
# then a capitalised title.
_RUN_IN_SIGN = re.compile(r"(?<![\w§])§\s*(\d{1,3})\.?\s+(?=[\"”'«(]?[A-ZÅÄÖÉ])")
# Words after which "§ 3" refers to a paragraph ("enligt § 3", "se § 3") instead of opening one.
_SIGN_REFERENCE_WORDS = frozenset({*words.NUMBER_REFERENCES, "enligt", "se", "jfr", "jämför", "och", "samt", "eller",
                                   "resp", "resp.", "till", "från", "under", "i", "av", "med", "mot", "om", "stadgarnas",
                                   "stadgarna", "lagens", "kommunallagens"})


def _run_in_signs(line: Line, i: int, number: str, at: int) -> list[_Candidate]:
    """A line that opens with paragraph `number` at `at` and runs the next paragraphs in after it.

    Flattened text puts several paragraphs on one line: "§ 4. Val av ordförande. Till ordförande ...
    § 5. Val av protokollsjusterare. ..." Each mark "§ N" further on that goes on counting (N one more
    than the mark before it) and is followed by a capitalised word opens an item; a mark after a word
    that refers to a paragraph ("enligt § 5", "se § 5") is no such mark. Each item's run-in title
    names it. Empty when no mark runs in (the line is one paragraph).
    """
    text = line.text
    bounds: list[tuple[str, int, int]] = []  # number, where the mark starts, where its text starts
    last = int(number)
    for m in _RUN_IN_SIGN.finditer(text, at + 1):
        if int(m.group(1)) != last + 1:
            continue
        before = text[:m.start()].split()
        word = before[-1].lower() if before else ""
        if not word or (word in _SIGN_REFERENCE_WORDS and not word.endswith((".", "!", "?", ":"))):
            continue
        bounds.append((m.group(1), m.start(), m.end()))
        last += 1
    if not bounds:
        return []
    opening = _RX_NUMBERED_CANDIDATES_5.match(text, at)
    first = (number, at, opening.end() if opening else at)
    found = []
    marks = [first, *bounds]
    for k, (n, begin, title_at) in enumerate(marks):
        stop = marks[k + 1][1] if k + 1 < len(marks) else len(text)
        title = _inline_title(text[title_at:stop][:200])
        if not title:
            continue
        found.append(_Candidate(i, n, int(n), "§", title, 1.3, line.start + begin, line.start + title_at + len(title)))
    return found


# "1 § Mötets öppnande", "12 §  BUDGET 2020": the number before the sign, the title after it.
_NUMBER_SIGN = re.compile(r"^\s*(\d{1,4})\s*§\s+(?P<title>[A-ZÅÄÖ].*)$")


def _sign_after_candidate(line: Line, i: int, m: re.Match[str]) -> _Candidate:
    """A heading numbered "1 §"; a sentence so numbered ("6 § Följande möte tillfogades ...") is kept
    aside (weight 0), to fill a gap in the sequence."""
    title = m.group("title").strip()
    number = m.group(1)
    start = line.start + m.start(1)
    if title.endswith((".", "!", "?")) or len(title) > 100:
        head = _RX_NUMBERED_CANDIDATES_3.split(title, maxsplit=1)[0]
        return _Candidate(i, number, int(number), "§", _clean_title(" ".join(head.split()[:8])), 0.0, start, line.end)
    return _Candidate(i, number, int(number), "§", _clean_title(title), 1.3, start, line.end)


_LONG_PARAGRAPH_TITLE = 150


# A title and a colon, then its text on the same line ("Nästa möte: Mötet är bestämt till den 13 januari").
_TITLE_THEN_TEXT = re.compile(r"([A-ZÅÄÖ][^:.!?]{1,58}?)\s*:\s+(?=\S)")


# A list number written with its stop before it: ".1 Ordförande ...", ".12 Övriga frågor" (not ".5 miljoner",
# a decimal: a capital follows). The match ends where the number starts.
_LEADING_DOT_NUMBER = re.compile(r"\s*\.(?=\d{1,2}\s+[\"”'«(]?[A-ZÅÄÖÉÜ])")


def _leading_dot_candidate(line: Line, i: int, m: re.Match[str], at: int) -> list[_Candidate]:
    """The candidate of a line numbered ".1 Title" (`_LEADING_DOT_NUMBER`), `m` the `_NUMBERED_AT` match of the
    number after the dot: styled as "1." (a stop and its number), a sentence's title weighed down as in
    "1. Ordförande öppnar mötet." headings."""
    number, title = m.group(5), m.group("title").strip()
    if "." in number:
        return []
    weight = 1.0 - (1.0 if _words_in(title) >= 8 and title.endswith(".") else 0.0)
    end = line.start + m.start("title") + len(title)
    return [_Candidate(i, number, int(number), "n.", _clean_title(title), weight, line.start + at, end)]


def _bare_candidate(doc: Minutes, i: int, m: re.Match[str], blank_between: bool = False) -> list[_Candidate]:
    """A number alone on its line whose title is the next non-blank line.

    With `blank_between` (a web page's bullet "•   1"), a number without a stop may stand a blank
    line above its title.
    """
    lines = doc.lines
    # A web copy may put a paragraph of one space between blank lines ("§ 3" / "" / " " / "" / "Title").
    j = next((k for k in range(i + 1, min(i + 6, len(lines))) if lines[k].text.strip()), None)
    if j is None:
        return []
    title = lines[j].text.strip()
    if (m.group(3) and (title[:1].isdecimal() or _stacked_number(doc, i - 1) is not None)
            and (stacked := _stacked_title(doc, i)) is not None):
        return stacked
    end = lines[j].end
    label = _TITLE_THEN_TEXT.match(title) if ":" in title[:61] else None
    if label is not None and not _BARE_NUMBER.match(title):
        # "3." / "Val av justerare: Krister Esping justerar protokollet": the title, then its text.
        title = label.group(1)
        end = lines[j].start + len(lines[j].text) - len(lines[j].text.lstrip()) + len(title)
    # A paragraph's title on a line of its own may be long ("Bildning av kommunal bolagskoncern ... för X kommun").
    if (len(title) > (_LONG_PARAGRAPH_TITLE if m.group(1) else 100) or not _RX_NUMBERED_CANDIDATES_1.match(title) or _NUMBERED.match(title)
            or _BARE_NUMBER.match(title) or title.endswith(".") or _bullet_text(lines[j]) is not None):
        if (m.group(1) or m.group(5)) and _RX_NUMBERED_CANDIDATES_1.match(title) and title.endswith((".", "!", "?")):
            return _title_after_text(doc, i, m.group(2) or m.group(5), m.start())
        if (m.group(3) or m.group(4)) and _RX_NUMBERED_CANDIDATES_1.match(title) and not _NUMBERED.match(title):
            column = _numbered_paragraph(doc, i, j)
            if column:
                return column
        return _empty_paragraph(doc, i, m, j)
    if m.group(4) and ((j != i + 1 and not blank_between) or _words_in(title) > 8):
        # a number without a stop ("1" / "ÖPPNANDE AV MÖTET") heads only the line right below it, or numbers a paragraph
        return _numbered_paragraph(doc, i, j) if not _NUMBERED.match(title) else []
    number = m.group(2) or m.group(3) or m.group(4) or m.group(5)
    style = "§" if m.group(1) or m.group(5) else "n " if m.group(4) else "n."
    start = lines[i].start + len(lines[i].text) - len(lines[i].text.lstrip())
    return [_Candidate(i, number, int(number), style, _clean_title(title), 1.3, start, end)]


# A number alone on its line ("7" or "7."), one of the column of numbers a minute book's copy gives its
# paragraphs: each number's text follows on the lines below it.
_PARAGRAPH_NUMBER = re.compile(r"\s*(\d{1,3})\.?\s*")
_MIN_PARAGRAPH_NUMBERS = 3
_PARAGRAPH_REACH = 40  # lines from one numbered paragraph's number to the next one's at most


def _paragraph_number(doc: Minutes, k: int) -> int | None:
    """The number of line `k` when it holds only "N" or "N.", else None."""
    m = _PARAGRAPH_NUMBER.fullmatch(doc.lines[k].text)
    return int(m.group(1)) if m else None


def _next_paragraph_number(doc: Minutes, k: int, step: int) -> tuple[int, int] | None:
    """The nearest line from `k` on (`step` 1) or back (-1) that holds only a number: (line, number)."""
    lines = doc.lines
    at = k + step
    while 0 <= at < len(lines) and abs(at - k) <= _PARAGRAPH_REACH:
        n = _paragraph_number(doc, at)
        if n is not None:
            return at, n
        at += step
    return None


def _numbered_paragraph(doc: Minutes, i: int, j: int) -> list[_Candidate]:
    """A numbered paragraph whose number stands alone on line `i`, its text from line `j` on.

    A minute book copied out ("1" / "Erik hälsar välkomna och förklarar mötet öppnat." / "2" / ...)
    numbers each paragraph on a line of its own and gives no title: the number is the item and the
    text's first sentence names it. Only in a column of such numbers, three or more counting up by
    one with at most `_PARAGRAPH_REACH` lines between them: a number alone above a sentence is else a
    page's number or a figure. The whole text is the item's body.
    """
    written = _PARAGRAPH_NUMBER.fullmatch(doc.lines[i].text)
    if written is None:
        return []
    n = int(written.group(1))
    size = 1
    for step in (-1, 1):  # the numbers above it counting down to it, then those below it going on
        k, want = i, n + step
        while (size < _MIN_PARAGRAPH_NUMBERS and (near := _next_paragraph_number(doc, k, step)) is not None
               and near[1] == want):
            size, k, want = size + 1, near[0], want + step
    if size < _MIN_PARAGRAPH_NUMBERS:
        return []
    text = doc.lines[j].text.strip()
    head = _RX_NUMBERED_CANDIDATES_3.split(text, maxsplit=1)[0]
    title = _clean_title(" ".join(head.split()[:12]))
    if not title:
        return []
    line = doc.lines[i]
    start = line.start + len(line.text) - len(line.text.lstrip())
    return [_Candidate(i, written.group(1), n, "n.", title, 1.0, start, line.end)]


_STACKED_NUMBER = re.compile(r"\s*(\d{1,2})\.\s*")
_MIN_STACKED = 3


def _stacked_number(doc: Minutes, k: int) -> int | None:
    """The number of line `k` when it holds only "N." (one of a column of numbers), else None."""
    if not 0 <= k < len(doc.lines):
        return None
    m = _STACKED_NUMBER.fullmatch(doc.lines[k].text)
    return int(m.group(1)) if m else None


def _stacked_title(doc: Minutes, i: int) -> list[_Candidate] | None:
    """A number of a column of numbers whose titles follow the column, one a line, in the same order.

    A PDF's text may give the column of an agenda's numbers first and then its column of titles:
    "1." / "2." / "3." / "Mötets öppnande" / "Godkännande av dagordning" / "Föregående protokoll".
    Three numbers or more on lines of their own, counting up by one, then as many lines that are
    neither blank nor numbers: the k-th number is the k-th of those lines' heading (the candidate
    stands on the title's line, where the item's text starts). None when line `i` is no such number.
    """
    lines = doc.lines
    first = i
    while (n := _stacked_number(doc, first - 1)) is not None and n + 1 == _stacked_number(doc, first):
        first -= 1
    last = i
    while (n := _stacked_number(doc, last + 1)) is not None and n == (_stacked_number(doc, last) or 0) + 1:
        last += 1
    size = last - first + 1
    if size < _MIN_STACKED:
        return None
    titles = lines[last + 1:last + 1 + size]
    if len(titles) < size or any(not ln.text.strip() or ln.text.lstrip()[:1].isdecimal() or len(ln.text) > 150
                                 for ln in titles):
        return None
    j = last + 1 + (i - first)
    number = str(_stacked_number(doc, i))
    text = lines[j].text
    start = lines[j].start + len(text) - len(text.lstrip())
    return [_Candidate(j, number, int(number), "n.", _clean_title(text.strip()), 1.3, start, lines[j].end)]


def _empty_paragraph(doc: Minutes, i: int, m: re.Match[str], j: int) -> list[_Candidate]:
    """A paragraph left empty: "§ 9" alone, the next line below it "§ 10" (a point with nothing written).

    `m` is the `_BARE_NUMBER` match of line `i`, `j` the next non-blank line. Only the paragraph
    sign ("§ 9", "9 §") and only right before the next number: a numbered list ("1." / "2.")
    or a page number above a heading is no such point.
    """
    number = m.group(2) or m.group(5)
    if number is None:
        return []
    nxt = _BARE_NUMBER.match(doc.lines[j].text) or _NUMBERED.match(doc.lines[j].text)
    following = nxt.group(2) or nxt.group(5) if nxt is not None and nxt.re is _BARE_NUMBER else (
        nxt.group(2) if nxt is not None and nxt.group(1) == "§" else None)
    if following is None or int(following) != int(number) + 1:
        return []
    line = doc.lines[i]
    start = line.start + len(line.text) - len(line.text.lstrip())
    return [_Candidate(i, number, int(number), "§", "", 1.3, start, line.end)]


_LEADING_NUMBER = re.compile(r"\s*(\d{1,3})\s")


# "Föredragnings-listan§ 48": a paragraph mark glued to the end of the line before it, its text below.
# Not after a dash: "Paragrafer §54 -§64" closes a range of the paragraphs the minutes hold.
_GLUED_BARE = re.compile(r"(?<=[^\s§–-])§\s*(\d{1,3})\s*$")
_PARAGRAPH_MARK = re.compile(r"^\s*§\s*\d{1,4}\b|^\s*\d{1,4}\s*§\s*$|(?<=[^\s§])§\s*\d{1,3}\s*$")
_SHORT_TITLE = 60


def _title_after_text(doc: Minutes, i: int, number: str, at: int) -> list[_Candidate]:
    """A paragraph mark ("§ 46") on line `i` whose text follows at once, its title printed after the text.

    A copy of a page with the titles in a margin column lists them after each paragraph's text,
    right before the next mark ("... förrättar upprop." / "Sammanträdets öppnande" / "Beslut" /
    "§ 47"): the short lines there, from the last sentence on, the first of them (with the lines that
    go on from it in lower case: "Begravnings" / "o kyrkogårds") the title. Without such lines the
    paragraph is kept aside under its first words (weight 0), to fill a gap in the sequence.
    """
    lines = doc.lines
    end = next((k for k in range(i + 1, min(i + 80, len(lines))) if _PARAGRAPH_MARK.search(lines[k].text)), None)
    block: list[str] = []
    if end is not None:
        glued = _GLUED_BARE.search(lines[end].text)
        if glued:
            block.append(lines[end].text[:glued.start()].strip())
        for k in range(end - 1, i, -1):
            text = lines[k].text.strip()
            if not text:
                continue
            if (len(text) > _SHORT_TITLE or text.endswith((".", ":", "!", "?", ",")) or _bullet_text(lines[k]) is not None
                    or not _RX_NUMBERED_CANDIDATES_1.match(text) and not text[:1].islower()):
                break
            block.insert(0, text)
    block = [b for b in block if b]
    start = lines[i].start + at
    if not block or not _RX_NUMBERED_CANDIDATES_1.match(block[0]):
        first = next((ln.text.strip() for ln in lines[i + 1:i + 4] if ln.text.strip()), "")
        head = _RX_NUMBERED_CANDIDATES_3.split(first, maxsplit=1)[0]
        return [_Candidate(i, number, int(number), "§", _clean_title(" ".join(head.split()[:8])), 0.0, start,
                           lines[i].end)]
    title = [block[0]]
    for b in block[1:]:
        if not b[:1].islower():
            break
        title.append(b)
    return [_Candidate(i, number, int(number), "§", _clean_title(" ".join(title)), 1.3, start, lines[i].end)]


_CUT_PAGE_LINE = 40  # characters at most of a page line cut off after its first word (`text.page_number_lines`)


def _drop_page_noise(doc: Minutes, found: list[_Candidate]) -> list[_Candidate]:
    """Drop what a stored copy's page lines number that is no item.

    A printed page number: a page line that opens with N, the next page line with N + 1 and then
    the item's own number ("34 Organ: Plats och tid ..." / "35 31 TEMA: Folkhälsa ..."). A numbered
    list inside the item a page line opens with ("31 TEMA: Folkhälsa ... fem områden. 1. Viljan ...
    2. Hur ska ..."): run-in numbers below the opening item's, after it on the same line.
    """
    if not found:
        return found
    pages = list(compress(count(), map(_IS_PAGE, doc.lines)))
    if not pages:
        return found
    printed: set[tuple[int, str]] = set()
    for a, b in pairwise(pages):
        first, second = _LEADING_NUMBER.match(doc.lines[a].text), _LEADING_NUMBER.match(doc.lines[b].text)
        if (first and second and int(second.group(1)) == int(first.group(1)) + 1
                and _PAGE_NUMBER.match(doc.lines[b].text)):
            printed.add((a, first.group(1)))
    # A second page number (the whole agenda's, the copy's own already dropped) counting on over
    # three page lines or more, one of them with the item's number after it ("22 Organ Plats och
    # tid ...", "23 Kerstin Johansson ...", "24 28 Dagordning"): printed on every page of the run.
    leading = [(k, _LEADING_NUMBER.match(doc.lines[k].text)) for k in pages]
    run: list[tuple[int, str]] = []
    for k, m in [*leading, (-1, None)]:
        if m and run and int(m.group(1)) == int(run[-1][1]) + 1:
            run.append((k, m.group(1)))
            continue
        if len(run) >= 3 and any(_PAGE_NUMBER.match(doc.lines[j].text) for j, _ in run):
            printed.update(run)
        run = [(k, m.group(1))] if m else []
    # A copy cut off in its next page's first word ("... 3 Sammanträdesprotokoll Sida 3 (24) 25 Ändring av
    # dagordningen ..." / "4 Samm"): the short line after the last page line, opening with the next page's
    # number, is that page's start (too short to be read as a page line), no item.
    cut = next((k for k in range(pages[-1] + 1, len(doc.lines)) if doc.lines[k].text.strip()), None)
    if cut is not None and len(doc.lines[cut].text) <= _CUT_PAGE_LINE:
        m = _LEADING_NUMBER.match(doc.lines[cut].text)
        if m and int(m.group(1)) == len(pages) + 1:
            printed.add((cut, m.group(1)))
    opening = {}  # page line -> its opening item's number and where it starts
    for c in found:
        if doc.lines[c.line].page and not c.style.startswith("inline") and c.weight > 0 and (
                c.line, c.number) not in printed and c.line not in opening:
            opening[c.line] = (c.main, c.start)
    keep = []
    for c in found:
        if (c.line, c.number) in printed and not c.style.startswith("inline") and not _after_leading_number(doc, c):
            continue
        head = opening.get(c.line)
        if head is not None and c.style == "inline" and c.start > head[1] and c.main < head[0]:
            continue
        keep.append(c)
    return keep


def _after_leading_number(doc: Minutes, c: _Candidate) -> bool:
    """Whether `c` starts past the number its page line opens with: the page's first item run in further on with
    the same number ("1 SVINNINGE TOMTÄGAREFÖRENING Protokoll fört vid ... Åkersberga 1 Stämmans öppnande ..."),
    not the printed page number itself."""
    line = doc.lines[c.line]
    m = _LEADING_NUMBER.match(line.text)
    return m is not None and c.start >= line.start + m.end()


def _drop_counted_pages(doc: Minutes, found: list[_Candidate]) -> list[_Candidate]:
    """Drop the printed page numbers that open every page line of a stored copy, counting 1, 2, 3, ...

    "1 Medlemsmöte februari 2014 Deltagare: ... 1 Mötet öppnades av ordförande ... 2 Roland Esaiasson ...",
    then "2 I februari lanserades appen ...": each page line opens with its own page's number (the
    copy's page number already dropped), and the first page's "1" comes again as its first item's
    number further on the line. Only when every page line opens with its page's number and the first
    page holds that second "1".
    """
    pages = list(compress(count(), map(_IS_PAGE, doc.lines)))
    if len(pages) < 2 or not found:
        return found
    opening: dict[int, int] = {}  # page line -> where its leading number starts
    for n, k in enumerate(pages, 1):
        m = _LEADING_NUMBER.match(doc.lines[k].text)
        if m is None or int(m.group(1)) != n:
            return found
        opening[k] = doc.lines[k].start + m.start(1)
    first = pages[0]
    if not any(c.line == first and c.number == "1" and c.start > opening[first] for c in found):
        return found
    return [c for c in found if not (c.line in opening and c.start == opening[c.line])]


_AGENDA_HEADINGS = frozenset(words.AGENDA_LABELS)


def _list_heading(doc: Minutes, line: int) -> str | None:
    """The text of the Markdown heading right above `line` (blank lines between allowed), else None."""
    k = line - 1
    while k >= 0 and not doc.lines[k].text.strip():
        k -= 1
    return doc.lines[k].text.strip() if k >= 0 and doc.lines[k].level else None


def _drop_section_lists(doc: Minutes, found: list[_Candidate]) -> list[_Candidate]:
    """Drop the numbered lists of other sections after an agenda list under its own heading.

    "## Dagordning" / "1. Genomför sprint 3 review" / "2. ..." / "3. Gå igenom resultat ..." and further down
    "## Sprintmål" / "1. Produkt" / "2. Testning" / "3. Analys x1" / ...: the list under the agenda heading
    (words.AGENDA_LABELS) holds the items; a list of the same style that starts again at 1 under a heading
    of another section is that section's content, no items.
    """
    if not any(map(_LEVEL_OF, doc.lines)):
        return found  # no Markdown headings: most texts
    starts = [c for c in found if c.weight > 0 and c.number == "1" and doc.lines[c.line].level == 0]
    agenda = next((c for c in starts if (_list_heading(doc, c.line) or "").lower().rstrip(":") in _AGENDA_HEADINGS), None)
    if agenda is None:
        return found
    drop: set[int] = set()
    for c in starts:
        if c.line <= agenda.line or c.style != agenda.style:
            continue
        head = _list_heading(doc, c.line)
        if head is None or head.lower().rstrip(":") in _AGENDA_HEADINGS:
            continue
        # the list runs on over the next lines numbered 2, 3, ... in the same style
        main, k = 1, c.line
        for d in found:
            if d.line == k + 1 and d.style == c.style and d.main == main + 1:
                drop.add(id(d))
                main, k = d.main, d.line
        drop.add(id(c))
    return [c for c in found if id(c) not in drop] if drop else found


# A label over a matter's proposed or taken decision, alone on its line: "Socialnämndens förslag till beslut",
# "Förslag till beslut:", "Beslutsförslag", "Beslut", "Arbetsutskottet beslutar att", "Kommunstyrelsens beslut".
# Not a section of items ("Beslutsärenden", "Beslut om budget").
_DECISION_LABEL = re.compile(
    r"(?i)\s*(?:[\wåäö-]+s\s+)?(?:(?:förslag\s+till\s+)?beslut|beslutsförslag|förslag)\s*:?\s*"
    r"|\s*(?:[\wåäö-]+\s+)?(?:beslutar|beslutade|föreslår)(?:\s+att)?\s*:?\s*")


def _above_text(doc: Minutes, line: int) -> str:
    """The nearest line with text above `line`, stripped; "" at the top."""
    k = line - 1
    while k >= 0 and not doc.lines[k].text.strip():
        k -= 1
    return doc.lines[k].text.strip() if k >= 0 else ""


def _drop_decision_lists(doc: Minutes, found: list[_Candidate]) -> list[_Candidate]:
    """Drop the numbered lists of decisions under a matter's decision label (`_DECISION_LABEL`):
    "2 Granskning av gruppboenden ..." / "Socialnämndens förslag till beslut" / "1. Granskningarna noteras." /
    "2. Åtgärder ... återrapporteras ...": the decisions are the item's text, not items. A list whose first entry
    ends with a full stop only, and only while other headings stay."""
    drop: set[int] = set()
    for c in found:
        if c.number != "1" or c.style == "§" or id(c) in drop or not _DECISION_LABEL.fullmatch(_above_text(doc, c.line)):
            continue
        if not doc.lines[c.line].text.rstrip().endswith("."):
            continue
        run = [c]
        for d in found:
            if d.line == run[-1].line + 1 and d.style == c.style and d.main == run[-1].main + 1:
                run.append(d)
        drop.update(id(d) for d in run)
    if not drop or not any(c.weight > 0 and id(c) not in drop for c in found):
        return found
    return [c for c in found if id(c) not in drop]


# A municipality's or county council's letterhead ("Hultsfreds kommun", "Hultsfreds kommun
# SAMMANTRÄDESPROTOKOLL"), read after a stored copy's page number: never an item's title.
_LETTERHEAD = re.compile(r"[A-ZÅÄÖ][\w-]+\s+(?:kommun|landsting|läns\s+landsting)(?:\s+[A-ZÅÄÖ]{4,}\b.*)?")


def _drop_letterheads(found: list[_Candidate]) -> list[_Candidate]:
    """`found` without the candidates whose title is a letterhead (see `_LETTERHEAD`)."""
    return [c for c in found if not ("kommun" in c.title or "landsting" in c.title)
            or not _LETTERHEAD.fullmatch(c.title.strip())]


# A stored web copy's download button repeats the document's title in quotes ('Download "18 Utbildning ..."'),
# and the copy prints that title once more as its first line; the items it names are read again where the
# text itself prints them.
_DOWNLOAD_TITLE = re.compile(r'\s*(?:Download|Ladda ner)\s+"(.+)"\s*$')


def _drop_download_title(doc: Minutes, found: list[_Candidate]) -> list[_Candidate]:
    """`found` without the candidates read from a stored copy's download title or the line above it that
    it repeats; the same words printed again below it are the text's own."""
    last = -1
    titles = set()
    for k, ln in enumerate(doc.lines[:40]):
        m = _DOWNLOAD_TITLE.match(ln.text)
        if m:
            last = k
            titles.add(m.group(1).strip())
    if last < 0:
        return found
    return [c for c in found if c.line > last or not (c.line == last or doc.lines[c.line].text.strip() in titles)]


# Header labels that never head a list of people: a numbered line under one left empty ("Datum" / "Klockan" /
# "Plats" / "§1 Sammanträdets öppnande") opens the minutes.
_PLACE_TIME_LABELS = frozenset(("datum", "tid", "plats", "klockan", "lokal", "tid och plats", "plats och tid",
                                "sammanträdesdatum", "mötesdatum"))


def _drop_listed_people(doc: Minutes, found: list[_Candidate]) -> list[_Candidate]:
    """Drop numbered lines under an attendance or header label ("Närvarande:\n1. Anna Berg ...")."""
    lines = doc.lines
    at = {c.line: c.main for c in found}
    keep = []
    for c in found:
        j = c.line - 1
        # Walk up through the list this line belongs to; a number as high as ours starts a new list.
        while j >= 0 and c.line - j < _WINDOW and ((j in at and at[j] < c.main) or not lines[j].text.strip()):
            j -= 1
        label = _first_words(lines[j].text) if j >= 0 else ""
        if (label not in words.HEADER_LABELS or label in words.AGENDA_LABELS or _bare_sign_line(lines[c.line].text)
                or _glued_sign(lines[c.line], c) or label in _PLACE_TIME_LABELS):
            keep.append(c)
    return keep


_BARE_SIGN = re.compile(r"\s*§\s*\d{1,4}\s*")


def _glued_sign(line: Line, c: _Candidate) -> bool:
    """A paragraph's sign glued to the text before it on its line ("Per Söderberg§ 1 Sammanträdets öppnande": a
    copy lost the line break after the last name listed): the paragraph, not a person of the list."""
    at = c.start - line.start
    return c.style == "§" and 0 < at < len(line.text) and line.text[at] == "§" and not line.text[at - 1].isspace()


def _bare_sign_line(text: str) -> bool:
    """A paragraph's sign and number alone on a line ("§ 24", its title on the line below): a paragraph of the
    minutes, never a person listed under an attendance label above it ("Frånvarande:" left empty)."""
    return text[:3].lstrip()[:1] == "§" and _BARE_SIGN.fullmatch(text) is not None


def _contents_candidates(line: Line, i: int, labelled: list[_Candidate] | None = None,
                         low: bytes | None = None) -> list[_Candidate]:
    """Entries of a table of contents run together on one line ("FHR 29 Godkännande ... FHR 30 ...").

    A copy cut off after its first pages keeps the list of the meeting's paragraphs only there;
    when the paragraphs themselves follow, their headings outweigh these entries. Each entry has
    its number: the caller reads only lines with three digits (`_three_digit_lines`). `labelled`
    is `_labelled_contents(line, i)`, when the caller has it; `low` as there.
    """
    if labelled is None:
        labelled = _labelled_contents(line, i, low)
    if labelled:
        return labelled
    if "§" not in line.text and not _TWO_CAPITALS.search(line.text):
        return []  # each entry opens with "§" or a body's letters ("FHR")
    marks = list(_CONTENTS_ENTRY.finditer(line.text))
    # Two entries make the list when its label stands right before the first ("Register RS 99 ... RS 100 ...").
    least = 2 if marks and _CONTENTS_LABEL_BEFORE.search(line.text, max(0, marks[0].start() - 40),
                                                        marks[0].start()) else 3
    if least == 2:  # under the label the entries share the first one's letters; "... Filmfond AB 6 RS 100": a page
        marks = [m for m in marks if (m.group(1) or m.group(3) or "").upper()
                 == (marks[0].group(1) or marks[0].group(3) or "").upper()]
    if len(marks) < least or len({(m.group(1) or m.group(3) or "").upper() for m in marks}) != 1:
        return []
    numbers = [int(m.group(2) or m.group(4)) for m in marks]
    if any(b <= a for a, b in pairwise(numbers)):
        return []  # "... § 158 Birgitta Löwdahl, § 162 ..., § 160 ...": attendance notes, not contents
    found = []
    for k, m in enumerate(marks):
        stop = marks[k + 1].start() if k + 1 < len(marks) else min(len(line.text), m.end() + 80)
        if k + 1 < len(marks):
            title = _clean_title(_PAGE_AT_END.sub("", line.text[m.end():stop])[:80])
        else:  # the last entry: its title ends where the text after the list starts
            title = _inline_title(_PAGE_AT_END.sub("", line.text[m.end():stop]))
        number = m.group(2) or m.group(4)
        style = "§" if m.group(1) else "prefix:" + m.group(3)
        found.append(_Candidate(i, number, int(number), style, title, 0.8, line.start + m.start(),
                                line.start + m.end() + len(title)))
    return found


# A contents label right before an entry coded by the body's letters ("INNEHÅLLSFÖRTECKNING KF 107 Besked ...").
_LABEL_THEN_CODE = re.compile(r"(?<![\w-])(?:" + "|".join(words.CONTENTS_LABELS) + r")\s*:?\s+(?=[A-ZÅÄÖ]{2,6}\s+\d{1,3}\s+[A-ZÅÄÖ])",
                              re.IGNORECASE)


def _coded_contents(line: Line, i: int) -> list[_Candidate]:
    """Entries coded by the body's letters run together after a contents label on a long line that is no page's.

    "KARLSHAMNS KOMMUN PROTOKOLL KF 6 194 INNEHÅLLSFÖRTECKNING KF 107 Besked om ... KF 108 Presentation ...
    KF 109 ...": a copy cut off after the list of the meeting's paragraphs (`_contents_candidates` reads such a
    list on a shorter line). Only the entries after the label: the page's head before it is none.
    """
    if line.page or not _TWO_CAPITALS.search(line.text):
        return []
    low = line.text.lower()
    if not any(w in low for w in _CONTENTS_WORDS_ONCE):
        return []
    label = _LABEL_THEN_CODE.search(line.text)
    if label is None:
        return []
    found = [c for c in _contents_candidates(line, i)
             if c.style.startswith("prefix:") and c.start >= line.start + label.end()]
    if len(found) < 2 or not all(c.title.strip() for c in found):
        return []  # "Register SON 108 SON 109 SON 110 Information. ...": a run of marks, its titles after the run
    return found


# A contents label and the first entry's bare number right after it ("Innehållsförteckning 31 Godkännande").
_CONTENTS_LABEL = re.compile(r"(?<![\w-])(?:" + "|".join(words.CONTENTS_LABELS) + r")\s*:?\s+(?:sid(?:a|an)?\.?\s+)?"
                             r"(?=\d{1,3}\s+[A-ZÅÄÖ])", re.IGNORECASE)
# A contents label ending right before the first entry ("Register RS 99 ...", "Innehåll: § 12 ...").
_CONTENTS_LABEL_BEFORE = re.compile(r"(?<![\w-])(?:" + "|".join(words.CONTENTS_LABELS) + r")\s*:?\s*$", re.IGNORECASE)
# A bare entry number in such a run: not part of a date, a sum or a range ("2016-09-29", "10 000", "31-39").
_BARE_ENTRY = re.compile(r"(?<![\w.,:/-])(\d{1,3})\s+(?=[A-ZÅÄÖ])")
_PAGE_AT_END = re.compile(r"(?:\s*\.{2,})?\s+\d{1,3}\s*$")
_CONTENTS_WORDS = tuple(w[:5] for w in words.CONTENTS_LABELS)
_CONTENTS_WORDS_ONCE = tuple(sorted(set(_CONTENTS_WORDS)))  # each once: `in` finds one at C speed
_CONTENTS_WORDS_LATIN = tuple(w.encode("latin-1") for w in _CONTENTS_WORDS_ONCE)
# Each Latin-1 character lower-cased, as bytes: lower-casing maps each to one Latin-1 character, and no
# character outside Latin-1 that `_latin_bytes` turns into "?" (none of them a word character) lower-cases
# to one in Latin-1. So a Latin-1 word stands in the lower-cased text of `clean[a:b]` exactly where it
# stands in `_lower_latin(_latin_bytes(clean))[a:b]`.
_LOWER_LATIN = bytes(ord(chr(c).lower()) for c in range(256))


def _lower_latin(latin: bytes) -> bytes:
    """`latin` (see `_latin_bytes`) lower-cased: what `_labelled_contents` reads for its label's words."""
    return latin.translate(_LOWER_LATIN)


_MAX_LOST_IN_CAPITALS = 2
_BRACKETED_NOTE = re.compile(r"\([^()]{1,60}\)")


def _in_capitals(text: str) -> bool:
    """Whether the words of `text` are in capitals, but for notes in brackets ("... TESTAMENTSMEDEL (Granlund)")."""
    rest = _BRACKETED_NOTE.sub("", text) if "(" in text else text
    return _TWO_CAPITALS.search(rest) is not None and not any(c.islower() for c in rest)


def _labelled_contents(line: Line, i: int, low: bytes | None = None) -> list[_Candidate]:
    """Entries of a table of contents numbered without "§", run together after its label on one line.

    "Innehållsförteckning 31 Godkännande av dagordningen 32 Planchef ... 39 Nästa möte": the entries
    count up from the number right after the label, one or two at a time (a copy may lose an
    entry's number); three or more make the list (a lone number after "Ärendelista" may be a page
    number). A page number between entries ("... bolagen 6 67 Rapport") is followed by no title.
    Where numbers were lost, the titles run on ("239 Ekonomisk rapport Fördelningsprinciper avseende
    ... verksamhet Kronobergs läns ... 243 Upphandling"): when as many titles start there (a
    capitalised word after a lower-case one) as numbers are missing, each is an entry without a
    number; a wider gap is taken only so, or, up to two numbers, where the titles are in capitals.
    `low` is `_lower_latin(latin)` of the document, when the caller has it.
    """
    if low is not None:  # the same test on the document's lower-case bytes, without lower-casing the line
        at, end = line.start, line.start + len(line.text)
        if not any(low.find(w, at, end) >= 0 for w in _CONTENTS_WORDS_LATIN):
            return []
    elif not any(w in line.text.lower() for w in _CONTENTS_WORDS_ONCE):
        return []  # most lines: no contents label at all
    label = _CONTENTS_LABEL.search(line.text)
    if label is None:
        return []
    marks: list[tuple[int, int, int]] = []  # (number, where it starts, where its title starts)
    lost: dict[int, list[int]] = {}  # index in marks -> where the unnumbered titles after that entry start
    found_marks = [(int(m.group(1)), m.start(1), m.end()) for m in _BARE_ENTRY.finditer(line.text, label.end())]
    scanned: set[int] = set()  # where the numbers broken by scanning start
    if "l" in line.text or "I" in line.text:
        broken = _ocr_entries(line.text, label.end())
        scanned = {at for _, at, _ in broken}
        found_marks = sorted(found_marks + broken, key=lambda x: x[1])
    for n, at, title_at in found_marks:
        if not marks:
            if at == label.end():
                marks.append((n, at, title_at))
            continue
        if at < marks[-1][2]:
            continue  # inside the entry just taken
        gap = n - marks[-1][0] - 1
        if gap < 0 or gap > _MAX_LOST_ENTRIES or (gap and at in scanned):
            continue
        starts = _title_starts(line.text, marks[-1][2], at) if gap else []
        if len(starts) == gap:
            if gap:
                lost[len(marks) - 1] = starts
            marks.append((n, at, title_at))
        elif gap <= 1 or (gap <= _MAX_LOST_IN_CAPITALS and _in_capitals(line.text[marks[-1][2]:at])):
            # one number lost, its title not told apart: the entry before keeps it; in a list in capitals
            # ("025 BISKOPSVISITATION ... REPRESENTANTER TILL ... REDOVISNING FÖR ... (Granlund) 028 ANSÖKAN
            # ...") no title can be told apart, and two may be lost together
            marks.append((n, at, title_at))
    if len(marks) < 3:
        return []
    # (number as written or "" when lost, number in the sequence, where the entry starts, where its title starts)
    entries: list[tuple[str, int, int, int]] = []
    for k, (n, at, title_at) in enumerate(marks):
        # the number as written ("020 SAMMANTRÄDETS LAGLIGHET" keeps its zero), a scanned one as read
        entries.append((str(n) if at in scanned else line.text[at:title_at].strip(), n, at, title_at))
        entries.extend(("", n + j + 1, start, start) for j, start in enumerate(lost.get(k, ())))
    found = []
    for k, (number, main, at, title_at) in enumerate(entries):
        stop = entries[k + 1][2] if k + 1 < len(entries) else min(len(line.text), title_at + 80)
        if k + 1 < len(entries):  # the entry's text up to the next entry, without a page number at its end
            title = _clean_title(_PAGE_AT_END.sub("", line.text[title_at:stop])[:80])
        else:
            title = _inline_title(_PAGE_AT_END.sub("", line.text[title_at:stop]))
        found.append(_Candidate(i, number, main, "n ", title, 0.8, line.start + at,
                                line.start + title_at + len(title)))
    return found



# A bare entry number before a title in capitals ("66 SAMMANTRÄDETS KONSTITUERANDE 67 ...").
_CAPS_ENTRY = re.compile(r"(?<![\w.,:/-])(\d{1,3})\s+(?=[A-ZÅÄÖÉ]{2,}[\s:,.-])")
_MIN_CAPS_ENTRIES = 4


def _caps_entry_title(text: str) -> str:
    """The words in capitals that open `text`: up to the first word with a lower-case letter."""
    out = []
    for word in text.split():
        if any(c.islower() for c in word):
            break
        out.append(word)
    return " ".join(out).rstrip(" ,.:;-–")


def _caps_contents(line: Line, i: int) -> list[_Candidate]:
    """A list of the meeting's matters without a label, each title in capitals after its bare number.

    A notice's page run together on one line ("KALLELSE Tid och plats: Måndag 5 maj 2014, kl 19:00,
    kommunkansliet ... 66 SAMMANTRÄDETS KONSTITUERANDE 67 TILLKÄNNAGIVANDEN OCH INFORMATIONSÄRENDEN
    68 ... 69 BOKSLUT SAMARBETE NORRA ÅLAND 71 ..."): four entries or more, each number the next
    one or one further (a copy may lose a number; its title stays with the entry before), and only
    capitals between them. The last title ends at the first word in lower case ("83 MÖTETS
    AVSLUTANDE Geta den ..."). A title needs a word of four capitals: "SON 108 SON 109" is a register.
    """
    marks = list(_CAPS_ENTRY.finditer(line.text))
    if len(marks) < _MIN_CAPS_ENTRIES:
        return []
    best: list[tuple[re.Match[str], str]] = []
    k = 0
    while k < len(marks):
        run: list[tuple[re.Match[str], str]] = []
        j = k
        while j < len(marks):
            m = marks[j]
            nxt = marks[j + 1] if j + 1 < len(marks) else None
            if run and not 1 <= int(m.group(1)) - int(run[-1][0].group(1)) <= 2:
                break
            between = line.text[m.end():nxt.start()] if nxt else ""
            title = _caps_entry_title(line.text[m.end():nxt.start()] if nxt else line.text[m.end():m.end() + 200])
            if not any(sum(c.isalpha() for c in w) >= _MIN_CAPS_LETTERS for w in title.split()):
                break
            run.append((m, title))
            j += 1
            if nxt is not None and any(c.islower() for c in between):
                break  # text in lower case ends the list
        if len(run) > len(best):
            best = run
        k = max(j, k + 1)
    steps = [int(b.group(1)) - int(a.group(1)) for (a, _), (b, _) in pairwise(best)]
    if len(best) < _MIN_CAPS_ENTRIES or steps.count(1) < 2 * steps.count(2):
        return []
    return [_Candidate(i, m.group(1), int(m.group(1)), "n ", _clean_title(title[:120]), 0.8, line.start + m.start(),
                       line.start + m.end() + len(title)) for m, title in best]


# A contents label right before an entry's title, its number printed after it ("Innehållsförteckning
# Information 35 Delårsrapport 36 ...", "Innehåll Justering av dagordning 5 Uppföljning ... 7").
_CONTENTS_LABEL_THEN_TITLE = re.compile(
    r"(?<![\w-])(?i:" + "|".join(sorted(words.CONTENTS_LABELS + words.UNNUMBERED_CONTENTS_LABELS, key=len, reverse=True))
    + r")\s*:?\s+(?=[A-ZÅÄÖ][a-zåäö])")
# The number after an entry's title: the next title or the line's end follows it.
_NUMBER_AFTER_TITLE = re.compile(r"(?<![\w.,:/(-])(\d{1,3})(?![\d:/.,-])(?=\s+[^\W\d_]|\s*$)")
# The labels without their first letter, lower case and capitals: `in` tells at C speed that a text holds none.
# A stem that holds another is left out ("renden" holds "rende"): the shorter one finds it too.
_ALL_TITLE_NUMBER_STEMS = frozenset(f(w[1:]) for w in (*words.CONTENTS_LABELS, *words.UNNUMBERED_CONTENTS_LABELS)
                                    for f in (str.lower, str.upper))
_TITLE_NUMBER_STEMS = tuple(sorted(stem for stem in _ALL_TITLE_NUMBER_STEMS
                                   if not any(other != stem and other in stem for other in _ALL_TITLE_NUMBER_STEMS)))
_MAX_PAGE_STEP = 10


def _may_hold_title_number_label(text: str) -> bool:
    """False when `text` holds no label `_CONTENTS_LABEL_THEN_TITLE` reads."""
    return any(stem in text for stem in _TITLE_NUMBER_STEMS)


_MIN_TITLE_NUMBER_ENTRIES = 3
_MIN_SKIPPING_ITEM_NUMBER = 10
_SKIPS_PER_STEPS = 3  # at most one step in three may skip a number
_MAX_CUT_ENTRY_WORDS = 8
# The text between the label and the first number, when the numbers stand before their titles: the
# document's title and other matter, far longer than any entry ("Innehåll Förbundsstyrelsesammanträde
# Sverok Rapporter Kanslirapport ... Beslutsunderlag 60 Sveroks grafiska profil 61 Kontrakt ...").
_MIN_LEAD_WORDS = 20
_LEAD_TO_ENTRY = 3


_COLUMN_HEAD_WORDS = frozenset(words.HEADER_CELL_LABELS)


def _column_heads_only(title: str) -> bool:
    """Whether the first "title" after a list's label is only the heads of the table's other columns: "Ärenden
    Diarienummer 1 Godkännande av föredragningslistan 2 ..." is a notice's table of matters and their diary
    numbers, each number before its title (the diary numbers left empty), not a contents list with the numbers
    after the titles."""
    heads = title.casefold().replace(".", " ").split()
    return bool(heads) and all(head in _COLUMN_HEAD_WORDS for head in heads)


def _title_number_entries(text: str) -> tuple[list[tuple[str, int, int, int]], bool] | None:
    """A table of contents run together on one line, each entry's number after its title.

    Returns the entries as (title, number, where the title starts, where the number starts) and
    whether the numbers are the items' own (they count up one at a time: "Information 35
    Delårsrapport 36 ...") or page numbers (they rise in steps: "Justering av dagordning 5
    Uppföljning ... 7 Nordanåker 28:4, strandskyddsdispens 10"); None when there is no such list.
    Where the page numbers end, a short title after the last is an entry of a copy cut off there.
    """
    if not _may_hold_title_number_label(text):
        return None
    label = _CONTENTS_LABEL_THEN_TITLE.search(text)
    if label is None:
        return None
    entries: list[tuple[str, int, int, int]] = []
    at = label.end()
    for m in _NUMBER_AFTER_TITLE.finditer(text, label.end()):
        n = int(m.group(1))
        if entries and not entries[-1][1] < n <= entries[-1][1] + _MAX_PAGE_STEP:
            continue
        title = text[at:m.start()].strip()
        if not _LETTER_WORD.search(title):
            continue
        entries.append((title, n, at, m.start()))
        at = m.end() + len(text[m.end():]) - len(text[m.end():].lstrip())
    if len(entries) < _MIN_TITLE_NUMBER_ENTRIES or _column_heads_only(entries[0][0]):
        return None
    lead = len(entries[0][0].split())
    if lead >= _MIN_LEAD_WORDS and lead > _LEAD_TO_ENTRY * max(len(e[0].split()) for e in entries[1:]):
        return None  # the numbers stand before their titles: what runs on after the label is no entry
    steps = [b[1] - a[1] for a, b in pairwise(entries)]
    # Item numbers count up one at a time; where a title lost its number with a year or date before it
    # ("Nämndplan 2017 101" read "Nämndplan"), the count skips one. Page numbers of a contents list
    # start low: a list that starts at 10 or above and skips one now and then counts items.
    own = all(step == 1 for step in steps) or (
        entries[0][1] >= _MIN_SKIPPING_ITEM_NUMBER and all(step in (1, 2) for step in steps)
        and steps.count(2) * _SKIPS_PER_STEPS <= len(steps))
    rest = text[at:].strip()
    if not own and rest and len(rest.split()) <= _MAX_CUT_ENTRY_WORDS and rest[:1].isupper():
        entries.append((rest, 0, at, len(text)))
    return entries, own


def _contents_numbers_after(line: Line, i: int) -> list[_Candidate]:
    """The entries of `_title_number_entries` whose numbers are the items' own, as candidates."""
    found = _title_number_entries(line.text)
    if found is None or not found[1]:
        return []
    return [_new_candidate((i, str(n), n, "n after", _clean_title(title[:120]), 1.0, line.start + at,
                            line.start + at + len(title[:120]))) for title, n, at, _ in found[0]]


def _paged_contents(doc: Minutes) -> list[Heading]:
    """The entries of a table of contents with page numbers after the titles (see `_title_number_entries`)."""
    if not _may_hold_title_number_label(doc.clean):
        return []
    for i, ln in enumerate(doc.lines):
        if not ln.page and len(ln.text) < 400:
            continue  # a stored copy's page line, or a long line that lost its breaks
        found = _title_number_entries(ln.text)
        if found is not None and not found[1]:
            return [Heading(None, _clean_title(title[:120]), i, ln.start + at, ln.start + at + len(title[:120]), i + 1)
                    for title, _, at, _ in found[0]]
    return []


# One number of a run of item numbers written before their titles: "Sak 01/2007", "§ 12", or a bare "76"
# (see `_number_runs`). The number may carry the year after a slash ("01/2007").
# A body's code in capitals may stand for the word ("Register SON 108 SON 109 SON 110 ... Information. ...").
_RUN_MARK = re.compile(r"(?<![\w./:,-])(?:(?P<word>" + "|".join(re.escape(w) for w in words.ITEM_NUMBER_WORDS)
                       + r"|[A-ZÅÄÖ]{2,5})\s*)?(?P<n>\d{1,3})(?P<year>/(?:19|20)\d\d)?(?=\s)")
_MIN_RUN = 3
_DIGIT_THEN_SPACE = re.compile(r"\d\s")  # where a mark of `_RUN_MARK` may end (see `_number_runs`)
_MIN_BARE_RUN = 4  # bare numbers without "Sak", "§" or a year


_LOOSE_TITLE_START = re.compile(r"\s(?=[A-ZÅÄÖ][a-zåäö])")


def _loose_title_starts(text: str, start: int, end: int) -> list[int]:
    """Where a capitalised word stands in `text[start:end]` after a word that is not a preposition."""
    out = []
    for m in _LOOSE_TITLE_START.finditer(text, start, end):
        before = text[start:m.start()].split()
        if before and before[-1] not in _TITLE_PREPOSITIONS and before[-1][-1:].isalpha():
            out.append(m.end())
    return out


def _number_runs(line: Line, i: int) -> list[_Candidate]:
    """Item numbers written in a row before their titles, run together on one line.

    A stored copy of a table (a list of the meeting's matters) loses its columns: "Informationsärenden
    76 77 78 79 Förändringar av kungörelsen Fråga till ... Motion ..." or "Sak 01/2007 Sak 02/2007
    Sak 03/2007 Mötets öppnande ... Protokoll från ... Anmälningsärenden ... Sak 04/2007 Programkontrakt".
    Three numbers or more that count up one at a time, written alike and with only space between,
    make the run (four when bare: a short row of figures is a table's); later marks written alike that go on counting join it, alone or in runs of their
    own. The text after each group of marks holds as many titles, told apart where a capitalised
    word follows a lower-case one (`_title_starts`); where too few are told apart the last ones
    share the text.
    """
    # Each mark ends at a digit with white space after it (`(?=\s)` after the number or its year), one place a
    # mark: a line with fewer such places than a run's marks has no run (most lines; a far cheaper scan).
    if len(_DIGIT_THEN_SPACE.findall(line.text)) < _MIN_RUN:
        return []
    marks = [m for m in _RUN_MARK.finditer(line.text) if line.text[m.end():m.end() + 2].strip()]
    if len(marks) < _MIN_RUN:
        return []

    def form(m: re.Match[str]) -> tuple[str, bool]:
        return (m.group("word") or "", bool(m.group("year")))

    def adjacent(a: re.Match[str], b: re.Match[str]) -> bool:
        return not line.text[a.end():b.start()].strip()

    first = None
    for k in range(len(marks) - _MIN_RUN + 1):
        run = marks[k:k + _MIN_RUN]
        if all(form(a) == form(run[0]) and adjacent(a, b) and int(b.group("n")) == int(a.group("n")) + 1
               for a, b in pairwise(run)):
            first = k
            break
    if first is None:
        return []
    kind = form(marks[first])
    taken = [marks[first]]
    for m in marks[first + 1:]:
        if form(m) == kind and int(m.group("n")) == int(taken[-1].group("n")) + 1:
            if not m.group("word") and not adjacent(taken[-1], m) and not line.text[m.end():].lstrip()[:1].isupper():
                continue
            taken.append(m)
    if kind == ("", False) and len(taken) < _MIN_BARE_RUN:
        return []  # "Placering 1 2 3 Lag Alfa ...": a short row of bare numbers is a table's, not a list of items
    # Groups of marks with only space between; each group's titles follow it.
    groups: list[list[re.Match[str]]] = [[taken[0]]]
    for a, b in pairwise(taken):
        if adjacent(a, b):
            groups[-1].append(b)
        else:
            groups.append([b])
    found = []
    style = "§" if kind[0] == "§" else ("prefix:" + kind[0].capitalize() if kind[0] else "run")
    for g, group in enumerate(groups):
        at = group[-1].end()
        if not line.text[at:].lstrip()[:1].isupper():
            continue  # "1 2 3 4 st": a count, not the numbers of titles
        stop = groups[g + 1][0].start() if g + 1 < len(groups) else len(line.text)
        starts = _title_starts(line.text, at, stop)
        if len(starts) < len(group) - 1:  # "... i Lahtis Anmälningsärenden", "Valärende Valärende": any capitalised word
            starts = sorted(set(starts) | set(_loose_title_starts(line.text, at, stop)))
        starts = starts[:len(group) - 1]
        bounds = [at + (len(line.text[at:]) - len(line.text[at:].lstrip())), *starts]
        while len(bounds) < len(group):
            bounds.append(bounds[-1])  # too few titles told apart: the last ones share the text
        for k, m in enumerate(group):
            begin = bounds[k]
            end = bounds[k + 1] if k + 1 < len(group) and bounds[k + 1] > begin else stop
            text = line.text[begin:end]
            title = _inline_title(text[:200]) if k + 1 == len(group) else _clean_title(text[:120])
            if not title:
                continue
            number = m.group("n") + (m.group("year") or "")
            found.append(_Candidate(i, number, int(m.group("n")), style, title, 0.8, line.start + m.start(),
                                    line.start + begin + len(title)))
    return found if len(found) >= _MIN_RUN else []


# An entry number that scanning broke up: "l" or "I" for a one, spaces between the digits
# ("109 Ekonomisk rapport l 10 Nästa möte l I l Övriga frågor": 110, 111).
_OCR_ENTRY = re.compile(r"(?<![\w.,:/-])((?:[0-9lI] ?){1,2}[0-9lI])\s+(?=[A-ZÅÄÖ])")
_OCR_ONES = str.maketrans("lI", "11", " ")


def _ocr_entries(text: str, pos: int) -> list[tuple[int, int, int]]:
    """Entry numbers broken by scanning in `text` from `pos`: (number, where it starts, where its title starts).

    Only marks with a look-alike or a space in them; one is taken only where it continues the count.
    """
    out = []
    for m in _OCR_ENTRY.finditer(text, pos):
        raw = m.group(1)
        digits = raw.translate(_OCR_ONES)
        # all look-alikes only for three ("l I l"): "I" alone is a word of a title
        if digits != raw and digits.isdecimal() and (len(digits) == 3 or any(c.isdecimal() for c in raw)):
            out.append((int(digits), m.start(1), m.end()))
    return out


# At most this many entries in a row may lose their numbers in a contents list run together.
_MAX_LOST_ENTRIES = 4
# A title's first word run on after the title before it: capitalised, with a lower-case letter
# ("IT" and "AB" are no start), after a word that ends in a lower-case letter.
_TITLE_START = re.compile(r"\s(?<=[a-zåäö]\s)(?=[A-ZÅÄÖ][a-zåäö])")


def _title_starts(text: str, start: int, end: int) -> list[int]:
    """Where titles run on in `text[start:end]` start, the first title's own start left out.

    A name after a preposition goes on with its title ("... angående regler för Växjö"), and so
    does a name of two words ("Avtal med Region Kronoberg").
    """
    out = []
    for m in _TITLE_START.finditer(text, start, end):
        before = text[start:m.start()].split()
        if len(before) >= 2 and before[-1][:1].islower() and before[-1] not in _TITLE_PREPOSITIONS:
            out.append(m.end())
    return out


def _opening_candidate(line: Line, i: int) -> list[_Candidate]:
    """A long paragraph that opens with its number ("6.1. Arbetsmötet i sommar Förslag från ...").

    Its run-in title names it. It is kept aside (weight 0): a sub-point under a grouping
    heading, or a number missing from the sequence of headings.
    """
    page = _PAGE_NUMBER.match(line.text)
    m = _NUMBERED_AT.match(line.text, page.end()) if page else _NUMBERED.match(line.text)
    if not m or not _RX_NUMBERED_CANDIDATES_1.match(m.group("title")):
        return []
    if m.group(3) and m.group(4):  # "IR 37 Fastställande av dagordning Dagordningen fastställdes ...": a coded item
        title = _inline_title(m.group("title")[:120])
        return [_Candidate(i, m.group(4), int(m.group(4)), "prefix:" + m.group(3), title, 0.0,
                           line.start + m.start(3), line.start + m.start("title") + len(title))]
    if m.group(1) and m.group(2):  # "§4. Rapporter. Ett antal kortfattade rapporter lämnas. ...": its run-in title
        title = _inline_title(m.group("title")[:120])
        return [_Candidate(i, m.group(2), int(m.group(2)), m.group(1).lower().rstrip("."), title, 0.0,
                           line.start + m.start(1), line.start + m.start("title") + len(title))]
    if not m.group(5):
        return []
    number = m.group(5)
    sep = line.text[m.end(5):m.start("title")].strip()
    title = _inline_title(m.group("title")[:120])
    return [_Candidate(i, number, int(number.split(".")[0]), "n" + (sep[:1] if sep else " "), title, 0.0,
                       line.start + m.start(5), line.start + m.start("title") + len(title))]


# What a mark of _INLINE_NUMBERED holds ("2. Formalia", "2.1 Till"), found from its digit at C speed.
_INLINE_MARK = re.compile(r"\d\.(?:\d{1,2}\.?)?\s+[A-ZÅÄÖ]")
_RUN_LABEL = re.compile(r"(?:^|\s)([A-ZÅÄÖ][\wåäöÅÄÖ/ ]{1,30}?):(?=\s)")
_ENTRY_NUMBER_BEFORE = re.compile(r"(?<![\d.])\d{1,2}\.\s$")  # a list's number, then a label's white space
# A list numbered from the label on: "Bilagor: 1. Budget ...", the label's own entries.
_NUMBERED_LIST_OPENS = re.compile(r"\s*1[.)]?\s")


# An item number without a stop after a full sentence in a stored copy's page line: "... Byström. 9 Vårdhundar".
# The title may open with an abbreviation in capitals, a lower-case word after it: "... sammanträdet. 2 PIKE
# ett Interreg IV C projekt ...", "... 5 IT-frågor".
_TITLE_AHEAD = r"(?=[A-ZÅÄÖ](?:[a-zåäö]|[A-ZÅÄÖ]{1,5}(?:\s+|-)[a-zåäö]))"
_PAGE_RUN_IN = re.compile(r"\s(?<=[.!?]\s)\s*(§\s*\d{1,3}|\d{1,3})\s+" + _TITLE_AHEAD)
# An item number after the appendix the item before ends with, its stop left out: "... Verksamhetsberättelsen
# godkändes av mötet. Bilaga 1 8 Ekonomiska rapporter 2013/2015 ...".
_AFTER_APPENDIX = re.compile(r"\s(?:(?<=[Bb]ilaga \d\s)|(?<=[Bb]ilaga \d\d\s))\s*(\d{1,3})\s+(?=[A-ZÅÄÖ][a-zåäö])")
# An item number with a colon run in ("... Ahlgren 1:Mötet öppnas ... 3: Föregående mötes ..."); not a
# time ("kl. 13:00"), which has a digit after the colon.
_INLINE_COLON = re.compile(r"\s(?<=[\w.!?)]\s)\s*(\d{1,2}):\s*(?=[A-ZÅÄÖ][a-zåäö])")
# Words that make the number after them a reference, not an item: "del 1: Beslutsdel", "kl. 13: Dalarummet".
_COLON_NUMBER_REFERENCES = frozenset(words.NUMBER_REFERENCES) | {
    "kl", "kl.", "del", "delen", "steg", "fas", "etapp", "alternativ", "förslag", "version", "år", "vecka", "v.", "v",
    "fråga", "mål", "tabell", "figur", "bild", "rum", "sal", "grupp", "nivå", "avsnitt", "kapitel", "sida"}
# The last word of the label that may introduce a list of the meeting's items ("Dagordning: 1. ...").
_ITEM_LIST_LABELS = frozenset(w for phrase in (*words.AGENDA_LABELS, *words.AGENDA_LABELS_DEFINITE,
                                                *words.GROUPING_TITLES) for w in phrase.split())
# A numbered list that a sentence leads into ("Mer om innehållet: 1. Syftet med strategin 2. ..."):
# the content of an item, not the items.
_LIST_LEAD_IN = re.compile(r"([\wåäöÅÄÖ]+)\s*:\s*$")
# The first word of each attachment label ("bifogade" of "bifogade handlingar"), lower-cased.
_ATTACHMENT_FIRST_WORDS = tuple(sorted({label.split()[0] for label in words.ATTACHMENT_LABELS}))


# A long line that opens with point 1 and its title ("1 Justerare Eva Borg utses att ... 2 Reflektion från
# mötet ..."): a copy that lost the breaks between its points, each number after the sentence before it.
_FIRST_RUN_ON_POINT = re.compile(r"\s*1\s+[A-ZÅÄÖ][a-zåäö]+\s")


def _opens_run_on_points(text: str) -> bool:
    """Whether a long line opens with point 1 (see `_FIRST_RUN_ON_POINT`) and runs on with point 2."""
    return text[:4].lstrip()[:2] == "1 " and _FIRST_RUN_ON_POINT.match(text) is not None and ". 2 " in text


# A sentence that adds matters to the agenda, in the words before a list's "1." (see `words.AGENDA_ADDITION_WORDS`).
_AGENDA_ADDITION = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in words.AGENDA_ADDITION_WORDS)
                              + r")(?![\w-])", re.IGNORECASE)
_ADDITION_REACH = 80


_RUN_IN_LETTER = re.compile(r"(?<![\w)])([a-h])\)\s+(?=[A-ZÅÄÖ])")
_NEXT_RUN_IN_MARK = re.compile(r"\s\d{1,3}\.\s+[A-ZÅÄÖ]")


def _run_in_letters(line: Line, i: int, at: int, main: int, style: str) -> list[_Candidate]:
    """The lettered points "a) Ny ledamot b) Inbjudan c) ..." run in from `at` on the line, up to the next
    numbered mark ("26. Nästa sammanträde"); two or more, lettered in order, else none."""
    text = line.text
    nxt = _NEXT_RUN_IN_MARK.search(text, at)
    stop = nxt.start() if nxt else len(text)
    marks = list(_RUN_IN_LETTER.finditer(text, at, stop))
    if len(marks) < 2 or [mk.group(1) for mk in marks] != [chr(ord("a") + k) for k in range(len(marks))]:
        return []
    out = []
    for k, mk in enumerate(marks):
        end = marks[k + 1].start() if k + 1 < len(marks) else stop
        title = _inline_title(text[mk.end():end])
        if not title:
            return []
        out.append(_Candidate(i, mk.group(1), main, style, title, 0.8, line.start + mk.start(1),
                              line.start + mk.end() + len(title)))
    return out


# A paragraph number of three digits with its stop run in ("... Ej närvarade: 132. Mötets öppnande Vice
# ordförande LP öppnar mötet. 133. Godkännande av dagordningen ..."), numbered on over the year's meetings.
# (The title may be in capitals: "114. LAGLIGHET OCH BESLUTFÖRHET 115. PROTOKOLLJUSTERING 116. GODKÄNNANDE ...", a
# Finland-Swedish list of matters; the run of three numbers counting up keeps sums and years out.)
_INLINE_HUNDREDS = re.compile(r"\s(?<=[.:!?)\w]\s)\s*(\d{3}\.)\s+(?=[A-ZÅÄÖ](?:[a-zåäö]|[A-ZÅÄÖ]{3}))")
_HUNDREDS_MARK = re.compile(r"\d{3}\.\s+[A-ZÅÄÖ]")
_MIN_HUNDREDS_RUN = 3


def _hundreds_run(text: str) -> list[re.Match[str]]:
    """The marks of `_INLINE_HUNDREDS` on a line that count up by one, three or more in a row ("132. ... 133.
    ... 134."): a sum or a year's count with a stop after it ("kostade 250. Styrelsen ...") makes no run."""
    marks = list(_INLINE_HUNDREDS.finditer(text))
    best: list[re.Match[str]] = []
    run: list[re.Match[str]] = []
    for m in marks:
        if run and int(m.group(1)[:-1]) == int(run[-1].group(1)[:-1]) + 1:
            run.append(m)
        else:
            run = [m]
        if len(run) > len(best):
            best = list(run)
    return best if len(best) >= _MIN_HUNDREDS_RUN else []


# A diary number right after a point's number and stop: "1. Dnr. 12.S0068 754 IFO-beslut", "2. Dnr 2019/45". A
# list of cases inside an item (delegation decisions, letters received); an item with its diary number is
# written "§ 19 Dnr 0015/13 - 200 DELGIVNINGAR", its mark a paragraph sign.
_DIARY_ENTRY = re.compile(r"(?:dnr|diarienr|diarienummer|d\.nr)\.?:?\s*[A-ZÅÄÖ]{0,5}\s*\d", re.IGNORECASE)


def _inline_candidates(line: Line, i: int) -> list[_Candidate]:
    """Numbered items run together in one long line (a copy that lost its line breaks)."""
    found = []
    # A line without what a mark holds has none: most long lines.
    marks = list(_INLINE_NUMBERED.finditer(line.text)) if _INLINE_MARK.search(line.text) else []
    if _HUNDREDS_MARK.search(line.text):
        marks += _hundreds_run(line.text)
    if line.page or _opens_run_on_points(line.text):  # "... utses Sven-Olof Byström. 9 Vårdhundar inom omsorgen ..."
        marks += _PAGE_RUN_IN.finditer(line.text)
        if line.page and "ilaga " in line.text:  # "... godkändes av mötet. Bilaga 1 8 Ekonomiska rapporter ..."
            marks += _AFTER_APPENDIX.finditer(line.text)
    elif "redragande" in line.text:
        # "... diskussion. 1 Fastställande av föredragningslista Föredragande: Ulrika Hamilton Styrelsen ...":
        # a number after a sentence, its title ended by the presenter's label.
        marks += _PRESENTED_RUN_IN.finditer(line.text)
    if ":" in line.text:
        marks += _INLINE_COLON.finditer(line.text)
    # The numbers run in after a word or a stop, read once for `_run_on_points` and `_spare_loose_marks`
    # (which reads them on every line not a page's).
    points = None if line.page else list(_RUN_ON_POINT.finditer(line.text))
    if not line.page and len(line.text) > _RUN_ON_TEXT and not _opens_run_on_points(line.text):
        taken = {m.start(1) for m in marks}
        run_on = [m for m in _run_on_points(line.text, points) if m.start(1) not in taken]
        if run_on:  # in reading order: a line not a page's keeps its candidates as found
            marks = sorted(marks + run_on, key=lambda m: m.start(1))
    loose = _loose_marks(line.text)  # read once for the readers below (`_spare_loose_marks` always reads them)
    if line.page and len(marks) >= 2:
        marks += _consecutive_loose_marks(line.text, marks, loose)
    elif line.page:
        run = _loose_run(line.text, loose)
        # "... Konserthuset i Växjö 37 Landstingsfullmäktiges öppnande ... öppnat. 38 Upprop": the one
        # mark after a sentence and the number right before it
        marks += run or (_consecutive_loose_marks(line.text, marks, loose) if marks and marks[0].re is _PAGE_RUN_IN else [])
    attachments: bool | None = None  # whether the line holds the first word of an attachment label
    added = 0  # the next number of a list of matters added to the agenda, while one is read
    for m in marks:
        before = line.text[max(0, m.start() - 12):m.start()].split()
        if before and before[-1].lower() in (_COLON_NUMBER_REFERENCES if m.re is _INLINE_COLON
                                             else words.NUMBER_REFERENCES):
            continue
        if _RANGE_BEFORE.search(line.text, max(0, m.start() - 12), m.start(1)):
            continue  # "Kjell Gustafsson (C), t o m 13 Annelill ...": the paragraphs a member sat for
        if m.re is _INLINE_NUMBERED and m.group(1) == "1.":
            lead = _LIST_LEAD_IN.search(line.text, max(0, m.start() - 40), m.start())
            if lead and _AGENDA_ADDITION.search(line.text, max(0, m.start() - _ADDITION_REACH), m.start()):
                added = 2  # "... ärendelistan kompletteras med följande ärenden: 1. Byarums skola ... 2. ...": matters added
                continue
            if lead and lead.group(1).lower() not in _ITEM_LIST_LABELS:
                continue  # "Mer om innehållet: 1. Syftet ...": a list inside an item
        if added and m.re is _INLINE_NUMBERED and m.group(1) == f"{added}.":
            added += 1
            continue
        if attachments is None:
            low = line.text.lower()
            attachments = any(w in low for w in _ATTACHMENT_FIRST_WORDS)
        label = None
        # The last label before the mark matters only when it may be an attachment label, and each of
        # those holds its first word: a line without any has none.
        # A label right after a number is an entry's own ("Bilagor: 1. Vattenförvaltning: Samråd ... 2. VVP: Rapport
        # ... 3. VVP: Aktuella åtgärder"): the list's label stands before it.
        for found_label in _RUN_LABEL.finditer(line.text, max(0, m.start() - 2000), m.start()) if attachments else ():
            if not _ENTRY_NUMBER_BEFORE.search(line.text, max(0, found_label.start() - 6), found_label.start() + 1):
                label = found_label
        if label is not None and _first_words(label.group(1)) in words.ATTACHMENT_LABELS \
                and _NUMBERED_LIST_OPENS.match(line.text, label.end()):
            continue  # "Bilagor: 1. Ekonomisk rapport ... 12. Kura skymning": attachments, not items
        # ("4. Årsredovisning 2014 Bilagor: a) PM, b) Årsredovisning ... 7. Sammanträdesplan 2015 Bilaga: Förslag
        # ... 9. Konstituerande ...": an item's attachments lettered or named after their label; the next number is
        # the next item)
        rest = line.text[m.end():m.end() + 120]
        if m.re is _INLINE_NUMBERED and rest[:1] in "Dd" and _DIARY_ENTRY.match(rest):
            continue  # "... enligt förteckning: 1. Dnr. 12.S0068 ... 2. Dnr 12.S0069 ...": a list of cases, no items
        title = _inline_title(rest)
        number = m.group(1).rstrip(".").lstrip("§ ")
        # A page's run-in item continues the chain of the items that open pages: the same style.
        style = ("inline" if m.re is _INLINE_NUMBERED or m.re is _INLINE_HUNDREDS else "inline:" if m.re is _INLINE_COLON
                 else "§" if m.group(1).startswith("§") else "n ")
        if title.endswith(" a)") and _is_grouping(title[:-3]):
            # "25. Övriga frågor a) Ny ledamot b) Inbjudan c) ... 26. Nästa sammanträde": the lettered matters
            # raised under the grouping heading are the items, each numbered by its letter; a group of the
            # reports or news of its own ("18 Rapporter och information a) Nya hemsidan b) ...") is the item.
            if _first_words(title[:-3]) not in _RAISED_MATTERS_TITLES:
                title = title[:-3]
            else:
                letters = _run_in_letters(line, i, m.end() + len(rest) - len(rest.lstrip()) + len(title) - 2,
                                          int(number.split(".")[0]), style)
                if letters:
                    found.extend(letters)
                    continue
        found.append(_Candidate(i, number, int(number.split(".")[0]), style, title, 0.8,
                                line.start + m.start(1), line.start + m.end() + len(title)))
    found.extend(_spare_loose_marks(line, i, {c.start for c in found}, loose, points))  # a page line, or one of 400 characters or more
    if line.page:
        found.extend(_spare_marks_after_capitals(line, i, {c.start for c in found}))
    return found


# An item number run in after a word in capitals, the end of a page's letterhead ("... fax +46(0) TRANÅS
# KOMMUN 5 Motion om sänkt rösträttsålder ...").
_CAPITALS_LOOSE = re.compile(r"\s(?<=[A-ZÅÄÖ]{4}\s)\s*(\d{1,3})\s+(?=[A-ZÅÄÖ][a-zåäö])")


def _spare_marks_after_capitals(line: Line, i: int, taken: set[int]) -> list[_Candidate]:
    """Numbers run in on a page line after a word in capitals, kept aside as `_spare_loose_marks` keeps its.

    A page's letterhead ends in capitals ("TRANÅS KOMMUN") and the page's first item follows without a
    stop: "... fax +46(0) TRANÅS KOMMUN 5 Motion om sänkt rösträttsålder Svan Hansson (S) ...". Only
    `_fill_gaps` reads these, where the sequence lacks exactly that number.
    """
    out = []
    for m in _CAPITALS_LOOSE.finditer(line.text):
        if line.start + m.start(1) in taken:
            continue
        title = _inline_title(line.text[m.end():m.end() + 120])
        out.append(_Candidate(i, m.group(1), int(m.group(1)), "n ", title, _SPARE_WEIGHT, line.start + m.start(1),
                              line.start + m.end() + len(title)))
    return out


# An item's number run in on a long line that lost its breaks, before a capitalised title: "... Åkvist
# 1 Mötets öppnande Joel hälsade välkommen ... öppnat 2 Val av sekreterare ...", "... sekreterare § 41
# Välkommen, öppnande ... öppnat. § 42 Föredragningslista ...".
_RUN_ON_POINT = re.compile(r"\s(?<=[\w.!?)]\s)\s*(§\s*\d{1,3}|\d{1,3})\s+(?=[A-ZÅÄÖ][a-zåäö])")
_RUN_ON_TEXT = 400
_PAGE_TAIL = 150  # the shortest last page of a copy kept one line a page (see `_numbered_candidates`)
# A range word right before a number: the paragraphs a member attended, not an item's number ("Kjell
# Gustafsson (C), t o m 13", "ersättare, fr.o.m. 14", "tjänstgör from § 5", "t.o.m. 12"). Searched
# in the few characters that end at the number.
_RANGE_BEFORE = re.compile(r"(?<![\w.])(?:t\.?\s?o\.?\s?m|fr\.?\s?o\.?\s?m|tom|from)\.?\s*(?:§\s*)?\Z",
                           re.IGNORECASE)
_MIN_RUN_ON_POINTS = 3


def _run_on_points(text: str, points: list[re.Match[str]] | None = None) -> list[re.Match[str]]:
    """The longest run of numbers run in on a long line (not a page line) that counts up by one.

    A copy of minutes that lost its line breaks keeps each item's number before its title, after
    the text of the item before ("... förklarade mötet öppnat 2 Val av sekreterare ..."). Three
    numbers or more, written alike (all with "§" or all bare), N, N+1, N+2 in reading order make
    the run; a number after a word that makes it a reference ("punkt 4", "kl 18") is none, and a
    run whose numbers stand twice on the line is paragraphs noted after names (see `_loose_run`).
    `points` is `list(_RUN_ON_POINT.finditer(text))`, when the caller has it.
    """
    marks = []
    for m in _RUN_ON_POINT.finditer(text) if points is None else points:
        before = text[max(0, m.start() - 12):m.start() + 1].split()
        if before and before[-1].lower().rstrip(".") in _COLON_NUMBER_REFERENCES:
            continue
        marks.append(m)
    if len(marks) < _MIN_RUN_ON_POINTS:
        return []
    best: list[re.Match[str]] = []
    for k, first in enumerate(marks):
        sign = first.group(1)[:1] == "§"
        run = [first]
        for m in marks[k + 1:]:
            if (m.group(1)[:1] == "§") == sign and int(m.group(1).lstrip("§ ")) == int(run[-1].group(1).lstrip("§ ")) + 1:
                run.append(m)
        if len(run) > len(best):
            best = run
    # only within the run: "Sidan 1 av 5 ... 4 Föregående ... 5 Beslutsärenden" has a page count before it
    numbers = [m.group(1).lstrip("§ ") for m in marks if best and best[0].start() <= m.start() <= best[-1].start()]
    if len(best) < _MIN_RUN_ON_POINTS or any(numbers.count(m.group(1).lstrip("§ ")) > 1 for m in best):
        return []
    if len({_word_before(text, m.start()) for m in best}) == 1:
        return []  # "Val av sekreterare Styrelsen 33 Allmän ... Styrelsen 34 Enligt ...": a column's label, then its number
    return best


def _word_before(text: str, at: int) -> str:
    """The word that ends right before `at` in `text` (white space between allowed), or ""."""
    before = text[max(0, at - 30):at].split()
    return before[-1] if before else ""


def _spare_loose_marks(line: Line, i: int, taken: set[int], loose: list[re.Match[str]] | None = None,
                       points: list[re.Match[str]] | None = None) -> list[_Candidate]:
    """Numbers run in on a page line (or a long line) that no sequence on it took, kept aside (weight below 0).

    The sequence may go on from the page before or after: "... Pia Andersen 15 Justering ..." on
    one page and "... 17 Kunskapsinhämtning" on the next, "3 Anmälningsärenden 290 Anmälan av ..."
    after "289 Justering" on the page before. Such a number fills only the one gap of the
    sequence of headings it stands in (`_fill_gaps`); it starts no sequence of its own. `loose` is
    `_loose_marks(line.text)` and `points` `list(_RUN_ON_POINT.finditer(line.text))`, when the caller has them.
    """
    out = []
    marks = _loose_marks(line.text) if loose is None else loose
    if not line.page:
        # A long line's numbers run in after a sentence too ("... till efter 6. 4 Beslut från föregående
        # protokoll ..."): the run that started on the line before goes on ("1 ... 2 ... 3" there).
        at = {m.start(1) for m in marks}
        marks = sorted(marks + [m for m in (_RUN_ON_POINT.finditer(line.text) if points is None else points)
                                if m.start(1) not in at and m.group(1)[:1] != "§"], key=lambda m: m.start())
    for m in marks:
        if line.start + m.start(1) in taken:
            continue
        before = line.text[max(0, m.start() - 12):m.start()].split()
        if before and before[-1].lower().rstrip(".") in words.NUMBER_REFERENCES:
            continue
        title = _inline_title(line.text[m.end():m.end() + 120])
        out.append(_Candidate(i, m.group(1), int(m.group(1)), "n ", title, _SPARE_WEIGHT, line.start + m.start(1),
                              line.start + m.end() + len(title)))
    return out


_SPARE_WEIGHT = -0.5  # below the paragraphs kept aside (0): only `_fill_gaps` reads these


# An item number run in after a lower-case word or a closing bracket, with no stop ("... dagordningen
# 3 Val av justerare", "Bordlagda ärenden (inga) 7 Beslut som ...").
# An agenda's entry may also follow the diary number that ends the entry before it ("... Detaljbudget 2019
# SN 2018/46 4 Budget SN 2019/71 5 ..."): a year, a slash and a serial number.
_PAGE_LOOSE = re.compile(r"\s(?<=[a-zåäö)]\s)\s*(\d{1,3})\s+(?=[A-ZÅÄÖ][a-zåäö])")
_DIARY_LOOSE = re.compile(r"\s(?:" + "|".join(rf"(?<=\d{{4}}/\d{{{n}}}\s)" for n in range(1, 5))
                          + r")\s*(\d{1,3})\s+(?=[A-ZÅÄÖ][a-zåäö])")


def _loose_marks(text: str) -> list[re.Match[str]]:
    """The numbers run in without a stop in `text` (`_PAGE_LOOSE`, `_DIARY_LOOSE`), in reading order."""
    marks = list(_PAGE_LOOSE.finditer(text))
    if "/" in text:
        marks = sorted(marks + list(_DIARY_LOOSE.finditer(text)), key=lambda m: m.start())
    return marks


def _consecutive_loose_marks(text: str, marks: list[re.Match[str]],
                             loose_marks: list[re.Match[str]] | None = None) -> list[re.Match[str]]:
    """Numbers run in without a stop before them, where they continue the sequence of the page's marks.

    "2 Fastställande av dagordning att fastställa dagordningen 3 Val av justerare ... 4 Föregående":
    a bare number after a lower-case word is an item when it stands right after the mark numbered
    one less (or two less: a number lost in copying) with no mark between them as high, or right
    before the mark numbered one more, on the same page line. Each number so found may extend the sequence in turn
    ("... Hembygdsmuseet 1 Mötets öppnande ... öppnat. 2 Upprop"; "... protokoll 5 Justering").
    `loose_marks` is `_loose_marks(text)`, when the caller has it.
    """
    known = sorted((m.start(1), int(m.group(1).lstrip("§ ").split(".")[0])) for m in marks)
    # One side is enough only beside marks without a stop, as these are: a list "1. ... 2. ..."
    # inside an item numbers itself apart.
    bare = sorted((m.start(1), int(m.group(1).lstrip("§ "))) for m in marks if m.re is _PAGE_RUN_IN)
    loose = [m for m in (_loose_marks(text) if loose_marks is None else loose_marks)
             if all(m.start(1) != at for at, _ in known)]
    out: list[re.Match[str]] = []
    grew = True
    while grew and loose:
        grew = False
        for m in list(loose):
            n, at = int(m.group(1)), m.start(1)
            before = [k for a, k in known if a < at]
            after = [k for a, k in known if a > at]
            between = bool(before and after) and before[-1] == n - 1 and after[0] == n + 1
            before = [k for a, k in bare if a < at]
            after = [k for a, k in bare if a > at]
            # one number lost in copying may lie between ("... protokoll 5 Justering ... (inga) 7 Beslut")
            follows = bool(before) and n - 2 <= before[-1] < n and (not after or after[0] > n)
            leads = bool(after) and after[0] == n + 1 and (not before or before[-1] < n)
            if between or follows or leads:
                out.append(m)
                loose.remove(m)
                known = sorted([*known, (at, n)])
                bare = sorted([*bare, (at, n)])
                grew = True
    return sorted(out, key=lambda m: m.start())


def _loose_run(text: str, loose: list[re.Match[str]] | None = None) -> list[re.Match[str]]:
    """Numbers run in without stops on a page line that has no other item marks, when they count up by one.

    "... justera dagens protokoll 15 Dagordning och övriga frågor ... Informationsärenden 16
    Planeringsprocessen ...": paragraphs 15 and 16 of a copy that lost its line breaks. A lone
    number is no item; the longest run N, N+1, ... in reading order (two or more) is, unless a
    number of it stands twice on the line: then the numbers are paragraphs noted after names.
    `loose` is `_loose_marks(text)`, when the caller has it.
    """
    if loose is None:
        if not any(map(str.isdecimal, text)):
            return []
        loose = _loose_marks(text)
    best: list[re.Match[str]] = []
    for k, first in enumerate(loose):
        run = [first]
        for m in loose[k + 1:]:
            if int(m.group(1)) == int(run[-1].group(1)) + 1:
                run.append(m)
        if len(run) > len(best):
            best = run
    numbers = [m.group(1) for m in loose]
    if any(numbers.count(m.group(1)) > 1 for m in best):
        return []  # "... Åsa Westrin 44 Wang Zhi 44 Charlotte ... 45 Michiko Muto 46 Kim Forss 46": who attended which paragraphs
    if any(_PERSON_AND_ROLE.match(text, m.end()) for m in best):
        # "Övriga deltagande ... Lars-Erik Holmberg, vattenrådet 14 Sven-Erik Nilsson, revisor 15 Utses att justera":
        # a person and role after a number: the paragraphs each attended, on the front page
        return []
    return best if len(best) >= 2 else []


_TITLE_PREPOSITIONS = frozenset(words.TITLE_PREPOSITIONS)
# A diary number after a run-in title: the register's letters ("SN", "KS", "Dnr"), then year and serial.
_DIARY_CODE = re.compile(r"[A-ZÅÄÖ]{2,4}|Dnr")
_DIARY_SERIAL = re.compile(r"(?:19|20)\d\d/\d{1,4}\b")


def _inline_title(rest: str) -> str:
    """Cut a run-in heading where the body starts: at a capitalised word after a lower-case one.

    A name after a preposition stays in the title ("Cirkus i Glasriket projektansökan").
    """
    out: list[str] = []
    part = 0
    split = rest.split()
    for k, w in enumerate(split):
        if (k and out and w[:1].isupper() and out[-1][:1].islower() and out[-1] not in _TITLE_PREPOSITIONS
                and out[-1][-1:] != ";"):  # "Anhållan om understöd; Ådalens skolas skrivklubb": one title
            break
        # Both patterns open with `\d`, in a str pattern a character `str.isdecimal` tells.
        if out and w[:1].isdecimal() and (_RX_INLINE_TITLE_1.fullmatch(w) or _NEXT_MARK.fullmatch(w)):
            break  # the first sub-point of a grouping heading ("Formalia 2.1 Till ..."), or the next item
        if out and w.isdecimal() and len(w) <= 3 and k + 1 < len(split) and split[k + 1][:1].isupper():
            break  # "... dagordningen 3 Val av justerare", "... utveckling 209 Aktuella": the next item's number
        if out and len(w) == 4 and w[3] == "." and w[:3].isdecimal() and k + 1 < len(split) and split[k + 1][:1].isupper():
            break  # "LAGLIGHET OCH BESLUTFÖRHET 115. PROTOKOLLJUSTERING": the next item's number, hundreds
        if (out and k + 1 < len(split) and w[:1] in _CAPITALS  # every match of _DIARY_CODE opens so
                and _DIARY_CODE.fullmatch(w) and _DIARY_SERIAL.match(split[k + 1])):
            break  # "Detaljbudget 2019 SN 2018/46": the diary number after the title
        if (w == "att" and len(out) >= 2 and k + 1 < len(split) and len(out[0]) >= 6
                and split[k + 1][:6].lower() == out[0][:6].lower()):
            break  # "Fastställande av dagordning att fastställa dagordningen": the decision after the title
        out.append(w)
        if w.endswith(";") and k + 1 < len(split) and split[k + 1][:1].isupper():
            part = len(out)  # "Remissvar; Samrådshandling ...": the words of a title's second part count from there
        if (w.endswith(".") and w.lower() not in _ABBREVIATIONS) or w.endswith(":") or len(out) - part >= 10:
            break
    return _clean_title(" ".join(out))


_MAX_GAP = 10
_WINDOW = 200


def _is_sub_number(number: str) -> bool:
    """A sub-point's number: "6.1", or a letter after the point's own ("6A", "6B")."""
    return "." in number or (number[-1:].isalpha() and number[:1].isdecimal())


def _is_sub_point(c: _Candidate) -> bool:
    """A sub-point's candidate: a sub-point's number, or "4:1" read under its parent (see `_points_under_parent`)."""
    return _is_sub_number(c.number) or (":" in c.number and not c.style.startswith("meeting:"))


def _best_chain(cands: list[_Candidate]) -> list[_Candidate]:
    """The heaviest rising sequence of top-level numbers (repeats and small gaps allowed)."""
    best: list[_Candidate] = []
    best_score = 0.0
    # First-appearance order, not a set: a tie between styles must not depend on the hash seed.
    for style in dict.fromkeys(c.style for c in cands):
        top = [c for c in cands if c.style == style and not _is_sub_point(c) and c.weight > 0]
        if not top:
            continue
        score = [0.0] * len(top)
        prev = [-1] * len(top)
        norms = [_norm(c.title) for c in top]
        for b, cb in enumerate(top):
            score[b] = cb.weight + (0.5 if cb.main <= 1 else 0.0)
            for a in range(max(0, b - _WINDOW), b):  # bounded: a huge file stays linear
                ca = top[a]
                if ca.line >= cb.line and not (ca.line == cb.line and ca.start < cb.start):
                    continue
                if not ca.main <= cb.main <= ca.main + _MAX_GAP:
                    continue
                if ca.main == cb.main and norms[a] == norms[b]:
                    continue  # the same entry twice: an agenda list above the minutes
                # Skipped numbers and repeats happen (items struck, "15." twice) but cost a little.
                gain = score[a] + cb.weight - (0.15 * (cb.main - ca.main - 1) if cb.main > ca.main else 0.3)
                if gain > score[b]:
                    score[b] = gain
                    prev[b] = a
        if not top:
            continue
        end = max(range(len(top)), key=lambda k: score[k])
        chain = []
        k = end
        while k != -1:
            chain.append(top[k])
            k = prev[k]
        chain.reverse()
        if score[end] > best_score and len(chain) >= 2:
            best, best_score = chain, score[end]
    return best


def _line_opener(chain: list[_Candidate], cands: list[_Candidate]) -> list[_Candidate]:
    """The chain with the number that opens its first line put back in front.

    A copy that lost its line breaks runs the agenda on one line ("2 1. Mötets öppnande 2. Val av
    justerare 3. ..."); the first number there is read in another style than the run-in ones after
    it, so the heaviest run of one style starts at 2. The number just below the chain's first, on
    the same line and before it, is the list's own first item.
    """
    if not chain or not chain[0].style.startswith("inline") or chain[0].main < 2:
        return chain
    first = chain[0]
    opener = [c for c in cands if c.line == first.line and c.start < first.start and c.weight > 0
              and c.main == first.main - 1 and "." not in c.number]
    if not opener:
        return chain
    c = opener[-1]
    if any(x.line == first.line and c.start < x.start < first.start for x in cands):
        return chain  # something numbered stands between: not this list's opener
    return [c, *chain]


_GROUPING_TITLES = frozenset(words.GROUPING_TITLES + words.GROUPING_FORMALITIES)


def _is_grouping(title: str) -> bool:
    """A parent heading that only groups separate matters ("Övriga frågor", "Rapporter / Diskussion")."""
    parts = _RX_IS_GROUPING_1.split(_first_words(title))
    return all(p in _GROUPING_TITLES for p in parts if p)


_GROUPING_TITLES_MORE = frozenset(words.GROUPING_TITLES_MORE)


def _groups_points(title: str) -> bool:
    """A numbered parent whose numbered points are the items: one that only groups ("14. Övriga frågor"), also
    with whom the matters come from ("3. Meddelanden från talmannen", "6. Rapporter från arbetsgrupperna"); not
    a matter's parts ("5. Information om budgeten" / "5.1 Drift" / "5.2 Investeringar")."""
    if _is_grouping(title) or _first_words(title) in _GROUPING_TITLES_MORE:
        return True
    first, _, rest = _first_words(title).partition(" ")
    return first in _GROUPING_TITLES and rest.startswith("från ")


def _restarted_runs(chain: list[_Candidate], cands: list[_Candidate]) -> list[_Candidate]:
    """Put back a stretch of items whose list numbering restarted at 1 inside the sequence.

    A web page's Markdown list broken by a paragraph starts again from 1: "4. Rapporter", text,
    then "1. Julgransplundring" "2. Byaloppet" "3. Vindskyddet", then "8. Ekonomisk rapport". When
    the run 1, 2, ..., k (each right after the other, nothing of the sequence between) fills exactly
    the gap between two headings of the sequence (4 and 8: three missing), its entries are those
    items, their numbers kept as written. A run that does not fit the gap exactly (a proposal's "1. ... 2. ...")
    stays out.
    """
    if len(chain) < 2 or len(cands) > 20 * _WINDOW:
        return chain
    style = chain[0].style
    ones = [c for c in cands if c.style == style and c.number == "1" and c not in chain]
    if not ones:
        return chain  # most minutes: no list that starts again
    pool = sorted((c for c in cands if c.style == style and "." not in c.number and c not in chain),
                  key=lambda c: (c.line, c.start))
    out = list(chain)
    for a, b in pairwise(chain):
        missing = b.main - a.main - 1
        if missing < 1:
            continue
        inside = [c for c in pool if (a.line, a.start) < (c.line, c.start) < (b.line, b.start)]
        if len(inside) != missing or not inside or inside[0].main != 1:
            continue
        # The run 1, 2, ..., k, then the sequence's own numbers up to b ("1. 2. 3." then "8." before "9.").
        k = next((n for n, c in enumerate(inside) if c.main != n + 1), missing)
        if [c.main for c in inside[k:]] != list(range(a.main + k + 1, b.main)) or inside[0].main == a.main + 1:
            continue
        at = out.index(a)
        # Numbered as written (the page shows "1.", "2.", "3."); counted in the sequence's place.
        out[at + 1:at + 1] = [c._replace(main=a.main + n, weight=max(c.weight, 0.5)) for n, c in enumerate(inside, 1)]
    return out


_MIN_CHAIN_BEFORE_RESTART = 3
_MAX_RESTARTED_TITLE_WORDS = 12


def _restarted_tail(doc: Minutes, chain: list[_Candidate], cands: list[_Candidate]) -> list[_Candidate]:
    """The chain with the items after its last put back where the page's list numbering started again at 1.

    A web page's list broken by bullets or a paragraph starts again from 1 after its last item: " 4. Lägesrapport",
    its text and bullets, then " 1. Lägesrapport Landsbygdsutveckling" or " 1. Nästa möte" / " 1. Mötet avslutas".
    Each such entry (or run 1, 2, ...) is an item, numbered as written, where it stands at the indentation of every
    item of the chain (a list nested in an item is indented deeper), in the chain's style, as a short title (twelve
    words at most, one sentence), and not under a line that leads into a list ("... föreslår:"). A run that repeats
    the chain's titles is the minutes under their agenda, no new items.
    """
    if len(chain) < _MIN_CHAIN_BEFORE_RESTART or chain[0].style != "n." or chain[0].main != 1:
        return chain
    lines = doc.lines
    indents = {_indent(lines[c.line].text) for c in chain}
    if len(indents) != 1 or len({c.line for c in chain}) != len(chain):
        return chain
    indent = indents.pop()
    last = chain[-1]
    listed = {_norm(c.title) for c in chain}
    added: list[_Candidate] = []
    run = 0
    for c in sorted((c for c in cands if c.line > last.line), key=lambda c: (c.line, c.start)):
        if c.style != "n." or _indent(lines[c.line].text) != indent or "." in c.number:
            continue
        if c.main not in (1, run + 1) or c.weight <= 0:
            break
        title = c.title.strip()
        above = next((lines[k].text.rstrip() for k in range(c.line - 1, last.line, -1) if lines[k].text.strip()), "")
        if (not title or _words_in(title) > _MAX_RESTARTED_TITLE_WORDS or _SENTENCE_BREAK.search(title)
                or above.endswith(":") or _is_excluded_heading(title) or _norm(title) in listed):
            break  # (a title of the chain again: the agenda listed above the minutes, read item by item)
        run = c.main
        added.append(c._replace(main=last.main + len(added) + 1, weight=max(c.weight, 0.5)))
    return chain + added


_STOP_STYLES = frozenset({"n.", "n:", "n)"})  # a number and its stop: "5.", "5:", "5)"


_MIN_RUN_AFTER_GAP = 3


def _titles_lost_between(text: str, last: _Candidate, first: _Candidate) -> int:
    """How many titles stand between the end of `last`'s title and the number of `first` on one line: each opens
    with a capitalised word, the first right after the title, the next after a word that is no preposition
    ("Skatteredovisning per mars | Bokslut | Verksamhets- och ekonomiplan | Skyltar till Kasberg 128 ..."); none
    where a figure stands between."""
    between = text[last.end:first.start]
    if not between.strip()[:1].isupper() or any(map(str.isdigit, between)):
        return 0  # (a figure in the gap may be a number misread: "... Ny delegationsordning, 1 juni ...")
    return 1 + len(_loose_title_starts(text, last.end + len(between) - len(between.lstrip()), first.start))


def _fill_gaps(chain: list[_Candidate], cands: list[_Candidate], text: str = "") -> list[_Candidate]:
    """Add paragraphs that open with exactly the missing number ("5. Vi ska planera ...").

    Such a paragraph is an item when it stands where the sequence lacks its number: before
    the first heading counting down, between two headings, or after the last counting up.
    Numbered proposals inside an item repeat numbers already taken and so stay out.
    """
    if not chain or len(cands) > 20 * _WINDOW:
        return chain
    # A number run in with its stop ("... öppnar mötet. 133. Godkännande ...") and one that opens a line ("137.
    # Rapporter ...") are written alike: a copy that lost most of its line breaks keeps a few.
    styles = _RUN_IN_STOP_STYLES if chain[0].style in _RUN_IN_STOP_STYLES else {chain[0].style}
    spare = sorted((c for c in cands if c.weight <= 0 and c.style in styles and "." not in c.number),
                   key=lambda c: (c.line, c.start))
    out = list(chain)
    for c in spare:
        before = [x for x in out if (x.line, x.start) < (c.line, c.start)]
        after = [x for x in out if (x.line, x.start) > (c.line, c.start)]
        low = before[-1].main if before else 0
        high = after[0].main if after else None
        if c.main == low + 1 and (high is None or c.main < high):
            out = before + [c] + after
        elif (before and text and c.line == before[-1].line and low + 1 < c.main <= low + _GAP_MOST + 1
              and (high is None or c.main < high) and "/" in text[before[-1].start:c.start]
              and len(_CUT_DIARY.findall(text, before[-1].start, c.start)) == c.main - low - 1):
            # "7 Verksamhetsplan ... 2017 KS-2016/ Huddinge ... KS-2016/ Riktlinjer ... KS-2016/ Mötestider 2017
            # ... 11 Övriga frågor": the numbers between lost with the diary numbers' serials, one each
            out = before + [c] + after
        elif before and c.main == low and high == low + 2 and _repeated_in_count(before[-1], c, cands, text):
            # "- 8. Till adjungerade ledamöter väljs", "- 8. Representationen ...", "- 9. ...", "- 10. ...":
            # a number the writer typed twice, written like the heading above it, is kept as written when
            # the next line counts on where the sequence lacks one number.
            out = before + [c] + after
        elif c.style == "§" and high is not None and low + 1 < c.main < high:
            # "§12 Årsmöte ...", "§14 Mötet ansåg ...", "§15 Inga övriga frågor": a paragraph sign numbers
            # paragraphs only (never proposals in an item), so one in order where the writer skipped a number
            # is the paragraph.
            out = before + [c] + after
    # "... 27 Uppföljning per den 31 mars Ny delegationsordning ... 30 Samråd ... 31 Detaljplan ... 32 ...
    # 33 Delegerade beslut": a contents line that lost one or two numbers goes on after the gap when
    # the spare numbers right after its last heading, on its line, count up by one three times or more.
    # A number may stand twice in a row ("65 Gratisprenumeration på Sverox 65 Ratificering ... 66 Frågor").
    last = out[-1]
    run: list[_Candidate] = []
    for c in spare:
        if c.line != last.line or c.start < last.start:
            continue
        repeat = len(run) >= 1 and c.main == run[-1].main and (len(run) < 2 or run[-2].main != c.main)
        if (run and c.main != run[-1].main + 1 and not repeat) or (
                not run and not last.main + 1 < c.main <= last.main + _GAP_MOST + 1):
            break
        run.append(c)
    if not run and last.style == "§":
        run = _signs_after_skip(out, spare)
    if run and run[0].main <= last.main + 3 and len({c.main for c in run}) >= _MIN_RUN_AFTER_GAP:
        out += run
    elif text and len({c.main for c in run}) >= 2 and _titles_lost_between(text, last, run[0]) == run[0].main - last.main - 1:
        # "... 124 Skatteredovisning per mars Bokslut Verksamhets- och ekonomiplan Skyltar till Kasberg 128
        # Inbjudan ... 129 Byggnadsnämnden": the numbers between lost, each of their titles still there
        out += run
    # A heading whose number has another stop than its neighbours' ("4: Sponsring", "5. SWISH", "6: Julmarknad"),
    # or a stop where they have none ("4 Ekonomi", "5. Kansliet", "6 Övriga frågor"): a slip of the pen, taken
    # where it is the one number missing between two headings.
    # Likewise a heading that opens a stored copy's page line ("2 3. Meddelanden. Monica informerade ...") between
    # two run in on the lines around it ("... 2. Val av justerare. ...", "... 4. Information från ...").
    alike = (_STOP_OR_BARE_STYLES if chain[0].style in _STOP_OR_BARE_STYLES
             else _RUN_IN_STOP_STYLES if chain[0].style in _RUN_IN_STOP_STYLES else None)
    if alike is not None:
        for c in cands:
            if c.weight <= 0 or c.style == chain[0].style or c.style not in alike or "." in c.number:
                continue
            before = [x for x in out if (x.line, x.start) < (c.line, c.start)]
            after = [x for x in out if (x.line, x.start) > (c.line, c.start)]
            if before and after and before[-1].main + 1 == c.main == after[0].main - 1:
                out = before + [c] + after
    # Count down before the first heading ("5." .. "8." above "9. Aktuella frågor"), small gaps allowed.
    for c in sorted(spare, key=lambda c: (c.line, c.start), reverse=True):
        if c in out:
            continue
        first = out[0]
        if (c.line, c.start) < (first.line, first.start) and first.main - 4 < c.main < first.main:
            out.insert(0, c)
    return _opening_with_another_stop(out, cands)


_MOST_LOST_BEFORE_RUN = 2  # numbers lost before a run of paragraphs kept aside that `_spare_run_before_heading` takes
_MIN_SPARE_TAIL = _MIN_RUN_AFTER_GAP  # such paragraphs after the last heading, one number lost, at least


def _spare_run_before_heading(chain: list[_Candidate], cands: list[_Candidate]) -> list[_Candidate]:
    """The chain with the paragraphs kept aside (in its style) that count up by one to the number of the heading after
    them put in, where the number or two before them were lost: "4. Rapporter" ... "Fiber (bredband). Regeringen har
    ..." (5 lost) "6. Brandsamverkan. Utbildning har hållits ..." "7. Saxdalens dag. Vi har fått bidrag ..." "8.
    Ekonomisk rapport": 6 and 7 are the items between 4 and 8 (a list inside an item counts from 1, and runs into no
    heading); after the last heading, three such paragraphs or more past one lost number (as `_fill_gaps` reads a
    run). Read after the other readers of gaps, which name the lines whole."""
    if len(chain) < 2:
        return chain
    style = chain[0].style
    # paragraphs that open lines of their own (numbers run in on a copy's long line are `_fill_gaps`'s)
    taken = {c.line for c in chain}
    spare = sorted((c for c in cands if c.weight <= 0 and c.style == style and "." not in c.number
                    and c.line not in taken), key=lambda c: (c.line, c.start))
    out = list(chain)
    for a, b in pairwise(chain):
        inside = [c for c in spare if (a.line, a.start) < (c.line, c.start) < (b.line, b.start)]
        if not inside or inside[-1].main != b.main - 1 or not a.main + 1 < inside[0].main <= a.main + 1 + _MOST_LOST_BEFORE_RUN:
            continue
        if any(y.main != x.main + 1 or y.line == x.line for x, y in pairwise(inside)):
            continue
        at = out.index(b)
        out[at:at] = inside
    # after the last heading: two or more that count up by one from the number or two after the next
    last = chain[-1]
    run: list[_Candidate] = []
    for c in spare:
        if (c.line, c.start) <= (last.line, last.start):
            continue
        if run and (c.main != run[-1].main + 1 or c.line == run[-1].line):
            break
        if not run and c.main != last.main + 2:
            break
        run.append(c)
    return out + run if len(run) >= _MIN_SPARE_TAIL else out


def _signs_after_skip(chain: list[_Candidate], spare: list[_Candidate]) -> list[_Candidate]:
    """The paragraphs that go on after the chain's last one past one number the copy lost ("§ 7 Efter rakning
    ...", "§ 8 . (prick i protokollet) ...", "§ 9 Revisionsberättelsen kunde godkännas ...", "§ 10 ...",
    "§11 ..."): each on a line of its own below the last, told in a sentence and so kept aside, their numbers
    counting up by one from the number after the next. A paragraph sign numbers paragraphs only, never
    proposals, so a run of them (`_MIN_RUN_AFTER_GAP` or more) is the rest of the minutes' paragraphs."""
    last = chain[-1]
    run: list[_Candidate] = []
    for c in spare:
        if c.line <= last.line or c.style != "§":
            continue
        if c.main != (run[-1].main + 1 if run else last.main + 2):
            break
        run.append(c)
    return run if len(run) >= _MIN_RUN_AFTER_GAP else []


def _repeated_in_count(a: _Candidate, c: _Candidate, cands: list[_Candidate], text: str) -> bool:
    """Whether `c` repeats heading `a`'s number as the next entry of one list, written alike.

    Both open their lines with the same marks before the number ("- 8." and "- 8."), no other number stands
    between them, and the next numbered line after `c`, in the same style and marks, counts on by one.
    """
    if not text or c.style != a.style or "." in a.number or c.line <= a.line or c.line - a.line > 3:
        return False
    def marks(x: _Candidate) -> str:
        head = text[text.rfind("\n", 0, x.start) + 1:x.start]
        return head if len(head) <= 4 else "?"
    mark = marks(a)
    if mark == "?" or marks(c) != mark:
        return False
    if any(a.line < x.line < c.line for x in cands):
        return False
    nxt = min((x for x in cands if (x.line, x.start) > (c.line, c.start)), key=lambda x: (x.line, x.start), default=None)
    return (nxt is not None and nxt.main == c.main + 1 and nxt.style == c.style and "." not in nxt.number
            and nxt.line - c.line <= 3 and marks(nxt) == mark)


_STOP_OR_BARE_STYLES = _STOP_STYLES | {"n "}
_RUN_IN_STOP_STYLES = frozenset({"inline", "n."})


def _listed_titles_in_gap(doc: Minutes, chain: list[_Candidate], cands: list[_Candidate]) -> list[_Candidate]:
    """The chain with the long titles of a bare list of headings put back where its numbers skip.

    A register that lists only the items' numbers and titles ("10 Rapport om utfört underhåll" / "13
    Beslutsunderlag för investering avseende nyproduktion av lägenheter inom kv X, Y." / "14 ..." / "19 ...")
    has no text under its headings; a long title that ends with a stop reads like a sentence and is kept
    aside. Such lines are the items when every line between two headings is one of them, in the same style,
    their numbers counting up inside the gap.
    """
    if len(chain) < 2:
        return chain
    lines = doc.lines
    spare: dict[int, _Candidate] | None = None
    out: list[_Candidate] = [chain[0]]
    for a, b in pairwise(chain):
        if b.main - a.main > 1 and b.line - a.line > 2:
            if spare is None:
                spare = {c.line: c for c in cands if c.weight <= 0 and c.style == chain[0].style and "." not in c.number}
            run: list[_Candidate] = []
            for k in range(_line_after(doc, a), b.line):
                if _is_blank(lines[k]):
                    continue
                c = spare.get(k)
                if c is None or not a.main < c.main < b.main or (run and c.main <= run[-1].main):
                    run = []
                    break
                run.append(c)
            for c in run:
                line = lines[c.line]
                title = _clean_title(line.text[c.end - line.start:])
                out.append(c._replace(title=title, weight=0.1, end=line.end) if title else c)
        out.append(b)
    return out


def _line_after(doc: Minutes, c: _Candidate) -> int:
    """The first line after candidate `c`'s heading (its title may run on to the lines below)."""
    k = c.line + 1
    while k < len(doc.lines) and doc.lines[k].start < c.end:
        k += 1
    return k


def _opening_with_another_stop(chain: list[_Candidate], cands: list[_Candidate]) -> list[_Candidate]:
    """The chain with its first heading put back where that one is written with another stop than the rest.

    "1. Mötets öppnande" above "2 Val av vice ordförande ...", "3 Val av firmatecknare": the list's
    opening number, typed with a stop (or without one above headings that have it). It is taken when
    the chain starts at 2 and it is the last "1" above the chain's first heading, with nothing
    numbered in its own style between them (a list "1. ... 2. ..." above is an agenda, not a slip).
    """
    first = chain[0]
    if first.main != 2 or first.style not in _STOP_OR_BARE_STYLES:
        return chain
    at = (first.line, first.start)
    ones = [c for c in cands if c.number == "1" and c.weight > 0 and c.style != first.style
            and c.style in _STOP_OR_BARE_STYLES and (c.line, c.start) < at]
    if not ones:
        return chain
    one = ones[-1]
    if any(x.style == one.style and x.weight > 0 and (one.line, one.start) < (x.line, x.start) < at for x in cands):
        return chain
    return [one, *chain]


def _indent(text: str) -> int:
    """How many white-space characters `text` opens with."""
    return len(text) - len(text.lstrip())


def _one_numbered_list(doc: Minutes, chain: list[_Candidate], cands: list[_Candidate]) -> list[_Candidate]:
    """Fix a web page's list where every item is numbered "1." (a Markdown list rendered one by one).

    Each entry is a list of its own, so the numbers never rise: the entries written as sentences
    ("1. Föregående protokoll får var och en läsa på bloggen.") are items as much as the short ones,
    and an entry indented deeper than the items ("  1. Tidpunkt för årsstämman ...") is a nested
    list inside the item above it.
    """
    if len(chain) < 2 or any(c.number != "1" or c.style != "n." for c in chain):
        return chain
    lines = doc.lines
    level = min(_indent(lines[c.line].text) for c in chain)
    kept = [c for c in chain if _indent(lines[c.line].text) == level]
    if len(kept) < 2:
        return chain
    first, last = (kept[0].line, kept[0].start), (kept[-1].line, kept[-1].start)
    spare = [c for c in cands if c.weight <= 0 and c.number == "1" and c.style == "n."
             and first < (c.line, c.start) < last and _indent(lines[c.line].text) == level
             and c.line > 0 and _is_blank(lines[c.line - 1])]
    return sorted(kept + spare, key=lambda c: (c.line, c.start))


def _paragraph_run(cands: list[_Candidate]) -> list[_Candidate]:
    """Minutes written as numbered paragraphs only: the longest run n, n+1, n+2, ... of them.

    "§ 55. Ordföranden hälsar välkommen ..." numbers go on from meeting to meeting, so the run
    may start anywhere.
    """
    ordered = sorted((c for c in cands if "." not in c.number and c.weight > _SPARE_WEIGHT),
                     key=lambda c: (c.line, c.start))
    best: list[_Candidate] = []
    for k, first in enumerate(ordered):
        run = [first]
        for c in ordered[k + 1:]:
            if c.main == run[-1].main + 1 and c.style == first.style:
                run.append(c)
        if len(run) > len(best):
            best = run
    return best if len(best) >= 3 else []


def _paragraph_bullets(doc: Minutes, cands: list[_Candidate]) -> list[_Candidate]:
    """A meeting portal's list of paragraphs, each a bullet holding only its mark over its text.

    "• § 3" / "Enligt reglemente ..." / "• § 11" / "I diskussioner ...": the page shows the
    paragraphs made public, their titles lost, so the numbers jump. Every such bullet of the text
    is an item, two or more, their numbers rising.
    """
    marks = [c for c in cands if c.style == "§" and "." not in c.number
             and _BULLET_NUMBER.match(doc.lines[c.line].text) is not None]
    if len(marks) < 2 or any(b.main <= a.main for a, b in pairwise(marks)):
        return []
    if len(marks) != sum(1 for ln in doc.lines if "§" in ln.text and _BULLET_NUMBER.match(ln.text)):
        return []
    return marks


# The next group's bare number run in after a sentence ("... ges också kram-rätt. 2 Mötets behöriga utlysande"):
# the number, then a capitalised word and a lower-case one.
_GROUP_AFTER_STOP = r"(?<=[^\W\d_][.!?]\s)\s*({})\s+(?=[A-ZÅÄÖ][a-zåäö]+\s+[a-zåäö])"


def _opens_line(doc: Minutes, c: _Candidate) -> bool:
    """Whether the candidate's number opens its line (white space aside)."""
    ln = doc.lines[c.line]
    return not doc.clean[ln.start:c.start].strip()


def _groups_after_run(doc: Minutes, run: list[_Candidate], cands: list[_Candidate]) -> list[_Candidate]:
    """The top-level points run in after a run of sub-points of one group, each after a full stop.

    "1.1 Mötets öppnande ... 1.8 Adjungeringar ... ges också kram-rätt. 2 Mötets behöriga utlysande ...": the
    sub-points replace their group's heading ("1 Formalia"); the next group without sub-points of its own goes on
    as a bare number after a sentence, its title's words then the text. Read while no sub-point follows in the
    text (the next group's "2.1" would go on the run) and the numbers count up one by one; a title that ends in a
    full stop or a comma is a sentence.
    """
    last = run[-1]
    if any((c.line, c.start) > (last.line, last.start) and _is_sub_number(c.number) for c in cands):
        return []
    out: list[_Candidate] = []
    pos, group = last.end, last.main
    while True:
        m = re.compile(_GROUP_AFTER_STOP.format(group + 1)).search(doc.clean, pos)
        if m is None:
            return out
        at = m.start(1)
        line = _line_of(doc, at)
        rest = doc.clean[m.end():doc.lines[line].end]
        title = _inline_title(rest)
        if not title or rest[len(title):len(title) + 1] in (".", ",", ";"):
            return out  # "... reserverade sig. 2 Ledamöter röstade nej.": a sentence, no heading
        group += 1
        out.append(_new_candidate((line, str(group), group, last.style, title, 0.5, at, m.end() + len(title))))
        pos = m.end()


def _sub_point_run(doc: Minutes, cands: list[_Candidate]) -> list[_Candidate]:
    """Minutes numbered by sub-points only ("1.1 Mötets öppnande ... 1.7 ... 2.1 Inkommen post"):
    the longest run in reading order where each point follows the one before (1.6 -> 1.7 or 2.1).

    A stored copy may keep the points and lose the group headings ("1 Formalia"). A run of four
    or more, from a first sub-point over two groups or more, is the agenda; a numbered list
    inside one item ("1.1 ... 1.3") is not. A point that opens its line goes on a run read in the
    text's run-in style: the copy's line breaks fall anywhere. A run of one group goes on with the next
    groups' bare numbers run in after it (see `_groups_after_run`).
    """
    ordered = sorted((c for c in cands if c.number.count(".") == 1 and c.number.replace(".", "").isdecimal()
                      and c.number[-1:] != "."), key=lambda c: (c.line, c.start))
    if len(ordered) < 4:
        return []
    points = [tuple(int(x) for x in c.number.split(".")) for c in ordered]
    best: list[_Candidate] = []
    for k, first in enumerate(ordered):
        if points[k][1] != 1:
            continue
        run, last = [first], points[k]
        for c, p in zip(ordered[k + 1:], points[k + 1:]):
            if (p == (last[0], last[1] + 1) or p == (last[0] + 1, 1)) and (
                    c.style == first.style or _opens_line(doc, c)):
                run.append(c)
                last = p
        if len(run) > len(best):
            best = run
    if len(best) >= 4 and best[0].main == best[-1].main:
        best = [*best, *_groups_after_run(doc, best, cands)]
    return best if len(best) >= 4 and best[0].main != best[-1].main else []


def _page_numbers(doc: Minutes, chain: list[_Candidate]) -> bool:
    """A stored copy's page numbers, not items: "1 PROTOKOLL FÖRT VID ...", "2 Förslag till ...", "3 ...".

    Each page of a transcript is one long line that opens with the page's number.
    """
    if not chain or chain[0].style != "n " or not any(
            _first_words(ln.text) in ("transkript", "transcription") for ln in doc.lines[:40]):
        return False
    first = chain[0].main
    return all(c.main == first + k and c.start == doc.lines[c.line].start and len(doc.lines[c.line].text) > 80
               and not doc.lines[c.line].page  # its printed page number is already dropped
               for k, c in enumerate(chain))


# Point 1 run in before a title that opens minutes, whatever stands before it ("... Frånvarande -- 1 Mötets
# öppnande Ordförande Per Jonsson hälsade ..."), the title's case as written or in capitals.
_OPENING_POINT = re.compile(r"(?<![\w.,/:-])1\.?\s+(?=(?i:" + "|".join(re.escape(t) for t in words.OPENING_ITEM_TITLES)
                            + r")(?![\w-]))")


def _run_in_opening_point(doc: Minutes, chain: list[_Candidate]) -> list[_Candidate]:
    """The chain with point 1 put back where it runs in before the first point, on the same line.

    A copy that lost its line breaks runs its points on ("... Anmält förhinder -- Frånvarande -- 1 Mötets
    öppnande Ordförande ... öppnade mötet. 2 Mötesfunktionärer Till mötesordförande valdes ..."): the
    run-on reading takes a number only after a word or a stop, so a chain of run-in points may start at
    2. Point 1 is taken when it stands before the chain's first on its line, before a title that opens
    minutes ("Mötets öppnande", "Val av justerare").
    """
    if len(chain) >= 2 and chain[0].main == 2 and chain[0].style == "n.":
        return _opening_point_ending_line(doc, chain)
    if len(chain) < 2 or chain[0].main != 2 or chain[0].style not in ("n ", "inline"):
        return chain
    first = chain[0]
    line = doc.lines[first.line]
    at = first.start - line.start
    m = None
    for m in _OPENING_POINT.finditer(line.text, 0, at):
        pass
    if m is None or _word_before(line.text, m.start()).lower() in words.NUMBER_REFERENCES:
        return chain  # "Styrelsen behandlade punkt 1. Mötets öppnande ...": a point named in the text
    title = _inline_title(line.text[m.end():at])
    return [_Candidate(first.line, "1", 1, first.style, title, first.weight, line.start + m.start(),
                       line.start + m.end() + len(title)), *chain]


_OPENING_POINT_REACH = 20  # lines above the chain's point 2 that the line ending with point 1 may stand
_OPENING_POINT_TITLE = 90  # characters at most of point 1's title, run to the end of its line


def _opening_point_ending_line(doc: Minutes, chain: list[_Candidate]) -> list[_Candidate]:
    """The chain (from "2." on) with point 1 put back where it ends the line of the minutes' opening sentence.

    "Protokoll fört vid Årsmöte för Smedby Koloniförening ... i Föreningshuset Smedby Koloniområde 1. Mötets
    öppnande och fastställande av dagordning :": a copy lost the line break before point 1, so it runs on after
    the text; its title (one that opens minutes, `_OPENING_POINT`) runs to the end of the line. Taken from a
    few lines above point 2, never after a word that names a point ("punkt 1. Mötets öppnande").
    """
    first = chain[0]
    for k in range(first.line - 1, max(-1, first.line - _OPENING_POINT_REACH), -1):
        text = doc.lines[k].text
        if "1" not in text:
            continue
        m = None
        for m in _OPENING_POINT.finditer(text):
            pass
        if m is None or not text[:m.start()].strip():
            continue  # a point 1 opening its line is read as a heading already
        rest = text[m.end():].strip()
        if (_word_before(text, m.start()).lower() in words.NUMBER_REFERENCES or len(rest) > _OPENING_POINT_TITLE
                or _STOP_INSIDE.search(rest) is not None):
            return chain
        title = _clean_title(rest)
        line = doc.lines[k]
        return [_Candidate(k, "1", 1, first.style, title, first.weight, line.start + m.start(),
                           line.start + m.end() + len(title)), *chain]
    return chain


def _without_listed_opener(chain: list[_Candidate], cands: list[_Candidate]) -> list[_Candidate]:
    """`chain` without a first heading that is the first entry of an agenda list above the minutes.

    "Stående dagordning" / "1. Mötet öppnas" / "2. Godkännande av dagordningen" / ... then the minutes
    "1. LP Claes öppnade mötet." / "2. Den föreslagna dagordningen godkändes.": the chain may take the
    list's "1" before the minutes' own "1" (a repeated number costs little). When the chain's first two
    headings share a number and the first is followed at once by its list's next entry, which the
    chain left out, the first is the list's.
    """
    if len(chain) < 3 or chain[0].main != chain[1].main or chain[0].line >= chain[1].line:
        return chain
    first = chain[0]
    if any(c.style == first.style and c.main == first.main + 1 and first.line < c.line <= first.line + 2
           and c.line < chain[1].line for c in cands):
        return chain[1:]
    return chain


def inline_fills_gap(chain: list[_Candidate], cands: list[_Candidate]) -> list[_Candidate]:
    """The chain with a heading run in on a long line ("... Karl-Olov Fentorp 2. Val av justerare, föregående mötes
    protokoll ... 3 Beslut fattade med stöd av delegation ...") where it is exactly the one number missing between
    two of the chain's headings, read in another style (with its stop) than theirs."""
    if len(chain) < 2 or not any(c.style == "inline" for c in cands):
        return chain
    out = list(chain)
    for c in cands:
        if c.style != "inline" or c.weight <= 0 or "." in c.number or c in out:
            continue
        at = (c.line, c.start)
        before = [x for x in out if (x.line, x.start) < at]
        after = [x for x in out if (x.line, x.start) > at]
        if before and after and before[-1].main + 1 == c.main == after[0].main - 1:
            out = before + [c] + after
    return out


_LOWER_RUN_IN_MARK = r"\s(?<=[.!?]\s)\s*({})\.\s+(?=[a-zåäö]{{2,}}\s)"


def _lower_case_run_in_gap(doc: Minutes, chain: list[_Candidate]) -> list[_Candidate]:
    """The chain with a run-in heading whose title lost its capital ("... röstberättigade. 3. al av ordförande till
    stämman MadeleineRångtell...": a copy dropped a large first letter) where it is exactly the one number missing
    between two run-in headings on one line, after a sentence's stop."""
    if len(chain) < 2 or not any(c.style == "inline" for c in chain):
        return chain
    out: list[_Candidate] = [chain[0]]
    for a, b in pairwise(chain):
        if (a.style == b.style == "inline" and a.line == b.line and b.main == a.main + 2
                and "." not in a.number and "." not in b.number):
            line = doc.lines[a.line]
            m = re.compile(_LOWER_RUN_IN_MARK.format(a.main + 1)).search(line.text, a.end - line.start,
                                                                        b.start - line.start)
            title = _inline_title(line.text[m.end():b.start - line.start]) if m is not None else ""
            if m is not None and _has_two_words(title):
                out.append(_Candidate(a.line, m.group(1), a.main + 1, "inline", title, a.weight, line.start + m.start(1),
                                      line.start + m.end() + len(title)))
        out.append(b)
    return out


_MIN_LOST_ONES = 4


def _numbers_lost_to_one(doc: Minutes, chain: list[_Candidate], cands: list[_Candidate]) -> list[_Candidate]:
    """A list whose numbers a word processor lost to "1." save a few ("1. Mötets öppnande", "1. Mötets behöriga
    utlysande", "3.Fastställande av dagordning", "1. Val av justerare", ..., "2. Val av valberedning", "1.
    Behandling av inkomna motioner"): its numbers tell no order, so every such heading from the chain's first on,
    not indented deeper than the chain, is an item in the order written.

    Only where all but one of the chain's numbers (four at least) are "1." and the rest of the chain is in the
    same style; other numbers only where the chain holds one.
    """
    if len(chain) < _MIN_LOST_ONES or any(c.style != "n." for c in chain):
        return chain
    ones = sum(c.number == "1" for c in chain)
    if ones < _MIN_LOST_ONES or ones < len(chain) - 1:
        return chain
    lines = doc.lines
    level = min(_indent(lines[c.line].text) for c in chain)
    first = (chain[0].line, chain[0].start)
    # Numbers other than "1." only where the chain itself holds one: a list lost to "1." throughout may hold a
    # numbered list of proposals ("1. ... 2. ...") inside an item.
    others = ones < len(chain)
    # Where every number of the document is "1." ("1. Ordföranden öppnar mötet, ... valdes till ordförande. ...", "1.
    # Mats Berglund valdes till sekreterare."), the paragraphs told in sentences are the points as well.
    told = not others and all(c.number == "1" for c in cands if c.style == "n.")
    if told:  # the first of them too, above the chain's first heading
        first = min(first, *((c.line, c.start) for c in cands if c.style == "n." and _indent(lines[c.line].text) <= level))
    out = [c for c in cands if c.style == "n." and (c.weight > 0 or told) and "." not in c.number
           and (others or c.number == "1") and (c.line, c.start) >= first and _indent(lines[c.line].text) <= level]
    out = sorted(out + _typed_after_one(doc, chain[0].line, level), key=lambda c: (c.line, c.start))
    return out if len(out) >= len(chain) else chain


# A list's "1." before the number typed after it ("1. 3. Ekonomi"): group 1 the typed number.
_TYPED_AFTER_ONE = re.compile(r"\s*1\.\s+(\d{1,2})\.\s+(?P<title>[A-ZÅÄÖ][^.:!?]{1,80})")


def _typed_after_one(doc: Minutes, first: int, level: int) -> list[_Candidate]:
    """The headings of a list lost to "1." that keep their typed number after it ("1. 3. Ekonomi"), from line
    `first` on and not indented deeper than `level`; numbered by the typed number."""
    out: list[_Candidate] = []
    for k in range(first, len(doc.lines)):
        line = doc.lines[k]
        if "1." not in line.text[:8] or _indent(line.text) > level:
            continue
        m = _TYPED_AFTER_ONE.fullmatch(line.text.rstrip())
        if m is not None:
            title = m.group("title").strip()
            out.append(_Candidate(k, m.group(1), int(m.group(1)), "n.", title, 1.0, line.start + m.start(1),
                                  line.start + m.start("title") + len(title)))
    return out


_PAGE_OPENER_REACH = 8  # characters before a page's opening heading at most (its page number)


_PAGE_HEAD_REACH = 40  # characters of a page's number and running head before its opening heading at most


def _opener_after_page_head(line: Line, k: int, number: int) -> _Candidate | None:
    """The heading numbered `number` that opens a page line after the page's number and short running head ("2
    HJÄLMARENS VATTENVÅRDSFÖRBUND 6. SEMINARIUM I"), or None."""
    m = re.compile(r"(?<![\w.,:/-])" + str(number) + r"\.\s+(?=[A-ZÅÄÖ])").search(line.text, 0, _PAGE_HEAD_REACH)
    if m is None or any(c in line.text[:m.start()] for c in ".:!?"):
        return None
    if _word_before(line.text, m.start()).lower() in _SIGN_REFERENCE_WORDS:
        return None  # "Bilaga 4. Seminarium": a reference, no heading
    title = _inline_title(line.text[m.end():m.end() + 120])
    if not title:
        return None
    return _Candidate(k, str(number), number, "inline", title, 0.8, line.start + m.start(),
                      line.start + m.end() + len(title))


def _next_page_opener(doc: Minutes, chain: list[_Candidate], cands: list[_Candidate]) -> list[_Candidate]:
    """The chain with the heading that opens the stored copy's next page put after it ("1 Styrelsemöte ... 3.
    Föreningsutveckling ..." on a page line, then "2 4. Programarrangemang" after the page's number).

    The chain runs in on a page line; the next number, read in another style (a heading at a line's start), at
    the start of the next non-blank line goes on with it.
    """
    lines = doc.lines
    while chain and chain[-1].style == "inline" and lines[chain[-1].line].page:
        last = chain[-1]
        k = next((j for j in range(last.line + 1, len(lines)) if lines[j].text.strip()), None)
        if k is None:
            break
        nxt = next((c for c in cands if c.line == k and c.weight > 0 and c.main == last.main + 1 and "." not in c.number
                    and c.start - lines[k].start <= _PAGE_OPENER_REACH), None)
        if nxt is None:
            nxt = _opener_after_page_head(lines[k], k, last.main + 1)
        if nxt is None:
            break
        chain = [*chain, nxt]
    return chain


# A point added to the agenda under a number with a letter, on a line of its own: "8A. Ansvarsfrihet till
# styrelsen." after "8. Revisionsberättelse" ("Efter tillägg av punkt 8A godkändes dagordningen"). Group 1 the
# number, 2 the letter, 3 the title.
_LETTERED_POINT_LINE = re.compile(r"(?m)^[ \t]*(\d{1,3})([A-Ha-h])[.)][ \t]+([A-ZÅÄÖ][^\n]{1,150}?)[ \t]*$")


def lettered_points(doc: Minutes, chain: list[_Candidate]) -> list[_Candidate]:
    """The chain with the points numbered with a letter ("8A.") put in where they stand: after a heading of their
    number or a lower one (a list whose numbers were all lost to "1." takes them too)."""
    if len(chain) < 2 or chain[0].style not in _STOP_STYLES:
        return chain
    out = list(chain)
    for m in _LETTERED_POINT_LINE.finditer(doc.clean):
        n, start = int(m.group(1)), m.start(1)
        before = [x for x in out if x.start < start]
        after = [x for x in out if x.start > start]
        if not before or before[-1].main > n or any(x.number == m.group(1) + m.group(2) for x in out):
            continue
        if after and before[-1].main < after[0].main <= n:
            continue  # the next heading's number is no higher: not its place
        title = _clean_title(m.group(3)).rstrip(".")
        out = before + [_Candidate(_line_of(doc, start), m.group(1) + m.group(2).upper(), n, before[-1].style, title,
                                   1.0, start, start + len(m.group(0).strip()))] + after
    return out


_MAX_UNNUMBERED_BULLET_WORDS = 6


def _indent_of_bullet(line: Line) -> int | None:
    """The indentation of a bullet line, or None."""
    b = _bullet_text(line)
    return b[0] if b is not None else None


def _unnumbered_bullets_after(doc: Minutes, chain: list[_Candidate]) -> list[_Candidate]:
    """The chain of bulleted numbered headings ("• 4 Fiskutsättning", "• 5 Sammanslagningen med Delsbo FVO") with
    the unnumbered ones after its last under the same mark and indent ("• Övriga frågor"): closing items the writer
    left without a number. Only where that mark and indent hold nothing but the chain's headings up to its last,
    and each is a short title without a stop, with text below it."""
    if len(chain) < 2:
        return chain
    lines = doc.lines
    bullets = [_bullet_text(lines[c.line]) for c in chain]
    marks = {lines[c.line].text.lstrip()[:1] for c in chain}
    indents = {b[0] for b in bullets if b is not None}
    if None in bullets or len(marks) != 1 or len(indents) != 1:
        return chain
    mark, indent = marks.pop(), indents.pop()
    taken = {c.line for c in chain}
    added: list[_Candidate] = []
    for k in range(chain[0].line + 1, len(lines)):
        line = lines[k]
        if k in taken or line.text.lstrip()[:1] != mark:
            continue
        b = _bullet_text(line)
        if b is None or b[0] != indent:
            continue
        if k < chain[-1].line:
            return chain  # the mark also lists other things: no headings of its own
        title = b[1].strip()
        below = next((j for j in range(k + 1, len(lines)) if lines[j].text.strip()), None)
        if (title[:1].isdecimal() or title.endswith((".", ":", "!", "?")) or not _RX_NUMBERED_CANDIDATES_1.match(title)
                or _words_in(title) > _MAX_UNNUMBERED_BULLET_WORDS or below is None or _is_excluded_heading(title)
                or lines[below].text.lstrip()[:1] == mark and _indent_of_bullet(lines[below]) == indent):
            return chain  # no text below: a list of the mark's own
        start = line.start + line.text.index(title)
        added.append(_Candidate(k, "", chain[-1].main, chain[-1].style, _clean_title(title), 1.0, start,
                                start + len(title)))
    return chain + added


# A paragraph numbered with a letter after its number, on a line of its own: "§ 5a: Kassarapport." between "§ 4:
# Föregående mötesprotokoll." and "§6: Post". Group 1 the number, 2 the letter, 3 the title.
_LETTERED_SIGN_LINE = re.compile(r"(?m)^[ \t]*§[ \t]*(\d{1,3})([a-hA-H])[ \t]*[.:]?[ \t]+([A-ZÅÄÖ][^\n]{1,150}?)[ \t]*$")


def _lettered_sign_points(doc: Minutes, chain: list[_Candidate]) -> list[_Candidate]:
    """The chain of paragraphs with one numbered with a letter ("§ 5a: Kassarapport.") put in where it stands in
    place of its number, numbered as written: after a paragraph of a lower number and before one of a higher, where
    no paragraph of its own number stands (see `lettered_points`)."""
    if len(chain) < 2 or chain[0].style != "§" or "§" not in doc.clean:
        return chain
    out = list(chain)
    for m in _LETTERED_SIGN_LINE.finditer(doc.clean):
        n, start, number = int(m.group(1)), m.start(1), m.group(1) + m.group(2)
        before = [x for x in out if x.start < start]
        after = [x for x in out if x.start > start]
        if not before or before[-1].main >= n or any(x.main == n for x in out):
            continue  # "§10" / "§10a Till ordförande valdes ...": a part of its paragraph, no item
        if after and after[0].main <= n:
            continue  # the next paragraph's number is no higher: not its place
        title = _clean_title(m.group(3)).rstrip(".")
        out = before + [_Candidate(_line_of(doc, start), number, n, "§", title, 1.0, m.start(),
                                   m.start() + len(m.group(0).strip()))] + after
    return out


def _sign_sentence_run(cands: list[_Candidate]) -> list[_Candidate]:
    """Paragraph signs that count up by one from 1 down the text, some told in a sentence and kept aside ("§1.
    Mötesordförande Göran Jarhult hälsade alla välkomna och förklarade mötet öppnat." / "§2. Malin Andersson valdes
    till justerare."), where no chain of two headings formed: a paragraph sign numbers paragraphs only, never
    proposals, so each is an item. At least two, one of them a heading; empty otherwise."""
    signs = sorted((c for c in cands if c.style == "§" and "." not in c.number and c.weight >= 0),
                   key=lambda c: (c.line, c.start))
    if len(signs) < 2 or [c.main for c in signs] != list(range(1, len(signs) + 1)) or not any(c.weight > 0 for c in signs):
        return []
    return signs


def _numbered_chain(doc: Minutes, cands: list[_Candidate]) -> list[_Candidate]:
    """The chain of numbered candidates `_numbered_headings` reads (empty when it is a run of page numbers)."""
    chain = _one_numbered_list(doc, _fill_gaps(_restarted_runs(_line_opener(
        _without_listed_opener(_best_chain(cands), cands), cands), cands), cands, doc.clean), cands)
    if not chain and "§" in doc.clean:
        chain = _sign_sentence_run(cands)
    chain = _listed_titles_in_gap(doc, chain, cands)
    chain = _run_in_opening_point(doc, chain)
    chain = _numbers_lost_to_one(doc, chain, cands)
    chain = inline_fills_gap(chain, cands)
    chain = _next_page_opener(doc, chain, cands)
    chain = _lower_case_run_in_gap(doc, chain)
    chain = lettered_points(doc, chain)
    chain = _lettered_sign_points(doc, chain)
    chain = _unnumbered_bullets_after(doc, chain)
    chain = _restarted_tail(doc, chain, cands)
    chain = _spare_run_before_heading(chain, cands)
    return [] if _page_numbers(doc, chain) else _second_agendas(doc, chain, cands)


# An agenda's label right before its first number: "Dagordning för Socialberedningens sammanträde 1. Val av
# justerare", "... och presenterar dagordningen: 1. ...", "Föredragningslista 1. ..." (not the contents of the
# minutes: "Innehållsförteckning" lists the same paragraphs again).
_AGENDA_LABEL = re.compile(r"(?<![\w-])(?:agenda|dagordning|föredragningslist|ärendelist)\w*", re.IGNORECASE)
_AGENDA_LABEL_REACH = 150  # characters from an agenda's label to its first number at most
# A later meeting's agenda ("Förslag till dagordning för nästa möte: 1. ..."): no list of this meeting's.
_LATER_AGENDA = re.compile(r"(?<![\w-])(?:nästa|kommande|nästkommande|följande)(?![\w-])", re.IGNORECASE)
_MIN_SECOND_AGENDA = 3


def _labelled_agenda(doc: Minutes, c: _Candidate) -> bool:
    """Whether an agenda's label (`_AGENDA_LABEL`) stands shortly before the number `c` opens with, and names this
    meeting's list: no later meeting between it and the number."""
    before = doc.clean[max(0, c.start - _AGENDA_LABEL_REACH):c.start]
    label = None
    for label in _AGENDA_LABEL.finditer(before):
        pass
    return label is not None and not _LATER_AGENDA.search(before, label.start())


def _second_agendas(doc: Minutes, chain: list[_Candidate], cands: list[_Candidate]) -> list[_Candidate]:
    """The chain with a second agenda after the first put in: a notice of a joint session and the body's own session
    after it ("Dagordning för sammanträde för Barn- och utbildningsberedningen samt Socialberedningen gemensamt 1.
    Välkommen! ... 9. Övriga frågor", then "Dagordning för Socialberedningens sammanträde 1. Val av justerare ...").

    Both lists are labelled as agendas right before their number 1 (`_labelled_agenda`); the first counts up from 1
    in the chain, the second counts up from 1 by one after it, in the chain's style, three entries or more each, and
    is no copy of the first (fewer than half of its titles stand at the same number there: the agenda again above
    the minutes is no new list). The second list's entries are items, numbered as written (the numbers repeat),
    counted on in the chain's sequence; what the chain took inside it (a repeated number) gives way to them.
    """
    if len(chain) < _MIN_SECOND_AGENDA or chain[0].main != 1 or "." in chain[0].number:
        return chain
    style = chain[0].style
    pool = sorted((c for c in cands if c.style == style and c.weight > 0 and "." not in c.number),
                  key=lambda c: (c.line, c.start))
    third = (chain[_MIN_SECOND_AGENDA - 1].line, chain[_MIN_SECOND_AGENDA - 1].start)
    ones = [k for k, c in enumerate(pool) if c.main == 1 and (c.line, c.start) > third]
    if not ones or not _AGENDA_LABEL.search(doc.clean) or not _labelled_agenda(doc, chain[0]):
        return chain
    out = list(chain)
    for k in ones:
        one = pool[k]
        head = [c for c in out if (c.line, c.start) < (one.line, one.start)]
        if len(head) < _MIN_SECOND_AGENDA or [c.main for c in head[:_MIN_SECOND_AGENDA]] != [1, 2, 3] or (
                not _labelled_agenda(doc, one)):
            continue
        run = [one]
        for c in pool[k + 1:]:
            if c.main != run[-1].main + 1:
                break
            run.append(c)
        titles = {c.main: _norm(c.title) for c in head}
        if len(run) < _MIN_SECOND_AGENDA or sum(titles.get(c.main) == _norm(c.title) for c in run) * 2 >= len(run):
            continue
        end = (run[-1].line, run[-1].start)
        tail = [c for c in out if (c.line, c.start) > end]
        base = head[-1].main
        run = [c._replace(main=base + n) for n, c in enumerate(run, 1)]
        out = head + run + [c._replace(main=run[-1].main + c.main) for c in tail]
    return out


def _numbered_headings(doc: Minutes, cands: list[_Candidate], paragraphs: bool = False,
                       chain: list[_Candidate] | None = None) -> list[Heading]:
    """Numbered item headings; with `paragraphs`, a run of numbered paragraphs when no heading is found.

    `cands` are the document's candidates, listed people dropped; `chain` is `_numbered_chain(doc, cands)`,
    when the caller has it (it reads the same candidates twice).
    """
    if chain is None:
        chain = _numbered_chain(doc, cands)
    if not chain and paragraphs:
        chain = _paragraph_run(cands)
        if _page_numbers(doc, chain):
            chain = []
        if len(chain) < 2:
            chain = _sub_point_run(doc, cands)
        if len(chain) < 2:
            chain = _paragraph_bullets(doc, cands)
    if len(chain) < 2:
        return []
    # Positions, not lines: a copy that lost its line breaks holds every heading on one line.
    taken = {(c.line, c.start) for c in chain}
    subs = [c for c in cands if _is_sub_point(c) and c.style == chain[0].style and (c.line, c.start) not in taken]
    if not subs and (chain[0].style.startswith("n") or chain[0].style == "§"):
        # "§ 5 Övriga frågor" / "5.1 Val av styrelsemedlemmar ...": points under a paragraph are written bare
        subs = [c for c in cands if _is_sub_point(c) and (c.line, c.start) not in taken]
    out: list[Heading] = []
    bulleted = any(_bullet_text(doc.lines[c.line]) is not None for c in chain)
    for k, c in enumerate(chain):
        nxt = (chain[k + 1].line, chain[k + 1].start) if k + 1 < len(chain) else (len(doc.lines), 0)
        mine = [s for s in subs if (c.line, c.start) < (s.line, s.start) < nxt and s.main == c.main]
        if mine and _groups_points(c.title):
            # Each sub-point ends where the next one (or the next group's heading) starts.
            ends = [x.line for x in mine[1:]] + [nxt[0]]
            out.extend(Heading(x.number, x.title, x.line, x.start, x.end, end) for x, end in zip(mine, ends))
        else:
            end = _bullet_end(doc.lines, c.line, nxt[0]) if bulleted else None
            out.append(Heading(c.number or None, c.title, c.line, c.start, c.end, nxt[0] if end is None else end,
                               end is not None))
    return out


def _bullet_end(lines: Sequence[Line], i: int, limit: int) -> int | None:
    """Where the item that line `i` opens inside a bullet ends: at the next bullet as far out (before `limit`).

    Line `i` is a bullet, or a line of a bullet's text ("• 1. Verksamhetsberättelse" / "  2. Kommunförbundet");
    None when it is neither.
    """
    j = i
    while j >= 0 and i - j < 40:
        b = _bullet_text(lines[j])
        if b is not None:
            indent = b[0]
            break
        if lines[j].text.strip() and not lines[j].text.startswith((" ", "\t")):
            return None  # a paragraph of its own: no bullet holds the line
        j -= 1
    else:
        return None
    for k in range(i + 1, min(limit, len(lines))):
        b = _bullet_text(lines[k])
        if b is not None and b[0] <= indent:
            return k
    return None


_BULLETS = "-*•–+·▪"  # the marks _BULLET_LINE and _BULLET_MARK accept


def _bullet_text(line: Line) -> tuple[int, str] | None:
    """Indentation and text of a bullet line, or None."""
    first = line.text[:1]
    if first.isspace():
        first = line.text.lstrip()[:1]
    if not first or first not in _BULLETS:
        return None  # most lines: no bullet mark after the indentation
    m = _BULLET_LINE.match(line.text)
    if not m:
        return None
    return len(m.group(1).expandtabs(4)), m.group(3)


def _agenda_headings(doc: Minutes) -> list[Heading]:
    """Bullets listed before the notes begin (an agenda whose discussion follows freely).

    The first run of bullets above the first section heading counts, unless a header label
    ("Närvarande:") introduces it or its entries read as sentences.
    """
    lines = doc.lines
    first_heading = next((i for i in compress(count(), map(_LEVEL_OF, lines))  # the marked-up lines
                          if i > 0 and not _title_line(lines[i].text, i, lines)), None)
    if first_heading is None:
        return []
    runs: list[list[int]] = []
    label = ""
    for i in range(first_heading):
        ln = lines[i]
        if not ln.text.strip():
            continue
        if _bullet_text(ln) is None:
            label = ln.text
            if runs and runs[-1]:
                runs.append([])
            continue
        if not runs or not runs[-1]:
            if label and _is_excluded_heading(label) and not _title_line(label, i, lines):
                runs.append([])
                label = ""
                continue
            runs.append([])
        runs[-1].append(i)
    for run in runs:
        if not run:
            continue
        top = min(_bullet_text(lines[i])[0] for i in run)  # type: ignore[index]
        out: list[Heading] = []
        for i in run:
            indent, text = _bullet_text(lines[i])  # type: ignore[misc]
            if indent > top or _is_excluded_heading(text):
                continue
            off = lines[i].start + lines[i].text.index(text)
            out.append(Heading(None, _clean_title(text), i, off, lines[i].end))
        if len(out) >= 2 and sum(len(h.title) <= 80 and not h.title.endswith(".") for h in out) >= len(out) * 0.8:
            return out
    return []


# A full date in a title line: ISO, or six digits YYMMDD as file names and titles write it.
_DOC_DATE = re.compile(r"(?<!\d)(?:\d{4}-\d{2}-\d{2}|\d{6})(?!\d)")


def _nonblank_above(i: int, lines: Sequence[Line]) -> int:
    """How many non-blank lines stand above line `i` (counting stops at 5)."""
    n = 0
    for j in range(min(i, len(lines))):  # by index: a slice per line would copy a big file's lines
        n += bool(lines[j].text.strip())
        if n >= 5:
            break
    return n


_SPELLED_DATE = re.compile(r"(?<!\d)\d{1,2}\s+(?:" + "|".join(words.MONTHS) + r")(?![\w-])", re.IGNORECASE)
_MEETING_TITLE_ENDINGS = tuple(words.MEETING_TITLE_ENDINGS)
# A day and month with a slash, perhaps a year after it: "13/12/20", "23/2", "19/7 -20" (not "18/2021", a number
# in a year).
_SLASHED_DAY = re.compile(r"(?<![\d/])(?:0?[1-9]|[12]\d|3[01])/(?:0?[1-9]|1[0-2])(?!\d\d\d)(?![\d])")


def _title_line(text: str, i: int, lines: Sequence[Line]) -> bool:
    """The document's title line or its date line ("# Mötesprotokoll LiTHe kod", "## 6 oktober 2021").

    A title word ("Protokoll", "Styrelsemöte") marks a title near the top or next to a number
    ("Styrelsemöte 4"); further down, "Protokoll från förra mötet" is an ordinary heading.
    """
    t = text.strip()
    prev = next((lines[j].text for j in range(i - 1, max(-1, i - 6), -1) if lines[j].text.strip()), "")
    if _first_words(prev) in words.PAGE_BOILERPLATE:
        return True  # the first line of a stored copy's text repeats the document's title
    if _DOC_DATE.search(t) and _nonblank_above(i, lines) < 3:
        return True  # "Presidiemöte 2000-03-31", "221003 Sammanfattning av styrelsens möte", "UN060502"
    if (_nonblank_above(i, lines) < 3 and (_SPELLED_DATE.search(t) or "/" in t and _SLASHED_DAY.search(t))
            and any(w.lower().endswith(_MEETING_TITLE_ENDINGS) for w in t.split())):
        return True  # a news post's title: "Fullmäktigesammanträde den 26 juni", "Rapport från styrelsemöte 13/12/20"
    if any(_first_words(t).startswith(w) for w in words.TITLE_WORDS):
        above = 0
        for ln in lines:
            if ln.start >= lines[i].start or above >= 5:
                break
            above += bool(ln.text.strip())
        if above < 5 or any(ch.isdigit() for ch in t):
            return True
    return bool(_RX_TITLE_LINE_1.fullmatch(t)) or _post_title(i, lines)


# A news post's dateline, alone on its line: "18 februari 2025", "den 3 mars 2021", "2025-02-18".
_DATELINE = re.compile(r"\s*(?:den\s+)?(?:\d{1,2}\s+(?:" + "|".join(words.MONTHS) + r")\.?\s+(?:19|20)\d\d"
                       r"|(?:19|20)\d\d-[01]\d-[0-3]\d)\s*", re.IGNORECASE)


def _post_title(i: int, lines: Sequence[Line]) -> bool:
    """Whether line `i` is the title of a news post, the line right below its dateline.

    A site's post opens with its date alone on a line, then its title: at the top of the text a title
    that names a meeting ("18 februari 2025" / "Årsmöte" / "Välbesökt årsmöte. ..."; a first item
    "Mötets öppnande" under the minutes' date stays an item), or any title below the same dateline,
    written out, repeated over the next block of the page.
    """
    above = next((j for j in range(i - 1, max(-1, i - 3), -1) if lines[j].text.strip()), None)
    if above is None or not _DATELINE.fullmatch(lines[above].text):
        return False
    if _nonblank_above(above, lines) == 0:
        return any(w.lower().endswith(_MEETING_TITLE_ENDINGS) for w in lines[i].text.split())
    if _SPELLED_DATE.search(lines[above].text) is None:
        return False  # "2021-03-04" over each page of a PDF's text: a running head, not a post's date
    first = next(ln.text for ln in lines if ln.text.strip())
    return first.strip() == lines[above].text.strip()


def _marked_headings(doc: Minutes) -> list[Heading]:
    """Items of marked-up minutes: leaf headings with content, or top-level bullets below one."""
    lines = doc.lines
    latex = looks_like_latex(doc.text) or has_equals_sections(doc.text)  # section commands: leaves are items
    heads = list(compress(count(), map(_LEVEL_OF, lines)))
    structural = [i for i in heads if _first_words(lines[i].text) not in words.SUBHEADINGS]
    out: list[Heading] = []
    for k, i in enumerate(structural):
        ln = lines[i]
        nxt = structural[k + 1] if k + 1 < len(structural) else len(lines)
        title = ln.text.strip()
        content = list(range(i + 1, nxt))
        before_sub = [j for j in content if not any(lines[x].level for x in range(i + 1, j + 1))]
        is_title = _title_line(title, i, lines)
        if not is_title and _is_excluded_heading(title):
            continue
        bullets = [] if latex else _top_bullets(lines, before_sub)
        if len(bullets) == 1 and not is_title and _lone_note(lines, bullets[0]):
            bullets = []  # "## Övrigt" / "- SKICKA MAILET IDAG!": the section's one note, the heading the item
        if bullets:
            out.extend(bullets)
            continue
        if is_title:
            continue
        if latex:
            deeper = nxt < len(lines) and lines[nxt].level > ln.level
            if deeper and (not _has_body(lines, content) or _is_grouping(title)):
                continue  # "= Beslutspunkter" / an introduction / "== Styrelserenovering": its sections are the items
            if deeper and any(lines[j].level > ln.level for j in content):
                continue
            out.append(Heading(None, _clean_title(title), i, ln.start, ln.end, nxt))
            continue
        if _has_body(lines, content):
            out.append(Heading(None, _clean_title(title), i, ln.start, ln.end, nxt))
    return out


def _lone_note(lines: Sequence[Line], bullet: Heading) -> bool:
    """Whether `bullet`, a section's only top-level bullet, is a note of no sub-bullets: the section's text.

    Topic bullets with notes below them ("- NWERC" / "  - Mycket merch.") are the items of a section; a
    section that holds one bullet alone ("## Övrigt" / "- Skicka mailet idag!") is a heading over its text.
    """
    b = _bullet_text(lines[bullet.line])
    top = b[0] if b else 0
    stop = bullet.body_end_line if bullet.body_end_line is not None else bullet.line + 1
    return not any((bb := _bullet_text(lines[x])) and bb[0] > top for x in range(bullet.line + 1, stop))


def _has_body(lines: Sequence[Line], content: Sequence[int]) -> bool:
    text = " ".join(lines[j].text for j in content if not lines[j].level)
    return _words_in(text) >= 2


def _tells_who_does(text: str) -> bool:
    """A bullet that tells who does what, no title: a given name, then a lower-case word ("Viktor gör animationer
    i blender", "Erik leker med C64" under "Projekt")."""
    first, _, rest = text.lstrip().partition(" ")
    return (first[:1].isupper() and rest[:1].islower() and first.casefold() in _DOER_GIVEN
            and not rest.startswith(_NAME_JOINS))  # "Ida och Sandra": people, no doing


_NAME_JOINS = ("och ", "& ", "samt ", "eller ")


_POST_MINUTES_WORDS = frozenset(("minnesanteckningar", "mötesanteckningar", "anteckningar", "protokoll",
                                 "mötesprotokoll", "styrelseprotokoll", "sammanträdesprotokoll"))
_POST_TITLE_LONGEST = 80


def _is_minutes_title(text: str) -> bool:
    """A post's title of minutes: a short line that opens with a word naming minutes and holds a date
    ("Minnesanteckningar Ungdomsrådet 10/11 2010", "Protokoll styrelsemöte 2023-04-17"), not a signing's line
    ("Protokoll justerat 2023-04-20")."""
    text = text.strip()
    return (bool(text) and len(text) <= _POST_TITLE_LONGEST and text.split()[0].casefold() in _POST_MINUTES_WORDS
            and "juster" not in text.casefold() and bool(find_dates(text, after=_NO_MEETING)))


def _other_posts_bullets(lines: Sequence[Line], first: int, last: int) -> bool:
    """Whether the bullets from line `first` to line `last` are another post's list: a page of a blog's archive
    holds several posts, the newest first, and the title of the minutes (`_is_minutes_title`) stands below the
    bullets ("Frågor till skånetrafiken:" / "· Busshållplats nya västervång" / ... / "Minnesanteckningar
    Ungdomsrådet 10/11 2010" / "§ Karin inledde mötet ..."), none above them."""
    return (any(_is_minutes_title(line.text) for line in lines[last + 1:])
            and not any(_is_minutes_title(line.text) for line in lines[:first]))


def _top_bullets(lines: Sequence[Line], content: Sequence[int]) -> list[Heading]:
    """Top-level bullets of a section when they read as item titles (short, or with sub-bullets)."""
    items: list[tuple[int, int, str]] = []
    indents = []
    for j in content:
        b = _bullet_text(lines[j])
        if b:
            indents.append(b[0])
    if not indents:
        return []
    top = min(indents)
    for j in content:
        b = _bullet_text(lines[j])
        if b and b[0] == top:
            items.append((j, b[0], b[1]))
    if not items:
        return []
    titled = 0
    for k, (j, _, text) in enumerate(items):
        nxt = items[k + 1][0] if k + 1 < len(items) else (content[-1] + 1)
        has_sub = any((bb := _bullet_text(lines[x])) and bb[0] > top for x in range(j + 1, nxt))
        if has_sub or (len(text) <= 60 and not text.rstrip().endswith((".", ":")) and not _tells_who_does(text)):
            titled += 1
    paragraphs = sum(1 for j in content if lines[j].text.strip() and not _bullet_text(lines[j])
                     and not lines[j].level and not lines[j].text.startswith((" ", "\t")))
    if titled < max(1, len(items) * 0.5) or paragraphs > len(items):
        return []
    out = []
    for k, (j, _, text) in enumerate(items):
        ln = lines[j]
        off = ln.start + ln.text.index(text)
        nxt = items[k + 1][0] if k + 1 < len(items) else content[-1] + 1
        out.append(Heading(None, _clean_title(text), j, off, ln.end, nxt))
    return out


_SPACED_BULLET_REACH = 3  # lines from a bullet to its paragraph at most (blank lines between)


def _bullet_headings(doc: Minutes, *, spaced: bool = False) -> list[Heading]:
    """Bullets that each head the paragraph right below them ("* Fritidsgården:" / "Clara väntar ...").

    A blog's minutes mark each matter with a bullet holding a short title (a colon may end it) and
    write its text as a paragraph under it. Every bullet of the text must read so, two or more: a
    list of points ("* Kaffe", "* Mjölk") has no paragraph under each entry.

    With `spaced`, blank lines may stand between a bullet and its paragraph, as a word processor's copy
    leaves them ("·       Föregående minnesanteckningar:" / "" / "Inventering av potentiella
    medlemsorganisationer pågår. ..."): its first line of text below is the paragraph, and every title
    ends with a colon, which may follow a full stop ("Foo.:").
    """
    lines = doc.lines
    reach = _SPACED_BULLET_REACH if spaced else 1
    out: list[tuple[int, str]] = []
    for j, ln in enumerate(lines):
        b = _bullet_text(ln)
        if b is None:
            continue
        text = b[1].strip()
        title = text.rstrip(":").strip()
        below = next((k for k in range(j + 1, min(len(lines), j + 1 + reach)) if not _is_blank(lines[k])), None)
        if (b[0] or not title or len(title) > 50 or _words_in(title) > 6
                or (not text.endswith(":") if spaced else title.endswith((".", "!", "?")))
                or below is None or _bullet_text(lines[below]) is not None or lines[below].level
                or _words_in(lines[below].text) < 6):
            return []
        out.append((j, title))
    if len(out) < 2:
        return []
    return _unnumbered_headings(lines, out)


def _flat_dash_headings(doc: Minutes) -> list[Heading]:
    """Headings written as "- " lines at one level, the indentation of sub-points lost.

    "- Mötets öppnande" / "Mötet öppnades av ..." / "- Val av mötesfunktionärer" / "- Sekreterare:" /
    "Johan valdes ...": a web page flattens a nested list, so items, their sub-headings and their
    points all open with the same mark. An item's title is short and ends in no mark; a sub-heading
    ends with a colon, a point is a sentence. Such sub-headings tell the layout; most titles must
    have text or a sub-heading right below them (a list of short points has not).
    """
    lines = doc.lines
    bullets = [(j, b) for j, ln in enumerate(lines) if (b := _bullet_text(ln)) is not None]
    if len(bullets) < 4 or len({b[0] for _, b in bullets}) != 1:
        return []
    if not any(b[1].rstrip().endswith(":") for _, b in bullets):
        return []
    titles: list[tuple[int, str]] = []
    for j, (_, text) in bullets:
        t = text.strip()
        if (t[:1].isupper() and len(t) <= 60 and _words_in(t) <= 8 and not t.endswith((".", ":", "!", "?", ","))):
            titles.append((j, t))
    if len(titles) < 3:
        return []
    opened = 0
    for j, _ in titles:
        below = next((ln for ln in lines[j + 1:j + 3] if ln.text.strip()), None)
        if below is None:
            continue
        b = _bullet_text(below)
        if (b is None and _words_in(below.text) >= 2) or (b is not None and b[1].rstrip().endswith(":")):
            opened += 1
    if opened < max(3, 0.75 * len(titles)):
        return []
    return _unnumbered_headings(lines, titles)


_SIGN_MARKED = re.compile(r"[ \t]*§[ \t]+(?P<title>[A-ZÅÄÖ][^\n]{0,60}?)[ \t]*")
_MIN_SIGN_MARKED = 3


def _sign_marked_headings(doc: Minutes) -> list[Heading]:
    """Headings marked with a bare "§" and no number, each on a line of its own.

    A word processor's template may set "§" before each heading as its bullet ("§ Mötets öppnande" /
    "Ordförande ... förklarar mötet öppnat." / "§ Val av sekreterare" / ...): the marked lines are the
    items, in order, without numbers. Three such short titles at least (not a sentence);
    a lone "§ Ärende Beslut" over a table's columns is no list.
    """
    if "§" not in doc.text:
        return []
    out: list[tuple[int, str]] = []
    for j, ln in enumerate(doc.lines):
        if "§" not in ln.text[:4]:
            continue
        m = _SIGN_MARKED.fullmatch(ln.text)
        if m is None or _words_in(m.group("title")) > 8 or m.group("title").endswith((".", ",", ";")):
            continue
        out.append((j, m.group("title")))
    return _unnumbered_headings(doc.lines, out) if len(out) >= _MIN_SIGN_MARKED else []


def _unnumbered_headings(lines: tuple[Line, ...], titles: list[tuple[int, str]]) -> list[Heading]:
    """Headings without numbers at the given (line index, title) pairs, each one's body running to the next."""
    heads = []
    for k, (j, title) in enumerate(titles):
        ln = lines[j]
        nxt = titles[k + 1][0] if k + 1 < len(titles) else len(lines)
        heads.append(Heading(None, _clean_title(title), j, ln.start + ln.text.index(title), ln.end, nxt))
    return heads


# A sentence's end inside a line: a stop after a word of three letters or more, then a capitalised word.
_INNER_SENTENCE_END = re.compile(r"(?<=[a-zåäö]{3})\.\s+(?=[A-ZÅÄÖ][a-zåäö])")
_MIN_TWO_SENTENCE_WORDS = 6
_NOTE_TAKER_SIGNATURES = tuple(words.NOTE_TAKER_SIGNATURES)


# The finite verb of an election or appointment told: "Till sekreterare valdes Piia Lappalainen", "Efter diskussion
# utsågs enhälligt nya styrelsen", "Anna Ek omvaldes som ordförande". A heading names the matter ("Val av
# sekreterare"), no verb.
_ELECTED = re.compile(r"(?i)(?<![\w-])(?:valdes|omvaldes|nyvaldes|invaldes|utsågs|utsågos|förrättades)(?![\w-])")
_MIN_ELECTION_WORDS = 3


def _sentence_not_heading(t: str) -> bool:
    """Whether a line standing alone is text, not a heading.

    Two sentences, the last without its stop ("Som föreläsare föreslås Kjell Johansson. Thijs kontaktar
    Kjell"); or a name in doubt ("Nina ?", "Per Ek ?") in a list of people asked.
    """
    split = t.split()
    if t.endswith(" ?") and 1 <= len(split) - 1 <= 2 and all(w[:1].isupper() for w in split[:-1]):
        return True
    if len(split) >= _MIN_ELECTION_WORDS and _ELECTED.search(t):
        return True  # "Till mötets sekreterare valdes Agneta Söderlund": who was elected, told without its stop
    if len(split) < _MIN_TWO_SENTENCE_WORDS:
        return False
    m = _INNER_SENTENCE_END.search(t)
    return m is not None and t[:m.start()].split()[-1].lower() + "." not in _ABBREVIATIONS


_MAX_OUTCOME_WORDS = 3
# A person's given name (perhaps double) and one or two more names: "Kerstin Gustafsson-Andersson".
_PERSON_NAME = r"[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?(?:\s+[A-ZÅÄÖ][\w-]+){1,2}"
# "Berit Johansson, STR", "Maria Krafft, Trafikverket, ordförande": a person, a comma, who they stand for.
_PERSON_ENTRY = re.compile(_PERSON_NAME + r",\s+[A-ZÅÄÖ]")
# A row of a member list set out over paragraphs on a web page: the name and the party in brackets
# ("Kerstin Gustafsson-Andersson (C)", "William Garpenholm (VF) vice ordf."), or the name and a role in
# lower case after a comma ("Suzanne Eckerström, sekreterare", "Charlotte Leander, miljöchef").
_MEMBER_ROW = re.compile(_PERSON_NAME + r"(?:\s+\([A-ZÅÄÖ]{1,4}\)(?:\s|$)|,\s+[a-zåäö][\w.-]*(?:\s|$))")
# A person and a role in lower case after a comma ("Sven-Erik Nilsson, revisor"): who sat in, on a front page.
_PERSON_AND_ROLE = re.compile(_PERSON_NAME + r",\s+[a-zåäö][\w.-]*(?:\s|$)")


def _outcome_line(body: str) -> bool:
    """A short line that only tells the outcome ("Godkändes", "Fastställdes.", "Inga"): the text of a heading above it."""
    parts = body.rstrip(".!").split()
    return 0 < len(parts) <= _MAX_OUTCOME_WORDS and parts[0].lower() in _OUTCOME_WORDS


_MAX_DECISION_WORDS = 12
_DECISION_AUXILIARIES = frozenset({"blivit", "blev"})


def _decision_line(body: str) -> bool:
    """A short sentence without its stop that tells what was decided: the text of the heading above it.

    "Val av ordförande" / "Till ordförande valdes Erica Olivius", "Fråga om ansvarsfrihet" / "Styrelsen
    beviljades ansvarsfrihet", "Mötet har blivit behörigen utlyst": a past passive or "blivit".
    """
    split = body.split()
    if not split or len(split) > _MAX_DECISION_WORDS or not body[:1].isupper() or body.endswith((":", "?")):
        return False
    return any(_PAST_PASSIVE.fullmatch(w) or w in _DECISION_AUXILIARIES for w in map(str.lower, split[1:]))


_MIN_LIST_LEAD_WORDS = 3


def _list_lead_line(lines: Sequence[Line], k: int, blank: Sequence[bool]) -> bool:
    """Line k leads into a numbered list below it ("Förslag på ändring av stadgarna:" / "1. I stadgarna ...").

    Such a line is the text of the heading above it ("Behandling av propositioner från styrelsen").
    """
    body = lines[k].text.strip()
    if not body.endswith(":") or not _MIN_LIST_LEAD_WORDS <= len(body.split()) <= _MAX_DECISION_WORDS:
        return False
    if "följande" in body.lower() and _LIST_LEAD.search(body.lower()):
        return False  # "Styrelsen beslöt om följande ärenden:": the list below is the items
    nxt = next((j for j in range(k + 1, min(len(lines), k + 4)) if not blank[j]), None)
    return nxt is not None and _LIST_START.match(lines[nxt].text) is not None


_LIST_START = re.compile(r"\s*1[.)]\s+\S")


def _person_entry(t: str, lines: Sequence[Line], i: int, nxt: int, blank: Sequence[bool]) -> bool:
    """Whether `t` (line i) is a person's row of an attendance list set out over paragraphs.

    It reads "First Last, Organisation" and so does the line above or below it.
    """
    if ("," not in t and "(" not in t) or not _person_row(t):
        return False
    above = next((j for j in range(i - 1, -1, -1) if not blank[j]), None)
    return any(j is not None and _person_row(lines[j].text.strip()) for j in (above, nxt))


def _person_row(t: str) -> bool:
    """Whether the line `t` reads as a row of an attendance list (see `_PERSON_ENTRY`, `_MEMBER_ROW`)."""
    return _PERSON_ENTRY.match(t) is not None or _MEMBER_ROW.match(t) is not None

# A site's menu or breadcrumb trail kept as a line of text: short links parted by bars or arrows
# ("HEM PROTOKOLL KONSTSKATTER | FILMSKATTER | KRÅKTEATERN", "Start » Föreningen » Protokoll").
_MENU_SEPARATORS = ("|", "»", "›")
_MIN_MENU_PARTS = 3
_MAX_MENU_PART_WORDS = 4


def _navigation_bar(t: str) -> bool:
    """Whether a line is a site's menu or breadcrumb trail (see `_MENU_SEPARATORS`), never an item."""
    for sep in _MENU_SEPARATORS:
        if t.count(sep) >= _MIN_MENU_PARTS - 1:
            parts = [p.split() for p in t.split(sep)]
            return all(0 < len(p) <= _MAX_MENU_PART_WORDS for p in parts[1:-1]) and bool(parts[0] or parts[-1])
    return False


# A line that is only a day and its month, perhaps its year and its hours: "13 september 17-18.30", "22 November
# 17.18.30", "4 maj 2023, kl. 18.00".
_DAY_LINE = re.compile(r"(?i)\d{1,2}(?::e|:a)?\.?\s+(?:" + "|".join(sorted(words.MONTHS, key=len, reverse=True))
                       + r")\.?(?:\s+\d{4})?(?:\s*,?\s*(?:kl\.?\s*)?\d{1,2}(?:[.:]\d{2})?(?:\s*[-–.]\s*\d{1,2}(?:[.:]\d{2})?)*)?")


def _standalone_headings(doc: Minutes) -> list[Heading]:
    """Plain lines alone between blank lines, followed by a paragraph of body text."""
    lines = doc.lines
    out: list[Heading] = []
    # Text from .docx or .pdf often has no blank lines: there a heading follows a finished
    # sentence and precedes its paragraph directly.
    blank = [not ln.text or ln.text.isspace() for ln in lines]
    inner = len(lines) - sum(blank)
    dense = sum(blank[:len(lines) - 1]) <= max(1, inner // 10)
    for i, ln in enumerate(lines):
        if blank[i] or "\t" in ln.text:
            continue
        t = ln.text.strip()
        if len(t) > 80 or "  " in t or _words_in(t) > 12:
            continue  # double spaces: a fragment of justified PDF text, not a heading
        if i > 0 and not blank[i - 1]:
            prev = lines[i - 1].text
            if not (dense and (prev.rstrip().endswith((".", "!", "?")) or _bullet_text(lines[i - 1])
                               or _title_line(prev, i - 1, lines))):
                continue
        if i + 1 < len(lines) and not blank[i + 1] and not dense:
            # A heading right above its paragraph: the next line starts a sentence of its own.
            follow = lines[i + 1].text.strip()
            if not (follow[:1].isupper() and (len(follow) >= 60 or follow.endswith("."))):
                continue
        if _bullet_text(ln) or not _RX_STANDALONE_HEADINGS_1.match(t) or t.endswith((".", ",", ";")):
            continue
        # "Ekonomi:" and "Nya lokaler?" head a paragraph; a longer line ending so leads into a list.
        if (t.endswith(":") and _words_in(t) > 4) or (t.endswith("?") and _words_in(t) > 6):
            continue
        if _title_line(t, i, lines) or _is_excluded_heading(t) or "@" in t or _navigation_bar(t):
            continue
        if t[:1].isdigit() and _DAY_LINE.fullmatch(t):
            continue  # "22 November 17.18.30": a day of a list of meetings, with its hours, no heading
        if _words_in(t) >= 4 and all(w[:1].isupper() for w in t.split()):
            continue  # a row of names run together ("Judit Örtegren Björnstad Elias Hedman"), not a heading
        if _sentence_not_heading(t):
            continue
        if t.rstrip(":").split()[-1].lower() in _STOP:
            continue  # "Det beslutades att:" leads into what follows; a heading ends on a content word
        above = next((lines[j].text for j in range(i - 1, -1, -1) if not blank[j]), "")
        if _first_words(above) in words.HEADER_LABELS:
            continue  # the value of a header field ("Närvarande" / "Anna, Bo, Cecilia")
        nxt = next((j for j in range(i + 1, len(lines)) if not blank[j]), None)
        if nxt is None:
            continue
        if _bullet_text(lines[nxt]):
            # "Övrigt" over its bullets after headings taken: a heading that groups separate matters
            # holds a list ("• Styrelsen ställer in nästa ..."); another line over bullets leads into them.
            if len(out) >= 2 and _is_grouping(t.rstrip(":")) and not _is_excluded_heading(t):
                out.append(Heading(None, _link_free_title(doc, ln), i, ln.start, ln.end))
            continue
        body = lines[nxt].text.strip()
        # A stored copy cut off inside the last heading's first sentence ("Aktiviteter" / "Kommande
        # veckors aktiviteter g"): a heading like those above it, its text lost.
        # A name over a role at the end ("Ann-Katrin Wilhelmsson" / "Tf samordnare Läns ...") is no such heading.
        cut_off = (out and not any(not b for b in blank[nxt + 1:]) and _words_in(body) >= 3
                   and body[-1:].isalpha() and body[:1].isupper()
                   and not (len(t.split()) >= 2 and all(w[:1].isupper() for w in t.split()))
                   and not body.lower().startswith(_NOTE_TAKER_SIGNATURES))  # "Mötet avslutas" / "Vid pennan TW"
        if (len(body) < 60 and not body.endswith(".") and not cut_off and not _outcome_line(body)
                and not _decision_line(body) and not _list_lead_line(lines, nxt, blank)):
            continue
        if out and out[-1].line == next((j for j in range(i - 1, -1, -1) if not blank[j]), -1):
            continue  # the text of the heading just taken ("Val av ordförande" / "Till ordförande valdes Eva")
        if _person_entry(t, lines, i, nxt, blank):
            continue  # "Berit Johansson, STR" between blank lines: a row of an attendance list
        if body[:1].islower():
            continue  # a sentence wrapped across a blank line ("... och planering" / "för fortsatt arbete.")
        if "\t" in lines[nxt].text:
            continue
        out.append(Heading(None, _link_free_title(doc, ln), i, ln.start, ln.end))
    return _without_repeated_titles(out)

_MIN_SUB_HEADING_REPEATS = 3


def _without_repeated_titles(heads: list[Heading]) -> list[Heading]:
    """`heads` without the lines that stand alone three times or more with the same words.

    A web page that kept only the sub-headings of its paragraphs ("Direktionens beslut", then the
    decision, in every paragraph) shows them as lines alone over text: each is a part of an item, not
    an item. Two alike may be two matters of the same name ("Personärende").
    """
    counts: dict[str, int] = {}
    for h in heads:
        key = _norm(h.title)
        counts[key] = counts.get(key, 0) + 1
    if max(counts.values(), default=0) < _MIN_SUB_HEADING_REPEATS:
        return heads
    return [h for h in heads if counts[_norm(h.title)] < _MIN_SUB_HEADING_REPEATS]


_LIST_LEAD = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in words.LIST_OF_MATTERS) + r")(?![\w-])")
# (Possessive blanks after the label: the raw line keeps its runs of blanks, which `\s*(:?)\s*` would
# share out in every way for each length of the label.)
_RUN_IN = re.compile(r"^\s*(?:\*\*|__)\s*([^*_\n]{2,60}?)\s*+(:?)\s*+(?:\*\*|__)\s*+(:?)\s*+(\S.*)?$")


def _run_in_headings(doc: Minutes) -> list[Heading]:
    """Paragraphs that open with a bold label ("**Ekonomi:** Kassören redovisade ...")."""
    lines = doc.lines
    out: list[Heading] = []
    for i, ln in enumerate(lines):
        if not ln.text.strip() or ln.level:
            continue
        a = doc.text.rfind("\n", 0, doc.original(ln.start)) + 1  # the raw line, markup included
        b = doc.text.find("\n", a)
        m = _RUN_IN.match(doc.text[a:b if b >= 0 else len(doc.text)])
        if not m:
            continue
        label, rest = m.group(1).strip(), m.group(4) or ""
        if _is_excluded_heading(label) or not _RX_RUN_IN_HEADINGS_1.match(label):
            continue
        following = next((x.text for x in lines[i + 1:i + 3] if x.text.strip()), "")
        if _words_in(rest) < 2 and _words_in(following) < 3:
            continue
        at = ln.text.find(label)
        if at < 0:
            continue
        end = ln.start + at + len(label)
        if doc.clean[end:end + 1] == ":":
            end += 1
        out.append(Heading(None, _clean_title(label), i, ln.start + at, end))
    return out if len(out) >= 2 else []


_LABELLED_BULLET = re.compile(r"^(\s*)(?P<mark>[-*•–]\s+)?(?P<label>[A-ZÅÄÖ][^:\n]{1,40}?)\s*:\s+(?P<rest>\S.*)$")


def _title_then_field(label: str) -> bool:
    """A document's title run on into its first header field: "Miljönämnden. Protokoll Mn 87/2014. Datum"."""
    if ". " not in label:
        return False
    return _first_words(label.rsplit(". ", 1)[1]) in words.HEADER_LABELS


def _labelled_bullets(doc: Minutes) -> list[Heading]:
    """Top-level bullets or paragraphs that open with a label and go on in a sentence.

    "- Ekonomi: Kassören redovisade ...", or "Ekonomi: Kassören ..." after a blank line: two or
    more of one kind, each label at most five words and not a header field or a role, and most
    of them followed by a sentence of four words or more (not "- Ordförande: Anna Berg").
    """
    found: list[tuple[int, int, re.Match[str]]] = []
    for i, ln in enumerate(doc.lines):
        if ln.level or ":" not in ln.text:
            continue
        m = _LABELLED_BULLET.match(ln.text)
        if m is None:
            continue
        label = m.group("label")
        if _words_in(label) > 5 or _is_excluded_heading(label) or _first_words(label) in words.ROLE_WORDS:
            continue
        if _title_then_field(label):
            continue
        if m.group("mark") is None and (m.group(1) or (i and doc.lines[i - 1].text.strip())):
            continue  # a label opens a paragraph only after a blank line, at the margin
        found.append((i, len(m.group(1)) + (0 if m.group("mark") is None else 1000), m))
    if len(found) < 2:
        return []
    top = min(indent for _, indent, _ in found)
    found = [x for x in found if x[1] == top]
    sentences_after = sum(1 for _, _, m in found if _words_in(m.group("rest")) >= 4)
    if len(found) < 2 or sentences_after * 2 < len(found):
        return []
    out = []
    for i, _, m in found:
        ln = doc.lines[i]
        out.append(Heading(None, _clean_title(m.group("label")), i, ln.start + m.start("label"),
                           ln.start + m.end("label") + 1))
    return out


# "Ekonomi – det finns 34782 på kontot": a bullet's short title, a spaced dash, and its text.
_DASHED_LABEL = re.compile(r"(?P<label>[A-ZÅÄÖ][^:\n]{0,59}?)\s+[–—-]\s+(?P<rest>\S.*)")
_MIN_DASHED_BULLETS = 4
_MAX_DASHED_LABEL_WORDS = 8


def _dashed_bullets(doc: Minutes) -> list[Heading]:
    """Top-level bullets that each open with a short title and a spaced dash, the matter's text after it.

    "• Val av sekreterare – Annica Lindquist" / "• Ekonomi – det finns 34782 på kontot, ...": minutes
    written as one bullet per matter. Four or more, three in four of the top-level bullets so written, and
    most of them going on in three words or more. A title of capitalised words only is a name or a place
    ("• Anna Berg – ordförande"), a role word opens a list of officers: no such bullet is a title.
    """
    found: list[tuple[int, int, re.Match[str]]] = []
    top = []
    for i, ln in enumerate(doc.lines):
        b = _bullet_text(ln)
        if b is None:
            continue
        top.append(b[0])
        m = _DASHED_LABEL.fullmatch(b[1].strip()) if "–" in b[1] or " - " in b[1] or "—" in b[1] else None
        if m is None:
            continue
        label = m.group("label")
        parts = label.split()
        if (len(parts) > _MAX_DASHED_LABEL_WORDS or _is_excluded_heading(label)
                or _first_words(label) in words.ROLE_WORDS
                or (len(parts) > 1 and all(w[:1].isupper() for w in parts))):
            continue
        found.append((i, b[0], m))
    if len(found) < _MIN_DASHED_BULLETS:
        return []
    level = min(top)
    found = [x for x in found if x[1] == level]
    at_level = sum(1 for x in top if x == level)
    going_on = sum(1 for _, _, m in found if _words_in(m.group("rest")) >= 3)
    if len(found) < _MIN_DASHED_BULLETS or len(found) * 4 < at_level * 3 or going_on * 2 < len(found):
        return []
    out = []
    for i, _, m in found:
        ln = doc.lines[i]
        at = ln.text.index(m.group("label"))
        out.append(Heading(None, _clean_title(m.group("label")), i, ln.start + at, ln.start + at + len(m.group("label"))))
    return out


_MD_LINK = re.compile(r"\[([^\]\n]*)\]\([^)\s]*\)")


def _link_free_title(doc: Minutes, ln: Line) -> str:
    """The line as a title, without the text of links that follow it ("... [Bildspel 1](#)")."""
    title = ln.text.strip()
    if ln.text:
        a = doc.original(ln.start)
        b = doc.text.find("\n", a)
        raw = doc.text[a:b if b >= 0 else len(doc.text)]
        for m in _MD_LINK.finditer(raw):
            label = m.group(1).strip()
            if label and title.endswith(label) and len(title) > len(label):
                title = title[: -len(label)].rstrip(" -–:|")
    return _clean_title(title)


_AGENDA_LABELS = frozenset(words.AGENDA_LABELS)
_DOT_LEADER = re.compile(r"^\s*(?P<title>\S.*?)\s*(?:\.\s*){2,}\s*\d{1,3}\s*$")


def _contents_lines(doc: Minutes) -> list[Heading]:
    """Entries of a table of contents, one a line with dot leaders ("Ekonomiskt bistånd... 6").

    A protocol's first page lists its paragraphs so; a copy cut off after the front page keeps
    only this list. Entries that name the front page ("Beslutande... 2") are no items.
    """
    lines = doc.lines
    # A label is a word of its line: look for it in the whole text first, then in each line.
    low = doc.clean.lower()
    labels = [w for w in words.AGENDA_LABELS if w in low]
    if not labels:
        return []
    aligned = len(low) == len(doc.clean)  # each character lower-cased to one
    for i, ln in enumerate(lines):
        if aligned and not any(w in low[ln.start:ln.start + len(ln.text)] for w in labels):
            continue
        if _AGENDA_LABELS.isdisjoint(_first_words(ln.text).split()):
            continue
        out: list[Heading] = []
        for j in range(i + 1, len(lines)):
            text = lines[j].text
            if not text.strip():
                continue
            m = _DOT_LEADER.match(text)
            if m is None:
                break
            title = m.group("title")
            if _first_words(title) in words.HEADER_LABELS:
                continue
            at = lines[j].start + m.start("title")
            out.append(Heading(None, _clean_title(title), j, at, at + len(title), j + 1))
        if len(out) >= 2:
            return out
    return []


# A dot leader and page number closing one entry of a contents list run together on one line.
_RUN_LEADER = re.compile(r"\s*\.{3,}\s*\d{1,3}(?=\s|$)")
_RUN_CONTENTS_LABEL = re.compile(r"(?<![\w-])(?:" + "|".join(words.CONTENTS_LABELS + words.UNNUMBERED_CONTENTS_LABELS)
                                 + r")\s*:?\s+(?=[A-ZÅÄÖ])", re.IGNORECASE)


def _dot_leader_runs(doc: Minutes) -> list[Heading]:
    """Entries of a table of contents with dot leaders, run together on one line after its label.

    "Ärenden Öppnande av mötet... 3 Val av sekreterare... 3 Ekonomi... 4 Nästa möte... 10": a
    stored copy of a protocol's front page lost its line breaks. The first entry starts right
    after the label; each later one right after the page number before it. Three entries make the
    list; entries that name the front page ("Beslutande... 2") are no items.
    """
    for i, ln in enumerate(doc.lines):
        text = ln.text
        if "..." not in text:
            continue
        leaders = list(_RUN_LEADER.finditer(text))
        if len(leaders) < 3:
            continue
        label = None
        for label in _RUN_CONTENTS_LABEL.finditer(text, max(0, leaders[0].start() - 120), leaders[0].start()):
            pass
        if label is None:
            continue
        out: list[Heading] = []
        begin = label.end()
        for m in leaders:
            raw = text[begin:m.start()]
            title = _clean_title(raw)
            if title and title[:1].isupper() and _words_in(title) <= 15 and (
                    _first_words(title) not in words.HEADER_LABELS):
                at = ln.start + begin + (len(raw) - len(raw.lstrip()))
                out.append(Heading(None, title, i, at, ln.start + m.start(), i + 1))
            begin = m.end()
        if len(out) >= 3:
            return out
    return []


# A diary reference that parts two entries of a contents line whose numbers were lost: "Dnr KS 2017/97-04",
# "Dnr KS 2016/" (its serial lost too) before the next entry; or one in brackets closing an entry, "(LS/540/2011)",
# "(KS 2011/45)", "(Dnr 2011/123)", kept with its entry. The group "gap" is what parts the two entries.
_PARTING_DIARY = re.compile(r"(?P<gap>\s+[Dd]nr\.?\s+(?:[A-ZÅÄÖ]{2,5}\s+)?(?:19|20)\d\d/[\d-]*\s+)(?=[A-ZÅÄÖ])"
                            r"|\((?:[Dd]nr\.?\s*)?[A-ZÅÄÖ]{0,5}\s?/?\s?(?:\d{1,5}/(?:19|20)\d\d|(?:19|20)\d\d/\d{1,5})\)"
                            r"(?P<gap2>\s+)(?=[A-ZÅÄÖ])")
_MIN_PARTING_DIARIES = 3


def _diary_parted_contents(doc: Minutes) -> list[Heading]:
    """The entries of a contents line that kept only its first number, each later one after its diary reference.

    "2(24) Ärendelista 11 Ändring i föredragningslistan Dnr KS 2017/97-04 Borgen Marnäsvikens trygga hem
    Dnr KS 2017/96-04 Medfinansiering Bergslagspendeln Dnr KS 2016/ Redovisning av ...": a stored copy
    lost the paragraph numbers after the first; the references still part the entries. Three references
    or more make the list; the first entry keeps its number, the others have none. An entry too long
    for a title ends the list, and the text after the last entry is cut off its title.
    """
    for i, ln in enumerate(doc.lines):
        text = ln.text
        if not (ln.page or len(text) > _RUN_ON_TEXT) or ("nr" not in text and ")" not in text):
            continue
        label = _CONTENTS_LABEL.search(text) if any(w in text.lower() for w in _CONTENTS_WORDS_ONCE) else None
        if label is None:
            continue
        first = _BARE_ENTRY.match(text, label.end())
        parts = list(_PARTING_DIARY.finditer(text, first.end())) if first is not None else []
        if first is None or len(parts) < _MIN_PARTING_DIARIES:
            continue
        gaps = [m.span("gap") if m.group("gap") else m.span("gap2") for m in parts]
        bounds = [(first.end(), gaps[0][0])] + [(a[1], b[0]) for a, b in pairwise(gaps)]
        bounds.append((gaps[-1][1], len(text)))
        out: list[Heading] = []
        for k, (a, b) in enumerate(bounds):
            raw = text[a:b]
            title = _inline_title(raw) if k + 1 == len(bounds) else _clean_title(_PAGE_AT_END.sub("", raw))
            if k == 0 and title and _words_in(title) > _MAX_ENTRY_WORDS and parts[0].group("gap2"):
                continue  # entries that had no reference run together before the first: the list goes on after them
            if not title or _words_in(title) > _MAX_ENTRY_WORDS:
                break
            out.append(Heading(first.group(1) if k == 0 else None, title, i, ln.start + a, ln.start + a + len(title),
                               i + 1))
        if len(out) > _MIN_PARTING_DIARIES:
            return out
    return []


_UNNUMBERED_CONTENTS = re.compile(
    r"^\s*(?:" + "|".join(re.escape(w) for w in words.UNNUMBERED_CONTENTS_LABELS) + r")\s*:?\s+(?=[A-ZÅÄÖ][a-zåäö])",
    re.IGNORECASE)
# A case number that ends an entry ("ÄLN 2017/", "KS 2017/123", "Dnr 2017.045").
_ENTRY_CASE_NUMBER = re.compile(r"(?:[A-ZÅÄÖ]{2,6}|[Dd]nr\.?)\s+\d{4}[/.:-]?\d*")
_MAX_ENTRY_WORDS = 15
_GLUED_PAGE_NUMBER = re.compile(r"(?<=[^\W\d_]{2})\d{1,3}(?=\s+[A-ZÅÄÖ][a-zåäö])")
_UNNUMBERED_CONTENTS_STARTS = tuple(words.UNNUMBERED_CONTENTS_LABELS)
# Each label without its first letter, in lower and upper case: a text with none of these has no label.
_UNNUMBERED_CONTENTS_STEMS = tuple({f(w[1:]) for w in words.UNNUMBERED_CONTENTS_LABELS for f in (str.lower, str.upper)})


def _may_hold_contents_label(text: str) -> bool:
    """False when `text` holds no label `_UNNUMBERED_CONTENTS` reads: none of `_UNNUMBERED_CONTENTS_STEMS`."""
    return any(stem in text for stem in _UNNUMBERED_CONTENTS_STEMS)


def _may_open_with_contents_label(text: str) -> bool:
    """False when `_UNNUMBERED_CONTENTS` cannot match the line `text`: it does not open with a label."""
    return text.lstrip()[:24].lower().startswith(_UNNUMBERED_CONTENTS_STARTS)


def _unnumbered_contents(doc: Minutes) -> list[Heading]:
    """Entries of a table of contents that lost their numbers, run together on the line of its label.

    "Innehållsförteckning Adjungering Fastställande av föredragningslista Välfärdsteknik ÄLN 2017/
    Regional överenskommelse om ...": an entry opens at each capitalised word (not after a
    preposition: "Cirkus i Glasriket") and ends at a case number. Three entries or more make the
    list; an entry as long as a sentence ends it.
    """
    if not _may_hold_contents_label(doc.clean):
        return []  # most texts: no label anywhere
    for i, ln in enumerate(doc.lines):
        if not _may_open_with_contents_label(ln.text):
            continue  # most lines: no label at their start
        label = _UNNUMBERED_CONTENTS.match(ln.text)
        if label is None:
            continue
        text = _ENTRY_CASE_NUMBER.sub(" | ", ln.text[label.end():])
        # "Innehållsförteckning: Kulturskolan avgifter...3 Motion demoex: Behåll datatekniker vid
        # Vallentuna Gymnasium...5 ...": dot leaders with page numbers end the entries. Between two
        # of them a capitalised word after a colon or after another capitalised word goes on the
        # entry ("Motion demoex: Behåll", "Vallentuna Gymnasium"); one after a lower-case word opens
        # the next entry, whose leader the copy lost.
        led = "..." in text and len(_RUN_LEADER.findall(text)) >= 3
        if led:  # a page number glued to the entry's last word is a leader the copy lost ("Roslagsvatten AB32")
            text = _GLUED_PAGE_NUMBER.sub(" | ", _RUN_LEADER.sub(" | ", text))
        entries: list[list[str]] = []
        for w in text.split():
            if w == "|":
                entries.append([])
                continue
            opens = w[:1].isupper() and w[1:2].islower()
            if opens and led and entries and entries[-1]:
                last = entries[-1][-1]
                opens = last[-1:].isalpha() and last[:1].islower()
            if not entries or (opens and entries[-1] and entries[-1][-1] not in _TITLE_PREPOSITIONS):
                entries.append([])
            entries[-1].append(w)
        out: list[Heading] = []
        for entry in filter(None, entries):
            if len(entry) > _MAX_ENTRY_WORDS:
                break
            out.append(Heading(None, _clean_title(" ".join(entry)), i, ln.start + label.end(), ln.end, i + 1))
        if len(out) >= 3:
            return out
    return []


# The label of a table of contents in capitals after a stored copy's page number, the page's running head after it
# up to the page number of the list: "1 i INNEHÅLLSFÖRTECKNING SSTYR, :00, Protokoll -1 Närvarande Sammanträdets
# laglighet och beslutförhet Protokollets justering ... Besvärsanvisning... 16" (`_paged_unnumbered_contents`).
_PAGED_CONTENTS_LABEL = re.compile(r"\s*(?:\d{1,3}\s+)?(?:[ivx]{1,4}\s+)?(?:INNEHÅLLSFÖRTECKNING|INNEHÅLL|ÄRENDEFÖRTECKNING)"
                                   r"\b(?:[^\n]{0,60}?\s-?\d{1,3}(?=\s+[A-ZÅÄÖ][a-zåäö]))?")
_RX_LABEL_THEN_NUMBER = re.compile(r"\s*(?:\d{1,3}\s+)?(?:[ivx]{1,4}\s+)?[A-ZÅÄÖ]+\s+\d")
_CONTENTS_LEADER_END = re.compile(r"\.{3,}\s*\d{1,3}\s*$")


# How the first word of a matter's title often ends, a noun of an act ("Anhållan", "Justering", "Godkännande"): such
# a word after a capitalised one (a name ending the entry before: "Arv av Bror Levi Söderståhl Anhållan om ...")
# opens the next entry. Lower case.
_TITLE_HEAD_ENDINGS = ("ande", "ende", "ning", "ring", "else", "llan", "älan")
_ENTRY_GOES_ON = frozenset(("och", "samt", "eller"))  # "Elena och Alexandru Marca": the entry goes on
_TITLE_DASHES = frozenset(("-", "–", "—"))
# The kind of matter a council's entry opens with, after an entry that ends on a capitalised word ("Delgivningar
# Motion av Fredric Olofsson ...", "... Gotlands fastigheter Interpellation. Vägbelysning ...").
_MATTER_OPENERS = frozenset(words.MATTER_OPENING_WORDS)


def _opens_contents_entry(last: str, word: str, after: list[str]) -> bool:
    """Whether `word` opens the next entry of contents run together (see `_paged_unnumbered_contents`), after the
    entry's word `last`: a capitalised word after a lower-case one that is no preposition nor "och", or after a
    capitalised one when it reads as a matter's first word (`_TITLE_HEAD_ENDINGS`, "För kännedom", a kind of matter:
    `_MATTER_OPENERS`) or the word before is a front page's label ("Närvarande"); never after a colon, a slash, a
    comma or a dash alone ("Motion av ... (skp) - Samordnat ungdomsarbete")."""
    if not (word[:1].isupper() and word[1:2].islower()) or last[-1:] in ":/,":
        return False
    if last in _TITLE_DASHES:
        return False  # "Motion av Fredric Olofsson (skp) - Samordnat ungdomsarbete": the motion's own title
    if last[:1].islower():
        return last not in _TITLE_PREPOSITIONS and last not in _ENTRY_GOES_ON
    return (word.casefold().endswith(_TITLE_HEAD_ENDINGS) or (word == "För" and after[:1] != [] and after[0].islower())
            or word.rstrip(".:;") in _MATTER_OPENERS or _is_excluded_heading(last))


def _paged_unnumbered_contents(doc: Minutes) -> list[Heading]:
    """Entries of a table of contents whose numbers were lost, run together on a stored copy's page line after
    its label in capitals (see above): an entry opens at each capitalised word after a lower-case word that is
    no preposition ("Arv av Bror Levi Söderståhl" is one); labels of the front page ("Närvarande") are none, and
    an entry with a dot leader and a page number ("Besvärsanvisning... 16") is an appendix, where the list ends.
    Three entries or more make the list."""
    if "INNEHÅLL" not in doc.clean and "ÄRENDEFÖRTECKNING" not in doc.clean:
        return []
    for i, ln in enumerate(doc.lines):
        label = _PAGED_CONTENTS_LABEL.match(ln.text) if (ln.page or ln.text[:6].lstrip()[:1].isdigit()) else None
        if label is None or ln.text[label.end(): label.end() + 4].strip()[:1].isdigit() \
                or _RX_LABEL_THEN_NUMBER.match(ln.text, label.start()):
            continue  # "INNEHÅLLSFÖRTECKNING 33 Delårsbokslut ...": the numbers kept, read elsewhere
        entries: list[list[str]] = []
        split = ln.text[label.end():].split()
        for k, w in enumerate(split):
            if not entries or (entries[-1] and _opens_contents_entry(entries[-1][-1], w, split[k + 1: k + 2])):
                entries.append([])
            entries[-1].append(w)
        out: list[Heading] = []
        for entry in entries:
            title = " ".join(entry)
            if _CONTENTS_LEADER_END.search(title) or len(entry) > _MAX_ENTRY_WORDS:
                break
            if not _is_excluded_heading(title):
                out.append(Heading(None, _clean_title(title), i, ln.start + label.end(), ln.end, i + 1))
        if len(out) >= 3:
            return out
    return []


# A contents label after a stored copy's page head on the page's line, the copy's page number first: the running head
# ("Byggnadsnämnden", "SAMMANTRÄDESPROTOKOLL Sid 19 (53)", "Sida 3 (41)", "3 (23)") is capitalised words and page
# marks only; the label's column heads ("SIDAN", "Sid", "Paragraf Ärende") and a dot leader may follow it
# (`_headed_unnumbered_contents`). A label right after the page number, no head between, is `_paged_unnumbered_contents`'s.
_HEADED_CONTENTS_LABEL = re.compile(
    r"\s*(?:\d{1,3}\s+)?(?P<head>(?:(?:[A-ZÅÄÖ][\wÅÄÖåäö-]*|\d{1,3}\s?\(\d{1,3}\)|Sida?\s\d{1,3})\s+){1,5}?)"
    r"(?:Innehållsförteckning|INNEHÅLLSFÖRTECKNING|Ärendeförteckning|ÄRENDEFÖRTECKNING|Ärendelista)\b[.:]*"
    r"(?:\s+(?:SIDAN|SIDA|SID|Sidan|Sida|Sid|sid|Paragraf|Ärende)\b\.?)*")
_ENTRY_NUMBER = re.compile(r"\d{1,3}")
_PAGE_NUMBER_END = re.compile(r"\s+\d{1,3}$")
_ESTATE_NUMBER = re.compile(r"\d{1,4}:\d{1,4}")  # a real estate's number after its name: "Bäcken 1:31"


def _opens_headed_entry(last: str, word: str, after: list[str]) -> bool:
    """Whether `word` opens the next entry of `_headed_unnumbered_contents` after the entry's word `last`: a real
    estate's name before its number ("... med en komplementbyggnad Järns-Korsgården 1:1 Rivning ...") does, the
    matter after that number ("1:1 Rivning") and after a figure of the title ("Montören 7 Tillbyggnad") does not;
    otherwise as `_opens_contents_entry`."""
    if last[:1].isdigit():
        return False
    if word[:1].isupper() and after and _ESTATE_NUMBER.fullmatch(after[0]):
        return True
    return _opens_contents_entry(last, word, after)


def _headed_unnumbered_contents(doc: Minutes) -> list[Heading]:
    """Entries of a table of contents whose numbers were lost, most or all, run together on a stored copy's page line
    after its running head and label (see above): "2 Byggnadsnämnden Innehållsförteckning 167 Fastställa dagordning
    Prognos Intern kontroll Detaljplan Sapphult ... 173 Montören 7 Tillbyggnad köpcentrum ...". An entry opens at a
    capitalised word as `_opens_contents_entry` tells, or at a number kept before one when it counts up from the last
    kept (its number then; "Montören 7 Tillbyggnad" goes on); a page number ending an entry is dropped. An entry as
    long as a sentence ends the list; three entries or more make it. Read only where the copy holds no paragraph
    of its own: one that does ("4 33 Delårsbokslut ... (Dnr 346/2006) På mycket kort tid ...") is read as found."""
    if "nnehåll" not in doc.clean and "NNEHÅLL" not in doc.clean and "rende" not in doc.clean:
        return []
    for i, ln in enumerate(doc.lines):
        if not (ln.page or ln.text[:4].lstrip()[:1].isdigit()):
            continue  # a stored copy's page line (its number cut, or still before the head)
        label = _HEADED_CONTENTS_LABEL.match(ln.text)
        if label is None or not any(c.isalpha() for c in label.group("head")):
            continue  # (a page mark alone, "2(24) Ärendelista ...", is no running head)
        entries: list[tuple[str | None, list[str]]] = []
        split = ln.text[label.end():].split()
        kept = -1
        for k, w in enumerate(split):
            after = split[k + 1: k + 2]
            if _ENTRY_NUMBER.fullmatch(w) and after and after[0][:1].isupper() and after[0][1:2].islower() \
                    and int(w) > kept and (not entries or int(w) > len(entries)):
                kept = int(w)
                entries.append((w, []))
                continue
            if not entries or (entries[-1][1] and _opens_headed_entry(entries[-1][1][-1], w, after)):
                entries.append((None, []))
            entries[-1][1].append(w)
        out: list[Heading] = []
        for number, entry in entries:
            title = _PAGE_NUMBER_END.sub("", " ".join(entry))
            if not entry or len(entry) > _MAX_ENTRY_WORDS:
                break
            if not _is_excluded_heading(title):
                out.append(Heading(number, _clean_title(title), i, ln.start + label.end(), ln.end, i + 1))
        if len(out) >= 3:
            return out
    return []


# A stored copy's page (its running head already cut) that opens with the heading of the paragraph the page begins
# with, its "§ N" lost, then its text: "Sammanträdets öppnande Kommunfullmäktiges ordförande öppnade ...",
# "Föredragningslistan och val av justerare Till att justera ...", a diary number perhaps before the heading ("Dnr:
# 452/ Val av ordförande och") (`_page_head_titles`).
_PAGE_HEAD_TITLE = re.compile(r"\s*(?:Dnr:?\s*[\d/.-]*\s+)?(?=[A-ZÅÄÖ][a-zåäö]+\s+[a-zåäö])")
# A paragraph's number kept after a full sentence on such a page: "... beslutfört. 2 Val av två protokollsjusterare".
_PAGE_SENTENCE_NUMBER = re.compile(r"(?<=[a-zåäö]\.)\s+(\d{1,3})\s+(?=[A-ZÅÄÖ][a-zåäö]+\s+[a-zåäö])")
_PAGE_TITLE_WORDS = 8  # words of such a heading at most


def _page_head_titles(doc: Minutes) -> list[Heading]:
    """The headings of paragraphs whose "§ N" was lost, each opening a stored copy's page after the first (see
    above), with the numbered ones after a full sentence on those pages: headings on two pages or more, each of
    two to `_PAGE_TITLE_WORDS` words with its text or the line's end after it. A label ("Sammanträdestid:") or a
    sentence (a full stop in it) is no heading."""
    pages = list(compress(count(), map(_IS_PAGE, doc.lines)))
    if len(pages) < 3:
        return []
    out: list[Heading] = []
    found = 0
    for i in pages[1:]:
        ln = doc.lines[i]
        head = _PAGE_HEAD_TITLE.match(ln.text)
        if head is None:
            continue
        title = _inline_title(ln.text[head.end(): head.end() + 120])
        after = ln.text[head.end() + len(title):].lstrip()
        if not 2 <= len(title.split()) <= _PAGE_TITLE_WORDS or ":" in title or "." in title \
                or _is_excluded_heading(title) or not (after == "" or after[:1].isupper()):
            continue
        found += 1
        out.append(Heading(None, title, i, ln.start + head.end(), ln.start + head.end() + len(title), i + 1))
        for m in _PAGE_SENTENCE_NUMBER.finditer(ln.text, head.end() + len(title)):
            numbered = _inline_title(ln.text[m.end(): m.end() + 120])
            if numbered:
                out.append(Heading(m.group(1), numbered, i, ln.start + m.end(), ln.start + m.end() + len(numbered),
                                   i + 1))
    return out if found >= 2 else []


# A decision's number alone on its line, its title on the next line with text, the diary number perhaps after it
# (a government's plenary minutes: "Nr 12" / "Kollektivtrafikutredningen 2014" / "ÅLR 2015/2242")
# (`_number_line_headings`).
_NUMBER_LINE = re.compile(r"\s*Nr\.?\s+(\d{1,4})\s*$")
_NUMBER_LINE_TITLE = 120  # characters of such a title at most


def _number_line_headings(doc: Minutes) -> list[Heading]:
    """The items of minutes whose decisions are numbered on lines of their own (see above): each "Nr N" line and
    the next line with text, a title of a capitalised word and no full stop at its end."""
    if "Nr" not in doc.clean:
        return []
    out: list[Heading] = []
    lines = doc.lines
    for i, ln in enumerate(lines):
        m = _NUMBER_LINE.match(ln.text) if ln.text.lstrip().startswith("Nr") else None
        if m is None:
            continue
        k = next((k for k in range(i + 1, min(len(lines), i + 4)) if lines[k].text.strip()), None)
        if k is None:
            continue
        title = lines[k].text.strip()
        if not title[:1].isupper() or title.endswith((".", ":")) or len(title) > _NUMBER_LINE_TITLE:
            continue
        start = lines[k].start + len(lines[k].text) - len(lines[k].text.lstrip())
        out.append(Heading(m.group(1), title, k, start, start + len(title)))
    return out


# A list of matters after its label whose numbers were lost but the first, the titles in capitals run together on
# one line: "Sammanträdets ärendelista 48 SAMMANTRÄDETS KONSTITUERANDE TILLKÄNNAGIVANDEN, DELGIVNINGAR OCH
# INFORMATION UPPSÄGNING AV RAI-AVTAL ... MÖTETS AVSLUTANDE, BESVÄRSANVISNING Sammanträdeskallelsen har ..."
# (`_capitals_run_list`).
_CAPITALS_LIST_LABEL = re.compile(r"(?i:ärendelista|ärendeförteckning|föredragningslista)\s+(?:(\d{1,3})\s+)?"
                                  r"(?=[A-ZÅÄÖ]{3,}[\s,]+[A-ZÅÄÖ]{2,})")
# Small words inside a title in capitals, after which no title begins; and how a title's first word, a noun of an
# act, often ends ("UPPSÄGNING", "TILLKÄNNAGIVANDEN"), or the definite genitive that begins one ("MÖTETS").
_CAPITALS_INNER = frozenset(("AV", "OCH", "I", "FÖR", "PÅ", "OM", "ATT", "SOM", "TILL", "MED", "ENLIGT", "VID",
                             "FRÅN", "INOM", "EFTER", "UNDER", "SAMT", "ELLER", "DEN", "DET", "DE", "EN", "ETT"))
_CAPITALS_HEAD_ENDINGS = ("NING", "RING", "ANDE", "ANDEN", "ENDE")
_CAPITALS_LIST_LEAST = 3  # titles the run must give


# Small words of place or matter after a title's noun: "KLAGOMÅL PÅ BILAR", "ANSÖKAN OM BIDRAG".
_CAPITALS_OF_MATTER = frozenset(("AV", "PÅ", "OM", "FÖR", "TILL", "MED"))


def _noun_after_two_nouns(title: list[str], word: str, nxt: str) -> bool:
    """Whether `word`, followed by a small word of matter (`nxt`), opens a new title after a title that ends in
    two words that are no small words ("REMISSUTLÅTANDE ARBETSTIDSLAG | KLAGOMÅL PÅ BILAR ..."): not after a small
    word ("ÖVERGÅNGSBESTÄMMELSER I GRUNDAVTALET FÖR KST") nor after a title's first word alone ("NY INSTRUKTION
    FÖR")."""
    return (nxt in _CAPITALS_OF_MATTER and len(title) >= 2 and word.isalpha()
            and not any(w in _CAPITALS_INNER or not w.isalpha() for w in title[-2:]))


def _opens_capitals_title(last: str, word: str) -> bool:
    """Whether `word` opens the next title of a run of titles in capitals (see above), after the word `last`:
    never after a small word, a comma or a genitive ("SAMMANTRÄDETS KONSTITUERANDE"); after a colon or a bracket
    ("RIÄNGEN 3: INITIATIV", "(TS OCH AKTA) HÅLLBARHETS-"); or when it reads as a title's first word."""
    word = word.rstrip(",;")
    if last in _CAPITALS_INNER or word in _CAPITALS_INNER or last.endswith(","):
        return False
    if last.endswith((":", ")")):
        return True
    if last.endswith("S") and last.isalpha():
        return False
    return word.endswith(_CAPITALS_HEAD_ENDINGS) or (word.endswith("ETS") and len(word) > 4)


# A meeting's timetable kept as a flattened table: its column heads "Tid", "Ämne" (or "Ärende", "Punkt") and
# "Föredragande" on lines of their own, then for each matter its starting hour on a line ("8:05", "08:55") with
# its length under or beside it ("(50 min)"), the matter's title on the next line and its presenters on the lines
# after. Breaks ("Ajournering", "Bensträckare 10 min") and group heads ("Föredragningar av övriga ärenden") stand
# between the slots without an hour of their own.
_TIMETABLE_HEADS = (("tid",), ("ämne", "ärende", "punkt", "aktivitet"), ("föredragande", "ansvarig", "presentatör"))
_TIMETABLE_HEAD_REACH = 8  # lines from the first column head to the last
_SLOT_HOUR = re.compile(r"\s*(?:kl\.?\s*)?[0-2]?\d[:.][0-5]\d(?:\s*\(\s*\d{1,3}\s*min\.?\s*\))?\s*")
_SLOT_LENGTH = re.compile(r"\s*\(\s*\d{1,3}\s*min\.?\s*\)\s*")
_TIMETABLE_LEAST = 3


def _timetable_head_end(doc: Minutes, i: int) -> int | None:
    """The index of the line after the timetable's column heads (`_TIMETABLE_HEADS`) when line `i` is the first."""
    want, k = 0, i
    while k < len(doc.lines) and k - i <= _TIMETABLE_HEAD_REACH and want < len(_TIMETABLE_HEADS):
        word = doc.lines[k].text.strip().rstrip(":").lower()
        if word:
            if word not in _TIMETABLE_HEADS[want]:
                return None
            want += 1
        k += 1
    return k if want == len(_TIMETABLE_HEADS) else None


def _timetable_slots(doc: Minutes) -> list[Heading]:
    """The matters of a timetable (see above): the title line after each hour; `_TIMETABLE_LEAST` or more."""
    for i, ln in enumerate(doc.lines):
        if ln.text.strip().rstrip(":").lower() != "tid":
            continue
        k = _timetable_head_end(doc, i)
        if k is None:
            continue
        out: list[Heading] = []
        while k < len(doc.lines):
            if not _SLOT_HOUR.fullmatch(doc.lines[k].text):
                k += 1
                continue
            k += 1  # the title: the next line with text that is no length of the slot
            while k < len(doc.lines) and (not doc.lines[k].text.strip() or _SLOT_LENGTH.fullmatch(doc.lines[k].text)):
                k += 1
            if k == len(doc.lines) or _SLOT_HOUR.fullmatch(doc.lines[k].text):
                continue
            line = doc.lines[k]
            title = _clean_title(line.text)
            if title and _words_in(title) <= _MAX_ENTRY_WORDS:
                at = line.start + len(line.text) - len(line.text.lstrip())
                out.append(Heading(None, title, k, at, at + len(title)))
            k += 1
        if len(out) >= _TIMETABLE_LEAST:
            return out
    return []


def _capitals_run_list(doc: Minutes) -> list[Heading]:
    """The titles of such a list (see above), the first with its number; `_CAPITALS_LIST_LEAST` or more."""
    for i, ln in enumerate(doc.lines):
        low = ln.text.lower()
        if "lista" not in low and "förteckning" not in low:
            continue
        m = _CAPITALS_LIST_LABEL.search(ln.text)
        if m is None:
            continue
        words_run: list[tuple[int, str]] = []
        for w in re.finditer(r"\S+", ln.text[m.end():]):
            letters = [c for c in w.group(0) if c.isalpha()]
            if letters and not all(c.isupper() for c in letters):
                break  # the text after the list
            words_run.append((m.end() + w.start(), w.group(0)))
        titles: list[list[tuple[int, str]]] = []
        for n, (at, word) in enumerate(words_run):
            nxt = words_run[n + 1][1] if n + 1 < len(words_run) else ""
            if not titles or _opens_capitals_title(titles[-1][-1][1], word) or _noun_after_two_nouns(
                    [w for _, w in titles[-1]], word, nxt):
                titles.append([])
            titles[-1].append((at, word))
        if len(titles) < _CAPITALS_LIST_LEAST:
            continue
        out: list[Heading] = []
        for k, title in enumerate(titles):
            start, end = title[0][0], title[-1][0] + len(title[-1][1])
            text = _clean_title(ln.text[start:end])
            out.append(Heading(m.group(1) if k == 0 else None, text, i, ln.start + start, ln.start + end, i + 1))
        return out
    return []


_GAP_TITLE_WORDS = 10  # words of a title found in a gap at most
_GAP_MOST = 3  # numbers a gap may miss


def _opens_loose_entry(last: str, word: str) -> bool:
    """Whether a capitalised word opens the next of titles run together, after `last`, a word no preposition nor
    "och" that ends in a letter."""
    return (word[:1].isupper() and word[1:2].islower() and last[-1:].isalpha()
            and last.casefold() not in _TITLE_PREPOSITIONS and last.casefold() not in _ENTRY_GOES_ON)


def _gap_titles(doc: Minutes, heads: list[Heading]) -> list[Heading]:
    """Titles whose numbers a copy lost, run together after the title before them on one line: "372 Budget 2011
    samt ekonomiplan för åren Avgifter Anhållan om omdisponering av investeringsanslag 375 Hemställningsmotion"
    (373 and 374 eaten with the year). Where two headings of one line skip one to `_GAP_MOST` numbers and the
    text from the first title up to the next number splits into exactly one title more than the numbers missed
    (an entry opens as in `_opens_contents_entry`), the parts after the first are unnumbered headings. Where a
    number a gap misses stands inside a title, the numbers are misread, not lost: nothing is split."""
    for h, after in pairwise(heads):
        if h.number and after.number and h.number.isdecimal() and after.number.isdecimal() and after.line == h.line \
                and 1 < int(after.number) - int(h.number) <= _GAP_MOST + 1:
            stretch = doc.clean[h.start: after.start]
            if "/" in stretch and len(_CUT_DIARY.findall(stretch)) == int(after.number) - int(h.number) - 1:
                continue  # each number lost with a diary number's serial: a day after them ("8 mars") is no misread
            between = stretch.split()
            if any(str(n) in between for n in range(int(h.number) + 1, int(after.number))):
                return heads  # "gemensamt 97 barn- och ...": a missed number stands inside a title, not lost
    out: list[Heading] = []
    for k, h in enumerate(heads):
        out.append(h)
        nxt = heads[k + 1] if k + 1 < len(heads) else None
        if nxt is None or nxt.line != h.line or not (h.number and nxt.number and h.number.isdecimal()
                                                     and nxt.number.isdecimal()):
            continue
        missed = int(nxt.number) - int(h.number) - 1
        if not 1 <= missed <= _GAP_MOST:
            continue
        stretch = doc.clean[h.start: nxt.start]
        mark = re.search(r"\s§?\s*\d{1,4}\.?\s*$", stretch)  # the next number, when the heading begins after it
        by_diary = _titles_between_cut_diaries(h, stretch[: mark.start() if mark else None], missed)
        if by_diary:
            out[-1] = by_diary[0]
            out.extend(by_diary[1:])
            continue
        words_at = [(h.start + w.start(), w.group(0)) for w in re.finditer(r"\S+", stretch[: mark.start() if mark else None])]
        if words_at and words_at[0][1].lstrip("§").rstrip(".") == h.number:
            words_at = words_at[1:]  # the heading's own number
        words_at = [(at, word) for n, (at, word) in enumerate(words_at)  # "Dnr 2013/": a diary number, no title's
                    if word != "Dnr" and not (n and words_at[n - 1][1] == "Dnr" and word[:1].isdigit())]
        parts: list[list[tuple[int, str]]] = []
        for at, word in words_at:
            if not parts or _opens_contents_entry(parts[-1][-1][1], word, []):
                parts.append([])
            parts[-1].append((at, word))
        if len(parts) < missed + 1:
            # "Skatteredovisning per mars Bokslut Verksamhets- och ekonomiplan Skyltar till Kasberg": a title of
            # one word before the next ("Bokslut"); where every capitalised word after one that is no small word
            # gives exactly the titles missed, each is one
            loose: list[list[tuple[int, str]]] = []
            for at, word in words_at:
                if not loose or _opens_loose_entry(loose[-1][-1][1], word):
                    loose.append([])
                loose[-1].append((at, word))
            parts = loose if len(loose) == missed + 1 else parts
        if len(parts) != missed + 1 or any(len(p) > _GAP_TITLE_WORDS for p in parts):
            continue
        first = parts[0]
        out[-1] = replace(h, title=_clean_title(" ".join(w for _, w in first)), end=first[-1][0] + len(first[-1][1]))
        for part in parts[1:]:
            end = part[-1][0] + len(part[-1][1])
            out.append(Heading(None, _clean_title(" ".join(w for _, w in part)), h.line, part[0][0], end))
    return out


# A diary number whose serial a copy lost together with the next entry's number, after an entry's title: "8.
# Årsredovisning RFUL 2012/ Mälarting 2014 RFUL 2014/ AERs Årsmöte 2014 RFUL ... 11. Möte ...", "7 Verksamhetsplan
# ... 2017 KS-2016/ Huddinge brottsförebyggande råds remissvar ... KS-2016/ Riktlinjer mot klotter ...", "Dnr KS
# 2016/ ...": the register's letters (group "code"), the year, the slash and nothing after it.
_CUT_DIARY = re.compile(r"(?<!\S)(?:Dnr\.?:?\s*)?(?P<code>[A-ZÅÄÖ]{2,5})(?:-|\s)(?:19|20)\d\d/(?=\s+[A-ZÅÄÖ])")
# A clock, perhaps after the day of the week, that ends an entry's title ("Mötestider 2017 Onsdagar kl.15:30-17:30").
_CLOCK_IN_ENTRY = re.compile(r"\s(?:(?:[Mm]ån|[Tt]is|[Oo]ns|[Tt]ors|[Ff]re|[Ll]ör|[Ss]ön)dag(?:ar|en)?\s+)?(?:kl\.?\s*)?"
                             r"\d{1,2}[:.]\d{2}\b")


def _titles_between_cut_diaries(h: Heading, stretch: str, missed: int) -> list[Heading]:
    """The heading `h` and the entries after it whose numbers were lost with the serials of the diary numbers that
    end each entry (see `_CUT_DIARY`), where there are as many such diary numbers as numbers missed before the next
    heading (`stretch`: from `h`'s start up to the next heading's number). Each entry runs from one diary number to
    the next: its title as long as it is written ("Huddinge brottsförebyggande råds remissvar på motion väckt av
    ... (SD) - Utred möjlighet till ..."); the last ends at its register's letters left alone ("AERs Årsmöte 2014 RFUL
    Information/Rapporter") or at a clock ("Mötestider 2017 Onsdagar kl.15:30-17:30 8 mars ..."). Empty unless each
    title opens with a capital."""
    refs = list(_CUT_DIARY.finditer(stretch)) if "/" in stretch else []
    if len(refs) != missed:
        return []
    first = re.match(r"\s*§?\s*(\d{1,4})\.?\s+", stretch)
    begin = first.end() if first and first.group(1) == h.number else 0
    pieces = [(begin, refs[0].start()), *((a.end(), b.start()) for a, b in pairwise(refs)), (refs[-1].end(), len(stretch))]
    codes = {m.group("code") for m in refs}
    out: list[Heading] = []
    for n, (a, b) in enumerate(pieces):
        raw = stretch[a:b]
        if n == len(pieces) - 1:
            code = next((m.start() for m in re.finditer(r"\S+", raw) if m.group(0) in codes), None)
            clock = _CLOCK_IN_ENTRY.search(raw)
            raw = raw[:min(x for x in (code, clock.start() if clock else None, len(raw)) if x is not None)]
        title = _clean_title(raw.strip().rstrip("."))
        if not title[:1].isupper():
            return []
        at = h.start + a + len(raw) - len(raw.lstrip())
        if n == 0:
            out.append(replace(h, title=title, end=at + len(raw.strip())))
        else:
            out.append(Heading(None, title, h.line, at, at + len(raw.strip())))
    return out


# An entry of an agenda run on with dashes, its presenter after its title ("- Upphandling av
# Öresundståg 2020 Föredras av Jakob Ek - Remissvar; ..."): the title, then the presenter label.
_PRESENTED_ENTRY = re.compile(r"(?:^|\s)[-–]\s+(?P<title>[A-ZÅÄÖ][^\n]{2,200}?)\s+(?:"
                              + _alternation(words.PRESENTER_LABELS) + r")", re.IGNORECASE)
_PREPARED_FOR = re.compile(r"(?<![\w-])(?:" + _alternation(words.PREPARED_FOR_LABELS)
                           + r")\s+(?P<body>[\wåäöÅÄÖ-]+)\s*:?\s*$", re.IGNORECASE)


def _presented_entries(doc: Minutes) -> list[Heading]:
    """Unnumbered matters run on with dashes on one line, each title followed by who presents it.

    "Föredragningar Beredning inför regionstyrelsen - Delårsrapport per den 30 april 2018 Föredras
    av Anna Berg - Aktualisering av ... Föredras av ...": two entries or more on a line make the list.
    """
    for ln in doc.lines:
        if "-" not in ln.text and "–" not in ln.text:
            continue
        marks = list(_PRESENTED_ENTRY.finditer(ln.text))
        if len(marks) < 2:
            continue
        out = []
        for m in marks:
            title = _clean_title(m.group("title"))
            start = ln.start + m.start("title")
            out.append(Heading(None, title, _line_of(doc, start), start, start + len(title)))
        return out
    return []


def prepared_for(doc: Minutes, heads: Sequence[Heading]) -> str | None:
    """The body the run of `heads` is prepared for, named by a group heading right before the first.

    "Beredning inför regionstyrelsen - Delårsrapport ...": the matters go on to the regionstyrelse,
    so they are referred there. None when no such heading stands there.
    """
    if not heads:
        return None
    first = heads[0].start
    before = doc.clean[max(0, first - 80):first].rstrip(" -–\t")
    m = _PREPARED_FOR.search(before)
    return m.group("body")[:1].upper() + m.group("body")[1:] if m else None


_BULLETED_LEAD = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in words.BULLETED_MATTERS_LEADS)
                            + r")(?![\w-])")
_MAX_STOPPED_SHARE = 0.5  # bullets under a lead that names them: sentences (a summary of decisions) above this


def _listed_matters(doc: Minutes) -> list[Heading]:
    """Bullets under a line that introduces them as the matters dealt with ("Beslut togs i följande ärenden:").

    A lead that names them without "följande" ("Frågor som togs upp var bl a:", "Sammanfattning av mötet:") heads
    them too where they read as topics: most end without a full stop ("Tiopunktslistan från LRF till Länsstyrelsen
    – hur går vi ...?", "Övriga frågor"). Bullets of sentences under it ("Styrelsen beslutade att amortera ...")
    summarise the meeting: no items.
    """
    lines = doc.lines
    for i, ln in enumerate(lines):
        t = _first_words(ln.text)
        if not ln.text.rstrip().endswith(":"):
            continue
        named = _BULLETED_LEAD.search(t) is not None and not _LIST_LEAD.search(t)
        if not named and not _LIST_LEAD.search(t):
            continue
        content = []
        for j in range(i + 1, len(lines)):
            text = lines[j].text
            if text.strip() and not _bullet_text(lines[j]) and not text.startswith((" ", "\t")):
                break  # a paragraph of its own ends the list
            content.append(j)
        heads = _top_bullets_of(lines, content)
        if named and sum(lines[h.line].text.rstrip().endswith(".") for h in heads) > len(heads) * _MAX_STOPPED_SHARE:
            continue
        if len(heads) >= 2:
            return heads
    return []


_MATTERS_DEALT_WITH = frozenset(words.MATTERS_DEALT_WITH_LABELS)
_MAX_LEAD_WORDS = 6
_MAX_LISTED_PARAGRAPH_WORDS = 15
_MAX_AFTER_STOP_WORDS = 2  # "Fastställande av Dagordning. Godkänd": the title, then its outcome
_MIN_LISTED_PARAGRAPHS = 3
_CLOSING = frozenset(words.CLOSING_WORDS)


def _listed_paragraph_lead(text: str) -> bool:
    """A line of its own that introduces the matters dealt with: "Ärenden som behandlats:"."""
    t = text.strip()
    if not t.endswith(":") or len(t.split()) > _MAX_LEAD_WORDS:
        return False
    first = _first_words(t)
    return first in _MATTERS_DEALT_WITH or _LIST_LEAD.search(first) is not None


_LEAD_STEMS = ("ehandl", "öljande")  # every lead says "behandla..." or "följande" (tests check the word lists)


def _listed_paragraph_lead_line(doc: Minutes) -> int | None:
    """The first line that is a lead (see `_listed_paragraph_lead`), found from where its words stand."""
    clean, lines = doc.clean, doc.lines
    starts: list[int] | None = None
    best: int | None = None
    for stem in _LEAD_STEMS:
        at = clean.find(stem)
        while at >= 0:
            if starts is None:
                starts = list(map(_START_OF, lines))
            k = bisect_right(starts, at) - 1
            if best is not None and k >= best:
                break
            if lines[k].text.rstrip().endswith(":") and _listed_paragraph_lead(lines[k].text):
                best = k
                break
            at = clean.find(stem, lines[k].start + len(lines[k].text))
    return best


def _listed_paragraph(t: str) -> bool:
    """Whether a paragraph under such a lead is a matter of its own, not the text of the one above.

    A matter is one short sentence ("Ansvarsfrihet för styrelsen beviljades.", "Inkomna motioner"),
    perhaps with its outcome after it ("Fastställande av Dagordning. Godkänd"). Not a matter: a
    longer paragraph; one that only says there was none ("Inga inkomna motioner"); a proposal with
    the decision on it added at its end ("Förstärkning av färjbåtar, ca 5000 kr Beviljades").
    """
    split = t.split()
    if not split or len(split) > _MAX_LISTED_PARAGRAPH_WORDS or not t[:1].isupper():
        return False
    if split[0].lower() in ("inga", "ingen", "inget"):
        return False
    last = split[-1].rstrip(".!")
    if len(split) > 1 and last[:1].isupper() and split[-2][-1:] not in ".!?:" and (
            _tells_outcome(last.lower())):
        return False
    stop = _INNER_SENTENCE_END.search(t)
    return stop is None or len(t[stop.end():].split()) <= _MAX_AFTER_STOP_WORDS


def _listed_paragraphs(doc: Minutes) -> list[Heading]:
    """Paragraphs under a line that introduces them as the matters dealt with, each a matter.

    "Ärenden som behandlats:" / "Fastställande av Dagordning. Godkänd" / "Val av ordförande och
    sekreterare blev ..." / ...: minutes that write each point as one short paragraph, its title
    and its outcome at once, with no number. Longer paragraphs between them are the text of the
    matter above. The list ends where the meeting is closed ("Mötet avslutades 15.00").
    """
    lines = doc.lines
    lead = _listed_paragraph_lead_line(doc)
    if lead is None:
        return []
    out: list[Heading] = []
    for i in range(lead + 1, len(lines)):
        ln = lines[i]
        t = ln.text.strip()
        if not t:
            continue
        if _bullet_text(ln) is not None or ln.level:
            return []  # bullets or marked headings: another layout
        if any(w in _CLOSING for w in t.lower().split()[:3]) or _first_words(t) in words.SIGNATURES:
            break
        blank_around = (not lines[i - 1].text.strip()) and (i + 1 == len(lines) or not lines[i + 1].text.strip())
        if blank_around and _listed_paragraph(t):
            out.append(Heading(None, _clean_title(t), i, ln.start, ln.end))
    return out if len(out) >= _MIN_LISTED_PARAGRAPHS else []


def _top_bullets_of(lines: Sequence[Line], content: Sequence[int]) -> list[Heading]:
    """Every top-level bullet of `content` as an item (its sub-bullets and wrapped lines are its text)."""
    tops = [(j, b) for j in content if (b := _bullet_text(lines[j]))]
    if not tops:
        return []
    top = min(b[0] for _, b in tops)
    rows = [(j, b[1]) for j, b in tops if b[0] == top]
    out = []
    for k, (j, text) in enumerate(rows):
        ln = lines[j]
        nxt = rows[k + 1][0] if k + 1 < len(rows) else content[-1] + 1
        out.append(Heading(None, _clean_title(_first_sentence(text)), j, ln.start + ln.text.index(text), ln.end, nxt))
    return out


_SENTENCE_BREAK = re.compile(r"(?<=[^\s.]{2})[.!?]\s+(?=[\"”A-ZÅÄÖ])")


def _first_sentence(text: str) -> str:
    """The first sentence of a bullet long as a paragraph (a decided matter, then its reasons); a
    short bullet keeps all its text ("Vårmötet blir en endagsresa med båt. Silja Line 27 maj")."""
    if len(text) <= 200:
        return text
    for m in _SENTENCE_BREAK.finditer(text):
        head = text[:m.start()]
        if head.split()[-1].lower() + "." in _ABBREVIATIONS:
            continue  # "bl.a. Region ..." goes on
        return head if _words_in(head) >= 3 else text
    return text


_MIN_SENTENCE_BULLETS = 6
_LISTED_BULLET_WORDS = 10  # a short bullet after one that ends in a colon is an entry of its list


def _sentence_bullets(doc: Minutes) -> list[Heading]:
    """Minutes written wholly as bullets of sentences, with no heading at all: each bullet is a matter.

    " • Mötet godkände dagordningen." / " • Yvonne Granli valdes till mötessekreterare." / " • Föreningen
    gläds åt sju nya medlemmar: ...": six bullets or more at one indentation, nothing but them (and
    their wrapped lines) from the first to the last, most of them ending a sentence. The title is the
    bullet's first sentence. Short bullets right after one that ends in a colon ("... spikade 2024.
    Följande:" / "• Stadshotellet i Åmål, (spikat) start 7 jan.") are entries of its list, no items.
    """
    lines = doc.lines
    rows = [(j, b) for j, ln in enumerate(lines) if (b := _bullet_text(ln)) is not None]
    if len(rows) < _MIN_SENTENCE_BULLETS or len({b[0] for _, b in rows}) != 1:
        return []
    first, last = rows[0][0], rows[-1][0]
    if any(lines[k].text.strip() and not lines[k].text[:1].isspace() and _bullet_text(lines[k]) is None
           for k in range(first, last + 1)):
        return []  # a heading or a paragraph at the margin between the bullets
    if any(ln.text.rstrip().endswith(".") and ":" not in ln.text for ln in lines[:first]):
        return []  # prose at the margin opens the notes ("Ordföranden hälsar välkommen ..."): bullets of discussion
    texts = [b[1].rstrip() for _, b in rows]
    if sum(1 for t in texts if t.endswith((".", "!", "?", ")"))) * 2 < len(texts) * 1 or any(
            _is_excluded_heading(t) for t in texts):
        return []
    out: list[Heading] = []
    listing = False
    for k, (j, (_, text)) in enumerate(rows):
        if listing and _words_in(text) <= _LISTED_BULLET_WORDS:
            continue
        listing = text.rstrip().endswith(":")
        nxt = next((r[0] for r in rows[k + 1:] if not (listing and _words_in(r[1][1]) <= _LISTED_BULLET_WORDS)),
                   last + 1)
        title = _clean_title(_bullet_first_sentence(text))
        if title:
            ln = lines[j]
            out.append(Heading(None, title, j, ln.start + ln.text.index(text), ln.end, nxt))
    return out if len(out) >= _MIN_SENTENCE_BULLETS else []


def _bullet_first_sentence(text: str) -> str:
    """A bullet's first sentence, whatever its length ("Kassören redogjorde för avgifterna. De går åt till ...")."""
    for m in _SENTENCE_BREAK.finditer(text):
        head = text[:m.start()]
        if head.split()[-1].lower() + "." in _ABBREVIATIONS:
            continue
        return head if _words_in(head) >= 2 else text
    return text


def _headings_over_bullets(doc: Minutes) -> list[Heading]:
    """Short lines that head a bullet list ("Omvärldsbevakning" / "•  Ingen ny information ...").

    Notes typed in Word often have no blank lines: a heading stands between the last bullet of
    one list (or its wrapped line) and the first bullet of the next, or above one sentence that
    leads into the list.
    """
    lines = doc.lines
    out: list[Heading] = []
    empty: list[tuple[int, int]] = []  # a heading with no bullets under it: its line and the next heading's
    for i, ln in enumerate(lines):
        t = ln.text.strip()
        if (not t or len(t) > 60 or _words_in(t) > 8 or _bullet_text(ln) or "\t" in ln.text
                or not _RX_HEADINGS_OVER_BULLETS_1.match(t) or t.endswith((".", ",", ";"))):
            continue
        if _is_excluded_heading(t) or _title_line(t, i, lines) or i == 0:
            continue
        below = [j for j in range(i + 1, min(i + 4, len(lines))) if lines[j].text.strip()]
        if not below:
            continue
        first = lines[below[0]]
        if t.endswith(":") and (_bullet_text(first) is None or _words_in(t) < 3 or _LIST_LEAD.search(t.lower())):
            # "Synpunkter som kom upp:" right over its bullets heads them; "Beslut:" is a sub-heading, and
            # "Beslut togs i följande ärenden:" leads into the items themselves.
            continue
        if ln.text[:1].isspace() and i > 0 and lines[i - 1].text.strip() and (
                _bullet_text(lines[i - 1]) is not None or lines[i - 1].text[:1].isspace()):
            continue  # "- Kontakt tas med ..." / "  Magnus Johansson om ...": a bullet's wrapped line
        leads_in = (not _bullet_text(first) and first.text.strip().endswith(".") and len(below) > 1
                    and _bullet_text(lines[below[1]]) is not None)
        above = next((lines[j] for j in range(i - 1, -1, -1) if lines[j].text.strip()), None)
        if not (_bullet_text(first) or leads_in):
            if above is not None and _bullet_text(above) is not None and not t.endswith(":"):
                empty.append((i, below[0]))  # kept aside: a heading if the next line heads the next list
            continue
        if above is not None and _first_words(above.text) in words.HEADER_LABELS:
            continue
        out.append(Heading(None, _clean_title(t), i, ln.start + ln.text.index(t), ln.start + ln.text.index(t) + len(t)))
    if empty and len(out) >= 2:
        # "• Bengt Oberger valdes." / "Anmärkningar från senaste mötesprotokollet" / "FDC-ansökan" / "• Ansökan ...":
        # a heading between the last bullet of one list and the next heading, its item with nothing noted
        heads = {h.line for h in out}
        for i, nxt in empty:
            if nxt in heads:
                t = lines[i].text.strip()
                at = lines[i].start + lines[i].text.index(t)
                out.append(Heading(None, _clean_title(t), i, at, at + len(t)))
        out.sort(key=lambda h: h.line)
    return out


# A lettered point: "A/ Handlingsplan kosten", "B) Budget", perhaps behind a bullet mark.
_LETTERED = re.compile(r"^\s*(?:[-*•–+·▪]\s+)?([A-ZÅÄÖ])\s?[/)]\s*(?P<title>[A-ZÅÄÖ0-9].*)$")


_SPACE_AND_BULLETS = " \t" + _BULLETS


def _lettered_headings(doc: Minutes) -> list[Heading]:
    """Points lettered A, B, C, ... in order ("A/ Handlingsplan kosten" ... "E/ Information").

    A meeting portal's page lists a body's information points so; the letters must run from A
    without a gap, three or more of them, each a short title.
    """
    clean = doc.clean
    if "A/" not in clean and "A)" not in clean and "A /" not in clean and "A )" not in clean:
        return []  # most minutes: no point A
    found: list[tuple[int, str, int, str]] = []
    for i, ln in enumerate(doc.lines):
        t = ln.text.lstrip(_SPACE_AND_BULLETS)
        if len(t) < 4 or (t[1:2] not in "/)" and t[2:3] not in "/)"):
            continue  # most lines: no letter and slash or bracket where a lettered point has them
        m = _LETTERED.match(ln.text)
        if m is None or len(m.group("title")) > 100 or m.group("title").rstrip().endswith("."):
            continue
        letter = m.group(1)
        if letter == "A":
            if len(found) >= 3:
                break  # a second run of letters: the first is the list
            found = []
        elif not found or ord(letter) != ord(found[-1][1]) + 1:
            continue
        found.append((i, letter, ln.start + m.start(1), m.group("title")))
    if len(found) < 3:
        return []
    out = []
    for k, (i, letter, start, title) in enumerate(found):
        end = found[k + 1][0] if k + 1 < len(found) else None
        out.append(Heading(letter, _clean_title(title), i, start, doc.lines[i].end, end))
    return out


# A bulleted heading numbered as the agenda numbers it, a letter after some numbers: "• 2a Budgetförslag 2023", "• 2b
# Verksamhetsplan ...", "• 3 Ledarsatsningen" (a report of the points the meeting chose). Group 1 the number, 2 the
# letter.
_LETTER_NUMBERED_BULLET = re.compile(r"\s*[•·▪*–-]\s*(\d{1,3})([a-h])?\s+(?P<title>[A-ZÅÄÖ][^\n]{1,80})")
_LETTER_NUMBERED_MARKS = ("•", "·", "▪", "*", "–", "-")


def _letter_numbered_bullets(doc: Minutes) -> list[Heading]:
    """Bulleted headings numbered with the agenda's numbers, some with a letter after the number (see
    `_LETTER_NUMBERED_BULLET`): two or more in rising order, one at least with a letter, each a short title
    without a stop and with text below it (not a bulleted list of sentences)."""
    found: list[tuple[int, str, tuple[int, str], int, str]] = []
    lines = doc.lines
    for i, ln in enumerate(lines):
        t = ln.text.lstrip()
        if not t.startswith(_LETTER_NUMBERED_MARKS) or not t[1:4].lstrip()[:1].isdecimal():
            continue
        m = _LETTER_NUMBERED_BULLET.fullmatch(ln.text.rstrip())
        if m is None or m.group("title").endswith((".", ":", ";", ",")):
            continue
        key = (int(m.group(1)), m.group(2) or "")
        if found and key <= found[-1][2]:
            return []  # not in rising order: a list of amounts or counts, no headings
        found.append((i, m.group(1) + (m.group(2) or ""), key, ln.start + m.start(1), m.group("title")))
    if len(found) < 2 or not any(key[1] for _, _, key, _, _ in found):
        return []
    for (i, *_rest), (j, *_next) in pairwise(found):
        if not any(lines[k].text.strip() for k in range(i + 1, j)):
            return []  # no text between two entries: a list, not headings over text
    out = []
    for k, (i, number, _key, start, title) in enumerate(found):
        end = found[k + 1][0] if k + 1 < len(found) else None
        out.append(Heading(number, _clean_title(title), i, start, lines[i].end, end))
    return out


_LETTERED_LOWER = re.compile(r"^\s*([a-zåäö])[).]\s+(?P<title>[A-ZÅÄÖ0-9].*)$")
_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV",
          "XVI", "XVII", "XVIII", "XIX", "XX")
_ROMAN_NUMBERED = re.compile(r"^\s*([IVX]{1,5})[.)]\s+(?P<title>[A-ZÅÄÖ0-9].*)$")


def _sequence_headings(doc: Minutes, pattern: re.Pattern[str], marks: Sequence[str]) -> list[Heading]:
    """Headings marked with `marks` in order from the first ("a) ... b) ... c)", "I. ... II. ... III.").

    Three or more in a row without a gap, each a short title on a line of its own; a second run
    from the first mark after three ends the list.
    """
    found: list[tuple[int, str, int, str]] = []
    for i, ln in enumerate(doc.lines):
        # Both patterns put a stop or a bracket right after a mark of one to five characters, after
        # the indentation: most lines have neither there.
        t = ln.text.lstrip() if ln.text[:1].isspace() else ln.text
        if t.find(".", 1, 6) < 0 and t.find(")", 1, 6) < 0:
            continue
        m = pattern.match(ln.text)
        if m is None or len(m.group("title")) > 100 or m.group("title").rstrip().endswith((".", ",", ";")):
            continue
        mark = m.group(1)
        if mark not in marks:
            continue
        if mark == marks[0]:
            if len(found) >= 3:
                break
            found = []
        elif not found or marks.index(mark) != marks.index(found[-1][1]) + 1:
            continue
        found.append((i, mark, ln.start + m.start(1), m.group("title")))
    if len(found) < 3:
        return []
    first = found[0][0]
    lead = next((doc.lines[j].text.strip() for j in range(first - 1, -1, -1) if doc.lines[j].text.strip()), "")
    if lead.endswith(":"):
        return []  # "Styrelsen föreslår att: a) ... b) ...": a list inside an item
    with_text = sum(1 for (i, *_), (j, *_) in pairwise(found)
                    if any(doc.lines[x].text.strip() for x in range(i + 1, j)))
    if with_text < 2:
        return []  # points one under the other: a list, not sections with their own text
    out = []
    for k, (i, mark, start, title) in enumerate(found):
        end = found[k + 1][0] if k + 1 < len(found) else None
        out.append(Heading(mark, _clean_title(title), i, start, doc.lines[i].end, end))
    return out


_LOWER_LETTERS = tuple("abcdefghijklmnopqrstuvwxyz")


def _marked_sequence_headings(doc: Minutes) -> list[Heading]:
    """Points numbered I., II., III. or lettered a), b), c) in minutes without marked-up headings.

    Under Markdown or LaTeX sections such lists are proposals or sub-points inside an item.
    """
    if sum(map(bool, map(_LEVEL_OF, doc.lines))) >= 2:
        return []
    clean = doc.clean
    roman = _sequence_headings(doc, _ROMAN_NUMBERED, _ROMAN) if ("I." in clean or "I)" in clean) else []
    if roman:
        return roman
    if "a)" in clean or "a." in clean:
        return _sequence_headings(doc, _LETTERED_LOWER, _LOWER_LETTERS)
    return []


# A lower-case lettered point run in on a line that lost its breaks: "... stadgarna a) Årsmötet öppnade
# Britta ... b) Val av ordförande ...". After a word or a sentence's end, not after a colon or a comma.
_INLINE_LETTERED = re.compile(r"\s(?<=[\w.!?]\s)([a-h])\)\s+(?=[A-ZÅÄÖ])")
_MIN_INLINE_LETTERED = 3


_LONG_TITLE_WORDS = 20


def _long_inline_title(rest: str) -> str:
    """`_inline_title`, but a title of the statutes' length runs on past ten words in lower case.

    "Upprättande och justering av förteckning över närvarande och röstberättigade medlemmar och
    angivande av röstetal för varje medlem Totalt närvarade ...": up to the capitalised word.
    """
    title = _inline_title(rest)
    split = rest.split()
    n = len(title.split())
    if n < 10 or title.endswith((".", ":")) or split[:n] != title.split():
        return title
    out = split[:n]
    for w in split[n:_LONG_TITLE_WORDS]:
        if w[:1].isupper() and out[-1] not in _TITLE_PREPOSITIONS:
            return _clean_title(" ".join(out))
        out.append(w)
        if w.endswith((".", ":")):
            return _clean_title(" ".join(out))
    return title  # no capitalised word near: keep the ten words


def _inline_lettered_headings(doc: Minutes) -> list[Heading]:
    """Points lettered a), b), c), ... run together on one long line (a stored page's transcript).

    An annual meeting's agenda "enligt stadgarna" letters its points so. The letters run from a
    without a gap, three or more of them on one line, and at least two of the points have text of
    their own after the run-in title (a list "a) Budget b) Plan c) Mål" inside a sentence has none).
    """
    clean = doc.clean
    if "a) " not in clean or "c) " not in clean:
        return []  # most minutes: no run of lettered points
    for i, ln in enumerate(doc.lines):
        text = ln.text
        if len(text) < 200 or "a) " not in text:
            continue
        marks = [m for m in _INLINE_LETTERED.finditer(text)]
        run: list[re.Match[str]] = []
        for m in marks:
            letter = m.group(1)
            if letter == "a":
                if len(run) >= _MIN_INLINE_LETTERED:
                    break
                run = [m]
            elif run and ord(letter) == ord(run[-1].group(1)) + 1:
                run.append(m)
        if len(run) < _MIN_INLINE_LETTERED:
            continue
        titles = [_long_inline_title(text[m.end():m.end() + 240]) for m in run]
        ends = [m.start() for m in run[1:]] + [len(text)]
        with_text = sum(1 for m, t, e in zip(run, titles, ends) if _words_in(text[m.end():e]) > _words_in(t) + 2)
        if with_text < 2 or any(not t for t in titles):
            continue
        out = []
        for k, (m, t) in enumerate(zip(run, titles)):
            start = ln.start + m.start(1)
            title_end = ln.start + m.end() + len(t)
            out.append(Heading(m.group(1), t, i, start, title_end, i + 1 if k + 1 == len(run) else i))
        return out
    return []


def _cut_after_first_point(found: list[_Candidate], standalone: list[Heading]) -> list[Heading]:
    """The first numbered point of a copy cut off after it, when lines standing alone are all else there is.

    "1. Presentationsrunda" alone on its line, the last of the lines standing alone: the minutes
    number their points, and the lines above it (an address, a date, rows of the attendance list)
    are no items. The point is numbered "1" in the style of a heading on its own line.
    """
    if not standalone:
        return []
    last = standalone[-1]
    ones = [c for c in found if c.line == last.line and c.number == "1" and c.weight > 0
            and c.style in ("n.", "n)", "§")]
    if len(ones) != 1:
        return []
    c = ones[0]
    return [Heading(c.number, c.title, c.line, c.start, c.end)]


# An unnumbered heading in capitals run in on a page line (or a long line) before its text:
# "... Birgitta Isaksson SAMMANTRÄDETS ÖPPNANDE Ordförande, Mikael ... öppnat. FÖRHINDER Carina ...".
_RUN_IN_CAPS = re.compile(r"(?<![\w(/-])([A-ZÅÄÖÉ]{2,}(?:[ \t]+(?:[A-ZÅÄÖÉ]{2,}|&|[-–]))*)(?=[ \t]+[A-ZÅÄÖ][a-zåäö])")
_MIN_RUN_IN_CAPS_LETTERS = 6  # "LRF", "GFRK", "VFO" are names, not headings
_MIN_RUN_IN_CAPS = 3
# The attendance list's label: the items' headings come after it, a letterhead before it.
_PRESENT_LABEL = re.compile(r"(?<![\w-])(?:närvarande|deltagare|beslutande)(?![\w-])", re.IGNORECASE)
# A document's title in capitals ("PROTOKOLL Nr 4/2015"), not an item; an agenda's label ("DAGORDNING
# Styrelsen beslutade ...") heads the item that approves it.
_CAPS_DOCUMENT_TITLES = frozenset(w for w in words.TITLE_WORDS if " " not in w) - frozenset(words.AGENDA_LABELS)


def _run_in_caps_headings(doc: Minutes) -> list[Heading]:
    """Unnumbered headings in capitals, each run in before its text on a page line or a long line.

    A stored copy that ran a page's paragraphs together keeps the headings in capitals
    ("SAMMANTRÄDETS ÖPPNANDE", "FÖRHINDER", "JAKT OCH VILTFÖRVALTNING") with their text after them,
    each followed by a capitalised word of the text. Three or more make the items; a short run of
    capitals is a name ("LRF", "GFRK"), and the document's title ("PROTOKOLL" alone) is none.
    """
    found: list[tuple[int, int, int, str]] = []
    present = _PRESENT_LABEL.search(doc.clean)
    begin = present.start() if present else 0
    for i, line in enumerate(doc.lines):
        if not (line.page or len(line.text) > _RUN_ON_TEXT):
            continue
        for m in _RUN_IN_CAPS.finditer(line.text):
            title = m.group(1).strip(" \t-–&")
            if sum(c.isalpha() for c in title) < _MIN_RUN_IN_CAPS_LETTERS or _norm(title) in _CAPS_DOCUMENT_TITLES:
                continue
            start = line.start + m.start(1)
            if start < begin or (not found and _norm(title) not in _AGENDA_LABELS and _is_excluded_heading(title)):
                continue  # the letterhead before the attendance list, the list's own labels ("NÄRVARANDE")
            found.append((i, line.start + m.start(1), line.start + m.start(1) + len(title), title))
    if len(found) < _MIN_RUN_IN_CAPS:
        return []
    out = []
    for k, (i, start, end, title) in enumerate(found):
        nxt = found[k + 1][0] if k + 1 < len(found) else len(doc.lines)
        out.append(Heading(None, title, i, start, end, max(nxt, i + 1) if k + 1 == len(found) else nxt))
    return out


# What a page's running header left of a diary reference it cut: the header took "Arbetsutskottet (Dnr"
# (alike on every page once the numbers were lost), the page goes on with the rest ("2008/112) Title",
# ") Title", ", , , ) Title"), then the item's capitalised title.
_CUT_DIARY_REST = re.compile(r"[\s,]*(?:[\w./:-]+[\s,]*){0,4}\)\s+(?=[A-ZÅÄÖ][a-zåäö])")
_MIN_CUT_DIARY_PAGES = 2


def _cut_diary_page_headings(doc: Minutes) -> list[Heading]:
    """Unnumbered items, one a page, each opening after the rest of a diary reference its running header cut.

    A stored copy of minutes that print each paragraph on a page of its own, headed "Arbetsutskottet
    (Dnr 2008/112)" above the title, keeps the words every page opens with as the running header:
    with the paragraph numbers lost, that is the body's name and "(Dnr". Each page line then opens
    with the reference's rest and ")" before the title ("Datum för förbundsmöte Arbetsutskottet
    beslutar ..."), which runs on into the text. Two such pages or more make the items.
    """
    found: list[tuple[int, int, int, str]] = []
    for i, line in enumerate(doc.lines):
        if not line.page or line.text[:1] not in " ,)" and not line.text[:1].isdigit():
            continue
        m = _CUT_DIARY_REST.match(line.text)
        if m is None:
            continue
        title = _inline_title(line.text[m.end():m.end() + 200])
        if not _LETTER_WORD.search(title):
            continue
        found.append((i, line.start + m.end(), line.start + m.end() + len(title), title))
    if len(found) < _MIN_CUT_DIARY_PAGES:
        return []
    return [Heading(None, title, i, start, end) for i, start, end, title in found]


def _lone_paragraph(doc: Minutes, found: list[_Candidate]) -> list[Heading]:
    """The one paragraph heading of a copy cut off after it ("§ 19 Val av justerare")."""
    cands = [c for c in found
             if c.weight > 0 and (c.style == "§" or c.style.startswith("prefix:")) and "." not in c.number]
    if not cands:
        return _listed_lone_item(doc, found) or _lone_opening_item(doc, found)
    if len({c.number for c in cands}) != 1:
        return []
    c = cands[-1]
    end = _bullet_end(doc.lines, c.line, len(doc.lines)) if _bullet_text(doc.lines[c.line]) is not None else None
    return [Heading(c.number, c.title, c.line, c.start, c.end, end, end is not None)]


def _bare_bullet_item(doc: Minutes, found: list[_Candidate]) -> list[Heading]:
    """The one item of a meeting portal's page whose other bullets are the paragraphs' text.

    "•   2" / "Val av justerare och tid för justering" / "• Enligt reglemente ... " / "• Covidläget":
    a bullet holding only a number marks the heading on the line below; the page kept that one
    heading and lost the others. Its bullets of prose are no items. Two such marks or more are a
    list of their own (`_paragraph_bullets`); none, and the bullets stay.
    """
    marks = [c for c in found if c.weight > 0 and "." not in c.number
             and _BULLET_NUMBER.match(doc.lines[c.line].text) is not None]
    if len(marks) != 1:
        return []
    c = marks[0]
    return [Heading(c.number, c.title, c.line, c.start, c.end)]


def _listed_lone_item(doc: Minutes, found: list[_Candidate]) -> list[Heading]:
    """The one item of a copy cut off after it, numbered without "§" and confirmed by its contents entry.

    "INNEHÅLLSFÖRTECKNING 33 Delårsbokslut jan- april Förslag till ..." above the page line "33
    Delårsbokslut jan- april (Dnr 346/2006) På mycket kort tid ...": the number right after the
    contents label and the heading's first word agree, so the lone number is no page number. The
    title is read from the contents entry.
    """
    cands = [c for c in found if c.weight > 0 and c.style == "n " and "." not in c.number]
    if len({c.number for c in cands}) != 1:
        return []
    c = cands[-1]
    first = c.title.split()[:1]
    for ln in doc.lines[:c.line]:
        low = ln.text.lower()
        if not any(w in low for w in _CONTENTS_WORDS_ONCE):
            continue
        label = _CONTENTS_LABEL.search(ln.text)
        entry = _BARE_ENTRY.match(ln.text, label.end()) if label is not None else None
        if entry is None or entry.group(1) != c.number or ln.text[entry.end():].split()[:1] != first:
            continue
        title = _inline_title(ln.text[entry.end():entry.end() + 120])
        return [Heading(c.number, title or c.title, c.line, c.start, c.end)]
    line = doc.lines[c.line]
    # A page line whose running header was dropped: its number is the item's when a printed page number
    # stands before it ("35 31 TEMA: Folkhälsa", "2(19) 156 Föredragningslista ..."), or when the title
    # is one that opens minutes ("70 Val av justerare ...", "41 Protokollsjustering Beslut ...").
    if line.page and (_PAGE_NUMBER.match(line.text) or _PAGE_OF_PAGES.match(line.text)
                      or _norm(c.title).startswith(_LONE_TITLES)):
        return _formalities_before(doc, found, Heading(c.number, c.title, c.line, c.start, c.end))
    return []


_FORMALITY_WORDS = frozenset(words.RUN_IN_FORMALITY_WORDS)
_MAX_FORMALITIES_BEFORE = 2  # numbers at most between a formality run in before the lone item and that item


def _formalities_before(doc: Minutes, found: list[_Candidate], head: Heading) -> list[Heading]:
    """The lone item of a stored copy with the formality run in before it, counting down, and what lost its number.

    "... Pia Andersen, tjänsteman Lillemor Ahlgren 14 Justering Ordförande ... justerar protokollet ...
    Föredragningslista Folkhälsoutskottet fastställde ..." on the first page, "2 (6) 16 Information ..." on the
    next: the number run in after the attendance names is an item when its title opens with a formality
    ("Justering", "Val av justerare") and it stands one or two numbers before the lone item; a one-word
    formality in the gap between them ("Föredragningslista") is the item that lost its number.
    """
    main = int(head.number) if head.number and head.number.isdecimal() else None
    if main is None:
        return [head]
    before = [c for c in found if c.weight <= 0 and c.style == "n " and c.number.isdecimal()
              and main - 1 - _MAX_FORMALITIES_BEFORE <= c.main < main and (c.line, c.start) < (head.line, head.start)
              and (_norm(c.title).startswith(_LONE_TITLES) or _norm(c.title).split(" ", 1)[0] in _FORMALITY_WORDS)]
    if not before:
        return [head]
    c = before[-1]
    return _run_in_formalities(doc, [Heading(c.number, _formality_title(c.title), c.line, c.start, c.end), head])


def _formality_title(title: str) -> str:
    """A run-in one-word formality without the text run on after it ("Justering Ordförande Anna ..." -> "Justering")."""
    first = title.split(" ", 1)[0]
    return first if first.lower() in _FORMALITY_WORDS else title


_OPENING_TITLES = tuple(words.OPENING_ITEM_TITLES)
_LONE_TITLES = _OPENING_TITLES + words.LONE_PARAGRAPH_FORMALITIES
# A printed page mark that opens a stored transcript's page line: "Sida 2/8", "Sida 3 av 5".
_PAGE_MARK = re.compile(r"\s*(?:Sida|Sid\.|Page)\s+\d{1,3}\s*(?:/|av|of)\s*\d{1,3}\s")


def _lone_opening_item(doc: Minutes, found: list[_Candidate]) -> list[Heading]:
    """The first item of a stored page's beginning, run in after the attendance and cut off soon after.

    "... Länsstyrelsen i Jönköpings län 1. Mötets öppnande och allmän information Ordförande hälsade
    ...": the one numbered mark run in on a line, "1.", before a title that opens minutes. On a page
    line too short to be read as a run ("Sida 2/8 Jesper Agrelius ... 1. Mötets öppnande och fastst")
    the mark is looked for after the page mark.
    """
    ones = [c for c in found if c.style == "inline" and c.weight > 0]
    if not ones:
        for i, ln in enumerate(doc.lines):
            if _PAGE_MARK.match(ln.text) and "1. " in ln.text:
                ones += [c for c in _inline_candidates(ln, i) if c.style == "inline" and c.weight > 0]
    # Points numbered from 0 ("0. Inledande diskussion med Niklas Ylipää"): that mark opens the minutes whatever its title.
    # "1 Formalia ... 1.1 Val av protokolljusterare Att utse ...": the first sub-point of the point grouping the
    # formalities opens the minutes as well.
    if len(ones) != 1 or not (ones[0].number == "0" or (
            ones[0].number in ("1", "1.1") and _norm(ones[0].title).startswith(_OPENING_TITLES))):
        return []
    c = ones[0]
    return [Heading(c.number, c.title, c.line, c.start, c.end)]


# --- markup that the cleaned lines keep as body text ---------------------------------------------

_FENCE = re.compile(r"\s{0,3}(`{3,}|~{3,})")
_SETEXT_RULE = re.compile(r"\s{0,3}(?:={3,}|-{3,})\s*")
_TYPST_SETUP = re.compile(r"^#(?:set|let|import|show)\b", re.MULTILINE)
_TYPST_COMMANDS = ("#set", "#let", "#import", "#show")  # what a set-up line opens with
_TYPST_HEADING = re.compile(r"(=+)\s+(?=\S)")


_EQUALS_SECTION = re.compile(r"^={2,6}[ \t]+\S", re.MULTILINE)


def looks_like_typst(text: str) -> bool:
    """Typst source: set-up lines ("#set text(...)", "#let today = ...", "#import ...") near the top."""
    # Each set-up line opens with "#": a text without one in its first 5000 characters has none.
    return text.find("#", 0, 5000) >= 0 and (text.startswith(_TYPST_COMMANDS) or any(
        text.find(f"\n{command}", 0, 5000) >= 0 for command in _TYPST_COMMANDS)) and len(
        _TYPST_SETUP.findall(text, 0, 5000)) >= 2


def has_equals_sections(text: str) -> bool:
    """Sections marked with leading equals signs ("= Protokoll", "== Ekonomi"): Typst or AsciiDoc."""
    # A section mark is "==" at least: most texts have none, and `in` tells at C speed.
    return looks_like_typst(text) or ("==" in text and len(_EQUALS_SECTION.findall(text)) >= 2)


def _setext_title(lines: Sequence[Line], i: int) -> bool:
    """Whether line `i`, above a rule of "===" or "---", is a one-line heading (not a paragraph's end)."""
    t = lines[i].text.strip()
    if not t or lines[i].level or len(t) > 100 or _bullet_text(lines[i]) or t.endswith((".", ",", ";")):
        return False
    return i == 0 or not lines[i - 1].text.strip()


def _fenced_lines(lines: Sequence[Line]) -> set[int]:
    """The lines of fenced code blocks, fences included; a fence never closed opens no block."""
    out: set[int] = set()
    fence: str | None = None
    opened = 0
    for i, ln in enumerate(lines):
        t = ln.text
        m = _FENCE.match(t) if t[:4].lstrip()[:1] in ("`", "~") else None
        if fence is None:
            if m:
                fence, opened = m.group(1), i
        elif m and m.group(1)[0] == fence[0] and len(m.group(1)) >= len(fence) and not t[m.end():].strip():
            out.update(range(opened, i + 1))
            fence = None
    return out


def markup_view(doc: Minutes) -> Minutes:
    """`doc` with markup that the cleaned lines leave as body text read as markup.

    A line underlined with "===" or "---" (a Markdown setext heading) gets level 1 or 2 and its
    rule goes blank; the lines of a fenced code block (``` or ~~~) go blank, since code, diffs and
    listings hold no agenda items; in Typst or AsciiDoc source, "= Title" and "== Title" are the
    headings (Typst's code lines never reach here: `text.hidden_lines` keeps them out of the clean
    text). Offsets stay those of `doc.clean`.
    """
    equals = has_equals_sections(doc.text)
    if not equals and "```" not in doc.clean and "~~~" not in doc.clean and "---" not in doc.clean \
            and "===" not in doc.clean:
        return doc
    lines = list(doc.lines)
    code = _fenced_lines(lines)
    changed = bool(code)
    for i, ln in enumerate(lines):
        t = ln.text
        if i in code:
            lines[i] = replace(ln, text="", level=0)
            continue
        if equals:
            h = _TYPST_HEADING.match(t)
            if h:
                lines[i] = replace(ln, text=t[h.end():], start=ln.start + h.end(), level=len(h.group(1)))
                changed = True
                continue
        if i and t[:4].lstrip()[:1] in ("=", "-") and _SETEXT_RULE.fullmatch(t) and _setext_title(lines, i - 1):
            lines[i - 1] = replace(lines[i - 1], level=1 if t.strip()[0] == "=" else 2)
            lines[i] = replace(ln, text="", level=0)
            changed = True
    return replace(doc, lines=tuple(lines)) if changed else doc


# --- copies whose OCR misread the paragraph sign ---------------------------------------------

# "$1 Mötets öppnande", "$ 2 Inkomna skrivelser", "$ 3. Val": a scan read "§" as "$". Group 1 is the sign.
_MISREAD_SIGN = re.compile(r"\s*([$\ufffd])\s?(\d{1,3})\.?\s+(?=[A-ZÅÄÖ\ufffd])")
# A line the sign itself opens ("§ 2 Val", "§ 5. Val"): the run the misread signs may fill a gap in.
_READ_SIGN = re.compile(r"\s*(§)\s?(\d{1,3})\.?\s+(?=[A-ZÅÄÖ])")
_MIN_MISREAD_SIGNS = 2


def _gap_filling_signs(marks: list[tuple[int, int, bool]]) -> list[tuple[int, int]]:
    """The misread marks that fill a gap in a run of real signs exactly ("§ 2", "$ 3", "$ 4", "§ 5").

    `marks` is (line index, number, misread) in line order. A run of "$" lines counts only with a
    real "§" on each side whose numbers it continues without a gap; "$" lines after the last "§"
    or out of turn stay as they are.
    """
    found: list[tuple[int, int]] = []
    i = 0
    while i < len(marks):
        if not marks[i][2]:
            i += 1
            continue
        j = i
        while j < len(marks) and marks[j][2]:
            j += 1
        if 0 < i and j < len(marks):
            run = marks[i:j]
            numbers = [n for _, n, _ in run]
            if numbers == list(range(marks[i - 1][1] + 1, marks[j][1])):
                found.extend((k, n) for k, n, _ in run)
        i = j
    return found


def misread_sign_view(doc: Minutes) -> Minutes:
    """`doc` with the "$" that a scan wrote for each paragraph sign read as "§" (offsets unchanged).

    In a text without any "§", only when at least two lines open so with numbers that follow on
    ("$1 ...", "$2 ..."): an amount in dollars ("$5 Million") stands alone or out of turn. In a
    text with "§" headings, only the "$" lines that fill a gap in their run exactly ("§ 2 ...",
    "$ 3. ...", "$ 4. ...", "§ 5. ...").
    """
    clean = doc.clean
    mixed = "§" in clean
    # A copy that lost its encoding writes U+FFFD for every "§" (and "å", "ä", "ö"): "\ufffd4 Strategi f\ufffdr ...".
    misread = "$" + ("\ufffd" if not mixed and "\ufffd" in clean else "")
    if not any(c in clean for c in misread):
        return doc
    signs: list[tuple[int, int, bool]] = []  # (line index, number, misread)
    for i, ln in enumerate(doc.lines):
        first = ln.text[:8].lstrip()[:1]
        if first and first in misread:
            m = _MISREAD_SIGN.match(ln.text)
        elif mixed and first == "§":
            m = _READ_SIGN.match(ln.text)
        else:
            continue
        if m is not None:
            signs.append((i, int(m.group(2)), first in misread))
    if mixed:
        marks = _gap_filling_signs(signs)
        if not marks:
            return doc
    else:
        marks = [(i, n) for i, n, _ in signs]
        following = sum(1 for (_, a), (_, b) in pairwise(marks) if b == a + 1)
        if len(marks) < _MIN_MISREAD_SIGNS or following + 1 < _MIN_MISREAD_SIGNS:
            return doc
    lines = list(doc.lines)
    chars = list(clean)
    for i, _ in marks:
        ln = lines[i]
        at = len(ln.text) - len(ln.text.lstrip())
        lines[i] = replace(ln, text=ln.text[:at] + "§" + ln.text[at + 1:])
        chars[ln.start + at] = "§"
    return replace(doc, clean="".join(chars), lines=tuple(lines))


def find_headings(doc: Minutes, latin: bytes | None = None) -> tuple[list[Heading], str]:
    """Return the item headings and the layout family they came from.

    `latin` is `_latin_bytes(doc.clean)`, when the caller has it. `doc` is read through
    `markup_view`.
    """
    return _find_headings(misread_sign_view(markup_view(doc)), latin)


_RELATED_DOCUMENTS = frozenset(words.RELATED_DOCUMENTS_LABELS)
_RELATED_TITLE = 250  # longer than any title in such a list: the minutes' own text


def _find_headings(doc: Minutes, latin: bytes | None) -> tuple[list[Heading], str]:
    """`find_headings` of a document already read through `markup_view`.

    Headings in a site's list of other documents ("Relevanta dokument", then short lines) are their titles: left out.
    """
    heads, layout = _find_all_headings(doc, latin)
    heads = without_sign_off_name(doc, heads)  # "Tom Ohlsson" / "Inga kommentarer:": the writer, no heading
    heads = _signs_after_titles(doc, heads)
    if "§" in doc.clean and not any(h.number for h in heads):
        page = one_paragraph_page(doc)
        if page:
            return page, "numbered"
    if heads and "dokument" in doc.clean.lower():
        lines = doc.lines
        cut = next((i for i, ln in enumerate(lines) if _norm(ln.text).rstrip(":") in _RELATED_DOCUMENTS), None)
        if cut is not None:  # the list runs on over short lines, up to the text itself (a long line)
            stop = next((i for i in range(cut + 1, len(lines)) if len(lines[i].text) > _RELATED_TITLE), len(lines))
            heads = [h for h in heads if not cut < h.line < stop]
    return heads, layout


# The paragraph's number after its title, at the end of the heading line ("Sammanträdet öppnas § 39"): a
# layout that sets the number in the right margin, read into the line after the title.
_SIGN_AFTER_TITLE = re.compile(r"\s+§\s*(\d{1,4})\s*$")
_MIN_SIGNS_AFTER = 3


def _signs_after_titles(doc: Minutes, heads: list[Heading]) -> list[Heading]:
    """`heads` numbered by the paragraph signs that end their titles, when none has a number of its own.

    Three or more titles, half of the headings or more, end in "§ N", the numbers counting up one by one (39,
    40, 41, ...): each is its heading's number. A list of people with the paragraphs they attended ("Sandra
    Örmander § 91", "Martin Snickars § 94") skips numbers; a lone "§ 45" is a reference.
    """
    if len(heads) < _MIN_SIGNS_AFTER or any(h.number for h in heads) or not any("§" in h.title for h in heads):
        return heads
    found = [(k, m) for k, h in enumerate(heads) if "§" in h.title and (m := _SIGN_AFTER_TITLE.search(h.title))]
    numbers = [int(m.group(1)) for _, m in found]
    if (len(found) < _MIN_SIGNS_AFTER or len(found) * 2 < len(heads)
            or any(b != a + 1 for a, b in pairwise(numbers))):
        return heads
    out = list(heads)
    for k, m in found:
        h = heads[k]
        title = h.title[:m.start()].rstrip()
        if not title:
            return heads
        sign = m.group(0).strip()
        end = h.end - len(sign) if doc.clean[h.start:h.end].endswith(sign) else h.end
        out[k] = replace(h, number=m.group(1), title=title, end=max(h.start + len(title), min(end, h.end)))
    return out


# A meeting system's page of one paragraph: its line naming the body, the meeting's day and the paragraph, perhaps
# the diary number after it, and nothing more: "Församlingsrådet i Johannes församling 16.01.2023 § 8
# 218/00.00.02/2023 |", the body perhaps shortened to its letters ("FR 09.12.2025 § 104") (not a sentence naming
# another meeting's paragraph, "Direktionen beslutade 2023-08-29 § 56 om ...").
_PARAGRAPH_PAGE_LINE = re.compile(r"\s*[A-ZÅÄÖ][^§|\n]{1,80}?\s+(?:\d{1,2}\.\d{1,2}\.\d{4}|\d{4}-\d{2}-\d{2})\s+§\s*"
                                  r"(\d{1,4})(?![\d.,])(?:\s+[\w/.:-]{1,30})?\s*\|?\s*$")


def one_paragraph_page(doc: Minutes) -> list[Heading]:
    """The one item of a meeting system's page of a single paragraph (see `_PARAGRAPH_PAGE_LINE`): its number, and
    its title on the line above (past the page's links, lines with "|"). Empty unless exactly one such line."""
    found = [(i, m) for i, ln in enumerate(doc.lines) if "§" in ln.text and (m := _PARAGRAPH_PAGE_LINE.match(ln.text))]
    if len(found) != 1:
        return []
    i, m = found[0]
    above = next((k for k in range(i - 1, max(-1, i - 4), -1) if doc.lines[k].text.strip()), None)
    if above is None or "|" in doc.lines[above].text or "§" in doc.lines[above].text or (
            doc.lines[above].text.rstrip().endswith((".", ":"))):
        return []
    line = doc.lines[above]
    title = _clean_title(line.text.strip())
    if not _RX_NUMBERED_CANDIDATES_1.match(title) or len(title) > 150 or title.endswith((".", ":")):
        return []
    start = line.start + len(line.text) - len(line.text.lstrip())
    return [Heading(m.group(1), title, above, start, start + len(title))]


def _find_all_headings(doc: Minutes, latin: bytes | None) -> tuple[list[Heading], str]:
    """The headings `_find_headings` finds, a site's list of other documents left in.

    A copy cut off after its one paragraph ("BUN § 81" and its title, or "§ 54" at the end) keeps
    that paragraph: lines standing alone before it are the front page's labels and names ("Sekreterare
    Lars Niska", "Plats och sammanträdestid ..."), and those after it the paragraph's own sections,
    also when the front page left no line standing alone (its rows of members are no headings).
    """
    cands = _drop_section_lists(doc, _drop_counted_pages(doc, _drop_letterheads(_drop_page_noise(doc, _drop_listed_people(
        doc, _drop_download_title(doc, _drop_decision_lists(doc, _numbered_candidates(doc, latin))))))))
    heads, layout = _all_headings_of(doc, cands)
    if layout == "standalone" and heads and heads[0].number is None:
        lone = [c for c in cands if c.weight > 0 and (c.style == "§" or c.style.startswith("prefix:"))
                and "." not in c.number]
        if len({c.number for c in lone}) == 1:
            paragraph = _lone_paragraph(doc, cands)
            if paragraph:
                return paragraph, "numbered"
        elif not lone:
            # "PROTOKOLL Adjungerade: ..." and the copy's download title, then "... 1. Val av justerare Dagordningen
            # ...": the lines standing alone all above the one opening point run in are the front page's.
            opening = _lone_opening_item(doc, cands)
            if opening and all(h.line < opening[0].line for h in heads):
                return opening, "numbered"
    return heads, layout


# A one-word formality run in after the paragraph before it ("... beslutades ske den 17 december
# Föredragningslista Föredragningslista, daterad , godkändes."), its number lost in copying.
_RUN_IN_FORMALITY = re.compile(r"\s(?<=[a-zåäö\d.]\s)\s*(" + "|".join(
    w.capitalize() for w in words.LONE_PARAGRAPH_FORMALITIES if " " not in w) + r")\s+(?=[A-ZÅÄÖ])")


# The opening that lost its number 1, at the start of a copy's line or after its running head: "2 Minnesanteckningar
# Mötet öppnas Mötet öppnades av ordförande ... 2. Föregående möte ...".
_LOST_OPENING = re.compile(r"(?:^|(?<=[^\W\d_]\s))(?P<title>" + "|".join(
    re.escape(t[:1].upper() + t[1:]) for t in sorted(words.OPENING_RUN_IN_AFTER_LIST, key=len, reverse=True))
    + r")\s(?=[A-ZÅÄÖ])", re.MULTILINE)


# A formality that opens minutes, its number lost, right before the first item's number: "... den 16 december
# Fastställande av dagordning 208 Aktuella frågor ...". Capitalised as written; of more than one word (a lone
# "Ärendelista" or "Dagordning" before the first number labels the list), and not after a number of its own
# ("punkt 1. Mötets öppnande 2. Val av justerare": that point is named, its number there).
_FORMALITY_BEFORE = re.compile(r"(?<![\w-])(?<!\d[.:)]\s)(?P<title>" + "|".join(
    re.escape(t[:1].upper() + t[1:]) for t in sorted(set(words.OPENING_ITEM_TITLES + words.LONE_PARAGRAPH_FORMALITIES),
                                                     key=len, reverse=True) if " " in t) + r")\s+\Z")
_FORMALITY_REACH = 60


def _lost_opening(doc: Minutes, cands: list[_Candidate], heads: list[Heading]) -> list[Heading]:
    """`heads` with the opening put first where the items start at 2 and no number 1 stands anywhere.

    "2 Minnesanteckningar Mötet öppnas Mötet öppnades av ordförande Johan Söderling. ... 2. Föregående möte
    ...": the copy lost the opening's number; its title (words.OPENING_RUN_IN_AFTER_LIST, capitalised as
    written, before a capitalised word) on the line of item 2, before it, is item 1 without its number.
    """
    first = heads[0]
    start = doc.lines[first.line].start
    if first.number and first.number.isdecimal() and first.start - start > 4:
        # "Förteckning över styrelsens ärenden den 16 december Fastställande av dagordning 208 Aktuella frågor ...":
        # a formality right before the first number, on its line, lost its own
        m = _FORMALITY_BEFORE.search(doc.clean, max(start, first.start - _FORMALITY_REACH), first.start)
        if m is not None and not any(c.main == int(first.number) - 1 for c in cands):
            return [Heading(None, m.group("title"), first.line, m.start("title"), m.end("title")), *heads]
    if not (first.number and first.number.isdecimal()) or first.number in ("0", "1") or any(
            c.main == int(first.number) - 1 for c in cands):
        return heads
    # Paragraphs numbered on through the year ("54 Godkännande av dagordning") leave the opening unnumbered
    # just the same: "... drifttekniker Mötets öppnande Ordföranden hälsade alla välkomna ... 54 Godkännande ...".
    m = _LOST_OPENING.search(doc.clean, start, first.start)
    if m is None:
        return heads
    return [Heading(None, m.group("title"), first.line, m.start("title"), m.end("title")), *heads]


def _run_in_formalities(doc: Minutes, heads: list[Heading]) -> list[Heading]:
    """`heads` with a formality that lost its number where exactly one number is missing between two headings.

    "239 Val av protokolljusterare ... ske den 17 december Föredragningslista Föredragningslista,
    daterad , godkändes. 241 Landstingsdirektörens rapport": 240 is the list of matters, run in
    after the text of 239 without its number. Only a one-word formality (`words.LONE_PARAGRAPH_FORMALITIES`)
    after a lower-case word, a digit or a stop and before a capital, only in a gap of one number.
    """
    out: list[Heading] = []
    for a, b in pairwise(heads):
        out.append(a)
        if (a.number and b.number and a.number.isdecimal() and b.number.isdecimal()
                and int(b.number) == int(a.number) + 2 and a.end < b.start):
            m = _RUN_IN_FORMALITY.search(doc.clean, a.end, b.start)
            if m is not None:
                out.append(Heading(None, m.group(1), _line_of(doc, m.start(1)), m.start(1), m.end(1)))
    out.append(heads[-1])
    return out


# The previous minutes' item run in after the text of the item before it, its number lost: "... se bilaga Protokoll
# från föregående möte Protokoll från föregående styrelsemöte fastställdes. 5. Medlemsprojekt ...". Capitalised as
# written, after a lower-case word, a digit or a stop, before a capital.
# Also the tabled matters ("... måndagen den 7/5 kl Bordlagda ärenden (inga) 7 Beslut som presidiet fattat"), with
# a short note in brackets after the title.
_RUN_IN_PREVIOUS_MINUTES = re.compile(r"\s(?<=[a-zåäö\d.]\s)\s*((?:" + "|".join(
    re.escape(t[:1].upper() + t[1:]) for t in sorted(words.PREVIOUS_MINUTES_TITLES + words.TABLED_SECTIONS, key=len,
                                                     reverse=True))
    + r")(?:\s*\([^()]{1,20}\))?)\s+(?=[A-ZÅÄÖ\d])")


def _run_in_previous_minutes(doc: Minutes, heads: list[Heading]) -> list[Heading]:
    """`heads` with the previous minutes' item (`words.PREVIOUS_MINUTES_TITLES`) or the tabled matters'
    (`words.TABLED_SECTIONS`) where exactly one number is missing between two headings and it stands run in between
    them, its number lost (see `_run_in_formalities`)."""
    out: list[Heading] = []
    for a, b in pairwise(heads):
        out.append(a)
        if (a.number and b.number and a.number.isdecimal() and b.number.isdecimal()
                and int(b.number) == int(a.number) + 2 and a.end < b.start
                and ("öregående" in (between := doc.clean[a.end:b.start]) or "örra" in between
                     or "ordlag" in between)):
            m = _RUN_IN_PREVIOUS_MINUTES.search(doc.clean, a.end, b.start + 1)  # + 1: the next number seen ahead
            if m is not None:
                out.append(Heading(None, m.group(1), _line_of(doc, m.start(1)), m.start(1), m.end(1)))
    out.append(heads[-1])
    return out


# A formality that opens a stored copy's page line after the page's mark, its number lost: "Sida 2/ Föregående
# protokoll Protokollet från föregående möte ...", "2 (5) Val av justerare Anna Berg valdes ...".
_PAGE_OPENING_FORMALITY = re.compile(
    r"\s*(?:(?i:sida)\s+\d{1,3}\s*(?:/\s*\d{0,3}|\(\d{1,3}\)|av\s+\d{1,3})?\s+|\d{1,3}\s*\(\d{1,3}\)\s+)?(?P<title>(?i:"
    + _alternation(words.PREVIOUS_MINUTES_TITLES + words.OPENING_ITEM_TITLES + words.LONE_PARAGRAPH_FORMALITIES
                   + words.RUN_IN_OPENING_TITLES) + r"))\s+(?=[A-ZÅÄÖ])")


def _page_opening_formalities(doc: Minutes, heads: list[Heading]) -> list[Heading]:
    """`heads` with a formality that opens a stored copy's page line after the first heading, its number lost.

    "... 51. Val av justeringsperson ... Bankgiro:" then the next page "Sida 2/ Föregående protokoll
    Protokollet från föregående möte, , är justerat ...": the item's number fell off with the page's
    head. Only a formality title (`words.PREVIOUS_MINUTES_TITLES`, `words.OPENING_ITEM_TITLES`, ...) right
    after the page's mark, before a capital, on a page line where no heading opens before it.
    """
    if not heads or not any(map(_IS_PAGE, doc.lines)):
        return heads
    lines = doc.lines
    added: list[Heading] = []
    for k in range(heads[0].line + 1, len(lines)):
        line = lines[k]
        if not line.page:
            continue
        m = _PAGE_OPENING_FORMALITY.match(line.text)
        if m is None:
            continue
        at = line.start + m.start("title")
        if any(h.line == k and h.start <= at for h in heads):
            continue
        added.append(Heading(None, m.group("title"), k, at, line.start + m.end("title")))
    if not added:
        return heads
    out = sorted(heads + added, key=lambda h: h.start)
    for n in range(1, len(out)):  # the heading before a new one ends its body there, the new one takes the rest
        prev, cur = out[n - 1], out[n]
        if cur in added and prev.line < cur.line and prev.body_end_line is not None and prev.body_end_line > cur.line:
            out[n - 1] = replace(prev, body_end_line=cur.line)
            out[n] = replace(cur, body_end_line=prev.body_end_line)
    return out


_MIN_HEAD_WORDS = 3  # words of a page's running head, repeated from the first page, at least
_MAX_PAGE_OPENER_WORDS = 8


_MAX_AGENDA_LINE_GAP = 2  # lines from one entry of an agenda set one a line to the next at most
# The agenda every meeting follows ("Stående dagordning vid månadsmöten"), not this meeting's list.
_STANDING_AGENDA = re.compile(r"(?<![\w-])(?:stående|generell|normal)\s+(?:dagordning|agenda|föredragningslista)",
                              re.IGNORECASE)


def _agenda_tail(doc: Minutes, heads: list[Heading], cands: list[_Candidate]) -> list[Heading]:
    """`heads` with the entries of the agenda listed above them that no heading of the minutes reached put after them.

    "Dagordning" / "§161. Mötets öppnande" .. "§171. Mötets avslutande", then the minutes under the same headings
    "§161. Mötets öppnande" / text .. "§167. Musiklärarna" / text, where the copy is cut (or the minutes stop): the
    agenda's "§168. Val av stipendiekommitté" .. "§171." are the meeting's items still, each with no text of its own.
    The headings count up by one; the list above the first counts up by one from the same number, one entry a line,
    its first entries the headings' numbers with their titles much alike (three in four or more), and goes on past
    the last heading. A standing agenda ("Stående dagordning vid månadsmöten") is every meeting's, not this one's.
    """
    if len(heads) < 2 or not all(h.number and h.number.isdecimal() for h in heads):
        return heads
    numbers = [int(h.number or "") for h in heads]
    if numbers != list(range(numbers[0], numbers[0] + len(numbers))):
        return heads
    first = heads[0]
    above = sorted((c for c in cands if c.line < first.line and c.weight > 0 and c.number.isdecimal()),
                   key=lambda c: (c.line, c.start))
    for k, one in enumerate(above):
        if one.main != numbers[0]:
            continue
        run = [one]
        for c in above[k + 1:]:
            if c.main != run[-1].main + 1 or not 0 < c.line - run[-1].line <= _MAX_AGENDA_LINE_GAP:
                break
            run.append(c)
        if len(run) <= len(heads):
            continue
        alike = sum(_similar_title(h.title, c.title) for h, c in zip(heads, run))
        if alike * 4 < len(heads) * 3 or _STANDING_AGENDA.search(doc.clean, max(0, one.start - _AGENDA_LABEL_REACH),
                                                                  one.start):
            continue
        last = heads[-1]
        if last.body_end_line is None:
            last = replace(last, body_end_line=len(doc.lines))
        return [*heads[:-1], last, *(Heading(c.number, c.title, c.line, c.start, c.end, c.line + 1)
                                     for c in run[len(heads):])]
    return heads


def _similar_title(a: str, b: str) -> bool:
    """Whether two titles share half of their words or more ("Föregående mötes protokoll", "Föregående
    mötesprotokoll" share one of three: not alike; "Mötets öppnande" twice: alike)."""
    wa, wb = set(_RX_KEYWORDS_1.findall(a.lower())), set(_RX_KEYWORDS_1.findall(b.lower()))
    return bool(wa and wb) and len(wa & wb) * 2 >= len(wa | wb)


def _main_number(number: str | None) -> int | None:
    """The whole number a heading's number opens with ("1.6" -> 1, "3" -> 3), or None."""
    head = (number or "").split(".")[0]
    return int(head) if head.isdecimal() else None


def _page_head_gap_opener(doc: Minutes, heads: list[Heading]) -> list[Heading]:
    """`heads` with the heading that opens a stored copy's page after its running head, its number lost, where it
    is exactly the one number missing between the headings around it: "Protokoll nummer 2 för den 04/ Fråga om
    Inköp av papper Det saknas ... 3 Fråga om Deklaration ..." after "1.6 Föregående protokoll" on the page before.

    The running head is the words the page line shares at its start with the first page line (three or more);
    the title after it is a run-in title (`_inline_title`) of a few words, before the page's first heading.
    """
    lines = doc.lines
    first = next(compress(count(), map(_IS_PAGE, lines)), None)
    if first is None or len(heads) < 2:
        return heads
    opening = lines[first].text.split()
    out: list[Heading] = [heads[0]]
    for a, b in pairwise(heads):
        ma, mb = _main_number(a.number), _main_number(b.number)
        k = b.line
        if (ma is not None and mb == ma + 2 and a.line < k and k > first and lines[k].page
                and not any(h.line == k and h.start < b.start for h in heads)):
            words_k = lines[k].text.split()
            n = 0
            while n < min(len(opening), len(words_k)) and opening[n] == words_k[n]:
                n += 1
            if n >= _MIN_HEAD_WORDS:
                text = lines[k].text
                at = 0
                for w in words_k[:n]:
                    at = text.index(w, at) + len(w)
                rest = text[at:].lstrip()
                start = lines[k].start + len(text) - len(text[at:].lstrip())
                title = _inline_title(rest[:120]) if rest[:1].isupper() else ""
                if (title and 2 <= _words_in(title) <= _MAX_PAGE_OPENER_WORDS and start + len(title) < b.start
                        and not _is_excluded_heading(title)):
                    out[-1] = replace(out[-1], body_end_line=k) if out[-1].body_end_line is None or (
                        out[-1].body_end_line > k) else out[-1]
                    out.append(Heading(None, title, k, start, start + len(title)))
        out.append(b)
    return out


# A diary reference whose number a copy left empty, parting the entries of a notice's list of matters
# ("... Reglemente för överförmyndaren Dnr: KS Revidering av kommunstyrelsens reglemente Dnr: KS ...").
_EMPTY_DIARY = re.compile(r"(?<![\w-])[Dd]nr\.?\s*:?(?:\s+[A-ZÅÄÖ]{2,5})?(?=\s+[A-ZÅÄÖ\d]|\s*$)")
_MIN_EMPTY_DIARIES = 3
_EMPTY_DIARY_FIRST = re.compile(r"(?<![\w.,:/-])(\d{1,3})\.\s+(?=[A-ZÅÄÖ])")  # the numbered entry a page goes on with
_EMPTY_DIARY_ENTRY_WORDS = 15


# The label of a list of matters right before its first emptied diary reference, a date perhaps after it
# ("Förteckning över valnämndens ärenden den 22 februari Dnr Justering av protokoll Dnr ...").
_DIARY_LIST_LABEL = re.compile(r"(?<![\w-])(?i:ärenden|ärendelista|ärendeförteckning|föredragningslista)"
                               r"(?:\s+(?:den\s+)?\d{1,2}\s+[a-zåäö]+(?:\s+\d{4})?)?\s*:?\s*\Z")
_PAGES_AT_END = re.compile(r"\s*\(\d{1,3}\)\s*$")


def _diary_led_entries(line: Line, k: int, marks: list[re.Match[str]], heads: list[Heading]) -> list[Heading]:
    """The entries of a list of matters each led by its emptied diary reference, those the headings hold left out.

    "... ärenden den 22 februari Dnr Justering av protokoll Dnr Begäran från ... Dnr Övrigt (20)": each entry
    runs from its reference to the next (the last to the line's end, its count of pages cut off). An entry
    whose paragraph stands among `heads` ("10 Dnr Justering av protokoll s beslut utser ...") is that heading.
    """
    known = [_norm(h.title) for h in heads]
    out: list[Heading] = []
    text = line.text
    for n, a in enumerate(marks):
        last = n + 1 == len(marks)
        lo, hi = a.end(), (len(text) if last else marks[n + 1].start())
        raw = text[lo:hi].strip()
        if last:
            raw = _PAGES_AT_END.sub("", raw)
        title = _clean_title(raw.rstrip("."))
        if not title[:1].isupper() or _words_in(title) > _EMPTY_DIARY_ENTRY_WORDS:
            break
        norm = _norm(title)
        if any(t.startswith(norm) or norm.startswith(t) for t in known):
            continue
        at = line.start + text.index(raw, lo)
        out.append(Heading(None, title, k, at, at + len(raw), k + 1))
    return out


def _emptied_diary_entries(doc: Minutes, heads: list[Heading]) -> list[Heading]:
    """`heads` with the entries of a page line's list of matters that lost their numbers, each ended by its
    emptied diary reference.

    "... 3. Anmälan av motioner 3 4. Digital agenda SML Dnr: KS Reglemente för kommunfullmäktiges
    arvodesberedning Dnr: KS Reglemente för överförmyndaren Dnr: KS ...": a notice's list kept the
    numbers of a few entries only; each entry ends in "Dnr: KS" (the number left out). Three such
    references or more on a page line, each entry between two of them that holds no heading already,
    short and opening with a capital, is an item without a number.
    """
    if len(heads) < 2 or not any(map(_IS_PAGE, doc.lines)):
        return heads
    added: list[Heading] = []
    listed = False  # whether the page line before held such a list: this one may go on with it
    for k, line in enumerate(doc.lines):
        if not line.page:
            continue
        marks = list(_EMPTY_DIARY.finditer(line.text)) if "nr" in line.text else []
        if len(marks) < _MIN_EMPTY_DIARIES:
            listed = False
            continue
        starts = sorted(h.start - line.start for h in heads if h.line == k)
        led = not starts and not listed and _DIARY_LIST_LABEL.search(line.text, 0, marks[0].start()) is not None
        if not starts and not listed and not led:
            continue
        listed = True
        if led:  # "Förteckning över valnämndens ärenden den 22 februari Dnr Justering av protokoll Dnr ..."
            added.extend(_diary_led_entries(line, k, marks, heads))
            continue
        if not starts:  # "KALLELSE Sida 2(2) Ärende 14. Torghandelsföreskrifter ... Dnr: KS": the list goes on
            first = None
            for first in _EMPTY_DIARY_FIRST.finditer(line.text, 0, marks[0].start()):
                pass
            if first is not None:
                raw = line.text[first.end():marks[0].start()].strip()
                title = _clean_title(raw.rstrip("."))
                at = line.start + first.end()
                if title[:1].isupper() and _words_in(title) <= _EMPTY_DIARY_ENTRY_WORDS:
                    added.append(Heading(first.group(1), title, k, line.start + first.start(1), at + len(raw), k + 1))
        for a, b in pairwise(marks):
            lo, hi = a.end(), b.start()
            if any(lo <= at < hi for at in starts):
                continue
            raw = line.text[lo:hi].strip()
            title = _clean_title(raw.rstrip("."))
            if not title[:1].isupper() or _words_in(title) > _EMPTY_DIARY_ENTRY_WORDS:
                continue
            at = line.start + line.text.index(raw, lo)
            added.append(Heading(None, title, k, at, at + len(raw), k + 1))
    if not added:
        return heads
    return sorted(heads + added, key=lambda h: h.start)


# Where a heading run in on a stored page may start: after a sentence's stop or a colon, or after the page's
# mark of pages ("2 [] 2(5) Godkännande av dagordning ...").
_RUN_IN_START = r"(?:(?<=[.!?:]\s)|(?<=\d\(\d\)\s)|(?<=\d\(\d\d\)\s))"
# A title and its presenter run in with the text, which opens with the presenter's given name as subject:
# "Trafiksäkerhetsläget, Peter Larsson Peter redogjorde för ...", "Omkomna i samband med fordonsstopp på
# mötesfri väg, Erik Norrgård Erik redogjorde ...".
_PRESENTER_HEADING = re.compile(
    _RUN_IN_START + r"(?P<title>[A-ZÅÄÖ][^\s,.:;!?]*(?:\s[^\s,.:;!?]+){0,9}?),\s(?P<given>[A-ZÅÄÖ][a-zåäö]+)"
    r"\s[A-ZÅÄÖ][a-zåäö]+(?:-[A-ZÅÄÖ][a-zåäö]+)?\s(?P=given)\s(?=[a-zåäö])")
# A formality that opens minutes run in before its text: "Godkännande av dagordning Dagordningen godkändes".
_RUN_IN_OPENING = re.compile(_RUN_IN_START + r"(?P<title>(?i:" + _alternation(words.RUN_IN_OPENING_TITLES + words.OPENING_ITEM_TITLES)
                             + r"))\s(?=[A-ZÅÄÖ][a-zåäö])")
_MIN_PRESENTER_HEADINGS = 3
# The heading that opens the minutes, run in after the list of those present with no stop before it: after a
# word (a name, an organisation), capitalised as written, before a capitalised word ("... Näringsdepartementet
# Öppnande Inledning, Erik Norrgård Erik hälsade ...").
_OPENING_AFTER_LIST = re.compile(r"(?<=[^\W\d_]\s)(?P<title>" + "|".join(
    re.escape(t[:1].upper() + t[1:]) for t in sorted(words.OPENING_RUN_IN_AFTER_LIST, key=len, reverse=True))
    + r")\s(?=[A-ZÅÄÖ])")


def _presenter_headings(doc: Minutes) -> list[Heading]:
    """Headings run in on a stored copy's page lines, found by their presenter or as formalities.

    A copy that lost its line breaks runs each unnumbered heading into the text before and after it:
    "... godkändes. Trafiksäkerhetsläget, Peter Larsson Peter redogjorde för trafiksäkerhetsläget ...
    skadade. Omkomna i samband med fordonsstopp på mötesfri väg, Erik Norrgård Erik redogjorde ...": after
    a stop, a title, a comma and the presenter's name, then the text with the presenter's given name as its
    subject. A formality that opens minutes run in the same way ("2(5) Godkännande av dagordning
    Dagordningen godkändes") is one too. Three headings or more, one of them with its presenter, make
    the items.
    """
    found: list[tuple[int, int, int, str, bool]] = []
    for i, line in enumerate(doc.lines):
        if not line.page or "," not in line.text:
            continue
        for m in _PRESENTER_HEADING.finditer(line.text):
            found.append((line.start + m.start("title"), i, line.start + m.end("title"), m.group("title"), True))
        for m in _RUN_IN_OPENING.finditer(line.text):
            found.append((line.start + m.start("title"), i, line.start + m.end("title"), m.group("title"), False))
    if len(found) < _MIN_PRESENTER_HEADINGS or not any(f[4] for f in found):
        return []
    found.sort()
    first, line = found[0][0], doc.lines[found[0][1]]
    if "ppnande" in doc.clean[line.start:first] or "ppnas" in doc.clean[line.start:first]:
        # "... Näringsdepartementet Öppnande Inledning, Erik Norrgård Erik hälsade alla välkomna ... Inventering
        # av övriga frågor ...": the opening before the first heading found, the last list's word before it
        opening = None
        for opening in _OPENING_AFTER_LIST.finditer(doc.clean, line.start, first):
            pass
        if opening is not None:
            found.insert(0, (opening.start("title"), found[0][1], opening.end("title"), opening.group("title"), False))
    return [Heading(None, title, i, start, end) for start, i, end, title, _ in found]


# A line of a column of numbers a PDF's text printed apart from the headings ("12.1" / "12.2" / "a." /
# "b." / "12.3"): a number (perhaps a sub-point's) or a letter point, nothing else.
_COLUMN_NUMBER = re.compile(r"\s*(?:(\d{1,3}(?:\.\d{1,2})*)\.?|([a-h])[.)])\s*$")
_MIN_COLUMN = 4  # lines of a column at least
_MIN_COLUMN_NUMBERS = 2  # numbers (not letters) in it at least
_COLUMN_TITLE = 50  # characters of a title read after a column at most
_COLUMN_TITLE_WORDS = 6


def _column_title(text: str) -> bool:
    """A short line that may be a heading read after a column of numbers: a capital, no stop at its end."""
    t = text.strip()
    return (0 < len(t) <= _COLUMN_TITLE and t[:1].isupper() and t[-1:] not in ".,:;!?-"
            and len(t.split()) <= _COLUMN_TITLE_WORDS)


def _column_counts(col: list[str | None], letters: list[str]) -> bool:
    """Whether a column's entries count on as an agenda's numbers do ("12.1", "12.2", "a", "b", "12.3")."""
    prev: list[int] = []
    letter = ""
    for number, mark in zip(col, letters):
        if number is None:
            if not prev or mark != (chr(ord(letter) + 1) if letter else "a"):
                return False
            letter = mark
            continue
        cur = [int(x) for x in number.split(".")]
        if prev and not (cur == prev + [1] or any(
                cur == prev[:k] + [prev[k] + 1] for k in range(len(prev)))):
            return False
        prev, letter = cur, ""
    return True


def _number_column_headings(doc: Minutes) -> list[Heading]:
    """Headings whose numbers a PDF's text printed as a column before them.

    "12.1 / 12.2 / a. / b. / 12.3" on lines of their own, then "Ordförande öppnar möte", "Formalia",
    "Val av mötesordförande", "Valdes Astrid Martinsson.", ...: the column's entries name the short
    lines that follow in order, each after a line that ends a sentence or another such line (not the
    wrapped end of a sentence). The numbered entries are the items, the letter points their sub-headings.
    A column whose entries do not all find their line is left out.
    """
    lines = doc.lines
    out: list[Heading] = []
    i, n = 0, len(lines)
    while i < n:
        m = _COLUMN_NUMBER.match(lines[i].text) if lines[i].text[:1].isalnum() else None
        if m is None:
            i += 1
            continue
        col: list[str | None] = []
        letters: list[str] = []
        j = i
        while j < n and (m := _COLUMN_NUMBER.match(lines[j].text)) is not None:
            col.append(m.group(1))
            letters.append(m.group(2) or "")
            j += 1
        numbers = [c for c in col if c]
        i = j
        if (len(col) < _MIN_COLUMN or len(numbers) < _MIN_COLUMN_NUMBERS or col[0] is None
                or not _column_counts(col, letters)):
            continue
        found: list[int] = []
        prev_ok = True
        while j < n and len(found) < len(col):
            t = lines[j].text.strip()
            if not t:
                prev_ok = True
            elif _COLUMN_NUMBER.match(t):
                break
            else:
                title = _column_title(t) and prev_ok
                if title:
                    found.append(j)
                prev_ok = title or t[-1] in ".!?:"
            j += 1
        if len(found) < len(col):
            continue
        out.extend(Heading(number, lines[k].text.strip(), k, lines[k].start, lines[k].end)
                   for number, k in zip(col, found) if number)
        i = j
    return out if len(out) >= 2 else []


# A meeting portal's list of points whose titles the copy lost: bullets holding the point's number alone
# ("•   2"), or with the portal's link to its files ("•   1 Ladda ner alla filer under punkten"), which names no matter.
_COUNTING_BULLET = re.compile(r"(\d{1,3})(?:\s+(.*))?")
_POINT_FILES_LINK = re.compile(r"(?:ladda ner|ladda ned|hämta|download)\b.*\b(?:filer|fil|bilagor|handlingar|files)\b",
                               re.IGNORECASE)
_MIN_COUNTING_BULLETS = 3
_MAX_LOST_TITLE = 80


def _counting_bullets(doc: Minutes) -> list[Heading]:
    """The points of a portal page whose bullets kept only their numbers: "•   1", "•   2", ... "•   9".

    Three or more bullets of the same indentation hold a number alone or before a link to the point's files,
    counting up one by one from 1, half of them or more with nothing after the number, and none with a title
    on the line below it (a short line, no sentence, as the portal also prints them). Each is an item of
    that number, its title lost (empty); a link line is no title. A bullet list of figures ("• 12 ledamöter")
    has words after each number, and a list of years or amounts does not count up from 1.
    """
    found: list[tuple[int, int, str, int]] = []  # line, number, what follows it, indent
    for i, ln in enumerate(doc.lines):
        b = _bullet_text(ln)
        if b is None or not b[1][:1].isdigit():
            continue
        m = _COUNTING_BULLET.fullmatch(b[1].strip())
        if m is None:
            continue
        rest = (m.group(2) or "").strip()
        if rest and not _POINT_FILES_LINK.match(rest):
            continue
        below = next((k for k in range(i + 1, min(len(doc.lines), i + 3)) if not _is_blank(doc.lines[k])), None)
        if below is not None and _bullet_text(doc.lines[below]) is None and (
                len(t := doc.lines[below].text.strip()) <= _MAX_LOST_TITLE and not t.endswith((".", ":"))):
            return []  # "•   1" / "Mötets öppnande": the title on the line below, read as the portal's other layout
        found.append((i, int(m.group(1)), rest, b[0]))
    if len(found) < _MIN_COUNTING_BULLETS or found[0][1] != 1 or len({f[3] for f in found}) != 1:
        return []
    if any(b[1] != a[1] + 1 for a, b in pairwise(found)):
        return []
    if sum(1 for f in found if not f[2]) * 2 < len(found):
        return []
    out = []
    for i, number, _, _ in found:
        ln = doc.lines[i]
        start = ln.start + ln.text.index(str(number))
        out.append(Heading(str(number), "", i, start, start + len(str(number))))
    return out


def _all_headings_of(doc: Minutes, cands: list[_Candidate]) -> tuple[list[Heading], str]:
    """`_find_all_headings` of the numbered candidates `cands`, a lone paragraph aside."""
    counting = _counting_bullets(doc)
    if counting:
        return counting, "numbered"
    chain = _numbered_chain(doc, cands)  # read once for both readings below
    numbered = _numbered_headings(doc, cands, chain=chain)
    if len(numbered) >= 2:
        numbered = _run_in_formalities(doc, _lost_opening(doc, cands, numbered))
        numbered = _gap_titles(doc, _run_in_previous_minutes(doc, numbered))
        numbered = _emptied_diary_entries(doc, _page_head_gap_opener(doc, _page_opening_formalities(doc, numbered)))
        return _agenda_tail(doc, numbered, cands), "numbered"
    column = _number_column_headings(doc)
    if column:
        return column, "numbered"
    lettered = (_lettered_headings(doc) or _marked_sequence_headings(doc) or _inline_lettered_headings(doc)
                or _letter_numbered_bullets(doc))
    if lettered:
        return lettered, "numbered"
    sign_marked = _sign_marked_headings(doc)
    if sign_marked:
        return sign_marked, "marked"
    timetable = _timetable_slots(doc)
    if timetable:
        return timetable, "marked"
    agenda = _agenda_headings(doc)
    if agenda:
        return agenda, "agenda"
    marked = _marked_headings(doc)
    if len(marked) >= 2:
        return marked, "marked"
    paragraphs = _numbered_headings(doc, cands, paragraphs=True, chain=chain)
    contents = (_contents_lines(doc) or _unnumbered_contents(doc) or _dot_leader_runs(doc) or _paged_contents(doc)
                or _diary_parted_contents(doc) or _paged_unnumbered_contents(doc)
                or (_headed_unnumbered_contents(doc) if not paragraphs else []) or _page_head_titles(doc)
                or _capitals_run_list(doc))
    if len(contents) >= max(2, len(paragraphs)):
        return contents, "marked"
    number_lines = _number_line_headings(doc) if not paragraphs else []
    if number_lines:  # "Nr 12" / "Kollektivtrafikutredningen 2014": decisions numbered on lines of their own
        return number_lines, "numbered"
    listed_paragraphs = _listed_paragraphs(doc)
    if listed_paragraphs and len(listed_paragraphs) >= len(paragraphs):
        return listed_paragraphs, "marked"
    standalone = _standalone_headings(doc)
    if len(standalone) < 2 and not paragraphs and not numbered and not marked and _sentence_bullets(doc):
        standalone = []  # a lone date line over minutes of sentence bullets (read at the end)
    first_point = _cut_after_first_point(cands, standalone)
    if first_point:
        return first_point, "numbered"
    # The same lines read as numbered points keep their numbers ("1.1 Mötets öppnande" alone on its line).
    if standalone and len(standalone) >= len(paragraphs) and (
            [h.line for h in standalone] != [h.line for h in paragraphs]):
        return standalone, "standalone"
    run_in = _run_in_headings(doc) or _labelled_bullets(doc)
    if run_in and len(run_in) >= len(paragraphs):
        return run_in, "standalone"
    over_bullets = _headings_over_bullets(doc)
    if len(over_bullets) >= max(2, len(paragraphs)):
        return over_bullets, "standalone"
    listed = _listed_matters(doc)
    if len(listed) >= max(2, len(paragraphs)):
        return listed, "marked"
    presented = _presented_entries(doc)
    if len(presented) >= max(2, len(paragraphs)):
        # "Föredragningar ... - Internbudget 2017 Föredras av ..." on one page, then "31 Val av justerare
        # beslutar ...": the presentations are no paragraphs of the minutes; their own lone paragraph
        # after the list is the item.
        lone = [] if numbered or marked else _lone_paragraph(doc, cands)
        if lone and lone[0].line > presented[-1].line:
            return lone, "numbered"
        return presented, "presented"
    bullets = _top_bullets(doc.lines, range(len(doc.lines)))
    if bullets and _other_posts_bullets(doc.lines, bullets[0].line, bullets[-1].line):
        bullets = []  # "Frågor till skånetrafiken:" / "· Busshållplats ...", then "Minnesanteckningar Ungdomsrådet ..."
    if len(bullets) >= max(2, len(paragraphs)):
        bare = [] if numbered or marked else _bare_bullet_item(doc, cands)
        return (bare, "numbered") if bare else (bullets, "marked")
    headed = _bullet_headings(doc) or _bullet_headings(doc, spaced=True)
    if len(headed) >= max(2, len(paragraphs)):
        return headed, "marked"
    flat = _flat_dash_headings(doc)
    if len(flat) >= max(3, len(paragraphs)):
        return flat, "marked"
    dashed = _dashed_bullets(doc)
    if len(dashed) >= max(_MIN_DASHED_BULLETS, len(paragraphs)):
        return dashed, "marked"
    if paragraphs:
        return paragraphs, "numbered"
    sentence_bullets = [] if numbered or marked else _sentence_bullets(doc)
    if sentence_bullets:
        return sentence_bullets, "marked"
    if not numbered and not marked:
        # a lone paragraph first: "NÄRVARANDE ... ÖVRIGA DELTAGARE ... 1. Mötets öppnande ..."
        return (_lone_paragraph(doc, cands) or _bare_bullet_item(doc, cands) or _cut_diary_page_headings(doc)
                or _run_in_caps_headings(doc)
                or _presenter_headings(doc)), "numbered"
    return numbered or marked, "numbered" if numbered else "marked"


# --- status ---------------------------------------------------------------------------------


class Sentence(NamedTuple):
    """A sentence of the cleaned text with its offsets, and whether it sits in a bullet list.

    A named tuple, not a frozen dataclass: a document makes a hundred of them or more, and a
    tuple is built several times faster.
    """

    text: str
    start: int
    end: int
    bullet_block: int = 0  # bullets in the contiguous list the sentence belongs to (0: prose)


# `Sentence(*fields)` at C speed: a named tuple's own constructor is a Python function, and a
# document makes a hundred sentences or more. All four fields are given.
_new_sentence = partial(tuple.__new__, Sentence)
_BULLET_MARK = re.compile(r"^\s*[-*•–+·▪]\s+")
# A sentence ends at a stop followed by white space and a capital (the white space is the break).
# The stop opens the pattern so that a search skips to the next stop at once.
# A stop and white space before a capital; or a stop glued to the next sentence after a word of
# three letters or more ("... i höst.Frågan om ..."), which a copy of a web page leaves (not "t.ex.B").
_SENTENCE_END = re.compile(r"[.!?](?:(\s+)(?=[A-ZÅÄÖ\"”])|()(?<=[a-zåäöA-ZÅÄÖ][a-zåäö]{2}[.!?])(?=[A-ZÅÄÖ][a-zåäö]))")


def _sentence_spans(text: str, pos: int = 0) -> list[tuple[int, int]]:
    """The [start, end) of each sentence of `text[pos:]`, breaks left out (some may be blank)."""
    spans = []
    for m in _SENTENCE_END.finditer(text, pos):
        g = 1 if m.group(1) is not None else 2
        if g == 2 and m.start() - 3 < pos:
            continue  # the glued stop's word starts before `pos`: read from `pos`, it is too short
        spans.append((pos, m.start(g)))
        pos = m.end(g)
    spans.append((pos, len(text)))
    return spans


def _may_end_sentence(text: str, pos: int) -> bool:
    """False when `_SENTENCE_END` has no match in `text[pos:]`: it needs a stop with a character
    after it (most lines hold one sentence, its stop last)."""
    last = len(text) - 1
    return text.find(".", pos, last) >= 0 or text.find("!", pos, last) >= 0 or text.find("?", pos, last) >= 0


def _ends_sentence(text: str) -> bool:
    """`text.rstrip().endswith((".", "!", "?", ":"))`, copying the text only when it ends in white space."""
    if text[-1:].isspace():
        text = text.rstrip()
    return text.endswith((".", "!", "?", ":"))


# A copy that puts a blank line after each wrapped line ("§ 82 Verksamhetsplan och budget presenterades och ska
# godkännas på kommande" / "" / "bomöte."): the line before the blank runs to the wrap, in the middle of a clause.
_WRAP_OVER_BLANK_LEAST = 50
_WRAP_OVER_BLANK_END = re.compile(r"[a-zåäö][a-zåäö,]\Z")


def _wrapped_over_blank(line: Line) -> bool:
    """Whether `line` was cut by a wrap, not a paragraph's end: long, no heading, and ending in a lower-case word
    or a comma; a line in lower case after one blank line goes on from it."""
    text = line.text.rstrip()
    return (len(text) >= _WRAP_OVER_BLANK_LEAST and not line.level and _WRAP_OVER_BLANK_END.search(text) is not None
            and not _ends_sentence(text))


def sentences(doc: Minutes, first_line: int, end_line: int, skip_first: bool = True,
              start_at: int = 0) -> list[Sentence]:
    """Split lines [first_line, end_line) of `doc` into sentences.

    A line that goes on in lower case continues the sentence of the line before (hard-wrapped
    text, LaTeX `\\` breaks); a bullet, a heading or a blank line starts anew. Text before
    the clean offset `start_at` (an item's heading) is left out.
    """
    lines = doc.lines
    clean = doc.clean
    out: list[Sentence] = []
    block: dict[int, int] = {}  # for each bullet line, the number of bullets in its list
    bullets: list[int] = []  # the list being read
    runs: list[list[int]] = []  # [first line, last line] joined
    last = -2  # the last line of the last run
    for j in range(first_line, end_line):
        ln = lines[j]
        text = ln.text  # == clean[ln.start:ln.end]
        opening = text[:1]  # the first character after the indentation, "" for a blank line
        if opening.isspace():
            opening = text.lstrip()[:1]
        # Bullet lists: a blank line or a paragraph ends one; an indented line continues a bullet.
        if opening in _BULLETS and opening and _BULLET_LINE.match(text):
            bullets.append(j)
        elif bullets and not (opening and text.startswith((" ", "\t"))):  # no continuation line
            for x in bullets:
                block[x] = len(bullets)
            bullets = []
        if skip_first and j == first_line:
            continue
        if ln.start < start_at:
            text = clean[start_at:ln.start + len(text)]
            if not text or text.isspace():
                continue
        elif not opening:
            continue
        # A line that opens in lower case bears no bullet mark: it goes on from the line before,
        # unless that one ended a sentence.
        if (last == j - 1 and not ln.level and opening.islower() and not lines[last].level
                and not _ends_sentence(lines[last].text)):
            runs[-1][1] = j
        elif runs and last == j - 2 and not ln.level and opening.islower() and _wrapped_over_blank(lines[last]):
            runs[-1][1] = j  # "... ska godkännas på kommande" / "" / "bomöte.": a copy that wraps with blank lines
        else:
            runs.append([j, j])
        last = j
    for x in bullets:
        block[x] = len(bullets)
    for a, b in runs:
        start = max(lines[a].start, start_at)
        last_ln = lines[b]
        text = clean[start:last_ln.start + len(last_ln.text)]
        if a != b:
            text = text.replace("\n", " ")
        opening = text[:1]
        marker = _BULLET_MARK.match(text) if opening in _BULLETS or opening.isspace() else None
        pos = marker.end() if marker else 0
        size = block.get(a, 0)
        for a, b in _sentence_spans(text, pos) if _may_end_sentence(text, pos) else ((pos, len(text)),):
            piece = text[a:b]
            if piece and not piece.isspace():
                out.append(_new_sentence((piece, start + a, start + b, size)))
    return out


@dataclass(frozen=True, slots=True)
class Finding:
    """What one sentence says of its item: status, target and the phrase (offsets in the sentence)."""

    status: ItemStatus
    when: str | None
    body: str | None
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Announcement:
    """A topic announced for a later meeting; `when` as for a target."""

    when: str | None


# An extra meeting of the body (words.EXTRA_MEETING_LEADS ... NOUNS), a date or month after it at most, then what it
# is for (words.EXTRA_MEETING_PURPOSES): group 1 the meeting, group 2 the purpose.
# Between them a day, a time, or the verb that sets it ("Ett extrainsatt sammanträde hålls den 5 maj för att ...").
_EXTRA_GAP_WORD = (r"(?:[\d/.:–-]+|den|kl\.?|klockan|alternativt|alt\.?|eller|och|i|på|under|hålls|genomförs|"
                   r"planeras|bokas|sker|blir|äger\s+rum|"
                   + "|".join(words.MONTHS) + "|" + "|".join(w + "(?:en)?" for w in words.WEEKDAYS) + r")")
_EXTRA_MEETING_FOR = re.compile(
    r"(?<![\w-])((?:" + _alternation(words.EXTRA_MEETING_LEADS) + r")\s+(?:(?:" + _alternation(words.EXTRA_MEETING_KINDS)
    + r")\s+)?(?:" + _alternation(words.EXTRA_MEETING_NOUNS) + r")|extra(?:" + _alternation(words.EXTRA_MEETING_NOUNS)
    + r"))(?![\w-])(?:\s*,?\s*" + _EXTRA_GAP_WORD + r"(?![\w-]))*?\s*,?\s*(" + _alternation(words.EXTRA_MEETING_PURPOSES)
    + r")(?![\w-])")
_EXTRA_UNDECIDED = frozenset(words.EXTRA_MEETING_UNDECIDED)
_EXTRA_CONDITION = re.compile(r"(?<![\w-])(?:" + _alternation(words.EXTRA_MEETING_CONDITIONS) + r")(?![\w-])")
# The words that tell a decision taken, beside one of EXTRA_MEETING_UNDECIDED ("Efter diskussion beslutades att ...").
_DECIDED_WORDS = frozenset({"beslut", "beslutades", "beslöts", "beslöt", "beslutade", "beslutar", "bestämdes",
                            "bestämde", "bestämmer", "enades", "enas"})
# "med" after the meeting that names no one: what it is for ("med fokus på", "med anledning av").
_WITH_PURPOSE = re.compile(r"med\s+(?:fokus|anledning|inriktning|temat?)(?![\w-])")


def _extra_meeting_for_matter(low: str, found: _Words) -> re.Match[str] | None:
    """An extra meeting of the body set for the matter (`_EXTRA_MEETING_FOR`): "Beslut: Genomföra ett extra digitalt
    styrelsemöte 210406/210407 med fokus på punkt 8-9", "Styrelsen beslöt hålla ett extra möte om frågan". None for
    one discussed or proposed only, held already, wanted only if need be, in a while ("om två veckor"), negated,
    with someone else ("med kommunen") or held by another body ("kommunstyrelsens extra sammanträde")."""
    m = _EXTRA_MEETING_FOR.search(low)
    if m is None:
        return None
    if (not _MEETING_HELD.isdisjoint(found.words) or not _NEGATIONS.isdisjoint(found.words)
            or (not _EXTRA_UNDECIDED.isdisjoint(found.words) and _DECIDED_WORDS.isdisjoint(found.words))
            or _EXTRA_CONDITION.search(low) is not None):
        return None
    if m.group(2) == "om" and _IN_A_WHILE.match(low, m.end(1)) is not None:
        return None  # "ett extra möte om två veckor": a time, no matter
    after = low[m.end(1):]
    with_someone = re.search(r"(?<![\w-])med(?![\w-])", after.split(".")[0])
    if with_someone is not None and not _WITH_PURPOSE.match(after, with_someone.start()):
        return None  # "ett extra möte med kommunen om detta"
    before = _WORD.findall(low, 0, m.start())
    if any(_body_genitive(w) or (w.endswith(_OTHER_BODIES) and w not in _OTHER_BODIES) for w in before):
        return None  # "Kommunfullmäktige håller ett extra sammanträde om budgeten": another body's meeting
    return m


# A day said as one or another: "210406/210407", "6 eller 7 april", "den 6/4 alternativt 7/4".
_OR_ANOTHER_DAY = re.compile(r"\s*(?:/|eller|alternativt|alt\.)\s*(?:den\s+)?\d")


def _alternative_month(text: str, meeting: date | None) -> str | None:
    """The month of the first later day the text names, when that day is one of two or more ("ett extra
    styrelsemöte 210406/210407": "2021-04"); None when the day is said alone (or none is)."""
    if meeting is None or not _has_digit(text):
        return None
    for dm in find_dates(text, after=meeting):
        if dm.kind is not DateKind.DAY or not isinstance(dm.value, date) or dm.value <= meeting:
            continue
        return dm.value.isoformat()[:7] if dm.alternative or _OR_ANOTHER_DAY.match(text, dm.end) else None
    return None


_WORD = re.compile(r"\w+")


def _key_words(*lists: Iterable[str]) -> frozenset[str]:
    """The longest word of each phrase: a sentence without any of them cannot match a phrase."""
    return frozenset(max(_WORD.findall(p.lower()), key=len) for lst in lists for p in lst if _WORD.findall(p))


_TRIGGER_WORDS = _key_words(
    words.NOMINATING_TASKED, words.REPORT_BACK_NOUNS,
    words.POSTPONED, words.POSTPONED_IF_MATTER, words.DROPPED_WORDS, words.RETURNS,
    words.RETURNS_WITH_LATER, words.REFERRED_VERBS, words.REFERRED_MATTER,
    words.REFERRED_TO_GENERAL_MEETING, words.NEXT_WORDS, words.RECURRING, words.FIRST_READING,
    words.SECOND_READING, _DECISION_LATER_PHRASES, words.REVISIT, words.POSTPONED_IF_MATTER_MORE,
    words.POSTPONED_MORE, _DECISION_AT_PHRASES, words.LATER_MEETINGS_MORE, words.RETURNS_MORE,
    words.POSTPONED_LEFT_FOR_LATER, words.REFERRED_VERBS_ONWARD, words.TAKEN_UP_LATER_VERBS, words.LATER_NOT_NEXT,
    words.LATER_NOT_NEXT_AFTER, words.DECIDED_BY_OTHER_BODY, words.POSTPONED_IF_MATTER_DROPPED,
    words.REFERRED_VERBS_PAST, words.MATTER_DROPPED, words.REFERRING_VERBS, words.POSTPONED_ACTIVE_PAST,
    words.REFERRED_LIFTED_UP, words.TASKED_WITH,
    words.RETURNS_AFTER_THOUGHT, words.RETURNS_AT_FOLLOWING_MEETING, words.HANDLED_AT_BODYS_MEETING,
    words.MATTER_COMES_BACK, words.OFF_THE_AGENDA, words.MEET_AGAIN_ON_MATTER, words.ON_NEXT_AGENDA,
    words.MATTER_LAID_ASIDE, words.REFERRED_VERBS_MORE, words.REVISIT_MORE, words.FRONTED_NEXT_VERBS,
    words.FRONTED_NEXT_PASSIVES,
    words.MATTER_DROPPED_MODAL, words.OFF_THE_AGENDA_MORE, words.CARRYING_VERBS, words.REFERRED_VERBS_TAKEN_ALONG,
    words.COMES_BACK_WITH_REPORT,
    words.REVISIT_EVALUATE, words.MINUTES_NOT_APPROVED, words.MEET_AGAIN_TO_FOLLOW_UP,
    words.POSTPONED_IF_MATTER_FORWARD, words.REFERRING_VERBS_ACTIVE_PAST, words.REFERRING_VERBS_PASSIVE,
    words.POSTPONED_IF_MATTER_WIDENED, words.POSTPONED_MOVED_ACTIVE, words.RETURNS_SENT_BACK, words.TAKEN_UP_SETTLED,
    words.RETURNS_REWORKED,
    words.HANDED_ON_TO_LATER_MEETING, words.NOT_HANDLED_NOW, words.MORE_TO_TELL, words.PROPOSAL_LAID_BEFORE,
    words.DECISION_BASIS_PREPARED, words.RETURNS_IN_NEXT_MEETING, words.COMMENTS_BEFORE_MEETING,
    words.ADOPTED_AT_DATED_MEETING, words.ELLIPTIC_STANDING, words.RESCHEDULED, words.NO_DECISION_TAKEN,
)
_DATE_WORDS = frozenset(words.MONTHS) | frozenset(words.WEEKDAYS) | frozenset(words.ORDINALS)


# A meeting with someone else in the rest of the clause ("ett nytt möte om det med kommunen").
_WITH_SOMEONE = re.compile(r"[^.;:!?]*?(?<![\w-])med(?![\w-])")
# Tests that skip a pattern a sentence cannot match, from the sentence's words (see _PHRASE_INDEX).
# Each of these patterns needs one of its words whole: "nästa möte" needs "nästa".
_NEXT_KEYS = frozenset(words.NEXT_WORDS)
_LATER_OTHER_BODY_KEYS = frozenset({"nästa", "kommande", "nästkommande"})
_DROPPED_KEYS = frozenset(words.DROPPED_WORDS)
# _ANNOUNCE_MEETING matches a whole word that ends with one of these ("kommunalt forum", "enhetsmöte").
_ANNOUNCE_MEETING_ENDS = tuple(words.ANNOUNCE_MEETINGS)
# _referred_subject holds only when the first word is one of these.
_ELLIPTIC_FIRST = frozenset(words.ELLIPTIC_MODALS) | frozenset(words.ELLIPTIC_REFERRING)
_SUBJECT_FIRST = _ELLIPTIC_FIRST | frozenset(words.REFERRED_SUBJECTS)
# `classify` finds a status only through one of these phrase patterns (or _DROPPED, or a body
# named after "nästa" with a _REFERRED_DECIDE verb); `announcement` needs one of the verbs.
_STATUS_PHRASES = frozenset(map(id, (_POSTPONED, _POSTPONED_IF_MATTER, _RETURNS, _RETURNS_LATER, _MEET_AGAIN,
                                     _ON_NEXT_AGENDA,
                                     _REFERRED_GENERAL, _REFERRED_MATTER, _REFERRED_MATTER_VERB, _REFERRED, _FIRST_READING,
                                     _SECOND_READING, _READING_AHEAD, _DECISION_LATER, _REVISIT,
                                     _DECISION_AT, _LATER_MEETING, _TAKEN_UP_LATER, _LATER_NOT_NEXT,
                                     _REFERRED_LIFTED, _TASKED, _HANDLED_AT_BODY, _FRONTED_NEXT_VERB,
                                     _CARRIED_MATTER_VERB, _INVERTED_MATTER_VERB, _PUT_OFF_MORE, _MORE_TO_TELL,
                                     _DECISION_BASIS, _COMMENTS_BEFORE, _ADOPTED_LATER, _STANDING_ALONE,
                                     _NO_DECISION)))
_ANNOUNCE_PHRASES = frozenset(map(id, (_HANDLED_LATER, _PREPARE, _ANNOUNCE_VERB, _WHEN_READY, _REQUEST_VERB)))


class _Words:
    """A sentence's lower-cased text, its words and the phrase patterns they allow.

    The tests below search a pattern only when the sentence holds the words it needs; IGNORECASE
    also matches "ı" to "i" and "ſ" to "s", so a text with either (`odd`) is always searched.
    """

    __slots__ = ("_names_meeting", "low", "odd", "possible", "words")

    def __init__(self, low: str, words_of: set[str]) -> None:
        self.low = low
        self.words = words_of
        self.possible = _possible_phrases(low, words_of)
        self.odd = self.possible is None
        self._names_meeting: bool | None = None

    def may(self, pattern: re.Pattern[str]) -> bool:
        """Whether the phrase pattern may match."""
        return self.possible is None or id(pattern) in self.possible

    def search(self, pattern: re.Pattern[str]) -> re.Match[str] | None:
        """`pattern.search(low)` for a phrase pattern, skipped when the words rule it out."""
        if self.possible is None:
            return pattern.search(self.low)
        return _search_phrases(pattern, self.low, self.words) if id(pattern) in self.possible else None

    def has(self, keys: frozenset[str]) -> bool:
        """Whether one of `keys` is a word of the sentence (always, for an odd text)."""
        return self.odd or not keys.isdisjoint(self.words)

    def next_meeting(self, low: str | None = None) -> re.Match[str] | None:
        """`_NEXT.search(low)` (by default the whole sentence), skipped when no next-word is there."""
        return _NEXT.search(self.low if low is None else low) if self.has(_NEXT_KEYS) else None

    def names_meeting(self) -> bool:
        """Whether `_ANNOUNCE_MEETING` matches; skipped when no word ends in a meeting noun."""
        if self._names_meeting is None:
            self._names_meeting = ((self.odd or any(map(str.endswith, self.words, repeat(_ANNOUNCE_MEETING_ENDS))))
                                   and _ANNOUNCE_MEETING.search(self.low) is not None)
        return self._names_meeting

    def may_classify(self) -> bool:
        """False when `classify` cannot find a status in the sentence."""
        return (self.possible is None or not _STATUS_PHRASES.isdisjoint(self.possible) or self.has(_DROPPED_KEYS)
                or (self.has(_LATER_OTHER_BODY_KEYS) and (self.may(_REFERRED_DECIDE) or self.may(_DECIDED_AT_MEETING)))
                or "extra" in self.low)  # an extra meeting set for the matter (`_extra_meeting_for_matter`)

    def may_announce(self) -> bool:
        """False when `announcement` cannot find one in the sentence."""
        return self.possible is None or not _ANNOUNCE_PHRASES.isdisjoint(self.possible)


def _words(low: str) -> _Words:
    return _Words(low, set(_WORD.findall(low)))


def _before_next(found: _Words) -> bool:
    """Whether the sentence sets a deadline before the next meeting ("innan nästa möte"), not
    "inför nästa års sommarresa"."""
    m = found.search(_BEFORE_NEXT)
    return m is not None and _NEXT_PERIOD.match(found.low, m.end()) is None


_MEETING_PAPERS = frozenset(words.MEETING_PAPERS)
_ON_THE_AGENDA = frozenset({"på", "i", "till", "upp", "med"})
_NEXT_MEETING_ROLES = frozenset(words.NEXT_MEETING_ROLES)
_LETTERS = re.compile(r"[^\W\d_]+")


def _papers_of_next(low: str, at: int) -> bool:
    """Whether the word right before `at` ("till nästa möte") names the next meeting's own papers or room
    ("Kallelse och handlingar till nästa möte skickas ut"), or opens the sentence with a role there
    ("Mötesordförande vid nästa möte blir Anna", not "Val av ordförande vid nästa möte"): nothing of the
    item comes back."""
    before = low[max(0, at - 30):at].split()
    if not before:
        return False
    word = before[-1].strip(",.:;()")
    if word in _MEETING_PAPERS:
        return len(before) < 2 or before[-2] not in _ON_THE_AGENDA  # "på dagordningen till nästa möte": put there
    return word in _NEXT_MEETING_ROLES and len(_LETTERS.findall(low, 0, at)) == 1  # a list's dash is no word


_PARTAKING = re.compile(r"(?:" + _alternation(words.PARTAKING_VERBS) + r")\s+$")


def _fronted_subject(low: str, m: re.Match[str]) -> bool:
    """Whether the verb `m` after a fronted "Nästa möte" has a subject of its own: always for the active phrases
    ("ska vi diskutera"); for a passive (FRONTED_NEXT_PASSIVES), a word after it that is no preposition, date or
    time ("Nästa möte diskuteras budgeten", not "Nästa möte presenteras i kallelsen", "... beslutas den 3/5")."""
    if " ".join(m.group(0).split()) not in _FRONTED_PASSIVES:
        return True  # an active phrase, or a passive whose subject stands inside it ("tas lokalfrågan upp")
    after = _WORD.search(low, m.end())
    if after is None or low[m.end():after.start()].strip(" \t,") != "":
        return False  # nothing, or a stop, after the verb: the meeting itself is its subject
    word = after.group(0)
    return not word[:1].isdigit() and word not in _FRONTED_NO_SUBJECT


def _partakes_in(low: str, m: re.Match[str]) -> bool:
    """Whether the phrase `m` is "i nästa möte" after someone's taking part ("Anna deltar i nästa möte")."""
    return m.group(0).startswith("i ") and _PARTAKING.search(low, max(0, m.start() - 20), m.start()) is not None


def _valid_day(iso: str) -> bool:
    """Whether "YYYY-MM-DD" names a real day (not 29 February of a common year)."""
    try:
        date.fromisoformat(iso)
    except ValueError:
        return False
    return True


# What `str.isdigit` tells below U+1369 (the first digit after these that is no decimal digit).
_DIGIT_BELOW_1369 = re.compile("[\\d\u00b2\u00b3\u00b9]")
_FROM_1369 = re.compile("[\u1369-\U0010ffff]")


def _has_digit(text: str) -> bool:
    """`any(map(str.isdigit, text))`, searched at C speed: besides the decimal digits (`\\d`) only
    "²", "³" and "¹" are digits below U+1369; a text with a character from there is read the long way."""
    if _DIGIT_BELOW_1369.search(text) is not None:
        return True
    return _FROM_1369.search(text) is not None and any(map(str.isdigit, text))


# A meeting named by its month, in one word: "junimötet", "septembersammanträdet", "decemberträffen": a month
# name (words.FULL_MONTHS), then a meeting noun (words.MEETING_SUBJECT_NOUNS).
_MONTH_MEETING = re.compile(r"(?<![\w-])(" + "|".join(words.FULL_MONTHS) + r")(?=(?:"
                            + "|".join(words.MEETING_SUBJECT_NOUNS) + r")(?![\w-]))", re.IGNORECASE)
_MONTH_MEETING_KEYS = tuple(sorted({n[:4] for n in words.MEETING_SUBJECT_NOUNS}))  # one of them is in such a word


def when_of(text: str, meeting: date | None) -> str | None:
    """When a sentence says a matter comes back: "next", "YYYY-MM", "YYYY-MM-DD" or None.

    `meeting` is the meeting date; a month without a year is the first such month from it.
    Without a meeting date only dates with a written year count. A meeting named by its month
    ("bordläggs till junimötet") is in that month.
    """
    if any(k in text for k in _MONTH_MEETING_KEYS):
        text = _MONTH_MEETING.sub(r"\1 ", text)  # "junimötet" -> "juni mötet": the month reads as one
    low = text.lower()
    found = _words(low)
    later = found.search(_LATER_NOT_NEXT)
    if later:
        return dated_later_meeting(text, later.end(), meeting)
    if (found.next_meeting() and not _before_next(found)) or _recurring_plan(found):
        return "next"
    if not _has_digit(low) and not _DATE_WORDS.intersection(found.words):
        return None
    for dm in find_dates(text, after=meeting or date(1, 1, 1)):
        if dm.kind not in (DateKind.DAY, DateKind.MONTH) or dm.value is None or dm.tentative:
            continue
        if meeting is None and not dm.explicit_year:
            continue
        iso = dm.iso or ""
        if meeting is not None and iso[:len(iso)] < meeting.isoformat()[:len(iso)]:
            if dm.explicit_year or not iso[:4].isdecimal():
                continue
            # a month or day without its year that has passed this year comes back the next year
            # ("återkommer i februari" at a meeting in March)
            iso = f"{int(iso[:4]) + 1:04d}{iso[4:]}"
            if iso[:len(iso)] < meeting.isoformat()[:len(iso)] or (len(iso) == 10 and not _valid_day(iso)):
                continue
        return iso
    return None


# What may stand between a later meeting and its date: "ett extra möte 210621", "ett senare möte den 4 maj".
_LATER_MEETING_DATE_GAP = re.compile(
    r"(?:\s+(?:möte|mötet|sammanträde|sammanträdet|tillfälle))?[\s,:]*(?:(?:den|på)\s+)?"
    r"(?:[^\W\d_]+dag(?:en)?\s*,?\s+(?:den\s+)?)?",
    re.IGNORECASE,
)
_LATER_MEETING_BACK = 20  # how much before the date its reading may need ("möte 210621": a label)


def dated_later_meeting(text: str, at: int, meeting: date | None) -> str | None:
    """The date written right after a later meeting that is not the next ("tills ett extra möte 210621").

    `at` is where the words naming the later meeting end. Only a day-precise date that follows at
    once, and not before the meeting, dates it; else the later meeting stays undated (None).
    """
    gap = _LATER_MEETING_DATE_GAP.match(text, at)
    start = gap.end() if gap else at
    if start >= len(text) or not text[start].isdigit():
        return None
    lo = max(0, start - _LATER_MEETING_BACK)
    for dm in find_dates(text[lo:start + 24], after=meeting or date(1, 1, 1)):
        if dm.end <= start - lo:
            continue
        if dm.start > start - lo or dm.kind is not DateKind.DAY or not isinstance(dm.value, date) or dm.tentative:
            return None
        if (meeting is None and not dm.explicit_year) or (meeting is not None and dm.value < meeting):
            return None
        return dm.value.isoformat()
    return None


def _referred_subject(found: _Words) -> bool:
    """The sentence is about the item's own matter: "Frågan kommer ...", not "Frågan om vem ..."."""
    if not found.has(_SUBJECT_FIRST):
        return False  # the first word is none of them
    first_two = [m.group() for _, m in zip(range(2), _RX_REFERRED_SUBJECT_1.finditer(found.low))]
    if len(first_two) < 2:
        return False
    if first_two[0] in _ELLIPTIC_FIRST:
        return True  # "Ska diskuteras på SK.": the item's matter is the unwritten subject
    if first_two[0] not in words.REFERRED_SUBJECTS:
        return False
    return first_two[1] not in words.SUBJECT_QUALIFIERS


# This very meeting, right after a cue that would send the matter to a later one ("för beslut på dagens möte").
_TODAYS_MEETING_AFTER = re.compile(r"\s+(?:(?:på|vid|under|till)\s+)?(?:" + "|".join(words.TODAYS_MEETING_WORDS) + r")\s+\w*(?:möte|mötet|sammanträde"
                                   r"|sammanträdet|styrelsemöte|träff)(?![\w-])")
_FORMAL_MATTER_ENDS = tuple(words.FORMAL_MATTER_ENDINGS)
# What the body is to do with the matter, after its name: "till kommunstyrelsen för beredning".
_FOR_PURPOSE = re.compile(r"\s+för\s+(?:beredning|yttrande|beslut|handläggning|åtgärd|kännedom|besvarande|vidare)\b",
                          re.IGNORECASE)


def _formal_matter_subject(found: _Words) -> bool:
    """The sentence opens with a formal matter as its subject, a word `REFERRED_SUBJECTS` leaves out:
    "Medborgarförslaget överlämnas ...", "Motionen remitteras ..." (not "Motionen om ...")."""
    first_two = [m.group() for _, m in zip(range(2), _RX_REFERRED_SUBJECT_1.finditer(found.low))]
    return (len(first_two) == 2 and first_two[0].endswith(_FORMAL_MATTER_ENDS)
            and first_two[1] not in words.SUBJECT_QUALIFIERS)


def is_general_move(text: str) -> bool:
    """A statement that whatever is not reached moves to the next meeting."""
    return _general_move(_words(text.lower()))


def _general_move(found: _Words) -> bool:
    return bool(found.search(_MOVE_VERB) and found.search(_GENERAL_MOVE) and found.next_meeting())


_ADJOURNED_MEETING = re.compile(r"(?<![\w-])(?:" + "|".join(words.ADJOURNED_MEETINGS) + r")\s*$")
_ADJOURNED_FOR = re.compile(r"\s+(?:\d|(?:" + "|".join(re.escape(w) for w in words.ADJOURNED_FOR + words.ADJOURNED_MEETINGS)
                            + r")(?![\w-]))")  # "ajournerades sammanträdet klockan 14.00": the meeting after it


# A run-in label opening the sentence ("Beslut:", "Förslag till beslut:", RUN_IN_LABELS), perhaps after a dash.
_OPENING_LABEL = re.compile(r"\s*(?:[-–•*]\s*)?(?:" + "|".join(words.RUN_IN_LABELS) + r")\s*:\s*")


def _deferred_matter(found: _Words) -> re.Match[str] | None:
    """A deferring verb that defers the item's own matter (see POSTPONED_IF_MATTER)."""
    low = found.low
    m = found.search(_POSTPONED_IF_MATTER)
    if m is None:
        return None
    before = low[:m.start()]
    if before.endswith(" som "):
        return None  # "Presentationen, som ställdes in förra året, genomfördes": a relative clause
    if _STATUTE_STRUCK.search(low, max(0, m.start() - 8), m.end()):
        return None  # "7 § ströks", "9§ ströks": a paragraph of the statutes struck, not the item
    if m.group(0).startswith("ajourn") and (_ADJOURNED_MEETING.search(before) or _ADJOURNED_FOR.match(low, m.end())):
        return None  # "Sammanträdet ajournerades klockan 20.15-20.30": a break in the meeting
    label = _OPENING_LABEL.match(before)
    if label is not None:
        # "Beslut: Årsmöte + Dansfest 20/3 flyttas till Vinterträdgården": the label is no matter named ("beslut"),
        # the subject after it is; "Beslut: Skjuts upp." still has none
        before = before[label.end():]
    if not _RX_IS_EXCLUDED_HEADING_1.search(before) or _MATTER.search(before) or _MATTER.search(low[m.end():m.end() + 12]):
        return m
    if found.next_meeting(low[m.start():]) and not found.search(_BEFORE_NEXT):
        return m
    return None


# "till" after a deferring verb, then the body it names: "bordläggs till årsmötet", "skjuta på
# beslutet om garaget till en extra föreningsstämma" (the first "till" of the clause only).
_DEFERRED_TO = re.compile(r"[^.;:!?]{0,60}?\btill\s+(?:(?:" + "|".join(words.DEFERRED_TO_QUALIFIERS) + r")\s+)*",
                          re.IGNORECASE)


def _deferred_to_body(text: str, at: int) -> str | None:
    """The other body a deferral at `at` passes the matter to ("... till en extra föreningsstämma"), if any."""
    m = _DEFERRED_TO.match(text, at)
    return _other_body(text[m.end():]) if m else None


def _names_other_body(found: _Words) -> bool:
    """Whether a word of the sentence names another body ("kommunstyrelsen", "årsmötet", "regionstyrelsens")."""
    return any(w.endswith(_OTHER_BODIES) or _body_genitive(w) for w in found.words)


def sentence_words(text: str) -> set[str]:
    """The words of a sentence, lower-cased, as the phrase tests below read them."""
    return set(_WORD.findall(text.lower()))


def classify(text: str, meeting: date | None = None, words_of: set[str] | None = None) -> Finding | None:
    """Return the status, target and phrase that one sentence gives its item.

    Returns None for a sentence that says nothing about the item's fate. `meeting` is the
    meeting date, from which a month without a year is resolved forward. `words_of` is
    `sentence_words(text)`, when the caller has it.
    """
    low = text.lower()
    if words_of is None:
        words_of = set(_WORD.findall(low))
    if not _TRIGGER_WORDS.intersection(words_of):
        return None  # most sentences say nothing of the item's fate: one set lookup tells
    return _classify(text, meeting, _Words(low, words_of))


def _is_tabled_section(low: str) -> bool:
    """Whether a (lower-cased) line only names the section for tabled matters, or says it is empty."""
    # Each name holds _TABLED_MARK inside a word, which the normalising keeps as it is.
    return _TABLED_MARK in low and " ".join(_EDGE_MARKS.sub("", low).split()) in _TABLED_SECTIONS


def _reading_to_come(found: _Words) -> re.Match[str] | None:
    """The phrase saying a matter read once comes back for another reading, if the sentence says so."""
    ahead = found.search(_READING_AHEAD)
    if ahead is not None:
        return ahead  # "tas upp för andra läsning på årsmötet"
    second = found.search(_SECOND_READING)
    needed = found.has(_READING_NEEDED)
    if second is not None and needed:
        return second  # "behöver godkännas även vid en andra läsning"
    first = found.search(_FIRST_READING)
    if first is not None and (second is None or needed):
        return first  # "godkände ändringen vid en första läsning", not "antogs i andra läsning"
    return None


_PAID_OUT = frozenset(words.PAID_OUT_NOUNS)


def _dropped_item(low: str) -> re.Match[str] | None:
    """A bare "utgår" that drops the item ("Punkt 5: Utgår."), not a sum paid out ("Ersättning utgår.")."""
    for m in _DROPPED.finditer(low):
        before = low[max(0, m.start() - 40):m.start()].split()
        noun = before[-1].strip(",.:;()") if before else ""
        if noun in _PAID_OUT or noun.endswith(("ersättning", "ersättningen", "arvode", "arvodet")):
            continue
        return m
    return None


# The meeting right after "inför": "nästa möte", or a meeting noun ("styrelsemötet") with its date after it.
_COMMENTS_MEETING = re.compile(r"\s+(?:(?P<next>" + "|".join(words.NEXT_WORDS) + r")\s+)?[\wåäö-]*?(?:"
                               + "|".join(words.MEETING_SUBJECT_NOUNS) + r")(?![\w-])")


def _comments_for_meeting(text: str, low: str, at: int, meeting: date | None) -> str | None:
    """When comments asked for "inför" (ending at `at`) are for: "next", the date of the meeting named right
    after it ("inför styrelsemötet den 25 augusti"), or None (a meeting with no date, as "inför mötet")."""
    m = _COMMENTS_MEETING.match(low, at)
    if m is None:
        return None
    if m.group("next"):
        return "next"
    when = dated_later_meeting(text, m.end(), meeting)
    return when if when is not None and meeting is not None and when > meeting.isoformat() else None


# The body after a basis for a decision: "underlag för beslut i kommunfullmäktige", "beslutsunderlag till nämnden".
_BASIS_FOR = re.compile(r"\s+(?:i|till|av|hos|inför)\s+([\wåäö-]+)")


def _basis_for_other_body(low: str, at: int) -> bool:
    """Whether the basis for a decision ending at `at` is for another body's decision ("underlag för beslut i
    kommunfullmäktige"), not this body's ("underlag för beslut om hur arbetet ska gå vidare")."""
    m = _BASIS_FOR.match(low, at)
    return m is not None and (m.group(1).endswith(_OTHER_BODIES) or _body_genitive(m.group(1)))


def _point_dropped(low: str, meeting: date | None) -> re.Match[str] | None:
    """A point named by its number that "utgår" and is to be dealt with later ("Ärende nr 11 utgår och
    behandlas vid styrelsens sammanträde den 12 november"), not one cited after a preposition ("Ersättning
    enligt punkt 3 utgår"). A point only struck from today's agenda ("informerar om att punkt 7 utgår på
    grund av att gästen inte kan delta") says nothing of a later meeting: not carried."""
    for m in _NUMBERED_POINT_DROPPED.finditer(low):
        before = low[max(0, m.start() - 20):m.start()].split()
        if before and before[-1] in _CITING_PREPOSITIONS:
            continue
        rest = low[m.end():]
        if when_of(rest, meeting) is not None or _LATER_NOT_NEXT.search(rest):
            return m
    return None


# A paragraph of statutes or a law struck: the number before "§" (a meeting's paragraph is "§ 7").
_STATUTE_STRUCK = re.compile(r"(?<![\w§])\d{1,3}\s?§\s+(?:stryks|ströks|struken|struks)(?![\w-])")


_PAST_DEFERRALS = frozenset(words.PAST_DEFERRALS + words.PAST_DEFERRALS_ACTIVE)
_NONE_OPENERS = frozenset(words.NONE_DEFERRED_OPENERS)
_MEETING_MOVED_VERBS = tuple(words.MEETING_MOVED_VERBS)
_MEETING_SUBJECT = re.compile(
    r"\s*(?:(?:nästa|kommande|nästkommande|planerade|ordinarie)\s+)?[\wåäö-]*?(?:"
    + "|".join(sorted(words.MEETING_SUBJECT_NOUNS, key=len, reverse=True))
    + r")(?:\s+(?:den|i|på|under)\s+[\w/.\s-]{1,24}?)?\s*$"
)


_TO_A_MEETING = re.compile(r"\s+till\s+(?:\w+\s+){0,2}?(?:" + "|".join(words.MEETING_SUBJECT_NOUNS) + r")(?![\w-])")


_RESCHEDULED = frozenset(words.RESCHEDULED)
_MEETING_WORD = re.compile(r"[\wåäö-]*?(?:" + "|".join(sorted(words.MEETING_SUBJECT_NOUNS, key=len, reverse=True))
                           + r")(?![\w-])")


def _new_time_for_meeting(low: str, m: re.Match[str]) -> bool:
    """Whether a new time being found (`words.RESCHEDULED`) is a meeting's ("Mötet ställs in, ny tid bokas"):
    a meeting noun opens the sentence (past "nästa", "kommande"), so the item's matter is not put off."""
    if " ".join(m.group(0).split()) not in _RESCHEDULED:
        return False
    lead = low.lstrip(" \t\n-–•*").split(None, 1)
    first = lead[0] if lead else ""
    if first in ("nästa", "kommande", "nästkommande", "planerade", "ordinarie") and len(lead) > 1:
        first = lead[1].split(None, 1)[0]
    return _MEETING_WORD.fullmatch(first.strip(",.:;")) is not None


def _meeting_moved(low: str, m: re.Match[str]) -> bool:
    """Whether the deferring verb `m` moves or calls off a meeting named as its subject ("Styrelsemötet
    den 12 maj flyttas till 19 maj", "Mötet i april utgår"), not the item's matter."""
    if not m.group(0).lower().startswith(_MEETING_MOVED_VERBS):
        return False
    clause = _CLAUSE_OPENING.split(low[:m.start()])[-1]
    if _MEETING_SUBJECT.match(clause) is None:
        return False
    # moved to a meeting, not a day ("Årsmötet flyttas till nästa möte"): the subject is a matter
    return _NEXT.search(low, m.start()) is None and _TO_A_MEETING.search(low, m.start()) is None


_CLAUSE_OPENING = re.compile(r"[,;:.!?()]|\s(?:och|men|varför|eftersom|då|så|samt|att)\s")
_MAX_NONE_CLAUSE_WORDS = 4  # "ingen av de övriga punkterna"


# The next meeting fronted bare, the verb and "vi" inverted after it: "Nästa gång ska vi diskutera
# rekrytering", "Nästa möte tar vi upp lokalfrågan" (as "På nästa möte ska vi diskutera ...").
_FRONTED_NEXT = re.compile(r"\s*(?:" + "|".join(words.NEXT_WORDS) + r")\s+(?:gång|gången|möte|mötet|sammanträde|"
                           r"sammanträdet|träff|träffen|styrelsemöte|styrelsemötet)\s+", re.IGNORECASE)
_NEGATIONS = frozenset({"inte", "ej", "icke", "aldrig"})
_TAKEN_UP_BARE_NEXT = re.compile(
    r"(?<![\w-])(?:" + _alternation(words.TAKEN_UP_BARE_NEXT) + r")"
    r"(?:\s+[\wåäö]+){0,2}?\s+(?:" + "|".join(words.NEXT_WORDS) + r")\s+(?:gång|gången|möte|mötet|sammanträde|träff)"
    r"(?![\w-])(?!\s+(?:hålls|blir|är|äger))",
    re.IGNORECASE,
)


# After words.MORE_TO_TELL: at most a verb and a preposition, then where the next meeting is named.
_MORE_TO_TELL_AT_NEXT = re.compile(r"(?:\s+(?:" + "|".join(words.MORE_TO_TELL_VERBS) + r"))?(?:\s+(?:"
                                   + "|".join(words.MORE_TO_TELL_AT) + r"))?\s+(?=(?:" + "|".join(words.NEXT_WORDS)
                                   + r")\s)")


def _none_deferred(low: str, at: int) -> bool:
    """Whether the clause of the status phrase at `at` opens with a no-word and names only what none of
    was deferred ("Inga ärenden bordlades", "Ingen av punkterna", "Inga bordlagda ärenden fanns"); not
    "Inga synpunkter kom in och ärendet bordlades", where the phrase has a clause of its own."""
    if "ing" not in low and "några" not in low and "något" not in low:
        return False
    clause = _CLAUSE_OPENING.split(low[:at])[-1].split()
    return (0 < len(clause) <= _MAX_NONE_CLAUSE_WORDS
            and (clause[0] in _NONE_OPENERS or " ".join(clause[:2]) in _NONE_OPENERS))


_HISTORY_REACH = 60  # how far after the past verb its date may stand, in its clause
_CLAUSE_END = re.compile(r"[,;:!?]|\.(?:\s|$)|\s(?:och|men|som|eftersom|då|samt)\s", re.IGNORECASE)


def _deferred_before(text: str, m: re.Match[str], meeting: date | None) -> bool:
    """Whether the past deferral `m` is dated before the meeting ("Ärendet bordlades vid sammanträdet i
    februari", "återremitterades av kommunfullmäktige 2020-12-14"): the item's history, not its fate.

    The date stands in the verb's clause. A month without its year is read as the last such month up to
    the meeting; a "till" before the date makes it a target ("bordlades till mötet i februari").
    """
    if m.group(0).lower() not in _PAST_DEFERRALS:
        return False
    if _past_time_in_clause(text, m) or _deferred_by_other_body(text, m):
        return True  # "Frågan bordlades förra året", "I fjol sköts frågan upp", "Kommunstyrelsen bordlade ärendet"
    if meeting is None:
        return False
    return _dated_before_in_clause(text, m.end(), _HISTORY_REACH, meeting, target_word=True)


# Another body named as the doer of a past deferral: its subject right before the verb ("Kommunstyrelsen bordlade
# ärendet", "Regionfullmäktige har återremitterat ärendet"), or after "av" ("Ärendet bordlades av kommunstyrelsen").
_OTHER_DOERS = frozenset(words.OTHER_DOERS)
_BY_DOER = re.compile(r"\s+av\s+(?:den\s+|det\s+)?([\wåäö-]+)")
_DOER_AUXILIARIES = frozenset({"har", "hade", "också", "även", "dock", "då", "nu", "sedan", "tidigare"})


def _is_other_doer(word: str) -> bool:
    """A body other than the one whose minutes these are: a compound of a body's kind ("kommunstyrelsen",
    "regionfullmäktige", "socialnämnden"), or one of words.OTHER_DOERS ("regeringen"); a bare "styrelsen" or
    "nämnden" is the body itself."""
    return word in _OTHER_DOERS or (word.endswith(_OTHER_BODIES) and word not in _OTHER_BODIES
                                    and not word.startswith(("denna", "samma")))


def _deferred_by_other_body(text: str, m: re.Match[str]) -> bool:
    """Whether another body did the past deferral `m`: "Kommunstyrelsen bordlade ärendet", "Regionfullmäktige
    återremitterade ärendet till regionstyrelsen", "Ärendet bordlades av kommunstyrelsen". News of that body, not
    this item's fate; "Styrelsen bordlade frågan" (the body itself) and "Bordlade valet ..." stay deferrals."""
    low = text.lower()
    by = _BY_DOER.match(low, m.end())
    if by is not None and _is_other_doer(by.group(1)):
        return True
    before = [w for w in _WORD.findall(low, 0, m.start())]
    while before and before[-1] in _DOER_AUXILIARIES:
        before.pop()
    return bool(before) and _is_other_doer(before[-1])


# A past time said relative to now (words.RELATIVE_PAST_TIMES, or "för" and a count of RELATIVE_PAST_AGO "sedan").
_RELATIVE_PAST = re.compile(r"(?<![\w-])(?:" + _alternation(words.RELATIVE_PAST_TIMES) + r"|för\s+\w+\s+(?:"
                            + _alternation(words.RELATIVE_PAST_AGO) + r")\s+sedan)(?![\w-])", re.IGNORECASE)
_RELATIVE_PAST_KEYS = ("förra", "fjol", "höstas", "våras", "somras", "vintras", "föregående", "tidigare", "sedan")


def _past_time_in_clause(text: str, m: re.Match[str]) -> bool:
    """Whether the clause of the past deferral `m` names a past time relative to now (`_RELATIVE_PAST`): "Frågan
    bordlades förra året och är nu klar", "Ärendet bordlades i höstas", "I fjol sköts frågan upp"."""
    low = text.lower()
    if not any(k in low for k in _RELATIVE_PAST_KEYS):
        return False  # most sentences: no such time, a few substring tests
    start = 0
    for cut in _CLAUSE_END.finditer(text, 0, m.start()):
        start = cut.end()
    rest = text[m.end():m.end() + _HISTORY_REACH]
    stop = _CLAUSE_END.search(rest)
    end = m.end() + (stop.start() if stop else len(rest))
    return _RELATIVE_PAST.search(text, start, end) is not None


def _dated_before_meeting(text: str, meeting: date | None, *, past: bool = True) -> bool:
    """Whether the text names a day or month before the meeting ("beslutade den 7 april 2015"): it tells history.
    Told in the past (`past`), a day or month without its year is before unless it is the meeting's own ("beslutade
    den 10 februari" in minutes of 10 March; "beslutade den 10 mars" there is this meeting); else only a date with
    its year counts."""
    if meeting is None or (not _has_digit(text) and not _DATE_WORDS.intersection(_WORD.findall(text.lower()))):
        return False
    for dm in find_dates(text, after=meeting - timedelta(days=364)):
        if dm.kind not in (DateKind.DAY, DateKind.MONTH) or dm.value is None or dm.tentative or not dm.iso:
            continue
        if dm.explicit_year:
            if dm.iso < meeting.isoformat()[:len(dm.iso)]:
                return True
        elif past and dm.iso[5:] != meeting.isoformat()[5:5 + len(dm.iso) - 5]:
            return True
    return False


# Prepositions that tie a date to what it tells: "till" makes it a target ("bordlades till mötet i februari"); a
# later "vid", "på", "av", "under" ties it to where the past deed was done ("återremitterades till förvaltningen
# vid nämndens sammanträde i januari").
_DATE_PREPOSITION = re.compile(r"(?<![\w-])(till|vid|på|av|under)(?![\w-])", re.IGNORECASE)


_TILL_OPENS = re.compile(r"till\s", re.IGNORECASE)


# What may stand between "till" and the date it makes a target: a meeting, as "till mötet i juni", "till nästa
# styrelsemöte den 5 maj"; any other word ("återremitterades till förvaltningen i februari") is whom the matter
# went to, and the date tells when.
_TARGET_GAP_WORDS = frozenset({"den", "i", "på", "nästa", "kommande", "ett", "en", "senare", "extra", "ordinarie",
                               "planerade", "sitt", "sin", "vårt", "vår", "dess"})
_TARGET_GAP_ENDS = tuple(words.ANNOUNCE_MEETINGS) + ("möten", "mötena", "sammanträden")


def _target_before(rest: str, at: int) -> bool:
    """Whether the date at `at` of `rest` is a target: the last of `_DATE_PREPOSITION` before it is "till", with
    nothing but a meeting between ("till mötet i februari"), not whom the matter went to ("till förvaltningen i
    februari")."""
    last = None
    for last in _DATE_PREPOSITION.finditer(rest, 0, at):
        pass
    if last is None or last.group(1).lower() != "till":
        return False
    between = _WORD.findall(rest[last.end():at].lower())
    return all(w in _TARGET_GAP_WORDS or w.endswith(_TARGET_GAP_ENDS) or w.isdigit() for w in between)


def _dated_before_in_clause(text: str, pos: int, reach: int, meeting: date, *, target_word: bool = False) -> bool:
    """Whether the first day or month in the clause that opens at `pos` (within `reach`) lies before the
    meeting; with `target_word`, a "till" before that date makes it a target, not history."""
    rest = text[pos:pos + reach]
    clause = _CLAUSE_END.search(rest)
    rest = rest[:clause.start()] if clause else rest
    if not _has_digit(rest) and not _DATE_WORDS.intersection(_WORD.findall(rest.lower())):
        return False
    for dm in find_dates(rest, after=meeting - timedelta(days=364)):
        if dm.kind not in (DateKind.DAY, DateKind.MONTH) or dm.value is None or dm.tentative or not dm.iso:
            continue
        if target_word and (_target_before(rest, dm.start) or _TILL_OPENS.match(dm.text)):
            return False  # "bordlades till mötet i juni", "bordlades till juni" (the date's own text opens with "till")
        return dm.iso < meeting.isoformat()[:len(dm.iso)]
    return _year_before_in_clause(rest, meeting, target_word=target_word)


# A year alone, as a past deed is dated ("Frågan bordlades 2019", "återremitterades år 2020"); not a year of a
# compound or a range ("2019-2020", "2019/20"), nor one that names a thing ("2019 års budget").
_BARE_YEAR_WORDS = 3  # words at most between the verb and its year
_BARE_YEAR = re.compile(r"(?<![\w/–-])(?:år\s+)?((?:19|20)\d{2})(?![\w/–-])(?!\s+års(?![\w-]))", re.IGNORECASE)


def _year_before_in_clause(rest: str, meeting: date, *, target_word: bool) -> bool:
    """Whether the clause `rest`, right after a past verb, dates it by a bare year before the meeting's ("Frågan
    bordlades 2019", "remitterades till kommunstyrelsen 2019"); with `target_word`, a "till" before the year
    makes it a target, not history."""
    m = _BARE_YEAR.search(rest)
    if (m is None or len(rest[:m.start()].split()) > _BARE_YEAR_WORDS
            or (target_word and _target_before(rest, m.start()))):
        return False  # far from the verb, a year names a thing ("för översyn av taxan 2019")
    return int(m.group(1)) < meeting.year


# Someone telling what is so, before an "every meeting" ("lyfter ledamot att nämnden vid varje sammanträde ges
# information om ..."), and the words that make such a sentence a plan or a decision for the matter instead.
_HABIT_TOLD = re.compile(r"\b(?:lyfter|lyfte|påtalar|påtalade|påpekar|påpekade|framför|framförde|konstaterar|"
                         r"konstaterade|nämner|nämnde|berättar|berättade|informerar|informerade|upplyser|upplyste)\b"
                         r"(?:\s+\S+){0,3}?\s+att\b")
_ROUTINE_PAPER_FIRST = re.compile(r"\W*(?:" + "|".join(sorted(words.ROUTINE_PAPERS, key=len, reverse=True))
                                  + r")(?![\w-])")
_PLANNED = re.compile(r"\b(?:ska|skall|bör|borde|kommer\s+att|beslutar|beslutade|beslöt|framöver|hädanefter|"
                      r"fortsättningsvis|önskar|föreslår|föreslog|vill)\b")


def _recurring_plan(found: _Words) -> bool:
    """Whether the sentence puts a matter on every meeting ("Styrelsen beslutar att kolla verksamhetsplanen
    varje möte"), not tells what is done at every meeting already ("lyfter ledamot att nämnden vid varje
    sammanträde ges information om vilka upphandlingar som genomförs")."""
    m = found.search(_RECURRING)
    if m is None:
        return False
    low = found.low
    if _ROUTINE_PAPER_FIRST.match(low) and not m.group(0).endswith("punkt"):
        return False  # "Minnesanteckningar kommer att skrivas vid varje möte": the body's routine, no matter
    return _HABIT_TOLD.search(low, 0, m.start()) is None or _PLANNED.search(low) is not None


_WAIT_VERBS = tuple(words.WAIT_UNTIL_VERBS)
_UNTIL_A_DAY = re.compile(r"\s+(?:till|tills)\s+(?:(?:den|på)\s+)?(?:\w+dag(?:en)?\s+(?:den\s+)?)?\d")


def _waits_for_a_day(found: _Words, m: re.Match[str], when: str) -> bool:
    """A wait until a day of the calendar, in a sentence that names no meeting: a deadline.

    "Vi avvaktar till den 12 oktober med att ta ställning om konferensen ska avblåsas" sets a day
    to decide by (events reads "avvaktar till" so too), not the item put off to a later meeting;
    "Styrelsen avvaktar till mötet den 12 oktober" and "avvaktar till nästa möte" put it off.
    """
    return (len(when) == 10 and m.group(0).lower().startswith(_WAIT_VERBS)
            and _UNTIL_A_DAY.match(found.low, m.end()) is not None and not found.names_meeting())


# The verbs of REVISIT_MORE that may take the matter up with another body ("Vi lyfter frågan igen till
# kommunen i augusti"): then it is no return to this body.
_REVISIT_MORE_START = re.compile(r"(?:lyft|diskuter|pröv)", re.IGNORECASE)


# "Beslut på nästa årsmöte", "Beslutet fattas av kommande stämma": group 1 the verb, 2 the word of the
# future, 3 the members' meeting (words.DECISION_BY_MEMBERS_VERBS). A past decision ("Beslut togs på
# årsmötet", "Beslut på årsmötet 2021 var att ...") or a standing rule ("Beslut tas på årsmötet") has no
# word of the future.
_DECISION_BY_MEMBERS = re.compile(
    r"\s*(?:" + _alternation(words.DECISION_NOUNS) + r")(?:\s+i\s+(?:frågan|ärendet|denna\s+fråga))?"
    r"(?:\s+(" + _alternation(words.DECISION_BY_MEMBERS_VERBS) + r"))?\s+(?:på|vid|av|under)\s+"
    r"(?:(" + _alternation(words.DECISION_BY_MEMBERS_FUTURE) + r")\s+)?(" + _alternation(words.MEMBERS_MEETINGS)
    + r")(?![\w-])")


def _definite_meeting(word: str) -> str:
    """The members' meeting in the definite form ("årsmöte" -> "årsmötet", "stämma" -> "stämman")."""
    if word.endswith(("et", "an", "en")):
        return word
    return word + ("t" if word.endswith("e") else "n" if word.endswith("a") else "en")


# "avvaktar om ytterligare personal ska delta", "avvaktar fortfarande att frågan avgörs": waiting on another
# matter (a clause after the verb), not the item put off (see AWAITING_VERBS).
_AWAITED_CLAUSE = re.compile(r"\s+(?:(?:" + "|".join(words.AWAITING_ADVERBS) + r")\s+)?(?:"
                             + "|".join(words.AWAITED_CLAUSE_OPENERS) + r")\s")
_AWAITING = frozenset(words.AWAITING_VERBS)


def _awaits_other_matter(low: str, m: re.Match[str]) -> bool:
    """Whether the postponing phrase `m` is a bare "avvaktar" followed by what is awaited, a clause."""
    return m.group(0) in _AWAITING and _AWAITED_CLAUSE.match(low, m.end()) is not None


# "Höstträffen återkommer vi med": an activity put first, its details told later (ACTIVITY_LATER_ENDINGS).
_ACTIVITY_LATER = re.compile(r"\w(?:" + "|".join(words.ACTIVITY_LATER_ENDINGS) + r")\s+återkommer\s+(?:"
                             + "|".join(words.ACTIVITY_LATER_SUBJECTS) + r")\s+(?:med|om)\b")


# "avvaktar vi lite", "Vi avvaktar ett tag med inköpen", "vi avvaktar och ser vad som händer": a pause with no
# meeting named (AWAITING_A_WHILE, AWAITING_AND_SEEING).
_AWAITING_A_WHILE = re.compile(r"\s+(?:(?:" + "|".join(words.AWAITING_WHILE_SUBJECTS) + r")\s+)?(?:"
                               + "|".join(words.AWAITING_A_WHILE + words.AWAITING_AND_SEEING) + r")\b")


def _awaits_a_while(low: str, m: re.Match[str]) -> bool:
    """Whether the postponing phrase `m` is a bare "avvaktar" for a while, no meeting named after it."""
    if m.group(0) not in _AWAITING or _AWAITING_A_WHILE.match(low, m.end()) is None:
        return False
    rest = low[m.end():]
    return not any(stem in rest for stem in words.AWAITING_MEETING_STEMS)


_REFERRED_PAST_ENDINGS = tuple(words.REFERRED_PAST_ENDINGS)
_REFERRAL_HISTORY_REACH = 100  # how far after a past referring verb its date may stand, in its clause


def _referred_before(text: str, f: Finding, meeting: date | None) -> bool:
    """Whether the referral `f` is told in the past and dated before the meeting ("Motionen remitterades
    till kommunstyrelsen i februari"): the item's history, not its fate."""
    verb = _WORD.match(text, f.start)
    if meeting is None or verb is None or not verb.group().lower().endswith(_REFERRED_PAST_ENDINGS):
        return False
    return _dated_before_in_clause(text, verb.end(), _REFERRAL_HISTORY_REACH, meeting)


_DECIDED_PAST = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(v).replace(r"\ ", r"\s+") for v in words.DECIDED_PAST)
                           + r")(?![\w-])", re.IGNORECASE)


# An attributive participle of a deferral and the matter it qualifies: "bordlagt ärende", "det återremitterade ärendet".
_DEFERRED_ATTRIBUTIVE = re.compile(
    r"(?:" + "|".join(words.DEFERRED_PARTICIPLES) + r")\s+(?:" + "|".join(words.DEFERRED_MATTER_NOUNS) + r")(?![\w-])",
    re.IGNORECASE,
)
_DEFINITE_BEFORE = re.compile(r"(?:^|\s)(?:det|den|de|detta|denna|dessa)\s+$", re.IGNORECASE)


def _deferred_attributive(text: str, f: Finding) -> bool:
    """Whether the deferral `f` is an attributive participle naming a matter deferred earlier ("Bordlagt ärende från
    den 10 februari", "(bordlagt ärende)", "det återremitterade ärendet"), not a deferral now ("Punkten bordlagd",
    "Ärende 5 bordlagt till nästa möte"). "återremitterade" before a matter is the past verb ("Fullmäktige
    återremitterade ärendet") unless a definite article stands before it."""
    if f.status not in (ItemStatus.POSTPONED, ItemStatus.RETURNS):
        return False
    m = _DEFERRED_ATTRIBUTIVE.match(text, f.start)
    if m is None:
        return False
    if m.group(0).lower().startswith("återremitterade"):
        return _DEFINITE_BEFORE.search(text, 0, f.start) is not None
    return True


def _decided_before(text: str, f: Finding, meeting: date | None) -> bool:
    """Whether the deferral, return or referral `f` was decided at an earlier meeting, told as history: a past
    decision verb and a day or month before the meeting ahead of it ("Kommunstyrelsen beslutade 2021-02-10, § 23,
    att återremittera ärendet", "Kommunstyrelsen beslutade den 2 mars att överlämna ärendet till nämnden").
    "Styrelsen beslutade att bordlägga ärendet" (this meeting, told in the past) and a decision dated on the
    meeting's own day stay."""
    if f.status not in (ItemStatus.POSTPONED, ItemStatus.RETURNS, ItemStatus.REFERRED):
        return False
    return _decided_earlier(text[:f.start], meeting)


def _decided_earlier(head: str, meeting: date | None) -> bool:
    """Whether `head`, the sentence up to a deferral or a task, tells a decision of an earlier meeting: a past
    decision verb (DECIDED_PAST) and a day or month before the meeting."""
    return meeting is not None and _DECIDED_PAST.search(head) is not None and _dated_before_meeting(head, meeting)


_PUT_OFF_CAUSE = re.compile(r"(?<![\w-])(?:" + _alternation(words.PUT_OFF_CAUSES) + r")(?![\w-])")
_PUT_OFF_WANT = re.compile(
    r"(?<![\w-])(?:(?:" + _alternation(words.PUT_OFF_WANTS) + r")|(?:" + "|".join(words.RETURN_NEGATIONS)
    + r")\s+(?:[\w-]+\s+){0,2}?(?:" + _alternation(words.PUT_OFF_ABSENT_VERBS) + r"))(?![\w-])")
_PUT_OFF_CLAUSE = re.compile(r"[;:!?]|\.(?:\s|$)|\s(?:och|men|samt)\s")


def _put_off_for_want(low: str, at: int) -> bool:
    """Whether the clause after a return phrase ending at `at` of `low` says why the matter could not be handled
    now (words.PUT_OFF_CAUSES, then words.PUT_OFF_WANTS or a negated presence): "Punkten tas upp på nästa möte då
    Anna är sjuk" was put off. "... då Anna presenterar förslaget" and "... då vi vet mer" tell no want."""
    clause = _PUT_OFF_CLAUSE.search(low, at)
    rest = low[at:clause.start() if clause else len(low)]
    cause = _PUT_OFF_CAUSE.search(rest)
    return cause is not None and _PUT_OFF_WANT.search(rest, cause.start()) is not None  # "i brist på tid"


_NOMINATING_TASKED = _phrase_pattern(words.NOMINATING_TASKED)


def _nominating_tasked(found: _Words) -> Finding | None:
    """The nominating committee tasked with the matter ("Ordförande ber valberedningen ta fram förslag på
    ersättare"): referred to it."""
    m = _NOMINATING_TASKED.search(found.low) if words.NOMINATING_BODY in found.words else None
    return None if m is None else Finding(ItemStatus.REFERRED, None, words.NOMINATING_BODY, m.start(), m.end())


_REPORT_BACK_FIRST = re.compile(r"\W*(?:(?:" + _alternation(words.REPORT_BACK_LEADS) + r")\s+)?(?:"
                                + _alternation(words.REPORT_BACK_NOUNS) + r")(?=\s+(?:"
                                + _alternation(words.REPORT_BACK_NEXT_WORDS) + r")(?![\w-]))")
_REPORT_BACK_PAST = frozenset(words.REPORT_BACK_PAST)


def _report_back_later(text: str, meeting: date | None, found: _Words) -> Finding | None:
    """A report back named first, then when ("Återrapportering sker i maj", "Återrapport till nämnden i oktober"):
    the matter returns then. None without a time, or told in the past ("Återrapportering skedde i februari")."""
    m = _REPORT_BACK_FIRST.match(found.low)
    if m is None or not _REPORT_BACK_PAST.isdisjoint(found.words):
        return None
    when = when_of(text[m.end():], meeting)
    return None if when is None else Finding(ItemStatus.RETURNS, when, None, m.start(), m.end())


def _classify(text: str, meeting: date | None, found: _Words) -> Finding | None:
    """`classify` of a sentence whose words hold a trigger word."""
    f = _classify_found(text, meeting, found) or _nominating_tasked(found) or _report_back_later(text, meeting, found)
    if f is not None and f.status is ItemStatus.RETURNS and _person_comes_back(found.low, f.start):
        return None  # "... men återkommer som ersättare till hösten": a person back, no matter
    if f is not None and f.status is not ItemStatus.REFERRED and _deferral_on_condition(found.low, f.start):
        return None  # "Skulle det behövas tas frågan upp på nästa möte", "Vid behov bordläggs ärendet": only if so
    if f is not None and f.status is ItemStatus.RETURNS and _put_off_for_want(found.low, f.end):
        # "Punkten tas upp på nästa möte då Anna är sjuk": not handled now, put off
        f = Finding(ItemStatus.POSTPONED, f.when, f.body, f.start, f.end)
    if f is not None and f.status is ItemStatus.REFERRED and _referred_before(text, f, meeting):
        return None  # "Motionen remitterades till kommunstyrelsen i februari": history
    if f is not None and _decided_before(text, f, meeting):
        return None  # "Kommunstyrelsen beslutade 2021-02-10, § 23, att återremittera ärendet": history
    if f is not None and _deferred_attributive(text, f):
        # "Bordlagt ärende från den 10 februari": the matter's history; read on without the participle
        # ("Samtliga bordlagda ärenden bordläggs igen" is still put off)
        word = _WORD.match(text, f.start)
        cut = word.end() if word else f.end
        masked = text[:f.start] + " " * (cut - f.start) + text[cut:]
        return _classify(masked, meeting, _words(masked.lower()))
    return f


# A deferral only asked about ("diskussion om det var korrekt att bordlägga", "huruvida ärendet skulle bordläggas",
# "frågan om man borde återremittera"): "huruvida", or "om" and a modal, then at most a few words (and "att") right
# before the deferral word, in the same clause; a decision there ("beslutade att bordlägga") is none.
_DEFERRAL_ASKED = re.compile(
    r"(?:(?<![\w-])huruvida|(?<![\w-])om\s+(?:[\w-]+\s+){0,3}?(?:" + "|".join(words.DEFERRAL_QUESTION_MODALS)
    + r"))(?:\s+[\w-]+){0,4}?\s+$")
_DEFERRAL_ASKED_CLAUSE = re.compile(r"[.;:!?]|\s(?:och|men|samt)\s|beslut|beslöt")
_DEFERRAL_ASKED_REACH = 80


def _deferral_asked(low: str, at: int) -> bool:
    """Whether the deferral word at `at` of `low` is only asked about (`_DEFERRAL_ASKED`), not done."""
    before = low[max(0, at - _DEFERRAL_ASKED_REACH):at]
    cut = None
    for cut in _DEFERRAL_ASKED_CLAUSE.finditer(before):
        pass
    if cut is not None:
        before = before[cut.end():]
    return _DEFERRAL_ASKED.search(" " + before) is not None


# A return told only on a condition or denied (words.RETURN_CONDITIONS, words.RETURN_NEGATIONS): a conditional
# clause at the start of the sentence or of a clause, running on to the return word (at most eight words, a comma
# allowed before the verb of the main clause); or a negation right before the return word ("behöver inte
# återkomma", "inte att återkomma") or after it with at most a subject between ("återkommer vi inte").
_RETURN_CONDITION = re.compile(
    r"(?:^|[,;:(]|(?<![\w-])(?:" + "|".join(words.RETURN_CONDITION_LEADS) + r"))\s*(?:"
    + "|".join(c.replace(" ", r"\s+") for c in words.RETURN_CONDITIONS)
    + r")\s+(?!möjligt(?![\w-]))(?:[\w-]+\s+){0,8}?[\w-]+\s*,?\s*$")  # not "om möjligt": an adverb
# The same clause before any fate (a deferral, or a return read by another phrase), with two words at least after
# the condition word, a subject and a verb ("Om tiden inte räcker flyttas ...", "Skulle det behövas tas ..."):
# "Om detta fattas beslut ..." and "Ärendet om skåpen bordläggs" read "om" as a preposition.
_CONDITION_CLAUSE = re.compile(
    r"(?:(?:^|[,;:(]|(?<![\w-])(?:" + "|".join(words.RETURN_CONDITION_LEADS) + r"))\s*(?:"
    + "|".join(c.replace(" ", r"\s+") for c in words.RETURN_CONDITIONS)
    + r")|(?:^|[,;:(])\s*(?:" + _alternation(words.INVERTED_CONDITIONS)
    + r"))\s+(?!möjligt(?![\w-]))(?:[\w-]+\s+){1,8}?[\w-]+\s*,?\s*$")
_RETURN_NEGATION = "(?:" + "|".join(words.RETURN_NEGATIONS) + ")"
_RETURN_NEGATED_BEFORE = re.compile(r"(?<![\w-])" + _RETURN_NEGATION + r"\s+(?:att\s+)?$")
_RETURN_NEGATED_AFTER = re.compile(r"\s+(?:[\w-]+\s+)?" + _RETURN_NEGATION + r"(?![\w-])(?!\s+(?:"
                                   + "|".join(words.RETURN_NEGATION_UNTIL) + r")(?![\w-]))")
_SENTENCE_STOP = re.compile(r"[.!?](?:\s|$)")


def _return_not_told(low: str, m: re.Match[str]) -> bool:
    """Whether the return word `m` of `low` is told only on a condition ("Om det behövs återkommer förvaltningen
    till nämnden") or denied ("Ordföranden återkommer inte i frågan"): the matter is not put on a later agenda."""
    before = low[:m.start()]
    stop = None
    for stop in _SENTENCE_STOP.finditer(before):
        pass
    if stop is not None:
        before = before[stop.end():]
    return (_RETURN_CONDITION.search(before) is not None or _RETURN_NEGATED_BEFORE.search(before) is not None
            or _RETURN_NEGATED_AFTER.match(low, m.end()) is not None or _person_comes_back(low, m.start())
            or _as_need_be(low, m.start(), m.end()) or _CONDITION_CLAUSE.search(before) is not None)


# A fate only as need be (words.NEED_CONDITIONS), in the clause of the return or deferral word.
_NEED_CONDITION = re.compile(r"(?<![\w-])(?:" + _alternation(words.NEED_CONDITIONS) + r")(?![\w-])")
_NEED_CLAUSE_BREAK = re.compile(r"[.;:!?]|\s(?:men|samt|och)\s")


def _as_need_be(low: str, start: int, end: int) -> bool:
    """Whether the return or deferral word at `start`-`end` of `low` is told only as need be: "Vid behov återkommer
    förvaltningen", "Förvaltningen återkommer i frågan vid behov", "Vid behov bordläggs ärendet"."""
    if "behov" not in low and "eventuell" not in low and "behöv" not in low and "krävs" not in low:
        return False  # most sentences: no need named, one substring test each
    opening = None
    for opening in _NEED_CLAUSE_BREAK.finditer(low, 0, start):
        pass
    stop = _NEED_CLAUSE_BREAK.search(low, end)
    return _NEED_CONDITION.search(low, opening.end() if opening else 0, stop.start() if stop else len(low)) is not None


def _deferral_on_condition(low: str, at: int) -> bool:
    """Whether the deferral word at `at` of `low` is told only on a condition: in a clause opened by one of
    words.RETURN_CONDITIONS that runs on to it ("Om tiden inte räcker flyttas punkten till nästa möte", "Skulle
    underlaget saknas bordläggs frågan"), or as need be ("Vid behov bordläggs ärendet"). "Frågan om bidraget
    bordläggs" ("om" a preposition) is a deferral."""
    before = low[:at]
    stop = None
    for stop in _SENTENCE_STOP.finditer(before):
        pass
    if stop is not None:
        before = before[stop.end():]
    word = _WORD.match(low, at)
    return _CONDITION_CLAUSE.search(before) is not None or _as_need_be(low, at, word.end() if word else at)


# A person coming back (words.RETURNS_AS_PERSON_AFTER after the return word, a time word between allowed; or
# words.RETURNS_AS_PERSON_BEFORE right before it), and what would make it a matter's return after all.
_AS_PERSON_AFTER = re.compile(r"\s*,?\s*(?:(?:senare|längre\s+fram|framöver|igen|kanske|nog)\s*,?\s*)*(?:"
                              + _alternation(words.RETURNS_AS_PERSON_AFTER) + r")(?![\w-])")
_AS_PERSON_BEFORE = re.compile(r"(?<![\w-])(?:" + _alternation(words.RETURNS_AS_PERSON_BEFORE) + r")\s+$")
_AS_PERSON_MATTER = re.compile(r"(?<![\w-])(?:" + _alternation(words.RETURNS_AS_PERSON_MATTER) + r")(?![\w-])")
_PERSON_CLAUSE_END = re.compile(r"[.;:!?)]|\s(?:men|och|samt)\s")


def _person_comes_back(low: str, at: int) -> bool:
    """Whether the return word ("återkomma", "återkommer") at `at` of `low` tells a person coming back, not a matter:
    "kan tänkas återkomma på annat sätt, senare" of a member leaving, "återkommer som ersättare", "är välkommen att
    återkomma". A matter in the rest of the clause ("... i frågan", "... med ett förslag") makes it a return."""
    if not low.startswith("återkom", at):
        return False
    word = _WORD.match(low, at)
    end = word.end() if word else at
    if _AS_PERSON_AFTER.match(low, end) is None and _AS_PERSON_BEFORE.search(low, max(0, at - 40), at) is None:
        return False
    stop = _PERSON_CLAUSE_END.search(low, end)
    rest = low[end:stop.start() if stop else len(low)]
    return _AS_PERSON_MATTER.search(rest) is None


# The minutes of an earlier meeting named by it ("Protokollet från förra mötet är inte klart"): the earlier meeting
# names the paper, it does not date the sentence.
_MINUTES_OF = re.compile(r"(?<![\w-])(?:" + "|".join(words.ROUTINE_PAPERS) + r")\s+(?:från|för|vid|efter)\s+$")


def _tells_earlier_meeting(found: _Words) -> bool:
    """Whether the sentence speaks of an earlier meeting ("Ärendet bordlades vid förra sammanträdet"), other than
    as the meeting whose minutes it names ("Protokollet från förra mötet är inte klart")."""
    if found.search(_EARLIER_MEETING) is None:
        return False
    return any(_MINUTES_OF.search(found.low, 0, m.start()) is None for m in _EARLIER_MEETING.finditer(found.low))


# A "not handled" phrase whose negation is of the agenda's order (words.NOT_IN_ORDER, a few words after it):
# "Punkterna behandlades inte i nummerordning", "behandlades inte paragraferna strikt efter dagordning".
_NEGATION_WORDS = frozenset(words.RETURN_NEGATIONS)
_NOT_IN_ORDER = re.compile(r"(?:\s+[\w-]+){0,3}?\s+(?:" + _alternation(words.NOT_IN_ORDER) + r")(?![\w-])")


def _not_in_order(low: str, tabled: re.Match[str]) -> bool:
    """Whether the "not handled" phrase `tabled` of `low` denies only the order ("behandlades inte i nummerordning")."""
    return (_NEGATION_WORDS.intersection(tabled.group(0).split()) != set()
            and _NOT_IN_ORDER.match(low, tabled.end()) is not None)


def _classify_found(text: str, meeting: date | None, found: _Words) -> Finding | None:
    """`_classify` before a past referral is told apart as history."""
    if not found.may_classify():
        return None
    low = found.low
    search = found.search
    if _is_tabled_section(low):
        return None
    if search(_SAME_MEETING) or _tells_earlier_meeting(found) or _general_move(found):
        return None
    if search(_DEFERRAL_DECLINED) or (not _REJECTING.isdisjoint(found.words) and search(_DEFERRAL_MOTION)):
        return None  # "Yrkandet om återremiss avslogs", "... finner att ärendet ska avgöras idag"
    m = search(_NO_DECISION)
    if m and search(_QUORUM_LACKING):  # "inget beslut fattades i frågan, då för få ledamöter var på plats"
        return Finding(ItemStatus.POSTPONED, when_of(text[m.start():], meeting), None, m.start(), m.end())
    dropped = found.has(_DROPPED_KEYS)
    tabled = search(_POSTPONED)
    while tabled is not None and (_deferral_asked(low, tabled.start()) or _not_in_order(low, tabled)):
        # "en diskussion om det var korrekt att bordlägga ...": no deferral; "behandlades inte i nummerordning": the
        # order was not kept, nothing put off
        tabled = _POSTPONED.search(low, tabled.end())
    empty = _TABLED_NONE.match(low, tabled.start()) if tabled is not None else None
    if empty is not None:  # "... kl Bordlagda ärenden (inga) 7 Beslut ...": an empty section's name run in
        tabled = _POSTPONED.search(low, empty.end())
    if tabled is not None and (_awaits_other_matter(low, tabled) or _awaits_a_while(low, tabled)
                               or _new_time_for_meeting(low, tabled)):
        tabled = None  # "avvaktar om ytterligare personal ska delta": waiting on another matter
    m = (tabled or search(_PUT_OFF_MORE)
         or (_dropped_item(low) or _DROPPED_FOR.search(low) or _point_dropped(low, meeting) if dropped else None)
         or _deferred_matter(found) or search(_DECISION_LATER))
    if m and m is not tabled and _deferral_asked(low, m.start()):
        m = None  # "Styrelsen diskuterade om man skulle skjuta upp beslutet": asked, not done
    if m and (_none_deferred(low, m.start()) or _meeting_moved(low, m) or _deferral_on_condition(low, m.start())):
        return None  # "Inga ärenden bordlades", "Mötet den 9 juni ställs in", "Om tiden inte räcker flyttas punkten ..."
    if m:
        body = _deferred_to_body(text, m.end())
        if body is not None:  # "skjuta på beslutet till en extra föreningsstämma": passed to that body
            return Finding(ItemStatus.REFERRED, None, body, m.start(), m.end())
        if _deferred_before(text, m, meeting):
            return None
        when = when_of(text[m.start():], meeting)
        if when is not None and _waits_for_a_day(found, m, when):
            return None  # "Vi avvaktar till den 12 oktober med att ta ställning": a deadline, no meeting
        return Finding(ItemStatus.POSTPONED, when, None, m.start(), m.end())
    if "vidare" in found.words or found.odd:
        later = _CONTINUED_AT_NEXT.search(text)
        if later and later.group(1) not in _COUNCIL_LETTERS:
            return Finding(ItemStatus.RETURNS, "next", None, *later.span())
    m = _reading_to_come(found)
    if m:
        return Finding(ItemStatus.RETURNS, when_of(text[m.start():], meeting) or when_of(text, meeting), None,
                       m.start(), m.end())
    m = search(_RETURNS)
    while m and ((m.group(0).startswith("återremitt") and _deferral_asked(low, m.start()))
                 or _return_not_told(low, m)):
        # "Frågan om ärendet borde återremitteras diskuterades": asked, not done; "Om det behövs återkommer
        # förvaltningen", "Ordföranden återkommer inte i frågan": on a condition or denied
        m = _RETURNS.search(low, m.end())
    if m and _RECURRING.search(m.group(0)) and not _recurring_plan(found):
        m = None  # "ledamot lyfter att nämnden vid varje sammanträde ges information": what is done already
    if m and (_deferred_before(text, m, meeting) or search(_SCHEDULE_RETURNS) or _none_deferred(low, m.start())
              or _ACTIVITY_LATER.search(low)):
        return None  # history, or "Ordföranden återkommer med datum för nästa möte": scheduling
    if m and _TODAYS_MEETING_AFTER.match(low, m.end()):
        m = None  # "projekt som går upp för beslut på dagens möte": decided now, not later
    if m and not search(_RETURNS_NOT) and not _NEW_STANDING_POINT.search(low):
        return Finding(ItemStatus.RETURNS, when_of(text[m.start():], meeting) or when_of(text, meeting), None, m.start(), m.end())
    m = search(_MORE_TO_TELL)
    at_next = _MORE_TO_TELL_AT_NEXT.match(low, m.end()) if m else None
    if m and at_next and _NEXT.match(low, at_next.end()) and not _names_other_body(found):
        return Finding(ItemStatus.RETURNS, when_of(text[m.start():], meeting) or "next", None, m.start(), m.end())
    m = search(_ON_NEXT_AGENDA)
    if m and not _none_deferred(low, m.start()):  # "Frågan sätts upp på dagordningen för nästa möte"
        return Finding(ItemStatus.RETURNS, "next", None, m.start(), m.end())
    m = search(_MEET_AGAIN)
    if (m and _MEETING_HELD.isdisjoint(found.words) and _IN_A_WHILE.match(low, m.end()) is None
            and not _WITH_SOMEONE.match(low, m.end())):
        # "Vi ska ha ett till möte om det": the body meets on the matter once more
        return Finding(ItemStatus.RETURNS, when_of(text[m.start():], meeting), None, m.start(), m.end())
    m = _extra_meeting_for_matter(low, found) if "extra" in low else None
    if m is not None:  # "Beslut: Genomföra ett extra styrelsemöte 210406/210407 med fokus på punkt 8-9"
        tail = text[m.start():]
        return Finding(ItemStatus.RETURNS, _alternative_month(tail, meeting) or when_of(tail, meeting), None,
                       m.start(), m.end())
    m = search(_TASKED)
    if (m and search(_PREPARE) and (found.next_meeting(low[m.end():]) or _NEXT_SESSION.search(low, m.end()))
            and not _before_next(found)):
        # "kansliet får i uppdrag att ta fram underlag till kommande kommittésammanträde": back then
        return Finding(ItemStatus.RETURNS, when_of(text[m.start():], meeting) or "next", None, m.start(), m.end())
    if m and not _TASK_DELIVERABLES.isdisjoint(_WORD.findall(low, m.end())) and _later_season(found, meeting) and (
            not _names_other_body(_words(low[m.end():]))) and not _decided_earlier(text[:m.start()], meeting):
        # "Beredningen ger i uppdrag till kommunikationsavdelningen att överlämna ett förslag ... hösten 2024";
        # not a task given at an earlier meeting ("Kommunstyrelsen beslutade den 7 april 2015 att uppdra åt ...")
        return Finding(ItemStatus.RETURNS, when_of(text[m.start():], meeting), None, m.start(), m.end())
    m = search(_DECISION_BASIS)
    if m and not _basis_for_other_body(low, m.end()) and _MEMBERS_MEETINGS.isdisjoint(found.words):
        # "En kostnadskalkyl ska tas fram för att ge styrelsen underlag för beslut": the decision comes back
        return Finding(ItemStatus.RETURNS, when_of(text[m.start():], meeting), None, m.start(), m.end())
    m = search(_COMMENTS_BEFORE)
    when = _comments_for_meeting(text, low, m.end(), meeting) if m and not _names_other_body(found) else None
    if m and when is not None:  # "... ombeds komma med synpunkter inför styrelsemötet den 25 augusti"
        return Finding(ItemStatus.RETURNS, when, None, m.start(), m.end())
    m = search(_RETURNS_LATER)
    # "Kanslichef bjuder in GD X till nästa sammanträde": a guest announced, not the item coming back.
    if (m and not search(_ELECTION) and not low.lstrip().startswith(("nästa", "kommande")) and not search(_APPROVED_WHEN)
            and not search(_INVITED) and not _papers_of_next(low, m.start()) and not _partakes_in(low, m)
            and not (found.has(_ATTEND_KEYS) and _ATTENDS_TO_PRESENT.search(low))):
        later = found.next_meeting() or search(_LATER_NOT_NEXT)
        if later and not _before_next(found):
            return Finding(ItemStatus.RETURNS, when_of(text, meeting), None, m.start(), m.end())
        if not later and found.names_meeting() and not search(_SAME_MEETING) and found.words.isdisjoint(_OTHER_BODIES):
            # "Detta ska redovisas på mötet i maj"; the meeting's own date, not a deadline before it ("lägga fram
            # ett utkast till den 24 november som sedan ska behandlas på styrelsemötet den 29 november")
            named = _ANNOUNCE_MEETING.search(text, m.end())
            when = (named and when_of(text[named.start():], meeting)) or when_of(text[m.start():], meeting)
            if when is not None:
                return Finding(ItemStatus.RETURNS, when, None, m.start(), m.end())
    m = search(_STANDING_ALONE)
    if m and _STANDING_SENTENCE.fullmatch(low):  # "Kvarstår.": the matter stays open, it comes back
        return Finding(ItemStatus.RETURNS, when_of(text, meeting), None, m.start(), m.end())
    m = search(_ADOPTED_LATER)
    if (m and found.names_meeting() and not search(_SAME_MEETING) and not search(_APPROVED_WHEN)
            and not _names_other_body(found)):
        named = _ANNOUNCE_MEETING.search(text, m.end())
        when = (when_of(text[named.start():], meeting)
                if named and _AT_THE_MEETING.fullmatch(text, m.end(), named.start()) else None)
        if when is not None and (meeting is None or when > meeting.isoformat()[:len(when)]):
            # "Underlaget fastställs vid styrelsemöte 210418": adopted then, it comes back
            return Finding(ItemStatus.RETURNS, when, None, m.start(), m.end())
    m = search(_FRONTED_NEXT_VERB)
    fronted = _FRONTED_NEXT.match(low) if m else None
    if (m and fronted and m.start() == fronted.end() and _NEGATIONS.isdisjoint(found.words)
            and not _names_other_body(found) and _fronted_subject(low, m)):
        return Finding(ItemStatus.RETURNS, "next", None, m.start(), m.end())  # "Nästa gång ska vi diskutera ..."
    m = _TAKEN_UP_BARE_NEXT.search(low) if found.has(_NEXT_KEYS) else None
    if m and not _names_other_body(found) and not search(_LATER_NOT_NEXT):  # "Tas upp nästa gång"
        return Finding(ItemStatus.RETURNS, "next", None, m.start(), m.end())
    m = search(_REVISIT)
    if m and m.group(0).startswith("återupp") and (
            resumes_custom(low, m.start(), m.end())  # "traditionen ... återupptas", "återuppta seden"
            or (m.group(0).lower() == "återuppta" and not _RESUMED_MATTER.match(low, m.end()))):  # "återuppta träningen"
        m = None  # "kan återuppta traditionen med att bjuda ... på Palmsöndagen den 10 april": an activity, no matter
    if m and not search(_ELECTION) and not (_REVISIT_MORE_START.match(m.group(0)) and _names_other_body(found)):
        when = when_of(text[m.start():], meeting)
        if when is not None or search(_REVISIT_LATER):
            return Finding(ItemStatus.RETURNS, when, None, m.start(), m.end())
    m = search(_LATER_NOT_NEXT)
    if m and search(_TAKEN_UP) and not _names_other_body(found):
        return Finding(ItemStatus.RETURNS, None, None, m.start(), m.end())  # "tas upp på ett kommande möte"
    m = search(_TAKEN_UP_LATER)
    if m and search(_LATER_TIME) and not _names_other_body(found):
        # "Vi tar upp budgeten i höst": at a later time that is no date.
        return Finding(ItemStatus.RETURNS, when_of(text[m.start():], meeting), None, m.start(), m.end())
    if not _MEMBERS_MEETINGS.isdisjoint(found.words):
        m = _DECISION_BY_MEMBERS.match(low)
        if m and m.group(2):  # "Beslut på nästa årsmöte": passed to the members' meeting to come
            return Finding(ItemStatus.REFERRED, None, _definite_meeting(m.group(3)), m.start(3), m.end())
        m = search(_DECIDED_AT_MEETING)
        at = _AT_NEXT_MEMBERS_MEETING.match(low, m.end()) if m else None
        if m and at:  # "Verksamhetsplanen ska godkännas på kommande bomöte": passed to the members' meeting to come
            return Finding(ItemStatus.REFERRED, None, _definite_meeting(at.group(1)), m.start(), at.end())
    m = search(_DECISION_AT)
    if m and found.names_meeting():
        when = when_of(text[m.start():], meeting)
        if when is not None:  # "Beslut i frågan fattas på styrelsemötet i april"
            return Finding(ItemStatus.RETURNS, when, None, m.start(), m.end())
    m = search(_LATER_MEETING)
    if m and search(_TAKEN_UP):  # "Frågan tas upp på höstens första möte"
        return Finding(ItemStatus.RETURNS, None, None, m.start(), m.end())
    m = search(_TAKEN_UP)
    if m and found.names_meeting() and found.words.isdisjoint(_OTHER_BODIES) and not any(
            map(_body_genitive, found.words)):
        # "Beslutas att detta tas upp vid styrelsemötet 25 augusti": a dated meeting still to come.
        when = when_of(text[m.start():], meeting)
        if when is not None and when != "next" and meeting is not None and when > meeting.isoformat():
            return Finding(ItemStatus.RETURNS, when, None, m.start(), m.end())
    m = search(_REFERRED_LIFTED)
    if m:  # "Styrelsen lyfter upp ärendet under kvällens fullmäktigemöte"
        body = _lifted_body(text[m.end():])
        if body:
            return Finding(ItemStatus.REFERRED, None, body, m.start(), m.end())
    m = search(_HANDLED_AT_BODY)
    if m:  # "Arbetsutskottet beslutar att behandla ärendet på styrelsens sammanträde"
        body = _bodys_meeting(low, m.end())
        if body:
            return Finding(ItemStatus.REFERRED, None, body, m.start(), m.end())
    m = search(_REFERRED_GENERAL)
    if m:
        return Finding(ItemStatus.REFERRED, None, "stämman", m.start(), m.end())
    for m in chain(*(p.finditer(low) for p in (_REFERRED_MATTER, _REFERRED_MATTER_VERB, _CARRIED_MATTER_VERB,
                                                _INVERTED_MATTER_VERB)
                     if found.may(p))):
        body = _other_body(text[m.end():])
        if body:
            return Finding(ItemStatus.REFERRED, None, body, m.start(), m.end() + 1 + len(body))
    m = _SUMMED_UP_MATTER_VERB.match(low) if not _SUMMING_UP_ADVERBS.isdisjoint(found.words) else None
    body = _other_body(text[m.end():]) if m else None
    if m and body:  # "Därmed överlämnas ärendet till kommunstyrelsen"
        return Finding(ItemStatus.REFERRED, None, body, m.start(), m.end() + 1 + len(body))
    if _formal_matter_subject(found):
        # "Medborgarförslaget överlämnas till kommunstyrelsen för beredning": a matter of the formal kind
        for m in _REFERRED.finditer(low) if found.may(_REFERRED) else ():
            body = _other_body(text[m.end():])
            if body:
                body = _FOR_PURPOSE.split(body, maxsplit=1)[0]  # "kommunstyrelsen för beredning"
                return Finding(ItemStatus.REFERRED, None, body, m.start(), m.start() + len(m.group(0)) + len(body) + 1)
    if _referred_subject(found):
        later_body = _LATER_OTHER_BODY.search(text) if found.has(_LATER_OTHER_BODY_KEYS) else None
        if later_body and search(_REFERRED_DECIDE):
            return Finding(ItemStatus.REFERRED, None, later_body.group(1), *later_body.span())
        for m in _REFERRED.finditer(low) if found.may(_REFERRED) else ():
            body = _other_body(text[m.end():])
            if body:
                return Finding(ItemStatus.REFERRED, None, body, m.start(), m.start() + len(m.group(0)) + len(body) + 1)
    return None


# Each phrase below needs its longest word, as a word of the sentence.
_ANNOUNCE_KEYS = _key_words(words.HANDLED_LATER, words.DISCUSSION_HELD_LATER, words.ANNOUNCE_VERBS, words.PREPARE_VERBS, words.THEME_WORDS,
                            words.INVITED_VERBS, words.GUEST_VERBS, words.ANNOUNCED_WHEN_READY, words.NEXT_MEETING_ABOUT,
                            words.REQUEST_VERBS) | {"stående"} | frozenset(  # "stående": a topic made a standing point
                                words.UPCOMING_WORDS) | frozenset(  # "en kommande diskussion vid månadsmötet": `_upcoming_topic`
                                    p.split()[0] for p in words.ATTENDING_VERBS)  # `_attends_to_present`
_THEME_KEYS = frozenset(words.THEME_WORDS)
_ABOUT_KEYS = _key_words(words.NEXT_MEETING_ABOUT)
# The next meeting as the subject, then what it is about: "Nästa möte kommer att handla om trygghet",
# "Nästa styrelsemöte den 5 maj ägnas åt budgeten", after its day, hour and place too ("Nästa styrelsemöte blir
# den 25 januari 2018 klockan 19:00 i Bystugan och avser i huvudsak förberedelser inför årsmötet").
_NEXT_ABOUT = re.compile(
    r"\s*(?:" + "|".join(words.NEXT_WORDS) + r")\s+(?:\w+\s+)?(?:"
    + _NEXT_MEETING_NOUN
    + r")(?:\s+[\w/:.,-]+){0,12}?\s+(?:(?:kommer\s+att|ska|skall|kommer|bör|får)\s+)?(?:"
    + _alternation(words.NEXT_MEETING_ABOUT) + r")(?![\w-])(?!\s+(?:" + "|".join(words.NEXT_MEETING_INTENDS) + r")(?![\w-]))",
    re.IGNORECASE,
)
_THEMES = "|".join(words.THEME_WORDS)
# "Temat för nästa möte blir trygghet", "Nästa möte får temat digitalisering".
_THEME_OF_NEXT = re.compile(
    r"(?<![\w-])(?:(?:" + _THEMES + r")\s+(?:för|på|vid|till)\s+(?:" + "|".join(words.NEXT_WORDS) + r")"
    r"|(?:" + "|".join(words.NEXT_WORDS) + r")\s+\w+\s+(?:har|får|med|blir)\s+(?:" + _THEMES + r"))(?![\w-])",
    re.IGNORECASE,
)


# A season of a year ("våren 2024", "under hösten 2024"): a later time that is no date.
_SEASON_YEAR = re.compile(r"(?<![\w-])(?:" + "|".join(words.SEASONS) + r")\s+((?:19|20)\d\d)(?![\w-])", re.IGNORECASE)


def _at_later_season(found: _Words, meeting: date | None) -> bool:
    """Whether a sentence that names a meeting sets it at a later season, no date ("bjudas in till beredningens
    sammanträde våren 2024", "ska behandlas på ett möte i höst"): the topic comes at a later meeting, `when` null."""
    return found.names_meeting() and _later_season(found, meeting)


def _later_season(found: _Words, meeting: date | None) -> bool:
    """Whether a sentence names a later season or time with no date ("våren 2024", "till hösten", "framöver").
    A season of a year before the meeting's ("hösten 2022" in minutes of 2023) is history."""
    years = [int(m.group(1)) for m in _SEASON_YEAR.finditer(found.low)]
    if years:
        return meeting is None or min(years) >= meeting.year
    return found.search(_LATER_TIME) is not None


def announcement(s: Sentence, meeting: date | None, words_of: set[str] | None = None) -> Announcement | None:
    """Return the announcement a sentence makes of a topic for a later meeting, if it makes one.

    A presentation, report or the like ("Presentation görs", "Rapporten kommer att redovisas")
    or one entry of a list of topics, said to come at a later meeting of the body ("vid nästa
    kommunala forum", "vid kommunalt forum i mars 2018", "inför webinariet den 11/2").
    """
    low = s.text.lower()
    if words_of is None:
        words_of = set(_WORD.findall(low))
    if _ANNOUNCE_KEYS.isdisjoint(words_of):
        return None  # most sentences: no verb that could announce anything, one set lookup tells
    return _announcement(s, meeting, _Words(low, words_of))


def _announcement(s: Sentence, meeting: date | None, found: _Words) -> Announcement | None:
    """`announcement` of a sentence whose words hold one of _ANNOUNCE_KEYS."""
    if "stående" in found.words and _NAMED_STANDING_POINT.search(found.low):
        return Announcement("next")  # a topic made a standing point: on the agendas from the next one
    if found.has(_THEME_KEYS) and found.next_meeting() and _THEME_OF_NEXT.search(found.low):
        return Announcement(when_of(s.text, meeting))  # a theme set for the next meeting
    if found.has(_ABOUT_KEYS) and _NEXT_ABOUT.match(found.low):
        return Announcement(when_of(s.text, meeting))  # "Nästa möte kommer att handla om trygghet"
    if _upcoming_topic(found):
        return Announcement(when_of(s.text, meeting))  # "inför en kommande diskussion vid månadsmöte till hösten"
    if found.has(_ATTEND_KEYS) and "att" in found.words and (attend := _attends_to_present(s.text, meeting, found)):
        return attend  # "X kommer närvara på följande fullmäktigemöte för att redovisa verksamhetsplanen"
    if not found.may_announce():
        return None
    low = found.low
    search = found.search
    later_m = found.may(_HANDLED_LATER) and found.names_meeting() and search(_HANDLED_LATER)
    if later_m and not found.words.isdisjoint(_MEMBERS_MEETINGS) and (
            later_m.group(0).lower().startswith(("bjud", "inbjud")) or _INVITED.fullmatch(later_m.group(0).lower())):
        later_m = None  # "Alla medlemmar bjuds in till årsmötet": the members' meeting, not this body's
    if later_m and not search(_SAME_MEETING):
        when = when_of(s.text, meeting)
        if (when is not None or found.next_meeting() or _at_later_season(found, meeting)) and (
                not _TRIGGER_WORDS.intersection(found.words) or _classify(s.text, meeting, found) is None):
            return Announcement(when)
    if search(_WHEN_READY) and not search(_SAME_MEETING) and (
            not _TRIGGER_WORDS.intersection(found.words) or _classify(s.text, meeting, found) is None):
        return Announcement(None)  # "... presenteras närmre så snart det finns ett konkretiserat förslag"
    request = search(_REQUEST_VERB) if found.may(_REQUEST_VERB) and found.may(_ANNOUNCE_NOUN) else None
    noun = search(_ANNOUNCE_NOUN) if request else None
    if request and noun and noun.start() > request.start() and not (
            search(_SAME_MEETING) or search(_BEFORE_NEXT) or search(_EARLIER_MEETING)):
        # "Vi önskar en dragning om digitaliseringen på ett kommande möte": a topic asked for, for a later meeting
        later = bool(found.next_meeting() or search(_LATER_NOT_NEXT))
        when = when_of(s.text, meeting) if later or found.names_meeting() else None
        if later or when is not None:
            return Announcement(when)
    # What the rest needs, from the words alone: a verb, a topic named (or a list entry), a later meeting.
    may_prepare = found.may(_PREPARE) and low.lstrip().startswith("inför")
    if not may_prepare and not found.may(_ANNOUNCE_VERB):
        return None
    if not may_prepare and s.bullet_block < 2 and not found.may(_ANNOUNCE_NOUN):
        return None
    if not found.has(_NEXT_KEYS) and not found.may(_LATER_NOT_NEXT) and not found.names_meeting():
        return None
    prepares = may_prepare and search(_PREPARE)
    if not prepares and not search(_ANNOUNCE_VERB):
        return None
    if search(_SAME_MEETING) or search(_BEFORE_NEXT) or search(_EARLIER_MEETING):
        return None
    later = bool(found.next_meeting() or search(_LATER_NOT_NEXT))
    if not later and not found.names_meeting():
        return None  # what follows needs a later meeting, or a date and a meeting named
    when = when_of(s.text, meeting)
    if not later and when is None:
        return None
    if prepares:
        return Announcement(when)
    if search(_ANNOUNCE_NOUN) or (s.bullet_block >= 2 and not _arrival_next_week(found) and not _meeting_itself_held(low)):
        return Announcement(when)
    return None


# "håller lokalföreningen i Stockholm sitt årsmöte", "hålls ett möte med ...": the verb holds the meeting
# itself (a possessive or an article before the meeting noun), not a topic at one.
_MEETING_ITSELF_HELD = re.compile(
    r"(?<![\w-])(?:håller|hålls|höll)\s+(?:[\w-]+\s+){0,4}?(?:sitt|sin|sina|ett|en)\s+(?:[\w-]+\s+)?[\w-]*(?:"
    + "|".join(words.MEETING_ITSELF_NOUNS) + r")(?![\w-])")


_ATTEND_KEYS = frozenset(p.split()[0] for p in words.ATTENDING_VERBS)
_ATTENDS_TO_PRESENT = re.compile(
    r"(?<![\w-])(?:" + _alternation(words.ATTENDING_VERBS) + r")(?![\w-])[^.;!?]{0,100}?(?<![\w-])för\s+att\s+"
    r"(?:" + _alternation(words.PRESENTING_VERBS) + r")(?![\w-])")


def _attends_to_present(text: str, meeting: date | None, found: _Words) -> Announcement | None:
    """A guest to attend a later meeting to present a topic (`_ATTENDS_TO_PRESENT`): announced for the next
    meeting, or for a later one with its date; none for this meeting or an earlier one."""
    if _ATTENDS_TO_PRESENT.search(found.low) is None:
        return None
    if found.search(_SAME_MEETING) or found.search(_EARLIER_MEETING) or found.search(_BEFORE_NEXT):
        return None
    later = found.next_meeting() or found.search(_LATER_NOT_NEXT)
    if not later and not found.names_meeting():
        return None
    when = when_of(text, meeting)
    if not later and (when is None or when == "next"):
        return None
    return Announcement(when)


_NEXT_MEETING_SUBJECT = re.compile(
    r"[\s•*·–-]*(?:" + "|".join(words.NEXT_WORDS) + r")\s+(?:[\w-]+\s+)?[\w-]*(?:möte|mötet|sammanträde|sammanträdet|träff|"
    r"träffen)\s+(?:kommer\s+att\s+|ska\s+|skall\s+)?(?:hållas|hålls|äga\s+rum|äger\s+rum|blir|är|sker|ske)(?![\w-])")


def _meeting_itself_held(low: str) -> bool:
    """Whether a list entry says a meeting is held ("Lördagen den 22/2-20 håller riksföreningen sitt årsmöte",
    "Nästa fullmäktigemöte kommer att hållas den 21.10.2020"): an event of its own, not a topic announced for one
    ("Presentation hålls vid nästa möte")."""
    return ("håll" in low and _MEETING_ITSELF_HELD.search(low) is not None) or _NEXT_MEETING_SUBJECT.match(low) is not None


_UPCOMING_KEYS = frozenset(words.UPCOMING_WORDS)
# A topic to come, at a meeting to come: "inför en kommande diskussion vid månadsmöte till hösten", "en senare
# genomgång på styrelsemötet i maj". The topic noun stands between "kommande"/"senare" and the meeting.
_UPCOMING_TOPIC = re.compile(
    r"(?<![\w-])(?:en|ett)\s+(?:" + "|".join(words.UPCOMING_WORDS) + r")\s+(?:" + "|".join(words.UPCOMING_TOPIC_NOUNS)
    + r")\s+(?:vid|på|under)\s+(?:\w+\s+){0,2}?\w*(?:möte|mötet|sammanträde|sammanträdet|träff|träffen)(?![\w-])")


def _upcoming_topic(found: _Words) -> bool:
    """Whether the sentence announces a topic for a meeting to come (`_UPCOMING_TOPIC`), no past one."""
    return (found.has(_UPCOMING_KEYS) and _UPCOMING_TOPIC.search(found.low) is not None
            and not found.search(_SAME_MEETING) and not found.search(_EARLIER_MEETING))


_ARRIVAL_WEEK = frozenset(words.ARRIVAL_WEEK_NOUNS)
_COMES_UP = re.compile(r"(?<![\w-])kommer\s+(?:upp|tillbaka|åter|igen)(?![\w-])")  # a topic that comes up


def _arrival_next_week(found: _Words) -> bool:
    """A list entry "Kommer antagligen nästa vecka": a bare "kommer" (the only announcing verb) and a
    next week with no meeting named is a thing arriving, not a topic announced."""
    if (found.names_meeting() or {m.group(0) for m in _ANNOUNCE_VERB.finditer(found.low)} != {"kommer"}
            or _COMES_UP.search(found.low)):
        return False
    later = found.next_meeting()
    return later is not None and later.group(0).split()[-1] in _ARRIVAL_WEEK


# --- assembly -------------------------------------------------------------------------------


def _meeting_date(meeting: Meeting) -> date | None:
    try:
        return date.fromisoformat(meeting.date) if meeting.date else None
    except ValueError:
        return None


def _line_of(doc: Minutes, offset: int) -> int:
    lo, hi = 0, len(doc.lines) - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if doc.lines[mid].start <= offset:
            lo = mid
        else:
            hi = mid - 1
    return lo


def _body_ranges(doc: Minutes, heads: list[Heading]) -> list[tuple[int, int]]:
    """Line range [a, b) of each item's own text."""
    out = []
    for k, h in enumerate(heads):
        if h.body_end_line is not None:
            end = h.body_end_line
        elif k + 1 < len(heads):
            end = heads[k + 1].line if heads[k + 1].line != h.line else h.line + 1
        else:
            end = len(doc.lines)
        out.append((h.line, max(end, h.line + 1)))
    return out


def _inline_body(doc: Minutes, heads: list[Heading], k: int) -> list[Sentence]:
    """Sentences of a run-in item (several items on one long line)."""
    h = heads[k]
    ln = doc.lines[h.line]
    end = heads[k + 1].start if k + 1 < len(heads) and heads[k + 1].line == h.line else ln.end
    text = doc.clean[h.end:end]
    out = []
    for a, b in _sentence_spans(text):
        piece = text[a:b]
        if piece and not piece.isspace():
            out.append(_new_sentence((piece, h.end + a, h.end + b, 0)))
    return out


_STOP = frozenset({"och", "för", "med", "från", "till", "om", "på", "av", "the", "for", "and", "of",
                   "den", "det", "en", "ett", "att", "som", "i", "no", "more"})


def _keywords(title: str) -> set[str]:
    return {w for w in _RX_KEYWORDS_1.findall(title.lower()) if w not in _STOP}


def _agenda_sentences(doc: Minutes, heads: list[Heading]) -> list[list[Sentence]]:
    """For an agenda layout, the sentences of the notes that mention each agenda item."""
    last = max(h.line for h in heads) + 1
    notes = sentences(doc, last, len(doc.lines), skip_first=False)
    out: list[list[Sentence]] = []
    for h in heads:
        keys = _keywords(h.title)
        mine = [s for s in notes if keys and any(k in s.text.lower() for k in keys)]
        out.append(mine)
    return out


def _title_of_announcement(doc: Minutes, s: Sentence, sents: list[Sentence]) -> str:
    """The announced topic: the head of its list entry ("Barnens bästa: presentation"), else the sentence."""
    text = s.text.strip().rstrip(".")
    line = _line_of(doc, s.start)
    first = next((t for t in sents if _line_of(doc, t.start) == line), s)
    head = first.text.strip().rstrip(".")
    noun = _ANNOUNCE_NOUN.search(text)
    if first is not s and len(head) <= 60:
        return f"{head}: {noun.group(0).lower()}" if noun else head
    return text if len(text) <= 100 else text[:100].rsplit(" ", 1)[0]


_RANK = {ItemStatus.POSTPONED: 0, ItemStatus.RETURNS: 1, ItemStatus.REFERRED: 2}


def _item_sentences(doc: Minutes, heads: list[Heading], layout: str) -> list[list[Sentence]]:
    """The sentences of each item's own text."""
    if layout == "agenda":
        return _agenda_sentences(doc, heads)
    out = []
    for k, (a, b) in enumerate(_body_ranges(doc, heads)):
        shares_line = (k + 1 < len(heads) and heads[k + 1].line == heads[k].line) or (
            k > 0 and heads[k - 1].line == heads[k].line)
        h = heads[k]
        # A bullet that is a sentence ("- Nästa gång Presidiet träffas är den 11 april då\n  utskicket
        # ... sker.") is read whole; a short bullet title is only a name.
        whole = _bullet_text(doc.lines[h.line]) is not None and _words_in(h.title) >= 6
        out.append(_inline_body(doc, heads, k) if shares_line
                   else sentences(doc, a, b, skip_first=False, start_at=h.start if whole else h.end))
    return out


# Latin-1 characters as the sentence tests read them: a word character lower-cased, anything else a
# space. Lower-casing maps each Latin-1 character to one Latin-1 character and keeps it a word
# character or not, so in a text of Latin-1 word characters the words of `clean[a:b]` translated
# are those of `sentence_words(clean[a:b])`. Other characters become "?" (a space) on the way.
_WORD_BYTES = bytes(ord(c.lower()) if c.isalnum() or c == "_" else 0x20 for c in map(chr, range(256)))
# Latin-1 digits (what \d matches there) as "1", anything else a space.
_DIGIT_BYTES = bytes(0x31 if c.isdecimal() else 0x20 for c in map(chr, range(256)))
# Latin-1 digits and "§" (what a numbered heading needs one of) as "1", anything else a space.
_NUMBER_MARK_BYTES = bytes(0x31 if c.isdecimal() or c == "§" else 0x20 for c in map(chr, range(256)))


def _latin_bytes(clean: str) -> bytes | None:
    """`clean` in Latin-1, each other character a "?"; None when one of those is a word character.

    Digits and letters outside Latin-1 ("ł", "ı", the Kelvin sign) are rare; without them, the
    words and digits of any part of the text can be read from these bytes at C speed.
    """
    data = clean.encode("latin-1", "replace")
    at = data.find(b"?")
    while at >= 0:
        char = clean[at]
        if char.isalnum() or char == "_":  # what \w matches (\d is a part of it)
            return None
        at = data.find(b"?", at + 1)
    return data


def _word_text(latin: bytes | None) -> str | None:
    """The text of `_latin_bytes` with each word character lower-cased and every other one a space."""
    return None if latin is None else latin.translate(_WORD_BYTES).decode("latin-1")


_KEYS = _TRIGGER_WORDS | _ANNOUNCE_KEYS  # a sentence without any: both tests give None
# Words too common in minutes to pick a sentence out ("Vi kan inte ...", "för beslut").
_COMMON_WORDS = _STOP | {"kan", "ska", "inte", "ej", "upp", "vid", "fram", "är", "vi", "beslut", "nästa", "dagens",
                          "mötet", "sammanträde", "dagordningen", "ärendet", "frågan", "punkten"}


def _rare_words(*lists: Iterable[str]) -> frozenset[str]:
    """One word of each phrase: the longest that is not common, else the longest."""
    out = set()
    for phrase in (p for lst in lists for p in lst):
        tokens = _WORD.findall(phrase.lower())
        rare = [t for t in tokens if t not in _COMMON_WORDS] or tokens
        out.add(max(rare, key=len))
    return frozenset(out)


# A sentence finds a status, announces a topic or moves what is not reached only when it holds a
# phrase of these lists whole, and so each of its words (in a text that is not odd, see _Words).
_SENTENCE_KEYS = _rare_words(
    words.NOMINATING_TASKED, words.REPORT_BACK_NOUNS,
    words.POSTPONED, words.POSTPONED_IF_MATTER, words.DROPPED_WORDS, words.RETURNS, words.RETURNS_WITH_LATER,
    words.REFERRED_TO_GENERAL_MEETING, words.REFERRED_MATTER, words.REFERRED_VERBS, words.REFERRED_DECIDE_VERBS,
    words.HANDLED_LATER, words.PREPARE_VERBS, words.ANNOUNCE_VERBS, words.MOVE_VERBS, words.FIRST_READING,
    words.SECOND_READING, _DECISION_LATER_PHRASES, words.REVISIT, words.POSTPONED_IF_MATTER_MORE,
    words.POSTPONED_MORE, _DECISION_AT_PHRASES, words.LATER_MEETINGS_MORE, words.RETURNS_MORE,
    words.POSTPONED_LEFT_FOR_LATER, words.REFERRED_VERBS_ONWARD, words.TAKEN_UP_LATER_VERBS, words.THEME_WORDS,
    words.LATER_NOT_NEXT, words.LATER_NOT_NEXT_AFTER, words.DECIDED_BY_OTHER_BODY, words.POSTPONED_IF_MATTER_DROPPED,
    words.REFERRED_VERBS_PAST, words.MATTER_DROPPED, words.INVITED_VERBS,
    words.REFERRING_VERBS, words.POSTPONED_ACTIVE_PAST, words.REFERRED_LIFTED_UP, words.TASKED_WITH,
    words.MATTER_COMES_BACK, words.OFF_THE_AGENDA, words.MEET_AGAIN_ON_MATTER, words.ANNOUNCED_WHEN_READY, words.ON_NEXT_AGENDA,
    words.MATTER_LAID_ASIDE, words.REFERRED_VERBS_MORE, words.REVISIT_MORE, words.NEXT_MEETING_ABOUT,
    words.FRONTED_NEXT_VERBS, words.FRONTED_NEXT_PASSIVES, words.MATTER_DROPPED_MODAL, words.OFF_THE_AGENDA_MORE,
    words.CARRYING_VERBS,
    words.REFERRED_VERBS_TAKEN_ALONG, words.REQUEST_VERBS, words.UPCOMING_WORDS, words.COMES_BACK_WITH_REPORT,
    words.REVISIT_EVALUATE, words.MINUTES_NOT_APPROVED, words.MEET_AGAIN_TO_FOLLOW_UP,
    words.POSTPONED_IF_MATTER_FORWARD, words.REFERRING_VERBS_ACTIVE_PAST, words.REFERRING_VERBS_PASSIVE,
    words.POSTPONED_IF_MATTER_WIDENED, words.POSTPONED_MOVED_ACTIVE, words.RETURNS_SENT_BACK, words.TAKEN_UP_SETTLED,
    words.RETURNS_REWORKED,
    words.HANDED_ON_TO_LATER_MEETING, words.NOT_HANDLED_NOW, words.MORE_TO_TELL,
    words.ADOPTED_AT_DATED_MEETING, words.ELLIPTIC_STANDING, words.RESCHEDULED, words.NO_DECISION_TAKEN,
)
_UNREAD = object()
# _SENTENCE_KEYS in Latin-1, for the word bytes (a key outside Latin-1 is in no such text).
_SENTENCE_KEY_BYTES = frozenset(k.encode("latin-1") for k in _SENTENCE_KEYS if max(k) <= "\xff")
# The words of each phrase of MOVE_VERBS, and of GENERAL_MOVE: a general move needs one phrase of each.
_MOVE_NEEDS = tuple([_WORD.findall(p.lower()) for p in phrases] for phrases in (words.MOVE_VERBS, words.GENERAL_MOVE))


_NO_MEETING = date(1, 1, 1)  # what `find_dates` resolves yearless dates from when no meeting date is known


def _written_days(clean: str) -> dict[tuple[int, int], date]:
    """The days `clean` writes with their year ("den 25 augusti 2021", "2021-08-25"), by month and day;
    a month and day written with two different years is left out."""
    days: dict[tuple[int, int], date] = {}
    twice: set[tuple[int, int]] = set()
    for dm in find_dates(clean, after=_NO_MEETING):
        if dm.kind is DateKind.DAY and dm.explicit_year and isinstance(dm.value, date) and not dm.tentative:
            key = (dm.value.month, dm.value.day)
            if days.setdefault(key, dm.value) != dm.value:
                twice.add(key)
    for key in twice:
        del days[key]
    return days


class _Reading:
    """`classify` and `announcement` of the sentences of one document, each computed once.

    The item's status and the topics it announces read the same sentences; both are pure, so a
    sentence read for one is not read again for the other (the memo lives for one document).
    The words of a sentence come from one translation of the whole document (`_word_text`),
    and most sentences hold none of the words either test needs: those are answered at once.
    """

    __slots__ = ("_announced", "_classified", "_days", "_found_of", "_keyed", "_own_body", "_own_invited", "_own_next",
                 "_retold", "_word_bytes", "_word_text", "meeting")

    def __init__(self, doc: Minutes, meeting: date | None, latin: bytes | None, body: str | None = None) -> None:
        self.meeting = meeting
        # The meeting's own body, lower case: a matter "taken up in" it comes back here (see `classify`).
        self._own_body = body.strip().lower() if body and body.strip() else None
        # "på nästa föräldraråd" in Föräldrarådet's minutes: its own next meeting (see `_own_next_meeting`).
        self._own_next = _own_next_pattern(self._own_body)
        # "Representanter för Kulturnämnden ska bjudas in till samrådsgruppen" in Samrådsgruppen's minutes
        self._own_invited = _own_invited_pattern(self._own_body)
        self._retold: set[str] = set()  # sentence texts whose own-body noun was read as "möte"
        # Without a meeting date: the days the minutes write with their year (see `_written_days`).
        self._days = _written_days(doc.clean) if meeting is None else {}
        # The word text as Latin-1 bytes too: a slice of bytes splits faster than one of a str.
        self._word_bytes = None if latin is None else latin.translate(_WORD_BYTES)
        self._word_text = None if self._word_bytes is None else self._word_bytes.decode("latin-1")
        self._classified: dict[str, Finding | None] = {}
        self._announced: dict[tuple[str, int], Announcement | None] = {}
        # For each sentence read, its words and the patterns they allow; None: it holds no key word.
        self._found_of: dict[str, _Words | None] = {}
        # Whether the text [start, end) holds a word of _SENTENCE_KEYS: the same sentences are sorted
        # for the other points they name and then for their own item.
        self._keyed: dict[tuple[int, int], bool] = {}
    def keyed(self, sents: list[Sentence]) -> list[Sentence]:
        """The sentences that may say something; for the others `classify`, `announcement` and
        `general_move` give None or False."""
        word_bytes = self._word_bytes
        if word_bytes is None:
            return [s for s in sents if self._found(s) is not None]
        # No odd text here (ı and ſ are no Latin-1): a rare word of the phrase must be there.
        memo = self._keyed
        out = []
        for s in sents:
            span = (s.start, s.end)
            has = memo.get(span)
            if has is None:
                # The word bytes hold only spaces and word characters, none of them white space to
                # `bytes.split`: its words are those of `str.split` on the word text, in Latin-1.
                has = memo[span] = not _SENTENCE_KEY_BYTES.isdisjoint(word_bytes[s.start:s.end].split())
            if has:
                out.append(s)
        return out

    def words_of(self, s: Sentence) -> set[str]:
        """`sentence_words(s.text)`; `s` is a sentence of this document's clean text."""
        if self._word_text is None or s.text in self._retold:
            return sentence_words(s.text)
        return set(self._word_text[s.start:s.end].split())

    def _own_next_meeting(self, s: Sentence) -> Sentence:
        """`s` with the body's own noun after "nästa" read as "möte" (padded to its length, so that offsets in the
        sentence stand): "sen tar vi upp och diskuterar det på nästa föräldraråd igen" in Föräldrarådet's minutes,
        "Frågan tas upp vid nästa styrgrupp" in Styrgruppen's."""
        if self._own_next is None or "nästa" not in s.text.lower():
            return s
        m = self._own_next.search(s.text)
        if m is None:
            return s
        text = s.text[:m.start(1)] + "möte".ljust(len(m.group(1))) + s.text[m.end(1):]
        self._retold.add(text)
        return s._replace(text=text)

    def _found(self, s: Sentence) -> _Words | None:
        """The sentence's words and the phrase patterns they allow; None when the sentence cannot
        say anything (see `keyed`)."""
        found = self._found_of.get(s.text, _UNREAD)
        if found is _UNREAD:
            words_of = self.words_of(s)
            if self._word_text is not None:
                quiet = _SENTENCE_KEYS.isdisjoint(words_of)
            else:  # _classify and _announcement need one of _KEYS; a general move in an odd text none
                quiet = _KEYS.isdisjoint(words_of) and "ı" not in s.text and "ſ" not in s.text
            found = None if quiet else _Words(s.text.lower(), words_of)
            self._found_of[s.text] = found
        return found  # type: ignore[return-value]

    def classify(self, s: Sentence) -> Finding | None:
        s = self._own_next_meeting(s)
        found = self._found(s)
        if found is None:
            return None
        finding = self._classified.get(s.text, _UNREAD)
        if finding is _UNREAD:
            finding = None
            if not _TRIGGER_WORDS.isdisjoint(found.words):
                finding = _classify(s.text, self._meeting_for(s.text), found)
                if finding is not None and finding.status is ItemStatus.REFERRED and self._own_body is not None:
                    finding = _own_body_return(s.text, finding, self._own_body, self._meeting_for(s.text))
            self._classified[s.text] = finding
        return finding  # type: ignore[return-value]

    def announcement(self, s: Sentence) -> Announcement | None:
        s = self._own_next_meeting(s)
        found = self._found(s)
        if found is None:
            return None
        key = (s.text, s.bullet_block)
        told = self._announced.get(key, _UNREAD)
        if told is _UNREAD:
            told = None
            if not _ANNOUNCE_KEYS.isdisjoint(found.words):
                told = _announcement(s, self._meeting_for(s.text), found)
            if told is None and self._own_invited is not None and "bjud" in found.low:
                told = _invited_to_own_body(s.text, self._own_invited, self._meeting_for(s.text), found)
            self._announced[key] = told
        return told  # type: ignore[return-value]

    def _meeting_for(self, text: str) -> date | None:
        """The meeting date to read `text` by: the meeting's own; without one, the day before a day that
        `text` names without its year and the minutes write elsewhere with it (`_written_days`): "tas
        upp vid styrelsemötet 25 augusti" beside "Nästa styrelsemöte den 25 augusti 2021" is that day."""
        if self.meeting is not None or not self._days or not _has_digit(text):
            return self.meeting
        for dm in find_dates(text, after=_NO_MEETING):
            if dm.kind is DateKind.DAY and not dm.explicit_year and isinstance(dm.value, date):
                day = self._days.get((dm.value.month, dm.value.day))
                if day is not None:
                    return day - timedelta(days=1)
        return None

    def may_move_on(self, stop: int) -> bool:
        """False when no sentence of the clean text before `stop` can be a general move (see
        `general_move`): such a sentence holds all the words of a _MOVE_VERB phrase and of a
        _GENERAL_MOVE phrase, and each of them stands in the word text before `stop`."""
        if self._word_text is None:
            return True
        before = self._word_text[:stop]
        return all(any(all(w in before for w in need) for need in needs) for needs in _MOVE_NEEDS)

    def general_move(self, s: Sentence) -> bool:
        """`is_general_move(s.text)`."""
        found = self._found(s)
        return found is not None and _general_move(found)


# A body named by a noun of its kind ("Föräldrarådet", "Styrgruppen", "Elevrådet Norra skolan"): after "nästa" that
# noun, indefinite or definite, is the body's next meeting. Group 1 the first word's stem and its ending.
_OWN_BODY_NOUN = re.compile(r"([a-zåäö]*(?:råd|grupp|styrelse|utskott|beredning|nämnd|kommitté|presidi))"
                            r"(?:et|en|n|e|um)?(?![\w-])")


_OWN_BODY_NOUN_LEAST = 5


def _own_next_pattern(own: str | None) -> re.Pattern[str] | None:
    """The pattern of "nästa" and the body's own noun (`_OWN_BODY_NOUN`, the body's first word), group 1 the noun;
    None for a body not named so."""
    m = _OWN_BODY_NOUN.match(own or "")
    if m is None or len(m.group(1)) < _OWN_BODY_NOUN_LEAST:
        return None  # "Rådet": too short a word to tell the body from a plain noun ("nästa råd")
    stem = m.group(1)
    forms = sorted({stem, m.group(0), stem + "et", stem + "en", stem + "n", stem + "e", stem + "um"}, key=len, reverse=True)
    return re.compile(r"(?i)(?<![\w-])nästa\s+(" + "|".join(map(re.escape, forms)) + r")(?![\w-])")


def _own_invited_pattern(own: str | None) -> re.Pattern[str] | None:
    """The pattern of an invitation to the body itself, by its own noun (`_OWN_BODY_NOUN`): "ska bjudas in till
    samrådsgruppen" in Samrådsgruppen's minutes; None for a body not named so."""
    m = _OWN_BODY_NOUN.match(own or "")
    if m is None or len(m.group(1)) < _OWN_BODY_NOUN_LEAST:
        return None
    stem = m.group(1)
    forms = sorted({stem, m.group(0), stem + "et", stem + "en", stem + "n", stem + "e", stem + "um"}, key=len, reverse=True)
    return re.compile(r"(?i)(?<![\w-])(?:" + _INVITED_VERB_SOURCE + r")(?![\w-])[^.;:!?]{0,80}?(?<![\w-])till\s+(?:"
                      + "|".join(map(re.escape, forms)) + r")(?![\w-])")


def _invited_to_own_body(text: str, pattern: re.Pattern[str], meeting: date | None, found: _Words) -> Announcement | None:
    """Someone invited to the body itself ("Representanter för Kulturnämnden ska bjudas in till samrådsgruppen"): a
    guest at a later meeting of the body, the topic announced (`when` as the sentence says, mostly null). Not an
    invitation about this meeting or an earlier one, nor one told with a date before the meeting."""
    if pattern.search(text) is None or found.search(_SAME_MEETING) or found.search(_EARLIER_MEETING):
        return None
    if _dated_before_meeting(text, meeting, past=False):
        return None
    return Announcement(when_of(text, meeting))


def _own_body_return(text: str, f: Finding, own: str, meeting: date | None) -> Finding:
    """A referral `f` to the meeting's own body (`own`, lower case) read as the matter's return.

    "Den frågan ska tas upp i Tillgänglighetsrådet längre fram under året" in Tillgänglighetsrådet's minutes:
    the matter comes back to this body later, no other body takes it. The referral's body opens with the
    whole name of the meeting's body; "Ärendet överlämnas till regionstyrelsen" in its arbetsutskott's
    minutes stays referred.
    """
    body = (f.body or "").lower()
    if not body.startswith(own) or body[len(own):len(own) + 1].isalnum():
        return f
    return Finding(ItemStatus.RETURNS, when_of(text, meeting), None, f.start, f.end)


# Words that name the item's own matter, or no matter, as the subject of "kommer att diskuteras".
_ITEM_REFERENCES = frozenset({
    "frågan", "frågorna", "ärendet", "ärendena", "punkten", "detta", "denna", "dessa", "saken", "ämnet", "temat",
    "förslaget", "beslutet", "styrelsen", "gruppen", "mötet", "nämnden", "vidare", "även", "också", "eventuellt",
    "därför", "sedan", "senare", "gång",
})
_CLAUSE_BREAK = re.compile(r"[,;:]|\s(?:och|men|samt)\s")
_LETTER_RUN = re.compile(r"[^\W\d_]{4,}")


def _topic_of_its_own(low: str, at: int, title: str) -> bool:
    """The subject right before a "kommer att diskuteras" at `at` is a topic of its own, not the item's matter.

    "..., ev adventmys kommer att diskuteras på nästa styrelsemöte" under "Kommande aktiviteter": a
    topic announced for the next meeting; "Frågan kommer att diskuteras ..." or "Budgeten ..." under
    "Budget 2022" is the item's own matter.
    """
    clause = _CLAUSE_BREAK.split(low[:at])[-1]
    content = [w for w in _LETTER_RUN.findall(clause) if w not in _STOP and w not in _ITEM_REFERENCES]
    if not content:
        return False
    # Compounds share a part, not a start: "rapporten" under "Verksamhetsrapport" is its own matter.
    title_low = title.lower()
    keys = [k[:5] for k in _keywords(title)]
    return not any(w[:5] in title_low or any(k in w for k in keys) for w in content)


def _announced_topic(title: str, s: Sentence, reading: _Reading) -> Announcement | None:
    """An announcement that `classify` reads as the item's return: a topic of its own comes back later."""
    found = reading._found(s)
    if found is None or not found.may(_HANDLED_LATER):
        return None  # most sentences: no "kommer att diskuteras" or the like
    f = reading.classify(s)
    if f is None or f.status is not ItemStatus.RETURNS:
        return None
    m = found.search(_HANDLED_LATER)
    if m is None or not _topic_of_its_own(found.low, m.start(), title):
        return None
    return Announcement(f.when)


# "ta upp" / "tar upp" with its object after it ("... och ta upp besluten för ratificering på nästa
# möte"); the object ends at a preposition that places it in time, or at a clause break.
_TAKE_UP_ACTIVE = re.compile(r"(?<![\w-])(?:ta|tar|tog)\s+(?:vi\s+)?upp\s+")
_OBJECT_END = re.compile(r"[,;:.!?]|\s(?:på|vid|till|i|under|efter|inför|och|men|samt|när|då)\s")
_OBJECT_FILLERS = frozenset({"igen", "nytt", "därefter", "senare", "gärna", "också", "även", "eventuellt", "här"})


def _object_of_its_own(title: str, low: str, at: int) -> bool:
    """Whether the object a verb ending at `at` of the lower-case sentence `low` takes (up to `_OBJECT_END`) holds
    words of its own, none of them the item `title`'s ("ta upp besluten för ratificering" under "Mötets
    behörighet"), not only fillers and references to the item ("ta upp frågan igen")."""
    end = _OBJECT_END.search(low, at)
    obj = low[at:end.start() if end else len(low)]
    content = [w for w in _LETTER_RUN.findall(obj)
               if w not in _STOP and w not in _ITEM_REFERENCES and w not in _OBJECT_FILLERS]
    if not content:
        return False
    title_low = title.lower()
    keys = [k[:5] for k in _keywords(title)]
    return not any(w[:5] in title_low or any(k in w for k in keys) for w in content)


# A named member's own task, due by the next meeting: "Emil uppdaterar sin arbetsbeskrivning till kommande möte",
# "Beslut att Conny tar fram externt pris till nästa möte", "Bror och Joakim kollar upp ... till nästa möte". The
# sentence opens (after a dash or "Beslut (att)") with one or two given names and a verb in the present tense.
_DOERS_TASK = re.compile(
    r"\s*(?:[-–•*]\s*)?(?:(?:beslut|beslutades|beslöts)\s*:?\s*(?:att\s+)?)?([A-ZÅÄÖ][a-zåäöé]+)"
    r"(?:\s+(?:och|&)\s+([A-ZÅÄÖ][a-zåäöé]+))?\s+[a-zåäö]+r(?![\w-])", re.IGNORECASE)
_TASK_DUE = ("till nästa", "till kommande", "till nästkommande")


def _doers_task_by_next(s: Sentence, f: Finding) -> bool:
    """Whether a return to the next meeting (`f`) is only a named member's task due by then (`_DOERS_TASK`): a
    topic announced for that meeting, the item handled. The return must rest on the bare "till nästa ..." (a verb of
    coming back, "återkommer", "redovisar", is read first and stays a return)."""
    if f.status is not ItemStatus.RETURNS or f.when != "next" or not s.text.lower().startswith(_TASK_DUE, f.start):
        return False
    m = _DOERS_TASK.match(s.text)
    return m is not None and m.end() <= f.start and all(
        name is None or (name[:1].isupper() and name.casefold() in _DOER_GIVEN) for name in m.group(1, 2))


def _taken_up_topic(title: str, s: Sentence, f: Finding) -> bool:
    """A sentence coming back to a matter whose object is a topic of its own, not the item's.

    "Mötet ... beslutar att ta upp besluten för ratificering på nästa möte" under "Mötets
    behörighet" announces that topic; "Vi tar upp budgeten i höst" under "Budget 2022" and
    "Anna tar upp frågan på nästa möte" bring the item's own matter back.
    """
    if f.status is not ItemStatus.RETURNS:
        return False
    low = s.text.lower()
    if " ".join(low[f.start:f.end].split()) in _FRONTED_PASSIVES and _FRONTED_NEXT.match(low):
        # "Nästa möte definieras vilka arbetsgrupper som måste bildas" under "Projektering": its subject a topic
        return _object_of_its_own(title, low, f.end)
    if "upp" not in s.text:
        return False
    m = _TAKE_UP_ACTIVE.search(low)
    if m is None:
        return False
    return _object_of_its_own(title, low, m.end())


# Comments (words.COMMENTS_NOUNS), then what they are on (words.COMMENTS_ABOUT); group 1 the preposition.
_COMMENTS_NOUN = re.compile(r"(?<![\w-])(?:" + _alternation(words.COMMENTS_NOUNS) + r")(?![\w-])")
# Not a meeting or a time after it ("på nästa möte", "på styrelsemötet i juni", "om två veckor").
_COMMENTS_ABOUT = re.compile(r"(?<![\w-])(" + _alternation(words.COMMENTS_ABOUT) + r")\s+(?!(?:nästa|kommande|följande)\s"
                             r"|(?:den\s+)?\d|[\wåäö]*(?:möte|mötet|sammanträde|sammanträdet|träff|träffen)(?![\w-]))")


def _comments_on_topic(title: str, s: Sentence, f: Finding) -> bool:
    """A return that asks for comments, for a later meeting, on a question of their own (words.COMMENTS_NOUNS):
    "Kom gärna med input/synpunkter till nästa möte, 3/6 gällande en mer allmän fråga huruvida avtal med
    Länsstyrelsen ... är relevant" under "Mål och resultat" announces that question; "Synpunkter på budgeten lämnas
    till nästa möte" under "Budget 2022", or comments on nothing named, bring the item back."""
    if f.status is not ItemStatus.RETURNS:
        return False
    low = s.text.lower()
    noun = _COMMENTS_NOUN.search(low)
    if noun is None:
        return False
    about = _COMMENTS_ABOUT.search(low, noun.end())
    return about is not None and _object_of_its_own(title, low, about.end())


# "rapporterar från träffen", "återrapporterar från ordförandekonferensen i Stockholm": a report from an event.
_REPORT_FROM_EVENT = re.compile(
    r"(?<![\w-])(?:" + "|".join(words.REPORT_FROM_WORDS) + r")\s+från\s+(?:[\w-]+\s+){0,2}?[\w-]*(?:"
    + "|".join(words.REPORTED_EVENT_ENDS) + r")(?![\w-])"
)


def _report_from_event(s: Sentence, f: Finding) -> bool:
    """A sentence bringing back, at a later meeting, a report from an event (see words.REPORT_FROM_WORDS).

    "... samt rapporterar från träffen på nästa styrelsemöte 28/4" under "5.2 Ordförandeträff 17-18/4": that
    report is a topic of its own for the next meeting, announced; who goes to the meeting was handled now.
    "Frågan tas upp igen på nästa möte" or "Kassören rapporterar om ekonomin på nästa möte" bring the item's
    own matter back.
    """
    if f.status is not ItemStatus.RETURNS or "från" not in s.text:
        return False
    low = s.text.lower()
    m = _REPORT_FROM_EVENT.search(low)
    # the report is the returning phrase's own clause: "rapporterar från X på nästa möte", not "Efter
    # besöket rapporterar Anna från mötet. Frågan tas upp igen på nästa möte" in one sentence
    return m is not None and not _CLAUSE_BREAK.search(low, m.end(), f.start)


# A year written as a year ("budget för verksamhetsåren 2024 och 2025", "Budgetförslag 2023"), not inside a date
# ("2023-05-12", "12/5 2023"); a year after a month name is a date's too (see `_topic_years`).
_YEAR = re.compile(r"(?<![\d/.:-])((?:19|20)\d\d)(?![\d/.:-]?\d)")
_MONTH_NAMES = frozenset(words.MONTHS)


def _topic_years(text: str) -> set[str]:
    """The years `text` names as years of a thing ("budget för 2024 och 2025"), not those of a date ("i maj 2024")."""
    out = set()
    for m in _YEAR.finditer(text):
        before = text[max(0, m.start() - 12):m.start()].split()
        if before and before[-1].lower().strip(".,") in _MONTH_NAMES:
            continue
        out.add(m.group(1))
    return out


def _other_years_topic(title: str, s: Sentence, f: Finding) -> bool:
    """A matter to come back that is that of other years than the item's ("Budgetförslag 2023": "... återkomma
    med en rapport och utkast till budget för verksamhetsåren 2024 och 2025"): a topic of its own, announced;
    the item, of its own year, is handled. "Budget 2023": "Frågan återkommer i januari 2024" is the item's."""
    if f.status is not ItemStatus.RETURNS or not _has_digit(title) or not _has_digit(s.text):
        return False
    own = _topic_years(title)
    told = _topic_years(s.text)
    return bool(own) and bool(told) and own.isdisjoint(told)


_PUT_OFF_ACTIVE = re.compile(r"[\W_]*(?:" + _alternation(words.PUT_OFF_ACTIVE_VERBS) + r")\s+")
_MIN_LISTED_POINTS = 3  # bullets at least in the list of points a sentence of `_listed_topic_put_off` stands in


def _listed_topic_put_off(title: str, s: Sentence, f: Finding) -> bool:
    """A point of a bullet list that opens with the verb putting off a topic of its own, the item going on.

    "* Skjuter upp diskussion om Kompetenser vs Avdelning till ett senare skede, eftersom ..." among the
    to-do points under "3. Gå igenom resultat av användbarhetsanalys": that topic is put off, the results
    were gone through. The verb opens the point (its subject left out) and its object holds words of its
    own, not the item's ("Skjuter upp frågan", "Bordlägger punkten" put off the item itself).
    """
    if f.status is not ItemStatus.POSTPONED or s.bullet_block < _MIN_LISTED_POINTS or f.start > 2:
        return False
    low = s.text.lower()
    verb = _PUT_OFF_ACTIVE.match(low)
    if verb is None:
        return False
    return _object_of_its_own(title, low, verb.end())


def _postponed_topic(title: str, s: Sentence, f: Finding) -> bool:
    """A matter of its own that a sentence postpones, under an item that groups matters or plans.

    "Frågan om en träff med boule sköts till senare tillfälle" under "Övriga frågor" postpones
    that matter, not the item; "Punkten utgår" postpones the item itself.
    """
    return f.status is ItemStatus.POSTPONED and _topic_of_its_own(s.text.lower(), f.start, title)


# A new thing as the subject of the sentence: "En ev. målning av ladan bordlades ...".
_INDEFINITE_SUBJECT = re.compile(r"\s*(?:" + "|".join(words.INDEFINITE_ARTICLES) + r")\s", re.IGNORECASE)
_SUBJECT_FATES = tuple(words.SUBJECT_POSTPONED_VERBS)
_DECIDING_STEMS = tuple(words.DECIDING_NOUN_STEMS)
_WAIT_UNTIL = tuple(words.WAIT_UNTIL_VERBS)


_WAIT_WITH = re.compile(r"\s+med\s+")
# The same thing after another preposition or an adverb ("Vi avvaktar kring eventuell helgkurs", "vi avvaktar dock
# med köp"), or as a direct object when the clause says until when ("vi avvaktar dock köp tills vi vet mer").
_WAIT_PREPOSITIONS = ("med", "kring", "gällande", "angående", "rörande")
_WAIT_ABOUT = re.compile(r"\s+(?:(?:" + "|".join(words.AWAITING_ADVERBS + ("dock", "därför")) + r")\s+)?"
                         r"(?:(?:" + "|".join(_WAIT_PREPOSITIONS) + r")\s+|(?=[\w\s-]{1,40}\stills\s))")


def _new_thing_waited_for(title: str, s: Sentence, f: Finding) -> bool:
    """A new thing, of its own, that the body waits with ("Avvaktar med skrivelse om gratis resor för äldre" under
    "Trafikgruppen"): that thing is put off, the group's report is handled. The object after "avvaktar med" /
    "väntar med" (or "kring", or bare before "tills": `_WAIT_ABOUT`) is a noun of its own: not a decision ("avvaktar med beslut"), the item's matter ("med frågan",
    "med detta", "avvaktar med matfrågorna" under "Matfrågor"), nor an act of its own ("med att ta ställning")."""
    low = s.text.lower()
    verb = low[f.start:f.end].split()
    if f.status is not ItemStatus.POSTPONED or not verb or not verb[0].startswith(_WAIT_UNTIL):
        return False
    with_ = (_WAIT_WITH.match(low, f.start + len(verb[0])) or _WAIT_ABOUT.match(low, f.start + len(verb[0]))
             if len(verb) == 1 else None)
    at = with_.end() if with_ else (f.end if verb[-1] == "med" else -1)
    if at < 0:
        return False
    first = _WORD.search(low, at)
    if (first is None or low[at:first.start()].strip() or first.group(0) in ("att", "det", "den", "dessa")
            or first.group(0).startswith(_DECIDING_STEMS)):
        return False
    if (with_ is not None and with_.re is _WAIT_ABOUT and not with_.group(0).rstrip().endswith(_WAIT_PREPOSITIONS)
            and first.group(0) in _ITEM_REFERENCES):
        return False  # "Vi avvaktar frågan tills nästa möte": the item's matter waited with
    return _object_of_its_own(title, low, at)


def _new_thing_postponed(title: str, s: Sentence, f: Finding) -> bool:
    """A new thing, of its own, that the sentence postpones, inside an item that goes on with other matters.

    "En ev. målning av ladan bordlades då kostnaden skulle bli för stor" under "Fjällidenkommittén":
    that thing is put off, the committee's report is handled. The thing stands as the subject, in the
    indefinite ("en", "ett"), of a verb whose subject is what is put off ("bordlades", "sköts upp",
    "utgår"); "En ledamot yrkade bordläggning" or "Ärendet bordlades" put off the item itself.
    """
    if f.status is ItemStatus.POSTPONED and _new_thing_waited_for(title, s, f):
        return True
    if f.status is not ItemStatus.POSTPONED or not _INDEFINITE_SUBJECT.match(s.text):
        return False
    low = s.text.lower()
    verb = low[f.start:f.end].split()
    if not verb or not verb[0].startswith(_SUBJECT_FATES):
        return False
    before = low[:f.start]
    if "att" in before.split() or _CLAUSE_BREAK.search(before.strip()):
        return False  # "En ledamot föreslår att frågan bordläggs": about the item, or a clause of its own
    if any(w.startswith(_DECIDING_STEMS) for w in before.split()):
        return False  # "Ett beslut i frågan bordlades": the item's decision put off
    return _topic_of_its_own(low, f.start, title)


_REPORTED_MINUTES = tuple(words.REPORTED_MINUTES_TITLES)
# A sentence about the item itself: "Punkten bordlades", "Ärendet utgår", "Anmälan bordläggs".
_MATTER_OPENS = re.compile(r"\s*(?:" + "|".join(words.REPORTED_ITEM_ITSELF) + r")(?![\w-])", re.IGNORECASE)


# Titles of items that plan or group separate matters: what comes back under them is a topic announced.
_NO_RETURN_TITLES = frozenset(words.NO_RETURN_TITLES + words.REPORT_GROUP_TITLES + words.POINT_GROUP_TITLES)
# News from a source or for an audience, a title of its own (words.NEWS_FROM_NOUNS, then "från", "för" or "till"):
# "Information från kansliet", "Meddelanden från ordföranden", "Aktuella frågor för Sockenrådet", "Information
# till styrelsen"; group 1 the preposition, group 2 the source or audience.
_NEWS_FROM = re.compile(r"(?:" + _alternation(words.NEWS_FROM_NOUNS) + r")\s+(från|för|till)\s+(.+)")
_NEWS_EVENT_ENDS = tuple(words.NEWS_FROM_EVENT_ENDS)


@text_cache(maxsize=4096)
def _news_from_source(title: str) -> bool:
    """Whether the item brings news from a source ("Information från kansliet", "Rapport från ordföranden"), which
    groups several matters like "Information": what one of them brings back later is a topic announced, the item is
    handled. News from a meeting or event ("Information från Leader-mötet", "Rapport från konferensen") is one
    matter. News for an audience groups matters when the audience is a body ("Aktuella frågor för Sockenrådet",
    "Information till styrelsen"); "Aktuella frågor för regional utveckling" names one field, one matter."""
    m = _NEWS_FROM.fullmatch(_first_words(title))
    if m is None:
        return False
    said = _WORD.findall(m.group(2))
    if m.group(1) != "från":
        return any(w.endswith(_OTHER_BODIES) for w in said)
    return not any(w.endswith(_NEWS_EVENT_ENDS) for w in said)

# The item's own matter opening a sentence as its subject (words.OWN_MATTER_SUBJECTS), not "Frågan om ...".
_OWN_MATTER_FIRST = re.compile(r"[\W_]*(?:" + _alternation(words.OWN_MATTER_SUBJECTS) + r")(?![\w-])(?!\s+(?:"
                               + "|".join(words.SUBJECT_QUALIFIERS) + r")(?![\w-]))", re.IGNORECASE)


def _opens_with_own_matter(text: str) -> bool:
    """Whether the sentence opens with the item's own matter as its subject ("Denna fråga skall tas upp ...")."""
    return _OWN_MATTER_FIRST.match(text) is not None


_LETTER_POINT_OPEN = re.compile(r"[ \t]*[a-h]\)(?:[ \t]|$)")


def _in_lettered_point(doc: Minutes, h: Heading, stop: int, at: int) -> bool:
    """Whether offset `at` of item `h` (its lines up to `stop`) sits under one of its lettered sub-points.

    "6. Ekonomi" / "a) Kassarapport ..." / "d)" / "Ansökan om kommunalt bidrag" / "... Diskuteras vidare vid
    senare tillfälle.": under an item of two lettered points or more, what is to come back is the
    sub-point's topic, announced for a later meeting; the item itself is handled.
    """
    points = [j for j in range(h.line + 1, min(stop, len(doc.lines)))
              if doc.lines[j].text[:6].lstrip()[:1] in _POINT_LETTERS and _LETTER_POINT_OPEN.match(doc.lines[j].text)]
    return len(points) >= 2 and doc.lines[points[0]].start < at


_POINT_LETTERS = frozenset("abcdefgh")


# A matter taken along to a later meeting, said alone in the passive: "Tas med till nästa möte 17/11", "Tas upp
# på nästa styrelsemöte", "Frågan tas upp vid kommande möte".
# "Frågan tas upp igen på nästa möte": taken up again, so taken up now as well; it returns.
_TAKEN_ALONG = re.compile(r"[\W\d]*(?:(?:frågan|ärendet|punkten)\s+)?(?:tas|tages|förs)\s+(?:med|upp|över)\s+"
                          r"(?:till|på|vid)\s+(?:nästa|kommande)\s", re.IGNORECASE)
_TAKEN_ALONG_LONGEST = 10  # words


# Words of the earlier minutes themselves or of approving them ("Protokollet justeras till nästa möte", "vi
# godkänner protokollet i nästa möte"): word ends and stems, lower case.
_MINUTES_WORD_ENDS = tuple(words.MINUTES_NOUNS)
_MINUTES_APPROVAL_STEMS = ("juster", "godkän", "lägg")


def _topic_of_earlier_minutes(title: str, s: Sentence, f: Finding) -> bool:
    """Whether a sentence to come back (`f`), in an item going through the earlier minutes ("Föregående protokoll",
    PREVIOUS_MINUTES_TITLES), is a topic of their own: a subject of its own before the return ("•
    Kursplaneändringar blir en stående punkt på dagordningen"), not the item ("Frågan återkommer ...") nor none
    ("Tas upp igen ..."), and no word of the minutes or of approving them. Announced, the item handled; otherwise
    the minutes' approval is put off (see `extract_items`)."""
    if not _first_words(title).startswith(_PREVIOUS_MINUTES) or _opens_with_own_matter(s.text):
        return False
    subject = [w for w in _WORD.findall(s.text[:f.start].lower()) if w not in _ITEM_REFERENCES and w not in _STOP]
    said = _WORD.findall(s.text.lower())
    return bool(subject) and not any(
        w.endswith(_MINUTES_WORD_ENDS) or w.startswith(_MINUTES_APPROVAL_STEMS) for w in said)


# The item's report itself put to the next meeting, a bare noun of reporting and its verb: "Redovisning sker vid
# nästa möte 4/2", "Rapport ges på nästa möte", "Genomgång görs vid kommande möte" (words.REPORT_PUT_OFF_NOUNS,
# words.REPORT_PUT_OFF_VERBS). A noun with its object ("Presentation av bokslutet görs ...") is a topic.
_REPORT_PUT_OFF = re.compile(
    r"[\W\d]*(?:" + "|".join(words.REPORT_PUT_OFF_NOUNS) + r")\s+(?:" + "|".join(words.REPORT_PUT_OFF_VERBS)
    + r")\s+(?:till|på|vid)\s+(?:nästa|kommande|nästkommande)\s+(?:möte|mötet|sammanträde|styrelsemöte)(?![\w-])",
    re.IGNORECASE)


def _only_taken_along(s: Sentence, sents: list[Sentence]) -> bool:
    """Whether the item's whole text is one short sentence taking its matter along to a later meeting
    (`_TAKEN_ALONG`) or putting its report there (`_REPORT_PUT_OFF`): nothing was dealt with, it is put off.
    With more text ("Vi diskuterade ... Frågan tas upp på nästa möte") it was handled and comes back."""
    told = [x for x in sents if _has_two_words(x.text)]
    return (len(told) == 1 and told[0].start == s.start and _words_in(s.text) <= _TAKEN_ALONG_LONGEST
            and (_TAKEN_ALONG.match(s.text) or _REPORT_PUT_OFF.match(s.text)) is not None)


def _only_report_put_off(sents: list[Sentence]) -> tuple[Finding, Sentence] | None:
    """The item put off to the next meeting when its whole text is one short sentence putting its report there
    (`_REPORT_PUT_OFF`): nothing was reported now, as with "Tas upp vid nästa möte" (`_only_taken_along`)."""
    told = [x for x in sents if _has_two_words(x.text)]
    if len(told) != 1 or _words_in(told[0].text) > _TAKEN_ALONG_LONGEST:
        return None
    m = _REPORT_PUT_OFF.match(told[0].text)
    return None if m is None else (Finding(ItemStatus.POSTPONED, "next", None, *m.span()), told[0])


def _item_finding(title: str, sents: list[Sentence], reading: _Reading,
                  agenda: bool) -> tuple[Finding, Sentence] | None:
    """The strongest status its sentences give an item (postponed > returns > referred).

    `sents` may leave out sentences without a key word (`_Reading.keyed`): they give none.
    """
    planning = _first_words(title) in _NO_RETURN_TITLES
    news = not planning and _news_from_source(title)  # "Information från kansliet": its matters' returns are topics
    reported = _norm(title).startswith(_REPORTED_MINUTES)
    best: tuple[Finding, Sentence] | None = None
    for s in sents:
        if not agenda and reading.announcement(s) is not None and not _opens_with_own_matter(s.text):
            continue  # a topic announced for a later meeting; "Denna fråga skall tas upp ..." is the item's own
        f = reading.classify(s)
        if f is None or (f.status is ItemStatus.RETURNS and (planning or news or (
                not agenda and _announced_topic(title, s, reading) is not None))):
            continue
        if planning and _postponed_topic(title, s, f):
            continue  # "Övriga frågor": "Frågan om en träff ... sköts till senare tillfälle" is a topic carried
        if not planning and (_new_thing_postponed(title, s, f) or _listed_topic_put_off(title, s, f)):
            continue  # "En ev. målning av ladan bordlades ..." under "Fjällidenkommittén": the item goes on
        if not agenda and (_taken_up_topic(title, s, f) or _report_from_event(s, f) or _other_years_topic(title, s, f)
                           or _comments_on_topic(title, s, f) or _doers_task_by_next(s, f)):
            continue  # "... ta upp besluten för ratificering på nästa möte": a topic announced
        if reported and f.status is ItemStatus.POSTPONED and _words_in(s.text) > 4 and not _MATTER_OPENS.match(s.text):
            continue  # "Anmälan av protokoll från kommunfullmäktige": "Val av ny ersättare bordlades." happened there
        if best is None or _RANK[f.status] < _RANK[best[0].status]:
            best = (f, s)
    return best


def _announced(doc: Minutes, h: Heading | None, sents: list[Sentence], reading: _Reading,
               keyed: list[Sentence] | None = None) -> list[Carry]:
    """Topics announced for a later meeting inside a handled item (or in free notes: `h` None).

    `keyed` is `reading.keyed(sents)`, when the caller has it: only those can announce anything.
    """
    planning = h is not None and _first_words(h.title) in _NO_RETURN_TITLES
    news = h is not None and not planning and _news_from_source(h.title)
    out = []
    for s in reading.keyed(sents) if keyed is None else keyed:
        found = reading.announcement(s)
        if found is None and h is not None and not planning:
            found = _announced_topic(h.title, s, reading)
            if found is None:
                f = reading.classify(s)
                if f is not None and ((news and f.status is ItemStatus.RETURNS)
                                      or _taken_up_topic(h.title, s, f) or _report_from_event(s, f)
                                      or _comments_on_topic(h.title, s, f) or _doers_task_by_next(s, f)
                                      or _other_years_topic(h.title, s, f)
                                      or _listed_topic_put_off(h.title, s, f) or (
                        f.when is not None and _new_thing_postponed(h.title, s, f))):
                    found = Announcement(f.when)  # a new thing put off to a meeting said: on its agenda
        if found is None and planning:
            f = reading.classify(s)
            found = Announcement(f.when) if f is not None and (
                f.status is ItemStatus.RETURNS or (h is not None and _postponed_topic(h.title, s, f))) else None
        elif found is not None and h is None and reading.classify(s) is not None:
            found = None
        if found is None:
            continue
        out.append(Carry(h.number if h else None, _title_of_announcement(doc, s, sents),
                         CarryReason.ANNOUNCED, found.when, doc.span(s.start, s.end)))
    if h is not None:
        out.extend(_announced_then(doc, h, sents, reading, [c.span for c in out if c.span]))
    return out


_THEN_OPENER = re.compile(
    r"(?:" + "|".join(re.escape(w) for w in sorted(words.THEN_OPENERS, key=len, reverse=True)) + r")(?![\w-])",
    re.IGNORECASE,
)


def _announced_then(doc: Minutes, h: Heading, sents: list[Sentence], reading: _Reading,
                    taken: list[tuple[int, int]]) -> list[Carry]:
    """Topics a sentence announces right after one that names the next meeting ("... Då tas budgeten upp.").

    `taken` are the spans already carried: a clause inside one of them is that topic again.
    """
    out = []
    pairs: list[tuple[str, Sentence]] = [(p.text, s) for p, s in pairwise(sents)]
    for s in sents:  # "Nästa möte 12 april – då ska vi diskutera lokalfrågan", "..., då budgeten tas upp"
        if "då" not in s.text and "Då" not in s.text and "DÅ" not in s.text:
            continue  # most sentences: no "då" to cut at
        cut = _then_clause(s.text)
        if cut:
            stop = cut.start(1) if cut.group(1) else cut.start()
            pairs.append((s.text[:stop], Sentence(s.text[cut.end():], s.start + cut.end(), s.end)))
    for before_text, s in pairs:
        first = s.text[:1]
        if first.isspace():
            first = s.text.lstrip()[:1]
        if first.lower() not in _THEN_FIRST_LETTERS:
            continue  # most sentences: neither pattern can match their first letter
        text = s.text.lstrip()
        listed = _NEXT_AGENDA.match(text)
        if not listed and not _THEN_OPENER.match(text):
            continue
        found = _words(s.text.lower())
        if not listed and not (found.search(_TAKEN_UP) or found.search(_ANNOUNCE_VERB)
                               or found.search(_HANDLED_LATER)):
            continue
        if found.search(_SAME_MEETING) or found.search(_EARLIER_MEETING):
            continue
        before = _words(before_text.lower())
        if before.search(_BEFORE_NEXT):
            continue
        if before.next_meeting():
            when: str | None = when_of(before_text, reading.meeting) or "next"
        elif not _LATER_MEETINGS_LISTED.isdisjoint(before.words) and not _names_other_body(before):
            # "Kommande möten blir den 24 sept ... samt 19 nov då X är inbjuden": the day the "då" follows
            when = _last_later_day(before_text, reading.meeting)
            if when is None:
                continue
        else:
            continue
        span = doc.span(s.start, s.end)
        if any(a <= span[0] and span[1] <= b for a, b in taken):
            continue
        taken.append(span)
        title = s.text.strip().rstrip(".")
        out.append(Carry(h.number, title if len(title) <= 100 else title[:100].rsplit(" ", 1)[0],
                         CarryReason.ANNOUNCED, when, span))
    out.extend(_invited_to_that_meeting(doc, h, sents, reading))
    return out


# The body's later meetings named together ("Kommande möten blir den 24 sept ... samt 19 nov"), before a "då" clause.
_LATER_MEETINGS_LISTED = frozenset({"möten", "mötena", "sammanträden", "sammanträdena", "styrelsemöten",
                                    "styrelsemötena", "mötesdagar", "mötesdatum", "mötestider", "träffar"})


def _last_later_day(text: str, meeting: date | None) -> str | None:
    """The last day (or month) `text` names after the meeting: the one a "då" after it points at."""
    if meeting is None or not _has_digit(text):
        return None
    later = [dm.iso for dm in find_dates(text, after=meeting) if dm.kind in (DateKind.DAY, DateKind.MONTH)
             and dm.iso and not dm.tentative and dm.iso > meeting.isoformat()[:len(dm.iso)]]
    return later[-1] if later else None


# Someone invited to "that meeting" ("Anders bjuder in folk från kommunen att deltaga vid detta möte", "Ulrika
# bjuder in Karin till detta möte och ..."): right after a sentence (or the item's heading) that names a later
# meeting, the anaphor is that meeting, not this one.
_INVITED_VERB_SOURCE = "|".join((_GAP + r"\s+").join(re.escape(p.strip()).replace("\\ ", r"\s+") for p in v.split("…"))
                                for v in words.INVITED_VERBS)
_INVITED_THAT_MEETING = re.compile(
    r"(?<![\w-])(?:" + _INVITED_VERB_SOURCE
    + r")(?![\w-])[^.;:!?]{0,80}?(?<![\w-])(?:till|vid|på|i|under)\s+(?:detta|det\s+här|det)\s+(?:"
    + "|".join(words.THAT_MEETING_NOUNS) + r")(?![\w-])",
    re.IGNORECASE,
)


def _invited_to_that_meeting(doc: Minutes, h: Heading, sents: list[Sentence], reading: _Reading) -> list[Carry]:
    """Guests invited to "detta möte" right after a sentence (or the heading) naming a later meeting: announced
    for that meeting (`when` its date, or "next"). A sentence before that names no later meeting, or another
    body's or the members' meeting, leaves the anaphor to this meeting: nothing."""
    out = []
    meeting = reading.meeting
    befores = [h.title, *(x.text for x in sents)]
    for before_text, s in zip(befores, sents):
        if "bjud" not in s.text.lower():
            continue  # most sentences: no invitation, the pattern needs "bjud…"
        m = _INVITED_THAT_MEETING.search(s.text)
        if m is None:
            continue
        before = _words(before_text.lower())
        if before.search(_SAME_MEETING) or before.search(_EARLIER_MEETING) or before.search(_BEFORE_NEXT):
            continue
        if _names_other_body(before) or not _MEMBERS_MEETINGS.isdisjoint(before.words):
            continue
        if before.next_meeting():
            when: str | None = when_of(before_text, meeting) or "next"
        else:
            later = [dm.iso for dm in find_dates(before_text, after=meeting) if dm.kind in (DateKind.DAY, DateKind.MONTH)
                     and dm.iso and not dm.tentative and dm.iso > meeting.isoformat()[:len(dm.iso)]] if meeting else []
            if not later:
                continue
            when = later[-1]  # "Ändring av mötesdag från 1/10 till det nya datumet 24/9": the new date, the last
        title = s.text[:m.end()].strip()
        out.append(Carry(h.number, title if len(title) <= 100 else title[:100].rsplit(" ", 1)[0],
                         CarryReason.ANNOUNCED, when, doc.span(s.start, s.start + m.end())))
    return out


# "Nästa möte 12 april – då ...", "..., då ...", or with no mark after a date ("... är den 11
# april då ...", "... den 3/5 då ..."): group 1 is the space that ends the date.
_THEN_CLAUSE = re.compile(
    r"(?:\s+[–—-]\s*|,\s*|(?:\d\.?|(?<![\w-])(?:" + "|".join(words.MONTHS) + r"))(\s+))(?=då\s)", re.IGNORECASE)
# The first letters (lower-cased) of what _NEXT_AGENDA and _THEN_OPENER open with.
_THEN_FIRST_LETTERS = frozenset(w[0] for w in (*words.NEXT_AGENDA_LABELS, *words.THEN_OPENERS))
# Where a match of _THEN_CLAUSE may end: right before "då" and white space.
_THEN_AHEAD = re.compile(r"då(?=\s)", re.IGNORECASE)
_LONGEST_MONTH = max(map(len, words.MONTHS))


def _then_clause(text: str) -> re.Match[str] | None:
    """`_THEN_CLAUSE.search(text)`, searched only just before each "då".

    A match is white space and a dash, a comma, a digit or a month name, ending right before "då":
    it holds no "då" itself, so the first "då" with a match before it has the leftmost match, and
    that match starts after the white space, the month name (or shorter mark) and the white space
    before it. The whole pattern, ignoring case, would be tried at every position of the sentence.
    """
    for ahead in _THEN_AHEAD.finditer(text):
        end = ahead.start()
        lo = end
        while lo and text[lo - 1].isspace():
            lo -= 1
        lo = max(0, lo - _LONGEST_MONTH)
        while lo and text[lo - 1].isspace():
            lo -= 1
        cut = _THEN_CLAUSE.search(text, lo, end + 3)
        if cut is not None:
            return cut
    return None


_NEXT_AGENDA = re.compile(
    r"(?:" + "|".join(re.escape(w) for w in sorted(words.NEXT_AGENDA_LABELS, key=len, reverse=True)) + r")\s*:\s*\S",
    re.IGNORECASE,
)


def _carry_title(title: str, s: Sentence, sents: list[Sentence]) -> str:
    """A title for the next agenda: the item's, plus what is to come back when the text says.

    "får i uppdrag att återkomma med:" and the list below it give "Samplanering: förslag till
    handlingsplan, ..."; a deferred decision gives "...: beslut".
    """
    if s.text.rstrip().endswith(":"):
        k = sents.index(s)
        listed = [t.text.strip().rstrip(".;,") for t in sents[k + 1:k + 8] if t.bullet_block]
        if listed:
            return f"{title}: " + ", ".join(x[:1].lower() + x[1:] for x in listed)
    if _RX_CARRY_TITLE_1.search(s.text):
        return f"{title}: beslut"
    return title


# A status mark closing a heading: "Lokalfrågan (utgår)", "Studieresan – bordläggs", "Budget [skjuts upp]".
_TITLE_MARK = re.compile(r"(?:\s*[(\[]\s*([^()\[\]]{3,40}?)\s*[)\]]|\s+[-–—]\s+([^-–—()]{3,40}?))\s*$")
# ... or after a colon: "Valberedning: Utgår", "Hemsidan: bordläggs till nästa möte" (a postponement only:
# "Information: Rapporten presenteras ..." is the item's text run in, not a mark).
_TITLE_COLON_MARK = re.compile(r":\s+([^:()\[\]]{3,40}?)\s*$")


def _title_mark(doc: Minutes, h: Heading, reading: _Reading) -> tuple[Sentence, str] | None:
    """The status mark that closes an item's heading, as a sentence, and the title without it.

    Only a mark that gives a status counts: "Budget (förslag)" and "Ekonomi – rapport" keep
    their titles.
    """
    # The mark closes the heading in brackets, or follows a dash or a colon: most headings have none.
    title = h.title.rstrip()
    bracketed = title.endswith((")", "]")) or any(d in title for d in "-–—")
    if not bracketed and ":" not in title:
        return None
    m = _TITLE_MARK.search(h.title) if bracketed else None
    colon = m is None
    if colon:
        m = _TITLE_COLON_MARK.search(h.title)
    if m is None:
        return None
    mark = m.group(1) if colon else m.group(1) or m.group(2)
    k = doc.clean.rfind(mark, h.start, h.end)
    if k < 0:
        return None
    s = Sentence(mark, k, k + len(mark))
    found = reading.classify(s)
    if found is None or (found.when is None and any(ch.isdigit() for ch in mark)):
        return None  # "Motion om taxor (bordlagd 2021-01-12)": tabled at an earlier meeting
    if colon and found.status is not ItemStatus.POSTPONED:
        return None
    title = h.title[:m.start()].rstrip(" ,:;")
    return (s, title) if title else None


# A passive verb of handling, then the negation, past a heading's first word: the heading tells the item's fate.
_NOT_HANDLED_HEADING = re.compile(r"\S\s+(?:[\w-]+\s+){0,5}?(?:" + "|".join(words.NOT_HANDLED_HEADING_VERBS)
                                  + r")\s+(?:inte|ej)(?![\w-])", re.IGNORECASE)


# A fate in one word after an item's name in its heading ("Informationstavlan. Kvarstår.", "Lokalfrågan. Utgår.").
_FATE_WORD = re.compile(r"(?:" + "|".join(words.ELLIPTIC_FATE_WORDS) + r")\s*[.!]?\s*", re.IGNORECASE)
_FATE_WORD_STEMS = tuple(sorted({w[:5] for w in words.ELLIPTIC_FATE_WORDS}))
_PERSON_FATES = ("kvarstår", "återkommer")


_FATE_AFTER_STOP = re.compile(r"[,.]\s+(?=[A-ZÅÄÖ])")


def _fate_word_in_heading(doc: Minutes, h: Heading) -> list[Sentence]:
    """The one deferral word that closes an item's heading after a stop ("§ 2 Budget 2022. Bordlades.", "Lokalfrågan.
    Utgår."), as a sentence, whatever text the item has below; else nothing. "Kvarstår" and "Återkommer" may tell
    of a person under a text of its own ("3. Val av kassör. Kvarstår." / "Anna kvarstår som kassör"): only the
    heading alone reads them (`_sentence_in_heading`)."""
    head = doc.clean[h.start:h.end]
    if not any(w in head.lower() for w in _FATE_WORD_STEMS):
        return []  # most headings: no fate word at all
    name = _RX_IS_EXCLUDED_HEADING_1.search(head)
    for m in _FATE_AFTER_STOP.finditer(head, name.start() if name else 0):
        if (_words_in(head[m.end():]) == 1 and _FATE_WORD.fullmatch(head, m.end())
                and not head[m.end():].lower().startswith(_PERSON_FATES)):
            return [Sentence(head[m.end():], h.start + m.end(), h.end)]
    return []


def _sentence_in_heading(doc: Minutes, h: Heading) -> list[Sentence]:
    """The sentence a one-line item carries after its name ("5. Översättningsarbetet, Ska diskuteras på SK.")."""
    head = doc.clean[h.start:h.end]
    name = _RX_IS_EXCLUDED_HEADING_1.search(head)  # past the number: "5. " is no sentence end
    tab = head.find("\t", name.start() if name else 0)
    if tab >= 0 and _LETTER_WORD.search(head, tab):
        # A table row "3 | Lokalfrågan | Bordlades": the cells after the title say what came of it.
        return [Sentence(head[tab + 1:].replace("\t", " "), h.start + tab + 1, h.end)]
    m = re.compile(r"[,.]\s+(?=[A-ZÅÄÖ])").search(head, name.start() if name else 0)
    # A sub-point whose text is its title ("4.1 Punkten bordlades till nästa ordinarie styrelsemöte") is a
    # sentence without its full stop.
    whole = head.rstrip().endswith(".") or (h.number is not None and h.number.count(".") == 1
                                            and _words_in(head[name.start():] if name else "") >= 5) or (
        ("inte" in head or "ej" in head) and _NOT_HANDLED_HEADING.search(head) is not None)  # "§9 X togs inte upp"
    if m is None and name is not None and whole and _words_in(head[name.start():]) >= 3:
        # "6. Elevrådet avvaktar med matfrågorna.": the heading is itself a sentence; its predicate,
        # past the first word (the subject), tells the fate. A title that opens with a fate word
        # ("Bordlagda ärenden från förra mötet.") names a kind of matter, not this item's fate.
        rest = re.compile(r"\S+\s+").match(head, name.start())
        if rest is not None:
            return [Sentence(head[rest.end():], h.start + rest.end(), h.end)]
    if m is not None and _words_in(head[m.end():]) == 1 and _FATE_WORD.fullmatch(head, m.end()):
        return [Sentence(head[m.end():], h.start + m.end(), h.end)]  # "9. Informationstavlan. Kvarstår."
    if m is None or _words_in(head[m.end():]) < 2:  # "3. Vindskyddet, Tommy återkommer."
        return []
    return [Sentence(head[m.end():], h.start + m.end(), h.end)]


_HISTORY_LABELS = frozenset(words.HISTORY_LABELS)
_AFTER_HISTORY_LABELS = frozenset(words.AFTER_HISTORY_LABELS)
_LABEL_LEN = max(map(len, words.HISTORY_LABELS + words.AFTER_HISTORY_LABELS)) + 4


def _label_of(s: Sentence) -> str | None:
    """The sentence as a label in lower case ("Tidigare beslut", "Beslut:"), or None for a longer text."""
    text = s.text.strip()
    if len(text) > _LABEL_LEN:
        return None
    return text.rstrip(":").strip().lower()


def _without_history(sents: list[Sentence]) -> list[Sentence]:
    """The item's sentences without the account of what was decided before, under a label of its own.

    "Tidigare beslut" / "FHR beslutade den 30 oktober 2001, § 25, att uppdra åt presidiet att lägga ett
    förslag ... till nästa möte." / "Beslut" / ...: the earlier decision asked for the proposal at this
    meeting; it does not make the item come back. The account runs from the label (words.HISTORY_LABELS)
    to the next label of the item's own part (words.AFTER_HISTORY_LABELS), or to the end of the text.
    """
    if not any(_label_of(s) in _HISTORY_LABELS for s in sents):
        return sents
    out: list[Sentence] = []
    history = False
    for s in sents:
        label = _label_of(s)
        if label in _HISTORY_LABELS:
            history = True
            continue
        if label in _AFTER_HISTORY_LABELS:
            history = False
        if not history:
            out.append(s)
    return out


# A capitalised word past the title's first word: where the text run on after a heading's name starts
# ("GDPR Punkten ajourneras", "Redskapslådor Frågan om centralt inköp ...").
_RUN_ON_START = re.compile(r"\S\s+(?=[A-ZÅÄÖ][a-zåäö]+(?:\s|$))")


def _run_on_clause(doc: Minutes, h: Heading, sents: list[Sentence]) -> list[Sentence]:
    """The item's first sentence joined to the clause of the heading line it continues.

    A point whose name and text run together on one line ("B) GDPR Punkten ajourneras.", "D)
    Redskapslådor Frågan om centralt inköp av redskapslådor ... ajourneras.") has its heading cut
    mid-sentence: the subject ("Punkten", "Frågan om ...") stays in the title and the body starts
    with the verb. The clause from the first capitalised word past the name's first word to the end
    of the first sentence is read as one sentence, in place of that sentence. A heading that ends
    where its text starts on a line of its own, or after a stop, is left alone.
    """
    first = sents[0]
    gap = doc.clean[h.end:first.start]
    if not gap.strip() and "\n" in gap and h.end <= first.start and first.text[:1].islower():
        return _wrapped_heading_clause(doc, h, sents)
    if gap.strip() or "\n" in gap or not h.end <= first.start:
        return sents
    head = doc.clean[h.start:h.end]
    at = head.find(h.title[:12]) if h.title else -1
    if at < 0:
        return sents
    m = _RUN_ON_START.search(head, at)
    if m is None or any(ch in head[at:m.end()] for ch in ".!?:"):
        return sents
    k = h.start + m.end()
    return [Sentence(doc.clean[k:first.end], k, first.end, first.bullet_block), *sents[1:]]


def _wrapped_heading_clause(doc: Minutes, h: Heading, sents: list[Sentence]) -> list[Sentence]:
    """The item's first sentence joined to its heading line, where a wrap cut that line mid-clause.

    A copy that wraps long lines (often with a blank line after each) cuts a heading that is itself the
    item's sentence: "§ 82 Verksamhetsplan och budget presenterades och ska godkännas på kommande" / "" /
    "bomöte.". The heading line, long and ending in a lower-case word (`_wrapped_over_blank`), and the text
    under it that opens in lower case are read as one sentence from the title's first word, in place of that
    sentence. A short heading ("§ 5 Ekonomi") over a text in lower case is left alone.
    """
    line = doc.lines[h.line]
    if h.end < line.start + len(line.text.rstrip()) or not _wrapped_over_blank(line):
        return sents
    head = doc.clean[h.start:h.end]
    at = head.find(h.title[:12]) if h.title else -1
    if at < 0:
        return sents
    first = sents[0]
    k = h.start + at
    text = doc.clean[k:first.end].replace("\n", " ")
    return [Sentence(text, k, first.end, first.bullet_block), *sents[1:]]


def _title_before_fate(h: Heading, s: Sentence) -> str:
    """The title without the clause run on after it that tells the item's fate.

    "Vindskyddet, Tommy återkommer" -> "Vindskyddet"; "Översättningsarbetet, Ska diskuteras på SK" ->
    "Översättningsarbetet". A title the clause is not part of stays as it is.
    """
    if not h.start <= s.start < h.end:
        return h.title
    at = h.title.find(s.text.strip().rstrip(".!")[:20])
    if at <= 0:
        return h.title
    if h.number is not None and h.number.count(".") == 1 and h.title[:at].rstrip()[-1:].isalnum():
        return h.title  # "4.1 Punkten bordlades till nästa möte": a sub-point's sentence is its title
    return _clean_title(h.title[:at].rstrip(" ,.")) or h.title


# "Ärendet utgick" / "Punkten utgår" opening a sentence: the point named just above it was dropped.
_DROPPED_POINT = re.compile(r"(?:Ärendet|Punkten)\s+(?:utgick|utgår)(?![\w-])")
# The reason that may follow, in lower case ("p.g.a. tidsbrist", "då tiden inte räckte").
_DROPPED_REASON = re.compile(r"(?:\s+(?![A-ZÅÄÖ])[^\s.!?]+(?:\.[^\s.!?]+)*\.?)*")


def _dropped_entries(doc: Minutes, h: Heading, sents: list[Sentence]) -> list[tuple[int, int, int]]:
    """Unnumbered points inside an item's text, each named and then said to be dropped.

    "Utvärdering av seminariet" / "Ärendet utgick p.g.a. tidsbrist": the line above "Ärendet
    utgick" names a point of its own, which was dropped (a copy that lost its line breaks runs
    them on: "... Umeåregionen Utvärdering av seminariet Ärendet utgick p.g.a. tidsbrist Regionrådets
    studieresa 2015 Ärendet utgick ..."). Returns the clean offsets (title start, title end, end).
    "5. Budget" / "Ärendet utgick." drops the item itself: no title stands between them.
    """
    if not sents:
        return []
    end = sents[-1].end
    clean = doc.clean
    if clean.find("tgick", h.end, end) < 0 and clean.find("tgår", h.end, end) < 0:
        return []  # most items: no point dropped
    text = clean[h.end:end]
    out = []
    pos = 0
    for m in _DROPPED_POINT.finditer(text):
        before = text[pos:m.start()].rstrip()
        cut = max(before.rfind(". "), before.rfind("! "), before.rfind("? "), before.rfind("\n"), before.rfind(":"))
        frag = before[cut + 1:]
        title = frag.strip()
        reason = _DROPPED_REASON.match(text, m.end())
        stop = reason.end() if reason else m.end()
        start, pos = pos, stop
        if not title or not title[:1].isupper() or not 1 <= _words_in(title) <= 12 or _is_excluded_heading(title):
            continue
        a = h.end + start + cut + 1 + (len(frag) - len(frag.lstrip()))
        out.append((a, a + len(title), h.end + stop))
    return out


def _unheaded_carry(doc: Minutes, heads: list[Heading], reading: _Reading) -> list[Carry]:
    """What the bullets of a web page without their headings carry (`Heading.in_bullets`).

    Such a page keeps the headings of a few items only; the other bullets are items of no
    heading, and what they postpone, send back or announce is carried from no item.
    """
    lines = doc.lines
    first = next((i for i in range(heads[0].line) if _bullet_text(lines[i]) is not None), heads[0].line)
    gaps = [(first, heads[0].line)]
    for k, h in enumerate(heads):
        if h.in_bullets and h.body_end_line is not None:
            gaps.append((h.body_end_line, heads[k + 1].line if k + 1 < len(heads) else len(lines)))
    out: list[Carry] = []
    for a, b in gaps:
        if a < b:
            out.extend(_free_carry(doc, sentences(doc, a, b, skip_first=False), reading))
    return out


_ANCHOR_BULLET = re.compile(r"(?:§\s*)?\d{1,3}")
_DISTINCT_KEY = 10  # letters at least of a title's word that names its item in a text bullet


def _register_owners(doc: Minutes, heads: list[Heading]) -> list[tuple[int, str | None]]:
    """The item each text bullet after a web page's register of items belongs to: (its offset in the text, number).

    A portal page (Meetings+) lists the items first, a bullet with the bare number, the title below ("•   6" /
    "Information om Coronaläget"), then the text of the items as bullets in the same order, a few of them under
    their heading again ("• § 23" / "Val av justerare"). The text bullets count on from the last heading repeated;
    one whose first line names a later item by a word of its title no other title holds ("... flytta fram
    Tillgänglighetskonferensen ...") skips to that item. Empty (the bullets stay items of no heading) unless the
    headings stand as such a register, nothing but bullet marks between them, the last one in bullets.
    """
    if len(heads) < 3 or not heads[-1].in_bullets or heads[-1].body_end_line is None:
        return []
    clean = doc.clean
    if any(clean[a.end:b.start].strip(" \t\n•*-") for a, b in pairwise(heads)):
        return []
    titles = [_norm(h.title) for h in heads]
    keys = [{k for k in _keywords(h.title) if len(k) >= _DISTINCT_KEY and sum(k in t for t in titles) == 1}
            for h in heads]
    lines = doc.lines
    register = _bullet_text(lines[heads[0].line])
    if register is None:
        return []
    owners: list[tuple[int, str | None]] = []
    at = 0
    k = heads[-1].body_end_line
    while k < len(lines):
        bullet = _bullet_text(lines[k])
        if bullet is None or bullet[0] != register[0]:  # text, or a list inside an item's text
            k += 1
            continue
        text = bullet[1].strip()
        start = doc.span(lines[k].start, lines[k].end)[0]
        if _ANCHOR_BULLET.fullmatch(text):
            below = next((j for j in range(k + 1, min(k + 4, len(lines))) if lines[j].text.strip()), None)
            title = _norm(lines[below].text) if below is not None else ""
            j = titles.index(title) if title in titles else None
            owners.append((start, None if j is None else heads[j].number))
            if j is not None:
                at = j + 1
            k = (below if below is not None else k) + 1
            continue
        words_of = _WORD.findall(text.lower())

        def names(j: int, words_of: list[str] = words_of) -> bool:
            return any(w.startswith(key) for key in keys[j] for w in words_of)

        if at < len(heads) and not names(at):
            at = next((j for j in range(at + 1, len(heads)) if names(j)), at)
        owners.append((start, heads[at].number if at < len(heads) else None))
        at += 1
        k += 1
    return owners


def _owned_carry(carry: list[Carry], owners: list[tuple[int, str | None]]) -> list[Carry]:
    """`carry` of no item, each from the item its bullet belongs to (see `_register_owners`)."""
    starts = [a for a, _ in owners]
    out = []
    for c in carry:
        if c.from_item is None and c.span is not None and (k := bisect_right(starts, c.span[0])) > 0 and owners[k - 1][1]:
            c = replace(c, from_item=owners[k - 1][1])
        out.append(c)
    return out


def _free_carry(doc: Minutes, sents: list[Sentence], reading: _Reading) -> list[Carry]:
    """What sentences outside any item carry, from no item: matters postponed or to come back, and topics announced.

    "Styrelsen gav Ronny i uppdrag att undersöka till nästa styrelsemöte hur länge offerterna
    gäller" in a summary without headings comes back at the next meeting.
    """
    out: list[Carry] = []
    keyed = reading.keyed(sents)
    for s in keyed:
        f = reading.classify(s)
        if f is None or f.status not in (ItemStatus.POSTPONED, ItemStatus.RETURNS):
            continue
        reason = CarryReason.POSTPONED if f.status is ItemStatus.POSTPONED else CarryReason.RETURNS
        text = s.text.strip()
        title = text if len(text) <= 100 else text[:100].rsplit(" ", 1)[0]
        out.append(Carry(None, title, reason, f.when, doc.span(s.start + f.start, s.start + f.end)))
    out.extend(_announced(doc, None, sents, reading, keyed))
    return out


# A report's own heading on a page of several: a meeting or minutes noun first ("Styrelsemöte 2012 04 01",
# "Styrelsemöte nr 5 2020-09-16", "Protokoll 2019-03-12"), a few words, no full stop.
_REPORT_HEAD_NOUNS = re.compile(r"[\w-]*(?:möte|sammanträde|protokoll|anteckningar)(?:\s+(?:fört|förda)\s+vid)?\s",
                                re.IGNORECASE)
_REPORT_HEAD_WORDS = 6


def _earlier_report_start(doc: Minutes, meeting: date) -> int | None:
    """Where the report of an earlier meeting starts on a page of several, newest first: the first report heading
    (`_REPORT_HEAD_NOUNS`, a day with its year) dated before the meeting, after the heading dated on the meeting
    itself ("Styrelsemöte 2012 05 27" ... "Styrelsemöte 2012 04 01"); None on a page of one report. A line telling
    of an earlier meeting inside the text ("Kommittén godkände protokollet från föregående möte 2019-11-20.") is no
    heading."""
    seen_own = False
    for line in doc.lines:
        text = line.text.strip()
        if (not text or len(text.split()) > _REPORT_HEAD_WORDS or text.endswith(".")
                or not text[:1].isupper() or not _REPORT_HEAD_NOUNS.match(text)):
            continue
        day = next((dm.value for dm in find_dates(text, after=meeting - timedelta(days=3650))
                    if dm.kind is DateKind.DAY and isinstance(dm.value, date) and dm.explicit_year), None)
        if not isinstance(day, date):
            continue
        if day == meeting:
            seen_own = True
        elif seen_own and day < meeting:
            return doc.span(line.start, line.end)[0]
    return None


# A sentence of the minutes' own formalities before the first heading: "Protokollet justeras vid nästa sammanträde".
_PREAMBLE_FORMALITIES = frozenset({"protokoll", "protokollet", "justeras", "justering", "justeringen", "justerare",
                                   "justerat", "justerades", "paragrafer", "dagordning", "dagordningen",
                                   "föredragningslista", "föredragningslistan"})
_PREAMBLE_LEAST_WORDS = 6


def _preamble_prose(doc: Minutes, first_line: int, reading: _Reading) -> list[Sentence]:
    """The written sentences before the first heading (line `first_line`) that may tell a matter's fate: prose of
    six words or more, not a bullet, naming no agenda point ("punkt 7 bordlades": that point's, read with the items)
    and no formality of the minutes ("Protokollet justeras vid nästa sammanträde")."""
    if first_line == 0:
        return []
    out = []
    for s in reading.keyed(sentences(doc, 0, first_line, skip_first=False)):
        if s.bullet_block or _words_in(s.text) < _PREAMBLE_LEAST_WORDS:
            continue
        low = s.text.lower()
        if not _PREAMBLE_FORMALITIES.isdisjoint(_WORD.findall(low)) or _named_points(s.text):
            continue
        out.append(s)
    return out


_POINT_REF = re.compile(
    r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in sorted(words.POINT_WORDS, key=len, reverse=True))
    + r")\s*(?:(?:nr|nummer)\.?\s*)?(\d{1,3}(?:\s*(?:,|och|samt|&|[-–])\s*\d{1,3})*)(?![\w.-]*\d)(?:\s+i\s+(\w+))?",
    re.IGNORECASE,
)
_POINT_NUMBER = re.compile(r"\d{1,3}|[-–]")
_POINT_CITE = re.compile(
    r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in sorted(words.POINT_CITES, key=len, reverse=True))
    + r")\s+$", re.IGNORECASE,
)


def _named_points(text: str) -> set[str]:
    """The agenda points a sentence names by number ("punkt 3 och 4", "punkterna 7-9", "§ 12")."""
    out: set[str] = set()
    for m in _POINT_REF.finditer(text):
        if m.group(2) and m.group(2).lower() in words.POINT_DOCUMENTS:
            continue  # "enligt § 5 i stadgarna"
        if _POINT_CITE.search(text, 0, m.start()):
            continue  # "Ärendet återremitteras, se § 88": a pointer, not the point's fate
        parts = _POINT_NUMBER.findall(m.group(1))
        k = 0
        while k < len(parts):
            if k + 2 < len(parts) and parts[k + 1] in "-–" and int(parts[k]) < int(parts[k + 2]) <= int(parts[k]) + 20:
                out.update(str(n) for n in range(int(parts[k]), int(parts[k + 2]) + 1))
                k += 3
                continue
            if parts[k] not in "-–":
                out.add(parts[k])
            k += 1
    return out


_ANY_DIGIT = re.compile(r"\d")


def _findings_for_other_points(heads: Sequence[Heading], per_item: Sequence[list[Sentence]],
                               reading: _Reading) -> tuple[dict[str, tuple[Finding, Sentence]], set[int]]:
    """Statuses that a sentence of one item gives other items by number, and those sentences' starts.

    "Dagordningen godkändes med ändringen att punkt 4 utgår" under "1. Mötets öppnande" tells
    item 4's fate, not item 1's.
    """
    numbers = {h.number for h in heads if h.number}
    given: dict[str, tuple[Finding, Sentence]] = {}
    moved: set[int] = set()
    if len(numbers) < 2:
        return given, moved
    # A later point of the same agenda that has no heading here (struck from the agenda, or a copy
    # cut short): "Ärende nr 9 ... utgår" under "§ 2 Godkännande av dagordning" is still item 9's fate.
    lowest = min((int(n) for n in numbers if n.isdecimal()), default=0)
    for h, sents in zip(heads, per_item):
        own = int(h.number) if h.number and h.number.isdecimal() else None
        for s in reading.keyed(sents):
            if _ANY_DIGIT.search(s.text) is None:
                continue
            named = _named_points(s.text)
            joint = h.number in named  # "med fokus på punkt 8-9" under 9: item 8 shares the fate; 9 keeps its sentence
            named = {n for n in named if n != h.number and (n in numbers or (own is not None and lowest <= own < int(n)))}
            if not named or (joint and not named <= numbers):
                continue
            f = reading.classify(s)
            if f is None:
                continue
            if not joint:
                moved.add(s.start)
            for n in named:
                if n not in given or _RANK[f.status] < _RANK[given[n][0].status]:
                    given[n] = (f, s)
    return given, moved


def _word_pattern(phrases: Iterable[str]) -> re.Pattern[str]:
    """Like `_phrase_pattern`, for a pattern searched outside the phrase index (not listed in it)."""
    parts = [(_GAP + r"\s+").join(re.escape(p.strip()).replace("\\ ", r"\s+") for p in phrase.split("…"))
             for phrase in sorted(set(phrases), key=lambda p: (-len(p), p))]  # ties in one order, as there
    return re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])", re.IGNORECASE)


_BOARD_TASKED = _word_pattern(words.BOARD_TASKED + words.BOARD_TASKED_MORE)
# "... åt styrelsen att sammanträda så snart som möjligt": the board's own working, no matter handed on.
_BOARD_SELF_TASK = re.compile(r"\s+att\s+(?:" + _alternation(words.BOARD_SELF_TASKS) + r")(?![\w-])", re.IGNORECASE)
_GENERAL_MEETING_ENDS = tuple(words.GENERAL_MEETING_ENDS)


def _is_general_meeting(doc: Minutes, meeting: Meeting) -> bool:
    """Whether the minutes are a general meeting's (members, årsmöte, stämma), not the board's.

    Read from the meeting's body, or else from the first two lines of text ("Protokoll från
    medlemsmöte 6 september"); a title naming the board ("Styrelsemöte inför årsmötet") is the board's.
    """
    heads = [meeting.body or ""] + [ln.text for ln in doc.lines[:12] if ln.text.strip()][:2]
    for text in heads:
        low = text.lower()
        if "styrelse" in low:
            return False
        if any(w.endswith(_GENERAL_MEETING_ENDS) for w in _WORD.findall(low)):
            return True
    return False


def _board_tasked(sents: list[Sentence]) -> tuple[Finding, Sentence] | None:
    """A sentence of a general meeting's item that hands the matter to the board: referred to it."""
    for s in sents:
        if "styrelse" not in s.text.lower():
            continue
        m = _BOARD_TASKED.search(s.text)
        if m is not None and not _BOARD_SELF_TASK.match(s.text, m.end()):
            return Finding(ItemStatus.REFERRED, None, "styrelsen", m.start(), m.end()), s
    return None


_AGENDA_TITLE_STEMS = ("dagordning", "föredragningslist", "ärendelist")  # an item that sets or changes the agenda


def _drops_another_point(h: Heading, s: Sentence) -> bool:
    """Whether the item sets or changes the agenda ("Ändring av dagordningen", "Fastställande av
    föredragningslista") and its sentence `s` names another point by number ("ärende 6 ... utgår")."""
    low = h.title.lower()
    if not any(stem in low for stem in _AGENDA_TITLE_STEMS) or _ANY_DIGIT.search(s.text) is None:
        return False
    named = _named_points(s.text)
    return bool(named) and h.number not in named


_KIND_STEMS = tuple(words.GENERAL_MEETING_KIND_STEMS)
# "på nästa årsmöte", "till kommande stämma": a later general meeting named (group 1), its kind to compare.
_NEXT_GENERAL_MEETING = re.compile(
    r"(?<![\w-])(?:på|vid|till|under|inför)\s+(?:nästa|kommande|nästkommande)\s+(\w*(?:"
    + "|".join(_KIND_STEMS) + r")\w*)", re.IGNORECASE)


def _kind_of(word: str) -> str | None:
    """The kind of general meeting a word names ("årsmötet" -> "årsmöt"), or None."""
    return next((k for k in _KIND_STEMS if k in word), None)


def _general_kind(doc: Minutes, meeting: Meeting) -> str | None:
    """The kind of general meeting whose minutes these are (see `_is_general_meeting`), or None."""
    heads = [meeting.body or ""] + [ln.text for ln in doc.lines[:12] if ln.text.strip()][:2]
    for text in heads:
        low = text.lower()
        if "styrelse" in low:
            return None
        for w in _WORD.findall(low):
            if w.endswith(_GENERAL_MEETING_ENDS):
                return _kind_of(w)
    return None


def _own_next_general_meeting(sents: list[Sentence], kind: str,
                              found: tuple[Finding, Sentence] | None) -> tuple[Finding, Sentence] | None:
    """A general meeting's item taken up again or decided at the next meeting of its own kind: it returns.

    In an årsmöte's minutes "Frågan utvärderas igen på nästa årsmöte" or "Beslut på nästa årsmöte" sets the
    matter for this body's next meeting (when "next"), not for another body; a vårmöte's "Beslut på nästa
    årsmöte" stays referred to the årsmöte.
    """
    cands = [found[1]] if found is not None else sents
    for s in cands:
        low = s.text.lower()
        if "nästa" not in low and "kommande" not in low:
            continue
        m = _NEXT_GENERAL_MEETING.search(low)
        if m is None or _kind_of(m.group(1).lower()) != kind:
            continue
        if found is not None or _REVISIT.search(low) or _TAKEN_UP.search(low):
            return Finding(ItemStatus.RETURNS, "next", None, m.start(), m.end()), s
    return None


# The lead of a list of matters put off ("Punkter som bordläggs till kommande sammanträde:", "Följande
# ärenden flyttas till nästa möte:"): a plural matter or "följande" before the colon that ends it.
_LIST_LEAD_MATTERS = re.compile(r"(?<![\w-])(?:" + "|".join(words.LISTED_MATTERS) + r")(?![\w-])", re.IGNORECASE)


def _listed_postponements(doc: Minutes, sents: list[Sentence], reading: _Reading
                          ) -> tuple[list[Sentence], list[tuple[str, Finding, tuple[int, int]]]]:
    """Split off a bullet list of matters put off or to come back, led by a sentence ending in a colon.

    "Punkter som bordläggs till kommande sammanträde: • Äldrevänligt boende • Hyrcyklar": each bullet
    is a matter for a later agenda (carried with the lead's reason and time), while the item itself,
    which only lists them, keeps what its other sentences say. Returns the item's other sentences and,
    per bullet, its text, the lead's finding and the bullet's clean range.
    """
    out: list[tuple[str, Finding, tuple[int, int]]] = []
    rest: list[Sentence] = []
    k = 0
    while k < len(sents):
        s = sents[k]
        lead = s.text.rstrip()
        f = None
        if (s.bullet_block == 0 and lead.endswith(":") and k + 1 < len(sents) and sents[k + 1].bullet_block > 0
                and _LIST_LEAD_MATTERS.search(lead) is not None):
            f = reading.classify(s)
        if f is None or f.status not in (ItemStatus.POSTPONED, ItemStatus.RETURNS):
            rest.append(s)
            k += 1
            continue
        block = sents[k + 1].bullet_block
        k += 1
        bullets: list[list[Sentence]] = []
        prev_end = s.end
        while k < len(sents) and sents[k].bullet_block == block:
            x = sents[k]
            if not bullets or "\n" in doc.clean[prev_end:x.start]:
                bullets.append([])
            bullets[-1].append(x)
            prev_end = x.end
            k += 1
        for group in bullets:
            a, b = group[0].start, group[-1].end
            out.append((" ".join(x.text.strip() for x in group), f, (a, b)))
    return rest, out


def extract_items(doc: Minutes, meeting: Meeting) -> tuple[list[Item], list[Carry], list[str]]:
    """Return the agenda items in order, the carry list, and warnings."""
    doc = misread_sign_view(markup_view(doc))
    latin = _latin_bytes(doc.clean)
    heads, layout = _find_headings(doc, latin)
    mdate = _meeting_date(meeting)
    reading = _Reading(doc, mdate, latin, meeting.body)
    agenda = layout == "agenda"
    per_item = _item_sentences(doc, heads, layout)
    general_next: bool | None = None  # whether the opening says what is not reached moves on; read when needed
    general: bool | None = None  # whether a general meeting's minutes (see _is_general_meeting); read when needed
    kind: object = _UNREAD  # the kind of general meeting (see _general_kind); read when needed
    items: list[Item] = []
    carry: list[Carry] = []
    def postponed_when(when: str | None) -> str | None:
        nonlocal general_next
        if when is not None:
            return when
        if general_next is None:
            first_line = heads[0].line
            stop = max([doc.lines[first_line].start, *(x.end for x in per_item[0])])
            if reading.may_move_on(stop):
                opening = sentences(doc, 0, first_line, skip_first=False) + per_item[0]
                general_next = any(reading.general_move(x) for x in opening)
            else:
                general_next = False
        return "next" if general_next else None

    given, moved = _findings_for_other_points(heads, per_item, reading)
    prepared = prepared_for(doc, heads) if layout == "presented" else None
    for k_head, (h, sents) in enumerate(zip(heads, per_item)):
        if moved:
            sents = [x for x in sents if x.start not in moved]
        marked = _title_mark(doc, h, reading)
        if marked is not None:
            h = replace(h, title=marked[1])
            sents = [marked[0], *sents]
        if not agenda and sents:
            sents = _without_history(_run_on_clause(doc, h, sents))
        if not agenda and not any(_has_two_words(x.text) for x in sents):
            # A one-word text may still be the item's fate ("Bordlades.", "Utgår."): keep it.
            sents = _sentence_in_heading(doc, h) + sents
        elif not agenda:
            sents = _fate_word_in_heading(doc, h) + sents  # "§ 2 Budget 2022. Bordlades." over a text of its own
        dropped = [] if agenda else _dropped_entries(doc, h, sents)
        if dropped:  # the item's own text ends where the first dropped point's title starts
            cut = dropped[0][0]
            sents = [x if x.end <= cut else x._replace(text=x.text[:cut - x.start], end=cut)
                     for x in sents if x.start < cut]
        listed: list[tuple[str, Finding, tuple[int, int]]] = []
        if not agenda and sents:
            sents, listed = _listed_postponements(doc, sents, reading)
        keyed = reading.keyed(sents)
        found = _item_finding(h.title, keyed, reading, agenda)
        if found is None and not agenda:
            found = _only_report_put_off(sents)
        other = given.get(h.number) if h.number else None
        if other is not None and (found is None or _RANK[other[0].status] < _RANK[found[0].status]):
            found = other
        if (found is None or found[0].status is ItemStatus.REFERRED) and sents and general is not False:
            if kind is _UNREAD:
                kind = _general_kind(doc, meeting)
            if isinstance(kind, str):
                found = _own_next_general_meeting(sents, kind, found) or found
        if found is None and sents:
            if general is None:
                general = _is_general_meeting(doc, meeting)
            if general:
                found = _board_tasked(sents)
        if found is None and prepared is not None:  # "Beredning inför regionstyrelsen - Delårsrapport ..."
            items.append(Item(h.number, h.title, ItemStatus.REFERRED, Target(None, prepared),
                              span=doc.span(h.start, h.end)))
        elif found is None:
            items.append(Item(h.number, h.title, span=doc.span(h.start, h.end)))
            if not agenda:
                carry.extend(_announced(doc, h, sents, reading, keyed))
        elif (found[0].status is ItemStatus.RETURNS and not agenda and (_in_lettered_point(
                doc, h, h.body_end_line or (heads[k_head + 1].line if k_head + 1 < len(heads) else len(doc.lines)),
                found[1].start) or _topic_of_earlier_minutes(h.title, found[1], found[0]))):
            # a lettered sub-point's topic to come back, or a topic of the earlier minutes gone through: announced,
            # the item handled
            f, s = found
            items.append(Item(h.number, h.title, span=doc.span(h.start, h.end)))
            text = s.text.strip()
            carry.append(Carry(h.number, text if len(text) <= 100 else text[:100].rsplit(" ", 1)[0],
                               CarryReason.ANNOUNCED, f.when, doc.span(s.start + f.start, s.start + f.end)))
        elif found[0].status is ItemStatus.POSTPONED and _drops_another_point(h, found[1]):
            # "25 Ändring av dagordningen ... föreslår att ärende 6 ... utgår från dagordningen": the agenda
            # was changed (handled); the point struck goes on a later agenda, carried from here
            items.append(Item(h.number, h.title, span=doc.span(h.start, h.end)))
            # each point struck goes on ("1. Ärende nr 11 utgår ... 2. Ärende nr 14 utgår ..."), in the text's order
            struck = [(g, x) for x in keyed if (g := reading.classify(x)) is not None
                      and g.status is ItemStatus.POSTPONED and _drops_another_point(h, x)]
            for f, s in struck or [found]:
                text = s.text.strip()
                carry.append(Carry(h.number, text if len(text) <= 100 else text[:100].rsplit(" ", 1)[0],
                                   CarryReason.POSTPONED, postponed_when(f.when),
                                   doc.span(s.start + f.start, s.start + f.end)))
        else:
            f, s = found
            if f.status is not ItemStatus.HANDLED:
                h = replace(h, title=_title_before_fate(h, s))
            if f.status is ItemStatus.RETURNS and _first_words(h.title).startswith(_PREVIOUS_MINUTES):
                f = replace(f, status=ItemStatus.POSTPONED)  # the approval of the minutes put off
            if f.status is ItemStatus.RETURNS and not agenda and _only_taken_along(s, sents):
                f = replace(f, status=ItemStatus.POSTPONED)  # "• Tas med till nästa möte" all its text: not dealt with
            when = postponed_when(f.when) if f.status is ItemStatus.POSTPONED else f.when
            target = Target(None if f.status is ItemStatus.REFERRED else when, f.body)
            span = doc.span(s.start + f.start, s.start + f.end)
            items.append(Item(h.number, h.title, f.status, target, (), doc.span(h.start, h.end), span))
            if f.status in (ItemStatus.POSTPONED, ItemStatus.RETURNS):
                reason = CarryReason.POSTPONED if f.status is ItemStatus.POSTPONED else CarryReason.RETURNS
                carry.append(Carry(h.number, _carry_title(h.title, s, sents), reason, target.when, span))
            elif not agenda:
                carry.extend(_announced(doc, h, sents, reading, keyed))
        for title, f, (a, b) in listed:  # "Punkter som bordläggs till kommande sammanträde: • A • B"
            reason = CarryReason.POSTPONED if f.status is ItemStatus.POSTPONED else CarryReason.RETURNS
            when = postponed_when(f.when) if f.status is ItemStatus.POSTPONED else f.when
            carry.append(Carry(h.number, title if len(title) <= 100 else title[:100].rsplit(" ", 1)[0],
                               reason, when, doc.span(a, b)))
        for a, b, end in dropped:
            title = _clean_title(doc.clean[a:b])
            when = postponed_when(None)
            span = doc.span(b, end)
            items.append(Item(None, title, ItemStatus.POSTPONED, Target(when, None), (), doc.span(a, b), span))
            carry.append(Carry(None, title, CarryReason.POSTPONED, when, span))
    headed = {h.number for h in heads if h.number}
    for n, (f, s) in given.items():
        if n in headed or f.status not in (ItemStatus.POSTPONED, ItemStatus.RETURNS):
            continue  # a point of no heading here that is dropped or comes back still goes on a later agenda
        reason = CarryReason.POSTPONED if f.status is ItemStatus.POSTPONED else CarryReason.RETURNS
        when = postponed_when(f.when) if f.status is ItemStatus.POSTPONED else f.when
        text = s.text.strip()
        title = text if len(text) <= 100 else text[:100].rsplit(" ", 1)[0]
        carry.append(Carry(n, title, reason, when, doc.span(s.start + f.start, s.start + f.end)))
    if not heads and not items:
        items = flattened_numbered_headings(doc)  # "... Deltog ej ... 1. Introduktionsutbildning för arbete i förskola"
    items = [it if (t := _display_title(it.title)) == it.title else replace(it, title=t) for it in items]
    carry = [c if c.reason is CarryReason.ANNOUNCED or (t := _display_title(c.title)) == c.title
             else replace(c, title=t) for c in carry]
    if any(h.in_bullets for h in heads):
        unheaded = _unheaded_carry(doc, heads, reading)
        owners = _register_owners(doc, heads) if unheaded else []
        if owners:  # a portal page's register of items, their text in bullets below in the same order
            unheaded = _owned_carry(unheaded, owners)
            fates = {c.from_item: c for c in unheaded if c.from_item and c.reason is not CarryReason.ANNOUNCED}
            items = [replace(it, status=ItemStatus.POSTPONED if c.reason is CarryReason.POSTPONED else ItemStatus.RETURNS,
                             target=Target(c.when, None))
                     if it.status is ItemStatus.HANDLED and (c := fates.get(it.number or "")) is not None else it
                     for it in items]
        carry.extend(unheaded)
    if agenda:
        notes = sentences(doc, max(h.line for h in heads) + 1, len(doc.lines), skip_first=False)
        carry.extend(_announced(doc, None, notes, reading))
    elif not heads:
        # Notes without item headings (a short summary): what they postpone, send back or announce is still carried.
        carry.extend(_free_carry(doc, sentences(doc, 0, len(doc.lines), skip_first=False), reading))
    elif layout == "marked" and heads[-1].body_end_line is not None and heads[-1].body_end_line < len(doc.lines):
        # A list of bullets as the items, then more bullets under a plain line ("Övriga ärenden", "• X kommer närvara på
        # följande möte för att redovisa ..."): the topics the lines below the last item announce, from no item.
        notes = sentences(doc, heads[-1].body_end_line, len(doc.lines), skip_first=False)
        carry.extend(_announced(doc, None, notes, reading))
    if heads and not agenda:
        # A summary told in prose before the first heading (a news post on the meeting, then the site's own sections):
        # what it puts off or brings back is carried from no item, as in notes without headings.
        carry.extend(_free_carry(doc, _preamble_prose(doc, heads[0].line, reading), reading))
    if carry and mdate is not None:
        # A page of several reports, newest first ("Styrelsemöte 2012 05 27" ... "Styrelsemöte 2012 04 01" ...): what
        # the earlier meeting's report carries was its own business, not this meeting's.
        earlier = _earlier_report_start(doc, mdate)
        if earlier is not None:
            carry = [c for c in carry if c.span is None or c.span[0] < earlier]
    if meeting.body and carry:
        carry = [c for c in carry if not for_other_body_meeting(doc.text, c.span, meeting.body)]
    if carry and "sitt " in doc.text:
        carry = [c for c in carry if c.reason is not CarryReason.ANNOUNCED or not holds_its_own_meeting(doc.text, c.span, meeting.body)]
    if carry and meeting.date:
        # "... inbjuds att delta i förbundsstyrelsens sammanträde i Alingsås, fredagen 12 februari" in the papers of
        # that very meeting: a topic is announced for a later meeting, never for the meeting's own day
        carry = [c for c in carry if c.reason is not CarryReason.ANNOUNCED or c.when != meeting.date]
    return items, carry, []


# A custom taken up again, not a matter: "återuppta traditionen med att bjuda ...", "Traditionen återupptas".
_CUSTOM_AFTER = re.compile(r"\w*\s+(?:traditionen|traditionerna|traditionsenliga|vanan|seden|sedvänjan)(?![\w-])")
_CUSTOM_BEFORE = re.compile(r"(?:traditionen|traditionerna|vanan|seden|sedvänjan)\s+(?:\w+\s+){0,3}$")


def resumes_custom(low: str, start: int, end: int) -> bool:
    """Whether "återuppta(s)" at `start`-`end` of `low` takes up a custom again (`_CUSTOM_AFTER`/`_CUSTOM_BEFORE`)."""
    return bool(_CUSTOM_AFTER.match(low, end) or _CUSTOM_BEFORE.search(low[max(0, start - 40):start]))


# Someone else holding a meeting of their own: "Söndagen den 16/2-20 håller lokalföreningen i Stockholm sitt
# årsmöte", "Distriktet håller sitt årsmöte den 5 mars". Group 1 the holder after the verb (inverted order),
# group 2 the holder before it.
_HOLDS_ITS_MEETING = re.compile(
    r"(?i)(?<![\w-])(?:håller|hålls|har|hade|höll)\s+((?:[\w-]+\s+){1,4}?)sitt\s+[\w-]*(?:möte|stämma|sammanträde|kongress)(?![\w-])"
    r"|(?<![\w-])([\w-]+)\s+(?:håller|har|hade|höll)\s+sitt\s+[\w-]*(?:möte|stämma|sammanträde|kongress)(?![\w-])")
_OWN_HOLDERS = frozenset(("vi", "styrelsen", "vår", "också", "även", "dock", "då", "nu", "därefter", "sedan"))


def holds_its_own_meeting(text: str, span: tuple[int, int] | None, body: str | None) -> bool:
    """Whether the announced sentence at `span` tells of another holder's meeting (`_HOLDS_ITS_MEETING`):
    a dated thing of theirs, not a topic for this body's later agenda. "Vi håller sitt ..." and a holder
    named by a word of `body` stay."""
    if span is None:
        return False
    m = _HOLDS_ITS_MEETING.search(text, span[0], span[1])
    if m is None:
        return False
    holder = [w for w in _WORD.findall((m.group(1) or m.group(2)).lower()) if w not in _OWN_HOLDERS and len(w) > 2]
    if not holder:
        return False
    own = [w for w in _WORD.findall((body or "").lower()) if len(w) > 3]
    return not any(w in o or w[:5] == o[:5] for w in holder for o in own)  # "föreningen" / "Hembygdsföreningen X"


# "tas upp vid styrelsens nästa sammanträde": a body in the genitive before "nästa" and a meeting noun.
_GENITIVE_NEXT_MEETING = re.compile(
    r"(?<![\w-])([^\W\d_]+?)s\s+(?:nästa|kommande|nästkommande)\s+(?:möte|mötet|sammanträde|sammanträdet)(?![\w-])",
    re.IGNORECASE,
)


def for_other_body_meeting(text: str, span: tuple[int, int] | None, body: str) -> bool:
    """Whether the carried sentence at `span` sets the matter for another body's next meeting.

    An arbetsutskott writing "frågan tas upp vid styrelsens nästa sammanträde" sends it on to the
    board: nothing comes back to the utskott. The genitive names a body ("styrelsens",
    "kommunstyrelsens") other than `body`, whose minutes these are (compared on its last body noun:
    "Kommunstyrelsens arbetsutskott" is an utskott). The body's own next meeting stays carried.
    """
    if span is None:
        return False
    m = _GENITIVE_NEXT_MEETING.search(text, span[0], span[1])
    if m is None:
        return False
    owner = m.group(1).lower()
    if not owner.endswith(_OTHER_BODIES):
        return False
    heads = [w for w in _WORD.findall(body.lower()) if w.endswith(_OTHER_BODIES)]
    if not heads:
        return False  # the body's own noun unknown: no telling whose meeting it is
    stem = owner[: max(4, len(owner) - 2)]  # "styrelsen" -> "styrels": also "kommunstyrelsen"
    return stem not in heads[-1]


# Numbered headings inside one flattened line (a stored transcript's page run together), after its
# attendance lists: "... Deltog ej Ann-Christin Frankenberg, Göteborg, NO ... 1. Introduktionsutbildning för
# arbete i förskola (Lislott Lundahl)". Group 1 the number, 2 the words from the heading on.
_FLAT_LIST_WORD = re.compile(r"(?i)\b(?:närvarande|deltagare|deltog\s+ej|frånvarande|inbjudna|förhinder)\b")
_FLAT_HEADING = re.compile(r"(?<=\s)([1-9]|[1-4]\d)\.\s+(?=[A-ZÅÄÖ][a-zåäö])")
_FLAT_LINE_LEAST = 500  # shorter lines are headings or paragraphs of their own
_FLAT_TITLE_WORDS = 12
_FLAT_TITLE_GLUE = frozenset(("och", "med", "för", "i", "på", "till", "av", "om", "från", "vid", "inom", "samt", "&", "-", "–"))
_FLAT_TOKEN = re.compile(r"\([^()]{1,80}\)|\S+")


def _flat_heading_title(text: str) -> str:
    """The heading at the start of `text`: up to a stop, a colon, `_FLAT_TITLE_WORDS` words, or a capitalised
    word after the second word that follows no linking word ("Gemensam information med Demokratiberedningen
    Välkommen Ragnhild ..." gives "Gemensam information med Demokratiberedningen")."""
    kept: list[str] = []
    for m in _FLAT_TOKEN.finditer(text):
        token = m.group(0)
        if kept and not token.startswith("(") and token[:1].isupper() and len(kept) >= 2 \
                and kept[-1].casefold() not in _FLAT_TITLE_GLUE:
            break
        kept.append(token)
        if token.endswith((".", ":", "?", "!")) and not token.startswith("(") or len(kept) >= _FLAT_TITLE_WORDS:
            break
    return " ".join(kept).rstrip(".:")


def flattened_numbered_headings(doc: Minutes) -> list[Item]:
    """The numbered headings (`_FLAT_HEADING`) that follow the attendance lists (`_FLAT_LIST_WORD`) on a
    flattened line of at least `_FLAT_LINE_LEAST` characters, in sequence from 1, none with a digit in its title;
    for minutes where no item heading was found otherwise. Empty when no "1." follows the lists."""
    for line in doc.lines:
        text = line.text
        if len(text) < _FLAT_LINE_LEAST:
            continue
        lists = _FLAT_LIST_WORD.search(text)
        if lists is None:
            continue
        items: list[Item] = []
        for m in _FLAT_HEADING.finditer(text, lists.end()):
            if int(m.group(1)) != len(items) + 1:
                continue
            title = _flat_heading_title(text[m.end():])
            if title and not any(c.isdigit() for c in title):  # "1. Kommunstyrelsen 0565 160 01": an address
                at = line.start + m.start()
                items.append(Item(m.group(1), title, span=doc.span(at, at + m.end() - m.start() + len(title))))
        if items:
            return items
    return flattened_numbered_run(doc)


# A numbered heading inside a flattened page, the number perhaps after "§" or a short register mark ("KHR 1",
# "Sn 49", "Au 43") and perhaps with a full stop: "... justera protokollet. 66 Godkännande av föredragningslista
# Regionstyrelsen beslutade ...". Group 1 the number, group 2 the title's first word. No number after a comma
# ("Margaretha Lindbäck, 15 Åsa Sturk, kansliet": the paragraphs someone attended); the title's first word has
# three letters or more and is no register mark itself ("PROTOKOLL 3 Sn 49": the 3 is the page's number).
_FLAT_RUN_HEADING = re.compile(
    r"(?<![\w/.,:()\-])(?<!,\s)(?:(?:§|[A-ZÅÄÖ][A-Za-zÅÄÖåäö]{0,3})\s?)?(\d{1,4})\.?\s+"
    r"(?=([A-ZÅÄÖ][A-Za-zÅÄÖåäö-]{2,})(?![\w-]))(?![A-ZÅÄÖ][A-Za-zÅÄÖåäö]{0,3}\s+\d)")
_FLAT_PAGE_START = re.compile(r"(\d{1,3})\s")
_FLAT_RUN_LEAST = 2  # numbers in sequence, the fewest that make a run of headings
_FLAT_TRAILING_NUMBER = re.compile(r"\s+(\d{1,4})$")
_FLAT_LIST_GAP = 200  # the most characters from one entry of a list in an item's text to the next
# A date just before the number: "2003-05-13 1. Nämndrummet" (the day, then a page's or a time's number).
_FLAT_AFTER_DATE = re.compile(r"\d{4}-\d{2}-\d{2}\s*$|\d{1,2}\s+(?:januari|februari|mars|april|maj|juni|juli|"
                              r"augusti|september|oktober|november|december)\s+\d{4}\s*$")
# A word the number completes, no heading before it: "avsnitt 1 Fastställande ...", "bilaga 2", "vecka 12".
_FLAT_REFERENCE = re.compile(r"(?i)(?<![\w-])(?:avsnitt|avsnittet|punkt|punkten|punkterna|bilaga|bilagan|ärende|ärendet|"
                             r"paragraf|paragrafen|sida|sidan|kapitel|steg|alternativ|alternativet|nr|etapp|fas|"
                             r"kl|klockan|vecka|rum|år|och|eller|till|samt)\s*$")
# The first words of the signing block and the attendance lists, no title: "172 Justerande Lars Olof Andersson".
_FLAT_LABEL_WORDS = frozenset(("justerande", "ordförande", "sekreterare", "underskrifter", "underskrift", "utses",
                               *words.ABSENT_WORDS))


def flattened_numbered_run(doc: Minutes) -> list[Item]:
    """The longest run of headings numbered in sequence (n, n+1, ...; `_FLAT_RUN_HEADING`) in the text of
    minutes with a flattened line of at least `_FLAT_LINE_LEAST` characters (a stored transcript's pages run
    together), at least `_FLAT_RUN_LEAST` of them; for minutes where no item heading was found otherwise.
    No heading: a number opening the text or the lines of a transcript (its pages "1 ", "2 ", ...), one
    after a date or a word it completes ("avsnitt 1", `_FLAT_REFERENCE`), one before a given name ("3 Lars Brattström": an entry of a list) or a label of the lists
    and signatures (`_FLAT_LABEL_WORDS`); nor the entries of a list in an item's text, opened after a colon
    ("kompletteras med följande ärenden: 1. Byarums skola ... 2. Attestförteckning."), nor the cases of a list by
    their diary numbers ("1. Dnr. 12.S0068 ... 2. Dnr. 12.S0069 ...", `_DIARY_ENTRY`).
    Each title ends before the next heading of the run."""
    if not any(len(line.text) >= _FLAT_LINE_LEAST for line in doc.lines):
        return []
    pages = [line.start for line in doc.lines if _FLAT_PAGE_START.match(line.text)]
    page_starts = set(pages) if len(pages) >= 2 else set()
    found: list[tuple[int, int, int]] = []  # (number, start, end of the number's mark)
    listed: tuple[int, int] | None = None  # the number and end of the last entry of a list in an item's text
    for line in doc.lines:
        for m in _FLAT_RUN_HEADING.finditer(line.text):
            at = line.start + m.start()
            n, first = int(m.group(1)), m.group(2).split("-")[0].casefold()
            before = doc.clean[max(0, at - 30):at].rstrip()
            diary = (first[:1] == "d" and line.text[m.end(1):m.end(1) + 1] == "." and "§" not in m.group(0)
                     and _DIARY_ENTRY.match(line.text, m.start(2)) is not None)  # "1. Dnr. 12.S0068": a case listed
            if before.endswith(":") or diary or (
                    listed is not None and n == listed[0] + 1 and at - listed[1] <= _FLAT_LIST_GAP):
                listed = (n, line.start + m.end())  # "... följande ärenden: 1. Byarums skola ... 2. Attestförteckning."
                continue
            if at == 0 or (m.start() == 0 and line.start in page_starts) or first in _GIVEN \
                    or first in _FLAT_LABEL_WORDS or _FLAT_AFTER_DATE.search(before) or _FLAT_REFERENCE.search(before):
                continue
            found.append((n, at, line.start + m.end()))
    best: list[tuple[int, int, int]] = []
    for k, first_head in enumerate(found):  # the longest run from each candidate: the next number later in the text
        run = [first_head]
        for cand in found[k + 1:]:
            if cand[0] == run[-1][0] + 1:
                run.append(cand)
        if len(run) > len(best):
            best = run
    if len(best) < _FLAT_RUN_LEAST:
        return []
    items: list[Item] = []
    numbers = {n for n, _, _ in best}
    for k, (n, start, end) in enumerate(best):
        stop = best[k + 1][1] if k + 1 < len(best) else len(doc.clean)
        title = _flat_heading_title(doc.clean[end:min(stop, end + 300)])
        if (last := _FLAT_TRAILING_NUMBER.search(title)) and int(last.group(1)) in numbers:
            title = title[:last.start()]  # "Övriga frågor 1068": a contents list's end, its first heading again
        items.append(Item(str(n), title, span=doc.span(start, end + len(title))))
    return items


# The writer's name signing off the notes, read as an unnumbered heading: "Tom Ohlsson" on the last lines with text,
# at most a post's comment chrome under it ("Inga kommentarer:", "Skicka en kommentar"): a given name and one or
# two capitalised names, nothing else.
_SIGN_OFF_NAME = re.compile(r"\s*([A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?)(?:\s+[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?){1,2}\s*")
_SIGN_OFF_BELOW = 4  # the most lines with text under the name
_SIGN_OFF_LINE = 80  # and their longest
_GIVEN = frozenset((*words.GIVEN_NAMES, *words.MORE_GIVEN_NAMES))
_DOER_GIVEN = _GIVEN - frozenset(words.NO_ONE)  # "Inga övriga frågor": "none", no name


def without_sign_off_name(doc: Minutes, heads: list[Heading]) -> list[Heading]:
    """`heads` without a last unnumbered heading that is the writer's name signing off (`_SIGN_OFF_NAME`): its
    first word a given name, at most `_SIGN_OFF_BELOW` short lines with text under it."""
    if not heads or heads[-1].number is not None:
        return heads
    last = heads[-1]
    m = _SIGN_OFF_NAME.fullmatch(last.title)
    if m is None or m.group(1).casefold() not in _GIVEN:
        return heads
    below = [ln.text for ln in doc.lines[last.line + 1:] if ln.text.strip()]
    if len(below) > _SIGN_OFF_BELOW or any(len(t) > _SIGN_OFF_LINE for t in below):
        return heads
    return heads[:-1]
