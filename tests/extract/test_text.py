"""Reading minutes files into text: encodings, cleaning with a character map, formats, bad input."""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

import pytest

from planner.errors import ExtractionError
from planner.extract import extract_minutes
from planner.extract.readers import MAX_BYTES, MAX_UNPACKED, decode_bytes, html_to_text, read_minutes
from planner.extract.text import minutes_from_text

SWEDISH = "Mötesanteckningar – Kommunalt forum\nPlats: Bolmen, regionhuset, Växjö\nÅke Ärlig, Öland\n"


# --- encodings ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (SWEDISH.encode("utf-8"), SWEDISH),
        (b"\xef\xbb\xbf" + SWEDISH.encode("utf-8"), SWEDISH),
        (SWEDISH.replace("–", "-").encode("cp1252"), SWEDISH.replace("–", "-")),
        (SWEDISH.encode("cp1252"), SWEDISH),  # the en dash is 0x96 in cp1252
        (SWEDISH.encode("utf-16"), SWEDISH),
        ("Närvarande: Åsa Öberg".encode("latin-1"), "Närvarande: Åsa Öberg"),
    ],
    ids=["utf8", "utf8-bom", "cp1252-ascii-dash", "cp1252-en-dash", "utf16-bom", "latin1"],
)
def test_decode_bytes_reads_swedish_letters(data: bytes, expected: str) -> None:
    assert decode_bytes(data) == expected


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        # UTF-8 with a Windows-1252 "é" and "–" pasted in: once all of it was read as cp1252 ("VÃ¤xjÃ¶").
        (SWEDISH.encode("utf-8") + b" Caf\xe9 \x96 slut", SWEDISH + " Café – slut"),
        (b"\xef\xbb\xbf" + SWEDISH.encode("utf-8") + b"\xe9", SWEDISH + "é"),
        # Windows-1252 text whose letters happen to pair into a UTF-8 character ("Ä§" is UTF-8's "ħ"):
        # still Windows-1252, as too few of its bytes make UTF-8.
        ("Åsa Öberg, Älmhult, § 3 Ä§ och Ö»".encode("cp1252"), "Åsa Öberg, Älmhult, § 3 Ä§ och Ö»"),
    ],
    ids=["utf8-with-cp1252-bytes", "utf8-bom-with-a-cp1252-byte", "cp1252-with-utf8-lookalikes"],
)
def test_decode_bytes_reads_utf8_with_a_few_cp1252_bytes(data: bytes, expected: str) -> None:
    assert decode_bytes(data) == expected


@pytest.mark.parametrize("data", [b"\x00\x01\x02abc\x00", b"PK\x03\x04" + bytes(range(1, 31)) * 20])
def test_decode_bytes_refuses_binary(data: bytes) -> None:
    with pytest.raises(ExtractionError, match="binary"):
        decode_bytes(data, "x.txt")


def test_read_cp1252_file(tmp_path: Path) -> None:
    path = tmp_path / "m.txt"
    path.write_bytes("Datum: 2020-03-06\nPlats: Växjö, Älmhult och Åseda\n".encode("cp1252"))
    doc = read_minutes(path)
    assert "Växjö, Älmhult och Åseda" in doc.clean


# --- the cleaned text and its map -----------------------------------------------------------


def test_crlf_is_kept_in_text_and_dropped_in_clean() -> None:
    text = "Datum: 2020-03-06\r\nTid: 9.00-12.00\r\n\r\nPlats: Bolmen\r\n"
    doc = minutes_from_text(text)
    assert doc.text == text
    assert "\r" not in doc.clean
    i = doc.clean.index("Bolmen")
    a, b = doc.span(i, i + len("Bolmen"))
    assert text[a:b] == "Bolmen"
    assert doc.line_at(i) == 4


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("**Tid:** 9.00-12.00", "Tid: 9.00-12.00"),
        ("## **5. Länsgemensam strategi**", "5. Länsgemensam strategi"),
        ("### Närvarande:", "Närvarande:"),
        ("##Kallade", "Kallade"),
        ("*Medverkande: Annika Magnerot, Region Kronoberg*", "Medverkande: Annika Magnerot, Region Kronoberg"),
        ("Coronapandemin och fortsatt arbete [Bildspel 1](#)", "Coronapandemin och fortsatt arbete Bildspel 1"),
        ("Plats:\u00a0Bolmen", "Plats: Bolmen"),
        ("sam\u00adverkan", "samverkan"),
        ("Kommunalt\u200b forum", "Kommunalt forum"),
        ("__Beslut__", "Beslut"),
        ("Barn- och utbildningsnämnden", "Barn- och utbildningsnämnden"),
        ("- Smittsamhet och inkubationstid", "- Smittsamhet och inkubationstid"),
        ("9 * 3 = 27", "9 * 3 = 27"),
        ("| Anna Ek | Växjö | X |", "Anna Ek\tVäxjö\tX"),
        ("|---|:---:|", ""),
    ],
)
def test_clean_strips_markup_and_maps_back(raw: str, clean: str) -> None:
    doc = minutes_from_text(raw)
    assert doc.clean == clean
    for i, ch in enumerate(doc.clean):
        if ch not in " \t":  # spaces and tabs may stand for markup ("|" of a table)
            assert doc.text[doc.original(i)] == ch


def test_heading_levels_are_kept_on_lines() -> None:
    doc = minutes_from_text("# Mötesprotokoll LiTHe kod\n## 2 September 2021\ntext")
    assert [line.level for line in doc.lines] == [1, 2, 0]


LATEX = r"""\documentclass[protokoll]{dvd}
\KOMAoptions{
    headwidth = 18cm,
}
\begin{document}
\title{Styrelsemöte 4}
\author{Styrelsen}
\textbf{Tid:} 12:00\\
\begin{närvarande_förtroendevalda}
    \förtroendevald{Ordförande}{Albin Otterhäll}{Ja}
\end{närvarande_förtroendevalda}
% \textbf{Övriga medlemmar:}
\section{Öppnande av möte}
\begin{itemize}
    \item Mötet öppnades 100\% enhälligt
\end{itemize}
"""


def test_latex_markup_is_cleaned() -> None:
    doc = minutes_from_text(LATEX)
    texts = [line.text.strip() for line in doc.lines if line.text.strip()]
    assert texts == [
        "Styrelsemöte 4",
        "Styrelsen",
        "Tid: 12:00",
        "Ordförande\tAlbin Otterhäll\tJa",
        "Öppnande av möte",
        "- Mötet öppnades 100% enhälligt",
    ]
    levels = {line.text: line.level for line in doc.lines}
    assert levels["Öppnande av möte"] == 1
    i = doc.clean.index("Albin")
    a, b = doc.span(i, i + len("Albin Otterhäll"))
    assert doc.text[a:b] == "Albin Otterhäll"


# --- other formats --------------------------------------------------------------------------


def test_html_blocks_and_tables_become_lines() -> None:
    markup = """<html><head><title>x</title><style>p{}</style></head><body>
    <h1>Mötesanteckningar – Kommunalt forum</h1><p>Datum: 2020-03-06<br>Tid: 9.00-12.00</p>
    <script>var x = 1;</script>
    <table><tr><td>Region Kronoberg:</td><td>Anna Fransson,
    Robert Olesen</td></tr><tr><th>Alvesta:</th><td>Thomas Haraldsson</td></tr></table>
    <ul><li>Smittsamhet</li><li>Symptom</li></ul></body></html>"""
    text = html_to_text(markup)
    assert text.splitlines() == [
        "# Mötesanteckningar – Kommunalt forum",
        "",
        "Datum: 2020-03-06",
        "Tid: 9.00-12.00",
        "",
        "Region Kronoberg:\tAnna Fransson, Robert Olesen",
        "Alvesta:\tThomas Haraldsson",
        "",
        "- Smittsamhet",
        "- Symptom",
    ]


def test_read_html_file(tmp_path: Path) -> None:
    path = tmp_path / "m.html"
    path.write_text("<p>Plats: Växjö</p><p>Närvarande: Åsa Öberg</p>", encoding="utf-8")
    assert read_minutes(path).clean == "Plats: Växjö\n\nNärvarande: Åsa Öberg"


def test_html_nested_deeper_than_the_recursion_limit_is_read(tmp_path: Path) -> None:
    # The walk over the page keeps its own stack: 20,000 nested <div>s once raised RecursionError.
    markup = "<p>Protokoll styrelsemöte</p>" + "<div>" * 20000 + "Datum: 2024-03-12" + "</div>" * 20000
    markup += "<ul>" + "<li>punkt<ul>" * 400 + "<li>sist</li>" + "</ul></li>" * 400 + "</ul>"
    lines = html_to_text(markup).splitlines()
    assert lines[:3] == ["Protokoll styrelsemöte", "", "Datum: 2024-03-12"]
    assert lines[4] == "- punkt" and lines[5] == "  - punkt"
    assert lines[-1] == "  " * 400 + "- sist"
    path = tmp_path / "m.html"
    path.write_text(markup, encoding="utf-8")
    assert read_minutes(path).clean.splitlines()[2] == "Datum: 2024-03-12"


def test_read_docx_paragraphs_and_tables(tmp_path: Path) -> None:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_paragraph("Mötesanteckningar – Kommunalt forum")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "Region Kronoberg:"
    table.cell(0, 1).text = "Anna Fransson, Robert Olesen"
    table.cell(1, 0).text = "Älmhult:"
    table.cell(1, 1).text = "Eva Ballovarre"
    document.add_paragraph("1. Information om Covid-19")
    path = tmp_path / "m.docx"
    document.save(str(path))
    assert read_minutes(path).clean.splitlines() == [
        "Mötesanteckningar – Kommunalt forum",
        "Region Kronoberg:\tAnna Fransson, Robert Olesen",
        "Älmhult:\tEva Ballovarre",
        "1. Information om Covid-19",
    ]


def test_read_docx_headings_and_automatic_numbers(tmp_path: Path) -> None:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_paragraph("Protokoll styrelsemöte 2023-02-01", style="Title")
    document.add_paragraph("Närvarande", style="Heading 2")
    document.add_paragraph("Anna Ek", style="List Bullet")
    document.add_paragraph("Mötets öppnande", style="List Number")
    document.add_paragraph("Val av justerare", style="List Number")
    path = tmp_path / "m.docx"
    document.save(str(path))
    doc = read_minutes(path)
    assert doc.clean.splitlines() == [
        "Protokoll styrelsemöte 2023-02-01", "Närvarande", "- Anna Ek", "1. Mötets öppnande", "2. Val av justerare",
    ]
    assert [line.level for line in doc.lines] == [1, 2, 0, 0, 0]


# --- bad input ------------------------------------------------------------------------------


def _dated_docx(path: Path) -> Path:
    """A .docx of one paragraph, "Datum: 2020-03-06", saved at `path`."""
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_paragraph("Datum: 2020-03-06")
    document.save(str(path))
    return path


def _truncated_docx(tmp_path: Path) -> Path:
    data = _dated_docx(tmp_path / "full.docx").read_bytes()
    path = tmp_path / "cut.docx"
    path.write_bytes(data[: len(data) // 2])
    return path


def _truncated_pdf(tmp_path: Path) -> Path:
    fpdf = pytest.importorskip("fpdf")
    pdf = fpdf.FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    pdf.cell(text="Datum: 2020-03-06")
    full = bytes(pdf.output())
    path = tmp_path / "cut.pdf"
    path.write_bytes(full[: len(full) // 3])
    return path


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda d: d / "missing.txt", "no such file"),
        (lambda d: d, "is a directory"),
        (lambda d: (d / "empty.txt").write_bytes(b"") and d / "empty.txt" or d / "empty.txt", "empty"),
        (lambda d: (d / "blank.txt").write_bytes(b" \n\n ") and d / "blank.txt", "no text"),
        (lambda d: (d / "bin.txt").write_bytes(b"\x00\xff" * 100) and d / "bin.txt", "binary"),
        (lambda d: (d / "m.odt").write_bytes(b"Datum") and d / "m.odt", "unknown file type"),
        (lambda d: (d / "fake.docx").write_bytes(b"Datum: 2020") and d / "fake.docx", "not a valid .docx"),
        (lambda d: (d / "fake.pdf").write_bytes(b"Datum: 2020") and d / "fake.pdf", "not a valid .pdf"),
        (_truncated_docx, ".docx"),
        (_truncated_pdf, ".pdf"),
    ],
    ids=["missing", "directory", "empty", "blank", "binary", "unknown-ext", "fake-docx", "fake-pdf",
         "truncated-docx", "truncated-pdf"],
)
def test_bad_input_is_one_error_naming_the_file(tmp_path: Path, make, message: str) -> None:
    path = make(tmp_path)
    with pytest.raises(ExtractionError) as info:
        read_minutes(path)
    assert message in str(info.value)
    assert str(path) in str(info.value)
    assert "\n" not in str(info.value)


def test_file_over_20_mb_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    with path.open("wb") as fh:
        fh.truncate(MAX_BYTES + 1)  # sparse: the size is there, the bytes are never read
    with pytest.raises(ExtractionError, match="20 MB"):
        read_minutes(path)


def test_truncated_docx_zip_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "broken.docx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
    with pytest.raises(ExtractionError, match="docx"):
        read_minutes(path)


def test_docx_unpacking_to_more_than_the_limit_is_refused_unread(tmp_path: Path) -> None:
    # A zip bomb: a few hundred kB that python-docx unpacked whole (2 GB of document.xml took 5 GB of memory).
    small = _dated_docx(tmp_path / "small.docx")
    path = tmp_path / "bomb.docx"
    with zipfile.ZipFile(small) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in src.namelist():
            dst.writestr(name, src.read(name))
        with dst.open("word/media/pad.bin", "w") as pad:
            for _ in range(MAX_UNPACKED // (1 << 20) + 1):
                pad.write(bytes(1 << 20))
    assert path.stat().st_size < 1 << 20
    with pytest.raises(ExtractionError, match=r"bomb\.docx: a \.docx that unpacks to 10\d MB, more than the 100 MB limit"):
        read_minutes(path)


def test_source_of_a_file_name_not_utf8(tmp_path: Path) -> None:
    # A name's bytes that are not UTF-8 were lone surrogates in the JSON: no reader (nor database) takes them.
    path = tmp_path / os.fsdecode(b"m\xf6te.txt")
    path.write_text("Protokoll Kommunalt forum\nDatum: 2020-03-06\n", encoding="utf-8")
    assert extract_minutes(path).source == "m\ufffdte.txt"


# --- stored web copies ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "first_page"),
    [
        (("Titel\n\nTranskript\n\n1 Protokoll Styrelsen Datum: 2012-06-12 Närvarande: Anna Ek, Bo Berg\n\n"
         "2 2. Föregående protokoll Protokollet lades till handlingarna efter genomgång.\n"),
         "Protokoll Styrelsen Datum: 2012-06-12 Närvarande: Anna Ek, Bo Berg"),
        ("Titel\nTranscription\n1 34 Organ: Primärkommunala nämnden Plats och tid: Regionförbundet, Kalmar\n",
         "34 Organ: Primärkommunala nämnden Plats och tid: Regionförbundet, Kalmar"),
    ],
)
def test_page_numbers_of_a_stored_copy_are_dropped(text: str, first_page: str) -> None:
    doc = minutes_from_text(text)
    line = next(line for line in doc.lines if "Organ" in line.text or "Protokoll" in line.text)
    assert line.text == first_page
    assert text[doc.span(line.start, line.end)[0]:doc.span(line.start, line.end)[1]] == first_page


def test_page_numbers_need_a_transcript_and_run_in_order() -> None:
    text = "Protokoll\n\n1 Mötets öppnande och val av ordförande för mötet idag\n3 Val av justerare för mötet idag ok\n"
    assert [line.text for line in minutes_from_text(text).lines if line.text][1:] == [
        "1 Mötets öppnande och val av ordförande för mötet idag", "3 Val av justerare för mötet idag ok"]
    copy = "Transkript\n1 Mötets öppnande och val av ordförande för mötet idag\n3 Val av justerare för mötet idag ok\n"
    assert [line.text for line in minutes_from_text(copy).lines if line.text][1:] == [
        "Mötets öppnande och val av ordförande för mötet idag", "3 Val av justerare för mötet idag ok"]


@pytest.mark.parametrize(
    ("pages", "expected"),
    [
        # The body's header with the page number in it, on every page after the first.
        (["2 SKELLEFTEÅ KOMMUN PROTOKOLL 2 20 Val av justerare Ordförande föreslår Anna Ek som justerare.",
          "3 SKELLEFTEÅ KOMMUN PROTOKOLL 3 21 Godkännande av dagordning Dagordningen läses upp och godkänns."],
         ["20 Val av justerare", "21 Godkännande av dagordning"]),
        # A header without the page number ("(10)" is the count of pages).
        (["2 Kommunala pensionärsrådet 10 april (10) Ej tjänstgörande Eva Lund, Per Holm och Siv Berg",
          "3 Kommunala pensionärsrådet 10 april (10) 8 Öppnande, dagordning, justering Sammanträdet öppnas."],
         ["Ej tjänstgörande Eva", "8 Öppnande, dagordning"]),
        # Only "page (pages)": "2 (6)", "3 (6)".
        (["2 2 (6) Mötets öppnande Ordföranden hälsade välkommen och förklarade mötet öppnat idag.",
          "3 3 (6) Rapporter Handläggaren rapporterar om arbetet med tillgänglighetsguiden i kommunen."],
         ["Mötets öppnande", "Rapporter Handläggaren"]),
        # A "§" that all pages share opens each page's item, not the header.
        (["2 Rådet § 20 Val av justerare Bo Berg utses att justera protokollet för dagens möte.",
          "3 Rådet § 21 Ekonomisk rapport Kassören redovisar utfallet för perioden och svarar på frågor."],
         ["§ 20 Val av justerare", "§ 21 Ekonomisk rapport"]),
        # Pages that share no opening words keep all their text.
        (["2 Mötets öppnande Ordföranden hälsade välkommen och förklarade mötet öppnat idag.",
          "3 Rapporter Handläggaren rapporterar om arbetet med tillgänglighetsguiden i kommunen."],
         ["Mötets öppnande", "Rapporter Handläggaren"]),
    ],
)
def test_running_header_of_a_stored_copy_is_dropped(pages: list[str], expected: list[str]) -> None:
    text = ("Titel\n\nTranskript\n\n1 Protokoll Rådet 1 (6) Plats och tid Rådhuset kl. 13.00 Närvarande Anna Ek\n\n"
            + "\n\n".join(pages) + "\n")
    doc = minutes_from_text(text)
    later = [line for line in doc.lines if line.page][1:]
    assert [line.text[:len(e)] for line, e in zip(later, expected)] == expected
    assert all(line.page for line in later) and len(later) == len(pages)
    for line in later:  # the character map still points at the page's own text
        a, b = doc.span(line.start, line.end)
        assert text[a:b] == line.text


# Lines a reader never sees stay out of the clean text: whole-line comment blocks (a site
# generator's metadata) and Typst code; what the reader sees keeps its place in the original.
@pytest.mark.parametrize(("source", "unseen", "seen"), [
    (("<!--\n.. title: Protokoll föreningsmöte\n.. date: 2017-09-21 20:29:00 CEST\n-->\n\n"
     "Protokoll fört vid Datorföreningens medlemsmöte\n"), ["title:", "20:29"], "Protokoll fört vid"),
    ("Styrelsemöte 2021-03-04\n<!-- utkast: ändra inte -->\n1. Mötets öppnande\n", ["utkast"], "1. Mötets öppnande"),
    (("#let today = datetime(year: 2026, month: 4, day: 28)\n#set heading(numbering: \"1.\")\n"
     "#let signature(signee) = stack(\n  spacing: 0.1cm,\n  signee,\n)\n#align(center, [\n  *Kistan 2.0*\n])\n"
     "= Formalia\n"), ["datetime", "spacing", "signee", "align", "])"], "Kistan 2.0"),
])
def test_unseen_lines_stay_out_of_the_clean_text(source: str, unseen: list[str], seen: str) -> None:
    doc = minutes_from_text(source)
    for word in unseen:
        assert word not in doc.clean
    at = doc.clean.index(seen)
    assert doc.text[doc.index[at]:doc.index[at] + len(seen)] == seen


@pytest.mark.parametrize("source", [
    "Mötet öppnades. <!-- en kommentar mitt i raden --> Sedan valdes justerare.\n",  # not a whole line
    "#Mötets öppnande\n#set av regler diskuterades\n",  # Markdown heading, no Typst statement
    "<!-- en kommentar som aldrig stängs\nNärvarande: Anna Berg\n",
])
def test_visible_lines_are_kept(source: str) -> None:
    doc = minutes_from_text(source)
    assert doc.clean.replace("#", "").split()[0] in source
    assert any(w in doc.clean for w in ("Sedan valdes", "regler diskuterades", "Anna Berg"))
