"""Hard-wrapped minutes (an e-mail, a text editor's "wrap at 72") read as if each paragraph were one line.

`text.soft_breaks` finds the line breaks a wrap made; `minutes_from_text` turns them into spaces, so
the clean text keeps its length and every span still points into the text as written.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from planner.extract import extract_minutes
from planner.extract.text import minutes_from_text, wrap_width
from tests.extract.test_formats import comparable

# One paragraph of minutes, written on one line; wrapped at 72 it takes four lines, each filled.
PARAGRAPH = ("Kommunalt forum diskuterade hur samverkan mellan kommunerna och regionen ska se ut framöver. "
             "Ordföranden konstaterade att arbetet har kommit långt men att mycket återstår innan den "
             "gemensamma planen kan antas av fullmäktige. Frågan tas upp igen vid nästa möte den 8 maj 2020.")
OPENING = "Ordföranden hälsade alla välkomna till mötet och gick igenom dagordningen för dagen med alla"


def wrapped(text: str, width: int) -> str:
    """`text` with each line longer than `width` broken at spaces, as a plain-text editor wraps it."""
    out = []
    for line in text.split("\n"):
        lead = re.match(r"\s*", line).group(0)  # type: ignore[union-attr]
        cur = lead
        for word in line[len(lead):].split(" "):
            if cur.strip() and len(cur) + 1 + len(word) > width:
                out.append(cur)
                cur = word
            else:
                cur = f"{cur} {word}" if cur.strip() else cur + word
        out.append(cur)
    return "\n".join(out)


@pytest.mark.parametrize("lines", [
    # wrapped paragraphs between blank lines
    [PARAGRAPH, "", OPENING + " närvarande.", "", PARAGRAPH],
    # a list entry, a numbered item, "§ 4" and a labelled field right after a paragraph open lines of their own
    [PARAGRAPH, "- Anna Andersson redovisar budgeten för 2021 och den fortsatta planeringen av arbetet", PARAGRAPH],
    [PARAGRAPH, "5. Nästa möte", "§ 4 Information om budgeten", "Plats: Regionhuset Växjö", PARAGRAPH],
    # a full stop at a filled line's end, then a short line that begins a sentence: a heading, not a wrap
    [OPENING + " deltagarna i rummet.", "Övrigt", PARAGRAPH],
    # an item's title on the line of its number, then the item's text: not one line, however short the title
    [PARAGRAPH, "§ 3 Fastställande av föredragningslista för dagens sammanträde i nämnden",
     "Föredragningslistan fastställdes utan ändringar efter en kort diskussion.", PARAGRAPH],
    # lines of one sentence each, about as long: a list of sentences, not a paragraph
    [PARAGRAPH] + [f"Styrelsen diskuterade frågan nummer {k} om budgeten ingående och länge." for k in range(12)],
    # a title below its item's number alone goes on only with a lower-case word, not into the item's text
    [PARAGRAPH, "§9", "Rekommendationslistan för diabetes inom regionens primärvård och sjukhusen",
     "Anders och Johan deltog på mötet med länsgruppen, som arbetar fram en överenskommelse.", PARAGRAPH],
    [PARAGRAPH, "§8", "Rapport från mötet med styrgruppen för läkemedel i länets kommuner",
     "Introduktionsmodellen för nya läkemedel var huvudpunkten.", PARAGRAPH],
    # a table row's last cell wraps onto a line of its own; the next row does not join it
    [PARAGRAPH, "Region Kronoberg:\tAnna Fransson, Robert Olesen, Suzanne Frank, Martin Myrskog",
     "Alvesta:\tThomas Haraldsson", PARAGRAPH],
    # a line of a web page's menu ends with a bar, not a word
    [PARAGRAPH, "Föregående ärende | Följande ärende | Anvisning för ändringssökande |",
     "Ordförande för församlingsrådets sammanträden", PARAGRAPH],
    # a row of dots (a signature line) is not a word
    [PARAGRAPH, "", "Underskrifter och justering av protokollet för mötet som hölls idag av alla", "." * 60],
])
def test_a_wrapped_text_reads_as_its_lines(lines: list[str]) -> None:
    lines = lines + ["", PARAGRAPH]  # (a text of a few lines is too short to tell a width)
    text = wrapped("\n".join(lines), 72)
    assert text.count("\n") > len(lines)  # (the test wraps something)
    assert [ln.text for ln in minutes_from_text(text).lines] == lines


@pytest.mark.parametrize("lines", [
    # paragraphs written on one line each: no common width
    ["Närvarande: Anna Andersson, Bo Berg", "Kommunalt forum diskuterade " * 12, "Nästa möte 8 maj",
     "Ordföranden " * 30, "Beslut: att godkänna", "Övrigt " * 20, "Mötet avslutades", "x " * 80],
    # a short list: too few lines to tell a width
    ["Marie Gustafsson ordförande, Välfärd och Folkhälsa", "Johanna Karlsson, Folkhälsoförvaltningen i Karlskoga",
     "Hanna Hansson, Sydnärkes folkhälsoteam", "Maria Ståhl, ÖLIF", "Majlill Persson, Laxå",
     "Susanne Rydéhn – processledare"],
    # lines of a list, a few of them long
    ["1. Mötets öppnande", "2. Val av justerare", "3. Dagordning", "4. Övrigt", "5. Nästa möte", "6. Avslutning",
     "Närvarande: Anna Andersson, Bo Berg, Carl Carlsson, Dora Dahl, Erik Ek", "Frånvarande: Fia Fors",
     "7. Information från förvaltningen om budgeten för nästa år och planen", "8. Rapporter", "9. Skrivelser",
     "10. Delegationsbeslut", "11. Meddelanden", "12. Val", "13. Motioner", "14. Interpellationer",
     "15. Frågor", "16. Avtackning", "17. Mötets avslutande", "18. Justering", "19. Anslag", "20. Arkiv"],
    # short minutes: headings and one-line notes, the longest line no width a text is wrapped at
    ["Minnesanteckningar Folkhälsorådet", "Datum: 2015-01-14", "Tid: 13.00-14.30",
     "Plats: Kommunhusets sammanträdesrum", "§ 1 Sammanträdets öppnande", "Ordföranden hälsade välkommen.",
     "§ 2 Val av protokolljusterare", "Anna Berg valdes.", "§ 3 Fastställande av föredragningslista",
     "Föredragningslistan fastställdes.", "§ 4 Information om kommande arrangemang", "Seniordagen hålls i september.",
     "§ 5 Övriga frågor", "Inga.", "§ 6 Nästa sammanträde", "Nästa sammanträde hålls den 16 april 2015 kl. 8.30."],
    # a text wrapped wider than any editor does
    ["Ord " * 40] * 10,
])
def test_a_text_not_hard_wrapped_has_no_width(lines: list[str]) -> None:
    assert wrap_width(lines) is None


def test_joined_lines_keep_the_clean_text_and_its_map() -> None:
    text = wrapped("\n".join([PARAGRAPH, "", PARAGRAPH + " " + OPENING + ".", "", "5. Nästa möte"]), 72)
    m = minutes_from_text(text)
    assert len(m.clean) == len(text)
    assert [ln.text for ln in m.lines] == [PARAGRAPH, "", PARAGRAPH + " " + OPENING + ".", "", "5. Nästa möte"]
    assert m.lines[4].number == text.count("\n") + 1  # a line keeps the number it has in the file
    start = m.clean.index("8 maj 2020")
    assert text[slice(*m.span(start, start + len("8 maj 2020")))] == "8 maj 2020"


@pytest.mark.parametrize("width", [72, 100])
@pytest.mark.parametrize("name", ["000", "001", "002", "003", "004"])
def test_a_seed_wrapped_gives_the_same_extraction(seed, name: str, width: int, tmp_path: Path) -> None:
    path = seed(name)
    text = wrapped(path.read_text(encoding="utf-8"), width)
    target = tmp_path / path.name
    target.write_text(text, encoding="utf-8")
    assert comparable(target) == comparable(path)
    for event in extract_minutes(target).to_json()["events"]:  # spans point into the wrapped text
        start, end = event["span"]
        assert text[start:end].strip()
