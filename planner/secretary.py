"""Secretary pages (login required): upload minutes, review and correct what was read, edit the next agenda.

Corrections go through `planner.corrections` so they are stored (who, when, old -> new) and win
over re-extraction; feeds and reminders read the same rows, so a correction reaches them at once.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import tempfile
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from flask import (
    Blueprint,
    Response,
    abort,
    current_app,
    flash,
    redirect,
    render_template,
    request,
    session,
    url_for,
)
from flask.typing import ResponseReturnValue
from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from planner import attendees, corrections
from planner.app import app_settings, db_session
from planner.auth import current_user, find_user, login_required, verify_password
from planner.errors import PlannerError
from planner.extract.readers import SUFFIXES
from planner.files import attachment, upload_name
from planner.store import (
    AgendaItem,
    Attendance,
    Body,
    CarryItem,
    CarryState,
    CarryStep,
    Document,
    Event,
    Meeting,
    as_utc,
    get_row,
)
from planner.swedish import format_date_sv
from planner.views import (
    STATUS_SV,
    agenda_lines,
    format_change,
    highlight_segments,
    local_date,
    next_meeting,
    provenance,
)
from planner.views import today as views_today
from planner.webmodels import AgendaDraft, Correction, User, UserBody

bp = Blueprint("secretary", __name__, url_prefix="/sekreterare")

UPLOAD_SUFFIXES = tuple(sorted(SUFFIXES))  # what `planner extract` and the API read
# The same as the secretary reads them, the common ones first: "txt, md, docx, pdf, html, htm, ...".
_COMMON_FIRST = (".txt", ".md", ".docx", ".pdf", ".html")
UPLOAD_TYPES = [s[1:] for s in (*_COMMON_FIRST, *(x for x in UPLOAD_SUFFIXES if x not in _COMMON_FIRST))]
UPLOAD_TYPES_SV = ", ".join(UPLOAD_TYPES[:-1]) + " eller " + UPLOAD_TYPES[-1]
# The choices of the review page's forms: those a correction accepts.
ITEM_STATUSES = corrections.CHOICES[("agenda_item", "status")]
MEETING_STATUSES = corrections.CHOICES[("meeting", "status")]
EVENT_KINDS = corrections.CHOICES[("event", "kind")]
# The longest title of an agenda line: an event's title holds as much (a paste of a whole text is a slip).
AGENDA_TITLE_MAX = corrections.MAX_LENGTH[("event", "title")]


def now() -> dt.datetime:
    """Return the current time (an app may inject PLANNER_NOW for tests)."""
    clock = current_app.config.get("PLANNER_NOW")
    result: dt.datetime = clock() if callable(clock) else dt.datetime.now(dt.UTC)
    return result


def safe_next(target: str | None, default: str) -> str:
    """Return `target` if it is a path on this site, else `default` (never another site)."""
    if not target:
        return default
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return default
    return target


def user() -> User:
    u = current_user()
    assert u is not None  # login_required ran first
    return u


def editable_body_ids(s: Session, u: User) -> list[int] | None:
    """Return the ids of bodies the user may edit, or None for every body (admin)."""
    return None if u.is_admin else [b.id for b in u.bodies]


def require_body(u: User, body_id: int | None) -> None:
    if not u.may_edit(body_id):
        # Not the generic 403 text ("Logga in som sekreterare."): she is logged in, as another body's secretary.
        abort(403, description="Du är inte sekreterare för det här organet och kan inte ändra dess uppgifter.")


# ---------------------------------------------------------------------------
# Login.

@bp.route("/logga-in", methods=["GET", "POST"])
def login() -> ResponseReturnValue:
    error = None
    if request.method == "POST":
        s = db_session()
        candidate = find_user(s, request.form.get("anvandarnamn", ""))
        if verify_password(candidate, request.form.get("losenord", "")):
            assert candidate is not None
            session.clear()  # a fresh session on login (no fixation)
            session["user_id"] = candidate.id
            session.permanent = True
            candidate.last_login_at = now()
            s.commit()
            return redirect(safe_next(request.args.get("next"), url_for("secretary.home")))
        error = "Fel användarnamn eller lösenord."
    return render_template("secretary/login.html", error=error), (401 if error else 200)


@bp.post("/logga-ut")
def logout() -> ResponseReturnValue:
    session.clear()
    flash("Du är utloggad.")
    return redirect(url_for("planner.index"))


# ---------------------------------------------------------------------------
# Overview and upload.

def waiting_rows(s: Session, u: User) -> tuple[list[Meeting], list[Event]]:
    """Return the meetings and events that wait for review (published = False) in the user's bodies."""
    ids = editable_body_ids(s, u)
    mq = select(Meeting).where(Meeting.published.is_(False)).order_by(Meeting.date)
    eq = select(Event).where(Event.published.is_(False), Event.status != "deleted").order_by(Event.date)
    if ids is not None:
        mq = mq.where(Meeting.body_id.in_(ids))
        eq = eq.where(Event.body_id.in_(ids))
    return list(s.scalars(mq)), list(s.scalars(eq))


@bp.get("/")
@login_required
def home() -> ResponseReturnValue:
    s = db_session()
    u = user()
    meetings, events = waiting_rows(s, u)
    documents = s.scalars(select(Document).where(Document.superseded_by_id.is_(None))
                          .order_by(Document.ingested_at.desc()).limit(30)).all()
    ids = editable_body_ids(s, u)
    bodies = s.scalars(select(Body).order_by(Body.name) if ids is None
                       else select(Body).where(Body.id.in_(ids)).order_by(Body.name)).all()
    today = views_today()  # the Swedish day: after midnight yesterday's meeting is no longer the next one
    # Meetings waiting for review too: the secretary prepares their agendas before publishing them.
    coming = [(b, next_meeting(s, b, today, meetings=select(Meeting))) for b in bodies]
    return render_template("secretary/home.html", waiting_meetings=meetings, waiting_events=events,
                           documents=documents, coming=coming, max_mb=app_settings().web.max_upload_mb,
                           suffixes=UPLOAD_SUFFIXES, types=", ".join(UPLOAD_TYPES))


class OtherSecretaries(PlannerError):
    """Minutes of a body that has other secretaries: read, and refused (the message is Swedish)."""


def ingest_upload(s: Session, path: Path, filename: str, u: User, *, when: dt.datetime) -> tuple[int, str]:
    """Extract and ingest one uploaded file in the session's transaction, then re-apply its corrections.

    Returns the document id and what happened to it (new, updated or unchanged; "replaced" with the id of the
    version that replaced minutes stored as an older version). A secretary becomes secretary of a body first
    met in the upload; minutes of a body that has other secretaries are refused.
    """
    from planner.extract import extract_text, read_minutes
    from planner.ingest import ingest

    minutes = read_minutes(path)
    extraction = extract_text(minutes)
    result = ingest(s, extraction, data=path.read_bytes(), filename=filename, text=minutes.text, now=when,
                    settings=app_settings())
    if result.document_id is None:
        raise PlannerError(result.message or "could not be read")
    meeting = s.get(Meeting, result.meeting_id) if result.meeting_id else None
    if meeting is not None and not u.may_edit(meeting.body_id):
        if s.scalars(select(UserBody).where(UserBody.body_id == meeting.body_id)).first() is not None:
            raise OtherSecretaries(f"du är inte sekreterare för {meeting.body.name}")
        s.add(UserBody(user_id=u.id, body_id=meeting.body_id))
    if result.replaced_by is not None:  # an older version of minutes a corrected one replaced: review that one
        return result.replaced_by, "replaced"
    document = s.get_one(Document, result.document_id)
    corrections.apply_corrections(s, document, now=when)
    return document.id, result.status


def _ingest_committed(s: Session, path: Path, filename: str, u: User) -> tuple[int, str]:
    """`ingest_upload` and commit. The same minutes uploaded at once from several browsers are stored once:
    an upload that meets another's rows starts again and finds them stored (`ingest.retry_on_conflict`)."""
    from planner.ingest import retry_on_conflict

    def attempt() -> tuple[int, str]:
        result = ingest_upload(s, path, filename, u, when=now())
        s.commit()
        return result

    return retry_on_conflict(s, attempt)


@bp.post("/ladda-upp")
@login_required
def upload() -> ResponseReturnValue:
    s = db_session()
    files = [f for f in request.files.getlist("filer") if f and f.filename]
    if not files:
        flash("Välj minst en fil att ladda upp.", "error")
        return redirect(url_for("secretary.home"))
    done: list[int] = []
    unchanged = replaced = 0
    failed: list[str] = []
    folder = app_settings().instance_dir / "uploads"
    folder.mkdir(parents=True, exist_ok=True)
    for f in files:
        name = upload_name(f.filename)  # as the API names an upload
        suffix = Path(name).suffix.lower()
        if suffix not in UPLOAD_SUFFIXES:
            failed.append(f"Kunde inte läsa {name}: filtypen stöds inte ({UPLOAD_TYPES_SV})")
            continue
        data = f.read()
        digest = hashlib.sha256(data).hexdigest()
        with tempfile.TemporaryDirectory(dir=folder) as tmp:
            path = Path(tmp) / f"{digest[:16]}{suffix}"  # never a path taken from the client
            path.write_bytes(data)
            try:
                document_id, status = _ingest_committed(s, path, name, user())
                done.append(document_id)
                unchanged += status in ("unchanged", "replaced")
                if status == "replaced":
                    replaced += 1
                    newer = s.get_one(Document, document_id).filename
                    flash(f"{name} är en äldre version av anteckningar som har ersatts av en rättad version "
                          f"({newer}): inget nytt att granska.")
                elif status == "updated":  # a corrected version: what it moved or no longer says changed too
                    older = s.scalars(select(Document).where(Document.superseded_by_id == document_id)
                                      .order_by(Document.ingested_at.desc(), Document.id.desc())).first()
                    if older is not None:
                        flash(f"{name} ersätter {older.filename} (inläst "
                              f"{format_date_sv(local_date(older.ingested_at), weekday=False)}) som en rättad "
                              "version av mötesanteckningarna: mötet, punkterna och händelserna kommer nu från "
                              "den, och rättelserna av den tidigare versionen gäller fortfarande.")
            except OtherSecretaries as err:  # read well: it is not a reason it could not be read
                s.rollback()
                failed.append(f"{name} lästes inte in: {err}.")
            except (PlannerError, ValueError) as err:
                s.rollback()
                reason = str(err).removeprefix(str(path) + ": ").removeprefix(name + ": ")
                failed.append(f"Kunde inte läsa {name}: {swedish_reason(reason)}")
    for message in failed:
        flash(message, "error")
    if len(done) == unchanged == 1:
        if not replaced:  # (an older version has said so already)
            flash("Filen var redan inläst och är oförändrad: inget nytt att granska.")
    elif done:
        # (one file, unchanged, is said above: here `unchanged` counts among several)
        again = ("" if not unchanged else " (1 av dem var redan inläst och är oförändrad)" if unchanged == 1
                 else f" ({unchanged} av dem var redan inlästa och är oförändrade)")
        counted = "1 fil inläst" if len(done) == 1 else f"{len(done)} filer inlästa"
        then = ("Allt är publicerat: granska uppgifterna och rätta dem vid behov."
                if app_settings().web.auto_publish == "all" else "Granska uppgifterna och bekräfta.")
        flash(f"{counted}{again}. {then}")
    if len(done) == 1:
        return redirect(url_for("secretary.review", document_id=done[0]))
    return redirect(url_for("secretary.home"))


# Why a file could not be read, in Swedish for the secretary (`planner extract` and `planner ingest` say it in
# English): each pattern matches the start of a reason the readers and `ingest` give.
_REASONS_SV: tuple[tuple[re.Pattern[str], str], ...] = tuple((re.compile(pattern), swedish) for pattern, swedish in (
    (r"no date found", "inget datum hittades (mötesanteckningar är daterade, t.ex. 2020-03-06 eller 6 mars 2020)"),
    (r"no meeting date found", "inget mötesdatum hittades i anteckningarna"),
    (r"unreadable meeting date (.*)", r"mötesdatumet \1 går inte att läsa"),
    (r"no meeting body", "inget organ (forumets namn) hittades i anteckningarna"),
    (r"binary file", "filen är ingen textfil"),
    (r"cannot decode UTF-16", "texten (UTF-16) går inte att avkoda"),
    (r"file is empty", "filen är tom"),
    (r"file has no text", "filen innehåller ingen text"),
    (r"file is ([\d.]+) MB", r"filen är \1 MB, mer än gränsen på 20 MB"),
    (r"file has ([\d.]+) million characters", r"filen har \1 miljoner tecken text, mer än gränsen på 20 miljoner"),
    (r"a \.docx that unpacks to (\d+) MB", r".docx-filen packas upp till \1 MB, mer än gränsen på 100 MB"),
    (r"password-protected \.(docx|pdf)", (r".\1-filen är skyddad med lösenord: spara en kopia utan "
                                          "lösenord och ladda upp den")),
    (r"an old Word \.doc file", "filen är ett äldre Word-dokument (.doc) med namnet .docx: spara den som .docx"),
    (r"not a valid \.docx|unreadable \.docx", ".docx-filen går inte att läsa (trasig eller ingen Word-fil)"),
    (r"not a valid \.pdf|unreadable \.pdf", ".pdf-filen går inte att läsa (trasig eller ingen PDF)"),
    (r"unknown file type", "filtypen stöds inte"),
    (r"cannot read file", "filen går inte att läsa"),
))


def swedish_reason(reason: str) -> str:
    """The reason a file could not be read (an error's message without its file name), in Swedish; a reason
    of no known kind is given as it is, after a Swedish lead."""
    for pattern, swedish in _REASONS_SV:
        m = pattern.match(reason)
        if m is not None:
            return m.expand(swedish)
    return reason if not reason.isascii() else f"okänt fel ({reason})"


# ---------------------------------------------------------------------------
# Review and corrections.

def document_rows(s: Session, doc: Document) -> dict[str, Any]:
    """Return the rows read from a document: its meeting(s), their items, the events and meetings it announced."""
    held = list(s.scalars(select(Meeting).where(Meeting.document_id == doc.id)))
    announced = list(s.scalars(select(Meeting).where(Meeting.source_document_id == doc.id,
                                                     or_(Meeting.document_id.is_(None), Meeting.document_id != doc.id))))
    events = list(s.scalars(select(Event).where(Event.document_id == doc.id).order_by(Event.date)))
    carried = list(s.scalars(select(CarryItem).where(CarryItem.document_id == doc.id)))
    return {"held": held, "announced": announced, "events": events, "carried": carried}


def fact_spans(rows: dict[str, Any]) -> list[tuple[int, int, str, str | None]]:
    """Return the highlighted spans of the review page: (start, end, label, anchor of the form)."""
    spans: list[tuple[int, int, str, str | None]] = []

    def add(row: Any, label: str, anchor: str) -> None:
        if row.span_start is not None and row.span_end is not None:
            spans.append((row.span_start, row.span_end, label, anchor))

    for m in rows["held"]:
        for a in m.attendance:
            add(a, f"{'Närvarande' if a.present else 'Frånvarande'}: {a.person.name}", f"deltagare-{a.id}")
        for item in m.items:
            add(item, f"Punkt {item.number or item.position}: {STATUS_SV.get(item.status, item.status)}",
                f"punkt-{item.id}")
        add(m, "Mötet", f"mote-{m.id}")
    for m in rows["announced"]:
        add(m, "Aviserat möte", f"mote-{m.id}")
    for e in rows["events"]:
        add(e, f"Händelse: {e.title}", f"handelse-{e.id}")
    for c in rows["carried"]:
        add(c, f"Förs vidare: {c.title}", f"vidare-{c.id}")
    return spans


# The session key under which a refused correction's form values wait for the review page to show them.
REFUSED_KEY = "vagrad_rattelse"


@bp.get("/dokument/<id:document_id>")
@login_required
def review(document_id: int) -> ResponseReturnValue:
    s = db_session()
    doc = s.get(Document, document_id)
    if doc is None:
        abort(404, description="Dokumentet finns inte.")
    from planner.withdraw import document_versions

    rows = document_rows(s, doc)
    segments = highlight_segments(doc.text, fact_spans(rows))
    # A corrected version's rows keep the corrections made while an older version was the one shown: they are its
    # history too (else its fields differ from its text with no word why).
    history = list(s.scalars(select(Correction).where(Correction.document_id.in_(document_versions(s, doc.id)))
                             .order_by(Correction.at.desc(), Correction.id.desc())))
    u = user()
    editable = [m.body_id for m in rows["held"] + rows["announced"]]
    may_edit = u.is_admin or not editable or any(u.may_edit(b) for b in editable)
    body_names = sorted({m.body.name for m in rows["held"] + rows["announced"]})
    waiting = any(not r.published for r in rows["held"] + rows["announced"]) or any(
        not e.published and e.status != "deleted" for e in rows["events"])
    refused = session.pop(REFUSED_KEY, None)  # what was typed into a correction just refused: shown again

    def typed(form: str) -> dict[str, str]:
        return dict(refused["values"]) if refused and refused.get("form") == form else {}

    def refusal(form: str) -> str | None:
        """Why the correction was refused, said in its form too: the page opens at the form, far below the flash."""
        return str(refused.get("message") or "") or None if refused and refused.get("form") == form else None

    return render_template("secretary/review.html", doc=doc, rows=rows, segments=segments, history=history,
                           may_edit=may_edit, body_names=body_names, waiting=waiting, item_statuses=ITEM_STATUSES,
                           meeting_statuses=MEETING_STATUSES, event_kinds=EVENT_KINDS, typed=typed,
                           refusal=refusal)


def _load(s: Session, entity: str, row_id: int) -> tuple[Any, int | None]:
    models: dict[str, type[Meeting | Event | AgendaItem | CarryItem]] = {
        "meeting": Meeting, "event": Event, "agenda_item": AgendaItem, "carry_item": CarryItem}
    model = models.get(entity)
    if model is None:
        abort(404)
    row: Any = s.get(model, row_id)
    if row is None:
        abort(404)
    body_id = row.meeting.body_id if isinstance(row, AgendaItem) else row.body_id
    return row, body_id


def _row_document(s: Session, row: Any) -> Document | None:
    doc_id = corrections.document_id_of(row)
    return s.get(Document, doc_id) if doc_id else None


@bp.post("/ratta/<entity>/<id:row_id>")
@login_required
def correct(entity: str, row_id: int) -> ResponseReturnValue:
    s = db_session()
    row, body_id = _load(s, entity, row_id)
    require_body(user(), body_id)
    values = _changed_fields({name: name for name in corrections.FIELDS[entity]})
    if request.form.get("ta_bort") and entity == "event":
        values = {"deleted": "true"}
    back = request.form.get("tillbaka") or ""
    try:
        changes = corrections.correct(s, row, values, user=user(), document=_row_document(s, row), now=now())
        s.commit()
    except corrections.CorrectionError as err:
        return _refused(f"{entity}-{row_id}", err, values, back)
    _flash_changes(entity, changes)
    return redirect(safe_next(back, url_for("secretary.home")))


def _changed_fields(fields: Mapping[str, str]) -> dict[str, str]:
    """The form's values (form name -> field) other than the form showed them: a field left as shown (its
    `visat_<name>`) is not a correction, since the row may have been corrected since the page was opened (in
    another tab, by another secretary), and sending it would undo that."""
    return {fields[name]: value for name, value in request.form.items()
            if name in fields and request.form.get(f"visat_{name}", object()) != value}


def _refused(form: str, err: Exception, values: Mapping[str, str], back: str) -> ResponseReturnValue:
    """Say why a correction was refused, in the flash and in its form, which shows `values` again."""
    db_session().rollback()
    flash(str(err), "error")
    session[REFUSED_KEY] = {"form": form, "values": dict(values), "message": str(err)}
    return redirect(safe_next(back, url_for("secretary.home")))


def _flash_changes(entity: str, changes: Sequence[corrections.Change | attendees.Change],
                   key: str | None = None) -> None:
    if changes:
        flash("Rättat: " + "; ".join(format_change(entity, c.field, c.old, c.new, key) for c in changes))
    else:
        flash("Inget ändrades.")


# The attendee forms' fields: form name -> field of planner.attendees.
ATTENDEE_FIELDS = {"namn": "name", "organisation": "organisation", "roll": "role", "narvarande": "present"}


def _attendee_refused(form: str, err: attendees.AttendeeError, back: str) -> ResponseReturnValue:
    """`_refused` with all the attendee form's values as typed."""
    return _refused(form, err, {k: v for k, v in request.form.items() if k in ATTENDEE_FIELDS}, back)


@bp.post("/narvaro/<id:attendance_id>")
@login_required
def correct_attendance(attendance_id: int) -> ResponseReturnValue:
    """Correct one attendee (name, organisation, role, present or absent), or remove a false one."""
    s = db_session()
    row = get_row(s, Attendance, attendance_id)
    if row is None:
        abort(404, description="Deltagaren finns inte längre: närvarolistan kan ha lästs in på nytt. Ladda om sidan.")
    require_body(user(), row.meeting.body_id)
    back = request.form.get("tillbaka") or ""
    key = attendees.row_key(row)
    try:
        if request.form.get("ta_bort"):
            changes = [attendees.remove_attendee(s, row, user=user(), now=now())]
        else:
            changes = attendees.correct_attendee(s, row, _changed_fields(ATTENDEE_FIELDS), user=user(), now=now())
        s.commit()
    except attendees.AttendeeError as err:
        return _attendee_refused(f"attendance-{attendance_id}", err, back)
    _flash_changes("attendance", changes, key)
    return redirect(safe_next(back, url_for("secretary.home")))


@bp.post("/narvaro/mote/<id:meeting_id>/lagg-till")
@login_required
def add_attendance(meeting_id: int) -> ResponseReturnValue:
    """Add an attendee the minutes were read without."""
    s = db_session()
    meeting = get_row(s, Meeting, meeting_id)
    if meeting is None:
        abort(404, description="Mötet finns inte.")
    require_body(user(), meeting.body_id)
    back = request.form.get("tillbaka") or ""
    name = request.form.get("namn")
    try:
        _, changes = attendees.add_attendee(
            s, meeting, name, request.form.get("organisation"), request.form.get("roll"),
            present=request.form.get("narvarande", "true") != "false", user=user(), now=now())
        s.commit()
    except attendees.AttendeeError as err:
        return _attendee_refused(f"attendance-new-{meeting_id}", err, back)
    added = {c.field: c.new for c in changes}
    said = ", ".join(x for x in (added.get("organisation"), added.get("role")) if x)
    flash(f"Lagt till på närvarolistan: {added['name']}{f' ({said})' if said else ''}, "
          f"{'närvarande' if added.get('present') == 'true' else 'frånvarande'}.")
    return redirect(safe_next(back, url_for("secretary.home")))


@bp.post("/dokument/<id:document_id>/bekrafta")
@login_required
def confirm(document_id: int) -> ResponseReturnValue:
    s = db_session()
    doc = s.get(Document, document_id)
    if doc is None:
        abort(404)
    rows = document_rows(s, doc)
    u = user()
    count = 0
    for row in rows["held"] + rows["announced"] + rows["events"]:
        if row.published or (isinstance(row, Event) and row.status == "deleted"):
            continue
        require_body(u, row.body_id)
        count += len(corrections.correct(s, row, {"published": "true"}, user=u, document=doc, now=now()))
    s.commit()
    flash(f"Bekräftat: {'1 uppgift publiceras' if count == 1 else f'{count} uppgifter publiceras'} nu i kalendrar "
          "och påminnelser." if count else "Allt från dokumentet var redan publicerat.")
    # At the top, where the message is: without an anchor the browser keeps the page's (#mote-N of a correction).
    return redirect(url_for("secretary.review", document_id=doc.id, _anchor="innehall"))


def _require_withdraw(s: Session, u: User, doc: Document) -> None:
    """403 unless the user may edit every body the document gave rows to (admins: all; no body: admins only)."""
    from planner.withdraw import document_bodies, or_admin_only

    for body_id in or_admin_only(document_bodies(s, doc.id)):
        require_body(u, body_id)


@bp.route("/dokument/<id:document_id>/ta-bort", methods=["GET", "POST"])
@login_required
def withdraw(document_id: int) -> ResponseReturnValue:
    """Ask, then withdraw minutes uploaded by mistake (planner/withdraw.py)."""
    from planner.withdraw import withdraw_document

    s = db_session()
    doc = s.get(Document, document_id)
    if doc is None:
        abort(404, description="Dokumentet finns inte.")
    # withdraw_document refuses a replaced version (in English), and its rows are the newest version's now (so
    # _require_withdraw would find no body and refuse a secretary): the newest version is the one to withdraw.
    if doc.superseded_by_id is not None:
        flash("Mötesanteckningarna har ersatts av en rättad version. Ta bort den i stället: då tas de "
              "tidigare versionerna bort med den.", "error")
        return redirect(url_for("secretary.review", document_id=doc.superseded_by_id))
    u = user()
    _require_withdraw(s, u, doc)
    if request.method == "GET":
        rows = document_rows(s, doc)
        return render_template("secretary/withdraw.html", doc=doc, rows=rows)
    try:
        result = withdraw_document(s, doc.id, now=now(), settings=app_settings())
        s.commit()
    except PlannerError as err:
        s.rollback()
        flash(f"Kunde inte ta bort mötesanteckningarna: {err}", "error")
        return redirect(url_for("secretary.review", document_id=document_id))
    meeting = {"planned": " Mötet finns kvar som planerat, eftersom andra mötesanteckningar aviserade det.",
               "removed": " Mötet är borttaget.", "none": ""}[result.meeting]
    flash(f"Mötesanteckningarna {result.filename} är borttagna.{meeting}")
    return redirect(url_for("secretary.home"))


# ---------------------------------------------------------------------------
# Agenda editor.

def draft_for(s: Session, m: Meeting, *, when: dt.datetime) -> AgendaDraft:
    """Return the editable agenda of a meeting, started from the planner's draft on first use.

    An unpublished draft follows the carried items: one carried since the draft was last saved (an item
    corrected to postponed, new minutes) is added, one no longer open (corrected to handled) goes. One the
    secretary removed stays removed: it was carried before the draft was saved.
    """
    draft = s.scalars(select(AgendaDraft).where(AgendaDraft.meeting_id == m.id)).first()
    if draft is not None and draft.published_at is not None:
        return draft
    kind, planned = agenda_lines(s, m)
    if draft is None:
        clean = [{"title": str(x["title"]), "note": x.get("note"), "carry_id": x.get("carry_id")} for x in planned]
        draft = AgendaDraft(meeting_id=m.id, lines_json=json.dumps(clean, ensure_ascii=False), updated_at=when)
        s.add(draft)
        s.flush()
        return draft
    if kind != "draft":
        return draft
    lines: list[dict[str, Any]] = json.loads(draft.lines_json)
    carry_ids = {int(x["carry_id"]) for x in lines + planned if x.get("carry_id")}
    carries = {c.id: c for c in s.scalars(select(CarryItem).where(CarryItem.id.in_(carry_ids)))}
    saved = as_utc(draft.updated_at)
    fresh = {i for i, c in carries.items() if c.state == CarryState.OPEN and as_utc(c.created_at) > saved}
    synced = sync_carried(lines, planned, open_ids={i for i, c in carries.items() if c.state == CarryState.OPEN},
                          fresh=fresh)
    if synced != lines:
        draft.lines_json = json.dumps(synced, ensure_ascii=False)
        draft.updated_at = when
    return draft


def sync_carried(lines: list[dict[str, Any]], planned: list[dict[str, Any]], *, open_ids: set[int],
                 fresh: set[int]) -> list[dict[str, Any]]:
    """Return the edited agenda lines without carried items no longer open, with the `fresh` ones of the
    planner's draft (`planned`) added after the last carried line, or before the closing lines (pure)."""
    kept = [x for x in lines if not x.get("carry_id") or x["carry_id"] in open_ids]
    present = {x.get("carry_id") for x in kept}
    added = [{"title": str(x["title"]), "note": x.get("note"), "carry_id": x["carry_id"]} for x in planned
             if x.get("carry_id") in fresh and x["carry_id"] not in present]
    if not added:
        return kept
    carried_at = [i for i, x in enumerate(kept) if x.get("carry_id")]
    if carried_at:
        at = carried_at[-1] + 1
    else:  # before the closing lines the planner's draft ends with ("Övrigt", ...)
        closing = [str(x["title"]) for x in planned[len(planned) - _closing_count(planned):]]
        at = len(kept)
        while at > 0 and str(kept[at - 1]["title"]) in closing:
            at -= 1
    return kept[:at] + added + kept[at:]


def _closing_count(planned: list[dict[str, Any]]) -> int:
    count = 0
    for x in reversed(planned):
        if x.get("carry_id"):
            break
        count += 1
    return count


def edit_lines(lines: list[dict[str, Any]], action: str, index: int, title: str) -> list[dict[str, Any]]:
    """Return the agenda lines after one action: up, down, remove, add or rename (pure)."""
    lines = list(lines)
    if action == "add" and title.strip():
        lines.append({"title": title.strip(), "note": None, "carry_id": None})
    elif action == "rename" and title.strip() and 0 <= index < len(lines):
        lines[index] = {**lines[index], "title": title.strip()}  # a carried line stays carried (its note, its id)
    elif 0 <= index < len(lines):
        if action == "up" and index > 0:
            lines[index - 1], lines[index] = lines[index], lines[index - 1]
        elif action == "down" and index < len(lines) - 1:
            lines[index + 1], lines[index] = lines[index], lines[index + 1]
        elif action == "remove":
            del lines[index]
    return lines


# The editor's actions on one line (or adding one): the page comes back at that line.
AGENDA_LINE_ACTIONS = ("up", "down", "remove", "add", "rename", "handled", "dropped")


def lines_version(lines_json: str) -> str:
    """Return a short fingerprint of an agenda's stored lines (pure).

    Each form of the editor sends the one of the lines it showed: an action names a line by its place
    (`rad`), so an action from a page that no longer shows the stored lines (a second tab, a double
    click, the back button) would move, remove or close another line than the one clicked.
    """
    return hashlib.sha256(lines_json.encode()).hexdigest()[:16]


def render_lines(s: Session, m: Meeting, lines: list[dict[str, Any]], fmt: str, *,
                 published: bool = False) -> tuple[bytes, str]:
    """Render an edited agenda as md, html or docx with the planner's renderers; return (bytes, content type).

    A `published` agenda is not called a draft.
    """
    import dataclasses

    from planner.agenda import AgendaEntry, draft_agenda_for_meeting, render_agenda

    if fmt not in ("md", "html", "docx"):
        abort(404)
    entries = tuple(AgendaEntry(number=i, title=str(line["title"]), section="edited", note=line.get("note"),
                                carry_id=line.get("carry_id")) for i, line in enumerate(lines, 1))
    agenda = dataclasses.replace(draft_agenda_for_meeting(s, m), entries=entries, published=published)
    out = render_agenda(agenda, fmt, now=now())
    data = out.encode() if isinstance(out, str) else out
    return data, {"md": "text/markdown; charset=utf-8", "html": "text/html; charset=utf-8",
                  "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"}[fmt]


@bp.route("/dagordning/<id:meeting_id>", methods=["GET", "POST"])
@login_required
def agenda(meeting_id: int) -> ResponseReturnValue:
    s = db_session()
    m = s.get(Meeting, meeting_id)
    if m is None:
        abort(404, description="Mötet finns inte.")
    require_body(user(), m.body_id)
    draft = draft_for(s, m, when=now())
    lines: list[dict[str, Any]] = json.loads(draft.lines_json)
    if request.method == "POST":
        shown = request.form.get("version")
        if shown is not None and shown != lines_version(draft.lines_json):
            return _agenda_refused(m, "Dagordningen har ändrats sedan sidan visades (i en annan flik eller av ett "
                                      "dubbelklick): inget ändrades. Så här ser den ut nu.", "innehall")
        action = request.form.get("atgard", "")
        index = request.form.get("rad", type=int, default=-1)
        title = request.form.get("rubrik", "").strip()
        form = "ny-punkt" if action == "add" else f"punkt-{index + 1}"
        if action in ("add", "rename") and len(title) > AGENDA_TITLE_MAX:
            return _agenda_refused(m, f"Rubriken får vara högst {AGENDA_TITLE_MAX} tecken (nu {len(title)}).",
                                   form, title, field="rubrik")
        if action in ("add", "rename") and not title:  # only spaces pass the field's "required"
            return _agenda_refused(m, "Skriv en rubrik: en punkt utan rubrik kan inte läggas till.", form,
                                   field="rubrik")
        if action in ("up", "down", "remove", "add", "rename"):
            lines = edit_lines(lines, action, index, title)
        elif action in ("handled", "dropped") and 0 <= index < len(lines) and lines[index].get("carry_id"):
            reason = request.form.get("motivering", "").strip()
            if action == "dropped" and not reason:
                return _agenda_refused(m, "Ange ett skäl för att avskriva punkten, i fältet Skäl.", form,
                                       field="motivering")
            carry = s.get(CarryItem, lines[index]["carry_id"])
            if carry is not None:
                state = CarryState.CLOSED if action == "handled" else CarryState.DROPPED
                corrections.correct(s, carry, {"state": str(state), "closed_reason": reason or None},
                                    user=user(), document=None, now=now())
                s.add(CarryStep(carry_id=carry.id, kind="handled" if action == "handled" else "dropped",
                                meeting_id=m.id, note=reason or None, at=now()))
            del lines[index]
        elif action == "publish":
            draft.published_at = now()
            flash("Dagordningen är publicerad.")
        elif action == "unpublish" and draft.published_at is not None:
            draft.published_at = None  # the feeds and reminders show the draft again
            m.updated_at = now()
            flash("Publiceringen är återkallad: dagordningen är ett utkast igen.")
        draft.lines_json = json.dumps(lines, ensure_ascii=False)
        draft.updated_by_id = user().id
        draft.updated_at = now()
        if draft.published_at is not None:  # the feeds and reminders show the published agenda: they change
            m.updated_at = now()
        s.commit()
        # Back at the line acted on (where it went), not at the top of a long agenda.
        at = {"up": index - 1, "down": index + 1, "add": len(lines) - 1}.get(action, index)
        # Else at the top, where the message is: without an anchor the browser would keep #punkt-N of the page.
        anchor = f"punkt-{min(max(at, 0), len(lines) - 1) + 1}" if lines and action in AGENDA_LINE_ACTIONS \
            else "innehall"
        return redirect(url_for("secretary.agenda", meeting_id=m.id, _anchor=anchor))
    fmt = request.args.get("format")
    if fmt:
        data, content_type = render_lines(s, m, lines, fmt, published=draft.published_at is not None)
        when = m.date or m.month or m.id
        name = attachment(f"dagordning-{m.body.slug}-{when}.{fmt}", f"Dagordning {m.body.name} {when}.{fmt}")
        # content_type, not mimetype: Flask would add a second "; charset=utf-8" to a text type.
        return Response(data, content_type=content_type, headers={"Content-Disposition": name})
    s.commit()
    return render_template("secretary/agenda.html", meeting=m, lines=lines, draft=draft, provenance=provenance,
                           version=lines_version(draft.lines_json), title_max=AGENDA_TITLE_MAX,
                           refused=session.pop(AGENDA_REFUSED_KEY, None))


# The session key under which a refused action of the agenda editor waits to be said at its line.
AGENDA_REFUSED_KEY = "vagrad_dagordning"


def _agenda_refused(m: Meeting, message: str, form: str, title: str = "", *, field: str | None = None) -> ResponseReturnValue:
    """Say why an action of the agenda editor was refused, at the top and in the form acted on (`form`, also
    the anchor the page opens at). An explicit anchor is needed: a redirect without one keeps the anchor of
    the page the form was on, and the page opened at the line of the last action, far from the message.
    `field` ("rubrik", "motivering") is the field the message is about: it names the message and has the focus."""
    db_session().commit()  # draft_for may have started or synced the draft: nothing else was changed
    flash(message, "error")
    session[AGENDA_REFUSED_KEY] = {"form": form, "message": message, "title": title, "field": field}
    return redirect(url_for("secretary.agenda", meeting_id=m.id, _anchor=form))


__all__ = ["bp", "edit_lines", "fact_spans", "ingest_upload", "safe_next"]
