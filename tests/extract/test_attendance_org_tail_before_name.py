"""A flattened run of "Name, Organisation" entries where the organisation's last word (a place) runs into the
next name, whose given name is no known one: "Maria Albin, Arbets- och miljömedicin Lund Dave Borg, Malmö stad"
is "Dave Borg" of Malmö stad, and Lund ends the organisation before. A name of three words stays whole when its
first word is a known given name, its middle word an initial or a surname, or a role or "och" stands before it.
"""

from __future__ import annotations

import pytest

from planner.extract.attendance import _line_entries


@pytest.mark.parametrize(
    ("line", "people"),
    [
        # real lines: the place closes the organisation before the name
        (("Annelie Johansson, Länsstyrelsen, ordförande Maria Albin, Arbets- och miljömedicin Lund Dave Borg, "
         "Malmö stad Sven-Inge Svensson, Hässleholm Mariann Bäck, Länsstyrelsen"),
         [("Annelie Johansson", "Länsstyrelsen"), ("Maria Albin", "Arbets- och miljömedicin Lund"),
          ("Dave Borg", "Malmö stad"), ("Sven-Inge Svensson", "Hässleholm"), ("Mariann Bäck", "Länsstyrelsen")]),
        (("Maria Ehrenberg, Regionbibliotek Halland Katinka Borg, Länsbibliotek Jönköping Susanne Ljungström, "
         "Länsbiblioteket i Västerbotten Bengt Källgren, Kultur i Väst"),
         [("Maria Ehrenberg", "Regionbibliotek Halland"), ("Katinka Borg", "Länsbibliotek Jönköping"),
          ("Susanne Ljungström", "Länsbiblioteket i Västerbotten"), ("Bengt Källgren", "Kultur i Väst")]),
        # half the names with a known given name: organisations of two words before names of Finnish given names
        (("Lena Ek, Finska föreningen Antti Lahti, Finska Pingstförsamlingen Jouko Nieminen, Finska "
          "pensionärsföreningen Seniorerna Minna Holm, Svenska kyrkan Bo Berg, Finlands konsulat Eva Lind, Kyrkan"),
         [("Lena Ek", "Finska föreningen"), ("Antti Lahti", "Finska Pingstförsamlingen"),
          ("Jouko Nieminen", "Finska pensionärsföreningen Seniorerna"), ("Minna Holm", "Svenska kyrkan"),
          ("Bo Berg", "Finlands konsulat"), ("Eva Lind", "Kyrkan")]),
        # look-alikes: a name of three words whose middle word is a surname or an initial
        (("Tom Grundell, Fastighetsavdelningen Cristine Dahlbom Nyberg, Sjukvårds- och omsorgskontoret Britt "
         "Stålhandske, Vård- och omsorgskontoret Anna Ek, Kansliet"),
         [("Tom Grundell", "Fastighetsavdelningen"), ("Cristine Dahlbom Nyberg", "Sjukvårds- och omsorgskontoret"),
          ("Britt Stålhandske", "Vård- och omsorgskontoret"), ("Anna Ek", "Kansliet")]),
        ("Fredrik Harstad, Göteborg Jan-Olof Hedström, Luleå Carsten Jensen, Göteborg P O Lindencrona, Karlskrona",
         [("Fredrik Harstad", "Göteborg"), ("Jan-Olof Hedström", "Luleå"), ("Carsten Jensen", "Göteborg"),
          ("P O Lindencrona", "Karlskrona")]),
    ],
)
def test_organisation_tail_before_name(line: str, people: list[tuple[str, str | None]]) -> None:
    assert [(p.name, p.organisation) for p in _line_entries(line, 0, set(), False)] == people


@pytest.mark.parametrize(
    ("line", "name"),
    [
        # look-alikes: a role before the name ("-chef"), not an organisation
        (("Lena Brännmar, Förbundsdirektör Joakim Svärdström, Regionutvecklingschef Vesna Poje Avdic, Ekonom "
         "Christina Klaar, Förbundssekreterare"), "Vesna Poje Avdic"),
        # look-alike: a party in brackets before the name, no organisation
        (("Göran Giselsson, ordförande (M) RosMarie Jönsson Neckö, vice ordförande (S) Michael Sjöö (S) Eva Johnsson "
         "(KD)"), "RosMarie Jönsson Neckö"),
        # look-alike: "och" before the last name of a list of officials
        (("Anders Ek, områdeschef, samt rektorerna Birgitta Lundmark, Inger Höglund och Wiola Larsson Lindman, ca "
         "15.00"), "Wiola Larsson Lindman"),
    ],
)
def test_name_after_role_stays_whole(line: str, name: str) -> None:
    assert name in [p.name for p in _line_entries(line, 0, set(), False)]
