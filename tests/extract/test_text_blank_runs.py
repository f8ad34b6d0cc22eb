"""Long runs of blanks and long words: the cleaned text keeps at most `_BLANK_RUN_CAP` blanks of a run and
`_WORD_CAP` characters of a word, and the map still points home.

A layout-preserving PDF-to-text copy pads its columns with spaces; a malformed one may pad a head line with
thousands. A Markdown copy may inline an image as base64, a word of a million characters. Patterns that
allow blanks or letters in several places would back-track over such a run for seconds a line, so the
cleaned text keeps a run's first hundred characters (a column's edge all the same) and a word's first
thousand (an address's host).
"""

from __future__ import annotations

import base64
import itertools
import random
import re
import signal
from collections.abc import Iterator
from contextlib import contextmanager

from planner.extract import extract_text, items
from planner.extract import text as text_module
from planner.extract.text import minutes_from_text

CAP = text_module._BLANK_RUN_CAP
WORD_CAP = text_module._WORD_CAP


@contextmanager
def deadline(seconds: int) -> Iterator[None]:
    """Fail instead of hanging: the run before the cap took minutes on these texts."""
    def expire(signum: int, frame: object) -> None:
        raise AssertionError(f"extraction took more than {seconds} s")
    old = signal.signal(signal.SIGALRM, expire)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


def test_a_run_longer_than_the_cap_keeps_its_first_characters_and_the_map_points_home() -> None:
    text = "Plats:" + " " * 1000 + "Kommunhuset\nTid:\t" + " " * 300 + "kl. 9.00\nslut"
    doc = minutes_from_text(text)
    first, second, third = doc.clean.split("\n")
    assert first == "Plats:" + " " * CAP + "Kommunhuset"
    assert second == "Tid:\t" + " " * (CAP - 1) + "kl. 9.00"
    assert third == "slut"
    for word in ("Kommunhuset", "kl. 9.00", "slut"):
        at = doc.clean.index(word)
        a, b = doc.span(at, at + len(word))
        assert text[a:b] == word
    assert [ln.text for ln in doc.lines] == [first, second, third]
    assert [doc.clean[ln.start:ln.start + len(ln.text)] for ln in doc.lines] == [first, second, third]


def test_runs_up_to_the_cap_are_kept_as_written() -> None:
    text = "Närvarande" + " " * CAP + "Anna Ek\n" + "\t" * CAP + "Bo Berg"
    doc = minutes_from_text(text)
    assert doc.clean == text
    assert doc.index[:len(text)] == tuple(range(len(text)))


def test_no_break_spaces_and_dropped_characters_in_a_run_count_as_blanks() -> None:
    nbsp = "Datum" + "\u00a0" * 500 + "2024-03-12"
    mixed = "Datum" + " \u200b" * 400 + "2024-03-12"  # zero-width spaces are dropped, the spaces left are a run
    for text in (nbsp, mixed):
        doc = minutes_from_text(text)
        assert doc.clean == "Datum" + " " * CAP + "2024-03-12", repr(text[:12])
        at = doc.clean.index("2024")
        assert text[doc.original(at):doc.original(at) + 10] == "2024-03-12"


def test_minutes_padded_with_thousands_of_blanks_read_as_the_plain_ones() -> None:
    pad = " " * 20000
    text = ("Protokoll årsmöte Hembygdsföreningen" + pad + "Sida 1(2)\n\nDatum:" + pad + "2024-03-12\nTid:" + pad
            + "kl. 18.00–20.00\nPlats:" + pad + "Bygdegården, Åsa\n\nNärvarande:" + pad + "Anna Ek, Bo Berg\n\n§ 1"
            + pad + "Mötets öppnande\nOrdföranden öppnade mötet.\n\n§ 2" + pad + "Budget\nÄrendet bordläggs" + pad
            + "till nästa möte.\n\n§ 3" + pad + "Nästa möte\nNästa möte hålls den 14 maj 2024 kl. 18.00 i Bygdegården.\n")
    with deadline(20):
        got = extract_text(minutes_from_text(text, "padded.txt"))
    m = got.meeting
    assert (m.body, str(m.date), m.start, m.end, m.venue) == (
        "Hembygdsföreningen, årsmöte", "2024-03-12", "18:00", "20:00", "Bygdegården, Åsa")
    assert [p.name for p in m.present] == ["Anna Ek", "Bo Berg"]
    assert [(i.number, i.title, i.status.value) for i in got.items] == [
        ("1", "Mötets öppnande", "handled"), ("2", "Budget", "postponed"), ("3", "Nästa möte", "handled")]
    assert [(e.kind.value, str(e.date), e.start) for e in got.events] == [("meeting", "2024-05-14", "18:00")]
    a, b = m.spans["venue"]
    assert text[a:b] == "Bygdegården, Åsa"


def test_a_word_longer_than_its_cap_keeps_its_first_characters() -> None:
    address = "https://teams.microsoft.com/l/meetup-join/" + "19%3ameeting_" * 40  # 562 characters: kept whole
    blob = "iVBORw0KGgo" * 500  # 5,500 characters
    text = f"Länk: {address}\n<img src=\"data:image/png;base64,{blob}\"> efter\nslut"
    doc = minutes_from_text(text)
    first, second, third = doc.clean.split("\n")
    assert first == f"Länk: {address}"
    assert second == "<img " + f"src=\"data:image/png;base64,{blob}\">"[:WORD_CAP] + " efter"
    assert third == "slut"
    for word in ("efter", "slut"):
        at = doc.clean.index(word)
        a, b = doc.span(at, at + len(word))
        assert text[a:b] == word


def test_minutes_with_an_image_inlined_as_base64_read_as_without_it() -> None:
    blob = base64.b64encode(random.Random(7).randbytes(750_000)).decode()  # a million characters
    plain = ("Protokoll styrelsemöte Hembygdsföreningen\nDatum: 2024-03-12\nTid: kl. 18.00–20.00\n"
             "Plats: Bygdegården\n\n§ 1 Mötets öppnande\nOrdföranden öppnade mötet.\n\n§ 2 Nästa möte\n"
             "Nästa möte hålls den 14 maj 2024 kl. 18.00.\n")
    inlined = plain.replace("Plats: Bygdegården\n", f"Plats: Bygdegården\n<img src=\"data:image/png;base64,{blob}\">\n")
    with deadline(20):
        got = extract_text(minutes_from_text(inlined, "inlined.md"))
    want = extract_text(minutes_from_text(plain, "plain.md"))
    assert (got.meeting.body, got.meeting.date, got.meeting.start, got.meeting.venue) == (
        want.meeting.body, want.meeting.date, want.meeting.start, want.meeting.venue) == (
        "Hembygdsföreningen, styrelsen", want.meeting.date, "18:00", "Bygdegården")
    assert [(i.number, i.title) for i in got.items] == [(i.number, i.title) for i in want.items]
    assert [(e.date, e.start) for e in got.events] == [(e.date, e.start) for e in want.events] != []


# The bold run-in label as first written; `items._RUN_IN` takes its blanks after the label possessively, as
# the raw line it reads keeps its runs of blanks.
RUN_IN = re.compile(r"^\s*(?:\*\*|__)\s*([^*_\n]{2,60}?)\s*(:?)\s*(?:\*\*|__)\s*(:?)\s*(\S.*)?$")


def _groups(pattern: re.Pattern[str], s: str) -> tuple[object, ...] | None:
    m = pattern.match(s)
    return None if m is None else (m.span(), m.regs)


def test_run_in_label_pattern_matches_as_first_written() -> None:
    for n in range(9):
        for p in itertools.product("* :_ab", repeat=n):
            s = "".join(p)
            assert _groups(items._RUN_IN, s) == _groups(RUN_IN, s), repr(s)
    for s in ("**Ekonomi:** Kassören redovisade", "**Ekonomi**: Kassören", "__Val__ av", "  ** Skolan  :  **  x ",
              "**Komplexa attribut som claims**:", "**" + "a" * 61 + "**", "**Ekonomi " + " " * 80 + ":** x"):
        assert _groups(items._RUN_IN, s) == _groups(RUN_IN, s), s
