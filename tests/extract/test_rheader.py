"""Meeting header on unseen layouts: the body named in the head when the first line is a page's furniture
or a sentence, and the place a title or a "fört vid" line gives.

Fresh minutes from bodies no rule had seen open with a web copy's furniture ("HMS News", "Elegant PM", a
print menu) or with a sentence ("Mötet genomfördes via Zoom"), and that line was taken as the body while a
later head line names it ("SVENSKA KANOTFÖRBUNDET", "fört vid Hyllinge Motorsällskap ordinarie styrelsemöte").
"""

from __future__ import annotations

import pytest

from planner.extract.header import (
    Found,
    body_kept_at_meeting,
    document_parts,
    extract_meeting,
    is_head_sentence,
    names_organisation,
    plausible_body_in_head,
    tidied_venue,
    venue_of_kept_at_meeting,
    venue_past_meeting_day,
)
from planner.extract.text import minutes_from_text


@pytest.mark.parametrize(("name", "expected"), [
    ("SVENSKA KANOTFÖRBUNDET", True),
    ("Hyllinge Motorsällskap", True),
    ("Programrådet för Speciallärar- och Specialpedagogprogrammen", True),
    ("Mälarhöjdens Dansgille", True),
    ("Svensk Teaterunion", True),
    ("Medelpads Hembygdsförbund", True),
    ("Lunds Studentkår", True),
    ("Brf Ekbacken", True),
    ("Näshults sockenråds", True),
    # look-alikes: a page's furniture, a menu's plural, a meeting word, a word that only ends alike
    ("HMS News", False),
    ("Elegant PM", False),
    ("Ekonomi", False),
    ("Styrelsemöte 2010-03-03", False),
    ("Hem Kommittéer Museer Föreningsinfo", False),
    ("Informationen", False),
])
def test_names_organisation(name: str, expected: bool) -> None:
    assert names_organisation(name) is expected


@pytest.mark.parametrize(("line", "expected"), [
    ("Mötet genomfördes via Zoom", True),
    ("Styrelsen har sammanträtt tre gånger", True),
    ("Mötet hölls i bönhuset", True),
    ("Årsmötet avhölls på Folkets hus", True),
    ("Ordföranden öppnade mötet", True),
    # look-alikes: names, one with a word ending as a past passive does but written with a capital
    ("SVENSKA KANOTFÖRBUNDET", False),
    ("Programrådet för Speciallärar- och Specialpedagogprogrammen", False),
    ("Föreningen Nordens styrelse", False),
    ("Hembygdsföreningen Rödes", False),
])
def test_is_head_sentence(line: str, expected: bool) -> None:
    assert is_head_sentence(line) is expected


@pytest.mark.parametrize(("line", "body"), [
    ("fört vid Hyllinge Motorsällskap ordinarie styrelsemöte 2006-10-10", "Hyllinge Motorsällskap"),
    ("PROTOKOLL FÖRT VID FÖRENINGEN NORDENS STYRELSEMÖTE MÅNDAGEN DEN 16 SEPTEMBER 2008", "FÖRENINGEN NORDENS"),
    ("Protokoll fört vid Klostergårdens byalags extra årsmöte, måndagen den 9 juni 2008", "Klostergårdens byalag"),
    ("Protokoll fört vid Västerlanda Bygdegårdsförenings Årsmöte 2012-03-11", "Västerlanda Bygdegårdsförening"),
    ("Protokoll fört vid Datorföreningen Stackens extra medlemsmöte 2017-09-21", "Datorföreningen Stackens"),
    ("Protokoll fört vid Svenska Brukarförenings Anhörigas möte 2013-06-24", "Svenska Brukarförenings Anhörigas"),
    # look-alikes: no body before the meeting word, or no meeting word after the name
    ("Protokoll fört vid STYRELSEMÖTE 2015-09-29 per telefon klockan 20.30 – 21.45.", None),
    ("Protokoll fört vid Skypemöte 18 05 02 kl. 10-11", None),
    ("Protokoll fört vid styrelsemöte med Diabetesföreningen 2014-05-21", None),
    ("Protokoll fört vid Sveriges Filatelistförbunds kongress i Borås april 2012", None),
])
def test_body_kept_at_meeting(line: str, body: str | None) -> None:
    parts = document_parts(minutes_from_text(f"{line}\n\nNärvarande: Anna Berg, Per Holm\n"))
    found = body_kept_at_meeting(parts, len(parts))
    assert (found.value if found else None) == body


@pytest.mark.parametrize(("text", "body"), [
    (("HMS News\n\nStyrelseprotokoll Nr 9\n\nfört vid Hyllinge Motorsällskap ordinarie styrelsemöte 2006-10-10\n\n"
     "Närvarande: Kaj Bornebusch, Jörgen Olsson\n\n§ 1. Kaj hälsade samtliga välkomna.\n"), "Hyllinge Motorsällskap"),
    (("Elegant PM\n\nSVENSKA KANOTFÖRBUNDET\nProtokoll fört vid STYRELSEMÖTE 2015-09-29 per telefon klockan 20.30 – 21.45.\n"
     "Närvarande;\nNils Johansson, Karin Falk\n1.\nÖppnande\nNils öppnar mötet.\n"), "SVENSKA KANOTFÖRBUNDET"),
    (("Specråd 200909\n\nProgramrådet för Speciallärar- och Specialpedagogprogrammen\n\nMinnesanteckningar\n\n"
     "Datum: 2020 09 09, kl. 09.00-11.00\nMötet genomfördes via Zoom\n\nNärvarande: Gudrun Svedberg, ordförande\n\n"
     "1. Mötets öppnande\n"), "Programrådet för Speciallärar- och Specialpedagogprogrammen"),
    (("FR_protokoll_\n\nSVENSKA KYRKANS LEKMANNAFÖRBUND\n\nProtokoll från Förbundsrådets sammanträde 2015-11-20\n\n"
     "Närvarande: Anna Berg, Per Holm\n\n§ 1 Mötets öppnande\n"), "SVENSKA KYRKANS LEKMANNAFÖRBUND"),
    (("Protokoll från Anhörigas möte\n\nProtokoll fört vid Svenska Brukarförenings Anhörigas möte\n\n"
     "Plats för mötet: Chatten på nätet. Tid: 2013-06-24 kl 18.00\n\nNärvarande: Anna Berg, Per Holm\n\n"
     "Mötet öppnades av Agneta.\n"), "Svenska Brukarförenings Anhörigas"),
])
def test_body_named_below_furniture(text: str, body: str) -> None:
    assert extract_meeting(minutes_from_text(text))[0].body == body


@pytest.mark.parametrize(("text", "body"), [
    # an organisation's short name is a name, a later line with a board's word no better one
    ("Sammanträde Roxen FVOF\n\n2012-05-07\n\nUr Styrelsen Eddie Uggla Anders Abelius\n\n1. Mötets öppnande\n",
     "Sammanträde Roxen FVOF"),
    # a site's menu of plurals is no name
    (("Hem           Kommittéer            Museer\n\nÖHF:s årsmöte 2009-04-19\n\nNärvarande: Anna Berg\n\n"
     "1. Årsmötets öppnande\n"), None),
    # a body a title names after its meeting word and "i" stays, a name line below it notwithstanding
    (("Styrelseprotokoll 2014-10-30\n\nProtokoll från sammanträde i Leader Inlandet 2014-10-30\n\n"
     "Medelpads Hembygdsförbund\n\nNärvarande: Anna Berg\n"), "Leader Inlandet"),
    # a body that names an organisation stays
    ("Föreningen Nordens styrelse\n\nStyrelsemöte 2008-09-16\n\nSVENSKA KANOTFÖRBUNDET\n\nNärvarande: Anna Berg\n",
     "Föreningen Nordens styrelse"),
])
def test_body_kept_when_plausible(text: str, body: str | None) -> None:
    found = extract_meeting(minutes_from_text(text))[0].body
    if body is None:
        assert found is None or "Kommittéer" not in found
    else:
        assert found == body


@pytest.mark.parametrize(("title", "place"), [
    ("Västerbottens spelmansförbunds årsmöte i Rökå lördagen den 31 mars 2012.", "Rökå"),
    ("Protokoll fört vid Ågesta OK´s styrelsemöte i Sköndal torsdagen den 31 maj 2001.", "Sköndal"),
    ("Protokoll från sammanträde i Alingsås, fredagen 12 februari 2010", "Alingsås"),
    ("Protokoll fört vid medlemsmöte i Örebro lördag den 27 augusti 2016", "Örebro"),
    ("Föreningen Vår Bygds årsmöte i Rösebo-lokalen söndagen den 9 mars 2003.", "Rösebo-lokalen"),
    # look-alikes: an association after "i", with or without a weekday after it
    ("Protokoll fört vid årsmöte i Villaföreningen Rosen torsdagen den 19 maj 2011", None),
    ("Protokoll från styrelsemöte i Figeholms båtklubb den 7 mars", None),
    ("Protokoll fört vid årsmöte i Vi Konsumenter den 15 april 2013", None),
    ("Styrelsemöte i DHR-Värmland 3 maj 2012", None),
])
def test_place_before_weekday_in_title(title: str, place: str | None) -> None:
    found = venue_past_meeting_day(title)
    assert (found.value if found else None) == place


@pytest.mark.parametrize(("line", "body", "place"), [
    ("PROTOKOLL FÖRT VID NÄSHULTS SOCKENRÅDS STYRELSESAMMANTRÄDE, HULTANÄS TELEFONSTATION 2009-08-23",
     "NÄSHULTS SOCKENRÅD", "HULTANÄS TELEFONSTATION"),
    ("Protokoll fört vid Klostergårdens byalags extra årsmöte, Byagården den 9 juni 2008",
     "Klostergårdens byalag", "Byagården"),
    ("Protokoll fört vid Hyllinge Motorsällskaps styrelsemöte, Klubbstugan Knutstorp 2006-10-10",
     "Hyllinge Motorsällskap", "Klubbstugan Knutstorp"),
    ("Protokoll fört vid Lunds Studentkårs fullmäktigesammanträde, Kårhuset den 3 maj 2019",
     "Lunds Studentkår", "Kårhuset"),
    ("Protokoll fört vid Medelpads Hembygdsförbunds styrelsemöte, Hässjö församlingshem 2015-08-24",
     "Medelpads Hembygdsförbund", "Hässjö församlingshem"),
    # look-alikes: no place after the comma before the day, or the day and hours after it
    ("Protokoll fört vid Sveriges Filatelistförbunds styrelsemöte, 2012-04-21", "Sveriges Filatelistförbund", None),
    ("Protokoll fört vid Föreningen Nordens styrelsemöte måndagen den 16 september 2008", "Föreningen Nordens", None),
    ("Protokoll fört vid Datorföreningen Stackens medlemsmöte, kl 18.00 2017-09-21", "Datorföreningen Stackens", None),
])
def test_body_and_place_kept_at_meeting(line: str, body: str, place: str | None) -> None:
    parts = document_parts(minutes_from_text(f"{line}\n\nNärvarande: Anna Berg, Per Holm\n"))
    found_body, found_place = body_kept_at_meeting(parts, len(parts)), venue_of_kept_at_meeting(parts, len(parts))
    assert (found_body.value if found_body else None) == body
    assert (found_place.value if found_place else None) == place


@pytest.mark.parametrize(("value", "place"), [
    ("vid städkväll i bönhuset", "bönhuset"),
    ("vid arbetsdag i Hembygdsgården", "Hembygdsgården"),
    ("under arbetsdagen på Hembygdsgården, Tolg", "Hembygdsgården, Tolg"),
    ("vid julfesten i Folkets hus, Hemse", "Folkets hus, Hemse"),
    ("vid städdagen på klubbstugan", "klubbstugan"),
    # look-alikes: a place opened by "vid", or no place after the event's word
    ("vid Folkets hus i Hemse", "vid Folkets hus i Hemse"),
    ("vid sjön", "vid sjön"),
    ("Vid Hamnen i Visby", "Vid Hamnen i Visby"),
])
def test_venue_without_event(value: str, place: str) -> None:
    found = tidied_venue(Found(value, 0, len(value)))
    assert found is not None and found.value == place


@pytest.mark.parametrize(("head", "body"), [
    (("skriv ut handlingar inför Årsmötet:\nVerksamhetsplan 2010\nDagordning\nEkonomi\n\nstäng detta fönster\n\n"
     "Styrelsemöte 2010-03-03\n\nPlats: Hos Lena Togander\n"), "Styrelsen"),
    ("Elegant PM\n\nStyrelsemöte 2015-09-29\n", "Styrelsen"),
    ("Nyheter\n\nStyrelseprotokoll Nr 9\n", "Styrelsen"),
    ("Skriv ut\n\nStyrelsesammanträde 12/3 2014\n", "Styrelsen"),
    ("Startsida\n\nStyrelsemötesprotokoll 2019-05-14\n", "Styrelsen"),
    # look-alikes: a meeting word with more than its day, an annual meeting (no board), a name that stays
    ("Elegant PM\n\nStyrelsemöte med Kanotförbundet 2015-09-29\n", None),
    ("Elegant PM\n\nÅrsmöte 2015-03-29\n", None),
    ("Elegant PM\n\nStyrelsemöte\n", None),
])
def test_body_of_dated_meeting_word_below_furniture(head: str, body: str | None) -> None:
    parts = document_parts(minutes_from_text(head + "\nNärvarande: Anna Berg, Per Holm\n"))
    found = plausible_body_in_head(parts, len(parts), Found(parts[0].text, parts[0].start, len(parts[0].text)))
    assert (found.value if found else None) == body


@pytest.mark.parametrize(("line", "start"), [
    ("Plats: Finströms FBK Tid: Måndag 20 januari 2014 kl. 18:3 rdinarie medlemmar Johan Ehn, ordförande", None),
    ("Plats: Klubbstugan Tid: Tisdag 4 mars 2014 kl. 19:0 rdinarie ledamöter Anna Berg", None),
    ("Plats: Kommunhuset Tid: Onsdag 5 mars 2014 kl. 9:3 eslutande Per Holm", None),
    ("Plats: Bygdegården Tid: Torsdag 6 mars 2014 kl. 13:0 Närvarande Anna Berg", None),
    ("Plats: Församlingshemmet Tid: Fredag 7 mars 2014 kl. 17:1 ärvarande Per Holm", None),
    # look-alikes: whole clocks
    ("Plats: Finströms FBK Tid: Måndag 20 januari 2014 kl. 18:30 Ordinarie medlemmar Johan Ehn", "18:30"),
    ("Plats: Klubbstugan Tid: Tisdag 4 mars 2014 kl. 19 Ordinarie ledamöter Anna Berg", "19:00"),
    ("Plats: Kommunhuset Tid: Onsdag 5 mars 2014 kl. 9:30-12:00 Beslutande Per Holm", "09:30"),
])
def test_start_with_cut_minutes(line: str, start: str | None) -> None:
    meeting = extract_meeting(minutes_from_text(f"Protokoll, styrelsemöte nr 1\n\n{line}\n\n1. Mötets öppnande\n"))[0]
    assert meeting.start == start
