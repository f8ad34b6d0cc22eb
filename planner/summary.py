"""Render an extraction as a short readable summary (Swedish labels) for `planner extract`."""

from __future__ import annotations

from planner.extract.model import Extraction

_STATUS_SV = {"handled": "behandlad", "postponed": "uppskjuten", "returns": "återkommer", "referred": "hänvisad"}


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
                status += f" -> {it.target.when}"
            if status:
                status += "]"
            out.append(f"  {num}{it.title}{status}")
    if ex.carry:
        out.append("")
        out.append("Till kommande möte:")
        for c in ex.carry:
            out.append(f"  - {c.title} (punkt {c.from_item or '-'}, {c.reason}, {c.when or 'ej bestämt'})")
    if ex.next_meeting:
        out.append("")
        out.append(f"Nästa möte: {ex.next_meeting}")
    if ex.events:
        out.append("")
        out.append("Kommande händelser:")
        for e in ex.events:
            time = f" {e.start}-{e.end}" if e.start else ""
            where = f", {e.venue}" if e.venue else (f", {e.online}" if e.online else "")
            until = f"–{e.end_date}" if e.end_date else ""
            out.append(f"  {e.date}{until}{time} [{e.kind}] {e.title}{where}")
    return "\n".join(out)
