"""The shortcuts that make attendance.py fast read what the long way reads.

A plain name (`_PLAIN_NAME`, and `_PLAIN_ENTRY` with its party and pieces after commas) skips the note, mark,
party and role tests of `_person`, `_name_part` and `_looks_like_name`; `_ends_list` and `_latex_label` look end labels and list labels up by their first
letters; a line `_cell_rows` reads is not read again. Each is compared here with the long way (for the
first three, `_person_long_way`, `_name_part_long_way` and `_looks_like_name_long_way`), on texts made
from every line of the seeds and the dev and held-out documents, and on made-up edge cases.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from planner.extract import attendance as a
from planner.extract.readers import read_minutes

ROOT = Path(__file__).resolve().parents[2]
DOCS = sorted([*(ROOT / "seeds").glob("*.txt"), *(ROOT / "tests/data/dev/docs").iterdir(),
               *(ROOT / "tests/data/extra/docs").iterdir()])

# Plain names next to what a plain name must not be taken for.
EDGE = [
    "Anna Ek", " Anna Ek", "  Anna Ek.", "Anna Ek;", "Anna Ek ", "Anna Von Ek", "Anna Von", "Von Ek", "Anna Af",
    "Bo Ja", "Bo Berg Ja", "Bo X", "Eva Nej", "Eva Närvarande", "Eva Frånvarande", "Eva Förhinder",
    "Eva Holm Ordförande", "Eva Ordförande", "Eva Holm Sekreterare", "Eva Holm Kassör", "Eva Holm Ledamot",
    "Eva Holm Suppleant", "Eva Holm Ersättare", "Eva Holm Ordf", "Eva Holm Sekr", "Bo Internetansvarig",
    "Cia Förnamn", "Cia Sätter", "Cia Ersätter Bo", "Steffan Tfors", "Tf Anna", "Anna Tf",
    "Närvarande Anna", "Närvarande Anna Ek", "Frånvarande Bo Berg", "Förhindrade Kjell Sjölund", "Anmält Förhinder",
    "Justerare Bo Berg", "Protokoll Bo Berg", "Sekreterare Bo Berg", "Ordförande Bo Berg", "Ja Nej",
    "Inga", "Ingen", "Inga Namn", "Ingen Anmäld", "Se Bilaga", "Alla Ledamöter", "Samtliga",
    "Region Kronoberg", "Växjö Kommun", "Anna Ek Region", "Kommunförbundet Kalmar", "Västerviks Kommun",
    "Ann-Charlotte Anderberg", "Kaj-Bevheden Gunilla", "Renée Solstad", "Ann-Gret Sillén", "Jan-Olof P. Jäghagen",
    "Anna Eva Maria Ek", "Anna Eva Maria Lisa Ek", "A Ek", "Ab Cd", "Xavier Ek", "Nils Ek", "Ella Ek", "Jan Ek",
    "Efternamn Förnamn", "Förnamn Efternamn", "Mötesprotokoll", "Dagordning Anna",
    "Anna Ek, Växjö", "Anna Ek (S)", "Anna Ek\tVäxjö kommun", "Anna ek", "ANNA EK", "Anna  Ek", "Anna\tEk",
    # with a party and pieces after commas
    "Anna Ek(s), ordförande", "Anna Ek (MP), Växjö kommun, ledamot", "Anna Ek, s x", "Anna Ek, ordf m x", "Anna Ek, m",
    "Anna Ek (S), ersättare för Bo Berg", "Anna Ek, x", "Anna Ek, Ja", "Anna Ek, nej", "Anna Ek (M) ej tjg",
    "Anna Ek (S) ersätts av Bo Berg (S)", "Anna Ek, Växjö – kommun", "Anna Ek, § 5", "Anna Ek, t.o.m. punkt 5",
    "Anna Ek, 12", "Anna Ek (S),", "Anna Ek (Sjuk)", "Anna Ek (KD) (sjuk)", "Anna Ek, (S)", "Anna Ek, Förvaltningen",
    "Anna Ek, Ordförande", "Anna Ek, tf", "Anna Ek,, Växjö", "Anna Ek (S), S", "Anna Ek, C", "Anna Ek, kd",
    "Anna Ek (nyd), sekreterare (M)", "Anna Ek ( S )", "Anna Ek  (S)", "Bo Ja (S)", "Närvarande Bo (S)",
    "Inga Namn, Växjö", "Eva Holm Ordförande, Växjö", "Anna Ek, Lund,", "Anna Ek, Lund.", "Anna Ek, ersätter",
    "Anna Ek, ersätter Bo Berg", "Anna Ek (S), ERSÄTTER Bo Berg", "Anna Ek, Punkt 4", "Anna Ek, Lund ej", "Anna Ek, Region — Lund", "Anna Ek (V) frånvarande, Lund",
]


# Where the readers cut a line into entries and cells, and the bullets and numbers they drop.
_CUTS = re.compile(r"\t|\s{2,}|;|:\s|\|")
_WORD_CUTS = re.compile(r"\t|\s{2,}|;|\|")
_AND = re.compile(r"\s+(?:och|samt)\s+|/")
_BULLET = re.compile(r"^\s*(?:[-–•*·▪]|\d{1,3}[.)])\s*")


def _texts() -> list[str]:
    """What the readers give `_person`, `_looks_like_name` and `_name_part`, made from every line of the
    documents: each cell or entry (with and without its bullet, white space around it or not), each
    piece between commas and each run of pieces from the first, each part around "och", "samt" and "/",
    and each run of two to five words from a capitalised one (as a plain name opens). Read from the
    documents, these hold most of what the readers give the three, and many times over the plain
    names they give."""
    texts: set[str] = set()
    for path in DOCS:
        for line in read_minutes(path).lines:
            for cell in _CUTS.split(line.text):
                for entry in (cell, _BULLET.sub("", cell)):
                    pieces = entry.split(",")
                    texts.update((entry, " " + entry.strip(), *pieces, *(p.strip() for p in pieces)))
                    texts.update(",".join(pieces[:k]) for k in range(1, len(pieces)))
                    texts.update(p.strip() for p in _AND.split(entry))
            for cell in _WORD_CUTS.split(line.text):
                words = cell.split(" ")
                texts.update(" ".join(words[k:k + n]) for k in range(len(words)) if words[k][:1].isupper()
                             for n in range(2, 6))
    texts.discard("")
    return sorted(texts)


TEXTS = _texts()


def test_the_documents_give_plain_names_to_compare() -> None:
    assert sum(1 for t in TEXTS if a._PLAIN_NAME.fullmatch(t.strip(" .;"))) > 3000
    assert sum(1 for t in TEXTS if a._PLAIN_NAME.fullmatch(t) and a._PARTICLES.isdisjoint(t.lower().split())) > 3000
    assert sum(1 for t in TEXTS if a._plain_entry(t.rstrip(" .;"), 7, None)) > 1000


def test_person_reads_plain_names_as_the_long_way() -> None:
    calls = [(t, 7, None, False) for t in TEXTS]
    calls += [(t, 7, org, swap) for t in EDGE for org in (None, "", "Växjö kommun") for swap in (False, True)]
    calls += [(t, 7, "Växjö kommun", swap) for t in TEXTS if a._PLAIN_ENTRY.fullmatch(t.strip(" .;")) for swap in (False, True)]
    for t, b, org, swap in calls:
        assert a._person(t, b, org=org, swap=swap) == a._person_long_way(t, b, org=org, swap=swap), (t, org, swap)


def test_name_scores_and_name_parts_are_the_long_way() -> None:
    for t in TEXTS + EDGE + [t.upper() for t in EDGE] + [t.lower() for t in EDGE]:
        assert a._looks_like_name(t) == a._looks_like_name_long_way(t), t
        assert a._name_part(t) == a._name_part_long_way(t), t


def test_no_party_is_an_absent_note() -> None:
    for party in a._PARTY_WORDS:  # (a plain entry's party is read without `_RX_ABSENT_NOTE`)
        assert not a._RX_ABSENT_NOTE.search(f"Anna Ek ({party})")
        assert not a._RX_ABSENT_NOTE.search(f"Anna Ek ({party.upper()})")


def test_end_label_pairs_cover_every_end_label() -> None:
    labels = (*a._END_HEADS, *a._END_COLONS, *a._END_CELLS)
    assert all(len(x) >= 2 and x[:2] in a._END_PAIRS for x in labels)
    for x in labels:  # as a line and as the head of one, in either case
        for text in (x, x.upper(), x.capitalize(), x + " Anna Ek", x.rstrip(":\t ") + ":"):
            low = text.strip().casefold()
            plain = low in a._END_HEADS or low.startswith((*a._END_COLONS, *a._END_CELLS))
            assert not plain or a._ends_list(text, 0)


@pytest.mark.parametrize("text", ["1. Mötets öppnande", "§ 3 Val", "§3", "12) Övrigt", "1.2. Punkt", "٣. Punkt",
                                  "Tid: 9-12", "PLATS : Rum", "datum:", "Lokal: A", "Dnr: 1", " tid:"])
def test_ends_list_gates_keep_items_and_fields(text: str) -> None:
    t = text.strip()
    item = bool(a._ITEM.match(t)) and not a._numbered_name(t)
    field = bool(a._RX_ENDS_LIST_1.match(t.casefold()))
    assert not (item or field) or a._ends_list(text, 0)


def _latex_label_long_way(raw: str) -> a.ListKind | None:
    m = a._LATEX_ENV.search(raw)
    if not m:
        return None
    name = a._RX_LATEX_LABEL_1.sub(" ", m.group(1)).strip().casefold()
    return next((kind for lab, kind in a._LABELS if name == lab or name.startswith(lab + " ")), None)


def test_latex_label_looks_labels_up_by_their_first_letters() -> None:
    names = [lab for lab, _ in a._LABELS] + ["itemize", "document", "närvarande_förtroendevalda", "Närvaro-lista",
                                              "frånvarande ledamöter", "a", ""]
    for name in names + [n + suffix for n in names for suffix in ("_x", "-förtroendevalda", "x")]:
        raw = f"  \\begin{{{name.replace(' ', '_')}}}"
        assert a._latex_label([raw], 1) is _latex_label_long_way(raw), raw


def test_known_organisations_tell_when_they_are_consulted() -> None:
    known = a._Known()
    known.add("växjö kommun")
    assert not known.consulted
    assert "växjö kommun" in known and known.consulted
    known.consulted = False
    assert sorted(known) == ["växjö kommun"] and known.consulted
    known.consulted = False
    assert len(known) == 1 and known.consulted
