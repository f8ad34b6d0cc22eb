"""Item families from the held-out minutes 960-995 (round 4, items).

A copy that lost its encoding writes U+FFFD for every "§", "å", "ä" and "ö": a paragraph "\ufffd2" whose title
opens with such a letter ("\ufffdrsm\ufffdtets utlysande" for "Årsmötets utlysande") is still an item. A markdown
section of one note is its heading's text; the kind of point in brackets after a title ("(Beslutspunkt)") is cut off.
"""

from __future__ import annotations

import pytest

from planner.extract.items import extract_items
from planner.extract.model import Meeting
from planner.extract.text import minutes_from_text

L = "\ufffd"  # what a copy that lost its encoding writes for "§", "å", "ä", "ö"


def _items(text: str) -> list[tuple[str | None, str]]:
    items, _, _ = extract_items(minutes_from_text(text), Meeting(date="2016-07-12"))
    return [(i.number, i.title) for i in items]


def _lost(text: str) -> str:
    return text.replace("§", L).replace("å", L).replace("ä", L).replace("ö", L).replace("Å", L).replace("Ö", L)


_BODY = "M\u00f6tet beslutade enligt f\u00f6rslaget.\n\n"

LOST_LETTER_TITLES = [
    pytest.param(_lost("§1 Mötet öppnas\n" + _BODY + "§2 Årsmötets utlysande\n" + _BODY + "§3 Val av justerare\n" + _BODY),
                 ["1", "2", "3"], f"{L}rsm{L}tets utlysande", id="title-opens-with-lost-capital"),
    pytest.param(_lost("§1 Mötet öppnas\n" + _BODY + "§2 Val av justerare\n" + _BODY + "§3 Övriga frågor\n" + _BODY
                       + "§4 Årsmötets avslutande\n" + _BODY),
                 ["1", "2", "3", "4"], f"{L}vriga fr{L}gor", id="two-lost-capitals-at-the-end"),
    pytest.param(_lost("§ 1 Öppnande\n" + _BODY + "§ 2 Val av justerare\n" + _BODY + "§ 3 Ärenden\n" + _BODY),
                 ["1", "2", "3"], f"{L}ppnande", id="space-after-the-lost-sign"),
    pytest.param(_lost("§1 Mötet öppnas\n" + _BODY + "§2 Val av justerare\n" + _BODY + "§3 Ekonomi\n" + _BODY),
                 ["1", "2", "3"], "Ekonomi", id="capital-titles-as-before"),
    # Look-alikes: a lost letter in prose opens no item; nor a bare number of a sentence.
    pytest.param(_lost("§1 Mötet öppnas\n" + _BODY + "§2 Val av justerare\n" + _BODY
                       + "Det är 3 år sedan senaste revisionen.\n" + _BODY),
                 ["1", "2"], "Val av justerare", id="lost-letter-in-prose"),
    pytest.param(_lost("§1 Mötet öppnas\n" + _BODY + "§2 Val av justerare\n" + _BODY
                       + "Kostnaden blir $5 Årsavgift enligt ovan.\n" + _BODY),
                 ["1", "2"], "Val av justerare", id="dollar-amount-not-a-sign"),
]


@pytest.mark.parametrize(("text", "numbers", "title"), LOST_LETTER_TITLES)
def test_titles_opening_with_a_lost_letter(text: str, numbers: list[str], title: str) -> None:
    got = _items(text)
    assert [n for n, _ in got] == numbers
    assert title in [t for _, t in got]


# Markdown minutes whose sections hold topic bullets, the notes on each below them: a section that holds one
# bullet alone, no notes below it, is a heading over its text, the heading the item.
_TOPICS = ("# Mötesprotokoll\n\n## Närvarande\n\n- Anna Berg\n- Per Lund\n\n## Mötets öppnande\n\n"
           "- Stickers och priser\n  - Vi beställer stickers.\n  - Priserna delas ut i december.\n\n"
           "- Julfest\n  - Lokal bokad.\n  - Budget ca 500 kr.\n\n")

LONE_NOTES = [
    pytest.param(_TOPICS + "## Övrigt\n- SKICKA MAILET IDAG!\n",
                 ["Stickers och priser", "Julfest", "Övrigt"], id="lone-note-under-other-matters"),
    pytest.param(_TOPICS + "## Ekonomi\n- Kassan är god\n",
                 ["Stickers och priser", "Julfest", "Ekonomi"], id="lone-short-note"),
    pytest.param(_TOPICS + "## Lokalen\n- Nyckeln finns hos kassören\n\n## Övrigt\n- Fixa affischer till hösten\n",
                 ["Stickers och priser", "Julfest", "Lokalen", "Övrigt"], id="two-sections-of-one-note"),
    # Look-alikes: a lone topic bullet with notes below it stays the item; two bullets are two topics.
    pytest.param(_TOPICS + "## Övrigt\n- Städdag\n  - Vi städar lokalen på lördag.\n",
                 ["Stickers och priser", "Julfest", "Städdag"], id="lone-topic-with-notes"),
    pytest.param(_TOPICS + "## Övrigt\n- Städdag\n- Nya nycklar\n",
                 ["Stickers och priser", "Julfest", "Städdag", "Nya nycklar"], id="two-bullets-two-topics"),
    pytest.param(_TOPICS, ["Stickers och priser", "Julfest"], id="topics-alone"),
]


@pytest.mark.parametrize(("text", "titles"), LONE_NOTES)
def test_a_section_of_one_note(text: str, titles: list[str]) -> None:
    assert [t for _, t in _items(text)] == titles


# An agenda that marks each point's kind in brackets after its title: the label is no part of the title, and on
# a copy that ran heading and text together the label ends the title.
_B = "Styrelsen diskuterade frågan och beslutade enligt förslaget.\n\n"

KIND_LABELS = [
    pytest.param(f"1 Mötets öppnande (Beslutspunkt)\n\n{_B}2 Meddelanden (Informationspunkt)\n\n{_B}"
                 f"3 Budget 2024 (Diskussionspunkt)\n\n{_B}",
                 ["Mötets öppnande", "Meddelanden", "Budget 2024"], id="label-ends-each-heading"),
    pytest.param("Dagordning 1 Mötets öppnande (Beslutspunkt) Mötet öppnas 17:17 Mötet behöver en ordförande. "
                 "2 Närvaro och anmälda förhinder (Informationspunkt) Närvarande: Anna Berg, Per Lund. "
                 "3 Val av mötesfunktionärer & formalia (Informationspunkt) Mötet behöver en sekreterare. "
                 + "Styrelsen beslutar enligt förslaget och lägger informationen till handlingarna. " * 5,
                 ["Mötets öppnande", "Närvaro och anmälda förhinder", "Val av mötesfunktionärer & formalia"],
                 id="label-ends-run-in-title"),
    pytest.param(f"§ 1 Val av justerare (för beslut)\n\n{_B}§ 2 Ekonomisk rapport (för kännedom)\n\n{_B}",
                 ["Val av justerare", "Ekonomisk rapport"], id="for-decision-for-notice"),
    pytest.param(f"1. Verksamhetsplan (information)\n\n{_B}2. Lokalfrågan (beslut)\n\n{_B}",
                 ["Verksamhetsplan", "Lokalfrågan"], id="lower-case-labels"),
    # Look-alikes: a bracket that says more than the kind of point is part of the title.
    pytest.param(f"1 Stadsdelsnämndens möte (beslut om verksamhetsplan)\n\n{_B}2 Information (IT-frågor)\n\n{_B}",
                 ["Stadsdelsnämndens möte (beslut om verksamhetsplan)", "Information (IT-frågor)"],
                 id="bracket-says-more"),
    pytest.param(f"1 Rapport (information och kommunikation)\n\n{_B}2 Övriga frågor\n\n{_B}",
                 ["Rapport (information och kommunikation)", "Övriga frågor"], id="bracketed-subject"),
]


@pytest.mark.parametrize(("text", "titles"), KIND_LABELS)
def test_the_kind_of_point_after_a_title(text: str, titles: list[str]) -> None:
    assert [t for _, t in _items(text)] == titles


# A stored copy's list of matters whose diary numbers were lost, each entry led by its bare "Dnr"; only a few
# paragraphs of the minutes follow (the copy cut off). The list's entries are the items, those whose paragraphs
# stand below keeping their numbers.
def _transcript(*pages: str) -> str:
    return "PROTOKOLL\n\nTranskript\n\n" + "\n\n".join(f"{k} {p}" for k, p in enumerate(pages, 1)) + "\n"


_FRONT = ("Tid och plats Kommunhuset, kl Beslutande Ledamöter Anna Berg (M), Ordförande Per Lund (S) Justering "
          "Justerare Per Lund Underskrifter Sekreterare Eva Ek 1 (20)")
_PARAS = ("10 Dnr Justering av protokoll Nämndens beslut Nämnden utser Per Lund till att justera protokollet. 4 (20)",
          "11 Dnr Begäran från kommunstyrelsen om rapportering Nämnden beslutar att lämna en rapport. 5 (20)")


def _listed(label: str, entries: list[str]) -> str:
    return label + " " + " ".join(f"Dnr {e}" for e in entries) + " (20)"


_ENTRIES = ["Justering av protokoll", "Begäran från kommunstyrelsen om rapportering", "Tidplan för valet",
            "Utbildning för röstmottagare", "Meddelanden", "Övrigt"]

DIARY_LED_LISTS = [
    pytest.param(_transcript(_FRONT, _listed("Förteckning över valnämndens ärenden den 22 februari", _ENTRIES),
                             *_PARAS),
                 {None: 4, "10": 1, "11": 1}, "Tidplan för valet", id="list-after-label-and-date"),
    pytest.param(_transcript(_FRONT, _listed("Ärendelista", _ENTRIES), *_PARAS),
                 {None: 4, "10": 1, "11": 1}, "Övrigt", id="list-after-bare-label"),
    pytest.param(_transcript(_FRONT, _listed("Föredragningslista:", _ENTRIES[:2] + ["Budget 2019", "Övrigt"]),
                             *_PARAS),
                 {None: 2, "10": 1, "11": 1}, "Budget 2019", id="short-list"),
    pytest.param(_transcript(_FRONT, "Förteckning över ärenden " + " ".join(f"Dnr {e}" for e in _ENTRIES), *_PARAS),
                 {None: 4, "10": 1, "11": 1}, "Justering av protokoll", id="heading-keeps-its-number"),
    # Look-alikes: no label before the references, or too few of them: no list.
    pytest.param(_transcript(_FRONT, "Bilagor till protokollet " + " ".join(f"Dnr {e}" for e in _ENTRIES), *_PARAS),
                 {"10": 1, "11": 1}, "Justering av protokoll", id="no-label"),
    pytest.param(_transcript(_FRONT, _listed("Ärendelista", _ENTRIES[:2]), *_PARAS),
                 {"10": 1, "11": 1}, "Begäran från kommunstyrelsen om rapportering",
                 id="two-references-only"),
]


@pytest.mark.parametrize(("text", "counts", "title"), DIARY_LED_LISTS)
def test_a_list_led_by_emptied_diary_references(text: str, counts: dict[str | None, int], title: str) -> None:
    got = _items(text)
    numbers = [n for n, _ in got]
    assert {n: numbers.count(n) for n in set(numbers)} == counts
    assert title in [t for _, t in got]
    assert not any(t.startswith("Dnr") for _, t in got)  # the emptied reference before a paragraph's title
