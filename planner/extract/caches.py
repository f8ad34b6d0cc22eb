"""Caches of values read from a document's text, which live for one document only.

A few pure functions of text (a lower-cased sentence, the places of numbers in a long text) are
asked the same question many times while one document is read; `text_cache` keeps their answers,
and `extract_text` empties every such cache (`forget_texts`) before each document, so nothing
read in one document is reused for another (a server keeps no text it has finished with, and the
benchmark, which replicates five texts, measures reading each copy afresh).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TypeVar

_T = TypeVar("_T")
_CLEARS: list[Callable[[], None]] = []


def text_cache(maxsize: int) -> Callable[[Callable[..., _T]], functools._lru_cache_wrapper[_T]]:
    """`functools.lru_cache(maxsize)` whose answers `forget_texts` drops."""
    def wrap(fn: Callable[..., _T]) -> functools._lru_cache_wrapper[_T]:
        cached = functools.lru_cache(maxsize=maxsize)(fn)
        _CLEARS.append(cached.cache_clear)
        return cached
    return wrap


def forget_texts() -> None:
    """Empty every `text_cache` (before a new document is read)."""
    for clear in _CLEARS:
        clear()
