"""A second agenda after the first one: both lists are items, their numbers repeating.

A notice of a joint session lists that session's agenda and then the body's own session after it ("Dagordning
för sammanträde för Barn- och utbildningsberedningen samt Socialberedningen gemensamt 1. ... 9. Övriga frågor",
then "Dagordning för Socialberedningens sammanträde 1. Val av justerare ... 8. ..."); minutes of a day with a
joint part and a part of the board's own do the same. Each list is labelled as an agenda right before its
number 1 ("Dagordning", "Föredragningslista", "Ärendelista", "Agenda", or a sentence that presents "dagordningen:")
and counts up from 1; the second is kept after the first, numbered as written.

Look-alikes: the proposed agenda and the agenda adopted, the same titles at the same numbers (one list); a
proposed agenda for the next meeting; a numbered proposal that no agenda label leads into; a second list of two.
"""

from __future__ import annotations

import pytest

from tests.extract.item_rows import item_numbers, transcript

_HEAD = "Protokoll 2014-09-03\n\n"


def _lines(*entries: str) -> str:
    return "\n".join(f"{k}. {title}" for k, title in enumerate(entries, 1))


_JOINT = ("Socialberedningen Ordinarie ledamöter Kallelse till sammanträde Program Kaffe Gemensamt sammanträde Lunch Separata "
          "sammanträden för de båda beredningarna Dagordning för sammanträde för Barn- och utbildningsberedningen "
          "samt Socialberedningen gemensamt 1. Välkommen! Inledning av mötesordförande 2. Val av justerare "
          "3. Dagordning 4. Föregående protokoll Bilaga: föregående protokoll 5. Politikerutbildningar Bilaga: PM "
          "6. Övriga frågor")


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        # a notice run together on its page lines: the joint session's agenda, then the board's own
        (transcript(_JOINT, "Socialberedningen Ordinarie ledamöter Dagordning för Socialberedningens sammanträde "
                    "1. Val av justerare 2. Dagordning 3. Föregående protokoll 4. Missbruk och beroendevård "
                    "Information av Henry Lundgren, kansliet"),
         ["1", "2", "3", "4", "5", "6", "1", "2", "3", "4"]),
        # the second list after a sentence that presents the agenda
        (transcript(_JOINT, "Barn- och utbildningsberedningen Dagordning för Barn- och utbildningsberedningens "
                    "sammanträde Inledning Ordförande Birgitta Persson inleder sammanträdet och presenterar "
                    "dagordningen: 1. Val av justerare 2. Dagordning 3. Föregående protokoll"),
         ["1", "2", "3", "4", "5", "6", "1", "2", "3"]),
        # one entry a line, each list under its label
        ("Föredragningslista för det gemensamma sammanträdet med Kulturnämnden\n\n"
         + _lines("Mötets öppnande", "Val av justerare", "Gemensam lokalförsörjning", "Biblioteksplan 2016")
         + "\n\nFöredragningslista för Fritidsnämndens sammanträde\n\n"
         + _lines("Val av justerare", "Bidrag till föreningar", "Simhallens öppettider", "Delegationsbeslut"),
         ["1", "2", "3", "4", "1", "2", "3", "4"]),
        ("Agenda förmiddag, gemensamt med arbetsutskottet\n\n"
         + _lines("Inledning", "Regional utvecklingsstrategi", "Kollektivtrafiken", "Lunch")
         + "\n\nAgenda eftermiddag, styrelsens sammanträde\n\n"
         + _lines("Val av justerare", "Årsredovisning 2015", "Revisionsberättelse", "Övriga frågor", "Avslutning"),
         ["1", "2", "3", "4", "1", "2", "3", "4", "5"]),
        ("Ärendelista direktionen\n\n"
         + _lines("Sammanträdets öppnande", "Upprop", "Budget 2017", "Taxor och avgifter")
         + "\n\nÄrendelista direktionens arbetsutskott\n\n"
         + _lines("Sammanträdets öppnande", "Upphandling av brandbilar", "Personalfrågor"),
         ["1", "2", "3", "4", "1", "2", "3"]),
        # look-alikes: the agenda proposed and the agenda adopted list the same titles
        ("Förslag till dagordning\n\n" + _lines("Mötets öppnande", "Val av justerare", "Ekonomi", "Övriga frågor")
         + "\n\nFastställd dagordning\n\n" + _lines("Mötets öppnande", "Val av justerare", "Ekonomi", "Övriga frågor"),
         ["1", "2", "3", "4"]),
        # a proposed agenda for the next meeting
        ("Dagordning\n\n" + _lines("Mötets öppnande", "Val av justerare", "Ekonomi", "Övriga frågor")
         + "\n\nFörslag till dagordning för nästa möte:\n\n"
         + _lines("Mötets öppnande", "Budget 2018", "Valberedningens förslag"),
         ["1", "2", "3", "4"]),
        # a numbered proposal that no agenda label leads into
        ("Dagordning\n\n" + _lines("Mötets öppnande", "Val av justerare", "Ekonomi", "Övriga frågor")
         + "\n\nStyrelsen föreslår årsmötet följande ändringar i stadgarna:\n\n"
         + _lines("Paragraf 3 ändras", "Paragraf 7 stryks", "Paragraf 9 får ett nytt stycke"),
         ["1", "2", "3", "4"]),
        # a second list of two entries only
        ("Dagordning\n\n" + _lines("Mötets öppnande", "Val av justerare", "Ekonomi", "Övriga frågor")
         + "\n\nDagordning för arbetsutskottet\n\n" + _lines("Val av justerare", "Personalfrågor"),
         ["1", "2", "3", "4"]),
    ],
)
def test_second_agenda(text: str, numbers: list[str]) -> None:
    assert item_numbers(text if text.startswith("PROTOKOLL") else _HEAD + text + "\n", "2014-09-03") == numbers
