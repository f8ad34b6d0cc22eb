"""Shortcuts of the events step give what the plain scans give.

Each test compares a shortcut of `events.py` or `dates.py` with the plain code it stands for, on
the seeds, the dev and held-out documents and made-up edge cases (see test_scan_shortcuts.py).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from planner.extract import dates as D
from planner.extract import events as E
from planner.extract.readers import read_minutes
from planner.extract.text import Line, minutes_from_text

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


EDGE_TEXTS = [
    "den 31 april och 2021-02-30, men 2020-02-29 och 30 februari 2021 samt 29 februari 2023",
    "Fredag den 31 juni, tisdag 2022-13-01, 2022-04-31 – 2022-05-02 och 31/4",
    "٣1 april, 31 april 2020, 2021/02/29, 2020.02.30, 1 maj - 31 april",
    "İNGET DATUM", "",
]


def _clean_texts() -> list[str]:
    return [(read_minutes(p) if p.suffix != ".txt" else minutes_from_text(p.read_text(encoding="utf-8-sig"),
                                                                          p.name)).clean for p in DOCS]


CLEAN = _clean_texts() + EDGE_TEXTS


@pytest.mark.parametrize("text", CLEAN, ids=range(len(CLEAN)))
def test_dates_and_impossible_dates_from_one_reading(text: str) -> None:
    after = date(2021, 5, 1)
    low = D.lower_text(text)
    plain = (D.find_dates(text, after=after), D.find_impossible_dates(text))
    assert D.find_dates_and_impossible(text, after=after) == plain
    assert D.find_dates_and_impossible(text, after=after, low=low) == plain


def test_blank_leads_end_in_a_blank() -> None:
    # `_hit` looks for a lead of `_BLANK_BACKS` only after a blank: everywhere else none is found.
    texts = [t for t in CLEAN[:5] + EDGE_TEXTS] + ["fredag den\t4 maj, tis. 3/4, i\u2003mars, nästa\xa0fredag, den,4 maj"]
    for text in texts:
        low = D.lower_text(text)
        for s in range(len(low) + 1):
            if s and low[s - 1].isspace():
                continue
            for back in D._BLANK_BACKS:
                assert back.search(low, max(0, s - 32), s) is None, (back.pattern[:30], low[max(0, s - 32):s])


ORDINAL_TEXTS = [
    "första maj, andra och 3:e juni, tredje - 4th july, femte eller den 6 augusti, sjunde–8. september",
    "tjugoförsta t.o.m. den trettioförsta december, elfte\n\n  oktober, tolfte/13 november, 2:a och 3:a mars",
    "i maj, den 3 maj, andra maj\u2003och fjärde\u3000april, sjätte ٣ maj, 1st and 2nd may, första  \t jan",
]


@pytest.mark.parametrize("text", CLEAN[:5] + EDGE_TEXTS + ORDINAL_TEXTS)
def test_ordinal_starts_hold_every_ordinal_date(text: str) -> None:
    low = D.lower_text(text)
    months = D.starts_of(low, D._MONTH_PREFIXES)
    plain = {s for s in range(len(low)) if D._TEXTUAL_ORD.match(low, s)
             and (s == 0 or not (low[s - 1].isalnum() or low[s - 1] == "_"))}
    assert plain <= set(D._ordinal_starts(low, months))
    assert plain or text not in ORDINAL_TEXTS
