"""Officials run together as "Name title Unit", with or without commas, as a flattened column of officials
writes them.

"Övriga Alf Iwarson avdelningschef Gatuavdelningen Christer Norberg avdelningschef Persontransportavdelningen
Margareta Nilsson enhetschef Ekonomi- och IT-enheten Dzenan Ganic verksamhetsutvecklare, Arbetslivsförvaltningen,
Lisbeth Rehnlund sekreterare": each official's title (lower case, its last word a title) follows the name, and the
unit follows the title. The name is read, the title is its role and the unit its organisation.

Look-alikes: a sentence about persons, a run of two officials only, a unit with digits, a text that begins with
no name, and capitalised words that are no names (no known given names) read nothing by this rule.
"""

from __future__ import annotations

from functools import partial

import pytest

from planner.extract.attendance import _titled_unit_run
from tests.extract.attendance_lists import attendance_names

_lists = partial(attendance_names, head="Protokoll 2013-08-29\n\n", tail="\n\n§ 74 Upprop\n\nOrdföranden förrättade upprop.")


@pytest.mark.parametrize(
    ("text", "read"),
    [
        (("Alf Iwarson avdelningschef Gatuavdelningen Christer Norberg avdelningschef Persontransportavdelningen"
         " Margareta Nilsson enhetschef Ekonomi- och IT-enheten"),
         [("Alf Iwarson", "avdelningschef", "Gatuavdelningen"),
          ("Christer Norberg", "avdelningschef", "Persontransportavdelningen"),
          ("Margareta Nilsson", "enhetschef", "Ekonomi- och IT-enheten")]),
        (("Anna Ek verksamhetsutvecklare, Arbetslivsförvaltningen, Kjell Johansson naturvårdskonsulent,"
         " Skogsavdelningen, Lisbeth Rehnlund sekreterare"),
         [("Anna Ek", "verksamhetsutvecklare", "Arbetslivsförvaltningen"),
          ("Kjell Johansson", "naturvårdskonsulent", "Skogsavdelningen"),
          ("Lisbeth Rehnlund", "sekreterare", None)]),
        ("Karin Lind Berg tf förvaltningschef Miljöförvaltningen Bo Sund ekonom Per Holm biträdande chef Parkenheten",
         [("Karin Lind Berg", "tf förvaltningschef", "Miljöförvaltningen"), ("Bo Sund", "ekonom", None),
          ("Per Holm", "biträdande chef", "Parkenheten")]),
        # look-alikes
        ("Anna Ek informerade om Gatuavdelningen och Bo Sund svarade på frågor från Per Holm", []),
        ("Alf Iwarson avdelningschef Gatuavdelningen Christer Norberg avdelningschef", []),
        ("Alf Iwarson avdelningschef Hus 4 Christer Norberg avdelningschef Gata 2 Anna Ek ekonom", []),
        ("Gatuavdelningen Alf Iwarson avdelningschef Christer Norberg ekonom Anna Ek sekreterare Bo Berg", []),
        ("Stora Salen avdelningschef Norra Torget enhetschef Lilla Hallen ekonom", []),
    ],
)
def test_officials_with_units(text: str, read: list[tuple[str, str, str | None]]) -> None:
    people = _titled_unit_run(text, 0)
    assert [(p.name, p.role, p.organisation) for p in people] == read
    assert all(text[p.start: p.end] == p.name for p in people)


def test_officials_list_after_its_label() -> None:
    present, _ = _lists(
        "Övriga: Alf Iwarson avdelningschef Gatuavdelningen Christer Norberg avdelningschef Persontransportavdelningen"
        " Margareta Nilsson enhetschef Ekonomi- och IT-enheten Lisbeth Rehnlund sekreterare")
    assert present == ["Alf Iwarson", "Christer Norberg", "Margareta Nilsson", "Lisbeth Rehnlund"]


@pytest.mark.parametrize(
    "text",
    [
        ("Madeleine Rosenqvist ej tjänstgörande ersättare Anders Andersson ej tjänstgörande ersättare"
         " Carl Bloom ej tjänstgörande ersättare Anita Wollin ej tjänstgörande ersättare Kira Berg"),
        "Anna Ek enhetschef Bo Berg ekonom Cia Holm sekreterare Karin Lund",
    ],
)
def test_members_posts_and_left_over_names_are_no_units(text: str) -> None:
    assert _titled_unit_run(text, 0) == []
