"""Item families from the held-out minutes 960-981 (round 3, items).

Minutes numbered by sub-points only, the copy's line breaks anywhere: a sub-point that opens a line goes on the
run read in the run-in style, and a run of one group goes on with the next group's bare number run in after a
sentence ("... ges också kram-rätt. 2 Mötets behöriga utlysande ...") when no sub-point follows.
"""

from __future__ import annotations

import pytest

from planner.extract.items import extract_items
from planner.extract.model import Meeting
from planner.extract.text import minutes_from_text


def _numbers(text: str) -> list[str | None]:
    items, _, _ = extract_items(minutes_from_text(text), Meeting(date="2013-11-25"))
    return [i.number for i in items]


# A copy that lost its line breaks: each page one long line, its page number at the end.
_TEXT = "Ordföranden konstaterar att frågan har diskuterats länge och att alla fått komma till tals. "
_OPENING = (f"1 Formalia 1.1 Mötets öppnande Ordföranden öppnar mötet klockan 17.36. {_TEXT}1.2 Val av "
            f"mötesordförande Sittande ordförande väljs till mötesordförande. {_TEXT}1.3 Val av mötessekreterare "
            f"Sekreteraren väljs. {_TEXT}1.4 Val av rösträknare Två ledamöter anmäler sig och väljs. {_TEXT}")
_WRAPPED = (f"1.5 Justering av röstlängd Röstlängden fastställs till 18. 1.6 Val av justeringspersoner "
            f"Två personer väljs. 1\n1.7 Godkännande av dagordning Dagordningen godkänns. {_TEXT}{_TEXT}"
            f"1.8 Adjungeringar Gästerna får närvarorätt och yttranderätt. {_TEXT}{_TEXT}")

SUB_POINT_RUNS = [
    pytest.param(_OPENING + _WRAPPED + "2 Mötets behöriga utlysande Sekreteraren berättar om kallelsen.",
                 ["1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "2"],
                 id="line-opening-sub-point-and-next-group-after-stop"),
    pytest.param(_OPENING + _WRAPPED + "2 Mötets behöriga utlysande Kallelsen gick ut i tid. "
                 "3 Val av revisorer Två revisorer väljs.",
                 ["1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "2", "3"],
                 id="two-groups-after-the-run"),
    pytest.param(_OPENING + "1.5 Justering av röstlängd Röstlängden fastställs utan anmärkning. "
                 "2 Mötets behöriga utlysande Sekreteraren berättar om kallelsen.",
                 ["1.1", "1.2", "1.3", "1.4", "1.5", "2"],
                 id="next-group-after-stop-one-line"),
    pytest.param(_OPENING + _WRAPPED + "2.1 Ekonomi och budget Kassören rapporterar om läget.",
                 ["1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", "1.8", "2.1"],
                 id="line-opening-sub-point-then-next-group-sub-point"),
    # Look-alikes: a sentence that opens with a count is no heading; nor a number before a lower-case word.
    pytest.param(_OPENING + "1.5 Beslut Förslaget godkänns. 2 Ledamöter reserverade sig.",
                 [], id="count-opening-a-sentence"),
    pytest.param(_OPENING + "1.5 Beslut Förslaget godkänns. 2 ledamöter reserverade sig mot beslutet.",
                 [], id="count-before-lower-case"),
    pytest.param(_OPENING + "1.5 Beslut Förslaget godkänns med 3 Ja mot 2 Nej i omröstningen.",
                 [], id="number-not-after-a-stop"),
]


@pytest.mark.parametrize(("text", "numbers"), SUB_POINT_RUNS)
def test_a_run_of_sub_points(text: str, numbers: list[str]) -> None:
    got = _numbers(text)
    if numbers:
        assert got == numbers
    else:  # one group's numbered list, nothing after it: no agenda of sub-points
        assert not any(n is not None and "." in n for n in got)


# --- a run of run-in points goes on over the next long line ---------------------------------------------------

_FILL = "Styrelsen diskuterade frågan ingående och var överens om att gå vidare med den i god tid. "
_FIRST_LINE = (f"Datum: 13-03-11 Plats: Kansliet Dagordning 1 Mötets öppnande Mötet öppnas 17:17. {_FILL}"
               f"2 Närvaro och anmälda förhinder Närvarande: hela styrelsen. {_FILL}3 Val av mötesfunktionärer "
               f"Mötet behöver en sekreterare. {_FILL}{_FILL}")


def _second_line(tail: str) -> str:
    return f"{_FILL}Punkt 13 tidigareläggs, till efter 6. {tail} {_FILL}{_FILL}{_FILL}"


RUN_ON_NEXT_LINE = [
    pytest.param(_second_line("4 Beslut från föregående protokoll Att välja en projektledare. 5 Meddelanden Alla "
                              "behöver hjälpa till."), ["1", "2", "3", "4", "5"], id="two-points-after-stops"),
    pytest.param(_second_line("4 Beslut från föregående protokoll Att välja en projektledare för VT13 5 Meddelanden "
                              "Alla behöver hjälpa till."), ["1", "2", "3", "4", "5"], id="point-after-a-code"),
    pytest.param(_second_line("4 Beslut från föregående protokoll Att välja en projektledare."),
                 ["1", "2", "3", "4"], id="one-point-after-a-stop"),
    # Look-alikes: a reference, a number that does not go on from the last, one before a lower-case word.
    pytest.param(_second_line("Se punkt 4 Beslut från föregående protokoll."), ["1", "2", "3"], id="reference"),
    pytest.param(_second_line("7 Beslut från föregående protokoll Att välja en projektledare."), ["1", "2", "3"],
                 id="number-out-of-order"),
    pytest.param(_second_line("4 ledamöter var närvarande. Alla röstade ja."), ["1", "2", "3"],
                 id="count-before-lower-case-word"),
]


@pytest.mark.parametrize(("second", "numbers"), RUN_ON_NEXT_LINE)
def test_run_in_points_go_on_over_the_next_long_line(second: str, numbers: list[str]) -> None:
    assert _numbers(_FIRST_LINE + "\n" + second) == numbers


# --- a run-in title that opens with an abbreviation in capitals, on a stored copy's page line ------------------

_FRONT = ("1 MINNESANTECKNINGAR Forum för regional utvecklingspolitik Tid: Torsdagen den 19 november klockan 13:00 "
          "Plats: Sankt Petri-Orden, Härnösand Närvarande: Glenn Nordlund, Jonny Lundin, Eva Lohman")
_OPENED = "2 1 Mötets öppnande Ordförande Benny Eriksson hälsade välkommen och öppnade sammanträdet. "
_AFTER = " informerar om projektet som arbetar med goda exempel inom elektronisk förvaltning och bredband."


def _copy(page: str) -> str:
    return f"Möte med forumet\n\nTranskript\n\n{_FRONT}\n\n{page}\n"


ABBREVIATED_TITLES = [
    pytest.param(_copy(_OPENED + "2 PIKE ett Interreg IV C projekt Charlie Wallin" + _AFTER), ["1", "2"],
                 id="abbreviation-then-lower-case-word"),
    pytest.param(_copy(_OPENED + "2 IT-frågor Kirsi Allberg" + _AFTER), ["1", "2"], id="hyphenated-abbreviation"),
    pytest.param(_copy(_OPENED + "2 EU-programmet för landsbygden Kirsi Allberg" + _AFTER), ["1", "2"],
                 id="hyphenated-abbreviation-longer"),
    pytest.param(_copy(_OPENED + "2 Bredband i länet Kirsi Allberg" + _AFTER), ["1", "2"], id="plain-title-still"),
    # Look-alikes: capitals that run on into a name, a word in capitals too long for an abbreviation.
    pytest.param(_copy(_OPENED + "2 PIKE Interreg Charlie Wallin" + _AFTER), ["1"], id="capitals-then-a-name"),
    pytest.param(_copy(_OPENED + "2 MINNESANTECKNINGAR från förra mötet" + _AFTER), ["1"], id="long-capitals-word"),
]


@pytest.mark.parametrize(("text", "numbers"), ABBREVIATED_TITLES)
def test_run_in_title_opening_with_an_abbreviation(text: str, numbers: list[str]) -> None:
    assert _numbers(text) == numbers


# --- bullets that tell who does what are a heading's text, not items -------------------------------------------

def _titles(text: str) -> list[str]:
    items, _, _ = extract_items(minutes_from_text(text), Meeting(date="2017-03-17"))
    return [i.title for i in items]


def _notes(bullets: str, heading: str = "Projekt") -> str:
    return ("IX styrelse hade denna dag sitt första styrelsemöte för 2017.\n\n### Val av kassör\n"
            f"Michael Stahre valdes till kassör\n\n### {heading}\n{bullets}\n\n### Nästa möte\n"
            "Nästa styrelsemöte är planerat den 24 april kl 19:00\n")


DOER_BULLETS = [
    pytest.param(_notes("- Michael ska bygga ett 3D-skrivet mekaniskt tangentbord och vänta på en tracker\n"
                        "- Viktor gör animationer i blender\n- Elis bygger EMACS-mode\n- Erik leker med C64"),
                 ["Val av kassör", "Projekt", "Nästa möte"], id="who-does-what-under-projects"),
    pytest.param(_notes("- Anna fixar affischer\n- Johan bokar lokal\n- Karin skriver inbjudan", "Julfest"),
                 ["Val av kassör", "Julfest", "Nästa möte"], id="tasks-of-a-party"),
    pytest.param(_notes("- Maria kollar priser\n- Per ringer leverantören", "Inköp"),
                 ["Val av kassör", "Inköp", "Nästa möte"], id="two-tasks"),
    # Look-alikes: bullets that are titles stay the items.
    pytest.param(_notes("- Hemsidan\n- Medlemsavgiften\n- Lokalfrågan", "Övriga frågor"),
                 ["Val av kassör", "Hemsidan", "Medlemsavgiften", "Lokalfrågan", "Nästa möte"], id="titles"),
    pytest.param(_notes("- Karin Larssons avtackning\n- Erik Welanders motion\n- Nya nycklar", "Övriga frågor"),
                 ["Val av kassör", "Karin Larssons avtackning", "Erik Welanders motion", "Nya nycklar", "Nästa möte"],
                 id="titles-opening-with-a-name"),
    pytest.param(_notes("- Inga övriga frågor\n- Inga nya medlemmar\n- Hemsidan", "Övriga frågor"),
                 ["Val av kassör", "Inga övriga frågor", "Inga nya medlemmar", "Hemsidan", "Nästa möte"],
                 id="inga-is-no-name-here"),
]


@pytest.mark.parametrize(("text", "titles"), DOER_BULLETS)
def test_bullets_telling_who_does_what(text: str, titles: list[str]) -> None:
    assert _titles(text) == titles
