"""Attendance layouts of the fresh batches b15 and b16 of real minutes (tests/data/extra 487-510), read by
general rules.

Each case is a short passage written the way real minutes put it, not a copied document: a register of
participants under its own heading, flattened lists whose wrapped lines open the next lists, rows of labels
whose values follow the closing labels, a mark legend without parentheses, absence said in a note or a
sentence, organisations on lines of their own. Each family has look-alikes that must not be read so.
"""

from __future__ import annotations

from functools import partial

import pytest

from tests.extract.attendance_lists import attendance_names

_HEAD = "Protokoll 2015-04-23\n\n"
_TAIL = "\n\n§ 1 Mötet öppnas\n\nOrdföranden hälsade alla välkomna."


_lists = partial(attendance_names, head=_HEAD, tail=_TAIL)


# A register of who took part, named as a document, over "Name, Place, role" lines.
@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("Deltagarförteckning\n\nDoris Lind, Sundsvall, v. ordf.\n\nGösta Gran, Umeå, sek.\n\nBörje Ros, Luleå, ledamot",
         ["Doris Lind", "Gösta Gran", "Börje Ros"], []),
        ("Närvaroförteckning:\nAnna Ek, Växjö\nBo Berg, Ljungby\nCia Holm, Alvesta",
         ["Anna Ek", "Bo Berg", "Cia Holm"], []),
        # look-alike: the register mentioned in a sentence, no heading
        ("Deltagarförteckningen skickas ut med protokollet till Anna Ek och Bo Berg.", [], []),
    ],
)
def test_register_heading(text: str, present: list[str], absent: list[str]) -> None:
    assert _lists(text) == (present, absent)


# A flattened absent list whose wrapped line opens the next lists without colons: the secretary and "Övriga".
@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        (("Närvarande ledamöter\n\nJohan Nyhus (S), Göteborg, ordf. Kia Ek (MP), Göteborg Anna Palm (S), Härryda\n\n"
          "Frånvarande ledamöter\n\nRolf Gran (S), Ale Mats Fris (S), Kungälv Douglas Tell (M), Lerum\n\n"
          "Gun Nord (S), Tjörn Sekreterare Cecilia Kvist, GR Övriga Birgitta Hell, GR Maria Sig, GR Pia Arn, GR"),
         ["Johan Nyhus", "Kia Ek", "Anna Palm", "Cecilia Kvist", "Birgitta Hell", "Maria Sig", "Pia Arn"],
         ["Rolf Gran", "Mats Fris", "Douglas Tell", "Gun Nord"]),
        (("Frånvarande\n\nRolf Gran (S), Ale Mats Fris (S), Kungälv Douglas Tell (M), Lerum\n\n"
          "Gun Nord (S), Tjörn Tjänstemän Eva Ek, GR Bo Berg, GR Cia Holm, GR"),
         ["Eva Ek", "Bo Berg", "Cia Holm"], ["Rolf Gran", "Mats Fris", "Douglas Tell", "Gun Nord"]),
        # look-alike: no label inside the wrapped line: all of it goes on with the list above
        (("Frånvarande\n\nRolf Gran (S), Ale Mats Fris (S), Kungälv Douglas Tell (M), Lerum\n\n"
          "Gun Nord (S), Tjörn Lars Vik (V), Partille"),
         [], ["Rolf Gran", "Mats Fris", "Douglas Tell", "Gun Nord", "Lars Vik"]),
    ],
)
def test_labels_inside_wrapped_line(text: str, present: list[str], absent: list[str]) -> None:
    assert _lists(text) == (present, absent)


# "Name (P), Place" entries of a wrapped column, two to a line: the place ends one entry, the name begins the next.
@pytest.mark.parametrize(
    ("text", "present"),
    [
        (("Närvarande ledamöter\n\nOwe Nil (s), Göteborg, ordförande Kia Ek (mp), Göteborg Rolf Gus (s), Ale\n\n"
         "Thorsten Lars (m), Alingsås Anna Palm (s), Härryda\n\nUlrika Land (fp), Kungsbacka Douglas Tell (m), Lerum"),
         ["Owe Nil", "Kia Ek", "Rolf Gus", "Thorsten Lars", "Anna Palm", "Ulrika Land", "Douglas Tell"]),
        # look-alike: two entries without a place between them stay as they are
        ("Närvarande:\nAnna Ek (S), Bo Berg (M)", ["Anna Ek", "Bo Berg"]),
    ],
)
def test_party_place_pairs(text: str, present: list[str]) -> None:
    assert _lists(text) == (present, [])


# After an organisation's name a given name begins the next entry ("Falu Kommun Anna Tägtström Visconti,").
@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("Adjungerade: Elisabeth Med, verksamhetsledare Karin Per, Falu Kommun Anna Tägt Visconti, Borlänge Kommun",
         ["Elisabeth Med", "Karin Per", "Anna Tägt Visconti"]),
        ("Närvarande: Bo Ek, verksamhetsledare Cia Holm, Region Kronoberg Eva Lind Berg, Växjö kommun",
         ["Bo Ek", "Cia Holm", "Eva Lind Berg"]),
    ],
)
def test_given_name_after_organisation(text: str, present: list[str]) -> None:
    assert _lists(text) == (present, [])


# An empty cell's doubled comma between two entries.
def test_doubled_comma() -> None:
    assert _lists("Adjungerade: Birgit Ander,, Emma Dahl och Birgitta Blanck.") == (
        ["Birgit Ander", "Emma Dahl", "Birgitta Blanck"], [])


# A row of labels, each on a line of its own, whose values follow closing labels in one run.
@pytest.mark.parametrize(
    ("text", "present"),
    [
        (("Plats och tid\nBeslutande\nÖvriga deltagande\nUtses att justera Norrtäljesalen, Kommunhuset Onsdag, "
          "19 februari, 2014 kl enligt bifogad närvarolista Kerstin Stam, sekreterare Peter Graf, Vårdbolaget AB "
          "Roger Boll, Vårdbolaget AB\nParagrafer 7-11"),
         ["Kerstin Stam", "Peter Graf", "Roger Boll"]),
        (("Beslutande Ledamöter Micael Glenn (M), ordförande "
          "Helen Nil (S) Leif Carl (M)\nÖvriga närvarande\nErsättare\nJusteringens plats och tid\n"
          "Underskrifter sekreterare Magnus Gust (M) Börje Fors (FP) Joakim Sven, trafikadministratör\nParagrafer"),
         ["Micael Glenn", "Helen Nil", "Leif Carl", "Magnus Gust", "Börje Fors", "Joakim Sven"]),
        # look-alike: the row of labels repeated in a page title, with no values after the closing labels
        (("Beslutande\nÖvriga närvarande\nUtses att justera Justeringens Paragrafer plats och tid Sekreterare "
          "Ordförande\n\nNärvarande: Anna Ek, Bo Berg"),
         ["Anna Ek", "Bo Berg"]),
    ],
)
def test_values_after_closing_labels(text: str, present: list[str]) -> None:
    assert _lists(text)[0] == present


# A mark legend without parentheses ("Närv N Namn Frånv F") before "Org: Name N" entries run together.
@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        (("Närvarolista Ledamöter Närv N Namn Frånv F THN: Hans Ander N KS: Berit Jans N Kfn: Bengt Eric N "
          "Bn: Ingmar Wall Frånvaro anmäld SRF: Hans Beng N DHR: Irene Ols N Ja Nej"),
         ["Hans Ander", "Berit Jans", "Bengt Eric", "Hans Beng", "Irene Ols"], ["Ingmar Wall"]),
        # look-alike: the words in prose, no letters after them
        ("Närvarande: Anna Ek, Bo Berg. Närv och frånv antecknas i bilaga.", ["Anna Ek", "Bo Berg"], []),
    ],
)
def test_legend_without_parentheses(text: str, present: list[str], absent: list[str]) -> None:
    assert _lists(text) == (present, absent)


# A lower-case note after a name in a present run that says the person was not there.
@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        (("Närvarande Peter Mel, ordförande Christina Lind Gun Rud Thomas Norr per telefon Åke Clas lämnade "
          "synpunkter inför mötet men deltog inte på plats Håkan Litt Ewa Eng"),
         ["Peter Mel", "Christina Lind", "Gun Rud", "Thomas Norr", "Håkan Litt", "Ewa Eng"], ["Åke Clas"]),
        (("Närvarande: Ledamöter\nTjänstgörande ersättare Kerstin Sund (AVN) Johanna Hän (BUN) ej närvarande "
          "Monica Sven (DHR) Criss Hag (HSO) ej närvarande Birgitte Fing (VON)"),
         ["Kerstin Sund", "Monica Sven", "Birgitte Fing"], ["Johanna Hän", "Criss Hag"]),
        # look-alikes: a part of the meeting missed (a number), a note that says no absence
        ("Närvarande: Anna Ek lämnade mötet efter punkt 5 och deltog inte i beslutet Bo Berg Cia Holm Dan Lund",
         ["Anna Ek", "Bo Berg", "Cia Holm", "Dan Lund"], []),
        ("Närvarande Anna Ek Bo Berg per telefon Cia Holm Dan Lund", ["Anna Ek", "Bo Berg", "Cia Holm", "Dan Lund"], []),
    ],
)
def test_absence_note(text: str, present: list[str], absent: list[str]) -> None:
    assert _lists(text) == (present, absent)


# A sentence reporting who was away, without a colon.
@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        (("Närvarande: Jan Ask, ordförande, Rune Hed, Mats Hall.\n\n2. Närvarande\n"
         "Förhinder anmälts av Brittmari Ek, Eva Goss och Inger Wentz."),
         ["Jan Ask", "Rune Hed", "Mats Hall"], ["Brittmari Ek", "Eva Goss", "Inger Wentz"]),
        ("Närvarande: Jan Ask, Rune Hed\nÅterbud har lämnats av Bo Berg och Cia Holm",
         ["Jan Ask", "Rune Hed"], ["Bo Berg", "Cia Holm"]),
        # look-alike: the phrase about something else than people
        ("Närvarande: Jan Ask, Rune Hed\nFörhinder anmäldes av föreningen i god tid.", ["Jan Ask", "Rune Hed"], []),
    ],
)
def test_reported_absent_sentence(text: str, present: list[str], absent: list[str]) -> None:
    assert _lists(text) == (present, absent)


# Who could not take part, said with "att delta" or "att närvara".
@pytest.mark.parametrize(
    ("text", "absent"),
    [
        (("Närvarande\n\nAnna Ek, Folksam\n\nFörhindrad att delta\n\nMagnus Gran, SAFER Ola Bos, Veoneer Sofia Gjer, "
         "Trafikverket"), ["Magnus Gran", "Ola Bos", "Sofia Gjer"]),
        ("Närvarande\n\nAnna Ek, Folksam\n\nFörhindrade att närvara:\nBo Berg, Cia Holm", ["Bo Berg", "Cia Holm"]),
    ],
)
def test_unable_to_take_part(text: str, absent: list[str]) -> None:
    assert _lists(text) == (["Anna Ek"], absent)


# Organisations a column names on lines of their own are no persons.
def test_organisation_lines() -> None:
    text = ("Närvarande\nLedamöter\nAgneta Lind\nFredrik Sjö (M)\nVice ordförande\n"
            "Handikappföreningarna Östergötland\nRegion Östergötland\n\nFrånvarande\nKjell Bris\n"
            "Landstinget Dalarna\nÖvriga\nLena Lund\nRegion Östergötland, sakkunnig")
    assert _lists(text) == (["Agneta Lind", "Fredrik Sjö", "Lena Lund"], ["Kjell Bris"])


# A present list cut to "ande" at the start of a page's line ("Beslutande" lost its head), with "tj ledamot".
def test_cut_label_at_line_start() -> None:
    text = ("Plats och tid Styrelserummet Tisdag den 6 mars 2012, kl ande Se sida 2\n\n"
            "2 2 (23) ande Ann Säm (S) ordförande Anders Nys (S) vice ordförande Annica Lund (S) tj ledamot "
            "Robin Nil (S) tj ledamot Ulla Pers (Fp) tj ersättare Övriga deltagare Per Lenn, avd chef")
    assert _lists(text)[0] == ["Ann Säm", "Anders Nys", "Annica Lund", "Robin Nil", "Ulla Pers", "Per Lenn"]


# A list line ending in a comma goes on on the next line.
@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("Närvarande: Leif, Thomas, Per-Gunnar, Per, Christer,\nAnette och Fredrik.",
         ["Leif", "Thomas", "Per-Gunnar", "Per", "Christer", "Anette", "Fredrik"]),
        # look-alike: a sentence after the comma
        ("Närvarande: Anna Ek, Bo Berg,\nMötet öppnades av ordföranden.", ["Anna Ek", "Bo Berg"]),
    ],
)
def test_comma_wrapped_line(text: str, present: list[str]) -> None:
    assert _lists(text)[0] == present


# A distribution list after the present names in a flattened line ("För kännedom"): those receive the minutes;
# "Name (p) Org" entries without commas, the organisation after the party.
@pytest.mark.parametrize(
    ("text", "present"),
    [
        (("Närvarande Peter Ros (s) Kf Niklas Nord (s) Fyrkanten Linda Fro (m) Östra Norrbotten Glenn Berg (v) NLL "
          "Anna Lind, NLL För kännedom Lars Alrik (m) Kf Jeanette Wäpp (v) Kf Yvonne Stål (s) Kf"),
         ["Peter Ros", "Niklas Nord", "Linda Fro", "Glenn Berg", "Anna Lind"]),
        (("Närvarande: Anna Ek (S) Region Kronoberg, Bo Berg (M) Växjö kommun, Cia Holm (V) Ljungby kommun, "
          "Dan Lund (C) Alvesta kommun Kopia till: Eva Nord, Gun Ås"),
         ["Anna Ek", "Bo Berg", "Cia Holm", "Dan Lund"]),
        # look-alike: "för kännedom" in prose after the list, lower case
        ("Närvarande: Anna Ek, Bo Berg, Cia Holm\n\nProtokollet skickas för kännedom till styrelsen.",
         ["Anna Ek", "Bo Berg", "Cia Holm"]),
    ],
)
def test_distribution_list_and_org_after_party(text: str, present: list[str]) -> None:
    assert _lists(text)[0] == present
