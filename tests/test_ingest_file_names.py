"""`planner ingest` of a file whose name is not UTF-8 failed with "UnicodeEncodeError: 'utf-8' codec
can't encode characters ...: surrogates not allowed".

A name written on a Latin-1 system ("möte" with the single byte 0xF6) reaches Python as a string with
lone surrogates, which the database refused as the document's file name (and as the body's name when
the minutes name none and the file name is the hint). Such a name is stored as a file manager shows
it, each byte that is not UTF-8 as U+FFFD.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from sqlalchemy import select

from planner.ingest import ingest_file
from planner.store import Body, Document

NOW = dt.datetime(2026, 2, 1, tzinfo=dt.UTC)
MINUTES = "Protokoll Kommunalt forum\nDatum: 2020-03-06\nTid: 9.00-12.00\nPlats: Växjö\n\n1. Mötets öppnande\n"


def test_minutes_under_a_latin1_name(tmp_path: Path, session_factory) -> None:
    path = tmp_path / os.fsdecode(b"kf-m\xf6te-2020-03-06.txt")
    path.write_text(MINUTES, encoding="utf-8")
    result = ingest_file(session_factory, path, now=NOW)
    assert result.status == "new", result.message
    with session_factory() as session:
        assert session.scalars(select(Document.filename)).all() == ["kf-m\ufffdte-2020-03-06.txt"]
    assert ingest_file(session_factory, path, now=NOW).status == "unchanged"


def test_body_named_by_a_latin1_file_name(tmp_path: Path, session_factory) -> None:
    path = tmp_path / os.fsdecode(b"Styrelsem\xf6te.txt")
    path.write_text("Protokoll\nDatum: 2020-03-06\n\n1. Mötets öppnande\n", encoding="utf-8")
    result = ingest_file(session_factory, path, now=NOW)
    assert result.status == "new", result.message
    with session_factory() as session:
        assert session.scalars(select(Body.name)).all() == ["Styrelsem\ufffdte"]
