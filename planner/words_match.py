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


def similarity(a: str, b: str) -> float:
    """Return how far two titles share their content words (0..1, overlap over the shorter).

    Two titles that share their head but are about different things are different matters: "Regional
    handlingsplan för suicidprevention" is not "Regional handlingsplan för psykisk hälsa" (their words
    overlap 2 of 3). So when each names a subject after a preposition (`_subject`) and neither subject
    has a word of the other title, they do not match.
    """
    wa, wb = title_words(a), title_words(b)
    if not wa or not wb:
        return 1.0 if a.strip().lower() == b.strip().lower() and a.strip() else 0.0
    shared = len(wa & wb)
    if not shared:
        return 0.0
    sa, sb = _subject(a), _subject(b)
    if sa and sb and not sa & wb and not sb & wa:
        return 0.0
    return shared / min(len(wa), len(wb))
