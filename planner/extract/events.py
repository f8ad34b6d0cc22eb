"""Later dated things in a set of minutes: next meetings, workshops, deadlines, each with a span.

The last extraction step. It reads every date mention in the cleaned text (`dates.find_dates`),
keeps those after the meeting date that are stated as planned or expected, and classifies each
by its sentence and the heading it stands under. It also decides `next_meeting`: an explicit
"Nästa möte ..." first, then the body's meeting list, then the month an item returns to the body.
"""

from __future__ import annotations

import bisect
import itertools
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date, time

from planner.extract.caches import text_cache
from planner.extract.dates import (
    DateKind,
    DateMatch,
    TimeMatch,
    alternation,
    find_dates,
    find_dates_and_impossible,
    find_impossible_dates,
    find_times,
    format_time,
    is_page_frame,
    is_view_stamp,
    starts_of,
    typeset_day,
)
from planner.extract.header import Part, under_coming_meetings_heading
from planner.extract.model import Carry, Event, EventKind, EventStatus, Item, Meeting
from planner.extract.text import Line, Minutes
from planner.extract.words import (
    ABBREVIATED_DEADLINE_WORDS,
    ADMIN_CUES,
    AUDIENCE_WORDS,
    BOARD_RUN_GENERAL_MEETINGS,
    BOARD_RUN_ORGANISATION_ENDINGS,
    BREAK_SEASONS,
    BREAK_SEASONS_GENITIVE,
    BYLINE_LEADS,
    BYLINE_TAILS,
    CANCEL_CUES,
    CONFERENCE_DAYS_NOT_STEMS,
    CONSTITUENT_MEETING_WORDS,
    COUNTERFACTUAL_CUES,
    COURSE_NOUN_ENDINGS,
    COURSE_START_VERBS,
    DATE_SET_VERBS,
    DEADLINE_HANDED_TO,
    DEADLINE_PREFIXES,
    DEADLINE_WORDS,
    DECIDING_VERBS,
    ELECTED_OFFICES,
    EVENT_PLACE_NOUNS,
    EXTRA_MEETING_WORDS,
    FULL_MONTHS,
    FUTURE_CUES,
    FUTURE_CUES_OCCURS,
    FUTURE_CUES_ORGANISED,
    FUTURE_CUES_SHOULD,
    GIVEN_NAMES,
    HANDED_IN_WORDS,
    HAPPENED_CUES,
    INVITATION_NOUNS,
    LEAVE_CUES,
    LEISURE_ACTIVITY_CUES,
    MEETING_AGAIN_CUES,
    MEETING_FORMS,
    MEETING_LIST_CUES,
    MEETING_NOUNS,
    MEETING_PURPOSES,
    MILESTONE_CUES,
    MINUTES_NOUNS,
    MINUTES_OF_CUES,
    MONTHS,
    MORE_GIVEN_NAMES,
    MOVE_CUES,
    NEW_POST_HOLDER_CUES,
    NEXT_GATHERING_NOUNS,
    NEXT_MEETINGS_COUNTS,
    NEXT_MEETINGS_LEADS,
    NEXT_MEETINGS_PLURALS,
    NOT_BODY_WORDS,
    NOT_NEXT_OCCASION,
    OTHER_BODY_NOUNS,
    PAST_CUES,
    PLACE_KIND_TAILS,
    PLANNED_TRIP_OPENINGS,
    PLATFORMS,
    RATHER_CUES,
    READY_CUES,
    RECURRING_CUES,
    REFERENCE_LABELS,
    REGISTERED_CUES,
    REMOTE_CUES,
    REMOTE_MEETING_NOUNS,
    REPORT_OF_PAST_CUES,
    REPORTED_FROM_CUES,
    ROOM_WORDS,
    SCHEDULED_CUES,
    SCHEDULED_TILL,
    SHOW_OPENING_CUES,
    SOCIAL_GATHERING_CUES,
    STEP_CUES,
    TERM_NOUN_ENDINGS,
    TERM_WORDS,
    TRAVEL_VERBS,
    TRIP_CUES,
    UNTIL_PREFIXES,
    VENUE_KIND_WORDS,
    VENUE_NOUN_ENDINGS,
    VENUE_RESTATED,
    VENUE_RUN_STOPS,
    WEEKDAYS,
    WORKSHOP_CUES,
    WORKSHOP_DAY_CUES,
)


def _words(words: tuple[str, ...]) -> str:
    # A prefix tree rather than the words longest first: it matches the same (see
    # `alternation`), while the engine tries one branch at each place instead of every word.
    return alternation(words)


_W = r"A-Za-zÅÄÖåäöéü"


@text_cache(maxsize=256)
def _fold(s: str) -> str:
    """`s` lower-cased so that a word a case-insensitive pattern finds in `s` stands in it.

    The regex engine reads "İ", "ı" and "ſ" as "i", "i" and "s", where str.lower differs.
    """
    return _folded(s.lower())


def _folded(low: str) -> str:
    """`_fold` of a text from its `str.lower`."""
    if not low.isascii() and ("ı" in low or "ſ" in low or "\u0307" in low):
        low = low.replace("ı", "i").replace("ſ", "s").replace("\u0307", "")
    return low


def _needles(words: Iterable[str]) -> tuple[str, ...]:
    """The words (lower-cased) that hold none of the others: a text holding one of `words` holds one of these."""
    unique = {w.lower() for w in words}
    return tuple(sorted(w for w in unique if not any(v != w and v in w for v in unique)))


class _Gated:
    """A pattern that can match only where one of a few words stands, searched only when one does.

    Most sentences hold none of a cue list's words: a few substring tests say so much faster
    than the regex engine, which tries every offset. The results are the pattern's own.
    """

    __slots__ = ("gate", "needle", "pattern")

    def __init__(self, pattern: re.Pattern[str], words: Iterable[str]) -> None:
        self.pattern = pattern
        needles = _needles(words)
        # One word: a substring test; more: one scan for any of them (a prefix tree, no case folding).
        self.needle = needles[0] if len(needles) == 1 else None
        self.gate = re.compile(alternation(needles))

    def _may(self, s: str) -> bool:
        if self.needle is not None:
            return self.needle in _fold(s)
        return self.gate.search(_fold(s)) is not None

    def search(self, s: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        # `_may` written out: this runs a hundred times per document.
        low = _fold(s[pos:endpos] if pos or endpos < len(s) else s)
        if (self.needle not in low) if self.needle is not None else (self.gate.search(low) is None):
            return None
        return self.pattern.search(s, pos, endpos)

    def finditer(self, s: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        if pos or endpos < len(s):  # every match stands inside the slice
            return self.pattern.finditer(s, pos, endpos) if self._may(s[pos:endpos]) else iter(())
        return self.pattern.finditer(s) if self._may(s) else iter(())

    def fullmatch(self, s: str) -> re.Match[str] | None:
        return self.pattern.fullmatch(s) if self._may(s) else None
# "nästa möte", "nästa kommunala forum", "nästa mötestillfälle"; not "näst-nästa" or "nästnästa".
# Singular only: "kommande möten" opens a list of dates, it does not name the next one.
_NEXT_NOUNS = tuple(n for n in MEETING_NOUNS if n not in ("möten",))
_BREAK_NOUNS = ("möte", "mötet", "sammanträde", "sammanträdet", "träff", "träffen")
_NEXT_MEETING = _Gated(re.compile(
    rf"(?<![{_W}-])(?:nästa|nästkommande|kommande)\s+(?:[{_W}]+\s+)?[{_W}]*?-?"  # "Nästa telefonmöte"
    rf"(?:{_words(_NEXT_NOUNS)})(?![{_W}])|nästa\s+(?:möte|gång|tillfälle)|next\s+(?:meeting|call)"
    rf"|(?:nästa|nästkommande)\s+(?:{_words(NEXT_GATHERING_NOUNS)})(?![{_W}])"
    rf"|(?:{_words(MEETING_AGAIN_CUES)})(?![{_W}])"
    # "första styrelsemötet för hösten", "höstens första möte": the first meeting after a break
    rf"|(?<![{_W}])första\s+[{_W}]*?(?:{_words(_BREAK_NOUNS)})\s+(?:för|efter|under|i|till)\s+"
    rf"(?:{_words(BREAK_SEASONS)})(?![{_W}])"
    rf"|(?<![{_W}])(?:{_words(BREAK_SEASONS_GENITIVE)})\s+första\s+[{_W}]*?(?:{_words(_BREAK_NOUNS)})(?![{_W}])",
    re.IGNORECASE,
), ("nästa", "nästkommande", "kommande", "next", "igen", "vi ", "första"))
# The next few meetings named together ("Nästa 2 styrelsemöten blir 21/10 och 9/12", "Kommande styrelsemöten:
# tors 13/1, ons 10/2", "de två nästa sammanträdena"): a list of this body's meeting days.
_NEXT_MEETINGS = _Gated(re.compile(
    rf"(?<![{_W}-])(?:(?:{_words(NEXT_MEETINGS_LEADS)})\s+(?:(?:{_words(NEXT_MEETINGS_COUNTS)})\s+)?"
    rf"|de\s+(?:{_words(NEXT_MEETINGS_COUNTS)})\s+(?:{_words(NEXT_MEETINGS_LEADS)})\s+)"
    rf"(?:ordinarie\s+)?(?:{_words(NEXT_MEETINGS_PLURALS)})(?![{_W}])",
    re.IGNORECASE,
), NEXT_MEETINGS_LEADS)
# "Medlemsmöte", "årsmötet", "styrelsemöte": the kind of meeting a compound names.
_MEETING_TYPE_NOUNS = ("möte", "mötet", "sammanträde", "sammanträdet", "stämma", "stämman")
_MEETING_TYPE = _Gated(re.compile(rf"(?<![{_W}])([{_W}]+?)-?(?:{_words(_MEETING_TYPE_NOUNS)})(?![{_W}])",
                                  re.IGNORECASE), _MEETING_TYPE_NOUNS)
# A meeting noun at the end of a word ("styrelsemöte", "årsmötet"); compounds count.
# "ledamöter" holds no meeting.
# Compounds count ("medlemsträff", "föreningsstämman"); words that only hold a meeting noun do not:
# "inträffar", "beträffande", "bestämma", "överensstämma".
_MEETING = _Gated(re.compile(rf"(?<!leda)(?<!in)(?<!be)(?<!ens)(?:{_words(MEETING_NOUNS)})[{_W}]{{0,4}}(?![{_W}])",
                             re.IGNORECASE),
                  MEETING_NOUNS)
# "Mötet beslutade", "Årsmötet bestämde": this meeting deciding, not a later one (`_names_meeting`).
_MEETING_DECIDES = re.compile(rf"(?<![{_W}])[{_W}]*(?:mötet|sammanträdet|stämman)\s+(?:{_words(DECIDING_VERBS)})(?![{_W}])",
                              re.IGNORECASE)
_MEETING_LIST = _Gated(re.compile(rf"(?<![{_W}])(?:{_words(MEETING_LIST_CUES)})", re.IGNORECASE), MEETING_LIST_CUES)
# The same, for a scan of the whole lower-cased text: without IGNORECASE the engine skips ahead fast.
_MEETING_LIST_LOW = re.compile(rf"(?:{_words(MEETING_LIST_CUES)})")
_DEADLINE_PREFIX = _Gated(re.compile(rf"(?<![{_W}])(?:{_words(DEADLINE_PREFIXES)})[\s:,]*(?:den\s+)?$",
                                     re.IGNORECASE), DEADLINE_PREFIXES)
_DEADLINE_WORDS = DEADLINE_WORDS + ABBREVIATED_DEADLINE_WORDS + HANDED_IN_WORDS
_DEADLINE_WORD = _Gated(re.compile(rf"(?<![{_W}])(?:{_words(_DEADLINE_WORDS)})(?![{_W}])", re.IGNORECASE),
                        _DEADLINE_WORDS)
_UNTIL_PREFIX = _Gated(re.compile(rf"(?<![{_W}])(?:{_words(UNTIL_PREFIXES)})\s+(?:den\s+)?$", re.IGNORECASE),
                       UNTIL_PREFIXES)
# A term of office or a period running up to a date: "för tiden t o m den 31 oktober 2006", "för perioden
# till och med 2024-12-31", "mandattiden fram till". The date ends it; nothing happens on it.
_TERM_UNTIL = re.compile(rf"(?<![{_W}])(?:{_words(TERM_WORDS)})(?:[\s,]+[{_W}]+){{0,3}}?\s+"
                         r"(?:t\s?o\s?m|t\.\s?o\.\s?m\.?|tom|till och med|fram till|till)\s+(?:den\s+)?$",
                         re.IGNORECASE)
_TERM_REACH = 60
# An office someone is elected to, then the date the term ends: "utse Karl Johnsinius till ledamot i
# Stiftelsen Herulero till 2018-12-31", "omvaldes som revisor för ett år till och med 2020-06-30".
_OFFICE_UNTIL = re.compile(rf"(?<![{_W}])(?:till|som)\s+(?:{_words(ELECTED_OFFICES)})(?![{_W}])[^.;:]{{0,60}}?"
                           r"(?<![\w])(?:t\s?o\s?m|t\.\s?o\.\s?m\.?|till och med|fram till|till)\s+(?:den\s+)?$",
                           re.IGNORECASE)
_OFFICE_REACH = 120
_TILL_DEN = re.compile(r"(?<![\w])till\s+(?:den\s+)?$", re.IGNORECASE)
# "inbjudan till den 17 oktober", "kallelsen till den 5 maj": the "till" of a gathering invited to, no deadline.
_INVITED_TILL = re.compile(rf"(?<![{_W}])(?:{_words(INVITATION_NOUNS)})\s+till\s+(?:den\s+)?$", re.IGNORECASE)
_SUBMIT = re.compile(r"(?<![\w])(?:lämna\w*|besked|svar\w*|skicka\w*|inkomm\w*|in\b|rapporter\w*|anmäl\w*)",
                     re.IGNORECASE)


def _cue(words: tuple[str, ...]) -> _Gated:
    return _Gated(re.compile(rf"(?<![{_W}])(?:{_words(words)})", re.IGNORECASE), words)


_WORKSHOP = _cue(WORKSHOP_CUES + WORKSHOP_DAY_CUES)
_CONFERENCE = _Gated(re.compile(rf"(?<![{_W}])(?:[{_W}]*konferens(?:en|er|erna)?|[{_W}]*kongress\w*|seminari\w*|symposi\w*|"
                                rf"mässa[n]?|webb?inar\w*)(?![{_W}])", re.IGNORECASE),
                     ("konferens", "kongress", "seminari", "symposi", "mässa", "webinar", "webbinar"))
# "Barnrättsdagarna", "Digitaliseringsdagarna": named conference days (not "Vardagarna", "Julisöndagarna").
_CONFERENCE_DAYS = _Gated(re.compile(rf"(?<![{_W}])([A-ZÅÄÖ][a-zåäö]{{3,}}?)dagarna(?![{_W}])"), ("dagarna",))


def _names_conference_days(sentence: str) -> bool:
    return any(not m.group(1).lower().endswith(CONFERENCE_DAYS_NOT_STEMS) for m in _CONFERENCE_DAYS.finditer(sentence))


_COMPOUND_FORUM = _Gated(re.compile(rf"(?<=[{_W}]{{4}})forum(?![{_W}])", re.IGNORECASE), ("forum",))
_TRIP = _cue(TRIP_CUES)
# A travel verb, then "till" and a place's capital (`TRAVEL_VERBS`): "åker till Växjö", not "åker till årsmötet".
_TRAVEL_TO_PLACE = _Gated(re.compile(rf"(?<![{_W}])(?i:{_words(TRAVEL_VERBS)})\s+(?:(?i:upp|ner|ned|ut|över)\s+)?"
                                     r"(?i:till)\s+([A-ZÅÄÖ][a-zåäö]+(?:[ -][A-ZÅÄÖ][a-zåäö]+)?)"), TRAVEL_VERBS)
# A trip named by a compound: "bussresan", "endagsbussresan", "tredagarsresa", "medlemsresor" (not the
# name "Teresa").
_COMPOUND_TRIP = _Gated(re.compile(rf"(?<![{_W}])(?!t?h?eresa)[{_W}]{{3,}}?(?:resa|resan|resor|resorna)(?![{_W}])",
                                   re.IGNORECASE), ("resa", "resan", "resor"))
# An outing named by a compound: "bussutflykt", "dagsutflykten", "medlemsutflykter" (TRIP_CUES has the word alone).
_COMPOUND_OUTING = _Gated(re.compile(rf"(?<![{_W}])[{_W}]{{3,}}?(?:utflykt|utflykten|utflykter|utflykterna)(?![{_W}])",
                                     re.IGNORECASE), ("utflykt",))
_MILESTONE = _cue(MILESTONE_CUES + NEW_POST_HOLDER_CUES)
# A course starting (`COURSE_START_VERBS` right after a word ending in `COURSE_NOUN_ENDINGS`, "som" between or
# not): "Nybörjarkursen startar 28/9". Not a rule taking effect: "utbildning börjar gälla".
_COURSE_STARTS = _Gated(re.compile(
    rf"(?<![{_W}])[{_W}]*?(?:{_words(COURSE_NOUN_ENDINGS)})(?:\s+som)?\s+(?:{_words(COURSE_START_VERBS)})"
    rf"(?![{_W}])(?!\s+gälla)", re.IGNORECASE), COURSE_START_VERBS)
# A paused activity taken up again ("Digitalfoto: Terminen avslutad, startar igen 12 januari", "Kören börjar
# igen efter sommaruppehållet den 22 augusti", "Cirkeln återupptas 3 februari"): its next session, no state reached.
_RESUMES = _Gated(re.compile(rf"(?<![{_W}])(?:(?:startar|börjar|drar|kör|kommer)(?:\s+(?:upp|igång))?\s+igen|"
                             rf"återupptas|återstartar)(?![{_W}])", re.IGNORECASE), ("igen", "återupptas", "återstartar"))
_SHOW_OPENING = _Gated(re.compile(rf"(?<![{_W}])(?:{_words(SHOW_OPENING_CUES)})", re.IGNORECASE), SHOW_OPENING_CUES)
_READY = _Gated(re.compile(rf"(?<![{_W}])(?:{_words(READY_CUES)})(?![{_W}])", re.IGNORECASE), READY_CUES)
_PAST = _Gated(re.compile(rf"(?<![{_W}])(?:{_words(PAST_CUES)})(?![{_W}])", re.IGNORECASE), PAST_CUES)
_HAPPENED = _Gated(re.compile(rf"(?<![{_W}])(?:{_words(HAPPENED_CUES)})(?![{_W}])", re.IGNORECASE), HAPPENED_CUES)
# "hellre ... än i maj/juni", "snarare än den 5 maj": the date right after "än" is the alternative not chosen.
_RATHER_THAN = re.compile(rf"(?<![{_W}])(?:{_words(RATHER_CUES)})(?![{_W}])[^.!?\n]{{0,80}}?(?<![{_W}])än\s+"
                          rf"(?:[{_W}-]+\s+){{0,4}}?(?:i\s+|på\s+|den\s+|under\s+)?$", re.IGNORECASE)
# A note of a planned trip opening its sentence: "Resa till Sri Lanka under november", "• Utflykt till Ven i juni".
_PLANNED_TRIP = re.compile(rf"[\s•*·–-]*(?:{_words(PLANNED_TRIP_OPENINGS)})\s+(?:till|med|i|på)(?![{_W}])",
                           re.IGNORECASE)
_COUNTERFACTUAL = _cue(COUNTERFACTUAL_CUES)
_MINUTES_OF = _cue(MINUTES_OF_CUES)
_REPORTED_FROM = _cue(REPORTED_FROM_CUES)
# Minutes named by their date (MINUTES_NOUNS in words.py), the noun ending a compound or standing alone right
# before it: "Styrelseprotokoll 2021-02-24", "AU-protokoll 2021-03-08", "protokoll daterat 2009-06-02".
_DATED_MINUTES = re.compile(rf"(?i)(?:{_words(MINUTES_NOUNS)}):?\s+(?:(?:den|daterat|daterade|daterad)\s+)?$")
_DATED_MINUTES_REACH = 30
# How far before its date a `_MINUTES_OF` cue still names the date's meeting ("Protokoll från
# styrelsemötet 21 april samt AU-mötet 17 maj": both).
_MINUTES_OF_REACH = 60
# "underhåll på vägarna under maj och juni", "under april, maj och juni": months joined after "under"
# are a stretch of time work goes on in, as "under maj–juni" is; no single thing on a date.
_UNDER_MONTHS_LEAD = re.compile(r"(?i)under\s")
_AND_MONTH_AFTER = re.compile(rf"(?i)\s*(?:,|och|&)\s*(?:{_words(tuple(MONTHS))})(?![{_W}\d]|\s+\d)")
# The minutes' own opening sentence names its meeting at length before the day ("Protokoll fört vid
# styrelsemöte med Fryksås Fäbodlag Samfällighetsförening söndagen den 15 maj kl 15.00"): a cue that
# opens the sentence reaches this far, as long as no other date stands between.
_MINUTES_OPENING = re.compile(rf"[\W\d]*(?:{_words(MINUTES_OF_CUES)})(?![{_W}])", re.IGNORECASE)
_MINUTES_OPENING_REACH = 160
# A title line at the top: a meeting's name and its date, nothing else ("Styrelsemöte 220515",
# "Protokoll årsmöte 2022-05-15", "Minnesanteckningar från styrelsemötet den 15 maj 2022").
_MEETING_TITLE_LINE = re.compile(
    rf"[\W_]*(?:(?:protokoll|protokollet|minnesanteckningar|anteckningar|mötesanteckningar)(?:\s+(?:från|fört\s+vid|vid))?\s+)?"
    rf"[{_W}]*-?(?:möte|mötet|sammanträde|sammanträdet|stämma|stämman)(?:\s+den)?[\W_]*", re.IGNORECASE)
_RECURRING = _cue(RECURRING_CUES)
_ADMIN = _cue(ADMIN_CUES)
# A diary number's label ("dnr 329-384/2013", "Diarienummer"): of the admin cues the only one that may stand
# beside a thing due (`_due_beside_reference`).
_REFERENCE_LABEL = re.compile(rf"(?<![{_W}])(?:{_words(REFERENCE_LABELS)})(?![{_W}])", re.IGNORECASE)


def _due_beside_reference(near: str, before: str) -> bool:
    """Whether a date right after a deadline's word is due though a diary number stands near it: "Remiss från
    kommunstyrelsen, dnr 329-384/2013, för yttrande senast 2013-05-24", "Stadsrevisionen, för yttrande senast
    den 24 maj 2013 (dnr 420-145-2012)". The number labels the matter, not the date; any other admin cue
    ("justeras senast den 24 maj", "anslaget tas ned senast") still tells a date of the minutes' own paperwork."""
    return (_DEADLINE_PREFIX.search(before[-40:]) is not None and _REFERENCE_LABEL.search(near) is not None
            and _ADMIN.search(_REFERENCE_LABEL.sub(" ", near)) is None)
# A registering verb right before the date in its clause ("diarieförts på ärendet den 11 oktober 2015",
# "diarieförd 2017-10-12"); "diariefördes och tas upp på mötet den 12 november" goes on to a thing to come.
_REGISTERED = _Gated(re.compile(rf"(?<![{_W}])(?:{_words(REGISTERED_CUES)})(?:(?!\boch\b)[^.;,:]){{0,40}}$",
                                re.IGNORECASE), REGISTERED_CUES)
_REGISTERED_REACH = 60
# A paper named by its date: "anför i yttrande den 9 februari 2016 bland annat följande", "i skrivelse
# daterad 2016-02-09", "i sitt beslut den 3 mars": the day it was written, not a thing to come.
_DATED_PAPER = re.compile(
    r"(?i)(?<![\w])i\s+(?:sitt\s+|ett\s+|en\s+|dess\s+|deras\s+)?(?:yttrande|skrivelse|tjänsteskrivelse|brev|e-post|"
    r"mejl|mail|beslut|promemoria|remissvar|protokoll|anmälan|ansökan)\s+(?:daterad[et]?\s+|inkommen\s+)?(?:den\s+)?$")
# Something done on the day, told in the perfect: "arbetsgrupp ... har den 4 oktober 2017 gjort en
# sammanställning", "styrelsen hade den 3 mars lämnat in". A verb of booking or planning after it
# ("har den 5 maj inbokat ett möte") names a thing to come, and is not among these.
_PERFECT_BEFORE = re.compile(r"(?i)(?<![\w])(?:har|hade)\s+(?:även\s+|också\s+|redan\s+)?(?:den\s+)?$")
_DONE_SUPINE_AFTER = re.compile(
    r"(?i)[\s,]+(?:gjort|lämnat|skickat|tagit|skrivit|beslutat|genomfört|sammanställt|inkommit|avslutat|"
    r"haft|träffats|besökt|hållit|presenterat|överlämnat|undertecknat|skrivit\s+under|"
    # the passive supine, and other acts done: "har den 17 maj 2024 getts möjlighet", "har den 3 mars fått svar"
    r"getts|gjorts|lämnats|skickats|tagits|genomförts|hållits|fattats|beslutats|presenterats|redovisats|informerats|"
    r"publicerats|fått|antagit|antagits|fastställt|fastställts|godkänt|godkänts)(?![\w])")
_LEAVE = _cue(LEAVE_CUES)
_RESTATED = re.compile(rf"[,;]?\s+(?:{_words(VENUE_RESTATED)})\s+", re.IGNORECASE)
_FUTURE_WORDS = FUTURE_CUES + FUTURE_CUES_ORGANISED + FUTURE_CUES_SHOULD + FUTURE_CUES_OCCURS
_FUTURE = _Gated(re.compile(rf"(?<![{_W}])(?:{_words(_FUTURE_WORDS)})(?![{_W}])", re.IGNORECASE), _FUTURE_WORDS)
# A thing put on the calendar (SCHEDULED_CUES in words.py): a month it stands with lies ahead.
_SCHEDULED = _Gated(re.compile(rf"(?<![{_W}])(?:{_words(SCHEDULED_CUES)})(?![{_W}])", re.IGNORECASE),
                    SCHEDULED_CUES)
# "lämnas RMPG:s årsrapport för föregående år in": handing in with the particle after the object.
_SUBMIT_SPLIT = _Gated(re.compile(rf"(?<![{_W}])(?:lämnas|skickas|lämna|skicka)\s+(?:[^\s.;]+\s+){{0,8}}in(?![{_W}])",
                                  re.IGNORECASE), ("lämna", "skicka"))
# Steps of a building or a post that are no kind of meeting (STEP_CUES in words.py).
_STEP = _Gated(re.compile(rf"(?<![{_W}])(?:{_words(STEP_CUES)})(?![{_W}])", re.IGNORECASE), STEP_CUES)
# A list lead saying its entries are done: "Utförda aktiviteter:", "Genomfört sedan förra mötet:".
# ("Tidigare" is left out: "Tidigare utskickade datum:" may well lead dates to come.)
# The longest line that is a bullet or heading other lines hang under (`_Doc.parents`); a longer one is prose.
_PARENT_LONGEST = 200
_DONE_LEAD_CUES = ("utförda", "utfört", "genomförda", "genomfört", "avslutade", "gjorda",
                   "sedan förra mötet", "sedan senaste mötet", "sedan föregående möte",
                   "rapporterade", "avgjorda", "senaste resultat", "senaste resultaten")
# A list line that opens with a day and month ("24/10 SM Par Junior", "8 maj Guldtävling"), and the
# longest such line and list title `Doc.lead_of` reads.
_DATE_LED = re.compile(r"\s*\d{1,2}\s*[/.]\s*\d{1,2}(?!\d)|\s*\d{1,2}\s+[a-zåäö]{3,}", re.IGNORECASE)
_DATED_RUN_LINE = 80
_DATED_RUN_TITLE = 40
_DIGIT = re.compile(r"\d")
_DONE_LEAD = _Gated(re.compile(rf"(?<![{_W}])(?:{_words(_DONE_LEAD_CUES)})(?![{_W}])", re.IGNORECASE),
                    _DONE_LEAD_CUES)
# A weekday alone is a date when the text points at one week ("nästa tisdag", "nu på fredag") or
# gives the hour ("vara där klockan 09:00 på lördag"); "corona-möten på onsdag", "till fredag"
# say a habit or a day too loosely to put in a calendar.
# A paragraph number right after a date cites the minutes of that day: "Beslut i GNU 19 september, § 28".
_CITED_PARAGRAPH = re.compile(r"[ \t]*,?[ \t]*(?:§+[ \t]*|paragraf[ \t]+)\d")  # its line: "§ 1" below opens an item
_WEEKDAY_SET = re.compile(r"(?:nästa|kommande|denna|nu\s+på)\s", re.IGNORECASE)
# "Nästa tisdag träffas arbetsgruppen igen": a verb of `MEETING_AGAIN_CUES` with its "igen" a few words on.
_AGAIN_VERBS = tuple(sorted({c.split()[0] for c in MEETING_AGAIN_CUES if c.endswith(" igen")}))
_MEETS_AGAIN = re.compile(rf"(?<![{_W}])(?:{_words(_AGAIN_VERBS)})(?:\s+[{_W}]+){{0,3}}\s+(?:igen|nästa gång)(?![{_W}])",
                          re.IGNORECASE)
_CANCEL = _cue(CANCEL_CUES)
_MOVE = _cue(MOVE_CUES)
# Whole words, inflected at most by a short ending ("digitala", "webbinaret"): "digitalisering" and
# "onlinebutiken" name a topic, not how a meeting is held.
_REMOTE = _Gated(re.compile(rf"(?<![{_W}])(?:{_words(REMOTE_CUES)})(?:a|et|en|ium|iet)?(?![{_W}])", re.IGNORECASE),
                 REMOTE_CUES)
_PLATFORM = _Gated(re.compile(rf"(?<![{_W}])({_words(PLATFORMS)})", re.IGNORECASE), PLATFORMS)
_OTHER_BODY = _Gated(re.compile(rf"(?:{_words(OTHER_BODY_NOUNS)})[{_W}]*", re.IGNORECASE), OTHER_BODY_NOUNS)
_RETURNS_CUES = ("återkommer", "återrapporteras", "återkopplas", "tas upp igen")
_RETURNS = _Gated(re.compile(rf"(?<![\w])(?:{_words(_RETURNS_CUES)})(?![\w])", re.IGNORECASE), _RETURNS_CUES)
# A blog post's byline: "By 17 augusti, 2018 No Comments" (the lead opens the line, the tail follows
# the date on it, a count or a bar between).
_BYLINE_LEAD = re.compile(rf"(?i)^[\s*•|-]*(?:{_words(BYLINE_LEADS)})(?:\s+den)?[\s:]*$")
_BYLINE_TAIL = re.compile(rf"(?i)^[\s,|•·–-]*(?:\d{{1,4}}\s+)?(?:{_words(BYLINE_TAILS)})\s*(?:$|[|•·])")


def is_byline(line_before: str, after: str) -> bool:
    """Tell whether a date is a blog post's own: a byline word opens its line before it ("By", "Postat
    den") or a comment count follows it ("No Comments", "3 kommentarer")."""
    return bool(_BYLINE_LEAD.match(line_before)) or bool(_BYLINE_TAIL.match(after))


# A body named in a sentence by its name's ending: "Förbundsstyrelsen", "kommunfullmäktige", "AU-gruppen".
_BODY_NAMED = re.compile(r"(?<![\w-])[\w-]*(?:styrelse|styrelsen|nämnd|nämnden|utskott|utskottet|rådet|fullmäktige"
                         r"|beredningen|direktionen|gruppen|presidiet|kommittén|stämma|stämman)(?![\w-])", re.IGNORECASE)


_NOT_BODY_WORDS = frozenset(NOT_BODY_WORDS)


def _names_other_body(text: str, body: str | None) -> bool:
    """Tell whether `text` names a body other than `body` ("Förbundsstyrelsen håller ett extra möte"
    in a social committee's minutes); with no body known, any body named is another's."""
    own = (body or "").casefold()
    named = (m.group(0).casefold() for m in _BODY_NAMED.finditer(text))
    return any(not own or name not in own for name in named if name not in _NOT_BODY_WORDS)


# An extra meeting of this body right before its date: "tills ett extra möte 210621" (see words).
# A thing's day set ahead, the words right before it: "Temadagen är fastställd till den 16 oktober 2020".
_SET_TILL_DAY = re.compile(rf"(?<![\w])(?:{_words(SCHEDULED_TILL)})\s+till\s+(?:den\s+)?$", re.IGNORECASE)
_EXTRA_MEETING = re.compile(rf"(?<![\w])(?:{_words(EXTRA_MEETING_WORDS)})\s*(?:den\s+|på\s+|,\s*)?$", re.IGNORECASE)
# "Förslag på nästa möte: 5 maj", "föreslås datum för nästa möte": a date put forward, not set.
# (Not "Fullmäktige föreslås sammanträda följande datum": a schedule put up for decision.)
_PROPOSED_DATE = _Gated(re.compile(r"(?<![\w])(?:förslag|förslagen|datumförslag)\s+(?:på|till|om|för)\s+"
                                   r"(?:\w+\s+){0,3}(?:datum|dag|dagar|tid|tider|möte|mötet|mötesdatum)(?![\w])",
                                   re.IGNORECASE), ("förslag",))
_OR_GAP = re.compile(r"[\s,]*(?:eller|alternativt|alt\.?)[\s,]*", re.IGNORECASE)
_OR_REACH = 20  # the longest gap `_OR_GAP` spans between two days offered side by side
_PROPOSAL = _Gated(re.compile(r"(?<![\w])(?:förslag|föreslag\w*|föreslås|alternativ\w*|preliminär\w*)", re.IGNORECASE),
                   ("förslag", "föreslag", "föreslås", "alternativ", "preliminär"))
_VAGUE = _Gated(re.compile(r"(?<![\w])(?:någon gång|ungefär|runt|kring|omkring)(?![\w])", re.IGNORECASE),
                ("någon gång", "ungefär", "runt", "kring"))
_REPLACED = re.compile(r"(?<![\w])(?:ersätts|ersatt|istället|i stället|nytt|ny tid|flyttas|tas upp|behandlas|till)(?![\w])",
                       re.IGNORECASE)
_DROPPED = _Gated(re.compile(r"(?<![\w])(?:utgår|stryks)(?![\w])", re.IGNORECASE), ("utgår", "stryks"))
_NEW_DATE = re.compile(r"nytt datum|ändrat datum|ändrad tid|ny tid", re.IGNORECASE)
_URL = re.compile(r"(?:https?://|www\.)\S+")  # matched in the lower-cased text, which holds "http" or "www."
# (A point after a word before an item's number run into the text ends the sentence too: "notera detta till
# protokollet. 4 Fråga om Vårslaget", as a flattened page runs the items on; not "kl. 10 Mötet".)
_SENTENCE_END = re.compile(r"[.!?](?:(?=\s+[A-ZÅÄÖ\"”(*-])|(?<=[a-zåäö]{3}[.!?])(?=[ \t]+\d{1,2}\.?[ \t]+[A-ZÅÄÖ][a-zåäö])"
                           r"|\s*$)|;\s")
_THEME = _Gated(re.compile(r"\btema(?:t)?\s*:?\s*[\"”“'«]([^\"”“'»\n]{3,120})[\"”“'»]|\btema\s*:\s*([^\n.]{3,120})",
                           re.IGNORECASE), ("tema",))
_VENUE_LABEL = _Gated(re.compile(r"\b(?:plats|lokal)\s*:\s*([^\n]{2,80})", re.IGNORECASE), ("plats", "lokal"))
_STOP = (r"(?:och|med|för|att|kl|klockan|som|den|det|där|om|men|samt|eller|på|i|till|från|vid|"
         r"kommer|ska|är|har|blir|tema|temat|också|även|kl\.|före|innan|efter|planeras|hålls|sker|äger)")
_PLACE = (rf"[A-ZÅÄÖ][{_W}0-9&-]+(?:\s+(?!{_STOP}(?![{_W}]))[{_W}0-9&-]+){{0,3}}"
          rf"(?:,\s*(?:[A-ZÅÄÖ][{_W}0-9&-]+|(?:{_words(ROOM_WORDS)})\s+[A-ZÅÄÖ0-9][{_W}0-9&-]*)"
          rf"(?:\s+(?!{_STOP}(?![{_W}]))[{_W}0-9&-]+){{0,2}}){{0,2}}")
# "hos" stays with the place: "hos Per" is a home, as the minutes write it (the header keeps it too).
# A lower-case kind of place stays with its name: "på restaurang Tornet" (VENUE_KIND_WORDS).
_VENUE_PREP = re.compile(
    rf"(?<![{_W}])(?:(?:i|på)\s+((?:(?i:{_words(VENUE_KIND_WORDS)})\s+)?{_PLACE})|(hos\s+{_PLACE}))")
# Where the participants gather: "samling vid Kvarneket 08.30", "vi samlas utanför Folkets hus", "träffas
# vid Badplatsen": the place the thing starts from, written with "vid"/"utanför" that `_VENUE_PREP` leaves out.
_GATHER_AT = re.compile(rf"(?<![{_W}])(?i:samling|samlingen|samlas|träffas|träffpunkt|möts)\s+(?:är\s+|sker\s+)?"
                        rf"(?i:vid|utanför|framför|nedanför|vid\s+entrén\s+till)\s+({_PLACE})")
_TRAILING_HOUR = re.compile(r"(?:\s+(?:kl\.?\s*)?\d[\d.:]*)+\s*$", re.IGNORECASE)
_VENUE_NOUN = re.compile(rf"(?<![{_W}])(?:i|på)\s+((?:[a-zåäö][{_W}-]*)?(?:{_words(VENUE_NOUN_ENDINGS)}))(?![{_W}])")
# More such nouns, read in the date's own sentence only (`EVENT_PLACE_NOUNS`): "9 December på campus."
_EVENT_PLACE_NOUN = re.compile(rf"(?<![{_W}])(?:i|på)\s+((?:[a-zåäö][{_W}-]*)?(?:{_words(EVENT_PLACE_NOUNS)}))(?![{_W}])")
# "start lördag den 1 juni t o m måndag den 3 juni": "till och med" abbreviated, with or without points.
_CLOSING = _Gated(re.compile(r"(?<![\w])(?:avslutning\w*|avslutas|avslutar|slutar|hemresa\w*|hemfärd\w*|till och med"
                             r"|t\.?\s?o\.?\s?m(?![\w])\.?)(?![\w])", re.IGNORECASE),
                  ("avslutning", "avslutas", "slutar", "hemresa", "hemfärd", "till och med", "t o m", "t.o.m", "t. o. m"))
# A trip's departure, then its return ("Avfärd från Karlskrona söndagen den 5 april kl 20.30 Åter Karlskrona
# tisdagen den 7 april kl. 07.30"): the return day ends the trip, it is no event of its own.
_DEPARTURE = _Gated(re.compile(r"(?<![\w])(?:avfärd|avresa|avgång|utresa|utfärd|avresedag)(?![\w])", re.IGNORECASE),
                    ("avfärd", "avresa", "avgång", "utresa", "utfärd"))
_TRIP_RETURN = _Gated(re.compile(r"(?<![\w])(?:åter|återresa|återfärd|återkomst|hemkomst|hemkomsten|ankomst hem|retur)"
                                 r"(?![\w])", re.IGNORECASE),
                      ("åter", "hemkomst", "ankomst hem", "retur"))
_TEXT_START = re.compile(r"\S")
_RETURN_HOUR = re.compile(r",?[ \t]*(?:kl\.?|klockan)[ \t]*\d{1,2}[.:]\d{2}(?![\d.:]\d)", re.IGNORECASE)
# After a time, the rest of the line may name the place in parts whose later ones are lower case:
# "kl. 9.00-12.00, Bolmen, regionhuset, Växjö." (a room, a building, a town).
_PLACE_PARTS = (rf"[A-ZÅÄÖ][{_W}0-9&-]+(?:\s+(?!{_STOP}(?![{_W}]))[{_W}0-9&-]+){{0,3}}"
                rf"(?:,\s*(?!{_STOP}(?![{_W}]))[{_W}0-9&-]+(?:\s+(?!{_STOP}(?![{_W}]))[{_W}0-9&-]+){{0,2}}){{0,2}}")
_PLACE_AFTER_TIME = re.compile(rf"\s*,\s*({_PLACE_PARTS})[\s.]*")
# "kl. 09 00 å Länsstyrelsen": the old "å" (på) before the place closing the time's line (its minutes may
# follow the hour apart); not "å styrelsens vägnar".
_ARCHAIC_AT_AFTER_TIME = re.compile(rf"(?:[ \t]+\d\d)?[ \t]+å[ \t]+(?!\S+[ \t]+vägnar)({_PLACE_PARTS})[\s.]*")
# A place standing alone right before the hour, in its own sentence or on its own line after the date:
# "Nästa möte bestämdes till 4 December. JL Bygg Kl: 18.30.", "Nästa möte 5 maj\nBygdegården kl 19.00".
_PLACE_BEFORE_TIME = re.compile(rf"(?:[ \t]*\.[ \t]+|[ \t.]*\n\s*)({_PLACE_PARTS})[ \t,]*")
_CAPITALISED_WORDS = re.compile(r"[A-ZÅÄÖ0-9][\w&-]*(?:,?\s+[A-ZÅÄÖ0-9][\w&-]*)*")
_LIST_GAP = re.compile(r"[\s,]*(?:och|eller|samt|&)?[\s,]*")
# The noun may be a compound: "sommarutflykt till Stockholm", "bussresa till Gränna", "teaterbesök på Operan".
# An excursion too ("Exkursionen till Gumbostrand Konst & Form"), and the bus hired there and back ("hyra buss
# till och från Malmö Opera").
_TRIP_PLACE = re.compile(rf"(?<![{_W}])[{_W}]*(?:resa|resan|studiebesök|besök|utflykt|utflykten|exkursion|exkursionen|"
                         rf"buss|bussen)\s+(?:till\s+och\s+från|till|i|på|hos)\s+({_PLACE})",
                         re.IGNORECASE)
_VENUE_BOOKED = _Gated(re.compile(rf"(?<![{_W}])(?:bokar|bokat|bokad|bokats|bokas)\s+({_PLACE})|"
                                  rf"\(?([A-ZÅÄÖ][{_W}]+)\s+bokad\)?"), ("bok",))
_NOT_PLACE = re.compile(
    r"^(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|"
    r"måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag|teams|zoom|skype|distans|plats|samband|"
    r"discord|jitsi|whereby|webex|google meet|(?:facebook|instagram|youtube|linkedin|twitter|hemsidan|webben)(?![\w-])|"
    r"samarbete|region|regionen|kommunen|styrelsen|ledningsgruppen|gruppen|nästa|dag|vecka)\b",
    re.IGNORECASE,
)
_LATEX_HEADING = re.compile(r"^\s*\\(?:sub)*section\*?\{(?P<t>[^}]*)\}")
_NUMBERED_HEADING = re.compile(r"^\s*(?:§\s*)?\d{1,2}(?:\.\d{1,2})*[.)]?\s+(?P<t>[A-ZÅÄÖ].{0,90})$")
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s*(?P<t>.+)$")
_BULLET = re.compile(r"^(?P<indent>\s*)(?:[-*•–]|\\item|\d+[.)])\s+")
_YEAR = re.compile(r"(?<![\d-])(?:19|20)\d\d(?![\d-])")
_YEAR_LINE = re.compile(r"^[\s*#_•-]*((?:19|20)\d\d)[\s*_:]*$")
# Small patterns of the steps below, compiled once rather than looked up at each call.
_WORD_RUN = re.compile(rf"[{_W}]+")
_WORD_RUN_2 = re.compile(rf"[{_W}]{{2,}}")
_WORD_RUN_4 = re.compile(rf"[{_W}]{{4,}}")
_COLUMN_GAP = re.compile(r"\t|\s{3,}|\s\|\s")
_BLANKS = re.compile(r"\s+")
_NEXT_BUT_ONE = re.compile(r"näst-?nästa")
_PARENTHESES = re.compile(r"\([^)]*\)")
# "i Malmö 17/5", "hos Eva den 3 maj": "hos" stays with the place, as in `_VENUE_PREP`.
# Between the place and its date may stand a weekday, whole or cut ("på Ronneby Brunn onsd. den 16 aug."), or
# a verb that sets the date ("Uteritt i Snogeholm planeras till 5/6", "Barnrättsdagarna i Karlstad som är den
# 24–25 maj", "Städdagen i Kvarneket blir den 25 april").
_SETS_DATE = r"(?:(?:som\s+)?(?:är|blir|planeras(?:\s+till)?|är\s+planerad\s+till|äger\s+rum|hålls|sker)\s+)"
_WEEKDAY_WORD = r"(?:(?:mån|tis|ons|tors|fre|lör|sön)(?:dag(?:en)?|d?\.)\s+)"
# A name may go on with a second name after "och" or "&" ("på Tuna Kök och Bar") or end in a lower-case kind of
# place ("på Abbe market", "på Saltskog gård": PLACE_KIND_TAILS).
_PLACE_BEFORE = re.compile(
    rf"(?<![{_W}])(?:(?:i|på)\s+([A-ZÅÄÖ][{_W}-]+(?:\s+[A-ZÅÄÖ][{_W}-]+){{0,3}}"
    rf"(?:\s+(?:och|&)\s+[A-ZÅÄÖ][{_W}-]+|\s+(?:{_words(PLACE_KIND_TAILS)}))?)|(hos\s+[A-ZÅÄÖ][{_W}-]+(?:\s+[A-ZÅÄÖ][{_W}-]+)?))"
    rf"[\s,]*{_SETS_DATE}?{_WEEKDAY_WORD}?(?:den\s+)?$")
# The same, right before the date it is made on, whatever kind of thing the date is: "Exkursionen till Gumbostrand
# Konst & Form den 24 april diskuterades", "samordna transport genom att hyra buss till och från Malmö Opera den
# 5 november".
_VISIT_BEFORE = re.compile(rf"(?<![{_W}])[{_W}]*(?:resa|resan|studiebesök|besök|utflykt|utflykten|exkursion|exkursionen|"
                           rf"buss|bussen)\s+(?:till\s+och\s+från|till|i|på|hos)\s+({_PLACE})"
                           rf"[\s,]*{_SETS_DATE}?{_WEEKDAY_WORD}?(?:den\s+)?$", re.IGNORECASE)
# The place a town belongs to, right before "i Town": "på Folkets hus i Ljusne", "i Anjougården i Skene", or
# where a trip goes: "bussutflykt till Verla bruk i Jaala" (not "sänts till NSUs adress i Malmö"). Group 1:
# perhaps a lower-case word, a name, then up to two words more, no stop word.
_PLACE_OF_TOWN = re.compile(
    rf"(?:(?<![{_W}])(?:i|på)|(?i:resa|resan|utflykt|utflykten|utfärd|besök|åker|åka|reser)\s+till)\s+((?:[a-zåäö]+\s+)?[A-ZÅÄÖ][{_W}-]*(?:\s+(?!{_STOP}(?![{_W}]))[{_W}-]+){{0,2}})\s+$")
# A gathering's name, its place's name, its date, as an invitation's title writes them: "Inbjudan Stiftarmöte
# Valjeviken  2018 06 18", "Distriktsstämma Hotell Borgholm 12 maj". Names only (capital then lower case):
# an acronym after the noun is an organisation ("Årsmöte SPF 12 maj").
_NAMED_PLACE_BEFORE = re.compile(
    rf"(?<![{_W}])[{_W}]*(?:möte|mötet|stämma|stämman|konferens|konferensen|kongress|kongressen|seminarium|"
    rf"träff|träffen)\s+([A-ZÅÄÖ][a-zåäöéü][{_W}-]*(?:\s+[A-ZÅÄÖ][a-zåäöéü][{_W}-]*)?)[\s,]*(?:den\s+)?$")
_TILL_BEFORE = re.compile(r"\btill\s+(?:den\s+|på\s+)?$")
_FROM_BEFORE = re.compile(r"\bfrån\s+(?:den\s+)?$")
_LIST_REACH = 1500
_NEAR = 1000
_NEXT_REACH = 50
# "Runstens Ungdomssatsning och nästa tillfälle äger rum 10-11 februari", "Kursen fortsätter, nästa gång
# 3 mars": "nästa tillfälle/gång" after an activity named in the same sentence (a course, a training, a
# camp, a clinic, a study circle, a series) is that activity's next session, not the body's next meeting.
_ACTIVITY_SESSION = re.compile(
    rf"(?<![{_W}])[{_W}]*(?:kurs|utbildning|satsning|träning|clinic|läger|lägr|cirkel|cirkl|föreläsning|tävling"
    rf"|serie)(?:en|et|n|ar|arna|er|erna|na)?(?![{_W}])[^.!?;]{{0,80}}?(?<![{_W}])nästa\s+(?:gång|tillfälle|tillfället)"
    rf"(?![{_W}])\s*$", re.IGNORECASE)
_PAST_AHEAD_DAYS = 240
# The body's own meeting day changed: "Ändring av mötesdag", "Mötesdatumet ändras", "Mötet den 3 juni flyttas".
_OWN_MEETING_MOVED = re.compile(r"(?i)^[\W\d]*(?:ändring av mötes(?:dag|datum)|ändrad mötesdag|mötesdag(?:en)?|mötesdatum(?:et)?|mötet)\b")
# "till mötet i augusti", "på styrelsemötet i maj", "inför sammanträdet i oktober": the meeting word with
# its article right before a month (the month match holds the "i"), not "möten" nor another body's.
_MEETING_OF_MONTH = re.compile(r"(?i)(?<![\w])(?:till|på|vid|inför)\s+(?:styrelse)?(?:mötet|sammanträdet)\s*$")
# A verb in the past tense of the first or fourth conjugation right after a yearless date: "den 22 januari
# samtalade", "den 3 maj diskuterades", "den 4/5 träffades" (a noun seldom ends so; "kommande" does not).
_PAST_VERB_AFTER = re.compile(r"\s+[a-zåäö]{2,}(?:ade|ades|dde|ddes|tte|ttes)(?![\w])")
# The same active past tense after the date's noun phrase goes on: a short prepositional phrase and/or a relative
# clause between commas ("trivselaktiviteten den 9 november för medlemmar, som bidragit under året, samlade ca 25
# deltagare"), then the verb of the clause the date stands in. Not a passive ("Konferensen den 9 november i Umeå
# diskuterades": the topic discussed, the day still to come), nor a verb inside the relative clause.
_PAST_VERB_AFTER_PHRASE = re.compile(
    r"(?:\s+(?:för|med|på|i|vid|hos)\s+[a-zåäö-]+(?:\s+[a-zåäö-]+)?(?=\s*,\s*som\s|\s+[a-zåäö]{2,}(?:ade|dde|tte)\b))?"
    r"(?:\s*,\s*som\s[^,.;:!?]{1,80},)?\s+[a-zåäö]{2,}(?:ade|dde|tte)(?![\w])")
# A past tense of PAST_CUES right after a date ("den 20 november 2021 genomfördes", "2021-12-03 hölls").
_PAST_WORD_AFTER = re.compile(rf"\s+(?:{_words(PAST_CUES)})(?![{_W}])")
# A date that opens its clause ("Den 2 december 2021 beslutade ..."), not one inside a noun phrase whose
# topic was discussed ("Föreningens jubileum i juni 2024 diskuterades": the jubilee is still to come).
_CLAUSE_OPENING_DATE = re.compile(r"(?i)[\s(•*-]*(?:[a-zåäö]+dag(?:en)?\s+)?(?:den\s+)?(?:[-–,:]\s*)?")
_PERIOD_DAYS = 31
_MONTH_CONTEXT = 600
_AFTER_REACH = 300
_BARE_TIME_REACH = 30
_UNDECIDED_REACH = 120
_TIME_WIDTH = 18  # an hour range written out: "kl. 13.30 - 16.30"
_LEAVE_REACH = 40
# A day said to fall on a weekday, as the subject of its own clause ("(1 maj 2022 är en söndag, då
# släktmöten inte brukar äga rum)", "1 januari 2024 infaller på en måndag"): a calendar fact, no event.
_WEEKDAY_FACT_LEAD = re.compile(r"[\s(\[]*$")
_WEEKDAY_FACT = re.compile(rf"\s+(?:är|var|blir|infaller|faller)\s+(?:på\s+)?(?:en\s+)?(?:{_words(tuple(WEEKDAYS))})(?![{_W}])",
                           re.IGNORECASE)
_FRAGMENT_WORDS = 3
_HEAD_REACH = 600
_REPEAT_REACH = 600
_CLOSING_DAYS = 4
_LIST_GAP_REACH = 12
_PROSE_WORDS = 4
_CLOSING_REACH = 400
_CLOSING_CUE_REACH = 40
_LABEL_LINE = 60  # a label fragment of a protocol's form, split from its value onto its own line
_TITLE_LINE = 50  # "Höstfesten 22 oktober" over the paragraph that tells of it


@dataclass(frozen=True, slots=True)
class _Place:
    """Where a date mention stands: its line, sentence, heading and parent bullets (clean offsets)."""

    line_start: int
    line_end: int
    sentence_start: int
    sentence_end: int
    heading: str
    outer: str
    parents: str
    section_start: int


@dataclass(frozen=True, slots=True)
class _Found:
    event: Event
    next_cue: bool  # stated as this body's next meeting
    in_list: bool  # one of a list of meeting dates
    sentence: str = ""
    returns_cue: bool = False  # "återkommer till ledningsgruppen i november"
    section: int = -1  # clean offset of the heading the mention stands under
    same_day: bool = False  # "samma dag": a second thing on the day named before it in the sentence


class _Doc:
    """Line index over the cleaned text, with the heading each line stands under."""

    def __init__(self, doc: Minutes) -> None:
        self.doc = doc
        self.text = doc.clean
        self.own_dates: set[date] = set()  # the document's own dates, set by `extract_events`
        self._parents: dict[int, str] = {}  # `parents`
        lowered = doc.clean.lower()
        self.fold = _folded(lowered)  # `_fold` of the whole text
        same = len(lowered) == len(doc.clean)
        self.low = lowered if same else doc.clean
        # The same text as the date patterns read it, when a slice of it reads as its own slice
        # lower-cased: str.lower looks at the neighbours of a capital sigma only.
        self.date_low = lowered if same and "\u03a3" not in doc.clean else None
        self.starts = [ln.start for ln in doc.lines]
        originals = doc.text.split("\n")
        self.raw = [originals[ln.number - 1] if ln.number - 1 < len(originals) else ln.text for ln in doc.lines]
        self.headings: list[str] = []
        self.outer: list[str] = []
        self.section_start: list[int] = []  # clean offset of the heading line a line stands under
        current, outer, start, done = "", "", 0, 0
        for k, title in _heading_lines(doc.lines, self.raw):
            self._fill(k - done, current, outer, start)
            current, outer, start, done = title, current, doc.lines[k].start, k
        self._fill(len(doc.lines) - done, current, outer, start)

    def _fill(self, n: int, heading: str, outer: str, start: int) -> None:
        """Give the next `n` lines the heading they stand under."""
        self.headings += [heading] * n
        self.outer += [outer] * n
        self.section_start += [start] * n

    def line_of(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.starts, pos) - 1)

    def parents(self, i: int) -> str:
        """Text of the less indented bullets above line `i` ("- Extra Stormöte!" over its sub-points), read once
        per line."""
        found = self._parents.get(i)
        if found is None:
            found = self._parents[i] = self._read_parents(i)
        return found

    def _read_parents(self, i: int) -> str:
        """`parents(i)`, read from the lines above."""
        m = _BULLET.match(self.raw[i])
        indent = len(m.group("indent")) if m else len(self.raw[i]) - len(self.raw[i].lstrip())
        if indent == 0:
            return self._lead(i)
        found: list[str] = []
        for j in range(i - 1, max(-1, i - 40), -1):
            raw = self.raw[j]
            if not raw.strip():
                continue
            own = len(raw) - len(raw.lstrip())
            if own < indent:
                if len(raw) > _PARENT_LONGEST:
                    break  # a paragraph of prose above a line set in by a blank: no bullet it hangs under
                found.append(self.doc.lines[j].text.strip())
                indent = own
                if own == 0:
                    break
        return " | ".join(found)

    def lead_of(self, i: int) -> str:
        """The line ending in ":" over the short list line `i`, however indented ("Utförda aktiviteter:"),
        or the short title over a run of lines that each open with a date ("Rapporterade tävlingar" /
        "24/10 SM Par Junior" / "01/08 Gröna Hissen"), as a site's sidebar lists results."""
        return self._lead(i) or self._dated_run_title(i)

    def _dated_run_title(self, i: int) -> str:
        if not _DATE_LED.match(self.doc.lines[i].text):
            return ""
        for j in range(i - 1, max(-1, i - 12), -1):
            line = self.doc.lines[j].text.strip()
            if _DATE_LED.match(line) and len(line) <= _DATED_RUN_LINE:
                continue
            return line if 0 < len(line) <= _DATED_RUN_TITLE and not _DIGIT.search(line) else ""
        return ""

    def _lead(self, i: int) -> str:
        """The line ending in ":" that opens the short list line `i` stands in ("Förslag till datum:")."""
        for j in range(i - 1, max(-1, i - 12), -1):
            line = self.doc.lines[j].text.strip()
            if not line:
                continue
            if line.endswith(":"):
                return line
            if len(line) > 70:
                break
        return ""

    def place(self, start: int, end: int) -> _Place:
        i = self.line_of(start)
        line = self.doc.lines[i]
        ls, le = line.start, line.end
        s = ls
        for m in _SENTENCE_END.finditer(self.text, ls, start):
            s = m.end()
        if s == ls:
            s = self._wrapped_from(i, ls)
        m2 = _SENTENCE_END.search(self.text, end, le)
        e = m2.end() if m2 else le
        return _Place(ls, le, s, e, self.headings[i], self.outer[i], self.parents(i), self.section_start[i])

    def _wrapped_from(self, i: int, ls: int) -> int:
        """Where the sentence that line `i` goes on with starts, when the line opens in lower case and the
        line above it (a blank line between, as copies of PDFs set page breaks) ends mid-sentence:
        "Inbjudan till konferensen ”Urban governance, getting people on" / "" / "board” som äger rum 5-7
        oktober"; else `ls`."""
        first = self.text[ls: ls + 1]
        if not first.islower():
            return ls
        for j in range(i - 1, max(-1, i - 3), -1):
            above = self.doc.lines[j]
            text = above.text.rstrip()
            if not text:
                continue
            if (text[-1] in ".!?:;" or self.headings[j] != self.headings[i] or above.start == self.section_start[i]
                    or _BULLET.match(self.raw[i])):
                return ls  # (a heading above is no sentence's start)
            s = above.start
            for m in _SENTENCE_END.finditer(self.text, above.start, above.start + len(text)):
                s = m.end()
            return s
        return ls


# A heading over the coming sittings of a body, named by the body's own noun rather than a meeting word: "Kommande
# råd" (a council's), "Kommande nämnder 2023", "Planerade forum:". The heading alone, nothing after the noun.
_COMING_SITTINGS = re.compile(
    r"(?i)(?:kommande|planerade|nästkommande)\s+[\w-]*(?:råd|forum|nämnd|nämnder|utskott|beredningar|presidier|"
    r"kommittéer|styrelsemöten)(?:\s+(?:19|20)\d\d)?")


# What a line read as a plain heading ("Nästa möte", "Kommande sammanträden") opens with: the
# words `_NEXT_MEETING` and `_MEETING_LIST` begin with.
_BARE_HEADING_STARTS = ("nästa", "nästkommande", "kommande", "next", *MEETING_LIST_CUES)
_BARE_HEADING_FIRST = frozenset(w[0].upper() for w in _BARE_HEADING_STARTS)


# A line that opens with a day and a month name: "6 Jul 2026", "21 augusti".
_DAY_MONTH_START = re.compile(r"\d{1,2}\s+(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\b", re.IGNORECASE)


# Bullets a web page sets before a numbered agenda item ("• 1 Mötet öppnas"); not "-" or "*", which
# also open lists of counts ("- 3 Ledamöter saknades").
_ITEM_BULLETS = ("•", "·", "▪")


def _heading(raw: str, text: str) -> str | None:
    """The title a line opens a section with, or None; `raw` is the line as written, `text` cleaned.

    Each kind of heading is tried only when a cheap test on the line allows it (most lines
    are none): the tests are necessary conditions of the patterns after them.
    """
    if "\\" in raw:
        m = _LATEX_HEADING.match(raw)
        if m:
            return m.group("t").strip(" *_#")
    if "#" in raw:
        m = _MD_HEADING.match(raw)
        if m:
            return m.group("t").strip(" *_#")
    stripped_text = text.strip()
    first = stripped_text[:1]
    if first in _ITEM_BULLETS and stripped_text[1:].lstrip()[:1].isdecimal():
        # "• 9 Nästa möte": a web page's bullet before an agenda item's number
        text = stripped_text[1:]
        stripped_text = text.strip()
        first = stripped_text[:1]
    if first == "§" or first.isdecimal():
        m = _NUMBERED_HEADING.match(text)
        if m and _DAY_MONTH_START.match(stripped_text):
            m = None  # "6 Jul 2026 (6/7) ...": a date opens the line, not an item's number
        if m and (not text.rstrip().endswith((".", ",", ":")) or len(text) < 60):
            return m.group("t").strip()
    # "**Nästa möte**" or "Nästa möte:" alone on a short line opens what follows.
    if 2 < len(stripped_text) <= 40 and first.isupper():
        stripped = raw.strip()
        if ((stripped.startswith(("**", "__")) and stripped.rstrip(":").endswith(("**", "__")))
                or (text.rstrip().endswith(":") and not _BULLET.match(raw))):
            return text.strip(" *_:")
    # "Nästa möte" or "Kommande sammanträden" alone on its line, as plain text.
    # A first letter outside ASCII may still fold to one of theirs ("K" Kelvin sign).
    bare = text.strip(" *_#:=")  # "=" opens a Typst heading ("== Nästa möte")
    c = bare[:1]
    if c.isupper() and (c in _BARE_HEADING_FIRST or not c.isascii()) and _fold(bare).startswith(
            _BARE_HEADING_STARTS) and (
            _NEXT_MEETING.pattern.fullmatch(bare) or _MEETING_LIST.pattern.fullmatch(bare)
            or _next_occasion_heading(bare)  # "Nästa Pull Request" alone on its line
            or _COMING_SITTINGS.fullmatch(bare)):  # "Kommande råd"
        return bare
    return None


# A necessary condition of `_heading` on a cleaned line, tried on every line so that `_heading`
# runs only on the few that may open a section. The line opens with a blank, "§", a digit, a
# mark `_heading` strips ("*_#:="), a character outside ASCII, the first two letters of a bare
# heading (`_BARE_HEADING_STARTS`, either case), or a capital on a line ending in ":".
_BARE_HEADING_PAIRS = sorted({w[0].upper() + f"[{w[1]}{w[1].upper()}]" for w in _BARE_HEADING_STARTS})
_MAYBE_HEADING = re.compile(rf"[\s§*_#:=\d]|[^\x00-\x7f]|[{''.join(sorted(_BARE_HEADING_FIRST))}][^\x00-\x7f]"
                            rf"|{'|'.join(_BARE_HEADING_PAIRS)}|[A-Z].*:\s*$")
# What the raw line opens with, besides a blank, when `_heading` reads it: "\\section", "# ", "**", "__".
_RAW_HEADING_FIRST = frozenset("\\#*_")


def _heading_lines(lines: tuple[Line, ...], raw: list[str]) -> Iterator[tuple[int, str]]:
    """Yield `(index, title)` of every line that opens a section (`_heading`), in order.

    Only lines `_MAYBE_HEADING` lets through, or whose raw text opens with a blank or one of
    `_RAW_HEADING_FIRST`, need a look: on any other line every test of `_heading` fails.
    """
    maybe = _MAYBE_HEADING.match
    for k, ln in enumerate(lines):
        if maybe(ln.text) is None:
            first = raw[k][:1]
            if first not in _RAW_HEADING_FIRST and not first.isspace():
                continue
        title = _heading(raw[k], ln.text)
        if title is not None:
            yield k, title


def _meeting_date(meeting: Meeting, doc: Minutes) -> date | None:
    if meeting.date:
        try:
            return date.fromisoformat(meeting.date)
        except ValueError:
            pass
    # No header date yet: the first full date near the top is the meeting date, for resolving only.
    head = doc.clean[:1500]
    in_head = find_dates(head, after=date(2000, 1, 1))
    for dm in in_head:
        if dm.kind is DateKind.DAY and dm.explicit_year and isinstance(dm.value, date):
            line = head[head.rfind("\n", 0, dm.start) + 1:dm.start]
            if _NEXT_MEETING.search(line):
                continue  # "13. Nästa styrelsemöte den 25 augusti 2021": a later meeting's date
            if _EXTRA_MEETING.search(line) or _FUTURE.search(line):
                continue  # "föreslås att utskottet håller ett extra sammanträde den 7 juni 2023": one to come
            if _SET_TILL_DAY.search(line):
                continue  # "Temadagen är fastställd till den 16 oktober 2020": another thing's day set ahead
            if isinstance(dm.end_value, date) and (dm.end_value - dm.value).days > _PERIOD_DAYS:
                continue  # "Projektperioden är 2023-11-01 – 2026-10-31": a period, no meeting day
            if _under_coming_meetings(head, dm.start):
                continue  # "Planerade möten" / "... Digitalt möte 10/11 2021.": a meeting to come
            return dm.value
    # Minutes kept as Typst source date themselves by a value the cleaned text leaves out with the code.
    typeset = typeset_day(doc.text)
    if typeset is not None:
        return typeset
    # A copy that lost its head ("Tid: 10.00-11.15 / Plats: Telefonmöte", then the items): the year
    # its full dates are written in most (the earliest of equals; a founding year told once does not
    # outweigh it) dates it; that year's first day resolves "tisdag 1 juni" in it.
    everywhere = in_head if len(head) == len(doc.clean) else find_dates(doc.clean, after=date(2000, 1, 1))
    years = [dm.value.year for dm in everywhere
             if dm.kind is DateKind.DAY and dm.explicit_year and isinstance(dm.value, date)]
    if not years:
        return None
    return date(min(set(years), key=lambda y: (-years.count(y), y)), 1, 1)


def _under_coming_meetings(head: str, at: int) -> bool:
    """Whether the line of `head` holding offset `at` stands under a heading of meetings to come
    (`under_coming_meetings_heading`: "Planerade möten", "Kommande sammanträden")."""
    end = head.find("\n", at)
    lines = head[: end if end >= 0 else len(head)].split("\n")
    parts, start = [], 0
    for line in lines:
        parts.append(Part(line, start))
        start += len(line) + 1
    return under_coming_meetings_heading(parts, len(parts) - 1)


def _bare_year_blocks(d: _Doc) -> list[tuple[int, int, int, bool]]:
    """Date lists under a line that is only a year ("2023" over "30 januari", "20 februari", ...).

    The block ends at the first line that holds no date. Its dates are meetings when a meeting
    word stands in the heading or in the lines just above the year (over an earlier year's list).
    """
    blocks: list[tuple[int, int, int, bool]] = []
    lines = d.doc.lines
    for i, ln in enumerate(lines):
        m = _YEAR_LINE.match(ln.text)
        if not m:
            continue
        year = int(m.group(1))
        end = ln.end
        for j in range(i + 1, min(len(lines), i + 40)):
            text = lines[j].text
            if not text.strip():
                continue
            if _YEAR_LINE.match(text):
                break
            found = find_dates(text, after=date(year, 1, 1), year_hint=year)
            if not found or _is_prose(text, found):
                break  # "Nästa föreningsstämma äger rum den 11 maj 2023 kl. 19.00." ends the list
            end = lines[j].end
        if end == ln.end:
            continue
        above = " ".join(x.text for x in lines[max(0, i - 12):i] if not _YEAR_LINE.match(x.text)) + " " + d.headings[i]
        blocks.append((ln.end, end, year, bool(_MEETING_LIST.search(above) or _MEETING.search(above))))
    return blocks


# Every meeting-list cue begins with one of these: where they stand is where a cue can begin.
_MEETING_LIST_STARTS = tuple(sorted({w[:4] for w in MEETING_LIST_CUES}))


def _meeting_list_hits(low: str) -> Iterator[re.Match[str]]:
    """Yield the matches `_MEETING_LIST_LOW.finditer(low)` yields, trying it only where a cue can begin.

    A few substring searches find those places faster than the regex engine's scan of the text.
    """
    pos = 0
    for s in starts_of(low, _MEETING_LIST_STARTS):
        if s < pos:
            continue
        m = _MEETING_LIST_LOW.match(low, s)
        if m:
            pos = m.end()
            yield m


def _is_prose(line: str, dates: list[DateMatch]) -> bool:
    """Tell whether a line is a sentence with a date in it rather than an entry of a date list."""
    rest = line
    for dm in reversed(dates):
        rest = rest[:dm.start] + " " + rest[dm.end:]
    return line.rstrip().endswith(".") and len(_WORD_RUN_2.findall(rest)) >= _PROSE_WORDS


def _year_blocks(d: _Doc) -> list[tuple[int, int, int, bool]]:
    """Ranges under a meeting-list heading with a year ("Möten 2022", "mötesdatum för 2022:")."""
    blocks: list[tuple[int, int, int, bool]] = _bare_year_blocks(d)
    lines = d.doc.lines
    seen: set[int] = set()
    for hit in _meeting_list_hits(d.low):
        i = d.line_of(hit.start())
        ln = lines[i]
        if i in seen or len(ln.text) > 120:
            continue
        seen.add(i)
        years = _YEAR.findall(ln.text)
        if len(years) != 1:
            continue
        at = ln.text.find(years[0])
        if any(dm.kind is DateKind.DAY and dm.start <= at < dm.end
               for dm in find_dates(ln.text, after=date(int(years[0]), 1, 1))):
            continue  # the year belongs to a date ("Sammanträdesdatum 2015-01-14")
        end = min(len(d.text), ln.end + _LIST_REACH)
        for j in range(i + 1, len(lines)):
            if lines[j].start > end:
                break
            if j > i + 1 and d.headings[j] != d.headings[j - 1] and lines[j].text.strip():
                end = lines[j].start
                break
        # Dates may follow on the heading line itself: "Mötesdatum hösten 2021: 3 september, 1 oktober".
        year_end = ln.start + at + 4
        for other in _YEAR.finditer(d.text, year_end, end):
            if other.group(0) != years[0]:
                end = other.start()  # "Utbildningsdagar 2018: ..." starts another year's list
                break
        blocks.append((year_end, end, int(years[0]), True))
    return sorted(blocks)


def _all_dates(d: _Doc, after: date) -> tuple[list[tuple[DateMatch, bool]], list[tuple[int, int, str]]]:
    """Every date mention in the cleaned text, flagged when it stands in a year-headed meeting list,
    and the impossible dates of the text (`find_impossible_dates`)."""
    out: list[tuple[DateMatch, bool]] = []

    def add(start: int, end: int, hint: int | None, meetings: bool) -> None:
        low = d.date_low[start:end] if d.date_low is not None else None
        for dm in find_dates(d.text[start:end], after=after, year_hint=hint, low=low):
            out.append((dm.shifted(start), meetings))

    blocks = _year_blocks(d)
    if not blocks:  # one reading of the whole text gives both
        found, impossible = find_dates_and_impossible(d.text, after=after, low=d.date_low)
        return [(dm, False) for dm in found], impossible
    pos = 0
    for start, end, year, meetings in blocks:
        if start < pos:
            continue
        add(pos, start, None, False)
        add(start, end, year, meetings)
        pos = end
    add(pos, len(d.text), None, False)
    return out, find_impossible_dates(d.text, low=d.date_low)


# The body's meeting named by its month in one word, after a preposition: "tas beslut om på junimötet",
# "bordläggs till septembersammanträdet". A month of the meeting's own is today's, or a year off: none.
_MONTH_MEETING_WORD = re.compile(rf"(?<![{_W}-])({_words(FULL_MONTHS)})(?:styrelse)?(?:mötet|sammanträdet)(?![{_W}-])",
                                 re.IGNORECASE)
_MONTH_NAMES = frozenset(FULL_MONTHS)
_LONGEST_MONTH_PREFIX = len("septemberstyrelse")
_MONTH_MEETING_LEAD = re.compile(r"(?i)(?<![\w])(?:till|på|vid|inför|under)\s+$")


def _month_meeting_words(text: str, low: str) -> Iterator[re.Match[str]]:
    """`_MONTH_MEETING_WORD` in `text`, tried only where its meeting noun stands (found in `low`)."""
    for noun in ("mötet", "sammanträdet"):
        at = low.find(noun)
        while at >= 0:
            end = at + len(noun)
            after = text[end:end + 1]
            if not after or not (after.isalnum() or after in "-_"):  # the noun ends the word
                m = _MONTH_MEETING_WORD.search(text, max(0, at - _LONGEST_MONTH_PREFIX), end)
                if m is not None and m.end() == end:
                    yield m
            at = low.find(noun, at + 1)


def _with_month_meetings(d: _Doc, after: date, mentions: list[tuple[DateMatch, bool]]
                         ) -> list[tuple[DateMatch, bool]]:
    """`mentions` with the month of each meeting named by its month ("på junimötet") added, in order."""
    added: list[tuple[DateMatch, bool]] = []
    for m in _month_meeting_words(d.text, d.low):
        month = FULL_MONTHS.index(m.group(1).lower()) + 1
        if month == after.month or not _MONTH_MEETING_LEAD.search(d.text, max(0, m.start() - 12), m.start()):
            continue
        year = after.year + (month < after.month)
        added.append((DateMatch(m.start(), m.end(), m.group(0), DateKind.MONTH, f"{year:04d}-{month:02d}"), False))
    if not added:
        return mentions
    return sorted(mentions + added, key=lambda x: x[0].start)


# "i augusti och inflytt i januari", "i oktober, därefter slutbesiktning i april": a step and its next.
_SEQUENCE_GAP = re.compile(rf"[\s,]*(?:och|samt|sedan|därefter|följt\s+av)(?:\s+(?:sedan|därefter))?\s+"
                           rf"(?:[{_W}-]+\s+){{0,3}}")
_SEQUENCE_REACH = 60


# "samma dag" after a day in the same paragraph: another thing on that day ("Debatten har flyttats till kl. 13.00
# den 15 april och utskottet ändrade tiden för sitt sammanträde till kl. 10.00 samma dag").
_SAME_DAY = re.compile(r"(?<![\w])samma dag(?![\w])", re.IGNORECASE)
_SAME_DAY_TEXT = "samma dag"
_SAME_DAY_REACH = 200


# A clock time right before a date, nothing between but "den": "till kl. 13.00 den 15 april".
_CLOCK_BEFORE_DATE = re.compile(r"(?<![\w])(?:kl\.?|klockan)\s*\d{1,2}[.:]\d{2}\s*,?\s+(?:den\s+)?$", re.IGNORECASE)


def _same_day_mentions(text: str, mentions: list[tuple[DateMatch, bool]]) -> list[tuple[DateMatch, bool]]:
    """Add a mention for each "samma dag" that follows a day-precise date in its paragraph, valued as that day."""
    if "samma dag" not in _fold(text):  # (any case: the pattern ignores it, "SAMMA DAG" in a capitals line too)
        return mentions
    added: list[tuple[DateMatch, bool]] = []
    for m in _SAME_DAY.finditer(text):
        before = [(dm, in_list) for dm, in_list in mentions if dm.end <= m.start()
                  and m.start() - dm.end <= _SAME_DAY_REACH and "\n\n" not in text[dm.end:m.start()]]
        if not before or before[-1][0].kind is not DateKind.DAY or not isinstance(before[-1][0].value, date):
            continue
        dm, in_list = before[-1]
        added.append((replace(dm, start=m.start(), end=m.end(), text=_SAME_DAY_TEXT, end_value=None), in_list))
    return sorted(mentions + added, key=lambda pair: pair[0].start) if added else mentions


# Between two yearless days of one written list: a comma, "och" or "samt", after a note in brackets
# on the first ("18 maj (Vit eller Röd båt?), 21 sept"), before a weekday or "den" on the next; or
# white space alone, the days one a line or a table's column run together ("8 mars 17 maj 13 september").
# Each day may have its hours after it, as a schedule writes them: "26 januari kl. 13-14 1 mars kl. 11-12",
# "13 september 17-18.30, 25 oktober 17-18.30" (a clock word, minutes, or a range; a bare number is none).
_DAY_LIST_GAP = re.compile(r"(?:[ \t]*,?[ \t]*(?:(?:kl\.?|klockan)[ \t]*\d{1,2}(?:[.:]\d{2})?|\d{1,2}[.:]\d{2}|"
                           r"\d{1,2}(?=[ \t]*[-–]))(?:[ \t]*[-–][ \t]*\d{1,2}(?:[.:]\d{2})?)?)?"
                           r"[ \t\n]*(?:\([^()]{0,80}\)[ \t\n]*)?(?:,|;|,?[ \t\n]*(?:och|samt)|(?<=[ \t\n]))[ \t\n]*"
                           r"(?:(?:(?:mån|tis|ons|tors|fre|lör|sön)dag(?:en)?|den)[ \t\n]+){0,2}", re.IGNORECASE)
_DAY_LIST_REACH = 100


def _next_year_day(day: date) -> date:
    """The same day a year later (28 February for a 29th)."""
    return day.replace(year=day.year + 1, day=min(day.day, 28 if day.month == 2 else day.day))


def _later_in_day_list(text: str, prev: DateMatch, dm: DateMatch) -> date | None:
    """The day a yearless list entry stands for when read alone it falls before the entry just before it.

    A written run of days is in the order of the calendar: "följande datum under år 2019: 20 februari,
    17 april, 18 juni, 18 september" from minutes of 19 June 2018 has its June and September in 2019,
    after that April, though read alone they would be this year's (the past, or the autumn to come).
    """
    if (dm.kind is not DateKind.DAY or prev.kind is not DateKind.DAY or dm.explicit_year
            or dm.end_value is not None or not isinstance(dm.value, date) or not isinstance(prev.value, date)
            or dm.value >= prev.value or dm.start - prev.end > _DAY_LIST_REACH
            or not _DAY_LIST_GAP.fullmatch(text, prev.end, dm.start)):
        return None
    later = dm.value
    while later <= prev.value:
        later = _next_year_day(later)
    return later if later.year - dm.value.year == 1 else None


def _in_sequence(text: str, mentions: list[tuple[DateMatch, bool]]) -> list[tuple[DateMatch, bool]]:
    """Move a yearless month that follows a later month in one run of steps into the next year.

    "planerad byggstart i augusti och inflytt i januari": January comes after that August, whatever
    month the minutes are from; read alone it would fall before it. A yearless day in a written list
    of days moves the same way (`_later_in_day_list`).
    """
    out = list(mentions)
    for k in range(1, len(out)):
        (prev, _), (dm, in_list) = out[k - 1], out[k]
        if dm.kind is DateKind.DAY:
            day = None if in_list else _later_in_day_list(text, prev, dm)
            if day is not None:
                out[k] = (replace(dm, value=day), in_list)
            continue
        if (dm.kind is not DateKind.MONTH or prev.kind is not DateKind.MONTH or dm.explicit_year or in_list
                or not isinstance(dm.value, str) or not isinstance(prev.value, str) or dm.value >= prev.value
                or dm.start - prev.end > _SEQUENCE_REACH):
            continue
        if not _SEQUENCE_GAP.fullmatch(text, prev.end, dm.start):
            continue
        later = f"{int(dm.value[:4]) + 1:04d}{dm.value[4:]}"
        if later > prev.value:
            out[k] = (replace(dm, value=later), in_list)
    return out


def _is_after(dm: DateMatch, after: date) -> bool:
    if isinstance(dm.value, date):
        return dm.value > after
    if isinstance(dm.value, str):
        return dm.value > after.isoformat()[:7]
    return False


# "lämnas till Lisette i början av": handed to someone right before the date (DEADLINE_HANDED_TO).
_HANDED_TO = _Gated(re.compile(rf"(?<![{_W}])(?:{_words(DEADLINE_HANDED_TO)})(?:\s+[^\s.;:]+){{1,3}}\s*$",
                               re.IGNORECASE), DEADLINE_HANDED_TO)


# A page number of a page count, one digit each: "2/2", "1/4" (the page no later than the count).
_PAGE_OF_PAGES = re.compile(r"([1-9])[ \t]*/[ \t]*([1-9])")


def _page_of_pages(text: str, p: _Place, dm: DateMatch) -> bool:
    """Whether the date `dm` is a page marker alone on its line ("2/2", "1/4"): page N of M, N <= M (the
    caller keeps one under a heading of the next meeting: "Nästa möte:" on the line above)."""
    m = _PAGE_OF_PAGES.fullmatch(dm.text.strip())
    return (m is not None and m.group(1) <= m.group(2)
            and text[p.line_start:p.line_end].strip() == dm.text.strip())


def _kind(sentence: str, before: str, context: str, in_list: bool, next_cue: bool) -> EventKind:
    if _DEADLINE_PREFIX.search(before[-40:]) or (
            _TILL_DEN.search(before[-12:]) and _SUBMIT.search(sentence) and not next_cue
            and not _INVITED_TILL.search(before[-30:])):
        return EventKind.DEADLINE
    if next_cue or in_list:
        return EventKind.MEETING
    if "arbetsdag" in before[-_WORK_DAY_REACH:].lower() and _WORK_DAY_BEFORE.search(before[-_WORK_DAY_REACH:]):
        return EventKind.OTHER  # "använda arbetsdagen den 13/6 för att förbereda årsmötet": the work day's date
    if _DEADLINE_WORD.search(before):
        return EventKind.DEADLINE
    if (_TRIP.search(sentence) or _TRAVEL_TO_PLACE.search(sentence)
            or (_COMPOUND_TRIP.search(sentence) or _COMPOUND_OUTING.search(sentence))
            and not _MEETING_TYPE.search(sentence)) and not _is_visited(sentence):  # ("Vårmötet blir en endagsresa med båt": the meeting itself)
        return EventKind.TRIP
    if _WORKSHOP.search(sentence) and not _work_day_only(sentence):
        return EventKind.WORKSHOP
    if _CONFERENCE.search(sentence) or _COMPOUND_FORUM.search(sentence) or _names_conference_days(sentence):
        return EventKind.CONFERENCE
    if _DEADLINE_WORD.search(sentence) or _SUBMIT_SPLIT.search(sentence) or _HANDED_TO.search(before[-60:]):
        return EventKind.DEADLINE
    if _social_gathering(sentence) or _gathering_named_before(before):
        return EventKind.OTHER  # "Gemensam träff för vårlunch/middag tisdag 1 juni": no meeting of the body
    if _names_meeting(sentence) or (_MEETING.search(context) and len(sentence) < 60 and not _READY.search(sentence)):
        return EventKind.MEETING  # (not "Programmet ska vara klart i slutet av augusti" below "... håller i mötet")
    if _opens_with_gathering(sentence):
        return EventKind.OTHER  # "Grillkvällar startar den 28 juni": the evenings start, no milestone
    if _SHOW_OPENING.search(sentence):
        return EventKind.OTHER  # "Utställningen öppnar med vernissage den 12/4": a gathering, no state reached
    if _COURSE_STARTS.search(sentence):
        return EventKind.OTHER  # "Nybörjarkursen startar 28/9": the course's first session, no state reached
    if _RESUMES.search(sentence) and not _READY.search(sentence):
        return EventKind.OTHER  # "Historiegruppen: ... startar igen 27 januari": a paused activity's next session
    if _MILESTONE.search(sentence) or _STEP.search(sentence):
        return EventKind.MILESTONE
    return EventKind.OTHER


# A celebration or jubilee named right before a later month it is set in: "Klubbens 60-årsfirande aug. 2023",
# "Föreningens jubileum i juni 2024". The thing to come is in the noun, no verb needed.
_CELEBRATION_BEFORE = re.compile(rf"(?<![{_W}])[{_W}0-9-]*(?:firande|firandet|jubileum|jubileet|jubileumsfest(?:en)?)"
                                 rf"(?:\s+(?:i|under|in)|\s*[:,–-])?\s*$", re.IGNORECASE)
_CELEBRATION_REACH = 40


def _celebration_set_in(sentence: str, at: int) -> bool:
    """Whether a celebration's noun stands right before the month at `at` in `sentence`."""
    before = sentence[max(0, at - _CELEBRATION_REACH):at]
    low = before.lower()
    return ("firande" in low or "jubile" in low) and _CELEBRATION_BEFORE.search(before) is not None


# An association's work day ("Arbetsdag på varvet", "presenteras på arbetsdagen den 11/9"): the members
# work on the grounds together, no workshop, unless a workshop word of its own stands beside it.
_WORK_DAY = re.compile(rf"(?<![{_W}])arbetsdag(?:en|ar|arna)?(?![{_W}])", re.IGNORECASE)
# The work day named right before its date: "arbetsdagen den 13/6", "Arbetsdag lördag 22 april".
_WORK_DAY_BEFORE = re.compile(rf"(?<![{_W}])arbetsdag(?:en)?[\s,:]+(?:(?:{_words(tuple(WEEKDAYS))})(?:en)?\s+)?(?:den\s+)?$",
                              re.IGNORECASE)
_WORK_DAY_REACH = 30


def _work_day_only(sentence: str) -> bool:
    """Whether the sentence's only workshop word is a work day ("arbetsdag", "arbetsdagen")."""
    if "arbetsdag" not in _fold(sentence):
        return False
    return _WORKSHOP.search(_WORK_DAY.sub(" ", sentence)) is None


_FIRST_WORD = re.compile(r"[\s§\d.:)–-]*([^\W\d_]+)")


def _opens_with_gathering(sentence: str) -> bool:
    """Whether a sentence's first word names a get-together ("Grillkvällar", "Julbordet", "Pubkvällen")."""
    m = _FIRST_WORD.match(sentence)
    word = m.group(1).casefold() if m else ""
    return any(cue in word for cue in SOCIAL_GATHERING_CUES) or any(cue in word for cue in LEISURE_ACTIVITY_CUES)


_NOT_NEXT = frozenset(NOT_NEXT_OCCASION)
# A heading that only names the next occasion of what the minutes record, under its own name:
# "Nästa Pull Request", "13. Nästa sittning", "Nästa träff:".
_NEXT_OCCASION_HEADING = re.compile(rf"\W*(?:\d{{1,2}}[.)]?\s+)?(?:nästa|nästkommande)\s+[{_W}-]+(?:\s+[{_W}-]+)?\W*",
                                    re.IGNORECASE)


def _other_thing_under_next_meeting(before: str, first_in_section: bool) -> bool:
    """Whether a date under a "Nästa möte" heading, in a sentence that does not say "nästa möte"
    itself, is another thing's: its sentence names a deadline before it (`before`: "Sista dag för
    synpunkter på remissen är den 10 december"), or, after the section's first date, a workshop,
    conference or trip ("Workshop om digitalisering den 15 januari"). The first date of such a
    section alone may be the meeting held in that form ("Nästa möte: Workshop den 15 januari")."""
    if _DEADLINE_WORD.search(before) is not None:
        return True
    return not first_in_section and any(cue.search(before) is not None for cue in (_WORKSHOP, _CONFERENCE, _TRIP))


def _next_occasion_heading(heading: str) -> bool:
    """Whether a heading names the next occasion of this body's meetings and nothing else ("Nästa Pull
    Request"); one naming another kind of thing ("Nästa konferens", "Nästa deadline") does not."""
    if not heading or len(heading) > 40 or not _NEXT_OCCASION_HEADING.fullmatch(heading):
        return False
    words = heading.casefold().split()
    if words[words.index(next(x for x in words if x in ("nästa", "nästkommande"))) + 1].strip(":.") in _NOT_NEXT:
        return False  # "Nästa steg", "Nästa vecka": no occasion of this body
    return not (_CONFERENCE.search(heading) or _WORKSHOP.search(heading) or _TRIP.search(heading)
                or _DEADLINE_WORD.search(heading) or _MILESTONE.search(heading))


_GATHERING_NOUN = re.compile(r"träff(?:en|ar|arna)?(?![\w])")  # the noun, not "träffas"


_VISITORS = re.compile(rf"(?<![{_W}])besökar(?:e|en|na)(?![{_W}])", re.IGNORECASE)


# A guest visiting the body ("Men först besöker författaren Kerstin Karlberg föreningen torsdag 10.3 kl. 18",
# "Landshövdingen besöker oss den 4 maj"): "besöker", then the body or "oss" as the clause's object (not
# "besöker föreningen i Lund": another body, somewhere else).
_VISITS_US = re.compile(rf"(?<![{_W}])besöker\s+(?:[^.;:\n]{{0,60}}?\s)?(?:oss|föreningen|klubben|styrelsen|"
                        rf"gruppen|mötet|kören|avdelningen|lokalavdelningen)(?![{_W}])(?!\s+(?:i|på|hos)\s+[A-ZÅÄÖ])",
                        re.IGNORECASE)


def _is_visited(sentence: str) -> bool:
    """Whether the only trip word says the body receives visitors ("Koloniområdet har besökare den 13/5",
    "författaren besöker föreningen den 10 mars")."""
    for visitors in (_VISITORS, _VISITS_US):
        if visitors.search(sentence) and not _TRIP.search(visitors.sub(" ", sentence)):
            return True
    return False


def _social_gathering(sentence: str) -> bool:
    """Whether a sentence names a get-together ("träff") for a meal, a party or a reunion, and no
    meeting in the body's own words ("möte", "sammanträde", "stämma")."""
    low = sentence.casefold()
    if "träff" not in low or not _GATHERING_NOUN.search(low) or not any(cue in low for cue in SOCIAL_GATHERING_CUES):
        return False  # ("Vi träffas ... för planering av 2014 års jubileum": the body meeting, said with a verb)
    return not _MEETING_TYPE.search(sentence)


_GATHERING_REACH_WORDS = 6


_FOR_AUDIENCE = re.compile(rf"(?<![{_W}])för\s+(?:{_words(AUDIENCE_WORDS)})(?![{_W}])")


def _gathering_named_before(before: str) -> bool:
    """Whether the words right before a date name a get-together and no meeting ("den engagerattacksittning
    som kommer äga rum 5 april"): what the date is told of, whatever meeting the sentence names elsewhere
    ("... granskades under mötet och vi hann prata lite om den ..."); or a gathering held for others
    ("upptaktsträff för barn och föräldrar, den 1/10"), whatever it is called."""
    words = before.casefold().split()[-_GATHERING_REACH_WORDS:]
    near = " ".join(words)
    audience = _FOR_AUDIENCE.search(near)
    if audience and not _MEETING.search(near, audience.end()):  # (not "verksamheten för barn på mötet den ...")
        return True
    return any(cue in near for cue in SOCIAL_GATHERING_CUES) and not _MEETING.search(near)


def _names_meeting(sentence: str) -> bool:
    """Tell whether a sentence names a meeting, besides this one deciding ("Mötet beslutade att
    byfesten ska hållas lördagen den 27 juli" names none; "Mötet beslutade att nästa möte ..." does)."""
    if not _MEETING.search(sentence):
        return False
    rest = _MEETING_DECIDES.sub(" ", sentence) if _MEETING_DECIDES.search(sentence) else sentence
    return bool(_MEETING.search(rest))


def _column_venue(rest: str) -> str | None:
    """The place in the last column of a table row ("2023-03-15<TAB>13.00-16.00<TAB>Regionhuset")."""
    columns = [c.strip(" |,;") for c in _COLUMN_GAP.split(rest) if c.strip(" |,;")]
    if len(columns) < 1 or not ("\t" in rest or "   " in rest or " | " in rest):
        return None
    last = columns[-1]
    if not last[:1].isupper() or _NOT_PLACE.match(last) or find_times(last) or len(last) > 60:
        return None
    if any(_SENTENCE_IN_CELL.search(c) for c in columns[:-1]):
        return None  # "i april. Färdigt till vårkonserten? Martin kollar.   Röstcoach ...": prose, no table row
    return last


# A sentence ending inside a cell before the last, with the next one begun: prose spaced out, not a row.
_SENTENCE_IN_CELL = re.compile(r"[^\W\d_][.?!]\s+[A-ZÅÄÖ]")


# The place said to be booked in a clause after the date: "Temadagen är fastställd till den 16 oktober 2020 och
# Katrinebergs folkhögskola är bokad", "Årsmötet hålls den 5 maj, Folkets hus är reserverat". Group 1 the place.
_BOOKED_AFTER = re.compile(
    r"[^.;!?\n]{0,40}?(?:\s+och|\s+samt|,)\s+((?-i:[A-ZÅÄÖ])[\w&-]+(?:\s+[\w&-]+){0,3}?)\s+(?:är|har\s+blivit|blev)"
    r"\s+(?:nu\s+|redan\s+|också\s+)?(?:bokad|bokat|bokade|reserverad|reserverat)(?![\w])", re.IGNORECASE)


def _booked(window: str) -> str | None:
    """The place booked in the words before a date ("festkommittén bokar Monaden 30 oktober")."""
    for m in _VENUE_BOOKED.finditer(window):
        place = (m.group(1) or m.group(2) or "").strip(" .,;")
        if place and not _NOT_PLACE.match(place):
            return place
    return _place_is_booked(window)


# The place the sentence opens with, said to be booked: "Scandic Hasselbacken är bokad 2019-03-14—15",
# "Folkets hus är nu bokat för festen den 5 maj".
_PLACE_IS_BOOKED = _Gated(re.compile(
    r"^[\s*•-]*([A-ZÅÄÖ][\w&-]+(?:\s+(?:[A-ZÅÄÖ][\w&-]+|hus|gård|park|salen|hotell)){0,2})\s+(?:är|har\s+blivit|blev)"
    r"\s+(?:nu\s+|redan\s+)?(?:bokad|bokat|bokade|reserverad|reserverat)(?![\w])"), ("bokad", "bokat", "reserver"))


def _place_is_booked(window: str) -> str | None:
    m = _PLACE_IS_BOOKED.search(window)
    place = m.group(1) if m else None
    if place is None or _NOT_PLACE.match(place) or _names_holder(place) or place.split()[0].lower() in _GIVEN:
        return None  # ("Anna Berg är bokad som talare": a person)
    return place


# What a meeting is about, right before a place: "om den framtida vattenförsörjningen " (lower-case words
# after "om"). The place is the topic's, not where it is held.
_TOPIC_BEFORE = re.compile(r"(?<![\w])om\s+(?:[a-zåäö-]+\s+){1,4}$")
# How the name of a region ends: "Göteborgsregionen", "Skåne län", "Sverige" (lower-cased).
_REGION_ENDINGS = ("regionen", "region", "län", "länet", "sverige", "norden", "europa", "landet", "kommunerna")


def _region_of_topic(text: str, at: int, place: str) -> bool:
    """Whether the place at `at` is a region that belongs to the topic before it ("om den framtida
    vattenförsörjningen i Göteborgsregionen"): what the thing is about, not where it is held."""
    return (place.strip(" .,;").casefold().endswith(_REGION_ENDINGS)
            and _TOPIC_BEFORE.search(text, max(0, at - 60), at) is not None)


# "i början på", "i slutet av", "i mitten på": the part of a period, what follows is a time.
_PART_OF_PERIOD = ("början", "slutet", "mitten")
# A town after the place, the sentence ending there or the hour following: "hos Peter Johansson i Näshult.",
# "på Vängåvan i Nyhem, kl 19" (not "i Nyhem ska vi ..." nor a month: "på Kulturhuset i Maj").
_IN_TOWN_AFTER = re.compile(r"([ \t]+i[ \t]+(?!(?i:" + "|".join(FULL_MONTHS) + r")\b)[A-ZÅÄÖ][a-zåäö-]+)"
                            r"(?=[ \t]*(?:[.,;]|$)|[ \t]+(?:kl|klockan)\b)")


def _venue(window: str) -> str | None:
    m = _VENUE_LABEL.search(window)
    if m:
        return m.group(1).strip(" .,;")
    for m in _VENUE_BOOKED.finditer(window):
        place = (m.group(1) or m.group(2) or "").strip(" .,;")
        if place and not _NOT_PLACE.match(place):
            return place
    for m in _VENUE_PREP.finditer(window):
        if window[max(0, m.start() - 8): m.start()].rstrip().endswith(_PART_OF_PERIOD):
            continue  # "i början på En urvalskommitté ...": a time of the year (its year lost), no place
        if _region_of_topic(window, m.start(), m.group(1) or m.group(2)):
            continue  # "workshop om den framtida vattenförsörjningen i Göteborgsregionen": the topic's region
        if _NOT_HELD_VERB.search(window, max(0, m.start() - _NOT_HELD_REACH), m.start()):
            continue  # "pennor ... ska inhandlas av Pepule på Svansströms": a shop, not where the thing is held
        place = (m.group(1) or m.group(2)).strip(" .,;")
        verb = _PAST_VERB_AFTER.search(place)
        if verb:  # "i Göteborg delades ut": the sentence's verb, not the place's name
            place = place[: verb.start()]
        run_on = _place_run_on(place)
        if run_on is not None:  # "på St Olofsgården Håkan meddelar", "på Käglan start kl 9.30": next clause
            place = place[:run_on].rstrip(" ,")
            return place or None
        if not _NOT_PLACE.match(place) and not _DIGIT.match(place):
            if m.group(1) and window[m.start()] == "i":  # "bussutflykt till Verla bruk i Jaala": the place in the town
                place = _with_its_place(window[max(0, m.start() - _PLACE_OF_TOWN_REACH):m.start()], place)
            town = _IN_TOWN_AFTER.match(window, m.end())
            if town is not None:  # "hos Peter Johansson i Näshult.": the home and its village
                return place + town.group(1)
            return place + place_tail(window, m.end())
    for m in _GATHER_AT.finditer(window):  # "samling vid Kvarneket 08.30"
        place = _TRAILING_HOUR.sub("", m.group(1)).strip(" .,;")  # "Kvarneket 08.30": the hour is no part
        if not _NOT_PLACE.match(place) and not _DIGIT.match(place):
            return place
    for noun in _VENUE_NOUN.finditer(window):  # "i föreningslokalen"
        if _IDIOM_BEFORE_NOUN.search(window, max(0, noun.start() - _IDIOM_REACH), noun.start()):
            continue  # "musikalen ... kommer att stå i centrum": an idiom, no place
        return noun.group(1)
    return None


# The meeting itself and its place, where the day's sentence names another place first (a lunch, a visit): "Inleds
# med lunch på restaurang X kl.12.00 och fortsätter sedan med sammanträdet på församlingshemmet, Nygatan", "studiebesök
# på Y, därefter styrelsemötet i Folkets hus". Group 1 the meeting's place.
_MEETING_ITSELF_AT = re.compile(
    rf"(?<![{_W}])(?i:mötet|sammanträdet|styrelsemötet|styrelsesammanträdet)\s+(?:(?i:hålls|äger\s+rum|sker)\s+)?(?:på|i)\s+"
    rf"((?:(?:[a-zåäö][{_W}-]*)?(?:{_words(VENUE_NOUN_ENDINGS)})(?:,\s*[A-ZÅÄÖ][{_W}-]+)?|{_PLACE}))")


# A verb that makes "i centrum" / "i hemmet" an idiom rather than a place: "stå i centrum", "sätts i centrum",
# "hamnar i centrum", "ställa i centrum".
_IDIOM_BEFORE_NOUN = re.compile(r"(?i)(?<![\w-])(?:stå|står|stod|stått|ställa|ställs|ställas|sätta|sätts|sättas|satte|"
                                r"hamna|hamnar|hamnade|sätter|ställer|hamnat)\s+\Z")
_IDIOM_REACH = 16


_GIVEN = frozenset(GIVEN_NAMES + MORE_GIVEN_NAMES)
# A word of the place's run that opens the next clause: a person's given name and a verb in the present
# ("St Olofsgården Håkan meddelar detta"), or a lower-case word that tells the programme ("Käglan start kl").
_RUN_ON_WORD = re.compile(r"\s+([A-ZÅÄÖ][a-zåäö]+(?=\s+[a-zåäö]+(?:ar|er|är|ir)\b)|[a-zåäö]+(?![\w-]))")


def _place_run_on(place: str) -> int | None:
    """Where in a place read after "i"/"på" the next clause begins, or None (see `_RUN_ON_WORD`)."""
    for m in _RUN_ON_WORD.finditer(place):
        word = m.group(1)
        if word.lower() in _GIVEN if word[0].isupper() else word in VENUE_RUN_STOPS:
            return m.start()
    return None


# A theme or title in quotes ("med temat ”Att leda välfärd i den digitala revolutionen”"): its words say
# what the meeting is about, not how it is held.
_QUOTED = re.compile(r"[”\"“«][^”\"“«»\n]{1,160}[”\"»]")
# "digital"/"digitala" before a word that is no meeting: a topic ("digitala verktyg", "digital kompetens").
_DIGITAL_TOPIC = re.compile(rf"(?i)(?<![{_W}])digitala?\s+(?!(?:{_words(REMOTE_MEETING_NOUNS)}))[{_W}]")


def _online(window: str) -> str | None:
    m = _PLATFORM.search(window)
    if m:
        return m.group(1).capitalize() if m.group(1).lower() != "teams" else "Teams"
    if _REMOTE.search(window):
        plain = _DIGITAL_TOPIC.sub(" ", _QUOTED.sub(" ", window))
        return "digital" if _REMOTE.search(plain) else None
    return None


# ("En gemensam strategidag är planerad till [14 maj]", "Mötet planeras till [...]".)
_TITLE_TAIL = re.compile(r"(?:\s+(?:är|blir|infaller|sker|den|senast|ska\s+vara|ska"
                         r"|(?:är\s+)?(?:planerad|planerat|planerade|planeras|inplanerad|inplanerat|bokad|bokat)\s+(?:till|på|den)))+\s*$",
                         re.IGNORECASE)


def _title(sentence: str, dm: DateMatch, heading: str, parents: str, next_cue: bool, in_list: bool,
           body: str | None) -> str:
    if next_cue:
        return "Nästa möte"
    if in_list:
        rest = sentence.replace(dm.text, "").strip(" -–:,.()*•")
        return f"{body or 'Möte'}" + (f" ({rest})" if rest and len(rest) <= 40 else "")
    rest = _BLANKS.sub(" ", sentence.replace(dm.text, " ")).strip(" -–:,.*•")  # "• En gemensam strategidag ..."
    # The words that led up to the date end no title: "Sista dag för synpunkter är [den 4 december]".
    rest = _TITLE_TAIL.sub("", rest).strip(" -–:,.*")
    if len(rest) < 20:  # "Äger rum", "Deadline": say what it is about
        rest = (parents.split(" | ")[0] if parents else heading) + (f": {rest}" if rest else "")
    return rest.strip(" -–:,.*")[:120] or "Händelse"


def extract_events(doc: Minutes, meeting: Meeting, items: list[Item], carry: list[Carry]
                   ) -> tuple[list[Event], str | None, list[str]]:
    """Return future events, the next meeting date or month (or None), and warnings.

    `meeting.date` is the reference: only later dates become events. `items` and `carry` give the
    next meeting when the minutes name none ("återkommer till ledningsgruppen i november").
    """
    after = _meeting_date(meeting, doc)
    if after is None:
        return [], None, []
    d = _Doc(doc)
    text = d.text
    urls = [(m.start(), m.end()) for m in _URL.finditer(d.low)] if "http" in d.low or "www." in d.low else []
    everything, impossible = _all_dates(d, after)
    everything = _with_month_meetings(d, after, everything)
    mentions = _same_day_mentions(text, _in_sequence(text, everything))
    found: list[_Found] = []
    day_months: dict[str, list[int]] = {}
    for dm, in_list in mentions:
        if isinstance(dm.value, date) and dm.kind is DateKind.DAY:
            day_months.setdefault(dm.value.isoformat()[:7], []).append(dm.start)
    starts = [dm.start for dm, _ in mentions]
    dated = [dm.start for dm, _ in mentions if dm.value is not None]
    # A date the head gives as the document's own is so again where a page header repeats it below.
    # (whether each mention is such a date: `_event` asks again of each)
    written = [isinstance(dm.value, date) and _document_date(d, dm, after, meeting) for dm, _ in mentions]
    d.own_dates = {dm.value for (dm, _), own in zip(mentions, written, strict=True) if own and isinstance(dm.value, date)}
    # (below the meeting's own date only: a page may put the heading above the transcript)
    dated_at = meeting.spans.get("date", (0, 0))[1]
    related = next((r for r in _RELATED_DOCUMENTS.finditer(text) if d.doc.span(r.start(), r.end())[0] >= dated_at),
                   None) if any(w in d.fold for w in _RELATED_DOCUMENTS_WORDS) else None
    others_from = related.start() if related else len(text)
    for index, (dm, in_list) in enumerate(mentions):
        if any(a <= dm.start < b for a, b in urls):
            continue
        if dm.start >= others_from:
            break  # a stored page's list of other documents' titles: their dates are theirs
        # A season ("höstens medlemsträff") names no date: it does not end the one before it.
        k = bisect.bisect_right(dated, dm.start)
        nxt = dated[k] if k < len(dated) else len(text)
        prev_end = mentions[index - 1][0].end if index > 0 else 0
        # Only mentions close by matter to this one; slicing keeps long documents linear.
        near = mentions[bisect.bisect_left(starts, dm.start - _NEAR):bisect.bisect_right(starts, dm.end + _NEAR)]
        event = _event(d, dm, in_list, after, meeting, near, nxt, prev_end, day_months, written[index])
        if event is not None:
            found.append(replace(event, same_day=True) if dm.text == _SAME_DAY_TEXT else event)
    events = _merge(found, d.doc.text)  # (spans are offsets in the text as written)
    next_meeting = _next_meeting(events, after, items, carry)
    warnings = [f"{doc.name}:{doc.line_at(start)}: no such date {bad!r} (the month has fewer days)"
                for start, _, bad in impossible]
    return [f.event for f in events], next_meeting, warnings


# The heading of a stored page's list of other documents, alone on its line: "Relevanta dokument",
# "Liknande dokument", "Related documents". What follows are other minutes' titles.
_RELATED_DOCUMENTS = re.compile(r"(?im)^[ \t]*(?:relevanta|liknande|relaterade|related|similar)\s+(?:dokument|documents)[ \t]*$")
# The words one of which every match of `_RELATED_DOCUMENTS` holds: the pattern is tried only on a text that holds one.
_RELATED_DOCUMENTS_WORDS = ("relevanta", "liknande", "relaterade", "related", "similar")


# A date alone on one of a document's first lines ("februari 26th, 2021" under a post's title) dates the
# writing; an English ordinal's ending may follow the day.
_POST_DATE_LINES = 4
_ORDINAL_ENDINGS = frozenset(("st", "nd", "rd", "th"))
_WORD = re.compile(r"[^\W\d_]+")


# A stored page's stamp on one of its first lines: the date and a short category or title joined by a bar
# ("21.10.2021 | Styrelseprotokoll", "Nyheter | 2021-10-21"). No hour and no next meeting in it.
_STAMP_WORDS = 4


def _page_stamp(before: str, after: str) -> bool:
    """Whether a date with `before` and `after` on its line is a page's posting stamp (see `_STAMP_WORDS`)."""
    lead, tail = before.strip(" *_#\t"), after.strip(" *_#.\t")
    if not (lead.endswith("|") or tail.startswith("|")) or (lead and tail):
        return False  # the bar joins the date to its label, on one side only
    label = (lead or tail).strip("| ")
    return (0 < len(_WORD.findall(label)) <= _STAMP_WORDS and not any(c.isdigit() for c in label)
            and not _NEXT_MEETING.search(label))


# A machine's stamp: a date with a clock to the second or a time zone ("Ellinor Eriksson (2 Sep 2021 17:08 GMT+2)",
# "Signerat 2021-09-02 17:08:33 UTC" from an e-signing service, "date: 2017-09-21 20:29:00 CEST"): when something was
# signed or saved, not a thing to come; a blog comment's stamp puts a bar or "@" between ("2011-03-13 | 19:28:00").
# A meeting's hour is written to the minute and without a zone.
_STAMP_GATE = 24
_MACHINE_STAMP = re.compile(
    r"[ \t,T|@]*(?:kl\.?[ \t]*)?\d{1,2}:\d{2}(?::\d{2}(?!\d)|[ \t]*(?:GMT|UTC|CES?T)(?![A-Za-z]))")


def is_machine_stamp(text: str, end: int) -> bool:
    """Whether the date ending at `end` carries a machine's clock (see `_MACHINE_STAMP`)."""
    return ":" in text[end:end + _STAMP_GATE] and _MACHINE_STAMP.match(text, end) is not None


# A site's posting stamp: a full date and its hour alone on a line in the title block ("Årsmöte 26.2.2015" /
# "29.03.2015 kl. 09:57" / the report): when the page was posted, not a thing to come. The block above it is a few
# short lines, none naming the next meeting.
_STAMP_HOUR = re.compile(r"[\s*_]*(?:kl\.?|klockan)?[ \t]*\d{1,2}[:.]\d{2}[\s*_]*", re.IGNORECASE)
_TITLE_BLOCK_LINES = 3
_TITLE_LINE_LONGEST = 80


def _posting_stamp(text: str, line_start: int, line_end: int, dm: DateMatch) -> bool:
    """Whether a date is a site's posting stamp under the title (see `_STAMP_HOUR`)."""
    if not dm.explicit_year or line_start > _TITLE_BLOCK_LINES * (_TITLE_LINE_LONGEST + 2):
        return False
    if text[line_start:dm.start].strip(" \t*_") or not _STAMP_HOUR.fullmatch(text, dm.end, line_end):
        return False
    above = [line for line in text[:line_start].splitlines() if line.strip()]
    return (0 < len(above) <= _TITLE_BLOCK_LINES and all(len(line) <= _TITLE_LINE_LONGEST for line in above)
            and not any(_NEXT_MEETING.search(line) for line in above))


_OWN_DAYS = 3  # how many days a meeting told on its own time or date line may run on
_OWN_DAY_REACH = 80  # how far from the meeting's date or start such a later day stands


# A sentence opened by a label of a date ("Datum måndag 8 april", "Tid: 14/3 kl 18", "Dag och tid: ..."), its date
# right after the label.
_DATE_LABEL_OPEN = re.compile(r"\s*(?:datum|dag|tid|tidpunkt|dag\s+och\s+tid|datum\s+och\s+tid)\s*:?\s+", re.IGNORECASE)
_NEXT_SENTENCE_REACH = 200


def _names_next_meeting_just_before(d: _Doc, p: _Place, dm: DateMatch, mentions: list[tuple[DateMatch, bool]]
                                    ) -> bool:
    """Whether the date is labelled at the opening of its sentence ("Datum måndag 8 april kl 18:30") and the
    sentence before it, on the same line and with no date of its own, names the body's next meeting ("Nästa möte
    blir på Saltskog gård med Torbjörn som värd.")."""
    text = d.text
    label = _DATE_LABEL_OPEN.match(text, p.sentence_start)
    if label is None or text[label.end():dm.start].strip(" ,"):
        return False
    floor = max(p.line_start, p.sentence_start - _NEXT_SENTENCE_REACH)
    before = text[floor:p.sentence_start]
    stop = before.rstrip().rstrip(".!").rfind(".")
    before = before[stop + 1:] if stop >= 0 else before
    if not _NEXT_MEETING.search(before) or _NEXT_BUT_ONE.search(before.lower()):
        return False
    return not any(p.sentence_start - len(before) <= o.start < p.sentence_start for o, _ in mentions)


def _within_meeting_days(raw: str, span: tuple[int, int], day: date, after: date) -> bool:
    """Whether `day` falls within the span of days the meeting's date was read from ("23-24 maj 2012", "11-12
    september 2019"): a later day of a meeting of several days is that meeting, no event."""
    stated = find_dates(raw[span[0]:span[1]], after=after)
    return bool(stated) and stated[0].value == after and isinstance(stated[0].end_value, date) \
        and after < day <= stated[0].end_value


def _meeting_own_later_day(d: _Doc, dm: DateMatch, after: date, meeting: Meeting) -> bool:
    """Whether a day just after the meeting's stands on the line that gave the meeting's date or start time."""
    if dm.kind is not DateKind.DAY or not isinstance(dm.value, date) or not 0 < (dm.value - after).days <= _OWN_DAYS:
        return False
    raw = d.doc.text
    if "date" in meeting.spans and _within_meeting_days(raw, meeting.spans["date"], dm.value, after):
        return True  # "Medlemsmöte 23-24 maj 2012" ... "Christer Bergkvist, Kalmar endast 24 maj": the meeting's day
    at = d.doc.span(dm.start, dm.end)[0]
    for k in ("date", "start"):
        if k in meeting.spans:
            a = meeting.spans[k][0]
            # the same line, and close by: a document run together on one line is no time line
            if abs(at - a) <= _OWN_DAY_REACH and "\n" not in raw[min(a, at):max(a, at)]:
                return True
    # joined to the meeting's own day: "Tid och plats ... den 28 april och 29 april", "den 23 januari 2010 kl samt
    # söndagen den 24 januari 2010": the same meeting's later day wherever the line stands
    joined = _JOINED_DAY_BEFORE.search(d.text, max(0, dm.start - _JOINED_REACH), dm.start)
    return joined is not None and int(joined.group(1)) == after.day and (
        joined.group(2) is None or _month_number(joined.group(2)) == after.month)


# The meeting's day right before a later day, joined by "och", "samt" or a dash: "den 28 april och 29 april",
# "28 och 29 april", "lördagen den 23 januari 2010 kl samt söndagen den 24". Group 1 the day, group 2 its month word.
_JOINED_DAY_BEFORE = re.compile(r"(?i)\b(\d{1,2})(?:\s+([a-zåäö]{3,9})\.?)?(?:\s+(?:19|20)\d\d)?(?:\s+kl\.?)?\s*"
                                r"(?:och|samt|&)\s+(?:(?:mån|tis|ons|tors|fre|lör|sön)dag(?:en)?\s+)?(?:den\s+)?$")
_JOINED_REACH = 45


def _month_number(word: str) -> int | None:
    """The month a month word names ("april", "apr", "sept"), else None."""
    low = word.casefold().rstrip(".")
    for n, name in enumerate(FULL_MONTHS, 1):
        if len(low) >= 3 and name.startswith(low[:3]) and (low == name or name.startswith(low)):
            return n
    return None


# A labelled date line of a block of labels, one a line with blank lines between: "Datum: onsdag 8 mars" /
# "Tid: 17:30" / "Plats: Stjärnvallen, Stjärnorp". The block's time and place belong to that date.
_DATE_LABEL_LINE = re.compile(r"[ \t•*-]*(?i:datum|dag|när)\s*:[^\n]*$")
_FIELD_LABEL_LINE = re.compile(r"[ \t•*-]*(?i:tid|klockan|kl|plats|lokal|var)\s*:[^\n]*")
_LABEL_BLOCK_LINES = 4  # the labels below the date's line that may belong to it


# What may stand between a date and an hour range written bare: "5 maj 18-20", "5/5, kl 18-21", "(18-20)".
# The hour all the body's meetings start at, said once: "Sammanträdena börjar kl. 13.00", "Både beredning
# och direktionsmöten börjar kl 08.30". Plural only: "Mötet börjar kl 13" is one meeting's.
_STANDING_HOUR = _Gated(re.compile(
    rf"(?i)(?<![{_W}])[{_W}]*(?:möten|mötena|sammanträden|sammanträdena)\s+(?:börjar|startar|inleds)"
    r"\s+(?:kl\.?|klockan)\s*\d{1,2}(?:[.:]\d\d)?(?:\s*[-–]\s*\d{1,2}(?:[.:]\d\d)?)?"), ("möten", "sammanträden"))
_BARE_RANGE_LEAD = re.compile(r"[\s,:(–-]*(?:kl(?:ockan)?\.?\s*|mellan\s+|från\s+)?")


# Four digits right after a date, the hour written without a point ("Kvällsvandring 8 juni 1800"), where the
# date did not take them for its year: a whole hour or quarter of the day, not an amount ("8 juni 1500 kr").
_HHMM_AFTER_DATE = re.compile(r"[ \t]*,?[ \t]*((?:0[6-9]|1\d|2[0-3])(?:[0-5][05]))(?![\d:/-]|[.,]\d)"
                              r"(?![ \t]*(?:kr|kronor|sek|:-|st|stycken|ex|m|km|mil|personer|deltagare|medlemmar)\b)",
                              re.IGNORECASE)


def _times_after_date(after_text: str) -> list[TimeMatch]:
    """The times written after a date. An hour range without "kl" past a word gives way to a marked time
    after it ("30/8 Årskurs 6-9 kl. 18.30": grades, then the hour); alone it is the hours ("5 maj i Umeå
    9-16"), as right after the date ("5 maj 18-20, samling kl 17.30"); so are four digits right after it
    ("8 juni 1800 sponsrad fika 19.30")."""
    hhmm = _HHMM_AFTER_DATE.match(after_text)
    if hhmm:
        said = hhmm.group(1)
        return [TimeMatch(hhmm.start(1), hhmm.end(1), said, time(int(said[:2]), int(said[2:])))]
    # a time begun within the reach is read whole ("kl 13.30" across the edge is not "kl 1")
    near = after_text[:_BARE_TIME_REACH + _TIME_WIDTH]
    bare = [t for t in find_times(near, bare=True) if t.start < _BARE_TIME_REACH]
    if bare and _BARE_RANGE_LEAD.fullmatch(near, 0, bare[0].start) is None and not find_times(near[bare[0].start:bare[0].end]):
        # the first reading is a bare range past a word: a marked time wins
        bare = [t for t in find_times(near) if t.start < _BARE_TIME_REACH] or bare
    return bare or find_times(after_text)


def _labelled_block_start(text: str, at: int, floor: int) -> int:
    """The start of the label lines right above the line starting at `at` (see `_labelled_block_end`),
    blank lines between them skipped, none above `floor`; `at` when none stands there."""
    return _label_lines_edge(text, at, up=True, floor=floor)


def _labelled_block_end(text: str, at: int) -> int:
    """The end of the label lines right below the line ending at `at` (see `_DATE_LABEL_LINE`), blank
    lines between them skipped; `at` when none follows."""
    return _label_lines_edge(text, at, up=False, floor=0)


def _label_lines_edge(text: str, at: int, *, up: bool, floor: int) -> int:
    """Walk line by line from `at` (up to `floor`, or down to the text's end) over at most
    `_LABEL_BLOCK_LINES` label lines, blank lines skipped; return the far edge of the last one."""
    edge, pos, seen = at, at, 0
    while seen < _LABEL_BLOCK_LINES and (pos > floor if up else pos < len(text)):
        if up:
            far = max(floor, text.rfind("\n", 0, pos - 1) + 1)
            line = text[far:pos]
        else:
            far = text.find("\n", pos + 1)
            far = len(text) if far < 0 else far
            line = text[pos:far]
        line = line.strip("\n")
        if line.strip():
            if not _FIELD_LABEL_LINE.fullmatch(line):
                break
            edge, seen = far, seen + 1
        pos = far
    return edge


# A signature block's place and date closing the minutes: a name, the place alone on the next line and
# the date alone below it ("Dick Jonsson" / "Ljungsbro" / "2023-03-4"), or "Ljungsbro 2023-03-04" below
# the name. The place is one or two capitalised words without a label; the name two or three.
_SIGNING_PLACE = re.compile(r"\s*[A-ZÅÄÖ][a-zåäö-]+(?:\s+[A-ZÅÄÖ][a-zåäö-]+)?\s*,?\s*")
_SIGNER_NAME = re.compile(r"\s*[A-ZÅÄÖ][a-zåäö-]+(?:\s+[A-ZÅÄÖ][a-zåäö-]+){1,2}\s*")


def _signed_at_place(text: str, line_start: int, line_end: int, dm: DateMatch) -> bool:
    """Whether a date alone on its line (or after a place) is a signature block's, by `_SIGNING_PLACE`."""
    if not dm.explicit_year or dm.kind is not DateKind.DAY:
        return False
    if _place_date_over_signatures(text, line_start, line_end, dm):
        return True
    if text[dm.end:line_end].strip(" .,") or text[line_end:line_end + 400].strip():
        return False  # the minutes' last line, nothing after it
    lead = text[line_start:dm.start]
    above = [ln for ln in text[max(0, line_start - 200):line_start].split("\n") if ln.strip()]
    if lead.strip():
        return bool(_SIGNING_PLACE.fullmatch(lead)) and bool(above) and bool(_SIGNER_NAME.fullmatch(above[-1]))
    if above and _SIGNER_NAME.fullmatch(above[-1]) and len(above) >= 2 and _SIGNER_NAME.fullmatch(above[-2]) is None:
        # "Justeringsman" / "Niklas Ohlzon" / "29. sep, 2020": the signer's name and the day of signing under it
        return _SIGNER_LABEL.search(text, max(0, line_start - 400), line_start) is not None
    return (len(above) >= 2 and bool(_SIGNING_PLACE.fullmatch(above[-1]))
            and not _SIGNER_NAME.fullmatch(above[-1]) and bool(_SIGNER_NAME.fullmatch(above[-2])))


_SIGNER_LABEL_WORDS_RAW = (r"vid protokollet|justeringsm[äa]n|justerare|justeras|ordförande|sekreterare"
                           r"|mötesordförande|protokollförare")
# The place and date the minutes were signed at, closing their last line or alone on it, with only a
# signature block below ("§ 12. Mötet avslutades. Sjötorp 2023-03-30" / "Sekr." / "Anders Magnusson ......"):
# the place right after a sentence's end or opening the line, the date ending the line.
_PLACE_AFTER_SENTENCE = re.compile(r"(?:.*[.!?:][ \t]+)?([A-ZÅÄÖ][a-zåäö-]+(?:[ \t]+[A-ZÅÄÖ][a-zåäö-]+)?[ \t]*,?[ \t]*)")
# A line of a signature block: a role label, written out or cut short ("Sekr.", "Ordf.", "Justeras:"), a
# signer's name, a line to sign on (dots, an ellipsis, underscores), or a name on such a line.
_SIGNATURE_MARK = re.compile(r"[ \t]*(?:[.…_]{3,}|…+)[ \t.…_]*")
_SIGNATURE_ROLE = re.compile(rf"(?i)[ \t]*(?:{_SIGNER_LABEL_WORDS_RAW}|sekr|ordf|just|justeras)\.?[ \t:]*")
_SIGNATURE_BLOCK_REACH = 400
# A signer's role after the name on its line ("Ragnhild Hallsten, sekr.", "Anna Berg, ordförande").
_NAME_THEN_ROLE = re.compile(rf"(?i)[ \t]*,[ \t]*(?:{_SIGNER_LABEL_WORDS_RAW}|sekr|ordf|just)\.?[ \t]*")


def _place_date_over_signatures(text: str, line_start: int, line_end: int, dm: DateMatch) -> bool:
    """Whether a date after a place ends its line, the minutes' last words but for a signature block below
    (a role label or a line to sign on among names and labels): the day the minutes were signed."""
    if text[dm.end:line_end].strip(" .") or not _PLACE_AFTER_SENTENCE.fullmatch(text, line_start, dm.start):
        return False
    rest = text[line_end:]
    if len(rest) > _SIGNATURE_BLOCK_REACH and rest[_SIGNATURE_BLOCK_REACH:].strip():
        return False
    marked = False
    for line in rest.split("\n"):
        if not line.strip():
            continue
        name = _SIGNER_NAME.match(line)
        if _SIGNATURE_MARK.fullmatch(line) or _SIGNATURE_ROLE.fullmatch(line):
            marked = True
        elif name and (name.end() == len(line) or _SIGNATURE_MARK.fullmatch(line, name.end())):
            marked = marked or name.end() < len(line)
        elif name and _NAME_THEN_ROLE.fullmatch(line, name.end()):
            marked = True  # "Ragnhild Hallsten, sekr.": the signer's name and role on one line
        else:
            return False
    return marked


# A signature block's role label above the signer's name: "Justeringsman", "Justerare", "Ordförande", "Sekreterare".
# The label alone on its line, or a row of them ("Sekreterare Ordförande"); "Ordförande tackade ..." is prose.
_SIGNER_LABEL_WORDS = rf"(?:{_SIGNER_LABEL_WORDS_RAW})"
_SIGNER_LABEL = re.compile(rf"(?im)^[ \t]*{_SIGNER_LABEL_WORDS}(?:[ \t,]+{_SIGNER_LABEL_WORDS})*[ \t:]*$")


# How a body's or a role's name ends (lower-cased): "9/3, Styrelsen." names who, not where.
_HOLDER_ENDINGS = ("styrelsen", "nämnden", "rådet", "gruppen", "utskottet", "ordförande", "sekreterare", "alla")


def _names_holder(place: str) -> bool:
    """Whether the words after a date's comma name who rather than where (see `_HOLDER_ENDINGS`; "alla" as a
    word, not the end of a name as "Tingvalla")."""
    said = place.strip(" .,;").casefold()
    return said.endswith(_HOLDER_ENDINGS) and (said == "alla" or not said.endswith("alla") or said.endswith(" alla"))


def _only_date(line: str, dm: DateMatch) -> bool:
    rest = line.replace(dm.text, " ", 1)
    return all(word.casefold() in _ORDINAL_ENDINGS for word in _WORD.findall(rest))


# How many days after the meeting the minutes' own date (a letter date, a "DATUM" field) may fall.
_WRITTEN_WITHIN_DAYS = 62


def _document_date(d: _Doc, dm: DateMatch, after: date, meeting: Meeting) -> bool:
    """Whether a full date written before the meeting's date in the head, a few weeks after it, is the
    date the minutes were written ("2008-01-02 ... möte den 19 december 2007"), not an event."""
    at = meeting.spans.get("date")
    if at is None or not dm.explicit_year or dm.kind is not DateKind.DAY or not isinstance(dm.value, date):
        return False
    # The place and the day first: they rule out most dates at once, the two scans below after them.
    if (dm.value - after).days <= _WRITTEN_WITHIN_DAYS and _repeated_date_line(d.text, dm):
        return True  # "2015-03-27" / "Ledningsstaben" at the top and again under each page's number: the page head
    if not (d.doc.span(dm.start, dm.end)[1] <= at[0] and (dm.value - after).days <= _WRITTEN_WITHIN_DAYS):
        return False
    if _MEETING_ON.search(d.text, max(0, dm.start - 40), dm.start):
        return False  # "Dagordning Regionstyrelsens sammanträde den 13 juni 2018" over the AU's minutes: a meeting
    # "Nästa styrelsemöte planeras till 2 juli 2018" above "Vid styrelsemötet den 14 maj 2018": ahead
    return not _NEXT_MEETING.search(d.text, max(d.text.rfind("\n", 0, dm.start) + 1,
                                                dm.start - _NEXT_BEFORE_DOCUMENT_DATE), dm.start)


def _repeated_date_line(text: str, dm: DateMatch) -> bool:
    """Whether the date stands alone on its line and the same line stands again elsewhere in the text: a page head
    that repeats the document's date ("2015-03-27" over "Ledningsstaben" on every page), no event."""
    line_start = text.rfind("\n", 0, dm.start) + 1
    line_end = text.find("\n", dm.end)
    line = text[line_start: line_end if line_end >= 0 else len(text)]
    if line.strip() != dm.text.strip():
        return False
    own = "\n" + line.strip() + "\n"
    first = text.find(own, 0)
    return first >= 0 and text.find(own, first + 1) >= 0


# How far before a date in the head a "Nästa möte" on its line makes it the next meeting's day, not the writing's.
_NEXT_BEFORE_DOCUMENT_DATE = 60


# A meeting named right before its day: "Regionstyrelsens sammanträde den 13 juni 2018", "möte den 4 maj".
_MEETING_ON = re.compile(r"(?i)\b(?:\w*möte|\w*sammanträde|sammanträdet|mötet)\s+(?:den\s+)?$")


# The statutes ("stadgarna", "§ 3 i stadgan", "stadgeändring"), and a rule's day set or changed in them:
# "årsmötet ska hållas innan 30 september", "datumet ändras till 15 oktober".
_STATUTES = re.compile(r"(?i)(?<![\w])(?:stadga|stadgan|stadgar|stadgarna|stadgeändring\w*|stadgeenlig\w*)(?![\w])")
_RULE_DAY = re.compile(r"(?i)(?<![\w])(?:ska|skall|bör)\s+(?:\w+\s+){0,3}?(?:hållas|ske|äga\s+rum|vara\s+\w+)\s+"
                       r"(?:innan|före|senast|inom|till)|(?:datumet|dagen|tiden)\s+(?:ändras|flyttas|sätts)\s+till")


def is_statute_rule(sentence: str, line: str) -> bool:
    """Whether a yearless day is a rule of the statutes, not a thing to come: the sentence names the
    statutes, or it sets or changes a rule's day on a line that does ("I stadgarna för § 3 så anges att
    årsmötet ska hållas innan 30 september. Ändring föreslås att datumet ändras till 15 oktober.")."""
    if _STATUTES.search(sentence):
        return bool(_RULE_DAY.search(sentence))
    return bool(_RULE_DAY.search(sentence) and _STATUTES.search(line))


# A municipal template's protocol number in its head, the number of the meeting and the year's last two digits:
# "Sammanträdesdatum KOMMUNSTYRELSEN 1.12.2010 20/10", "Nr KOMMUNSTYRELSEN 20/10", "Nr 8/14". It reads as a
# day and month ("20/10") that would roll over to the next year. Group 1 the year's digits. What stands right
# before it: the number's label, a name in capitals (the organ's cell) or a full date (the meeting's cell).
_NUMBER_OF_YEAR = re.compile(r"\d{1,3}/(\d{2})")
_BEFORE_PROTOCOL_NUMBER = re.compile(
    r"(?:(?<![\w-])[Nn]r\.?:?|(?<![\w-])[A-ZÅÄÖ]{4,}[.,:]?|\d{1,2}[./-]\d{1,2}[./-](?:19|20)\d{2}|\d{4}-\d{2}-\d{2})\s+$")


# The organ's name alone before the number, opening its line as the head's organ cell does: "Kyrkorådet 06/12",
# "Tekniska utskottet 08/12".
_ORGAN_LINE_BEFORE_NUMBER = re.compile(r"(?m)^[ \t]*[A-ZÅÄÖ][a-zåäö]*(?:[ \t]+[a-zåäö]*)?(?:rådet|nämnden|styrelsen|utskottet|fullmäktige|"
                                       r"direktionen|beredningen)[.,:]?[ \t]+$")


def is_protocol_number(text: str, dm: DateMatch, after: date) -> bool:
    """Whether a day and month without a year is a protocol's number in its year (`_NUMBER_OF_YEAR`, the year
    the meeting's), after its label, the organ in capitals or a full date (`_BEFORE_PROTOCOL_NUMBER`), or the organ's
    name opening its line (`_ORGAN_LINE_BEFORE_NUMBER`)."""
    if dm.explicit_year or "/" not in dm.text:
        return False
    m = _NUMBER_OF_YEAR.fullmatch(dm.text.strip())
    if m is None or int(m.group(1)) != after.year % 100:
        return False
    return bool(_BEFORE_PROTOCOL_NUMBER.search(text, max(0, dm.start - 30), dm.start)
                or _ORGAN_LINE_BEFORE_NUMBER.search(text, max(0, dm.start - 40), dm.start))


# A programme of dated things after a colon, each date followed by its label and the labels split by commas:
# "Datum fastställdes enligt följande: 18 januari släktforskningens dag, 11 februari DNA eller smeder, 17 mars
# årsmöte, 14 april ..., maj utflykt ?". Each label tells its own date's kind, not a word of another label.
_PROGRAMME_LABEL = re.compile(r"[^,;:.!?]{0,50}?(?=\s*(?:,|\s+och\s+|[.;]?\s*$))")
_PROGRAMME_GAP = re.compile(r"(?:,|\s+och)\s*$")  # what ends a label before the next date
_PROGRAMME_MIN = 3
_PROGRAMME_SPAN = 70  # at most from one date of the run to the next


def _programme_label(sentence: str, at: int, end: int, starts: list[int]) -> str | None:
    """The label after the date at `at`..`end` of `sentence` when the date is in a programme run
    (`starts`: where the sentence's dates begin): a colon right before the run's first date, at least
    three dates after it, and between each two only a short label and a comma or "och". None otherwise."""
    colon = sentence.rfind(":", 0, at)
    run = sorted(x for x in starts if x > colon)
    if colon < 0 or sentence[colon + 1:run[0]].strip() or len(run) < _PROGRAMME_MIN:
        return None
    for a, b in itertools.pairwise(run):
        if b - a > _PROGRAMME_SPAN or not _PROGRAMME_GAP.search(sentence, a, b):
            return None
    m = _PROGRAMME_LABEL.match(sentence, end)
    return m.group(0) if m else None


def _event(d: _Doc, dm: DateMatch, in_list: bool, after: date, meeting: Meeting,
           mentions: list[tuple[DateMatch, bool]], nxt: int, prev_end: int,
           day_months: dict[str, list[int]], written: bool) -> _Found | None:
    """The event a date mention names, or None. `written`: whether it is the minutes' own date
    (`_document_date`), as `extract_events` found for every mention."""
    text = d.text
    if dm.kind not in (DateKind.DAY, DateKind.MONTH, DateKind.WEEKDAY) or dm.value is None:
        return None
    if dm.kind is DateKind.MONTH and dm.bare and not in_list:
        return None
    if not _is_after(dm, after):
        return None
    if _is_period(dm):
        return None  # "2023-01-01 – 2024-12-31", "mars–maj": a period something lasts, not an event
    if dm.kind is DateKind.MONTH and _UNDER_MONTHS_LEAD.match(dm.text) and _AND_MONTH_AFTER.match(d.text, dm.end):
        return None  # "underhåll på vägarna under maj och juni": a stretch of months, as "under maj–juni"
    p = d.place(dm.start, dm.end)
    sentence = text[p.sentence_start:p.sentence_end]
    before = text[max(p.line_start, max(p.sentence_start, prev_end)):dm.start]
    low = sentence.lower()
    near = text[max(p.line_start, dm.start - 80):min(p.line_end, dm.end + 30)]
    admin_before = _ADMIN.search(near) is not None or checking_label_before(text, p.line_start, dm.start)
    next_after_admin = admin_before and _next_meeting_after_admin(text, p.line_start, p.sentence_start, dm)
    if (_ADMIN.search(near) and not _due_beside_reference(near, before) and not next_after_admin) or (
            _COUNTERFACTUAL.search(sentence) or _UNTIL_PREFIX.search(before[-20:])):
        return None
    if _TERM_UNTIL.search(text, max(p.line_start, dm.start - _TERM_REACH), dm.start):  # "t.o.m." ends no term
        return None  # "förordnande för tiden t o m den 31 oktober 2006": the end of a term, not a thing to come
    if _OFFICE_UNTIL.search(text, max(p.line_start, dm.start - _OFFICE_REACH), dm.start):
        return None  # "utse Karl till ledamot i stiftelsen till 2018-12-31": the end of a term of office
    if _REGISTERED.search(text, max(p.sentence_start, dm.start - _REGISTERED_REACH), dm.start):
        return None  # "som inkommit och diarieförts den 11 oktober 2015": the day a paper was registered
    if _DATED_PAPER.search(text, max(p.sentence_start, dm.start - 50), dm.start):
        return None  # "anför i yttrande den 9 februari 2016 bland annat följande": the day a paper was written
    if _PERFECT_BEFORE.search(text, max(p.sentence_start, dm.start - 30), dm.start) and _DONE_SUPINE_AFTER.match(
            text, dm.end):
        return None  # "har den 4 oktober 2017 gjort en sammanställning": done on that day
    if _admin_label_around(d, d.line_of(dm.start)) or (
            checking_label_before(text, p.line_start, dm.start) and not next_after_admin):
        return None
    if is_protocol_number(text, dm, after):
        return None  # "KOMMUNSTYRELSEN 20/10": the protocol's number in 2010, not the 20th of October
    if is_byline(text[p.line_start:dm.start], text[dm.end:min(p.line_end, dm.end + 30)]):
        return None  # "By 17 augusti, 2018 No Comments": the post's own date
    if is_machine_stamp(text, dm.end):
        return None  # "Ellinor Eriksson (2 Sep 2021 17:08 GMT+2)": an e-signature's time, not a thing to come
    if is_page_frame(text[p.line_start:dm.start]) or dm.start == p.line_start and is_view_stamp(text[p.line_start:p.line_end]):
        return None  # "tarix08.04.2018", "Titel:2019-01-30 Protokoll", "27.09.2013 Views": the stored page's upload date
    if d.line_of(dm.start) < _POST_DATE_LINES and _only_date(text[p.line_start:p.line_end], dm) and (
            d.doc.span(dm.start, dm.end)[1] <= meeting.spans.get("date", (-1, -1))[0]):
        return None  # "februari 26th, 2021" above "Lördagen den 23 januari hölls ...": the post's own date
    if d.line_of(dm.start) < _POST_DATE_LINES and _page_stamp(text[p.line_start:dm.start], text[dm.end:p.line_end]):
        return None  # "21.10.2021 | Styrelseprotokoll" under the title: the day the page was posted
    if _posting_stamp(text, p.line_start, p.line_end, dm):
        return None  # "Årsmöte 26.2.2015" / "29.03.2015 kl. 09:57" over the report: the day the page was posted
    if _meeting_own_later_day(d, dm, after, meeting):
        return None  # "Tid: 11 september 16:30-19:00, 12 september 10:00-20:00": the meeting's second day
    if written or (dm.explicit_year and dm.value in d.own_dates):
        return None  # "2008-01-02 ... Minnesanteckningar från ... möte den 19 december 2007": the letter's date
    if _signed_at_place(text, p.line_start, p.line_end, dm):
        return None  # "Dick Jonsson" / "Ljungsbro" / "2023-03-4" closing the minutes: when they were signed
    if _minutes_of(text, dm, p.sentence_start):
        return None  # "Protokoll från styrelsemötet 21 april": a past meeting's minutes
    if ("otokoll" in (lead := text[max(p.line_start, dm.start - _DATED_MINUTES_REACH):dm.start]) or "nteckning" in lead) \
            and _DATED_MINUTES.search(lead):
        return None  # "Följande protokoll lades till handlingarna: AU-protokoll 2021-03-08": a past meeting's minutes
    if _CITED_PARAGRAPH.match(text, dm.end):
        return None  # "Beslut i GNU 19 september, § 28", "KS 2021-03-15 § 44": a decision cited by its paragraph
    if _LEAVE.search(text, max(p.sentence_start, dm.start - _LEAVE_REACH), dm.start):
        return None  # "han är på semester till 12/5"
    if _WEEKDAY_FACT.match(text, dm.end) and _WEEKDAY_FACT_LEAD.match(before):
        return None  # "(1 maj 2022 är en söndag, då släktmöten inte brukar äga rum)": a calendar fact
    # "möten söndagen innan den 18 varje månad": a rule, not a date; a full date stays a date.
    if _RECURRING.search(sentence) and (dm.kind is not DateKind.DAY or dm.inferred):
        return None
    if not dm.explicit_year and is_statute_rule(sentence, text[p.line_start:p.line_end]):
        return None  # "I stadgarna ... årsmötet ska hållas innan 30 september. ... ändras till 15 oktober": a rule
    if not dm.explicit_year and _PAST.search(sentence) and _reads_past(text, dm, after, p):
        return None
    if not dm.explicit_year and _PAST_VERB_AFTER.match(text, dm.end) and _reads_past(text, dm, after, p):
        return None  # "På församlingsmötet den 22 januari samtalade medlemmar": a past tense right after the date
    if not dm.explicit_year and text[dm.end:dm.end + 1] in " ," and _PAST_VERB_AFTER_PHRASE.match(text, dm.end) and (
            _reads_past(text, dm, after, p)):
        return None  # "trivselaktiviteten den 9 november för medlemmar, som ..., samlade ca 25 deltagare"
    if not dm.explicit_year and _happened_before(text, dm, p):
        return None  # "Vidare medverkade förbundet med en musikavdelning den 6 juni": a report of the year behind
    if _RATHER_THAN.search(text, p.sentence_start, dm.start):
        return None  # "hellre ser att det görs snart än i maj/juni": the alternative not chosen
    if _slash_alternative(text, dm, mentions):
        return None  # "utkommer i slutet av oktober/1:a veckan i november": one thing, the month before the slash
    if _cut_at_end(text, dm):
        return None  # "Styrelsesammanträde den 9 mars 2" closing a copy cut off: its year is lost
    if dm.explicit_year and _CLAUSE_OPENING_DATE.fullmatch(before) and (
            _PAST_VERB_AFTER.match(text, dm.end) or _PAST_WORD_AFTER.match(text, dm.end)) and not (
            _MOVE.search(sentence) or _CANCEL.search(sentence)):
        return None  # "Den 2 december 2021 beslutade nämnden att anta en rutin": done on the day, whatever the year
    if not dm.explicit_year and _DONE_LEAD.search(d.lead_of(d.line_of(dm.start))):
        return None  # "Utförda aktiviteter:" over "Regionfullmäktige 15/2": done, not next year's
    if not dm.explicit_year and _reported_back(d, p, dm, after, sentence):
        return None  # "§ 5 Rapporter" / "a) Medlemsträff 19 februari" / "Maria lämnade en skriftlig rapport."
    if dm.inferred and dm.kind is DateKind.DAY and _covered(dm, mentions):
        return None  # "årsmötet den 4-5 juni ... middag den 4:e": the same days again
    if any(_trip_return(text, o, dm) for o, _ in mentions if o.end <= dm.start):
        return None  # "Avfärd ... den 5 april kl 20.30 Åter Karlskrona tisdagen den 7 april": the trip's end
    if any(_closes(text, o, dm) for o, _ in mentions if o.end <= dm.start):
        return None  # "samlas ... den 11 april ... Avslutning sedan den 12 april": the end of that one
    if _repeats_dated(dm, mentions):
        return None  # "möte den 27 juni 1997 ... rapporterade från mötet den 27 juni": that year's day again
    if dm.inferred and dm.kind is DateKind.DAY and not any(
            o.start < dm.start and dm.start - o.end <= _MONTH_CONTEXT and not o.inferred
            and o.kind in (DateKind.DAY, DateKind.MONTH) for o, _ in mentions):
        return None  # "den 13e" needs a month said shortly before it
    if dm.kind is DateKind.WEEKDAY:
        if dm.bare or (dm.value - after).days > 7:  # type: ignore[operator]
            return None
        if not meeting.date:
            return None  # "till nästa fredag" with no meeting day found: a weekday counted from a guessed anchor
        # A date needs a month: a weekday alone is a day only as an hour set on it ("klockan 09:00 på
        # lördag") or as the body's next meeting ("Nästa möte blir nästa torsdag"); a plan told in
        # passing ("ska träffas med sina elever nu på måndag") is none.
        if not find_times(sentence) and not (_WEEKDAY_SET.match(dm.text) and (
                _names_next_meeting(sentence, dm.start - p.sentence_start, dm.end - p.sentence_start)
                or _NEXT_MEETING.search(p.heading) or _MEETS_AGAIN.search(sentence))):
            return None
        # A day-precise date on the same line says more than the weekday written with it.
        if any(o.kind is DateKind.DAY and p.line_start <= o.start < p.line_end for o, _ in mentions):
            return None
        window = text[max(0, p.line_start - 200):p.line_end]
        if _RECURRING.search(window):
            return None
    # A day in the same month nearby is the same thing said more precisely, unless the month's own
    # sentence says something gets ready ("Godtemplargården blir klar i april") and the day's does not
    # ("20 april kördag i Mariasalen"): a state reached is no gathering on a day of that month.
    undecided = dm.kind is DateKind.MONTH and _days_undecided(d, dm, mentions)
    if dm.kind is DateKind.MONTH and any(
            abs(s - dm.start) < 400 and not _ready_beside_day(d, sentence, s)
            and not _next_meeting_beside_month(d, sentence, s)
            for s in day_months.get(str(dm.value), [])) and not undecided:
        return None
    context = " | ".join(x for x in (p.heading, p.parents) if x)
    cue = _names_next_meeting(sentence, dm.start - p.sentence_start, dm.end - p.sentence_start)
    if cue and sentence[cue[0]:cue[0] + 3].casefold() == "vi " and (
            _CONFERENCE.search(sentence) or _WORKSHOP.search(sentence) or _TRIP.search(sentence)):
        cue = None  # "Vi träffas på höstkonferensen den 20 oktober": we meet at another kind of thing
    if cue and _ACTIVITY_SESSION.search(sentence, max(0, cue[0] - 120), cue[1]):
        cue = None  # "Ungdomssatsning och nästa tillfälle äger rum 10-11 februari": the course's next session
    # Under a "Nästa möte" heading: a short line, or the first date of the section however long.
    # (The same date said twice counts once: "6 Jul 2026 (6/7)".)
    # (A day offered beside another, "den 10:e eller 17:e januari", is as first as the day it is offered beside.)
    first_in_section = not any(p.section_start <= o.start < dm.start and o.value != dm.value
                               and not (dm.start - o.end < _OR_REACH and _OR_GAP.fullmatch(text, o.end, dm.start))
                               for o, _ in mentions)
    next_cue = cue is not None or bool(_NEXT_MEETING.search(context) and (
        len(sentence.strip()) < 80 or (first_in_section and _NEXT_MEETING.search(p.heading)))
        and not _other_thing_under_next_meeting(sentence[:dm.start - p.sentence_start], first_in_section)) or bool(
        first_in_section and _next_occasion_heading(p.heading))
    if not next_cue and _NEXT_MEETING.search(p.heading) and _MEETING_NOUN_BEFORE.search(before):
        # "5. Nästa styrelsemöte" over "Förslag på konstituerande styrelsemöte: Tisdag 22.8.2017": the meeting
        # the heading names, said right before its day (another kind, as "Årsmöte 17.8.2017", is foreign below)
        next_cue = True
    if not next_cue and cue is None and not in_list and _names_next_meeting_just_before(d, p, dm, mentions):
        next_cue = True  # "Nästa möte blir på Saltskog gård. Datum måndag 8 april kl 18:30": its date, labelled
    if cue is not None:
        # Stated outright: only a body named right by it ("nästa stämma den ...") or above it counts.
        here = dm.start - p.sentence_start
        said = sentence[max(0, min(cue[0], here) - 40):max(cue[1], dm.end - p.sentence_start) + 10]
        other_body = _other_body(f"{said} | {context} | {p.outer}", meeting.body)
    else:
        # The body named nearest before the date: "kommunstyrelsen 2021-04-12 och kommunfullmäktige 2021-04-26".
        other_body = _other_body(before, meeting.body) or _other_body(f"{sentence} | {context} | {p.outer}",
                                                                       meeting.body)
    if (dm.kind is DateKind.MONTH and not next_cue and not in_list
            and (_MEETING_OF_MONTH.search(text, max(p.sentence_start, dm.start - 40), dm.start)
                 or _MONTH_MEETING_WORD.fullmatch(dm.text))):
        # "en plan till mötet i augusti": the body's own meeting of that month, its next; only a body
        # named in the sentence makes it another's (a heading names the matter: "Fjällidenkommittén:")
        next_cue = True
        other_body = _other_body(sentence, meeting.body)
    if not next_cue and not in_list and _OWN_MEETING_MOVED.search(sentence):
        move = _MOVE.search(sentence)
        if move is not None and dm.start - p.sentence_start > move.end() and not _FROM_BEFORE.search(before.lower()[-16:]):
            # "Ändring av mötesdag från 1/10 till det nya datumet 24/9": the body's meeting, on its new day
            next_cue = True
            other_body = _other_body(sentence, meeting.body)
    if _NEXT_BUT_ONE.search(low):
        next_cue = False
    foreign = _foreign_meeting(_without_purpose_after(sentence, dm.end - p.sentence_start), meeting.body) and not (
        cue is not None and not other_body and _labelled_general_meeting(sentence, cue, meeting.body))
    if other_body or foreign:
        next_cue = False
    list_cue = in_list or bool((_MEETING_LIST.search(sentence) or _NEXT_MEETINGS.search(sentence)) and sum(
        1 for o, _ in mentions if p.sentence_start <= o.start < p.sentence_end) >= 2) or bool(
        (_MEETING_LIST.search(p.heading) or _COMING_SITTINGS.fullmatch(p.heading.strip(" *_#:")))
        and len(sentence.strip()) < 80 and not next_cue
        and (_MEETING.search(sentence) or len(sentence.replace(dm.text, "").strip(" -–•*,.:")) < 25))
    if dm.kind is DateKind.MONTH and not (list_cue or next_cue or undecided or _FUTURE.search(sentence)
                                      or _SCHEDULED.search(sentence)
                                      or _SUBMIT_SPLIT.search(sentence) or _STEP.search(sentence)
                                      or _celebration_set_in(sentence, dm.start - p.sentence_start)
                                      or _PLANNED_TRIP.match(sentence)):
        return None  # "Underskottet i december": a month in a statement of fact
    if not (list_cue or next_cue) and _page_of_pages(text, p, dm):
        return None  # "2/2" alone on a line between paragraphs: page two of two, no date
    if (p.line_start < _HEAD_REACH and not (list_cue or next_cue)
            and text[p.line_start:p.line_end].strip(" *_#.,") == dm.text.strip(" .,")):
        return None  # a date alone on a line at the top is the document's own (written, published)
    if ("date" in meeting.spans and not text[:p.line_start].strip() and not (list_cue or next_cue)
            and _MEETING_TITLE_LINE.fullmatch(text[p.line_start:dm.start] + text[dm.end:p.line_end])):
        # "Styrelsemöte 220515" on the first line of minutes whose head read a day elsewhere: the minutes'
        # own meeting, whatever day the head took
        return None
    same_day_after = any(o.text == _SAME_DAY_TEXT and dm.end <= o.start < p.sentence_end for o, _ in mentions)
    # "Debatten ... flyttats fram till den 15 april och utskottet ... sitt sammanträde ... samma dag": what is
    # said up to this date tells its kind; the rest is the other thing of that day.
    kind = _kind(text[p.sentence_start:dm.end] if same_day_after else sentence, before, p.parents, list_cue, next_cue)
    own_label = _programme_label(sentence, dm.start - p.sentence_start, dm.end - p.sentence_start,
                                 [o.start - p.sentence_start for o, _ in mentions
                                  if p.sentence_start <= o.start < p.sentence_end])
    if own_label is not None and own_label.strip(" ?") and not (next_cue or list_cue) and kind in (
            EventKind.TRIP, EventKind.WORKSHOP, EventKind.CONFERENCE, EventKind.MEETING):
        # "...: 11 februari DNA eller smeder, ..., maj utflykt ?": another label's trip is not this date's
        kind = _kind(own_label, "", "", False, False)
    if kind is EventKind.MEETING and foreign and not (next_cue or list_cue) and _foreign_general_meeting(sentence):
        kind = EventKind.OTHER  # "Från Länsförbundet: Länsstämman hålls 14 maj i Ockelbo": another body's assembly
    resumes = kind is EventKind.OTHER and _RESUMES.search(sentence) is not None  # (its kind said: see `_kind`)
    if kind is EventKind.OTHER and p.sentence_start > p.line_start and _is_fragment(sentence, dm) and not resumes:
        # "- Vårmötet blir en endagsresa med båt. Silja Line 27 maj": the bullet's first sentence says what.
        lead = text[p.line_start:p.sentence_start].rstrip().rstrip(".!?;")
        cut = [m.end() for m in _SENTENCE_END.finditer(lead)]
        lead_kind = _kind(lead[cut[-1] if cut else 0:], "", "", False, False)
        kind = lead_kind if lead_kind is not EventKind.DEADLINE else kind
    if kind is EventKind.OTHER and not resumes:
        # "Vårmötet, (vårkryssningen) 2009" over "Sker på tisdag-onsdag den 12-13 maj.": the title says what.
        title = _title_above(text, p.sentence_start)
        title_kind = _kind(title, "", "", False, False) if title else kind
        kind = title_kind if title_kind is not EventKind.DEADLINE else kind
    # Fields: from the date up to the next date or the end of the paragraph; a title line
    # ("Höstfesten 22 oktober") reaches over the paragraph below it.
    para_end = text.find("\n\n", dm.end)
    para_end = len(text) if para_end < 0 else para_end
    if _DATE_LABEL_LINE.match(text, p.line_start, dm.start):
        para_end = max(para_end, _labelled_block_end(text, p.line_end))
    titled = _is_title_line(text, p, dm, para_end)
    if titled:
        opening = _TEXT_START.search(text, para_end)  # the paragraph below, past the blank lines
        below = text.find("\n\n", opening.start()) if opening else -1
        para_end = len(text) if below < 0 else below
    window_end = min(nxt, para_end, dm.end + _AFTER_REACH)
    after_text = text[dm.end:window_end]
    times = _times_after_date(after_text)
    if titled:  # the title line's own time ("Nästa möte Onsdag 12:15 13/10") before the paragraph's
        times = find_times(text[p.line_start:p.line_end]) or times
    tail = _list_tail(text, dm, mentions)
    if not times:
        times = _hours_before_list(text, dm, mentions)
    if not times and tail is not dm:
        # "2022-01-19, 2022-02-16 och 2022-03-16 kl. 17.30": what follows the last date holds for each.
        later = [o.start for o, _ in mentions if o.start >= tail.end and o.value is not None]
        tail_end = min([*later, text.find("\n\n", tail.end) % (len(text) + 1), tail.end + _AFTER_REACH])
        times = find_times(text[tail.end:tail_end])
    clock_before = _CLOCK_BEFORE_DATE.search(text, max(p.sentence_start, dm.start - 24), dm.start)
    if clock_before:  # "flyttats fram till kl. 13.00 den 15 april": the time written right before its day
        times = find_times(clock_before.group(0))
    if not times:
        lead_from = max(p.sentence_start, prev_end)
        times = find_times(text[lead_from:dm.start])
        if (times and prev_end > p.sentence_start and _OWN_CLOCK_LEAD.fullmatch(text, lead_from, lead_from + times[0].start)
                and not _WEEKDAY_BEFORE_CLOCK.search(text, max(0, prev_end - 12), prev_end)):
            times = []  # "den 24 sept kl.9.30, oklart var samt 19 nov": the hour right after the day before is its own
    # "Plats: Bäckevi idrottsplats." / "Datum: 2020-11-25": the labels right above the date's label line
    # are its block too (after a heading's own date the block is the head's, not this one's).
    above = _labelled_block_start(text, p.line_start, max(p.section_start, prev_end)) if (
        _DATE_LABEL_LINE.match(text, p.line_start, dm.start)) else p.line_start
    if not times and above < p.line_start:
        times = find_times(text[above:p.line_start])
    if not times and kind is EventKind.MEETING and other_body is None:
        # "Både beredning och direktionsmöten börjar kl 08.30." above the body's meeting days: their hour
        standing = None
        for standing in _STANDING_HOUR.finditer(text, max(p.section_start, dm.start - _LIST_REACH), dm.start):
            pass  # the last one before the date
        times = find_times(text[standing.start():standing.end()]) if standing else times
    start = format_time(times[0].begin) if times else None
    end = format_time(times[0].finish) if times else None
    venue_window = text[dm.end:min(nxt, p.line_end)] if not list_cue else after_text[:60]
    if not list_cue and nxt < p.sentence_end:
        # "besök från ett provinsparlament den 21 april och utskottet i Bayerns delstatsparlament den 28 april":
        # after "och" the sentence goes on to the next dated thing, and its place is that one's
        joined = _AND_NEXT_THING.search(venue_window)
        venue_window = venue_window[:joined.start()] if joined else venue_window
    if not list_cue and _place_before(before) is not None:
        # "klubbtränarutbildning i Olofström den 9-10 februari, arrangerad av SSF. En vapenkontrollantkurs ... i
        # Ronneby": the place was said before the date; one after a new sentence or clause is another thing's
        broken = _CLAUSE_BREAK.search(venue_window)
        venue_window = venue_window[:broken.start()] if broken else venue_window
    if (nxt < p.sentence_end and _place_before(text[dm.end:nxt]) is not None
            and _place_before(before) is not None and not _CLAUSE_BREAK.search(text, dm.end, nxt)):
        # "årsmöte i Svartå 21.3 och vårmöte i Ekenäs 18.4": each place stands before its own date
        venue_window = ""
    if tail is not dm:
        # "den 23/3 och 27/3 i Stockholm": what follows the last date of a list holds for each.
        venue_window = text[tail.end:d.doc.lines[d.line_of(tail.end)].end]
    venue = (_venue(venue_window) or _booked(text[p.sentence_start:dm.start]) or _place_before(before)
             or _held_at_before(before) or _named_place_before(before) or _visited_before(before)
             or _town_after_comma_before(before))
    if venue is None and not list_cue:
        booked = _BOOKED_AFTER.match(text, dm.end, min(nxt, p.sentence_end))
        venue = booked.group(1) if booked and not _NOT_PLACE.match(booked.group(1)) else None
    if venue is None and not list_cue:
        venue = _series_place(text, dm, mentions)
    if venue is None and max(p.sentence_start, prev_end) < p.line_start:
        # prose wrapped before the date: "anmodad till vårgasquen i Helsingborg\nden 23 maj"
        venue = _place_before(text[max(p.sentence_start, prev_end):dm.start])
    if venue is None and not list_cue:
        venue = _named_place_after(after_text)  # "Skifte 22/6 hybridmöte Tingvalla med bättre hörbarhet"
    if venue is None and list_cue:
        venue = _welcome_place_below_list(text, dm.end)  # "13 september 17-18.30" / ... / "Välkomna till X."
    if venue is None and not list_cue and p.heading:
        venue = _heading_place(p.heading)  # "14. Aktiviteter i Kvarneket:" over "– Vårstädning den 25 april"
    if venue is None and not list_cue and dm.end < p.sentence_end:
        noun = _EVENT_PLACE_NOUN.search(text, dm.end, min(nxt, p.sentence_end))  # "9 December på campus."
        venue = noun.group(1) if noun else None
    if venue is None and not list_cue:
        label = _VENUE_LABEL.search(text, dm.end, min(nxt, para_end)) or (  # "Plats: ..." on a line below
            _VENUE_LABEL.search(text, above, p.line_start))  # or above, in its block of labels
        venue = _restated(label.group(1).strip(" .,;")) if label else None
    if titled and times and times[0].start < len(after_text):
        # Where and when said together: "kommer medlemsträffen att börja på Tekniska Museet kl 16.30".
        said = after_text[:times[0].end]
        cut = [m.end() for m in _SENTENCE_END.finditer(said)]
        said = said[cut[-1] if cut else 0:]
        venue = venue or _venue(said)
        said_kind = _kind(said, "", "", False, False) if kind is EventKind.OTHER else kind
        kind = said_kind if said_kind is not EventKind.DEADLINE else kind
    if venue is None and times and times[0].end <= len(after_text):
        # "Nästa möte 5 maj\nkl. 13.00-16.00, Kommunhuset": a place closing the time's line.
        rest = after_text[times[0].end:].split("\n", 1)[0]
        placed = _PLACE_AFTER_TIME.fullmatch(rest)
        venue = placed.group(1) if placed and not _NOT_PLACE.match(placed.group(1)) else None
        if venue is None and "å" in rest:
            archaic = _ARCHAIC_AT_AFTER_TIME.fullmatch(rest)
            venue = archaic.group(1) if archaic and not _NOT_PLACE.match(archaic.group(1)) else None
    if venue is None and times and not list_cue and times[0].start <= len(after_text):
        # "4 December. JL Bygg Kl: 18.30": a place of capitalised words alone between the date and its hour
        alone = _PLACE_BEFORE_TIME.fullmatch(after_text, 0, times[0].start)
        place = alone.group(1).strip() if alone else ""
        if (_CAPITALISED_WORDS.fullmatch(place) and not _NOT_PLACE.match(place) and not _MEETING.search(place)
                and not _names_holder(place)):
            venue = place
    if venue is None and not list_cue and tail is dm:
        # "Inbjudan till ... rådslag 9/3, Ryda Gård.": the place after a comma closing the date's line
        placed = _PLACE_AFTER_TIME.fullmatch(text, dm.end, p.line_end)
        place = placed.group(1) if placed else ""
        venue = place if place and not _NOT_PLACE.match(place) and not _names_holder(place) else None
    if venue is None:
        venue = _column_venue(text[dm.end:min(nxt, p.line_end)])
    own_line = text[dm.end:min(nxt, p.line_end)]
    if kind is EventKind.MEETING and ("mötet" in own_line or "sammanträdet" in own_line):
        own_place = _MEETING_ITSELF_AT.search(own_line)  # "Inleds med lunch på X ... sedan med sammanträdet på Y"
        if own_place and not _NOT_PLACE.match(own_place.group(1)) and (
                venue is None or -1 < own_line.find(venue) < own_place.start()):
            venue = own_place.group(1).strip(" .,;")  # (the other place named first on the same line)
    travel = _TRAVEL_TO_PLACE.search(sentence) if kind is EventKind.TRIP else None
    if travel is not None and not _NOT_PLACE.match(travel.group(1)):
        venue = travel.group(1)  # "åker till Växjö för att titta på Playsight": where the trip goes
    if venue is None and kind is EventKind.TRIP:
        # "Studieresa till Bryssel 12-14 april": the trip's noun between the date before and the next one
        lo, hi = max(p.sentence_start, prev_end), min(p.sentence_end, nxt)
        trip = _TRIP_PLACE.search(text, lo, dm.start) or _TRIP_PLACE.search(text, dm.end, hi)
        place = _no_weekday_part(trip.group(1)).strip(" .,;") if trip else ""
        venue = place if place[:1].isupper() and not _NOT_PLACE.match(place) else None
    if kind is EventKind.MILESTONE and venue is not None and _STEP_AT_PLACE.search(sentence) and _TERM_NOUN.search(
            sentence):
        kind = EventKind.OTHER  # "Terminen avslutas i Hallunda Folkets Hus den 22 april till musik": a gathering
    online = _online(text[p.sentence_start:window_end])
    theme_m = _THEME.search(text, p.sentence_start, window_end)
    theme = (theme_m.group(1) or theme_m.group(2)).strip() if theme_m else None
    tentative = dm.tentative or dm.alternative or "?" in text[dm.end:dm.end + 3] or bool(
        _PROPOSAL.search(p.parents)) or bool(_PROPOSED_DATE.search(before)) or _alternatives(text, dm, mentions)
    status, moved_from = _status(sentence, dm, mentions, after)
    if status is None:
        return None
    body = other_body or (meeting.body if kind is EventKind.MEETING else None)
    confidence = 0.6
    if next_cue or list_cue:
        confidence = 0.95
    elif dm.explicit_year:
        confidence = 0.75
    if dm.kind is DateKind.MONTH:
        confidence -= 0.2
    if dm.kind is DateKind.WEEKDAY or dm.inferred:
        confidence -= 0.2
    if tentative:
        confidence -= 0.1
    if _VAGUE.search(sentence):
        confidence -= 0.2
    closing = next((o for o, _ in mentions if o.start >= dm.end and o.value is not None), None)
    end_date = dm.end_iso
    if closing is not None and _closes(text, dm, closing):
        end_date = closing.iso
        if kind is EventKind.OTHER:  # what is said between its first and last day tells what it is
            said_kind = _kind(text[dm.end:closing.start], "", "", False, False)
            kind = said_kind if said_kind is not EventKind.DEADLINE else kind
    elif closing is not None and end is None and _trip_return(text, dm, closing):
        # "Avfärd ... den 5 april kl 20.30 Åter Karlskrona tisdagen den 7 april kl. 07.30": the trip ends on
        # its return day, at the hour said right after it
        end_date = closing.iso
        back = _RETURN_HOUR.match(text, closing.end)
        end = format_time(find_times(back.group(0))[0].begin) if back else None
    title = _title(sentence, dm, p.heading, p.parents, next_cue, list_cue, body)
    if kind is EventKind.OTHER and end_date and venue and not (next_cue or list_cue):
        # "5. Miljöchefsmötet 2019" over "Scandic Hasselbacken är bokad 2019-03-14—15": the yearly gathering
        # the heading names, held over days at a place, is a conference
        named = _yearly_gathering(p.heading, p.outer)
        if named is not None:
            kind, title = EventKind.CONFERENCE, named
    span = d.doc.span(min(p.sentence_start, dm.start), max(p.sentence_end, dm.end))
    event = Event(
        kind=kind, title=title,
        date=dm.iso or "", span=span, end_date=end_date, start=start, end=end, venue=venue,
        online=online, theme=theme, body=body, tentative=tentative, status=status,
        moved_from=moved_from, confidence=max(0.1, min(1.0, confidence)),
    )
    returns_cue = bool(_RETURNS.search(sentence)) and other_body is None
    if (kind is EventKind.MEETING and other_body is None and not foreign and "extra" in before[-40:].casefold()
            and _EXTRA_MEETING.search(before[-40:]) and not _names_other_body(before, meeting.body)):
        returns_cue = True  # "Styrelsen ... tills ett extra möte 210621": this body's extra meeting
    return _Found(event, next_cue, list_cue and not foreign and other_body is None,
                  sentence.replace(dm.text, " "), returns_cue, p.section_start)


# A heading naming a yearly gathering by a compound and its year: "5. Miljöchefsmötet 2019", "3.   Riksträffen
# 2020" (not a matter about one: "Utvärdering Miljöchefsmötet 2019").
_YEARLY_GATHERING = re.compile(r"[\s§*#]*(?:\d{1,2}(?:\.\d{1,2})*[.)]?\s+)?([A-ZÅÄÖ][a-zåäö]{2,}(?:mötet|möte|träffen|"
                               r"dagarna|stämman)\s+(?:19|20)\d\d)[\s.:]*")


def _yearly_gathering(*headings: str) -> str | None:
    for heading in headings:
        if heading:
            m = _YEARLY_GATHERING.fullmatch(heading)
            if m and not m.group(1).casefold().startswith(("styrelse", "års", "nästa")):
                return m.group(1)
    return None


def _minutes_of(text: str, dm: DateMatch, sentence_start: int) -> bool:
    """Tell whether `dm` dates the meeting whose minutes a cue before it names ("Protokoll från
    mötet den 17 maj"), with no deadline in between ("Anteckningarna från mötet skickas senast 5 maj")."""
    lead = text[max(sentence_start, dm.start - _MINUTES_OF_REACH):dm.start]
    opening = _MINUTES_OPENING.match(text, sentence_start, dm.start)
    if opening is not None and dm.start - opening.end() <= _MINUTES_OPENING_REACH and not _DIGIT.search(
            text, opening.end(), dm.start):
        lead = text[sentence_start:dm.start]
    m = None
    for m in _MINUTES_OF.finditer(lead):
        pass  # the last cue before the date
    reported = None
    for reported in _REPORTED_FROM.finditer(lead):
        pass
    if reported is not None and (m is None or reported.start() > m.start()):
        # "Rapport från mötet med kommunen 10 mars", "Beslutet från den 28 februari": a meeting's, not
        # "rapport från Socialstyrelsen som publiceras den 5 maj" (a publication to come).
        gap = lead[reported.end():]
        if not (_MEETING.search(gap) or not gap.strip(" ,:") or gap.strip(" ,:").casefold() == "den"):
            return False
        m = reported
    if m is None:
        return False
    gap = lead[m.end():]
    return not (_DEADLINE_WORD.search(gap) or _DEADLINE_PREFIX.search(gap) or _FUTURE.search(gap)
                or _SCHEDULED.search(gap))


def _admin_label_around(d: _Doc, i: int) -> bool:
    """Tell whether a label of a protocol's signature or posting block stands on a line next to line `i`.

    Front pages of municipal protocols set labels and values in columns, which copies split over
    lines: "Justeringens\nplats och tid Förvaltningskontoret 2006-05-10", "Datum för 2004-03-30
    Datum för 2004-04-20\nanslags uppsättande anslags nedtagande". Only a short label line without
    digits counts, and never beside a line that names a meeting.
    """
    lines = d.doc.lines
    own = lines[i].text
    if len(own.strip()) > 90 or _MEETING.search(own) or _NEXT_MEETING.search(own):
        return False
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(lines) and not lines[j].text.strip():
            j += step
        if not 0 <= j < len(lines):
            continue
        label = lines[j].text.strip()
        if len(label) <= _LABEL_LINE and not any(c.isdigit() for c in label) and _ADMIN.search(label):
            return True
        # A label broken over two lines above its value: "Justeringens\nplats och tid\nFörvaltningshuset, 2019-02-04".
        k = j - 1
        if step == -1 and k >= 0 and len(label) <= _LABEL_LINE and not any(c.isdigit() for c in label):
            upper = lines[k].text.strip()
            if 0 < len(upper) <= _LABEL_LINE and not any(c.isdigit() for c in upper) and _ADMIN.search(upper):
                return True
    return False


def _is_title_line(text: str, p: _Place, dm: DateMatch, para_end: int) -> bool:
    """Tell whether the date stands in a short title line over a paragraph ("Höstfesten 22 oktober")."""
    line = text[p.line_start:p.line_end].strip()
    words = text[p.line_start:dm.start].strip(" *#_-–•:")
    below = text[para_end:para_end + 400].strip().split("\n\n")[0]
    return (len(line) <= _TITLE_LINE and bool(words) and words[:1].isupper() and not line.endswith((".", ":"))
            and para_end <= p.line_end + 1 and len(below) > _TITLE_LINE)


def _title_above(text: str, start: int) -> str | None:
    """The one-line title over the paragraph that opens at `start` ("Vårmötet, (vårkryssningen) 2009")."""
    gap = text.rfind("\n\n", 0, start + 1)
    if gap < 0 or text[gap:start].strip():
        return None
    above = text[:gap].rstrip()
    cut = above.rfind("\n")
    line = above[cut + 1:].strip()
    lone = cut < 0 or not above[:cut].strip(" \t").rsplit("\n", 1)[-1].strip()  # a blank line above it too
    if not lone or not line[:1].isupper() or len(line) > _TITLE_LINE or line.endswith((".", ",")):
        return None
    return line


# The hours written right before a list's first day, a weekday perhaps before them ("Onsdagar kl.15:30-17:30 8 mars
# 17 maj 13 september"): they hold for each day of the list.
_HOURS_BEFORE_LIST = re.compile(r"(?<![\w])(?:kl\.?|klockan)\s*\d{1,2}[.:]\d{2}\s*[-–]\s*\d{1,2}[.:]\d{2}\s*[,:]?\s*$",
                                re.IGNORECASE)
_HOURS_BEFORE_LIST_REACH = 30


def _hours_before_list(text: str, dm: DateMatch, mentions: list[tuple[DateMatch, bool]]) -> list[TimeMatch]:
    """The hours `_HOURS_BEFORE_LIST` before the first day of the list `dm` stands in (see `_list_tail`);
    empty when none stands there."""
    head = dm
    for o, _ in reversed(mentions):
        if o.end > head.start or o.value is None:
            continue
        gap = text[o.end:head.start]
        if head.start - o.end > _LIST_GAP_REACH or "\n" in gap or not _LIST_GAP.fullmatch(gap):
            break
        head = o
    hours = _HOURS_BEFORE_LIST.search(text, max(0, head.start - _HOURS_BEFORE_LIST_REACH), head.start)
    return find_times(hours.group(0)) if hours else []


def _list_tail(text: str, dm: DateMatch, mentions: list[tuple[DateMatch, bool]]) -> DateMatch:
    """The last date of the list `dm` opens or stands in ("27 januari, 24 februari ... och 15 juni")."""
    tail = dm
    for o, _ in mentions:
        if o.start < tail.end or o.value is None:
            continue
        if o.start - tail.end > _LIST_GAP_REACH:
            break  # (the gap is too long: measured before it is cut out)
        gap = text[tail.end:o.start]
        if "\n" in gap or not _LIST_GAP.fullmatch(gap):
            break  # a list written along one line; a column of dates is read entry by entry
        tail = o
    return tail


def _alternatives(text: str, dm: DateMatch, mentions: list[tuple[DateMatch, bool]]) -> bool:
    """Tell whether the date is one of two joined by "eller" ("5 maj eller 12 maj")."""
    for o, _ in mentions:
        lo, hi = (o.end, dm.start) if o.end <= dm.start else (dm.end, o.start)
        # (The gap is measured before it is cut out; one of no length holds no "eller".)
        if o is not dm and hi - lo < 20 and _OR_GAP.fullmatch(text[lo:hi]):
            return True
    return False


def _trip_return(text: str, first: DateMatch, last: DateMatch) -> bool:
    """Tell whether `last` is the return day of a departure said on `first` ("Avfärd ... den 5 april ...
    Åter ... den 7 april"): a departure word just before `first`, a return word just before `last`."""
    if not (isinstance(first.value, date) and isinstance(last.value, date)) or first.end_value is not None:
        return False
    days = (last.value - first.value).days
    return (0 < days <= _CLOSING_DAYS and 0 <= last.start - first.end <= _CLOSING_CUE_REACH * 3
            and _DEPARTURE.search(text, max(0, first.start - _CLOSING_CUE_REACH), first.start) is not None
            and _TRIP_RETURN.search(text, max(first.end, last.start - _CLOSING_CUE_REACH), last.start) is not None)


def _closes(text: str, first: DateMatch, last: DateMatch) -> bool:
    """Tell whether `last` is the closing day of what starts on `first` ("Avslutning sedan den 12 april"), or
    the last day of a period that opens on it (`_period_until`)."""
    if not (isinstance(first.value, date) and isinstance(last.value, date)) or first.end_value is not None:
        return False
    days = (last.value - first.value).days
    if days <= 0:
        return False
    return (days <= _CLOSING_DAYS and 0 <= last.start - first.end <= _CLOSING_REACH
            and _CLOSING.search(text, max(first.end, last.start - _CLOSING_CUE_REACH), last.start) is not None
            ) or _period_until(text, first, last)


# Between a period's first and last day, nothing but "till och med" ("t.o.m.") or "till": "från den 1 oktober
# till den 31 december", "den 10 juli till och med den 3 augusti", "fr.o.m. 1/3 t.o.m. 30/4". Group 1: the
# words that always close a period; a bare "till" does so only after "från" ("från den 3 maj till den 10 maj"
# moved, `_MOVE`, is a new day, not a period).
_PERIOD_UNTIL = re.compile(r"[ \t]*,?[ \t]*(?:(till[ \t\n]+och[ \t\n]+med|t\.?[ \t]?o\.?[ \t]?m\.?)|till)[ \t\n]+(?:den[ \t\n]+)?",
                           re.IGNORECASE)
_PERIOD_FROM = re.compile(r"(?<![\w])(?:från|fr\.?[ \t]?o\.?[ \t]?m\.?)[ \t\n]+(?:och[ \t\n]+med[ \t\n]+)?"
                          r"(?:(?:mån|tis|ons|tors|fre|lör|sön)dag(?:en)?[ \t\n]+)?(?:den[ \t\n]+)?$", re.IGNORECASE)
_PERIOD_MOVE_REACH = 80


def _period_until(text: str, first: DateMatch, last: DateMatch) -> bool:
    """Tell whether `last` closes a period that opens on `first` (`_PERIOD_UNTIL`): the day it lasts until is
    no thing of its own, whatever the period's length."""
    m = _PERIOD_UNTIL.fullmatch(text, first.end, last.start)
    if m is None:
        return False
    if m.group(1):
        return True
    lead = text[max(0, first.start - _PERIOD_MOVE_REACH):first.start]
    return _PERIOD_FROM.search(lead) is not None and _MOVE.search(lead) is None


def _repeats_dated(dm: DateMatch, mentions: list[tuple[DateMatch, bool]]) -> bool:
    """Tell whether a yearless day repeats a day written with its year shortly before, in another year."""
    if dm.explicit_year or not isinstance(dm.value, date):
        return False
    for o, _ in mentions:
        if (o.explicit_year and isinstance(o.value, date) and o.end <= dm.start
                and dm.start - o.end <= _REPEAT_REACH and o.value.year != dm.value.year
                and (o.value.month, o.value.day) == (dm.value.month, dm.value.day)):
            return True
    return False


def _is_fragment(sentence: str, dm: DateMatch) -> bool:
    """Tell whether the date's sentence is a verbless fragment ("Silja Line 27 maj (med reservdag 26:e maj).")."""
    rest = _PARENTHESES.sub(" ", sentence.replace(dm.text, " "))
    return len(_WORD_RUN.findall(rest)) <= _FRAGMENT_WORDS


def _place_before(before: str) -> str | None:
    """The place written right before the date ("Inför SK-möte i Malmö 17/5")."""
    m = _PLACE_BEFORE.search(before)
    place = (m.group(1) or m.group(2)) if m else None
    if place is None or _NOT_PLACE.match(place):
        return None
    if m and _region_of_topic(before, m.start(), place):
        return None  # "workshop om den framtida vattenförsörjningen i Göteborgsregionen, den 16 juni"
    if m and _NOT_HELD_VERB.search(before, max(0, m.start() - _NOT_HELD_REACH), m.start()):
        return None  # "Sandra Frisell slutar på GFRK 22/2": a workplace, not where a thing is held
    if m and m.group(1) and before[m.start()] == "i":
        return _with_its_place(before[max(0, m.start() - _PLACE_OF_TOWN_REACH):m.start()], place)
    return place


_PLACE_OF_TOWN_REACH = 60


def _no_weekday_part(place: str) -> str:
    """The place without a part after a comma that is no place ("Nossebro, onsdag den 24 april")."""
    parts = place.split(",")
    kept = [parts[0]]
    for part in parts[1:]:
        if _NOT_PLACE.match(part.strip()):
            break
        kept.append(part)
    return ",".join(kept)


def _with_its_place(before: str, town: str) -> str:
    """The town with the place before it that it belongs to ("på Folkets hus" + "Ljusne": "Folkets hus i
    Ljusne"), or the town alone."""
    m = _PLACE_OF_TOWN.search(before)
    if m is None or _NOT_PLACE.match(m.group(1)) or _NOT_PLACE.match(town) or _names_holder(m.group(1)):
        return town
    if m.group(1).split()[0].casefold() in _GIVEN:
        return town  # "skickas till Anna i Lund": a person, not a place
    return f"{m.group(1)} i {town}"


# A verb right before "på/i Place" that says where something is bought, announced or worked at, not held:
# "inhandlas av Pepule på Svansströms", "slutar på GFRK 22/2", "annonseras på Blocket".
_NOT_HELD_VERB = re.compile(r"(?<![\w])(?:inhandlas|inhandla|köps|köpas|köper|köpa|handlas|handla|beställs|beställa|"
                            r"slutar|arbetar|jobbar|anställd|anställs|annonseras|publiceras)(?:\s+av\s+[A-ZÅÄÖ][\w-]*)?"
                            r"\s+$")
_NOT_HELD_REACH = 40
# Days of a week in the plural, as a date match opens with them: "tisdagarna", "måndagar".
_WEEKDAYS_PLURAL = re.compile(r"(?i)(?:mån|tis|ons|tors|fre|lör|sön)dag(?:ar|arna)\b")
# "och" opening the next dated thing of a sentence right after a date: "den 21 april och socialpolitiska
# utskottet ...", "den 3 maj, och ett studiebesök ..." (not "den 3 maj i Malmö och Lund").
_AND_NEXT_THING = re.compile(r"^[\s,]*och\s+(?=[a-zåäö])")
# A new sentence or a new "att" clause after a date: what follows is said of another thing.
_CLAUSE_BREAK = re.compile(r"[.!?]\s+(?=[A-ZÅÄÖ])|,?\s+(?:samt|och)\s+att\s")


# Where the thing is held, said before its date: "Ungdomskonferens arrangeras i föreningsgården Kvarnhjulet på
# eftermiddagen den 24 oktober", "Festen hålls på Folkets hus den 3 maj". Group 1 the place: a common noun and
# a name, or a name.
_HELD_AT_BEFORE = re.compile(
    r"(?<![\w])(?:arrangeras|hålls|äger\s+rum|genomförs|anordnas|går\s+av\s+stapeln)\s+(?:i|på)\s+"
    r"((?:[a-zåäö]+\s+)?[A-ZÅÄÖ][\w-]+(?:\s+[A-ZÅÄÖ][\w-]+)?)(?=[\s,.]|$)")


# A place's name alone before a date in a series of occasions, each "Place date": "Svartå Herrgård den 4-5/3
# Alvesta 11-12/3 och Bosön 18-19/3" (group 1; one or two capitalised words, perhaps after "och" or a comma).
_SERIES_PLACE = re.compile(r"[ \t\n]*(?:(?:,|och)[ \t\n]+)?([A-ZÅÄÖ][a-zåäöéü]+(?:[ \t][A-ZÅÄÖ][a-zåäöéü]+)?)[ \t\n]*"
                           r"(?:den[ \t]+)?")


def _series_place(text: str, dm: DateMatch, mentions: list[tuple[DateMatch, bool]]) -> str | None:
    """The place written alone before each date of a series ("Svartå Herrgård den 4-5/3 Alvesta 11-12/3 och
    Bosön 18-19/3", the series perhaps wrapped over lines): two or more dates in a row, each right after a place's
    name (the first one's after a sentence's or line's start), none of them a month, weekday or body."""
    dated = [o for o, _ in mentions if o.value is not None]
    at = next((k for k, o in enumerate(dated) if o.start == dm.start), None)
    if at is None:
        return None

    def place_between(lo: int, o: DateMatch) -> str | None:
        m = _SERIES_PLACE.fullmatch(text, lo, o.start) if 0 <= lo <= o.start else None
        place = m.group(1) if m else None
        if place is None or _NOT_PLACE.match(place) or _other_body(place, None) is not None or _MEETING.search(place):
            return None
        if place.split()[0].casefold() in _GIVEN:
            return None  # "Fika: Anna 4/3, Bo 11/3": who is on duty, not where
        return place

    def first_place(o: DateMatch) -> str | None:
        lo = max(text.rfind(". ", max(0, o.start - _SERIES_REACH), o.start) + 2,
                 text.rfind("\n", max(0, o.start - _SERIES_REACH), o.start) + 1)
        return place_between(lo, o) if lo > 1 else None

    own = place_between(dated[at - 1].end, dm) if at > 0 else None
    chained_before = own is not None
    if own is None:
        own = first_place(dm)
    if own is None:
        return None
    chained_after = at + 1 < len(dated) and place_between(dm.end, dated[at + 1]) is not None
    if chained_before:
        before_placed = (at > 1 and place_between(dated[at - 2].end, dated[at - 1])) or first_place(dated[at - 1])
        chained_before = bool(before_placed)  # (the date before must be a place's date too)
    return own if chained_before or chained_after else None


_SERIES_REACH = 40


# Places a welcome names besides `VENUE_NOUN_ENDINGS`: "vårdcentralen", "mottagningen", "träffpunkten".
_WELCOME_PLACE_ENDINGS = ("centralen", "mottagningen", "träffpunkten", "föreningshuset", "stationen")
# The welcome that closes a list of meeting days with their place: "Varmt välkomna till vårdcentralen Svalöv.",
# "Välkomna till Folkets hus, Ås!", "Hjärtligt välkommen till oss på Kvarngården". Group 1 the place: a lower-case
# place noun (`VENUE_NOUN_ENDINGS`) and perhaps a town, or a capitalised name.
_WELCOME_TO_PLACE = re.compile(
    rf"(?i:(?:varmt|hjärtligt|varmt\s+och\s+hjärtligt)\s+)?(?i:välkomna|välkommen)\s+(?:till\s+(?:oss\s+)?(?:på|i)\s+|till\s+)"
    rf"((?:(?:[a-zåäö][{_W}-]*)?(?:{_words((*VENUE_NOUN_ENDINGS, *_WELCOME_PLACE_ENDINGS))})(?:\s+[A-ZÅÄÖ][{_W}-]+)?|{_PLACE}))"
    r"(?=\s*[.!,]|\s*$)", re.MULTILINE)
_WELCOME_REACH = 400  # how far below the date its list and the welcome may run
# A line of the list between the date and the welcome: a day and perhaps its hours ("25 Oktober 17-18.30").
_LIST_DAY_LINE = re.compile(rf"[ \t]*(?:[-–•*][ \t]*)?(?:(?i:{_words(tuple(WEEKDAYS))})(?:en)?[ \t]+)?(?:den[ \t]+)?\d[^\n]{{0,40}}")


def _welcome_place_below_list(text: str, at: int) -> str | None:
    """The place a welcome names right below a list of meeting days (`_WELCOME_TO_PLACE`), the date at `at` one
    of them: only day lines (`_LIST_DAY_LINE`) and blank lines between its line and the welcome's. None without
    such a welcome, or a welcome to a meeting ("Välkomna till nästa möte")."""
    window = text[at: at + _WELCOME_REACH]
    if "älkom" not in window:
        return None
    m = _WELCOME_TO_PLACE.search(window)
    if m is None or _NOT_PLACE.match(m.group(1)) or _MEETING.search(m.group(1)):
        return None
    between = window[:m.start()].split("\n")
    if any(line.strip() and not _LIST_DAY_LINE.fullmatch(line) for line in between[1:-1]):
        return None  # (the first is the date's own line, the last the welcome's)
    last = between[-1]
    if last.strip() and len(last) > _WELCOME_LINE_LEAD:
        return None  # the welcome ends a paragraph of its own, not a list's line
    return m.group(1).strip(" .,;")


_WELCOME_LINE_LEAD = 80  # what may stand before the welcome on its line ("Drop in! Kom med era tankar.")


# A town after a comma right before the date, as notes list an activity, its town and its days: "Gosskörläger
# tillsammans med Lunds stift, Karlskrona 24-26 jan-14", "Regionträff, Umeå 3 maj", "Landstingshuset, Östersund den
# 28 april". Group 1 perhaps a house's name (`VENUE_NOUN_ENDINGS`) before the comma, group 2 the town.
_TOWN_AFTER_COMMA_BEFORE = re.compile(
    rf"(?:(?<![{_W}])([A-ZÅÄÖ][{_W}-]*(?:{_words(VENUE_NOUN_ENDINGS)}))\s*)?,[ \t]*([A-ZÅÄÖ][a-zåäöéü-]+)[ \t]*,?[ \t]*"
    r"(?:den[ \t]+)?$")


def _town_after_comma_before(before: str) -> str | None:
    """The town between a comma and the date (`_TOWN_AFTER_COMMA_BEFORE`), with the house before the comma when one
    stands there; None for a month or weekday, a person's given name ("..., Roger den 10 juli") or a body."""
    if "," not in before[-40:]:
        return None
    m = _TOWN_AFTER_COMMA_BEFORE.search(before)
    if m is None:
        return None
    town = m.group(2)
    if _NOT_PLACE.match(town) or town.lower() in _GIVEN or _other_body(town, None) is not None or _names_holder(town):
        return None
    return f"{m.group(1)}, {town}" if m.group(1) else town


def _named_place_before(before: str) -> str | None:
    """The place's name between a gathering's noun and its date (`_NAMED_PLACE_BEFORE`), not a month or
    weekday, nor a body ("Styrelsemöte Region Gävleborg")."""
    m = _NAMED_PLACE_BEFORE.search(before)
    place = m.group(1) if m else None
    if place is None or _NOT_PLACE.match(place) or _other_body(place, None) is not None:
        return None
    return place


# Right after a date, a gathering's noun and its place's name without a preposition, as notes write them:
# "Skifte 22/6 hybridmöte Tingvalla med bättre hörbarhet", "12 maj medlemsträff Folkets Hus, kl 18". Names
# only (capital then lower case), then a stop: a comma or point, "med", "och", "kl", or the line's end.
_NAMED_PLACE_AFTER = re.compile(
    rf"[\s,:–-]*[{_W}]*(?:möte|mötet|träff|träffen|stämma|stämman|konferens|konferensen|fest|festen)[ \t]+"
    rf"([A-ZÅÄÖ][a-zåäöéü][{_W}-]*(?:[ \t]+[A-ZÅÄÖ][a-zåäöéü][{_W}-]*)?)"
    r"(?=[ \t]*(?:[,.;:]|\n|$)|[ \t]+(?:med|och|kl|klockan|från|–|-)(?![\w]))")


def _named_place_after(after_text: str) -> str | None:
    """The place named right after a date's gathering noun (`_NAMED_PLACE_AFTER`): not a month, weekday or
    body, nor a person."""
    m = _NAMED_PLACE_AFTER.match(after_text)
    place = m.group(1) if m else None
    if (place is None or _NOT_PLACE.match(place) or _other_body(place, None) is not None
            or place.split()[0].lower() in _GIVEN or _names_holder(place)):
        return None
    return place


# A heading that says where the things under it are held, a colon closing it: "Aktiviteter i Kvarneket:",
# "Program på Folkets hus:".
_HEADING_PLACE = re.compile(rf"(?<![{_W}])(?:i|på)\s+([A-ZÅÄÖ][{_W}-]+(?:\s+[A-ZÅÄÖ{_W}][{_W}-]+)?)\s*:\s*$")


def _heading_place(heading: str) -> str | None:
    m = _HEADING_PLACE.search(heading)
    place = m.group(1) if m else None
    if place is None or _NOT_PLACE.match(place) or _other_body(place, None) is not None or _names_holder(place):
        return None
    return place


_VISIT_WORDS = ("res", "besök", "utflykt", "exkursion", "buss")  # one of them is in every match of `_VISIT_BEFORE`


def _visited_before(before: str) -> str | None:
    """The place a visit, trip or excursion goes to, named right before its date (`_VISIT_BEFORE`): a name."""
    low = before.lower()
    if not any(w in low for w in _VISIT_WORDS):
        return None
    m = _VISIT_BEFORE.search(before)
    place = _no_weekday_part(m.group(1)).strip(" .,;") if m else ""
    if not place[:1].isupper() or _NOT_PLACE.match(place) or _names_holder(place):
        return None
    return place


def _held_at_before(before: str) -> str | None:
    """The place a verb of holding names before the date, in the same sentence (`_HELD_AT_BEFORE`)."""
    m = _HELD_AT_BEFORE.search(before)
    return m.group(1) if m and not _NOT_PLACE.match(m.group(1)) else None


def _restated(venue: str) -> str:
    """The place itself from a label that refers back ("Samma som förra årsmötet, dvs Nordic Forum i Kista")."""
    parts = _RESTATED.split(venue, maxsplit=1)
    return parts[1].strip(" .,;") if len(parts) == 2 and parts[1].strip() else venue


# A past decision verb, "till" and the date right after it: "fastställdes till den 19 mars" (DATE_SET_VERBS).
_DATE_SET = re.compile(rf"(?<![{_W}])(?:{_words(DATE_SET_VERBS)})\s+till\s+(?:(?:{_words(tuple(WEEKDAYS))})(?:en)?\s+)?(?:den\s+)?$",
                       re.IGNORECASE)
_DATE_SET_REACH = 40


def _next_meeting_beside_month(d: _Doc, sentence: str, day_at: int) -> bool:
    """Whether the day at `day_at` is the body's next meeting, named right by it in its own sentence ("Kom gärna
    med synpunkter till nästa möte, 3/6"), and the month's `sentence` is another that names no meeting ("AF kommer
    att bjuda in till dialogseminarier i juni"): two things, the month's an event of its own."""
    q = d.place(day_at, day_at + 1)
    day_sentence = d.text[q.sentence_start:q.sentence_end]
    if day_sentence == sentence or _names_meeting(sentence):
        return False
    return _names_next_meeting(day_sentence, day_at - q.sentence_start, day_at - q.sentence_start + 1) is not None


def _ready_beside_day(d: _Doc, sentence: str, day_at: int) -> bool:
    """Whether a month's `sentence` says something gets ready and the sentence of the day at `day_at`
    in that month does not: then the two are different things, each an event of its own."""
    if not _READY.search(sentence):
        return False
    q = d.place(day_at, day_at + 1)
    return sentence != d.text[q.sentence_start:q.sentence_end] and not _READY.search(
        d.text[q.sentence_start:q.sentence_end])


# A meeting noun right before a date, nothing between but a colon, a weekday or "den": "styrelsemöte: Tisdag ".
_MEETING_NOUN_BEFORE = re.compile(rf"(?i)(?:möte|mötet|sammanträde|sammanträdet)[ \t]*:?[ \t]*"
                                  rf"(?:(?:{_words(tuple(WEEKDAYS))})(?:en)?[ \t]*,?[ \t]*)?(?:den[ \t]+)?$")


def _days_undecided(d: _Doc, month: DateMatch, mentions: list[tuple[DateMatch, bool]]) -> bool:
    """Whether the days of a month said just after it are only proposed, one or another ("Utemöte i
    Kalvahagen i juli. Förslag fredag 2 juli eller 9 juli"): the month is what is settled, an event of its
    own beside them. The days must follow the month within its paragraph and each be joined by "eller"; a
    part of the month ("i början av december") is too vague a time to be one."""
    if any(part in month.text for part in _PART_OF_PERIOD):
        return False
    days = [o for o, _ in mentions if o.kind is DateKind.DAY and isinstance(o.value, date)
            and o.value.isoformat()[:7] == str(month.value) and month.end <= o.start < month.end + _UNDECIDED_REACH]
    return (len(days) >= 2 and "\n\n" not in d.text[month.end:days[-1].start]
            and all(_alternatives(d.text, o, mentions) for o in days))


_REPORT_OF_PAST = _Gated(re.compile(rf"(?<![{_W}])(?:{_words(REPORT_OF_PAST_CUES)})(?![{_W}])", re.IGNORECASE),
                        ("rapport", "referat", "redovis", "redogjorde", "berättade", "deltog", "besökte", "var på",
                         "varit på", "lämnade en"))


_REPORTED_TITLE_LONGEST = 100
# An agenda entry's note of how it is reported, in brackets after its title: "Möte med Region Gotland 17 februari
# (muntlig)", "Almi Företagspartner arbetsmöte 4 mars (skriftlig)": an oral or written report on what was.
_REPORT_FORM_NOTE = re.compile(r"(?i)\(\s*(?:muntlig|skriftlig|muntligt|skriftligt)(?:\s+(?:information|rapport|redovisning))?\s*\)")


def _reported_back(d: _Doc, p: _Place, dm: DateMatch, after: date, sentence: str) -> bool:
    """Whether a yearless date that resolution put most of a year ahead is one reported on, so the past.

    A report is said in the heading it stands under ("§ 5 Rapporter" over "a) Medlemsträff med exotiska
    frukter 19 februari"), in its own sentence ("Återrapport från länsstämman 29 mars") or, under a short
    title line, on the line right under it ("Camilla lämnade en muntlig rapport."). A date close ahead stays ahead ("Rapporter: länsstämman
    hålls 12 juni"), as does one the sentence puts in the future or sets as a deadline ("Rapporten ska
    lämnas senast 15 mars").
    """
    ahead = dm.value if isinstance(dm.value, date) else date.fromisoformat(f"{dm.value}-01") if dm.value else after
    if (ahead - after).days <= _PAST_AHEAD_DAYS or _FUTURE.search(sentence) or _DEADLINE_WORD.search(sentence):
        return False
    if _REPORT_OF_PAST.search(p.heading) or _REPORT_OF_PAST.search(sentence) or _REPORT_OF_PAST.search(
            d.lead_of(d.line_of(dm.start))):
        return True
    if "(" in sentence and _REPORT_FORM_NOTE.search(sentence):
        return True  # "Möte med Region Gotland och Campus Gotland 17 februari (muntlig)": the entry reports on it
    if p.line_end - p.line_start > _REPORTED_TITLE_LONGEST:
        return False  # a paragraph (or a flattened page), no title of a report over its text
    lines = d.doc.lines
    i = d.line_of(dm.start) + 1
    below = next((ln.text for ln in lines[i:i + 2] if ln.text.strip()), "")
    return _REPORT_OF_PAST.search(below) is not None


def _reads_past(text: str, dm: DateMatch, after: date, p: _Place) -> bool:
    """Tell whether a yearless date in a sentence with a past verb is the past.

    Resolution put it ahead of the meeting; a past verb right at the date ("startade den 1
    oktober", "den 5 maj hölls") or a date most of a year ahead means it lay behind. "Vi var
    överens om att nästa möte blir den 5 maj" stays ahead, as does a moved or cancelled date.
    """
    sentence = text[p.sentence_start:p.sentence_end]
    if _MOVE.search(sentence) or _CANCEL.search(sentence):
        return False
    if _DATE_SET.search(text, max(0, dm.start - _DATE_SET_REACH), dm.start):
        return False  # "Tidpunkt för årsstämman fastställdes till den 19 mars": a date set for later
    # the date's own sentence only: in "... som kommer äga rum 5 april. Då stämningen var på topp" the next
    # sentence's past is not this date's
    lo, hi = max(p.sentence_start, dm.start - 20), min(p.sentence_end, dm.end + 20)
    ahead = dm.value if isinstance(dm.value, date) else date.fromisoformat(f"{dm.value}-01") if dm.value else after
    past = any(not _is_var_not_past(text, lo + m.start()) for m in _PAST.finditer(text[lo:hi]))
    return past or (ahead - after).days > _PAST_AHEAD_DAYS


# "var" that is no past tense: "where" after a word of not knowing ("Kommande möten blir den 24 sept kl.9.30, oklart
# var", "plats meddelas senare, vi återkommer om var"), "each" in "var och en".
_VAR_WHERE_BEFORE = re.compile(r"(?i)\b(?:oklart|okänt|osäkert|ovisst|obestämt|inte\s+klart|ej\s+klart|inte\s+bestämt"
                               r"|ej\s+bestämt|bestäms|meddelas|vet\s+(?:vi\s+)?inte|återkommer\s+om)\s+(?:ännu\s+)?$")
_VAR_EACH_AFTER = re.compile(r"(?i)var\s+och\s+en\b")


# A start or an end said to happen at a named place: "Terminen avslutas i Hallunda Folkets Hus den 22 april",
# "Vi startar vårterminen i Tävelsås bygdegård": a term or a course (`_TERM_NOUN`) that people gather for there, no
# milestone ("Projektet avslutas den 30 juni", "Bygget startar i Växjö").
_STEP_AT_PLACE = re.compile(r"(?i)(?<![\w])(?:avslutas|avslutar|startar|påbörjas)\s+(?:[a-zåäö]+\s+){0,2}?(?:i|på)\s+"
                            r"(?-i:[A-ZÅÄÖ])")
# The term, season or course that starts or ends: "Terminen", "vårterminen", "Kursen".
_TERM_NOUN = re.compile(rf"(?i)[{_W}]*(?:{_words(TERM_NOUN_ENDINGS + COURSE_NOUN_ENDINGS)})(?![{_W}])")
# The gap after a month that offers a second time for the same thing: "oktober/1:a veckan i november",
# "maj / början av juni" (a slash, then up to three words).
_SLASH_GAP = re.compile(r"\s*/\s*(?:[\w:.]+\s+){0,3}")
_SLASH_REACH = 30


def _slash_alternative(text: str, dm: DateMatch, mentions: list[tuple[DateMatch, bool]]) -> bool:
    """Tell whether the date is the second of two for one thing joined by a slash after a month (`_SLASH_GAP`).

    "Nästa medlemsblad utkommer i slutet av oktober/1:a veckan i november" is one thing: the month before the
    slash names it, the one after is no event of its own. Days joined so ("5/6") are one date, not two mentions.
    """
    return any(o.kind is DateKind.MONTH and o.end <= dm.start and dm.start - o.end <= _SLASH_REACH
               and _SLASH_GAP.fullmatch(text, o.end, dm.start) for o, _ in mentions if o is not dm)


# What a stored copy cut off inside a date leaves after it: nothing, or the first digits of its year.
_CUT_TAIL = re.compile(r"\s*(\d{1,3})?\s*\Z")


def _cut_at_end(text: str, dm: DateMatch) -> bool:
    """Tell whether the text ends inside this date: a copy cut off mid-date, so the date cannot be read.

    "Styrelsesammanträde den 9 mars 2" (the year cut to its first digit) and "har möte igen den 2" (a day whose
    month was cut, taken from context) close the text. A whole date closing it ("Nästa möte: 5 maj") stays.
    """
    tail = _CUT_TAIL.match(text, dm.end)
    if tail is None:
        return False
    return tail.group(1) is not None or dm.inferred and dm.kind is DateKind.DAY


def _happened_before(text: str, dm: DateMatch, p: _Place) -> bool:
    """Tell whether a verb of a thing that took place (`HAPPENED_CUES`) stands before the date in its sentence.

    "Sista konserten för året gavs i Hemse den 11 november": a report, the yearless date read forward is wrong.
    A sentence that also moves, cancels or looks ahead ("hölls i mars; nästa möte blir den 5 maj") keeps its date.
    """
    if not _HAPPENED.search(text, p.sentence_start, dm.start):
        return False
    sentence = text[p.sentence_start:p.sentence_end]
    return not (_MOVE.search(sentence) or _CANCEL.search(sentence) or _FUTURE.search(sentence))


def _is_var_not_past(text: str, at: int) -> bool:
    """Whether the past cue at `at` is a "var" that says where or each (`_VAR_WHERE_BEFORE`), not "was"."""
    if text[at:at + 3].casefold() != "var" or text[at + 3:at + 4].isalpha():
        return False
    return bool(_VAR_WHERE_BEFORE.search(text, max(0, at - 40), at) or _VAR_EACH_AFTER.match(text, at))


def _next_meeting_after_admin(text: str, line_start: int, sentence_start: int, dm: DateMatch) -> bool:
    """Tell whether the admin cue near a date lies only in an earlier sentence of a run-on line and the date's
    own sentence names the next meeting: "3 Justering 1. Maria utses att justera. 4 Nästa sammanträde 1. Nästa
    ordinarie sammanträde ska äga rum den 25 mars" (a transcript's items run together on one line)."""
    if sentence_start <= line_start or sentence_start >= dm.start:
        return False
    if _ADMIN.search(text[sentence_start:min(dm.end + 30, len(text))].split("\n", 1)[0]):
        return False
    return _names_next_meeting(text[sentence_start:dm.end], dm.start - sentence_start, dm.end - sentence_start) is not None


def _names_next_meeting(sentence: str, start: int, end: int) -> tuple[int, int] | None:
    """Find "nästa möte" in the sentence said of this date, not of something else in it.

    "Nästa möte är den 2 maj" and "den 2 maj: nästa möte" are; "Till nästa möte läser alla
    rapporten som publiceras den 5 maj" is not.
    """
    for m in _NEXT_MEETING.finditer(sentence):
        if m.end() <= start and start - m.end() <= _NEXT_REACH:
            return m.start(), m.end()
        if m.start() >= end and m.start() - end <= _NEXT_REACH // 2:
            return m.start(), m.end()
    return None


def _is_period(dm: DateMatch) -> bool:
    """Tell whether a range is longer than a month (a validity or project period).

    Days of a week in the plural before the range ("tisdagarna 26 maj- 30 juni") make it a run of
    sessions, planned like any gathering, whatever its length."""
    if isinstance(dm.value, date) and isinstance(dm.end_value, date):
        return (dm.end_value - dm.value).days > _PERIOD_DAYS and not _WEEKDAYS_PLURAL.match(dm.text)
    return isinstance(dm.value, str) and isinstance(dm.end_value, str) and dm.end_value != dm.value


def _covered(dm: DateMatch, mentions: list[tuple[DateMatch, bool]]) -> bool:
    """Tell whether an earlier mention close before `dm` already covers its day."""
    for o, _ in mentions:
        if o is dm or o.start >= dm.start or dm.start - o.end > 400 or not isinstance(o.value, date):
            continue
        last = o.end_value if isinstance(o.end_value, date) else o.value
        if isinstance(dm.value, date) and o.value <= dm.value <= last and o.end_value is not None:
            return True
    return False


def _run_by_board(body: str) -> bool:
    """Tell whether the body is an organisation run by a board ("Fryksås Fäbodlag Samfällighetsförening")."""
    words = body.casefold().split(",")[0].split(" i ")[0].split()  # "Hembygdsförening, styrelsen": its board
    return bool(words) and words[-1].endswith(BOARD_RUN_ORGANISATION_ENDINGS)


# Another meeting named after the day as what the meeting is for: "Nästa styrelsemöte blir den 25 januari 2018
# klockan 19:00 i Bystugan och avser i huvudsak förberedelser inför årsmötet", "... för att planera inför stämman".
# The purpose's word and up to two words before the meeting's name. So is the meeting that the one on the day
# follows or adjoins: "Måndagen den 14 januari konstituerande sammanträde efter årsmötet", "styrelsemöte 12 mars
# direkt efter årsmötet", "i anslutning till årsmötet".
_PURPOSE_MEETING = re.compile(
    rf"(?i)(?<![{_W}])(?:(?:direkt\s+|strax\s+|omedelbart\s+)?efter|i\s+anslutning\s+till|"
    rf"inför|förbereda|förbereder|förberedelser?(?:na)?\s+(?:inför|till|för|av)|planera|planering"
    rf"\s+(?:av|inför))\s+(?:[{_W}]+\s+){{0,2}}?[{_W}]*(?:möte|mötet|mötets|stämma|stämman|stämmans)(?![{_W}])")


def _without_purpose_after(sentence: str, at: int) -> str:
    """The sentence without the meetings it names as the purpose of the one on the day read, after `at`
    (see `_PURPOSE_MEETING`): that meeting is the body's own, the one named after "inför" is foreign."""
    return sentence[:at] + _PURPOSE_MEETING.sub(" ", sentence[at:])


# A body that is an association's general meeting of its members ("ÖHF, årsmöte", "Medlemsmöte", "Föreningsstämma"),
# and the prefixes of the kinds of such meetings (årsmöte, medlemsmöte, höstmöte, vårmöte, föreningsstämma): the
# members' next general meeting of another kind is their own, not another body's.
_GENERAL_MEETING_BODY = re.compile(r"(?i)(?<![^\W\d_])(?:års|medlems|höst|vår)möte|(?:förenings|års)stämma")
_GENERAL_MEETING_PREFIXES = frozenset({"år", "medlem", "höst", "vår", "förening"})


# The words that set a meeting's time by another meeting, right before the other's name: "konstituerande
# sammanträde efter årsmötet", "styrelsemöte direkt efter årsmötet", "styrelsemöte i anslutning till stämman".
_RELATIVE_TO_MEETING = re.compile(r"(?i)(?<![\w-])(?:efter|före|innan|i\s+anslutning\s+till|i\s+direkt\s+anslutning\s+till)"
                                  r"(?:\s+(?:det|den|själva|ordinarie))?\s+\Z")
_RELATIVE_REACH = 40
# A meeting's own noun before it: "sammanträde", "styrelsemöte", "mötet".
_OWN_MEETING_NOUN = re.compile(r"(?i)(?:möte|mötet|sammanträde|sammanträdet)(?![\w-])")


def _foreign_meeting(sentence: str, body: str | None) -> bool:
    """Tell whether the sentence names a kind of meeting other than this body's ("Årsmöte den 17 februari")."""
    own = _WORD_RUN_4.findall((body or "").lower())
    for m in _MEETING_TYPE.finditer(sentence):
        if _RELATIVE_TO_MEETING.search(sentence, max(0, m.start() - _RELATIVE_REACH), m.start()) and _OWN_MEETING_NOUN.search(
                sentence, 0, m.start()):
            continue  # "konstituerande sammanträde efter årsmötet": the meeting is set by the other one, not it
        raw = m.group(1).lower()
        prefix = raw.rstrip("s") or raw
        if len(raw) < 3 or raw in ("nästa", "kommande", "detta", "samma", "dagens") or raw.startswith(MEETING_FORMS):
            continue
        if raw in _MONTH_NAMES:
            continue  # "junimötet": the body's meeting of that month
        if raw.startswith(MEETING_PURPOSES):
            continue  # "29 mars Överlämningsmöte": the body's meeting, said what it is for
        if prefix == "styrelse" and (body is None or "styrelse" in body.lower() or _run_by_board(body)):
            continue
        if prefix in _GENERAL_MEETING_PREFIXES and body is not None and _GENERAL_MEETING_BODY.search(body):
            continue  # the members' "årsmöte" minuting its next "medlemsmöte" / "höstmötet": the same members meet
        if any(w.startswith(prefix) or prefix.startswith(w) for w in own):
            continue
        return True
    return False


# An assembly ("stämma") of a wider organisation, named by the level it gathers: "Länsstämman", "Distriktsstämman",
# "Förbundsstämma", "Riksstämman", "Regionstämman", "Divisionsstämman".
_WIDER_ASSEMBLY = _Gated(re.compile(
    rf"(?<![{_W}])(?:läns|distrikts|förbunds|riks|regions|divisions|region|distrikt|förbund)-?stämm(?:a|an|or|orna)"
    rf"(?![{_W}])", re.IGNORECASE), ("stämm",))


def _foreign_general_meeting(sentence: str) -> bool:
    """Whether a sentence about another body's meeting names a wider organisation's assembly ("Länsstämman hålls
    14 maj i Ockelbo"): a gathering the body may attend, kind "other", not its own meeting."""
    return _WIDER_ASSEMBLY.search(sentence) is not None


_GENERAL_MEETING_AFTER_LABEL = re.compile(
    rf"\s*:\s*(?:{'|'.join(BOARD_RUN_GENERAL_MEETINGS)})(?![{_W}])", re.IGNORECASE)


def _labelled_general_meeting(sentence: str, cue: tuple[int, int], body: str | None) -> bool:
    """Tell whether "Nästa möte:" labels the general meeting of the board-run organisation whose minutes
    these are ("Nästa möte: Årsmötet den 20 mars", "Nästa möte: medlemsmöte 4 maj"): the next time the
    organisation meets, so its next meeting."""
    return bool(body and _run_by_board(body) and _GENERAL_MEETING_AFTER_LABEL.match(sentence, cue[1]))


# A person's post in another body, after the body's genitive: "äldrenämndens ordförande", "regionstyrelsens vice
# ordförande", "kommunfullmäktiges presidium", "nämndens representanter".
_ROLE_AFTER_GENITIVE = re.compile(r"(?i)\s+(?:vice\s+|förste\s+|andre\s+)?(?:ordförande|ordf\b|sekreterare|presidium|"
                                  r"ledamot|ledamöter|representant|representanter|förvaltningschef|ombud)(?![\w])")


# What may stand between a day and its own hour: "24 sept kl.9.30", "12/3, kl 18".
_OWN_CLOCK_LEAD = re.compile(r"(?i)[\s,]*(?:kl\.?|klockan)?\s*")
# A weekday before the hour is this date's lead, not a day of its own: "Nästa möte Onsdag 12:15 13/10".
_WEEKDAY_BEFORE_CLOCK = re.compile(r"(?i)\b(?:mån|tis|ons|tors|tor|fre|lör|sön)(?:dag(?:en)?)?\.?$")


def _other_body(context: str, body: str | None) -> str | None:
    """Name another body the date belongs to ("Regionfullmäktige beslutar", "Möte med Divisionsstämman")."""
    own = {w.lower() for w in _WORD_RUN.findall(body or "")}
    for m in _OTHER_BODY.finditer(context):
        start = m.start()
        while start > 0 and (context[start - 1].isalpha() or context[start - 1] == "-"):
            start -= 1  # the whole compound: "Regionfullmäktige", "Monadenkommittén"
        word = context[start:m.end()]
        if word.lower() in ("styrelse", "styrelsen", "nämnd", "nämnden"):
            continue
        if word.endswith("s") and _ROLE_AFTER_GENITIVE.match(context, m.end()):
            continue  # "19 nov då äldrenämndens ordförande är inbjuden": a guest from that body, not its meeting
        low = word.lower().removesuffix("s")
        if low in own or any((low.startswith(o) or o.endswith(low)) and len(o) > 5 for o in own):
            continue  # this body itself: "Kommunfullmäktiges", "fullmäktige" in Kommunfullmäktige's minutes
        return word[0].upper() + word[1:]
    return None


def _status(sentence: str, dm: DateMatch, mentions: list[tuple[DateMatch, bool]], after: date
            ) -> tuple[EventStatus | None, str | None]:
    """Return (status, moved_from); status None drops the mention (the old date of a move).

    "flyttas från den 2 maj till den 9 maj": 9 May is moved from 2 May, 2 May is dropped.
    "mötet den 3 juni ställs in": cancelled.
    """
    here = sentence.find(dm.text)
    if here < 0:
        return EventStatus.PLANNED, None
    dated = [o for o, _ in mentions if o is not dm and o.text in sentence and o.iso]
    cancel = _CANCEL.search(sentence)
    if cancel is None and _MEETING.search(sentence):
        cancel = _DROPPED.search(sentence)  # "Junimötet den 3 juni utgår"
    if cancel:
        lo, hi = sorted((here, cancel.start()))
        between = sentence[lo:hi]
        others_between = any(lo < sentence.find(o.text) < hi for o in dated)
        if not others_between and not _REPLACED.search(between):
            return EventStatus.CANCELLED, None
    move = _MOVE.search(sentence)
    if not move:
        return EventStatus.PLANNED, None
    if _NEW_DATE.match(move.group(0)):
        return EventStatus.MOVED, None  # "den 4 juni (nytt datum)"
    before = sentence[:here].lower()
    if _TILL_BEFORE.search(before[-16:]) and here > move.start():
        old = next((o.iso for o in dated if sentence.find(o.text) < here), None)
        return EventStatus.MOVED, old
    if _FROM_BEFORE.search(before[-16:]):
        return None, None
    if here < move.start():
        # "Mötet den 3 juni flyttas till den 10 juni": the new date carries the event.
        if any(sentence.find(o.text) > move.start() for o in dated):
            return None, None
        return EventStatus.MOVED, dm.iso
    # "Det extra fullmäktige 28 augusti är framflyttat och genomförs i stället den 29 november".
    old_dates = [o.iso for o in dated if 0 <= sentence.find(o.text) < move.start()]
    if old_dates:
        return EventStatus.MOVED, old_dates[0]
    return EventStatus.PLANNED, None


_CALENDAR_WORDS = frozenset(list(MONTHS) + list(WEEKDAYS))
_COMMON = frozenset(("nästa", "möte", "mötet", "med", "och", "för", "att", "den", "det", "som", "till", "vid"))


def _content_words(s: str) -> set[str]:
    return {w.lower() for w in _WORD_RUN_4.findall(s)} - _COMMON - _CALENDAR_WORDS


def _shared_words(a: str, b: str) -> bool:
    wa, wb = _content_words(a), _content_words(b)
    # Same word or same stem of seven letters ("webinariet" / "Webinar"), not "kommunalt" / "kommunstyrelsen".
    return any(x[:7] == y[:7] for x in wa for y in wb)


_CONSTITUENT = re.compile(rf"(?<![{_W}])(?:{_words(CONSTITUENT_MEETING_WORDS)})(?![{_W}])", re.IGNORECASE)


def _constituent(sentence: str) -> bool:
    return "konstitu" in sentence.lower() and bool(_CONSTITUENT.search(sentence))


def _merge(found: list[_Found], text: str = "") -> list[_Found]:
    """One event per thing: a date mentioned twice about the same thing is one event.

    Two mentions of a date are the same thing when they have the same kind or share a word
    ("webinariet med Roland den 11/2" and "2021-02-11, Webinar med Roland Hedberg"), or when
    one says no more than "other" of the same day under the same heading ("Höstfesten 22 oktober"
    ... "Reservera 22 oktober i din almanacka!").
    """
    out: list[_Found] = []
    by_date: dict[str, list[int]] = {}
    for f in found:
        for i in by_date.get(f.event.date, []):
            g = out[i]
            if (f.same_day or g.same_day) and f.event.span == g.event.span:
                continue  # "debatten ... den 15 april och ... sitt sammanträde ... samma dag": two things that day
            if _constituent(f.sentence) != _constituent(g.sentence):
                continue  # "årsmötet den 17/4" and "Konstituerande möte 17/4": the new board's own meeting after it
            if _apart_in_hours(f.event, g.event):
                continue  # "4 oktober kl. 13.00-16.00" (a meeting) and "Samverkanstorg Live 4 oktober kl. 09.00-12.00"
            if _due_in_two_matters(f, g, text):
                continue  # items 9 and 10 each "för yttrande senast 2013-05-24": two answers due that day
            if g.event.kind == f.event.kind or _shared_words(g.sentence, f.sentence) or (
                    EventKind.OTHER in (g.event.kind, f.event.kind) and g.section == f.section
                    and EventKind.DEADLINE not in (g.event.kind, f.event.kind)  # a thing due is no gathering
                    and len(f.event.date) == 10):  # one day, not a month that holds many things
                out[i] = _combine(g, f)
                break
        else:
            by_date.setdefault(f.event.date, []).append(len(out))
            out.append(f)
    return out


def _due_in_two_matters(a: _Found, b: _Found, text: str) -> bool:
    """Whether two deadlines of one day stand under two items: each item's own matter due that day ("9
    Revisionsrapport 2013:5 ... för yttrande senast den 24 maj 2013", "10 Motion 2013:26 ... Remiss från
    kommunstyrelsen ... för yttrande senast 2013-05-24"), not one thing said again under its item. Two
    headings apart, or a line opening with an item's number between them (a long title is no heading)."""
    if not a.event.kind is b.event.kind is EventKind.DEADLINE:
        return False
    if a.section != b.section and a.section >= 0 and b.section >= 0:
        return True
    lo, hi = sorted((a.event.span[1], b.event.span[0]))
    return _ITEM_LINE.search(text, lo, hi) is not None


# A line that opens with an agenda item's number and its title ("\n10 Motion 2013:26 av ...", "\n§ 12 Budget").
_ITEM_LINE = re.compile(r"\n[ \t]*(?:§[ \t]*)?\d{1,3}\.?[ \t]+[A-ZÅÄÖ]")


def _apart_in_hours(a: Event, b: Event) -> bool:
    """Whether two events of one day have hours that do not meet (09.00-12.00 and 13.00-16.00; 9.00
    and 13.00): two things that day. Hours said once, or overlapping, tell nothing."""
    if not (a.start and b.start):
        return False
    a_end, b_end = a.end or a.start, b.end or b.start  # "HH:MM" strings order as times
    return not (a.start <= b_end and b.start <= a_end)


def _combine(a: _Found, b: _Found) -> _Found:
    first, second = (a, b) if (a.event.confidence, a.next_cue) >= (b.event.confidence, b.next_cue) else (b, a)
    e, o = first.event, second.event
    kind = o.kind if e.kind is EventKind.OTHER else e.kind  # the more telling kind of the two
    merged = replace(
        e, kind=kind, start=e.start or o.start, end=e.end or o.end, venue=e.venue or o.venue, online=e.online or o.online,
        theme=e.theme or o.theme, body=e.body or o.body, end_date=e.end_date or o.end_date,
    )
    return _Found(merged, a.next_cue or b.next_cue, a.in_list or b.in_list, first.sentence + " " + second.sentence,
                  a.returns_cue or b.returns_cue, a.section)


def _next_meeting(found: list[_Found], after: date, items: list[Item], carry: list[Carry]) -> str | None:
    """The body's next meeting: explicit "nästa möte" first, then its meeting list, then item targets."""
    live = [f for f in found if f.event.status is not EventStatus.CANCELLED]
    stated = [f for f in live if f.next_cue]
    if stated:
        # Several proposed dates ("Förslag till datum för nästa möte: ...") leave it open.
        firm = sorted({f.event.date for f in stated if not f.event.tentative})
        if firm:
            return firm[0]
        proposed = {f.event.date for f in stated}
        if len({d[:7] for d in proposed}) == 1 and len(proposed) > 1:
            return min(proposed)[:7]  # "den 10:e eller 17:e januari": the month is settled, the day is not
        return proposed.pop() if len(proposed) == 1 else None
    candidates = [f.event.date for f in live if f.in_list and not f.event.tentative]
    targets = [i.target.when for i in items if i.target.when and i.target.when != "next" and i.target.body is None]
    targets += [c.when for c in carry if c.when and c.when != "next"]
    candidates += [f.event.date for f in live if f.returns_cue]
    candidates += [w for w in targets if re.fullmatch(r"\d{4}-\d{2}(?:-\d{2})?", w) and w > after.isoformat()[:7]]
    return min(candidates) if candidates else None


# A checking label far back on a flattened head line, its value a run of names and a place before the
# day: "Justeringens plats och tid Ingrid Cassel och Hans Pernervik Kommunstyrelseförvaltningen, Henån
# måndag 7 mars 2011 kl.16:00" (farther back than `_ADMIN`'s reach).
_CHECKING_LABEL_REACH = 200
_CHECKING_LABELS = ("justeringens", "justering", "justeras")
_CHECKING_FOUR_DIGITS = re.compile(r"\d{4}")


def checking_label_before(text: str, line_start: int, at: int) -> bool:
    """Whether a checking label stands before `at` on its line, within `_CHECKING_LABEL_REACH`, with no
    year between them (another date would be the label's value)."""
    seg = text[max(line_start, at - _CHECKING_LABEL_REACH): at]
    if "ustering" not in seg and "usteras" not in seg:
        return False
    low = seg.casefold()
    k = max(low.rfind(label) for label in _CHECKING_LABELS)
    return k >= 0 and not _CHECKING_FOUR_DIGITS.search(seg, k)


# The parts of a place after its name that end the sentence, a lower-case building (one word) then a
# capitalised town: "i Bolmen, regionhuset, Växjö." (`_PLACE` stops at the lower-case part).
_WORDS_NO_STOP = rf"(?!{_STOP}(?![{_W}]))[{_W}0-9&-]+(?:\s+(?!{_STOP}(?![{_W}]))[{_W}0-9&-]+){{0,2}}"
_PLACE_TAIL = re.compile(rf",\s*(?!{_STOP}(?![{_W}]))[a-zåäö][{_W}-]+,\s*(?=[A-ZÅÄÖ]){_WORDS_NO_STOP}(?=\s*(?:\.\s|\.?\s*$|\n))")


def place_tail(window: str, at: int) -> str:
    """The parts that go on a place's name at `at` to the end of its sentence (see `_PLACE_TAIL`), or ""."""
    m = _PLACE_TAIL.match(window, at)
    return m.group(0) if m else ""
