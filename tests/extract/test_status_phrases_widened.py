"""Status phrases of real minutes that defer, return or refer a matter, widened (planner.extract.items).

Sentences as minutes write them: bodies named with adjectives or as a coordinated compound ("till tekniska
nämnden", "till kultur- och fritidsnämnden", "till den nya styrelsen"), referring verbs opening the sentence
("Remitterades till arbetsutskottet.") or in the active past ("Styrelsen remitterade ärendet till ..."),
a passive referral after a summing-up adverb ("Därmed överlämnas ärendet till kommunstyrelsen").
Look-alikes: a point inside the item referred after a fronted topic ("Beträffande byvandringen hänsköts
frågan till styrelsen"), papers or gifts handed over, and referrals told as history (dated before the
meeting, or by an earlier general meeting).
"""

from __future__ import annotations

from datetime import date

import pytest

from planner.extract.items import classify
from planner.extract.model import ItemStatus

MAY_2021 = date(2021, 5, 26)
REFERRED = ItemStatus.REFERRED


@pytest.mark.parametrize(("sentence", "body"), [
    (("Motionen bifalls såtillvida att den överlämnas till kultur- och fritidsnämnden för beaktande i redan "
      "beslutad översyn."), "kultur- och fritidsnämnden"),
    ("Ärendet remitteras till kultur- och fritidsnämnden.", "kultur- och fritidsnämnden"),
    ("Ärendet överlämnas till barn- och utbildningsnämnden.", "barn- och utbildningsnämnden"),
    ("Ärendet remitteras till tekniska nämnden.", "tekniska nämnden"),
    ("Ärendet remitterades till tekniska nämnden för yttrande.", "tekniska nämnden"),
    ("Ärendet hänvisades till regionala utvecklingsnämnden.", "regionala utvecklingsnämnden"),
    ("Ärendet remitteras till sociala utskottet.", "sociala utskottet"),
    ("Frågan överlämnas till den nya styrelsen.", "styrelsen"),
    ("Frågan hänskjuts till den nyvalda styrelsen.", "styrelsen"),
    ("Remitterades till arbetsutskottet.", "arbetsutskottet"),
    ("Överlämnades till kommunstyrelsen.", "kommunstyrelsen"),
    ("Hänsköts till årsmötet.", "årsmötet"),
    ("Remitteras till tekniska nämnden.", "tekniska nämnden"),
    ("Styrelsen remitterade ärendet till arbetsutskottet.", "arbetsutskottet"),
    ("Årsmötet hänsköt frågan till styrelsen.", "styrelsen"),
    ("Därmed överlämnas ärendet till kommunstyrelsen.", "kommunstyrelsen"),
])
def test_referred(sentence: str, body: str) -> None:
    f = classify(sentence, MAY_2021)
    assert f is not None and (f.status, f.when) == (REFERRED, None)
    assert f.body is not None and f.body.startswith(body)


@pytest.mark.parametrize("sentence", [
    "Beträffande byvandringen hänsköts frågan till styrelsen.",
    "Ordföranden överlämnade en blomma till Anna.",
    "Kassören överlämnade rapporten till revisorerna.",
    "Klubban överlämnades till den nya ordföranden.",
    "Motionen remitterades till kommunstyrelsen i februari.",
    "Styrelsen remitterade ärendet till arbetsutskottet i mars.",
    "Frågan hänsköts till styrelsen av förra årsmötet.",
    "Bordlagt ärende från förra mötet behandlades och beslut fattades.",
])
def test_no_referral_of_the_item(sentence: str) -> None:
    assert classify(sentence, MAY_2021) is None


# --- deferrals: older and Finland-Swedish forms, the active past, the matter after the verb -------------

POSTPONED = ItemStatus.POSTPONED


@pytest.mark.parametrize(("sentence", "when"), [
    ("Beslöts att uppskjuta frågan.", None),
    ("Beslöts att uppskjuta frågan till nästa möte.", "next"),
    ("Styrelsen beslöt att uppskjuta ärendet till nästa sammanträde.", "next"),
    ("Ärendet framflyttas till nästa möte.", "next"),
    ("Ärendet framflyttades till följande möte.", "next"),
    ("Beslutet framflyttades.", None),
    ("Frågan ligger vilande.", None),
    ("Ärendet hålls vilande i avvaktan på besked.", None),
    ("Ärendet har utgått.", None),
    ("Punkten har strukits.", None),
    ("Styrelsen sköt upp frågan till nästa möte.", "next"),
    ("Styrelsen sköt frågan till nästa möte.", "next"),
    ("Mötet beslutade att skjuta på frågan.", None),
    ("Vi flyttar punkten till nästa möte.", "next"),
    ("Styrelsen flyttade punkten till nästa möte.", "next"),
    ("På grund av tidsbrist flyttades punkten till nästa möte.", "next"),
    ("Då skjuts ärendet upp till nästa ordinarie sammanträde.", "next"),
    ("En sådan minoritetsbordläggning skjuter upp ärendet tills nästa sammanträde.", "next"),
])
def test_postponed(sentence: str, when: str | None) -> None:
    f = classify(sentence, MAY_2021)
    assert f is not None and (f.status, f.when) == (POSTPONED, when)


@pytest.mark.parametrize("sentence", [
    "Byggstarten framflyttas till hösten.",
    "Projektet ligger vilande sedan i fjol.",
    "Ersättning har utgått med 500 kronor.",
    "Ett stycke har strukits i stadgarna.",
    "Vi flyttar mötet till den 12 juni.",
    "Kommunen har uppskjutit byggstarten till 2023.",
    "Styrelsen beslutade att inte bordlägga ärendet.",
    "Yrkandet om återremiss avslogs.",
])
def test_no_deferral_of_the_item(sentence: str) -> None:
    assert classify(sentence, MAY_2021) is None


# --- returns: the matter sent back, and the next gathering --------------------------------------------

RETURNS = ItemStatus.RETURNS


@pytest.mark.parametrize(("sentence", "when"), [
    ("Styrelsen återremitterade ärendet till arbetsgruppen.", None),
    ("Nämnden återremitterade ärendet.", None),
    ("Ärendet skickas tillbaks till förvaltningen för komplettering.", None),
    ("Regionfullmäktige beslöt att skicka tillbaka ärendet till regionfullmäktiges ordförande.", None),
    ("Frågan återkommer vid nästa sammankomst.", "next"),
    ("Vi återkommer från styrelsens sida med förslag till nästa möte.", "next"),
    ("Ärendet avgörs vid sammanträdet i juni.", "2021-06"),
    ("Frågan avgörs vid styrelsemötet den 15 september.", "2021-09-15"),
])
def test_returns(sentence: str, when: str | None) -> None:
    f = classify(sentence, MAY_2021)
    assert f is not None and (f.status, f.when) == (RETURNS, when)


@pytest.mark.parametrize("sentence", [
    "Nämnden återremitterade ärendet i februari.",
    "Kassören återkommer från semestern den 1 augusti.",
    "Anna återkommer från föräldraledigheten i september.",
    "Karin återkommer i tjänst efter sommaren.",
    "Mötet skickade tillbaka boken till biblioteket.",
    "Ärendet återremitterades i maj och beslutades nu.",
    "Frågan avgjordes vid sammanträdet i mars.",
    "Frågan avgörs av kommunstyrelsen i juni.",
])
def test_nothing_comes_back(sentence: str) -> None:
    assert classify(sentence, MAY_2021) is None
