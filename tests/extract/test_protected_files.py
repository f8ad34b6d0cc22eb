"""A password-protected .pdf or .docx, or an old Word .doc named .docx, is refused with a reason that says so.

They were refused as "unreadable .pdf, truncated or damaged (PdfminerException)" and "not a valid .docx
(truncated or not a zip archive)": true, but the secretary could not tell what to do about it. A .pdf that
only has an owner password (printing or copying restricted) opens without one and is read as usual.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from docx import Document

from planner.errors import ExtractionError
from planner.extract import extract_minutes
from planner.extract.readers import read_minutes
from planner.secretary import swedish_reason

TEXT = "Protokoll Styrelsen 2024-05-06"
SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


def _pdf(path: Path, **passwords: str) -> Path:
    fpdf = pytest.importorskip("fpdf")
    pdf = fpdf.FPDF()
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    pdf.cell(text=TEXT)
    if passwords:
        pdf.set_encryption(**passwords)
    pdf.output(str(path))
    return path


def _docx(path: Path) -> Path:
    document = Document()
    document.add_paragraph(TEXT)
    document.save(str(path))
    return path


def _refusal(path: Path) -> str:
    with pytest.raises(ExtractionError) as info:
        read_minutes(path)
    message = str(info.value)
    assert message.startswith(f"{path}: ") and "\n" not in message
    return message.removeprefix(f"{path}: ")


def test_pdf_opening_only_with_a_password_is_refused_as_such(tmp_path: Path) -> None:
    reason = _refusal(_pdf(tmp_path / "skyddad.pdf", owner_password="ägare", user_password="hemligt"))
    assert reason.startswith("password-protected .pdf")
    assert swedish_reason(reason).startswith(".pdf-filen är skyddad med lösenord: spara en kopia utan lösenord")


def test_pdf_with_only_an_owner_password_is_read(tmp_path: Path) -> None:
    extraction = extract_minutes(_pdf(tmp_path / "utskriftsskydd.pdf", owner_password="ägare"))
    assert extraction.meeting.date == "2024-05-06"


def test_encrypted_docx_is_refused_as_password_protected(tmp_path: Path) -> None:
    ooxml = pytest.importorskip("msoffcrypto.format.ooxml")
    plain = _docx(tmp_path / "plain.docx")
    path = tmp_path / "skyddad.docx"
    with plain.open("rb") as source, path.open("wb") as out:
        ooxml.OOXMLFile(source).encrypt("hemligt", out)
    reason = _refusal(path)
    assert reason.startswith("password-protected .docx")
    assert swedish_reason(reason).startswith(".docx-filen är skyddad med lösenord")


def test_other_non_zip_docx_is_still_not_valid(tmp_path: Path) -> None:
    path = tmp_path / "ole.docx"
    path.write_bytes(bytes.fromhex("D0CF11E0A1B11AE1") + bytes(600))  # an OLE signature and nothing readable
    assert _refusal(path).startswith("not a valid .docx")


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed; scripts/test.sh installs it")
def test_old_word_doc_named_docx_says_to_save_as_docx(tmp_path: Path) -> None:
    source = _docx(tmp_path / "protokoll.docx")
    out = tmp_path / "doc"
    result = subprocess.run(
        [str(SOFFICE), f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}", "--headless",
         "--convert-to", "doc:MS Word 97", "--outdir", str(out), str(source)],
        capture_output=True, text=True, timeout=180, check=False,
    )
    assert result.returncode == 0 and (out / "protokoll.doc").exists(), result.stderr
    renamed = tmp_path / "gammal.docx"
    (out / "protokoll.doc").rename(renamed)
    reason = _refusal(renamed)
    assert reason.startswith("an old Word .doc file named .docx")
    assert swedish_reason(reason).startswith("filen är ett äldre Word-dokument (.doc)")
