"""Benchmark the extraction on minutes padded with long runs of blanks, as layout-preserving copies are.

Each seed is padded in two ways, for several run lengths: every line indented by the run ("lead"), and
the run put in place of the first two single spaces of every line ("gap": "Plats:<run>Bygdegården,<run>Åsa").
The cleaned text keeps at most `_BLANK_RUN_CAP` blanks of a run, so the time a document takes should
level off beyond that length instead of growing with the run (before the cap, a run of 1,000 blanks
took up to 5 s a document and 20,000 more than a minute).

Times are CPU seconds of this process (time.process_time).

Usage: .venv/bin/python bench/blank_runs.py [--runs 0,100,1000,10000]
"""

from __future__ import annotations

import argparse
import re
import time
from collections.abc import Callable
from pathlib import Path

from planner.extract import extract_text, minutes_from_text

ROOT = Path(__file__).resolve().parent.parent
_clock = time.process_time
_GAP = re.compile(r"(?<=\S) (?=\S)")


def _lead(line: str, run: str) -> str:
    return run + line if line.strip() else line


def _gap(line: str, run: str) -> str:
    return _GAP.sub(run, line, count=2)


PADDINGS: dict[str, Callable[[str, str], str]] = {"lead": _lead, "gap": _gap}


def padded(text: str, how: Callable[[str, str], str], n: int) -> str:
    """`text` with each line padded by `how` with a run of `n` blanks (`n` 0: as it is)."""
    if n == 0:
        return text
    run = " " * n
    return "\n".join(how(line, run) for line in text.split("\n"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", default="0,100,1000,10000", help="run lengths, comma-separated")
    args = parser.parse_args()
    seeds = [p.read_text(encoding="utf-8-sig") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    if not seeds:
        raise SystemExit("bench/blank_runs.py: no seeds in seeds/")
    runs = [int(x) for x in args.runs.split(",")]
    for name, how in PADDINGS.items():
        for n in runs:
            texts = [padded(s, how, n) for s in seeds]
            times = []
            for i, text in enumerate(texts):
                started = _clock()
                extract_text(minutes_from_text(text, f"seed{i}.txt"))
                times.append(_clock() - started)
            print(f"{name:4} run {n:6}: {1000 * sum(times) / len(times):8.1f} ms/document, "
                  f"slowest {1000 * max(times):8.1f} ms ({len(texts)} seeds, {sum(map(len, texts)) / 2**20:.2f} MiB)")


if __name__ == "__main__":
    main()
