"""Rebuild the lines of a PDF page from its words and their places (pure: words in, text out).

A PDF holds words at positions, not lines. A text extractor that follows the PDF's text boxes
puts a column of bullets or a table's first column before the column beside it ("–", "–", "–",
then "Anna Ek", "Bo Berg", ...), and a paragraph comes out wrapped at the page's width. Minutes
are read line by line, so here the words are set back on the lines they were written on:

- words at the same height form one printed line, in order from the left;
- a gap clearly wider than the page's spaces between two words is a tab (a column, a table
  cell, a tab stop), else a space;
- an indented line keeps its indent in spaces ("  - a sub-point");
- a line the layout wrapped is joined to the next: the next line's first word would not have
  fitted in the room left before the right margin, no empty line lies between, and the next
  line starts where the wrapped text did (the line's start, or its last cell's in a table); over
  a page break, not after a full stop when the next page begins with a capital;
- a vertical gap wider by most of a line than the page's usual gap between lines is an empty
  line of the source (a paragraph's spacing, Word's 6-8 pt, is less).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import pairwise
from typing import NamedTuple


class Word(NamedTuple):
    """A word on a page: its text and box in points (top and bottom measured from the page's top)."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float

    @property
    def height(self) -> float:
        return max(self.bottom - self.top, 1.0)


# The first word of a line that opens a list entry or an item: "-", "•", "1.", "2)", "§", "a)". Such a
# line is never the tail of a wrapped one.
_LIST_MARK = re.compile(r"[-–—•*·▪§]|\(?\d{1,3}[.)]|[a-z][.)]$")


def _rows(words: Iterable[Word]) -> list[list[Word]]:
    """Group words into printed lines (a word whose top lies within a fraction of its height of the
    line's first word's is on that line), top to bottom, each from the left."""
    rows: list[list[Word]] = []
    for word in sorted(words, key=lambda w: (round(w.top), w.x0)):
        if rows and abs(word.top - rows[-1][0].top) <= max(2.0, 0.4 * word.height):
            rows[-1].append(word)
        else:
            rows.append([word])
    for row in rows:
        row.sort(key=lambda w: w.x0)
    return rows


class _Page(NamedTuple):
    """One page's printed lines and measures: its margins, a typical character's width, and the gap
    between two lines of one paragraph."""

    rows: list[list[Word]]
    left: float
    right: float
    char: float
    leading: float
    space: float  # the usual gap between two words of a line


def _page(words: Iterable[Word], page_width: float) -> _Page:
    rows = _rows(words)
    left = min((row[0].x0 for row in rows), default=0.0)
    # The right margin: the longest line's end, or as far from the edge as the left margin is.
    right = max(max((row[-1].x1 for row in rows), default=0.0), page_width - left)
    widths = sorted((w.x1 - w.x0) / len(w.text) for row in rows for w in row if w.text)
    char = max(widths[len(widths) // 2], 1.0) if widths else 1.0
    heights = sorted(row[0].height for row in rows)
    height = heights[len(heights) // 2] if heights else 1.0
    # The leading: a low one of the gaps narrower than half a line. When no two lines of a paragraph
    # follow each other (every line a paragraph, or blank lines between all), a fifth of a line.
    small = sorted(g for a, b in pairwise(rows)
                   if (g := b[0].top - max(w.bottom for w in a)) < 0.5 * height)
    leading = max(small[len(small) // 10], 0.0) if small else 0.2 * height
    spaces = sorted(b.x0 - a.x1 for row in rows for a, b in pairwise(row))
    space = max(spaces[len(spaces) // 4], 0.5) if spaces else char  # (most gaps are spaces)
    return _Page(rows, left, right, char, leading, space)


def _tabs(page: _Page, row: list[Word]) -> list[bool]:
    """Tell for each gap between two words of `row` whether it is a tab: wider than two and a half
    of the page's usual spaces, and than twice the line's own (its lower median, on a line of three
    gaps or more: a justified line stretches them all). A tab to a word processor's next default
    stop may be narrow, so the bar is the space, not the stop."""
    gaps = [b.x0 - a.x1 for a, b in pairwise(row)]
    own = sorted(gaps)[(len(gaps) - 1) // 2] if len(gaps) >= 3 else page.space
    return [g > 2.5 * page.space and g > 2 * own for g in gaps]


def _goes_on_at(page: _Page, row: list[Word], cells: list[Word], first: Word) -> tuple[float, ...]:
    """Where `row` may go on if the layout wrapped it (empty if it was not wrapped): `first`, the next
    line's first word, did not fit in the room left before the right margin of a long line. A line
    goes on at its start (or the margin, after a first line's indent); a table row also at its last
    cell's start (a cell's text wraps inside its column)."""
    if row[-1].x1 - page.left <= 0.6 * (page.right - page.left) and first.x1 - first.x0 < 0.3 * (page.right - page.left):
        return ()
    if page.right - row[-1].x1 >= (first.x1 - first.x0) + 1.5 * page.char:
        return ()
    return (min(first.x0, row[0].x0), cells[-1].x0) if len(cells) > 1 else (min(first.x0, row[0].x0),)


def document_lines(pages: Iterable[tuple[Iterable[Word], float]]) -> list[str]:
    """Return the lines of a document from its pages' words and widths (see the module's docstring).

    Pages are separated by an empty line, unless a paragraph goes on over the page break.
    """
    lines: list[str] = []
    goes_on_at: tuple[float, ...] = ()  # where the line before may go on, if the layout wrapped it
    laid = [_page(words, width) for words, width in pages]
    laid = [page for page in laid if page.rows]
    for n, page in enumerate(laid):
        if n and goes_on_at and lines[-1].rstrip()[-1:] in ".!?:" and not page.rows[0][0].text[:1].islower():
            goes_on_at = ()  # a sentence ended at the page's foot: the next page begins anew
        if n and not goes_on_at:
            lines.append("")
        below: float | None = None  # the bottom of the line before on this page
        for k, row in enumerate(page.rows):
            empty_above = below is not None and row[0].top - below > page.leading + 0.8 * row[0].height
            if empty_above:
                lines.append("")
            parts = [" " * round((row[0].x0 - page.left) / min(page.space, page.char)), row[0].text]
            cells = [row[0]]  # the first word of each cell
            for word, tab in zip(row[1:], _tabs(page, row), strict=True):
                parts += ("\t" if tab else " ", word.text)
                if tab:
                    cells.append(word)
            text = "".join(parts)
            if (not empty_above and any(abs(row[0].x0 - x) <= page.char for x in goes_on_at)
                    and not _LIST_MARK.match(row[0].text) and "\t" not in text):
                lines[-1] += _glue(lines[-1], text.lstrip()) + text.lstrip()
            else:
                lines.append(text)
            below = max(w.bottom for w in row)
            nxt = page.rows[k + 1] if k + 1 < len(page.rows) else (
                laid[n + 1].rows[0] if n + 1 < len(laid) else None)
            goes_on_at = _goes_on_at(page, row, cells, nxt[0]) if nxt else ()
    return lines


def _glue(line: str, tail: str) -> str:
    """What joins a wrapped line to its tail: nothing after a hyphen before a capital or a digit
    ("Britt-" / "Inger", "2008-09-" / "24"), else a space ("Kultur-" / "och fritidsnämnden")."""
    if line[-1:] == "-" and line[-2:-1].isalnum() and (tail[:1].isupper() or tail[:1].isdigit()):
        return ""
    return " "
