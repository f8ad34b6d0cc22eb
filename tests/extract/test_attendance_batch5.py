"""Attendance layouts of the fifth fresh batch of real minutes (tests/data/extra 369-372) and of absent lists
the earlier batches missed, read by general rules.

Each case is a short passage written the way real minutes put it, not a copied document: "Förhindrade:" lists,
names run together with ", role" after some, "Name (P), Place" entries run together, a label followed by the
meeting's date and place, lines that go on with the last of several lists on a line, and what ends a list;
with negatives that must not be read so.
"""

from __future__ import annotations

from functools import partial

import pytest

from planner.extract import attendance
from planner.extract.header import extract_meeting
from planner.extract.text import minutes_from_text
from tests.extract.attendance_lists import attendance_names

_HEAD = "Protokoll 2020-03-06\n\n"
_TAIL = "\n\n§ 1 Mötet öppnas\nOrdföranden hälsade alla välkomna."


_lists = partial(attendance_names, head=_HEAD, tail=_TAIL)


def _people(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    meeting = extract_meeting(minutes_from_text(_HEAD + text + _TAIL))[0]
    return [(p.name, p.organisation, p.party, p.role) for p in meeting.present]


# "Förhindrade:" / "Förhindrad:" open an absent list; the word in prose opens none.
@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("Närvarande: Bo Ek, Eva Lind\nFörhindrade: Lennart Ljung, Cia Holm", ["Bo Ek", "Eva Lind"],
         ["Lennart Ljung", "Cia Holm"]),
        ("Närvarande: Bo Ek, Eva Lind\nFörhindrad: Kjell Ek", ["Bo Ek", "Eva Lind"], ["Kjell Ek"]),
        ("Närvarande: Bo Ek, Eva Lind\nAnmält avbud: Per Holm", ["Bo Ek", "Eva Lind"], ["Per Holm"]),
        # negative: the participle in a sentence
        ("Närvarande: Bo Ek, Eva Lind\n\nOrdföranden var förhindrad att delta, Eva Lind ledde mötet.",
         ["Bo Ek", "Eva Lind"], []),
    ],
)
def test_participle_absent_labels(text: str, present: list[str], absent: list[str]) -> None:
    assert _lists(text) == (present, absent)


# Names run together whose roles follow a comma: each role belongs to the name before it.
@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Närvarande ledamöter: Hasse Ek, ordförande Gun Djerf Anita Kollerbaur (t o m punkt 5) Per Wernheim",
         [("Hasse Ek", None, None, "ordförande"), ("Gun Djerf", None, None, None),
          ("Anita Kollerbaur", None, None, None), ("Per Wernheim", None, None, None)]),
        ("Övriga närvarande: Lennart Forsberg Hans Wallberg Olle Thylander, sekreterare",
         [("Lennart Forsberg", None, None, None), ("Hans Wallberg", None, None, None),
          ("Olle Thylander", None, None, "sekreterare")]),
        ("Närvarande: Anna Ek, kassör Bo Berg Cia Holm, sekreterare",
         [("Anna Ek", None, None, "kassör"), ("Bo Berg", None, None, None), ("Cia Holm", None, None, "sekreterare")]),
        # negatives: a comma before an organisation, and commas between whole names
        ("Närvarande: Eva Ek, Växjö kommun", [("Eva Ek", "Växjö kommun", None, None)]),
        ("Närvarande: Eva Ek, Bo Berg, Cia Holm",
         [("Eva Ek", None, None, None), ("Bo Berg", None, None, None), ("Cia Holm", None, None, None)]),
    ],
)
def test_names_run_together_with_roles(text: str, people: list[tuple[str, str | None, str | None, str | None]]
                                       ) -> None:
    assert _people(text) == people


# "Name (P), Place[, role]" entries run together: the words before the next name are the previous one's place.
@pytest.mark.parametrize(
    ("text", "people"),
    [
        (("Ledamöter: Anna Berg (S), Lund, ordf. Per Holm (M), Eslöv Kerstin Sundén Bergqvist (C), Lilla Edet "
          "Bo Pettersson (S), Höör"),
         [("Anna Berg", "Lund", "S", "ordf"), ("Per Holm", "Eslöv", "M", None),
          ("Kerstin Sundén Bergqvist", "Lilla Edet", "C", None), ("Bo Pettersson", "Höör", "S", None)]),
        ("Ersättare: Dario Lind (S), Göteborg, tjänstgörande Arne Lernhag (M), Öckerö Tore Hult (S), Alingsås",
         [("Dario Lind", "Göteborg", "S", "tjänstgörande"), ("Arne Lernhag", "Öckerö", "M", None),
          ("Tore Hult", "Alingsås", "S", None)]),
        # negative: commas between "Name (P)" entries leave no place
        ("Närvarande: Eva Ek (S), Bo Berg (M), Cia Holm (C)",
         [("Eva Ek", None, "S", None), ("Bo Berg", None, "M", None), ("Cia Holm", None, "C", None)]),
    ],
)
def test_party_place_entries(text: str, people: list[tuple[str, str | None, str | None, str | None]]) -> None:
    assert _people(text) == people


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("Partille Jarl Karlsson", ("Partille", "Jarl Karlsson")),
        ("Göteborg Kerstin Sundén Bergqvist", ("Göteborg", "Kerstin Sundén Bergqvist")),
        ("Lilla Edet Bo Pettersson", ("Lilla Edet", "Bo Pettersson")),
        ("ordf. Owe Nilsson", ("ordf.", "Owe Nilsson")),
        ("Göteborg", None),  # negative: no name
    ],
)
def test_place_and_name(words: str, expected: tuple[str, str] | None) -> None:
    assert attendance._place_and_name(words) == expected


# A label followed by the meeting's date (and place): the names follow on the next lines or after a colon.
@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("Närvarande 2013-05-29 på Järnvägsrestaurangen Östra station\n\nBosse Tengblad\n\nBjörn Gustafsson",
         ["Bosse Tengblad", "Björn Gustafsson"]),
        ("Närvarande 3 maj 2013\nBo Ek\nEva Lind", ["Bo Ek", "Eva Lind"]),
        ("Närvarande 12/3: Bo Ek, Eva Lind", ["Bo Ek", "Eva Lind"]),
        # negative: a number that is no date
        ("Närvarande 15 personer\nBo Ek", []),
    ],
)
def test_label_with_the_date(text: str, present: list[str]) -> None:
    assert _lists(text)[0] == present


# The lines below a line of several lists go on with the last list.
@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("Närvarande: Anna Ek, Bo Berg Förhinder: Cia Holm,\nDan Lund", ["Anna Ek", "Bo Berg"], ["Cia Holm", "Dan Lund"]),
        ("Närvarande: Anna Ek, Bo Berg Frånvarande: Cia Holm\nDan Lund", ["Anna Ek", "Bo Berg"], ["Cia Holm", "Dan Lund"]),
        # negative: one list on the line, the next line is its own
        ("Närvarande: Anna Ek, Bo Berg,\nCia Holm", ["Anna Ek", "Bo Berg", "Cia Holm"], []),
    ],
)
def test_lines_go_on_with_the_last_list(text: str, present: list[str], absent: list[str]) -> None:
    assert _lists(text) == (present, absent)


# What ends a list: a section heading in capitals, an agenda item glued to the end of the line.
@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        (("Närvarande\nMattias Berg, Elza Dunkels\nFrånvarande\nKristina Berg, Ylva Pettersson\n\nINLEDNING\n\n"
          "Mötets öppnande"), ["Mattias Berg", "Elza Dunkels"], ["Kristina Berg", "Ylva Pettersson"]),
        ("Närvarande: Bo Ek, Eva Lind\nFörhinder: Staffan, Olle, Ingemar, Kjell  1. Årskursträffen 21 augusti 2013",
         ["Bo Ek", "Eva Lind"], ["Staffan", "Olle", "Ingemar", "Kjell"]),
        # negatives: a list written in capitals goes on; a point cited in a note is no item
        ("NÄRVARANDE\nANNA EK\nBO BERG", ["ANNA EK", "BO BERG"], []),
        ("Närvarande: Bo Ek (t o m punkt 5), Eva Lind, Cia Holm", ["Bo Ek", "Eva Lind", "Cia Holm"], []),
    ],
)
def test_what_ends_a_list(text: str, present: list[str], absent: list[str]) -> None:
    assert _lists(text) == (present, absent)


# A row of labels flattened from a label column: the names after it are the first column's.
def test_row_of_labels_gives_the_names_to_the_first() -> None:
    text = ("Plats och tid Kommunhuset, kl 13.00 Beslutande Ovriga deltagande Förhindrade Kjell Sjölund (C) "
            "Lars-Åke Carlsson (M) Peggy Johansson (S) Utses att justera Bo Berg")
    assert _lists(text) == (["Kjell Sjölund", "Lars-Åke Carlsson", "Peggy Johansson"], [])


@pytest.mark.parametrize(
    ("text", "ends"),
    [
        ("Jan Hallberg (M), Göteborg, ordf. Owe Nilsson", False),
        ("Bo Ek, sekr. Eva Lind", False),
        ("Anna Ek hälsades välkommen. Bo Berg", True),
    ],
)
def test_role_abbreviation_ends_no_sentence(text: str, ends: bool) -> None:
    assert attendance._ends_sentence(text) is ends


# A sentence or a note under the lists that a named person stays away: absent.
@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Närvarande: Bo Ek, Eva Lind\n(Anders Ahrén kommer från och med nu inte att närvara på resterande möten)",
         ["Anders Ahrén"]),
        ("Närvarande: Bo Ek, Eva Lind\nCia Holm kunde inte delta.", ["Cia Holm"]),
        ("Närvarande: Bo Ek, Eva Lind\nDan Lund har lämnat återbud.", ["Dan Lund"]),
        # negatives: kept from one decision only; coming next time; no name
        ("Närvarande: Bo Ek, Eva Lind\nDan Lund kunde inte delta i beslutet på grund av jäv.", []),
        ("Närvarande: Bo Ek, Eva Lind\nEva Lind kommer att delta nästa gång.", []),
        ("Närvarande: Bo Ek, Eva Lind\nStyrelsen kunde inte delta i mässan.", []),
    ],
)
def test_stays_away_sentences(text: str, absent: list[str]) -> None:
    assert _lists(text)[1] == absent


# A note in parentheses that says the person was not there makes the entry absent, in any list layout.
@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("Närvarande:\n- Anna Ek\n- Bo Berg (frånvarande)\n- Cia Holm", ["Anna Ek", "Cia Holm"], ["Bo Berg"]),
        ("Ledamöter: Anna Ek (närvarande), Bo Berg (frånvarande), Cia Holm (närvarande)", ["Anna Ek", "Cia Holm"],
         ["Bo Berg"]),
        ("Ledamöter:\nAnna Ek (S)\nBo Berg (M) (sjuk)\nCia Holm (C)", ["Anna Ek", "Cia Holm"], ["Bo Berg"]),
        # negatives: a part of the meeting missed; a note that is a role
        ("Närvarande:\n- Anna Ek\n- Bo Berg (frånvarande § 5-7)\n- Cia Holm", ["Anna Ek", "Bo Berg", "Cia Holm"], []),
        ("Närvarande: Anna Ek (ordförande), Bo Berg (sekreterare), Cia Holm", ["Anna Ek", "Bo Berg", "Cia Holm"], []),
    ],
)
def test_absent_notes(text: str, present: list[str], absent: list[str]) -> None:
    assert _lists(text) == (present, absent)


# A sentence after a list on its line: those it says stayed away are absent, not entries of the list.
@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("Närvarande: Anna Ek och Bo Berg. Cia Holm och Dan Lund hade anmält förhinder.", ["Anna Ek", "Bo Berg"],
         ["Cia Holm", "Dan Lund"]),
        ("Närvarande: Anna Ek, Bo Berg. Cia Holm kunde inte delta.", ["Anna Ek", "Bo Berg"], ["Cia Holm"]),
        # negative: an entry with a verb after the full stop is still an entry
        ("Närvarande: Anna Ek, Bo Berg. Lena Nerkegård, Naturvårdsverket, deltog på telefon.",
         ["Anna Ek", "Bo Berg", "Lena Nerkegård"], []),
    ],
)
def test_sentence_after_a_list(text: str, present: list[str], absent: list[str]) -> None:
    assert _lists(text) == (present, absent)


# A short phrase before a colon holding an absent word is an absent list's label.
@pytest.mark.parametrize(
    ("line", "absent"),
    [
        ("Frånvarande ledamot: Anna Ek", ["Anna Ek"]),
        ("Frånvarande styrelseledamot: Anna Ek", ["Anna Ek"]),
        ("Ej närvarande styrelseledamöter: Anna Ek, Bo Berg", ["Anna Ek", "Bo Berg"]),
        ("Följande ledamöter var frånvarande: Anna Ek, Bo Berg", ["Anna Ek", "Bo Berg"]),
        ("Ledamöter som ej var närvarande: Anna Ek", ["Anna Ek"]),
        ("Förhindrade att delta: Anna Ek, Bo Berg", ["Anna Ek", "Bo Berg"]),
        ("Utebliven: Anna Ek", ["Anna Ek"]),
        # negatives: a present label with a qualifier; an absent word in a longer sentence before a colon
        ("Närvarande ersättare: Anna Ek", []),
        ("Ordföranden meddelade att flera ledamöter i arbetsgruppen tyvärr var frånvarande: Anna Ek", []),
    ],
)
def test_absent_label_phrases(line: str, absent: list[str]) -> None:
    assert _lists("Närvarande: Cia Holm, Dan Lund\n" + line)[1] == absent


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Frånvarande ledamot: Anna Ek", len("Frånvarande ledamot: ")),
        ("Följande var frånvarande: Bo Berg", len("Följande var frånvarande: ")),
        ("Frånvarande: ingen", None),  # a lower-case word after the colon: no entries
        ("Datum: 2020-03-06", None),
    ],
)
def test_absent_phrase_label(line: str, expected: int | None) -> None:
    assert attendance.absent_phrase_label(line) == expected


# Sentences that say named people were away for the whole meeting.
@pytest.mark.parametrize(
    ("sentence", "absent"),
    [
        ("Anna Ek och Bo Berg var frånvarande.", ["Anna Ek", "Bo Berg"]),
        ("Frånvarande var Anna Ek och Bo Berg.", ["Anna Ek", "Bo Berg"]),
        ("Anna Ek var frånvarande pga sjukdom.", ["Anna Ek"]),
        # negatives: a part of the meeting; nobody named
        ("Anna Ek var frånvarande under § 5.", []),
        ("Frånvarande var ingen.", []),
    ],
)
def test_were_away_sentences(sentence: str, absent: list[str]) -> None:
    assert _lists("Närvarande: Cia Holm, Dan Lund\n\n" + sentence)[1] == absent


# Substitutes written "för" after the party, "ersätts av", or with a comma before "tjg ers för": the member
# they stand in for is absent.
@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("Närvarande: Cia Holm (S), Dan Lund (M)\nTjänstgörande ersättare: Bo Berg (S) för Anna Ek (S)",
         ["Cia Holm", "Dan Lund", "Bo Berg"], ["Anna Ek"]),
        ("Tjänstgörande ersättare:\nBo Berg (S) för Anna Ek (S)\nEva Ström (M) för Dan Lund (M)",
         ["Bo Berg", "Eva Ström"], ["Anna Ek", "Dan Lund"]),
        ("Beslutande:\nCia Holm (S)\nDan Lund (M)\nAnna Ek (S) ersätts av Bo Berg (S)",
         ["Cia Holm", "Dan Lund", "Bo Berg"], ["Anna Ek"]),
        ("Beslutande: Cia Holm (S), Dan Lund (M), Bo Berg (S), tjg ers för Anna Ek (S)",
         ["Cia Holm", "Dan Lund", "Bo Berg"], ["Anna Ek"]),
        # negative: a note under the absent list keeps the absent member first
        ("Närvarande:\nAnna Ek (S)\nBo Berg (M)\n\nFrånvarande:\nEva Holm (C), ersätts av Anna Ek",
         ["Anna Ek", "Bo Berg"], ["Eva Holm"]),
    ],
)
def test_substitute_forms(text: str, present: list[str], absent: list[str]) -> None:
    assert _lists(text) == (present, absent)


@pytest.mark.parametrize(
    ("entry", "member"),
    [
        ("Bo Berg (S) för Anna Ek (S)", "Anna Ek (S)"),
        ("Bo Berg (S) i stället för Anna Ek", "Anna Ek"),
        ("Cia Holm (S) för föreningen", None),  # negative: "för" before a lower-case word
        ("Cia Holm för Anna Ek", None),  # negative: no party before a bare "för"
    ],
)
def test_bare_for_after_the_party(entry: str, member: str | None) -> None:
    m = attendance._substitute(entry)
    assert (m.group(1) if m else None) == member


# A table with both a present and an absent column: the column a row's mark stands in tells which.
@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("Namn\tNärvarande\tFrånvarande\nAnna Ek\tX\t\nBo Berg\t\tX\nCia Holm\tX\t", ["Anna Ek", "Cia Holm"],
         ["Bo Berg"]),
        ("| Namn | Närvarande | Frånvarande |\n|---|---|---|\n| Anna Ek | x | |\n| Bo Berg | | x |\n| Cia Holm | x | |",
         ["Anna Ek", "Cia Holm"], ["Bo Berg"]),
        ("Ledamot\tParti\tNärv.\tFrånv.\nAnna Ek\tS\tX\t\nBo Berg\tM\t\tX", ["Anna Ek"], ["Bo Berg"]),
        # negative: one mark column (no absent column) keeps the marked rows present
        ("Namn\tNärvarande\nAnna Ek\tX\nBo Berg\tX", ["Anna Ek", "Bo Berg"], []),
    ],
)
def test_present_and_absent_columns(text: str, present: list[str], absent: list[str]) -> None:
    assert _lists(text) == (present, absent)


@pytest.mark.parametrize(
    ("row", "columns"),
    [
        ("Namn\tNärvarande\tFrånvarande", (frozenset({1}), frozenset({2}))),
        ("Ledamot\tParti\tNärv.\tFrånv.", (frozenset({2}), frozenset({3}))),
        ("Namn\tNärvarande", None),  # negative: no absent column
        ("Namn\tParti", None),
    ],
)
def test_mark_columns(row: str, columns: tuple[frozenset[int], frozenset[int]] | None) -> None:
    assert attendance._mark_columns(row) == columns


# A mark cell after a first cell that is no bare name ("Bo Berg, sekreterare<TAB>frånvarande") is still read.
def test_mark_after_a_name_with_role() -> None:
    text = "Ledamöter\nAnna Ek, ordförande\t\tnärvarande\nBo Berg, sekreterare\t\tfrånvarande\nCia Holm\t\tnärvarande"
    assert _lists(text) == (["Anna Ek", "Cia Holm"], ["Bo Berg"])


def test_missing_from_the_board() -> None:
    assert _lists("Närvarande: Anna Ek, Bo Berg\nFrån styrelsen saknades: Cia Holm") == (["Anna Ek", "Bo Berg"],
                                                                                       ["Cia Holm"])


# Two pieces that are each a given name alone, or each an initial and a surname, are two persons.
@pytest.mark.parametrize(
    ("line", "people"),
    [
        ("Dan, Eva", [("Dan", None), ("Eva", None)]),
        ("C. Holm, D. Lund", [("C. Holm", None), ("D. Lund", None)]),
        # negatives: a given name and a place; an organisation's abbreviation
        ("Anna, Växjö", [("Anna", "Växjö")]),
        ("AB Bostäder, KK Kalmar", [("AB Bostäder", "KK Kalmar")]),
    ],
)
def test_two_short_names(line: str, people: list[tuple[str, str | None]]) -> None:
    assert [(p.name, p.organisation) for p in attendance._entries(line, 0, set(), False)] == people


# Who keeps the minutes, written before a colon under a list, ends the list: no absent secretary.
@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("Närvarande: Anna Ek (S), Bo Berg (M)\nFrånvarande: Dan Lund (V), Eva Ström (MP)\nFör protokollet: Fia Berg",
         ["Anna Ek", "Bo Berg"], ["Dan Lund", "Eva Ström"]),
        ("Närvarande: Anna Ek, Bo Berg\nFrånvarande: Dan Lund\nProtokollförare: Fia Berg", ["Anna Ek", "Bo Berg"],
         ["Dan Lund"]),
        # negative: an organisation before a colon inside a list goes on with the list
        ("Frånvarande:\nDan Lund\nRegion Kronoberg: Eva Ström", [], ["Dan Lund", "Eva Ström"]),
    ],
)
def test_minute_taker_ends_a_list(text: str, present: list[str], absent: list[str]) -> None:
    assert _lists(text) == (present, absent)


# The group first and then the word that says they were there: a present label.
def test_group_then_present_word() -> None:
    assert _lists("Styrelseledamöter närvarande: Anna Ek, Bo Berg\nStyrelseledamöter frånvarande: Cia Holm") == (
        ["Anna Ek", "Bo Berg"], ["Cia Holm"])


# "Member ersätts av Substitute" under an absent label: the member absent, the substitute present.
def test_replaced_under_an_absent_label() -> None:
    assert _lists("Närvarande: Anna Ek, Bo Berg\nAnmält förhinder: Cia Holm (C) ersätts av Dan Lund (C)") == (
        ["Anna Ek", "Bo Berg", "Dan Lund"], ["Cia Holm"])


# A flattened table row with the party in parentheses and a mark: "-" is not there.
@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("Ledamöter Närvarande Anna Ek (S) X Bo Berg (M) - Cia Holm (C) X Dan Lund (V) X",
         ["Anna Ek", "Cia Holm", "Dan Lund"], ["Bo Berg"]),
        ("Ledamöter: Anna Ek S X Bo Berg M - Cia Holm C X", ["Anna Ek", "Cia Holm"], ["Bo Berg"]),
        # negative: parties without marks are no marked rows
        ("Ledamöter: Anna Ek (S), Bo Berg (M), Cia Holm (C)", ["Anna Ek", "Bo Berg", "Cia Holm"], []),
    ],
)
def test_marked_rows_with_parenthesised_party(text: str, present: list[str], absent: list[str]) -> None:
    assert _lists(text) == (present, absent)


# A label, a lower-case group word and a colon: "Närvarande styrelse: Anna Ek".
@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        ("Närvarande styrelse: Anna Ek, Bo Berg\nFrånvarande styrelse: Cia Holm", ["Anna Ek", "Bo Berg"], ["Cia Holm"]),
        ("Närvarande ledamot: Anna Ek\nFrånvarande: Cia Holm", ["Anna Ek"], ["Cia Holm"]),
        # negative: a lower-case word after the colon is no list of names
        ("Närvarande styrelse: samtliga ledamöter", [], []),
    ],
)
def test_label_with_a_group_word(text: str, present: list[str], absent: list[str]) -> None:
    assert _lists(text) == (present, absent)


# A lower-case note of one word in parentheses is no part of the name.
@pytest.mark.parametrize(
    ("entry", "name"),
    [
        ("Dan Lund (föräldraledig)", "Dan Lund"),
        ("Milo Berg (protokoll)", "Milo Berg"),
        ("Anna Ek (Växjö)", "Anna Ek"),  # negative: a capitalised word is the organisation, not a note dropped
    ],
)
def test_lower_case_note_leaves_the_name(entry: str, name: str) -> None:
    p = attendance._person(entry, 0)
    assert p is not None and p.name == name
    assert p.organisation == ("Växjö" if "Växjö" in entry else None)


# "Name – note" entries between commas: each is a person; a note of absence marks the entry absent.
@pytest.mark.parametrize(
    ("line", "people"),
    [
        ("Anna Ek – Växjö kommun, Bo Berg – Region Kronoberg",
         [("Anna Ek", "Växjö kommun", None), ("Bo Berg", "Region Kronoberg", None)]),
        ("Anna Ek – sjuk, Bo Berg – bortrest", [("Anna Ek", None, False), ("Bo Berg", None, False)]),
        ("Anna Ek – föräldraledig, Bo Berg – Lund", [("Anna Ek", None, None), ("Bo Berg", "Lund", None)]),
        # negative: one piece without a dash leaves the line to the other readers
        ("Anna Ek – Växjö kommun, Bo Berg", []),
    ],
)
def test_dash_entries(line: str, people: list[tuple[str, str | None, bool | None]]) -> None:
    assert [(p.name, p.organisation, p.mark) for p in attendance._dash_entries(line, 0, set())] == people


# One word and a full stop after a blank line is a sentence, not a name; a first name alone still is.
@pytest.mark.parametrize(
    ("text", "present"),
    [
        ("Närvarande: Bo Ek, Eva Lind\n\nAvslutning.", ["Bo Ek", "Eva Lind"]),
        ("Närvarande:\nBo Ek\n\nEva Lind\n\nStaffan", ["Bo Ek", "Eva Lind", "Staffan"]),  # negative
    ],
)
def test_one_word_sentence_ends_a_list(text: str, present: list[str]) -> None:
    assert _lists(text)[0] == present
