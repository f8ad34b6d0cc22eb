"""Item families from the fifteenth and sixteenth batches of held-out minutes (tests/data/extra/docs/487-510).

- A stored copy's page line runs the agenda together ("2 1. Mötets öppnande 2. Val av justerare
  3. ..."): the first number, read in another style than the run-in ones, still opens the list.
- The signature box a printed page opens with stands on the line of its first paragraph
  ("Just: § 1" / "Val av justeringsperson").
- A page line that keeps "page (of pages)" before the item's number ("2 (7) 3 Kultursamverkan ...").
- Association minutes run headings in capitals into their text, several to a line, with lettered
  sub-points of a grouping heading ("6 RAPPORTER 6A ORDFÖRANDEN ... 6B KASSÖREN ...").
- The agenda approval tells the fate of later points by number ("Ärende nr 9 ... utgår") that have
  no heading in the minutes (struck, or a copy cut short): they are still carried.
- Headings alone on their line whose text is one outcome word ("Godkännande av dagordning" /
  "Godkändes"); attendance rows and labels set out as paragraphs are no headings.
"""

from __future__ import annotations

import pytest

from tests.extract.item_rows import item_rows


def _numbers(text: str) -> list[str | None]:
    return [number for number, *_ in item_rows(text, "2020-03-04")[0]]


def _titles(text: str) -> list[tuple[str | None, str]]:
    return [(number, title) for number, title, *_ in item_rows(text, "2020-03-04")[0]]


# --- an agenda run together on a stored copy's page line ---------------------------------------

_PAGE_ONE = ("Transkript\n\n1 Protokoll styrelsemöte Föreningen Datum: 2020-03-04 Plats: Lokalen Närvarande: "
             "Anna Berg, Per Ek, Lena Sund\n\n")

PAGE_AGENDA = [
    pytest.param(_PAGE_ONE + "2 1. Mötets öppnande 2. Val av justerare för mötets protokoll 3. Godkännande av "
                 "dagordning för mötet 4. Ekonomirapport 5. Övriga frågor 6. Mötets avslutande 2\n",
                 ["1", "2", "3", "4", "5", "6"], id="page-line-agenda"),
    pytest.param(_PAGE_ONE + "2 1. Mötets öppnande 2. Val av sekreterare 3. Val av justerare 4. Rapporter från "
                 "kommittéerna 5. Nästa möte 3\n",
                 ["1", "2", "3", "4", "5"], id="page-line-agenda-short-titles"),
    # look-alikes that must not fire
    pytest.param(_PAGE_ONE + "2 Styrelsen behandlade punkt 1. Mötets öppnande 2. Val av justerare för mötets "
                 "protokoll 3. Godkännande av dagordning för mötet 4. Ekonomirapport 5. Övriga frågor 2\n",
                 ["2", "3", "4", "5"], id="a-point-named-in-the-text-before"),
]


@pytest.mark.parametrize(("text", "numbers"), PAGE_AGENDA)
def test_page_line_agenda_keeps_its_first_item(text: str, numbers: list[str]) -> None:
    assert _numbers(text) == numbers


# --- the page's signature box before its first paragraph ----------------------------------------

_SIGNED = ("Protokoll från sammanträde med styrgruppen\n\nTid: 14 januari 2015\n\n{box} § 1\n\nVal av justeringsperson\n\n"
           "Till att jämte ordföranden justera dagens protokoll utses Anna Berg.\n\n§ 2\n\nGodkännande av dagordning\n\n"
           "Utsänd dagordning godkänns.\n\n§ 3\n\nBudget 2016\n\nStyrgruppen diskuterade budgeten för nästa år.\n")

SIGNATURE_BOX = [
    pytest.param(_SIGNED.format(box="Just:"), ["1", "2", "3"], id="just-colon"),
    pytest.param(_SIGNED.format(box="Justerandes sign"), ["1", "2", "3"], id="justerandes-sign"),
    pytest.param(_SIGNED.format(box="Just."), ["1", "2", "3"], id="just-stop"),
    # look-alikes that must not fire
    pytest.param(_SIGNED.format(box="Just nu gäller"), ["2", "3"], id="words-before-the-sign"),
    pytest.param(_SIGNED.format(box="Justering enligt") , ["2", "3"], id="justering-with-text"),
]


@pytest.mark.parametrize(("text", "numbers"), SIGNATURE_BOX)
def test_signature_box_before_the_first_paragraph(text: str, numbers: list[str]) -> None:
    assert _numbers(text) == numbers


# --- "page (of pages)" left before the item's number on a page line ------------------------------

PAGE_OF_PAGES = [
    pytest.param("Transkript\n\n1 1 (7) Landstingets kansli Kulturberedningen Tid Fredagen den 14 februari 2014 "
                 "Plats Sessionssalen. Ordföranden önskar alla välkomna. 1 Justering Ordförande Göran Berg och Anna Sund justerar protokollet.\n\n"
                 "2 2 (7) 3 Kultursamverkansmodellen 2012 Statens kulturråds uppföljning Uppföljningen delas ut till "
                 "ledamöterna och samordnaren ger en presentation av sammanställningen.\n",
                 ["1", "3"], id="page-of-pages-then-item"),
    # look-alikes that must not fire
    pytest.param("Transkript\n\n1 1 (7) Landstingets kansli Kulturberedningen Tid Fredagen den 14 februari 2014 "
                 "Plats Sessionssalen. Ordföranden önskar alla välkomna. 1 Justering Ordförande Göran Berg och Anna Sund justerar protokollet.\n\n"
                 "2 2 (7) Uppföljningen delas ut till ledamöterna och samordnaren ger en presentation av "
                 "sammanställningen 3 gånger om året.\n",
                 [], id="page-of-pages-then-text"),
]


@pytest.mark.parametrize(("text", "numbers"), PAGE_OF_PAGES)
def test_page_of_pages_before_the_item_number(text: str, numbers: list[str]) -> None:
    assert _numbers(text) == numbers


# --- headings in capitals run in with their text --------------------------------------------------

_CAPS_HEAD = "PROTOKOLL FÖRT VID MEDLEMSMÖTE 2019-03-21\n\n"

CAPS_RUN_IN = [
    pytest.param(_CAPS_HEAD + "1 MEDLEMSMÖTETS ÖPPNANDE Vice ordföranden öppnade mötet och hälsade alla välkomna\n\n"
                 "2 DAGORDNINGEN Förslaget till dagordningen godkändes 3 VAL AV PROTOKOLLJUSTERARE Gun Berg och "
                 "Bo Ek valdes att justera dagens protokoll. 4 FÖRRA MÖTESPROTOKOLLET Protokollet gicks igenom och "
                 "lades till handlingarna.\n\n5 SKRIVELSER Inga skrivelser hade kommit in.\n\n7 ÖVRIGT\n",
                 [("1", "MEDLEMSMÖTETS ÖPPNANDE"), ("2", "DAGORDNINGEN"), ("3", "VAL AV PROTOKOLLJUSTERARE"),
                  ("4", "FÖRRA MÖTESPROTOKOLLET"), ("5", "SKRIVELSER"), ("7", "ÖVRIGT")],
                 id="run-in-capitals"),
    pytest.param(_CAPS_HEAD + "1 MÖTETS ÖPPNANDE Ordföranden öppnade mötet.\n\n"
                 "2 RAPPORTER 2A ORDFÖRANDEN Distriktet har årsmöte den 25 april. 2B KASSÖREN Kassören "
                 "presenterade föreningens ekonomi. 2C MEDLEMSANSVARIG 234 medlemmar i dagsläget. 2D RESOR OCH "
                 "STUDIER: Gerd informerade om kurser.\n\n3 ÖVRIGT Inget övrigt togs upp.\n",
                 [("1", "MÖTETS ÖPPNANDE"), ("2A", "ORDFÖRANDEN"), ("2B", "KASSÖREN"), ("2C", "MEDLEMSANSVARIG"),
                  ("2D", "RESOR OCH STUDIER"), ("3", "ÖVRIGT")],
                 id="lettered-sub-points-of-a-grouping-heading"),
    # look-alikes that must not fire
    pytest.param(_CAPS_HEAD + "1. Mötets öppnande\n\nOrdföranden öppnade mötet.\n\n2. Rapporter\n\n"
                 "4 KPR informerade om det nya seniorboendet i Kungälv.\n\n3. Övrigt\n\nInget övrigt.\n",
                 [("1", "Mötets öppnande"), ("2", "Rapporter"), ("3", "Övrigt")], id="acronym-opens-the-text"),
    pytest.param(_CAPS_HEAD + "1. Mötets öppnande\n\nOrdföranden öppnade mötet.\n\n2. Kommande aktiviteter\n\n"
                 "12 JANUARI Årsmöte i Folkets hus med kaffe och underhållning.\n\n3. Övrigt\n\nInget övrigt.\n",
                 [("1", "Mötets öppnande"), ("2", "Kommande aktiviteter"), ("3", "Övrigt")], id="date-in-capitals"),
]


@pytest.mark.parametrize(("text", "titles"), CAPS_RUN_IN)
def test_headings_in_capitals_run_in(text: str, titles: list[tuple[str, str]]) -> None:
    assert _titles(text) == titles


# --- later points the agenda approval names by number ---------------------------------------------

_APPROVAL = ("Protokoll\n\n§ 1\n\nVal av justeringsperson\n\nTill justerare utses Anna Berg.\n\n§ 2\n\n"
             "Godkännande av dagordning\n\n{text}\n\nUtsänd dagordning godkänns i övrigt.\n\n§ 3\n\nBudget\n\n"
             "Styrgruppen diskuterade budgeten.\n")

NAMED_LATER_POINTS = [
    pytest.param("Ärende nr 9, Lundbyleden, vägplanbeskrivning utgår. Ärende nr 13, återkoppling om strandskydd "
                 "flyttas till ett senare sammanträde.",
                 [("9", None, "postponed"), ("13", None, "postponed")], id="ärende-nr-dropped-and-moved"),
    pytest.param("Punkt 12 flyttas till nästa möte.", [("12", "next", "postponed")], id="punkt-to-next-meeting"),
    pytest.param("Ärende 7 bordläggs.", [("7", None, "postponed")], id="ärende-tabled"),
    # look-alikes that must not fire
    pytest.param("Ärende nr 8 ändras till rubriken Val av lokalisering för väg 535.", [], id="title-changed"),
    pytest.param("Nytt ärende om detaljplan läggs till som nummer 15 på dagordningen.", [], id="point-added"),
    pytest.param("Enligt § 12 i stadgarna utgår arvode till ledamöterna.", [], id="statutes-paragraph"),
]


@pytest.mark.parametrize(("text", "carry"), NAMED_LATER_POINTS)
def test_agenda_approval_names_later_points(text: str, carry: list[tuple[str, str | None, str]]) -> None:
    items, carried = item_rows(_APPROVAL.format(text=text), "2020-03-04")
    assert [(n, s) for n, _, s, _ in items] == [("1", "handled"), ("2", "handled"), ("3", "handled")]
    assert carried == carry


def test_point_below_the_first_item_is_not_carried() -> None:
    """A protocol numbered from § 94 whose approval names the agenda's own point 5: no such item here."""
    text = _APPROVAL.replace("§ 1\n", "§ 94\n").replace("§ 2\n", "§ 95\n").replace("§ 3\n", "§ 96\n")
    items, carried = item_rows(text.format(text="Ärende 5 utgår."), "2020-03-04")
    assert [n for n, *_ in items] == ["94", "95", "96"]
    assert carried == [("95", None, "postponed")]


# --- headings alone on their line: outcome words, attendance rows and labels ----------------------

_NOTES = ("Minnesanteckningar möte nr 3\n\nTid: 2019-09-24\n\nNärvarande\n\n"
          "Anders Kullgren, Folksam Catarina Nilsson, Stockholms stad Patrick Magnusson, Sveriges Åkeriföretag\n\n"
          "{row}\n\n"
          "Hans Berg, Transportstyrelsen Suzanne Andersson, Göteborgs stad Marie Nordén, NTF och fler\n\n"
          "{label}\n\nMagnus Granström, SAFER Ola Boström, Veoneer Sofia Gjerstad, Trafikverket och fler\n\n"
          "Mötets öppnande\n\nOrdföranden hälsade alla välkomna och förklarade mötet öppnat efter en kort runda.\n\n"
          "Godkännande av dagordning\n\n{outcome}\n\n"
          "Trafiksäkerhetsläget\n\nTrafikverket presenterade hur olycksutvecklingen sett ut hittills under året.\n")

STANDALONE = [
    pytest.param(_NOTES.format(row="Berit Johansson, STR", label="Förhindrad att delta", outcome="Godkändes"),
                 ["Mötets öppnande", "Godkännande av dagordning", "Trafiksäkerhetsläget"], id="notes"),
    pytest.param(_NOTES.format(row="Berit Johansson, STR", label="Förhindrade", outcome="Fastställdes."),
                 ["Mötets öppnande", "Godkännande av dagordning", "Trafiksäkerhetsläget"], id="outcome-with-stop"),
    # look-alikes that must not fire
    pytest.param(_NOTES.format(row="Berit Johansson, STR", label="Förhindrad att delta", outcome="Mötet"),
                 ["Mötets öppnande", "Trafiksäkerhetsläget"], id="one-word-not-an-outcome"),
    pytest.param(_NOTES.format(row="Berit Johansson, STR", label="Förhindrad att delta",
                               outcome="Godkändes men ordföranden påminde om att dagordningen ska skickas ut i tid"),
                 ["Mötets öppnande", "Godkännande av dagordning", "Trafiksäkerhetsläget"], id="a-longer-sentence"),
]


@pytest.mark.parametrize(("text", "titles"), STANDALONE)
def test_standalone_headings_outcomes_and_attendance(text: str, titles: list[str]) -> None:
    assert [title for _, title in _titles(text)] == titles


def test_person_heading_without_attendance_rows_stays() -> None:
    """A heading of a person's name and role, with prose around it, is still a heading."""
    text = ("Minnesanteckningar\n\nMötets öppnande\n\nOrdföranden hälsade alla välkomna och förklarade mötet öppnat.\n\n"
            "Anna Berg, Trafikverket\n\nAnna Berg presenterade det nya uppdraget om trafiksäkerhet för gruppen.\n\n"
            "Övriga frågor\n\nInga övriga frågor togs upp och mötet avslutades av ordföranden.\n")
    assert [title for _, title in _titles(text)] == ["Mötets öppnande", "Anna Berg, Trafikverket", "Övriga frågor"]


# --- a flattened board protocol: each title ends at the presenter's label -------------------------

_BOARD = ("2018-12-12 Sid 2 (7) Protokoll fört vid styrelsemöte. Styrelsemötet inleddes med en presentation av "
          "rapporten om myndighetsstyrelser och en diskussion om dess slutsatser för förvaltningen. ")

PRESENTED = [
    pytest.param(_BOARD + "1 Fastställande av föredragningslista Föredragande: Ulrika Hamilton Styrelsen fastställde "
                 "föredragningslistan efter justeringar i ordningsföljden. 2 Val av justeringsperson att jämte "
                 "ordföranden justera protokollet Föredragande: Ulrika Hamilton Styrelsen utsåg Aris Berg att "
                 "justera dagens protokoll. 3 Fråga om eventuellt jäv Foredragande: Ulrika Hamilton Det noterades "
                 "att ingen ledamot anmälde jäv i något av ärendena på dagens sammanträde.",
                 ["1", "2", "3"], id="presenter-after-each-title"),
    # look-alikes that must not fire
    pytest.param(_BOARD + "Styrelsen gick igenom avsnitt 1 Fastställande av föredragningslista Föredragande: Ulrika "
                 "Hamilton och avsnitt 2 Val av justeringsperson Föredragande: Ulrika Hamilton, utan att något "
                 "ändrades i förslagen som kansliet tagit fram inför mötet i december med alla ledamöter närvarande "
                 "och med en lång diskussion om hur protokollen ska skrivas framöver.",
                 [], id="numbers-inside-a-sentence"),
]


@pytest.mark.parametrize(("text", "numbers"), PRESENTED)
def test_titles_ended_by_the_presenter_label(text: str, numbers: list[str]) -> None:
    assert _numbers(text) == numbers


# --- lettered points that an item's number opens, one to a line ------------------------------------

_REGISTER = ("Protokoll Socialnämnden\n\n13 Rapportering av ej verkställda beslut\n\nAnmälningsärenden\n\n"
             "14 Anmälan av ansökan till e-tjänstprogrammet\n\n{points}\n\nÖvriga frågor\n\n16 Nämndens frågor\n")

LETTERED_UNDER_NUMBER = [
    pytest.param(_REGISTER.format(points="15 a) Anmälan av protokollsjustering\n\nb) Anmälan av handikapprådets "
                                         "protokoll\n\nc) Anmälan av delegationsprotokoll"),
                 ["13", "14", "a", "b", "c", "16"], id="register-of-reported-matters"),
    pytest.param(_REGISTER.format(points="15 a) Anmälan av protokollsjustering\nb) Anmälan av inkomna handlingar."),
                 ["13", "14", "a", "b", "16"], id="no-blank-lines-and-a-stop"),
    # look-alikes that must not fire
    pytest.param(_REGISTER.format(points="15 a) Anmälan av protokollsjustering"), ["13", "14", "16"],
                 id="one-letter-is-no-list"),
    pytest.param(_REGISTER.format(points="15 a) Anmälan av protokollsjustering\n\nc) Anmälan av delegationsprotokoll"),
                 ["13", "14", "16"], id="letters-skip"),
    pytest.param(_REGISTER.format(points="15 a) att godkänna rapporten\n\nb) att lägga den till handlingarna"),
                 ["13", "14", "16"], id="proposals-in-lower-case"),
]


@pytest.mark.parametrize(("text", "numbers"), LETTERED_UNDER_NUMBER)
def test_lettered_points_under_a_number(text: str, numbers: list[str]) -> None:
    assert _numbers(text) == numbers


# --- a page's head, then an item coded by the body's letters and its diary number ----------------------

_FRONT = ("Transkript\n\n1 Vimmerby kommun Kommunstyrelsen SAMMANTRÄDESPROTOKOLL Sammanträdesdatum Plats och "
          "sammanträdestid Tunasalen, stadshuset, Tisdag 3 september 2013 Beslutande Anna Berg (M), ordförande\n\n")

CODED_DIARY = [
    pytest.param(_FRONT + "2 VIMMERBY KOMMUN SAMMANTRÄDESPROTOKOLL sidnr Sammanträdesdatum 1(4) Kommunstyrelsen "
                 "KS 235 Dnr 191/2013 Kod 623 Riktlinjer för skolskjutsar i kommunen Kommunstyrelsens beslut "
                 "Kommunstyrelsen föreslår kommunfullmäktige besluta att anta riktlinjerna.\n",
                 [("235", "Riktlinjer för skolskjutsar i kommunen")], id="code-number-diary-filing-code"),
    pytest.param(_FRONT + "2 KOMMUNSTYRELSEN Sammanträdesdatum Blad 1(2) KS § 12 Dnr KS 2013.45 Budget för nästa år "
                 "Kommunstyrelsens beslut Kommunstyrelsen godkänner budgeten.\n\n3 KOMMUNSTYRELSEN "
                 "Sammanträdesdatum Blad 2(2) KS § 13 Dnr 2013/50 Motion om cykelvägar Kommunstyrelsens beslut "
                 "Motionen avslås.\n",
                 [("12", "Budget för nästa år"), ("13", "Motion om cykelvägar")], id="sign-and-diary-on-two-pages"),
    # look-alikes that must not fire
    pytest.param(_FRONT + "2 VIMMERBY KOMMUN SAMMANTRÄDESPROTOKOLL sidnr Sammanträdesdatum 1(4) Kommunstyrelsen "
                 "KS 235 Dnr 191/2013 beslutade tidigare om riktlinjerna för skolskjutsar i kommunen.\n",
                 [], id="lower-case-after-the-diary-number"),
]


@pytest.mark.parametrize(("text", "titles"), CODED_DIARY)
def test_coded_item_with_diary_number_in_the_page_head(text: str, titles: list[tuple[str, str]]) -> None:
    assert _titles(text) == titles
