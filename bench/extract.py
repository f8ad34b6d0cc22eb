"""Benchmark the extraction against dateparser's `search_dates`, in-process, on the same texts.

The five seeds are replicated to 2,000 documents (each copy gets a distinct first line, so no
cache can reuse a result) and extracted with `planner.extract.extract_text`. In the same run,
dateparser's `search_dates(text, languages=["sv"])` reads the same texts; it is slow, so by
default it reads an evenly spread sample and its documents/s is measured on that sample (the
printout says so). `--dateparser-docs 0` runs it on all documents.

Times are CPU seconds of this process (time.process_time), so that other work on a shared
machine does not move the figures; both sides are measured the same way.

Usage: .venv/bin/python bench/extract.py [--docs 2000] [--dateparser-docs 100]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from planner.extract import extract_text, minutes_from_text

ROOT = Path(__file__).resolve().parent.parent
# CPU time of this process: the figures do not move with other work on a shared machine.
_clock = time.process_time
# Issue 3: the extraction must read documents at least this many times as fast as dateparser.
TARGET_RATIO = 50.0


def load_corpus(n: int) -> list[str]:
    """Return `n` texts: the seeds in turn, each copy with its own first line."""
    seeds = [p.read_text(encoding="utf-8-sig") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    if not seeds:
        raise SystemExit("bench/extract.py: no seeds in seeds/")
    return [f"Kopia {i}\n{seeds[i % len(seeds)]}" for i in range(n)]


def bench_extract(texts: list[str]) -> tuple[float, int]:
    """Extract every text; return (seconds, events found)."""
    events = 0
    started = _clock()
    for i, text in enumerate(texts):
        events += len(extract_text(minutes_from_text(text, f"doc{i}.txt")).events)
    return _clock() - started, events


def bench_steps(texts: list[str]) -> dict[str, float]:
    """Time each extraction step on `texts`; return seconds per step, to show where time goes."""
    from planner.extract.events import extract_events
    from planner.extract.header import extract_meeting
    from planner.extract.items import extract_items

    spent = dict.fromkeys(("text", "header", "items", "events"), 0.0)
    for i, text in enumerate(texts):
        t0 = _clock()
        doc = minutes_from_text(text, f"doc{i}.txt")
        t1 = _clock()
        meeting, _ = extract_meeting(doc)
        t2 = _clock()
        items, carry, _ = extract_items(doc, meeting)
        t3 = _clock()
        extract_events(doc, meeting, items, carry)
        t4 = _clock()
        for step, seconds in zip(spent, (t1 - t0, t2 - t1, t3 - t2, t4 - t3), strict=True):
            spent[step] += seconds
    return spent


def bench_dateparser(texts: list[str]) -> tuple[float, int]:
    """Run dateparser's search_dates on every text; return (seconds, dates found)."""
    from dateparser.search import search_dates

    search_dates("den 8 maj 2020", languages=["sv"])  # load the language data outside the timing
    found = 0
    started = _clock()
    for text in texts:
        found += len(search_dates(text, languages=["sv"]) or [])
    return _clock() - started, found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=2000, help="documents to extract (default 2000)")
    parser.add_argument("--dateparser-docs", type=int, default=100,
                        help="sample size for dateparser (0 = all documents; default 100)")
    args = parser.parse_args()

    texts = load_corpus(args.docs)
    mib = sum(len(t.encode("utf-8")) for t in texts) / 2**20
    seconds, events = bench_extract(texts)
    ours = len(texts) / seconds
    print(f"planner extract : {len(texts)} documents, {mib:.2f} MiB in {seconds:.2f} CPU s: "
          f"{ours:,.0f} documents/s, {mib / seconds:.2f} MiB/s, {seconds / len(texts) * 1000:.2f} ms/document "
          f"({events} events)")

    steps = bench_steps(texts[:200])
    total = sum(steps.values())
    print("steps (200 docs): " + ", ".join(
        f"{step} {seconds / 200 * 1000:.2f} ms/doc ({seconds / total:.0%})" for step, seconds in steps.items()))

    size = len(texts) if args.dateparser_docs <= 0 else min(args.dateparser_docs, len(texts))
    step = max(1, len(texts) // size)
    sample = texts[::step][:size]
    sample_mib = sum(len(t.encode("utf-8")) for t in sample) / 2**20
    dp_seconds, dates = bench_dateparser(sample)
    theirs = len(sample) / dp_seconds
    note = "" if len(sample) == len(texts) else f" (sample of {len(sample)} of the {len(texts)} documents)"
    print(f"dateparser      : {len(sample)} documents, {sample_mib:.2f} MiB in {dp_seconds:.2f} CPU s: "
          f"{theirs:,.1f} documents/s, {sample_mib / dp_seconds:.3f} MiB/s, "
          f"{dp_seconds / len(sample) * 1000:.1f} ms/document ({dates} dates){note}")
    ratio = ours / theirs
    verdict = "met" if ratio >= TARGET_RATIO else (
        f"NOT met: needs {1000 / (theirs * TARGET_RATIO):.2f} ms/document, is {seconds / len(texts) * 1000:.2f}")
    print(f"ratio           : {ratio:,.1f}x dateparser's documents/s (target >= {TARGET_RATIO:g}x: {verdict})")

if __name__ == "__main__":
    main()
