"""The same minutes saved as .docx, .pdf, .html, CRLF and cp1252 text give the same extraction as the .txt.

The documents are generated in the test (python-docx, fpdf2 with a Unicode TTF font), so the
suite stands on its own. Spans differ between formats (the text differs), everything else
must not.
"""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

import pytest

from planner.extract import extract_minutes

FONT_DIRS = (Path("/usr/share/fonts"), Path("/usr/local/share/fonts"), Path.home() / ".fonts")
FONT_NAMES = ("DejaVuSans.ttf", "LiberationSans-Regular.ttf", "NotoSans-Regular.ttf", "FreeSans.ttf")


def unicode_font() -> Path | None:
    """A TrueType font on this machine that has å, ä, ö and the en dash."""
    for name in FONT_NAMES:
        for folder in FONT_DIRS:
            if folder.is_dir():
                found = next(folder.rglob(name), None)
                if found:
                    return found
    return None


def without_spans(value: Any) -> Any:
    """Drop every span (offsets in the format's own text) from an extraction's JSON."""
    if isinstance(value, dict):
        return {k: without_spans(v) for k, v in value.items() if k not in ("span", "spans", "status_span", "source")}
    if isinstance(value, list):
        return [without_spans(v) for v in value]
    return value


def comparable(path: Path) -> dict[str, Any]:
    data = extract_minutes(path).to_json()
    data.pop("warnings", None)
    return without_spans(data)


def save_docx(lines: list[str], path: Path) -> None:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    document.save(str(path))


def save_pdf(lines: list[str], path: Path, font: Path) -> None:
    fpdf = pytest.importorskip("fpdf")
    # A very wide page so that no line wraps: wrapping would change the text's lines.
    pdf = fpdf.FPDF(unit="pt", format=(4000, 1400))
    pdf.set_auto_page_break(auto=True, margin=36)
    pdf.add_font("Body", fname=str(font))
    pdf.set_font("Body", size=9)
    pdf.add_page()
    for line in lines:
        pdf.cell(w=0, h=12, text=line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


def save_pdf_a4(text: str, path: Path, font: Path) -> None:
    """Lay the minutes out as a word processor prints them: A4, lines wrapped at the margin, blank
    lines as space, a tab-separated row as a table row (first cell in a column of its own, the rest
    beside it, wrapping inside its column)."""
    fpdf = pytest.importorskip("fpdf")
    pdf = fpdf.FPDF(unit="pt", format="A4")
    pdf.set_margins(56, 56, 56)
    pdf.set_auto_page_break(auto=True, margin=56)
    pdf.add_font("Body", fname=str(font))
    pdf.set_font("Body", size=10)
    pdf.add_page()
    for line in text.split("\n"):
        if not line.strip():
            pdf.ln(13)
        elif "\t" in line:
            first, rest = line.split("\t", 1)
            if pdf.will_page_break(26):  # a table row is not split over two pages
                pdf.add_page()
            top = pdf.get_y()
            pdf.multi_cell(w=150, h=13, text=first, new_x="LMARGIN", new_y="NEXT")
            below = pdf.get_y()
            pdf.set_xy(56 + 170, top)
            pdf.multi_cell(w=0, h=13, text=rest.replace("\t", "    "), new_x="LMARGIN", new_y="NEXT")
            pdf.set_y(max(below, pdf.get_y()))
        else:
            pdf.multi_cell(w=0, h=13, text=line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))


@pytest.fixture(params=["000", "001", "002", "003", "004"])
def seed_text(request, seed) -> tuple[Path, str]:
    path = seed(request.param)
    return path, path.read_text(encoding="utf-8")


def test_docx_gives_the_same_extraction(seed_text, tmp_path: Path) -> None:
    path, text = seed_text
    target = tmp_path / "000.docx"
    save_docx(text.split("\n"), target)
    assert comparable(target) == comparable(path)


def test_cp1252_text_gives_the_same_extraction(seed_text, tmp_path: Path) -> None:
    path, text = seed_text
    target = tmp_path / "000.txt"
    target.write_bytes(text.encode("cp1252"))
    assert comparable(target) == comparable(path)


def test_crlf_text_gives_the_same_extraction(seed_text, tmp_path: Path) -> None:
    path, text = seed_text
    target = tmp_path / "000.txt"
    target.write_bytes(text.replace("\n", "\r\n").encode("utf-8"))
    assert comparable(target) == comparable(path)


def save_html(lines: list[str], path: Path) -> None:
    """Each line a paragraph; runs of tab-separated lines a table."""
    body: list[str] = []
    rows: list[str] = []
    for line in lines + [""]:
        if "\t" in line:
            cells = "".join(f"<td>{html.escape(cell)}</td>" for cell in line.split("\t"))
            rows.append(f"<tr>{cells}</tr>")
            continue
        if rows:
            body.append("<table>" + "".join(rows) + "</table>")
            rows = []
        if line.strip():
            body.append(f"<p>{html.escape(line)}</p>")
    page = "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Minutes</title>"
    page += "<style>p { margin: 0 }</style></head><body>" + "\n".join(body) + "</body></html>"
    path.write_text(page, encoding="utf-8")


def test_html_gives_the_same_extraction(seed_text, tmp_path: Path) -> None:
    path, text = seed_text
    target = tmp_path / "000.html"
    save_html(text.split("\n"), target)
    assert comparable(target) == comparable(path)


def test_html_with_the_text_in_a_pre_block_gives_the_same_extraction(seed_text, tmp_path: Path) -> None:
    # A mail archive's page holds the message as preformatted text: its lines are the minutes' lines.
    path, text = seed_text
    target = tmp_path / "000.html"
    target.write_text(f"<html><body><pre>{html.escape(text)}</pre></body></html>", encoding="utf-8")
    got, want = comparable(target), comparable(path)
    assert got == want


def test_pdf_gives_the_same_extraction(seed_text, tmp_path: Path) -> None:
    font = unicode_font()
    if font is None:
        pytest.skip("no Unicode TrueType font on this machine for å/ä/ö in a PDF")
    path, text = seed_text
    if "\t" in text:
        pytest.skip("one cell per line holds no tab: tab-separated rows are laid out as columns in "
                    "test_printed_pdf_gives_the_same_extraction")
    target = tmp_path / "000.pdf"
    # Blank lines are layout in a PDF, not text: write the lines that carry text.
    save_pdf([line for line in text.split("\n") if line.strip()], target, font)
    source = tmp_path / "000_lines.txt"
    source.write_text("\n".join(line for line in text.split("\n") if line.strip()), encoding="utf-8")
    assert comparable(target) == comparable(source)
    assert comparable(target)["meeting"] == comparable(path)["meeting"]


def test_printed_pdf_gives_the_same_extraction(seed_text, tmp_path: Path) -> None:
    """As printed to PDF by a word processor: long lines wrapped at the margin (attendance lists over
    several lines), blank lines as space, tab-separated rows as two columns. The lines are set back
    as they were written (planner.extract.pdflines), so the extraction is that of the .txt."""
    font = unicode_font()
    if font is None:
        pytest.skip("no Unicode TrueType font on this machine for å/ä/ö in a PDF")
    path, text = seed_text
    target = tmp_path / "000.pdf"
    save_pdf_a4(text, target, font)
    assert comparable(target) == comparable(path)
