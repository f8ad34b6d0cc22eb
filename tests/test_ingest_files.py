"""Ingest of files: a corrupt file among good ones fails alone and leaves nothing behind."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from planner.errors import PlannerError
from planner.extract.model import Extraction, Item, Meeting
from planner.ingest import collect_paths, ingest, ingest_file
from planner.store import AgendaItem, Body, Document
from planner.store import Meeting as MeetingRow

NOW = dt.datetime(2026, 2, 1, tzinfo=dt.UTC)


def test_corrupt_file_among_good_ones(tmp_path, seed, session_factory):
    folder = tmp_path / "minutes"
    folder.mkdir()
    for prefix in ("000", "004"):
        shutil.copy(seed(prefix), folder)
    (folder / "trasig.docx").write_bytes(b"PK\x03\x04 this is not a zip archive")
    (folder / "tom.txt").write_bytes(b"")
    paths = collect_paths([str(folder)])
    assert [p.name for p in paths][-2:] == ["tom.txt", "trasig.docx"]
    results = {p.name: ingest_file(session_factory, p, now=NOW) for p in paths}
    failed = {name: r.message for name, r in results.items() if r.status == "failed"}
    assert set(failed) >= {"trasig.docx", "tom.txt"}
    assert "empty" in (failed["tom.txt"] or "")
    with session_factory() as session:
        docs = session.scalars(select(Document.filename)).all()
        assert "trasig.docx" not in docs and "tom.txt" not in docs
        assert len(docs) == len(results) - len(failed)
    again = [ingest_file(session_factory, p, now=NOW).status for p in paths]
    assert again.count("unchanged") == len(results) - len(failed)


def test_failure_late_in_a_document_leaves_nothing(session):
    """The body and document rows are written before the items; a bad item rolls them all back."""
    broken = Extraction(meeting=Meeting(body="Trasigt forum", date="2024-05-02"),
                        items=(Item(number="1", title=None),))  # type: ignore[arg-type]
    with pytest.raises(IntegrityError), session.begin():
        ingest(session, broken, data=b"broken", filename="trasig.txt", text="text", now=NOW)
    session.rollback()
    for model in (Body, Document, MeetingRow, AgendaItem):
        assert session.scalar(select(func.count()).select_from(model)) == 0


def test_minutes_without_date_or_body_name_the_file(session):
    with pytest.raises(PlannerError, match=r"^x\.txt: no meeting date"):
        ingest(session, Extraction(meeting=Meeting(body="Forum")), data=b"a", filename="x.txt", text="", now=NOW)
    # With no body in the text, the file name is the hint; a name of digits gives none.
    with pytest.raises(PlannerError, match=r"^2024-01-01\.txt: no meeting body"):
        ingest(session, Extraction(meeting=Meeting(date="2024-01-01")), data=b"b", filename="2024-01-01.txt",
               text="", now=NOW)


def test_collect_paths_expands_globs_and_reports_missing(tmp_path, seed):
    shutil.copy(seed("000"), tmp_path)
    shutil.copy(seed("001"), tmp_path)
    assert len(collect_paths([str(tmp_path / "00*.txt"), str(tmp_path)])) == 2
    with pytest.raises(PlannerError, match="no such file"):
        collect_paths([str(tmp_path / "saknas*.txt")])
