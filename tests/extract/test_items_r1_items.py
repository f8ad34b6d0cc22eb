"""Item rules learned from regional, municipal and company boards' minutes (round 1, items helper).

A register that lists only the items' numbers and titles, one a line between blank lines, with no text under
them: a long title that ends with a stop ("13 Beslutsunderlag för investering avseende nyproduktion av
lägenheter inom kv X 4, Y 1, Z.") reads like a sentence, yet is an item where every line between two headings
is such a line, its number counting up inside the gap. Look-alikes: a numbered sentence with text below it,
or numbers out of order, stay out.
"""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.items import find_headings
from planner.extract.text import minutes_from_text

_HEAD = "Sammanträde 2006-12-19\n\nDatum\nKlockan\n09.00\nPlats\nBolagets kontor\n\n"
_LONG13 = "13 Beslutsunderlag för investering avseende nyproduktion av lägenheter inom kv Lärkan 4, Hammarby.\n\n"
_LONG14 = "14 Beslutsunderlag för investering avseende nyproduktion av två punkthus med bostäder inom kv Ugglan 6.\n\n"
_TAIL = "19 Sammanträdestider 2007\n\n20 Avtal om ramavtal med Stadsnät, anmälan\n\nMötesinformation\n"


def _numbers(text: str) -> list[str | None]:
    heads, _ = find_headings(minutes_from_text(text))
    return [h.number for h in heads]


_BEFORE = "2 Fastställande av dagordning\n\n3 Anmälan om protokollsjustering\n\n10 Rapport om utfört underhåll\n\n"


@pytest.mark.parametrize(("body", "numbers"), [
    (_BEFORE + _LONG13 + _LONG14 + _TAIL, ["2", "3", "10", "13", "14", "19", "20"]),
    (_BEFORE + _LONG13 + _TAIL, ["2", "3", "10", "13", "19", "20"]),
    # the first long title right after the number before it, a number skipped after it
    ("11 Fastställande av dagordning\n\n12 Val av justerare\n\n" + _LONG13 + _LONG14.replace("14 ", "15 ") + _TAIL,
     ["11", "12", "13", "15", "19", "20"]),
    # with stops after the numbers
    (_BEFORE.replace(" ", ". ", 1).replace("\n3 ", "\n3. ").replace("\n10 ", "\n10. ")
     + _LONG13.replace("13 ", "13. ") + _LONG14.replace("14 ", "14. ") + _TAIL.replace("19 ", "19. ").replace("\n20 ", "\n20. "),
     ["2", "3", "10", "13", "14", "19", "20"]),
    # look-alike: the numbers between count down, no register
    (_BEFORE + _LONG14 + _LONG13 + _TAIL, ["2", "3", "10", "19", "20"]),
    # look-alike: text under a heading between them
    (_BEFORE + "Ordföranden redogjorde för underhållet under året.\n\n" + _LONG13 + _TAIL, ["2", "3", "10", "19", "20"]),
])
def test_long_titles_in_a_bare_register(body: str, numbers: list[str]) -> None:
    assert _numbers(_HEAD + body) == numbers


def test_long_title_keeps_its_whole_text() -> None:
    heads, _ = find_headings(minutes_from_text(_HEAD + _BEFORE + _LONG13 + _TAIL))
    title = next(h.title for h in heads if h.number == "13")
    assert title == "Beslutsunderlag för investering avseende nyproduktion av lägenheter inom kv Lärkan 4, Hammarby"


# Paragraphs numbered on through the year leave the opening unnumbered, run in after the attendance list of a
# copy that lost its line breaks: "... Jonas Dahlberg, drifttekniker Mötets öppnande Ordföranden hälsade ... 54
# Godkännande av dagordning ...". Look-alikes: the number before the first one stands somewhere (the opening
# has its number), or no opening title stands before the first number.
_FRONT = ("Protokoll fört vid styrelsesammanträde för Bolaget AB Tid: 30 maj 2013 kl 13.00 Plats: Kontoret "
          "Närvarande ledamöter: Anna Berg Per Holm Övriga närvarande: Jonas Ek, drifttekniker ")
_RUN = ("{n} Godkännande av dagordning Föreslagen dagordning godkändes. {n1} Val av sekreterare Till sekreterare "
        "valdes Lars Winell. {n2} Val av justerare Till justerare utsågs Ivar Fernemo. {n3} Ekonomi Rapporten lades "
        "till handlingarna.\n")


def _run(n: int) -> str:
    return _RUN.format(n=n, n1=n + 1, n2=n + 2, n3=n + 3)


@pytest.mark.parametrize(("text", "first"), [
    (_FRONT + "Mötets öppnande Ordföranden hälsade alla välkomna och förklarade mötet öppnat " + _run(54),
     (None, "Mötets öppnande")),
    (_FRONT + "Sammanträdets öppnande Ordföranden öppnade sammanträdet " + _run(12), (None, "Sammanträdets öppnande")),
    (_FRONT + "Öppnande Ordföranden öppnade mötet " + _run(131), (None, "Öppnande")),
    (_FRONT + "Mötets öppnande Ordföranden öppnade mötet " + _run(2), (None, "Mötets öppnande")),
    # look-alikes
    (_FRONT + "Ordföranden hälsade alla välkomna och förklarade mötet öppnat " + _run(54), ("54", "Godkännande av dagordning")),
    (_FRONT + "53 Mötets öppnande Ordföranden öppnade mötet " + _run(54), ("53", "Mötets öppnande")),
])
def test_unnumbered_opening_before_a_run_of_paragraphs(text: str, first: tuple[str | None, str]) -> None:
    heads, _ = find_headings(minutes_from_text(text))
    assert (heads[0].number, heads[0].title) == first


# A stored copy's page line opens with its running head, the body's name as written before the capitals, then the
# page's number and an item coded by the body's letters: "2 Folkhälsorådet SAMMANTRÄDESPROTOKOLL 2 FHR 31
# Skolmatsakademin 2010 en rapport Susanne berättar ...". Look-alikes: no code and number after the head.
_PAGE1 = ("Folkhälsorådet SAMMANTRÄDESPROTOKOLL 1 på Orust\n\nTranskript\n\n1 Folkhälsorådet SAMMANTRÄDESPROTOKOLL 1 "
          "Plats och tid Saras hus, Henån, 2010-11-24 Beslutande Ledamöter Lars Berg Lisa Arff Utses att justera "
          "Bo Andersson Paragrafer 31-32\n\n2 ")


@pytest.mark.parametrize(("page", "heads"), [
    ("Folkhälsorådet SAMMANTRÄDESPROTOKOLL 2 FHR 31 Skolmatsakademin 2010 en rapport Susanne berättar om projektet.",
     [("31", "Skolmatsakademin 2010 en rapport")]),
    ("Kommunstyrelsen SAMMANTRÄDESPROTOKOLL 2 KS 112 Budget 2011 Ekonomichefen redogör för budgeten.",
     [("112", "Budget 2011")]),
    ("Socialnämnden PROTOKOLL 2 SN 7 Dnr 2010/45 Riktlinjer för bistånd Nämnden antar riktlinjerna.",
     [("7", "Riktlinjer för bistånd")]),
    ("FOLKHÄLSORÅDET SAMMANTRÄDESPROTOKOLL 2 FHR 31 Skolmatsakademin 2010 en rapport Susanne berättar om projektet.",
     [("31", "Skolmatsakademin 2010 en rapport")]),
    # look-alikes
    ("Folkhälsorådet SAMMANTRÄDESPROTOKOLL 2 Skolmatsakademin 2010 en rapport Susanne berättar om projektet.", []),
    ("Folkhälsorådet SAMMANTRÄDESPROTOKOLL Sammanträdesdatum Blad Information från förvaltningen.", []),
])
def test_item_after_a_named_running_head(page: str, heads: list[tuple[str, str]]) -> None:
    found, _ = find_headings(minutes_from_text(_PAGE1 + page + "\n"))
    assert [(h.number, h.title[:len(t)]) for h, (_, t) in zip(found, heads)] == heads and len(found) == len(heads)


# A matter "taken up in" the meeting's own body later comes back here: no other body takes it, so it returns
# and is carried ("Den frågan ska tas upp i Tillgänglighetsrådet längre fram under året" in that council's
# minutes). Look-alikes: another body named, or a body whose name only ends like the meeting's, stays referred.
_POINT = ("1. Mötets öppnande\nOrdföranden öppnar mötet.\n\n2. Patientråd\nLedamot ställer fråga om patientråd. "
          "{s}\n\n3. Avslutning\nMötet avslutas.\n")


@pytest.mark.parametrize(("head", "sentence", "status", "carried"), [
    ("Tillgänglighetsrådet\nProtokoll 2023-02-09\n\n",
     "Den frågan ska tas upp i Tillgänglighetsrådet längre fram under året.", "returns", [("2", None)]),
    ("Kulturnämnden\nSammanträdesprotokoll 2023-02-09\n\n",
     "Frågan ska tas upp i kulturnämnden i maj.", "returns", [("2", "2023-05")]),
    ("Kulturnämnden\nSammanträdesprotokoll 2023-02-09\n\n",
     "Ärendet överlämnas till Kulturnämnden för vidare beredning.", "returns", [("2", None)]),
    # look-alikes
    ("Kulturnämnden\nSammanträdesprotokoll 2023-02-09\n\n",
     "Den frågan ska tas upp i Tillgänglighetsrådet längre fram under året.", "referred", []),
    ("Tillgänglighetsrådet\nProtokoll 2023-02-09\n\n",
     "Ärendet överlämnas till kommunstyrelsen.", "referred", []),
    ("Regionstyrelsen\nProtokoll 2023-02-09\n\n",
     "Ärendet överlämnas till regionstyrelsens arbetsutskott.", "referred", []),
])
def test_matter_taken_up_in_the_own_body(head: str, sentence: str, status: str,
                                         carried: list[tuple[str | None, str | None]]) -> None:
    r = extract_text(minutes_from_text(head + _POINT.format(s=sentence)))
    assert str(r.items[1].status) == status
    assert [(c.from_item, c.when) for c in r.carry] == carried


# A portal page (Meetings+) lists the items first, a bullet with the bare number and the title below, then the
# items' text as bullets in the same order, a few under their heading again ("• § 23" / "Val av justerare"). A
# text bullet that puts its matter off belongs to the item its place in that order gives, or to a later item its
# first line names by a word of that title alone. Look-alikes: bullets of a list inside an item's text count for
# none; a page without the register keeps the fate of no item.
_REGISTER = ("Hoppa över navigering\n •   1\n\n  Mötets öppnande\n\n •   2\n\n  Fastställande av föredragningslista\n\n"
             " •   3\n\n  Val av justerare\n\n •   4\n\n  Information om läget\n\n •   5\n\n  Fika\n\n"
             " •   6\n\n  Tillgänglighetskonferens 2021\n\n •   7\n\n  Övrigt\n\n")
_OPENING = (" • Ordföranden öppnade mötet.\n\n • Föredragningslistan fastställdes.\n\n • § 23\n\n  Val av justerare\n\n")


@pytest.mark.parametrize(("text", "fates"), [
    (_REGISTER + _OPENING + " • Punkten utgick och tas upp vid nästa möte.\n\n"
     " • Konferensen hålls i augusti.\n", [("4", "postponed")]),
    # the conference bullet named by its title's word skips Fika; its own fate is the conference's
    (_REGISTER + _OPENING + " • Informationen gavs.\n\n"
     " • På grund av läget bordläggs Tillgänglighetskonferensen till nästa möte.\n", [("6", "postponed")]),
    # a list inside an item's text counts for no item
    (_REGISTER + _OPENING + " • Informationen gavs om följande:\n\n   ·  Läget i regionen\n\n   ·  Vaccinationer\n\n"
     " • Fikat utgick.\n", [("5", "postponed")]),
    # no heading repeated: the bullets count from the first item
    (_REGISTER + " • Ordföranden öppnade mötet.\n\n • Föredragningslistan fastställdes.\n\n • Justerare valdes.\n\n"
     " • Punkten utgick.\n", [("4", "postponed")]),
])
def test_fates_of_a_portal_pages_text_bullets(text: str, fates: list[tuple[str, str]]) -> None:
    r = extract_text(minutes_from_text(text))
    assert [(i.number, str(i.status)) for i in r.items if str(i.status) != "handled"] == fates
    assert [c.from_item for c in r.carry] == [n for n, _ in fates]


def test_page_without_a_register_carries_from_no_item() -> None:
    text = ("Hoppa över navigering\n • Ordföranden öppnade mötet.\n\n • § 2\n\n  Val av justerare\n\n"
            " • Föredragningslistan fastställdes.\n\n • Punkten utgick.\n")
    r = extract_text(minutes_from_text(text))
    assert [c.from_item for c in r.carry] == [None]
