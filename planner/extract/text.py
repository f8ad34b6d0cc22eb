"""Read a minutes file into text: decoded original plus a cleaned copy with a character map.

This is the only module of the extraction that touches files. `read_minutes(path)` decodes
the file; `minutes_from_text(text)` (pure) builds the cleaned view that the parsers read.
Every offset in the cleaned text maps back to the original text through `Minutes.span`, so
each extracted fact can point at its evidence in the file's text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from planner.errors import ExtractionError


@dataclass(frozen=True, slots=True)
class Line:
    """One line of the cleaned text: its text, where it starts in `clean`, and its 1-based number."""

    text: str
    start: int
    number: int

    @property
    def end(self) -> int:
        return self.start + len(self.text)


@dataclass(frozen=True, slots=True)
class Minutes:
    """Decoded minutes: `text` as in the file, `clean` normalised, `index[i]` = offset in text of clean[i]."""

    text: str
    clean: str
    index: tuple[int, ...]
    lines: tuple[Line, ...]
    name: str = "<text>"

    def original(self, i: int) -> int:
        """Map an offset in `clean` to the offset in `text` (an end offset maps past its character)."""
        if not self.index:
            return 0
        if i >= len(self.index):
            return len(self.text)
        return self.index[i]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a `[start, end)` range in `clean` to the range in `text`."""
        if end <= start:
            a = self.original(start)
            return (a, a)
        return (self.original(start), self.original(end - 1) + 1)

    def line_at(self, i: int) -> int:
        """Return the 1-based line number of the original text at clean offset `i`."""
        return self.text.count("\n", 0, self.original(i)) + 1


_SOFT = {"\u00ad": "", "\u200b": "", "\ufeff": ""}
_SPACE = {"\u00a0": " ", "\u202f": " ", "\u2007": " ", "\t": "\t"}
_EMPHASIS = re.compile(r"(?<!\w)(\*{1,3}|_{2,3})(?=\S)|(?<=\S)(\*{1,3}|_{2,3})(?!\w)")
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+")


def minutes_from_text(text: str, name: str = "<text>") -> Minutes:
    """Build the cleaned view of decoded minutes (pure: no I/O)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text
    out: list[str] = []
    index: list[int] = []
    lines: list[Line] = []
    pos = 0
    for number, raw in enumerate(text.split("\n"), start=1):
        chars: list[str] = []
        offs: list[int] = []
        skip = set()
        m = _HEADING.match(raw)
        if m:
            skip.update(range(m.start(), m.end()))
        for em in _EMPHASIS.finditer(raw):
            skip.update(range(em.start(), em.end()))
        for j, ch in enumerate(raw):
            if j in skip:
                continue
            ch = _SOFT.get(ch, _SPACE.get(ch, ch))
            if not ch:
                continue
            chars.append(ch)
            offs.append(pos + j)
        line_text = "".join(chars).rstrip()
        start = len(out)
        out.extend(line_text)
        index.extend(offs[: len(line_text)])
        lines.append(Line(line_text, start, number))
        out.append("\n")
        index.append(pos + len(raw))
        pos += len(raw) + 1
    clean = "".join(out[:-1]) if out else ""
    return Minutes(text=text, clean=clean, index=tuple(index[: len(clean)]), lines=tuple(lines), name=name)


def read_minutes(path: str | Path) -> Minutes:
    """Read and decode a minutes file (.txt, .md; more formats in later steps)."""
    p = Path(path)
    if not p.exists():
        raise ExtractionError(p, None, "no such file")
    if p.is_dir():
        raise ExtractionError(p, None, "is a directory, expected a minutes file")
    data = p.read_bytes()
    if not data.strip():
        raise ExtractionError(p, None, "file is empty")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    return minutes_from_text(text, str(p))
