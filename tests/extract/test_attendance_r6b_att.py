"""Attendance layouts of real minutes from bodies outside the seeds (round 6b).

A sub-label column on the first name's line: "Närvarande ordinarie Bengt Ericsson, ordf" /
"ersättare Britt Larsson" / "Förhinder ordinarie Sara Edberg" / "ersättare Per Zethelius": the list
label, a lower-case group word, then the first name. A group word right below an absent list's names
goes on with that absent list. Look-alikes: a label and a lower-case word that is no group word
("Närvarande samtliga ledamöter") opens no list of names on that line.
"""

from __future__ import annotations

import pytest

from planner.extract import extract_text, minutes_from_text
from planner.extract.attendance import ListKind, label_of

_MINUTES = """PROTOKOLL Sammanträdesdatum 2019-02-11

Sammanträde med styrelsen

{lists}

Tid 2019-02-11 kl 18.30 – 20.30

§ 1 Sammanträdet öppnas

Ordföranden öppnade sammanträdet.

§ 2 Val av sekreterare

Anna Berg utsågs till sekreterare för mötet.
"""


def _lists(lists: str) -> tuple[list[str], list[str]]:
    out = extract_text(minutes_from_text(_MINUTES.format(lists=lists), "styrelse.txt")).to_json()
    return [p["name"] for p in out["meeting"]["present"]], [p["name"] for p in out["meeting"]["absent"]]


@pytest.mark.parametrize(("line", "kind", "first"), [
    ("Närvarande ordinarie Bengt Ericsson, ordf", ListKind.PRESENT, "Bengt"),
    ("Förhinder ordinarie Sara Edberg", ListKind.ABSENT, "Sara"),
    ("Närvarande ersättare Britt Larsson", ListKind.PRESENT, "Britt"),
    ("Frånvarande suppleanter Per Zethelius", ListKind.ABSENT, "Per"),
    ("Närvarande samtliga ledamöter", None, None),  # no group word: no names on the line
    ("Närvarande ordinarie ledamöter enligt bilaga", None, None),  # no name after the group word
])
def test_sub_label_on_first_name_line(line: str, kind: ListKind | None, first: str | None) -> None:
    found = label_of(line)
    if kind is None:
        assert found is None
    else:
        assert found is not None and found[0] is kind and line[found[1]:].split()[0] == first


@pytest.mark.parametrize(("lists", "present", "absent"), [
    (("Närvarande ordinarie Bengt Ericsson, ordf\n\nMats-Åke Eriksson\n\nersättare Britt Larsson\n\n"
      "Förhinder ordinarie Sara Edberg\n\nPamela Nyström\n\nersättare Per Zethelius"),
     ["Bengt Ericsson", "Mats-Åke Eriksson", "Britt Larsson"], ["Sara Edberg", "Pamela Nyström", "Per Zethelius"]),
    ("Närvarande ordinarie Anna Berg\n\nBo Lund\n\nFörhinder ordinarie Cia Holm\n\nersättare Dan Ek",
     ["Anna Berg", "Bo Lund"], ["Cia Holm", "Dan Ek"]),
    ("Närvarande ordinarie Anna Berg\n\nersättare Bo Lund\n\nDan Ek",
     ["Anna Berg", "Bo Lund", "Dan Ek"], []),
])
def test_grouped_present_and_absent_columns(lists: str, present: list[str], absent: list[str]) -> None:
    assert _lists(lists) == (present, absent)


_PARISH = """PROTOKOLL

Församlingsrådet

28.9.2021 kl. 18.07-18.51 i församlingshemmet

1 § SAMMANTRÄDETS ÖPPNANDE

Ordförande öppnade mötet.

2 § KONSTITUERING

Sammanträdet konstaterades vara beslutfört.

{lists}

3 § VAL AV PROTOKOLLJUSTERARE

Till protokolljusterare valdes Hans Lampenius.
"""


def _parish_present(lists: str) -> list[str]:
    out = extract_text(minutes_from_text(_PARISH.format(lists=lists), "rad.txt")).to_json()
    return [p["name"] for p in out["meeting"]["present"]]


# "Närvarande:" over groups on lines of their own, each "Group: names.", with a blank line between them:
# "Ordinarie:" is the members' group (a label only with its colon), and an officer's line with a full stop,
# "Sekreterare: Mikael Grönroos.", goes on with the list.
@pytest.mark.parametrize(("lists", "present"), [
    ("Närvarande:\n\nOrdinarie: Anders Backström, Magnus Engblom och Sven Gustav Åström.",
     ["Anders Backström", "Magnus Engblom", "Sven Gustav Åström"]),
    ("Närvarande:\n\nOrdinarie: Anders Backström och Magnus Engblom.\n\nSekreterare: Mikael Grönroos.",
     ["Anders Backström", "Magnus Engblom", "Mikael Grönroos"]),
    ("Närvarande:\nOrdinarie: Anders Backström och Magnus Engblom.\nSekreterare: Mikael Grönroos.",
     ["Anders Backström", "Magnus Engblom", "Mikael Grönroos"]),
    (("Närvarande:\n\nOrdförande: Camilla Ekholm.\n\nOrdinarie: Anders Backström och Magnus Engblom.\n\n"
      "Suppleanter: Vidar Lindqvist och Martina Helin.\n\nSekreterare: Mikael Grönroos."),
     ["Camilla Ekholm", "Anders Backström", "Magnus Engblom", "Vidar Lindqvist", "Martina Helin", "Mikael Grönroos"]),
])
def test_group_lines_under_present_label(lists: str, present: list[str]) -> None:
    assert sorted(_parish_present(lists)) == sorted(present)


@pytest.mark.parametrize("line", [
    "Protokoll fört vid ordinarie föreningsstämma med föreningen",
    "Ordinarie föreningsstämma hölls på Bygdegården",
    "Ordinarie ledamöter enligt bilaga",
])
def test_ordinarie_without_colon_is_no_label(line: str) -> None:
    assert label_of(line) is None
