"""Public pages in Swedish: bodies, meetings, month view, carried items, minutes passages, subscriptions.

Reads the store rows (only published ones); never renders minutes text unescaped: passages are
split into plain segments that Jinja escapes, never marked safe.
"""

from __future__ import annotations

import calendar
import datetime as dt
import json
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, urlsplit
from zoneinfo import ZoneInfo

from flask import Blueprint, Response, abort, current_app, flash, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue
from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from notifications.mail import SendError
from planner.app import app_settings, db_session
from planner.corrections import DATE_YEARS
from planner.files import attachment
from planner.store import (
    PLACEHOLDER_TITLES,
    Body,
    CarryItem,
    CarryState,
    CarryStep,
    Document,
    Event,
    Meeting,
    MeetingStatus,
    Organisation,
    as_utc,
)
from planner.swedish import (
    KIND_SV,
    MONTHS_SV,
    WEEKDAYS_SV,
    format_date_sv,
    format_month_sv,
    format_target_sv,
    format_time_sv,
    format_when_sv,
)
from planner.webmodels import AgendaDraft

bp = Blueprint("planner", __name__)

STATUS_SV = {"handled": "behandlad", "postponed": "uppskjuten", "returns": "återkommer", "referred": "hänvisad",
             "planned": "planerat", "held": "genomfört", "cancelled": "inställt", "deleted": "borttaget"}
STEP_SV = {"raised": "Väcktes", "postponed": "Sköts upp", "returned": "Ska återkomma", "announced": "Aviserades",
           "handled": "Behandlades", "not_handled": "Ej behandlad", "dropped": "Avskrevs"}
FIELD_SV = {"date": "datum", "start": "starttid", "end": "sluttid", "venue": "plats", "online": "digitalt",
            "status": "status", "tentative": "preliminärt", "published": "publicerad", "title": "rubrik",
            "kind": "typ", "deleted": "borttagen", "state": "läge", "closed_reason": "skäl", "name": "namn",
            "organisation": "organisation", "role": "roll", "present": "närvarande", "listed": "på närvarolistan"}
ENTITY_SV = {"meeting": "möte", "event": "händelse", "agenda_item": "punkt", "carry_item": "punkt som förs vidare",
             "attendance": "närvaro"}
VALUE_SV = {"true": "ja", "false": "nej", "closed": "behandlad", "dropped": "avskriven", "open": "öppen"}


def format_change(entity: str, field: str, old: str | None, new: str | None, key: str | None = None) -> str:
    """Return a correction in Swedish: "möte, datum: 2020-03-06 → 2020-03-13".

    An attendance correction names the attendee from its `key` ("<meeting uid>#<name as read>"):
    "närvaro (Anna Ek), närvarande: ja → nej".
    """
    def value(v: str | None) -> str:
        if v is None:
            return "–"
        if field == "kind":  # as the review form's select names it
            return KIND_SV.get(v, v)
        return VALUE_SV.get(v, STATUS_SV.get(v, v))

    who = f" ({key.partition('#')[2]})" if entity == "attendance" and key else ""
    return f"{ENTITY_SV.get(entity, entity)}{who}, {FIELD_SV.get(field, field)}: {value(old)} → {value(new)}"


# ---------------------------------------------------------------------------
# Pure helpers (tested alone).

@dataclass(frozen=True, slots=True)
class Segment:
    """A piece of a document's text; `mark` is the label of a highlighted fact, or None."""

    text: str
    mark: str | None = None
    anchor: str | None = None


def highlight_segments(text: str, spans: list[tuple[int, int, str, str | None]]) -> list[Segment]:
    """Split `text` into plain and highlighted segments; spans are (start, end, label, anchor).

    Overlapping spans keep the earlier one; spans outside the text are clipped or dropped.
    """
    out: list[Segment] = []
    pos = 0
    for start, end, label, anchor in sorted(spans, key=lambda s: (s[0], -s[1])):
        start, end = max(start, 0), min(end, len(text))
        if start < pos or start >= end:
            continue
        if start > pos:
            out.append(Segment(text[pos:start]))
        out.append(Segment(text[start:end], label, anchor))
        pos = end
    if pos < len(text):
        out.append(Segment(text[pos:]))
    return out


def passage(text: str, start: int, end: int, *, context: int = 400) -> tuple[list[Segment], bool, bool]:
    """Return the segments around one span (whole lines of context) and whether text was cut before/after."""
    start, end = max(0, min(start, len(text))), max(0, min(end, len(text)))
    lo = max(0, start - context)
    lo = text.rfind("\n", 0, lo) + 1 if lo > 0 else 0
    hi = min(len(text), end + context)
    nl = text.find("\n", hi)
    hi = len(text) if nl < 0 else nl
    piece = text[lo:hi]
    return highlight_segments(piece, [(start - lo, end - lo, "källa", "kalla")]), lo > 0, hi < len(text)


def month_grid(year: int, month: int) -> list[list[dt.date]]:
    """Return the weeks (Monday first) that cover the month, as lists of seven dates."""
    return calendar.Calendar(firstweekday=0).monthdatescalendar(year, month)


MONTH_PAGE_YEARS = DATE_YEARS  # the years with a month page (/manad/<year>/<month>)


def shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    """Return (year, month) moved by `delta` months."""
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def days_of(start: dt.date, end: dt.date | None, first: dt.date, last: dt.date) -> list[dt.date]:
    """Return the days from `start` to `end` (inclusive; None is one day) that lie within [first, last]."""
    lo, hi = max(start, first), min(end if end is not None and end > start else start, last)
    return [lo + dt.timedelta(days=n) for n in range((hi - lo).days + 1)]


def feed_links(base_url: str, scope: str, name: str) -> dict[str, str]:
    """Return the https, webcal, Google and Outlook subscription links of a feed scope."""
    https = f"{base_url}/kalender/{quote(scope)}.ics"
    parts = urlsplit(https)
    webcal = "webcal://" + parts.netloc + parts.path
    return {
        "https": https,
        "webcal": webcal,
        "google": "https://calendar.google.com/calendar/r?cid=" + quote(webcal, safe=""),
        "outlook": "https://outlook.live.com/calendar/0/addfromweb?url=" + quote(https, safe="")
                   + "&name=" + quote(name, safe=""),
    }


def meeting_label(m: Meeting) -> str | None:
    """Return what to call a meeting beside its body's name: its own title, else a workshop's kind, else None."""
    if m.title and m.title not in PLACEHOLDER_TITLES:
        return m.title
    return KIND_SV.get(m.kind, m.kind) if m.kind != "meeting" else None


def format_when(row: Meeting | Event) -> str:
    """Return the date and time of a meeting or event in Swedish, month-only dates marked as such."""
    return format_when_sv(row.date, end_date=row.end_date, start=row.start, end=row.end, month=row.month)


def format_local(value: dt.datetime | None, timezone: str = "Europe/Stockholm") -> str:
    """Return a stored moment as local "2020-03-10 10:00" (naive values from SQLite are UTC)."""
    if value is None:
        return ""
    return as_utc(value).astimezone(ZoneInfo(timezone)).strftime("%Y-%m-%d %H:%M")


def local_date(value: dt.datetime, timezone: str = "Europe/Stockholm") -> dt.date:
    """Return the local day of a stored moment (naive values from SQLite are UTC): an upload just after
    midnight was dated the day before, its UTC day."""
    return as_utc(value).astimezone(ZoneInfo(timezone)).date()


FILTERS: dict[str, Any] = {
    "local_dt": format_local,
    "local_date": local_date,
    "date_sv": format_date_sv,
    "month_sv": format_month_sv,
    "target_sv": format_target_sv,
    "when_sv": format_when,
    "time_sv": format_time_sv,
    "meeting_label": meeting_label,
    "status_sv": lambda s: STATUS_SV.get(str(s), str(s)),
    "step_sv": lambda s: STEP_SV.get(str(s), str(s)),
    "kind_sv": lambda s: KIND_SV.get(str(s), str(s)),
    "online_sv": lambda s: "ja, digitalt deltagande" if s == "digital" else f"via {s}",
    "change_sv": lambda c: format_change(c.entity, c.field, c.old_value, c.new_value, c.entity_key),
    "percent": lambda f: f"{round((f or 0) * 100)} %",
}


# ---------------------------------------------------------------------------
# Queries.

def today() -> dt.date:
    """Return today's date in the calendar time zone (an app may inject PLANNER_NOW for tests)."""
    return _now().astimezone(ZoneInfo(app_settings().calendars.timezone)).date()


def visible_meetings() -> Any:
    return select(Meeting).where(Meeting.published.is_(True))


def visible_events() -> Any:
    return select(Event).where(Event.published.is_(True), Event.status != "deleted")


def carry_is_visible(carry: CarryItem) -> bool:
    """Return whether the public may see a carried item: its meeting of origin is published.

    An item postponed at a meeting that waits for a secretary's review is no more public than that meeting.
    """
    return carry.origin_meeting is None or carry.origin_meeting.published


def document_is_visible(session: Session, doc: Document) -> bool:
    """Return whether the public may read a set of minutes: a published meeting or event comes from it."""
    meeting = visible_meetings().where(or_(Meeting.document_id == doc.id, Meeting.source_document_id == doc.id,
                                           Meeting.change_document_id == doc.id))
    event = visible_events().where(or_(Event.document_id == doc.id, Event.change_document_id == doc.id))
    return session.scalars(meeting.limit(1)).first() is not None or \
        session.scalars(event.limit(1)).first() is not None


def next_meeting(session: Session, body: Body, day: dt.date, *, meetings: Any = None) -> Meeting | None:
    """Return the body's next meeting that is not cancelled: the first on or after `day`, where one the minutes
    gave only a month of counts from that month's first day ("april 2020, datum ej fastställt" is still ahead
    on 15 April; a dated meeting on its first day comes first).

    `meetings` is the query to pick from: by default the published meetings.
    """
    query = (visible_meetings() if meetings is None else meetings).where(
        Meeting.body_id == body.id, Meeting.status != MeetingStatus.CANCELLED)
    dated: Meeting | None = session.scalars(
        query.where(Meeting.date >= day).order_by(Meeting.date, Meeting.start).limit(1)).first()
    undated: Meeting | None = session.scalars(
        query.where(Meeting.date.is_(None), Meeting.month >= day.isoformat()[:7]).order_by(Meeting.month).limit(1)).first()
    if dated is None or undated is None or dated.date is None or undated.month is None:
        return dated or undated
    return undated if f"{undated.month}-01" < dated.date.isoformat() else dated


def get_body(session: Session, slug: str) -> Body:
    body = session.scalars(select(Body).where(Body.slug == slug)).first()
    if body is None:
        abort(404, description=f"Det finns inget organ med namnet ”{slug}”. Se listan på startsidan.")
    return body


def agenda_lines(session: Session, meeting: Meeting) -> tuple[str, list[dict[str, Any]]]:
    """Return (kind, lines) of the agenda to show: minutes, published agenda or a draft of carried items."""
    if meeting.items:
        return "minutes", [{"title": i.title, "note": STATUS_SV.get(i.status) if i.status != "handled" else None,
                            "number": i.number, "item": i} for i in meeting.items]
    draft = session.scalars(select(AgendaDraft).where(AgendaDraft.meeting_id == meeting.id)).first()
    if draft is not None and draft.published_at is not None:
        return "published", json.loads(draft.lines_json)
    from planner.agenda import draft_agenda_for_meeting

    agenda = draft_agenda_for_meeting(session, meeting)
    return "draft", [{"title": e.title, "note": e.note, "carry_id": e.carry_id} for e in agenda.entries]


def provenance(carry: CarryItem) -> str:
    """Return where a carried item came from: "Bordlades 2020-04-03, punkt 3"."""
    origin = carry.origin_meeting
    if origin is None or origin.date is None:
        return ""
    verb = {"postponed": "Bordlades", "returns": "Återkommer enligt beslut", "announced": "Aviserades"}.get(
        carry.reason, "Från")
    text = f"{verb} {origin.date.isoformat()}"
    return text + (f", punkt {carry.origin_item_number}" if carry.origin_item_number else "")


# ---------------------------------------------------------------------------
# Pages.

@bp.get("/")
def index() -> ResponseReturnValue:
    session = db_session()
    day = today()
    bodies = session.scalars(select(Body).order_by(Body.name)).all()
    rows = [(b, next_meeting(session, b, day)) for b in bodies]
    return render_template("index.html", rows=rows, today=day)


@bp.get("/organ/<slug>")
def body(slug: str) -> ResponseReturnValue:
    session = db_session()
    b = get_body(session, slug)
    day = today()
    meetings = session.scalars(visible_meetings().where(Meeting.body_id == b.id)).all()
    upcoming = sorted((m for m in meetings if (m.date or dt.date.max) >= day or (m.date is None and m.month)),
                      key=lambda m: (m.date or dt.date.max, m.month or ""))
    past = sorted((m for m in meetings if m.date is not None and m.date < day), key=lambda m: m.date, reverse=True)
    events = session.scalars(visible_events().where(Event.body_id == b.id, or_(Event.date >= day, Event.date.is_(None)))
                             .order_by(Event.date)).all()
    carried = session.scalars(select(CarryItem).where(CarryItem.body_id == b.id, CarryItem.state == CarryState.OPEN)
                              .order_by(CarryItem.id)).all()
    carried = [c for c in carried if carry_is_visible(c)]
    links = feed_links(app_settings().base_url, b.slug, b.name)
    return render_template("body.html", body=b, upcoming=upcoming, past=past, events=events, carried=carried,
                           links=links, provenance=provenance, today=day)


def _published_meeting(session: Session, meeting_id: int) -> Meeting:
    """The meeting of a public page, or 404 when there is none or it waits for review."""
    m = session.get(Meeting, meeting_id)
    if m is None or not m.published:
        abort(404, description="Mötet finns inte eller är inte publicerat ännu.")
    return m


@bp.get("/mote/<id:meeting_id>")
def meeting(meeting_id: int) -> ResponseReturnValue:
    session = db_session()
    m = _published_meeting(session, meeting_id)
    kind, lines = agenda_lines(session, m)
    return render_template("meeting.html", meeting=m, agenda_kind=kind, lines=lines,
                           placeholder_titles=PLACEHOLDER_TITLES, today=today())


@bp.get("/mote/<id:meeting_id>.ics")
def meeting_ics(meeting_id: int) -> ResponseReturnValue:
    """One meeting as an .ics file to import ("Lägg till i kalender"): the feeds' UID, so a calendar that
    also subscribes holds one copy; a coming meeting carries its agenda, as its reminder does."""
    from calendars.feeds import event_calendar
    from calendars.service import agenda_changed
    from notifications.content import agenda_lines as reminder_agenda
    from notifications.content import agenda_text

    session = db_session()
    m = _published_meeting(session, meeting_id)
    if m.date is None:
        abort(404, description="Mötets dag är inte känd ännu, bara månaden: det finns inget att lägga i en kalender.")
    coming = m.status == "planned" and m.date >= today()  # (a workshop meeting too, as in the feeds and mails)
    agenda = agenda_text(reminder_agenda(session, m)[0]) if coming else None
    # LAST-MODIFIED and DTSTAMP as in the feeds (a subscriber who imports the file sees one version).
    settings, now = app_settings(), _now()
    data = event_calendar(m, settings, now=now, agenda=agenda,
                          changed=agenda_changed(session, m, settings, now=now)).to_ical()
    name = attachment(f"mote-{m.body.slug}-{m.date.isoformat()}.ics", f"{m.body.name} {m.date.isoformat()}.ics")
    # content_type, not mimetype: Flask would add a second "; charset=utf-8" to a text type.
    return Response(data, content_type="text/calendar; charset=utf-8", headers={"Content-Disposition": name})


@bp.get("/manad")
@bp.get("/manad/<int:year>/<int:month>")
@bp.get("/organ/<slug>/manad/<int:year>/<int:month>")
def month(year: int | None = None, month: int | None = None, slug: str | None = None) -> ResponseReturnValue:
    session = db_session()
    day = today()
    year = day.year if year is None else year  # (/manad/0/1 is no page of this month)
    month = day.month if month is None else month
    if not 1 <= month <= 12 or not MONTH_PAGE_YEARS[0] <= year <= MONTH_PAGE_YEARS[1]:
        abort(404)
    b = get_body(session, slug) if slug else None
    weeks = month_grid(year, month)
    first, last = weeks[0][0], weeks[-1][-1]
    # A stay of several days shows on each of its days, also when it began before the grid's first day.
    mq = visible_meetings().where(Meeting.date <= last, func.coalesce(Meeting.end_date, Meeting.date) >= first)
    eq = visible_events().where(Event.date <= last, func.coalesce(Event.end_date, Event.date) >= first)
    if b is not None:
        mq, eq = mq.where(Meeting.body_id == b.id), eq.where(Event.body_id == b.id)
    by_day: dict[dt.date, list[dict[str, Any]]] = {}
    for m in session.scalars(mq.order_by(Meeting.start)).all():
        assert m.date is not None
        label = meeting_label(m)
        title = (label or m.body.name) if b is not None else m.body.name + (f": {label}" if label else "")
        for d in days_of(m.date, m.end_date, first, last):
            by_day.setdefault(d, []).append({"kind": m.kind, "title": title, "row": m,
                                             "url": url_for("planner.meeting", meeting_id=m.id)})
    for e in session.scalars(eq.order_by(Event.start)).all():
        assert e.date is not None
        for d in days_of(e.date, e.end_date, first, last):
            by_day.setdefault(d, []).append({"kind": e.kind, "title": e.title, "row": e, "url": None})
    key = f"{year:04d}-{month:02d}"
    undated_q = visible_meetings().where(Meeting.date.is_(None), Meeting.month == key)
    if b is not None:
        undated_q = undated_q.where(Meeting.body_id == b.id)
    undated: list[Meeting | Event] = list(session.scalars(undated_q).all())
    # Events known by their month only ("Konferensen hålls i juni"): listed with the meetings so.
    undated_events = visible_events().where(Event.date.is_(None), Event.month == key)
    if b is not None:
        undated_events = undated_events.where(Event.body_id == b.id)
    undated += session.scalars(undated_events.order_by(Event.title)).all()
    # The first and last month pages link no further: there is no page before or after them.
    before, after = shift_month(year, month, -1), shift_month(year, month, 1)
    prev_ = before if before[0] >= MONTH_PAGE_YEARS[0] else None
    next_ = after if after[0] <= MONTH_PAGE_YEARS[1] else None
    return render_template("month.html", weeks=weeks, by_day=by_day, year=year, month=month, body=b, undated=undated,
                           month_name=MONTHS_SV[month - 1], prev=prev_, next=next_, today=day,
                           weekdays=WEEKDAYS_SV)


@bp.get("/punkt/<id:carry_id>")
def carry(carry_id: int) -> ResponseReturnValue:
    session = db_session()
    c = session.get(CarryItem, carry_id)
    if c is None or not carry_is_visible(c):
        abort(404, description="Punkten finns inte.")
    # A later meeting that waits for review is not shown, nor what happened to the item there.
    steps = [s for s in c.steps if s.meeting is None or s.meeting.published]
    if not steps:  # older rows without a history: show where it came from
        steps = [CarryStep(kind="raised", meeting=c.origin_meeting, item_number=c.origin_item_number,
                           document_id=c.document_id, span_start=c.span_start, span_end=c.span_end)]
    return render_template("carry.html", carry=c, steps=steps, provenance=provenance)


@bp.get("/dokument/<id:document_id>")
def document(document_id: int) -> ResponseReturnValue:
    session = db_session()
    doc = session.get(Document, document_id)
    if doc is None or not document_is_visible(session, doc):
        abort(404, description="Dokumentet finns inte eller är inte publicerat ännu.")
    start = request.args.get("fran", type=int)
    end = request.args.get("till", type=int)
    if start is not None and end is not None and 0 <= start < end <= len(doc.text):
        segments = highlight_segments(doc.text, [(start, end, "källa", "kalla")])
    else:
        segments = [Segment(doc.text)]
    meetings = session.scalars(visible_meetings().where(Meeting.document_id == doc.id)).all()
    return render_template("document.html", doc=doc, segments=segments, meetings=meetings)


@bp.route("/prenumerera", methods=["GET", "POST"])
def subscribe() -> ResponseReturnValue:
    """Ask for reminders about one body, every body of an organisation, or all of them ("alla")."""
    session = db_session()
    bodies = session.scalars(select(Body).order_by(Body.name)).all()
    organisations = session.scalars(select(Organisation).where(Organisation.id.in_(select(Body.organisation_id)))
                                    .order_by(Organisation.name)).all()
    chosen = request.values.get("organ", "")
    error = None
    if request.method == "POST":
        email = request.form.get("epost", "").strip()
        if not chosen:
            error = NO_BODY_CHOSEN
        elif "@" not in email or len(email) > 254 or any(ch.isspace() for ch in email):
            error = BAD_ADDRESS
        else:
            error = _start_subscription(session, email, chosen)
            if error is None:
                return redirect(url_for("planner.subscribe_sent"))
    # The field the message is about names it (a mail server that is down is no fault of either).
    error_field = {NO_BODY_CHOSEN: "organ", BAD_ADDRESS: "epost"}.get(error or "")
    return render_template("subscribe.html", bodies=bodies, organisations=organisations, chosen=chosen,
                           error=error, error_field=error_field,
                           email=request.form.get("epost", "")), (400 if error else 200)


@bp.get("/prenumerera/skickat")
def subscribe_sent() -> ResponseReturnValue:
    from notifications.subscriptions import CONFIRM_DAYS

    return render_template("subscribe_sent.html", valid_days=CONFIRM_DAYS)


@bp.route("/avregistrera", methods=["GET", "POST"])
def unsubscribe() -> ResponseReturnValue:
    error = None
    if request.method == "POST":
        email = request.form.get("epost", "").strip()
        if "@" not in email:
            error = "Ange den e-postadress som du prenumererar med."
        else:
            error = _request_unsubscribe(db_session(), email)
            if error is None:
                flash("Om adressen prenumererar har vi skickat en länk för att avsluta prenumerationen.")
                return redirect(url_for("planner.unsubscribe"))
    return render_template("unsubscribe.html", error=error,
                           email=request.form.get("epost", "")), (400 if error else 200)


# The mail server did not take the confirmation mail: say so. The subscription was committed as
# pending before the mail went (its link must work at once); it stays pending, and trying again
# sends a new confirmation.
MAIL_DOWN = "Vi kunde inte skicka e-post just nu. Försök igen om en stund."


NO_BODY_CHOSEN = "Välj vilket organ du vill få påminnelser om."
BAD_ADDRESS = "Ange en giltig e-postadress, till exempel namn@kommun.se."


def _start_subscription(session: Session, email: str, scope: str) -> str | None:
    """Start the double opt-in of the notifications package; return a Swedish error or None."""
    try:
        from notifications import subscriptions
    except ModuleNotFoundError:
        return "E-postpåminnelser är inte tillgängliga ännu."
    try:
        subscriptions.subscribe_from_web(session, email, scope, settings=app_settings(), now=_now())
        session.commit()
    except subscriptions.ScopeNotFound:
        session.rollback()
        return NO_BODY_CHOSEN
    except ValueError:
        session.rollback()
        return BAD_ADDRESS
    except SendError:
        session.rollback()
        return MAIL_DOWN
    return None


def _request_unsubscribe(session: Session, email: str) -> str | None:
    try:
        from notifications import subscriptions
    except ModuleNotFoundError:
        return "E-postpåminnelser är inte tillgängliga ännu."
    try:
        subscriptions.request_unsubscribe_from_web(session, email, settings=app_settings(), now=_now())
        session.commit()
    except ValueError:
        session.rollback()
        return "Ange den e-postadress som du prenumererar med."
    except SendError:
        session.rollback()
        return MAIL_DOWN
    return None


def _now() -> dt.datetime:
    now = current_app.config.get("PLANNER_NOW")
    result: dt.datetime = now() if callable(now) else dt.datetime.now(dt.UTC)
    return result
