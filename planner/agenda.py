"""Draft the next meeting's agenda (dagordning) of a body from what the planner holds.

`draft_agenda_for_meeting(session, meeting)` reads only what the draft needs: the last few held
meetings' items (for the recurring opening and closing items), the body's open carried items,
and deadlines before the meeting. `render_agenda(agenda, "md" | "html" | "docx")` writes it in
Swedish; docx gives the bytes of a Word document (python-docx).
"""

from __future__ import annotations

import calendar
import datetime as dt
import html
import io
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from planner.carry import CARRIED_STATUSES, is_due
from planner.errors import PlannerError
from planner.store import AgendaItem, Body, CarryItem, CarryState, CarryStep, Event, Meeting, MeetingStatus
from planner.swedish import format_times_sv, format_when_sv
from planner.webmodels import AgendaDraft
from planner.words_match import title_words

FORMATS = ("md", "html", "docx")
# Items that open or close a meeting whatever its business (matched at the start of a title). Words
# that also begin business ("justering av avgifterna", "ekonomi") are not here.
PROCEDURAL = (
    "incheckning", "utcheckning", "föregående mötesanteckningar", "föregående protokoll",
    "föregående mötesprotokoll", "föregående mötes protokoll", "föregående minnesanteckningar",
    "tidigare minnesanteckningar", "genomgång av föregående", "godkännande av föregående",
    "godkännande av dagordning", "fastställande av dagordning", "dagordning", "förslag till dagordning",
    "fastställande av föredragningslista", "godkännande av föredragningslista", "föredragningslista",
    "mötets öppnande", "mötet öppnas", "mötet öppnades", "öppnande", "sammanträdets öppnande",
    "sammanträdet öppnas", "ordförande förklarar", "välkommen", "upprop", "närvaro",
    "sammanträdets laglighet", "laglighet och beslutförhet", "mötets behörig", "mötets stadgeenliga",
    "val av justerare", "val av protokolljusterare", "val av justeringsperson", "val av justeringsm",
    "val av två justeringsmän", "val av sekreterare", "val av mötessekreterare", "val av mötesordförande",
    "val av ordförande för mötet", "val av mötesfunktionärer", "justering av protokoll",
    "justering av dagens protokoll", "protokolljustering", "protokollsjustering",
    "övrigt", "övriga frågor", "övriga ärenden", "nästa möte", "nästa sammanträde", "nästa styrelsemöte",
    "mötets avslutande", "sammanträdets avslutande", "avslut", "mötet avslutas", "mötet avslutades",
    "utvärdering av mötet",
)
RECENT = 3  # held meetings looked at for recurring items
EDGE = 4  # how many first and last points may be opening and closing items
NO_ENTRIES = "Inga punkter ännu."  # what an agenda without points says, in every format
CANCELLED = "Mötet är inställt."  # what a cancelled meeting's agenda says under its heading, in every format
CANCELLED_PREFIX = "INSTÄLLT: "  # as the feeds and the mails begin a cancelled meeting's title


@dataclass(frozen=True, slots=True)
class AgendaEntry:
    """One numbered point of the draft; `note` says where it came from."""

    number: int
    title: str
    section: str  # opening | carried | announced | deadline | closing
    note: str | None = None
    carry_id: int | None = None
    event_id: int | None = None


@dataclass(frozen=True, slots=True)
class Agenda:
    """A draft agenda for one meeting of a body."""

    body: str
    body_slug: str
    meeting_id: int | None
    meeting_uid: str | None
    date: dt.date | None
    month: str | None
    start: dt.time | None
    end: dt.time | None
    venue: str | None
    online: str | None
    kind: str
    theme: str | None
    tentative: bool
    entries: tuple[AgendaEntry, ...]
    published: bool = False  # the secretary published it: no longer a draft
    cancelled: bool = False  # the meeting will not be held, whatever the agenda's state

    @property
    def subtitle(self) -> str | None:
        """Return the line under the heading: the meeting is cancelled, the agenda is a draft, or None."""
        if self.cancelled:
            return CANCELLED
        return None if self.published else "Utkast till dagordning"

    @property
    def when_text(self) -> str:
        """Return the date in Swedish: "fredag 8 maj 2020" or "juni 2020, datum ej fastställt"."""
        text = format_when_sv(self.date, month=self.month)
        return text + " (preliminärt)" if self.tentative and self.date is not None else text

    @property
    def time_text(self) -> str | None:
        return format_times_sv(self.start, self.end) or None

    @property
    def place_text(self) -> str | None:
        if self.venue and self.online:
            return f"{self.venue} och digitalt" + ("" if self.online == "digital" else f" via {self.online}")
        if self.venue:
            return self.venue
        if self.online:
            return "digitalt möte" if self.online == "digital" else f"digitalt via {self.online}"
        return None

    @property
    def heading(self) -> str:
        kind = "workshop" if self.kind == "workshop" else "möte"
        heading = f"Dagordning – {self.body}, {kind} {self.when_text}"
        return CANCELLED_PREFIX + heading if self.cancelled else heading


def _first_day(meeting: Meeting) -> dt.date:
    if meeting.date is not None:
        return meeting.date
    assert meeting.month is not None
    return dt.date.fromisoformat(meeting.month + "-01")


def _last_day(meeting: Meeting) -> dt.date:
    if meeting.date is not None:
        return meeting.date
    start = _first_day(meeting)
    return start.replace(day=calendar.monthrange(start.year, start.month)[1])


def next_meeting(session: Session, body: Body, after: dt.date) -> Meeting | None:
    """Return the body's first planned meeting after `after` (a month-only one counts from its month)."""
    month = after.isoformat()[:7]
    query = select(Meeting).where(
        Meeting.body_id == body.id, Meeting.status == MeetingStatus.PLANNED,
        or_(Meeting.date > after, and_(Meeting.date.is_(None), Meeting.month > month)),
    )
    dated = session.scalar(query.where(Meeting.date.is_not(None)).order_by(Meeting.date).limit(1))
    undated = session.scalar(query.where(Meeting.date.is_(None)).order_by(Meeting.month).limit(1))
    candidates = [m for m in (dated, undated) if m is not None]
    return min(candidates, key=lambda m: (_first_day(m), m.date is None), default=None)


def draft_next_agenda(session: Session, body: Body, *, after: dt.date | None = None,
                      on: dt.date | None = None) -> Agenda:
    """Draft the agenda of the body's next planned meeting.

    `on` picks the meeting on that day (or a month-only one in its month); `after` the first
    planned one after that day; with neither, the first after the body's latest held meeting.
    """
    meeting = None
    if on is not None:
        meeting = session.scalar(select(Meeting).where(
            Meeting.body_id == body.id, Meeting.status != MeetingStatus.CANCELLED,
            or_(Meeting.date == on, and_(Meeting.date.is_(None), Meeting.month == on.isoformat()[:7]))).limit(1))
        # The day before (`--date 0001-01-01` has none: date arithmetic overflowed, a traceback).
        after = after or (on - dt.timedelta(days=1) if on > dt.date.min else dt.date.min)
    if meeting is None:
        if after is None:
            after = session.scalar(select(Meeting.date).where(Meeting.body_id == body.id,
                                                              Meeting.status == MeetingStatus.HELD)
                                   .order_by(Meeting.date.desc()).limit(1)) or dt.date.min
        meeting = next_meeting(session, body, after)
    if meeting is None:
        # Named as asked: `--date 2030-01-01` said "after 2029-12-31", and a body with no held meeting "after 0001-01-01".
        if on is not None:
            wanted = f" on or after {on.isoformat()}"
        elif after is not None and after > dt.date.min:
            wanted = f" after {after.isoformat()}"
        else:
            wanted = ""
        raise PlannerError(f"{body.name}: no planned meeting{wanted}")
    return draft_agenda_for_meeting(session, meeting)


def _number_key(number: str | None) -> tuple[int, ...]:
    parts = [p for p in (number or "").split(".") if p.isdigit()]
    return tuple(int(p) for p in parts) or (10**6,)


def is_procedural(title: str) -> bool:
    """Tell whether an item opens or closes a meeting whatever its business ("Val av justerare")."""
    lowered = title.strip().lower()
    return any(lowered.startswith(p) for p in PROCEDURAL)


def _recurring(session: Session, meeting: Meeting, before: dt.date) -> tuple[list[str], list[str]]:
    """Return the opening and closing items the body's recent minutes repeat."""
    recent = list(session.scalars(
        select(Meeting.id).where(Meeting.body_id == meeting.body_id, Meeting.status == MeetingStatus.HELD,
                                 Meeting.date < before).order_by(Meeting.date.desc()).limit(RECENT)))
    if not recent:
        return [], []
    rows = session.execute(select(AgendaItem.meeting_id, AgendaItem.title, AgendaItem.status)
                           .where(AgendaItem.meeting_id.in_(recent))
                           .order_by(AgendaItem.meeting_id, AgendaItem.position)).all()
    by_meeting: dict[int, list[tuple[str, str]]] = {}
    for meeting_id, title, status in rows:
        by_meeting.setdefault(meeting_id, []).append((title, status))
    latest = by_meeting.get(recent[0], [])
    # An item put forward comes back as a carried item when it is due, saying where it came from:
    # meeting after meeting of it is no sign of a standing item.
    seen = [{title_words(t) or frozenset([t.lower()]) for t, status in by_meeting.get(i, [])
             if status not in CARRIED_STATUSES} for i in recent[1:]]

    def recurring(title: str, status: str) -> bool:
        if status in CARRIED_STATUSES:
            return False
        key = title_words(title) or frozenset([title.lower()])
        return is_procedural(title) or any(key in s for s in seen)

    # Opening items sit among the first few points, closing items among the last few.
    edge = min(EDGE, len(latest) // 2)
    opening = [t for t, status in latest[:edge] if recurring(t, status)]
    closing = [t for t, status in latest[len(latest) - edge:] if recurring(t, status)] if edge else []
    return opening, closing


def _tabled_later(carry: CarryItem) -> bool:
    """Whether a carried item was put off at a meeting after the one it was raised at (a tabled item's own
    first postponement is its raising)."""
    return carry.times_postponed > (1 if carry.reason == "postponed" else 0)


def _provenance(carry: CarryItem, origin: dt.date, last: CarryStep | None, last_date: dt.date | None,
                missed: dt.date | None) -> str:
    number = f", punkt {carry.origin_item_number}" if carry.origin_item_number else ""
    if carry.reason == "returns":
        text = f"Återkommer enligt beslut {origin.isoformat()}{number}"
    elif carry.reason == "announced":
        text = f"Aviserades {origin.isoformat()}{number}"
    else:
        text = f"Bordlades {origin.isoformat()}{number}"
    # An item put off at a later meeting says so, whatever it was raised as: one that was to return
    # (or was announced) and then was tabled is not shown as coming straight from its first decision.
    if _tabled_later(carry) and last is not None and last_date is not None and last_date > origin:
        again = f", punkt {last.item_number}" if last.item_number else ""
        verb = "bordlades igen" if carry.reason == "postponed" else "bordlades"
        count = f" ({carry.times_postponed} gånger)" if carry.times_postponed > 1 else ""
        text += f"; {verb} {last_date.isoformat()}{again}{count}"
    if missed is not None:
        text += f"; ej behandlad {missed.isoformat()}"
    return text


def draft_agenda_for_meeting(session: Session, meeting: Meeting) -> Agenda:
    """Draft the agenda of one meeting: recurring items, carried items, announced topics, deadlines."""
    body = session.get_one(Body, meeting.body_id)
    first, last = _first_day(meeting), _last_day(meeting)
    opening, closing = _recurring(session, meeting, first)
    origin = select(Meeting.date).where(Meeting.id == CarryItem.origin_meeting_id).scalar_subquery()
    carries = session.execute(
        select(CarryItem, origin.label("origin_date")).where(
            CarryItem.body_id == meeting.body_id, CarryItem.state == CarryState.OPEN)
        .order_by(CarryItem.id)).all()
    due = sorted(((c, d) for c, d in carries if d is not None and d < first
                  and (is_due(c.when, c.last_date or d, last) or c.target_meeting_id == meeting.id)),
                 key=lambda cd: (cd[1], _number_key(cd[0].origin_item_number), cd[0].id))
    # The last postponement and the first meeting that passed without the item, for provenance.
    steps: dict[int, tuple[CarryStep, dt.date | None]] = {}
    missed: dict[int, dt.date] = {}
    wanted = [c.id for c, _ in due if _tabled_later(c) or c.not_handled]
    if wanted:
        rows = session.execute(select(CarryStep, Meeting.date).join(Meeting, CarryStep.meeting_id == Meeting.id)
                               .where(CarryStep.carry_id.in_(wanted), CarryStep.kind.in_(("postponed", "not_handled")))
                               .order_by(CarryStep.id)).all()
        for found, date in rows:
            if found.kind == "postponed":
                steps[found.carry_id] = (found, date)
            elif date is not None and date < first:
                missed.setdefault(found.carry_id, date)
    previous = session.scalar(select(Meeting.date).where(Meeting.body_id == meeting.body_id,
                                                         Meeting.status == MeetingStatus.HELD, Meeting.date < first)
                              .order_by(Meeting.date.desc()).limit(1))
    deadlines = session.scalars(select(Event).where(
        Event.body_id == meeting.body_id, Event.kind == "deadline", Event.status != MeetingStatus.CANCELLED,
        Event.date <= last, Event.date > (previous or dt.date.min)).order_by(Event.date)).all()
    entries: list[AgendaEntry] = []

    def add(title: str, section: str, note: str | None = None, **ids: int | None) -> None:
        entries.append(AgendaEntry(len(entries) + 1, title, section, note, **ids))

    for title in opening:
        add(title, "opening")
    for carry, origin_date in due:
        if carry.reason != "announced":
            step: CarryStep | None = None
            step_date: dt.date | None = None
            if carry.id in steps:
                step, step_date = steps[carry.id]
            note = _provenance(carry, origin_date, step, step_date, missed.get(carry.id))
            add(carry.title, "carried", note, carry_id=carry.id)
    for carry, origin_date in due:
        # A topic announced for a meeting that passed without it is not carried on by itself.
        if carry.reason == "announced" and carry.id not in missed:
            step, step_date = steps.get(carry.id, (None, None))
            add(carry.title, "announced", _provenance(carry, origin_date, step, step_date, None), carry_id=carry.id)
    for event in deadlines:
        assert event.date is not None
        add(f"{event.title} (sista dag {event.date.isoformat()})", "deadline", "Tidsfrist före mötet",
            event_id=event.id)
    for title in closing:
        add(title, "closing")
    return Agenda(
        body=body.name, body_slug=body.slug, meeting_id=meeting.id, meeting_uid=meeting.uid, date=meeting.date,
        month=meeting.month, start=meeting.start, end=meeting.end, venue=meeting.venue, online=meeting.online,
        kind=meeting.kind, theme=meeting.theme, tentative=meeting.tentative, entries=tuple(entries),
        cancelled=meeting.status == MeetingStatus.CANCELLED,
    )


# --- rendering ---------------------------------------------------------------------------------

# Control characters (a title typed into the API or the agenda editor may hold any) and line breaks:
# a Word document cannot hold the former at all (XML 1.0), and a line break inside a Markdown list
# item starts a paragraph, or with "2. ..." a new numbered point, of its own.
_BREAKS = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\ufffe\uffff\ud800-\udfff]+")


def published_agendas(session: Session, meeting_ids: Iterable[int]) -> dict[int, list[tuple[str, str | None]]]:
    """Return the agendas secretaries published (fastställd dagordning) for these meetings, as (title, note) lines
    by meeting id; a meeting with none published is left out (its agenda is the planner's draft)."""
    ids = list(meeting_ids)
    if not ids:
        return {}
    rows = session.execute(select(AgendaDraft.meeting_id, AgendaDraft.lines_json).where(
        AgendaDraft.meeting_id.in_(ids), AgendaDraft.published_at.is_not(None)))
    return {meeting_id: [(one_line(str(x.get("title") or "")), one_line(x["note"]) if x.get("note") else None)
                         for x in json.loads(lines) if isinstance(x, dict)]
            for meeting_id, lines in rows}


def one_line(text: str) -> str:
    """Return text as one line: control characters and line breaks become spaces, runs of spaces one."""
    return " ".join(_BREAKS.sub(" ", text).split())


def _facts(agenda: Agenda) -> list[tuple[str, str]]:
    facts = [("Datum", agenda.when_text)]
    if agenda.time_text:
        facts.append(("Tid", agenda.time_text))
    if agenda.place_text:
        facts.append(("Plats", agenda.place_text))
    if agenda.kind == "workshop":
        facts.append(("Form", "workshop"))
    if agenda.theme:
        facts.append(("Tema", agenda.theme))
    return [(key, one_line(value)) for key, value in facts]


def _entries(agenda: Agenda) -> list[tuple[int, str, str | None]]:
    """Return each entry's number, title and note as the renderers write them (one line each)."""
    return [(e.number, one_line(e.title), one_line(e.note) if e.note else None) for e in agenda.entries]


# CommonMark's markup inside a line (emphasis, code, links, raw HTML, strikethrough, a trailing hard break)
# and an entity reference ("&amp;"), and at the start of a block: a heading, a quote, a bullet or a number
# that opens a list of its own ("2021. Verksamhetsplan" inside point 3).
_MD_INLINE = re.compile(r"[\\`*_\[\]<>~]")
_MD_ENTITY = re.compile(r"&(?=#?[0-9A-Za-z]+;)")
_MD_BLOCK = re.compile(r"^(?:[#+-]|(\d{1,9})[.)])")


def markdown_text(text: str) -> str:
    """Return one line of text escaped so that a Markdown reader shows it as written (pure)."""
    escaped = _MD_ENTITY.sub(r"\\&", _MD_INLINE.sub(lambda m: "\\" + m.group(), text))
    return _MD_BLOCK.sub(lambda m: f"{m.group(1)}\\{m.group()[-1]}" if m.group(1) else "\\" + m.group(), escaped)


def render_markdown(agenda: Agenda) -> str:
    """Render the draft as Markdown; what the agenda holds is text, never markup."""
    md = markdown_text
    lines = [f"# {md(one_line(agenda.heading))}", ""]
    if agenda.subtitle:
        mark = "**" if agenda.cancelled else "*"
        lines += [f"{mark}{agenda.subtitle}{mark}", ""]
    lines += [f"**{k}:** {md(v)}  " for k, v in _facts(agenda)]
    lines.append("")
    for number, title, note in _entries(agenda):
        lines.append(f"{number}. {md(title)}")
        if note:
            lines.append(f"   *{md(note)}*")
    if not agenda.entries:
        lines.append(f"*{NO_ENTRIES}*")
    return "\n".join(lines) + "\n"


def render_html(agenda: Agenda) -> str:
    """Render the draft as a standalone HTML page."""
    esc = html.escape
    facts = "".join(f"<dt>{esc(k)}</dt><dd>{esc(v)}</dd>" for k, v in _facts(agenda))
    items = "".join(
        f"<li>{esc(title)}" + (f'<br><small class="provenance">{esc(note)}</small>' if note else "") + "</li>"
        for _number, title, note in _entries(agenda)
    )
    heading = one_line(agenda.heading)
    return (
        '<!DOCTYPE html>\n<html lang="sv"><head><meta charset="utf-8">'
        f"<title>{esc(heading)}</title></head><body>"
        f"<h1>{esc(heading)}</h1>"
        + (_html_subtitle(agenda) if agenda.subtitle else "") + f"<dl>{facts}</dl>"
        + (f"<ol>{items}</ol>" if items else f"<p>{NO_ENTRIES}</p>") + "</body></html>\n"
    )


def _html_subtitle(agenda: Agenda) -> str:
    tag = "strong" if agenda.cancelled else "em"
    return f"<p><{tag}>{html.escape(agenda.subtitle or '')}</{tag}></p>"


def _swedish_document(document: Any, title: str, now: dt.datetime | None) -> None:
    """Make python-docx's template a Swedish document of ours: the language of its text (the spelling
    checker's, else en-US) and its file properties (else author "python-docx", made 2013-12-23)."""
    from docx.oxml.ns import qn

    for lang in document.styles.element.iter(qn("w:lang")):
        lang.set(qn("w:val"), "sv-SE")
        lang.set(qn("w:eastAsia"), "sv-SE")
    for lang in document.settings.element.iter(qn("w:themeFontLang")):
        lang.set(qn("w:val"), "sv-SE")
    props = document.core_properties
    props.title = title
    props.language = "sv-SE"
    props.author = "Forumplaneraren"
    props.comments = ""
    if now is not None:
        props.created = props.modified = now.astimezone(dt.UTC)
    else:  # no time given: no date rather than the template's (python-docx cannot unset one: the XML can)
        core = next(p.element for p in document.part.package.iter_parts() if p.partname == "/docProps/core.xml")
        for name in ("dcterms:created", "dcterms:modified"):
            for element in core.findall(qn(name)):
                core.remove(element)


def render_docx(agenda: Agenda, *, now: dt.datetime | None = None) -> bytes:
    """Render the draft as a Word document (python-docx) and return its bytes; `now` is when it was made."""
    import docx

    document = docx.Document()
    heading = one_line(agenda.heading)
    _swedish_document(document, heading, now)
    document.add_heading(heading, level=1)
    if agenda.subtitle:
        run = document.add_paragraph().add_run(agenda.subtitle)
        if agenda.cancelled:
            run.bold = True
        else:
            run.italic = True
    for key, value in _facts(agenda):
        paragraph = document.add_paragraph()
        paragraph.add_run(f"{key}: ").bold = True
        paragraph.add_run(value)
    for _number, title, note in _entries(agenda):
        paragraph = document.add_paragraph(style="List Number")
        paragraph.add_run(title)
        if note:
            paragraph.add_run("\n" + note).italic = True
    if not agenda.entries:
        document.add_paragraph(NO_ENTRIES)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def render_agenda(agenda: Agenda, format: str = "md", *, now: dt.datetime | None = None) -> str | bytes:
    """Render a draft agenda as "md", "html" (str) or "docx" (bytes); `now` dates the Word document."""
    if format == "md":
        return render_markdown(agenda)
    if format == "html":
        return render_html(agenda)
    if format == "docx":
        return render_docx(agenda, now=now)
    raise PlannerError(f"unknown agenda format {format!r}, expected one of {', '.join(FORMATS)}")
