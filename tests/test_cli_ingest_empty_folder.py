"""`planner ingest inbox/` on a folder with no minutes in it printed "0 new, 0 updated, 0 unchanged,
0 failed" and nothing else: whoever pointed it at the wrong folder (or at one of .xlsx files) could
not tell why nothing happened. An empty inbox is no error (a nightly job finds one often): exit 0,
with a line on stderr naming the folder and the kinds of files read."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from planner.cli import cli


def test_empty_folder_says_why_nothing_was_ingested(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text(f'[database]\nurl = "sqlite:///{tmp_path / "p.sqlite3"}"\n', encoding="utf-8")
    inbox = tmp_path / "inkorg"
    (inbox / "arkiv").mkdir(parents=True)
    (inbox / "närvaro.xlsx").write_bytes(b"PK\x03\x04")
    result = CliRunner().invoke(cli, ["--config", str(config), "ingest", str(inbox)])
    assert result.exit_code == 0
    assert result.stdout == "0 new, 0 updated, 0 unchanged, 0 failed\n"
    assert result.stderr.startswith("planner: no minutes files (.docx, .htm, .html, .markdown, .md, .pdf, ")
    assert result.stderr.rstrip().endswith(f") in {inbox}") and result.stderr.count("\n") == 1

    (inbox / "arkiv" / "protokoll.txt").write_text("Protokoll styrelsen 2024-03-12\n\n§ 1 Öppnande\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["--config", str(config), "ingest", str(inbox)])
    assert result.exit_code == 0 and result.stderr == "" and result.stdout.startswith("1 new")
