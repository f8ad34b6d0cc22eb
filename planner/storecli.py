"""CLI commands of the planner store: `ingest`, `agenda`, `meetings`, `items`, `documents`, `withdraw` and
`db upgrade`.

Each command is a few lines around one library call (ingest.py, agenda.py); planner/cli.py
registers `COMMANDS`.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import click
from sqlalchemy import select
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from planner.cli import cli_database
from planner.errors import PlannerError, one_line
from planner.files import write_output
from planner.store import Body

PROGRESS_MIN = 10  # files before a progress bar is worth showing


def _body(session: Session, name: str) -> Body:
    from planner.ingest import find_body
    from planner.storewrite import bodies_starting_with

    body = find_body(session, name)
    if body is not None:
        return body
    # The first words of a name are enough when only one body's name begins with them.
    candidates = bodies_starting_with(session, name)
    if len(candidates) == 1:
        return candidates[0]
    if candidates:
        names = "; ".join(b.name for b in candidates[:5]) + ("; ..." if len(candidates) > 5 else "")
        raise PlannerError(f"body {name!r} is ambiguous: {names} (give more of the name, or the slug)")
    raise PlannerError(f"unknown body {name!r} (see `planner meetings` for the bodies known)")


def _table(rows: Sequence[tuple[str, ...]], header: tuple[str, ...]) -> str:
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    lines = ["  ".join(str(c).ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in [header, *rows]]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


@click.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=1, show_default=True,
              help="Worker processes: they extract the files, and on PostgreSQL also ingest them "
                   "(each body's minutes in one worker, in order).")
@click.pass_context
def ingest(ctx: click.Context, paths: tuple[str, ...], jobs: int) -> None:
    """Ingest minutes files, folders or globs into the planner (idempotent).

    Prints a summary (new / updated / unchanged / failed) and each failure as `file: message`;
    exits with status 1 when any file failed. Each file is one transaction, whatever `--jobs`.

    Example: planner ingest seeds/
    """
    from tqdm import tqdm

    from planner.extract.readers import SUFFIXES
    from planner.ingest import collect_paths, ingest_files

    files = collect_paths(paths)
    if not files:  # an empty inbox is no error, but say why nothing happened
        click.echo(one_line(f"planner: no minutes files ({', '.join(sorted(SUFFIXES))}) in {', '.join(paths)}"), err=True)
    show = sys.stderr.isatty() and len(files) >= PROGRESS_MIN
    with (cli_database(ctx) as (settings, factory),
          tqdm(total=len(files), desc="ingest", unit="fil", disable=not show, file=sys.stderr) as bar):
        results = ingest_files(factory, files, now=dt.datetime.now(dt.UTC), settings=settings, jobs=jobs,
                               progress=bar.update)
    counts = Counter(r.status for r in results)
    click.echo(", ".join(f"{counts.get(s, 0)} {s}" for s in ("new", "updated", "unchanged", "failed")))
    for result in results:
        if result.status == "failed" or result.replaced_by is not None:
            click.echo(one_line(f"{result.filename}: {result.message}"), err=True)
    if counts.get("failed"):
        sys.exit(1)


@click.command()
@click.argument("body")
@click.option("--date", "on", type=click.DateTime(formats=["%Y-%m-%d"]), default=None,
              help="Draft for the meeting on this day (YYYY-MM-DD), else the next planned after it.")
@click.option("--format", "fmt", type=click.Choice(["md", "html", "docx"]), default="md", show_default=True,
              help="Output format.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write to this file (required for docx unless stdout is redirected).")
@click.pass_context
def agenda(ctx: click.Context, body: str, on: dt.datetime | None, fmt: str, output: Path | None) -> None:
    """Draft the agenda (dagordning) of a body's next planned meeting.

    Example: planner agenda "Kommunalt forum" --date 2020-05-08 --format docx -o dagordning.docx
    """
    from planner.agenda import draft_next_agenda, render_agenda

    with cli_database(ctx) as (_, factory), factory() as session:
        text = render_agenda(draft_next_agenda(session, _body(session, body), on=on.date() if on else None), fmt,
                             now=dt.datetime.now(dt.UTC))
    if output is not None:
        write_output(output, text if isinstance(text, bytes) else text.encode("utf-8"))
    elif isinstance(text, bytes):
        if sys.stdout.isatty():
            raise PlannerError("docx is binary: give -o FILE.docx or redirect the output")
        sys.stdout.buffer.write(text)
    else:
        click.echo(text, nl=False)


@click.command()
@click.argument("body", required=False)
@click.pass_context
def meetings(ctx: click.Context, body: str | None) -> None:
    """List the meetings the planner knows (all bodies, or one), as a table.

    Example: planner meetings "Kommunalt forum"
    """
    from planner.store import Meeting

    with cli_database(ctx) as (_, factory), factory() as session:
        query = select(Meeting, Body.name).join(Body, Meeting.body_id == Body.id)
        if body:
            query = query.where(Meeting.body_id == _body(session, body).id)
        rows = sorted(session.execute(query).all(),
                      key=lambda r: (r[1], r[0].date.isoformat() if r[0].date else f"{r[0].month}-99"))
        table = [(
            name, m.date.isoformat() if m.date else f"{m.month} (månad)",
            f"{m.start:%H:%M}-{m.end:%H:%M}" if m.start and m.end else (f"{m.start:%H:%M}" if m.start else ""),
            m.status + (" (prel.)" if m.tentative else ""), m.kind, m.venue or m.online or "",
        ) for m, name in rows]
    click.echo(_table(table, ("body", "date", "time", "status", "kind", "place")))


@click.command()
@click.argument("body")
@click.option("--open", "only_open", is_flag=True, help="Only items still open (carried to a later meeting).")
@click.pass_context
def items(ctx: click.Context, body: str, only_open: bool) -> None:
    """List a body's carried items with where they came from, as a table.

    Example: planner items "Kommunalt forum" --open
    """
    from planner.store import CarryItem, CarryState, Meeting

    with cli_database(ctx) as (_, factory), factory() as session:
        query = (select(CarryItem, Meeting.date).join(Meeting, CarryItem.origin_meeting_id == Meeting.id)
                 .where(CarryItem.body_id == _body(session, body).id).order_by(Meeting.date, CarryItem.id))
        if only_open:
            query = query.where(CarryItem.state == CarryState.OPEN)
        table = [(
            c.title[:70], c.reason, f"{d} p. {c.origin_item_number or '-'}", c.when or "",
            c.state + (" (ej behandlad)" if c.not_handled else ""), str(c.times_postponed),
        ) for c, d in session.execute(query)]
    click.echo(_table(table, ("item", "reason", "from", "when", "state", "postponed")))


@click.command()
@click.argument("body", required=False)
@click.pass_context
def documents(ctx: click.Context, body: str | None) -> None:
    """List the minutes documents stored (all bodies, or one), as a table with their ids.

    Example: planner documents "Kommunalt forum"
    """
    from planner.ingest import current_version
    from planner.store import Document, Meeting

    with cli_database(ctx) as (_, factory), factory() as session:
        query = (select(Document, Meeting, Body).outerjoin(Meeting, Meeting.document_id == Document.id)
                 .outerjoin(Body, Meeting.body_id == Body.id).order_by(Document.id))
        rows = session.execute(query).all()
        # An older version a corrected one replaced holds no meeting: it is listed with the meeting of the
        # version in force (and under that meeting's body).
        held = {d.id: (m, b) for d, m, b in rows if m is not None}
        wanted = _body(session, body).id if body else None
        table = []
        for d, _, _ in rows:
            m, b = held.get(current_version(session, d.id) if d.superseded_by_id else d.id, (None, None))
            if wanted is not None and (b is None or b.id != wanted):
                continue
            table.append((str(d.id), b.name if b is not None else "",
                          m.date.isoformat() if m is not None and m.date else "", one_line(d.filename),
                          f"replaced by {d.superseded_by_id}" if d.superseded_by_id else "",
                          f"{d.ingested_at:%Y-%m-%d %H:%M}"))
    click.echo(_table(table, ("id", "body", "date", "file", "note", "ingested")))


@click.command()
@click.argument("document_id", metavar="ID", type=int)
@click.pass_context
def withdraw(ctx: click.Context, document_id: int) -> None:
    """Withdraw minutes ingested by mistake: remove the document and everything only it gave.

    The body's other minutes are folded again without it; meetings and events only it announced
    are cancelled in the feeds. ID is a document id from `planner documents`.

    Example: planner withdraw 17
    """
    from planner.ingest import withdraw_document

    with cli_database(ctx) as (settings, factory), factory() as session, session.begin():
        result = withdraw_document(session, document_id, now=dt.datetime.now(dt.UTC), settings=settings)
    what = {"planned": "planned again (other minutes announced it)", "removed": "removed",
            "none": "none"}[result.meeting]
    click.echo(f"withdrew document {result.document_id} ({one_line(result.filename)}"
               + (f", {result.documents - 1} older version(s)" if result.documents > 1 else "") + ")"
               + (f"; meeting of {result.body} on {result.date}: {what}" if result.body else ""))


@click.group()
def db() -> None:
    """Manage the planner database.

    Example: planner db upgrade
    """


@db.command()
@click.pass_context
def upgrade(ctx: click.Context) -> None:
    """Create or migrate the database to the latest schema (Alembic).

    Example: PLANNER_DATABASE_URL=postgresql://postgres@127.0.0.1/planner planner db upgrade
    """
    with cli_database(ctx) as (settings, _):
        pass
    click.echo(f"database at head: {make_url(settings.database_url).render_as_string()}")


COMMANDS = [ingest, agenda, meetings, items, documents, withdraw, db]
