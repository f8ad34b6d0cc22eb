"""Shortcuts of the events step give what the plain scans give.

Each test compares a shortcut of `events.py` or `dates.py` with the plain code it stands for, on
the seeds, the dev and held-out documents and made-up edge cases (see test_scan_shortcuts.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from planner.extract import events as E
from planner.extract.text import Line, minutes_from_text, read_minutes

ROOT = Path(__file__).resolve().parents[2]
DOCS = sorted([*(ROOT / "seeds").glob("*.txt"), *(ROOT / "tests/data/dev/docs").iterdir(),
               *(ROOT / "tests/data/extra/docs").iterdir()])
EDGE_LINES = [
    "Nästa möte", "NÄSTA MÖTE", "nästa möte", "Kommande sammanträden:", "Möten", "Mötesdatum 2022", "Next meeting",
    "Nya tider", "Följande datum:", "Träffas", "Sammanträder", "N\u0307ästa möte", "\u212aommande möten", "İnget",
    "\\section{Nästa möte}", "  \\subsection*{Övrigt}", "# Rubrik", "   ## Övrigt", "#hashtag mitt i", "**Fetstil**",
    "__Understruket__", "  **Indragen fetstil:**", "§ 4 Val av justerare", "12. Ekonomi", "٣. Siffra", "6 Jul 2026 (6/7)",
    "Ekonomi:", "Ekonomi:  ", "Ekonomi och en mycket lång rad som slutar med kolon efter fyrtio tecken:",
    "Ekonomi " + " " * 50, "\tTabbad rad", "\u2003Em-mellanslag", "= Typst", "== Nästa Pull Request", ":: kolon",
    "* punkt", "- Nästa möte", "(Nästa möte)", "Övrigt", "Å", "A", "", " ", "Xy", "Sa", "Ta", "Fö", "Mö",
]


def _docs() -> list[tuple[str, list[str], tuple[Line, ...]]]:
    out = []
    for p in DOCS:
        doc = read_minutes(p) if p.suffix != ".txt" else minutes_from_text(p.read_text(encoding="utf-8-sig"), p.name)
        out.append((p.name, E._Doc(doc).raw, doc.lines))
    edge = minutes_from_text("\n".join(EDGE_LINES), "edge.txt")
    out.append(("edge", E._Doc(edge).raw, edge.lines))
    # Raw lines that differ from their cleaned text: marks the cleaning drops.
    raw = [f"**{x}**" if k % 3 == 0 else f"# {x}" if k % 3 == 1 else f"  {x}" for k, x in enumerate(EDGE_LINES)]
    out.append(("marked", raw, edge.lines))
    return out


DOC_LINES = _docs()


@pytest.mark.parametrize(("name", "raw", "lines"), DOC_LINES, ids=[d[0] for d in DOC_LINES])
def test_heading_lines_find_every_heading(name: str, raw: list[str], lines: tuple[Line, ...]) -> None:
    plain = [(k, t) for k, ln in enumerate(lines) if (t := E._heading(raw[k], ln.text)) is not None]
    assert list(E._heading_lines(lines, raw)) == plain


def test_heading_lines_skip_most_lines() -> None:
    skipped = sum(1 for _, raw, lines in DOC_LINES[:5] for k, ln in enumerate(lines)
                  if E._MAYBE_HEADING.match(ln.text) is None)
    assert skipped > 250
