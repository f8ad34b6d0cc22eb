"""The store's commands end to end: `planner ingest seeds/`, agenda, meetings, items, db upgrade.

These run the real extraction on the seeds, so they also check the acceptance of issue 4 as
far as the extraction rules deliver it.
"""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner

from planner.cli import cli

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def run(tmp_path, database_url):  # type: ignore[no-untyped-def]
    config = tmp_path / "config.toml"
    config.write_text(f'[database]\nurl = "{database_url}"\ninstance_path = "{tmp_path / "instance"}"\n',
                      encoding="utf-8")

    def invoke(*args: str) -> object:
        return CliRunner().invoke(cli, ["--config", str(config), *args], catch_exceptions=False)

    return invoke


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_ingest_seeds_is_idempotent_and_drafts_agendas(run, tmp_path, jobs):
    first = run("ingest", "--jobs", jobs, str(ROOT / "seeds"))
    assert first.exit_code == 0, first.output
    assert first.stdout.strip() == "5 new, 0 updated, 0 unchanged, 0 failed"
    again = run("ingest", "--jobs", jobs, str(ROOT / "seeds" / "*.txt"))
    assert again.stdout.strip() == "0 new, 0 updated, 5 unchanged, 0 failed"
    draft = run("agenda", "kommunala forum", "--date", "2020-05-08")
    assert draft.exit_code == 0, draft.output
    assert draft.stdout.startswith("# Dagordning – Kommunalt forum")
    assert "Information om Yrkes-SM" in draft.stdout and "Bordlades 2020-03-06, punkt 5" in draft.stdout
    out = tmp_path / "dagordning.docx"
    assert run("agenda", "kommunalt-forum", "--date", "2020-05-08", "--format", "docx", "-o", str(out)).exit_code == 0
    assert any("Yrkes-SM" in p.text for p in docx.Document(io.BytesIO(out.read_bytes())).paragraphs)
    listing = run("meetings", "Kommunalt forum")
    assert listing.exit_code == 0 and "2020-05-08" in listing.stdout and "held" in listing.stdout
    items = run("items", "Kommunalt forum", "--open")
    assert items.exit_code == 0 and "Information om Yrkes-SM" in items.stdout


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_failed_file_is_listed_and_exit_is_non_zero(run, tmp_path, seed, jobs):
    shutil.copy(seed("000"), tmp_path)
    (tmp_path / "trasig.pdf").write_bytes(b"not a pdf at all")
    result = run("ingest", "-j", jobs, str(tmp_path / "000_363a49ff756b7355.txt"), str(tmp_path / "trasig.pdf"))
    assert result.exit_code == 1
    assert result.stdout.strip() == "1 new, 0 updated, 0 unchanged, 1 failed"
    assert result.stderr.startswith(f"{tmp_path / 'trasig.pdf'}: ")
    assert "Traceback" not in result.output


def test_unknown_body_and_missing_path_are_one_line_errors(run):
    assert run("db", "upgrade").exit_code == 0
    result = run("agenda", "Inget sådant forum")
    assert result.exit_code == 2 and result.stderr.startswith("error: unknown body 'Inget sådant forum'")
    result = run("ingest", "/nonexistent/*.txt")
    assert result.exit_code == 2 and "no such file or folder" in result.stderr


def test_body_by_its_first_words_when_only_one_name_begins_so(run, tmp_path, seed):
    """`planner agenda Ledningsgrupp` finds the one body whose name begins so; two such bodies: an error naming both."""
    text = seed("000").read_text(encoding="utf-8")
    (tmp_path / "samrad.txt").write_text(text.replace("Mötesanteckningar – Kommunalt forum",
                                                      "Mötesanteckningar – Kommunalt samråd", 1), encoding="utf-8")
    assert run("ingest", str(ROOT / "seeds"), str(tmp_path / "samrad.txt")).exit_code == 0
    draft = run("agenda", "ledningsgruppen")
    assert draft.exit_code == 0, draft.output
    assert draft.stdout.startswith("# Dagordning – Ledningsgrupp för samordning av länets hälso- och sjukvård")
    exact = run("agenda", "Kommunalt forum", "--date", "2020-05-08")
    assert exact.exit_code == 0 and "Yrkes-SM" in exact.stdout  # a whole name is still taken as it is
    ambiguous = run("agenda", "Kommunala")
    assert ambiguous.exit_code == 2
    assert "ambiguous" in ambiguous.output
    assert "Kommunalt forum" in ambiguous.output and "Kommunalt samråd" in ambiguous.output
    assert "Traceback" not in ambiguous.output
    unknown = run("items", "Styrelsen för allt", "--open")
    assert unknown.exit_code == 2 and "unknown body 'Styrelsen för allt'" in unknown.output
