"""Dated events on layouts no rule had seen (documents 1130-1149 and their families).

- A yearless date after a verb of a thing that took place in its sentence ("Sista konserten för året gavs i
  Hemse den 11 november", "Samsynwikin öppnades för läsning 17/12") is a report of the past: read forward
  it lands after the meeting, but nothing is to come. A sentence that also looks ahead keeps its date.
- A date given as the alternative not chosen ("hellre ... än i maj/juni") is no event.
- A month with a present tense of a thing falling due ("I september infaller Studentmusikens dag", "går av
  stapeln i november") is planned, as one with "ska" or "planeras" is.
- A note of a trip opening its sentence with the month ("Resa till Sri Lanka under november") is a plan.
"""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.text import minutes_from_text

HEAD = "Styrelsemöte 2019-01-23\n\n§ 1. Mötet öppnas.\n\n§ 4. Övriga frågor. "
TAIL = "\n\n§ 9. Mötet avslutas.\n"


def events_of(line: str) -> list[tuple[str | None, str]]:
    return [(e.date, str(e.kind)) for e in extract_text(minutes_from_text(HEAD + line + TAIL)).events]


def dates_of(line: str) -> list[str | None]:
    return [date for date, _ in events_of(line)]


@pytest.mark.parametrize("line", [
    "Vidare medverkade Spelmansförbundet med en musikavdelning den 6 juni på Svenska flaggans dag.",
    "Sista konserten för året gavs i Hemse i folkhögskolan den 11 november till förmån för Rädda Barnen.",
    "Samsynwikin öppnades för allt och allas läsning 17/12.",
    "Årsmötet hölls som vanligt på Dalregementets officersmäss den 8 mars.",
    "Böcker delades ut till vinnarna i det lotteri som avhölls den 12 december.",
    "Julfesten firades i bygdegården den 14 december med ett fyrtiotal deltagare.",
])
def test_a_thing_that_took_place_is_no_event(line: str) -> None:
    assert dates_of(line) == []


@pytest.mark.parametrize(("line", "iso"), [
    ("Föreningen medverkar med en musikavdelning den 6 juni på Svenska flaggans dag.", "2019-06-06"),
    ("Årsmötet hölls i mars, nästa möte blir den 5 maj.", "2019-05-05"),
    ("Konserten, som i fjol gavs i Hemse, hålls i år den 11 november.", "2019-11-11"),
    ("Wikin ska öppnas för läsning den 17 december.", "2019-12-17"),
])
def test_a_thing_to_come_stays(line: str, iso: str) -> None:
    assert iso in dates_of(line)


@pytest.mark.parametrize(("line", "dropped"), [
    ("Efter diskussion fastslogs att projektgruppen hellre ser att det görs snart än i maj/juni.", "2019-05"),
    ("Styrelsen föreslår att resan görs i augusti snarare än i september.", "2019-09"),
    ("Gruppen träffas hellre en kväll i veckan än den 12 mars.", "2019-03-12"),
    ("Hellre ett digitalt möte nu än ett fysiskt möte den 20 april.", "2019-04-20"),
    ("Vi väljer hellre att vänta med beslutet än att ta det den 15 februari.", "2019-02-15"),
])
def test_the_alternative_not_chosen_is_no_event(line: str, dropped: str) -> None:
    assert dropped not in dates_of(line)


@pytest.mark.parametrize(("line", "iso"), [
    ("Ansökan ska lämnas in senast den 5 maj.", "2019-05-05"),
    ("Rapporten ska vara klar senast den 30 april, hellre tidigare.", "2019-04-30"),
    ("Nästa möte hålls den 12 mars, då vi hellre ses på kansliet.", "2019-03-12"),
])
def test_a_date_before_a_preference_stays(line: str, iso: str) -> None:
    assert iso in dates_of(line)


@pytest.mark.parametrize(("line", "iso"), [
    ("I september infaller Studentmusikens dag då alla spelar i Kungsträdgården.", "2019-09"),
    ("QORK går av stapeln på Handels i november.", "2019-11"),
    ("Kulturnatten går av stapeln i september.", "2019-09"),
    ("Föreningens 50-årsjubileum infaller i maj.", "2019-05"),
    ("Världslionsdagen infaller i oktober, men vår klubb ordnar inget.", "2019-10"),
])
def test_a_month_something_falls_in_is_an_event(line: str, iso: str) -> None:
    assert iso in dates_of(line)


@pytest.mark.parametrize("line", [
    "Föreningsdagen inföll i september.",
    "Underskottet i december beror på höga elkostnader.",
    "Kulturnatten gick bra i september.",
])
def test_a_month_of_fact_is_no_event(line: str) -> None:
    assert dates_of(line) == []


@pytest.mark.parametrize(("line", "iso"), [
    ("Resa till Jämtland och Dalarna under augusti (ansvariga är Tore och Bernt).", "2019-08"),
    ("Resa till Sri Lanka under november (ansvariga Príya och Hasse).", "2019-11"),
    ("Utflykt till Ven i juni, Karin bokar bussen.", "2019-06"),
    ("Bussresa till Gekås i oktober.", "2019-10"),
    ("Studieresa till Bryssel i november för styrelsen.", "2019-11"),
])
def test_a_planned_trip_in_a_month_is_a_trip(line: str, iso: str) -> None:
    assert (iso, "trip") in events_of(line)


@pytest.mark.parametrize("line", [
    "Resan till Sri Lanka i november blev lyckad.",
    "Resultatet i december blev bättre än väntat.",
    "Reseräkningar för november betalas ut av kassören.",
])
def test_no_planned_trip(line: str) -> None:
    assert dates_of(line) == []


def dates_at_end(line: str) -> list[str | None]:
    """The dates of events read from minutes that end with `line`, as a stored copy cut off does."""
    return [e.date for e in extract_text(minutes_from_text(HEAD + line)).events]


@pytest.mark.parametrize(("line", "cut"), [
    ("Julmarknad i slutet på november.\n\nStyrelsesammanträde den 9 mars 2", "2019-03-09"),
    ("Nästa möte hålls den 14 oktober 20", "2019-10-14"),
    ("Årsmötet äger rum den 20 maj 2", "2019-05-20"),
    ("Nästa styrelsemöte blir tisdagen den 12 november 201", "2019-11-12"),
    ("Forum hålls i juni. Arbetsgruppen för O-forum/galan har möte igen den 2", "2019-06-02"),
])
def test_a_date_cut_off_at_the_end_is_no_event(line: str, cut: str) -> None:
    assert cut not in dates_at_end(line)


@pytest.mark.parametrize(("line", "iso"), [
    ("Nästa möte: 5 maj", "2019-05-05"),
    ("Nästa möte hålls den 14 oktober 2019", "2019-10-14"),
    ("Nästa styrelsemöte blir den 12 november.", "2019-11-12"),
])
def test_a_whole_date_at_the_end_stays(line: str, iso: str) -> None:
    assert iso in dates_at_end(line)


@pytest.mark.parametrize(("line", "iso"), [
    ("Terminen avslutas i Hallunda Folkets Hus den 22 april till musik av Russindalens orkester.", "2019-04-22"),
    ("Vårterminen startar i Folkets Hus den 11 februari.", "2019-02-11"),
    ("Säsongen avslutas på Fyren i Norrsundet den 6 maj med dans.", "2019-05-06"),
    ("Höstterminen startar i Tävelsås bygdegård den 9 september.", "2019-09-09"),
    ("Kursen avslutas på Kulturens Hus den 12 december med en föreställning.", "2019-12-12"),
])
def test_a_term_ending_at_a_place_is_a_gathering(line: str, iso: str) -> None:
    assert (iso, "other") in events_of(line)


@pytest.mark.parametrize(("line", "iso"), [
    ("Höstterminen startar i år den 9 september och avslutas den 9 december.", "2019-09-09"),
    ("Det nya systemet startar den 1 oktober.", "2019-10-01"),
    ("Bygget startar i Växjö den 1 oktober.", "2019-10-01"),
])
def test_a_start_without_a_gathering_stays_a_milestone(line: str, iso: str) -> None:
    assert (iso, "milestone") in events_of(line)


@pytest.mark.parametrize(("line", "iso", "second"), [
    ("Anders meddelade att klubbens nästa medlemsblad utkommer i slutet av oktober/1:a veckan i november.",
     "2019-10", "2019-11"),
    ("Julfesten hålls i november/början av december.", "2019-11", "2019-12"),
    ("Städdagen blir i april/början av maj.", "2019-04", "2019-05"),
    ("Utflykten planeras till slutet av augusti/början av september.", "2019-08", "2019-09"),
    ("Nästa nummer av medlemsbladet kommer ut i mars / april.", "2019-03", "2019-04"),
])
def test_a_second_month_after_a_slash_is_the_same_thing(line: str, iso: str, second: str) -> None:
    dates = dates_of(line)
    assert iso in dates
    assert second not in dates


@pytest.mark.parametrize(("line", "isos"), [
    ("Möten hålls den 5/6 och den 12/6.", ["2019-06-05", "2019-06-12"]),
    ("Nästa möte blir i september, därefter i november.", ["2019-09", "2019-11"]),
    ("Nästa möte hålls i maj. Därefter ses vi den 12 juni.", ["2019-05", "2019-06-12"]),
])
def test_dates_not_joined_by_a_slash_stay(line: str, isos: list[str]) -> None:
    assert all(iso in dates_of(line) for iso in isos)


@pytest.mark.parametrize(("line", "iso"), [
    ("Några kommittéer har kommit in, inbjudan till den 17 oktober är ute.", "2019-10-17"),
    ("Svaren har kommit in och kallelsen till den 5 maj har skickats.", "2019-05-05"),
    ("Kallelse till den 20 april skickas ut av sekreteraren.", "2019-04-20"),
    ("Inbjudningar till den 3 oktober skickas till alla medlemmar.", "2019-10-03"),
    ("Anmälningarna har kommit in, inbjudan till den 12 mars är utskickad.", "2019-03-12"),
])
def test_an_invitation_to_a_date_is_no_deadline(line: str, iso: str) -> None:
    assert (iso, "other") in events_of(line)


@pytest.mark.parametrize(("line", "iso"), [
    ("Svar lämnas till den 17 oktober.", "2019-10-17"),
    ("Rapporten skickas in till den 5 maj.", "2019-05-05"),
    ("Synpunkter lämnas till den 20 april.", "2019-04-20"),
])
def test_a_thing_handed_in_till_a_date_stays_a_deadline(line: str, iso: str) -> None:
    assert (iso, "deadline") in events_of(line)
