"""Fuzzy matching of agenda titles on normalised Swedish words (carry lifecycle, event identity)."""

from __future__ import annotations

import re
from functools import lru_cache

STOPWORDS = frozenset((
    "och", "i", "av", "för", "om", "till", "med", "på", "att", "en", "ett", "det", "den", "de", "som",
    "vid", "från", "är", "samt", "inom", "ska", "kring", "under", "efter", "inför", "mellan", "nya", "ny",
))
# Words that say what kind of treatment an item gets, not what it is about.
GENERIC = frozenset((
    "information", "informatio", "beslut", "diskussion", "presentation", "förslag", "återkoppling",
    "redovisning", "ärend", "fråg", "punkt", "uppdatering", "lägesrapport", "aktuell", "övrigt",
))
_SUFFIXES = ("ernas", "arnas", "ornas", "erna", "arna", "orna", "ens", "ets", "en", "et", "ar", "er", "or",
             "na", "s", "a", "e")
_WORD = re.compile(r"[^\W_]+")


def stem(word: str) -> str:
    """Strip one common Swedish inflection ending, keeping a stem of at least four letters."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


@lru_cache(maxsize=65536)
def title_words(title: str) -> frozenset[str]:
    """Return the content words of a title: lower case, stemmed, without stop and generic words."""
    words = {stem(w) for w in _WORD.findall(title.lower()) if w not in STOPWORDS}
    return frozenset(w for w in words if w not in GENERIC and stem(w) not in GENERIC)


# The preposition before what a title is about: "Regional handlingsplan för suicidprevention",
# "Uppföljning av avtal om hjälpmedel" (the last one: the innermost subject).
_ABOUT = re.compile(r"(?i)\s(?:för|om|av|kring|gällande|angående|rörande)\s")


def _subject(title: str) -> frozenset[str]:
    """The content words after the title's last `_ABOUT` preposition (empty when there is none)."""
    last = None
    for last in _ABOUT.finditer(title):
        pass
    return title_words(title[last.end():]) if last is not None else frozenset()


# A compound's parts are at least this long ("avtal", "plan"; shorter heads like "ö" or "is" are not parts);
# a compound is at least two parts long. Between the parts Swedish puts no letter or a joining "s"
# ("hjälpmedel|s|avtal", "samverkan|s|avtal", "region|styrelse"). A part found inside a word of the other
# title (not as a whole word) must be longer: "ning" ends many words ("belysning" is no compound).
_PART = 4
_INNER_PART = 5
_JOINS = ("", "s")


def _inside(part: str, words: frozenset[str]) -> bool:
    """Say whether `part` is the first or last part of one of `words` (a compound of it and more)."""
    return len(part) >= _INNER_PART and any(
        len(word) >= len(part) + _PART and (word.startswith(part) or word.endswith(part)) for word in words)


@lru_cache(maxsize=65536)
def _compound_of(word: str, words: frozenset[str]) -> bool:
    """Say whether `word` is a compound of two parts the other title has.

    "hjälpmedelsavtal" (from "hjälpmedelsavtalet") is "hjälpmedel" + "s" + "avtal": the title
    "Samverkansavtal om hjälpmedel" has both ("avtal" as the last part of "samverkansavtal"). One part
    must be a whole word of the other title, and both must be there: "budgetuppföljning" is not "budget"
    alone.
    """
    for cut in range(_PART, len(word) - _PART + 1):
        head, rest = word[:cut], word[cut:]
        for join in _JOINS:
            if not rest.startswith(join) or len(rest) - len(join) < _PART:
                continue
            tail = rest[len(join):]
            if (head in words and (tail in words or _inside(tail, words))) or (tail in words and _inside(head, words)):
                return True
    return False


def _matched(words: frozenset[str], other: frozenset[str]) -> int:
    """Count the words of one title that the other has: whole, as the parts of a compound, or as a part of
    the other's compound of this title's words ("plan" and "krisberedskap" in "Krisberedskapsplan")."""
    compounds = [word for word in other - words if len(word) >= 2 * _PART and _compound_of(word, words)]
    return sum(1 for word in words
               if word in other or (len(word) >= 2 * _PART and _compound_of(word, other))
               or any(c.startswith(word) or c.endswith(word) for c in compounds))


def similarity(a: str, b: str) -> float:
    """Return how far two titles share their content words (0..1, overlap over the shorter).

    A compound counts as shared when the other title has both its parts ("Information om
    hjälpmedelsavtalet" is "Samverkansavtal om hjälpmedel": a missed match left a handled matter open on
    every later draft agenda). Two titles that share their head but are about different things are
    different matters: "Regional handlingsplan för suicidprevention" is not "Regional handlingsplan för
    psykisk hälsa" (their words overlap 2 of 3). So when each names a subject after a preposition
    (`_subject`) and neither subject has a word of the other title, they do not match.
    """
    wa, wb = title_words(a), title_words(b)
    if not wa or not wb:
        return 1.0 if a.strip().lower() == b.strip().lower() and a.strip() else 0.0
    shared = max(_matched(wa, wb), _matched(wb, wa))
    if not shared:
        return 0.0
    sa, sb = _subject(a), _subject(b)
    if sa and sb and not _matched(sa, wb) and not _matched(sb, wa):
        return 0.0
    return min(1.0, shared / min(len(wa), len(wb)))
