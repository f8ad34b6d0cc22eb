"""Attendance layouts of the eighth fresh batch of real minutes (tests/data/extra 409-419), read by general rules.

Each case is a short passage written the way real minutes put it, not a copied document: a mark table flattened
one cell to a line with its column heads ("Närvaro", "§ 4", "Tjg", "Ej tjg", "JA", "NEJ"), role cells and "-"
marks; a title before a name ("Förvaltningschef Anna-Karin Eklund"); letter marks after the party ("N", "F",
"NT"); names run together and then the column of their parties, with "Ersätter ..." notes; attendance written
as a sentence ("Närvarande var ordinarie ledamöter ..."); "Närvarande;" with a semicolon; names and then a column
of capitalised titles. Each family has look-alikes that must not be read so.
"""

from __future__ import annotations

from functools import partial

import pytest

from planner.extract import attendance as a
from planner.extract.header import extract_meeting
from planner.extract.text import minutes_from_text
from tests.extract.attendance_lists import attendance_names

_HEAD = "Protokoll 2019-01-30\n\n"
_TAIL = "\n\n§ 1 Mötet öppnas\n\nOrdföranden hälsade alla välkomna."


_lists = partial(attendance_names, head=_HEAD, tail=_TAIL)


def _cells(*lines: str) -> str:
    return "\n".join(lines)


def _names(people: list[a.Person]) -> list[str]:
    return [p.name for p in people]


# A mark table flattened one cell to a line, with column heads before the first row, a role cell after a name,
# and "-" marks: a member or substitute marked "-" was called and stayed away.
@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        (_cells("Ordinarie ledamöter", "Närvaro", "§ 4", "§", "Tjg", "Ej tjg", "JA", "NEJ",
                "Anna Ek (KD)", "ordförande", "X", "X", "Bo Berg (C)", "vice ordförande", "X", "X",
                "Cia Holm (M)", "X", "X", "Ersättare", "Närvaro", "§", "Tjg", "Ej tjg", "JA", "NEJ",
                "Dan Lund (KD)", "X", "Eva Ström (C)", "-", "-", "Fia Nord (S)", "X"),
         ["Anna Ek", "Bo Berg", "Cia Holm", "Dan Lund", "Fia Nord"], ["Eva Ström"]),
        # look-alike: the substitutes' rows without any mark were not called: neither present nor absent
        (_cells("Ledamöter", "Anna Ek (S)", "X", "Bo Berg (M)", "X", "Cia Holm (V)", "X", "Ersättare",
                "Dan Lund (S)", "X", "Eva Ström (M)"),
         ["Anna Ek", "Bo Berg", "Cia Holm", "Dan Lund"], []),
    ],
)
def test_cell_table_with_heads_roles_and_dashes(text: str, present: list[str], absent: list[str]) -> None:
    assert _lists(text) == (present, absent)


def test_cell_table_keeps_role_cell() -> None:
    meeting = extract_meeting(minutes_from_text(_HEAD + _cells(
        "Ordinarie ledamöter", "Närvaro", "JA", "NEJ", "Anna Ek (KD)", "ordförande", "X", "Bo Berg (C)", "X",
        "Cia Holm (M)", "X") + _TAIL))[0]
    assert [(p.name, p.role) for p in meeting.present][:2] == [("Anna Ek", "ordförande"), ("Bo Berg", None)]


# A title written before the name, one person to a line: the name without the title, the title as the role.
@pytest.mark.parametrize(
    ("line", "name", "role"),
    [
        ("Förvaltningschef Anna-Karin Eklund", "Anna-Karin Eklund", "förvaltningschef"),
        ("Tf förvaltningschef Jessica Hellberg", "Jessica Hellberg", "tf förvaltningschef"),
        ("Nämndsekreterare Anita Anderzon", "Anita Anderzon", "nämndsekreterare"),
        ("Verksamhetschef Monica Roos", "Monica Roos", "verksamhetschef"),
        ("Ordförande Bo Berg", "Bo Berg", "ordförande"),
    ],
)
def test_title_before_name(line: str, name: str, role: str) -> None:
    assert [(p.name, p.role) for p in a._entries(line, 0, set(), False)] == [(name, role)]


@pytest.mark.parametrize(
    "line",
    [
        "Förvaltningschef informerar om budgeten",  # a sentence, no name after the title
        "Verksamhetschef Vård Och Omsorg",  # an office, not a person
    ],
)
def test_title_before_name_look_alikes(line: str) -> None:
    assert all(p.role is None or p.name != line.split(None, 1)[1] for p in a._entries(line, 0, set(), False))


# Letter marks after the party, as a flattened "Närvarolista" writes them: N present, F absent, NT serving.
@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        (("Hans Andersson (FP) N Lotta Lindblad-Söderman (M) N Anna-Lena Johansson (FP) F "
         "Anette Dahlgren (S) N tom 93 Kerstin Bergström (S) NT from 94 Fredrik Olsson (MP) F"),
         ["Hans Andersson", "Lotta Lindblad-Söderman", "Anette Dahlgren", "Kerstin Bergström"],
         ["Anna-Lena Johansson", "Fredrik Olsson"]),
        ("Paragraf / tid Ja Nej Anna Ek (S) N Bo Berg (M) N Cia Holm (V) F",
         ["Anna Ek", "Bo Berg"], ["Cia Holm"]),
    ],
)
def test_letter_marks(text: str, present: list[str], absent: list[str]) -> None:
    people = a._letter_mark_entries(text, 0, set())
    assert [p.name for p in people if p.mark] == present
    assert [p.name for p in people if p.mark is False] == absent


@pytest.mark.parametrize(
    "text",
    [
        # fewer than three rows
        "Anna Ek (S) N Bo Berg (M) F",
        # a party and a capital letter that begins a sentence, no marks
        "Anna Ek (S) Bo Berg (M) Cia Holm (V) Dan Lund (C)",
        # prose after the parties: "(S) F" is no row when other text stands between them
        "Anna Ek (S) F Mötet beslutade att godkänna dagordningen och att Bo Berg (M) N skulle Cia Holm (V) N",
    ],
)
def test_letter_marks_look_alikes(text: str) -> None:
    assert a._letter_mark_entries(text, 0, set()) == []


# Names run together and then the column of their parties (and notes): paired in order when as many.
def test_names_then_parties() -> None:
    text = ("Tord Fredriksen Sergio Manzanares Kristina Hedberg Irene Forslund (V) Ordförande (S) Vice ordförande, "
            "70-73, 78 (avvek kl 12.00) (S) (V)")
    people = a._names_then_parties(text, 0)
    assert [(p.name, p.party, p.role) for p in people] == [
        ("Tord Fredriksen", "V", "ordförande"), ("Sergio Manzanares", "S", "vice ordförande"),
        ("Kristina Hedberg", "S", None), ("Irene Forslund", "V", None)]


def test_names_then_parties_with_substitutes() -> None:
    text = ("Leena Edholm Albert Bernhoff Tord Wallén (S), Ersätter Peter Bergström (S) (MP), Ersätter Kerstin Monk "
            "(MP) (S), 74-77, del av 91 Ersätter Sergio Manzanares (S)")
    people = a._names_then_parties(text, 0)
    assert [(p.name, p.party, p.role) for p in people] == [
        ("Leena Edholm", "S", "ersätter Peter Bergström"), ("Albert Bernhoff", "MP", "ersätter Kerstin Monk"),
        ("Tord Wallén", "S", "ersätter Sergio Manzanares")]


def test_replaced_member_is_absent() -> None:
    present, absent = _lists(
        "Ledamöter: Anna Ek Bo Berg Cia Holm (S) (M) (V)\n"
        "Tjänstgörande ersättare: Dan Lund Eva Ström (S), Ersätter Fia Nord (S) (M), Ersätter Gun Sten (M)")
    assert "Dan Lund" in present and "Eva Ström" in present
    assert sorted(absent) == ["Fia Nord", "Gun Sten"]


@pytest.mark.parametrize(
    "text",
    [
        "Anna Ek Bo Berg Cia Holm (S) (M)",  # fewer parties than names: not paired
        "Anna Ek Bo Berg Cia Holm (S) (M) (V) (C)",  # more parties than names
        "Anna Ek (S) Bo Berg (M) Cia Holm (V)",  # each name with its party: another layout
    ],
)
def test_names_then_parties_look_alikes(text: str) -> None:
    assert a._names_then_parties(text, 0) == []


# Names run together, then a column of capitalised titles (after a count like "2 tolkar").
def test_names_then_titles() -> None:
    text = ("Annmarie Sandberg Lena Wigg Leif Sjöberg Helena B Jansson 2 tolkar Förvaltningschef Sekreterare "
            "Ekonomichef Utredare")
    assert _names(a._names_then_titles(text, 0)) == ["Annmarie Sandberg", "Lena Wigg", "Leif Sjöberg",
                                                      "Helena B Jansson"]


@pytest.mark.parametrize(
    "text",
    [
        "Annmarie Sandberg Lena Wigg Leif Sjöberg Helena Jansson 2 tolkar Mötet öppnades",  # no title after
        "Anna Ek Bo Berg Förvaltningschef Sekreterare",  # two names only
    ],
)
def test_names_then_titles_look_alikes(text: str) -> None:
    assert a._names_then_titles(text, 0) == []


# Attendance written as a sentence, with group and role words before the names.
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (("Närvarande var ordinarie ledamöter Anna Ek, Bo Berg och Cia Holm, suppleanten Dan Lund, ordförande "
         "Eva Ström och sekreterare Fia Nord."),
         [("Anna Ek", None), ("Bo Berg", None), ("Cia Holm", None), ("Dan Lund", "suppleant"),
          ("Eva Ström", "ordförande"), ("Fia Nord", "sekreterare")]),
        ("Närvarande vid mötet var ledamöterna Anna Ek och Bo Berg.", [("Anna Ek", None), ("Bo Berg", None)]),
    ],
)
def test_attendance_sentence(line: str, expected: list[tuple[str, str | None]]) -> None:
    people = a._roled_sentence(line, 0)
    assert [(p.name, p.role) for p in people] == expected


@pytest.mark.parametrize(
    "line",
    [
        # counts, not names
        "Sammanträdet var beslutfört, då 9 ordinarie ledamöter, 1 suppleant, ordförande och sekreterare var närvarande.",
        # lower-case words that are no group or role before the capitalised words
        "Närvarande var också de boende i Gamla Stan.",
        # one name only
        "Närvarande var ordförande Anna Ek.",
    ],
)
def test_attendance_sentence_look_alikes(line: str) -> None:
    assert a._roled_sentence(line, 0) == []


def test_attendance_sentence_in_minutes() -> None:
    present, absent = _lists(
        "Sammanträdet konstaterades vara lagenligt sammankallat.\n"
        "Närvarande var ordinarie ledamöter Anna Ek, Bo Berg och Cia Holm samt sekreterare Dan Lund.")
    assert present == ["Anna Ek", "Bo Berg", "Cia Holm", "Dan Lund"] and absent == []


# "Närvarande;" with a semicolon for the colon, at the beginning of a line or inside a flattened one.
@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("Närvarande; Anna Ek, Bo Berg, Cia Holm", ["Anna Ek", "Bo Berg", "Cia Holm"]),
        (("Byalaget Styrelsemöte nr 6, 14 oktober 2020 Närvarande; Anna Ek, ordf. Bo Berg Cia Holm Dan Lund "
         "Eva Ström, t.f. sekr. Ordförande hälsar välkomna och öppnar mötet."),
         ["Anna Ek", "Bo Berg", "Cia Holm", "Dan Lund", "Eva Ström"]),
    ],
)
def test_semicolon_label(text: str, present: list[str]) -> None:
    assert _lists(text) == (present, [])


@pytest.mark.parametrize(
    "line",
    [
        "Närvarande; se bilaga",  # no capitalised word after it
        "Antal närvarande; 12",
        "Ej närvarandeförklarade;Anna",  # a longer word
    ],
)
def test_semicolon_label_look_alikes(line: str) -> None:
    assert a._SEMICOLON_LABEL.search(line) is None


def test_second_post_on_a_page_is_another_meeting() -> None:
    present, _ = _lists(
        "Styrelsemöte nr 6, 2020-10-14 Föreningen Styrelsemöte nr 6 Närvarande: Anna Ek, Bo Berg, Cia Holm. "
        "Ordförande hälsar välkomna och öppnar mötet.\n"
        "Styrelsemöte nr 5 2020-09-16 Föreningen Styrelsemöte nr 5 Närvarande: Anna Ek, Dan Lund, Eva Ström. "
        "Ordförande hälsade välkomna och öppnade mötet.")
    assert present == ["Anna Ek", "Bo Berg", "Cia Holm"]


# A title abbreviated before the first name of a comma list: the list is read whole, the title is its role.
def test_title_before_the_first_of_a_list() -> None:
    people = a._entries("Ordf. Lars Andersson, Anita Larsson, Annika Bredfelt (from § 51), Karin Svenninger och "
                        "Per Lidbeck", 0, set(), False)
    assert [p.name for p in people] == ["Lars Andersson", "Anita Larsson", "Annika Bredfelt", "Karin Svenninger",
                                        "Per Lidbeck"]
    assert people[0].role == "ordf."


def test_title_before_one_name_and_its_place_is_no_list() -> None:
    # look-alike: one person and a place after the comma, not a list of two
    assert [p.name for p in a._entries("Ordförande Anna Ek, Växjö kommun", 0, set(), False)] != ["Anna Ek",
                                                                                                 "Växjö kommun"]


# A note in parentheses wrapped onto the next line goes on there; the entries after it are read.
@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        (("Ledamöter: Anna Ek, Bo Berg\nSuppleanter: Cia Holm (tjg.), Dan Lund (tjg. tom\n§ 50), Eva Ström\n"
         "Frånvarande: Fia Nord"),
         ["Anna Ek", "Bo Berg", "Cia Holm", "Dan Lund", "Eva Ström"], ["Fia Nord"]),
    ],
)
def test_wrapped_note(text: str, present: list[str], absent: list[str]) -> None:
    assert _lists(text) == (present, absent)


def test_unclosed_note_does_not_swallow_the_next_list() -> None:
    # look-alike: an unclosed parenthesis, and the next line opens a list of its own (no ")" there)
    present, absent = _lists("Närvarande: Anna Ek, Bo Berg (från kl 19\nFrånvarande: Cia Holm")
    assert "Anna Ek" in present and absent == ["Cia Holm"]


# Labels in capitals inside a flattened header line.
def test_capital_labels_inside_a_line() -> None:
    line = ("Plats och tid Stadshuset kl 18:00-20:30 BESLUTANDE Anna Ek (L) Bo Berg (M) Cia Holm (S) ERSÄTTARE "
            "Dan Lund (M) Eva Ström (V) Övriga deltagare Fia Nord, Gun Sten")
    kinds = [(k, line[s:e].split()[0]) for k, s, e in a._bare_label_lists(line, least=3)]
    assert [first for _, first in kinds] == ["Anna", "Dan", "Fia"]


@pytest.mark.parametrize(
    "line",
    [
        # capitals that are no label: a heading of the minutes
        "PROTOKOLL Kommunstyrelsen Anna Ek Bo Berg Cia Holm sammanträde",
        # a short word in capitals ("EJ") is not taken for a label
        "Beslut EJ Anna Ek Bo Berg",
    ],
)
def test_capital_labels_look_alikes(line: str) -> None:
    assert a._bare_label_lists(line, least=3) == []


def test_names_then_parties_with_other_substitute_words() -> None:
    text = "Dan Lund Eva Ström (S), ers. för Fia Nord (S) (M), tjg för Gun Sten (M)"
    assert [(p.name, p.party, p.role) for p in a._names_then_parties(text, 0)] == [
        ("Dan Lund", "S", "ers. för Fia Nord"), ("Eva Ström", "M", "tjg för Gun Sten")]


@pytest.mark.parametrize(
    "line",
    [
        # everyone but the names: those named were not there, not present
        "Närvarande var ordinarie ledamöter utom Anna Ek och Bo Berg.",
        "Närvarande var samtliga ledamöter, Anna Ek och Bo Berg.",
    ],
)
def test_attendance_sentence_everyone_but(line: str) -> None:
    assert a._roled_sentence(line, 0) == []
