"""Find the agenda items of a set of minutes, their status and target, and the carry list.

Step three of the extraction: `extract_items(doc, meeting)` reads the cleaned `Minutes` and
returns the items in order, what is carried to a later meeting, and warnings.

Items come from the first layout family that gives some, tried in this order:
1. numbered headings ("5.", "5)", "§ 12", "Punkt 3:", "FHR 5", "## **5. ...**", "§ 45" with
   the title below), chosen as the heaviest rising sequence so that numbered lists inside an
   item (proposals "1. ... 2. ...") and agenda lists above the minutes drop out; paragraphs
   that open with a missing number fill its gap;
2. an agenda list of bullets at the top of notes whose discussion follows in free form;
3. marked-up headings (Markdown, LaTeX, HTML): leaf sections, or top-level bullets below one;
4. plain lines standing alone and followed by body text (also in .docx/.pdf text without
   blank lines), or paragraphs that open with a bold label;
5. top-level bullets, or a run of numbered paragraphs.

The status of each item comes from its own text, sentence by sentence, with the word lists
of `words.py`: postponed > returns > referred > handled. Sentences about this meeting ("under
dagens möte punkt 3") or an earlier one say nothing of the item's fate.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from itertools import pairwise

from planner.extract import words
from planner.extract.dates import DateKind, find_dates
from planner.extract.model import Carry, CarryReason, Item, ItemStatus, Meeting, Target
from planner.extract.text import Line, Minutes, looks_like_latex

# --- phrase matching ------------------------------------------------------------------------

_GAP = r"(?:\s+\S+){0,4}?"


# Patterns the functions below use inline, compiled once (hoisted for speed; same patterns).
_RX_OTHER_BODY_1 = re.compile(r"\s*(?:(?:nästa|kommande|ett|en|den|de)\s+)?([\wåäöÅÄÖ-]+)")
_RX_OTHER_BODY_2 = re.compile(r"[A-ZÅÄÖ]{2,6}")
_RX_OTHER_BODY_3 = re.compile(r"[.;:!?]|\s(?:och|men|där|då|eftersom|för att)\s")
_RX_IS_EXCLUDED_HEADING_1 = re.compile(r"[^\W\d_]")
_RX_CLEAN_TITLE_1 = re.compile(r"\s*\[[^\]]*\]\([^)]*\)")
_RX_CLEAN_TITLE_2 = re.compile(r"[\s:.;,]+$")
_RX_NUMBERED_CANDIDATES_1 = re.compile(r"[\"”'«(]?[A-ZÅÄÖÉÜ]")
_RX_NUMBERED_CANDIDATES_2 = re.compile(r"[^\W\d_]{2,}")
_RX_NUMBERED_CANDIDATES_3 = re.compile(r"(?<=[^\s.]{2})[.:;!?](?:\s|$)")
_RX_NUMBERED_CANDIDATES_4 = re.compile(r"([^:]{2,40}):\s+(\S.*)$")
_RX_INLINE_TITLE_1 = re.compile(r"\d{1,2}(?:\.\d{1,2})+\.?")
_RX_IS_GROUPING_1 = re.compile(r"\s*(?:/|,|&|\boch\b)\s*")
_RX_TITLE_LINE_1 = re.compile(r"[\d\s\-/.]*(?:\w+\s+)?\d{1,2}\s+\w+\s+\d{4}|\d{4}-\d{2}-\d{2}", re.IGNORECASE)
_RX_STANDALONE_HEADINGS_1 = re.compile(r"[A-ZÅÄÖÉ0-9]")
_RX_RUN_IN_HEADINGS_1 = re.compile(r"[A-ZÅÄÖÉ]")
_RX_HEADINGS_OVER_BULLETS_1 = re.compile(r"[A-ZÅÄÖ]")
_RX_REFERRED_SUBJECT_1 = re.compile(r"[\wåäöÅÄÖ]+")
_RX_KEYWORDS_1 = re.compile(r"[\wåäöÅÄÖ]{4,}")
_RX_CARRY_TITLE_1 = re.compile(r"(?<![\w-])beslut(?:et)?(?![\w-])", re.IGNORECASE)


# For each phrase pattern, the longest word of each of its phrases: a match holds one of them as a
# whole word of the (lower-cased) text, so a text without any cannot match. None: a phrase has no word.
_PHRASE_KEYS: dict[re.Pattern[str], frozenset[str] | None] = {}


def _phrase_pattern(phrases: Iterable[str]) -> re.Pattern[str]:
    """Compile lower-case phrases ("…" = a gap of up to four words) into one word-bounded regex."""
    parts = []
    for phrase in sorted(set(phrases), key=len, reverse=True):
        # Justified PDF text doubles spaces: any run of white space matches a space.
        pieces = [re.escape(p.strip()).replace("\\ ", r"\s+") for p in phrase.split("…")]
        body = (_GAP + r"\s+").join(pieces)
        parts.append(body)
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])", re.IGNORECASE)
    tokens = [re.findall(r"\w+", p.lower()) for p in phrases]
    _PHRASE_KEYS[pattern] = frozenset(max(t, key=len) for t in tokens) if all(tokens) else None
    return pattern


def _may_match(pattern: re.Pattern[str], low: str, words_of: set[str]) -> bool:
    """False when `pattern` (a phrase pattern) cannot match `low`, whose words are `words_of`.

    IGNORECASE also matches "ı" to "i" and "ſ" to "s", which lower-casing keeps: a text with
    either is always searched.
    """
    keys = _PHRASE_KEYS.get(pattern)
    return keys is None or not keys.isdisjoint(words_of) or "ı" in low or "ſ" in low


_POSTPONED = _phrase_pattern(words.POSTPONED)
_POSTPONED_IF_MATTER = _phrase_pattern(words.POSTPONED_IF_MATTER)
_MATTER = _phrase_pattern(words.MATTER_WORDS)
_DROPPED = re.compile(r"(?<![\w-])(?:" + "|".join(words.DROPPED_WORDS) + r")\s*(?:[.!;]|$)", re.IGNORECASE)
_RETURNS = _phrase_pattern(words.RETURNS)
_RETURNS_LATER = _phrase_pattern(words.RETURNS_WITH_LATER)
_RETURNS_NOT = _phrase_pattern(words.RETURNS_NOT)
# A standing point made for another matter ("att det ska finnas en stående punkt för rapporteringar"):
# the agenda gains a point, the item in hand does not come back.
_NEW_STANDING_POINT = re.compile(
    r"\b(?:finnas|finns|införs?|införa|skapas?|läggs till|lägga till)\s+(?:en\s+)?(?:ny\s+)?"
    r"stående punkt\s+(?:för|om|med|kring)\b"
)
_SAME_MEETING = _phrase_pattern(words.SAME_MEETING)
_EARLIER_MEETING = _phrase_pattern(words.EARLIER_MEETING)
_BEFORE_NEXT = _phrase_pattern(words.BEFORE_NEXT)
_ELECTION = _phrase_pattern(words.ELECTION)
_LATER_NOT_NEXT = _phrase_pattern(words.LATER_NOT_NEXT)
_RECURRING = _phrase_pattern(words.RECURRING)
_NEXT = re.compile(
    r"(?<![\w-])(?:" + "|".join(words.NEXT_WORDS) + r")\s+(?:\w+\s+){0,2}?(?:"
    + "|".join(re.escape(n) for n in sorted(words.NEXT_MEETING_NOUNS, key=len, reverse=True))
    + r")(?![\w-])",
    re.IGNORECASE,
)
_REFERRED = _phrase_pattern(words.REFERRED_VERBS)
_REFERRED_GENERAL = _phrase_pattern(words.REFERRED_TO_GENERAL_MEETING)
_REFERRED_MATTER = _phrase_pattern(words.REFERRED_MATTER)
_REFERRED_DECIDE = _phrase_pattern(words.REFERRED_DECIDE_VERBS)
_LATER_OTHER_BODY = re.compile(
    r"(?<![\w-])(?:i|på|vid|till)\s+(?:nästa|kommande|nästkommande)\s+("
    + "|".join(re.escape(b) for b in sorted(words.OTHER_BODIES, key=len, reverse=True)) + r")(?![\w-])",
    re.IGNORECASE,
)
_ANNOUNCE_NOUN = _phrase_pattern(words.ANNOUNCE_NOUNS)
_ANNOUNCE_VERB = _phrase_pattern(words.ANNOUNCE_VERBS)
_PREPARE = _phrase_pattern(words.PREPARE_VERBS)
_HANDLED_LATER = _phrase_pattern(words.HANDLED_LATER)
_ANNOUNCE_MEETING = re.compile(
    r"(?<![\w-])(?:\w+)?(?:" + "|".join(re.escape(w) for w in words.ANNOUNCE_MEETINGS) + r")(?![\w-])",
    re.IGNORECASE,
)
_GENERAL_MOVE = _phrase_pattern(words.GENERAL_MOVE)
_MOVE_VERB = _phrase_pattern(words.MOVE_VERBS)


def _other_body(text: str) -> str | None:
    """Return the body named at the start of `text` ("kommunchefsmöten samt ..."), if any."""
    m = _RX_OTHER_BODY_1.match(text)
    if not m:
        return None
    word = m.group(1).lower()
    if word in words.NEXT_MEETING_NOUNS:
        return None
    if _RX_OTHER_BODY_2.fullmatch(m.group(1)):
        return m.group(1)  # a body known by its letters: "Ska diskuteras på SK", "tas upp i KS"
    if any(word == b or word.endswith(b) for b in words.OTHER_BODIES):
        rest = _RX_OTHER_BODY_3.split(text.strip(), maxsplit=1)[0]
        return rest.strip().rstrip(",") or None
    return None


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


# "§ 12", "Punkt 3:", "FHR 5", "5.", "5)", "6.1", "5 Title": groups 1-2, 3-4, 5, then the title.
_NUMBERED = re.compile(
    r"^\s*(?:(§|[Pp]unkt|[Ää]rende|[Pp]aragraf|[Pp]kt\.?)\s*(\d{1,4})\s*[.:]?"
    r"|([A-ZÅÄÖ]{2,6})\s+(\d{1,3})(?:\s*[.:]|(?=\s))"
    r"|(\d{1,3}(?:\.\d{1,2})*)(?:\s*[.):](?!\d)|(?=\s)))\s*(?:[-–—]\s+)?(?P<title>\S.*)$"
)
_NUMBERED_AT = re.compile(_NUMBERED.pattern.removeprefix("^"))
# A printed page number before the item's own number in a stored copy ("38 FHR 29 Godkännande ...",
# "4 33 Delårsbokslut ..."): the line is read from the second number.
_PAGE_NUMBER = re.compile(r"^\s*\d{1,3}\s+(?=§\s*\d|[A-ZÅÄÖ]{2,6}\s+\d{1,3}\s|\d{1,3}\.?\s+[A-ZÅÄÖ])")
# One entry of a table of contents: "§ 12 Budget" or "FHR 29 Godkännande".
_THREE_DIGITS = re.compile(r"\d\D*\d\D*\d")
_CONTENTS_ENTRY = re.compile(r"(?:(§)\s*(\d{1,4})|(?<![\w-])([A-ZÅÄÖ]{2,6})\s+(\d{1,3}))\s+(?=[A-ZÅÄÖ])")
# "§ 1 Title" glued to the end of the text before it, without a space: a line break a copy lost.
_GLUED_PARAGRAPH = re.compile(r"(?<=[\w.)])§\s*\d{1,3}\s+(?=[A-ZÅÄÖ][a-zåäö])")
# A number alone on its line, the title on the next ("§ 45  Dnr KS 2021/123" / "Budget 2022").
_BARE_NUMBER = re.compile(
    r"^\s*(?:(§)\s*(\d{1,4})|(\d{1,3})\.|(\d{1,2}))\s*(?:(?:Dnr|Diarienr|Diarienummer)\b.*)?$", re.IGNORECASE
)
# "... öppnat. 2. Formalia 2.1 Till mötesordförande ...": a sub-point needs no full stop after it.
_INLINE_NUMBERED = re.compile(
    r"(?:(?<=[.:!?)])|(?<=\d)|(?<=\w))\s+(\d{1,2}\.\d{1,2}(?=\.?\s)\.?|\d{1,2}\.)\s+(?=[A-ZÅÄÖ])"
)
# A label that opens the text run in after a heading on the same line: "... riktlinjer Beslut: Att ...".
_RUN_IN_LABEL = re.compile(r"(?<=\S)\s+((?:" + "|".join(words.RUN_IN_LABELS) + r")\s*:)\s", re.IGNORECASE)
_TRAILING_TIME = re.compile(r"\s+(?:kl\.?\s*)?\d{1,2}[:.]\d{2}(?:\s*[-–]\s*\d{1,2}[:.]\d{2})?\s*$")


_SPACES = re.compile(r"\s+")
_END_PUNCT = re.compile(r"[:.!?]+$")
_LETTER_WORD = re.compile(r"[^\W\d_]{2,}")
_BULLET_LINE = re.compile(r"^(\s*)([-*•–+·▪])\s+(\S.*)$")


def _norm(s: str) -> str:
    return _SPACES.sub(" ", s).strip().lower()


@lru_cache(maxsize=4096)
def _first_words(s: str) -> str:
    return _norm(_END_PUNCT.sub("", s.strip()))


def _is_excluded_heading(title: str) -> bool:
    """Tell whether a heading never opens an item (sub-heading, header field, signature, title)."""
    t = _first_words(title)
    if not t or not _RX_IS_EXCLUDED_HEADING_1.search(t):
        return True
    if t in words.SUBHEADINGS or t in words.HEADER_LABELS or t in words.SIGNATURES or t in words.PAGE_BOILERPLATE:
        return True
    label = _first_words(title.split(":")[0]) if ":" in title else ""
    if label and (label in words.HEADER_LABELS or label in words.SIGNATURES or label in words.PAGE_BOILERPLATE):
        return True
    # "Övriga deltagande Nils-Gunnar Bergander, utbildningschef": a label of two or three words
    # and its value on one line, without a colon.
    parts = title.split()
    return any(len(parts) > n and " ".join(parts[:n]).lower() in words.HEADER_LABELS and parts[n][:1].isupper()
               for n in (2, 3))


def _clean_title(text: str) -> str:
    """A heading without trailing time, punctuation, emphasis marks or link leftovers."""
    t = _TRAILING_TIME.sub("", text.strip())
    t = _RX_CLEAN_TITLE_1.sub("", t)
    t = t.strip().strip("*_").strip()
    t = _RX_CLEAN_TITLE_2.sub("", t)
    return t


def _is_blank(line: Line) -> bool:
    return not line.text.strip()


def _words_in(text: str) -> int:
    return len(_LETTER_WORD.findall(text))


@dataclass(frozen=True, slots=True)
class _Candidate:
    line: int
    number: str
    main: int
    style: str
    title: str
    weight: float
    start: int
    end: int


def _numbered_candidates(doc: Minutes) -> list[_Candidate]:
    """Lines (and inline runs in very long lines) that look like numbered item headings."""
    found: list[_Candidate] = []
    lines = doc.lines
    for i, line in enumerate(lines):
        text = line.text
        if len(text) > 400 or line.page:
            found.extend(_inline_candidates(line, i))
            if not line.page:
                found.extend(_opening_candidate(line, i))
                continue
        found.extend(_contents_candidates(line, i))
        bare = _BARE_NUMBER.match(text)
        if bare:
            found.extend(_bare_candidate(doc, i, bare))
            continue
        page = _PAGE_NUMBER.match(text)
        m = _NUMBERED_AT.match(text, page.end()) if page else _NUMBERED.match(text)
        glued = None if m or "§" not in text else _GLUED_PARAGRAPH.search(text)
        if glued:  # "... måndagen den 9 juni 2008§ 1 Årsmötets öppnande": a copy lost the line break
            m = _NUMBERED_AT.match(text, glued.start())
        if not m:
            continue
        title = m.group("title")
        if m.group(1):
            style, number = m.group(1).lower().rstrip("."), m.group(2)
        elif m.group(3):
            style, number = "prefix:" + m.group(3), m.group(4)
        else:
            number = m.group(5)
            sep = text[m.end(5):m.start("title")].strip()
            style = "n" + (sep[:1] if sep else " ")
        if not _RX_NUMBERED_CANDIDATES_1.match(title):
            continue
        in_table = "\t" in title  # a row of a register table ("§ 12<TAB>Budget 2022<TAB>Dnr ...")
        if in_table:
            title = next((c for c in title.split("\t") if _RX_NUMBERED_CANDIDATES_2.search(c)), "")
            if not _RX_NUMBERED_CANDIDATES_1.match(title):
                continue
        # A heading or sentence wrapped onto following lines (PDF text): read the logical line.
        last = i
        while (last + 1 < len(lines) and last - i < 2 and not lines[last + 1].level
               and lines[last + 1].text.strip()[:1].islower()
               and not _NUMBERED.match(lines[last + 1].text)
               and not lines[last].text.rstrip().endswith((".", ":", "!", "?"))):
            last += 1
            title = title.rstrip() + " " + lines[last].text.strip()
        # "7.1. Ändringar i riktlinjerna Beslut: Att bordlägga ..." - the title, then its decision.
        run_in = _RUN_IN_LABEL.search(title) if last == i else None
        if run_in is not None:
            title = title[:run_in.start()]
        n_words = _words_in(title)
        weight = 1.0
        if line.level:
            weight += 2.0
        # A sentence, not a heading: a numbered proposal, or a paragraph that opens with its number.
        sentence = len(title) > 200 or (title.rstrip().endswith(".") and n_words >= 8)
        if line.page:
            # A whole page of a stored copy, its running header dropped: "20 Val av justerare
            # Ordförande föreslår ..." opens with the page's first item, its run-in title naming it.
            title, sentence, last, run_in = _inline_title(title[:120]), False, i, None
        elif sentence and page and not style.startswith("n"):
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
        below = next((ln.text for ln in lines[last + 1:last + 4] if ln.text.strip()), "")
        if below and not _NUMBERED.match(below):
            weight += 0.3
        if i == 0 or _is_blank(lines[i - 1]):
            weight += 0.2
        main = int(number.split(".")[0])
        start = line.start + m.start()
        title_at = line.start + m.start("title")
        if sentence and not line.level:
            weight = 0.0
        if weight <= 0:
            if style == "n " or len(title) > 400:
                continue
            # A paragraph that opens with its number: kept aside to fill gaps in the sequence;
            # its first words name it and the whole paragraph is its text.
            head = _RX_NUMBERED_CANDIDATES_3.split(title, maxsplit=1)[0]
            found.append(_Candidate(i, number, main, style, _clean_title(" ".join(head.split()[:8])),
                                    weight, start, title_at))
            continue
        end = title_at + len(title) if line.page else lines[last].end
        colon = _RX_NUMBERED_CANDIDATES_4.match(title)
        if run_in is not None:
            end = line.start + m.start("title") + run_in.start(1)
        elif last == i and colon and not line.page and (_words_in(colon.group(2)) >= 5 or colon.group(2).rstrip().endswith(".")):
            # "10. Nästa möte: 29/10 kl. 18.30 Hotel Station." - the title, then its text.
            title = colon.group(1)
            end = line.start + line.text.index(colon.group(2), m.start("title"))
        found.append(_Candidate(i, number, main, style, _clean_title(title), weight, start, end))
    # A page line's items in reading order (its opening item before those run in); others as found.
    found.sort(key=lambda c: (c.line, c.start if lines[c.line].page else 0))
    return found


def _bare_candidate(doc: Minutes, i: int, m: re.Match[str]) -> list[_Candidate]:
    """A number alone on its line whose title is the next non-blank line."""
    lines = doc.lines
    j = next((k for k in range(i + 1, min(i + 4, len(lines))) if lines[k].text.strip()), None)
    if j is None:
        return []
    title = lines[j].text.strip()
    if (len(title) > 100 or not _RX_NUMBERED_CANDIDATES_1.match(title) or _NUMBERED.match(title)
            or _BARE_NUMBER.match(title) or title.endswith(".")):
        return []
    if m.group(4) and (j != i + 1 or _words_in(title) > 8):
        return []  # a number without a stop ("1" / "ÖPPNANDE AV MÖTET") heads only the line right below it
    number = m.group(2) or m.group(3) or m.group(4)
    style = "§" if m.group(1) else "n " if m.group(4) else "n."
    start = lines[i].start + len(lines[i].text) - len(lines[i].text.lstrip())
    return [_Candidate(i, number, int(number), style, _clean_title(title), 1.3, start, lines[j].end)]


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
        if label not in words.HEADER_LABELS or label in words.AGENDA_LABELS:
            keep.append(c)
    return keep


def _contents_candidates(line: Line, i: int) -> list[_Candidate]:
    """Entries of a table of contents run together on one line ("FHR 29 Godkännande ... FHR 30 ...").

    A copy cut off after its first pages keeps the list of the meeting's paragraphs only there;
    when the paragraphs themselves follow, their headings outweigh these entries.
    """
    if _THREE_DIGITS.search(line.text) is None:
        return []  # each entry has its number: most lines cannot hold three
    marks = list(_CONTENTS_ENTRY.finditer(line.text))
    if len(marks) < 3 or len({(m.group(1) or m.group(3) or "").upper() for m in marks}) != 1:
        return []
    numbers = [int(m.group(2) or m.group(4)) for m in marks]
    if any(b <= a for a, b in pairwise(numbers)):
        return []  # "... § 158 Birgitta Löwdahl, § 162 ..., § 160 ...": attendance notes, not contents
    found = []
    for k, m in enumerate(marks):
        stop = marks[k + 1].start() if k + 1 < len(marks) else min(len(line.text), m.end() + 80)
        title = _clean_title(line.text[m.end():stop][:80])
        number = m.group(2) or m.group(4)
        style = "§" if m.group(1) else "prefix:" + m.group(3)
        found.append(_Candidate(i, number, int(number), style, title, 0.8, line.start + m.start(),
                                line.start + m.end() + len(title)))
    return found


def _opening_candidate(line: Line, i: int) -> list[_Candidate]:
    """A long paragraph that opens with its number ("6.1. Arbetsmötet i sommar Förslag från ...").

    Its run-in title names it. It is kept aside (weight 0): a sub-point under a grouping
    heading, or a number missing from the sequence of headings.
    """
    page = _PAGE_NUMBER.match(line.text)
    m = _NUMBERED_AT.match(line.text, page.end()) if page else _NUMBERED.match(line.text)
    if not m or not m.group(5) or not _RX_NUMBERED_CANDIDATES_1.match(m.group("title")):
        return []
    number = m.group(5)
    sep = line.text[m.end(5):m.start("title")].strip()
    title = _inline_title(m.group("title")[:120])
    return [_Candidate(i, number, int(number.split(".")[0]), "n" + (sep[:1] if sep else " "), title, 0.0,
                       line.start + m.start(5), line.start + m.start("title") + len(title))]


_RUN_LABEL = re.compile(r"(?:^|\s)([A-ZÅÄÖ][\wåäöÅÄÖ/ ]{1,30}?):(?=\s)")


# An item number without a stop after a full sentence in a stored copy's page line: "... Byström. 9 Vårdhundar".
_PAGE_RUN_IN = re.compile(r"(?<=[.!?])\s+(§\s*\d{1,3}|\d{1,3})\s+(?=[A-ZÅÄÖ][a-zåäö])")


def _inline_candidates(line: Line, i: int) -> list[_Candidate]:
    """Numbered items run together in one long line (a copy that lost its line breaks)."""
    found = []
    marks = list(_INLINE_NUMBERED.finditer(line.text))
    if line.page:  # "... utses Sven-Olof Byström. 9 Vårdhundar inom omsorgen Sjuksköterskan ..."
        marks += _PAGE_RUN_IN.finditer(line.text)
    for m in marks:
        before = line.text[max(0, m.start() - 12):m.start()].split()
        if before and before[-1].lower() in words.NUMBER_REFERENCES:
            continue
        label = None
        for label in _RUN_LABEL.finditer(line.text, max(0, m.start() - 2000), m.start()):
            pass
        if label is not None and _first_words(label.group(1)) in words.ATTACHMENT_LABELS:
            continue  # "Bilagor: 1. Ekonomisk rapport ... 12. Kura skymning": attachments, not items
        rest = line.text[m.end():m.end() + 120]
        title = _inline_title(rest)
        number = m.group(1).rstrip(".").lstrip("§ ")
        # A page's run-in item continues the chain of the items that open pages: the same style.
        style = "inline" if m.re is _INLINE_NUMBERED else "§" if m.group(1).startswith("§") else "n "
        found.append(_Candidate(i, number, int(number.split(".")[0]), style, title, 0.8,
                                line.start + m.start(1), line.start + m.end() + len(title)))
    return found


def _inline_title(rest: str) -> str:
    """Cut a run-in heading where the body starts: at a capitalised word after a lower-case one."""
    out: list[str] = []
    for k, w in enumerate(rest.split()):
        if k and out and w[:1].isupper() and out[-1][:1].islower():
            break
        if out and _RX_INLINE_TITLE_1.fullmatch(w):
            break  # the first sub-point of a grouping heading: "Formalia 2.1 Till ..."
        out.append(w)
        if w.endswith((".", ":")) or len(out) >= 10:
            break
    return _clean_title(" ".join(out))


_MAX_GAP = 10
_WINDOW = 200


def _best_chain(cands: list[_Candidate]) -> list[_Candidate]:
    """The heaviest rising sequence of top-level numbers (repeats and small gaps allowed)."""
    best: list[_Candidate] = []
    best_score = 0.0
    # First-appearance order, not a set: a tie between styles must not depend on the hash seed.
    for style in dict.fromkeys(c.style for c in cands):
        top = [c for c in cands if c.style == style and "." not in c.number and c.weight > 0]
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


def _is_grouping(title: str) -> bool:
    """A parent heading that only groups separate matters ("Övriga frågor", "Rapporter / Diskussion")."""
    parts = _RX_IS_GROUPING_1.split(_first_words(title))
    return all(p in words.GROUPING_TITLES for p in parts if p)


def _fill_gaps(chain: list[_Candidate], cands: list[_Candidate]) -> list[_Candidate]:
    """Add paragraphs that open with exactly the missing number ("5. Vi ska planera ...").

    Such a paragraph is an item when it stands where the sequence lacks its number: before
    the first heading counting down, between two headings, or after the last counting up.
    Numbered proposals inside an item repeat numbers already taken and so stay out.
    """
    if not chain or len(cands) > 20 * _WINDOW:
        return chain
    spare = sorted((c for c in cands if c.weight <= 0 and c.style == chain[0].style and "." not in c.number),
                   key=lambda c: (c.line, c.start))
    out = list(chain)
    for c in spare:
        before = [x for x in out if (x.line, x.start) < (c.line, c.start)]
        after = [x for x in out if (x.line, x.start) > (c.line, c.start)]
        low = before[-1].main if before else 0
        high = after[0].main if after else None
        if c.main == low + 1 and (high is None or c.main < high):
            out = before + [c] + after
    # Count down before the first heading ("5." .. "8." above "9. Aktuella frågor"), small gaps allowed.
    for c in sorted(spare, key=lambda c: (c.line, c.start), reverse=True):
        if c in out:
            continue
        first = out[0]
        if (c.line, c.start) < (first.line, first.start) and first.main - 4 < c.main < first.main:
            out.insert(0, c)
    return out


def _paragraph_run(cands: list[_Candidate]) -> list[_Candidate]:
    """Minutes written as numbered paragraphs only: the longest run n, n+1, n+2, ... of them.

    "§ 55. Ordföranden hälsar välkommen ..." numbers go on from meeting to meeting, so the run
    may start anywhere.
    """
    ordered = sorted((c for c in cands if "." not in c.number), key=lambda c: (c.line, c.start))
    best: list[_Candidate] = []
    for k, first in enumerate(ordered):
        run = [first]
        for c in ordered[k + 1:]:
            if c.main == run[-1].main + 1 and c.style == first.style:
                run.append(c)
        if len(run) > len(best):
            best = run
    return best if len(best) >= 3 else []


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


def _numbered_headings(doc: Minutes, paragraphs: bool = False) -> list[Heading]:
    """Numbered item headings; with `paragraphs`, a run of numbered paragraphs when no heading is found."""
    cands = _drop_listed_people(doc, _numbered_candidates(doc))
    chain = _fill_gaps(_best_chain(cands), cands)
    if _page_numbers(doc, chain):
        chain = []
    if not chain and paragraphs:
        chain = _paragraph_run(cands)
        if _page_numbers(doc, chain):
            chain = []
    if len(chain) < 2:
        return []
    # Positions, not lines: a copy that lost its line breaks holds every heading on one line.
    taken = {(c.line, c.start) for c in chain}
    subs = [c for c in cands if "." in c.number and c.style == chain[0].style and (c.line, c.start) not in taken]
    if not subs and chain[0].style.startswith("n"):
        subs = [c for c in cands if "." in c.number and (c.line, c.start) not in taken]
    out: list[Heading] = []
    for k, c in enumerate(chain):
        nxt = (chain[k + 1].line, chain[k + 1].start) if k + 1 < len(chain) else (len(doc.lines), 0)
        mine = [s for s in subs if (c.line, c.start) < (s.line, s.start) < nxt and s.main == c.main]
        if mine and _is_grouping(c.title):
            # Each sub-point ends where the next one (or the next group's heading) starts.
            ends = [x.line for x in mine[1:]] + [nxt[0]]
            out.extend(Heading(x.number, x.title, x.line, x.start, x.end, end) for x, end in zip(mine, ends))
        else:
            out.append(Heading(c.number, c.title, c.line, c.start, c.end, nxt[0]))
    return out


def _bullet_text(line: Line) -> tuple[int, str] | None:
    """Indentation and text of a bullet line, or None."""
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
    first_heading = next((i for i, ln in enumerate(lines)
                          if ln.level and i > 0 and not _title_line(ln.text, i, lines)), None)
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
    if any(_first_words(t).startswith(w) for w in words.TITLE_WORDS):
        above = 0
        for ln in lines:
            if ln.start >= lines[i].start or above >= 5:
                break
            above += bool(ln.text.strip())
        if above < 5 or any(ch.isdigit() for ch in t):
            return True
    return bool(_RX_TITLE_LINE_1.fullmatch(t))


def _marked_headings(doc: Minutes) -> list[Heading]:
    """Items of marked-up minutes: leaf headings with content, or top-level bullets below one."""
    lines = doc.lines
    latex = looks_like_latex(doc.text)
    heads = [i for i, ln in enumerate(lines) if ln.level]
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
        if bullets:
            out.extend(bullets)
            continue
        if is_title:
            continue
        if latex:
            deeper = nxt < len(lines) and lines[nxt].level > ln.level
            if deeper and not _has_body(lines, content):
                continue
            if deeper and any(lines[j].level > ln.level for j in content):
                continue
            out.append(Heading(None, _clean_title(title), i, ln.start, ln.end, nxt))
            continue
        if _has_body(lines, content):
            out.append(Heading(None, _clean_title(title), i, ln.start, ln.end, nxt))
    return out


def _has_body(lines: Sequence[Line], content: Sequence[int]) -> bool:
    text = " ".join(lines[j].text for j in content if not lines[j].level)
    return _words_in(text) >= 2


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
        if has_sub or (len(text) <= 60 and not text.rstrip().endswith((".", ":"))):
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


def _standalone_headings(doc: Minutes) -> list[Heading]:
    """Plain lines alone between blank lines, followed by a paragraph of body text."""
    lines = doc.lines
    out: list[Heading] = []
    # Text from .docx or .pdf often has no blank lines: there a heading follows a finished
    # sentence and precedes its paragraph directly.
    inner = [ln for ln in lines if ln.text.strip()]
    dense = sum(_is_blank(ln) for ln in lines[:len(lines) - 1]) <= max(1, len(inner) // 10)
    for i, ln in enumerate(lines):
        t = ln.text.strip()
        if not t or "\t" in ln.text or len(t) > 80 or _words_in(t) > 12 or "  " in t:
            continue  # double spaces: a fragment of justified PDF text, not a heading
        if i > 0 and not _is_blank(lines[i - 1]):
            prev = lines[i - 1].text
            if not (dense and (prev.rstrip().endswith((".", "!", "?")) or _bullet_text(lines[i - 1])
                               or _title_line(prev, i - 1, lines))):
                continue
        if i + 1 < len(lines) and not _is_blank(lines[i + 1]) and not dense:
            # A heading right above its paragraph: the next line starts a sentence of its own.
            follow = lines[i + 1].text.strip()
            if not (follow[:1].isupper() and (len(follow) >= 60 or follow.endswith("."))):
                continue
        if _bullet_text(ln) or not _RX_STANDALONE_HEADINGS_1.match(t) or t.endswith((".", ",", ";")):
            continue
        # "Ekonomi:" and "Nya lokaler?" head a paragraph; a longer line ending so leads into a list.
        if (t.endswith(":") and _words_in(t) > 4) or (t.endswith("?") and _words_in(t) > 6):
            continue
        if _title_line(t, i, lines) or _is_excluded_heading(t) or "@" in t:
            continue
        if t.rstrip(":").split()[-1].lower() in _STOP:
            continue  # "Det beslutades att:" leads into what follows; a heading ends on a content word
        above = next((lines[j].text for j in range(i - 1, -1, -1) if not _is_blank(lines[j])), "")
        if _first_words(above) in words.HEADER_LABELS:
            continue  # the value of a header field ("Närvarande" / "Anna, Bo, Cecilia")
        nxt = next((j for j in range(i + 1, len(lines)) if not _is_blank(lines[j])), None)
        if nxt is None or _bullet_text(lines[nxt]):
            continue
        body = lines[nxt].text.strip()
        if len(body) < 60 and not body.endswith("."):
            continue
        if body[:1].islower():
            continue  # a sentence wrapped across a blank line ("... och planering" / "för fortsatt arbete.")
        if "\t" in lines[nxt].text:
            continue
        out.append(Heading(None, _link_free_title(doc, ln), i, ln.start, ln.end))
    return out


_LIST_LEAD = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in words.LIST_OF_MATTERS) + r")(?![\w-])")
_RUN_IN = re.compile(r"^\s*(?:\*\*|__)\s*([^*_\n]{2,60}?)\s*(:?)\s*(?:\*\*|__)\s*(:?)\s*(\S.*)?$")


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


_DOT_LEADER = re.compile(r"^\s*(?P<title>\S.*?)\s*(?:\.\s*){2,}\s*\d{1,3}\s*$")


def _contents_lines(doc: Minutes) -> list[Heading]:
    """Entries of a table of contents, one a line with dot leaders ("Ekonomiskt bistånd... 6").

    A protocol's first page lists its paragraphs so; a copy cut off after the front page keeps
    only this list. Entries that name the front page ("Beslutande... 2") are no items.
    """
    lines = doc.lines
    for i, ln in enumerate(lines):
        if not any(w in words.AGENDA_LABELS for w in _first_words(ln.text).split()):
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


def _listed_matters(doc: Minutes) -> list[Heading]:
    """Bullets under a line that introduces them as the matters dealt with ("Beslut togs i följande ärenden:")."""
    lines = doc.lines
    for i, ln in enumerate(lines):
        t = _first_words(ln.text)
        if not ln.text.rstrip().endswith(":") or not _LIST_LEAD.search(t):
            continue
        content = []
        for j in range(i + 1, len(lines)):
            text = lines[j].text
            if text.strip() and not _bullet_text(lines[j]) and not text.startswith((" ", "\t")):
                break  # a paragraph of its own ends the list
            content.append(j)
        heads = _top_bullets_of(lines, content)
        if len(heads) >= 2:
            return heads
    return []


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
        out.append(Heading(None, _clean_title(text), j, ln.start + ln.text.index(text), ln.end, nxt))
    return out


def _headings_over_bullets(doc: Minutes) -> list[Heading]:
    """Short lines that head a bullet list ("Omvärldsbevakning" / "•  Ingen ny information ...").

    Notes typed in Word often have no blank lines: a heading stands between the last bullet of
    one list (or its wrapped line) and the first bullet of the next, or above one sentence that
    leads into the list.
    """
    lines = doc.lines
    out: list[Heading] = []
    for i, ln in enumerate(lines):
        t = ln.text.strip()
        if (not t or len(t) > 60 or _words_in(t) > 8 or _bullet_text(ln) or "\t" in ln.text
                or not _RX_HEADINGS_OVER_BULLETS_1.match(t) or t.endswith((".", ",", ";", ":"))):
            continue
        if _is_excluded_heading(t) or _title_line(t, i, lines) or i == 0:
            continue
        below = [j for j in range(i + 1, min(i + 4, len(lines))) if lines[j].text.strip()]
        if not below:
            continue
        first = lines[below[0]]
        leads_in = (not _bullet_text(first) and first.text.strip().endswith(".") and len(below) > 1
                    and _bullet_text(lines[below[1]]) is not None)
        if not (_bullet_text(first) or leads_in):
            continue
        above = next((lines[j] for j in range(i - 1, -1, -1) if lines[j].text.strip()), None)
        if above is not None and _first_words(above.text) in words.HEADER_LABELS:
            continue
        out.append(Heading(None, _clean_title(t), i, ln.start + ln.text.index(t), ln.start + ln.text.index(t) + len(t)))
    return out


def _lone_paragraph(doc: Minutes) -> list[Heading]:
    """The one paragraph heading of a copy cut off after it ("§ 19 Val av justerare")."""
    cands = [c for c in _drop_listed_people(doc, _numbered_candidates(doc))
             if c.weight > 0 and (c.style == "§" or c.style.startswith("prefix:")) and "." not in c.number]
    if len({c.number for c in cands}) != 1:
        return []
    c = cands[-1]
    return [Heading(c.number, c.title, c.line, c.start, c.end)]


def find_headings(doc: Minutes) -> tuple[list[Heading], str]:
    """Return the item headings and the layout family they came from."""
    numbered = _numbered_headings(doc)
    if len(numbered) >= 2:
        return numbered, "numbered"
    agenda = _agenda_headings(doc)
    if agenda:
        return agenda, "agenda"
    marked = _marked_headings(doc)
    if len(marked) >= 2:
        return marked, "marked"
    paragraphs = _numbered_headings(doc, paragraphs=True)
    contents = _contents_lines(doc)
    if len(contents) >= max(2, len(paragraphs)):
        return contents, "marked"
    standalone = _standalone_headings(doc)
    if standalone and len(standalone) >= len(paragraphs):
        return standalone, "standalone"
    run_in = _run_in_headings(doc)
    if run_in and len(run_in) >= len(paragraphs):
        return run_in, "standalone"
    over_bullets = _headings_over_bullets(doc)
    if len(over_bullets) >= max(2, len(paragraphs)):
        return over_bullets, "standalone"
    listed = _listed_matters(doc)
    if len(listed) >= max(2, len(paragraphs)):
        return listed, "marked"
    bullets = _top_bullets(doc.lines, range(len(doc.lines)))
    if len(bullets) >= max(2, len(paragraphs)):
        return bullets, "marked"
    if paragraphs:
        return paragraphs, "numbered"
    if not numbered and not marked:
        return _lone_paragraph(doc), "numbered"
    return numbered or marked, "numbered" if numbered else "marked"


# --- status ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of the cleaned text with its offsets, and whether it sits in a bullet list."""

    text: str
    start: int
    end: int
    bullet_block: int = 0  # bullets in the contiguous list the sentence belongs to (0: prose)


_BULLET_MARK = re.compile(r"^\s*[-*•–+·▪]\s+")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ\"”])")


def sentences(doc: Minutes, first_line: int, end_line: int, skip_first: bool = True,
              start_at: int = 0) -> list[Sentence]:
    """Split lines [first_line, end_line) of `doc` into sentences.

    A line that goes on in lower case continues the sentence of the line before (hard-wrapped
    text, LaTeX `\\` breaks); a bullet, a heading or a blank line starts anew. Text before
    the clean offset `start_at` (an item's heading) is left out.
    """
    lines = doc.lines
    out: list[Sentence] = []
    block = _bullet_blocks(lines, first_line, end_line)
    runs: list[tuple[int, int]] = []  # (first line, last line) joined
    for j in range(first_line, end_line):
        ln = lines[j]
        if (skip_first and j == first_line) or not doc.clean[max(ln.start, start_at):ln.end].strip():
            continue
        body = _BULLET_MARK.sub("", ln.text).lstrip()
        if (runs and runs[-1][1] == j - 1 and not ln.level and not lines[j - 1].level
                and not _BULLET_MARK.match(ln.text) and body[:1].islower()
                and not lines[j - 1].text.rstrip().endswith((".", "!", "?", ":"))):
            runs[-1] = (runs[-1][0], j)
        else:
            runs.append((j, j))
    for a, b in runs:
        start = max(lines[a].start, start_at)
        text = doc.clean[start:lines[b].end].replace("\n", " ")
        marker = _BULLET_MARK.match(text)
        pos = marker.end() if marker else 0
        for piece in _SENTENCE_END.split(text[pos:]):
            k = text.index(piece, pos)
            pos = k + len(piece)
            if piece.strip():
                out.append(Sentence(piece, start + k, start + k + len(piece), block.get(a, 0)))
    return out


def _bullet_blocks(lines: Sequence[Line], a: int, b: int) -> dict[int, int]:
    """For each bullet line, the number of bullets in its contiguous list (blank lines end a list)."""
    sizes: dict[int, int] = {}
    run: list[int] = []
    for j in list(range(a, b)) + [b]:
        is_bullet = j < b and _bullet_text(lines[j]) is not None
        if is_bullet:
            run.append(j)
            continue
        if j < b and run and lines[j].text.startswith((" ", "\t")) and lines[j].text.strip():
            continue  # a continuation line of a bullet
        for x in run:
            sizes[x] = len(run)
        run = []
    return sizes


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


_WORD = re.compile(r"\w+")


def _key_words(*lists: Iterable[str]) -> frozenset[str]:
    """The longest word of each phrase: a sentence without any of them cannot match a phrase."""
    return frozenset(max(_WORD.findall(p.lower()), key=len) for lst in lists for p in lst if _WORD.findall(p))


_TRIGGER_WORDS = _key_words(
    words.POSTPONED, words.POSTPONED_IF_MATTER, words.DROPPED_WORDS, words.RETURNS,
    words.RETURNS_WITH_LATER, words.REFERRED_VERBS, words.REFERRED_MATTER,
    words.REFERRED_TO_GENERAL_MEETING, words.NEXT_WORDS, words.RECURRING,
)
_DATE_WORDS = frozenset(words.MONTHS) | frozenset(words.WEEKDAYS) | frozenset(words.ORDINALS)


def when_of(text: str, meeting: date | None) -> str | None:
    """When a sentence says a matter comes back: "next", "YYYY-MM", "YYYY-MM-DD" or None.

    `meeting` is the meeting date; a month without a year is the first such month from it.
    Without a meeting date only dates with a written year count.
    """
    low = text.lower()
    if _LATER_NOT_NEXT.search(low):
        return None
    if (_NEXT.search(low) and not _BEFORE_NEXT.search(low)) or _RECURRING.search(low):
        return "next"
    if not any(map(str.isdigit, low)) and not _DATE_WORDS.intersection(_WORD.findall(low)):
        return None
    for dm in find_dates(text, after=meeting or date(1, 1, 1)):
        if dm.kind not in (DateKind.DAY, DateKind.MONTH) or dm.value is None or dm.tentative:
            continue
        if meeting is None and not dm.explicit_year:
            continue
        iso = dm.iso or ""
        if meeting is not None and iso[:len(iso)] < meeting.isoformat()[:len(iso)]:
            continue
        return iso
    return None


def _referred_subject(text: str) -> bool:
    """The sentence is about the item's own matter: "Frågan kommer ...", not "Frågan om vem ..."."""
    ws = _RX_REFERRED_SUBJECT_1.findall(text.lower())
    if len(ws) >= 2 and ws[0] in words.ELLIPTIC_MODALS:
        return True  # "Ska diskuteras på SK.": the item's matter is the unwritten subject
    if len(ws) < 2 or ws[0] not in words.REFERRED_SUBJECTS:
        return False
    return ws[1] not in words.SUBJECT_QUALIFIERS


def is_general_move(text: str) -> bool:
    """A statement that whatever is not reached moves to the next meeting."""
    low = text.lower()
    return bool(_MOVE_VERB.search(low) and _GENERAL_MOVE.search(low) and _NEXT.search(low))


def _deferred_matter(low: str) -> re.Match[str] | None:
    """A deferring verb that defers the item's own matter (see POSTPONED_IF_MATTER)."""
    m = _POSTPONED_IF_MATTER.search(low)
    if m is None:
        return None
    before = low[:m.start()]
    if not _RX_IS_EXCLUDED_HEADING_1.search(before) or _MATTER.search(before) or _MATTER.search(low[m.end():m.end() + 12]):
        return m
    if _NEXT.search(low[m.start():]) and not _BEFORE_NEXT.search(low):
        return m
    return None


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

    def search(pattern: re.Pattern[str]) -> re.Match[str] | None:
        """`pattern.search(low)`, skipped when the sentence lacks the words it needs."""
        return pattern.search(low) if _may_match(pattern, low, words_of) else None

    if search(_SAME_MEETING) or search(_EARLIER_MEETING) or (
            _may_match(_MOVE_VERB, low, words_of) and is_general_move(low)):
        return None
    m = search(_POSTPONED) or _DROPPED.search(low) or (
        _deferred_matter(low) if _may_match(_POSTPONED_IF_MATTER, low, words_of) else None)
    if m:
        return Finding(ItemStatus.POSTPONED, when_of(text[m.start():], meeting), None, m.start(), m.end())
    m = search(_RETURNS)
    if m and not search(_RETURNS_NOT) and not _NEW_STANDING_POINT.search(low):
        return Finding(ItemStatus.RETURNS, when_of(text[m.start():], meeting) or when_of(text, meeting), None, m.start(), m.end())
    m = search(_RETURNS_LATER)
    if m and not search(_ELECTION) and not low.lstrip().startswith(("nästa", "kommande")):
        w = when_of(text, meeting)
        later = _NEXT.search(low) or _LATER_NOT_NEXT.search(low)
        if later and not _BEFORE_NEXT.search(low):
            return Finding(ItemStatus.RETURNS, w, None, m.start(), m.end())
    m = search(_REFERRED_GENERAL)
    if m:
        return Finding(ItemStatus.REFERRED, None, "stämman", m.start(), m.end())
    for m in _REFERRED_MATTER.finditer(low) if _may_match(_REFERRED_MATTER, low, words_of) else ():
        body = _other_body(text[m.end():])
        if body:
            return Finding(ItemStatus.REFERRED, None, body, m.start(), m.end() + 1 + len(body))
    if _referred_subject(text):
        later_body = _LATER_OTHER_BODY.search(text)
        if later_body and search(_REFERRED_DECIDE):
            return Finding(ItemStatus.REFERRED, None, later_body.group(1), *later_body.span())
        for m in _REFERRED.finditer(low) if _may_match(_REFERRED, low, words_of) else ():
            body = _other_body(text[m.end():])
            if body:
                return Finding(ItemStatus.REFERRED, None, body, m.start(), m.start() + len(m.group(0)) + len(body) + 1)
    return None


# Each phrase below needs its longest word, as a word of the sentence.
_ANNOUNCE_KEYS = _key_words(words.HANDLED_LATER, words.ANNOUNCE_VERBS, words.PREPARE_VERBS)


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

    def search(pattern: re.Pattern[str]) -> re.Match[str] | None:
        """`pattern.search(low)`, skipped when the sentence lacks the words it needs."""
        return pattern.search(low) if _may_match(pattern, low, words_of) else None

    if search(_HANDLED_LATER) and _ANNOUNCE_MEETING.search(low) and not search(_SAME_MEETING):
        when = when_of(s.text, meeting)
        if (when is not None or _NEXT.search(low)) and classify(s.text, meeting, words_of) is None:
            return Announcement(when)
    prepares = low.lstrip().startswith("inför") and search(_PREPARE)
    if not prepares and not search(_ANNOUNCE_VERB):
        return None
    if search(_SAME_MEETING) or search(_BEFORE_NEXT) or search(_EARLIER_MEETING):
        return None
    later = bool(_NEXT.search(low) or search(_LATER_NOT_NEXT))
    when = when_of(s.text, meeting)
    if not later and (when is None or not _ANNOUNCE_MEETING.search(low)):
        return None
    if prepares:
        return Announcement(when)
    if search(_ANNOUNCE_NOUN) or s.bullet_block >= 2:
        return Announcement(when)
    return None


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
    pos = 0
    for piece in _SENTENCE_END.split(text):
        i = text.index(piece, pos)
        pos = i + len(piece)
        if piece.strip():
            out.append(Sentence(piece, h.end + i, h.end + i + len(piece)))
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


class _Reading:
    """`classify` and `announcement` of the sentences of one document, each computed once.

    The item's status and the topics it announces read the same sentences; both are pure, so a
    sentence read for one is not read again for the other (the memo lives for one document).
    """

    __slots__ = ("_announced", "_classified", "_words", "meeting")

    def __init__(self, meeting: date | None) -> None:
        self.meeting = meeting
        self._classified: dict[str, Finding | None] = {}
        self._announced: dict[tuple[str, int], Announcement | None] = {}
        self._words: dict[str, set[str]] = {}

    def _words_of(self, text: str) -> set[str]:
        if text not in self._words:
            self._words[text] = sentence_words(text)
        return self._words[text]

    def classify(self, text: str) -> Finding | None:
        if text not in self._classified:
            self._classified[text] = classify(text, self.meeting, self._words_of(text))
        return self._classified[text]

    def announcement(self, s: Sentence) -> Announcement | None:
        key = (s.text, s.bullet_block)
        if key not in self._announced:
            self._announced[key] = announcement(s, self.meeting, self._words_of(s.text))
        return self._announced[key]


def _item_finding(title: str, sents: list[Sentence], reading: _Reading,
                  agenda: bool) -> tuple[Finding, Sentence] | None:
    """The strongest status its sentences give an item (postponed > returns > referred)."""
    planning = _first_words(title) in words.NO_RETURN_TITLES
    best: tuple[Finding, Sentence] | None = None
    for s in sents:
        if not agenda and reading.announcement(s) is not None:
            continue
        f = reading.classify(s.text)
        if f is None or (f.status is ItemStatus.RETURNS and planning):
            continue
        if best is None or _RANK[f.status] < _RANK[best[0].status]:
            best = (f, s)
    return best


def _announced(doc: Minutes, h: Heading | None, sents: list[Sentence], reading: _Reading) -> list[Carry]:
    """Topics announced for a later meeting inside a handled item (or in free notes: `h` None)."""
    planning = h is not None and _first_words(h.title) in words.NO_RETURN_TITLES
    out = []
    for s in sents:
        found = reading.announcement(s)
        if found is None and planning:
            f = reading.classify(s.text)
            found = Announcement(f.when) if f is not None and f.status is ItemStatus.RETURNS else None
        elif found is not None and h is None and reading.classify(s.text) is not None:
            found = None
        if found is None:
            continue
        out.append(Carry(h.number if h else None, _title_of_announcement(doc, s, sents),
                         CarryReason.ANNOUNCED, found.when, doc.span(s.start, s.end)))
    return out


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


def _sentence_in_heading(doc: Minutes, h: Heading) -> list[Sentence]:
    """The sentence a one-line item carries after its name ("5. Översättningsarbetet, Ska diskuteras på SK.")."""
    head = doc.clean[h.start:h.end]
    name = _RX_IS_EXCLUDED_HEADING_1.search(head)  # past the number: "5. " is no sentence end
    m = re.compile(r"[,.]\s+(?=[A-ZÅÄÖ])").search(head, name.start() if name else 0)
    if m is None or _words_in(head[m.end():]) < 3:
        return []
    return [Sentence(head[m.end():], h.start + m.end(), h.end)]


def extract_items(doc: Minutes, meeting: Meeting) -> tuple[list[Item], list[Carry], list[str]]:
    """Return the agenda items in order, the carry list, and warnings."""
    heads, layout = find_headings(doc)
    mdate = _meeting_date(meeting)
    reading = _Reading(mdate)
    agenda = layout == "agenda"
    per_item = _item_sentences(doc, heads, layout)
    first_line = heads[0].line if heads else len(doc.lines)
    opening = sentences(doc, 0, first_line, skip_first=False) + (per_item[0] if per_item else [])
    general_next = any(is_general_move(s.text) for s in opening)
    items: list[Item] = []
    carry: list[Carry] = []
    for h, sents in zip(heads, per_item):
        if not agenda and all(_words_in(x.text) < 2 for x in sents):
            sents = _sentence_in_heading(doc, h)
        found = _item_finding(h.title, sents, reading, agenda)
        if found is None:
            items.append(Item(h.number, h.title, span=doc.span(h.start, h.end)))
            if not agenda:
                carry.extend(_announced(doc, h, sents, reading))
            continue
        f, s = found
        when = "next" if f.status is ItemStatus.POSTPONED and f.when is None and general_next else f.when
        target = Target(None if f.status is ItemStatus.REFERRED else when, f.body)
        span = doc.span(s.start + f.start, s.start + f.end)
        items.append(Item(h.number, h.title, f.status, target, (), doc.span(h.start, h.end), span))
        if f.status in (ItemStatus.POSTPONED, ItemStatus.RETURNS):
            reason = CarryReason.POSTPONED if f.status is ItemStatus.POSTPONED else CarryReason.RETURNS
            carry.append(Carry(h.number, _carry_title(h.title, s, sents), reason, target.when, span))
        elif not agenda:
            carry.extend(_announced(doc, h, sents, reading))
    if agenda:
        notes = sentences(doc, max(h.line for h in heads) + 1, len(doc.lines), skip_first=False)
        carry.extend(_announced(doc, None, notes, reading))
    elif not heads:
        # Notes without item headings (a short summary): what they announce is still carried.
        carry.extend(_announced(doc, None, sentences(doc, 0, len(doc.lines), skip_first=False), reading))
    return items, carry, []
