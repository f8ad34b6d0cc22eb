"""Item layouts of stored copies and web pages: run-in numbers, lettered points, bullets with
the number apart from the title, and the status phrases these minutes use.

Each case is written as such minutes read; the rule must find the items and nothing else.
"""

from __future__ import annotations

from datetime import date

import pytest

from planner.extract import items
from planner.extract.items import find_headings
from planner.extract.model import Meeting
from planner.extract.text import minutes_from_text

FILLER = "Ordföranden redogjorde kort för läget i frågan och gruppen diskuterade vidare. " * 3


def _titles(text: str) -> list[tuple[str | None, str]]:
    heads, _ = find_headings(minutes_from_text(text))
    return [(h.number, h.title) for h in heads]


# --- numbers run in on one long line --------------------------------------------------------

@pytest.mark.parametrize(("line", "expected"), [
    # "1:Mötet öppnas": a colon after the number, with or without a space; times and parts are no items.
    ("Styrgruppsmöte tisdag den 3 juni 2008, kl. 13: Dalarummet Närvarande: Anna Berg, Bo Ek "
     "1:Mötet öppnas Ordföranden hälsade välkomna. 2:Val av justerare Bo Ek utsågs. "
     "3: Föregående protokoll Protokollet lades till handlingarna. " + FILLER
     + "Strategin består av del 1: Beslutsdel och del 2: Underlagsdel. "
     "Mer om innehållet: 1. Syftet med strategin 2. Bakgrund och miljöpåverkan 3. Insatsområden",
     [("1", "Mötet öppnas"), ("2", "Val av justerare"), ("3", "Föregående protokoll")]),
    # An agenda run in after its label keeps its entries; the next number is not part of a title.
    ("MINNESANTECKNINGAR Dagordning 1. Mötets öppnande 2. Föregående minnesanteckningar "
     "3. Information från kansliet 4. Upphandling av nytt lönesystem och ev. bildande av nämnd "
     "5. Ekonomisk uppföljning " + FILLER + FILLER,
     [("1", "Mötets öppnande"), ("2", "Föregående minnesanteckningar"), ("3", "Information från kansliet"),
      ("4", "Upphandling av nytt lönesystem och ev. bildande av nämnd"), ("5", "Ekonomisk uppföljning")]),
])
def test_numbers_run_in_on_a_long_line(line: str, expected: list[tuple[str, str]]) -> None:
    assert _titles(line + "\n") == expected


def test_a_list_led_in_by_a_sentence_is_no_agenda() -> None:
    line = ("Protokoll 2008-06-03 Närvarande: Anna Berg. " + FILLER + "Mer om innehållet: 1. Syftet med "
            "strategin 2. Bakgrund transporter 3. Dalarnas transporter idag 4. Framtida samverkan " + FILLER)
    assert not any(n == "1" for n, _ in _titles(line + "\n"))


PAGE_COPY = (
    "Download \"Direktionsprotokoll\"\n\nTranskript\n\n"
    "1 Direktionsprotokoll Sammanträde 2015-01-30 Beslutande Anna Berg (S) ordförande, Bo Ek (M), "
    "Cecilia Ås (C), Dan Ny (V) och Eva Lund (KD) samt ersättarna Fia Holm (S) och Gun Sten (M). "
    "Övriga närvarande: kanslichef Hans Berg och sekreterare Ida Ek, som förde protokollet denna gång.\n\n"
    "2 1 Val av mötesordförande Till mötesordförande utses Anna Berg (S). 2 Fastställande av dagordning "
    "att fastställa dagordningen 3 Val av justerare Bo Ek (M) utses att justera protokollet. "
    "4 Föregående mötesprotokoll Protokollet läggs till handlingarna. 5 Budget för året Direktionen "
    "fastställer budgeten enligt förslaget och uppdrar åt kansliet att följa upp den under året, "
    "med 12 Kommuner som deltar i arbetet.\n"
)


def test_a_number_without_its_stop_fills_the_sequence_on_a_page_line() -> None:
    assert _titles(PAGE_COPY) == [
        ("1", "Val av mötesordförande"), ("2", "Fastställande av dagordning"),
        ("3", "Val av justerare"), ("4", "Föregående mötesprotokoll"), ("5", "Budget för året")]


@pytest.mark.parametrize(("rest", "title"), [
    ("Mötets öppnande 2. Föregående minnesanteckningar", "Mötets öppnande"),
    ("Fastställande av dagordning att fastställa dagordningen 3 Val av justerare", "Fastställande av dagordning"),
    ("Godkännande av dagordningen att godkänna dagordningen", "Godkännande av dagordningen"),
    ("Godkännande av sättet att kalla till mötet", "Godkännande av sättet att kalla till mötet"),
    ("Upphandling och ev. bildande av nämnd Kommunen", "Upphandling och ev. bildande av nämnd"),
    ("Val av justerare Bo Ek utsågs", "Val av justerare"),
    ("Val av 2 ledamöter Anna och Bo", "Val av 2 ledamöter"),
])
def test_inline_title_stops_at_the_next_item(rest: str, title: str) -> None:
    assert items._inline_title(rest) == title


# --- web pages: bullets whose headings were stripped ------------------------------------------

def _extract(text: str) -> tuple[list[tuple[str | None, str, str]], list[tuple[str | None, str, str | None]]]:
    doc = minutes_from_text(text)
    found, carry, _ = items.extract_items(doc, Meeting(date="2022-02-25"))
    return ([(i.number, i.title, i.status.value) for i in found],
            [(c.from_item, c.reason.value, c.when) for c in carry])


NUMBER_ABOVE_TITLE = (
    " •   1\n\n  Sammanträdets öppnande\n\n"
    " • Regionfullmäktige har utsett en ny ersättare i nämnden.\n\n"
    " •   3\n\n  Val av justerare och tid för justering\n\n"
    " •   4\n\n  Föredragningslista fastställs\n\n"
    " • Kommande aktiviteter:\n\n  Ledningsgrupp akut 5/4\n\n  Regionfullmäktige 26/4\n\n"
    " •   5\n\n  Stödpersonsverksamheten\n\n"
    " • Verksamheten redovisas av samordnaren. Inga frågor ställs.\n"
)


def test_a_bullet_with_only_the_number_heads_the_title_below_it() -> None:
    found, carry = _extract("Hoppa över navigering\n" + NUMBER_ABOVE_TITLE)
    assert found == [("1", "Sammanträdets öppnande", "handled"), ("3", "Val av justerare och tid för justering", "handled"),
                     ("4", "Föredragningslista fastställs", "handled"), ("5", "Stödpersonsverksamheten", "handled")]
    assert carry == []


ONE_HEADING_KEPT = (
    "Hoppa över navigering\n"
    " • Ordföranden öppnar mötet och hälsar välkommen.\n"
    " • § 3\n  Val av justerare\n"
    " • Ordföranden redogör kort för föregående protokoll.\n  Inga synpunkter framförs.\n"
    " • Jessica föredrar punkten utifrån en presentation.\n"
    "  Fråga ställs om vilket forum som ska besluta. Frågan får diskuteras vidare inför nästa SVOM.\n"
    " • Mats informerar om projektet. Mer information kommer att tas upp vid nästa möte.\n"
)


def test_bullets_without_a_heading_carry_from_no_item() -> None:
    found, carry = _extract(ONE_HEADING_KEPT)
    assert found == [("3", "Val av justerare", "handled")]
    assert (None, "returns", "next") in carry
    assert all(c[0] is None for c in carry)


def test_numbered_points_inside_a_bullet_end_with_it() -> None:
    text = (" • § 2\n  Val av justerare\n"
            " • 1. Verksamhetsberättelse 2022\n  Elin går igenom verksamhetsberättelsen.\n"
            "  2. Kommunförbundet - statusrapport\n  En diskussion förs. Kommunerna tar med sig frågan och återkommer.\n"
            " • Maria föredrar punkten. Ärendet utgick p.g.a. tidsbrist.\n")
    found, carry = _extract(text)
    assert found == [("1", "Verksamhetsberättelse 2022", "handled"), ("2", "Kommunförbundet - statusrapport", "returns")]
    assert ("2", "returns", None) in carry and (None, "postponed", None) in carry


# --- status phrases -----------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "status", "when"), [
    ("Ärendet utgick p.g.a. tidsbrist", "postponed", None),
    ("Ärendet utgick pga tidsbrist.", "postponed", None),
    ("Punkten utgår på grund av sjukdom.", "postponed", None),
    ("Utgick då tiden inte räckte till.", "postponed", None),
    ("Informationen utgår eftersom föredraganden är sjuk.", "postponed", None),
    ("Arvode utgår då mötet hålls på kvällstid.", None, None),
    ("Ersättning utgår på grund av förlorad arbetsinkomst.", None, None),
    ("Frågan får diskuteras vidare inför nästa SVOM.", "returns", "next"),
    ("Ärendet behandlas vidare vid nästa RUS.", "returns", "next"),
    ("Frågan får diskuteras vidare på nästa möte.", "returns", "next"),
    ("Vi diskuterade vidare om nästa steg.", None, None),
])
def test_status_phrases_of_dropped_and_continued_items(sentence: str, status: str | None, when: str | None) -> None:
    found = items.classify(sentence, date(2022, 2, 25))
    assert (found.status.value if found else None) == status
    assert (found.when if found else None) == when


@pytest.mark.parametrize("chrome", ["Hoppa över navigering", "Gå till innehållet", "Skip to main content", "Meny"])
def test_site_chrome_is_never_an_item(chrome: str) -> None:
    text = (f"{chrome}\n\nÖppnande\n\nOrdföranden öppnade mötet och hälsade alla välkomna till dagens möte.\n\n"
            "Ekonomi\n\nKassören redovisade det ekonomiska läget som är fortsatt gott inför hösten.\n")
    assert [t for _, t in _titles(text)] == ["Öppnande", "Ekonomi"]
    assert items._is_excluded_heading(chrome)


# --- points dropped inside an item ----------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    # A point named on its own line, then dropped: an unnumbered item of its own.
    (("1. Mötets öppnande\nOrdföranden öppnade mötet och hälsade alla välkomna.\n"
     "2. Ekonomisk uppföljning\nKassören redovisade utfallet för perioden.\n"
     "Utvärdering av seminariet\nÄrendet utgick p.g.a. tidsbrist.\n"),
     [("1", "Mötets öppnande", "handled"), ("2", "Ekonomisk uppföljning", "handled"),
      (None, "Utvärdering av seminariet", "postponed")]),
    # A copy that lost its line breaks runs the points on after the last item.
    ("Dagordning 1. Mötets öppnande 2. Ekonomisk uppföljning 3. Gemensam strategi för pendling "
     "Utvärdering av seminariet Ärendet utgick p.g.a. tidsbrist Studieresa 2015 Ärendet utgick p.g.a. tidsbrist "
     + FILLER + FILLER + "\n",
     [("1", "Mötets öppnande", "handled"), ("2", "Ekonomisk uppföljning", "handled"),
      ("3", "Gemensam strategi för pendling", "handled"), (None, "Utvärdering av seminariet", "postponed"),
      (None, "Studieresa 2015", "postponed")]),
    # The item itself dropped: no point named between its heading and "Ärendet utgick".
    (("1. Mötets öppnande\nOrdföranden öppnade mötet.\n2. Budget\nÄrendet utgick p.g.a. tidsbrist.\n"
     "3. Beslut om lokaler\nBeslut\nÄrendet utgår på grund av sjukdom.\n"),
     [("1", "Mötets öppnande", "handled"), ("2", "Budget", "postponed"), ("3", "Beslut om lokaler", "postponed")]),
])
def test_a_point_named_and_then_dropped_is_an_item_of_its_own(
        text: str, expected: list[tuple[str | None, str, str]]) -> None:
    found, carry = _extract(text)
    assert found == expected
    assert len(carry) == sum(status == "postponed" for _, _, status in expected)


# --- lettered points ----------------------------------------------------------------------------

LETTERED = (
    "Möte 2019-03-25\n\nVård- och omsorgsnämnden\n"
    "  • A/ Handlingsplan kosten\n\n    B/ Patientsäkerhetsberättelse\n\n    C/ Uppföljning av enheten\n\n"
    "    D) Risk- och konsekvensbeskrivning 2019\n\n    E/ Förvaltningschefens information\n\n"
    "    - Hyreskontrakt daglig verksamhet\n\n    - Byggnation av nytt boende\n"
)


@pytest.mark.parametrize(("text", "expected"), [
    (LETTERED, [("A", "Handlingsplan kosten"), ("B", "Patientsäkerhetsberättelse"), ("C", "Uppföljning av enheten"),
                ("D", "Risk- och konsekvensbeskrivning 2019"), ("E", "Förvaltningschefens information")]),
    # Letters that do not start at A, or only two of them, are no list of points.
    (LETTERED.replace("A/", "X/").replace("C/", "Q/"), []),
    ("Protokoll\n\nA/ Budget\n\nB/ Lokaler\n\nText om detta som är lång nog att vara en paragraf för sig själv.\n", []),
])
def test_lettered_points(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(h.number, h.title) for h in items._lettered_headings(minutes_from_text(text))] == expected
    if expected:
        assert _titles(text) == expected


# --- a topic announced inside an item ------------------------------------------------------------

@pytest.mark.parametrize(("title", "body", "status", "carry"), [
    # A topic of its own, said to be discussed at the next meeting: announced, the item handled.
    ("KOMMANDE AKTIVITETER", ("Puben den 22/8 ordnas av Bengt, surströmmingsfest den 4/9 ordnas av Åsa, "
     "ev adventmys kommer att diskuteras på nästa styrelsemöte."), "handled", [("2", "announced", "next")]),
    # The item's own matter comes back: the item returns.
    ("Budget 2023", "Kassören redovisade förslaget. Budgeten kommer att diskuteras på nästa styrelsemöte.",
     "returns", [("2", "returns", "next")]),
    ("Lokalplanering", "Planeringen kommer att diskuteras på nästa möte.", "returns", [("2", "returns", "next")]),
    ("Lokalfrågan", "Vi gick igenom läget. Frågan kommer att diskuteras på nästa möte.",
     "returns", [("2", "returns", "next")]),
    ("Lokaler", "Vi gick igenom läget och den kommer att diskuteras på nästa möte.",
     "returns", [("2", "returns", "next")]),
])
def test_a_topic_inside_an_item_is_announced_not_the_item_returning(
        title: str, body: str, status: str, carry: list[tuple[str, str, str]]) -> None:
    text = f"1. Mötets öppnande\nOrdföranden öppnade mötet.\n2. {title}\n{body}\n3. Avslutning\nMötet avslutades.\n"
    found, got = _extract(text)
    assert found[1][2] == status
    assert got == carry


LOOSE_PAGE = (
    "Download \"Protokoll\"\n\nTranskript\n\n"
    "1 Protokoll 1 (6) Teknikutskottet Plats Vårdcentralen i Kristinehamn Beslutande Eva Berg (MP) Mats Ek (S) "
    "Utsågs Mats Ek att jämte ordföranden justera dagens protokoll 15 Dagordning och övriga frågor Ordföranden "
    "hälsade alla välkomna och förklarade mötet öppnat. Dagordningen godkändes. Informationsärenden "
    "16 Planeringsprocessen inklusive lokalplaneringsprocessen Enhetschefen informerade om arbetet med planen "
    "där 40 Procent av budgeten går till lokaler och resten till drift under de kommande åren enligt förslaget.\n"
)


def test_numbers_without_stops_count_up_on_a_page_line() -> None:
    assert _titles(LOOSE_PAGE) == [("15", "Dagordning och övriga frågor"),
                                   ("16", "Planeringsprocessen inklusive lokalplaneringsprocessen")]


def test_a_lone_number_without_a_stop_is_no_item() -> None:
    assert _titles(LOOSE_PAGE.replace("16 Planeringsprocessen", "Planeringsprocessen")) == []


def test_numbered_bullets_in_marked_up_minutes_stay_lists() -> None:
    text = ("# Protokoll\n\n## Ekonomi\n\nKassören redovisade läget för året.\n\n- 1. Budget\n- 2. Utfall\n- 3. Prognos\n\n"
            "## Lokaler\n\nVi diskuterade nya lokaler för verksamheten.\n")
    heads, layout = find_headings(minutes_from_text(text))
    assert layout == "marked" and all(h.number is None for h in heads)


def test_a_numbered_question_is_no_item() -> None:
    line = ("Protokoll 2021-03-04 Närvarande: Anna Berg, Bo Ek. " + FILLER + "Enkäten hade fråga 1: Hur trivs du "
            "och fråga 2: Vad kan bli bättre samt fråga 3: Övrigt. " + FILLER)
    assert _titles(line + "\n") == []
