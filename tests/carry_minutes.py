"""Synthetic minutes of a housing association's board, written as its secretary writes them.

Three meetings, 12 March, 9 April and 14 May 2024: "Budget 2025" is put off at the first two and
decided at the third. `write_minutes` writes one set into a folder; the tests of the carry flows
ingest them through `ingest_file`, as `planner ingest` does.
"""

from __future__ import annotations

from pathlib import Path

BODY = "Föreningen Ekbacken, styrelsen"
POSTPONED = "Underlaget är inte klart. Ärendet bordläggs till nästa möte."
DECIDED = "Styrelsen beslutade att fastställa budgeten."


def minutes(date: str, items: list[tuple[str, str]], next_meeting: str, association: str = "Ekbacken") -> str:
    """Return the text of one set of minutes: numbered items (title, what was said) between opening and closing."""
    points = [("Mötets öppnande", "Ordföranden öppnade mötet."), *items,
              ("Mötets avslutande", "Ordföranden avslutade mötet.")]
    body = "\n\n".join(f"§ {n} {title}\n{text}" for n, (title, text) in enumerate(points, 1))
    return (f"Protokoll styrelsemöte Föreningen {association}\n\nDatum: {date}\nTid: 18.00-20.00\n"
            f"Plats: Föreningslokalen\n\n{body}\n\nNästa möte: {next_meeting}\n")


MARCH = minutes("2024-03-12", [("Budget 2025", POSTPONED),
                               ("Renovering av tvättstugan", "Styrelsen beslutade att anta offerten.")], "2024-04-09")
APRIL = minutes("2024-04-09", [("Budget 2025", POSTPONED),
                               ("Trädgårdsdag", "Styrelsen beslutade att hålla trädgårdsdag i maj.")], "2024-05-14")
MAY = minutes("2024-05-14", [("Budget 2025", DECIDED)], "2024-06-11")


def write_minutes(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path
