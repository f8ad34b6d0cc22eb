"""Attendance layouts of the fourth fresh batch of real minutes (tests/data/extra 351-356), read by general rules.

Each case is a short passage written the way real minutes put it, not a copied document: names run together
with a middle initial or three words, "Name (P), ersättare för Name (P)" runs, "Name ORG role" lines, and
names split where known given names begin; with negatives that must not be read so.
"""

from __future__ import annotations

import pytest

from planner.extract import attendance
from planner.extract.header import extract_meeting
from planner.extract.text import minutes_from_text
from tests.extract.attendance_lists import attendance_names

_lists = attendance_names


def _people(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    meeting = extract_meeting(minutes_from_text(text))[0]
    return [(p.name, p.organisation, p.party, p.role) for p in meeting.present]


# "Name (P)" entries run together: a middle initial or a third word stays inside the name.
@pytest.mark.parametrize(
    ("text", "present"),
    [
        (("Beslutande Ledamöter: Ida Nilsson (C) Inge Andersson (C) Anna-Greta O Berggren (C) Karl-Johan Adolfsson "
          "(C)\n\n§ 1 Upprop"),
         ["Ida Nilsson", "Inge Andersson", "Anna-Greta O Berggren", "Karl-Johan Adolfsson"]),
        (("Närvarande: Åsa Rådhström (M) Robert Pedersen (M) Kerstin Sundén Bergqvist (M) Marianne Åhman (L)"
          "\n\n§ 1 Upprop"),
         ["Åsa Rådhström", "Robert Pedersen", "Kerstin Sundén Bergqvist", "Marianne Åhman"]),
        ("Närvarande: Ulrika J. Gustafsson (S) Bo Berg (M) Eva Ek (KD)\n\n§ 1 Upprop",
         ["Ulrika J. Gustafsson", "Bo Berg", "Eva Ek"]),
    ],
)
def test_party_entries_keep_initials_and_third_words(text: str, present: list[str]) -> None:
    assert _lists(text)[0] == present


# "Name (P), ersättare för Name (P) Name (P), ersättare för ...": the member after each role is replaced.
@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        (("Tjänstgörande ersättare: Tomas Ögren (C), ersättare för Sven Emilsson (C) Hans Widlund (M), ersättare "
          "för Henrik Frykberger (M) Claes Lundgren (SD), ersättare för Jan Johansson (SD)\n\n§ 1 Upprop"),
         ["Tomas Ögren", "Hans Widlund", "Claes Lundgren"], ["Sven Emilsson", "Henrik Frykberger", "Jan Johansson"]),
        (("Närvarande: Eva Ek (S), ers. för Bo Berg (S) Lars Holm (M), tjg för Anna Lind (M) Per Ek (V)"
          "\n\n§ 1 Upprop"),
         ["Eva Ek", "Lars Holm", "Per Ek"], ["Bo Berg", "Anna Lind"]),
        # a role that names no member: everyone stays present
        (("Närvarande: Eva Ek (S), ordförande Lars Holm (M), vice ordförande Per Ek (V) Anna Lind (C)"
          "\n\n§ 1 Upprop"),
         ["Eva Ek", "Lars Holm", "Per Ek", "Anna Lind"], []),
    ],
)
def test_substitute_role_before_the_member(text: str, present: list[str], absent: list[str]) -> None:
    assert _lists(text) == (present, absent)


def test_substitute_role_names_the_member() -> None:
    text = ("Tjänstgörande ersättare: Tomas Ögren (C), ersättare för Sven Emilsson (C) Hans Widlund (M), ersättare "
            "för Henrik Frykberger (M) Claes Lundgren (SD)\n\n§ 1 Upprop")
    assert _people(text)[0] == ("Tomas Ögren", None, "C", "ersättare för Sven Emilsson")


# One person a line, an organisation's abbreviation after the name and perhaps a role after it.
@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Närvarande:\nSten Erson- Wester MRO VL\nÅke Stridh SS/ DjL\nChrister Malm ÖSlJ\n§1: Mötets öppnande:\n",
         [("Sten Erson- Wester", "MRO", None, "VL"), ("Åke Stridh", "SS/ DjL", None, None),
          ("Christer Malm", "ÖSlJ", None, None)]),
        ("Närvarande:\nLars Granström MRO VVL/ Sekreterare\nBengt Carlsson JTJ\n\n1. Öppnande\n",
         [("Lars Granström", "MRO", None, "VVL/ Sekreterare"), ("Bengt Carlsson", "JTJ", None, None)]),
        ("Deltagare:\nAnna Berg SKR\nPer Olof Ek MSB\n\n1. Öppnande\n",
         [("Anna Berg", "SKR", None, None), ("Per Olof Ek", "MSB", None, None)]),
    ],
)
def test_name_then_abbreviation_per_line(text: str, people: list[tuple[str, str | None, str | None, str | None]]
                                         ) -> None:
    assert _people(text) == people


@pytest.mark.parametrize(
    ("entry", "expected"),
    [
        ("Sten Erson- Wester MRO VL", ("Sten Erson- Wester", "MRO", "VL")),
        ("Lennart Heljefors SRJmf/ ULJ", ("Lennart Heljefors", "SRJmf/ ULJ", None)),
        # negatives: a party is no organisation, a capitalised surname ("McDonald") no abbreviation,
        # one word no name, and a sentence after the abbreviation no role
        ("Anna Ek KD", None),
        ("Anna McDonald Berg", None),
        ("Ordförande MRO", None),
        ("Anna Ek SKR har skickat in ett yttrande till styrelsen", None),
        ("Anna Ek, SKR", None),
    ],
)
def test_acronym_person(entry: str, expected: tuple[str, str, str | None] | None) -> None:
    p = attendance._acronym_person(entry, 0)
    assert (None if p is None else (p.name, p.organisation, p.role)) == expected


# Names run together without separators split where a known given name begins.
@pytest.mark.parametrize(
    ("words", "names"),
    [
        ("Berit Adolfsson Marianne Servais Höckerman Ulla Jakobsson Bo Hansson",
         ["Berit Adolfsson", "Marianne Servais Höckerman", "Ulla Jakobsson", "Bo Hansson"]),
        ("Inge Andersson Anna-Greta O Berggren Bo Örjan Försth Per Mattis Nyberg",
         ["Inge Andersson", "Anna-Greta O Berggren", "Bo Örjan Försth", "Per Mattis Nyberg"]),
        # an unknown given name between known ones: two words each, not a name of four
        ("Anette Schön Erling Johansson Ulrika Björklund", ["Anette Schön", "Erling Johansson", "Ulrika Björklund"]),
        ("Zonitha Ödling Susanna Domeij Lars Lundgren", ["Zonitha Ödling", "Susanna Domeij", "Lars Lundgren"]),
        # negatives: parties after the names, an organisation among them, and unknown names in an odd run
        ("Anna Ek S Bo Berg M Cia Holm", []),
        ("Anna Ek Bo Berg Cia Holm Kommunstyrelsen", []),
        ("Xera Berg Qwyn Andersson Lindberg", []),
    ],
)
def test_run_together_names_split_at_given_names(words: str, names: list[str]) -> None:
    assert [p.name for p in attendance._run_together(words, 0)] == names


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("Ledamöter: Berit Adolfsson Anita Bohman Marianne Servais Höckerman Ulla Jakobsson Bo Hansson\n\n1. Öppnande",
         ["Berit Adolfsson", "Anita Bohman", "Marianne Servais Höckerman", "Ulla Jakobsson", "Bo Hansson"]),
        ("Närvarande:\nGöran Jarhult Monica Sjöblom Viktoria Svensson\nCatrine Yngbro Cissi Meltzer\n\n§1. Öppnande",
         ["Göran Jarhult", "Monica Sjöblom", "Viktoria Svensson", "Catrine Yngbro", "Cissi Meltzer"]),
    ],
)
def test_run_together_lists(text: str, present: list[str]) -> None:
    assert _lists(text)[0] == present


# A flattened header: labels without colon inside one line open lists of their own.
@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        (("Plats och tid Kommunstyrelsens sammanträdesrum Ledamöter Gunilla Åström Eva Enqvist Ulrika Lindström "
          "Torvald Stefansson Eva Gustavsson Representant från synskadegruppen\n\n1. Öppnande"),
         ["Gunilla Åström", "Eva Enqvist", "Ulrika Lindström", "Torvald Stefansson", "Eva Gustavsson"], []),
        (("Ej tjänstgörande Ulla Grundberg-Larsson Omsorgsnämnden Edit Persson Humanistiska nämnden Rolf Lindström "
          "PRO Gösta Andersson PRO Övriga deltagare Zonitha Ödling Susanna Domeij Lars Lundgren\n\n8 Öppnande, "
          "dagordning, justering Sammanträdet öppnas av ordföranden."),
         ["Ulla Grundberg-Larsson", "Edit Persson", "Rolf Lindström", "Gösta Andersson", "Zonitha Ödling",
          "Susanna Domeij", "Lars Lundgren"], []),
        (("Sammanträdesrum Tallen Närvarande Anna Berg Per Holm Lisa Ek Frånvarande Karin Lund Olof Sten "
          "Justering Anna Berg\n\n1. Öppnande"),
         ["Anna Berg", "Per Holm", "Lisa Ek"], ["Karin Lund", "Olof Sten"]),
        # negatives: a label word in prose (lower case, or before a sentence) opens no list
        (("Protokoll 2019-03-12\n\n1. Information\nOrdföranden hälsade övriga deltagare Anna Ek Bo Berg Cia Holm "
          "välkomna till mötet.\n"), [], []),
        (("Protokoll 2019-03-12\n\n1. Information\nStyrelsen konstaterar att Ledamöter Anna Ek Bo Berg Cia Holm "
          "har lämnat in sina rapporter.\n"), [], []),
    ],
)
def test_labels_without_colon_inside_a_line(text: str, present: list[str], absent: list[str]) -> None:
    assert _lists(text) == (present, absent)


@pytest.mark.parametrize(
    ("entry", "name"),
    [
        ("8 Öppnande, dagordning, justering", None),
        ("12 Information", None),
        ("Anna Ek, Växjö kommun", "Anna Ek"),
    ],
)
def test_numbered_heading_is_no_person(entry: str, name: str | None) -> None:
    p = attendance._person(entry, 0)
    assert (p.name if p else None) == name


# "Name, role" entries flattened into one line (see `attendance._flattened`).
@pytest.mark.parametrize(
    ("line", "names"),
    [
        # a word that is no given name before one that is ends the previous entry's organisation
        ("Ingegerd Lusensky, rektor Biskops-Arnö Maria Dickmark, FNUF (ordförande)",
         ["Ingegerd Lusensky", "Maria Dickmark"]),
        ("Lasse Lindén, Kommunalförbundet Fyrbodal Bo Aronsson, Göteborgsregionens kommunalförbund Eva Ek, SKR",
         ["Lasse Lindén", "Bo Aronsson", "Eva Ek"]),
        # names without commas after a role
        ("Britta Nygård, mötessekreterare Mats Wallenius Barbro Orneman Anders Bergström, under punkt 10.3",
         ["Britta Nygård", "Mats Wallenius", "Barbro Orneman", "Anders Bergström"]),
        # an organisation of two words after a comma is no person
        ("Per Wallinder, Sjuhärads Kommunalförbund Boye Johansson, Business Region Göteborg, p10 Eva Ek, SKR",
         ["Per Wallinder", "Boye Johansson", "Eva Ek"]),
        # a label row before its values puts the venue first
        (("Net City, Örebro Torsdag Mårten Blomquist (s), ordförande Irén Lejegren (v), 1:e vice ordf Ola Karlsson "
          "(m), 2:e vice ordf"),
         ["Mårten Blomquist", "Irén Lejegren", "Ola Karlsson"]),
        # negatives: a first entry with a given name stays; a role followed by an organisation adds no names
        ("Anna Ek, Växjö Mårten Blomquist (s), ordförande Irén Lejegren (v), 1:e vice ordf Ola Karlsson (m), 2:e vice",
         ["Anna Ek", "Mårten Blomquist", "Irén Lejegren", "Ola Karlsson"]),
        ("Anna Ek, kommunchef Växjö Kommun Ljungby Kommun, Bo Berg, ekonom, Lisa Holm, sekreterare",
         ["Anna Ek", "Bo Berg", "Lisa Holm"]),
    ],
)
def test_flattened_entries(line: str, names: list[str]) -> None:
    assert [p.name for p in attendance._flattened(line, 0, set())] == names


@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("Icke tjänstgörande ersättare: Gunilla Holmström (m), Bo Ek (s)\n\n§ 1 Upprop", ["Gunilla Holmström", "Bo Ek"]),
        ("Dessutom närvarande: Anna Berg, Per Holm\n\n§ 1 Upprop", ["Anna Berg", "Per Holm"]),
        ("Ej tjänstgörande: Anna Berg, Per Holm\n\n§ 1 Upprop", ["Anna Berg", "Per Holm"]),
        ("Övriga förtroendevalda: Anna Berg, Per Holm\n\n§ 1 Upprop", ["Anna Berg", "Per Holm"]),
    ],
)
def test_more_present_labels(text: str, present: list[str]) -> None:
    assert _lists(text)[0] == present


@pytest.mark.parametrize(
    ("line", "names"),
    [
        # names after an entry without commas, each begun by a known given name
        (("Roland Åkesson, ordf Lisbeth Lennartsson Ann-Marie Fagerström, Ewa Engdahl, Göran Häggfors, Birgitta "
          "Elfström Kent Ingvarsson Markus Lund, Saad Benatallah, tjg ers"),
         ["Roland Åkesson", "Lisbeth Lennartsson", "Ann-Marie Fagerström", "Ewa Engdahl", "Göran Häggfors",
          "Birgitta Elfström", "Kent Ingvarsson", "Markus Lund", "Saad Benatallah"]),
        # two given names begin one name even after an organisation's abbreviation
        ("Inger Breil, PRO Alvi Berglund, PRO Inger Könberg, PRO Bo Örjan Försth, PRO Katrin Wallin, PRO",
         ["Inger Breil", "Alvi Berglund", "Inger Könberg", "Bo Örjan Försth", "Katrin Wallin"]),
        # negatives: the member a substitute stands in for is no attendee here, nor is a place
        ("Marit Borg, SPF, tjänstgörande för Margareta Halvarsson Margaretha Mooe Helleren, SPF Eivor Hagström, SKPF",
         ["Marit Borg", "Margaretha Mooe Helleren", "Eivor Hagström"]),
        ("Anna Ek, Växjö Kommun, Bo Berg, Ljungby Lisa Holm, SKR",
         ["Anna Ek", "Bo Berg", "Lisa Holm"]),
    ],
)
def test_names_after_an_entry(line: str, names: list[str]) -> None:
    assert [p.name for p in attendance._flattened(line, 0, set())] == names


@pytest.mark.parametrize(
    ("text", "present"),
    [
        # "Label:" inside a line that begins otherwise
        (("Protokoll för styrelsemöte ( 15) Styrelsemöte 7 - Närvarande: Nina Högberg, Tobias Landén, Kristoffer "
          "Lindh. Gäster: Wille Raab, Susanne Vejdemo. 1.1 Mötets öppnande 1.2 Val av mötesordförande\n"),
         ["Nina Högberg", "Tobias Landén", "Kristoffer Lindh", "Wille Raab", "Susanne Vejdemo"]),
        # a stored copy that lost "Närvar" of "Närvarande"
        (("1 Minnesanteckningar Dag Tid Plats Kommunhuset Tor, vån 1 ande Håkan Wretling, Bjurholms kommun "
          "Kurt-Allan Egelby, Nordmalings kommun Johan Gammelgård, Umeå kommun Övriga deltagande Anna Linusson "
          "Jonsson, föreståndare\n\n1. Mötet öppnas\n"),
         ["Håkan Wretling", "Kurt-Allan Egelby", "Johan Gammelgård", "Anna Linusson Jonsson"]),
        # negatives: a colon label inside a sentence, before words that are no names
        (("Protokoll 2019-03-12 Mötet diskuterade vad som avses med Närvarande: se bilaga 2 för mer information om "
          "detta\n\n1. Information\n"), []),
        (("Protokoll 2019-03-12 Föreningen har fått en ny andel i fonden och ande Bo Berg tackades för arbetet med "
          "ansökan\n\n1. Information\n"), []),
    ],
)
def test_lists_inside_a_line(text: str, present: list[str]) -> None:
    assert _lists(text)[0] == present


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # names without party before "Name (P)" entries, a member of no party "(-)"
        (("1 (40) Tid och plats Stadshuset Beslutande Se förteckning bilaga 1 Närvarande, ej tjänstgörande ersättare "
          "Anders Rapp Sten-Åke Kjell Jorge Pereira Anneli Fredriksson Hans Hoffman (M) Theodor Ahrenberg (M) "
          "Maj-Britt Elmvik (-) Karin Grahn (C) Övriga närvarande Ulla Andersson, sekr\n\n§ 1 Upprop"),
         ["Anders Rapp", "Sten-Åke Kjell", "Jorge Pereira", "Anneli Fredriksson", "Hans Hoffman", "Theodor Ahrenberg",
          "Maj-Britt Elmvik", "Karin Grahn", "Ulla Andersson"], []),
        # an ordinal role after the party; substitutes' members absent
        (("1 Sammanträdesprotokoll Sida 1 (24) Plats och tid Sammanträdesrum Möller Beslutande Tony Hansson (S) "
          "ordförande Marie Göransson (S) ersättare för Agneta Nilsson (S) Lena Wöhlecke (M) 1:e vice ordförande "
          "Hans Johansson (M) ledamot Lesley Holmberg (L) 2:e vice ordförande\n\n§ 1 Upprop"),
         ["Tony Hansson", "Marie Göransson", "Lena Wöhlecke", "Hans Johansson", "Lesley Holmberg"], ["Agneta Nilsson"]),
        # a capitalised particle after a party in parentheses, paragraph numbers without "§"
        (("Deltagarlista Beslutande Lars Larsson (M), Gunnar Boman (M) Maj Källman (MP) Catharina De Geer (KD) "
          "Anniqa Kronqvist (M) 7-10\n\n§ 1 Upprop"),
         ["Lars Larsson", "Gunnar Boman", "Maj Källman", "Catharina De Geer", "Anniqa Kronqvist"], []),
        # "Se bilaga" names no one; the names after it belong to the next list
        (("2 SAMMANTRÄDESPROTOKOLL Plats och tid Kommunalhuset, kl 16:00-17:15 Beslutande Se bilaga Ersättare "
          "Övriga deltagande Se bilaga Mattias Jansson (kommundirektör), Niclas Johansson (ekonomichef), Sara "
          "Hultqvist (kommunsekreterare) Utses att justera Dan Gahnström (MP)\n\n§ 1 Upprop"),
         ["Mattias Jansson", "Niclas Johansson", "Sara Hultqvist"], []),
    ],
)
def test_municipal_front_pages(text: str, present: list[str], absent: list[str]) -> None:
    assert _lists(text) == (present, absent)


@pytest.mark.parametrize(
    ("entry", "name"),
    [
        ("Anniqa Kronqvist (M) 7-10", "Anniqa Kronqvist"),
        ("Cristina Kvist (V) 170, 172-184", "Cristina Kvist"),
        ("Bo Berg §§ 1-5", "Bo Berg"),
        # negatives: a name without numbers stays whole, a date is no paragraph range
        ("Anna-Lena Berg (S)", "Anna-Lena Berg"),
        ("Lars Holm, Region 2030", "Lars Holm"),
    ],
)
def test_paragraph_numbers_leave_the_name(entry: str, name: str) -> None:
    p = attendance._person(entry, 0)
    assert p is not None and p.name == name


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # attendance as a numbered paragraph: "§ 1039. Närvarande"
        (("Styrelsemöte 27 juli 2022\n\n§ 1038. Mötets öppnande\nOrdförande Carola Sandfridsson öppnar mötet\n\n"
          "§ 1039. Närvarande\nCarola Sandfridsson, Jakob Fichtelius och Mats Andersson.\n\n§ 1040. Dagordning\n"),
         ["Carola Sandfridsson", "Jakob Fichtelius", "Mats Andersson"], []),
        (("Protokoll 2021-03-04\n\n§ 2: Närvarande\nAnna Berg, Per Holm\n\n§ 3: Dagordning\nGodkändes.\n"),
         ["Anna Berg", "Per Holm"], []),
        # "Efternamn, Förnamn" in a table cell, read by the given name; an empty mark cell is absent
        (("Protokoll styrelsemöte 2019-05-14\n\nNärvarolista\nNamn\tFunktion\tNärvarande\n"
          "Andersson, Karin\tOrdförande\tX\nBerg, Lars\tKassör\tX\nHolm, Eva\tSekreterare\t\n\n§ 1 Mötets öppnande\n"),
         ["Karin Andersson", "Lars Berg"], ["Eva Holm"]),
    ],
)
def test_numbered_label_and_swapped_cells(text: str, present: list[str], absent: list[str]) -> None:
    assert _lists(text) == (present, absent)


@pytest.mark.parametrize(
    ("entry", "expected"),
    [
        ("Andersson, Karin", ("Karin Andersson", None)),
        ("Lind, Per Olof", ("Per Olof Lind", None)),
        # negatives: a given name then a place, a surname then a place, a given name as the surname
        ("Anna, Växjö", ("Anna", "Växjö")),
        ("Berg, Kalmar", ("Berg", "Kalmar")),
        ("Martin, Anna", ("Martin", "Anna")),
    ],
)
def test_swapped_name_by_given_name(entry: str, expected: tuple[str, str | None]) -> None:
    p = attendance._person(entry, 0)
    assert p is not None and (p.name, p.organisation) == expected


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # a column of notes flattened after the names, each note on a line of its own
        (("Deltagarlista\nTjänstgörande ersättare Donald Wedel (M) Mauno Rahikainen (S) Finn Stavnsbo (SD) Notering "
          "Ordförande\nErsättare för Magdalena Sundström (M)\nErsättare för Göran Svärd (S)\nErsättare Anniqa "
          "Kronqvist (M) 7-10\n\n§ 1 Upprop\n"),
         ["Magdalena Sundström", "Göran Svärd"]),
        # the notes on the names' line
        (("Tjänstgörande ersättare: Donald Wedel (M) Mauno Rahikainen (S) Finn Stavnsbo (SD) Notering Ersättare för "
          "Magdalena Sundström (M) Ersättare för Göran Svärd (S)\n\n§ 1 Upprop\n"),
         ["Magdalena Sundström", "Göran Svärd"]),
        # negatives: a substitute for a role names no member; an absent list's phrase is not read again
        ("Närvarande:\nAnna Ek (S), ersättare för ordföranden\nBo Berg (M)\nEva Holm (C)\n\n§ 1 Upprop\n", []),
        ("Närvarande:\nAnna Ek (S)\nBo Berg (M)\n\nFrånvarande:\nEva Holm (C), ersätts av Anna Ek\n\n§ 1 Upprop\n",
         ["Eva Holm"]),
    ],
)
def test_members_named_in_notes_are_absent(text: str, absent: list[str]) -> None:
    assert _lists(text)[1] == absent


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Ersättare för Magdalena Sundström (M) Ersättare för Göran Svärd (S)", ["Magdalena Sundström", "Göran Svärd"]),
        ("Mats Johnsson (m) ersättare för Suzanne Frank (m) Elizabeth Peltola (c)", ["Suzanne Frank"]),
        ("Birgitta Bolin, s, ersätter Åke Nyhlén, s", ["Åke Nyhlén"]),
        ("Anna Ek, ersättare för ordföranden", []),
        ("Bo Berg, ledamot", []),
    ],
)
def test_members_replaced(text: str, names: list[str]) -> None:
    assert [p.name for p in attendance._members_replaced(text, 0)] == names


@pytest.mark.parametrize(
    ("text", "present"),
    [
        # sub-headings by whom the members represent, inside one flattened line
        (("NÄRVARANDE Kommunernas ledamöter Jan-Erik Wallin (Skaraborg), 1:e vice ordförande Göran Johansson "
          "(Göteborgsregionen) Åke Jönsson (Skaraborg) Regionens ledamöter Kent Johansson, ordförande, Mimmi von "
          "Troil, 2:e vice ordförande Birgitta Johansson Leif Blomqvist Rosie Rothstein Anders Fasth Sekreterare "
          "Thomas Forslin Övriga närvarande Thomas Jungbeck, Kommunförbundet Skaraborg\n\n1. Inledning\n"),
         ["Jan-Erik Wallin", "Göran Johansson", "Åke Jönsson", "Kent Johansson", "Mimmi von Troil",
          "Birgitta Johansson", "Leif Blomqvist", "Rosie Rothstein", "Anders Fasth", "Thomas Forslin",
          "Thomas Jungbeck"]),
    ],
)
def test_member_groups_inside_a_line(text: str, present: list[str]) -> None:
    assert _lists(text)[0] == present


@pytest.mark.parametrize(
    ("words", "people"),
    [
        ("Birgitta Johansson Leif Blomqvist", [("Birgitta Johansson", None), ("Leif Blomqvist", None)]),
        ("Stefan Kristiansson Sekreterare Thomas Forslin",
         [("Stefan Kristiansson", None), ("Thomas Forslin", "sekreterare")]),
        # three known given names in four begin the names
        ("Anna Berg Rosie Rothstein Per Holm Eva Lind", [("Anna Berg", None), ("Rosie Rothstein", None),
                                                        ("Per Holm", None), ("Eva Lind", None)]),
        # negatives: too few known given names, a role at the end, an organisation, two roles in a row
        ("Zorro Berg Rosie Rothstein", []),
        ("Anna Berg Sekreterare", []),
        ("Anna Berg Växjö Kommun", []),
        ("Anna Berg Ordförande Sekreterare Per Holm", []),
    ],
)
def test_given_name_run(words: str, people: list[tuple[str, str | None]]) -> None:
    assert [(p.name, p.role) for p in attendance._given_name_run(words, 0)] == people


@pytest.mark.parametrize(
    ("line", "people"),
    [
        ("Elisabeth Öberg/Helén Eriksson, sekretariatet",
         [("Elisabeth Öberg", "sekretariatet"), ("Helén Eriksson", "sekretariatet")]),
        ("Anna Ek/Bo Berg, Växjö kommun", [("Anna Ek", "Växjö kommun"), ("Bo Berg", "Växjö kommun")]),
        # negatives: words joined by "/" that are no names stay one entry
        ("Ekonomi/Personal, Anna Ek", [("Ekonomi/Personal", "Anna Ek")]),
        ("Lars Granström MRO VVL/ Sekreterare", [("Lars Granström", "MRO")]),
    ],
)
def test_names_joined_by_a_slash(line: str, people: list[tuple[str, str | None]]) -> None:
    assert [(p.name, p.organisation) for p in attendance._entries(line, 0, set(), False)] == people


@pytest.mark.parametrize(
    "text",
    [
        # a label word inside prose, before names and a sentence's end, opens no list
        ("Protokoll 2020-03-04\nNärvarande: Anna Andersson, Bo Berg\n§ 1 Mötets öppnande\nOrdförande Anna Andersson "
         "öppnade mötet. Övriga deltagare Eva Ek Per Lund Cia Holm hälsades välkomna.\n"),
        ("Protokoll 2020-03-04\nNärvarande: Anna Andersson, Bo Berg\n§ 1 Information\nKansliet informerade om att "
         "Ledamöter Eva Ek Per Lund Cia Holm fått nya uppdrag i nämnden.\n"),
    ],
)
def test_label_word_in_prose_adds_no_one(text: str) -> None:
    assert _lists(text) == (["Anna Andersson", "Bo Berg"], [])


# A label with a qualifier before its colon: how, where or why they were (not) there.
@pytest.mark.parametrize(
    ("label", "kind"),
    [
        ("Frånvarande med anmält förhinder:", "absent"),
        ("Frånvarande utan anmälan:", "absent"),
        ("Närvarande via Teams:", "present"),
        ("Närvarande, digitalt:", "present"),
        ("Ledamöter som deltog:", "present"),
        ("Deltog på länk:", "present"),
        # negatives: an agenda heading and a sentence with a colon open no list
        ("Övriga frågor: inga", None),
        ("Närvarande ledamöter ansåg att frågan var viktig och beslutade följande: att", None),
    ],
)
def test_qualified_labels(label: str, kind: str | None) -> None:
    found = attendance.label_of(label + " Dan Lund, Eva Ström")
    assert (found[0].value if found else None) == kind


def test_qualified_absent_label_in_minutes() -> None:
    text = ("Protokoll 2020-03-04\n\nNärvarande: Anna Andersson, Bo Berg\nFrånvarande med anmält förhinder: Dan Lund, "
            "Eva Ström\n\n§ 1 Öppnande\n")
    assert _lists(text) == (["Anna Andersson", "Bo Berg"], ["Dan Lund", "Eva Ström"])


@pytest.mark.parametrize(
    ("line", "absent"),
    [
        ("Närvarande: Samtliga ledamöter utom David Lund", ["David Lund"]),
        ("Närvarande: Alla utom Bo Berg och Eva Ström.", ["Bo Berg", "Eva Ström"]),
        ("Närvarande: Samtliga ordinarie ledamöter utom Bo Berg (M), Eva Ström (S)", ["Bo Berg", "Eva Ström"]),
        # negatives: no names after "utom", and "utom" inside an entry
        ("Närvarande: Alla utom två", []),
        ("Närvarande: Anna Ek (utom § 5), Bo Berg", []),
    ],
)
def test_everyone_but(line: str, absent: list[str]) -> None:
    assert _lists("Protokoll 2020-03-04\n\n" + line + "\n\n§ 1 Mötets öppnande\n")[1] == absent


@pytest.mark.parametrize(
    ("line", "absent"),
    [
        ("Saknas: Cecilia Ek", ["Cecilia Ek"]),
        ("Deltog ej: Cecilia Ek", ["Cecilia Ek"]),
        ("Anmäld frånvaro: Cecilia Ek, David Lund", ["Cecilia Ek", "David Lund"]),
        ("Sjukanmäld: Cecilia Ek", ["Cecilia Ek"]),
        # sentences
        ("Cecilia Ek hade anmält förhinder.", ["Cecilia Ek"]),
        ("Anmält förhinder hade Cecilia Ek och David Lund.", ["Cecilia Ek", "David Lund"]),
        ("Förhinder har Cecilia Ek.", ["Cecilia Ek"]),
        # negatives: no names, a present label, a sentence about an excuse that names no one
        ("Övriga: Cecilia Ek", []),
        ("Ingen hade anmält förhinder.", []),
        ("Styrelsen hade förhinder att delta i mässan.", []),
    ],
)
def test_absent_labels_and_sentences(line: str, absent: list[str]) -> None:
    text = "Protokoll 2020-03-04\n\nNärvarande: Anna Andersson, Bo Berg\n" + line + "\n\n§ 1 Mötets öppnande\nText.\n"
    assert _lists(text)[1] == absent


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # numbered entries that are names
        ("Närvarande:\n1. Anna Andersson\n2. Bo Berg, kassör\n3. Cecilia Ek\n\n§ 1 Mötets öppnande\n",
         [("Anna Andersson", None), ("Bo Berg", "kassör"), ("Cecilia Ek", None)]),
        # a list of "Role: Name" lines
        ("Närvarande:\nOrdförande: Anna Andersson\nSekreterare: Bo Berg\nLedamot: Cecilia Ek\n\n§ 1 Mötets öppnande\n",
         [("Anna Andersson", "ordförande"), ("Bo Berg", "sekreterare"), ("Cecilia Ek", "ledamot")]),
        # negatives: numbered agenda items after a list end it; a list's functionaries after a blank line end it
        # (right under the names they go on with it: test_attendance_officer_lines.py)
        ("Närvarande:\nAnna Andersson\nBo Berg\n1. Mötets öppnande\n2. Val av justerare\n",
         [("Anna Andersson", None), ("Bo Berg", None)]),
        ("Närvarande:\nAnna Andersson\nBo Berg\n\nOrdförande: Anna Andersson\nSekreterare: Cecilia Ek\n\n1. Öppnande\n",
         [("Anna Andersson", None), ("Bo Berg", None)]),
    ],
)
def test_numbered_and_role_entries(text: str, people: list[tuple[str, str | None]]) -> None:
    assert [(p[0], p[3]) for p in _people("Protokoll 2020-03-04\n\n" + text)] == people


@pytest.mark.parametrize(
    ("line", "at"),
    [
        ("1. Anna Andersson", 3),
        ("12) Bo Berg, kassör", 4),
        ("1. Mötets öppnande", 0),
        ("3. Region Skåne", 0),
        ("4. Anna Andersson informerar om läget", 0),
    ],
)
def test_numbered_name(line: str, at: int) -> None:
    assert attendance._numbered_name(line) == at


# Without any list: a sentence that says who was there.
@pytest.mark.parametrize(
    ("sentence", "present"),
    [
        ("Närvarande var Anna Andersson, Bo Berg och Cecilia Ek.", ["Anna Andersson", "Bo Berg", "Cecilia Ek"]),
        ("Närvarande vid mötet var Anna Andersson och Bo Berg.", ["Anna Andersson", "Bo Berg"]),
        ("Vid mötet deltog Anna Andersson och Bo Berg.", ["Anna Andersson", "Bo Berg"]),
        ("Mötet närvarades av Anna Andersson, Bo Berg.", ["Anna Andersson", "Bo Berg"]),
        # negatives: groups, not names; a sentence about another meeting's participants
        ("Närvarande var styrelsen och revisorn.", []),
        ("Anna Andersson berättade att många deltog i mässan.", []),
    ],
)
def test_present_sentences(sentence: str, present: list[str]) -> None:
    assert _lists("Protokoll 2020-03-04\n\n§ 2 Närvaro\n" + sentence + "\n\n§ 3 Mötets öppnande\nText.\n")[0] == present


@pytest.mark.parametrize(
    ("word", "given"),
    [("Anna", True), ("Anna-Greta", True), ("Sven-Olof", True), ("Therése", True), ("Helén", True),
     ("Berg", False), ("Region", False), ("Kommunstyrelsen", False)],
)
def test_is_given(word: str, given: bool) -> None:
    assert attendance._is_given(word) is given
