"""Rows for the calendar tests, stored directly (ingest has its own tests), and the three readers."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

UTC = dt.UTC
# The clock of these tests: 10 March 2020, a few days after the Kommunalt forum minutes of 6 March.
NOW = dt.datetime(2020, 3, 10, 9, 0, tzinfo=UTC)
VENV_BIN = Path(__file__).resolve().parents[2] / ".venv" / "bin"


class Rows:
    """Builds bodies, organisations, people, meetings and events in one session."""

    def __init__(self, session: Any) -> None:
        from planner import store

        self.s = session
        self.store = store

    def organisation(self, slug: str, name: str) -> Any:
        org = self.store.Organisation(slug=slug, name=name)
        self.s.add(org)
        self.s.flush()
        return org

    def body(self, slug: str, name: str, organisation: Any = None) -> Any:
        body = self.store.Body(slug=slug, name=name, organisation_id=organisation.id if organisation else None)
        self.s.add(body)
        self.s.flush()
        return body

    def document(self, text: str, name: str = "minutes.txt") -> Any:
        import hashlib

        doc = self.store.Document(filename=name, sha256=hashlib.sha256(text.encode()).hexdigest(), text=text,
                                  extraction_json="{}", extraction_version="1")
        self.s.add(doc)
        self.s.flush()
        return doc

    def meeting(self, body: Any, **values: Any) -> Any:
        values.setdefault("updated_at", NOW - dt.timedelta(days=4))
        meeting = self.store.Meeting(body_id=body.id, **values)
        self.s.add(meeting)
        self.s.flush()
        return meeting

    def event(self, body: Any | None, **values: Any) -> Any:
        values.setdefault("updated_at", NOW - dt.timedelta(days=4))
        values.setdefault("kind", "other")
        event = self.store.Event(body_id=body.id if body else None, **values)
        self.s.add(event)
        self.s.flush()
        return event

    def attend(self, meeting: Any, name: str, organisation: Any, present: bool = True) -> None:
        person = self.store.Person(name=name, organisation_id=organisation.id)
        self.s.add(person)
        self.s.flush()
        self.s.add(self.store.Attendance(meeting_id=meeting.id, person_id=person.id, present=present))
        self.s.flush()


@pytest.fixture
def rows(session: Any) -> Rows:
    return Rows(session)


@pytest.fixture
def forum(rows: Rows, session: Any) -> dict[str, Any]:
    """Kommunalt forum (Region Kronoberg) with a held, a moved-to-workshop, a tentative, a cancelled,
    a month-only and an unpublished meeting; a deadline, a two-day trip; Lessebo attends."""
    text = ("Mötesanteckningar Kommunalt forum 2020-03-06.\n\n"
            "Nästa möte blir en workshop den 8 maj kl. 08.45-15.00 på Videum Science Park. "
            "Ordföranden tackar.\n\nSenast den 15 april ska ansökningarna vara inne.\n")
    doc = rows.document(text)
    region = rows.organisation("region-kronoberg", "Region Kronoberg")
    lessebo = rows.organisation("lessebo-kommun", "Lessebo kommun")
    kf = rows.body("kommunalt-forum", "Kommunalt forum", region)
    lg = rows.body("ledningsgrupp", "Ledningsgrupp för samverkan", region)
    other = rows.body("presidiekonferens", "Presidiekonferens")
    held = rows.meeting(kf, date=dt.date(2020, 3, 6), start=dt.time(9), end=dt.time(12),
                        venue="Bolmen, regionhuset, Växjö", status="held", document_id=doc.id)
    start = text.index("den 8 maj")
    workshop = rows.meeting(kf, date=dt.date(2020, 5, 8), start=dt.time(8, 45), end=dt.time(15), kind="workshop",
                            title="Kommunalt forum (workshop)", venue="Videum Science Park, Växjö",
                            theme="Att leda välfärd i den digitala revolutionen", sequence=1,
                            source_document_id=doc.id, span_start=start, span_end=start + 31)
    tentative = rows.meeting(kf, date=dt.date(2020, 9, 11), tentative=True, online="Teams")
    cancelled = rows.meeting(lg, date=dt.date(2020, 6, 3), start=dt.time(13), end=dt.time(15), status="cancelled",
                             sequence=2, cancelled_at=NOW - dt.timedelta(days=2), updated_at=NOW - dt.timedelta(days=2))
    month_only = rows.meeting(lg, month="2020-11")
    hidden = rows.meeting(lg, date=dt.date(2020, 4, 3), published=False)
    dstart = text.index("Senast den 15 april")
    deadline = rows.event(kf, kind="deadline", title="Ansökningar ska vara inne", date=dt.date(2020, 4, 15),
                          document_id=doc.id, span_start=dstart, span_end=dstart + 19)
    trip = rows.event(other, kind="trip", title="Studieresa till Bryssel", date=dt.date(2020, 10, 1),
                      end_date=dt.date(2020, 10, 2), holder="Region Kronoberg")
    rows.attend(held, "Anna Andersson", lessebo)
    session.commit()
    return {"region": region, "lessebo": lessebo, "kf": kf, "lg": lg, "other": other, "held": held,
            "workshop": workshop, "tentative": tentative, "cancelled": cancelled, "month_only": month_only,
            "hidden": hidden, "deadline": deadline, "trip": trip, "doc": doc}


KHAL_CONFIG = """[calendars]
[[feed]]
path = {vdir}
type = calendar
[locale]
local_timezone = {tz}
default_timezone = {tz}
timeformat = %H:%M
dateformat = %Y-%m-%d
longdateformat = %Y-%m-%d
datetimeformat = %Y-%m-%d %H:%M
longdatetimeformat = %Y-%m-%d %H:%M
[sqlite]
path = {db}
[default]
default_calendar = feed
"""


def khal_list(ics: bytes, tmp_path: Path, *, tz: str, start: str, end: str) -> list[str]:
    """Import `ics` into a throwaway khal calendar (local time zone `tz`) and list it back.

    Each line is "<uid> <start> <end> <title>" as khal shows them in that time zone.
    """
    # khal of the Python running the tests, else of the project's .venv, else on PATH.
    candidates = [Path(sys.executable).parent / "khal", VENV_BIN / "khal"]
    found = next((c for c in candidates if c.exists()), None) or shutil.which("khal")
    assert found, "khal is a test dependency (pyproject [test])"
    khal = Path(found)
    home = tmp_path / f"khal-{tz.replace('/', '-')}"
    vdir = home / "vdir"
    vdir.mkdir(parents=True)
    config = home / "config"
    config.write_text(KHAL_CONFIG.format(vdir=vdir, db=home / "khal.db", tz=tz))
    feed = home / "feed.ics"
    feed.write_bytes(ics)
    env = dict(os.environ, HOME=str(home), XDG_CONFIG_HOME=str(home), XDG_DATA_HOME=str(home), TZ="UTC")
    imported = subprocess.run([str(khal), "-c", str(config), "import", "--batch", "-a", "feed", str(feed)],
                              check=False, capture_output=True, text=True, timeout=120, env=env, cwd=home)
    assert imported.returncode == 0, imported.stderr
    listed = subprocess.run([str(khal), "-c", str(config), "list", "--format", "{uid} {start} {end} {title}",
                             "--day-format", "", start, end],
                            check=False, capture_output=True, text=True, timeout=120, env=env, cwd=home)
    assert listed.returncode == 0, listed.stderr
    return [line.strip() for line in listed.stdout.splitlines() if line.strip()]


def strict_parse(ics: bytes) -> Any:
    """Parse with the strict RFC 5545 parser of the `ical` package."""
    from ical.calendar_stream import IcsCalendarStream

    return IcsCalendarStream.calendar_from_ics(ics.decode("utf-8"))


@pytest.fixture
def app(settings: Any) -> Iterator[Any]:
    """The app on the test database, its clock fixed at NOW."""
    from planner.app import create_app

    application = create_app(settings)
    application.config["PLANNER_NOW"] = lambda: NOW
    application.config["CALENDARS_RECHECK_SECONDS"] = 0  # see every change at once
    yield application
    application.extensions["planner.engine"].dispose()


@pytest.fixture
def client(app: Any) -> Any:
    return app.test_client()
