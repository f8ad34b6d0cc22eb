"""A file name with a newline (or another control character) split the CLI's lines.

`planner ingest` printed "inkorg/pro" and "tokoll.txt: no meeting date found ..." on two lines, so a script
reading one failure per line (as README promises) read two wrong ones; `planner extract` did the same with
its error, and `planner documents` broke its table. A name with an escape sequence ("\\x1b[2J") acted on
the terminal. Such characters are written as Python writes them in a string: "pro\\ntokoll.txt".
"""

from __future__ import annotations

import shutil
from pathlib import Path

from click.testing import CliRunner, Result

from planner.cli import cli
from planner.errors import one_line


def _run(tmp_path: Path, *args: str) -> Result:
    config = tmp_path / "config.toml"
    config.write_text(f'[database]\nurl = "sqlite:///{tmp_path / "p.sqlite3"}"\n', encoding="utf-8")
    return CliRunner().invoke(cli, ["--config", str(config), *args])


def test_one_line_escapes_control_characters_only() -> None:
    assert one_line("inkorg/pro\ntokoll\t\x1b[2J\x7f.txt: Å ä ö \\ ' \"") == (
        "inkorg/pro\\ntokoll\\t\\x1b[2J\\x7f.txt: Å ä ö \\ ' \"")


def test_errors_about_a_name_with_a_newline_are_one_line(tmp_path: Path) -> None:
    inbox = tmp_path / "inkorg"
    inbox.mkdir()
    bad = inbox / "pro\ntokoll\x1b[2J.txt"
    bad.write_text("Anteckningar\n\nVi pratade om hemsidan.\n", encoding="utf-8")
    shown = f"{inbox}/pro\\ntokoll\\x1b[2J.txt"
    result = _run(tmp_path, "extract", str(bad))
    assert result.exit_code == 2
    assert result.stderr.startswith(f"error: {shown}: no date found") and result.stderr.count("\n") == 1
    result = _run(tmp_path, "ingest", str(inbox))
    assert result.exit_code == 1
    assert result.stderr == f"{shown}: no meeting date found in the minutes\n"


def test_documents_keeps_one_row_per_document(tmp_path: Path, seed) -> None:
    shutil.copy(seed("000"), tmp_path / "pro\ntokoll.txt")
    assert _run(tmp_path, "ingest", str(tmp_path / "pro\ntokoll.txt")).exit_code == 0
    result = _run(tmp_path, "documents")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert len(lines) == 3 and "pro\\ntokoll.txt" in lines[2], lines  # header, rule, the document
