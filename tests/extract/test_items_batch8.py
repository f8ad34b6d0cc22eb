"""Item, status and carry families from the eighth batch of held-out minutes (tests/data/extra/docs/409-419).

Titles printed after each paragraph's text (a margin column flattened below it, "§ 47" glued to the
end of the title before it), the number before the sign ("1 §" alone on its line, the title below),
a stored copy's page line that opens with a lone item after its running header ("70 Val av
justerare ...") or after the printed page number ("35 31 TEMA: ..."), a numbered list inside that
item, a table of contents that lost its numbers, a matter to think over until the next meeting
(returns) and a next meeting named only in a clause on approving something (no return).
"""

from __future__ import annotations

import datetime as dt

import pytest

from planner.extract.items import classify
from planner.extract.model import ItemStatus
from planner.extract.text import minutes_from_text
from tests.extract.item_rows import CarryRow, ItemRow, item_numbers, item_rows

DAY = dt.date(2018, 6, 7)


def _extract(text: str, day: str | None = "2018-06-07") -> tuple[list[ItemRow], list[CarryRow]]:
    return item_rows(text, day)


def _numbers(text: str) -> list[str | None]:
    return item_numbers(text, "2018-06-07")


def _titles(text: str) -> list[tuple[str | None, str]]:
    return [(number, title) for number, title, *_ in _extract(text)[0]]


# --- status: thinking it over until the next meeting; a next meeting in an approval clause ------

STATUS = [
    pytest.param("Till nästa möte ska vi fundera på hur åldersgränsen ska sättas inför nästa års sommarresa.",
                 ItemStatus.RETURNS, "next", id="think-over-until-next-meeting-next-years-trip"),
    pytest.param("Styrelsen ska fundera vidare på förslaget till nästa styrelsemöte.", ItemStatus.RETURNS, "next",
                 id="think-further-until-next-board-meeting"),
    pytest.param("Alla får tänka över saken till kommande sammanträde.", ItemStatus.RETURNS, "next",
                 id="think-over-until-coming-session"),
    pytest.param("Frågan tas upp igen på nästa möte inför nästa säsong.", ItemStatus.RETURNS, "next",
                 id="next-season-is-no-deadline-before-the-meeting"),
    # look-alikes that must not fire
    pytest.param("Protokollen presenteras på vår hemsida när handlingarna godkänts vid påföljande styrelsemöte",
                 None, None, id="published-when-approved-at-following-meeting"),
    pytest.param("Protokollet läggs ut på hemsidan efter att det justerats på nästa möte.", None, None,
                 id="posted-after-checked-at-next-meeting"),
    pytest.param("Vi får fundera på hur vi gör med lokalen.", None, None, id="think-over-without-a-meeting"),
    pytest.param("Styrelsen ska fundera på frågan innan nästa möte.", None, None, id="think-over-before-next-meeting"),
    pytest.param("Alla uppmanas fundera på nästa års program.", None, None, id="think-about-next-years-programme"),
]


@pytest.mark.parametrize(("text", "status", "when"), STATUS)
def test_thinking_over_until_a_later_meeting_returns_and_approval_clauses_do_not(
        text: str, status: ItemStatus | None, when: str | None) -> None:
    found = classify(text, DAY)
    assert (found.status if found else None) == status
    if found is not None:
        assert found.when == when


def test_an_item_titled_by_its_thought_over_matter_is_carried() -> None:
    text = ("§ 60 Ekonomi\n\nEkonomin är god.\n\n"
            "§ 61 Till nästa möte ska vi fundera på hur åldersgränsen ska sättas inför nästa års sommarresa.\n\n"
            "§ 62 Grillkvällar startar den 28 juni\n")
    items, carry = _extract(text)
    assert [(n, s, w) for n, _, s, w in items] == [("60", "handled", None), ("61", "returns", "next"),
                                                   ("62", "handled", None)]
    assert carry == [("61", "next", "returns")]


# --- "1 §": the number before the sign ----------------------------------------------------

SIGN_AFTER = ("PROTOKOLL\n\n1 §\nSAMMANTRÄDETS ÖPPNANDE\n\nSammanträdet öppnades av ordföranden.\n\n"
              "2 §\nKONSTITUERING\n\nSammanträdet konstaterades vara beslutfört.\n"
              "6 §  Följande möte tillfogades föredragningslistan.\n\n3 §\nANMÄLNINGSÄRENDEN\n\n"
              "1.    Den 11.2.2020 ordnas val av ombud.\n2.    Ordförande informerade om tävlingen.\n")


def test_the_number_before_the_sign_heads_the_line_below() -> None:
    assert _titles(SIGN_AFTER) == [("1", "SAMMANTRÄDETS ÖPPNANDE"), ("2", "KONSTITUERING"),
                                   ("3", "ANMÄLNINGSÄRENDEN")]


def test_the_number_before_the_sign_heads_its_own_line_too() -> None:
    text = ("PROTOKOLL\n\n1 § MÖTETS ÖPPNANDE\n\nOrdföranden öppnade mötet.\n\n2 § Laglighet och beslutförhet\n\n"
            "Mötet konstaterades lagligt.\n6 §  Följande möte tillfogades listan varför mötets avslutande blev 7 §.\n\n"
            "3 § Val av protokolljusterare\n\nTill justerare valdes Anna.\n")
    assert _titles(text) == [("1", "MÖTETS ÖPPNANDE"), ("2", "Laglighet och beslutförhet"),
                             ("3", "Val av protokolljusterare")]


@pytest.mark.parametrize("text", [
    pytest.param("Mötet började.\n\n5 § kommunallagen gäller här.\n\n6 § kommunallagen likaså.\n", id="law-cited-lower-case"),
    pytest.param("Enligt kommunallagen gäller\n5 §\ni detta fall.\n\nInget mer.\n", id="law-paragraph-then-prose"),
    pytest.param("1 §\n\n\n\nMötet öppnas.\n", id="sign-then-sentence"),
])
def test_a_number_before_the_sign_without_a_title_below_is_no_heading(text: str) -> None:
    assert [n for n in _numbers(text) if n is not None] == []


# --- titles printed after the paragraph's text ----------------------------------------------

TITLES_AFTER = ("Kyrkorådet\n\n§ 46\n\nOrdförande förklarar sammanträdet öppnat och hälsar alla välkomna.\n"
                "Sammanträdets öppnande\nBeslut\n\n§ 47\n\nAtt justera dagens protokoll utses Birgitta Axelsson.\n\n"
                "Justering\n§ 48\n\nInga ärenden föreligger.\nBegravnings\n\no kyrkogårds\n\närenden\n"
                "Föredragnings-listan§ 49\n\nFöredragningslistan fastställs.\n")


def test_titles_printed_after_the_text_name_the_paragraph_above_them() -> None:
    assert _titles(TITLES_AFTER) == [("46", "Sammanträdets öppnande"), ("47", "Justering"),
                                     ("48", "Begravnings o kyrkogårds ärenden"),
                                     ("49", "Föredragningslistan fastställs")]


def test_a_paragraph_without_a_title_after_it_only_fills_a_gap() -> None:
    # "§ 5" and its sentence, no short line before the next mark: no heading of its own weight.
    text = "§ 4 Budget\n\nBudgeten antogs.\n\n§ 5\n\nMötet avslutades.\n\n§ 7 Nästa möte\n\nDen 5 maj.\n"
    assert _numbers(text) == ["4", "5", "7"]
    assert _numbers("§ 5\n\nMötet avslutades.\n\nTack till alla.\n") == []


def test_a_sign_glued_in_running_text_is_no_paragraph_mark() -> None:
    text = "1. Öppnande\n\nMötet öppnas enligt stadgarna§ 4\n\n2. Budget\n\nBudgeten antogs.\n"
    assert _numbers(text) == ["1", "2"]


# --- page lines of a stored copy ------------------------------------------------------------

def _copy(*pages: str) -> str:
    return "SAMMANTRÄDESPROTOKOLL\n\nTranskript\n\n" + "\n\n".join(f"{k} {p}" for k, p in enumerate(pages, 1)) + "\n"


def test_a_lone_page_item_with_an_opening_title_is_the_item() -> None:
    text = _copy("SAMMANTRÄDESPROTOKOLL Omvårdnadsnämnd Sammanträdesdatum Plats Gävle, Hamiltongatan 22 Tid 27 maj 2015",
                 "Ledamöter Tord Fredriksen Sergio Manzanares Kristina Hedberg Irene Forslund Anders Jansson",
                 "70 Val av justerare Camilla Männikkö (M) utses att tillsammans med ordförande justera dagens protokoll.")
    assert _titles(text) == [("70", "Val av justerare")]


def test_a_lone_page_number_before_other_text_is_no_item() -> None:
    text = _copy("SAMMANTRÄDESPROTOKOLL Omvårdnadsnämnd Sammanträdesdatum Plats Gävle, Hamiltongatan 22 Tid 27 maj 2015",
                 "Ledamöter Tord Fredriksen Sergio Manzanares Kristina Hedberg Irene Forslund Anders Jansson",
                 "70 Budgeten Camilla Männikkö (M) redogör för budgeten och nämnden diskuterar den länge.")
    assert [n for n in _numbers(text) if n is not None] == []


LIST_IN_ITEM = _copy(
    "34 Organ: Plats och tid: Regionförbundets Primärkommunala nämnd Regionförbundet, Nygatan 34, Kalmar "
    "Torsdagen den 11 september 2008 kl 10.00 Beslutande Roland Åkesson ordförande",
    "35 31 TEMA: Folkhälsa A. Sammanfattning av kommundialogen Eva-Marie Hansson lämnar en bild över dialogen. "
    "Utifrån dialogen har fem angelägna områden utkristalliserats. 1. Viljan samt behovet av mer struktur. "
    "2. Hur ska arbetet organiseras. 3. Öka förståelsen för vad folkhälsa är. 4. Behov av kvalitetssäkring. "
    "5. Formulera vad som skall ingå i folkhälsoarbetet. Monika Kling beskriver strukturen.")


def test_a_numbered_list_inside_a_page_item_is_no_items_and_page_numbers_are_no_items() -> None:
    assert _numbers(LIST_IN_ITEM) == ["31"]


def test_run_in_items_above_the_opening_item_stay_items() -> None:
    text = _copy("Protokoll Styrelsen Plats och tid Kansliet den 11 september 2008 kl 10.00 Beslutande Anna Berg",
                 "5 Budget Nämnden antar budgeten för år 2009 enligt förslaget. 6 Övriga frågor Inga övriga frågor "
                 "anmäldes. 7 Nästa möte Nästa möte hålls den 9 oktober.")
    assert _numbers(text) == ["5", "6", "7"]


# --- a table of contents without numbers ------------------------------------------------------

CONTENTS = _copy("1 (17) Plats och tid Nacka stadshus kl 18:00-20:30 BESLUTANDE Monica Brohede Tellström (L)",
                 "Innehållsförteckning Adjungering Fastställande av föredragningslista Välfärdsteknik ÄLN 2017/ "
                 "Regional överenskommelse om utveckling av samverkan vid utskrivning från sluten hälso- och sjukvård "
                 "ÄLN 2015/ Ändring i äldrenämndens delegationsordning ÄLN 2017/ Revidering av riktlinje för äldrenämn")


def test_contents_entries_without_numbers_are_the_items() -> None:
    assert _titles(CONTENTS) == [
        (None, "Adjungering"), (None, "Fastställande av föredragningslista"), (None, "Välfärdsteknik"),
        (None, "Regional överenskommelse om utveckling av samverkan vid utskrivning från sluten hälso- och sjukvård"),
        (None, "Ändring i äldrenämndens delegationsordning"), (None, "Revidering av riktlinje för äldrenämn"),
    ]


@pytest.mark.parametrize("text", [
    pytest.param("Innehållet i rapporten diskuterades länge. Anna Berg Lisa Holm och Per Ek deltog.\n",
                 id="content-as-a-word-of-prose"),
    pytest.param("Innehåll: Budget Lokaler\n", id="two-entries-are-no-list"),
    pytest.param("Innehåll\n\nBudget\n", id="label-alone-on-its-line"),
])
def test_contents_look_alikes_give_no_entries(text: str) -> None:
    from planner.extract.items import _unnumbered_contents
    assert _unnumbered_contents(minutes_from_text(text)) == []


def test_the_contents_gates_leave_out_only_texts_without_a_label() -> None:
    """Every line `_UNNUMBERED_CONTENTS` matches passes the line's gate, and its text's, of `_unnumbered_contents`:
    on every line of the stored documents and on each label in lower case, capitalised and in capitals."""
    from pathlib import Path

    from planner.extract import items, words
    from planner.extract.readers import read_minutes
    root = Path(__file__).resolve().parents[2]
    paths = [*sorted((root / "seeds").glob("*.txt")), *sorted((root / "tests/data/dev/docs").glob("*")),
             *sorted((root / "tests/data/extra/docs").glob("*"))]
    made = [f"{indent}{form(label)}{colon}Budget Lokaler Val ÄLN 2017/ Övrigt"
            for label in words.UNNUMBERED_CONTENTS_LABELS for form in (str.lower, str.capitalize, str.upper)
            for indent in ("", "  ", "\t", "\u00a0 ") for colon in (" ", ": ", " :\t", "\t")]
    # (the made lines apart by blank lines: 240 lines of one length would read as a hard-wrapped paragraph)
    docs = [read_minutes(p) for p in paths] + [minutes_from_text(t) for t in (CONTENTS, "\n\n".join(made))]
    labelled = 0
    for doc in docs:
        lines = [ln.text for ln in doc.lines if items._UNNUMBERED_CONTENTS.match(ln.text)]
        assert not lines or items._may_hold_contents_label(doc.clean), doc.name
        for text in lines:
            assert items._may_open_with_contents_label(text) and items._may_hold_contents_label(text), text
        labelled += len(lines)
    assert labelled >= len(made) + 3
    assert any(items._unnumbered_contents(d) for d in docs[:-2])
