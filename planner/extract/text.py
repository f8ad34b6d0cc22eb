"""Turn the text of a set of minutes into the view the parsers read: a cleaned copy with a character map.

`readers.read_minutes(path)` reads a file into text; `minutes_from_text(text)` (pure) builds the
cleaned view that the parsers read. Every offset in the cleaned text maps back to the
original text through `Minutes.span`, so each extracted fact can point at its evidence.

`Minutes.text` keeps the decoded text exactly (CRLF included: spans are offsets in it);
`Minutes.clean` drops carriage returns, soft hyphens and zero-width characters, turns NBSP
into spaces, strips Markdown emphasis, heading marks and links, and the commonest LaTeX
markup (`\\section{X}` -> heading "X", `\\cmd{a}{b}` -> "a<TAB>b", comments and the preamble
dropped). Table rows of every format (Markdown pipes, .docx, .html, LaTeX commands with
several arguments) become tab-separated cells; each `Line` keeps its heading level.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import deque
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields
from html import unescape
from itertools import accumulate, compress, count, repeat
from operator import add, ne


@dataclass(frozen=True, slots=True)
class Line:
    """One line of the cleaned text: its text, where it starts in `clean`, and its 1-based number.

    `level` is the heading level the markup gave the line (Markdown `#`..`######`, LaTeX
    `\\title`/`\\section` = 1, `\\subsection` = 2, `\\subsubsection` = 3), 0 for body text.
    `page` tells a whole page of a stored web copy, its printed page number and running header dropped.
    """

    text: str
    start: int
    number: int
    level: int = 0
    page: bool = False

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
        return self.index[max(i, 0)]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a `[start, end)` range in `clean` to the range in `text`."""
        if end <= start:
            a = self.original(start)
            return (a, a)
        return (self.original(start), self.original(end - 1) + 1)

    def line_at(self, i: int) -> int:
        """Return the 1-based line number of the original text at clean offset `i`."""
        return self.text.count("\n", 0, self.original(i)) + 1


# --- case folding ---------------------------------------------------------------------------

# `chr(b).casefold()` for each Latin-1 character `b` that folds to one Latin-1 character (all but
# "ß" and "µ", `_FOLD_ODD`), as a byte table.
_FOLD_BYTES = bytes(ord(c.casefold()) if len(c.casefold()) == 1 and ord(c.casefold()) < 256 else ord(c)
                    for c in map(chr, range(256)))
_FOLD_ODD = tuple(c for c in map(chr, range(256)) if len(c.casefold()) != 1 or ord(c.casefold()) >= 256)
# More of one character than this share of a text: folding its pieces apart costs more than it saves.
_FOLD_PIECES = 64


def casefold(text: str) -> str:
    """`text.casefold()`, made several times faster for Latin-1 text (Swedish minutes mostly are)."""
    return casefold_wide(text)[0]


def casefold_wide(text: str) -> tuple[str, str | None]:
    """`text.casefold()`, and the case folds of its characters outside Latin-1 (None: not known).

    `str.casefold` looks up each non-ASCII character's full folding; for Latin-1 text the same
    result is a byte translation. Case folding maps each character on its own, so a text with a
    few other characters (dashes, quotes, bullets) is translated with a "?" in their place, and
    then each of them is folded alone.
    """
    if text.isascii():
        return text.casefold(), ""  # `str.casefold` is fast on ASCII
    if any(c in text for c in _FOLD_ODD):
        return text.casefold(), None
    folded = text.encode("latin-1", "replace").translate(_FOLD_BYTES).decode("latin-1")
    if "?" not in folded:
        return folded, ""
    wide = folded.count("?") - text.count("?")  # how many characters are outside Latin-1
    if wide * _FOLD_PIECES > len(text):
        return text.casefold(), None
    pieces: list[str] = []
    folds: list[str] = []
    done = 0
    at = folded.find("?")
    while at >= 0:
        if text[at] != "?":
            folds.append(text[at].casefold())
            pieces += (folded[done:at], folds[-1])
            done = at + 1
        at = folded.find("?", at + 1)
    pieces.append(folded[done:])
    return "".join(pieces), "".join(folds)


# --- cleaning -------------------------------------------------------------------------------
#
# Most lines need no change at all: they are copied whole, and their stretch of the character
# map is a slice of `_offsets` (no per-character work). A line with something to rewrite is
# cleaned as its string plus a parallel list of original offsets, one per character, which each
# rewrite cuts and splices with the string.

# What replaces a match: an int keeps that group's characters, a str is inserted text.
Piece = int | str

_DROP = frozenset("\u00ad\u200b\u200c\u200d\u2060\ufeff\r")
# Characters read as another of one character's width: blanks as a space, and the Unicode hyphens ("Lars‐Gunnar",
# U+2010, U+2011) as the hyphen the patterns know (a name keeps its own in the output: `attendance._attendee`).
_SPACE = {"\u00a0": " ", "\u202f": " ", "\u2007": " ", "\u2009": " ", "\u200a": " ",
          "\f": " ", "\v": " ", "\u2028": " ", "\u2010": "-", "\u2011": "-"}
_DROP_AND_SPACE = str.maketrans({**dict.fromkeys(_DROP), **_SPACE})
# Emphasis marks: `(?<![\w*])(\*{1,3}|_{2,3})(?=[^\s*])|(?<=[^\s*])(\*{1,3}|_{2,3})(?![\w*])`, an opening run
# or else a closing one, written so that each alternative starts with its character: the regex
# engine then skips straight to a "*" or "_" instead of trying both lookbehinds at every position.
_EMPHASIS = re.compile(r"\*(?:(?<![\w*]\*)\*{0,2}(?=[^\s*])|(?<=[^\s*]\*)\*{0,2}(?![\w*]))"
                       r"|_(?:(?<![\w*]_)_{1,2}(?=[^\s*])|(?<=[^\s*]_)_{1,2}(?![\w*]))")
_HEADING = re.compile(r"^\s{0,3}(#{1,6})(?!#)(?=\s|[^\W\d_])\s*")
_CLOSING_HASHES = re.compile(r"\s+#+\s*$")
_LINK = re.compile(r"!?\[([^\]\n]*)\]\([^)\s]*\)")
_TABLE_ROW = re.compile(r"^\s*\|.*\|\s*$")
_TABLE_RULE = re.compile(r"^[\s|:\-]+$")
_TABLE_EDGE = re.compile(r"^\s*\|\s*|\s*\|\s*$")
_TABLE_PIPE = re.compile(r"\s*\|\s*")
_MD_ESCAPE = re.compile(r"\\([-*_#.()\[\]+!`>|])")

_LATEX_MARKERS = ("\\documentclass", "\\begin{document}", "\\section{", "\\section*{", "\\textbf{")
_LATEX_KEEP = re.compile(r"\s*\\(?:title|subtitle|author|date)\{")
_LATEX_COMMENT = re.compile(r"(?<!\\)%.*$")
_LATEX_HEADING = re.compile(r"^\s*\\(title|section|subsection|subsubsection|paragraph)\*?\{(.*)\}\s*$")
_LATEX_LEVEL = {"title": 1, "section": 1, "subsection": 2, "subsubsection": 3, "paragraph": 4}
_LATEX_ENV = re.compile(r"^\s*\\(begin|end)\{[^}]*\}(\[[^\]]*\])?(\{[^}]*\})*\s*$")
_LATEX_ITEM = re.compile(r"^(\s*)\\item\b\s*")
_LATEX_LINEBREAK = re.compile(r"\\\\\s*$|\\newline\b|\\par\b")
_LATEX_CSNAME = re.compile(r"\\csname\b[^\\]*\\endcsname")
# A command with one or more brace arguments; the arguments are kept, tab-separated, so
# `\förtroendevald{Kassör}{Lukas Gartman}{Ja}` reads like a table row.
_LATEX_COMMAND = re.compile(r"\\[^\W\d_]+\*?((?:\{[^{}]*\})+)")
_LATEX_ARG = re.compile(r"\{([^{}]*)\}")
_LATEX_BARE = re.compile(r"\\[^\W\d_]+\*?(?:\[[^\]]*\])?\s?")
_LATEX_SYMBOL = re.compile(r"\\([&%$#_{}])")
_NO_BRACES = str.maketrans("", "", "{}")

# `_OFFSETS[i] == i`, shared by all documents: the character map of a plain stretch of text is a
# slice of it, which copies pointers instead of making an int object per character. It grows to
# the longest document read, up to `_OFFSETS_CAP` characters (about 5 MB); longer texts get their own.
_OFFSETS: tuple[int, ...] = ()
_OFFSETS_CAP = 1 << 17


def _offsets(n: int) -> tuple[int, ...]:
    """Return a tuple `t` of at least `n + 1` offsets with `t[i] == i`."""
    global _OFFSETS
    if n < len(_OFFSETS):
        return _OFFSETS
    if n >= _OFFSETS_CAP:
        return tuple(range(n + 1))
    _OFFSETS = tuple(range(min(max(n + 1, 2 * len(_OFFSETS), 4096), _OFFSETS_CAP)))
    return _OFFSETS


def _sub(s: str, offs: Sequence[int], pattern: re.Pattern[str],
         pieces: Sequence[Piece]) -> tuple[str, Sequence[int]]:
    """Replace each match of `pattern` in `s` by `pieces`; `offs` holds the original offset of each character.

    Kept text keeps its offsets; inserted text takes the offset where its match starts.
    """
    matches = list(pattern.finditer(s))
    if not matches:
        return s, offs  # nothing to replace: the common case
    out: list[str] = []
    out_offs: list[int] = []
    pos = 0
    for m in matches:
        start = m.start()
        out.append(s[pos:start])
        out_offs += offs[pos:start]
        for piece in pieces:
            if isinstance(piece, int):
                if m.group(piece) is not None:
                    a, b = m.span(piece)
                    out.append(s[a:b])
                    out_offs += offs[a:b]
            else:
                at = offs[start] if start < len(offs) else (offs[-1] if offs else 0)
                out.append(piece)
                out_offs += [at] * len(piece)
        pos = m.end()
    out.append(s[pos:])
    out_offs += offs[pos:]
    return "".join(out), out_offs


def _clean_latex_line(s: str, offs: Sequence[int]) -> tuple[str, Sequence[int], int]:
    """Strip the LaTeX markup of one line (`offs` as in `_sub`); return it and its heading level."""
    if _LATEX_ENV.match(s):
        return "", (), 0
    s, offs = _sub(s, offs, _LATEX_COMMENT, ())
    level = 0
    h = _LATEX_HEADING.match(s)
    if h:
        level = _LATEX_LEVEL[h.group(1)]
        a, b = h.span(2)
        s, offs = s[a:b], offs[a:b]
    s, offs = _sub(s, offs, _LATEX_ITEM, (1, "- "))
    s, offs = _sub(s, offs, _LATEX_LINEBREAK, ())
    s, offs = _sub(s, offs, _LATEX_CSNAME, ())
    for _ in range(3):  # nested commands: \textbf{\emph{x}}
        before = len(s)
        s, offs = _latex_command(s, offs)
        if len(s) == before:
            break
    s, offs = _sub(s, offs, _LATEX_BARE, ())
    s, offs = _sub(s, offs, _LATEX_SYMBOL, (1,))
    if "{" in s or "}" in s:
        offs = [o for c, o in zip(s, offs) if c not in "{}"]
        s = s.translate(_NO_BRACES)
    return s, offs, level


def _latex_command(s: str, offs: Sequence[int]) -> tuple[str, Sequence[int]]:
    """Replace each `\\cmd{a}{b}` by its arguments `a<TAB>b`, keeping offsets."""
    out: list[str] = []
    out_offs: list[int] = []
    pos = 0
    for m in _LATEX_COMMAND.finditer(s):
        out.append(s[pos:m.start()])
        out_offs += offs[pos:m.start()]
        for k, arg in enumerate(_LATEX_ARG.finditer(s, m.start(1), m.end(1))):
            if k:
                out.append("\t")
                out_offs.append(offs[arg.start()])
            a, b = arg.span(1)
            out.append(s[a:b])
            out_offs += offs[a:b]
        pos = m.end()
    out.append(s[pos:])
    out_offs += offs[pos:]
    return "".join(out), out_offs


def _strip_emphasis(s: str, offs: Sequence[int]) -> tuple[str, Sequence[int]]:
    """Delete the emphasis marks of `s` (`offs` as in `_sub`).

    Most emphasis wraps a whole line ("*Föredragande: Anna Ek*", "**5. Barnahus**"): when the
    marks deleted are the "*"/"_" runs that open and close `s`, the result is a slice of `s` and
    of `offs`, with no per-match work. (A result equal to the slice between the end runs can
    only come from deleting those runs: every deleted character is a "*" or "_", and the slice
    starts and ends with neither.)
    """
    if s[-1] in "*_":
        kept = _EMPHASIS.sub("", s)
        lead = len(s) - len(s.lstrip("*_"))
        end = len(s.rstrip("*_"))
        if kept == s[lead:end]:
            return kept, offs[lead:end]
    return _sub(s, offs, _EMPHASIS, ())


# A multilingual WordPress site's language tag: "[:sv]" opens the Swedish text, "[:]" closes the tags.
_LANGUAGE_TAG = re.compile(r"\[:(?:[a-z]{2}(?:_[A-Z]{2})?)?\]")


# A wiki page's (MediaWiki) emphasis: two, three or five apostrophes ("''kursiv''", "'''fet'''").
_WIKI_EMPHASIS = re.compile(r"(?<!')(?:'{5}|'{3}|'{2})(?!')")


def _clean_markdown_line(s: str, offs: Sequence[int]) -> tuple[str, Sequence[int], int]:
    """Strip Markdown heading marks, emphasis, links and escapes of one line (`offs` as in `_sub`)."""
    # Each pattern runs only on a line with the characters it needs: most lines have none.
    level = 0
    h = _HEADING.match(s) if "#" in s else None
    if h:
        level = len(h.group(1))
        s, offs = s[h.end():], offs[h.end():]
        if "#" in s:
            s, offs = _sub(s, offs, _CLOSING_HASHES, ())
    if "](" in s:
        s, offs = _sub(s, offs, _LINK, (1,))
    if "[:" in s:  # "[:sv]Årsmötesprotokoll 2019[:]": a WordPress site's language tags (qTranslate)
        s, offs = _sub(s, offs, _LANGUAGE_TAG, ())
    if "*" in s or "__" in s:
        s, offs = _strip_emphasis(s, offs)
    if "''" in s:  # a wiki page's bold and italics: "'''1. Presentationsrunda'''."
        s, offs = _sub(s, offs, _WIKI_EMPHASIS, ())
    if "\\" in s:
        s, offs = _sub(s, offs, _MD_ESCAPE, (1,))
    # "| Anna Ek | Växjö | X |" -> tab-separated cells, as from .docx/.html
    if "|" in s and _TABLE_ROW.match(s):
        if _TABLE_RULE.match(s):
            return "", (), 0
        s, offs = _sub(s, offs, _TABLE_EDGE, ())
        s, offs = _sub(s, offs, _TABLE_PIPE, ("\t",))
    return s, offs, level


def looks_like_latex(text: str) -> bool:
    """Tell whether decoded minutes are a LaTeX source."""
    if text.find("\\", 0, 20000) < 0:  # every marker opens with a backslash: most texts have none
        return False
    return any(text.find(marker, 0, 20000) >= 0 for marker in _LATEX_MARKERS)


_DROP_OR_SPACE = re.compile("[" + "".join(sorted(_DROP)) + "".join(_SPACE) + "]")
_NEEDS_CLEANING = re.compile("[" + "".join(sorted(_DROP)) + "".join(_SPACE) + r"*_#\[\\%{}!|']")
# The characters `_NEEDS_CLEANING` looks for, but the carriage return: in a whole text that is a line break.
_DROP_OR_SPACE_CHARS = "".join(sorted(_DROP - {"\r"})) + "".join(_SPACE)
_CLEANING_CHARS = _DROP_OR_SPACE_CHARS + "*_#[\\%{}!|"
_LINE_BREAK = re.compile(r"\r\n|\r|\n")  # CRLF, CR or LF

# A run of blanks is kept to at most `_BLANK_RUN_CAP` characters (its first ones), a word to at most
# `_WORD_CAP`. Layout-preserving PDF-to-text copies pad columns with runs of spaces; the widest seen in
# real minutes is under 90, the longest word (a web address) under 200. A far longer run (a malformed
# export: "Protokoll" and a thousand spaces) or word (an image inlined as base64) would only make the
# patterns that allow blanks or letters in several places back-track over it, for seconds a line, and
# says no more than its first characters: a column's edge, an address's host.
_BLANK_RUN_CAP = 100
_WORD_CAP = 1000
_BLANKS = " \t\f\v"
# A raw run that may clean to a longer run: blanks, the spaces cleaning turns into blanks ("\u00a0") and
# the characters it drops between them.
_RUN_CLASS = "[" + re.escape(_BLANKS + _DROP_OR_SPACE_CHARS) + "]"
_LONG_BLANK_RUN = re.compile(f"{_RUN_CLASS}{_RUN_CLASS}{{{_BLANK_RUN_CAP}}}")  # (a first class alone is scanned for faster)
_LONG_WORD = re.compile(rf"\S{{{_WORD_CAP + 1}}}")
# A run's or a word's first characters (group 1) and the rest, in a cleaned line.
_OVERLONG = re.compile(rf"(?<![{_BLANKS}])([{_BLANKS}]{{{_BLANK_RUN_CAP}}})[{_BLANKS}]+|(?<!\S)(\S{{{_WORD_CAP}}})\S+")


def _overlong_lines(text: str, raw: list[str], starts: list[int]) -> set[int]:
    """The lines of `text` (split into `raw` at `starts`) with a run of blanks or a word that `_OVERLONG` cuts."""
    found = {bisect_right(starts, m.start()) - 1 for m in _LONG_BLANK_RUN.finditer(text)}
    if max(map(len, raw), default=0) > _WORD_CAP:
        found.update(k for k, line in enumerate(raw) if len(line) > _WORD_CAP and _LONG_WORD.search(line))
    return found


def _clean_line(text: str, a: int, b: int, offsets: tuple[int, ...], latex: bool, preamble: bool,
                spaces: bool, html: bool = False) -> tuple[str, Sequence[int], int]:
    """Clean `text[a:b]`, a line with something to clean; return its text, offsets in `text` and level.

    `offsets` is `_offsets(len(text))`; `preamble` tells a line of a LaTeX source before `\\begin{document}`;
    `spaces` tells whether the text has a character of `_DROP` or `_SPACE` at all; `html` whether it has
    inline HTML tags or character entities (`_inline_html_lines`).
    """
    s = text[a:b]
    offs: Sequence[int]
    if spaces and _DROP_OR_SPACE.search(s):
        if "-\u2010" in s or "-\u2011" in s:  # "14-‐15/3", "EU-‐migranter": a copy's doubled hyphen is one
            s = s.replace("-\u2010", "-\u200b").replace("-\u2011", "-\u200b")  # (U+200B is dropped below)
        offs = [j for j, ch in enumerate(s, a) if ch not in _DROP]
        s = s.translate(_DROP_AND_SPACE)
    else:
        offs = offsets[a:b]
    if html and ("<" in s or "&" in s):
        s, offs = _strip_inline_html(s, offs)
    if preamble and not _LATEX_KEEP.match(text, a, b):
        s, offs, level = "", (), 0  # the preamble: class options, packages, macros
    elif latex:
        s, offs, level = _clean_latex_line(s, offs)
        if not level:
            s, offs, level = _clean_markdown_line(s, offs)
    else:
        s, offs, level = _clean_markdown_line(s, offs)
    s = s.rstrip()
    return s, offs[:len(s)], level


# HTML that a Markdown or text copy of a web page kept inline: "<strong>Lemland</strong>", "kl.19.00-<br />",
# "<details><summary>Bilagor</summary>", and character entities ("&nbsp;", "&amp;", "&#228;"). Only the tags
# a page's text is written with count: "<användarnamn>", "<a@b.se>" and "antal < 5" stay as written.
_HTML_INLINE = "strong|b|em|i|u|s|strike|del|ins|mark|small|big|sup|sub|span|font|a|abbr|code|kbd|tt|cite|q"
_HTML_BLOCK = "br|p|div|details|summary|hr|li|ul|ol|dl|dt|dd|blockquote|center|section|article|h[1-6]"
_HTML_TAG = re.compile(rf"(?i)<(/?)(?:({_HTML_BLOCK})|{_HTML_INLINE})(?:\s[^<>\n]*)?\s*/?>")
_HTML_TAG_GATE = re.compile(rf"(?i)</?(?:{_HTML_BLOCK}|{_HTML_INLINE})[\s/>]")
_HTML_ENTITY = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,31}|#\d{1,7}|#[xX][0-9A-Fa-f]{1,6});")


def _inline_html_lines(text: str, starts: Sequence[int]) -> set[int]:
    """The indices of the lines (starting at `starts` in `text`) with an inline HTML tag or a character entity."""
    found: set[int] = set()
    if "<" in text and _HTML_TAG_GATE.search(text):
        found.update(bisect_right(starts, m.start()) - 1 for m in _HTML_TAG.finditer(text))
    if "&" in text and ";" in text:
        found.update(bisect_right(starts, m.start()) - 1 for m in _HTML_ENTITY.finditer(text)
                     if unescape(m.group()) != m.group())
    return found


def _strip_inline_html(s: str, offs: Sequence[int]) -> tuple[str, Sequence[int]]:
    """Delete inline HTML tags of one line (a block tag inside the line reads as a space) and decode its
    character entities ("&amp;" -> "&", "&nbsp;" -> " "); `offs` as in `_sub`, a decoded character taking
    the offset of its entity's "&"."""
    out: list[str] = []
    out_offs: list[int] = []
    pos = 0
    matches = [*_HTML_TAG.finditer(s)] if "<" in s else []
    if "&" in s:
        matches = sorted(matches + [*_HTML_ENTITY.finditer(s)], key=lambda m: m.start())
    for m in matches:
        if m.start() < pos:
            continue
        word = m.group()
        if word[0] == "<":  # a block tag between words reads as a space, not at the line's ends or after a space
            last = next((o[-1] for o in reversed(out) if o), "") if pos == m.start() else s[m.start() - 1]
            piece = " " if m.group(2) and last.strip() and s[m.end():].strip() else ""
        else:
            piece = unescape(word).replace("\u00a0", " ")
            if piece == word:
                continue
        out.append(s[pos:m.start()])
        out_offs += offs[pos:m.start()]
        out.append(piece)
        out_offs += [offs[m.start()]] * len(piece)
        pos = m.end()
    if not pos:
        return s, offs
    out.append(s[pos:])
    out_offs += offs[pos:]
    return "".join(out), out_offs


# `Line`'s slot setters in field order (see `_make_lines`).
_LINE_SETTERS = tuple(getattr(Line, f.name).__set__ for f in fields(Line))


def _make_lines(texts: list[str], starts: Iterable[int], levels: Iterable[int],
                pages: Iterable[bool]) -> tuple[Line, ...]:
    """Return `Line(texts[i], starts[i], i + 1, levels[i], pages[i])` for each line, built column by column.

    A frozen dataclass's `__init__` sets each field through `object.__setattr__`, about a
    microsecond a line, which is much of the text step; setting the slots one field at a time
    with `map` over the slot descriptors makes the same objects four times as fast.
    """
    made = list(map(object.__new__, repeat(Line, len(texts))))
    columns = (texts, starts, range(1, len(texts) + 1), levels, pages)
    for set_field, column in zip(_LINE_SETTERS, columns, strict=True):
        deque(map(set_field, made, column), maxlen=0)
    return tuple(made)


_TRANSCRIPT = re.compile(r"\s*(?:Transkript|Transkription|Transcription|Transcript)\s*$")
# Lines a reader of the rendered minutes never sees: a comment block of whole lines in Markdown or
# HTML ("<!--" to "-->": a site generator's metadata), and Typst's code statements ("#let today =
# ...", "#set heading(...)"). They are kept out of the clean text, as the LaTeX preamble is.
_TYPST_CODE = re.compile(r"[ \t]*#(?:let\s+[\w.-]+\s*[=(]|set\s+[\w.]+\(|show\b[^\n]*:|(?:import|include)\s+\")")
_TYPST_CALL = re.compile(r"[ \t]*#[a-z][\w.]*\(")
_TYPST_BLOCK = re.compile(r"#[a-z][\w.]*\([^\[\]]*\[")
_TYPST_CLOSERS = re.compile(r"[\])}]+")


def hidden_lines(text: str, raw: Sequence[str]) -> set[int]:
    """Return the indices of the lines (`raw`, the lines of `text`) a reader never sees."""
    hidden: set[int] = set()
    if "<" in text and "<!--" in text:  # one character is found far faster than several
        opened = -1
        for k, line in enumerate(raw):
            if opened < 0 and line.lstrip().startswith("<!--"):
                opened = k
            if opened >= 0 and "-->" in line:
                if line.rstrip().endswith("-->"):
                    hidden.update(range(opened, k + 1))
                opened = -1
    if raw and raw[0][:3] in _FRONT_MATTER_OPENERS:  # "---" YAML, "+++" TOML, ".. title:" Nikola
        hidden.update(_front_matter(raw))
    typst_words = "#" in text and ("#let" in text or "#set" in text or "#show" in text or "#import" in text)
    if typst_words and any(line[:1] in "# \t" and _TYPST_CODE.match(line) for line in raw):  # a Typst source
        hidden.update(_typst_code(raw))
    return hidden


# A line of front matter: YAML between "---" rules ("datum: 2024-02-01", "tags: [styrelse]", a list entry
# "  - Anna Ek", a continued value (indented), or a comment); TOML between "+++" rules (Hugo: 'title =
# "Styrelsemöte januari"', 'categories = [ "Styrelsen" ]', a table "[params]", a continued array's
# entries and its closing bracket, a comment).
_FRONT_MATTER_LINE = re.compile(r"[A-Za-z_ÅÄÖåäö][\w .-]*:(?:\s|$)|\s+\S|-\s|#")
_TOML_LINE = re.compile(r"(?:[A-Za-z_ÅÄÖåäö][\w.-]*|\"[^\"\n]*\")\s*=\s*\S|\s+\S|\[\[?[\w.\- ]+\]\]?\s*$|#|[\]}\"',]")
# Nikola's metadata lines (".. title: Protokoll föreningsmöte 21 september", ".. slug: ...", ".. date: ..."),
# bare at the top of a reStructuredText page or inside a comment block of a Markdown one.
_NIKOLA_LINE = re.compile(r"\.\. [a-z_][\w-]*:(?:\s|$)")
_FRONT_MATTER_OPENERS = frozenset({"---", "+++", ".. "})
_FRONT_MATTER_REACH = 80


def _front_matter(raw: Sequence[str]) -> range:
    """The lines of the front matter a Markdown page opens with ("---" / "datum: 2024-02-01" / "---", or
    the same with "+++" and 'date = "2018-01-08"' lines, or Nikola's ".. title: ..." lines): metadata
    of the file (its title, tags, when it was fetched, its source), not the minutes' own text. Empty
    when the lines between the rules are not all key-value lines (a rule over a text is no front matter)."""
    rule = raw[0].rstrip()
    if rule not in ("---", "+++"):
        if not _NIKOLA_LINE.match(raw[0]):
            return range(0)
        k = 1
        while k < min(len(raw), _FRONT_MATTER_REACH) and _NIKOLA_LINE.match(raw[k]):
            k += 1
        return range(k)
    pattern, closers = (_FRONT_MATTER_LINE, ("---", "...")) if rule == "---" else (_TOML_LINE, ("+++",))
    for k in range(1, min(len(raw), _FRONT_MATTER_REACH)):
        line = raw[k].rstrip()
        if line in closers:
            return range(k + 1) if k > 1 else range(0)
        if line and not pattern.match(line):
            return range(0)
    return range(0)


# A scalar value of front matter: 'date = "2018-01-08T20:30:00+01:00"' (TOML), "title: Protokoll AU" (YAML),
# ".. date: 2017-09-21 20:29:00 CEST" (Nikola); group 1 is the key, group 2 the value without its quotes.
_FRONT_MATTER_VALUE = re.compile(r"(?:\.\. )?([A-Za-z_ÅÄÖåäö][\w-]*)(?:\s*=\s*|:[ \t]+)([\"']?)(?P<value>[^\s\"'\[{][^\n]*?)\2[ \t]*$")


def front_matter(text: str) -> dict[str, tuple[int, int]]:
    """The scalar fields of the front matter `text` opens with: case-folded key -> the `[start, end)` range of
    its value in `text` ('title = "Styrelsemöte januari"' gives "title" -> the range of Styrelsemöte januari).

    The front matter is hidden from the clean text (`hidden_lines`), but a site renders its title and date
    with the page: they tell the meeting's title and day where the minutes' own text does not. Nikola's
    metadata inside a comment block that opens the text ("<!--" / ".. title: ..." / "-->") counts too.
    """
    if text[:3] not in _FRONT_MATTER_OPENERS and not text.startswith("<!--"):
        return {}
    raw = text[:20000].split("\n")
    starts = _line_starts(raw, repeat(1))
    if raw[0].rstrip() == "<!--":
        block = range(1, next((k for k, line in enumerate(raw) if "-->" in line), 1))
        if not all(_NIKOLA_LINE.match(raw[k]) or not raw[k].strip() for k in block):
            return {}
    else:
        block = _front_matter(raw)
    fields: dict[str, tuple[int, int]] = {}
    for k in block:
        m = _FRONT_MATTER_VALUE.fullmatch(raw[k].rstrip("\r"))
        if m and m.group(1).casefold() not in fields:
            fields[m.group(1).casefold()] = (starts[k] + m.start("value"), starts[k] + m.end("value"))
    return fields


def _typst_code(raw: Sequence[str]) -> Iterable[int]:
    """The code lines of a Typst source: statements and calls with their arguments over the next
    lines; a call opening a content block ("#align(center, [") hides only itself, as does a line
    that only closes brackets ("])"): the block's text is what the reader sees."""
    depth = 0  # brackets a statement left open: its arguments go on over the next lines
    for k, line in enumerate(raw):
        stripped = line.strip()
        if depth == 0 and _TYPST_BLOCK.fullmatch(stripped):
            yield k
            continue
        if depth > 0 or _TYPST_CODE.match(line) or _TYPST_CALL.match(line) or _TYPST_CLOSERS.fullmatch(stripped):
            yield k
            depth = max(0, depth + sum(map(line.count, "([{")) - sum(map(line.count, ")]}")))


_TRANSCRIPT_STEM = "Trans"  # in every word `_TRANSCRIPT` takes: a text without it has no page lines
_PAGE_NUMBER = re.compile(r"\s*(\d{1,3})\s+(?=\S)")


def page_number_lines(text: str, bounds: list[tuple[int, int]]) -> dict[int, int]:
    """Find the page numbers that open the pages of a stored web copy; return line index -> chars to skip.

    docplayer-like copies print "Transkript" and then each page as one line opening with its number
    ("1 Bjurholm ... Sida 1 av 8", "2 Minnesanteckningar Mötet öppnas ..."): the numbers run 1, 2,
    3 ... and are no agenda item numbers. A running header that every page after the first opens
    with ("SKELLEFTEÅ KOMMUN PROTOKOLL 2 20 Val av justerare ...") is skipped with its number.
    """
    skip: dict[int, int] = {}
    page = 0
    for k, (a, b) in enumerate(bounds):
        if page == 0:
            if _TRANSCRIPT.fullmatch(text, a, b):
                page = 1
            continue
        m = _PAGE_NUMBER.match(text, a, b)
        if m and int(m.group(1)) == page and b - a > 40:
            skip[k] = m.end() - a
            page += 1
    later = list(skip)[1:]
    if len(later) >= 2:
        for k, cut in zip(later, _running_header(text, [(bounds[k][0] + skip[k], bounds[k][1]) for k in later])):
            skip[k] += cut
    return skip


_WORD = re.compile(r"\S+")
_HEADER_TAIL = frozenset({"§", "-", "–", "—", "|"})


def _running_header(text: str, pages: list[tuple[int, int]]) -> list[int]:
    """Chars of the running header that opens each page line after the first; 0 each when there is none.

    The header is the longest run of words every page line starts with, its own page number
    aside ("SKELLEFTEÅ KOMMUN PROTOKOLL 2 20 Val av ...", "... PROTOKOLL 3 21 Godkännande ...",
    "2 (6) Mötets öppnande ..."); a trailing "§" belongs to the page's first item ("§ 20", "§ 21").
    """
    words = [list(_WORD.finditer(text, a, b))[:16] for a, b in pages]

    def key(m: re.Match[str], n: int) -> str:  # the page's own number reads "#": "2 (6)", "3 (6)" alike
        w, own = m.group(), str(n)
        return "#" + w[len(own):] if w.startswith(own) and not w[len(own):len(own) + 1].isdigit() else w

    size = 0
    while all(size < len(ws) - 1 for ws in words) and len(
            {key(ws[size], n) for n, ws in enumerate(words, start=2)}) == 1:
        size += 1
    while size and words[0][size - 1].group() in _HEADER_TAIL:
        size -= 1
    if not size:
        return [0] * len(pages)
    return [ws[size].start() - a for ws, (a, _) in zip(words, pages)]


def _line_starts(lines: list[str], breaks: Iterable[int]) -> list[int]:
    """Where each of `lines` starts when they are joined with line breaks of the lengths `breaks`."""
    return list(accumulate(map(add, map(len, lines[:-1]), breaks), initial=0))


# A dollar sign between two letters, as some PDF exports write every space of a heading
# ("Ordinarie$föreningsstämma$7$maj$2015$").
_RX_DOLLAR_SPACE = re.compile(r"[^\W\d_]\$(?=[^\W_])")


def dollar_spaces(text: str) -> str:
    """Turn `$` into spaces where the text uses it as its word separator throughout.

    Some PDF-to-text exports write "Stämmans$öppnande$" for "Stämmans öppnande": when dollars
    stand between words at least ten times and make at least half of the text's dollars, every
    `$` is read as a space (same length, so offsets are kept). Prices ("$100", "5 $") and
    LaTeX math ("$x$") stay as they are.
    """
    n = text.count("$")
    if n < 10:
        return text
    joined = len(_RX_DOLLAR_SPACE.findall(text))
    return text.replace("$", " ") if joined >= 10 and 2 * joined >= n else text


def minutes_from_text(text: str, name: str = "<text>") -> Minutes:
    """Build the cleaned view of decoded minutes (pure: no I/O); `text` is kept as given."""
    original = text
    latex = looks_like_latex(text)
    if not latex:
        text = dollar_spaces(text)
    body_from = text.find("\\begin{document}") if latex else -1
    crlf = "\r" in text
    if not crlf:
        raw = text.split("\n")
        starts = _line_starts(raw, repeat(1))  # of each line in `text`
    elif text.count("\r") == text.count("\r\n"):  # CRLF (and LF) breaks: split at C speed too
        raw = text.replace("\r\n", "\n").split("\n")
        starts = _line_starts(text.split("\n"), repeat(1))
    else:  # lone carriage returns, as old Mac files have
        raw = _LINE_BREAK.split(text)
        starts = _line_starts(raw, map(len, _LINE_BREAK.findall(text)))
    pages: dict[int, int] = {}
    if not latex and _TRANSCRIPT_STEM in text:
        pages = page_number_lines(text, list(zip(starts, map(add, starts, map(len, raw)), strict=True)))

    # The lines that are not copied as they are: trailing space, something to clean, a page
    # number to drop, the LaTeX preamble. Only these get per-line work below.
    kept = list(map(str.rstrip, raw))
    plain_size = sum(map(len, raw)) + len(raw) - 1 if crlf else len(text)  # with one character per line break
    stripped = sum(map(len, kept)) + len(kept) - 1 < plain_size
    special = set(compress(count(), map(ne, raw, kept))) if stripped else set()
    special.update(pages)
    if latex:
        special.update(range(bisect_left(starts, body_from)))
    hidden = hidden_lines(text, raw)
    special |= hidden
    markup: set[int] = set()  # lines with a character to clean
    spaces = False  # whether the text has a character to drop or turn into a space
    for ch in _CLEANING_CHARS:  # `in` and `find` look for one character far faster than a regex for a class
        if ch in text:
            spaces = spaces or ch in _DROP_OR_SPACE_CHARS
            at = text.find(ch)
            while at >= 0:
                k = bisect_right(starts, at) - 1
                markup.add(k)
                at = text.find(ch, starts[k] + len(raw[k]) + 1)
    at = text.find("''")
    while at >= 0:  # a wiki page's emphasis (`_WIKI_EMPHASIS`)
        k = bisect_right(starts, at) - 1
        markup.add(k)
        at = text.find("''", starts[k] + len(raw[k]) + 1)
    html = set() if latex else _inline_html_lines(text, starts)
    markup |= html
    special |= markup
    overlong = _overlong_lines(text, raw, starts)
    special |= overlong

    # `plain` is the character map of the text with every line copied as it is: each line's
    # characters, then the offset of its line break; `plain_starts` are where lines start in it.
    # Without carriage returns these are `offsets` and `starts` themselves.
    offsets = _offsets(len(text))
    plain: Sequence[int] = offsets
    plain_starts = starts
    if crlf:
        plain = []
        for a, line in zip(starts, raw, strict=True):
            plain += offsets[a:a + len(line) + 1]
        plain_starts = _line_starts(raw, repeat(1))
    if not special:  # nothing to clean: the lines as they are
        clean = "\n".join(kept) if crlf else text
        lines = _make_lines(kept, plain_starts, repeat(0), repeat(False))
        return unflattened(unwrapped(Minutes(text=original, clean=clean, index=tuple(plain[:len(clean)]), lines=lines, name=name)))

    levels = [0] * len(raw)
    index: list[int] = []
    pos = 0  # how much of `plain` is in `index`
    shorter = False  # whether a line was cleaned shorter, which moves the starts of the lines after it
    for k in sorted(special):
        index += plain[pos:plain_starts[k]]
        pos = plain_starts[k] + len(raw[k]) + 1
        b = starts[k] + len(raw[k])
        a = starts[k] + pages.get(k, 0)
        preamble = (latex and a < body_from) or k in hidden
        offs: Sequence[int]
        if preamble or (k in markup and (k not in pages or k in html or _NEEDS_CLEANING.search(text, a, b))):
            kept[k], offs, levels[k] = _clean_line(text, a, b, offsets, latex, preamble, spaces, bool(html))
        else:  # trailing space (already stripped), a page number to drop, an overlong run or word
            kept[k] = text[a:b].rstrip()
            offs = offsets[a:a + len(kept[k])]
        if k in overlong:
            kept[k], offs = _sub(kept[k], offs, _OVERLONG, (1, 2))
        index += offs
        index.append(b)
        shorter = shorter or len(kept[k]) < len(raw[k])
    clean = "\n".join(kept)
    index += plain[pos:pos + len(clean) - len(index)]
    del index[len(clean):]  # the last line has no line break
    flags = [False] * len(raw)
    for k in pages:
        flags[k] = True
    lines = _make_lines(kept, _line_starts(kept, repeat(1)) if shorter else plain_starts, levels, flags)
    return unflattened(unwrapped(Minutes(text=original, clean=clean, index=tuple(index), lines=lines, name=name)))


# --- hard-wrapped text ------------------------------------------------------------------------

# A plain-text export (an e-mail, a text editor's "wrap at 72") breaks each paragraph into lines no
# longer than a fixed width. Minutes are read line by line, so such a paragraph is set back on one
# line (its line breaks become spaces: the clean text keeps its length and its character map), as
# `pdflines` does for a PDF's printed lines. A text is taken as wrapped when its lines stop at one
# width: almost none is longer, and many lie close to it.
_WRAP_WIDTHS = (55, 110)  # the widths a wrapped text is written at
_WRAP_NEAR = 14  # a line this close to the width counts as filled
_WRAP_LINES = 10  # a text of fewer lines with text is too short to tell
_WRAP_FILLED = 3  # at least this many lines filled ...
_WRAP_SHARE = 0.1  # ... and this share of the lines with text
_WRAP_OVER = 0.02  # lines longer than the width (a long address or link), at most this share
_WRAP_STRAGGLE = 8  # a line at most this much longer than those is one of them, filled to the width
# The first word of a line that opens a list entry, an item or a labelled field: "-", "•", "1.", "2)",
# "§ 4", "a)", "Plats:". Such a line is never the tail of a wrapped one.
_OPENS_LINE = re.compile(r"\s*(?:[-–—•*·▪§>|]|\(?\d{1,3}(?:\.\d{1,2})*[.)]\s|[a-zA-Z][.)]\s|[\w ,/-]{1,30}:(?:\s|$))")
_ENDS_SENTENCE = ".!?:;"
_WORDLIKE = re.compile(r"[\w(\"'”«]")  # a word, not a row of dots or a rule
_WORD_END = re.compile(r"[\w.,;:!?)\"'”»%–-]")  # how a wrapped line ends: not "|" of a page's menu, nor a mark
# A line of an item's number alone ("§9", "8."): the line after it is the item's title, wrapped on only by a
# lower-case word (a capital begins the item's text), as a title on its number's line ("§ 3 Fastställande av
# föredragningslista" / "Föredragningslistan fastställdes.") is.
_BARE_NUMBER = re.compile(r"\s*(?:§\s*)?\d{1,3}[.)]?\s*")
_ITEM_MARK = re.compile(r"\s*(?:§\s*\d|\d{1,3}(?:\.\d{1,2})*[.)]?\s)")  # an item's number before its title


def wrap_width(texts: Sequence[str]) -> int | None:
    """The width a hard-wrapped text's lines were broken at, or None when the text is not wrapped so."""
    sizes = sorted(n for n in map(len, texts) if n)
    if len(sizes) < _WRAP_LINES:
        return None
    width = sizes[min(len(sizes) - 1, int(len(sizes) * (1 - _WRAP_OVER)))]
    width = sizes[bisect_right(sizes, width + _WRAP_STRAGGLE) - 1]  # the longest lines the share left above
    if not _WRAP_WIDTHS[0] <= width <= _WRAP_WIDTHS[1]:
        return None
    filled = len(sizes) - bisect_left(sizes, width - _WRAP_NEAR)
    over = len(sizes) - bisect_right(sizes, width)
    if filled - over < max(_WRAP_FILLED, _WRAP_SHARE * len(sizes)):
        return None
    return width


def soft_breaks(texts: Sequence[str], levels: Sequence[int]) -> list[int]:
    """The indices k of the lines whose break to line k + 1 is a wrap of a hard-wrapped text.

    The next line's first word would not have fitted before the width; neither line is empty or a
    heading; the line ends with a word or its punctuation; the next line is not a table row (a row's
    last cell may wrap onto a line of its own) and does not open an entry, an item or a field, nor a
    sentence below an item's title (on its number's line or below its number alone). After a full stop, a next line that begins a
    sentence goes on the paragraph only when it is wrapped in turn, within its sentence (a short line there
    is a heading or a paragraph of its own, and lines of one sentence each are a list).
    """
    width = wrap_width(texts)
    if width is None:
        return []
    fits = [False] * len(texts)  # whether the break after line k may be a wrap
    after_stop = [False] * len(texts)
    for k in range(len(texts) - 1):
        line, nxt = texts[k], texts[k + 1]
        if not line.strip() or not nxt.strip() or levels[k] or levels[k + 1] or "\t" in nxt:
            continue
        first = nxt.split(None, 1)[0]
        if (len(line) + 1 + len(first) <= width or max(len(line), len(nxt)) > width or not _WORDLIKE.match(first)
                or not _WORD_END.match(line[-1])
                or _OPENS_LINE.match(nxt)
                or (first[0].isupper() and (_ITEM_MARK.match(line) or (k and _BARE_NUMBER.fullmatch(texts[k - 1]))))):
            continue
        fits[k] = True
        after_stop[k] = line[-1] in _ENDS_SENTENCE and (first[0].isupper() or first[0].isdigit())
    return [k for k in range(len(texts) - 1)
            if fits[k] and (not after_stop[k] or (fits[k + 1] and not after_stop[k + 1]))]


# A copy that broke the text at every space (a PDF transcription set one word on each line: "MINNESANTECKNINGAR" /
# "FRÅN" / "ÖPPET" / "MÖTE" ... "Närvarande:" / "Archie" / "Duncanson,"): nearly all its lines with text hold one
# word. Its lines are joined back, except before an item's number ("1. De") or a label ("Närvarande:"), which
# open lines of their own, as the text was written.
_WORD_LINES_LEAST = 40  # lines with text: a shorter text of single words is a list, not a broken copy
_WORD_LINES_SHARE = 0.9  # the share of them that hold one word
_LABEL_WORD = re.compile(r"[A-ZÅÄÖ][\w-]{2,30}:")
_LONE_ITEM_NUMBER = re.compile(r"\s*(?:§\s*)?\d{1,3}(?:\.\d{1,2})*\.\s*")  # "1.", "§ 4.", "6.1." alone on its line


def word_per_line_breaks(texts: Sequence[str]) -> list[int]:
    """The indices k of the lines whose break to line k + 1 a copy that set one word on each line made (see
    `_WORD_LINES_SHARE`); [] for any other text."""
    filled = [k for k, t in enumerate(texts) if t.strip()]
    if len(filled) < _WORD_LINES_LEAST:
        return []
    single = sum(1 for k in filled if " " not in texts[k].strip() and "\t" not in texts[k])
    if single < _WORD_LINES_SHARE * len(filled):
        return []
    return [k for k in range(len(texts) - 1) if texts[k].strip() and texts[k + 1].strip()
            and not _ITEM_MARK.match(texts[k + 1]) and not _LONE_ITEM_NUMBER.fullmatch(texts[k + 1])
            and not _LABEL_WORD.fullmatch(texts[k + 1].strip())]


def unwrapped(m: Minutes) -> Minutes:
    """`m` with the lines of its hard-wrapped paragraphs joined (see `soft_breaks`); `m` when none is."""
    lines = m.lines
    texts = [ln.text for ln in lines]
    breaks = soft_breaks(texts, [ln.level for ln in lines]) or word_per_line_breaks(texts)
    if not breaks:
        return m
    clean = list(m.clean)
    for k in breaks:
        clean[lines[k].end] = " "
    joined: list[Line] = []
    after = set(breaks)
    k = 0
    while k < len(lines):
        first = k
        while k in after:
            k += 1
        head = lines[first]
        joined.append(Line("".join(clean[head.start:lines[k].end]), head.start, head.number, head.level, head.page))
        k += 1
    return Minutes(text=m.text, clean="".join(clean), index=m.index, lines=tuple(joined), name=m.name)


# --- lines run together -----------------------------------------------------------------------

# A web copy can lose its line breaks: an agenda then runs on in one line, each item's number glued to
# the last word before it ("... Ninnie Gustafsson1. Mötets öppnandeSonja Forward öppnade mötet.2. Val av
# sekreterare..."). A glued number alone may be a typo ("bilaga1. Se"), so the breaks come back only
# where numbers glued this way run on in order (1, 2, 3 ...) in one line: a line break before each, and one
# where the item's title ends, at its first lower-case letter glued to a capital ("öppnandeSonja").
# The number follows a lower-case letter or a word's full stop, never a clock's ("kl. 18.00. Bo bokar").
_GLUED_NUMBER = re.compile(r"(?:(?<=[a-zåäö])|(?<=[^\W\d_]\.))(\d{1,2})\. (?=[A-ZÅÄÖ][a-zåäö])")
_GLUED_WORDS = re.compile(r"[a-zåäö\d](?=[A-ZÅÄÖ][a-zåäö])")
_GLUED_RUN = 2  # at least this many glued numbers in order in one line
_TITLE_REACH = 80  # a title's end glued to the item's text lies this near its number


def glued_breaks(line: str, after: int | None = None) -> list[int]:
    """Return where `line` lost its line breaks (offsets in it, each before the text of a new line).

    A break goes before each item number glued to the text before it in a run of numbers in order,
    and after each such item's title where its last word (or number: "Seminarium 2013Programpunkter") is
    glued to the first of the item's text. `after` is the last number of a run in the lines before, in the
    same copy: a line whose glued numbers go on from it needs no run of its own ("... från FOT.7. Seminarium").
    """
    run: list[re.Match[str]] = []
    best: list[re.Match[str]] = []
    for m in _GLUED_NUMBER.finditer(line):
        if run and int(m.group(1)) != int(run[-1].group(1)) + 1:
            run = []
        run.append(m)
        if len(run) > len(best):
            best = list(run)
    goes_on = bool(best) and after is not None and int(best[0].group(1)) == after + 1
    if len(best) < _GLUED_RUN and not goes_on:
        return []
    breaks: list[int] = []
    for k, m in enumerate(best):
        breaks.append(m.start())
        stop = min(m.end() + _TITLE_REACH, best[k + 1].start() if k + 1 < len(best) else len(line))
        end = _GLUED_WORDS.search(line, m.end(), stop)
        if end is not None:
            breaks.append(end.end())
    return breaks


def _last_glued_number(line: str, breaks: list[int]) -> int | None:
    """Return the number of the last item `glued_breaks` broke `line` before, None when none was."""
    numbers = [int(m.group(1)) for at in breaks if (m := _GLUED_NUMBER.match(line, at))]
    return numbers[-1] if numbers else None


def unflattened(m: Minutes) -> Minutes:
    """`m` with the line breaks a web copy lost put back (see `glued_breaks`); `m` when none is.

    Each break is a line feed added to `clean`; it maps to the original offset of the character after
    it, so every span still points into `text`. The lines split from one keep its number.
    """
    found: list[tuple[int, list[int]]] = []
    after: int | None = None  # the last number broken before, which a later line's glued numbers go on from
    for k, ln in enumerate(m.lines):
        found.append((k, glued_breaks(ln.text, after)))
        after = _last_glued_number(ln.text, found[-1][1]) or after
    if not any(b for _, b in found):
        return m
    clean: list[str] = []
    index: list[int] = []
    pos = 0  # how much of `m.clean` is copied
    for k, breaks in found:
        ln = m.lines[k]
        if not breaks:
            continue
        clean.append(m.clean[pos:ln.start])
        index += m.index[pos:ln.start]
        pos = ln.start
        for at in breaks:
            clean.append(m.clean[pos:ln.start + at].rstrip(" ") + "\n")
            index += m.index[pos:pos + len(clean[-1]) - 1]
            index.append(m.index[ln.start + at])
            pos = ln.start + at
    clean.append(m.clean[pos:])
    index += m.index[pos:]
    text = "".join(clean)
    kept = text.split("\n")
    numbers: list[int] = []
    levels: list[int] = []
    pages: list[bool] = []
    for k, breaks in found:
        ln = m.lines[k]
        numbers += [ln.number] * (len(breaks) + 1)
        levels += [ln.level] * (len(breaks) + 1)
        pages += [ln.page] * (len(breaks) + 1)
    new = tuple(Line(t, s, n, lv, pg) for t, s, n, lv, pg in zip(
        kept, _line_starts(kept, repeat(1)), numbers, levels, pages, strict=True))
    return Minutes(text=m.text, clean=text, index=tuple(index), lines=new, name=m.name)
