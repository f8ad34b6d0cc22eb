"""Meeting header on unseen layouts: the body named in the head when the first line is a page's furniture
or a sentence.

Fresh minutes from bodies no rule had seen open with a web copy's furniture ("HMS News", "Elegant PM", a
print menu) or with a sentence ("Mötet genomfördes via Zoom"), and that line was taken as the body while a
later head line names it ("SVENSKA KANOTFÖRBUNDET", "fört vid Hyllinge Motorsällskap ordinarie styrelsemöte").
"""

from __future__ import annotations

import pytest

from planner.extract.header import (
    body_kept_at_meeting,
    document_parts,
    extract_meeting,
    is_head_sentence,
    names_organisation,
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
