"""Item and carry families from the fourth batch of held-out minutes (tests/data/extra/docs/357-362).

Markdown headings underlined with "===" or "---", fenced code blocks (bylaw diffs, listings) that
hold numbered lines, Typst source ("#set ...", "= Formalia", "== Val av mötesordförande"), a bylaw
change read a first time that comes back for its second reading, a decision left until a
condition holds, and the standing section "Bordlagda ärenden" that tables nothing by its name.
"""

from __future__ import annotations

import datetime as dt

import pytest

from planner.extract.items import classify, extract_items, find_headings
from planner.extract.model import ItemStatus, Meeting
from planner.extract.text import minutes_from_text


def _items(text: str, day: str = "2021-11-25") -> list[tuple[str | None, str, ItemStatus]]:
    items, _, _ = extract_items(minutes_from_text(text), Meeting(date=day))
    return [(i.number, i.title, i.status) for i in items]


def _titles(text: str) -> list[str]:
    heads, _ = find_headings(minutes_from_text(text))
    return [h.title for h in heads]


BODY = "Vi gick igenom läget och diskuterade hur arbetet ska fortsätta under våren.\n"

SETEXT = [
    pytest.param(
        "Anteckningar från arbetsmöte\n============================\n\n2020-03-13 Zoom\n\n"
        "Praktiska frågor om teknik\n--------------------------\n\n" + BODY + "\n"
        "Fråga om maskiner och output\n----------------------------\n" + BODY,
        ["Praktiska frågor om teknik", "Fråga om maskiner och output"],
        id="dash-underlined-sections-under-an-equals-underlined-title",
    ),
    pytest.param(
        "Minnesanteckningar styrelsemöte 2021-03-02\n\nEkonomi\n=======\n\n" + BODY + "\nLokaler\n=======\n\n" + BODY
        + "\nÖvriga frågor\n=============\n\n" + BODY,
        ["Ekonomi", "Lokaler", "Övriga frågor"],
        id="equals-underlined-sections",
    ),
    pytest.param(
        "Mötesanteckningar 2022-05-10\n\nVerksamhetsplan\n---\n\n" + BODY + "\nBudget\n---\n\n" + BODY,
        ["Verksamhetsplan", "Budget"],
        id="short-three-dash-rules",
    ),
]


@pytest.mark.parametrize(("text", "titles"), SETEXT)
def test_underlined_lines_are_section_headings(text: str, titles: list[str]) -> None:
    assert _titles(text) == titles


def test_a_rule_after_a_paragraph_sentence_is_no_heading() -> None:
    # A sentence ending with a full stop above "---" is a paragraph closed by a rule, not a heading.
    text = ("Protokoll 2021-03-02\n\n## 1. Mötets öppnande\n\nOrdföranden öppnade mötet.\n---\n\n"
            "## 2. Ekonomi\n\n" + BODY)
    assert _titles(text) == ["Mötets öppnande", "Ekonomi"]


FENCED = [
    pytest.param(
        "Protokoll 2017-09-21\n\n## 1. Mötets öppnande\n\nMötet öppnades.\n\n## 2. Stadgeändring\n\n" + BODY
        + "\n## 3. Mötets avslutande\n\nMötet avslutades.\n\n## Bilaga 1\n\n```\n ### 6. Medlemskap\n"
        "+### 7. Rösträtt\n 8. Uteslutning\n```\n",
        ["1", "2", "3"],
        id="bylaw-diff-in-a-fence-after-the-minutes",
    ),
    pytest.param(
        "Protokoll 2024-11-25\n\n1. Mötets öppnande\n2. Projektplan\n\n~~~\n1. Produkt\n2. Testning\n3. Analys\n"
        "4. Granskning\n~~~\n\n3. Övriga frågor\n",
        ["1", "2", "3"],
        id="tilde-fenced-work-breakdown-list",
    ),
]


@pytest.mark.parametrize(("text", "numbers"), FENCED)
def test_numbered_lines_in_fenced_code_are_no_items(text: str, numbers: list[str]) -> None:
    assert [n for n, _, _ in _items(text)] == numbers


TYPST_HEAD = '#let today = datetime(year: 2025, month: 11, day: 28)\n#set heading(numbering: "1.")\n' \
             '#set text(font: "IBM Plex Mono", size: 9pt)\n\n#align(center, [\n  *PR 2025-11-28*\n])\n\n'


def test_typst_headings_give_leaf_items_and_calls_none() -> None:
    text = (TYPST_HEAD + "= Formalia\n\n== Mötets öppnande\nMötet öppnades 18:12.\n\n"
            "== Adjungeringar\n404\n\n= Rapporter\n\n== Kassör\nEkonomin är god och vi har pengar kvar.\n\n"
            "= Övriga frågor\n\n404\n\n#grid(\n  columns: (1fr, 1fr),\n)\n")
    assert _titles(text) == ["Mötets öppnande", "Adjungeringar", "Kassör", "Övriga frågor"]


def test_markdown_hash_headings_stay_headings_outside_typst() -> None:
    text = "# Protokoll 2021-09-02\n\n## Hemsidan\n\n" + BODY + "\n## Budget\n\n" + BODY
    assert _titles(text) == ["Hemsidan", "Budget"]


READINGS = [
    ("Mötet godkände ändring enligt bilaga 1 vid en första läsning.", ItemStatus.RETURNS),
    ("För att bli gällande stadga behöver ändringen godkännas även vid en andra läsning.", ItemStatus.RETURNS),
    ("Stadgeändringen antogs i första läsningen och tas upp för andra läsning på årsmötet.", ItemStatus.RETURNS),
    ("Förslaget måste klubbas vid en andra behandling.", ItemStatus.RETURNS),
    ("Stadgeändringen antogs i andra läsning.", None),
    ("Ändringen, som godkändes vid första läsningen i våras, antogs nu i andra läsning.", None),
    ("Vi läste protokollet från förra mötet.", None),
]


@pytest.mark.parametrize(("sentence", "status"), READINGS)
def test_a_first_reading_brings_the_matter_back(sentence: str, status: ItemStatus | None) -> None:
    found = classify(sentence)
    assert (found.status if found else None) is status
    if found:
        assert found.when is None


DECISIONS = [
    ("Beslutet av namnet borde tas efter att rollen formellt skapats.", ItemStatus.POSTPONED),
    ("Beslut ska fattas när underlaget från kommunen är klart.", ItemStatus.POSTPONED),
    ("Ett slutligt beslut bör tas först efter sommaren.", ItemStatus.POSTPONED),
    ("Beslutet om inköp kommer att tas längre fram.", ItemStatus.POSTPONED),
    ("Beslut fattades efter diskussion.", None),
    ("Beslutet ska tas idag innan mötet avslutas.", None),
    ("Beslut togs när alla hade yttrat sig.", None),
]


@pytest.mark.parametrize(("sentence", "status"), DECISIONS)
def test_a_decision_left_until_later_postpones(sentence: str, status: ItemStatus | None) -> None:
    found = classify(sentence)
    assert (found.status if found else None) is status


@pytest.mark.parametrize("line", [
    "Bordlagda ärenden", "= Bordlagda ärenden", "5. Bordlagda frågor:", "Tidigare bordlagda ärenden",
    "Inga bordlagda ärenden.", "Det fanns inga bordlagda frågor.", "Inga ärenden var bordlagda.",
])
def test_the_tabled_matters_section_name_tables_nothing(line: str) -> None:
    assert classify(line) is None


@pytest.mark.parametrize("sentence", [
    "Frågan om lokalen bordlades.", "Samtliga bordlagda ärenden bordläggs igen.", "Punkten bordläggs.",
    "Inga beslut fattades och ärendet bordlades.",
])
def test_tabling_in_a_sentence_still_postpones(sentence: str) -> None:
    found = classify(sentence)
    assert found is not None and found.status is ItemStatus.POSTPONED


def test_an_empty_tabled_matters_section_stays_handled() -> None:
    text = ("Protokoll 2025-11-28\n\n## Rapporter\n\nKassören rapporterade om ekonomin i föreningen.\n\n"
            "## Bordlagda ärenden\n\nInga bordlagda ärenden.\n\n## Övriga frågor\n\nInga övriga frågor togs upp på mötet.\n")
    assert [(t, s) for _, t, s in _items(text)] == [
        ("Rapporter", ItemStatus.HANDLED), ("Bordlagda ärenden", ItemStatus.HANDLED),
        ("Övriga frågor", ItemStatus.HANDLED),
    ]


def test_a_fence_never_closed_hides_nothing() -> None:
    text = ("Protokoll 2024-11-25\n\n1. Mötets öppnande\n```\n2. Projektplan\n3. Övriga frågor\n")
    assert [n for n, _, _ in _items(text)] == ["1", "2", "3"]


REVISITS = [
    ("Ärendet tas upp igen i mars.", ItemStatus.RETURNS, "2021-03"),
    ("Frågan diskuteras vidare i maj.", ItemStatus.RETURNS, "2021-05"),
    ("Frågan följs upp i oktober.", ItemStatus.RETURNS, "2021-10"),
    ("Ärendet tas upp igen den 12 maj.", ItemStatus.RETURNS, "2021-05-12"),
    ("Frågan tas upp igen senare.", ItemStatus.RETURNS, None),
    ("Vi tar upp frågan igen efter sommaren.", ItemStatus.RETURNS, None),
    ("Ekonomin följs upp varje månad.", None, None),
    ("Frågan togs upp igen under mötet.", None, None),
    ("Vi följde upp beslutet från i mars.", None, None),
]


@pytest.mark.parametrize(("sentence", "status", "when"), REVISITS)
def test_a_matter_taken_up_again_later_returns(sentence: str, status: ItemStatus | None, when: str | None) -> None:
    from datetime import date

    found = classify(sentence, date(2021, 2, 1))
    assert (found.status if found else None) is status
    if found:
        assert found.when == when


@pytest.mark.parametrize(("sentence", "status", "body"), [
    ("Punkten sköts till nästa möte.", ItemStatus.POSTPONED, None),
    ("Beslutet sköts fram.", ItemStatus.POSTPONED, None),
    ("Frågan överlämnas till valberedningen.", ItemStatus.REFERRED, "valberedningen"),
    ("Ärendet tas upp i presidiet.", ItemStatus.REFERRED, "presidiet"),
    ("Frågan lämnas över till förvaltningen.", ItemStatus.REFERRED, "förvaltningen"),
    ("Förvaltningen redogjorde för läget.", None, None),
    ("Han sköts upp till ordförande.", None, None),
])
def test_more_deferring_verbs_and_bodies(sentence: str, status: ItemStatus | None, body: str | None) -> None:
    found = classify(sentence)
    assert (found.status if found else None) is status
    if found:
        assert found.body == body


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Protokoll 2021-03-02\n\n§1 Mötets öppnande\n" + BODY + "§2 Lokalfrågan\nBordlades.\n§3 Avslutning\n" + BODY,
                 [("1", ItemStatus.HANDLED), ("2", ItemStatus.POSTPONED), ("3", ItemStatus.HANDLED)],
                 id="paragraph-with-one-word-bordlades"),
    pytest.param("Protokoll 2021-03-02\n\nPunkt 1. Mötets öppnande\n" + BODY + "Punkt 2. Studieresa\nUtgår.\n"
                 "Punkt 3. Avslutning\n" + BODY,
                 [("1", ItemStatus.HANDLED), ("2", ItemStatus.POSTPONED), ("3", ItemStatus.HANDLED)],
                 id="punkt-with-one-word-utgar"),
    pytest.param("Protokoll 2021-03-02\n\n1. Mötets öppnande\n" + BODY + "2. Adjungeringar\nInga.\n3. Avslutning\n" + BODY,
                 [("1", ItemStatus.HANDLED), ("2", ItemStatus.HANDLED), ("3", ItemStatus.HANDLED)],
                 id="one-word-text-without-a-fate"),
])
def test_a_one_word_text_can_give_the_status(text: str, expected: list[tuple[str, ItemStatus]]) -> None:
    assert [(n, s) for n, _, s in _items(text)] == expected


def test_asciidoc_equals_sections_are_headings() -> None:
    text = ("= Protokoll styrelsemöte 2021-03-02\n\n== Ekonomi\n" + BODY + "\n== Lokalfrågan\nFrågan bordlades.\n\n"
            "== Övriga frågor\n" + BODY)
    assert _items(text) == [(None, "Ekonomi", ItemStatus.HANDLED), (None, "Lokalfrågan", ItemStatus.POSTPONED),
                            (None, "Övriga frågor", ItemStatus.HANDLED)]


def test_one_equals_line_in_markdown_is_no_section_markup() -> None:
    text = "# Protokoll 2021-03-02\n\n## Ekonomi\n\n" + BODY + "\n== viktigt ==\n\n## Budget\n\n" + BODY
    assert _titles(text) == ["Ekonomi", "Budget"]


@pytest.mark.parametrize(("sentence", "status", "when"), [
    ("Beslut i frågan fattas på styrelsemötet i april.", ItemStatus.RETURNS, "2021-04"),
    ("Beslut tas på mötet den 12 mars.", ItemStatus.RETURNS, "2021-03-12"),
    ("Frågan tas upp på höstens första möte.", ItemStatus.RETURNS, None),
    ("Punkten tas upp på första mötet efter sommaren.", ItemStatus.RETURNS, None),
    ("Frågan får vänta.", ItemStatus.POSTPONED, None),
    ("Ärendet vilandeförklaras.", ItemStatus.POSTPONED, None),
    ("Frågan läggs på is tills vidare.", ItemStatus.POSTPONED, None),
    ("Beslut fattades på mötet i april.", None, None),
    ("Beslut tas på årsmötet.", None, None),
    ("Höstens första möte blir den 3 september.", None, None),
    ("Vi får vänta på besked från kommunen.", None, None),
])
def test_later_meetings_and_matters_left_waiting(sentence: str, status: ItemStatus | None, when: str | None) -> None:
    from datetime import date

    found = classify(sentence, date(2021, 2, 1))
    assert (found.status if found else None) is status
    if found:
        assert found.when == when


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Protokoll 2021-03-02\n\nI. Mötets öppnande\n" + BODY + "II. Ekonomi\n" + BODY
                 + "III. Lokalfrågan\nFrågan bordlades.\nIV. Avslutning\n" + BODY,
                 [("I", "Mötets öppnande"), ("II", "Ekonomi"), ("III", "Lokalfrågan"), ("IV", "Avslutning")],
                 id="roman-numerals"),
    pytest.param("Protokoll 2021-03-02\n\na) Mötets öppnande\n" + BODY + "b) Ekonomi\n" + BODY
                 + "c) Lokalfrågan\nFrågan bordlades.\n",
                 [("a", "Mötets öppnande"), ("b", "Ekonomi"), ("c", "Lokalfrågan")],
                 id="lower-case-letters"),
])
def test_roman_and_lettered_points_number_the_items(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(n, t) for n, t, _ in _items(text)] == expected


@pytest.mark.parametrize("text", [
    pytest.param("Protokoll 2021-03-02\n\nEkonomi\n\n" + BODY + "\nStyrelsen föreslår att:\na) Budgeten godkänns\n"
                 + BODY + "b) Avgiften höjs\n" + BODY + "c) Revisorerna väljs om\n" + BODY, id="after-a-lead-in"),
    pytest.param("Protokoll 2021-03-02\n\nEkonomi\n\n" + BODY + "\na) Budgeten godkänns\nb) Avgiften höjs\n"
                 "c) Revisorerna väljs om\n\nLokaler\n\n" + BODY, id="one-under-the-other"),
    pytest.param("# Protokoll 2021-03-02\n\n## Ekonomi\n\n" + BODY + "a) Budgeten\n" + BODY + "b) Avgiften\n" + BODY
                 + "c) Revisorerna\n" + BODY + "\n## Lokaler\n\n" + BODY, id="under-markdown-sections"),
])
def test_lettered_lists_inside_items_are_no_items(text: str) -> None:
    assert all(n is None or n.isdigit() for n, _, _ in _items(text))


@pytest.mark.parametrize(("row", "status"), [
    ("| 3 | Lokalfrågan | Bordlades |", ItemStatus.POSTPONED),
    ("| 3 | Lokalfrågan | Tas upp igen i april |", ItemStatus.RETURNS),
    ("| 3 | Lokalfrågan | Godkändes |", ItemStatus.HANDLED),
    ("| 3 | Lokalfrågan | Anna Berg |", ItemStatus.HANDLED),
])
def test_the_cells_of_an_agenda_table_row_give_its_status(row: str, status: ItemStatus) -> None:
    text = ("# Protokoll 2021-03-02\n\n| § | Ärende | Beslut |\n|---|---|---|\n| 1 | Mötets öppnande | Öppnat |\n"
            "| 2 | Ekonomi | Godkänd |\n" + row + "\n")
    assert _items(text)[-1] == ("3", "Lokalfrågan", status)


@pytest.mark.parametrize(("sentence", "status", "when"), [
    ("Ärendet kvarstår.", ItemStatus.RETURNS, None),
    ("Punkten står kvar på dagordningen.", ItemStatus.RETURNS, None),
    ("Detta ska redovisas på mötet i maj.", ItemStatus.RETURNS, "2021-05"),
    ("Rapporten presenteras på styrelsemötet den 5 maj.", ItemStatus.RETURNS, "2021-05-05"),
    ("Rapporten presenterades på mötet den 5 maj.", None, None),
    ("Resultatet redovisas på årsmötet i mars.", None, None),
    ("Projektet redovisas i maj.", None, None),
])
def test_a_matter_kept_open_or_shown_at_a_dated_meeting_returns(
        sentence: str, status: ItemStatus | None, when: str | None) -> None:
    from datetime import date

    found = classify(sentence, date(2021, 2, 1))
    assert (found.status if found else None) is status
    if found:
        assert found.when == when


@pytest.mark.parametrize(("heading", "title", "status"), [
    ("2. Lokalfrågan (utgår)", "Lokalfrågan", ItemStatus.POSTPONED),
    ("2. Lokalfrågan – utgår", "Lokalfrågan", ItemStatus.POSTPONED),
    ("2. Lokalfrågan - bordläggs", "Lokalfrågan", ItemStatus.POSTPONED),
    ("2. Lokalfrågan [skjuts upp]", "Lokalfrågan", ItemStatus.POSTPONED),
    ("2. Lokalfrågan (återkommer)", "Lokalfrågan", ItemStatus.RETURNS),
    ("2. Lokalfrågan (flyttad till nästa möte)", "Lokalfrågan", ItemStatus.POSTPONED),
    ("2. Motion om taxor (bordlagd 2021-01-12)", "Motion om taxor (bordlagd 2021-01-12)", ItemStatus.HANDLED),
    ("2. Budget (förslag)", "Budget (förslag)", ItemStatus.HANDLED),
    ("2. Ekonomi – rapport från kassören", "Ekonomi – rapport från kassören", ItemStatus.HANDLED),
    ("2. Val av ordförande (Anna Berg)", "Val av ordförande (Anna Berg)", ItemStatus.HANDLED),
])
def test_a_status_mark_closing_the_heading(heading: str, title: str, status: ItemStatus) -> None:
    text = "Protokoll 2021-03-02\n\n1. Mötets öppnande\n" + BODY + heading + "\n" + BODY + "3. Avslutning\n" + BODY
    assert _items(text)[1] == ("2", title, status)


POINTS = ("Protokoll 2021-03-02\n\n1. Mötets öppnande\n{opening}\n2. Ekonomi\n" + BODY + "3. Lokalfrågan\n" + BODY
          + "4. Studieresa\n" + BODY + "5. Avslutning\n" + BODY)


@pytest.mark.parametrize(("opening", "expected"), [
    pytest.param("Mötet öppnades. Punkt 3 och 4 bordläggs till nästa möte.",
                 {"3": ItemStatus.POSTPONED, "4": ItemStatus.POSTPONED}, id="two-points-tabled"),
    pytest.param("Mötet öppnades. Punkterna 3-4 utgår.",
                 {"3": ItemStatus.POSTPONED, "4": ItemStatus.POSTPONED}, id="a-range-dropped"),
    pytest.param("Dagordningen godkändes med ändringen att punkt 4 utgår.", {"4": ItemStatus.POSTPONED},
                 id="agenda-approved-without-a-point"),
    pytest.param("Mötet öppnades. Ärendet bordläggs enligt § 3 i stadgarna.", {"1": ItemStatus.POSTPONED},
                 id="a-bylaw-paragraph-is-no-agenda-point"),
    pytest.param("Mötet öppnades. Punkt 3 behandlades först.", {}, id="a-point-named-without-a-fate"),
])
def test_a_sentence_naming_other_points_gives_them_its_status(opening: str, expected: dict[str, ItemStatus]) -> None:
    got = {n: s for n, _, s in _items(POINTS.format(opening=opening)) if s is not ItemStatus.HANDLED}
    assert got == expected


def _carry(text: str) -> list[tuple[str | None, str, str | None]]:
    _, carry, _ = extract_items(minutes_from_text(text), Meeting(date="2021-03-02"))
    return [(c.from_item, str(c.reason), c.when) for c in carry]


NEXT = "Protokoll 2021-03-02\n\n1. Mötets öppnande\n" + BODY + "2. Nästa möte\n{text}\n3. Avslutning\n" + BODY


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Nästa möte hålls den 12 april. Då tas budgeten upp.", [("2", "announced", "next")],
                 id="da-after-the-next-meeting"),
    pytest.param("Nästa möte blir den 12 april. Vid det mötet presenteras bokslutet.", [("2", "announced", "next")],
                 id="vid-det-motet"),
    pytest.param("Nästa möte hålls den 12 april. Då var alla överens.", [], id="da-without-a-topic"),
    pytest.param("Mötet hålls i Q24. Då tas budgeten upp.", [], id="da-after-no-next-meeting"),
])
def test_a_topic_for_the_next_meeting_in_the_sentence_after_it(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _carry(NEXT.format(text=text)) == expected


@pytest.mark.parametrize(("sentence", "status", "when"), [
    ("Ärendet bereds vidare.", ItemStatus.RETURNS, None),
    ("Frågan utreds vidare och tas upp i maj.", ItemStatus.RETURNS, "2021-05"),
    ("Ärendet skickas tillbaka till förvaltningen.", ItemStatus.RETURNS, None),
    ("Ärendet har beretts av förvaltningen.", None, None),
    ("Frågan har utretts av en arbetsgrupp.", None, None),
])
def test_a_matter_prepared_further_returns(sentence: str, status: ItemStatus | None, when: str | None) -> None:
    from datetime import date

    found = classify(sentence, date(2021, 2, 1))
    assert (found.status if found else None) is status
    if found:
        assert found.when == when


def test_labelled_bullets_are_items() -> None:
    text = ("Protokoll 2021-03-02\n\n- Ekonomi: " + BODY + "- Lokalfrågan: Frågan bordlades till nästa möte.\n"
            "  Mer text om lokalen som diskuterades länge av alla.\n- Ordförande: Anna Berg\n- Övrigt: " + BODY)
    assert [(t, s) for _, t, s in _items(text)] == [
        ("Ekonomi", ItemStatus.HANDLED), ("Lokalfrågan", ItemStatus.POSTPONED), ("Övrigt", ItemStatus.HANDLED)]


@pytest.mark.parametrize("text", [
    pytest.param("Protokoll 2021-03-02\n\n- Ordförande: Anna Berg\n- Sekreterare: Bo Ek\n- Justerare: Cecilia Berg\n",
                 id="roles-and-names"),
    pytest.param("Protokoll 2021-03-02\n\n- Datum: 2021-03-02\n- Plats: Q24\n- Närvarande: Anna, Bo\n", id="header-fields"),
    pytest.param("Protokoll 2021-03-02\n\n- Ekonomi: bra\n- Lokaler: klart\n- Fika: Bo\n", id="labels-without-sentences"),
])
def test_labelled_bullets_that_are_no_items(text: str) -> None:
    # Whatever else reads these lines, no label is taken for an item of its own.
    labels = {line.split(":")[0].lstrip("- ") for line in text.splitlines() if line.startswith("- ")}
    assert not labels & {t for _, t, _ in _items(text)}


def test_paragraphs_opening_with_a_label_are_items() -> None:
    text = ("Protokoll 2021-03-02\n\nEkonomi: " + BODY + "\nLokalfrågan: Frågan bordlades till nästa möte.\n\n"
            "Övrigt: " + BODY)
    assert [(t, s) for _, t, s in _items(text)] == [
        ("Ekonomi", ItemStatus.HANDLED), ("Lokalfrågan", ItemStatus.POSTPONED), ("Övrigt", ItemStatus.HANDLED)]


def test_decision_and_background_labels_open_no_items() -> None:
    text = ("Protokoll 2021-03-02\n\nBeslut: att godkänna budgeten för året som kommer.\n\n"
            "Bakgrund: Kassören har tagit fram ett förslag till budget.\n")
    assert not {"Beslut", "Bakgrund"} & {t for _, t, _ in _items(text)}


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("Nästa möte 12 april – då ska vi diskutera lokalfrågan.", [("2", "announced", "next")], id="dash-da"),
    pytest.param("Nästa möte hålls 12 april, då budgeten tas upp.", [("2", "announced", "next")], id="comma-da"),
    pytest.param("Nästa möte den 12 april. Agenda: budget och lokaler.", [("2", "announced", "next")],
                 id="agenda-of-the-next-meeting"),
    pytest.param("Mötet hölls i Q24, då alla var på plats och diskuterade lokalfrågan.", [], id="da-of-this-meeting"),
    pytest.param("Agenda: budget och lokaler.", [], id="an-agenda-with-no-next-meeting"),
])
def test_topics_given_with_the_next_meeting(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _carry(NEXT.format(text=text)) == expected


@pytest.mark.parametrize("opening", [
    "Mötet öppnades. Ärendet återremitteras, se punkt 3.",
    "Mötet öppnades. Frågan bordläggs enligt punkt 4.",
    "Mötet öppnades och frågan från punkt 3 bordläggs.",
])
def test_a_point_cited_keeps_the_status_where_it_stands(opening: str) -> None:
    got = {n: s for n, _, s in _items(POINTS.format(opening=opening)) if s is not ItemStatus.HANDLED}
    assert set(got) == {"1"}


def test_another_point_postponed_moves_there() -> None:
    got = {n: s for n, _, s in _items(POINTS.format(opening="Mötet öppnades. Punkt 4 skjuts upp till nästa möte."))
           if s is not ItemStatus.HANDLED}
    assert got == {"4": ItemStatus.POSTPONED}


# A matter put on a dated meeting still to come, or on one still to be called, returns there;
# a date of this meeting or before it, or another body's meeting, does not bring it back.
@pytest.mark.parametrize(("sentence", "status", "when"), [
    ("Beslutas att detta tas upp vid styrelsemötet 25 augusti.", ItemStatus.RETURNS, "2021-08-25"),
    ("Ärendet tas upp på styrelsemötet i augusti.", ItemStatus.RETURNS, "2021-08"),
    ("Frågan behandlas på mötet den 14 september.", ItemStatus.RETURNS, "2021-09-14"),
    ("Beslut kommer i nytt sammanträde.", ItemStatus.RETURNS, None),
    ("Beslut fattas på ett extra möte.", ItemStatus.RETURNS, None),
    ("Frågan diskuteras på mötet 26 maj.", None, None),  # this meeting's own date
    ("Frågan diskuterades på mötet 3 mars.", None, None),
])
def test_taken_up_at_a_later_meeting_returns(sentence: str, status: ItemStatus | None, when: str | None) -> None:
    found = classify(sentence, dt.date(2021, 5, 26))
    if status is None:
        assert found is None or found.status is not ItemStatus.RETURNS
    else:
        assert found is not None and (found.status, found.when) == (status, when)
