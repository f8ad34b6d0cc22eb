"""Bad input to `planner extract`: one line on stderr naming the file, exit status 2, no traceback.

Checked twice: in-process with click's CliRunner, and as a real subprocess of the installed
console script, which is what users run.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from planner.cli import cli
from planner.extract.readers import MAX_BYTES

ROOT = Path(__file__).resolve().parent.parent
PLANNER = Path(sys.executable).parent / "planner"


def _write(name: str, data: bytes) -> Callable[[Path], Path]:
    def make(d: Path) -> Path:
        path = d / name
        path.write_bytes(data)
        return path

    return make


def _big(d: Path) -> Path:
    path = d / "big.txt"
    with path.open("wb") as fh:
        fh.truncate(MAX_BYTES + 1024)
    return path


def _truncated_docx(d: Path) -> Path:
    docx = pytest.importorskip("docx")
    full = d / "full.docx"
    document = docx.Document()
    document.add_paragraph("Mötesanteckningar – Kommunalt forum")
    document.add_paragraph("Datum: 2020-03-06")
    document.save(str(full))
    data = full.read_bytes()
    path = d / "cut.docx"
    path.write_bytes(data[: len(data) * 2 // 3])
    return path


def _truncated_pdf(d: Path) -> Path:
    fpdf = pytest.importorskip("fpdf")
    pdf = fpdf.FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    pdf.cell(text="Datum: 2020-03-06")
    data = bytes(pdf.output())
    path = d / "cut.pdf"
    path.write_bytes(data[: len(data) // 2])
    return path


def _fifo(d: Path) -> Path:
    """A named pipe with a minutes name: refused at once (reading it would wait for a writer)."""
    import os

    path = d / "protokoll.txt"
    os.mkfifo(path)
    return path


BAD_INPUT: list[tuple[str, Callable[[Path], Path]]] = [
    ("named-pipe", _fifo),
    ("missing", lambda d: d / "nowhere.txt"),
    ("directory", lambda d: d),
    ("empty", _write("empty.txt", b"")),
    ("binary", _write("binary.txt", bytes(range(256)) * 40)),
    ("over-20-mb", _big),
    ("unknown-extension", _write("minutes.xyz", b"Datum: 2020-03-06")),
    ("truncated-docx", _truncated_docx),
    ("truncated-pdf", _truncated_pdf),
    ("not-a-docx", _write("fake.docx", b"Datum: 2020-03-06")),
    ("not-a-pdf", _write("fake.pdf", b"Datum: 2020-03-06")),
]


@pytest.mark.parametrize(("case", "make"), BAD_INPUT, ids=[c for c, _ in BAD_INPUT])
def test_cli_runner_reports_bad_input(case: str, make: Callable[[Path], Path], tmp_path: Path) -> None:
    path = make(tmp_path)
    result = CliRunner().invoke(cli, ["extract", str(path), "--json"])
    assert result.exit_code == 2, (case, result.output, result.exception)
    assert not isinstance(result.exception, Exception) or isinstance(result.exception, SystemExit)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("error: ")
    assert str(path) in lines[0]
    assert result.stdout == ""


@pytest.mark.skipif(not PLANNER.exists(), reason="the planner console script is not installed in this environment")
@pytest.mark.parametrize(("case", "make"), BAD_INPUT, ids=[c for c, _ in BAD_INPUT])
def test_console_script_reports_bad_input(case: str, make: Callable[[Path], Path], tmp_path: Path) -> None:
    path = make(tmp_path)
    proc = subprocess.run([str(PLANNER), "extract", str(path), "--json"], check=False, capture_output=True, text=True,
                          cwd=ROOT, timeout=120)
    assert proc.returncode == 2, (case, proc.stderr)
    assert "Traceback" not in proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith("error: ") and str(path) in lines[0]
    assert proc.stdout == ""


NO_DATE = [
    "Anteckningar\n\nVi pratade om hemsidan och om budgeten.\n",
    "Protokoll Styrelsen\n\nNärvarande: Anna Ek, Bo Berg\n\n1. Mötets öppnande\n2. Budget för 2021\n",
    "Mötesanteckningar\n\nTid: 9.00-12.00\nPlats: Stadshuset\n\n1. Information om maj och juni\n",
]


@pytest.mark.parametrize("text", NO_DATE)
def test_text_without_any_date_is_refused(text: str, tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", str(path), "--json"])
    assert result.exit_code == 2, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and str(path) in lines[0] and "no date" in lines[0]
    assert result.stdout == ""


@pytest.mark.parametrize(
    "text",
    [
        ("Anteckningar\n\n1. Hemsidan\nVi pratade om hemsidan, som ska vara klar senast den 3 mars 2021 enligt "
         "den plan som gruppen tog fram i höstas.\n"),
        "Anteckningar\n\n1. Budget\nBudgeten ska lämnas in innan det blir maj 2021 och alla är överens om det nu.\n",
    ],
)
def test_text_without_a_meeting_still_returns_what_it_found(text: str, tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", str(path), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["schema"] == "minutes-extraction/1"
    assert data["meeting"]["date"] is None
    assert data["items"], "what it found is kept"


@pytest.mark.skipif(not PLANNER.exists(), reason="the planner console script is not installed in this environment")
def test_console_script_extracts_cp1252_minutes(tmp_path: Path) -> None:
    path = tmp_path / "minutes.txt"
    path.write_bytes("Mötesanteckningar – Kommunalt forum\r\nDatum: 2020-03-06\r\nPlats: Växjö\r\n".encode("cp1252"))
    proc = subprocess.run([str(PLANNER), "extract", str(path), "--json"], check=False, capture_output=True, text=True,
                          cwd=ROOT, timeout=120)
    assert proc.returncode == 0, proc.stderr
    meeting = json.loads(proc.stdout)["meeting"]
    assert (meeting["body"], meeting["date"], meeting["venue"]) == ("Kommunalt forum", "2020-03-06", "Växjö")
