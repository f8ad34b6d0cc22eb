"""Attendance layouts of the nineteenth fresh batch of real minutes (tests/data/extra 535-544), read by general rules.

Each case is a short passage written the way real minutes put it, not a copied document: a party in parentheses
with a space inside ("(s )"); lines of "Name (Party) role" entries split by blank lines under one label; a page's
stamp ("Meddelande 1") after a list; groups of a front page whose present label was lost ("Ungdomar" /
"Politiker" above "Övriga deltagande"); a dash for no one ("Frånvarande --"); a flattened row of column heads
("Närvarande: LAG, beslutande Kansli"); a presence list flattened onto one line with "X" / "-" marks. Each family
has look-alikes that must not be read so.
"""

from __future__ import annotations

from functools import partial

import pytest

from planner.extract.attendance import (
    _close_party_parens,
    _column_heads_only,
    _dash_for_none,
    _is_party_entry_line,
)
from tests.extract.attendance_lists import attendance_names

_HEAD = "Protokoll 2019-01-30\n\n"
_TAIL = "\n\n§ 1 Mötet öppnas\n\nOrdföranden hälsade alla välkomna."

_lists = partial(attendance_names, head=_HEAD, tail=_TAIL)


# "(s )", "( c)": a transcript's space inside a party's parentheses; the length is kept (offsets hold).
@pytest.mark.parametrize(
    ("text", "closed"),
    [
        ("Stefan Lindfors (s ) Ingrid Lundin (c )", "Stefan Lindfors (s)  Ingrid Lundin (c) "),
        ("Anna Ek ( mp) ers", "Anna Ek (mp)  ers"),
        ("Bo Berg (KD  )", "Bo Berg (KD)  "),
        # look-alikes: no party inside, or already closed
        ("Anna Ek (till 14.07 )", "Anna Ek (till 14.07 )"),
        ("se bilaga ( 2 )", "se bilaga ( 2 )"),
        ("Anna Ek (s)", "Anna Ek (s)"),
        ("Bo Berg (sekr )", "Bo Berg (sekr )"),
    ],
)
def test_close_party_parens(text: str, closed: str) -> None:
    assert _close_party_parens(text) == closed
    assert len(_close_party_parens(text)) == len(text)


def test_spaced_party_parens_in_a_run() -> None:
    text = ("Beslutande Maria Ek (kd) ordf. Urban Falk (s), v ordf. Stefan Lindfors (s ) Ingrid Stenberg Lundin (c ) "
            "Inger Johansson (mp)\nÖvriga deltagare Karin Hästö, kultursekreterare")
    assert _lists(text)[0] == ["Maria Ek", "Urban Falk", "Stefan Lindfors", "Ingrid Stenberg Lundin",
                               "Inger Johansson", "Karin Hästö"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Crister Persson (C) 1-e vice ordförande Peter Rosholm (S)", True),
        ("Johnny Carlsson (C) Stefan Carlsson (S) Mattias Josefsson (S)", True),
        ("Jana Nilsson (S) Varberg Cristina Bernevång (KD) Tom Andersson (MP)", True),
        ("Anna Ek (M) ordförande Bo Berg (S) ledamot", True),
        # look-alikes: a sentence, a list with commas, one entry, an acronym in parentheses
        ("Anna Ek (M) föreslår att ärendet återremitteras och Bo Berg (S) yrkar bifall", False),
        ("Anna Ek (M), Bo Berg (S)", False),
        ("Anna Ek (M) ordförande", False),
        ("Information från Region Halland (RH) och Laholms kommun (LK)", False),
        ("Vi har fått besök av Anna Ek (S) och Bo Berg (M)", False),
    ],
)
def test_party_entry_line(text: str, expected: bool) -> None:
    assert _is_party_entry_line(text) is expected


def test_party_entry_lines_split_by_blank_lines() -> None:
    text = ("Beslutande Ulf Olsson (S) ordförande\n\nCrister Persson (C) 1-e vice ordförande Peter Rosholm (S)\n\n"
            "Johnny Carlsson (C) Stefan Carlsson (S) Bengt Hilmersson (C) Ersättare Christer Johansson (M)\n\n"
            "Johan Björkman (M) Tony Hansén (S) Roger Willhelmsson (M) Tony Willner (S)\n\n"
            "Övriga Magnus Haggren, Förbundsdirektör Lena Brännmar, Administrativ chef\n\nMeddelande 1")
    present = _lists(text)[0]
    assert set(present) == {"Ulf Olsson", "Crister Persson", "Peter Rosholm", "Johnny Carlsson", "Stefan Carlsson",
                            "Bengt Hilmersson", "Christer Johansson", "Johan Björkman", "Tony Hansén",
                            "Roger Willhelmsson", "Tony Willner", "Magnus Haggren", "Lena Brännmar"}


@pytest.mark.parametrize(
    ("text", "present"),
    [
        # a page's stamp after a blank line: no name
        ("Närvarande\nAnna Ek\nBo Berg\n\nMeddelande 1", ["Anna Ek", "Bo Berg"]),
        ("Närvarande\nAnna Ek\nBo Berg\n\nBilaga 2", ["Anna Ek", "Bo Berg"]),
        # look-alike: a one-word given name with a number after a gap still opens no stamp rule
        ("Närvarande\nAnna Ek\nBo Berg\n\nCia Holm", ["Anna Ek", "Bo Berg", "Cia Holm"]),
    ],
)
def test_page_stamp_ends_list(text: str, present: list[str]) -> None:
    assert _lists(text)[0] == present


_FRONT = ("LAHOLMS KOMMUN\nUngdomsforum\nPROTOKOLL\nPlats och tid\nUpplevelserummet, Folkhälsocentrum, Laholm, "
          "12.00–15.00\n")


@pytest.mark.parametrize(
    ("text", "present"),
    [
        (_FRONT + "Ungdomar\nCasandra Hallberg, Osbecksgymnasiet\nBerit Thomalla, Osbecksgymnasiet\nPolitiker\n"
         "Maria Bronelius, barn- och ungdomsnämnden (BUN) (c)\nÖvriga deltagande\nSofia Larsson, ungdomssamordnare\n"
         "Utses att justera\nBerit Thomalla, Osbecksgymnasiet",
         {"Casandra Hallberg", "Berit Thomalla", "Maria Bronelius", "Sofia Larsson"}),
        (("Plats och tid Kommunhuset, kl 18.00\nElever\nAnna Ek, Åk 9\nBo Berg, Åk 8\nÖvriga deltagande\n"
         "Cia Holm, rektor\nUtses att justera\nAnna Ek"),
         {"Anna Ek", "Bo Berg", "Cia Holm"}),
        # look-alikes: no "Plats och tid" above the groups; no group heading at the top
        (("Ungdomar\nCasandra Hallberg, Osbecksgymnasiet\nBerit Thomalla, Osbecksgymnasiet\nÖvriga deltagande\n"
         "Sofia Larsson, ungdomssamordnare\nUtses att justera\nBerit Thomalla"),
         {"Sofia Larsson"}),
        (("Plats och tid Kommunhuset, kl 18.00\nAnna Ek, Åk 9\nBo Berg, Åk 8\nÖvriga deltagande\n"
         "Cia Holm, rektor\nUtses att justera\nAnna Ek"),
         {"Cia Holm"}),
    ],
)
def test_groups_above_present_label(text: str, present: set[str]) -> None:
    assert set(_lists(text)[0]) == present


@pytest.mark.parametrize(
    ("segment", "expected"),
    [
        ("--", True),
        ("-- 1 Mötets öppnande", True),
        ("– 2 Val av justerare", True),
        ("-", True),
        # look-alikes: a dash as a separator before names
        ("– Anna Ek, Bo Berg", False),
        ("- Anna Ek", False),
        ("Anna Ek", False),
    ],
)
def test_dash_for_none(segment: str, expected: bool) -> None:
    assert _dash_for_none(segment) is expected


def test_dash_for_none_in_flattened_header() -> None:
    text = ("Datum: 2019-01-30 Plats: Hotell Nordlandia Närvarande: Anna Ek, ordförande Bo Berg Cia Holm "
            "Dan Lund Anmält förhinder -- Frånvarande -- 1 Mötets öppnande Ordförande Anna Ek hälsade alla "
            "välkomna. 2 Mötesfunktionärer Till sekreterare valdes Bo Berg.")
    present, absent = _lists(text)
    assert absent == []
    assert "Anna Ek" in present


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("LAG, beslutande Kansli", True),
        ("beslutande Kansli", True),
        ("Ledamöter Ersättare", True),
        # look-alikes: names, an acronym alone, a name with its body
        ("Anna Ek, Bo Berg", False),
        ("LAG", False),
        ("Anna Ek, Kansli", False),
        ("KS, BUN", False),
    ],
)
def test_column_heads_only(text: str, expected: bool) -> None:
    assert _column_heads_only(text) is expected


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        (("Beslutande Annie Berg, Cajsa Torkelsson, Elin Andersson, Viola Peskhu\n\n"
          "2(13) Närvaro- och omröstningslista När- Ordinarie ledamöter varo Annie Berg X Casper Rosenlöf - "
          "Cajsa Torkelsson X Elin Andersson X Viola Peskhu - Angelina Landin avgått från rådet - Omröstningar "
          "Ja Nej Avst"),
         {"Annie Berg", "Cajsa Torkelsson", "Elin Andersson", "Viola Peskhu"}, {"Casper Rosenlöf", "Viola Peskhu"}),
        # look-alikes: every one marked there (no dash: the line is not read); no presence heading
        (("Beslutande Annie Berg, Cajsa Torkelsson, Elin Andersson\n\n"
          "Närvarolista Annie Berg X Cajsa Torkelsson X Elin Andersson X Anna Ek X"),
         {"Annie Berg", "Cajsa Torkelsson", "Elin Andersson"}, set()),
        (("Beslutande Annie Berg, Cajsa Torkelsson, Elin Andersson\n\n"
          "Omröstningslista Annie Berg X Casper Rosenlöf - Cajsa Torkelsson X Elin Andersson X Anna Ek -"),
         {"Annie Berg", "Cajsa Torkelsson", "Elin Andersson"}, set()),
    ],
)
def test_marked_presence_line(text: str, present: set[str], absent: set[str]) -> None:
    got_present, got_absent = _lists(text)
    assert set(got_present) == present
    assert set(got_absent) == absent
