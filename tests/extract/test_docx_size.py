"""A small .docx could hold far more work than a text file of the 20 MB limit.

A .docx is a zip of XML: a few hundred kB unpack to a hundred MB of paragraphs. Reading one took minutes:
python-docx looked up each paragraph's style by going through all of the document's styles (a millisecond
a paragraph; 880,000 paragraphs ran for more than a quarter of an hour), and nothing bounded the text it
gave, as 20 MB bounds a text file's. Styles are now looked up once per style, and a .docx or .pdf with more
than 20 million characters of text is refused like a text file over 20 MB.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from planner.errors import ExtractionError
from planner.extract.readers import MAX_BYTES, read_minutes
from tests.extract.test_text_blank_runs import deadline


def _docx(tmp_path: Path, paragraphs: list[str], name: str = "m.docx") -> Path:
    """A .docx made by python-docx, with `paragraphs` as its body (written as XML: python-docx adds them slowly)."""
    docx = pytest.importorskip("docx")
    small = tmp_path / "small.docx"
    docx.Document().save(str(small))
    path = tmp_path / name
    with zipfile.ZipFile(small) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for part in src.namelist():
            xml = src.read(part)
            if part == "word/document.xml":
                head, tail = xml.split(b"<w:body>")
                body = "".join(f"<w:p><w:r><w:t>{p}</w:t></w:r></w:p>" for p in paragraphs)
                xml = head + b"<w:body>" + body.encode() + tail
            dst.writestr(part, xml)
    return path


def test_many_paragraphs_are_read_in_seconds(tmp_path: Path) -> None:
    lines = ["Protokoll Kommunalt forum", "Datum: 2020-03-06"] + [f"Punkt {i} behandlades." for i in range(40_000)]
    path = _docx(tmp_path, lines)
    with deadline(20):  # about 2 s; 40 s before
        doc = read_minutes(path)
    assert doc.clean.splitlines()[:3] == lines[:3]
    assert len(doc.lines) == len(lines)


def test_more_text_than_the_limit_is_refused(tmp_path: Path) -> None:
    lines = ["Datum: 2020-03-06"] + [("ord " * 250_000).strip()] * (MAX_BYTES // 1_000_000 + 1)
    path = _docx(tmp_path, lines, "lang.docx")
    assert path.stat().st_size < 1 << 20
    with deadline(60), pytest.raises(ExtractionError, match=r"lang\.docx: file has 2\d\.\d million characters of "
                                                            r"text, more than the 20 MB limit for minutes"):
        read_minutes(path)
