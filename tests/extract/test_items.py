"""Agenda items: headings of the layouts Swedish minutes use, and each item's status and target.

Phrases are taken from real minutes (the seeds, the development set, and other published
protokoll and minnesanteckningar of boards, councils and working groups).
"""

from __future__ import annotations

from datetime import date

import pytest

from planner.extract.items import classify, extract_items, when_of
from planner.extract.model import ItemStatus, Meeting
from planner.extract.text import minutes_from_text

H = ItemStatus.HANDLED
P = ItemStatus.POSTPONED
R = ItemStatus.RETURNS
F = ItemStatus.REFERRED


def items_of(text: str, day: str = "2021-10-01") -> list[tuple[str | None, str]]:
    doc = minutes_from_text(text)
    items, _, _ = extract_items(doc, Meeting(date=day))
    return [(i.number, i.title) for i in items]


# --- headings -------------------------------------------------------------------------------

HEADINGS = [
    pytest.param(
        "1. Information om Covid-19 i Kronobergs län\n\nSmittskyddsläkaren informerar.\n\n"
        "2. Information om höga flödena i länet\n\nBeredskapsdirektören redogör.\n",
        [("1", "Information om Covid-19 i Kronobergs län"), ("2", "Information om höga flödena i länet")],
        id="numbered-dot",
    ),
    pytest.param(
        "## **1. Avtackning Per Sandberg**\n\nAnnika hälsar välkommen.\n\n"
        "## **2. Incheckning**\n\nLaget runt.\n",
        [("1", "Avtackning Per Sandberg"), ("2", "Incheckning")],
        id="markdown-bold-numbered",
    ),
    pytest.param(
        "§ 94 Mötet öppnas\n\nOrdförande hälsar alla välkomna.\n\n"
        "§ 95 Val av justerare och rapportör till Grupptrycket\n\nBeslut\n\natt utse Henrik.\n",
        [("94", "Mötet öppnas"), ("95", "Val av justerare och rapportör till Grupptrycket")],
        id="paragraph-sign",
    ),
    pytest.param(
        "§1 Mötet öppnas\nNärvarande: Jan-Erik Engman, Lasse Johansson.\n\n"
        "§2 Val av sekreterare och justerare\nLasse valdes till sekreterare.\n\n"
        "§7 Pågående ärenden\nJan-Erik jobbar på med hemsidan.\n",
        [("1", "Mötet öppnas"), ("2", "Val av sekreterare och justerare"), ("7", "Pågående ärenden")],
        id="paragraph-sign-gap",
    ),
    pytest.param(
        "§ 45 Dnr KS 2021/123\nBudget 2022\nSammanfattning\nFörvaltningen har tagit fram ett förslag.\n"
        "Beslut\nKommunstyrelsen beslutar att godkänna förslaget.\n\n§ 46\nDetaljplan för Kv Eken\n"
        "Ärendet bordläggs.\n",
        [("45", "Budget 2022"), ("46", "Detaljplan för Kv Eken")],
        id="number-alone-title-below",
    ),
    pytest.param(
        "Punkt 4 – Ekonomi\nKassören redovisar.\nPunkt 5 – Övrigt\nInget.\n",
        [("4", "Ekonomi"), ("5", "Övrigt")],
        id="dash-after-number",
    ),
    pytest.param(
        "§ 12\tBudget 2022\tDnr 2021/45\n§ 13\tDetaljplan Eken\tDnr 2021/50\n\n"
        "§ 12\tBudget 2022\n\nKommunstyrelsen godkänner budgeten.\n\n§ 13\tDetaljplan Eken\n\nÄrendet bordläggs.\n",
        [("12", "Budget 2022"), ("13", "Detaljplan Eken")],
        id="register-table-then-paragraphs",
    ),
    pytest.param(
        "Medlemsmöte 130917\n\n5. Vi ska planera in ett möte om översiktsplanen längre fram i höst när vi vet mer.\n\n"
        "6. Val året 2014. Vi är överens om att vi behöver synas och tala om vad vi står för.\n\n"
        "9. Aktuella kommunpolitiska frågor:\n\n  • Nya kommunchefen börjar i oktober\n\n"
        "10. Nästa möte: 29/10 kl. 18.30 Hotel Station.\n\n11. Övriga frågor: Inger ställer frågan om vi ska yttra "
        "oss gällande nya arvodesförslaget.\n\n12. Mötet avslutas.\n",
        [("5", "Vi ska planera in ett möte om översiktsplanen"), ("6", "Val året 2014"),
         ("9", "Aktuella kommunpolitiska frågor"), ("10", "Nästa möte"), ("11", "Övriga frågor"),
         ("12", "Mötet avslutas")],
        id="paragraphs-opening-with-their-number",
    ),
    pytest.param(
        "1. Ordföranden hälsade alla välkomna och förklarade mötet öppnat för kvällen.\n"
        "2. Till justerare valdes Anna Berg och Bo Ek att justera dagens protokoll.\n"
        "3. Kassören redovisade ekonomin och styrelsen lade rapporten till handlingarna.\n",
        [("1", "Ordföranden hälsade alla välkomna och förklarade mötet öppnat"),
         ("2", "Till justerare valdes Anna Berg och Bo Ek"),
         ("3", "Kassören redovisade ekonomin och styrelsen lade rapporten till")],
        id="only-numbered-paragraphs",
    ),
    pytest.param(
        "Protokoll fört vid Skypemöte 18 05 02 kl. 10-11\n\nNärvarande\n\nLilliAnn, IngBritt, Björn, Våge\n\n"
        "§ 55. Ordföranden hälsar välkommen och förklarar mötet för öppnat.\n\n"
        "§ 56. Ordföranden skriver verksamhetsberättelse och plan omgående.\n\n"
        "§ 57. Ingemar Nevelius motioner diskuterades och styrelsen stödjer motionen.\n",
        [("55", "Ordföranden hälsar välkommen och förklarar mötet för öppnat"),
         ("56", "Ordföranden skriver verksamhetsberättelse och plan omgående"),
         ("57", "Ingemar Nevelius motioner diskuterades och styrelsen stödjer motionen")],
        id="numbered-paragraphs-continuing-from-earlier-meetings",
    ),
    pytest.param(
        "1) Mötets öppnande\nOrdföranden öppnar mötet.\n2) Val av justerare\nEva väljs.\n",
        [("1", "Mötets öppnande"), ("2", "Val av justerare")],
        id="parenthesis",
    ),
    pytest.param(
        "FHR 5: Folkhälsoplan 2022\n\nPlanen diskuteras.\n\nFHR 6: Övrigt\n\nInget övrigt.\n",
        [("5", "Folkhälsoplan 2022"), ("6", "Övrigt")],
        id="prefixed-code",
    ),
    pytest.param(
        "FHR 12 Mötets öppnande\n\nOrdföranden öppnar mötet.\n\nFHR 13 Folkhälsopolitiskt program\n\nDiskussion.\n",
        [("12", "Mötets öppnande"), ("13", "Folkhälsopolitiskt program")],
        id="prefixed-code-without-colon",
    ),
    pytest.param(
        "Punkt 1. Mötets öppnande\n\nOrdföranden öppnar.\n\nPunkt 2. Val av justerare\n\nEva väljs.\n",
        [("1", "Mötets öppnande"), ("2", "Val av justerare")],
        id="punkt-prefix",
    ),
    pytest.param(
        "1. Mötets öppnande\n\nMötet öppnades.\n\n3. Rapporter / Diskussionspunkter\n\n3.1 Rapport från "
        "partisekreterare\n\nRapporten föredrogs.\n\n3.3 Folkhögskola\n\nFrågan behandlades inte.\n",
        [("1", "Mötets öppnande"), ("3.1", "Rapport från partisekreterare"), ("3.3", "Folkhögskola")],
        id="subpoints-of-combined-grouping-parent",
    ),
    pytest.param(
        "4. God och nära vård och omsorg - redovisning av lokala planerade insatser gällande nära vård och\n"
        "äldreomsorg från varje huvudman\n\nVarje huvudman gör en muntlig redovisning.\n\n"
        "5. Länsgemensam strategi\n\nFörslaget finns som bilaga.\n\n2. Utsedda personer i länets ledningsgrupp "
        "får i uppdrag att ta fram ett förslag som\nsedan beslutas vid senare möte.\n\n6. Övrigt\n\nInget.\n",
        [("4", ("God och nära vård och omsorg - redovisning av lokala planerade insatser gällande nära vård och "
                "äldreomsorg från varje huvudman")), ("5", "Länsgemensam strategi"), ("6", "Övrigt")],
        id="wrapped-heading-and-wrapped-proposal-of-pdf-text",
    ),
    pytest.param(
        "Dagordning\n1. Mötets öppnande\n2. Val av justerare\n3. Ekonomi\n"
        "1. Mötets öppnande\nOrdföranden öppnade mötet.\n2. Val av justerare\nAnna valdes.\n"
        "3. Ekonomi\nBudgeten bordläggs.\n",
        [("1", "Mötets öppnande"), ("2", "Val av justerare"), ("3", "Ekonomi")],
        id="agenda-list-then-minutes",
    ),
    pytest.param(
        "Närvarande:\n1. Anna Berg (S)\n2. Bo Ek (M)\n3. Cecilia Dahl (C)\n4. Dan Ek (L)\n\n"
        "1. Mötets öppnande\n\nOrdföranden öppnar.\n\n2. Ekonomi\n\nBudgeten godkänns.\n",
        [("1", "Mötets öppnande"), ("2", "Ekonomi")],
        id="numbered-attendance-list-is-no-item",
    ),
    pytest.param(
        "2. Rekvisering av statsbidrag psykisk hälsa\n\nMagnus föreslår följande:\n\n"
        "1. Region Kronoberg rekvirerar de länsgemensamma stimulansmedlen gällande psykisk hälsa.\n"
        "2. Utsedda personer i länets ledningsgrupp får i uppdrag att ta fram ett förslag på satsningar.\n\n"
        "3. Gemensamma medel för samverkan vid utskrivning\n\nDiskussion.\n",
        [("2", "Rekvisering av statsbidrag psykisk hälsa"), ("3", "Gemensamma medel för samverkan vid utskrivning")],
        id="proposal-list-is-no-item",
    ),
    pytest.param(
        "## **15. Övrigt**\n\nDiskussion.\n\n## **15. Utcheckning**\n\nUtcheckning och reflektion.\n",
        [("15", "Övrigt"), ("15", "Utcheckning")],
        id="repeated-number-kept",
    ),
    pytest.param(
        " 13. Genomgång av verksamhetsplan, tidsupplägg\n  Styrelsen beslutar.\n 14. Övriga frågor\n"
        "  14.1 Nästa möte\n  Styrelsen beslutar att mötet hålls 15/5.\n  14.2 Demokratiobservatör\n"
        "  Ingen behövs.\n",
        [("13", "Genomgång av verksamhetsplan, tidsupplägg"), ("14.1", "Nästa möte"), ("14.2", "Demokratiobservatör")],
        id="subpoints-of-grouping-parent",
    ),
    pytest.param(
        " 2. Val av mötesfunktionärer\n  2.1 Ordförande\n  Styrelsen väljer Kotte.\n  2.2 Sekreterare\n"
        "  Styrelsen väljer Foxears.\n 3. Adjungerande\n  Inga.\n",
        [("2", "Val av mötesfunktionärer"), ("3", "Adjungerande")],
        id="subpoints-of-one-matter-stay-inside",
    ),
    pytest.param(
        "## **10. Tvärgrupperna**\n\nBarn- och unga\n\nInget att återkoppla.\n\n## Äldre\n\nInget att återkoppla.\n\n"
        "## **11. Kommande möten**\n\nBeslut.\n",
        [("10", "Tvärgrupperna"), ("11", "Kommande möten")],
        id="subheading-inside-item",
    ),
    pytest.param(
        "Protokoll Presidiekonferens Läns gemensam ledning 2 oktober 2020\n\nVälkommen\n\n"
        "Stihna Johansson Evertsson hälsade alla välkomna till konferensen denna dag.\n\n"
        "Coronapandemin och fortsatt arbete [Bildspel 1](#)\n\n"
        "Mattias Ask redogjorde för arbetet under coronapandemin under våren och sommaren 2020.\n\n"
        "Beslut\n\nAtt godkänna det regionala styrdokumentet för Läns gemensam ledning i samverkan.\n\n"
        "Anmälda till presidiekonferensen:\n\nAnders Björlin\tVästerviks kommun\n\n"
        "Ann-Katrin Wilhelmsson\n\nTf samordnare Läns gemensam ledning\n",
        [(None, "Välkommen"), (None, "Coronapandemin och fortsatt arbete")],
        id="standalone-headings",
    ),
    pytest.param(
        "Minnesanteckningar från arbetsgruppen 12 mars 2019\n\nNärvarande: Anna Berg, Bo Ek\n\n"
        "Uppföljning av handlingsplanen\nGruppen gick igenom handlingsplanen och konstaterade att arbetet "
        "följer tidplanen.\n\nKommunikation\nEn ny webbsida tas fram under våren och presenteras för gruppen.\n",
        [(None, "Uppföljning av handlingsplanen"), (None, "Kommunikation")],
        id="heading-right-above-its-paragraph",
    ),
    pytest.param(
        "Minnesanteckningar arbetsgruppen 2019-03-12\n\n**Tid:** 13.00-15.00\n\n"
        "**Ekonomi:** Kassören redovisade det ekonomiska läget, som är gott.\n\n"
        "**Lokaler:** Frågan om nya lokaler bordläggs till nästa möte.\n",
        [(None, "Ekonomi"), (None, "Lokaler")],
        id="bold-run-in-labels",
    ),
    pytest.param(
        "Minnesanteckningar 2019-03-12\n\nEkonomi:\n\nKassören redovisade det ekonomiska läget, som är gott.\n\n"
        "Nya lokaler?\n\nGruppen diskuterade om verksamheten behöver nya lokaler under hösten.\n\n"
        "Coronas tänkbara påverkan av folkhälsan:\n\n- Risk för ökad social isolering\n",
        [(None, "Ekonomi"), (None, "Nya lokaler?")],
        id="label-and-question-headings",
    ),
    pytest.param(
        "Protokoll styrelsemöte 2019-03-12\nVälkommen\nOrdföranden hälsade alla välkomna och öppnade mötet.\n"
        "Ekonomi\nKassören redovisade det ekonomiska läget, som är gott.\nAnna Berg\nSekreterare\n",
        [(None, "Välkommen"), (None, "Ekonomi")],
        id="docx-paragraphs-without-blank-lines",
    ),
    pytest.param(
        "# Mötesprotokoll LiTHe kod\n\n## 6 oktober 2021\n\n## Kallade\n\n- Victor Lells\n- Erik Mattfolk\n\n"
        "## Mötets öppnande 12:15\n\n- Game Jam Hybrid?\n  - Nej, synd för LiTHehack\n\n"
        "- GDPR och Medlemsdatabasen\n  - Fixa PR på det\n\n## Övrigt\n\n"
        "- LiTHe Kod T-shirts som kan ges ut på event.\n  - Fortsätter denna punkt nästa vecka.\n\n"
        "## Nästa möte Onsdag 12:15 13/10\n",
        [(None, "Game Jam Hybrid?"), (None, "GDPR och Medlemsdatabasen"),
         (None, "LiTHe Kod T-shirts som kan ges ut på event")],
        id="bullets-under-headings",
    ),
    pytest.param(
        "# Mötesprotokoll LiTHe kod\n## 2 September 2021\n\n##Närvarande\n–\tAxel Telenius\n\n"
        "##Mötets öppnande 12:18\n\n#Nolle- P\nNolle-P är nu över och vi har deltagit i flera.\n\n"
        "##Budget\nMassa pengar och inga resor.\n\n##Mötet avslutas\n13:00\n",
        [(None, "Nolle- P"), (None, "Budget")],
        id="markdown-sections-with-body",
    ),
    pytest.param(
        "# Styrelsemöte 2022-03-01\n\n## Närvarande\n\nAnna, Bo\n\n## Ekonomi\n\nKassören redovisar läget.\n\n"
        "## Protokoll från förra mötet\n\nProtokollet läggs till handlingarna.\n",
        [(None, "Ekonomi"), (None, "Protokoll från förra mötet")],
        id="title-words-below-the-top-are-ordinary-headings",
    ),
    pytest.param(
        "# Agenda & mötesanteckningar 20201210\n\nhttps://sunet.zoom.us/my/fresia\n\n"
        "* Intro & recap från senaste gången\n* Samordningsnummer\n* Vectors-of-trust\n\n"
        "## Närvarande\n\n* Leif Johansson\n\n## Anteckningar\n\n"
        "* Martin gick igenom anteckningarna från förra mötet.\n",
        [(None, "Intro & recap från senaste gången"), (None, "Samordningsnummer"), (None, "Vectors-of-trust")],
        id="agenda-list-of-notes",
    ),
    pytest.param(
        "\\documentclass{dvd}\n\\begin{document}\n\\title{Styrelsemöte 4}\n"
        "\\section{Öppnande av möte}\nMötet öppnades kl. 12.04\n"
        "\\section{Formalia}\n\\subsection{Val av protokolljusterare}\nSamuel väljs.\n"
        "\\subsubsection*{Beslut}\n\\begin{attsatser}\n    \\item Samuel väljs till justerare\n\\end{attsatser}\n"
        "\\section{Avslutande av möte}\n\\subsection{Nästa möte}\n2024-03-04\n\\end{document}\n",
        [(None, "Öppnande av möte"), (None, "Val av protokolljusterare"), (None, "Nästa möte")],
        id="latex-leaf-sections",
    ),
    pytest.param(
        "PROTOKOLL Brottsförebyggande rådet Sammanträdesdag 2015-02-17 Tid: 9:00 – 11.15 Plats: Stora "
        "sammanträdesrummet Närvarande Ulf Sjösten, förste vice ordförande. t.o.m. punkt 5 Marika Andersson, "
        "rektor, t.o.m. punkt 4 1. Mötets öppnande och godkännande av dagordning Ulrika Johansson hälsar alla "
        "välkomna. Beslut: Dagordningen godkänns. 2. Föregående mötes protokoll Mötets ordförande följer upp "
        "beslutspunkterna. Återkommer till ämnet under dagens möte punkt 3. Gällande handlingsplan har "
        "polisen genomfört drogutbildning inom vissa verksamheter i stadsdelen under hösten.",
        [("1", "Mötets öppnande och godkännande av dagordning"), ("2", "Föregående mötes protokoll")],
        id="run-in-items-of-a-one-line-copy",
    ),
]


@pytest.mark.parametrize(("text", "expected"), HEADINGS)
def test_item_headings(text: str, expected: list[tuple[str | None, str]]) -> None:
    assert items_of(text) == expected


HEADINGS += [
    pytest.param(
        "1\nÖPPNANDE AV MÖTET\nAnna hälsade välkommen.\n2\nKASSARAPPORT\nTillgångarna är 19 460 kr.\n"
        "3 ÖVRIGA FRÅGOR\nInga.\n",
        [("1", "ÖPPNANDE AV MÖTET"), ("2", "KASSARAPPORT"), ("3", "ÖVRIGA FRÅGOR")],
        id="number-without-stop-alone-on-its-line",
    ),
    pytest.param(
        "1. Öppnande\nMötet öppnades.\n\n2. Val av justerare\nAnna valdes.\n\n7\n\nANSLAG/BEVIS\n",
        [("1", "Öppnande"), ("2", "Val av justerare")],
        id="a-page-number-above-a-blank-line-is-no-item",
    ),
    pytest.param(
        "Protokoll fört vid byalagets årsmöte den 9 juni 2008§ 1 Årsmötets öppnande\nAnna öppnade mötet.\n\n"
        "§ 2 Dagordning\nDagordningen godkändes.\n",
        [("1", "Årsmötets öppnande"), ("2", "Dagordning")],
        id="paragraph-sign-glued-to-the-title-line",
    ),
]


NOT_ITEMS = [
    pytest.param("Datum: 2020-03-06\n\nTid: 9.00-12.00\n\nPlats: Bolmen, regionhuset, Växjö\n\n"
                 "Närvarande:\n\nRegion Kronoberg: Mikael Johansson (M)\n", id="header-fields"),
    pytest.param("Vid protokollet\n\nAnna Andersson, sekreterare, förde protokollet vid dagens sammanträde.\n\n"
                 "Justeras\n\nBo Berg, ordförande, justerade protokollet samma dag.\n", id="signatures"),
    pytest.param("Beslut\n\nLedningsgruppen beslutar att uppdra enligt begäran från tvärgruppen.\n\n"
                 "Förslag till beslut\n\nAtt godkänna det regionala styrdokumentet för 2021-2022.\n",
                 id="sub-headings"),
]


@pytest.mark.parametrize("text", NOT_ITEMS)
def test_not_items(text: str) -> None:
    assert items_of(text) == []


# --- status and target of one sentence ----------------------------------------------------------

STATUS = [
    ("Utgår från dagens sammanträde.", P, None),
    ("Punkten utgår.", P, None),
    ("Utgår.", P, None),
    ("Punkten bordläggs.", P, None),
    ("Ärendet bordlades.", P, None),
    ("Val av ny ersättare bordläggs till nästa sammanträde.", P, "next"),
    ("Offert begärd av Teknologtryck. Bordslägger till nästa möte.", P, "next"),
    ("Beslut om detta ärende skjuts fram till nästa möte.", P, "next"),
    ("Ledningsgruppen enas i att skjuter på beslut i frågan då så få av deltagarna är närvarande.", P, None),
    ("Vi skjuter detta till nästa möte pga tidsbrist.", P, "next"),
    ("Frågan skjuts upp till sammanträdet i juni.", P, "2022-06"),
    ("Punkten flyttas till nästa mötestillfälle.", P, "next"),
    ("Skjuts upp.", P, None),
    ("Informationen flyttas till mötet i juni.", P, "2022-06"),
    ("Punkten hann vi inte med och den sparas till nästa möte.", P, "next"),
    ("Punkten stryks från dagordningen.", P, None),
    ("Ärendet skickas till kommunstyrelsen för beslut.", F, None),
    ("Ledningsgruppen  enas  i  att  skjuter  på  beslut  i  frågan  då  så  få  är  närvarande.", P, None),
    ("Informationen skjuts till ett senare tillfälle.", P, None),
    ("Gruppen avvaktar utredning kring samordningsnummer.", P, None),
    ("Ingen tid återstod för detta", P, None),
    ("Frågan behandlades inte.", P, None),
    ("Verified claims är intressant, men gruppen beslutade att tackla detta i framtida versioner.", P, None),
    ("Ärendet återkommer till ledningsgruppen i november.", R, "2021-11"),
    ("Jenny Fröberg och Christel Gustafsson får i uppdrag att återkomma med:", R, None),
    ("Tekla ska kolla med Thor och återkomma om det är det de söker.", R, None),
    ("Förvaltningen återkommer med ett nytt förslag till nästa sammanträde.", R, "next"),
    (("Ledningsgruppen beslutar att låta arbetsgruppen ta fram ett förslag till kommande möte om hur medlen "
      "ska fördelas."), R, "next"),
    ("Styrelsen beslutar att Ailue och Foxears tolkar verksamhetsplanen till nästa möte.", R, "next"),
    ("Fortsätter denna punkt nästa vecka.", R, "next"),
    ("Styrelsen sätter ihop inköpslista och presenterar på nästa möte.", R, "next"),
    ("Målet är att strategin ska vara klar för beslut till november.", R, "2021-11"),
    ("Styrelsen beslutar att kolla verksamhetsplanen varje möte.", R, "next"),
    ("Ärendet tas upp igen till ett kommande möte.", R, None),
    ("Frågan kommer att tas upp på kommunchefsmöten samt socialchefsmöten.", F, None),
    ("Frågan kommer att diskuteras på kommunchefsmöten samt socialchefsmöten.", F, None),
    ("Detta kan tas upp på kommiteemöte.", F, None),
    ("Det ska röstas om att lägga in incidenthanteringen som ett officiellt styrdokument i nästa stämma.", F, None),
    ("Styrelsen skriver proposition.", F, None),
    ("Nämnden beslutar att överlämna ärendet till kommunstyrelsen för beslut.", F, None),
    ("Ärendet återremitteras till förvaltningen för komplettering.", R, None),
]


@pytest.mark.parametrize(("sentence", "status", "when"), STATUS)
def test_status_of_a_sentence(sentence: str, status: ItemStatus, when: str | None) -> None:
    found = classify(sentence, date(2021, 10, 1))
    assert found is not None, sentence
    assert (found.status, found.when) == (status, when)
    assert 0 <= found.start < found.end <= len(sentence)


NO_STATUS = [
    "Återkommer till ämnet under dagens möte punkt 3.",
    "Ämnet återkommer under dagens möte under punkt 8.",
    "Frågan om vem regionen ska ta kontakt med kommer att diskuteras på kommande G-SAM-möten.",
    "Det är viktigt att poängtera att regionens engagemang utgår från det statliga uppdraget.",
    "Styrelsen uppdrar Kotte och Emmis att lägga till text om varje punkt innan nästa möte.",
    "att utse Maria Landenius till vice mötesordförande till nästa möte.",
    "Nästa möte hålls 2016-06-12, kl 18-20.",
    "Beslut om vilken logga står som en punkt för kommande stämma.",
    "Samuel besvarar motionen inför stämman.",
    "Inget att återkoppla.",
    "Politikerna har beslutat att mångfaldsveckan ska återkomma under hösten 2015.",
    "Ordföranden återkom till frågan om lokalerna efter pausen.",
    "Anmälningsärendena läggs till handlingarna.",
    "Vid presidiekonferensen i februari 2020 var fokus på kommande sex år.",
    "Byggstarten skjuts upp till hösten 2023 på grund av överklaganden.",
    "Styrelsen beslutar att meningen om medlemsavgift stryks ur stadgeförslaget.",
    "Ärendet bordlades vid förra sammanträdet.",
    "Verksamheten flyttas till nya lokaler i centrum under våren.",
    "Rådet beslutar att det ska finnas en stående punkt för rapporteringar på följande dagordningar.",
    "Styrelsen beslutar att det införs en stående punkt om ekonomin från och med nu.",
]


@pytest.mark.parametrize("sentence", NO_STATUS)
def test_sentences_that_leave_the_item_handled(sentence: str) -> None:
    assert classify(sentence, date(2021, 10, 1)) is None


WHEN = [
    ("till nästa möte", "next"),
    ("vid nästa kommunala forum", "next"),
    ("till kommande möte", "next"),
    ("till ett kommande möte", None),
    ("tills näst-nästa möte", None),
    ("i november", "2021-11"),
    ("i mars 2022", "2022-03"),
    ("i mars 2018", None),  # before the meeting: history, not a target
    ("i juni månad", "2022-06"),
    ("den 8 maj", "2022-05-08"),
]


@pytest.mark.parametrize(("phrase", "when"), WHEN)
def test_when(phrase: str, when: str | None) -> None:
    assert when_of(f"Ärendet återkommer {phrase}.", date(2021, 10, 1)) == when


def test_status_comes_from_the_minutes_not_the_agenda_list() -> None:
    text = ("Dagordning\n1. Mötets öppnande\n2. Ekonomi\n"
            "1. Mötets öppnande\nOrdföranden öppnade mötet.\n2. Ekonomi\nBudgeten bordläggs.\n")
    items, _, _ = extract_items(minutes_from_text(text), Meeting(date="2021-03-01"))
    assert [(i.number, i.status) for i in items] == [("1", H), ("2", P)]


def test_item_status_spans_point_at_the_phrase() -> None:
    text = "5. Information om Yrkes-SM\n\nUtgår från dagens sammanträde.\n\n6. Övrigt\n\nInget.\n"
    doc = minutes_from_text(text)
    items, _, _ = extract_items(doc, Meeting(date="2020-03-06"))
    assert [(i.number, i.status) for i in items] == [("5", P), ("6", H)]
    assert items[0].span is not None and text[items[0].span[0]:items[0].span[1]].startswith("5. Information")
    assert items[0].status_span is not None
    assert text[items[0].status_span[0]:items[0].status_span[1]].lower().startswith("utgår")


def test_general_move_statement_sends_postponed_items_to_the_next_meeting() -> None:
    text = (
        "1. Incheckning\n\nDå deltagarantalet är kraftigt reducerat tas beslut om att flytta fram det som går "
        "till nästa mötestillfälle i juni månad.\n\n"
        "2. Gemensamma medel\n\nLedningsgruppen enas i att skjuter på beslut i frågan.\n"
    )
    doc = minutes_from_text(text)
    items, _, _ = extract_items(doc, Meeting(date="2020-04-03"))
    assert [(i.number, i.status, i.target.when) for i in items] == [("1", H, None), ("2", P, "next")]


def test_referred_item_names_the_other_body() -> None:
    text = ("3. Information om sms-livräddare\n\nKommunerna instämmer. Frågan kommer att diskuteras på "
            "kommunchefsmöten samt socialchefsmöten.\n\n4. Samplanering\n\nRedogörelse.\n")
    items, carry, _ = extract_items(minutes_from_text(text), Meeting(date="2020-03-06"))
    assert items[0].status is F
    assert items[0].target.body == "kommunchefsmöten samt socialchefsmöten"
    assert items[0].target.when is None
    assert carry == []


# --- whole pages of a stored web copy -------------------------------------------------------

_COPY = "Titel\n\nTranskript\n\n1 {h} 1 (4) Plats och tid Rådhuset kl. 13.00 Ledamöter Anna Ek, Bo Berg, Carl Ny\n\n"


@pytest.mark.parametrize(
    ("pages", "expected"),
    [
        # A running header with the page number, each page opening with its first item.
        (["2 {h} 2 20 Val av justerare Ordförande föreslår att Anna Ek justerar protokollet i samband med nästa beredning.",
          "3 {h} 3 21 Godkännande av dagordning Dagordningen läses upp och godkänns utan ändringar av rådet idag.",
          "4 {h} 4 22 Föregående protokoll Protokollet från förra sammanträdet gås igenom och läggs till handlingarna."],
         [("20", "Val av justerare"), ("21", "Godkännande av dagordning"), ("22", "Föregående protokoll")]),
        # "§ 20 Title", and a second item run in after a full sentence on the same page.
        (["2 {h} 2 § 20 Val av justerare Bo Berg utses att jämte ordföranden justera dagens protokoll.",
          "3 {h} 3 § 21 Ekonomisk rapport Kassören redovisar utfallet för perioden. § 22 Övriga frågor Inga övriga frågor anmäldes."],
         [("20", "Val av justerare"), ("21", "Ekonomisk rapport"), ("22", "Övriga frågor")]),
        # A header without the page number; an item without a stop after a sentence ends.
        (["2 {h} (4) Ej tjänstgörande Eva Lund, Per Holm, Siv Berg och Olle Nord från föreningarna i kommunen.",
          ("3 {h} (4) 8 Öppnande, dagordning, justering Sammanträdet öppnas av ordföranden. 9 Vårdhundar inom omsorgen "
           "Sjuksköterskan informerar om hundteamet och dess besök på boendena.")],
         [("8", "Öppnande, dagordning, justering"), ("9", "Vårdhundar inom omsorgen")]),
    ],
)
@pytest.mark.parametrize("header", ["SKELLEFTEÅ KOMMUN PROTOKOLL", "Kommunala pensionärsrådet 10 april"])
def test_items_on_whole_pages_of_a_stored_copy(pages: list[str], expected: list[tuple[str, str]], header: str) -> None:
    text = _COPY.format(h=header) + "\n\n".join(p.format(h=header) for p in pages) + "\n"
    assert items_of(text) == expected
