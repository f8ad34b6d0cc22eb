"""Minutes stored as an older version, which a corrected version replaced, ingested again.

The bytes are known, so nothing changes ("unchanged"); but the result gave no meeting (the meeting
is the corrected version's) and said nothing of the replacement, so `planner ingest` looked as if
the older file were the minutes in force. It now names the version that replaced it.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from click.testing import CliRunner
from sqlalchemy import select

from planner.cli import cli
from planner.ingest import current_version, ingest_file, ingest_files
from planner.store import Document, Meeting

NOW = dt.datetime(2020, 3, 10, 9, 0, tzinfo=dt.UTC)
VENUE = "Plats: Bolmen, regionhuset, Växjö"


def _versions(seed_path: Path, folder: Path) -> tuple[Path, Path]:
    text = seed_path.read_text(encoding="utf-8")
    assert VENUE in text
    first, second = folder / "forum_2020-03-06.txt", folder / "forum_2020-03-06_rattad.txt"
    first.write_text(text, encoding="utf-8")
    second.write_text(text.replace(VENUE, "Plats: Bolmen, Regionhuset, Växjö"), encoding="utf-8")
    return first, second


def test_older_version_again_names_the_version_in_force(session_factory, settings, seed, tmp_path):
    older, newer = _versions(seed("000"), tmp_path)
    first = ingest_file(session_factory, older, now=NOW, settings=settings)
    second = ingest_file(session_factory, newer, now=NOW + dt.timedelta(hours=1), settings=settings)
    assert (first.status, second.status) == ("new", "updated")
    with session_factory() as s:
        meeting_id = s.scalars(select(Meeting.id).where(Meeting.document_id == second.document_id)).one()
        assert s.get_one(Document, first.document_id).superseded_by_id == second.document_id
        assert current_version(s, first.document_id) == current_version(s, second.document_id) == second.document_id

    for again in (ingest_file(session_factory, older, now=NOW + dt.timedelta(hours=2), settings=settings),
                  ingest_files(session_factory, [older, newer], now=NOW, settings=settings, jobs=2)[0]):
        assert again.status == "unchanged"
        assert (again.document_id in (first.document_id, None), again.replaced_by) == (True, second.document_id)
        assert again.message == f"an older version of minutes replaced by {newer.name} (document {second.document_id})"
    same = ingest_file(session_factory, newer, now=NOW, settings=settings)
    assert (same.status, same.replaced_by, same.message, same.meeting_id) == ("unchanged", None, None, meeting_id)


def test_cli_says_which_version_replaced_the_file(session_factory, settings, seed, tmp_path, database_url):
    older, newer = _versions(seed("000"), tmp_path)
    runner = CliRunner()
    env = {"PLANNER_DATABASE_URL": database_url, "PLANNER_DATABASE_INSTANCE_PATH": str(tmp_path / "instance")}
    for path in (older, newer):
        assert runner.invoke(cli, ["ingest", str(path)], env=env).exit_code == 0
    result = runner.invoke(cli, ["ingest", str(older)], env=env)
    assert result.exit_code == 0
    assert result.stdout.startswith("0 new, 0 updated, 1 unchanged, 0 failed")
    assert f"{older}: an older version of minutes replaced by {newer.name}" in result.stderr


def test_documents_lists_an_older_version_under_its_body(session_factory, settings, seed, tmp_path, database_url):
    """`planner documents BODY` left out older versions (they hold no meeting), and `planner documents`
    showed them without body or date: they are listed with the meeting of the version in force."""
    older, newer = _versions(seed("000"), tmp_path)
    for path in (older, newer):
        ingest_file(session_factory, path, now=NOW, settings=settings)
    env = {"PLANNER_DATABASE_URL": database_url, "PLANNER_DATABASE_INSTANCE_PATH": str(tmp_path / "instance")}
    for args in (["documents", "Kommunalt forum"], ["documents"]):
        result = CliRunner().invoke(cli, args, env=env)
        assert result.exit_code == 0, result.output
        rows = {line.split()[0]: line for line in result.stdout.splitlines()[2:] if line.strip()}
        assert len(rows) == 2
        for row in rows.values():
            assert "Kommunalt forum" in row and "2020-03-06" in row
        assert "replaced by 2" in rows["1"] and "replaced by" not in rows["2"]
