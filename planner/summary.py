"""Render an extraction as a short readable summary (Swedish labels) for `planner extract`."""

from __future__ import annotations

from planner.extract.model import Extraction
from planner.swedish import KIND_SV, format_target_sv

_STATUS_SV = {"handled": "behandlad", "postponed": "uppskjuten", "returns": "återkommer", "referred": "hänvisad"}
_REASON_SV = {"postponed": "uppskjuten", "returns": "återkommer", "announced": "aviserad"}


def render_summary(ex: Extraction) -> str:
    """Return a plain-text summary of an extraction."""
    m = ex.meeting
    out = [f"Organ: {m.body or '-'}", f"Datum: {m.date or '-'}"]
    if m.start or m.end:
        out.append(f"Tid: {m.start or '?'}-{m.end or '?'}")
    if m.venue:
        out.append(f"Plats: {m.venue}")
    if m.online:
        out.append(f"Digitalt: {m.online}")
    if m.reference:
        out.append(f"Dnr: {m.reference}")
    out.append(f"Närvarande: {len(m.present)}, frånvarande: {len(m.absent)}")
    if ex.items:
        out.append("")
        out.append("Punkter:")
        for it in ex.items:
            num = f"{it.number}. " if it.number else "- "
            status = "" if it.status == "handled" else f" [{_STATUS_SV[str(it.status)]}"
            if status and it.target.when:
                status += f" {format_target_sv(it.target.when)}"
            if status:
                status += "]"
            out.append(f"  {num}{it.title}{status}")
    if ex.carry:
        out.append("")
        out.append("Till kommande möte:")
        for c in ex.carry:
            when = format_target_sv(c.when) or "tidpunkt ej bestämd"
            out.append(f"  - {c.title} (punkt {c.from_item or '-'}, {_REASON_SV.get(str(c.reason), c.reason)}, {when})")
    if ex.next_meeting:
        out.append("")
        out.append(f"Nästa möte: {ex.next_meeting}")
    if ex.events:
        out.append("")
        out.append("Kommande händelser:")
        for e in ex.events:
            time = f" {e.start}-{e.end}" if e.start else ""
            place = e.venue or e.online or ""
            where = f", {place}" if place and place.casefold() not in e.title.casefold() else ""  # named in the title
            until = f"–{e.end_date}" if e.end_date else ""
            kind = KIND_SV.get(str(e.kind), str(e.kind)).lower()
            out.append(f"  {e.date}{until}{time} [{kind}] {e.title}{where}")
    return "\n".join(out)
