"""Read a minutes file into text: the only module of the extraction that touches files.

`read_minutes(path)` refuses what cannot be minutes (missing, a directory, empty, binary, over
20 MB, truncated, password-protected, of unknown type) with one `ExtractionError` naming the
file, decodes the rest (.txt/.md/.tex by encoding detection, .docx through python-docx, .pdf
through pdfplumber with its words set back on their lines, .html through BeautifulSoup) and hands
the text to `text.minutes_from_text`, which builds the cleaned view the parsers read.
"""

from __future__ import annotations

import codecs
import re
import zipfile
from pathlib import Path
from typing import Any

from planner.errors import ExtractionError
from planner.extract.pdflines import Word, document_lines
from planner.extract.text import Minutes, minutes_from_text

MAX_BYTES = 20 * 1024 * 1024
# What the parts of a .docx may unpack to: a Word file is a zip, and a small one can inflate to gigabytes
# (a zip bomb) that python-docx would hold in memory whole. Text and markup pack about ten to one.
MAX_UNPACKED = 5 * MAX_BYTES
TEXT_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".text", ".tex"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | {".docx", ".pdf"}

# Patterns the functions below use inline, compiled once (hoisted for speed; same patterns).
_RX_DOCX_HEADING_MARK_1 = re.compile(r"(?:heading|rubrik)\s*([1-6])")
_RX_WALK_1 = re.compile(r"\s+")
_RX_WALK_2 = re.compile(r"h[1-6]")
_RX_WALK_3 = re.compile(r"\n[ ]*(?=\n)")
_RX_WALK_4 = re.compile(r"(?<!\n)\n\n(?!\n)")
_RX_WALK_5 = re.compile(r"\x00[\x00\n]*")
_RX_WALK_6 = re.compile(r"[ ]{2,}")
_RX_WALK_7 = re.compile(r"\n{3,}")
_RX_PRE_BLANK = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)*")  # blank lines in a <pre>: a paragraph break of the walk


# A control character that text does not hold: below U+0020, other than "\t", "\n", "\v", "\f" and "\r" (9-13).
_CONTROL_CHAR = re.compile("[\x00-\x08\x0e-\x1f]")
# A character of two to four bytes as UTF-8 writes it.
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_HIGH_BYTE = re.compile(rb"[\x80-\xff]")
# Bytes that Windows-1252 leaves undefined: read as Latin-1 (a control character) instead.
_CP1252_UNDEFINED = frozenset(b"\x81\x8d\x8f\x90\x9d")
_CP1252_FALLBACK = "planner-cp1252-fallback"


def _cp1252_bytes(err: UnicodeError) -> tuple[str, int]:
    """Decode the bytes UTF-8 could not as Windows-1252 (an error handler for `bytes.decode`)."""
    assert isinstance(err, UnicodeDecodeError)
    bad = err.object[err.start:err.end]
    return "".join(chr(b) if b in _CP1252_UNDEFINED else bytes((b,)).decode("cp1252") for b in bad), err.end


codecs.register_error(_CP1252_FALLBACK, _cp1252_bytes)


def _mostly_utf8(data: bytes) -> bool:
    """Whether bytes that are not valid UTF-8 are UTF-8 text all the same, with a few bytes of another
    encoding in it: at least three characters written as UTF-8, and at least four times as many of their
    bytes as other bytes above 127. Windows-1252 text with å, ä and ö has next to none of the first."""
    multibyte = _UTF8_MULTIBYTE.findall(data)
    if len(multibyte) < 3:
        return False
    in_utf8 = sum(map(len, multibyte))
    return 4 * (len(_HIGH_BYTE.findall(data)) - in_utf8) <= in_utf8


def decode_bytes(data: bytes, path: str | Path = "<bytes>") -> str:
    """Decode the bytes of a text file: UTF-8 (with or without BOM), UTF-16 with BOM, else cp1252.

    Swedish municipal exports are often Windows-1252; a file that is valid UTF-8 is taken as
    UTF-8 (cp1252 text with å/ä/ö is practically never valid UTF-8), and so is UTF-8 text with a few
    bytes of Windows-1252 pasted in (those bytes read as Windows-1252, `_mostly_utf8`). NUL bytes or many
    control characters mean a binary file, which is refused.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as err:
            raise ExtractionError(path, None, "cannot decode UTF-16 text") from err
    if b"\x00" in data:
        raise ExtractionError(path, None, "binary file (NUL bytes), expected minutes as text, .docx, .pdf or .html")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        if _mostly_utf8(data):  # a stray Windows-1252 byte pasted into UTF-8 text
            text = data.decode("utf-8-sig", errors=_CP1252_FALLBACK)
        else:
            try:
                text = data.decode("cp1252")
            except UnicodeDecodeError:
                text = data.decode("latin-1")
    controls = len(_CONTROL_CHAR.findall(text, 0, 100000))  # in the first 100,000 characters
    if controls > max(8, len(text[:100000]) // 100):
        raise ExtractionError(path, None, "binary file (control characters), expected minutes as text")
    return text


def _docx_text(path: Path) -> str:
    """Return the paragraphs and table rows (tab-separated cells) of a .docx, in document order."""
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    document = docx.Document(str(path))
    numbering = _DocxNumbering(document)
    lines: list[str] = []
    # Each paragraph's style, by the style id it names: python-docx looks a style up by going through all
    # the document's styles, which took a millisecond a paragraph (minutes for a document of many lines).
    styles: dict[str | None, object] = {}
    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            key = block._p.style
            if key not in styles:
                styles[key] = getattr(block, "style", None)
            style = styles[key]
            lines.append(_docx_heading_mark(style) + numbering.label(block, style) + block.text)
        elif isinstance(block, Table):
            lines.extend(_docx_table_rows(block))
    return "\n".join(lines)


def _docx_heading_mark(style: object) -> str:
    """Markdown heading marks for a paragraph of Word's heading styles ("Heading 2", "Rubrik 2", "Title")."""
    name = (getattr(style, "name", "") or "").casefold()
    m = _RX_DOCX_HEADING_MARK_1.fullmatch(name)
    if m:
        return "#" * int(m.group(1)) + " "
    return "# " if name in ("title", "rubrik") else ""


class _DocxNumbering:
    """Word's automatic list numbers, which python-docx does not render: "1. ", "2.1 ", "- "."""

    def __init__(self, document: object) -> None:
        try:
            self._root = document.part.numbering_part.element  # type: ignore[attr-defined]
        except (KeyError, NotImplementedError, AttributeError):
            self._root = None
        self._counts: dict[str, list[int]] = {}

    def _num_pr(self, paragraph: object, style: Any) -> tuple[str, int] | None:
        p_pr = paragraph._p.pPr  # type: ignore[attr-defined]
        num_pr = p_pr.numPr if p_pr is not None else None
        while num_pr is None and style is not None:
            s_pr = style.element.pPr
            num_pr = s_pr.numPr if s_pr is not None else None
            style = style.base_style
        if num_pr is None or num_pr.numId is None:
            return None
        level = num_pr.ilvl.val if num_pr.ilvl is not None else 0
        return str(num_pr.numId.val), int(level)

    def _format(self, num_id: str, level: int) -> tuple[str, int]:
        if self._root is None:
            return "decimal", 1
        abstract = self._root.xpath(f'./w:num[@w:numId="{num_id}"]/w:abstractNumId/@w:val')
        if not abstract:
            return "decimal", 1
        lvl = f'./w:abstractNum[@w:abstractNumId="{abstract[0]}"]/w:lvl[@w:ilvl="{level}"]'
        fmt = self._root.xpath(lvl + "/w:numFmt/@w:val")
        start = self._root.xpath(lvl + "/w:start/@w:val")
        return (fmt[0] if fmt else "decimal"), int(start[0]) if start else 1

    def label(self, paragraph: object, style: object) -> str:
        """The list number Word shows before `paragraph` (of `style`), or ""."""
        found = self._num_pr(paragraph, style)
        if found is None:
            return ""
        num_id, level = found
        fmt, start = self._format(num_id, level)
        if fmt in ("bullet", "none"):
            return "- "
        counts = self._counts.setdefault(num_id, [])
        while len(counts) <= level:
            counts.append(0)
        del counts[level + 1:]
        counts[level] = counts[level] + 1 if counts[level] else start
        if fmt in ("lowerLetter", "upperLetter"):
            letter = chr(ord("a") + (counts[level] - 1) % 26)
            return f"{letter.upper() if fmt == 'upperLetter' else letter}) "
        if level == 0:
            return f"{counts[0]}. "
        return ".".join(str(c or 1) for c in counts[: level + 1]) + " "


def _docx_table_rows(table: object) -> list[str]:
    """Rows of a python-docx table as tab-separated lines (merged cells once)."""
    rows: list[str] = []
    for row in table.rows:  # type: ignore[attr-defined]
        cells: list[str] = []
        seen: set[int] = set()
        for cell in row.cells:
            if id(cell._tc) in seen:
                continue
            seen.add(id(cell._tc))
            cells.append(" ".join(p.text.strip() for p in cell.paragraphs if p.text.strip()))
        rows.append("\t".join(cells).rstrip("\t"))
    return rows


def _pdf_text(path: Path) -> str:
    """Return the text of a .pdf: pdfplumber's words, set back on the lines they were written on
    (`pdflines.document_lines`)."""
    import pdfplumber

    with pdfplumber.open(str(path)) as pdf:
        pages = [([Word(w["text"], w["x0"], w["x1"], w["top"], w["bottom"])
                   for w in page.extract_words(x_tolerance=1.5, y_tolerance=3)], float(page.width))
                 for page in pdf.pages]
    return "\n".join(document_lines(pages)) + "\n"


_BLOCKS = frozenset({
    "p", "div", "section", "article", "header", "footer", "main", "aside", "nav", "li", "ul", "ol",
    "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "tr",
    "figure", "figcaption", "address", "hr", "form", "fieldset", "body", "html",
})


def html_to_text(markup: str) -> str:
    """Turn HTML into lines: block elements and <br> break lines, table rows are tab-separated cells."""
    from bs4 import BeautifulSoup
    from bs4.element import Comment, Doctype, NavigableString, ProcessingInstruction, Tag

    soup = BeautifulSoup(markup, "html.parser")
    for tag in soup(["script", "style", "noscript", "template", "head", "svg"]):
        tag.decompose()
    _drop_site_chrome(soup)
    parts: list[str] = []
    depth = 0  # how many lists the walk is inside

    def line_ended() -> bool:
        return next((p.rstrip(" ").endswith("\n") for p in reversed(parts) if p.strip(" ")), True)

    # The walk keeps its own stack (no recursion: a page may nest tags thousands deep). Each entry is
    # what to do next: read a node's children, read one node, end a list or a list item, or add text.
    children, node_, list_end, item_end, text_ = range(5)
    stack: list[tuple[int, Any]] = [(children, soup)]
    while stack:
        op, node = stack.pop()
        if op == children:
            stack.extend((node_, child) for child in reversed(node.contents))
        elif op == text_:
            parts.append(node)
        elif op == list_end:
            if depth == 1 or not line_ended():
                parts.append("\n\n" if depth == 1 else "\n")
            depth -= 1
        elif op == item_end:
            if not line_ended():  # (a list inside ended the line)
                parts.append("\n")
        elif isinstance(node, (Comment, Doctype, ProcessingInstruction)):
            continue
        elif isinstance(node, NavigableString):
            parts.append(_RX_WALK_1.sub(" ", str(node)))
        elif isinstance(node, Tag):
            name = node.name.lower()
            if name == "br":
                parts.append("\n")
            elif name == "pre":  # preformatted text (a mail archive's message) keeps its lines and blank lines
                parts.append("\n\n" + _RX_PRE_BLANK.sub("\n\n\n", node.get_text()).strip("\n") + "\n\n")
            elif name == "tr":
                cells = [_RX_WALK_1.sub(" ", c.get_text(" ")).strip() for c in node.find_all(["td", "th"], recursive=False)]
                parts.append("\n" + "\t".join(cells).rstrip("\t") + "\n")
            elif name in ("ul", "ol"):
                depth += 1
                parts.append("\n\n" if depth == 1 else "\n")
                stack += [(list_end, None), (children, node)]
            elif name == "li":
                parts.append("\n" + "  " * max(depth - 1, 0) + _list_mark(node))
                stack += [(item_end, None), (children, node)]
            elif name in ("dt", "dd"):
                parts.append("\n")
                stack += [(text_, "\n"), (children, node)]
            elif name in _BLOCKS:
                level = int(name[1]) if _RX_WALK_2.fullmatch(name) else 0
                parts.append("\n\n" + "#" * level + (" " if level else ""))
                stack += [(text_, "\n\n"), (children, node)]
            else:
                stack.append((children, node))
    # Rows and list items end with one newline, blocks with two: "\n\n" is a paragraph break.
    joined = _RX_WALK_3.sub("\n", "".join(parts))
    joined = _RX_WALK_4.sub("\n", joined.replace("\n\n\n", "\x00"))
    joined = _RX_WALK_5.sub("\n\n", joined)
    lines = [(m.group(1) if (m := _RX_LIST_INDENT.match(line)) else "") + _RX_WALK_6.sub(" ", line).strip(" ")
             for line in joined.split("\n")]
    text = "\n".join(lines)
    return _RX_WALK_7.sub("\n\n", text).strip("\n")


# An item of a nested list keeps its indent ("  - a sub-point"); other lines lose their leading spaces.
_RX_LIST_INDENT = re.compile(r"((?:  )+)(?:-|\d+\.|[a-zA-Z]\)) +\S")
# The parts of a web page around its content: the site's banner, menus and foot.
_CHROME = ("nav", "header", "footer", "aside")


def _drop_site_chrome(soup: object) -> None:
    """Drop a web page's menus, and its banner and foot around the content: `<nav>` anywhere, and
    `<header>`, `<footer>` and `<aside>` outside the page's `<main>` or `<article>` (when it has one
    with text: minutes saved from a site, the logo and menus are not the minutes)."""
    content = [tag for tag in soup.find_all(["main", "article"]) if tag.get_text(strip=True)]  # type: ignore[attr-defined]
    for tag in soup.find_all("nav"):  # type: ignore[attr-defined]
        tag.decompose()
    if not content:
        return
    for tag in soup.find_all(_CHROME[1:]):  # type: ignore[attr-defined]
        if tag.decomposed or tag.find_parent(["main", "article"]) is not None:
            continue
        if any(tag in c.parents for c in content):
            continue  # a header around the content holds it
        tag.decompose()


def _list_mark(item: object) -> str:
    """The mark a browser shows before a list item, as written in text: "- " in a `<ul>`, "3. " in an
    `<ol>` (its `start`, or the item's own `value`), "c) " in a lettered one; none if the item's text
    already begins with a mark."""
    text = item.get_text(" ", strip=True)  # type: ignore[attr-defined]
    if _RX_ITEM_MARK.match(text):
        return ""
    parent = item.parent  # type: ignore[attr-defined]
    if parent is None or parent.name != "ol":
        return "- "
    number = 0
    for sibling in parent.find_all("li", recursive=False):
        value = sibling.get("value", "")
        number = int(value) if value.isdigit() else (number + 1 if number else _int(parent.get("start", "1")))
        if sibling is item:
            break
    kind = parent.get("type", "1")
    if kind in ("a", "A"):
        letter = chr(ord("a") + (number - 1) % 26)
        return f"{letter.upper() if kind == 'A' else letter}) "
    return f"{number}. "


def _int(value: object) -> int:
    return int(value) if isinstance(value, str) and value.strip().lstrip("-").isdigit() else 1


_RX_ITEM_MARK = re.compile(r"(?:[-–—•*·▪§]|\(?\d{1,3}[.)]|[a-zA-Z][.)])\s")


def refuse_irregular(p: Path) -> None:
    """Raise `ExtractionError` for an existing path that is no regular file: a directory, or a named
    pipe or device, which is never read (it could block, or never end)."""
    if p.is_dir():
        raise ExtractionError(p, None, "is a directory, expected a minutes file")
    if p.exists() and not p.is_file():
        raise ExtractionError(p, None, "not a regular file, expected a minutes file")


def read_minutes(path: str | Path) -> Minutes:
    """Read and decode a minutes file (.txt, .md, .tex, .docx, .pdf, .html).

    Raises `ExtractionError` naming the file for anything that is not readable minutes:
    missing, a directory, empty, binary, larger than 20 MB, truncated, or of unknown type.
    """
    p = Path(path)
    if not p.exists():
        raise ExtractionError(p, None, "no such file")
    refuse_irregular(p)
    suffix = p.suffix.lower()
    if suffix not in SUFFIXES:
        kinds = ", ".join(sorted(SUFFIXES))
        raise ExtractionError(p, None, f"unknown file type {p.suffix or '(none)'!r}, expected one of {kinds}")
    try:
        size = p.stat().st_size
    except OSError as err:
        raise ExtractionError(p, None, f"cannot read file: {err.strerror}") from err
    if size > MAX_BYTES:
        raise ExtractionError(p, None, f"file is {size / 1048576:.1f} MB, more than the 20 MB limit for minutes")
    if size == 0:
        raise ExtractionError(p, None, "file is empty")
    try:
        if suffix == ".docx":
            text = _read_docx(p)
        elif suffix == ".pdf":
            text = _read_pdf(p)
        else:
            text = decode_bytes(p.read_bytes(), p)
            if suffix in HTML_SUFFIXES:
                text = html_to_text(text)
    except OSError as err:
        raise ExtractionError(p, None, f"cannot read file: {err.strerror or err}") from err
    if not text.strip():
        raise ExtractionError(p, None, "file has no text")
    if len(text) > MAX_BYTES:  # a .docx or .pdf of more text than a text file may hold
        raise ExtractionError(p, None, f"file has {len(text) / 1e6:.1f} million characters of text, more than "
                                       "the 20 MB limit for minutes")
    return minutes_from_text(text, str(p))


def _read_docx(p: Path) -> str:
    if not zipfile.is_zipfile(p):
        raise ExtractionError(p, None, _not_a_zip(p))
    try:
        with zipfile.ZipFile(p) as archive:
            # (each part is read up to the size its entry gives, so a lying entry cannot hold more)
            unpacked = sum(entry.file_size for entry in archive.infolist())
        if unpacked > MAX_UNPACKED:
            raise ExtractionError(p, None, f"a .docx that unpacks to {unpacked / 1048576:.0f} MB, more than "
                                           f"the {MAX_UNPACKED // 1048576} MB limit for minutes")
        return _docx_text(p)
    except ExtractionError:
        raise
    except (zipfile.BadZipFile, KeyError, ValueError, EOFError, OSError) as err:
        raise ExtractionError(p, None, f"unreadable .docx ({type(err).__name__}: {err})") from err
    except Exception as err:  # python-docx/lxml raise many types on broken parts
        raise ExtractionError(p, None, f"unreadable .docx ({type(err).__name__})") from err


def _not_a_zip(p: Path) -> str:
    """Why a .docx that is no zip archive cannot be read. Word saves a password-protected .docx as an OLE
    compound file holding the encrypted package; an OLE file without it is an old Word .doc renamed."""
    streams = _ole_streams(p)
    if "EncryptedPackage" in streams:
        return "password-protected .docx (encrypted): save a copy without a password"
    if "WordDocument" in streams:
        return "an old Word .doc file named .docx: save it as .docx"
    return "not a valid .docx (truncated or not a zip archive)"


def _ole_streams(p: Path) -> set[str]:
    """The names of the top-level streams of an OLE compound file; none for another or a damaged file."""
    import olefile

    if not olefile.isOleFile(str(p)):
        return set()
    try:
        with olefile.OleFileIO(str(p)) as ole:
            return {entry[0] for entry in ole.listdir() if len(entry) == 1}
    except Exception:  # noqa: BLE001 (olefile raises OSError, ValueError, struct.error, ... on a damaged file)
        return set()


def _read_pdf(p: Path) -> str:
    with p.open("rb") as fh:
        if not fh.read(1024).lstrip().startswith(b"%PDF"):
            raise ExtractionError(p, None, "not a valid .pdf (no %PDF header)")
    from pdfminer.pdfdocument import PDFPasswordIncorrect

    try:
        return _pdf_text(p)
    except Exception as err:  # pdfplumber/pdfminer raise PSEOF, PDFSyntaxError, struct.error, ... on broken files
        # (pdfplumber wraps pdfminer's error: a .pdf that opens only with a password is no damaged one)
        if isinstance(err, PDFPasswordIncorrect) or isinstance(err.__context__, PDFPasswordIncorrect) \
                or any(isinstance(arg, PDFPasswordIncorrect) for arg in err.args):
            raise ExtractionError(p, None, "password-protected .pdf (it opens only with a password): "
                                           "save a copy without a password") from err
        raise ExtractionError(p, None, f"unreadable .pdf, truncated or damaged ({type(err).__name__})") from err
