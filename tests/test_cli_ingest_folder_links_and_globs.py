"""What `planner ingest` left out without a word.

- A link to nothing in an ingested folder (its target moved or deleted) was skipped: the summary counted
  it nowhere and no line named it, so the minutes it stood for were never stored and nobody was told.
  It is a failed file now, naming where the link points (as for a link named on the command line).
- A quoted glob's folders (`planner ingest 'inkorg/*'` over a folder per year, as a scheduled job writes
  it) were dropped: "no minutes files in inkorg/*", exit 0, nothing ingested. A folder a glob matches is
  read as the folder would be when named.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from click.testing import CliRunner, Result

from planner.cli import cli


def _run(tmp_path: Path, *args: str) -> Result:
    config = tmp_path / "config.toml"
    config.write_text(f'[database]\nurl = "sqlite:///{tmp_path / "p.sqlite3"}"\n', encoding="utf-8")
    return CliRunner().invoke(cli, ["--config", str(config), "ingest", *args])


def test_a_link_to_nothing_in_a_folder_is_a_failed_file(tmp_path: Path, seed) -> None:
    inbox = tmp_path / "inkorg"
    inbox.mkdir()
    shutil.copy(seed("000"), inbox)
    link = inbox / "protokoll 2021.txt"
    link.symlink_to(tmp_path / "flyttad.txt")
    for arg, counts in ((str(inbox), "1 new, 0 updated, 0 unchanged, 1 failed\n"),
                        (str(inbox / "*.txt"), "0 new, 0 updated, 1 unchanged, 1 failed\n")):
        result = _run(tmp_path, arg)
        assert result.exit_code == 1, result.output
        assert result.stdout == counts
        assert result.stderr == f"{link}: no such file (a link to '{tmp_path / 'flyttad.txt'}')\n"

def test_a_glob_reads_the_folders_it_matches(tmp_path: Path, seed) -> None:
    inbox = tmp_path / "inkorg"
    for year, prefix in (("2018", "001"), ("2020", "000")):
        (inbox / year).mkdir(parents=True)
        shutil.copy(seed(prefix), inbox / year)
    result = _run(tmp_path, str(inbox / "*"))
    assert result.exit_code == 0, result.output
    assert result.stdout == "2 new, 0 updated, 0 unchanged, 0 failed\n"
    assert result.stderr == ""
