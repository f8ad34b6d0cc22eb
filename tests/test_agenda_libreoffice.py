"""The agenda's .docx opens in LibreOffice: converted headless to text, it shows the agenda."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from planner.agenda import render_agenda
from tests.test_agenda import agenda

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed; scripts/test.sh installs it")
def test_libreoffice_opens_the_agenda_docx(tmp_path):
    source = tmp_path / "dagordning.docx"
    data = render_agenda(agenda(), "docx")
    assert isinstance(data, bytes)
    source.write_bytes(data)
    profile = tmp_path / "lo-profile"
    result = subprocess.run(
        [SOFFICE, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "txt:Text",
         "--outdir", str(tmp_path), str(source)],
        capture_output=True, text=True, timeout=180, check=False,
    )
    out = tmp_path / "dagordning.txt"
    assert result.returncode == 0 and out.exists(), result.stderr
    text = out.read_text(encoding="utf-8-sig")
    assert "Dagordning – Kommunalt forum, workshop fredag 8 maj 2020" in text
    assert "Gemensamma medel för samverkan vid utskrivning: beslut" in text
    assert "Bordlades 2020-04-03, punkt 3" in text
