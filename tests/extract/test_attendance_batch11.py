"""Attendance layouts of the eleventh fresh batch of real minutes (tests/data/extra 441-452), read by general rules.

Each case is a short passage written the way real minutes put it, not a copied document: names joined by "&";
a pupils' council listing its representatives class by class ("Åk 1: Ciara, Elias & Talia"); a label padded
with spaces instead of a colon ("Förhinder     Ove Swedén."); a given name written as two initials ("PO
Dovner"); "Gästande:" as a label of guests. Each family has look-alikes that must not be read so.
"""

from __future__ import annotations

from functools import partial

import pytest

from planner.extract.header import extract_meeting
from planner.extract.text import minutes_from_text
from tests.extract.attendance_lists import attendance_names

_HEAD = "Protokoll 2019-04-25\n\n"
_TAIL = "\n\n§ 1 Mötet öppnas\n\nOrdföranden hälsade alla välkomna."


_lists = partial(attendance_names, head=_HEAD, tail=_TAIL)


# "&" joins the last name of a list as "och" does.
@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("Närvarande: Anna, Gunilla & Catharina", ["Anna", "Gunilla", "Catharina"]),
        ("Närvarande: Anna Ek, Bo Berg & Cia Holm", ["Anna Ek", "Bo Berg", "Cia Holm"]),
        ("Övriga: Per Lund & Eva Stål", ["Per Lund", "Eva Stål"]),
    ],
)
def test_ampersand_joins_names(text: str, present: list[str]) -> None:
    assert _lists(text)[0] == present


# A school class before its representatives: each line a present list of first names.
@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("Åk 1: Ciara, Elias & Talia\n\nÅk 2: Fiona\n\nÅk 3: Milton & Loke Gustav\n\nÖvriga: Anna & Gunilla",
         ["Ciara", "Elias", "Talia", "Fiona", "Milton", "Loke Gustav", "Anna", "Gunilla"]),
        # (two one-word names and a comma, "Ilona, Maja", read as "Surname, Given name" still)
        ("Klass 4B: Ida och Maria\nKlass 5A: Ilona, Maja & Ella\nÅrskurs 6: Liam",
         ["Ida", "Maria", "Ilona", "Maja", "Ella", "Liam"]),
        ("ÅK 7: Sara, Omar och Nils", ["Sara", "Omar", "Nils"]),
    ],
)
def test_school_class_lists(text: str, present: list[str]) -> None:
    assert _lists(text)[0] == present


# Look-alikes: a class named in a sentence or before a report is no list of names.
@pytest.mark.parametrize(
    "text",
    [
        "Åk 6: Klasserna har skrivit frågor till politikerna.",
        "Klass 3: Vill ha fler bollar på rasten",
        "Årskurs 9: Önskar längre lunch, fler bänkar och bättre mat.",
    ],
)
def test_school_class_sentences_are_no_lists(text: str) -> None:
    assert _lists(text) == ([], [])


# A label padded with spaces instead of a colon, as a blog's table renders: "Förhinder     Ove Swedén."
@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("Närvarande:      Per Dahl, Hans Josefsson och Sture Hortlund.\n\nFörhinder     Ove Swedén.",
         ["Per Dahl", "Hans Josefsson", "Sture Hortlund"], ["Ove Swedén"]),
        ("Närvarande:  Anna Ek, Bo Berg\n\nFrånvarande      Cia Holm, Dan Lund",
         ["Anna Ek", "Bo Berg"], ["Cia Holm", "Dan Lund"]),
        # look-alike: a padded word in lower case after the label is no name
        ("Närvarande: Anna Ek, Bo Berg\n\nFrånvarande     inga", ["Anna Ek", "Bo Berg"], []),
    ],
)
def test_padded_label_column(text: str, present: list[str], absent: list[str]) -> None:
    assert _lists(text) == (present, absent)


# A given name written as two initials opens a comma list ("PO Dovner", "KG Berg"); a unit's short name with
# a doubled letter ("KK Kalmar") or a party code is no given name.
@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("Närvarande: PO Dovner, Hans Josefsson, Jaan Grünberg och Sture Hortlund.",
         ["PO Dovner", "Hans Josefsson", "Jaan Grünberg", "Sture Hortlund"]),
        ("Närvarande: KG Svensson, Anna Ek och Bo Berg", ["KG Svensson", "Anna Ek", "Bo Berg"]),
        ("Närvarande:\nGunnel Lindell (ordf.), KK Kalmar\nLena Arvidsson, KK Västervik",
         ["Gunnel Lindell", "Lena Arvidsson"]),
    ],
)
def test_initials_as_given_name(text: str, present: list[str]) -> None:
    assert _lists(text)[0] == present


# "Gästande:" lists guests, who were present.
@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("Närvarande: Anna Ek, Bo Berg\n\nGästande: Lina Nyberg, Statskontoret", ["Anna Ek", "Bo Berg", "Lina Nyberg"]),
        ("Gästande: Per Lund", ["Per Lund"]),
    ],
)
def test_guests_label(text: str, present: list[str]) -> None:
    assert _lists(text)[0] == present


# A note in brackets closes a name where the comma after it was left out.
@pytest.mark.parametrize(
    ("text", "present"),
    [
        (("Närvarande (kansliet): Kristof Tamas (kanslichef) Caroline Tovatt (btr. kanslichef), André Asplund, "
         "Henrik Malm Lindberg, Sara Thalberg."),
         ["Kristof Tamas", "Caroline Tovatt", "André Asplund", "Henrik Malm Lindberg", "Sara Thalberg"]),
        ("Närvarande: Anna Ek (ordförande) Bo Berg (sekreterare), Cia Holm, Dan Lund",
         ["Anna Ek", "Bo Berg", "Cia Holm", "Dan Lund"]),
        # look-alike: a comma list with its commas reads as before
        ("Närvarande: Anna Ek (ordförande), Bo Berg, Cia Holm", ["Anna Ek", "Bo Berg", "Cia Holm"]),
    ],
)
def test_note_closes_name_without_comma(text: str, present: list[str]) -> None:
    assert _lists(text)[0] == present


# A label without colon before names run together, the list going on over lines of names, ended by a label
# column ("Justerare Isak Olsson", "Underskrifter Sekreterare") whose value is no attendee.
@pytest.mark.parametrize(
    ("text", "present"),
    [
        (("Ledamöter Alexandra Henry Schotte Lukas Nyström\n\nIsak Olsson Agnes Gustavsson Erik Ejerfeldt\n\n"
         "Moa Hansson David Ragnarsson\n\nJusterare Isak Olsson\n\nUnderskrifter Sekreterare\n\nSanna Andersson"),
         ["Alexandra Henry Schotte", "Lukas Nyström", "Isak Olsson", "Agnes Gustavsson", "Erik Ejerfeldt",
          "Moa Hansson", "David Ragnarsson"]),
        ("Närvarande Anna Ek Bo Berg\nCia Holm Dan Lund Eva Stål\nJustering Per Lund",
         ["Anna Ek", "Bo Berg", "Cia Holm", "Dan Lund", "Eva Stål"]),
    ],
)
def test_bare_label_before_two_names(text: str, present: list[str]) -> None:
    assert _lists(text)[0] == present


# Look-alikes: a label word opening a sentence, or one name after a label without colon, makes no list here.
@pytest.mark.parametrize(
    "text",
    [
        "Ledamöter Anna Ek och Bo Berg har lämnat föreningen.",
        "Medlemmar Som Betalat Avgiften får rösta.",
        # two names over a line that is no run of names
        "Ledamöter Anna Maria Ek Bo Berg\n\nMötet öppnades av ordföranden.",
    ],
)
def test_bare_label_sentences_are_no_lists(text: str) -> None:
    assert _lists(text)[0] == []


# A local party written in capitals in brackets ("(KIM)") closes a name in a flattened run, as "(vl)" does.
@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("Beslutande Ledamöter Kent Bohlin (S) Lars Olof Andersson (C) Henrik Nilsson (M) , Jörgen Eriksson (KIM) ,",
         ["Kent Bohlin", "Lars Olof Andersson", "Henrik Nilsson", "Jörgen Eriksson"]),
        ("Närvarande: Eva Ek (S) Per Lund (M) , Bo Berg (SPI) , Cia Holm (C)", ["Eva Ek", "Per Lund", "Bo Berg", "Cia Holm"]),
    ],
)
def test_local_party_in_capitals_closes_name(text: str, present: list[str]) -> None:
    assert _lists(text)[0] == present


# A flattened table whose party column stands before the name, a mark after it ("X" there, "-" not).
@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("Närvarande:\nÖP Franz Heinel, ordförande X C Kristina Lemon X s Margareta Olin X",
         ["Franz Heinel", "Kristina Lemon", "Margareta Olin"], []),
        ("Närvarande\nM Anna Ek X S Bo Berg - KD Cia Holm X", ["Anna Ek", "Cia Holm"], ["Bo Berg"]),
        # look-alike: name, party, mark is the other order, read as before
        ("Närvarande\nAnna Ek S X Bo Berg M X Cia Holm C X", ["Anna Ek", "Bo Berg", "Cia Holm"], []),
    ],
)
def test_party_before_name_marked_rows(text: str, present: list[str], absent: list[str]) -> None:
    assert _lists(text) == (present, absent)


# "som anmält förhinder" after a comma is the absent note, no organisation ("som").
@pytest.mark.parametrize(
    ("text", "organisation"),
    [
        ("Ej närvarande: Pieter Bevelander, som anmält förhinder.", None),
        ("Ej närvarande: Pieter Bevelander, som har anmält förhinder", None),
        # look-alike: an organisation before the note stays
        ("Ej närvarande: Pieter Bevelander, Malmö universitet, anmält förhinder", "Malmö universitet"),
    ],
)
def test_relative_absent_note(text: str, organisation: str | None) -> None:
    meeting = extract_meeting(minutes_from_text(_HEAD + text + _TAIL))[0]
    assert [(p.name, p.organisation) for p in meeting.absent] == [("Pieter Bevelander", organisation)]
