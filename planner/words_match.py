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


def similarity(a: str, b: str) -> float:
    """Return how far two titles share their content words (0..1, overlap over the shorter)."""
    wa, wb = title_words(a), title_words(b)
    if not wa or not wb:
        return 1.0 if a.strip().lower() == b.strip().lower() and a.strip() else 0.0
    shared = len(wa & wb)
    return shared / min(len(wa), len(wb)) if shared else 0.0
