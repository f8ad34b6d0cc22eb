"""Status and carry of agenda items on layouts and phrasings no earlier round had seen (planner.extract.items).

Families from fresh minutes (documents 1130-1149 of the held set) and their kin in the rest of it:

- A run-in label opening a decision ("Beslut: Årsmöte + Dansfest 20/3 flyttas till Vinterträdgården") is no
  matter named: "beslut" there must not make "flyttas till" defer the item. The subject after the label decides,
  as it does without a label; a label before a subjectless deferral ("Beslut: Skjuts upp.") or one naming the
  matter ("Beslut: Punkten skjuts upp till nästa möte") still puts the item off.
- A named member's own task due by the next meeting ("Emil uppdaterar sin arbetsbeskrivning till kommande möte",
  "Beslut att Conny tar fram externt pris till nästa möte") is a topic announced for that meeting: the item stays
  handled and carries it as `announced`. A verb of coming back ("Anna återkommer till nästa möte"), the matter
  itself ("Frågan tas upp till nästa möte") or a body as the doer stay a return.
- Under an item going through the earlier minutes ("Föregående protokoll"), a topic of those minutes to come back
  ("• Kursplaneändringar blir en stående punkt på dagordningen") is announced and the item handled; a sentence
  on the minutes themselves or their approval ("ska protokollet justeras till nästa möte"), on the item ("Frågan
  återkommer ...") or with no subject ("Tas upp igen ...") puts the item off.
- News or questions for a body group several matters as news from a source does ("Aktuella frågor för
  Sockenrådet", "Information till styrelsen" as "Information från kansliet"): one of them to be discussed at the
  next meeting is a topic announced, the item handled. For a field ("Aktuella frågor för regional utveckling")
  the title names one matter, which still returns.
- An item whose whole text is one short sentence putting its report to the next meeting ("§4. Ekonomi:
  Redovisning sker vid nästa möte 4/2") was not dealt with: put off, as "Tas upp vid nästa möte" alone is. A noun
  with its object ("Presentation av bokslutet görs vid nästa möte") is a topic announced, and so is the sentence
  after text of the item's own.
- Waiting with a new thing of its own is that thing put off, not the item, whichever way it is written: "Vi
  avvaktar kring eventuell helgkurs under sommaren" as "avvaktar med skrivelse om ..." already was, and "vi
  avvaktar dock köp tills vi vet mer" with the thing as a direct object before "tills". Waiting with the item's
  matter ("Vi avvaktar frågan tills nästa möte", "avvaktar med budgeten" under "Budget") or a decision still puts
  the item off.
- A paper not accepted and given back to be reworked comes back, no time said: "Verksamhetsberättelsen godkändes
  inte, utan styrelsen fick i uppdrag att omarbeta den", "Förslaget ska omarbetas". Work already done ("Texten
  har omarbetats") is no return.
- A wiki page's emphasis ("'''1. Presentationsrunda'''": two, three or five apostrophes) is markup, as Markdown's
  "**" is: the numbered headings under it are items. Single apostrophes ("O'Brien", "'motto'") stay.
"""

from __future__ import annotations

from datetime import date

import pytest

from planner.extract.items import classify
from planner.extract.text import minutes_from_text
from tests.extract.item_rows import item_rows

JANUARY_2018 = date(2018, 1, 22)


def _status(sentence: str) -> str | None:
    found = classify(sentence, JANUARY_2018)
    return None if found is None else found.status.value


@pytest.mark.parametrize("sentence", [
    # 1145 (Umeå socialdansförening)
    "Beslut: Årsmöte + Dansfest20/3 flyttas till Vinterträdgården på Geografigränd 2, medlemmar uppmanas baka till årsmötet.",
    "Beslut: Julfesten flyttas till Bygdegården.",
    "Beslut: Städdagen flyttas till lördagen efter midsommar.",
    "Beslutades: Medlemsmötet flyttas till Folkets hus.",
    "- Beslut: Loppisen flyttas till parkeringen vid skolan.",
    "Förslag till beslut: Vårfesten flyttas till Logen i Bjärsjö.",
])
def test_label_before_a_moved_activity_defers_nothing(sentence: str) -> None:
    assert _status(sentence) is None


@pytest.mark.parametrize(("sentence", "status"), [
    ("Beslut: Skjuts upp.", "postponed"),
    ("Beslut: Punkten skjuts upp till nästa möte.", "postponed"),
    ("Beslut: Ärendet flyttas till nästa möte.", "postponed"),
    ("Beslut: Frågan flyttas till nästa styrelsemöte.", "postponed"),
])
def test_label_before_the_matter_deferred_still_defers(sentence: str, status: str) -> None:
    assert _status(sentence) == status


def _minutes(body: str) -> str:
    return ("Protokoll styrelsemöte 2018-01-22\n\n1. Mötets öppnande\nOrdföranden öppnade mötet.\n\n"
            f"2. Lokalfrågan\n{body}\n\n3. Mötets avslutande\nOrdföranden avslutade mötet.\n")


@pytest.mark.parametrize("sentence", [
    # 476 (KFUM Trollhättan), 1139 (Riseberga bönhus), 879 (BTH Sexmästeriet)
    "- Emil uppdaterar sin arbetsbeskrivning till kommande möte.",
    "Beslut att Conny tar fram externt pris till nästa möte på utförande av kittning och målning.",
    "Joel fixar lite nätverkskabel för installation till nästa möte.",
    "Lisa kollar upp priser på nya bord till nästa möte.",
    "Anna och Per tar fram ett förslag på hyresavtal till nästa styrelsemöte.",
    "Beslut: Kerstin ordnar offerter till nästkommande möte.",
])
def test_members_task_by_next_meeting_is_an_announced_topic(sentence: str) -> None:
    items, carry = item_rows(_minutes(sentence), "2018-01-22")
    assert [status for number, _, status, _ in items if number == "2"] == ["handled"]
    assert carry == [("2", "next", "announced")]


@pytest.mark.parametrize("sentence", [
    "Anna återkommer i frågan till nästa möte.",
    "Frågan tas upp igen till nästa möte.",
    "Styrelsen fortsätter diskussionen till nästa möte.",
    "Vi arbetar vidare med förslagen till nästa möte.",
])
def test_the_matter_itself_to_next_meeting_still_returns(sentence: str) -> None:
    items, _ = item_rows(_minutes(sentence), "2018-01-22")
    assert [status for number, _, status, _ in items if number == "2"] == ["returns"]


def _earlier_minutes(title: str, body: str) -> str:
    return ("Protokoll styrelsemöte 2020-09-09\n\n1. Mötets öppnande\nOrdföranden öppnade mötet.\n\n"
            f"2. {title}\n{body}\n\n3. Mötets avslutande\nOrdföranden avslutade mötet.\n")


@pytest.mark.parametrize(("title", "sentence"), [
    # 1140 (Umeå universitet, programråd), 560 (Partille ridklubb)
    ("Föregående protokoll", "• Kursplaneändringar blir en stående punkt på dagordningen."),
    ("Föregående mötesprotokoll", "Susanne sänder omgående ut förslaget till styrelsen som tas upp igen på nästa möte för beslut."),
    ("Föregående protokoll", "Frågan om nya skyltar tas upp igen på nästa möte."),
    ("Genomgång av föregående protokoll", "Kassaboken blir en stående punkt på dagordningen."),
    ("Föregående mötes protokoll", "Budgeten för höstens kurser följs upp på nästa möte."),
])
def test_topic_of_earlier_minutes_to_come_back_is_announced(title: str, sentence: str) -> None:
    items, carry = item_rows(_earlier_minutes(title, sentence), "2020-09-09")
    assert [status for number, _, status, _ in items if number == "2"] == ["handled"]
    assert [(number, reason) for number, _, reason in carry] == [("2", "announced")]


@pytest.mark.parametrize(("title", "sentence"), [
    # 389 (Medelpads hembygdsförbund), 985 (SRF Örebro län)
    ("Föregående mötesprotokoll", "Då ordförande upptäckt en del felaktigheter ska protokollet justeras till nästa möte."),
    ("Föregående mötesprotokoll", "- vi godkänner protokollet i nästa möte."),
    ("Föregående protokoll", "Protokollet läggs till handlingarna vid nästa möte."),
    ("Föregående protokoll", "Justeras till nästa möte."),
    ("Godkännande av föregående protokoll", "Frågan återkommer vid nästa sammanträde."),
    ("Föregående protokoll", "Tas upp igen på nästa möte."),
])
def test_the_earlier_minutes_themselves_put_off(title: str, sentence: str) -> None:
    items, _ = item_rows(_earlier_minutes(title, sentence), "2020-09-09")
    assert [status for number, _, status, _ in items if number == "2"] == ["postponed"]


def _grouped(title: str, body: str) -> str:
    return ("Protokoll styrelsemöte 2009-08-23\n\n§ 1\nMötets öppnande\nOrdföranden öppnade mötet.\n\n"
            f"§ 2\n{title}\n{body}\n\n§ 3\nMötets avslutande\nOrdföranden avslutade mötet.\n")


_LATER = "Sophanteringen vid badplatsen diskuteras vid nästa möte."


@pytest.mark.parametrize("title", [
    # 1131 (Näshults sockenråd)
    "Aktuella frågor för Sockenrådet",
    "Information till styrelsen",
    "Aktuella frågor för kommunstyrelsen",
    "Meddelanden till nämnden",
    "Aktuellt för byalagets styrelse",
])
def test_news_for_an_audience_groups_matters(title: str) -> None:
    items, carry = item_rows(_grouped(title, _LATER), "2009-08-23")
    assert [status for number, _, status, _ in items if number == "2"] == ["handled"]
    assert carry == [("2", "next", "announced")]


@pytest.mark.parametrize("title", [
    "Badplatsen",
    "Sophantering för badplatsen",
    "Rapport till styrelsen om badplatsen",
    "Aktuella frågor för regional utveckling",  # 352 and 779 (Regionförbundet södra Småland): a field
    "Information till medlemmarna om badplatsen",
])
def test_one_matter_still_returns(title: str) -> None:
    items, _ = item_rows(_grouped(title, _LATER), "2009-08-23")
    assert [status for number, _, status, _ in items if number == "2"] == ["returns"]


def _ledger(body: str) -> str:
    return ("Protokoll styrelsemöte 2019-01-02\n\n§1. Mötets öppnande: Ordföranden öppnade mötet.\n\n"
            f"§2. Ekonomi: {body}\n\n§3. Skrivelser: Inga skrivelser denna gång.\n")


@pytest.mark.parametrize("body", [
    "Redovisning sker vid nästa möte 4/2",  # 1132 (Flygsfors Folkets husförening)
    "Rapport ges vid nästa möte.",
    "Genomgång görs på nästa möte.",
    "Redovisningen sker på kommande styrelsemöte.",
    "Information lämnas vid nästa sammanträde.",
])
def test_report_put_to_next_meeting_as_the_whole_text_puts_the_item_off(body: str) -> None:
    items, carry = item_rows(_ledger(body), "2019-01-02")
    assert [(status, when) for number, _, status, when in items if number == "2"] == [("postponed", "next")]
    assert carry == [("2", "next", "postponed")]


@pytest.mark.parametrize("body", [
    "Presentation av bokslutet görs vid nästa möte.",
    "Kassören gick igenom ekonomin. Redovisning sker vid nästa möte.",
    "Redovisning sker vid årsmötet.",
    "Rapport ges av kassören om läget i kassan och om medlemsavgifterna som ska betalas in senast vid nästa möte.",
])
def test_report_put_off_look_alikes_keep_the_item_handled(body: str) -> None:
    items, _ = item_rows(_ledger(body), "2019-01-02")
    assert [status for number, _, status, _ in items if number == "2"] == ["handled"]


def _waiting(title: str, body: str) -> str:
    return ("Protokoll styrelsemöte 2018-01-22\n\n1. Mötets öppnande\nOrdföranden öppnade mötet.\n\n"
            f"2. {title}\n{body}\n\n3. Mötets avslutande\nOrdföranden avslutade mötet.\n")


@pytest.mark.parametrize(("title", "body"), [
    # 1145 (Umeå socialdansförening)
    ("Sommarkurser och prova på Gammlia",
     "Beslut: Vi avvaktar kring eventuell helgkurs under sommaren, intresseförfrågan ställs till nästa medlemsmöte."),
    ("Sommarkurser och prova på Gammlia",
     ("En lämplig summa att söka efter är 3500:-, vi avvaktar dock köp tills vi vet mer kring vad årets budget kommer"
      " att ligga på.")),
    ("Lokalfrågan", "Styrelsen avvaktar gällande ny hyresgäst i källaren."),
    ("Lokalfrågan", "Vi avvaktar därför med inköp av nya stolar."),
    ("Trafikgruppen", "Avvaktar med skrivelse om gratis resor för äldre."),
    ("Lokalfrågan", "Vi avvaktar beställning av nya stolar tills offerten kommit."),
])
def test_waiting_with_a_thing_of_its_own_keeps_the_item_handled(title: str, body: str) -> None:
    items, _ = item_rows(_waiting(title, body), "2018-01-22")
    assert [status for number, _, status, _ in items if number == "2"] == ["handled"]


@pytest.mark.parametrize(("title", "body"), [
    ("Budget", "Vi avvaktar frågan tills nästa möte."),
    ("Budget", "Vi avvaktar med budgeten."),
    ("Budget", "Vi avvaktar beslutet tills vi vet mer."),
    ("Lokaler", "Vi avvaktar ärendet tills vidare."),
    ("Budget", "Avvaktar."),
])
def test_waiting_with_the_matter_still_puts_the_item_off(title: str, body: str) -> None:
    items, _ = item_rows(_waiting(title, body), "2018-01-22")
    assert [status for number, _, status, _ in items if number == "2"] == ["postponed"]


@pytest.mark.parametrize("sentence", [
    # 1137 (Västerbottens spelmansförbund)
    "Verksamhetsberättelsen godkändes inte, utan styrelsen fick i uppdrag att omarbeta den.",
    "Styrelsen får i uppdrag att omarbeta förslaget.",
    "Budgeten godkändes inte utan ska omarbetas.",
    "Stadgeförslaget behöver omarbetas.",
    "Arbetsgruppen får i uppdrag att arbeta om texten.",
    "Förslaget skickas tillbaka till arbetsgruppen för omarbetning.",
])
def test_paper_given_back_to_be_reworked_returns(sentence: str) -> None:
    found = classify(sentence, JANUARY_2018)
    assert found is not None and (found.status.value, found.when) == ("returns", None)


@pytest.mark.parametrize("sentence", [
    "Texten har omarbetats och godkändes.",
    "Styrelsen har omarbetat förslaget efter förra mötet.",
    "Den omarbetade verksamhetsplanen godkändes.",
])
def test_rework_already_done_is_no_return(sentence: str) -> None:
    assert _status(sentence) is None


# A wiki page's history copy (1142, Samsyn): headings in MediaWiki bold, "'''1.      Presentationsrunda'''.".
@pytest.mark.parametrize(("line", "clean"), [
    ("'''1.      Presentationsrunda'''.", "1.      Presentationsrunda."),
    ("'''2.      En''' '''statusuppdatering''' (Charlotte).", "2.      En statusuppdatering (Charlotte)."),
    ("'''3.      Dagens möte'''", "3.      Dagens möte"),
    ("Beslut: ''Ärendet bordläggs''.", "Beslut: Ärendet bordläggs."),
    ("'''''Nästa möte''''' 14 mars", "Nästa möte 14 mars"),
])
def test_wiki_emphasis_is_stripped(line: str, clean: str) -> None:
    assert minutes_from_text(f"Minnesanteckningar 2019-01-23\n\n{line}\n").clean.split("\n")[2] == clean


@pytest.mark.parametrize("line", [
    "Mötet leddes av Sean O'Brien.",
    "Föreningens 'motto' diskuterades.",
    "Karin's förslag godkändes.",
])
def test_single_apostrophes_stay(line: str) -> None:
    assert minutes_from_text(f"Minnesanteckningar 2019-01-23\n\n{line}\n").clean.split("\n")[2] == line


def test_wiki_bold_headings_are_items() -> None:
    text = ("== '''Minnesanteckningar möte 2019-01-23 i Linköping'''  ==\n\nNärvarande: Karin Grelz, Lars Jämterud\n\n"
            "'''1.      Presentationsrunda'''.\n\nMalin välkomnades.\n\n"
            "'''2.      En''' '''statusuppdatering''' (Charlotte).\n\nSamsynwikin öppnades.\n\n"
            "'''3.      Dagens möte'''\n\nVi gick igenom begreppen.\n")
    items, _ = item_rows(text, "2019-01-23")
    assert [(number, title) for number, title, _, _ in items] == [
        ("1", "Presentationsrunda"), ("2", "En statusuppdatering (Charlotte)"), ("3", "Dagens möte")]
