"""Read the attendance lists of a set of minutes: who was present and who was absent.

Part of the header step (`header.py` calls `find_attendance`). Layouts differ, so each list is
read by its label (Närvarande, Övriga deltagande, Adjungerade, Kallade, Frånvarande, Anmält
förhinder, Anmälda till ...) and each entry by its shape: "Organisation: Name (M), Name och
Name", tab-separated rows (with X / Ja / Nej marks), "Name, Organisation", "Efternamn,
Förnamn", bullets; and as a flattened header runs them together: several labels on one line,
"Name (P) role (ers Name (P))", "Name S 1 ... Name C -" mark rows, names without commas. A member a
present substitute replaces ("ersätter Åke Nyhlén") was called but not there: absent unless listed
present. Without any list, the functionaries elected at the meeting ("Styrelsen väljer Kotte som
mötesordförande") and "X, Y och Z är närvarande" are read instead.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from enum import StrEnum
from operator import attrgetter
from typing import TYPE_CHECKING, NamedTuple

from planner.extract import words as w
from planner.extract.model import Attendee
from planner.extract.text import Minutes

if TYPE_CHECKING:
    from collections.abc import Iterator

    from planner.extract.header import Part


# Patterns the functions below use inline, compiled once (hoisted for speed; same patterns).
_RX_LABEL_OF_1 = re.compile(r"(?:§\s*\d+[.:]?|\d{1,2}[.)])\s+")  # "§ 1039. Närvarande", "3. Närvaro"
_RX_LABEL_OF_2 = re.compile(r"\s*[:.]\s*")
_RX_LABEL_OF_3 = re.compile(r"\s*\([^()]{0,40}\)\s*:\s*")
_RX_LABEL_OF_4 = re.compile(r"(?:\s+[^\W\d_]+){1,4}\s*:\s*")
# "Närvarande vid mötet:", "Frånvarande med anmält förhinder:", "Närvarande via Teams:", "Närvarande, digitalt:"
_RX_LABEL_OF_5 = re.compile(
    r",?\s+(?:till|vid|på|från|under|i|med|utan|via|genom|som|digitalt|fysiskt|på plats)\b[^:]{0,60}:\s*")
# (a middle initial may stand between the given name and the surname: "Beslutande Lars G Linder (S), ...")
_RX_LABEL_OF_6 = re.compile(
    r"\s+[A-ZÅÄÖ][\w-]*[a-zåäö](?:\s+[A-ZÅÄÖ]\.?)?\s+[A-ZÅÄÖ][\w-]*[a-zåäö](?:\s+[A-ZÅÄÖ][\w-]*)?\s*(?:,|\(|$)")
# A date after a list label, perhaps with a place, ending the line or a colon: " 2013-05-29 på Östra station",
# " 12/3:", " 3 maj 2021". A date is all digits and separators or a day and a month word; no name comes before the
# colon (group 1), so the list's entries begin after it or on the next lines.
_RX_LABEL_DATE = re.compile(
    r"\s(?:\d{1,4}[-/.]\d{1,2}(?:[-/.]\d{2,4})?|\d{1,2}\s+(?:" + "|".join(sorted(w.MONTHS, key=len, reverse=True))
    + r")\.?(?:\s+\d{4})?)"
    r"(?:,?\s+(?:på|i|vid)\s+[^:]{1,60}?)?\s*(?:(:)\s*|$)")
# A label's English translation after a slash, before the colon, as bilingual minutes write it: "Närvarande /
# Present:", "Frånvarande / Absent:", "Närvarande / Board members and others attending:". (English: no "åäö";
# "Närvarande/frånvarande:" is no translation.)
_LABEL_TRANSLATION = r"\s*/\s*[A-Za-z][A-Za-z ,'-]{1,60}"
_RX_LABEL_TRANSLATION = re.compile(rf"{_LABEL_TRANSLATION}:\s*")
# A label's Finnish translation after a dash or a slash, as Finland-Swedish bilingual minutes write it, colon or not:
# "NÄRVARANDE LEDAMÖTER - LÄSNÄ OLLEET JÄSENET Fredriksson Merja ordförande", "ÖVRIGA NÄRVARANDE - MUUT LÄSNÄ
# OLLEET". Matched on the case-folded text; only Finnish label words may stand in it.
_RX_FINNISH_TRANSLATION = re.compile(
    r"\s*[-–/]\s*(?:" + "|".join(sorted(w.FINNISH_LABEL_OPENINGS, key=len, reverse=True)) + r")"
    r"(?:\s+(?:" + "|".join(sorted(w.FINNISH_LABEL_WORDS, key=len, reverse=True)) + r")){0,3}\b\s*:?\s*")
# One or two lower-case words after a label, a colon and a capitalised word: " styrelse: Anna Ek".
# A group word between a list label and the first name, without colon: "Närvarande ordinarie Bengt Ericsson".
_RX_LABEL_SUBGROUP = re.compile(r"\s+(?:ordinarie(?:\s+ledamöter)?|ersättare|suppleanter|ledamöter|övriga)(?=\s)")
_RX_BARE_GROUP_COLON = re.compile(r"[ \t]*:[ \t]*")
_RX_LABEL_GROUP = re.compile(r"(?:\s+[a-zåäö][\w-]*){1,2}\s*:\s*(?=[A-ZÅÄÖ])")
_RX_IS_HEADING_ROW_1 = re.compile(r"(?i)\bkl\.?\s*|\d{1,2}[.:]\d{2}\s*[-–]\s*\d{1,2}[.:]\d{2}")
_RX_KL_OR_DIGIT = re.compile(r"(?i)\bkl|\d")
# A comma before a lower-case word and then a capitalised one or the end: where `_runs_with_roles` can apply.
_RX_ROLE_AFTER_COMMA = re.compile(r", [a-zåäö][^,]*?(?: [A-ZÅÄÖ]|$)")  # where a match of `_RX_IS_HEADING_ROW_1` can begin
# A run of spaces between two cells of a PDF's columns; not after a comma or "och" ("Anna Ek Indal,   Eva Ek Alnö",
# "Jan Ek Attmar och   Inger Bylund Hässjö": a comma list typed with uneven spaces, no column).
_RX_STYLE_1 = re.compile(r"(?<=\S)(?<!,)(?<! och)(?<! samt) {3,}(?=\S)")
_RX_STYLE_2 = re.compile(r"^[^:,]{2,60}:\s*\S")
_RX_LOOKS_LIKE_NAME_1 = re.compile(r"\d|@|/")
_RX_ROLE_OF_1 = re.compile(r"^(?:tf|t\.f\.?)(?:\s|$)")
_RX_ROLE_TAIL_1 = re.compile(r"\s")
_RX_PERSON_1 = re.compile(r" [–—-] ")
_RX_PERSON_2 = re.compile(r"\s*\([^()]*\)\s*$")
_RX_PERSON_4 = re.compile(r"\s*\([^()]*\)")
_RX_PERSON_5 = re.compile(r"\(([^()]*)\)")
_RX_PERSON_6 = re.compile(r"\d")
_RX_PERSON_8 = re.compile(r"(?i)(?:^|\s)(t\.?f\.?)(?=\s|$)")
_RX_PERSON_9 = re.compile(r"(?i)\bt\.?o\.?m\.?\s+(?:punkt|§)\s*\d+.*$")
_RX_PERSON_10 = re.compile(r"\([^()]*\)")
_RX_PERSON_11 = re.compile(r"\s*([^\W\d_]+)\s+(?=[A-ZÀ-ÖØ-Þ])")
_RX_PERSON_12 = re.compile(r"\s+[^\W\d_]+:")
_RX_PERSON_13 = re.compile(r"[^\W\d_]")
_RX_PERSON_14 = re.compile(r"[^\w]")
# (a note in brackets is one piece with its name, whatever it holds: "Jörgen (Pappa till Sofia och Philip)")
_RX_SPLIT_NAMES_1 = re.compile(r"(?:\([^()]*\)|\((?![^()]*\))|[^,(])+?(?=\s*(?:,|\boch\b|\bsamt\b|&|$))")
_RX_SPLIT_NAMES_2 = re.compile(r"^\s*(?:och|samt|&)\s*")  # "Ciara, Elias & Talia": "&" joins the last name too
_RX_MARK_1 = re.compile(r"(?:nej|frånvarande|ej närvarande|anmält förhinder)\b")
_RX_MARK_2 = re.compile(r"(?:ja|närvarande|x)\b(?![-])")
_RX_ENTRIES_1 = re.compile(r"^\s*\([a-z]\)")
_RX_ENTRIES_2 = re.compile(r"[^;]+")
_RX_ENTRIES_3 = re.compile(r"^(?![^:,]{0,60}\d:[ae]\s)([^:,]{2,60}):\s*(\S.*)$")  # not "(m) 1:e vice ordförande"
_RX_ENTRIES_4 = re.compile(r"^([^,]+?)\s+(?:och|samt|&)\s+([^,]+?)(,.*)?$")
_RX_PAREN_ENTRIES_1 = re.compile(r"[,;(]")
_RX_IS_NAME_LIST_1 = re.compile(r",|\s+och\s+|\s+samt\s+|\s+&\s+")
_RX_IS_NAME_LIST_2 = re.compile(r"\s(?:och|samt|&)\s")
_RX_IS_NAME_LIST_3 = re.compile(r"[\d()@/]")
_RX_IS_NAME_LIST_4 = re.compile(r"[^\W\d_][\w.-]*")
_RX_ENDS_LIST_1 = re.compile(r"^(?:tid|plats|datum|lokal|dnr)\s*:")
_RX_SWAP_MODE_1 = re.compile(r"([^\W\d_][\w-]*),\s*([^\W\d_][\w-]*(?:\s[^\W\d_][\w-]*)?)((?:,[^,]+)*)")
_RX_LATEX_LABEL_1 = re.compile(r"[_\-]+")
_RX_COLLECT_LISTS_1 = re.compile(r"\r\n|\r|\n")
_RX_FUNCTIONARIES_1 = re.compile(r"[^,]+?(?=\s*(?:,|\boch\b|\bsamt\b|$))")


class ListKind(StrEnum):
    PRESENT = "present"
    ABSENT = "absent"
    CALLED = "called"
    ANNOUNCED = "announced"


class Person(NamedTuple):
    """An attendee as read, with the `[start, end)` range of the name in `clean`.

    (A named tuple, not a frozen dataclass: a list line makes one or two, and a frozen dataclass
    sets each field through `object.__setattr__`, several times slower.)"""

    name: str
    start: int
    end: int
    organisation: str | None = None
    party: str | None = None
    role: str | None = None
    mark: bool | None = None  # a table's X / Ja (True) or Nej (False); None without a mark column
    cells: int = 0  # cells of the table row it came from


_LABELS: tuple[tuple[str, ListKind], ...] = tuple(sorted(
    [(lab, ListKind.PRESENT) for lab in w.PRESENT_LABELS + w.MORE_PRESENT_LABELS + w.REGISTER_PRESENT_LABELS
                                        + w.OTHER_DECIDING_LABELS + w.TAKING_PART_LABELS + w.PARTICIPATING_LABELS
                                        + w.STAFF_AND_OTHERS_LABELS]
    + [(lab, ListKind.ABSENT) for lab in w.ABSENT_LABELS + w.MORE_ABSENT_LABELS + w.UNABLE_ABSENT_LABELS]
    + [(lab, ListKind.CALLED) for lab in w.CALLED_LABELS]
    + [(lab, ListKind.ANNOUNCED) for lab in w.ANNOUNCED_LABELS],
    key=lambda x: len(x[0]), reverse=True))
_PARTY = "|".join(w.PARTIES)
_PARTY_PAREN = re.compile(rf"\(\s*({_PARTY})\s*\)", re.IGNORECASE)
_BULLET = re.compile(r"^\s*(?:[-*•–—·○▪►]|\(?[a-z]\))\s*")
_WORD = re.compile(r"[^\W\d_][\w'’.-]*")
_ITEM = re.compile(r"^\s*(?:§\s*\d+|\d{1,2}(?:\.\d{1,2})*[.)]\s+\S)")
_SENTENCE_VERB = re.compile(
    r"(?i)\b(?:är|var|har|hade|ska|skall|kommer|blir|finns|hälsar|informerar|beslutar|öppnar|deltar|"
    r"deltog|föredrar|går|tar|the|and|is|was)\b")
_STATUS_YES = frozenset(("x", "ja", "närvarande", "deltog", "närv", "yes", "✓", "✔", "1"))
_STATUS_NO = frozenset(("nej", "frånvarande", "ej närvarande", "förhinder", "anmält förhinder", "no", "0", "-", "–"))
_PARTICLES = frozenset({"von", "af", "av", "de", "van", "der", "den", "la", "di", "da", "el", "al", "bin", "ibn"})
_ROLE_RE = re.compile("(?:" + "|".join(re.escape(r) for r in sorted(w.ROLE_WORDS, key=len, reverse=True)) + r")(?: |$)")


# Word lists as sets: membership is tested for nearly every cell and word of a list.
_ORG_WORDS = frozenset(w.ORG_WORDS)
_ROLE_WORDS = frozenset(w.ROLE_WORDS)
_ATTENDEE_KIND_WORDS = frozenset(w.ATTENDEE_KIND_WORDS)  # "Politiker", "Praktikant": a kind of attendee, no name
_TABLE_HEADINGS = frozenset(w.TABLE_HEADINGS)
_GROUP_HEADINGS = frozenset(w.GROUP_HEADINGS)
_PARTIES = frozenset(w.PARTIES)
_NO_ONE = frozenset(w.NO_ONE)
_ABSENT_WORDS = frozenset(w.ABSENT_WORDS)
_ROLE_SUFFIX_SET = frozenset(w.ROLE_SUFFIXES)

# Each label's first two letters, and the labels in `_LABELS` order (longest first) by them.
_LABELS_BY_HEAD: dict[str, tuple[tuple[str, ListKind], ...]] = {
    head: tuple(x for x in _LABELS if x[0].startswith(head)) for head in {lab[:2] for lab, _ in _LABELS}}
# Two letters (Swedish or English, either case) that begin no label: most lines begin so, and this one
# look-up rejects them. Other beginnings (white space, bullets, numbers, other letters) go the long way.
_PLAIN_LETTERS = "abcdefghijklmnopqrstuvwxyzåäöABCDEFGHIJKLMNOPQRSTUVWXYZÅÄÖ"
_NO_LABEL_PAIRS = frozenset(a + b for a in _PLAIN_LETTERS for b in _PLAIN_LETTERS
                            if (a + b).casefold() not in _LABELS_BY_HEAD)


def _pairs_beginning_none(words: frozenset[str]) -> frozenset[str]:
    """Two letters (of `_PLAIN_LETTERS`, either case) that begin none of `words` (lower case): a text
    beginning so, normalised (`_norm`), is none of them."""
    heads = {word[:2] for word in words}
    return frozenset(a + b for a in _PLAIN_LETTERS for b in _PLAIN_LETTERS if (a + b).lower() not in heads)


_NO_HEADING_PAIRS = _pairs_beginning_none(_TABLE_HEADINGS)
_NO_GROUP_PAIRS = _pairs_beginning_none(_GROUP_HEADINGS)
# Two such letters that do begin a label ("An" of "Anmält", and of "Anna"), and the labels' first four
# letters (every label has five or more): "Anna" begins none.
_LABEL_PAIRS = frozenset(a + b for a in _PLAIN_LETTERS for b in _PLAIN_LETTERS
                         if (a + b).casefold() in _LABELS_BY_HEAD)
_LABEL_HEADS4 = frozenset(lab[:4] for lab, _ in _LABELS)
# What `re.IGNORECASE` also matches to i and s ("ı", "İ", "ſ") but `str.lower` does not map to them: a text
# holding one of these is left to the pattern, not to a test on its lower-case form.
_ODD_CASE = ("ı", "İ", "ſ")


def _norm(name: str) -> str:
    return " ".join(name.split()).casefold()  # str.split() splits at the white space `\s` matches


def _may_begin_label(text: str) -> bool:
    """False when `text` surely begins with no label (nor with one of `w.ABSENT_WORDS`, which all begin
    labels): two letters that begin none, or four that begin none. (Each of the letters tested folds to
    one letter, so they are the first of the folded text.)"""
    pair = text[:2]
    return pair not in _NO_LABEL_PAIRS and (pair not in _LABEL_PAIRS or text[:4].casefold()[:4] in _LABEL_HEADS4)


# Labels a qualifier may follow before the colon (`_RX_LABEL_OF_5`).
_QUALIFIED_LABELS = frozenset(("närvarande", "frånvarande", "deltagare", "deltog", "ledamöter", "ersättare",
                               "närvarande ledamöter", "närvarande ersättare", "deltagande"))


# A school class before the names of its representatives in a pupils' council ("Åk 1: Ciara, Elias & Talia",
# "Klass 4B: Ida och Maria", "Årskurs 6: Liam"): a present list. Only names may follow the colon.
_CLASS_NAME = r"[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?(?: [A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?){0,2}"
_CLASS_LABEL = re.compile(rf"(?:Åk|ÅK|åk|Årskurs|årskurs|Klass|klass)\.? ?\d{{1,2}}"
                          r"(?:\s*[-–]\s*\d{1,2})? ?[A-Fa-f]?\s*:\s*"  # "Åk 1-2:": two years' class
                          rf"(?={_CLASS_NAME}(?:\s*(?:,|&|\boch\b)\s*{_CLASS_NAME})*\s*\.?\s*$)")


def _school_class_label(text: str) -> tuple[ListKind, int] | None:
    """If `text` opens with a school class before names ("Åk 1: Ciara, Elias & Talia"), return a present
    list's kind and the offset of its names. (Not a label `label_of` knows: the header's gates leave it out.)"""
    school_class = _CLASS_LABEL.match(text) if text[:1] in "ÅåKk" else None
    return (ListKind.PRESENT, school_class.end()) if school_class else None


def label_of(text: str, *, colon_required: bool = True) -> tuple[ListKind, int] | None:
    """If `text` opens an attendance list, return its kind and the offset of the inline entries.

    "Närvarande:", "## Närvarande", "Frånvarande: Jenny Folkesson", "Anmälda till
    presidiekonferensen:"; a label followed by other words needs a colon ("Övriga frågor" is
    an agenda item), unless `colon_required` is False (a flattened one-line header).
    """
    if not text or not _may_begin_label(text):
        return None  # most lines
    low = text.casefold()
    lead = len(low) - len(low.lstrip(" \t*-#•–—·"))
    numbered = _RX_LABEL_OF_1.match(low, lead)  # "3. Närvarande", "§ 2 Närvaro"
    if numbered:
        lead = numbered.end()
    if low.startswith("ordinarie", lead):
        bare = _RX_BARE_GROUP_COLON.match(low, lead + 9)
        if bare:  # "Ordinarie: Anders Backström, Magnus Engblom och ...": the members' group under "Närvarande:",
            return ListKind.PRESENT, bare.end()  # a label only with its colon (not "ordinarie föreningsstämma")
    # Only the labels beginning with the two letters at `lead` can start there.
    for lab, kind in _LABELS_BY_HEAD.get(low[lead: lead + 2], ()):
        if not low.startswith(lab, lead):
            continue
        k = lead + len(lab)
        if k < len(low) and (low[k].isalnum() or low[k] in "-_"):
            continue
        rest = low[k:]
        if rest[:1] == "/" or rest[:2] == " /":  # "Ej närvarande/förhinder:": two labels of one kind joined by a slash
            slashed = _slashed_label_end(rest, kind)
            if slashed:
                return kind, k + slashed
        colon = _RX_LABEL_OF_2.match(rest)
        if colon and ":" in colon.group(0):
            return kind, k + colon.end()
        if rest[:1] == ";":
            semi = _semicolon_label_end(text, k)
            if semi:
                return kind, semi
        if rest[:3].lstrip()[:1] == "/":
            english = _RX_LABEL_TRANSLATION.match(rest)
            if english:  # "Närvarande / Board members and others attending: Anna Ek, ...": the label in English too
                return kind, k + english.end()
        if rest[:3].lstrip()[:1] in ("-", "–", "/"):
            finnish = _RX_FINNISH_TRANSLATION.match(rest)
            if finnish:  # "NÄRVARANDE LEDAMÖTER - LÄSNÄ OLLEET JÄSENET Fredriksson Merja": the label in Finnish too
                return kind, k + finnish.end()
        if rest.startswith("\t") and rest.strip():  # a table: "Närvarande<TAB>Anna Ek, Bo Berg"
            return kind, k + len(rest) - len(rest.lstrip())
        if rest.startswith("   ") and text[k + len(rest) - len(rest.lstrip()):][:1].isupper():
            # a label column padded with spaces instead of a colon: "Förhinder     Ove Swedén."
            return kind, k + len(rest) - len(rest.lstrip())
        if not rest.strip(" \t*"):
            return kind, len(text)
        paren = _RX_LABEL_OF_3.match(rest)  # "Närvarande (7 st):"
        if paren:
            return kind, k + paren.end()
        if _RX_LABEL_OF_4.fullmatch(rest):  # "Närvarande med rösträtt:"
            return kind, len(text)
        if rest[1:2].isdigit() and lab in _QUALIFIED_LABELS:
            # "Närvarande 2013-05-29 på Järnvägsrestaurangen": the meeting's date (and place), then the names
            dated = _RX_LABEL_DATE.match(rest)
            if dated:
                return kind, k + dated.end() if dated.group(1) else len(text)
        if kind is ListKind.ANNOUNCED or lab in _QUALIFIED_LABELS:
            # "Anmälda till presidiekonferensen:", "Närvarande vid mötet:"
            m2 = _RX_LABEL_OF_5.match(rest)
            if m2:
                return kind, k + m2.end()
            m2 = _RX_LABEL_GROUP.match(text, k) if lab in _QUALIFIED_LABELS else None
            if m2:  # "Närvarande styrelse: Anna Ek", "Närvarande ledamot: Bo Berg": a group word, then the names
                return kind, m2.end()
        if not colon_required and rest[:1] in (" ", "\t") and not (numbered and rest.lstrip()[:1].islower()):
            # (a number, the label word and a lower-case word: an item's heading, "2. Ledamöter i styrgrupp ...")
            if rest.lstrip()[:5] == "under" and _RX_DURING_ITEMS.match(" " + rest.lstrip()):
                continue  # "... ordförande. Frånvarande under del av punkt 7 och 8-10.": a note on the name before
            return kind, k + len(rest) - len(rest.lstrip())
        if is_heading_row(rest):  # "LEDAMÖTER Ja Nej Tid Kl. 09.00-12.00 Ja Nej": column heads
            return kind, len(text)
        # a label column without colon: "Övriga deltagande Gösta Högberg, förvaltningschef"
        if _RX_LABEL_OF_6.match(text[k:]):
            return kind, k + len(rest) - len(rest.lstrip())
        if rest[:1] == " " and rest[1:2].islower():
            # a sub-label column on the first name's line: "Närvarande ordinarie Bengt Ericsson, ordf",
            # "Förhinder ersättare Per Zethelius"
            sub = _RX_LABEL_SUBGROUP.match(low, k)
            if sub and _RX_LABEL_OF_6.match(text[sub.end():]):
                return kind, sub.end() + 1
    return None


# The items a note of presence or absence covers, right after its word: " under del av punkt 7", " under § 5-7",
# " under punkterna 3-4" (not a label of a list, which names no items).
_RX_DURING_ITEMS = re.compile(r" under\s+(?:(?:del|delar)\s+av\s+)?(?:punkt|punkterna|punkt\.|§|paragraf|ärende|ärendena)")


# A semicolon in place of the colon, then a capitalised name: "Återbud; Karin Grute Movin", "Övriga; Stefan Olsson
# (generalsekreterare)". Only a name-like word may follow ("Närvarande; se bilaga" is no list of names).
_RX_SEMICOLON_LABEL = re.compile(r";[ \t]*(?:(?=[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ]?[a-zåäöéü]+)?[ \t]+[A-ZÅÄÖ])|$)")


def _semicolon_label_end(text: str, k: int) -> int | None:
    """Where the entries begin when a semicolon stands for the colon after the label ending at `k`."""
    m = _RX_SEMICOLON_LABEL.match(text, k)
    return m.end() if m else None


# A second label after a slash, then the colon: "/förhinder:" in "Ej närvarande/förhinder:", "/anmält förhinder:".
_RX_SLASHED_LABEL = re.compile(r" ?/\s*([a-zåäö]+(?: [a-zåäö]+){0,2})\s*:\s*")
_LABEL_KINDS: dict[str, ListKind] = {lab: kind for lab, kind in _LABELS}


def _slashed_label_end(rest: str, kind: ListKind) -> int | None:
    """Where the entries begin when `rest` (lower case, after a label of `kind`) is a slash, a second label of
    the same kind and a colon ("/förhinder: Cia Holm"); None otherwise ("/frånvarande:" after "närvarande" is the
    heading of a table of marks, not a list)."""
    m = _RX_SLASHED_LABEL.match(rest)
    return m.end() if m and _LABEL_KINDS.get(m.group(1)) is kind else None


# A short phrase before a colon that holds an absent word (`w.ABSENT_PHRASE_WORDS`), then a capitalised word:
# "Frånvarande ledamot: Anna Ek", "Följande ledamöter var frånvarande: Anna Ek, Bo Berg".
_RX_ABSENT_PHRASE = re.compile(
    r"(?i:[^\W\d][\w-]*(?:\s+[\w-]+){0,5}?\s+)?(?i:"
    + "|".join(re.escape(x) for x in sorted(w.ABSENT_PHRASE_WORDS, key=len, reverse=True))
    + r")(?i:\s+[a-zåäö][\w-]*){0,3}\s*:\s*(?=[A-ZÅÄÖ])")
_ABSENT_PHRASE_STEMS = ("frånv", "förhind", "närvara", "bud", "utebl", "sakna")


# A sentence that opens an absent list without a colon: "Förhinder anmälts av Brittmari Ekholm, Eva Gosselman
# och Inger Wentzel.", "Återbud har lämnats av Bo Berg", "Frånvaro anmäldes från Cia Holm". The names follow.
_RX_REPORTED_ABSENT = re.compile(
    r"\s*(?:Förhinder|Återbud|Avbud|Frånvaro)\s+(?:har\s+|hade\s+)?"
    r"(?:anmälts|anmäldes|anmält|lämnats|lämnades|lämnat|meddelats|meddelades|meddelat)\s+(?:av|från)\s+(?=[A-ZÅÄÖ])")


_REPORTED_ABSENT_HEADS = frozenset("FÅA")  # what a text `_RX_REPORTED_ABSENT` matches begins with, after white space


def reported_absent_label(text: str) -> int | None:
    """Where the names begin when `text` opens with a sentence reporting who was away (`_RX_REPORTED_ABSENT`)."""
    head = text[:1]
    if head not in _REPORTED_ABSENT_HEADS and not (head.isspace() and text.lstrip()[:1] in _REPORTED_ABSENT_HEADS):
        return None  # the cheap gate: most lines begin otherwise
    if " av " not in text[:60] and " från " not in text[:60]:
        return None
    m = _RX_REPORTED_ABSENT.match(text)
    return m.end() if m else None


def absent_phrase_label(text: str) -> int | None:
    """Where the entries begin when `text` opens with a short absent label phrase (see `_RX_ABSENT_PHRASE`)."""
    colon = text.find(":", 0, 70)
    if colon < 0:
        return None
    low = text[:colon].casefold()
    if not any(map(low.__contains__, _ABSENT_PHRASE_STEMS)):
        return None
    m = _RX_ABSENT_PHRASE.match(text)
    return m.end() if m else None


def is_heading_row(text: str) -> bool:
    """Tell whether a line holds only column headings: "NAMN PARTI NÄRVARO TID VOTERING", "Ja Nej Ja Nej"."""
    first = text.split(None, 1)[:1]
    if first:
        # Most lines: the first word is no heading, and without a "kl" or digit the times and "kl."
        # the pattern below blanks out do not touch it.
        head = first[0].strip(" :.,").casefold()
        if head and head not in _TABLE_HEADINGS and not _RX_KL_OR_DIGIT.search(first[0]):
            return False
    plain = _RX_IS_HEADING_ROW_1.sub(" ", text)
    tokens = [t.strip(" :.,").casefold() for t in plain.split()]
    tokens = [t for t in tokens if t]
    return bool(tokens) and all(t in _TABLE_HEADINGS for t in tokens)


_TRAILING_LABEL = re.compile(r"(?:(?<=\d)|(?<=\s))((?:[A-ZÅÄÖ][a-zåäö]+\s+)?[A-ZÅÄÖ][a-zåäö]+(?:\s+[a-zåäö]+)?)\s*:?\s*$")


_LOWER_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzåäö")  # what `_TRAILING_LABEL` can end with
# The labels no shorter label begins ("närvarande" covers "närvarande från styrelsen").
_LABEL_WORDS = re.compile("|".join(re.escape(lab) for lab, _ in _LABELS
                                   if not any(other != lab and lab.startswith(other) for other, _ in _LABELS)))


def trailing_label(text: str) -> tuple[ListKind, int] | None:
    """A list label glued to the end of a title line by a text export: "... den 19-20 sept. 1992Ledamöter
    Närvarande" opens the list on the next lines. The label must be capitalised and be all that
    follows a number or, as two headings ("Ledamöter Närvarande"), a word."""
    # The label ends the line and holds a label word: most lines fail one of these cheap tests,
    # and the unanchored search below is slow on long lines.
    tail = text.rstrip()
    if tail.endswith(":"):
        tail = tail[:-1].rstrip()
    if not tail or tail[-1] not in _LOWER_LETTERS:
        return None
    # The label is at most the last three words (the first may be glued to a number) and a colon, so
    # the search starts at the fourth word from the end: the whole line is slow to search.
    words = text.rsplit(None, 4)
    start = len(words[0]) if len(words) == 5 else 0
    if text[start:].islower():
        return None  # no capital there to begin the label
    m = _TRAILING_LABEL.search(text, start)
    if not m or m.start() == 0:
        return None
    words = m.group(1).split()
    glued = text[m.start() - 1].isdigit()
    single = [label_of(word + ":") for word in words]
    found: tuple[ListKind, int] | None = None
    if all(single) and (glued or len(words) > 1):  # column headings: the last one says present or absent
        last = single[-1]
        found = (last[0], len(text)) if last else None
    else:
        whole = label_of(" ".join(words) + ":")
        if glued and whole:  # "...2007Övriga deltagare"
            found = whole[0], len(text)
    # A label word as written (not as the words are rejoined above) in the line, tested last: the
    # whole line is slow to search, and most lines have failed a test above.
    return found if found and _LABEL_WORDS.search(text.casefold()) else None


def _style(text: str) -> str:
    if "   " in text:
        text = _RX_STYLE_1.sub("\t", text)  # PDF columns
    bullet = _BULLET.match(text)
    body = text[bullet.end():] if bullet else text  # the pattern is anchored: its one match is this one
    if "\t" in body.strip():
        return "tab"
    if bullet:
        return "bullet"
    if _RX_STYLE_2.match(body):
        return "orgcolon"
    if "," in body:
        return "comma"
    return "bare"


# A list's last name wrapped onto its own line after "och" ("och Patricia Winkelmann-Zilliacus"): group 1 the
# name, two or three capitalised words, and at most a full stop after it.
_RX_AND_NAME_LINE = re.compile(r"[ \t]*och[ \t]+([A-ZÅÄÖÉ][\w-]+(?:[ \t]+[A-ZÅÄÖÉ][\w-]+){1,2})[ \t]*\.?[ \t]*")


def _looks_like_name(text: str) -> float:
    """Score how much `text` looks like a person's name: 1 for 2-4 capitalised words, 0.5 for one."""
    if _PLAIN_NAME.fullmatch(text):  # most names: two to four capitalised words
        folded = text.lower().split()
        if _PARTICLES.isdisjoint(folded):  # ("Von" is a particle still)
            return 1.0 if _ORG_WORDS.isdisjoint(folded) else 0.0
    return _looks_like_name_long_way(text)


def _looks_like_name_long_way(text: str) -> float:
    """`_looks_like_name` without its shortcut for plain names (the tests compare the two)."""
    tokens = text.split()
    if not tokens or len(tokens) > 5 or _RX_LOOKS_LIKE_NAME_1.search(text):
        return 0.0
    # Each failing test gives 0, so one pass over the words tests both: every word but a particle
    # capitalised, no word an organisation's.
    words = 0
    word = ""
    for t in tokens:
        f = t.casefold()
        if f.strip(".,") in _ORG_WORDS:
            return 0.0
        if f not in _PARTICLES:
            if not (t[:1].isupper() or t[:1] in "ÅÄÖÉÜ"):
                return 0.0
            words += 1
            word = t
    if words == 1:
        folded = word.casefold()
        return 0.5 if folded not in _ROLE_WORDS and folded not in _SECTION_WORDS and len(word) > 1 \
            and folded not in _ATTENDEE_KIND_WORDS else 0.0
    return 1.0


# One word that heads a column or a section of business below a list ("Ärende", "Beslut", "Åtgärd"): no
# name, whatever the list above it.
_SECTION_WORDS = frozenset(h for h in w.SUBHEADINGS + w.POINT_WORDS if " " not in h)


def _is_org(text: str, known: set[str] | frozenset[str]) -> bool:
    low = _norm(text)
    if low in known:
        return True
    for t in low.split():
        if t.strip(".,()") in _ORG_WORDS or t.endswith(_ORG_ENDINGS):
            return True
    return False


_ORG_ENDINGS = ("kommun", "nämnden", "förbund", "styrelsen", "förvaltningen", "regionen", "stiftelsen")
# The first two letters of each role word: `_ROLE_RE` matches only a text that begins so.
_ROLE_HEADS = frozenset(r[:2] for r in w.ROLE_WORDS)
# Two letters (see `_PLAIN_LETTERS`) that begin no role word, "tf" or "ersättare för".
_NO_ROLE_PAIRS = frozenset(a + b for a in _PLAIN_LETTERS for b in _PLAIN_LETTERS
                           if (a + b).lower() not in _ROLE_HEADS and a.lower() != "t" and (a + b).lower() != "er")


def _role_of(text: str) -> str | None:
    if text.lstrip()[:2] in _NO_ROLE_PAIRS:
        return None  # (as below, without normalising the text first)
    low = _norm(text).strip("() ")
    if low[:2] not in _ROLE_HEADS and not low.startswith(("t", "ers")):
        return None  # no role word, "tf" or "ersättare för" begins it
    if _RX_ROLE_OF_1.match(low) or low.startswith(("ersättare för", "ers. för", "ers för")):
        return text.strip(" ()")
    if _ROLE_RE.match(low):
        return text.strip(" ()")
    return None


def _party_of(text: str) -> str | None:
    t = text.strip(" ()").upper()
    return t if t in _PARTIES else None


def _party_or_role(text: str) -> tuple[str | None, str | None]:
    """Read a note or cell as a party ("S") or else a role ("ordförande"); (None, None) when neither."""
    party = _party_of(text)
    return party, None if party else _role_of(text)


def _party_then_role(text: str) -> tuple[str, str] | None:
    """A party code and a role with the comma between lost: "s vice ordförande" gives ("S", "vice ordförande").
    Not "v ordförande" (the vice chair) nor a role alone."""
    head, _, rest = text.strip(" ()").partition(" ")
    if not rest or head.casefold() == "v" or head.upper() not in _PARTIES:
        return None
    role = _role_of(rest)
    return (head.upper(), role) if role is not None else None


_ROLE_TAIL = re.compile(
    r"(?:\s*[-–—]\s*|\s+)((?:(?:\d[:-][ae]|förste|andre|tredje)\s+)?"
    r"(?:(?:vice|v\.?|biträdande|bitr\.?|ställföreträdande)\s+)?"  # "v ordf", "v. ordförande"
    r"[a-zåäö]*(?:"
    + "|".join(w.ROLE_SUFFIXES) + r"))\.?\s*$")
_ROLE_SUFFIX_ENDS = tuple(w.ROLE_SUFFIXES)  # what a text `_ROLE_TAIL` matches ends with
_TIME_NOTE = re.compile(r"(?i)\s+(?:kl\.?|tjg\.?|tjänstgör(?:ande)?|fr\.?o\.?m\.?|t\.?o\.?m\.?)\s*(?:§+\s*)?[\d.:;,\s–-]+$")
_PARTY_COLUMN = re.compile(r"\s+(" + "|".join(p.casefold() for p in w.PARTIES) + r")(?=\s+\S+\s*$)")
_PARAGRAPHS = re.compile(
    r"\s*(?:(?:ej|ej\s+under|utom|fr\.?o\.?m\.?|t\.?o\.?m\.?)\s+)?(?:§+|p\.|punkt(?:erna)?)\s*\d+"
    r"(?:\s*[-–]\s*(?:§\s*)?\d+)?(?:\s*,\s*(?:§\s*)?\d+(?:\s*[-–]\s*(?:§\s*)?\d+)?)*\s*$")
# A dash alone in the mark column is "not there": "Bo Berg -" (a row of "Anna Ek X" lines without tabs).
_TRAILING_MARK = re.compile(
    # ("Pieter Bevelander, som anmält förhinder": the relative "som" goes with the mark)
    # ("Roland Johansson (s), inte närvarande": "inte" as "ej", not a present mark)
    r"(?i)\s+((?:som\s+(?:har\s+)?(?=anmält))?(?:x|ja|nej|anmält förhinder|förhinder|frånvarande|ej närvarande|inte närvarande|närvarande)\b"
    r"|[-–](?=\s*(?:,|$)))"
    r"\s*(,.*)?$")
_SUBSTITUTE = re.compile(r"(?i)(?:\s+(?:ersätter|(?:tjänstgörande\s+|tjg\.?\s+)?(?:ers\.?|ersättare) för|tjänstgör för|"
                         r"tjänstgörande för|tjg\.?\s*för|"
                         r"i stället för|istället för)"
                         # "Bo Berg (S) för Anna Ek (S)" under "Tjänstgörande ersättare": a bare "för" after the party
                         r"|(?<=\))\s+för(?=\s+(?-i:[A-ZÅÄÖ])))\s+(.+)$")
# "Anna Ek (S) ersätts av Bo Berg (S)": the member first, the substitute after.
# A comma may stand after the member's party: "Karin Lund (C), ersätts av Per Holm (C)". (Not "Eva Holm,
# ersätts av Anna Ek" with a comma and no party: a note under an absent list, read as the absent member.)
_REPLACED_BY = re.compile(r"^([^,]*?[^,\s])(?:(?<=\))\s*,)?\s+(?:ersätts|ersattes)\s+av\s+(?=[A-ZÅÄÖ])(.+)$")


# A substitute's role cut off before the member's name: "ersättare för", "ers. för", "ersätter", "tjg för".
_SUBSTITUTE_LEAD = re.compile(
    r"(?i)(?:(?:tjänstgörande\s+|tjg\.?\s+)?(?:ersättare|ers\.?)|tjänstgör|tjänstgörande|tjg)\s+för|ersätter")
_PARTY_WORDS = frozenset(p.casefold() for p in w.PARTIES)
# The last word of each `_TRAILING_MARK` alternative ("anmält förhinder" ends in "förhinder").
_MARK_WORDS = frozenset(("x", "ja", "nej", "förhinder", "frånvarande", "närvarande", "-", "–"))


def _strip_notes(text: str) -> str:
    """`_BARE_PARAGRAPHS.sub("", _PARAGRAPHS.sub("", _TIME_NOTE.sub("", text)))`: "Anna Ek §§ 1-5", "Bo Berg kl.
    9.00-10.30", "Eva Ek (M) 7-10" -> the name.

    Both notes end the text with a number (`_TIME_NOTE` also with a stop, comma or dash), so most
    texts, which end in a letter, are not searched."""
    end = text[-1:]
    if not end or not (end.isdecimal() or end.isspace() or end in ".:;,–-"):
        return text
    text = _TIME_NOTE.sub("", text)
    if text.rstrip()[-1:].isdecimal() and ("§" in text or "p." in text or "punkt" in text):
        text = _PARAGRAPHS.sub("", text)
    if text.rstrip()[-1:].isdecimal():
        text = _BARE_PARAGRAPHS.sub("", text)  # "Anniqa Kronqvist (M) 7-10": a copy that lost the "§"
    return text


# Paragraph numbers without "§" after a party or a name: " 7-10", " 170, 172-184".
_BARE_PARAGRAPHS = re.compile(
    r"(?<=[)\w])\s+\d{1,3}(?:\s*[-–]\s*\d{1,3})?(?:\s*,\s*\d{1,3}(?:\s*[-–]\s*\d{1,3})?)*\s*$")


def _may_mark(text: str) -> bool:
    """False when `_TRAILING_MARK` cannot match: its mark word ends the text or stands before a comma."""
    if "ı" in text or "İ" in text or "ſ" in text:
        return True  # see `_ODD_CASE`
    low = text.lower()
    if "," not in low:
        last = low.rsplit(None, 1)
        return bool(last) and last[-1] in _MARK_WORDS
    for segment in low.split(","):
        last = segment.rsplit(None, 1)
        if last and last[-1] in _MARK_WORDS:
            return True
    return False


def _trailing_mark(text: str) -> re.Match[str] | None:
    """`_TRAILING_MARK.search(text)`, with most texts ruled out by `_may_mark` first."""
    return _TRAILING_MARK.search(text) if _may_mark(text) else None


def _substitute(text: str) -> re.Match[str] | None:
    """`_SUBSTITUTE.search(text)`: every way it words a substitute holds "för" but "ersätter", which holds
    "ätter" (letters that `re.IGNORECASE` and `str.lower` fold alike)."""
    low = text.lower()
    return _SUBSTITUTE.search(text) if "för" in low or "ätter" in low else None


def _party_column(text: str) -> re.Match[str] | None:
    """`_PARTY_COLUMN.search(text)`: it matches only a party written as the next-to-last word, so
    other texts are not searched."""
    words = text.split()  # str.split() splits at the white space `\s` matches
    if len(words) < 2 or words[-2] not in _PARTY_WORDS:
        return None
    return _PARTY_COLUMN.search(text)


def _role_tail(text: str) -> re.Match[str] | None:
    """Match a lower-case role written after the name: "Kerstin- internetansvarig", "Tor-telefonansvarig",
    "Angelica mailansvarig", "Sten – vice ekonomiansvarig"."""
    if not text.rstrip().endswith(_ROLE_SUFFIX_ENDS):
        return None  # the role word ends the text: most entries end otherwise, and the search is slow
    m = _ROLE_TAIL.search(text)
    if m and not _RX_ROLE_TAIL_1.search(text[m.start(): m.start(1)]) and m.group(1) in _ROLE_SUFFIX_SET:
        return None  # "Game Jam-ansvarig" is one role word; "Tor-telefonansvarig" is a name and a role
    head = text[: m.start()].strip(" -–—").split() if m else []
    if m and head and head[-1] not in _PARTICLES and _looks_like_name(" ".join(head)):
        return m  # not "Val av mötesordförande"
    return None


# A note after an entry that the substitute did not serve: "(KD) ej tjg", ", ej tjänstgörande ersättare".
_RX_NOT_SERVING_NOTE = re.compile(r"(?i),?\s+ej\s+(?:tjg\.?|tjänstgörande|beslutande)(?:\s+(?:ers\.?|ersättare))?\s*$")


# A name of two to four capitalised words of letters, one space between: most table cells and entries.
_PLAIN_NAME = re.compile(r"[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?(?: [A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?){1,3}")
# Such a name, perhaps its party in parentheses, then perhaps pieces after commas without parentheses:
# "Anna Ek (S)", "Anna Ek, Växjö kommun", "Anna Ek (M), ordförande, Region Kronoberg".
_PLAIN_ENTRY = re.compile(rf"({_PLAIN_NAME.pattern})(?: ?\((?i:({_PARTY}))\))?((?:,[^,()]*)*)")


def _is_plain_name(name: str) -> bool:
    """Whether `_person` reads a `_PLAIN_NAME` as just that name. Such a text holds no comma, parenthesis,
    digit, dash between spaces nor lower-case word (no "ej", "för", party or particle), so what `_person` looks
    for is only: a role, mark or substitute's note in its words ("Anna Ek Ordförande", "Bo Ja", "Cia
    Förnamn"), "tf", a label or end label it begins with, and a status or "no one" word it is."""
    low = name.lower()  # (as `str.casefold` for these letters)
    last = low.rsplit(" ", 1)[-1]
    if last in _ROLE_WORDS or last.endswith(_ROLE_SUFFIX_ENDS) or last in _MARK_WORDS:
        return False
    if "för" in low or "ätter" in low or "tf" in low or len(name) > 60 or low in _NO_ONE:
        return False
    if _may_begin_label(name) or (low[:2] in _END_HEAD_PAIRS and low.split(" ", 1)[0] in _END_HEADS):
        return False
    return _mark(name) is None


def _plain_name_alone(name: str) -> bool:
    """Whether a `_PLAIN_NAME` is all there is of it (`_name_part`): no mark word, role word or substitute's
    note ends or is in it ("Bo Berg Ja", "Eva Holm Ordförande", "Cia Förnamn")."""
    low = name.lower()
    return low.rsplit(" ", 1)[-1] not in _MARK_WORDS and not name.endswith(_ROLE_SUFFIX_ENDS) \
        and "för" not in low and "ätter" not in low


def _plain_notes(text: str) -> bool:
    """Whether a `_PLAIN_ENTRY` (the whole entry) holds none of the notes `_person` looks for outside the name
    and the pieces after it: "ej tjg", "ersätts av", a dash, paragraphs or times at the end, a party column
    ("Anna Ek, ordf m x"), a mark ("Bo Berg, x"), a substitute's "för" or "ersätter"."""
    end = text[-1:]
    if end.isdecimal() or end.isspace() or end in ".:;,–-" or " ej " in text or "rsätts av" in text \
            or "rsattes av" in text or " - " in text or " – " in text or " — " in text:
        return False
    words = text.rsplit(None, 2)
    if words[-1] in _PARTY_WORDS or (len(words) > 1 and words[-2] in _PARTY_WORDS) or _may_mark(text):
        return False
    low = text.lower()
    return "för" not in low and "ätter" not in low


def _plain_entry(text: str, base: int, org: str | None) -> Person | None:
    """`_person` of a `_PLAIN_ENTRY` without notes (`_plain_notes`), `text` cut after its last character; None for
    any other text."""
    name = text.lstrip(" ")
    entry = _PLAIN_ENTRY.fullmatch(name)
    if not entry or not _is_plain_name(entry.group(1)) or not _plain_notes(text):
        return None
    attrs = [a.strip() for a in entry.group(3).split(",") if a.strip()]
    party = entry.group(2).upper() if entry.group(2) else None
    organisation, party, role = _attributes(attrs, org or None, party, None)
    s = base + len(text) - len(name)
    return Person(entry.group(1), s, s + len(entry.group(1)), organisation, party, role)


# A nickname in brackets between given names and surname, the whole entry: "Nils Göran (Nicke) Ramberg", "Karl
# (Kalle) Berg" (`_person_long_way`). Not a party or an organisation ("Anna Ek (S)", "Jan-Erik Wallin(Skaraborg)"):
# those follow the surname.
_RX_NICKNAME = re.compile(r"([A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?(?: [A-ZÅÄÖ][a-zåäöéü]+)?) "
                          r"\(([A-ZÅÄÖ][a-zåäöéü]+)\) [A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?")


# A known given name glued to a surname, a word of its own: "RichardHobro", "AnnaLindqvist" (`_person`). Not
# "McDonald", "DeGeer", "LeBlanc": their first part is no given name.
_RX_GLUED_GIVEN = re.compile(r"([A-ZÅÄÖ][a-zåäöéü]{2,})([A-ZÅÄÖ][a-zåäöéü]{2,}(?:-[A-ZÅÄÖ][a-zåäöéü]+)?)")


# "(ers. Sven Abrahamsson)", "(ersättare för Bo Berg)", "(tjg för Eva Ek)": the member a substitute stands in for.
_STANDS_IN_CUE = r"(?i:ers\.?|ersättare|ersätter|tjg\.?|tjänstgörande)\s+(?:(?i:för)\s+)?"  # (also in `_NAME_COMMA`)
_RX_STANDS_IN_BRACKETS = re.compile(rf"{_STANDS_IN_CUE}([A-ZÅÄÖ][\w-]+(?:\s+[A-ZÅÄÖ][\w-]+){{1,2}})")


def _lone_role_word(text: str) -> bool:
    """Whether a piece of a list is one capitalised role word alone ("Föredragande", "Sekreterare")."""
    word = text.strip(" \t;:-•*")
    return " " not in word and word[:1].isupper() and word.casefold() in _ROLE_WORDS


# The label of a clock whose time a copy lost, left before the next name of a list: "Hans Henrikson (mp) Kl Eva
# Ivarson (fp)", "Håkan Olsson (fp) Kl , , Elisabeth Mattsson (fp)" (the hours a member sat, written after the name
# above). Up to the name, two capitalised words.
# Likewise a label column's "Paragraf" whose value was lost: "Sekreterare Paragraf Linda Andersson".
_LOST_CLOCK_LEAD = re.compile(
    r"(?:Kl|kl|Klockan|klockan|Paragraf|Paragrafer)\.?(?:\s*,)*\s+(?=[A-ZÅÄÖ][\w-]+\s+[A-ZÅÄÖ])")


def _person(text: str, base: int, *, org: str | None = None, known: set[str] | frozenset[str] = frozenset(),
            swap: bool = False) -> Person | None:
    """Read one entry "Name (M), Organisation (ordförande)" / "Name tf, Org" / "Efternamn, Förnamn"."""
    text = text.rstrip(" .;")
    name = text.lstrip(" ")
    if _PLAIN_NAME.fullmatch(name) and _is_plain_name(name):  # the plain name most entries are
        s = base + len(text) - len(name)
        return Person(name, s, s + len(name), org or None)
    plain = _plain_entry(text, base, org) if not swap else None
    if plain:  # and its party, organisation or role
        return plain
    return _person_long_way(text, base, org=org, known=known, swap=swap)


# "Huddinge kommun/Marie-Louise Khan-Tamakloe, Verksamhetschef", "Salems kommun/Susan Troberg/ Verksamhetschef",
# "Arbetsförmedlingen/ Ingela Andersson, AMO 3 chef": an organisation, a slash, the name, then the role after a
# slash or a comma. The organisation is one word (no full name) or holds an organisation word.
_RX_ORG_SLASH_ENTRY = re.compile(rf"\s*([A-ZÅÄÖ][^/,()]{{1,60}}?)\s*/\s*({_PLAIN_NAME.pattern})\s*(?:[/,]\s*(\S.*?))?\s*")


def _org_slash_entry(text: str, base: int, known: set[str] | frozenset[str]) -> Person | None:
    m = _RX_ORG_SLASH_ENTRY.fullmatch(text)
    if m is None or not _is_plain_name(m.group(2)):
        return None
    org = m.group(1)
    if not (" " not in org or _is_org(org, known)) or _is_org(m.group(2), known):
        return None  # "Anna Svensson/Huddinge kommun": the name first
    role = m.group(3)
    if role is not None and ("/" in role or (_PLAIN_NAME.fullmatch(role) and _is_given(role.split()[0]))):
        return None  # "Kommun/Anna Svensson/Per Olsson": more names, not a role
    return Person(m.group(2), base + m.start(2), base + m.end(2), org, None, role)


def _person_long_way(text: str, base: int, *, org: str | None = None, known: set[str] | frozenset[str] = frozenset(),
                     swap: bool = False) -> Person | None:
    """`_person` without its shortcuts for plain names and plain entries (the tests compare the two)."""
    text = text.rstrip(" .;")
    if "/" in text and not swap:
        slashed = _org_slash_entry(text, base, known)
        if slashed is not None:  # "Huddinge kommun/Marie-Louise Khan-Tamakloe, Verksamhetschef ..."
            return slashed
    name = text.lstrip(" ")
    glued = _RX_GLUED_GIVEN.fullmatch(name) if " " not in name else None
    if glued and _is_given(glued.group(1)) and not _is_given(name):
        # "RichardHobro": a copy lost the space between given name and surname
        s = base + len(text) - len(name)
        return Person(f"{glued.group(1)} {glued.group(2)}", s, s + len(name), org or None)
    nick = _RX_NICKNAME.fullmatch(name) if ") " in name else None
    if nick and _is_given(nick.group(1).split()[0]) and nick.group(2).casefold() not in _PARTY_WORDS \
            and not _is_org(nick.group(2), known) and _role_of(nick.group(2).casefold()) is None:
        # "Nils Göran (Nicke) Ramberg": the name one is called by, in brackets, is part of the name as written
        s = base + len(text) - len(name)
        return Person(name, s, s + len(name), org or None)
    # Each pattern below is tried only when the text holds what it needs ("(", ":", a dash, ...):
    # an entry is mostly a plain name and organisation.
    party: str | None = None
    role: str | None = None
    if " ej " in text:
        not_serving = _RX_NOT_SERVING_NOTE.search(text)
        if not_serving and not_serving.start() > 0:
            text = text[: not_serving.start()]  # "Per Holm (KD) ej tjg": a substitute who did not serve, there
    if "rsätts av" in text or "rsattes av" in text:
        by = _REPLACED_BY.match(text)
        member = _person(by.group(1), base, org=org, known=known) if by else None
        sub = _person(by.group(2), base + by.start(2), org=org, known=known) if by else None
        if member and sub:  # the substitute stands in for the member, who was not there (`_replaced`)
            return sub._replace(role=f"ersättare för {member.name}")
    tail = _role_tail(text) if "," not in text and text.rstrip().endswith(_ROLE_SUFFIX_ENDS) else None
    if tail:
        role = tail.group(1)
        text = text[: tail.start()].rstrip(" -–—")
    elif "," not in text and text[-1:].islower() and " " in text.strip():
        # "Anna Ek Ordförande", "Theresa Rosbäck (M) Ordf.", "Anna Ek (S) Vice ordf.": the role capitalised after
        # the name or its party (one word, or two that are a role together)
        for k in (1, 2):
            pieces_k = text.rsplit(None, k)
            if len(pieces_k) <= k:
                break
            head, last = pieces_k[0], " ".join(pieces_k[1:])
            bare = _PARTY_PAREN.sub("", head).strip() if head.endswith(")") else head
            if last[:1].isupper() and (last.casefold() in _ROLE_WORDS
                                       or (k == 1 and last.casefold().endswith(_ROLE_SUFFIX_ENDS))) \
                    and 1 < len(bare.split()) < 4 and _looks_like_name(bare) == 1.0:
                role, text = last.casefold(), head
                break
    if " - " in text or " – " in text or " — " in text:
        text = _RX_PERSON_1.sub(" , ", text, count=1)  # "Anna Ek – Växjö kommun"
    # "Magnus Brattgård § 44-58, 66-74", "Anna Ek §§ 1-5": present for part of the meeting
    end = text[-1:]
    if end and (end.isdecimal() or end.isspace() or end in ".:;,–-"):  # (`_strip_notes` begins so)
        text = _strip_notes(text)
    # "Annili Caap m x", "Nils Matsson, ordf m x": a party column written in lower case
    # (`_party_column(text) or _party_column(text + " x")`, splitting the text once)
    words = text.split()
    m_party = _PARTY_COLUMN.search(text) if len(words) > 1 and words[-2] in _PARTY_WORDS else None
    if m_party is None and words and words[-1] in _PARTY_WORDS:
        m_party = _PARTY_COLUMN.search(text + " x")
    if m_party and m_party.start() > 0 and (m_party.end(1) == len(text) or _trailing_mark(text[m_party.start():])):
        party = m_party.group(1).upper()
        text = text[: m_party.start()] + text[m_party.end(1):]
    mark: bool | None = None
    if "(" in text and text.rstrip()[-1:] == ")":
        note = _RX_ABSENT_NOTE.search(text)
        if note:  # "Bo Berg (frånvarande)", "Cia Holm (S) (sjuk)": not there
            mark = False
            text = text[: note.start()] + text[note.end():]
    # "Hanna Roberts X, mötesordförande", "David Langlet anmält förhinder"
    m_mark = _TRAILING_MARK.search(text) if _may_mark(text) else None
    if m_mark and m_mark.start() > 0:
        mark = m_mark.group(1).casefold() in ("x", "ja", "närvarande")
        text = text[: m_mark.start()] + " " * (len(text) - m_mark.start() - len(m_mark.group(2) or "")) \
            + (m_mark.group(2) or "")
    # "Magnus Forsberg (L) ersätter Per Olofsson (c)"
    low = text.lower()
    m_sub = _SUBSTITUTE.search(text) if "för" in low or "ätter" in low else None  # (as `_substitute`)
    if m_sub:
        role = f"ersättare för {m_sub.group(1).strip()}"
        role = _RX_PERSON_2.sub("", role)
        text = text[: m_sub.start()]
    if "(" in text:
        for m in _PARTY_PAREN.finditer(text):
            party = party or m.group(1).upper()
        after_party = _RX_ORG_AFTER_PARTY.fullmatch(text) if "," not in text and org is None else None
        if after_party and _looks_like_name(after_party.group(1)) >= 1.0 and _role_of(after_party.group(2)) is None:
            # "Peter Roslund (s) Kf", "Linda Frohm (m) Östra Norrbotten": whom the member represents, after the party
            org = after_party.group(2)
            text = text[: after_party.end(1)]
    pieces = _comma_pieces(text)
    if not pieces:
        return None
    name_text, name_off, _ = pieces[0]
    attrs = [p[0].strip() for p in pieces[1:] if p[0].strip()]
    given = (_RX_PERSON_4.sub("", attrs[0]) if "(" in attrs[0] else attrs[0]).strip() if attrs else ""
    swapped: tuple[str, int] | None = None
    if not swap and given and " " not in name_text.strip():
        # "Andersson, Karin" alone (a table cell, one line): a surname that is no given name, then one that is
        surname = name_text.strip()
        first = given.split()[0]
        swap = (len(given.split()) <= 2 and surname[:1].isupper() and surname.replace("-", "").isalpha()
                and first.replace("-", "").isalpha() and first[:1].isupper()
                and _is_given(first) and not _is_given(surname))
    if swap and _looks_like_name(given):
        # "Lavesson, Olof (M), ordförande" -> "Olof Lavesson"
        for inner in _RX_PERSON_5.findall(attrs[0]):
            party = party or _party_of(inner)
            role = role or _role_of(inner)
        swapped = (f"{given} {name_text.strip()}", base + pieces[1][2])
        attrs = attrs[1:]
    organisation_hint: str | None = None
    # Parenthesised words in the name part: party or role ("(ordförande)", "(kommunikatör)").
    for m in _RX_PERSON_5.finditer(name_text) if "(" in name_text else ():
        inner = m.group(1).strip()
        inner_party, inner_role = _party_or_role(inner)
        stands_in = _RX_STANDS_IN_BRACKETS.fullmatch(inner) if inner[:1] in "eEtT" else None
        if stands_in and role is None:
            # "Anders Öhlin (ers. Sven Abrahamsson)": a substitute, and whom for (`_replaced`)
            role = f"{_STANDS_IN}{stands_in.group(1)}"
        elif inner_party:
            party = party or inner_party
        elif inner_role:
            role = role or inner_role
        elif len(inner.split()) < 4 and inner[:1].isupper() and len(name_text[: m.start()].split()) >= 2:
            organisation_hint = organisation_hint or inner  # "Anna Ek (Växjö)"
        elif not inner.strip("-–— "):
            pass  # "Maj-Britt Elmvik (-)": a member of no party
        elif len(inner.split()) < 2 and not _RX_PERSON_6.search(inner) and not inner[:1].islower():
            continue  # part of the name as written: "PR (Probation)" (not a note: "Dan Lund (föräldraledig)")
        name_text = name_text.replace(m.group(0), " " * len(m.group(0)))
    # "Anna Ek (s) ordförande": a role after the party
    after_party = _role_tail(" ".join(name_text.split())) if role is None and "(" in text else None
    if after_party:
        role = after_party.group(1)
        cut = name_text.rfind(after_party.group(1))
        name_text = name_text[:cut] + " " * (len(name_text) - cut)
    # "Rizana Mustedanagic tf" / "tf Greger Larsson"
    low = name_text.lower()
    tf = _RX_PERSON_8.search(name_text) if "tf" in low or "t.f" in low else None
    if tf:
        role = role or "tf"
        name_text = name_text[: tf.start(1)] + " " * (tf.end(1) - tf.start(1)) + name_text[tf.end(1):]
    # "Ulf Sjösten, förste vice ordförande SDN Öster. t.o.m. punkt 5": drop trailing notes
    organisation, party, role = _attributes(attrs, org or organisation_hint, party, role)
    head_word = name_text.lstrip()
    lead = _RX_PERSON_11.match(name_text) if _may_begin_label(head_word) or (
        head_word[:2].lower() in _END_HEAD_PAIRS and head_word.split(None, 1)[0].casefold() in _END_HEADS) else None
    if lead and (lead.group(1).casefold() in _ABSENT_WORDS or lead.group(1).casefold() in _END_HEADS
                 or label_of(lead.group(1) + ":") or lead.group(1).casefold() in _RIGHTS_WORDS):
        # "Förhindrade Kjell Sjölund": a label of a flattened label row, not a given name; "Närvarorätt Inge
        # Pettersson (c)": the right of a group to attend, its label (`w.ATTENDANCE_RIGHT_WORDS`)
        name_text = " " * lead.end() + name_text[lead.end():]
    label = _RX_PERSON_12.search(name_text) if ":" in name_text else None
    if label:  # "Börje Engholm Sekreterare:": a label run into the name by a flattened copy
        name_text = name_text[: label.start()]
    stripped = name_text.strip()
    if not stripped:
        return None
    name = " ".join(stripped.split())  # white space runs as one space, as `\s+` -> " "
    if len(name) > 60 or not _RX_PERSON_13.search(name):
        return None
    # fewer than two word characters (`\w` is a letter, digit or "_"): the first two decide most names
    if not (len(name) > 1 and name[:2].isalnum()) and len(_RX_PERSON_14.sub("", name)) < 2:
        return None
    if _mark(name) is not None:
        return None
    if name.casefold().strip(" .") in _NO_ONE:
        return None
    if " " not in name and name.casefold() in _ATTENDEE_KIND_WORDS:
        return None  # "Övriga Praktikant", "Ledamöter Politiker": the kind of attendee, no person
    tokens = name.split()
    if tokens[0].isdecimal():
        return None  # "8 Öppnande, dagordning, justering": a numbered item heading, no person
    if len(tokens) > 1:
        kept = 0
        for t in tokens:
            if t not in _PARTICLES:
                if t[:1].islower():
                    return None  # "se bilaga", "alla ledamöter": words, not a name
                kept += 1
        if kept > 4:
            return None  # names run together ("Anna Berg Lisa Andersson Lindberg"): not one person, and not guessed
    s = base + name_off + name_text.find(stripped[:1]) if stripped else base
    if swapped:
        return Person(swapped[0], s, swapped[1], organisation, party, role, mark)
    return Person(name, s, s + len(stripped), organisation, party, role, mark)


def _attributes(attrs: list[str], organisation: str | None, party: str | None,
                role: str | None) -> tuple[str | None, str | None, str | None]:
    """Read the pieces after an entry's name ("Växjö kommun", "ordförande", "S", "sekreterare (M)") into its
    organisation, party and role, each kept when it is known already."""
    read: str | None = None  # the organisation read here (not one given)
    for a in attrs:
        a_clean = (_RX_PERSON_9.sub("", a) if "§" in a or "punkt" in a.lower() else a).strip(" .")
        if not a_clean:
            continue
        if "(" in a_clean:
            parens = [m.group(1).strip() for m in _RX_PERSON_5.finditer(a_clean)]
            outside = _RX_PERSON_10.sub("", a_clean).strip()
            for inner in parens:
                inner_party = _party_of(inner)
                if inner_party:
                    party = party or inner_party
                else:
                    inner_role = _role_of(inner)
                    if inner_role:
                        role = role or inner_role
        else:
            outside = a_clean.strip()
        if not outside:
            continue
        outside_party = _party_of(outside)
        if outside_party:
            party = party or outside_party
            continue
        split = _party_then_role(outside) if " " in outside and outside[:1].isalpha() else None
        if split:  # "Lars-Gunnar Näsström, s vice ordförande"
            party, role = party or split[0], role or split[1]
            continue
        if not any(c.isalpha() for c in outside) or (outside.islower() and " " not in outside and len(outside) < 7
                                                      and organisation is None and _role_of(outside) is None
                                                      and outside not in _ROLE_ABBREVIATIONS):
            continue  # "105", "65-66": paragraph numbers left over; "ej", "delvis": a note; no organisation
        outside_role = _role_of(outside) or _lower_case_title(outside)
        if outside_role:
            role = role or outside_role
        elif organisation is None:
            organisation = read = outside
    titled = _title_then_organisation(read) if role is None and read is not None and read[:1].islower() else None
    if titled:  # "processamordnare utbildningsförvaltningen": the task, then where
        role, organisation = titled
    return organisation, party, role


_TITLE_OF_WORDS = frozenset(("för", "i", "på", "av", "vid", "inom", "med", "och", "samt", "till", "t", "fr", "fr.o.m"))


def _title_then_organisation(text: str) -> tuple[str, str] | None:
    """A title written in lower case and the organisation after it, with no comma between, as lists write a
    person's task and workplace ("processamordnare utbildningsförvaltningen", "barnstrateg stadskontoret",
    "avdelningschef hemtjänst", "regionsjukvårdsansvarig E-län"): the first word a title (`_lower_case_title`),
    the rest at most five words without digits. None otherwise ("vice ordförande", "t f chef")."""
    head, _, rest = text.partition(" ")
    rest = rest.strip()
    if not rest or len(rest.split()) > 5 or any(c.isdigit() for c in rest) or _lower_case_title(head) is None:
        return None
    if rest.split()[0].casefold() in _TITLE_OF_WORDS or rest[:1] in "/(" or rest.endswith(":"):
        return None  # the title goes on: "ansvarig för vuxenutbildningen", "revisorssuppleant / deputy auditor"
    if _role_of(rest) or _lower_case_title(rest):
        return None  # two titles ("chef ekonomiavdelningen"... aside): "samordnare ordförande" is no workplace
    return head, rest


# "1:e vice ordförande", "2:e vice ordförande/kassör": an ordinal before a title
_RX_ORDINAL_TITLE = re.compile(r"\d:[ae]\s+[a-zåäö]")
_RX_TITLE_WORD = re.compile(r"[a-zåäöé]{5,}")  # a title holds a word of five letters or more
_ACADEMIC_ENDINGS = tuple(w.ACADEMIC_TITLE_ENDINGS)  # "professor", "universitetslektor", "doktorand"
_LOWER_TITLE_ENDS = (*w.LOWER_CASE_TITLE_ENDINGS, *_ACADEMIC_ENDINGS)


def _lower_case_title(text: str) -> str | None:
    """`text` as a role when it reads as a title written in lower case, as lists write a person's task after
    the name ("förbundschef", "tillförordnad räddningschef", "t f kommundirektör", "1:e vice ordförande"), not
    an organisation: a short phrase in lower case that names no body (`_ORG_ENDINGS`, `w.ORG_WORDS`)."""
    if not (text[:1].islower() or _RX_ORDINAL_TITLE.match(text)) or len(text.split()) > 4:
        return None
    low = text.casefold()
    if low.endswith(_ORG_ENDINGS) or any(x in _ORG_WORDS for x in low.split()) or any(map(str.isdigit, low[3:])) \
            or not _RX_TITLE_WORD.search(low) or "(" in low or ")" in low or not low.endswith(_LOWER_TITLE_ENDS) \
            or any(x[:1].isupper() for x in text.split()[1:]):
        return None  # (a note: "t o m", "p10"; a bracket left open)
    return text


def _comma_pieces(text: str) -> list[tuple[str, int, int]]:
    """The runs of `text` between commas, with their `[start, end)` offsets (as `[^,]+` finds them)."""
    pieces: list[tuple[str, int, int]] = []
    pos = 0
    for chunk in text.split(","):
        if chunk:
            pieces.append((chunk, pos, pos + len(chunk)))
        pos += len(chunk) + 1
    return pieces


# An organisation written as abbreviations only, each closed by a full stop, the first of three letters or more: "Ped.
# Inst.", "Ekon. avd.", "Inst. f. psyk." (no name: initials are one or two letters, "Bo E. Berg" has whole words).
_RX_ABBREVIATED_ORG = re.compile(r"[A-ZÅÄÖ][a-zåäö]{2,5}\.(?:\s*[A-ZÅÄÖa-zåäö][a-zåäö]{0,5}\.)+")


def _split_names(text: str, base: int, org: str | None, known: set[str]) -> list[Person]:
    """Read "Name (M), Name och Name" (names of one organisation) into persons."""
    people: list[Person] = []
    given: list[Person] = []  # "Inga": a word that says "no one", and a given name
    longest_first = sorted(known, key=len, reverse=True)  # `known` does not change while the line is read
    any_known = tuple(longest_first)  # one `startswith` tells whether any does
    for m in _RX_SPLIT_NAMES_1.finditer(text):
        piece = m.group(0)
        if not piece.strip() or piece.strip() in ("och", "samt", "&"):
            continue
        piece_text = _RX_SPLIT_NAMES_2.sub("", piece) if "och" in piece or "samt" in piece or "&" in piece else piece
        off = m.start() + (len(piece) - len(piece_text))
        stripped = piece_text.strip()
        # "Region Kronoberg Christel Gustafsson": a known organisation closes the previous name.
        norm = _norm(stripped)
        matched_org = next((o for o in longest_first if norm.startswith(o)), None) if norm.startswith(any_known) else None
        if matched_org:
            if people and people[-1].organisation in (None, org):
                people[-1] = people[-1]._replace(organisation=stripped[: len(matched_org)])
            rest = stripped[len(matched_org):].strip()
            if not rest:
                continue
            off += piece_text.find(rest)
            piece_text = rest
            this_org: str | None = org
        elif people and _RX_ABBREVIATED_ORG.fullmatch(part := _name_part(stripped)):
            # "Åsa Löfqvist, Ped. Inst. (adjungerad)": the department abbreviated, no name; its note is her role
            note = stripped[len(part):].strip(" ()")
            role = people[-1].role or (_role_of(note) if note else None)
            people[-1] = people[-1]._replace(organisation=part, role=role)
            continue
        elif people and not _looks_like_name(part) and _is_org(part, known):
            people[-1] = people[-1]._replace(organisation=stripped)
            continue
        else:
            this_org = org
        p = _person(piece_text, base + off, org=this_org, known=known)
        if p:
            people.append(p)
        elif stripped[:1].isupper() and " " not in stripped and stripped.casefold() in _NO_ONE_GIVEN:
            given.append(Person(stripped, base + off + piece_text.find(stripped),
                                base + off + piece_text.find(stripped) + len(stripped), organisation=this_org))
    if given and len(people) > 1:
        # "Inga, Jonny, Britt-Inger och Stig": among other names "Inga" is one too, not "none"
        people = sorted(people + given, key=lambda x: x.start)
    return people


def _mark(cell: str) -> bool | None:
    first = cell.lstrip()[:1]
    if first in _PLAIN_LETTERS and first.lower() not in _MARK_LETTERS:
        return None  # a letter no status word begins: most names and organisations
    low = _norm(cell).strip(" .")
    head = low[:1]  # each pattern is tried only on a text that begins as one of its words does
    if low in _STATUS_NO or (head in _MARK_NO_HEADS and _RX_MARK_1.match(low)):
        return False
    if low in _STATUS_YES or (head in _MARK_YES_HEADS and _RX_MARK_2.match(low)):
        return True
    return None


# The letters the status words and patterns begin with ("x", "ja", "deltog", "yes", "förhinder", ...).
_MARK_LETTERS = frozenset(word[0] for word in _STATUS_YES | _STATUS_NO | set("nfeajx"))
_MARK_NO_HEADS = frozenset("nfea")  # "nej", "frånvarande", "ej närvarande", "anmält förhinder"
_MARK_YES_HEADS = frozenset("jnx")  # "ja", "närvarande", "x"


def _tab_cells(text: str) -> list[tuple[str, int]]:
    """The cells of a tab-separated row that hold more than white space, with their offsets."""
    cells: list[tuple[str, int]] = []
    pos = 0
    for cell in text.split("\t"):
        if cell.strip():
            cells.append((cell, pos))
        pos += len(cell) + 1
    return cells


_NAME_CELLS_LEAST = 3  # cells of a row that hold names only, for the row to be a list of names
_NAMES_GRID_MARK = "\x00names-grid:"  # kept in a list's known set after a row of names only, with its count of cells


def _names_only_cells(cells: list[list[str]]) -> bool:
    """Whether the cells' words are names only: three of four cells at least begin with a known given name, and
    the others are of two words ("K-G Axelsson"), no organisation of more ("Skåneländska Gastronomiska
    Akademiens Vänförening")."""
    given = [bool(c) and _is_given(c[0]) for c in cells]
    return 4 * sum(given) >= 3 * len(cells) and all(g or len(c) == 2 for g, c in zip(given, cells, strict=True))


def _second_name_after_org(cells: list[tuple[str, int]], base: int, known: set[str]) -> Person | None:
    """The person of a row's third cell when the row is a name, an organisation and a second name of that
    organisation ("Gull-Britt Nilsson<TAB>Skåneländska Gastronomiska Akademiens Vänförening<TAB>Inger Stiljtestrand
    Svensson": two rows of a table sharing their organisation's cell); the third cell is a bare name beginning with
    a known given name, the middle one an organisation (an organisation's word or ending, its first word no given
    name) and no party or role. None otherwise."""
    (mid, _), (last, off) = cells[1], cells[2]
    mid, last_name = mid.strip(), last.strip()
    if _looks_like_name(last_name) < 1.0 or not _is_given(last_name.split()[0]) \
            or _is_given(mid.split()[0]) or _party_or_role(mid) != (None, None) \
            or not (_is_org(mid, known) or mid.casefold().endswith(_ORG_LINE_ENDS) or _RX_ORGANISATION_WORD_END.search(mid)):
        return None
    return _person(last_name, base + off + last.find(last_name), known=known)


def _tab_row(text: str, base: int, known: set[str]) -> list[Person]:
    """Read a tab-separated row: "Org:<TAB>names", "Name<TAB>Org", "Roll<TAB>Name<TAB>Ja"."""
    cells = _tab_cells(text)
    if not cells:
        return []
    for c, _ in cells:
        if c.lstrip()[:2] in _NO_HEADING_PAIRS or _norm(c).strip(" :") not in _TABLE_HEADINGS:
            break
    else:
        return []  # column headings
    grid_mark = f"{_NAMES_GRID_MARK}{len(cells)}"
    if len(cells) >= _NAME_CELLS_LEAST and all(_looks_like_name(c.strip()) >= 1.0 for c, _ in cells) and (
            _names_only_cells([c.split() for c, _ in cells])
            or (grid_mark in known and all(len(c.split()) == 2 for c, _ in cells)
                and 3 * sum(_is_given(c.split()[0]) for c, _ in cells) >= 2 * len(cells))):
        # "Niclas Moberg<TAB>Robert Karlsson  Jan Spjuth<TAB>Åke Nilsson<TAB>...": a list's names set out in the cells
        # of one row, no row of one person's name, organisation and mark; a row of a grid of such rows may hold a
        # given name no list knows ("Jannika Bengtsson   Cissi Meltzer   Monica Sjöblom" under "Göran Jarhult
        # Viktoria Struxsjö   Kicki Bengtsson")
        known.add(grid_mark)
        return [p for c, off in cells for p in _line_entries(c, base + off, known, False)]
    first = cells[0][0]
    if first.rstrip().endswith(":") or (len(cells) == 2 and "," in cells[1][0] and _is_org(first, known)):
        row_org: str | None = first.strip().rstrip(":").strip()
        if label_of(first) is None:
            known.add(_norm(row_org or ""))
        else:
            row_org = None
        rest, rest_off = cells[1]
        return _split_names(rest, base + rest_off, row_org, known)
    mark: bool | None = None
    name_cell: tuple[str, int] | None = None
    best = 0.0
    others: list[str] = []
    marks: dict[str, bool | None] = {}  # each cell's `_mark`, for the cells it is needed for
    for cell, off in cells:
        if mark is None and name_cell is not None:
            m = marks[cell] = _mark(cell)
            if m is not None:
                mark = m
                continue
        score = _looks_like_name(cell.strip())
        if 0.0 < score < 1.0 and _role_of(cell):
            score = 0.0
        if score > best:
            if name_cell is not None:
                others.append(name_cell[0])
            best, name_cell = score, (cell, off)
        else:
            others.append(cell)
    if name_cell is None:
        name_cell = cells[0]
        others = [c for c, _ in cells[1:]]
        for c in others:  # "Bo Berg, sekreterare<TAB>frånvarande": the first cell is no bare name, the mark is read still
            marks[c] = _mark(c)
            if mark is None and marks[c] is not None:
                mark = marks[c]
    p = _person(name_cell[0], base + name_cell[1], known=known)
    if p is None:
        return []
    if len(cells) == 3 and name_cell == cells[0] and mark is None:
        second = _second_name_after_org(cells, base, known)
        if second is not None:  # "Gull-Britt Nilsson    Skåneländska ... Vänförening    Inger Stiljtestrand Svensson"
            org_cell = cells[1][0].strip()
            known.add(_norm(org_cell))
            return [p._replace(organisation=org_cell, cells=3), second._replace(organisation=org_cell, cells=3)]
    org: str | None = p.organisation
    party, role = p.party, p.role
    for cell in others:
        c = cell.strip()
        c_party, c_role = _party_or_role(c)
        if c_party:
            party = party or c_party
        elif c_role:
            role = role or c_role
        elif org is None and not c.isdigit() and (marks[cell] if cell in marks else _mark(c)) is None:
            org = c  # (`_mark` reads the cell as `_norm` does: with or without its white space alike)
    if org:
        known.add(_norm(org))
    return [Person(p.name, p.start, p.end, org, party, role, mark, len(cells))]  # replace(), built directly


# A capital may stand inside a given name written as one word ("RosMarie", "ClasGöran").
# A double name may be written with a space after the hyphen ("Hans- Bertil"): one name, the second part a capital.
_NAME_WORD = r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]{2,})?(?:-(?:[A-ZÀ-ÖØ-Þ]?| [A-ZÀ-ÖØ-Þ])[a-zß-öø-ÿ]+)?"
# What may stand between two words of a name: a particle ("von", "af") or a middle initial ("Anna-Greta O
# Berggren", "Ulrika J. Gustafsson").
_LINK = r"(?:(?:von|af|van|de|der|la)\s+|[A-ZÅÄÖ]\.?\s+)?"
# "Kristina Persson,", "Björn von Essen,", "P O Lindencrona,", "Anna Ek (S)": a name that a comma or party closes.
# A name, its party in parentheses and then capitalised words without a comma: the organisation the member
# represents ("Peter Roslund (s) Kf", "Linda Frohm (m) Östra Norrbotten", "Glenn Berggård (v) NLL", "Bo Berg (M)
# Växjö kommun").
_RX_ORG_AFTER_PARTY = re.compile(
    rf"\s*({_NAME_WORD}(?:\s+{_NAME_WORD}){{1,2}})\s*\((?i:{_PARTY})\)\s+"
    r"([A-ZÅÄÖ][\w.-]*(?:\s+[A-ZÅÄÖ][\w.-]*){0,2}(?:\s+(?:kommun|stad|län|region|landsting))?)\s*")


_NAME_COMMA = re.compile(
    rf"(?<![\w-])((?:{_NAME_WORD}(?:\s+(?:(?:von|af|van|de|der|la)\s+|[A-ZÅÄÖ]\.?\s+)?{_NAME_WORD}){{1,2}}"
    rf"|(?:[A-ZÀ-ÖØ-Þ](?:\.\s?|\s)){{1,2}}\s*{_NAME_WORD}"
    rf"|[A-ZÅÄÖ]-[A-ZÅÄÖ]\.?\s+{_NAME_WORD}))"  # "J-O Kull,", "P-E Westman,": two initials joined by a hyphen
    r"(?:,|\s*\((?i:" + _PARTY + r"|-)\)|\s*\([a-zåäö]{1,3}\)(?=\s+[A-ZÅÄÖ])"  # "(vl)": a local party code
    r"|\s*\([A-ZÅÄÖ]{2,4}\)(?=\s*(?:,|$))"  # "Jörgen Eriksson (KIM) ,": a local party in capitals, a comma
    # "Jerker Nordlund (Kommunens väl) Övriga ...": a local party's name written out, a capitalised word after it
    r"|\s*\([A-ZÅÄÖ][a-zåäö]{3,}(?:\s+[a-zåäö]+){0,2}\)(?=\s+[A-ZÅÄÖ]|\s*$)"
    # "Eva Alteborg (delvis),": a note; "..., Lars-Gunnar Borg (punkt 3)": the run's last entry
    r"|\s*\([a-zåäö]{2,}(?:\s+[a-zåäö§\d][\w§.–-]*){0,4}\)(?=\s*(?:,|$))"
    # "Anders Öhlin (ers. Sven Abrahamsson), Burlöv": the member a substitute stands in for, in brackets
    rf"|\s*\({_STANDS_IN_CUE}[A-ZÅÄÖ][^()]{{2,40}}\)(?=\s*,))")


def _name_comma_matches(text: str) -> list[re.Match[str]] | None:
    """`list(_NAME_COMMA.finditer(text))`, or None when it cannot hold two: each match ends in its own comma or
    "(". (`_flattened` reads the entries at these matches.)"""
    if text.count(",") + text.count("(") < 2:
        return None
    return list(_NAME_COMMA.finditer(text))


def _name_commas(text: str) -> int:
    """`len(_NAME_COMMA.findall(text))`, or 1 when it cannot be more."""
    found = _name_comma_matches(text)
    return 1 if found is None else len(found)


_PLACE_PREPOSITIONS = frozenset(("i", "på", "vid"))


def _stands_before_others(text: str, word: str, nxt: str) -> bool:
    """Whether `word` also stands in `text` before a capitalised word other than `nxt`."""
    at = text.find(word + " ")
    while at >= 0:
        after = text[at + len(word) + 1:].split(None, 1)
        if after and after[0][:1].isupper() and after[0].rstrip(",") != nxt:
            return True
        at = text.find(word + " ", at + 1)
    return False


def _acronym_org_before_given(before: list[str], tokens: list[str]) -> bool:
    """Tell whether the capitals before a name of three words are the whole organisation of the previous
    entry, right after its comma, and the name begins with a given name: "Eva Dahlgren, KVK Stina Strid
    Hovmöller," is "Stina Strid Hovmöller" (not "AB Bostäder Karin Redberg", an organisation's tail)."""
    return len(before) > 1 and before[-2].endswith(",") and _is_given(tokens[0])


_RX_JOINING_WORD_END = re.compile(r"\s+(?:och|samt|&)$")
_GIVEN_LED_LEAST = 3  # names of a flattened run that begin with a known given name, for `_given_led`


def _given_led(found: list[re.Match[str]]) -> bool:
    """Whether half the names of a flattened run (`_NAME_COMMA` matches) or more hold a known given name in their
    first two words ("Jönköping Susanne Ljungström,": a place, then the name): then a name of three words whose first word is
    none is read as a word of the organisation before and a name of two."""
    led = sum(1 for m in found if any(map(_is_given, m.group(1).split()[:2])))
    return led >= _GIVEN_LED_LEAST and 2 * led >= len(found)


def _org_runs_into(gap: str, tokens: list[str], text: str, m: re.Match[str]) -> bool:
    """Whether the first of three words before a comma is the tail of the previous entry's organisation: that
    organisation runs on after its comma ("Maria Albin, Arbets- och miljömedicin Lund Dave Borg, Malmö stad",
    "Maria Ehrenberg, Regionbibliotek Halland Katinka Borg, Länsbibliotek Jönköping"). Not when the word is a known
    given name ("Eva Åberg Andersson"), the middle word an initial or a surname ("P O Lindencrona", "Rosmarie
    Jönsson Neckö", "Cristine Dahlbom Nyberg"), or the words before a role or a joining word ("Regionutvecklingschef
    Vesna Poje Avdic,", "sekreterare ...", "... och Wiola Larsson Lindman,")."""
    if len(tokens) != 3 or not gap or gap[-1] in ",;:" or text[m.end(1): m.end(1) + 1] != ",":
        return False
    middle = tokens[1].casefold()
    if len(middle.rstrip(".")) < 2 or middle.endswith(_MIDDLE_SURNAME_ENDINGS) or _is_given(tokens[0]):
        return False
    last = gap.split()[-1]
    return last.isalpha() and last.casefold() not in _PARTICLES_OF_PROSE and not _is_title(last)


_MIDDLE_SURNAME_ENDINGS = tuple(w.SURNAME_ENDINGS + w.MORE_SURNAME_ENDINGS)


def _name_before_joining_word(entry: str) -> tuple[int, int] | None:
    """Where an entry "Name, Name" ends its first name and begins its second, when the list's "och" stood right after
    it (the caller took it off): "Peter Wänehag, Kalle Nilsson" of "Peter Wänehag, Kalle Nilsson och Bo Ek,
    sekreterare" is two plain names, not a name and an organisation. None when the piece after the comma is no plain
    name of a known given name ("Anna Ek, Region Kronoberg", "Bo Berg, Växjö kommun")."""
    comma = entry.rfind(",")
    if comma <= 0:
        return None
    head, tail = entry[:comma].strip(), entry[comma + 1:]
    name = tail.strip()
    if not (_PLAIN_NAME.fullmatch(name) and _is_given(name.split()[0]) and _looks_like_name(name) >= 1.0) \
            or _is_org(name, set()) or name.rsplit(None, 1)[-1].casefold() in _ROLE_WORDS:
        return None
    head = head.replace("- ", "-")  # "Yvonne Steen- Ohlander": a double name's hyphen wrapped, as written
    if not (_PLAIN_NAME.fullmatch(head) and _looks_like_name(head) >= 1.0):
        return None
    return len(entry[:comma].rstrip()), comma + 1 + (len(tail) - len(tail.lstrip()))


# The words that join the names of a run after an entry's comma, and the group that closes the run: "Anders
# Gustavsson och hedersordförande Valter Nilsson", "Magnus Lörd samt Markus Andersson och Pierre Persson från
# valberedningen" (a definite group word, or a capitalised name of a body).
_RX_JOINED_NAMES = re.compile(r"\s+(och|samt|&)\s+")
_RX_FROM_GROUP = re.compile(r"\s+från\s+([a-zåäö]{4,}(?:en|na|et)|[A-ZÅÄÖ][\w-]+(?:\s+[A-ZÅÄÖ][\w-]+){0,2})$")


def _names_joined_after_comma(entry: str, base: int) -> list[Person] | None:
    """Read an entry "Name, Name och Name" whose piece after the comma is names joined by "och" or "samt", each
    perhaps led by its role word and the last run perhaps closed by the group the names come from: "Lennart Hoffert,
    Anders Gustavsson och hedersordförande Valter Nilsson" is three persons, the last the honorary chairman, and
    "Jörgen Prahl, Magnus Lörd samt Markus Andersson och Pierre Persson från valberedningen" four, the last two of
    the nominating committee; not a name and an organisation. None unless every piece is a plain name and a known
    given name begins one of them."""
    comma = entry.rfind(",")
    if comma <= 0 or (" och " not in entry[comma:] and " samt " not in entry[comma:] and " & " not in entry[comma:]):
        return None
    head = entry[:comma].strip()
    if not (_PLAIN_NAME.fullmatch(head) and _looks_like_name(head) >= 1.0):
        return None
    tail_at = comma + 1 + len(entry[comma + 1:]) - len(entry[comma + 1:].lstrip())
    tail = entry[tail_at:].rstrip(" .")
    group = _RX_FROM_GROUP.search(tail)
    if group is not None:
        tail = tail[: group.start()]
    cuts = list(_RX_JOINED_NAMES.finditer(tail))
    bounds = [0, *(c.end() for c in cuts)]
    ends = [*(c.start() for c in cuts), len(tail)]
    last_run = max((k + 1 for k, c in enumerate(cuts) if c.group(1) == "samt"), default=0)
    start = base + len(entry) - len(entry.lstrip())
    people = [Person(head, start, start + len(head))]
    for k, (lo, hi) in enumerate(zip(bounds, ends, strict=True)):
        piece = tail[lo:hi]
        first, _, rest = piece.partition(" ")
        role = None
        if first.islower() and _is_lead_word(first):  # "hedersordförande Valter Nilsson"
            role, piece, lo = _base_role(first) or first, rest, lo + len(first) + 1
        if not (_PLAIN_NAME.fullmatch(piece) and _looks_like_name(piece) >= 1.0) or _is_org(piece, set()):
            return None
        org = group.group(1) if group is not None and k >= last_run else None
        at = base + tail_at + lo
        people.append(Person(piece, at, at + len(piece), organisation=org, role=role))
    return people if any(_is_given(p.name.split()[0]) for p in people[1:]) else None


# The last name of a list in a copy that lost its line breaks, the first item's number glued to it: "Ninnie
# Gustafsson1. Mötets öppnande", or the line's end where `text.unflattened` put the break back.
_RX_NAME_BEFORE_GLUED_ITEM = re.compile(r"\s*([A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)? [A-ZÅÄÖ][a-zåäöéü]+)(?:\d{1,2}[.)]\s|\s*$)")


def _glued_names_after_comma(entry: str, base: int) -> list[Person] | None:
    """Read an entry "Name, GivenSurname" of a copy that lost its line breaks, whose next name was glued where its
    line broke ("Krister Spolander, GunnarCarlsson"): two persons, not a name and an organisation; a last name the
    first item's number is glued to may follow ("..., GunnarCarlsson, Ninnie Gustafsson1. Mötets öppnande ...").
    None unless the piece after the first comma is a known given name glued to a surname (`_RX_GLUED_GIVEN`)."""
    comma = entry.find(",")
    head = entry[:comma].strip()
    after = entry.find(",", comma + 1)
    tail = entry[comma + 1: after if after > 0 else len(entry)].strip()
    glued = _RX_GLUED_GIVEN.fullmatch(tail) if comma > 0 else None
    if glued is None or not _is_given(glued.group(1)) or not (_PLAIN_NAME.fullmatch(head) and _looks_like_name(head)
                                                              >= 1.0):
        return None
    first = base + len(entry) - len(entry.lstrip())
    at = base + entry.index(tail, comma)
    people = [Person(head, first, first + len(head)), Person(f"{glued.group(1)} {glued.group(2)}", at, at + len(tail))]
    if after > 0:
        last = _RX_NAME_BEFORE_GLUED_ITEM.match(entry, after + 1)
        if last is None:
            return None  # more than a glued item after the names: not read so
        people.append(Person(last.group(1), base + last.start(1), base + last.end(1)))
    return people


def _flattened(text: str, base: int, known: set[str], names: list[re.Match[str]] | None = None) -> list[Person]:
    """Read several "Name, role" entries run together on one line (a flattened PDF header), at the names a comma
    or party closes (`names`: `_NAME_COMMA` in `text`, when found already)."""
    starts: list[int] = []
    prev_end: int | None = None
    found = list(_NAME_COMMA.finditer(text)) if names is None else names
    given_led = _given_led(found)
    for m in found:
        s = m.start(1)
        tokens = [t for t in m.group(1).split() if t not in _PARTICLES]
        sub = _substitute(text[max(0, s - 40): s] + "X")
        replaced_words = len(sub.group(1).split()) - 1 if sub else 0  # words of the member named before this
        if sub and replaced_words >= 2:
            sub = None  # "tjänstgörande för Margareta Halvarsson Margaretha Mooe Helleren,": a new entry
        if sub and replaced_words == 1 and len(tokens) > 2:
            # "tjänstgörande för Christina Bondelid Britt Wikman, SKPF": the surname closes the substitute's member
            s = text.find(tokens[1], s + len(tokens[0]))
            starts.append(s)
            prev_end = m.end()
            continue
        if sub:
            continue  # "... ersätter Per Olofsson (c)": not another attendee
        before = text[:s].split()
        # "Ingemar Nyman, Bjurholm Dagmar Schröder, Bjurholm": the previous entry's comma
        # announces its organisation, so the first word here is that, not a given name.
        gap = text[prev_end:s].strip() if prev_end is not None else ""
        # "platschef, Kungajaktmuseet Lennart Blomberg,": after a role's comma the first word is the
        # organisation when it also stands before another name ("VD, Kungajaktmuseet Monica ..."), not
        # for a given name ("kommunchef, Ann Christin Berg").
        bare_comma = prev_end is not None and (text[prev_end - 1] == "," and not gap or gap.endswith(",") and (
            len(tokens) > 2 and _stands_before_others(text, tokens[0], tokens[1])))
        if bare_comma and _is_given(tokens[0]) and not _is_given(tokens[1]) and len(tokens) == 3 \
                and text[m.end(1): m.end(1) + 1] == ",":
            # "Leif Hällström, Margareta Hellblom Larsson, Gunilla Johansson": a given name and two surnames
            # between two commas are one name, no organisation and a name
            bare_comma = False
        prev_end = m.end()
        # "AB Bostäder Karin Redberg", "Räddningstjänstförbund Ida Legnemark": an organisation's tail;
        # "Kommunförbundet Skaraborg Per Wallinder", "nämnden i Trestad Mia Harri": a place after an
        # organisation or a preposition.
        # "Kommunalförbundet Fyrbodal Bo Aronsson", "rektor Biskops-Arnö Maria Dickmark": a word that is no given
        # name before one that is ends the previous entry.
        # Two given names begin one name, whatever stands before: "Inger Könberg, PRO Bo Örjan Försth, PRO"; so does
        # a word before a particle ("Mattias Pettersson, Ingela von Post Andrée,": no organisation is "Ingela von").
        raw = m.group(1).split()
        if len(tokens) > 2 and not (_is_given(tokens[0]) and _is_given(tokens[1])) \
                and not (len(raw) > 2 and raw[1] in _PARTICLES) and (
                bare_comma or (before and before[-1].isupper() and len(before[-1]) > 1 and before[-1][0] != "("
                               and not _acronym_org_before_given(before, tokens))
                or _is_org(tokens[0], set())
                or (not _is_given(tokens[0]) and _is_given(tokens[1]))
                or (gap and before and (before[-1] in _PLACE_PREPOSITIONS or (_is_org(before[-1], set()) and not (
                    # "Falu Kommun Anna Tägtström Visconti,": the organisation ended; a given name begins the name
                    _is_given(tokens[0]) and not _is_given(tokens[1])))))
                or (given_led and _org_runs_into(gap, tokens, text, m))):
            s += len(tokens[0]) + (len(m.group(1)) - len(m.group(1).lstrip())) + 1
            s = text.find(tokens[1], s - 1)
        if not _ORG_WORDS.isdisjoint(text[s: m.end(1)].casefold().split()):
            continue  # "Boye Johansson, Business Region Göteborg, p10": the organisation goes on
        starts.append(s)
    people: list[Person] = []
    if starts and starts[0] > 0:
        # "Anders Rapp Sten-Åke Kjell Jorge Pereira Hans Hoffman (M) Theodor Ahrenberg (M) ...": names without
        # party or comma before the first entry
        head = text[: starts[0]].rstrip()
        glued = _RX_GLUED_GIVEN.fullmatch(head.strip().rstrip(","))
        person = _person(head.rstrip(","), base, known=known) if glued else None
        # ("RichardHobro, Classe Wörmke, ...": a first entry whose space was lost)
        people.extend([person] if person else _run_together(head, base))
    for k, s in enumerate(starts):
        e = starts[k + 1] if k + 1 < len(starts) else len(text)
        more: list[Person] = []
        tail = _NAMES_AFTER_ROLE.search(text, s, e) if "," in text[s:e] else None
        if tail:
            # "Britta Nygård, mötessekreterare Mats Wallenius Barbro Orneman", "Göran Häggfors, Birgitta Elfström
            # Kent Ingvarsson": names without commas after the entry, each begun by a known given name
            more = [] if _SUBSTITUTE_TAIL.search(text, s, tail.start(1)) else \
                _given_name_run(text[tail.start(1): e].rstrip(), base + tail.start(1))
            if more:
                e = tail.start(1)
        for lo, hi in _partied_entries(text, s, e):
            entry = _RX_JOINING_WORD_END.sub("", text[lo:hi].rstrip())  # "Lennart Abrahamsson (V) och": the list's "och"
            joined = _name_before_joining_word(entry) if len(entry) < len(text[lo:hi].rstrip()) else None
            if joined is not None:  # "Peter Wänehag, Kalle Nilsson och Bo Ek, sekreterare": a name, not an organisation
                people.extend(q for q in (_person(entry[:joined[0]], base + lo, known=known),
                                          _person(entry[joined[1]:], base + lo + joined[1], known=known)) if q)
                continue
            both = (_names_joined_after_comma(entry, base + lo) if " " in entry[entry.rfind(",") + 2:] else None) or (
                _glued_names_after_comma(entry, base + lo) if "," in entry else None)
            if both:
                people.extend(both)
                continue
            p = _person(entry, base + lo, known=known)
            if p:
                people.append(p)
        people.extend(more)
    if len(people) > 2 and not people[0].party and not people[0].role and sum(1 for p in people if p.party) > 1 \
            and not _is_given(people[0].name.split()[0]) and _is_given(people[1].name.split()[0]):
        # "Plats och tid: Beslutande: Net City, Örebro Torsdag ... Mårten Blomquist (s), ordförande ...": a label
        # row before its values puts the venue first; no given name begins it, as one begins the names after
        people = people[1:]
    return people


# A name and its party code in brackets right after another's bracket: "Sverre Ahlbom (S) Anders Wikman (NE)",
# "Kajsa Nilsson (M) Ingela Nordhall (AD)" (a local party's code, which `_NAME_COMMA` does not read as closing a
# name before a capital; not "... (S) ersätter Per Olofsson (C)").
_RX_PARTIED_NAME_AFTER = re.compile(rf"\)\s+({_NAME_WORD}(?:\s+{_NAME_WORD}){{1,2}})\s*\([A-Za-zÅÄÖåäö]{{1,4}}\)")


def _partied_entries(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """The stretch `text[s:e]` of a flattened run as entries: split before each name that a known given name
    begins and a party code in brackets closes, right after another entry's bracket (`_RX_PARTIED_NAME_AFTER`)."""
    out: list[tuple[int, int]] = []
    at = s
    while ") " in text[at:e]:  # (the cheap test: most entries hold no bracket before another word)
        m = _RX_PARTIED_NAME_AFTER.search(text, at, e)
        if m is None:
            break
        if not _is_given(m.group(1).split()[0]) or "(" not in text[s: m.start()]:
            at = m.start() + 1
            continue
        out.append((s, m.start() + 1))
        s = at = m.start(1)
    out.append((s, e))
    return out


# The end of an entry "Name, role" where more names follow the role without commas: "..., mötessekreterare
# Mats Wallenius Barbro Orneman", "..., 2:e vice ordförande Birgitta Johansson Leif Blomqvist".
# A substitute's phrase just before the names: "..., tjänstgörande för Margareta Halvarsson" names the member.
_SUBSTITUTE_TAIL = re.compile(r"(?i)(?:\bför|\bersätter)\s*$")
_NAMES_AFTER_ROLE = re.compile(
    r",\s*(?:(?:\d:[ae]\s+)?[a-zåäö][\w.-]*(?:\s+[a-zåäö][\w.-]*){0,3}\s+)?"
    r"((?:[A-ZÀ-ÖØ-Þ][\w-]*\s+)+[A-ZÀ-ÖØ-Þ][\w-]*)\s*$")


# "Se bilaga", "Enligt närvarolista": no one named here (`w.NO_ONE`), so what follows is another list's.
_SEE_ELSEWHERE = tuple(sorted((x for x in w.NO_ONE if x.startswith(("se ", "enligt "))), key=len, reverse=True))


def _entries(text: str, base: int, known: set[str], swap: bool) -> list[Person]:
    """Read the persons of one list line; two names joined by "/" ("Elisabeth Öberg/Helén Eriksson,
    sekretariatet") are two persons who share what follows. In a comma list of names only, couples so joined
    ("Helge Öen/Grete Öen, Tonny Fernqvist, Maria Elg/Martin Clason") are two entries of the list."""
    if "/" in text and "," in text:
        text = _couples_as_entries(text)
    if " – " in text or " - " in text or text.lstrip()[:2] in ("– ", "- "):
        text = _dashed_names_as_entries(text)
    people = _line_entries(text, base, known, swap)
    if not people and " " in text:
        people = _name_title_entries(text, base)
    if "/" not in text or not any("/" in p.name for p in people):
        return people
    out: list[Person] = []
    for p in people:
        m = _SLASHED.fullmatch(p.name)
        if m and all(_is_given(x.split()[0]) for x in m.groups()):
            out.append(p._replace(name=m.group(1), end=p.start + m.end(1)))
            out.append(p._replace(name=m.group(2), start=p.start + m.start(2)))
        else:
            out.append(p)
    return out


_SPACED_DASH = re.compile(r"(?:^|\s)[–-](?:\s|$)")
_LEAST_DASHED_NAMES = 3


def _dashed_names_as_entries(text: str) -> str:
    """`text` with the spaced dashes between names turned into commas (same length, spans kept): "Bengt Eriksson
    – Bengt-Åke Löfgren – Roy Andreasson –", "– Lisette Edvardsson – Gustav Dalstrand – Patrik Karlsson". Only
    when three pieces or more are each a full name, all but one at most opening with a known given name;
    "Anna Ek – ordförande" and "Bo Berg – Region Kronoberg" are a name and its note."""
    pieces = [p.strip() for p in _SPACED_DASH.split(text)]
    names = [p for p in pieces if p]
    if len(names) < _LEAST_DASHED_NAMES or not all(_looks_like_name(p) >= 1.0 for p in names) or sum(
            not _is_given(p.split()[0]) for p in names) > 1:
        return text
    return _SPACED_DASH.sub(lambda m: m.group(0).replace("–", ",").replace("-", ","), text)


def _couples_as_entries(text: str) -> str:
    """`text` with the "/" of each couple in a comma list of names ("Helge Öen/Grete Öen, Tonny Fernqvist")
    turned into a comma (same length, spans kept). Only when every piece begins with a capital (no shared
    role or group after the names: "Elisabeth Öberg/Helén Eriksson, sekretariatet") and each couple is two
    names of two or three words, each opening with a given name (or the first, when the two share the surname).
    """
    pieces = text.split(",")
    if len(pieces) < 3 or not all(p.strip()[:1].isupper() for p in pieces):
        return text
    out: list[str] = []
    for piece in pieces:
        if "/" in piece:
            m = _SLASHED.fullmatch(piece.strip())
            if not (m and (all(_is_given(x.split()[0]) for x in m.groups())
                           or m.group(1).split()[-1] == m.group(2).split()[-1] and _is_given(m.group(1).split()[0]))):
                return text
            piece = piece.replace("/", ",")
        out.append(piece)
    return ",".join(out)


# An official written "Name title" without a comma, one or two to a line of a list: "Annika Lindström
# byggnadsinspektör", "Daniel Nordström karttekniker Annica Brännmark administratör", "Ingrid Karlsson miljö-
# och byggchef". Group 1 the name, 2 the title.
_NAME_TITLE_PIECE = re.compile(
    rf"\s*({_NAME_WORD}(?:\s+{_LINK}{_NAME_WORD}){{1,2}})\s+([a-zåäö]+(?:-\s+och\s+[a-zåäö]+)?)(?=[\s,]|$)")


def _name_title_entries(text: str, base: int) -> list[Person]:
    """The "Name title" entries that make up all of `text` (`_NAME_TITLE_PIECE`), each title an official's
    (`_is_official_title`: "byggchef", "miljöinspektör", not a member's post nor any lower-case word). The last
    title may have notes in lower case after it, up to the end of the line (`_RX_TITLE_TAIL`: "professor,
    prodekan", "studerande fr o m del av 102", "arbetslivskoordinator § 158"), but no verb of a sentence."""
    people: list[Person] = []
    pos = 0
    end = len(text.rstrip())
    while pos < end:
        m = _NAME_TITLE_PIECE.match(text, pos)
        if m is None or not _is_official_title(m.group(2).split()[-1]) or _looks_like_name(m.group(1)) < 1.0:
            return []
        s = base + m.start(1)
        people.append(Person(m.group(1), s, s + len(m.group(1)), role=m.group(2)))
        pos = m.end()
        if pos < end and text[pos] in " ,\t" and _RX_TITLE_TAIL.fullmatch(text, pos, end) \
                and _SENTENCE_VERB.search(text, pos, end) is None:
            break  # the notes of the last entry
    return people


# The notes after the title of a line's last "Name title" entry: lower-case words, paragraph signs and numbers,
# perhaps after a comma ("professor, dekanus ordförande", "universitetslektor semester", "studerande t o m 103").
_RX_TITLE_TAIL = re.compile(r"(?:\s*,?\s+(?:[a-zåäö][a-zåäö.]*|§+|\d[\d.:–-]*))+\s*")


# "Samtliga ledamöter utom David Lund och Eva Ström", "Alla utom Bo Berg": everyone but the names.
# Also "Kommunfullmäktiges samtliga ledamöter med undantag för Lars Rasch (KP) och Kenneth Axelsson (M)".
_EVERYONE_BUT = re.compile(r"\s*(?:[A-ZÅÄÖ][a-zåäö]+s\s+)?(?i:samtliga|alla)\b[^,:;]{0,40}?"
                           r"\b(?:förutom|utom|med\s+undantag\s+(?:för|av))\s+([A-ZÅÄÖ].*?)[\s.]*$")
_SLASHED = re.compile(rf"({_NAME_WORD}(?:\s+{_NAME_WORD}){{1,2}})\s*/\s*({_NAME_WORD}(?:\s+{_NAME_WORD}){{1,2}})")


# A numbered agenda heading glued to the end of a list line by a text export ("..., Stellan  1. Årskursträffen
# 21 augusti"): a number with a full stop after a word, and a capitalised word. After a word that cites a point
# ("t o m punkt 5. Bo Ek") the number is the entry's note.
_RX_GLUED_ITEM = re.compile(r"(?<=[^\d\s§])\s+\d{1,2}\.\s+[A-ZÅÄÖ][a-zåäö]{2,}")
# A capitalised word (a surname) right before the full stop that ends a list line.
_RX_NAME_STOP = re.compile(r"(?:^|[\s,])[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?\.$")
_ABSENT_NOTES = frozenset(w.ABSENT_NOTES)
# The last note in parentheses of an entry, when it says the person was not there (`w.ABSENT_NOTES`).
_RX_ABSENT_NOTE = re.compile(
    r"\s*\((?i:" + "|".join(re.escape(x) for x in sorted(w.ABSENT_NOTES, key=len, reverse=True)) + r")\.?\)\s*$")
_CITING_WORDS = frozenset(("punkt", "p", "§", "paragraf", "kl", "nr", "ärende", "punkterna"))


_RX_DASH = re.compile(r"\s+[–—-]\s+")


def _dash_entries(text: str, base: int, known: set[str]) -> list[Person]:
    """Read "Name – note" entries between commas: "Anna Ek – Växjö kommun, Bo Berg – Region Kronoberg", "Anna Ek
    – sjuk, Bo Berg – bortrest". Each piece must be a name, a dash and a note; a note that says the person was
    not there (`w.ABSENT_NOTES`) marks the entry absent, another lower-case one that is no role is dropped."""
    people: list[Person] = []
    for piece, start, _ in _comma_pieces(text):
        dash = _RX_DASH.search(piece)
        if dash is None:
            return []
        name, note = piece[: dash.start()].strip(), piece[dash.end():].strip()
        if _looks_like_name(name) < 1.0 or not note or _RX_DASH.search(piece, dash.end()):
            return []
        at = base + start + piece.find(name)
        if _norm(note) in _ABSENT_NOTES:
            people.append(Person(name, at, at + len(name), mark=False))
        elif note[:1].islower() and not _role_of(note):
            people.append(Person(name, at, at + len(name)))
        else:
            p = _person(piece, base + start, known=known)
            if p is None:
                return []
            people.append(p)
    return people if len(people) > 1 else []


# A list line that closes with a role label and the one person it names: "..., Sunny Sandström (delvis)
# Sekreterare Marianne Hammarström" (a flattened header runs the secretary's row into the list above).
_CLOSING_ROLE = re.compile(
    r"(?<=[\w)])\s+(" + "|".join(w.CLOSING_ROLE_LABELS) + r")\s+"
    rf"({_NAME_WORD}(?:\s+{_LINK}{_NAME_WORD}){{1,2}})\s*$")
# Where the date and time of a flattened "Tid och plats" row end before the names of the list after it:
# "Styrelserummet, Landstingshuset, Östersund den 30 mars 2011 klockan 13-15:20 Harriet Jorderud ...".
_RX_DATED_TIME = re.compile(
    r"(?i:\b\d{1,2}\s+(?:jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)[a-zåä]*\.?\s+\d{4}|\b\d{4}-\d\d-\d\d)"
    r"[^()]{0,40}?\b(?i:kl\.?|klockan)\s*\d{1,2}(?:[.:]\d\d)?\s*[-–]\s*\d{1,2}(?:[.:]\d\d)?\s+(?=[A-ZÅÄÖ])")
# The same with the time lost in copying, "kl" alone before the first name: "Skolans matsal i Klemetsby, Lumparland
# Onsdagen den 6 februari 2013 kl Annsofi Joelsson, kommunfullmäktiges ordförande Matti Lindholm ...".
_RX_DATED_LOST_TIME = re.compile(
    r"(?i:\b\d{1,2}\s+(?:jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)[a-zåä]*\.?\s+\d{4}|\b\d{4}-\d\d-\d\d)"
    r",?\s+(?i:kl\.?|klockan)\s+(?=[A-ZÅÄÖ][a-zåäö]+(?:-[A-ZÅÄÖ][a-zåäö]+)?\s+[A-ZÅÄÖ])")
# The first person of a run with their role after a comma, in lower-case words, the others' names run together
# after it: "Annsofi Joelsson, kommunfullmäktiges ordförande Matti Lindholm Britt Sommarlund ..."
# (`_roled_first_then_run`).
_RX_ROLED_FIRST = re.compile(r"\s*([A-ZÅÄÖ][a-zåäö]+(?:-[A-ZÅÄÖ][a-zåäö]+)?\s+[A-ZÅÄÖ][a-zåäö]+(?:-[A-ZÅÄÖ][a-zåäö]+)?),"
                             r"\s+([a-zåäö]+(?:\s+[a-zåäö]+){0,2})\s+(?=[A-ZÅÄÖ])")


def _roled_first_then_run(text: str, base: int, known: set[str], swap: bool) -> list[Person]:
    """Read the persons of such a run (see above): the first with their role (a role word last), then the
    others as the rest of the line reads, two of them at least; [] otherwise."""
    m = _RX_ROLED_FIRST.match(text)
    if not m or not _role_of(m.group(2).rsplit(None, 1)[-1]):
        return []
    rest = _line_entries(text[m.end():], base + m.end(), known, swap)
    if len(rest) < 2:
        return []
    return [Person(m.group(1), base + m.start(1), base + m.end(1), role=m.group(2)), *rest]


# Entries with their role capitalised before the name, a member perhaps followed by the substitute who came in
# their stead: "Ledamot Emina Arnautovic i vars ställe Birgitta Lassas närvar Ledamot Lasse Åberg" (a list's label
# in capitals may follow the last: "ÖVRIGA") (`_role_first_stead_entries`).
_NAME_PAIR = r"[A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?\s+[A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?"
_RX_ROLE_FIRST_STEAD = re.compile(
    rf"\s*(Ledamot|Medlem|Ersättare|Ordförande|Viceordförande)\s+({_NAME_PAIR})"
    rf"(?:\s+i\s+(?:vars|hennes|hans)\s+ställe\s+(?:{_NAME_PAIR})(?:\s+närv[a-zåäö]*)?)?(?=\s|$)")


def _role_first_stead_entries(text: str, base: int) -> list[Person]:
    """Read entries of a capitalised role and a name (see above), the substitute named in a member's stead left
    out (the substitute stands in the list of those present); two entries at least, one of them with a
    substitute, and nothing else but a label in capitals at the end. [] otherwise."""
    people: list[Person] = []
    pos = steads = 0
    while True:
        m = _RX_ROLE_FIRST_STEAD.match(text, pos)
        if not m:
            break
        people.append(Person(m.group(2), base + m.start(2), base + m.end(2), role=m.group(1).casefold()))
        steads += "ställe" in m.group(0)
        pos = m.end()
    rest = text[pos:].strip()
    if len(people) < 2 or not steads or (rest and not (rest.isupper() and " " not in rest)):
        return []
    return people


# A capitalised title with a colon inside a line of entries, a name after it: "... Astrid Wetterström
# Protokollssekreterare: Linda Adolfsson".
_RX_TITLE_COLON_INSIDE = re.compile(r"(?<=[a-zåäö)])\s+([A-ZÅÄÖ][a-zåäö]{3,}):\s+([A-ZÅÄÖ][a-zåäö]+\s+[A-ZÅÄÖ])")
# A value of a header row that ends with the meeting's date and hour: the place and time, no attendee.
_RX_DATE_TIME_END = re.compile(
    r"(?i:\b\d{1,2}\s+(?:jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)[a-zåä]*\.?\s+\d{4}|\b\d{4}-\d\d-\d\d)"
    r",?\s+(?i:kl\.?|klockan)\s*\d{1,2}(?:[.:]\d{0,2})?(?:\s*[-–]\s*\d{1,2}(?:[.:]\d\d)?)?\s*$")
# Names run together where "för" names the member a substitute stands in for and "ej tjänstgörande"
# marks a substitute who did not serve: "Harriet Jorderud Nils Hultin för Robert Uitto Stefan Wikén ...
# Karin Österberg ej tjänstgörande Bernt Söderman".
_RX_FOR_MEMBER = re.compile(r"(?<=[a-zåäöé]) för (?=[A-ZÅÄÖ])")
_RX_NOT_SERVING = re.compile(r"(?<=[a-zåäöé]) ej (?:tjänstgörande|tjg\.?|beslutande)(?= [A-ZÅÄÖ]|$)")


# The lower-case words a run of names with substitutes may hold besides the names.
_SUBSTITUTE_RUN_WORDS = frozenset(("för", "ej", "tjänstgörande", "tjg", "beslutande", "som", "ersättare", "ers", "och",
                                   "samt"))
_RX_LOWER_WORD = re.compile(r"(?<![\w-])[a-zåäöé]+(?![\w-])")


def _substitute_run(text: str, base: int) -> list[Person]:
    """Read names run together (see `_run_together`) with "för" between a substitute and the member stood in
    for, and "ej tjänstgörande" after a substitute who did not serve. The member named after "för" was not
    there (absent); a comma between two names is read as the gap it is."""
    if any(x not in _SUBSTITUTE_RUN_WORDS for x in _RX_LOWER_WORD.findall(text)):
        return []  # other lower-case words: a role, a sentence, an organisation ("ansvarig för ekonomin")
    people = _run_together(text.replace(",", " "), base)
    if len(people) < 4:
        return []
    out: list[Person] = []
    away_next = False
    for k, p in enumerate(people):
        gap = text[p.end - base: people[k + 1].start - base] if k + 1 < len(people) else text[p.end - base:]
        if away_next:
            out.append(p._replace(mark=False))
            # "Börje Frisk för Jöran Hägglund för Kurt Edlund": a second "för" straight after the member stood
            # in for (a column of members run on) names another member who was not there
            away_next = gap.split() == ["för"] and k + 1 < len(people)
            continue
        if gap.split()[-1:] == ["för"] and k + 1 < len(people):  # "för", "som ersättare för", "tjg ers för"
            out.append(p._replace(role=f"ersättare för {people[k + 1].name}"))
            away_next = True
        elif gap.strip().startswith("ej "):
            out.append(p._replace(role=gap.strip()))
        else:
            out.append(p)
    return out


_ROLE_ENDINGS = tuple(w.ROLE_ENDINGS)
# One "role Name" piece of a list where each role stands before its name: "socialchef Lillemor Quist",
# "controller Ann-Sofie Eriksson 13-16" (a note of paragraphs or hours may follow the name).
_ROLE_FIRST = re.compile(
    r"\s*([a-zåäöA-ZÅÄÖ][a-zåäö.-]*(?:\s+[a-zåäö][\w.-]*){0,2})\s+"  # ("Ordförande Anna Ek" first in a line)
    rf"({_NAME_WORD}(?:\s+{_LINK}{_NAME_WORD}){{1,2}})"
    r"(?:\s+(?:ej\s+)?(?:§+\s*)?\d{1,3}(?:\s*[-–]\s*\d{1,3})?)?\s*$")
_RX_ROLE_FIRST_SPLIT = re.compile(r",|\s+(?:och|samt)\s+")
_RX_SAMT_ROLE = re.compile(r"\s+samt\s+(?=[a-zåäö][\w.-]*\s+[A-ZÅÄÖ])")


def _is_title(text: str) -> bool:
    last = text.split()[-1].rstrip(".").casefold()
    return last in _ROLE_WORDS or last.endswith(_ROLE_ENDINGS)


def _role_first_entries(text: str, base: int) -> list[Person]:
    """Read "role Name, role Name och role Name" (each title before its name): "sekreterare Patrik Skanser,
    socialchef Lillemor Quist, områdeschef Jari Heikkinen". Every piece must read so; two pieces at least."""
    people: list[Person] = []
    pos = 0
    for sep in itertools.chain(_RX_ROLE_FIRST_SPLIT.finditer(text), (None,)):
        end = sep.start() if sep else len(text)
        m = _ROLE_FIRST.fullmatch(text, pos, end)
        if m is None or not _is_title(m.group(1)):
            return []
        name = m.group(2)
        s = base + m.start(2)
        people.append(Person(name, s, s + len(name), role=m.group(1).casefold()))
        pos = sep.end() if sep else end
    return people if len(people) > 1 else []


# A role written capitalised before the name on the name's own line, and the member's party after it, in lower case
# or capitals: "Ordföranden Kristina Alvendal (m)", "Vice ordföranden Teres Lindberg (s)", "Verkställande direktören
# Göran Wendel" (`w.ROLES_BEFORE_NAME`). Group 2 the name, given name first as written; group 3 the party.
_ROLES_BEFORE_NAME = dict(w.ROLES_BEFORE_NAME)
_ROLE_BEFORE_NAME_HEADS = frozenset(x[:2] for x in _ROLES_BEFORE_NAME)
_RX_ROLE_BEFORE_NAME = re.compile(
    r"\s*(" + "|".join(re.escape(x[:1].upper() + x[1:]) for x in sorted(_ROLES_BEFORE_NAME, key=len, reverse=True))
    + rf")\s+({_NAME_WORD}(?:\s+{_LINK}{_NAME_WORD}){{1,2}})(?:\s*\(\s*((?i:{_PARTY}))\s*\))?"
    # a note that says the person was not there: "Ledamot Bo Berg (anmäld frånvaro)"
    + r"(?:\s*\((?P<away>(?i:" + "|".join(re.escape(x) for x in sorted(w.ABSENT_NOTES, key=len, reverse=True))
    + r"))\.?\))?[\s.]*")
# The same list's sub-headings in the definite form, on lines of their own over their names ("Ledamöterna",
# "Suppleanterna", "Verkställande direktören"): the role each gives the names under it ("" for none).
_DEFINITE_GROUP_ROLES = dict(w.DEFINITE_GROUP_HEADINGS)


def _role_before_name(text: str, base: int) -> Person | None:
    """Read a line "Role Name (party)" (`_RX_ROLE_BEFORE_NAME`): the person with the role's base form
    ("ordförande" for "Ordföranden") and the party in capitals; None for any other line."""
    if text.lstrip()[:2].casefold() not in _ROLE_BEFORE_NAME_HEADS:
        return None  # most lines: no such role begins them
    m = _RX_ROLE_BEFORE_NAME.fullmatch(text)
    if m is None or _looks_like_name(m.group(2)) < 1.0:
        return None
    party = m.group(3).upper() if m.group(3) else None
    return Person(m.group(2), base + m.start(2), base + m.end(2), None, party,
                  _ROLES_BEFORE_NAME[m.group(1).casefold()], mark=False if m.group("away") else None)


def _definite_group_role(text: str) -> str | None:
    """The role a definite group sub-heading alone on its line gives the names under it ("suppleant" under
    "Suppleanterna", "" under "Ledamöterna"); None when the line is no such heading."""
    body = text.strip(" \t:")
    if not body[:1].isupper() or len(body) > 40:
        return None
    return _DEFINITE_GROUP_ROLES.get(body.casefold())


# One piece of a sentence list of the present ("Närvarande: Anna Ek för UF Umeå, förbundsordförande Bo Berg
# och Cia Holm värd för UF Lund."): an optional title before the name (group 1), the name (2), and an optional
# note after it: "för" and the organisation it stands for (3), or a lower-case note (4).
_MIXED_PIECE = re.compile(
    r"\s*(?:([A-ZÅÄÖa-zåäö][a-zåäö.-]*(?:\s+[a-zåäö][\w.-]*){0,2})\s+)??"
    rf"({_NAME_WORD}(?:\s+{_LINK}(?:{_NAME_WORD}|(?:al|el|af|de|di|da)-[a-zåäö]{{3,}})){{1,2}})"
    r"(?:\s+för\s+([A-ZÅÄÖ][\wÅÄÖåäö-]*(?:\s+[A-ZÅÄÖ][\wåäö-]*){0,3})|\s+([a-zåäö][\w-]*(?:\s+[\wÅÄÖåäö-]+){0,4}))?"
    r"\s*$")
# Last words of a group's sub-heading that may open a run of entries ("Ej tjänstgörande ersättare").
_GROUP_END_WORDS = frozenset(("ersättare", "ledamöter", "ledamot", "ersättarna", "ledamöterna"))
# A note that the entry serves for someone: "tjänstgör för Marcus Holmquist (V)".
_FOR_SOMEONE = re.compile(r"(?:tjänstgör(?:ande)?|tjg\.?|ersätter|ersättare)\s+för\s+([A-ZÅÄÖ][\wåäö-]+(?:\s+[A-ZÅÄÖ][\wåäö-]+){1,2})")
_RX_PIECE_HEAD = re.compile(rf"\s*({_NAME_WORD}\s+{_NAME_WORD})(?=\s+[a-zåäö])")
_RX_MIXED_SPLIT = re.compile(r",|\s+och\s+")
# The full stop that closes a sentence list: after a lower-case letter, before a space or the end.
_RX_LIST_STOP = re.compile(r"(?<=[a-zåäöé])\.(?=\s|$)")


def _mixed_sentence_pieces(text: str, base: int) -> list[Person]:
    """Read a sentence that lists the present, its pieces apart by commas and a last "och", each a name with
    a title before it ("förbundsordförande Anna Welsapar") or the organisation it stands for after it
    ("Mattias Näsman för UPF Umeå"), or a plain name. The sentence ends at its full stop; what follows
    ("Bilagor: ...") is no entry. Three pieces at least, every one read so, and two of them with a title
    before the name or a "för" after it (other comma lists are read by the other readers)."""
    stop = _RX_LIST_STOP.search(text)
    end = stop.start() if stop else len(text)
    people: list[Person] = []
    marked = 0
    pos = 0
    seps = [m for m in _RX_MIXED_SPLIT.finditer(text, 0, end)]
    for sep in itertools.chain(seps, (None,)):
        stop_at = sep.start() if sep else end
        m = _MIXED_PIECE.fullmatch(text, pos, stop_at)
        if m is None or (m.group(1) is not None and not _is_title(m.group(1))):
            if len(people) >= 3 and marked >= 2:
                # the sentence runs on without its full stop ("... och Adam Josefsson värd för UF Göteborg
                # Tillförordnad förbundsekonom Wilhelm Åkesson anlände kl ..."): the last name, then no more
                head = _RX_PIECE_HEAD.match(text, pos, stop_at)
                if head:
                    s = base + head.start(1)
                    people.append(Person(head.group(1), s, s + len(head.group(1))))
                break
            return []
        title, name, org, note = m.group(1), m.group(2), m.group(3), m.group(4)
        words = name.split()
        if title is None and len(words) == 3 and _is_title(words[0]) and not _is_given(words[0]):
            title, name = words[0], " ".join(words[1:])  # "Bidragsansvarig Julia Yates": the title first
        if note is not None and len(note.split()) > 5:
            note = None
        marked += title is not None or org is not None
        s = base + m.start(2) + m.group(2).find(name)
        people.append(Person(name, s, s + len(name), organisation=org,
                             role=title.casefold() if title else note))
        pos = sep.end() if sep else end
    return people if len(people) >= 3 and marked >= 2 else []


# A party written before a name in a flattened party column: "M Bengt Ferm C Ragnar Nilsson FP Ing-Britt Spetz".
# (A middle initial may stand in the name: "SD Natalia E. Henriksson".)
_PARTY_BEFORE_NAME = rf"\s+(?={_NAME_WORD}\s+{_LINK}{_NAME_WORD})"
_RX_PARTY_BEFORE = re.compile(rf"(?<!\S)({_PARTY}){_PARTY_BEFORE_NAME}")
# A local party's code in parentheses after a name ("Henry Sandahl (MBP)"): in a run of "PARTY Name" entries the
# same code before a name is a party too ("MBP Henry Sandahl (MBP)").
_RX_CODE_PAREN = re.compile(r"\(([A-ZÅÄÖ]{2,4})\)")
# What one entry of such a run holds after its party: the name, then no note, a note in parentheses
# ("(kom kl )") or a lower-case note after a comma (", tjänstgör för Marcus Holmquist (V)"); a note that the entry
# serves for someone needs no comma ("Egon Svensson tjänstgör för Elise Benjaminsson (M)").
_PARTY_RUN_ENTRY = re.compile(
    rf"({_NAME_WORD}(?:\s+{_LINK}{_NAME_WORD}){{1,2}})"
    r"\s*(?:\(([^()]{0,30})\)|(?:,\s*|\s+(?=(?:tjänstgör|tjg|ersätter)\s+för\s))"
    r"([a-zåäö][^,()]{0,60}(?:\([^()]{1,6}\))?))?\s*")


def _party_first_run(text: str, base: int) -> list[Person]:
    """Read a run of "PARTY Name" entries, a party column flattened before its names: "M Bengt Ferm C Ragnar
    Nilsson FP Ing-Britt Spetz S Håkan Andersson, tjänstgör för Marcus Holmquist (V)". A few words may open
    the run as the sub-heading of its group ("Ej tjänstgörande ersättare C Catarina Johansson ..."); every
    stretch between two parties must be one name and its note; three entries at least. A local party's code
    the run writes in parentheses ("(MBP)") marks entries as the national parties do."""
    marks = list(_RX_PARTY_BEFORE.finditer(text))
    if len(marks) < 3:
        return []
    local = sorted({c for c in _RX_CODE_PAREN.findall(text) if c not in _PARTIES})
    if local:
        marks = list(re.finditer(rf"(?<!\S)({_PARTY}|{'|'.join(local)}){_PARTY_BEFORE_NAME}", text))
    head = text[: marks[0].start()].split()
    if len(head) > 4 or any(not x.isalpha() for x in head) or (head and head[-1].casefold() not in _GROUP_END_WORDS):
        return []
    group = "ersättare" if head and head[-1].casefold().startswith("ersättare") else None
    people: list[Person] = []
    for k, m in enumerate(marks):
        stop = marks[k + 1].start() if k + 1 < len(marks) else len(text)
        e = _PARTY_RUN_ENTRY.fullmatch(text, m.end(), stop)
        if e is None:
            return []
        name = e.group(1)
        s = base + e.start(1)
        serves = _FOR_SOMEONE.match(e.group(3)) if e.group(3) else None
        role = "ersättare för " + serves.group(1) if serves else group
        people.append(Person(name, s, s + len(name), party=m.group(1).upper(), role=role))
    return people


# Words of a column of roles flattened after its names that are no title of their own.
_ROLE_COLUMN_FILLERS = frozenset(("vice", "1:e", "2:e", "1:a", "2:a", "förste", "andre", "tjänstgörande", "tjg", "ej"))


def _role_column_start(text: str) -> int:
    """Where a column of roles flattened after "Name (P)" entries begins ("... Thomas Nilsson (M) Stig
    Svensson (S) ordförande 1:e vice ordförande ledamot ledamot ... tjänstgörande ersättare"), or -1: three
    lower-case words at least after the last ")", every one a title or a word of one (`_ROLE_COLUMN_FILLERS`)."""
    close = text.rfind(")")
    if close < 0:
        return -1
    words = text[close + 1:].split()
    if len(words) < 3 or not all(x[:1].islower() or x[:1].isdigit() for x in words) \
            or not all(x.casefold() in _ROLE_COLUMN_FILLERS or _is_title(x) for x in words):
        return -1
    return close + 1


# One entry of a run of "Name (P) note" entries with a lower-case note and perhaps a comma after it:
# "Beatrice Zsoka (M) ersättare", "Helene Blom miljöinspektör,".
_NAME_NOTE_ENTRY = re.compile(
    rf"\s*({_NAME_WORD}(?:\s+{_LINK}{_NAME_WORD}){{1,2}})(?:\s*\(({_PARTY})\))?"
    r"((?:\s+[a-zåäö][\wåäö.-]*){1,3})?\s*,?")


def _name_note_run(text: str, base: int) -> list[Person]:
    """Read a run of entries, each a name, perhaps its party in parentheses and a lower-case note of one to
    three words, with or without commas between: "Beatrice Zsoka (M) ersättare Martin Lundquist (M)
    ersättare, Helene Blom miljöinspektör, Hans Boman stadsarkitekt Torvald Kullendorff ekonom". The entries
    must cover the text; four at least, each with a note, and most notes (every one of several words) ending
    with a title."""
    people: list[Person] = []
    pos = 0
    noted = titled = 0
    while pos < len(text.rstrip(" .")):
        m = _NAME_NOTE_ENTRY.match(text, pos)
        if m is None or m.end() == pos:
            return []
        note = m.group(3)
        if note is None:
            return []  # ("Mona Berg Ulf Nord Björn Ås tjänstgörande ersättare": where the names part is unknown)
        if len(note.split()) > 1 and not _is_title(note.split()[-1]):
            return []
        noted += 1
        titled += _is_title(note.split()[-1])
        name = m.group(1)
        s = base + m.start(1)
        people.append(Person(name, s, s + len(name), party=m.group(2).upper() if m.group(2) else None,
                             role=note.strip()))
        pos = m.end()
    return people if len(people) >= 4 and titled * 2 >= noted else []


_VACANT = frozenset(w.VACANT_WORDS)
_RX_NAME_ORG_SPLIT = re.compile(r",|\s+och\s+")


def _names_with_comma_orgs(text: str, base: int, known: set[str]) -> list[Person]:
    """Read "Name, Organisation" entries run together without a separator between them, as a flattened column
    of members writes them: "Malin Hagman, Rädda Barnen Lund Eva Wallengren, IM Lund Antonio Maranon, Sama-sama
    Lund". The line must begin with a name and its comma, and every entry read must have an organisation that
    begins with no given name (a list "Anna Ek, Bo Berg, Cia Holm" reads otherwise)."""
    first = text.split(",", 1)[0].strip()
    if not 1 < len(first.split()) < 4 or _looks_like_name(first) < 1.0:
        return []
    closed = _name_comma_matches(text)
    if not closed or len(closed) != text.count(","):
        return []
    people = _flattened(text, base, known, closed)
    if len(people) != len(closed) or any(
            not p.organisation or p.party or p.role or _is_given(p.organisation.split()[0])
            or not _is_given(p.name.split()[0]) for p in people):
        return []
    return people


def _party_org_pieces(text: str, base: int) -> list[Person]:
    """Read "Name (P) Organisation" pieces between commas (`_RX_ORG_AFTER_PARTY`): "Anna Ek (S) Region
    Kronoberg, Bo Berg (M) Växjö kommun". Every piece must read so, and two at least."""
    people: list[Person] = []
    pos = 0
    for piece in text.split(","):
        m = _RX_ORG_AFTER_PARTY.fullmatch(piece.rstrip(" ."))
        if m is None or _looks_like_name(m.group(1)) < 1.0 or _role_of(m.group(2)) is not None:
            return []
        party = _PARTY_PAREN.search(piece)
        s = base + pos + m.start(1)
        people.append(Person(m.group(1), s, s + len(m.group(1)), organisation=m.group(2),
                             party=party.group(1).upper() if party else None))
        pos += len(piece) + 1
    return people if len(people) > 1 else []


def _name_org_pieces(text: str, base: int) -> list[Person]:
    """Read "Name Organisation" pieces between commas, the organisation without a comma of its own: "Anna Ek
    Region Kronoberg, Bo Berg Växjö kommun, Karin Lund Ljungby kommun". Each piece must be a name of two or
    three words and an organisation (`_is_org`) after it; two pieces at least."""
    people: list[Person] = []
    pos = 0
    for sep in itertools.chain(_RX_NAME_ORG_SPLIT.finditer(text), (None,)):
        end = sep.start() if sep else len(text)
        piece = text[pos:end]
        words = piece.split()
        found = None
        for k in (2, 3):
            if len(words) > k and _looks_like_name(" ".join(words[:k])) == 1.0 and _is_org(" ".join(words[k:]), set()) \
                    and not _is_org(" ".join(words[:k]), set()):
                found = k
                break
        if found is None:
            return []
        name = " ".join(words[:found])
        s = base + pos + piece.find(words[0])
        people.append(Person(name, s, s + len(name), organisation=" ".join(words[found:])))
        pos = sep.end() if sep else end
    return people if len(people) > 1 else []



_NAME_THEN_ORG_LEAST = 3  # entries a comma list must hold, each with its organisation, to be read so
_RX_INITIAL = re.compile(r"[A-ZÅÄÖ]\.?")


def _name_words_before_org(words: list[str], *, known_given: bool = True) -> int:
    """How many of `words` make the name that opens a "Name Organisation" piece: a given name (a known one unless
    `known_given` is false: then any capitalised word that is no organisation's) and a surname that is none, with a
    middle initial or a particle between ("Jan O Carlsson", "Carl von Friesendorff") and a second surname when one
    more word follows it ("Solveig Ekström Persson Lunds kommun") or a code with digits alone ("André Sand Petersen
    IN15"); 0 when no name opens."""
    if len(words) < 2 or not words[1][:1].isupper() and words[1] not in _PARTICLES:
        return 0
    if not _is_given(words[0]) and (known_given or not words[0].isalpha() or not words[0].istitle()
                                    or _is_org(words[0], set())):
        return 0
    k = 3 if _RX_INITIAL.fullmatch(words[1]) or words[1] in _PARTICLES else 2
    if len(words) < k or not words[k - 1][:1].isupper() or _is_given(words[k - 1]) or _is_org(words[k - 1], set()):
        return 0
    if len(words) > k + 1 and words[k][:1].isupper() and words[k].endswith(_MIDDLE_SURNAME_ENDINGS) \
            and not _is_org(words[k], set()):
        k += 1
    elif len(words) == k + 2 and words[k].isalpha() and words[k].istitle() and not _is_org(words[k], set()) \
            and words[k + 1].isalnum() and not words[k + 1].isalpha():
        k += 1  # "André Sand Petersen IN15": a code with digits (a pupil's class) is all the tail
    return k


def _name_then_org_pieces(text: str, base: int) -> list[Person]:
    """Read a comma list of "Name Organisation" entries whose organisations no organisation word tells (so
    `_name_org_pieces` reads none), as a network's notes list their participants: "Deltagare: Camilla Lagerqvist
    Lernia Utbildning, Linda Skår Metso Sverige, Jan Johansson GTC". Each piece opens with a known given name and
    a surname (`_name_words_before_org`); the rest is the organisation. A piece that opens with no given name is
    the organisation of a name alone before it ("Kurt-Olof Sjöström, vuxenutbildningsgruppen GR"). Read only when
    three entries at least carry their organisation, two of them of two words or more or an acronym (a list of
    double surnames, "Anna Ek Berg, Bo Lund Holm", has one-word tails), and no tail is a role or holds a name."""
    people: list[Person] = []
    pos = 0
    tails: list[str] = []
    for piece in text.split(","):
        words = piece.split()
        # (after an entry with its organisation, the next piece opens a name even when its given name is not known:
        # "Pernilla Börjesson Midroc, Thommy Ottosson Heka Mekaniska")
        k = _name_words_before_org(words, known_given=bool(people) and people[-1].organisation is None)
        if k:
            name = " ".join(words[:k])
            org = " ".join(words[k:]).rstrip(" .") or None
            if org is not None and (_role_of(org.casefold()) is not None or any(_name_words_before_org(words[j:]) for j in range(k, len(words)))
                                    or _PARTY_PAREN.search(org) or not (org[:1].isupper() or org[:1].isdigit())):
                return []
            s = base + pos + piece.find(words[0])
            people.append(Person(name, s, s + len(name), organisation=org))
            if org is not None:
                tails.append(org)
        elif words and people and people[-1].organisation is None:
            people[-1] = people[-1]._replace(organisation=piece.strip().rstrip(" ."))
        else:
            return []
        pos += len(piece) + 1
    long_tails = sum(1 for t in tails if " " in t or (t.isupper() and len(t) > 1) or _is_org(t, set()))
    return people if len(tails) >= _NAME_THEN_ORG_LEAST and long_tails >= 2 else []


# A sub-heading naming a group of the present by whom they represent ("Direktionens ledamöter", "Kommunernas
# ersättare") or what they are ("Fackliga organisationer"): the list goes on below it; it names no one.
_RX_MEMBER_GROUP = re.compile(
    r"[A-ZÅÄÖ][a-zåäö]+(?:ernas|arnas|ens|ets|s) (?:" + "|".join(w.MEMBER_GROUP_NOUNS) + r")\s*:?")
_MORE_GROUP_HEADINGS = frozenset(w.MORE_GROUP_HEADINGS)
# A serving note after a substitute's party: "Niclas Burvall (S) tjänstgörande", "Eva Ek (M) tjg."
_RX_SERVING_NOTE = re.compile(r"(?<=\))\s+(?i:" + "|".join(
    re.escape(x) for x in sorted(w.SERVING_NOTES, key=len, reverse=True)) + r")\s*$")
_SERVING_LAST = frozenset(x[-1] for x in w.SERVING_NOTES)
_SERVING_ROLES = frozenset((*w.SERVING_NOTES, "tjänstgörande"))


# A group of representatives as a sub-heading inside a present list: a compound naming whom they represent
# ("Föräldrarepresentanter:", "Elevrepresentanter", "Personalombud:"), or "Representanter" and whom, with its colon
# ("Representanter personal:", "Representanter för föräldrarna:"). (Not a sentence: "Representanter från kommunen
# informerade", no colon.)
_RX_REPRESENTATIVES_GROUP = re.compile(
    r"[A-ZÅÄÖ][a-zåäö]{2,}(?:representanter|företrädare|ombud)\s*:?|Representanter(?: för)?(?: [a-zåäö]+){1,2}\s*:"
    r"|(?:Företrädare|Representanter) för (?:de [a-zåäö]+|[a-zåäö]+(?:na|en|et))\s*:?")


def _is_group_subheading(text: str) -> bool:
    """Tell whether the line `text` is a sub-heading of a group inside a present list (`_RX_MEMBER_GROUP`,
    `w.MORE_GROUP_HEADINGS`), not a person."""
    body = text.strip()
    return len(body) < 60 and (_RX_MEMBER_GROUP.fullmatch(body) is not None
                               or _norm(body).rstrip(" :") in _MORE_GROUP_HEADINGS
                               or _RX_REPRESENTATIVES_GROUP.fullmatch(body) is not None)


_PRESENT_INTRO = tuple(w.PRESENT_INTRO_WORDS)
_PRESENT_INTRO_VERBS = frozenset(w.PRESENT_INTRO_VERBS)


def _group_role(heading: str) -> str | None:
    """The role a group sub-heading gives the persons under it: "ersättare" under "Direktionens ersättare";
    None under the members' or anyone else's heading."""
    return "ersättare" if _norm(heading).rstrip(" :").endswith("ersättare") else None


def _with_group_role(role: str | None, group_role: str) -> str:
    """A person's role under a group's sub-heading: the group's ("ersättare"), or their serving note with it
    ("tjänstgörande ersättare"); a role of their own is kept."""
    if role is None:
        return group_role
    if role.casefold() in _SERVING_ROLES:
        return f"tjänstgörande {group_role}"
    return role


_RIGHTS_WORDS = frozenset(w.ATTENDANCE_RIGHT_WORDS)  # "Närvarorätt": a column head, no name
# A list given as an attachment, flattened before the next list's names: "bilaga Jonas Fredriksson, ...",
# "ersättare, bilaga Anna Ek" (the last word of a label "Närvarande ej tjänstgörande ersättare" left over).
_RX_SEE_ATTACHMENT = re.compile(r"(?:(?:" + "|".join(w.MEMBER_GROUP_NOUNS) + r"),?\s+)?"
                                r"(?:(?:se|enligt)\s+)?bilag(?:a|or)\b[\s,:]*(?=[A-ZÅÄÖ][a-zåäö])")
_ATTACHMENT_HEADS = (*w.MEMBER_GROUP_NOUNS, "bilag")


def _is_present_intro(text: str) -> bool:
    """Tell whether the line `text` is a sentence introducing a present list ("Direktionens ledamöter och
    ersättare som var närvarande på mötet."), not a name nor the end of the list."""
    body = text.strip()
    if body[-1:] == ":" and len(body) < 120 and " " in body \
            and body[:-1].rsplit(None, 1)[-1].casefold() in _PRESENT_INTRO_VERBS:
        return True  # "Från styrelsen i Näsby Fastighetsägareförening deltog:": the verb and colon lead the names
    if len(body) >= 120 or not any(x in body.casefold() for x in _PRESENT_INTRO):
        return False
    # Without its full stop ("Direktionens ledamöter och ersättare som var närvarande på mötet") it is an
    # introduction only when it names no one: no two capitalised words side by side ("Anna Ek som var närvarande").
    return body[-1:] in ".:" or _RX_TWO_CAPITALS.search(body) is None


_RX_TWO_CAPITALS = re.compile(r"\b[A-ZÅÄÖ][\w-]*\s+[A-ZÅÄÖ]")


# Two spaces between a name of two words and the next name, in a line laid out in columns: a column's edge.
_RX_NAME_GAP = re.compile(r"(\b[A-ZÅÄÖ][a-zåäöé]+ [A-ZÅÄÖ][a-zåäöé-]+)  (?=[A-ZÅÄÖ][a-zåäöé]+ [A-ZÅÄÖ][a-zåäöé])")


def _names_in_cells(text: str, base: int) -> list[Person]:
    """Read a row of names laid out in columns, one name to a cell ("Göran Jarhult<TAB> Viktoria
    Svensson<TAB>Kicki Bengtsson"): every cell a name of two or three words beginning with a given name."""
    people: list[Person] = []
    for cell, off in _tab_cells(text):
        name = cell.strip()
        words = name.split()
        if not 1 < len(words) < 4 or not _is_given(words[0]) or _looks_like_name(name) < 1.0:
            return []
        s = base + off + cell.find(name)
        people.append(Person(name, s, s + len(name)))
    return people if len(people) > 1 else []


# The hours an entry was there, written after the name or its note, perhaps with the paragraphs after them:
# "Roger Hansson 8:15-11:", "ordf. revisionen 8:15-8:45 6", "ekonomichef 8:15-9:45 6-7". Not after "kl".
_RX_PRESENCE_HOURS = re.compile(
    r"(?<=[a-zåäö.,)] )(?<![kK]l\. )(?<![kK]l )\d{1,2}[:.]\d{2}\s*[-–]\s*\d{1,2}(?:[:.]\d{2}|:)?"
    r"(?:\s+\d{1,3}(?:\s*[-–,]\s*\d{1,3})*(?=\s|$))?(?=\s|$)")


# A year or the word for the hour: the line gives the meeting's date and time, where hours are the meeting's.
_RX_MEETING_WHEN = re.compile(r"\b(?:19|20)\d\d\b|\b(?i:klockan|kl)\b")


def _split_at_presence_hours(text: str) -> list[tuple[str, int]] | None:
    """The stretches of a list line between the hours of presence written after entries
    (`_RX_PRESENCE_HOURS`), each with its offset; None when the line has no such hours. The hours end an
    entry: "Roger Hansson 8:15-11: Kerstin Gadde Claes Nordevik" is "Roger Hansson" and then a run of names."""
    if "deltog " in text or "närvarade " in text:
        notes = list(_RX_PRESENCE_ITEMS_NOTE.finditer(text))
        if len(notes) >= 2:  # "Andreas Möller, deltog i 72, 73, 75, 76, Dan Brännström Sara Möller ..."
            return _stretches_between(text, notes)
    if ":" not in text and "." not in text:
        return None
    cuts = list(_RX_PRESENCE_HOURS.finditer(text))
    if not cuts or _RX_MEETING_WHEN.search(text, 0, cuts[-1].start()):
        return None  # ("Tunasalen, Vimmerby Tisdag 3 september 2013, klockan 09:00-16:00 Ajournering 09:05-10:05")
    return _stretches_between(text, cuts)


def _stretches_between(text: str, cuts: list[re.Match[str]]) -> list[tuple[str, int]]:
    """The stretches of `text` before, between and after the `cuts`, each with its offset, empty ones left out."""
    out: list[tuple[str, int]] = []
    pos = 0
    for m in cuts:
        out.append((text[pos: m.start()], pos))
        pos = m.end()
    out.append((text[pos:], pos))
    return [(t, at) for t, at in out if t.strip(" ,")]


# The items an entry took part in, written after its name as a note that ends the entry: "Andreas Möller, deltog i
# 72, 73, 75, 76,", "Hans Andreasson, deltog i andra halvan av 72.5 samt i 74, 77,", "Owe Kennerberg Rektor,
# Teologiska högskolan, deltog i 77", "Eva Ek närvarade under §§ 4-7" (a copy may have lost the numbers: "deltog i
# andra halvan av Margareta Larsson"). What follows is the next entry.
_RX_PRESENCE_ITEMS_NOTE = re.compile(
    r",?[ \t]*(?:deltog|närvarade)[ \t]+(?:i|under|vid|från)[ \t]+(?:(?:andra|första|senare|sista)[ \t]+(?:halvan|delen)"
    r"[ \t]+av[ \t]*)?(?:(?:§+[ \t]*)?\d{1,3}(?:\.\d{1,2})?(?:[ \t]*[-–][ \t]*\d{1,3}(?:\.\d{1,2})?)?[ \t]*,?[ \t]*"
    r"|(?:samt|och)[ \t]+(?:i[ \t]+)?|,[ \t]*)*")


# The items an entry was present for, after its name, with or without "§": "1-23", "§§ 4-5", "6".
_ITEMS_NOTE = r"(?:§+\s*)?\d{1,3}(?:\s*[-–]\s*\d{1,3})?"
_RX_NAME_ITEMS_PIECE = re.compile(rf"\s*({_NAME_WORD}(?:\s+{_LINK}{_NAME_WORD}){{1,2}})(?:\s+{_ITEMS_NOTE})?\s*")
_RX_ITEMS_PIECE = re.compile(rf"\s*{_ITEMS_NOTE}\s*")
_ITEMS_NAMES_LEAST = 3  # names the list must hold


def _names_with_items(text: str) -> list[tuple[str, int]] | None:
    """The names of a comma list whose entries carry the items they were present for: "Ulla-Karin Jönsson
    1-23, Thomas Nilsson 1, Anders Unger 1-2, 4-5, 7, Ulf Andersson 6" (a piece of numbers only goes on the
    entry before it). Each name with its offset; None unless every piece reads so, with three names at least,
    two of them with items."""
    out: list[tuple[str, int]] = []
    numbered = 0
    pos = 0
    for piece in text.rstrip(" .").split(","):
        m = _RX_NAME_ITEMS_PIECE.fullmatch(piece)
        if m is not None:
            out.append((m.group(1), pos + m.start(1)))
            numbered += m.end(1) < len(piece.rstrip())
        elif not (out and _RX_ITEMS_PIECE.fullmatch(piece)):
            return None
        pos += len(piece) + 1
    return out if len(out) >= _ITEMS_NAMES_LEAST and numbered >= 2 else None


# A group's heading written before its names on the same line, without colon: "Styrelseledamöter Mikael
# Samuelsson Tore Hjort ...", "Ledamöter Anna Ek, Bo Berg" (one capitalised word, then two capitalised words).
_RX_GROUP_WORD_BEFORE_NAMES = re.compile(r"([A-ZÅÄÖ][a-zåäö]{4,})\s+(?=[A-ZÅÄÖ][a-zåäöéü-]+,?\s+[A-ZÅÄÖ])")


# A capitalised sentence adverb after a name, opening a sentence that names more attendees: "Närvarande: Anna Ek,
# Bo Berg Dessutom Cia Holm, ...", "... Bo Berg Dessutom deltog Cia Holm", "... Bo Berg Även närvarande: Dan Lund".
_RX_MORE_ATTENDEES = re.compile(r"(?<=[a-zåäöé)])\s+(?:Dessutom|Därtill|Även)(?:\s+(?:deltog|närvarade|medverkade|"
                                r"närvarande:?|var\s+närvarande:?))?\s+(?=[A-ZÅÄÖ][a-zåäöé]+\s+[A-ZÅÄÖ])")


# A rule line drawn under a list, flattened after its last entry (perhaps with the mark of a note after it):
# "... Andreas Innab Tiger (Visk) ---------------- *" (`_line_entries`).
_RX_TRAILING_RULE = re.compile(r"\s*(?:-{4,}|_{4,}|={4,})[-_=\s*]*$")
# A stray letter typed right after a note's closing bracket, before the comma to the next entry: "Allan Förberg
# (till pkt8)m, Maria Thorsell" (`_line_entries`).
_RX_STRAY_LETTER_AFTER_NOTE = re.compile(r"(?<=\))[a-zåäö](?=,|\s*$)")


def _run_with_entries_around(text: str, base: int, known: set[str], swap: bool,
                             run: tuple[int, int, list[Person]]) -> list[Person]:
    """The persons of a run of officials read at `text[at:end]` (`run`: at, end and its persons), with the entries
    the line holds before it and after it."""
    at, end, officials = run
    before, after = text[:at].rstrip(" ,"), text[end:]
    return ((_line_entries(before, base, known, swap) if before.strip() else []) + officials
            + (_line_entries(after, base + end, known, swap) if after.strip(" ,.;:") else []))


# A section heading in capitals and a colon run on after a list ("... förvaltningsdirektör Peter Andersén ÄRENDEN:
# UNDERSKRIFT ..."): the list ends before it. Five letters or more, so that no organisation's acronym ("SISU:",
# "ILCO: Anna Ek") ends it.
_RX_CAPITALS_HEADING = re.compile(r"(?<![\w/-])[A-ZÅÄÖ]{5,}(?:\s+[A-ZÅÄÖ]{2,})*\s*:")


def _capitals_heading_at(text: str) -> int | None:
    """Where a section heading in capitals (`_RX_CAPITALS_HEADING`) that is no list label begins in a line of
    entries written in mixed case, or None."""
    for m in _RX_CAPITALS_HEADING.finditer(text):
        head = text[: m.start()]
        if any(c.islower() for c in head) and label_of(m.group().rstrip(": ").capitalize() + ":") is None:
            return m.start()
    return None


# A group's label and a dash for "no one" closing a flattened line after the last entry's role ("... Elisabeth
# Hulter, nämndsekreterare/utredare Personalföreträdare - Övriga ..."): the dash marks no one absent.
_RX_EMPTY_GROUP_END = re.compile(r"(?<=[a-zåäö])\s+([A-ZÅÄÖ][a-zåäö]+)\s+[-–]\s*$")
_GROUP_LABEL_WORDS = frozenset(w.GROUP_HEADINGS + w.MORE_GROUP_HEADINGS)


def _without_empty_group(text: str) -> str:
    """`text` without a closing group label and its dash (`_RX_EMPTY_GROUP_END`), when the label is a group heading
    and a lower-case word (a role) stands before it."""
    m = _RX_EMPTY_GROUP_END.search(text)
    return text[: m.start()] if m is not None and m.group(1).casefold() in _GROUP_LABEL_WORDS else text


# A page's number after the last entry of a flattened page: "1 (16)", "2(8)" (page 1 of 16).
_RX_PAGE_NUMBER_END = re.compile(r"\s+\d{1,3}\s?\(\d{1,3}\)\s*$")


# A group's heading run in before the first name of its line in a present list: "Ur Styrelsen", "Från styrelsen",
# "Representant iFISKE", or one plural noun of a group of people ("Fiskekontrollanter", "Kommunrepresentanter",
# "Funktionärer", "Ledamöter").
_RX_GROUP_BEFORE_NAMES = re.compile(
    r"(?:(?:Ur|Från)\s+(?:[Ss]tyrelsen|[Bb]erednings?gruppen|[Ff]örvaltningen|[Kk]ansliet|[A-ZÅÄÖ][\w-]+)"
    r"|Representant(?:er)?(?:\s+för)?\s+\S+"
    r"|[A-ZÅÄÖ][a-zåäö]{3,}(?:anter|enter|ärer|ledamöter|representanter|företrädare|funktionärer))\s+"
    r"(?=[A-ZÅÄÖ][\w-]+\s+(?:[A-ZÅÄÖ]\.\s+)?[A-ZÅÄÖ])")


def _group_before_names(text: str) -> re.Match[str] | None:
    """`_RX_GROUP_BEFORE_NAMES` at the start of `text` when a name follows it and it opens with no given name."""
    group = _RX_GROUP_BEFORE_NAMES.match(text)
    if group is None or _is_given(group.group(0).split(None, 1)[0]) \
            or _looks_like_name(" ".join(text[group.end():].split()[:2])) < 1.0:
        return None
    return group


# The heading of a group inside a list run together without separators, as a flattened copy gives "Närvarande:
# Regionala ägarrådet Birgitta Johansson, VGR ... Västtrafiks styrelse Leif Blomqvist Christina Raud ... Sekretariatet
# Rolf Thor Peter Skoglund ...": a capitalised word and a lower-case noun ("Regionala ägarrådet", "Västtrafiks
# styrelse"), or a group's word (`w.GROUP_HEADINGS`, "Sekretariatet", "Tjänstemän") perhaps with its organisation's
# capitalised name after it ("Tjänstemän Västtrafik"). Particles of names ("von", "af") are no nouns.
_RX_RUN_GROUP_HEADING = re.compile(
    r"(?<!\S)(?:[A-ZÅÄÖ][\w-]+[ \t]+(?=[a-zåäö])[\w-]*(?:" + "|".join(
        sorted({*w.MEETING_WORD_BODIES, *w.MEETING_WORD_BODIES.values()}, key=len, reverse=True)) + r")"
    r"|(?i:" + "|".join(sorted(w.GROUP_HEADINGS, key=len, reverse=True)) + r"))(?=\s|$)")
_GROUPED_RUN_LEAST = 6  # names a run of groups must give


def _group_heading_chunks(text: str) -> list[tuple[int, int]]:
    """The `[start, end)` of each group heading inside `text` (`_RX_RUN_GROUP_HEADING`): a capitalised group word,
    with the organisation's capitalised name after it that no known given name begins ("Tjänstemän Västtrafik")."""
    chunks: list[tuple[int, int]] = []
    for m in _RX_RUN_GROUP_HEADING.finditer(text):
        if not m.group(0)[:1].isupper():
            continue  # "... ledamöter": a lower-case word inside a sentence, no heading
        end = m.end()
        after = _CAP_WORD.match(text, end + 1) if text[end: end + 1] == " " else None
        if " " not in m.group(0) and after is not None and not _is_given(after.group(0)) \
                and _CAP_WORD.match(text, after.end() + 1) is not None and _is_given(
                    text[after.end() + 1:].split(None, 1)[0] if text[after.end() + 1:].strip() else ""):
            end = after.end()  # "Tjänstemän Västtrafik Håkan Bergqvist": the group's organisation
        chunks.append((m.start(), end))
    return chunks


_ORG_LED_RUN_LEAST = 3  # names the run after the organisation must give


def _organisation_before_name_run(text: str, base: int) -> list[Person]:
    """The names run together after one capitalised word that begins none ("Västtrafik Håkan Bergqvist Sara Frank
    Roger Vahnberg", a group "Tjänstemän Västtrafik" whose label word opened the list): the word is the group's
    organisation. [] unless the rest is a run of names that known given names begin (`_given_name_run`), three or
    more, and the last word is no given name (a run written surname first, "Bergqvist Håkan Frank Sara", ends in one)."""
    lead = _CAP_WORD.match(text)
    words = text.split()
    if lead is None or len(words) < 2 * _ORG_LED_RUN_LEAST + 1 or _is_given(words[0]) or not _is_given(words[1]) \
            or _is_given(words[-1]) or lead.end() != len(words[0]):
        return []
    at = text.find(words[1], lead.end())
    run = _given_name_run(text[at:].rstrip(), base + at)
    if len(run) < _ORG_LED_RUN_LEAST or not all(_is_given(p.name.split()[0]) for p in run):
        return []
    return run


def _grouped_name_runs(text: str, base: int, known: set[str], swap: bool) -> list[Person]:
    """Read a list run together in groups, each under its heading (`_group_heading_chunks`), the names of a group
    with commas and organisations ("Birgitta Johansson, VGR Mimmi von Troil, VGR") or without any separator
    ("Leif Blomqvist Christina Raud Jonny Bröndt"): each group's stretch as a line of its own. [] unless every
    stretch gives names and there are `_GROUPED_RUN_LEAST` or more."""
    chunks = _group_heading_chunks(text)
    if not chunks or (len(chunks) < 2 and chunks[0][0] > 0):
        return []
    people: list[Person] = []
    edges = [0, *(x for c in chunks for x in c), len(text)]
    stretches = list(zip(edges[0::2], edges[1::2], strict=True))  # the text between headings
    for lo, hi in stretches:
        piece = text[lo:hi]
        if not piece.strip(" ,;"):
            continue
        lead = len(piece) - len(piece.lstrip(" ,;"))
        body = piece.strip(" ,;")
        at = base + lo + lead
        found = _line_entries(body, at, known, swap) if "," in body else (
            _given_name_run(body, at) or _organisation_before_name_run(body, at))  # "Kommunstyrelsen Anna Berg ..."
        if not found:
            return []
        people.extend(found)
    return people if len(people) >= _GROUPED_RUN_LEAST else []


# The items an entry attended, in brackets after the name and before the next: "Magnus Bostrom (5-6, 12, 15) Margareta
# Brilioth (17)", "Anna Ek (§ 4-7) Bo Berg". Digits, dashes and commas only: not a party or organisation.
_RX_ITEMS_IN_BRACKETS = re.compile(r"(?<=[^\W\d_])\s*\((?:§+\s*)?\d{1,3}(?:\s*[-–,.]\s*\d{1,3})*\)(?=\s+[A-ZÅÄÖ]|\s*$)")
_ITEM_BRACKETS_LEAST = 2


# A stray space between a name and its comma, before the next name: "Patrik Sassersson , Yvonne Steen-Ohlander".
_RX_SPACE_BEFORE_COMMA = re.compile(r"(?<=[^\W\d_]) , (?=[A-ZÅÄÖ])")


def _line_entries(text: str, base: int, known: set[str], swap: bool) -> list[Person]:
    """Read the persons of one list line."""
    if text[-2:] in ("ch", "mt", " &") and "," in text:
        joining = _RX_JOINING_WORD_END.search(text.rstrip())
        if joining:  # "..., Cecilia Nordqvist och" / "Inga-Lill Gustafsson, sekreterare.": the list wrapped after "och"
            text = text[: joining.start()] + " " * (len(text) - joining.start())  # (the same length: offsets hold)
    if text[:3].lstrip()[:1].isupper():
        role_first = _role_before_name(text, base)
        if role_first is not None:  # "Ordföranden Kristina Alvendal (m)": the role before the name, on its own line
            return [role_first]
    page = _RX_PAGE_NUMBER_END.search(text) if text.endswith(")") else None
    if page:  # "... kanslidirektör, sekreterare 1 (16)": the page's number where a flattened page ends
        text = text[: page.start()]
    if text.endswith(("-", "–", "- ", "– ")):
        text = _without_empty_group(text)
    if ":" in text and len(text) > 40:
        heading = _capitals_heading_at(text)
        if heading is not None:
            text = text[:heading]
    if "----" in text or "____" in text or "====" in text:
        rule = _RX_TRAILING_RULE.search(text)
        if rule:  # "... Andreas Innab Tiger (Visk) ---------- *": a rule line drawn under the list
            text = text[: rule.start()] + " " * (rule.end() - rule.start())
    if ")" in text and _RX_STRAY_LETTER_AFTER_NOTE.search(text):
        text = _RX_STRAY_LETTER_AFTER_NOTE.sub(" ", text)  # (the same length, so offsets hold)
    if ",," in text:  # "Birgit Andersson,, Emma Dahlin": an empty cell's comma (same length, so offsets hold)
        text = text.replace(",,", ", ")
    if " , " in text:  # "Yvonne Steen-Ohlander , Cecilia Nordqvist": a stray space before the comma (same length)
        text = _RX_SPACE_BEFORE_COMMA.sub(",  ", text)
    if text.count("(") >= _ITEM_BRACKETS_LEAST and len(_RX_ITEMS_IN_BRACKETS.findall(text)) >= _ITEM_BRACKETS_LEAST:
        # "Lotta Brilioth Biornstad (5-6, 15-16, 22) Magnus Bostrom (5-6, 12) ...": the items each attended, a note
        # that ends the entry, read as its comma (the same length)
        text = _RX_ITEMS_IN_BRACKETS.sub(lambda m: "," + " " * (len(m.group(0)) - 1), text)
    if len(text) > 80 and text[:1].isupper() and text.count(" ") > 12:
        grouped = _grouped_name_runs(text, base, known, swap)
        if grouped:  # "Regionala ägarrådet Birgitta Johansson, VGR ... Sekretariatet Rolf Thor Peter Skoglund ..."
            return grouped
    if len(text) > 40 and text[:1].isupper() and "," not in text and "(" not in text:
        led = _organisation_before_name_run(text, base)
        if led:  # "Västtrafik Håkan Bergqvist Sara Frank ...": the group's organisation, left after its label
            return led
    if text[:1].isupper() and "," not in text and (group := _group_before_names(text)) is not None:
        # "Ur Styrelsen Eddie Uggla Anders Abelius", "Fiskekontrollanter Claes T. Jonsson Nils Lilja",
        # "Kommunrepresentanter Thomas Quist Sjöbo kommun": the group's heading run in before its names (a line with
        # commas is read as its entries are: "Från Förbundsstyrelsen Birgitta Berglund, Sundsvall och ...")
        return _line_entries(text[group.end():], base + group.end(), known, swap)
    comma = text.rfind(",") if "," in text and ("rån " in text or "fter " in text or "fr." in text) else -1
    late = _RX_LATE_ARRIVAL.fullmatch(text, comma + 1) if comma > 0 else None
    if late and text[:comma].strip():
        # "Davor Gaupp, från § 7 Sonny Svensson": the last entry came later, no organisation of the one before
        return [*_line_entries(text[:comma], base, known, swap),
                *_split_names(late.group(1), base + late.start(1), None, known)]
    if "ställe " in text:
        stead = _role_first_stead_entries(text, base)
        if stead:  # "Ledamot Emina Arnautovic i vars ställe Birgitta Lassas närvar Ledamot Lasse Åberg"
            return stead
    if " X " in text and text.count(" - ") + text.count(" X ") >= 2 and text[:1].isupper():
        marked_rows = _name_mark_table(text.strip(), base + len(text) - len(text.lstrip()))
        if marked_rows:  # "Ingvar Björling, ordf X Kim Björling - ...", "Gustav Blomberg X Kommundirektör"
            return marked_rows
    if (" x " in text or text[:2] in ("x ", "X ")) and text.count(" - ") + text.count(" x ") >= _MARK_FIRST_LEAST - 1:
        tables = _mark_first_rows(text, base)
        if tables:  # "x Fagerholm Thommy, ordf. x Lindgrén Jan, viceordf. ... - Waldron Christopher": marks first
            return [p for rows in tables for p in _members_called_and_away(rows)]
    if "Dessutom " in text or "Därtill " in text or "Även " in text:
        more = _RX_MORE_ATTENDEES.search(text)
        if more:  # "..., Niklas van der Schoot Dessutom Niklas Ylipää, ...": a sentence naming more attendees
            return _line_entries(text[: more.start()], base, known, swap) + _line_entries(
                text[more.end():], base + more.end(), known, swap)
    if text.count(", ") >= _COMMA_OFFICIALS_LEAST - 1 and _RX_NAME_THEN_TITLE.search(text[: text.find(", ")]):
        comma_run = _comma_officials(text, base)
        if comma_run:  # "Annika Andersson omsorgschef, Lotta Tyrberg MAS, Carl Johan Tykesson chef för adm och utv"
            return _run_with_entries_around(text, base, known, swap, comma_run)
    if len(text) > 40 and _RX_TITLE_FIRST_HINT.search(text):
        officials_first = _officials_title_first(text, base)
        if officials_first:  # "Teknisk chef Göran Landenius, va-ingenjör Conny Johansson, ekonom Ing-Mari ..."
            return _run_with_entries_around(text, base, known, swap, officials_first)
    if len(text) > 60 and _RX_TITLED_NAME.search(text):
        titled_run = _names_with_title_notes(text, base)
        if titled_run:  # "... Anders Ledskog Teknisk chef 2-5, 7-19 Johan Lewholt Ekonom, 2-5 Elisabeth Jardeby ..."
            return _run_with_entries_around(text, base, known, swap, (titled_run[0], len(text), titled_run[1]))
    if len(text) > 60 and any(map(str.isdigit, text)):
        lo, hi = _list_values(text)  # (a place before the values, an item heading after them)
        if (lo, hi) != (0, len(text)):
            return _line_entries(text[lo:hi], base + lo, known, swap) if text[lo:hi].strip() else []
    if ("-" in text or "–" in text or "deltog " in text or "närvarade " in text) and any(map(str.isdigit, text[:400])):
        stretches = _split_at_presence_hours(text)
        if stretches:
            return [p for t, at in stretches for p in _line_entries(t, base + at, known, swap)]
    if "," in text and text[:1].isupper() and any(map(str.isdigit, text[:60])):
        with_items = _names_with_items(text)
        if with_items:  # "Ulla-Karin Jönsson 1-23, Thomas Nilsson 1, Anders Unger 1-2, 4-5, 7"
            return [p for name, at in with_items for p in _line_entries(name, base + at, known, swap)]
    if text[:4].lstrip()[:1].isdigit():
        at = _numbered_name(text)  # "1. Anna Andersson": the number is no part of the entry
        if at:
            text, base = text[at:], base + at
    if ". " in text:
        glued = _RX_GLUED_ITEM.search(text)
        if glued and _norm(text[: glued.start()].rsplit(None, 1)[-1]).rstrip(".") not in _CITING_WORDS:
            text = text[: glued.start()]  # "Förhinder: Staffan, Olle, Kjell  1. Årskursträffen": the item is no entry
    if "utom" in text or "undantag" in text:
        everyone_but = _EVERYONE_BUT.match(text)
        if everyone_but:  # "Samtliga ledamöter utom David Lund": those named were not there
            at = everyone_but.start(1)
            return [p._replace(mark=False) for p in _split_names(text[at:], base + at, None, known)]
    m = _BULLET.match(text)
    if m and not _RX_ENTRIES_1.match(text):
        base += m.end()
        text = text[m.end():]
    body = text.strip()
    low = body[:24].casefold()
    if low.startswith(("se ", "enligt ")):
        # "Se bilaga Mattias Jansson (kommundirektör), ...": a flattened "Beslutande Se bilaga" before the next list
        for phrase in _SEE_ELSEWHERE:
            if low.startswith(phrase + " ") and body[len(phrase) + 1: len(phrase) + 2].isupper():
                base += text.find(body) + len(phrase) + 1
                text = body = body[len(phrase) + 1:]
                break
    if ")" in body and body[:1].isupper():
        signed = _RX_SIGNATURE_INITIALS.search(body)
        if signed and _signs(body[: signed.start()], signed.group(1)):
            # "Per Åstrand (PÅ).", "Bertil Strandberg ordf., (BS).": the initials the minutes use for the person
            signs = [signed]
            while True:  # and each next person's: "Lotta Persson (LP) vice ordf., Johanna Sandelin (JS) kassör,
                # Linnea Bergman (LB), ...", the initials signing the words since the last ones; each person is read
                # from their own piece, "Johanna Sandelin (JS) kassör,"
                nxt = _RX_SIGNATURE_INITIALS.search(body, signs[-1].end())
                if nxt is None or not _signs(body[signs[-1].end(): nxt.start()], nxt.group(1)):
                    break
                signs.append(nxt)
            starts = [0]
            for a, b in itertools.pairwise(signs):
                cap = _RX_CAPITAL_WORD.search(body, a.end(), b.start())
                starts.append(cap.start() if cap is not None else a.end())
            signers: list[Person] = []
            for sign, lo, hi in zip(signs, starts, [*starts[1:], len(body)], strict=True):
                piece = body[lo:hi].rstrip(" ,;")
                cut = sign.start() - lo, sign.end() - lo
                kept = (piece[: cut[0]] + (", " if cut[1] < len(piece.rstrip(" .")) else "")
                        + piece[cut[1]:]).rstrip(" .,")
                signers.extend(_line_entries(kept, base + text.find(body) + lo, known, swap))
            return signers
    if body.count(",") == 1 and body[:1].isupper() and "(" not in body:
        parent = _parent_with_children(body, base + text.find(body))
        if parent:
            return [parent]
    if body[:1].isupper() and body[1:3].islower():
        group = _RX_GROUP_WORD_BEFORE_NAMES.match(body)
        if group is not None and (_norm(group.group(1)) in _GROUP_HEADINGS
                                  or (label_of(group.group(1), colon_required=False) or (None,))[0] is ListKind.PRESENT):
            # "Närvarande: Styrelseledamöter Mikael Samuelsson Tore Hjort ...": the group's heading, glued before
            # its names without colon or line break, is no part of the first name
            return _line_entries(body[group.end():], base + text.find(body) + group.end(), known, swap)
    if body[-1:].islower() and body[:1].isupper() and "," not in body and body.count(" ") == 3:
        society = _name_then_local_society(body, base + text.find(body))
        if society:  # "Anders Hammarberg Medelpads fornminnesförening", "Karl-Ingvar Ångström via Skype"
            return [society]
    if "," in body[:40] and body[:1].isupper() and body.count(",") <= _SURNAME_CELLS_MOST:
        cells = _surname_given_cells(body, base + text.find(body))
        if cells:  # "Abelius, Anders             Carlsson, Anders": a row of "Surname, Given" cells
            return cells
    if body.count(",") >= _SURNAME_COMMA_LEAST - 1 and body[:1].isupper():
        pairs = _surname_comma_given_run(body, base + text.find(body))
        if pairs:  # "Backman, Inger Sandström, Hans Granvik, Dan-Anders": surname, given name, run together
            return pairs
        roled = _roled_surname_run(body, base + text.find(body))
        if roled:  # "Bergström, Marianne ledamot Eklöf, Jan-Erik ledamot Halmén, Annika ledamot ..."
            return roled
    if len(body) > 60 and body[:1].isupper() and body.count(",") - len(_RX_COMMA_BEFORE_ROLE.findall(body)) < 3 \
            and "(" not in body:
        surnames_first = _surname_first_run(body, base + text.find(body))
        if surnames_first:
            return surnames_first
    if body.count("(") >= _GROUPED_LEAST and body[:1].isupper():
        grouped = _grouped_roled_entries(body, base + text.find(body))
        if grouped:
            return grouped
    if low.startswith(_ATTACHMENT_HEADS):
        attachment = _RX_SEE_ATTACHMENT.match(body)
        if attachment:  # "ersättare, bilaga Jonas Fredriksson, ...": the list is an attachment; the next list begins
            base += text.find(body) + attachment.end()
            text = body = body[attachment.end():]
    if not body or (body[:2] not in _NO_GROUP_PAIRS and _norm(body).strip(" :") in _GROUP_HEADINGS) \
            or is_heading_row(body) or _is_group_subheading(body) or _norm(body).rstrip(" :.") in _RIGHTS_WORDS:
        return []  # "Sekretariatet": a group heading inside the list; "Ja Nej": column heads
    if body[-1:] in _SERVING_LAST and ")" in body:
        serving = _RX_SERVING_NOTE.search(body)
        if serving:  # "Niclas Burvall (S) tjänstgörande": the note after the party is no part of the name
            return [p._replace(role=p.role or "tjänstgörande")
                    for p in _line_entries(body[: serving.start()], base + text.find(body), known, swap)]
    off = text.find(body)
    if body[-1:] == "." and _RX_NAME_STOP.search(body):
        body = body[:-1]  # "..., Sven-Erik Nyström, Inger Sjöberg.": the list's full stop is no part of the name
    # Columns of a PDF come out as runs of spaces: "Anna Ek       Växjö kommun".
    if "   " in body:
        body = _RX_STYLE_1.sub(lambda m: "\t" + " " * (len(m.group(0)) - 1), body)
        if "  " in body:  # "Göran Jarhult  Viktoria Svensson<columns>": two spaces part two names too
            parted = _RX_NAME_GAP.sub(r"\1\t ", body)
            named = _names_in_cells(parted, base + off) if parted != body else []
            if named:
                return named
    if "\t" in body:
        return _tab_row(body, base + off, known)
    if len(body) > 40 and body[:1].isupper() and "," not in body and "(" not in body and ":" not in body:
        own = _names_with_own_roles(body, base + off)  # "Anna Ek enhetschef Bo Berg kanslichef ..."
        if own:
            return own
    if len(body) > 60 and body[:1].isupper() and "(" not in body and ":" not in body:
        units = _titled_unit_run(body, base + off)
        if units:  # "Alf Iwarson avdelningschef Gatuavdelningen Christer Norberg avdelningschef ..."
            return units
    if "samt " in body:
        samt = _RX_SAMT_ROLE.search(body)
        tail = _role_first_entries(body[samt.end():], base + off + samt.end()) if samt else []
        if samt and tail:  # "Name (S) och Name (L) samt sekreterare Name, socialchef Name": titles before names
            return _line_entries(body[: samt.start()], base + off, known, swap) + tail
    if len(body) > 30 and (body[:4].split(None, 1)[0] in _PARTIES or (body[:1].isupper() and " ersättare " in body[:40])):
        party_run = _party_first_run(body, base + off)
        if party_run:  # "M Bengt Ferm C Ragnar Nilsson FP Ing-Britt Spetz ...": the parties before the names
            return party_run
    if len(body) > 60 and body[:1].isupper() and body[-1:].islower():
        column = _role_column_start(body)
        if column > 0:  # "Anna Ek (M) Bo Berg (S) ordförande ledamot": the roles' column is read by no one
            return _line_entries(body[:column], base + off, known, swap)
        noted_run = _name_note_run(body, base + off)
        if noted_run:  # "Beatrice Zsoka (M) ersättare Helene Blom miljöinspektör, Hans Boman stadsarkitekt ..."
            return noted_run
    if body.count(",") >= 2 and (" för " in body or body[:1].islower()):
        mixed = _mixed_sentence_pieces(body, base + off)
        if mixed:  # "Anna Ek för UF Umeå, Bo Berg för UF Lund, förbundsordförande Cia Holm och ..."
            return mixed
    if body[:1].islower() or (body[:2] not in _NO_ROLE_PAIRS and _norm(body.split(None, 1)[0]) in _ROLE_WORDS):
        titled = _role_first_entries(body, base + off)
        if titled:
            return titled
        single = _ROLE_FIRST.fullmatch(body) if body[:1].isupper() else None
        if single and _is_title(single.group(1)) and _looks_like_name(single.group(2)) >= 1.0 \
                and _PARTICLES_OF_PROSE.isdisjoint(single.group(2).casefold().split()):
            # "Förvaltningschef Anna-Karin Eklund", "Tf förvaltningschef Jessica Hellberg": one title before its name
            s = base + off + single.start(2)
            return [Person(single.group(2), s, s + len(single.group(2)), role=single.group(1).casefold())]
        title, _, rest = body.partition(" ")
        if rest[:1].isupper() and "," in rest and title[:1].isupper():
            # "Ordf. Lars Andersson, Anita Larsson, ...": the first entry's title opens the line
            at = base + off + len(title) + 1
            listed = _line_entries(rest, at, known, swap)
            if len(listed) > 1 and listed[0].start == at:
                listed[0] = listed[0]._replace(role=listed[0].role or title.casefold())
                return listed
    if ": " in body and body[:1].isupper():
        titled_tail = _RX_TITLE_COLON_INSIDE.search(body)
        if titled_tail and _is_title(titled_tail.group(1)) and not any(
                c in ".:;,()" or c.isdigit() for c in body[: titled_tail.start()]):
            # "Astrid Wetterström Protokollssekreterare: Linda Adolfsson": a titled entry after the list's names
            # (only bare names before it: not "... 1:Mötet öppnas ... Föredragande: Ann Ek", items run on, nor
            # "Bo Berg (M), Göteborg Sekreterare: Ann Ek" closing a list of the absent)
            at = titled_tail.start(2)
            head = _line_entries(body[: titled_tail.start()], base + off, known, swap)
            tail_people = _line_entries(body[at:], base + off + at, known, swap)
            if head and tail_people:
                role = titled_tail.group(1).casefold()
                return head + [tail_people[0]._replace(role=tail_people[0].role or role)] + tail_people[1:]
    if "ekreterare " in body or "rotokollförare " in body:
        closing = _CLOSING_ROLE.search(body)
        head = _line_entries(body[: closing.start()], base + off, known, swap) if closing else []
        if closing and head:  # "..., Sunny Sandström (delvis) Sekreterare Marianne Hammarström"
            s = base + off + closing.start(2)
            return head + [Person(closing.group(2), s, s + len(closing.group(2)), role=closing.group(1).casefold())]
    if "kl" in body[-40:] and _RX_DATE_TIME_END.search(body[-60:]):
        return []  # "Messingen, Industivägen 20 b, rum Nielsen Måndag den 27 februari 2012, klockan 18:": place, time
    if "kl" in body[:200] and "(" not in body[:200]:
        dated = _RX_DATED_TIME.search(body[:200]) or _RX_DATED_LOST_TIME.search(body[:200])
        names = _line_entries(body[dated.end():], base + off + dated.end(), known, swap) if dated else []
        if dated and len(names) == 1:
            names = _roled_first_then_run(body[dated.end():], base + off + dated.end(), known, swap) or names
        if len(names) > 1:  # "<venue> den 30 mars 2011 klockan 13-15:20 Harriet Jorderud ...": the row's values
            return names
    if "(" not in body and (" för " in body or " ej " in body) and (
            _RX_FOR_MEMBER.search(body) or _RX_NOT_SERVING.search(body)):
        substituted = _substitute_run(body, base + off)
        if substituted:
            return substituted
    if ("rsätts av" in body or "rsattes av" in body) and _REPLACED_BY.match(body):
        # "Anna Ek (S) ersätts av Bo Berg (S)": the member is not there, the substitute is (whatever the list)
        by = _person(body, base + off, known=known)
        return [by] if by else []
    if "," in body and (" – " in body or " - " in body or " — " in body):
        dashed = _dash_entries(body, base + off, known)
        if dashed:
            return dashed
    if body[-2:] in (" X", " x", " -", " –") and body[:1].isalpha():
        party_first = _party_first_marked(body, base + off)
        if party_first:  # "ÖP Franz Heinel, ordförande X C Kristina Lemon X s Margareta Olin X"
            return party_first
    if ", " in body and _RX_ROLE_AFTER_COMMA.search(body):
        roles = _runs_with_roles(body, base + off)
        if roles:
            return roles
    if "(" in body and body[:1].isupper():
        at = body.find("(")
        if at > 10 and "," not in body[:at]:  # "Anna Ek Bo Berg Cia Holm (S) (M) ordförande (V)"
            paired = _names_then_parties(body, base + off)
            if paired:
                return paired
    paren = _paren_entries(body, base + off)
    if paren:
        return paren
    if "(" in body and body[:1].isupper():
        roled = _names_with_paren_roles(body, base + off)
        if roled:
            return roled
    org_run = _org_entries(body, base + off) if body.count("nämnden") + body.count("styrelsen") > 1 else []
    if org_run:
        return org_run
    marked = _marked_entries(body, base + off) if (" - " in body or " 1 " in body or " X " in body) else []
    if marked:
        return marked
    marked = _name_mark_run(body, base + off) if " X " in body else []
    if marked:  # "Ingvar Björling, KST-ordförande X Camilla Andersson - Gerd Bergman X": no party column
        return marked
    if body.count("), ") > 1:
        placed = _party_place_entries(body, base + off, known)
        if placed:
            return placed
    lettered = _letter_mark_entries(body, base + off, known) if _may_letter_mark(body) else []
    if lettered:
        return lettered
    party_run = _party_entries(body, base + off, known) if body.count("(") > 2 else []
    if party_run:
        return party_run
    if body.count(",") > 0 and body.count("(") > 1:
        party_org = _party_org_pieces(body, base + off)
        if party_org:  # "Anna Ek (S) Region Kronoberg, Bo Berg (M) Växjö kommun"
            return party_org
    if "," in body and "(" not in body:
        placed_after = _name_org_pieces(body, base + off)
        if placed_after:  # "Anna Ek Region Kronoberg, Bo Berg Växjö kommun"
            return placed_after
    if body.count(",") > 1 and body[:1].isupper():
        placed_after = _name_then_org_pieces(body, base + off)
        if placed_after:  # "Camilla Lagerqvist Lernia Utbildning, Linda Skår Metso Sverige, Jan Johansson GTC"
            return placed_after
    if body.count(",") > 1 and "(" not in body and len(body) > 40:
        orged = _names_with_comma_orgs(body, base + off, known)
        if orged:  # "Malin Hagman, Rädda Barnen Lund Eva Wallengren, IM Lund Erwin Apitzsch, Linero IF"
            return orged
    named = _name_list_run(body, base + off, known) if ("," in body or " och " in body) else []
    if named:
        return named
    closed: list[re.Match[str]] | None = None  # `_name_comma_matches(body)`, found once
    searched = False
    if len(body) > 100 and body.count(",") + body.count("(") > 1:
        low = _norm(body)
        if any(o in low for o in known):
            return _split_names(body, base + off, None, known)
        closed, searched = _name_comma_matches(body), True
        if closed and len(closed) > 1:
            return _flattened(body, base + off, known, closed)
    if ";" in body:
        people: list[Person] = []
        pieces = [m for m in _RX_ENTRIES_2.finditer(body) if m.group(0).strip()]
        if len(pieces) > 1 and _lone_role_word(pieces[0].group(0)):
            pieces = pieces[1:]  # "Föredragande; Jan Larsson, Christina Liffner": the role of the names, no one
        swap_pieces = _swap_mode([m.group(0) for m in pieces])
        for m in pieces:
            people.extend(_entries(m.group(0), base + off + m.start(), known, swap_pieces))
        return people
    colon = _RX_ENTRIES_3.match(body) if ":" in body else None
    if colon and label_of(body) is None:
        org = colon.group(1).strip()
        named_text = colon.group(2)
        dated = _RX_SIGNED_WHEN.search(named_text) if "justering" in org.casefold() else None
        if dated is not None:  # "Plats och tid för justering: Charles Pylad, politisk sekreterare Tisdagen den 28 mars
            named_text = named_text[: dated.start()]  # 2017, Regionens hus, Storgatan 27, Uppsala": the signing's when and where
        if _role_of(org):  # "Ordförande: Anna Ek": a role, not an organisation
            return [p._replace(role=p.role or org.casefold())
                    for p in _split_names(named_text, base + off + colon.start(2), None, known)]
        known.add(_norm(org))
        return _split_names(named_text, base + off + colon.start(2), org, known)
    if not swap and _is_name_list(body, known):
        return _split_names(body, base + off, None, known)
    pair = _RX_ENTRIES_4.match(body) if "och" in body or "samt" in body or "&" in body else None
    if pair and _looks_like_name(_name_part(pair.group(1))) and _looks_like_name(_name_part(pair.group(2))):
        # "Anna Ek och Bo Berg, Växjö kommun": two people sharing what follows
        rest = pair.group(3) or ""
        people = []
        for g in (1, 2):
            p = _person(pair.group(g) + rest, base + off + pair.start(g), known=known)
            if p:
                people.append(p)
        return people
    if not searched:
        closed = _name_comma_matches(body)
    if closed and len(closed) > 1:  # "Eva Ek, kommunchef Fredrik Falk, sekreterare"
        return _flattened(body, base + off, known, closed)
    run = _acronym_entries(body, base + off) or _run_together(body, base + off)
    if not run and body[-1:].isalpha() and body.rsplit(None, 1)[-1].casefold() in _ROLE_WORDS:
        run = _given_name_run(body, base + off)  # "Peter Löthman Gun-Marie Sjölander Sekreterare": a label's word last
    if run:
        return run
    if body[:1].isupper() and "," not in body and "(" not in body and body.count(" ") >= 7:
        titled = _names_then_titles(body, base + off)
        if titled:
            return titled
        between = _names_between_titles(body, base + off)
        if between:  # "Eva Engström Sekreterare Thord Wannberg Kommunchef ..."
            return between
    acronym = _acronym_person(body, base + off)
    if acronym:
        return [acronym]
    joined = (_names_joined_after_comma(body, base + off) or _glued_names_after_comma(body, base + off)) \
        if "," in body else None
    if joined:  # "Bo Eriksson, Kristina Johansson och sekreterare Karin Alm": no name and organisation
        return joined
    p = _person(body, base + off, known=known, swap=swap)
    if p is None and body.count(" ") > 3:  # "Birgit Nielsen Mötet delas in i fem pass": a name, then a sentence
        return _name_list_run(body, base + off, known, single=True)
    return [p] if p else []


_BODY_WORD = r"[A-ZÅÄÖ][a-zåäö]*(?:nämnden|styrelsen)"
# "Uno Tjernström Omsorgsnämnden", "Jan Blomqvist Kultur- och fritidsnämnden", "Christer Nyberg PRO",
# "Lars Holmström PRO, Ordförande", "Vivi-Ann Vallin, ers PRO för Margareta Nyberg".
_ORG_ENTRY = re.compile(
    rf"\s*(?P<name>(?!{_BODY_WORD}\b){_NAME_WORD}(?:\s+(?!{_BODY_WORD}\b){_NAME_WORD}){{1,2}}?)"
    r"(?:\s*,\s*ers\.?\s+(?P<sorg>[A-ZÅÄÖ]{2,6})\s+för\s+"
    rf"(?P<sub>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,2}}?)(?=\s+{_NAME_WORD}\s+{_NAME_WORD}|\s*$)"
    r"|\s+(?P<org>[A-ZÅÄÖ]{2,6}\b|(?:[A-ZÅÄÖ][a-zåäö]+-?\s+(?:och\s+)?)?[A-Za-zåäöÅÄÖ]*(?:nämnden|styrelsen)\b)"
    r"(?:\s*,\s*(?P<role>(?i:ordförande|vice ordförande|sekreterare)))?)\s*")


def _org_entries(text: str, base: int) -> list[Person]:
    """Read "Name Organisation" entries run together, each organisation a committee ("Omsorgsnämnden",
    "Humanistiska nämnden", "Kultur- och fritidsnämnden", "Kommunstyrelsen") or an acronym ("PRO"): "Lars
    Holmström PRO, Ordförande Uno Tjernström Omsorgsnämnden Susanne Sturk Humanistiska nämnden ...". A
    substitute "Vivi-Ann Vallin, ers PRO för Margareta Nyberg" keeps the member in the role. Every word of the
    text must belong to an entry; otherwise nothing is guessed."""
    people: list[Person] = []
    pos = 0
    n = len(text)
    while pos < n:
        m = _ORG_ENTRY.match(text, pos)
        if not m or m.end() == pos:
            return []
        org = m.group("org") or m.group("sorg")
        if org in _PARTIES:
            return []  # "Anna Ek S": a party, read elsewhere
        role = f"ersättare för {m.group('sub')}" if m.group("sub") else (m.group("role") or "").casefold() or None
        s = base + m.start("name")
        people.append(Person(m.group("name"), s, s + len(m.group("name")), organisation=org, role=role))
        pos = m.end()
    return people if len(people) >= 3 else []


_MARKED_ENTRY = re.compile(
    rf"\s*(?:Vakant plats\s+)?(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,2}})\s+\(?(?P<party>{_PARTY})\)?"
    r"\s+(?P<mark>1|X|x|-|–|0)(?=\s|$)(?P<role>\s+(?i:"
    + "|".join(re.escape(r) for r in sorted(w.ROLE_WORDS, key=len, reverse=True)) + r")(?=\s|$))?\s*")


# A row of a table whose party column stands before the name, flattened into one line: "ÖP Franz Heinel,
# ordförande X", "C Kristina Lemon X", "s Margareta Olin X". The party is a national one in either case or a
# local code in capitals ("ÖP"); the mark follows the name and perhaps a role after a comma.
_PARTY_FIRST_ENTRY = re.compile(
    rf"\s*(?P<party>(?i:{_PARTY})|[A-ZÅÄÖ]{{2,3}})\s+(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,2}})"
    r"(?:\s*,\s*(?P<role>(?i:" + "|".join(re.escape(r) for r in sorted(w.ROLE_WORDS, key=len, reverse=True))
    + r")))?\s+(?P<mark>X|x|-|–)(?=\s|$)\s*")


def _party_first_marked(text: str, base: int) -> list[Person]:
    """Read the rows of a flattened table of party, name and mark ("ÖP Franz Heinel, ordförande X C Kristina
    Lemon X s Margareta Olin X"): three rows or more, and nothing else on the line."""
    people: list[Person] = []
    pos = 0
    while pos < len(text):
        m = _PARTY_FIRST_ENTRY.match(text, pos)
        if not m:
            return []  # other text among the rows: another layout
        party = m.group("party")
        s = base + m.start("name")
        role = m.group("role")
        people.append(Person(m.group("name"), s, s + len(m.group("name")),
                             party=party.upper() if party.casefold() in _PARTY_WORDS else party,
                             role=role.casefold() if role else None, mark=m.group("mark") in ("X", "x")))
        pos = m.end()
    return people if len(people) >= 3 else []


def _marked_entries(text: str, base: int) -> list[Person]:
    """Read the rows of an attendance table flattened into one line: "Ledamöter (7) Erik Bergkvist S 1
    Ordförande Anders Ågren M 1 Tomas Mörtsell C - Vakant plats Nicke Grahn L 1": name, party and a mark
    ("1" or "X" there, "-" or "0" not), perhaps a role. A short heading may stand before the first row."""
    first = _MARKED_ENTRY.search(text, 0, 200)  # the first row begins within 40 characters: no further search
    if not first or first.start() > 40 or "," in text[: first.start()]:
        return []
    people: list[Person] = []
    pos = first.start()
    while pos < len(text):
        m = _MARKED_ENTRY.match(text, pos)
        if not m or m.end() == pos:
            return []  # other text among the rows: another layout
        role = m.group("role").strip() if m.group("role") else None
        if role and not _role_of(role.casefold()):
            return []
        s = base + m.start("name")
        people.append(Person(m.group("name"), s, s + len(m.group("name")), party=m.group("party"),
                             role=role.casefold() if role else None, mark=m.group("mark") in ("1", "X", "x")))
        pos = m.end()
        if text[pos:].strip() == "Vakant plats":
            break
    return people if len(people) >= 3 else []


# A row of a presence table without a party column, flattened: the name, perhaps a comma and a role, then the mark
# of the "Närv." column, "X" for present and "-" for absent: "Ingvar Björling, KST-ordförande X", "Camilla
# Andersson -", "Mathias Styrström, kommundirektör X" (`_name_mark_run`).
_NAME_MARK_ROW = re.compile(
    rf"\s*(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,2}})"
    r"(?:,\s*(?P<role>[\wåäöÅÄÖ.-]+(?:\s+[a-zåäö][\wåäö.-]*){0,3}))?\s+(?P<mark>X|x|-|–)(?=\s|$)\s*")


def _name_mark_run(text: str, base: int) -> list[Person]:
    """Read a whole text of `_NAME_MARK_ROW` rows: three rows at least, one marked present; [] when other text
    stands among them."""
    people: list[Person] = []
    pos = 0
    while pos < len(text):
        m = _NAME_MARK_ROW.match(text, pos)
        if not m or m.end() == pos:
            return []
        role = m.group("role")
        s = base + m.start("name")
        people.append(Person(m.group("name"), s, s + len(m.group("name")), role=role.casefold() if role else None,
                             mark=m.group("mark") in ("X", "x")))
        pos = m.end()
    return people if len(people) >= 3 and any(p.mark for p in people) else []


# A presence table whose mark column stands before the names, flattened: "x Fagerholm Thommy, ordf. x Lindgrén
# Jan, viceordf. x Ahlqvist Annika ... - Waldron Christopher - - Jansson Benitha", "x Höglund, Roger, ordförande -
# Lignell, Maj-Gun". A mark is an "x" or a dash before a capitalised word (or before the dash of an empty row);
# the name is written surname first, with or without a comma, and a role in lower case may follow it after a comma
# (`_mark_first_rows`).
_RX_MARK_BEFORE_NAME = re.compile(r"(?:(?<=\s)|^)([xX]|-|–)(?=\s+(?:[A-ZÀ-ÖØ-Þ]|[-–](?:\s|$)))")
_ROW_NAME_WORD = r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:-[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)?"
_RX_MARKED_ROW_NAME = re.compile(
    rf"\s*(?:(?P<sur>{_ROW_NAME_WORD}),\s*(?P<given>{_ROW_NAME_WORD})|(?P<a>{_ROW_NAME_WORD})\s+(?P<b>{_ROW_NAME_WORD}))"
    r"(?=[\s,]|$)(?:\s*,\s*(?P<role>[a-zåäö][\w.-]*(?:\s+[a-zåäö][\w.-]*){0,3}))?")
_MARK_FIRST_LEAST = 4  # marked rows the table must hold
_MARK_FIRST_LEAD = 60  # characters that may stand before the first mark (a place read before the list)
_RX_HOURS_NOTE = re.compile(r"[-–]?\s*\d{1,2}[:.]\d\d(?:\s*[-–]\s*(?:\d{1,2}[:.]\d\d)?)?")
_MARK_FIRST_STRAY = 3  # letters of a stray lower-case word after a row ("fr", "kl")


def _marked_row_person(text: str, at: int, base: int) -> tuple[Person, int, bool] | None:
    """The person of a marked row's text at `at` (see above), given name first when the name is "Surname, Given",
    as written otherwise; where the row's name and role end; and whether a name without comma reads surname
    first (its second word a known given name, its first none). None when no name begins there."""
    m = _RX_MARKED_ROW_NAME.match(text, at)
    if not m:
        return None
    role = m.group("role")
    role = role.casefold() if role else None
    if m.group("sur"):
        s, e = m.start("sur"), m.end("given")
        return Person(f"{m.group('given')} {m.group('sur')}", base + s, base + e, role=role), m.end(), False
    a, b = m.group("a"), m.group("b")
    return (Person(f"{a} {b}", base + m.start("a"), base + m.end("b"), role=role), m.end(),
            _is_given(b) and not _is_given(a))


def _mark_first_rows(text: str, base: int) -> list[list[Person | None]]:
    """Read a flattened presence table with the mark before each name (see above) into its rows in order, each a
    person with the mark, or None for a row without a name or a mark (an empty row "- -", a person whose mark was
    lost: "x Lindblom, Regina, andre vice, Haupt, Charlotta", "kl Cecilia Berndtsson"). A capitalised label after
    a row ("x Ekebom, Jana Föredragande x Oriander Niklas") begins another table: one list of rows each. Names
    without comma are turned given name first when most of them read surname first ("Fagerholm Thommy" also
    where "Thommy" is no known given name). [] when other text stands among the rows or fewer than
    `_MARK_FIRST_LEAST` rows hold a marked person."""
    marks = list(_RX_MARK_BEFORE_NAME.finditer(text))
    if len(marks) < _MARK_FIRST_LEAST or marks[0].start() > _MARK_FIRST_LEAD:
        return []
    tables: list[list[Person | None]] = [[]]
    plain: list[Person] = []  # the names written without comma
    surname_first = 0
    for k, mark in enumerate(marks):
        stop = marks[k + 1].start() if k + 1 < len(marks) else len(text)
        if not text[mark.end(): stop].strip():
            tables[-1].append(None)  # an empty row: its mark, and no name
            continue
        read = _marked_row_person(text[:stop], mark.end(), base)
        if read is None:
            return []
        person, end, reversed_name = read
        person = person._replace(mark=mark.group(1) in ("x", "X"))
        if "," not in text[mark.end(): person.end - base]:
            plain.append(person)
            surname_first += reversed_name
        tables[-1].append(person)
        tail = text[end:stop].strip(" ,")
        if not tail:
            continue
        words = tail.split(None, 1)
        if len(words) == 1 and tail[:1].isupper():
            tables.append([])  # "Föredragande": a label; another table begins
            continue
        if (len(words) == 1 and len(tail) <= _MARK_FIRST_STRAY) or _RX_HOURS_NOTE.fullmatch(tail):
            continue  # "x Lindblom Jörgen fr x Linde Guy": a stray word of a cell; "- 18:40", "19:15-19:25": hours
        at = end + text[end:stop].find(tail) + (0 if tail[:1].isupper() else len(words[0]))
        if (tail[:1].isupper() or len(words[0]) <= _MARK_FIRST_STRAY) \
                and _marked_row_person(text[:stop], at, base) is not None:
            tables[-1].append(None)  # ", Haupt, Charlotta", "kl Cecilia Berndtsson": a row whose mark was lost
            continue
        return []  # other text among the rows
    if sum(1 for t in tables for p in t if p is not None) < _MARK_FIRST_LEAST \
            or sum(1 for t in tables for p in t if p is not None and p.mark) < 2:
        return []  # ("Anna Holm - Bo Berg - Karin Ek": dashes between names, no marks)
    if surname_first * 2 > len(plain):
        turned = {id(p) for p in plain}
        tables = [[p._replace(name=" ".join(reversed(p.name.split(" ", 1)))) if p is not None and id(p) in turned
                   else p for p in t] for t in tables]
    return [t for t in tables if t]


def _members_called_and_away(rows: list[Person | None]) -> list[Person]:
    """The persons of a presence table's rows (see `_mark_first_rows`), without those not called: a table of
    members and their personal substitutes, two columns with a mark each, flattened column by column (the chair
    on the first row, the vice chair on the second) or row by row (the vice chair on the third row), has the
    substitutes in the second half or on every second row; a substitute marked absent was not called and is in
    neither list. A person whose mark was lost (None) is in neither list."""
    n = len(rows)
    roles = [_norm(p.role) if p is not None and p.role else "" for p in rows]
    chair = roles[0].startswith("ordf") if roles else False
    vice = next((k for k, r in enumerate(roles) if "vice" in r), None)
    substitute: set[int] = set()
    if chair and n >= 6 and n % 2 == 0 and vice in (1, 2):
        substitute = set(range(n // 2, n)) if vice == 1 else set(range(1, n, 2))
    return [p for k, p in enumerate(rows) if p is not None and (p.mark or k not in substitute)]


# The column heads of a presence table's next part, flattened onto the end of the rows before it: "... Linda-Marie
# Bladh - Namn Närv. Funktion" (the heads of the "Övriga" rows that follow).
_RX_TRAILING_MARK_HEADS = re.compile(r"\s+Namn\s+Närv(?:\.|aro)?(?:\s+(?:Funktion|Roll|Titel))?\s*$")
# A row of name, mark and function, the function capitalised in a column of its own: "Gun-Britt Lyngander -
# Kfge-ordf. Dan-Johan Dahlblom - Kfge-vice ordf. Gustav Blomberg X Kommundirektör" (`_name_mark_function_run`).
_NAME_MARK_FUNCTION_ROW = re.compile(
    rf"\s*(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,2}})\s+(?P<mark>X|x|-|–)\s+"
    r"(?P<role>[A-ZÅÄÖ][\wåäö.-]*(?:\s+[a-zåäö][\wåäö.-]*){0,2})(?=\s|$)\s*")


def _name_mark_function_run(text: str, base: int) -> list[Person]:
    """Read a whole text of `_NAME_MARK_FUNCTION_ROW` rows: three rows at least, one marked present; [] when other
    text stands among them."""
    people: list[Person] = []
    pos = 0
    while pos < len(text):
        m = _NAME_MARK_FUNCTION_ROW.match(text, pos)
        if not m or m.end() == pos:
            return []
        s = base + m.start("name")
        people.append(Person(m.group("name"), s, s + len(m.group("name")), role=m.group("role").casefold(),
                             mark=m.group("mark") in ("X", "x")))
        pos = m.end()
    return people if len(people) >= 3 and any(p.mark for p in people) else []


def _name_mark_table(text: str, base: int) -> list[Person]:
    """Read a flattened presence table of name (perhaps with a role after a comma) and mark, or of name, mark and
    function, where column heads of a next part may end it ("... Linda-Marie Bladh - Namn Närv. Funktion"); a
    table of members and personal substitutes drops the substitutes not called (`_members_called_and_away`)."""
    heads = _RX_TRAILING_MARK_HEADS.search(text) if "Närv" in text[-30:] else None
    body = text[: heads.start()] if heads else text
    rows = _name_mark_function_run(body, base) or _name_mark_run(body, base)
    return _members_called_and_away(list(rows)) if rows else []


_PARTY_ENTRY = re.compile(
    r"\s*(?:(?:,|och\b|samt\b)\s*)?"  # "Name (S), Name (V) och Name (L)"
    rf"(?P<name>{_NAME_WORD}(?:\s+{_LINK}{_NAME_WORD}){{1,2}}|(?i:{'|'.join(w.VACANT_WORDS)}))"
    r",?\s*(?:\((?P<party>[A-ZÅÄÖ]{1,4}|Fp|Kd|Mp|Sd|s|m|c|v|l|kd|fp|mp|sd)\))?"  # "Ida Stafrin, (C)", "Ulla Persson (Fp)", "Bo Ek (s)"
    r"(?:\s+(?:ej\s+)?(?:§+\s*)?\d{1,3}(?:\s*[-–]\s*\d{1,3})?(?=\s|,|$))?"  # "(SD) ej 13": paragraphs
    r"(?P<org>\s+[A-ZÅÄÖ][a-zåäö]+\s+(?:kommun|stad|region|landsting))?"
    # "tj ledamot", "tjg ersättare": serving
    # "(c) tjg.ers.", "(SRF) tjg. ers.", "(DHR), ers.": a substitute, serving or not, in short after the bracket
    # "(s) femte ers för majoriteten", "(fp) fjärde ers minoriteten": a substitute in the order of the side
    r"(?P<role>,?\s+(?P<ers>(?:(?:ej\s+)?tjg?\.?\s*"
    r"|(?:första|förste|andra|andre|tredje|fjärde|femte|sjätte|sjunde|åttonde|nionde|tionde)\s+)?ers\.?)"
    r"(?=[\s,]|$)"
    r"(?:\s+(?:för\s+)?(?:majoriteten|minoriteten)(?=[\s,]|$))?"
    # "(c), förste vice ordf": the role after a comma, two words before it; "(s), inte närvarande": absent
    r"|,?\s+(?!(?:och|samt)\s)(?:\d[:-]e\s+)?(?:(?:vice|förste|andre|tj\.?|tjg\.?|tjänstgörande)\s+){0,2}"
    r"(?:inte\s+)?[a-zåäö]+)?"
    rf"(?:\s*\((?:ers\.?|ersätter|ersättare\s+för)\s+(?P<sub>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,2}})"
    r"\s*(?:\([A-ZÅÄÖ]{1,4}\))?\s*\))?"
    # "(M) Ersättare för Gudrun Gustafsson (M) 68-81,83": a role column naming the replaced member and the
    # paragraphs the substitute served for
    # "(s) tj ers för R Johansson Eva Löfquist (s)": "ers" without its full stop, the member's given name an
    # initial; the member's name ends where the next entry's name and party begin
    rf"(?:(?:(?<=ersättare)|(?<=ers\.)|(?<=\bers))\s+för\s+(?P<for>(?:[A-ZÅÄÖ]\.?\s+)?{_NAME_WORD}"
    rf"(?:\s+{_NAME_WORD}){{0,2}}?)(?=\s*(?:\(|§|\d|$)|\s+{_NAME_WORD}\s+{_NAME_WORD},?\s*\()"
    r"\s*(?:\([A-ZÅÄÖa-zåäö]{1,4}\))?"
    r"(?:\s+§?\s*\d{1,3}(?:\s*[-–]\s*\d{1,3})?(?:\s*,\s*\d{1,3}(?:\s*[-–]\s*\d{1,3})?)*(?=\s|$))?)?\s*")
# A role written with a capital in its own column after each "Name (P)" of a flattened table: "Stig Nilsson (S)
# Ledamot Kenneth Gustafsson (S) Ledamot", "Bo Malm (V) 1:e vice ordförande". Two or more singular "Ledamot" after a
# party show the column (a group label is plural, "Ledamöter", or stands once: "(SD) Tjänstgörande ersättare").
_CAPITAL_ROLE_AFTER_PARTY = re.compile(r"(?<=\))(\s+(?:\d[:-]e\s+)?)(Ledamot|Ordförande|Vice ordförande|Ersättare(?=\s+för\s))\b")
_MEMBER_ROLE_COLUMN = re.compile(r"\)\s+Ledamot\b(?!\s+(?:för|i)\b)")
# A column of roles after the names: "ordförande vice ordförande ersättare för Karin Andersson (M)",
# capitalised ("Ordförande Vice ordförande för Kenneth Challis (V)"), and "för Name (P)" alone.
_ROLE_COLUMN = re.compile(
    r"\s*(?:(?:(?:\d[:-]e\s+)?(?:(?:[Vv]ice|[Ff]örste|[Aa]ndre)\s+)?"
    r"(?!för\s)[A-ZÅÄÖa-zåäö][a-zåäö]+(?=\s|$))?"
    rf"(?:\s*\bför\s+(?P<sub>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,2}})(?:\s*\([A-ZÅÄÖ]{{1,4}}\))?)?)\s*")


def _is_role_word(text: str) -> bool:
    last = text.split()[-1] if text.strip() else ""
    return last in _ROLE_WORDS or last.endswith(_ROLE_SUFFIX_ENDS)


# The party in parentheses that closes each name of "Name (P), Place[, role]" entries (`_party_place_entries`).
_PARTY_CLOSE = re.compile(rf"\s*\(({_PARTY})\)", re.IGNORECASE)
_PAREN_NOTE = re.compile(r"\([^()]*\)")


def _place_and_name(piece: str) -> tuple[str, str] | None:
    """Split the words before a party into what ends the previous entry and the name: "Partille Jarl
    Karlsson" -> ("Partille", "Jarl Karlsson"), "Göteborg Kerstin Sundén Bergqvist" -> ("Göteborg",
    "Kerstin Sundén Bergqvist"), "ordf. Owe Nilsson" -> ("ordf.", "Owe Nilsson"). The name is the last two
    capitalised words, or three when the first of them is a given name and the second is not; a particle among
    them ("Da", "von") takes the word before it too ("Mölndal Carlos Rebelo Da Silva" -> ("Mölndal", "Carlos
    Rebelo Da Silva")."""
    words = piece.split()
    if len(words) < 2 or not words[-1][:1].isupper() or not (words[-2][:1].isupper() or words[-2] in _PARTICLES):
        return None
    n = 2
    while n < len(words) and words[-n].casefold() in _PARTICLES and words[-n - 1][:1].isupper():
        n += 1  # "Mölndal Carlos Rebelo Da Silva": a particle belongs to the surname, with the word before it
    if len(words) > n and words[-n - 1][:1].isupper() and _is_given(words[-n - 1]) and not _is_given(words[-n]):
        n += 1
    name = " ".join(words[-n:])
    return (" ".join(words[:-n]), name) if _looks_like_name(name) >= 1.0 else None


def _party_place_entries(text: str, base: int, known: set[str]) -> list[Person]:
    """Read "Name (P), Place[, role]" entries run together, as a flattened column of members with the
    municipality each represents: "Jan Hallberg (M), Göteborg, ordf. Owe Nilsson (S), Göteborg Stefan
    Svensson (M), Partille". A comma follows each party; the words before the next name are the previous
    entry's place (capitalised) or role (lower case). After the last entry its place stands, and what
    follows the place is read as entries of its own ("Mölndal Sekreterare Gunnel Rydberg, GR"). Two entries
    are enough when a place stands between them ("Thorsten Larsson (m), Alingsås Anna Palmér (s), Härryda": a
    line of such a column wrapped after two)."""
    parens = list(_PARTY_CLOSE.finditer(text))
    if len(parens) < 2:
        return []
    people: list[Person] = []
    pos = 0
    for m in parens:
        seg = text[pos: m.start()]
        if people:
            if not seg.startswith(","):
                return []  # no comma after a party: another layout
            if "(" in seg and any(_looks_like_name(_PAREN_NOTE.split(x)[0].strip()) >= 1.0
                                  for x in seg[1:].split(",")[:-1] if "(" in x):
                return []  # "(M), Kerstin Bengtsson (delvis), Kjell Grahn (V)": a name and its note, no place
            pieces = _PAREN_NOTE.sub(" ", seg[1:]).split(",")
            split = _place_and_name(pieces[-1])
            if split is None:
                return []
            tail, name = split
            extra = [x.strip() for x in pieces[:-1] + [tail] if x.strip()]
            org = next((x for x in extra if x[:1].isupper()), None)
            role = next((x.rstrip(".").casefold() for x in extra if x[:1].islower()), None)
            if org and _role_of(org):  # "Ordf." written capitalised: a role, not a place
                role = role or org.rstrip(".").casefold()
                org = None
            away: bool | None = None
            if role and _SUBSTITUTE_LEAD.fullmatch(role):
                # "Bo Berg (S), tjg ers för Anna Ek (S)": the next name is the member the substitute stands in for
                role, away = f"ersättare för {name}", False
            people[-1] = people[-1]._replace(organisation=org, role=role)
            at = pos + seg.rfind(name)
        else:
            name = seg.strip()
            if _looks_like_name(name) < 1.0 or len(name.split()) > 3:
                return []
            at = pos + seg.find(name)
            away = None
        if _is_org(name, known):
            return []
        people.append(Person(name, base + at, base + at + len(name), party=m.group(1).upper(), mark=away))
        pos = m.end()
    rest = text[pos:]
    if rest.startswith(","):
        words = rest[1:].split(",")[0].split()
        place: list[str] = []
        for x in words:
            if not x[:1].isupper() or _norm(x) in _ROLE_WORDS or _norm(x).endswith(_ROLE_SUFFIX_ENDS):
                break
            place.append(x)
        if place and len(place) < 3:
            people[-1] = people[-1]._replace(organisation=" ".join(place))
            k = pos + rest.find(place[-1]) + len(place[-1])
            if text[k:].strip(" ,"):
                people.extend(_entries(text[k:], base + k, known, False))
    if len(parens) == 2 and people[0].organisation is None:
        return []  # "Anna Ek (S), Bo Berg (M)": nothing between the two that this reading adds
    return people


def _party_entries(text: str, base: int, known: set[str]) -> list[Person]:
    """Read "Name (P) role (ers Name (P))" entries run together, as a flattened header writes a column of
    members: "Maria Frisk (KD) ordförande Thomas Bäuml (M) (ers Maritha Josefsson (M)) Tobias Gyllensten
    (ers Mona Forsberg (S)) ...", "Margareta Lövgren (M) 1-e vice ordförande", "Cristina Bernevång (KD)
    Anders Leijonhielm (LPO)". Each entry has its party or its "(ers ...)"; the replaced member is kept in
    the role. After the entries a column of roles may stand ("ordförande vice ordförande ersättare för Karin
    Andersson (M)"): a member named there is absent (a substitute stood in); the text after it is read
    as entries of its own."""
    people: list[Person] = []
    pos = 0
    n = len(text)
    if len(_MEMBER_ROLE_COLUMN.findall(text)) >= 2:  # the roles' column: read as the lower-case roles they are
        text = _CAPITAL_ROLE_AFTER_PARTY.sub(lambda r: r.group(1) + r.group(2).lower(), text)
    while pos < n:
        m = _PARTY_ENTRY.match(text, pos)
        if not m or m.end() == pos or not (m.group("party") or m.group("sub")):
            break
        role_text = m.group("role")
        away = False
        if m.group("ers"):  # "tjg.ers." → "tjänstgörande ersättare", "ers." → "ersättare"
            role_text = ("ej " if "ej" in m.group("ers") else "") + (
                "tjänstgörande ersättare" if "tj" in m.group("ers") else "ersättare")
        elif role_text and role_text.strip(" ,").split() == ["inte", "närvarande"]:
            away, role_text = True, None  # "Roland Johansson (s), inte närvarande"
        elif role_text and not _is_role_word(role_text):
            break  # lower-case words that are no role: another layout
        name = m.group("name")
        if _norm(name) in _VACANT:
            pos = m.end()  # "Vakant (M)": a seat without a holder
            continue
        if _is_org(name, known):
            return []
        s = base + m.start("name")
        head = name.split(None, 1)
        if len(head) == 2 and head[0].casefold() in _RIGHTS_WORDS:
            # "Närvarorätt Inge Pettersson (c)": the label of those with a right to attend, before the name
            s += len(name) - len(head[1])
            name = head[1]
        party = m.group("party")
        party = party.upper() if party and party.upper() in _PARTIES else party
        replaced = m.group("sub") or m.group("for")
        role = f"ersättare för {replaced}" if replaced else (role_text.strip() if role_text else None)
        org = m.group("org").strip() if m.group("org") else None
        if party and party not in _PARTIES:
            org, party = org or party, None
        people.append(Person(name, s, s + len(name), organisation=org, party=party, role=role,
                             mark=False if away else None))
        pos = m.end()
    # (each entry has its bracket: a party, or an organisation in the same brackets, "Leif Olsson (FUB)")
    # (two entries are enough when a roles' column naming a replaced member follows them: "Birgitta
    # Liivlaid (V) Birgitta Häggblad (S) Ordförande Vice ordförande för Kenneth Challis (V) för Daniel ...")
    few = len(people) == 2
    bracketed = sum(1 for p in people if p.party or p.organisation)
    if len(people) < 2 or few and pos >= n or bracketed * 2 < len(people):
        return []
    if pos < n:
        if not text[pos:].strip():
            return [] if few else people
        k = pos
        while k < n:  # a column of roles
            c = _ROLE_COLUMN.match(text, k)
            if not c or c.end() == k or not (_is_role_word(c.group(0).casefold()) or c.group("sub")):
                break
            if c.group("sub"):
                sub = c.group("sub")
                s = base + c.start("sub")
                people.append(Person(sub, s, s + len(sub), mark=False))
                few = False
            k = c.end()
        if few:
            return []
        if k == pos:
            rest = text[pos:].strip()
            if label_of(rest, colon_required=False) is not None:
                return people  # "... Vakant (M) Ej beslutande ersättare ---": the next list's label
            more = _names_then_roles(text[pos:], base + pos)
            if not more and rest.count(",") >= 2 and _opens_with_name(rest) and _name_commas(rest) > 2:
                # "... Agneta Eriksson (v) sjunde ers minoriteten Sture Andersson, Kristina Brundin, ...": the
                # next column (officials without parties) run on after the entries
                more = _entries(text[pos:], base + pos, known, False)
            if not more:
                return []  # other text right after the entries: not this layout
            return people + more
        people.extend(_entries(text[k:], base + k, known, False))
    return people


_LETTER_MARKS = sorted(w.LETTER_MARKS_PRESENT + w.LETTER_MARKS_ABSENT, key=len, reverse=True)
# "(FP) N", "(S) NT from 94", "(MP) F": a party, a letter mark, perhaps the paragraphs it holds for.
_LETTER_MARK = re.compile(
    rf"\(\s*(?P<party>(?i:{_PARTY}))\s*\)\s+(?P<mark>{'|'.join(_LETTER_MARKS)})(?=[\s,;]|$)"
    r"(?:\s+(?i:" + "|".join(re.escape(x).replace(r"\ ", r"\s+") for x in w.LETTER_MARK_NOTES)
    + r")\s*(?:§\s*)?\d{1,3}\b)?\s*")
_LETTER_PRESENT = frozenset(w.LETTER_MARKS_PRESENT)
_LETTER_SERVING = frozenset(w.LETTER_MARKS_SERVING)


def _may_letter_mark(text: str) -> bool:
    """False when `_LETTER_MARK` cannot match three times: no ") " before an upper-case letter three times."""
    count = 0
    at = text.find(") ")
    while at >= 0:
        if text[at + 2: at + 3].isupper():
            count += 1
            if count == 3:
                return True
        at = text.find(") ", at + 2)
    return False


def _letter_mark_entries(text: str, base: int, known: set[str]) -> list[Person]:
    """Read "Name (P) N" rows run together, as a flattened attendance table with letter marks writes them:
    "Hans Andersson (FP) N Anna-Lena Johansson (FP) F Kerstin Bergström (S) NT from 94". N is present, F
    absent, NT present serving in a member's place. The name is the text between one row's mark and the next
    party; before the first row a heading may stand ("Ja Nej Ja Nej Hans Andersson"). Three rows at least."""
    marks = list(_LETTER_MARK.finditer(text))
    if len(marks) < 3:
        return []
    people: list[Person] = []
    pos = 0
    for k, m in enumerate(marks):
        gap = text[pos: m.start()]
        words = gap.split()
        if not words or len(words) > 5 or not words[0][:1].isupper():
            if k or not words:
                return []  # other text between the rows: another layout
            words = words[-2:]  # the first row's name after a heading
            if not all(x[:1].isupper() for x in words):
                return []
        name = " ".join(words)
        if not _looks_like_name(name) and len(words) < 3:
            return []
        s = base + pos + gap.find(words[0])
        mark = m.group("mark")
        role = "tjänstgörande ersättare" if mark in _LETTER_SERVING else None
        party = m.group("party").upper()
        people.append(Person(name, s, s + len(gap.rstrip()) - gap.find(words[0]), party=party, role=role,
                             mark=mark in _LETTER_PRESENT))
        pos = m.end()
    if text[pos:].strip():
        people.extend(_entries(text[pos:], base + pos, known, False))
    return people


# A substitute's note in a column of parties: ", Ersätter Peter Bergström (S)", "ersätter Kerstin Monk", "ers. för
# Bo Berg" (the ways `_MEMBER_REPLACED` reads the member from).
_RX_REPLACES_NOTE = re.compile(rf",?\s*(?P<lead>(?i:ersätter|(?:ersättare|ers\.?|tjänstgörande|tjg\.?)\s+för))"
                               rf"\s+(?P<sub>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,2}})"
                               r"(?:\s*\((?i:" + _PARTY + r")\))?")
_RX_PARTY_CELL = re.compile(r"\(\s*(?P<party>(?i:" + _PARTY + r"))\s*\)")


def _names_then_parties(text: str, base: int) -> list[Person]:
    """Read names run together followed by the column of their parties, as a flattened two-column list writes
    them: "Tord Fredriksen Sergio Manzanares Kristina Hedberg (V) Ordförande (S) Vice ordförande, 70-73 (S)".
    The names pair with the parties in order, and only when they are as many; what follows a party up to the
    next is its entry's note (a role word is kept as the role). A substitute's note ("(S), Ersätter Peter
    Bergström (S)") is no party of its own: its party is cut out, and the note is the substitute's role (the
    member is read absent from it by `_members_replaced`)."""
    at = text.find("(")
    names = _run_together(text[:at].rstrip(), base) if at > 0 else []
    if len(names) < 2:
        return []
    tail = text[at:]
    notes: dict[int, str] = {}  # where each substitute's note begins in `tail` -> its role
    if "rsätter" in tail or "för" in tail:
        for m in _RX_REPLACES_NOTE.finditer(tail):
            notes[m.start()] = f"{m.group('lead').casefold()} {m.group('sub')}"
        tail = _RX_REPLACES_NOTE.sub(lambda m: " " * len(m.group(0)), tail)
    parties = list(_RX_PARTY_CELL.finditer(tail))
    if len(parties) != len(names) or parties[0].start() != 0:
        return []
    people: list[Person] = []
    for k, (p, m) in enumerate(zip(names, parties, strict=True)):
        end = parties[k + 1].start() if k + 1 < len(parties) else len(tail)
        between = tail[m.end(): end]
        role = next((r for at_note, r in notes.items() if m.end() <= at_note < end), None)
        if role is None:
            word = between.split(",")[0].strip().casefold()
            role = word if word in _ROLE_WORDS else None
        people.append(p._replace(party=m.group("party").upper(), role=role))
    return people


_TITLE_ENDINGS = tuple(w.TITLE_ENDINGS + w.MORE_TITLE_ENDINGS + w.REPRESENTATIVE_TITLE_ENDINGS)
# Little words of a name of an office or of prose, never of a person's name: "Vård Och Omsorg".
_PARTICLES_OF_PROSE = frozenset(("och", "samt", "för", "i", "med", "på", "till"))
# A note between the names and their titles: "2 tolkar", "3 åhörare".
_RX_COUNT_NOTE = re.compile(r"\s*\d{1,2}\s+[a-zåäö]+\s*")


def _names_then_titles(text: str, base: int) -> list[Person]:
    """Read names run together followed by a column of their titles, each a capitalised word ("Annmarie
    Sandberg Lena Wigg Leif Sjöberg 2 tolkar Förvaltningschef Sekreterare Ekonomichef ..."): the names are
    read when three or more, and the first word after them (and after a count like "2 tolkar") is a title."""
    cut = _name_run_end(text)
    if cut < 20:
        return []
    rest = text[cut:]
    note = _RX_COUNT_NOTE.match(rest)
    first = rest[note.end():].split(None, 1)[:1] if note else rest.split(None, 1)[:1]
    low = first[0].casefold().rstrip(".") if first else ""
    if not first or not first[0][:1].isupper() or not (low in _ROLE_WORDS or low.endswith(_TITLE_ENDINGS)):
        return []
    names = _run_together(text[:cut].rstrip(), base)
    return names if len(names) >= 3 else []


def _is_capitalised_title(word: str) -> bool:
    """Whether `word` is a title written with a capital, as a column of officials writes it ("Sekreterare",
    "Kommunchef", "Ekonom")."""
    low = word.casefold()
    return word[:1].isupper() and word[1:2].islower() and (low in _ROLE_WORDS or low.endswith(_TITLE_ENDINGS))


def _names_between_titles(text: str, base: int) -> list[Person]:
    """Read names alternating with capitalised titles, as a flattened list of officials writes "Name Title"
    (or "Title Name") without commas: "Eva Engström Sekreterare Thord Wannberg Kommunchef Margareta Tamm Persson
    Ekonomichef". Every piece between titles must be a name of two or three words, more than half of them
    beginning with a known given name; there are two names and two titles at least, and the line begins with a
    name and ends with a title (each title after its name) or the other way round (each title before it)."""
    tokens = list(_TOKEN.finditer(text))
    titled = [_is_capitalised_title(t.group(0)) for t in tokens]
    if sum(titled) < 2 or titled[0] == titled[-1]:
        return []
    pieces: list[tuple[int, int]] = []  # token ranges of the names
    k = 0
    while k < len(tokens):
        if titled[k]:
            k += 1
            continue
        j = k
        while j < len(tokens) and not titled[j]:
            j += 1
        pieces.append((k, j))
        k = j
    people: list[Person] = []
    for i, j in pieces:
        s, e = tokens[i].start(), tokens[j - 1].end()
        name = text[s:e]
        if not 2 <= j - i <= 3 or not _RX_NAME_3.fullmatch(name) or _looks_like_name(name) < 1.0:
            return []
        at = j if titled[-1] else i - 1  # the title beside the name, on the side the line puts titles
        role = tokens[at].group(0).casefold() if 0 <= at < len(tokens) and titled[at] else None
        people.append(Person(name, base + s, base + e, role=role))
    # most names begin with a known given name: capitalised prose ("Mötet Beslutade Sekreterare ...") is no list
    given = sum(_is_given(p.name.split(None, 1)[0]) for p in people)
    return people if len(people) >= 2 and 2 * given > len(people) else []


# "Anders Ledskog Teknisk chef 2-5, 7-19 Johan Lewholt Ekonom, 2-5 Elisabeth Jardeby Fastighetsekonom, ...": a
# flattened column of officials, each name followed by a capitalised title, perhaps its items, then the next name.
_TITLE_WORD_END = "(?:" + "|".join(sorted({*_TITLE_ENDINGS, *(r for r in w.ROLE_WORDS if r.isalpha() and len(r) > 4)},
                                           key=lambda r: (-len(r), r))) + ")"
_RX_TITLED_NAME = re.compile(rf"(?<![\w-])({_NAME_WORD}\s+{_LINK}{_NAME_WORD}"
                             rf"(?:\s+(?![A-ZÅÄÖ][a-zåäö]*{_TITLE_WORD_END}\b){_NAME_WORD})?)\s+"
                             rf"(?=[A-ZÅÄÖ][a-zåäö]+(?:-|,|\s+(?:[a-zåäö]|\d)|\s*$)|[A-ZÅÄÖ][a-zåäö]*{_TITLE_WORD_END}\b)")
_RX_TITLE_NOTES = re.compile(rf"[\s,]*(?:{_ITEMS_NOTE}[\s,]*)*$")
_TITLED_NAMES_LEAST = 3  # names the run must hold


def _names_with_title_notes(text: str, base: int) -> tuple[int, list[Person]] | None:
    """Read a run of officials, each written "Name Title [items]" without a comma after the name, the run
    perhaps after other entries: "... Kerstin Lundberg (V) Anders Ledskog Teknisk chef 2-5, 7-19 Johan Lewholt
    Ekonom, 2-5 Marie Kristoffersson Enhetschef park och natur, 7 Viola Borg Nämndsekreterare". Each name begins
    with a known given name (after the first, a comma or an item note before it will do: "gata, Kenth Ottosson");
    each title is a capitalised word going on in lower case, a comma or items, or a known title ("Ekonom",
    "Sekreterare"), of five words at most, no capital after its first; most titles are known ones, and three names
    at least. Gives where the run begins and its persons."""
    starts: list[re.Match[str]] = []
    for m in _RX_TITLED_NAME.finditer(text):
        name = m.group(1)
        after_note = text[: m.start()].rstrip()[-1:] in (",", *"0123456789")  # "gata, Kenth Ottosson", "111 Viola Borg"
        if not (after_note and starts or _is_given(name.split(None, 1)[0])) \
                or any(_is_capitalised_title(x) for x in name.split()):
            continue
        if starts and m.start() < starts[-1].end():
            continue
        starts.append(m)
    if len(starts) < _TITLED_NAMES_LEAST:
        return None
    people: list[Person] = []
    known_titles = 0
    for k, m in enumerate(starts):
        stop = starts[k + 1].start() if k + 1 < len(starts) else len(text)
        title = text[m.end(): stop]
        title = _RX_TITLE_NOTES.sub("", title, count=1).strip(" ,")
        words = title.split()
        if k + 1 == len(starts):  # the last title ends before a capitalised word: "Nämndsekreterare Utdragsbestyrkan"
            cut = next((i for i, x in enumerate(words) if i and x[:1].isupper()), len(words))
            words = words[:cut]
            title = " ".join(words).rstrip(" ,")
        if not words or len(words) > 5 or any(x[:1].isupper() for x in words[1:]) or "(" in title:
            return None
        known_titles += any(_is_capitalised_title(x.rstrip(",")) or x.rstrip(",").endswith(_TITLE_ENDINGS)
                            for x in words)
        people.append(Person(m.group(1), base + m.start(1), base + m.end(1), role=title.casefold()))
    if len(people) < _TITLED_NAMES_LEAST or 2 * known_titles <= len(people):
        return None
    return starts[0].start(), people


# "Upphandlingsledare Torbjörn Karlsson Teknisk chef Göran Landenius, va-ingenjör Conny Johansson, ekonom ...",
# "Socialchef Ingvar G Wahlström och nämndsekreterare Monica Karlsson. Bitr. områdeschef Elisabeth Larsson och ...":
# officials each written title first, the pairs run together or parted by commas, "och", items or full stops.
_RX_RUN_TOKEN_OR_MARK = re.compile(r"[^\s,;:]+|[,;:]")
_RX_NAME_WORD = re.compile(_NAME_WORD)
_RX_INITIAL = re.compile(r"[A-ZÅÄÖ]\.?")
_RX_ITEMS_TOKEN = re.compile(r"(?:§+)?\d[\d–-]*[.:;]?|§+")
_PAIR_JOINS = frozenset((",", ";", ":", "och", "samt"))
_TITLE_FIRST_LEAST = 3  # officials the run must hold
# The words of a note of the hours an official attended, between the entries of a run written title first, the
# hours themselves lost in the copy ("Avdelningschef Jonas Edin t.o.m. kl , Miljöinspektör Anneli Kylén ...").
_TIME_NOTE_WORDS = frozenset(("t.o.m.", "t.o.m", "fr.o.m.", "fr.o.m", "kl", "kl."))
_NAME_PARTICLE_WORDS = frozenset(("von", "af", "van", "de", "der"))  # inside a surname: "Jennie Schürer von Waldheim"
_TITLE_WORDS_MOST = 4  # words of one title
_RX_COMMA_TITLE_AFTER = re.compile(r",\s*[a-zåäö]")  # a comma and a lower-case word after the run's last name
_RX_TITLE_FIRST_HINT = re.compile(rf"{_TITLE_WORD_END}\s+[A-ZÅÄÖ][a-zåäöé]+\s+(?:[A-ZÅÄÖ]\.?\s+)?[A-ZÅÄÖ]")


def _is_title_word(word: str) -> bool:
    """Whether `word` is a known title, capitalised or not: "Socialchef", "va-ingenjör", "ekonom"."""
    low = word.casefold().rstrip(".")
    return low in _ROLE_WORDS or low.endswith(_TITLE_ENDINGS)


def _is_title_acronym(word: str) -> bool:
    """Whether `word` is a title's short form in capitals ("MAS", "VD"), no party's code."""
    return 2 <= len(word) <= 4 and word.isalpha() and word.isupper() and word.casefold() not in _PARTY_WORDS


def _officials_title_first(text: str, base: int) -> tuple[int, int, list[Person]] | None:
    """Read a run of officials written title first: "Kommundirektör Kjell Johansson Kommunplanerare Shula
    Gladnikoff Kommunsekreterare Anna Lindholm", "Teknisk chef Göran Landenius, va-ingenjör Conny Johansson, ekonom
    Ing-Mari Olsson Lindquist", "Socialchef Ingvar G Wahlström och nämndsekreterare Monica Karlsson. Bitr.
    områdeschef Elisabeth Larsson". The run begins with a capitalised word (no given name) at the start of the
    text or after a closing bracket or full stop, right before a name or before a title and a name; each title has
    four words at most, no comma or bracket, and is a known title or one capitalised word unless its name begins
    with a known given name; a name is two capitalised words (a middle initial between them will do) and a third
    before a comma, "och", items or the end; a name with a bracket after it ("Stig Nilsson (S) Ledamot") ends the
    run, as members write their roles after their names, and so does a comma and a lower-case word after the
    last name ("Maria Hedman, kommunsekreterare Peter Carlstedt, kommunchef Stefan Billström, chef ...": names
    first, each title after its comma). Three officials at least, most titles known ones.
    Gives where the run begins and ends and its persons."""
    toks = list(_RX_RUN_TOKEN_OR_MARK.finditer(text))
    words = [t.group(0) for t in toks]
    n = len(words)

    def name_at(j: int) -> int:  # tokens of the name beginning at j, 0 for none
        if j + 1 >= n or not _RX_NAME_WORD.fullmatch(words[j]) or _is_title_word(words[j]):
            return 0
        k = j + 1
        if _RX_INITIAL.fullmatch(words[k]) and k + 1 < n:  # "Ingvar G Wahlström"
            k += 1
        if not _RX_NAME_WORD.fullmatch(words[k].rstrip(".")) or _is_title_word(words[k]):
            return 0
        if words[k].endswith("."):
            return k + 1 - j
        if k + 2 < n and words[k + 1] in _NAME_PARTICLE_WORDS and _RX_NAME_WORD.fullmatch(words[k + 2].rstrip(".")):
            return k + 3 - j  # "Jennie Schürer von Waldheim"
        third = k + 1  # a third word where the name ends before a join, items or the end: "Olsson Lindquist,"
        if third < n and _RX_NAME_WORD.fullmatch(words[third].rstrip(".")) and not _is_title_word(words[third]):
            after = words[third + 1] if third + 1 < n else ""
            if not after or after in _PAIR_JOINS or words[third].endswith(".") or _RX_ITEMS_TOKEN.fullmatch(after):
                return third + 1 - j
        return k + 1 - j

    for s in range(n):
        head = words[s]
        if not (head[:1].isupper() and head[1:2].islower()) or _is_given(head) or not name_at(s + 1) and not (
                s + 2 < n and _is_title_word(words[s + 1]) and name_at(s + 2)):
            continue
        if s and not words[s - 1].endswith((")", ".")):
            continue
        people: list[Person] = []
        known = 0
        i, end = s, 0
        while i < n:
            while i < n and (words[i] in _PAIR_JOINS or _RX_ITEMS_TOKEN.fullmatch(words[i])
                             or words[i] in _TIME_NOTE_WORDS):  # "Jonas Edin t.o.m. kl , Miljöinspektör ..."
                i += 1
            j = next((j for j in range(i + 1, min(i + _TITLE_WORDS_MOST, n - 1) + 1) if name_at(j)), 0)
            if not j:
                break
            title_words = words[i:j]
            has_known = any(_is_title_word(x) or _is_title_acronym(x) for x in title_words)
            lone = len(title_words) == 1 and title_words[0][:1].isupper()  # "Kommunplanerare Shula Gladnikoff"
            if not (has_known or lone or _is_given(words[j])):
                break
            if any(x in (",", ";", ":") or "(" in x or ")" in x for x in title_words):
                break
            size = name_at(j)
            if j + size < n and words[j + size][:1] == "(":  # "Ordförande Stig Nilsson (S) Ledamot ...": roles after names
                break
            name_end = toks[j + size - 1].end()
            name = text[toks[j].start(): name_end].rstrip(".")
            title = " ".join(x if _is_title_acronym(x) else x.casefold() for x in title_words)
            people.append(Person(name, base + toks[j].start(), base + toks[j].start() + len(name), role=title))
            known += has_known
            i = j + size
            end = name_end
            while i < n and _RX_ITEMS_TOKEN.fullmatch(words[i]):
                end = toks[i].end()
                i += 1
        if len(people) >= _TITLE_FIRST_LEAST and 2 * known > len(people):
            if _RX_COMMA_TITLE_AFTER.match(text, end):
                return None  # "Tjänsteman Maria Hedman, kommunsekreterare Peter Carlstedt, kommunchef Stefan Billström,
                # chef ...": the last name has its title after a comma, as each has: names first, no run of this shape
            return toks[s].start(), end, people
    return None


# "Annika Andersson omsorgschef, Lotta Tyrberg MAS, Carl Johan Tykesson chef för adm och utv, ... Iréne Persson
# nämndsekreterare. Catarina Harden Controller": officials each written "Name title", parted by commas.
_RX_COMMA_PIECE = re.compile(r"(?:[^,.]|\.(?!\s+[A-ZÅÄÖ]))+")
_OFFICIAL_NAME = rf"{_NAME_WORD}(?:\s+{_LINK}{_NAME_WORD}){{1,2}}"
_RX_NAME_THEN_TITLE = re.compile(
    rf"(?:^|(?<=\s))({_OFFICIAL_NAME})\s+([a-zåäö][\w&/-]*(?:\s+[a-zåäö&][\w&/-]*){{0,4}}|[A-ZÅÄÖ]{{2,4}}|[A-ZÅÄÖ][a-zåäö]+)\s*$")
_COMMA_OFFICIALS_LEAST = 3  # officials the run must hold


def _comma_officials(text: str, base: int) -> tuple[int, int, list[Person]] | None:
    """Read a run of officials each written "Name title" and parted by commas (or a full stop), perhaps after
    members with their parties: "Hans J Werner (fp) Annika Andersson omsorgschef, Lotta Tyrberg MAS, Carl Johan
    Tykesson chef för adm och utv, Maria Elfblad verksamhetschef, Iréne Persson nämndsekreterare. Catarina Harden
    Controller". A title is one to five lower-case words holding a known title, one word, a short form in capitals
    ("MAS", no party's code) or a capitalised known title; the run begins in the first piece, the only one that
    may hold something before its name (read as before). Three officials at least, most titles known ones. Gives
    where the run begins and ends and its persons."""
    people: list[Person] = []
    known = 0
    start = end = 0
    for piece in _RX_COMMA_PIECE.finditer(text):
        m = _RX_NAME_THEN_TITLE.search(piece.group(0))
        ok = m is not None and (not people or not piece.group(0)[: m.start()].strip())
        if m is not None and ok:
            title = m.group(2)
            words = title.split()
            has_known = any(_is_title_word(x) for x in words)
            if title[:1].isupper():
                ok = _is_title_acronym(title) or _is_title_word(title)
            elif len(words) > 1 and not has_known:
                ok = False
        if m is None or not ok:  # the run ends, or there is none: it begins in the first piece
            break
        if not people:
            start = piece.start() + m.start(1)
        s = base + piece.start() + m.start(1)
        people.append(Person(m.group(1), s, s + len(m.group(1)),
                             role=title if _is_title_acronym(title) else title.casefold()))
        known += has_known
        end = piece.start() + m.end(2)
    if len(people) < _COMMA_OFFICIALS_LEAST or 2 * known <= len(people):
        return None
    return start, end, people


# "Bergström, Marianne ledamot Eklöf, Jan-Erik ledamot Halminen, Birgit suppleant, i stället för Håkan Wikman ...":
# members surname first, a comma, the given name and the role, one after the other; a substitute names the member
# stood in for.
_SURNAME_WORD = r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:-[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)?"
_RX_SURNAME_GIVEN_ROLE = re.compile(
    rf"({_SURNAME_WORD}),\s+({_SURNAME_WORD})\s+([a-zåäö][\wåäö-]*)"
    rf"(?:,\s+i\s+stället\s+för\s+({_SURNAME_WORD}\s+{_SURNAME_WORD}))?(?=\s|$)")
_RX_SURNAME_GIVEN_ROLE_ALONE = re.compile(rf"({_SURNAME_WORD})\s+({_SURNAME_WORD})\s+([a-zåäö][\wåäö-]*)")
_ROLED_SURNAME_LEAST = 3  # persons the run must hold


def _roled_surname_entry(m: re.Match[str], base: int, *, known_given: bool = True) -> Person | None:
    """The person of a "Surname, Given role" match (`_RX_SURNAME_GIVEN_ROLE` or `_ALONE`) given name first: the
    given name a known one (`known_given`), the surname none, the role a known role or title; None otherwise."""
    sur, given, role = m.group(1), m.group(2), m.group(3)
    if known_given and not _is_given(given) or _is_given(sur) or not _is_title_word(role):
        return None
    replaced = m.group(4) if m.re is _RX_SURNAME_GIVEN_ROLE else None
    return Person(f"{given} {sur}", base + m.start(1), base + m.end(2),
                  role=f"ersättare för {replaced}" if replaced else role)


def _roled_surname_run(text: str, base: int) -> list[Person]:
    """Read "Surname, Given role" entries run together ("Bergström, Marianne ledamot Eklöf, Jan-Erik ledamot
    Halminen, Birgit suppleant, i stället för Håkan Wikman Lindqvist, Jan ledamot ..."), given name first, a
    substitute's "i stället för Name" kept in the role ("ersättare för Håkan Wikman"); three entries at least,
    one after the other, three of four given names known ones. An entry written without its comma before the run or after it ("Fagerudd Martin
    ordförande, ; Bergström, Marianne ...", "... ; ordf. 029 Halonen Solveig sekreterare") is read so too. []
    otherwise."""
    found = list(_RX_SURNAME_GIVEN_ROLE.finditer(text))
    if len(found) < _ROLED_SURNAME_LEAST or any(text[a.end(): b.start()].strip() for a, b in itertools.pairwise(found)):
        return []
    people = [_roled_surname_entry(m, base, known_given=False) for m in found]
    if any(p is None for p in people) or 4 * sum(_is_given(m.group(2)) for m in found) < 3 * len(found):
        return []  # (three of four given names known ones: "Maximilian", "Reijo" may be unknown)
    head = text[: found[0].start()].strip(" ,;")
    tail = text[found[-1].end():].strip(" ,;.")
    before = _RX_SURNAME_GIVEN_ROLE_ALONE.fullmatch(head) if head else None
    after = _RX_SURNAME_GIVEN_ROLE_ALONE.search(tail) if tail else None
    first = _roled_surname_entry(before, base + text.find(head)) if before is not None else None
    if head and first is None:
        return []  # something else before the run
    out = [p for p in people if p is not None]
    if first is not None:
        out = [first, *out]
    if after is not None and after.end() == len(tail):
        last = _roled_surname_entry(after, base + found[-1].end() + text[found[-1].end():].find(tail))
        out = [*out, last] if last else out
    return out


# What a column of roles written capitalised holds beside its role words: ordinals, a party or the items served in
# brackets or after them ("Ordförande 1:e vice ordförande ... Ersättare (M), 1-3 Förvaltningschef Ekonom").
_RX_ROLE_COLUMN_FILLER = re.compile(r"\d:[ae]|\([A-ZÅÄÖa-zåäö]{1,5}\),?|§?\d{1,3}(?:[-–]\d{1,3})?,?|och")


def _capitalised_roles_column(words: list[str]) -> int:
    """Where a column of capitalised roles begins after names run together: the first capitalised role word after
    which every word is a role word or a filler (`_RX_ROLE_COLUMN_FILLER`), three words at least ("... Marianne
    Brattberg Ordförande 1:e vice ordförande ... Områdeschef Sekreterare"). len(words) when there is none."""
    k = len(words)
    while k and (_is_title(words[k - 1]) or _RX_ROLE_COLUMN_FILLER.fullmatch(words[k - 1])):
        k -= 1
    while k < len(words) and not (words[k][:1].isupper() and _is_title(words[k])):
        k += 1  # (the column begins with a role word in capitals)
    return k if len(words) - k >= 3 else len(words)


def _names_then_roles(text: str, base: int) -> list[Person]:
    """Read names run together followed by a column of their roles, as a flattened two-column list writes
    them: "Eva Åström Sabina Lindell ersättare ersättare förvaltningschef sekreterare". The roles are not
    paired with the names (the column may begin above them); only the names are read."""
    words = text.split()
    k = _capitalised_roles_column(words) if len(words) > 6 and _is_title(words[-1]) else len(words)
    if k == len(words):
        while k and words[k - 1][:1].islower() and _is_title(words[k - 1]):
            k -= 1
    if k == len(words) or k < 4:
        return []
    cut = text.find(words[k])
    while cut > 0 and text[cut - 1] != " ":
        cut = text.find(words[k], cut + 1)
    return _run_together(text[:cut].rstrip(), base)


# A given name written as two initials in capitals ("PO Dovner", "KG Svensson"), never a party's code.
# (The second initial is one that begins given names' second parts, "Per-Olof", "Karl-Gustav", "Jan-Erik": not "EU",
# "IT", "HR", "VD".)
# A doubled letter is a unit's short name ("KK Kalmar": kvinnokliniken), no initials.
_INITIALS_GIVEN = (r"(?!(?:KD|MP|SD|" + "|".join(c + c for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZÅÄÖ") + r")\b)"
                   r"[A-ZÅÄÖ][AEGOPJLKIBHMÅ](?=\s+[A-ZÅÄÖ][a-zåäö])")
# Two initials joined by a hyphen in place of a double given name: "J-O Kull", "P-E Westman" (Jan-Olof, Per-Erik).
_HYPHEN_INITIALS_GIVEN = r"[A-ZÅÄÖ]-[A-ZÅÄÖ](?=\s+[A-ZÅÄÖ][a-zåäö])"
_LIST_NAME = rf"(?:{_NAME_WORD}|{_INITIALS_GIVEN}|{_HYPHEN_INITIALS_GIVEN})(?:\s+{_LINK}{_NAME_WORD}){{1,2}}"
# One piece of a comma list: a name and perhaps a note ("(Ordförande)", "(från pass 3)").
_LIST_PIECE = re.compile(rf"\s*({_LIST_NAME})(?:\s*\(([^()]{{1,40}})\))?"
                         # "Bo Berg § 3-5", "Karin Lund kl 10-11", "Eva Ek §§ 4, 6": the paragraphs or hours attended
                         r"(?:\s+(?:§+\s*\d{1,3}(?:\s*[-–]\s*\d{1,3})?|kl\.?\s*\d{1,2}(?:[.:]\d\d)?"
                         r"(?:\s*[-–]\s*\d{1,2}(?:[.:]\d\d)?)?)(?=\s*(?:,|$|och\s|samt\s)))?\s*")
# What may follow the last name of a run-on list: nothing, a stop, a numbered item ("1:Mötet öppnas"), or
# a sentence ("Mötet delas in i ...", after a name of two words).
_LIST_TAIL = re.compile(r"\s*(?:$|[.]|\d{1,2}\s*[:.)]|(?<=\s)[A-ZÅÄÖ][a-zåäö]+\s+[a-zåäö]{2,}\b)")
_PIECE_SPLIT = re.compile(r",|(?<=\s)(?:och|samt)\s+")


# The writer of the minutes, unnamed, after the last name of a list: " samt undertecknad", ", och undertecknade".
_RX_UNDERSIGNED_TAIL = re.compile(r",?\s*(?:och|samt|&)\s+undertecknade?\b(?:\s+sekreterare)?")


def _name_list_run(text: str, base: int, known: set[str], *, single: bool = False) -> list[Person]:
    """Read a run-on list of names, as a flattened header writes it: "Maria Norrfalk (Ordförande), Christer
    Sjölin, Ann Christin Jonell, ... Anna Lindström och Håkan Sternberg (Sekreterare)" and then other text
    ("1:Mötet öppnas ...", ". Lena Nerkegård, Naturvårdsverket, deltog ..."). Every piece up to the last is
    a name of two or three words with perhaps a note in parentheses; the note is a role when it reads as
    one. The text after the last name is read as entries of its own only after a full stop."""
    # The pieces are matched first and tested after: most lines with a comma fail at their second piece
    # ("Anna Ek, Växjö kommun"), before any test is needed.
    found: list[tuple[re.Match[str], str]] = []
    pos = 0
    n = len(text)
    rest_at = -1
    while pos < n:
        m = _LIST_PIECE.match(text, pos)
        if not m:
            return []
        name = m.group(1)
        end = m.end()
        sep = _PIECE_SPLIT.match(text, end)
        if sep is None and m.group(2) and text[end: end + 1].isupper() and end > m.end(2) + 1 \
                and _LIST_PIECE.match(text, end):
            # "Kristof Tamas (kanslichef) Caroline Tovatt (btr. kanslichef), André Asplund": the note closes the
            # piece where the comma was left out
            found.append((m, name))
            pos = end
            continue
        if sep is None:
            if not found and not single:
                return []  # one piece: a person's entry, read elsewhere
            tail = _LIST_TAIL.match(text, end) if end < n else None
            if single and not found and (tail is None or not tail.group(0).strip(" .")):
                tail = None  # one name alone: only before a sentence
            if end < n and tail is None:
                # "Birgit Nielsen Mötet delas ...": a sentence after a name of two words
                words = name.split()
                if len(words) == 3 and _LIST_TAIL.match(text, m.start(1) + len(" ".join(words[:2]))):
                    name = " ".join(words[:2])
                else:
                    return []
        undersigned = _RX_UNDERSIGNED_TAIL.match(text, end) if sep is not None and "underteckna" in text else None
        if undersigned:
            # "Inger Åhslund samt undertecknad.": the writer, unnamed, closes the list
            sep = None
            end = undersigned.end()
        found.append((m, name))
        if sep is None:
            rest = text.find(". ", end - 1) if end < n else -1
            if rest >= 0 and text[rest + 2: rest + 3].isupper() and text[end:rest].strip(" .") == "":
                rest_at = rest + 2
            break
        pos = sep.end()
    people: list[Person] = []
    for m, name in found:
        words = name.split()
        lead = _base_role(words[0].casefold()) if len(words) == 3 and words[0][1:2].islower() else None
        if lead is not None:
            # "..., Thorgny Karlsson, Kassören Gunnar Lindqvist, Rikard Lindqvist": the role written before the name
            name = name[len(words[0]):].lstrip()
        if _is_org(name, known) or any(x.casefold() in _ORG_WORDS or x.casefold() in _ROLE_WORDS for x in name.split()):
            return []
        if people and _opens_with_compound(name):
            return []  # "Jörgen Karlsson, Lokalpolisområde Järfälla": a name and its organisation
        note = m.group(2)
        role = _role_of(note) if note else lead
        party = _party_of(note) if note else None
        away = False if note and _norm(note).rstrip(".") in _ABSENT_NOTES else None  # "Bo Berg (frånvarande)"
        s = base + m.start(1) + (len(m.group(1)) - len(name) if lead is not None else 0)
        people.append(Person(name, s, s + len(name), party=party, role=role.casefold() if role else None,
                             mark=away))
    if rest_at >= 0 and not _says_away(text[rest_at:]):
        # (not "Cia Holm och Dan Lund hade anmält förhinder.": a sentence, read as one by `_excused`)
        people.extend(_entries(text[rest_at:], base + rest_at, known, False))
    return people


# A capitalised word, or a middle initial ("Anna-Greta O Berggren").
_CAP_WORD = re.compile(r"[A-ZÀ-ÖØ-Þ](?:[a-zß-öø-ÿ]+(?:-[A-ZÀ-ÖØ-Þ]?[a-zß-öø-ÿ]+)*|\.?(?=\s))")
# Between two persons, a note: in brackets, lower-case words, paragraphs, or a role or organisation abbreviated in
# capitals ("Linda Wallin VC (del av möte)", "Anna Ek SPF Bo Berg").
# A surname with particles before it inside names run together ("Anna Lögdberg Jennifer van der Gronden Sanna
# Ågestedt"): matched after a capitalised word and one blank, the particles and the surname read as one word.
_RX_PARTICLE_SURNAME = re.compile(r"(?:van|von|af|de|du)(?:\s+(?:der|den|de|la))?\s+" + _CAP_WORD.pattern)
_PARTICLE_LETTERS = frozenset("vad")
_RUN_GAP = re.compile(r"\s*(?:\([^()]*\)|[a-zåäö]+\.?|[A-ZÅÄÖ]{2,4}(?=\s|$)|§*\s*\d{1,3}(?:\s*[-–]\s*\d{1,3})?(?=\s|$))?\s*")


_CAPS = r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:-[A-ZÀ-ÖØ-Þ]?[a-zß-öø-ÿ]+)*"
_ACRONYM_ENTRY = re.compile(
    rf"({_CAPS}(?:\s+{_CAPS}){{1,3}})\s+([A-ZÅÄÖ]{{2,6}})\b(?:\s+(?:ersätter|ers\.?\s+för|ersättare\s+för)\s+"
    rf"({_CAPS}(?:\s+{_CAPS})*?)(?:\s+([A-ZÅÄÖ]{{2,6}})\b)?(?=\s+{_CAPS}\s+{_CAPS}\s+[A-ZÅÄÖ]{{2,6}}\b|\s*$))?\s*")


def _acronym_entries(text: str, base: int) -> list[Person]:
    """Read "Name ORG" entries run together: "Hasse Karlsson PRO Britta Rydberg PRO ersätter Hasse Johansson
    Lars-Ove Petersson RPG". An upper-case acronym closes each entry and names its organisation; a
    substitute's member ("ersätter Hasse Johansson", "ersätter Gunilla Bratt FAS") is kept in the role
    (`find_attendance` lists the member absent from it)."""
    if "," in text or ";" in text or not _ACRONYM_ENTRY.match(text):
        return []  # the first entry begins the text: without one there, no search
    found = list(_ACRONYM_ENTRY.finditer(text))
    if len(found) < 3 or found[0].start() != 0 or found[-1].end() != len(text) or any(
            a.end() != b.start() for a, b in itertools.pairwise(found)):
        return []
    if any(m.group(2) in _PARTIES for m in found):
        return []  # "Anna Ek S": a party, read elsewhere
    people: list[Person] = []
    for m in found:
        role = f"ersättare för {m.group(3)}" if m.group(3) else None
        people.append(Person(m.group(1), base + m.start(1), base + m.end(1), organisation=m.group(2), role=role))
    return people


_PAREN_ENTRY = re.compile(
    rf"({_NAME_WORD}(?:\s+{_LINK}{_NAME_WORD}){{1,2}}),?\s*\(([^()]{{1,40}})\)"  # "Ida Stafrin, (C)"
    r"(?:\s+(?:ej\s+)?(?:§+\s*)?\d{1,3}(?:\s*[-–]\s*\d{1,3})?(?=\s|$))?"  # "(SD) ej 13": paragraphs
    r"(?:\s*,\s*((?:\d:[ae]\s+)?[a-zåäö][^,()]*?))?(?=\s+[A-ZÀ-ÖØ-Þ]|\s*$)")


# A name and its comma opening the text after a run of entries: " Britt-Marie Andersson, SRF".
_RX_NAME_THEN_COMMA = re.compile(rf"\s*{_NAME_WORD}(?:\s+{_LINK}{_NAME_WORD}){{1,2}},\s")


# A group's heading between two entries of a run: "... Tommy Lundkvist (FP) Representanter från
# handikapporganisationerna Maritha Johansson (DF) ...", "Representanter för pensionärsorganisationerna".
_RX_GROUP_BETWEEN = re.compile(r"Representanter (?:för|från) (?:de |den )?[a-zåäö-]+(?: [a-zåäö-]+)?\s*:?")


_CUT_BRACKET_AFTER_LEAST = 4  # entries with brackets before a last one whose bracket the page cut off


def _paren_entries(text: str, base: int) -> list[Person]:
    """Read "Name (Org), role" entries run together: "Jan-Erik Wallin(Skaraborg), 1:e vice ordförande Göran
    Johansson(Göteborgsregionen) Åke Jönsson (Skaraborg)". A sub-heading before the first entry
    ("Kommunernas ledamöter") is skipped, and so is a representatives' heading between two
    (`_RX_GROUP_BETWEEN`); text after the last entry is read only as a column of roles or as entries of another
    shape, each a name and its comma ("Britt-Marie Andersson, SRF Irja Eriksson, ...")."""
    if text.count("(") < 3:
        return []  # each entry has its own "("
    found = list(_PAREN_ENTRY.finditer(text))
    if len(found) < 3 or _RX_PAREN_ENTRIES_1.search(text[: found[0].start()]) or any(
            (gap := text[a.end(): b.start()].strip()) and not _RX_GROUP_BETWEEN.fullmatch(gap)
            for a, b in itertools.pairwise(found)):
        return []  # other words between the entries ("ersätter David Dahl (M)"): another layout
    if not all(m.group(2).strip()[:1].isupper() for m in found):
        return []  # notes, not organisations: "(lämnade mötet efter punkt 9)"
    people: list[Person] = []
    replaced = False
    for m, nxt in itertools.zip_longest(found, found[1:]):
        if replaced:  # the member the previous entry stands in for: not present (`_replaced` lists them absent)
            replaced = False
            continue
        inner = m.group(2).strip()
        party = _party_of(inner)
        role = m.group(3).strip() if m.group(3) else None
        if role and nxt is not None and _SUBSTITUTE_LEAD.fullmatch(role):
            # "Tomas Ögren (C), ersättare för Sven Emilsson (C) Hans Widlund (M), ...": the next entry is the member
            role = f"ersättare för {nxt.group(1)}"
            replaced = True
        people.append(Person(m.group(1), base + m.start(1), base + m.end(1), organisation=None if party else inner,
                             party=party, role=role))
    at = found[-1].end()
    if text[at:].strip() and text[at:].rstrip()[-1:].islower():
        # "... Lars-Erik Björklund (V) Eva Åström Sabina Lindell ersättare ersättare förvaltningschef sekreterare"
        tail = _names_then_roles(text[at:], base + at)
        if tail:
            return people + tail
    if text[at:].strip() and _RX_NAME_THEN_COMMA.match(text, at):
        # "... Christer Påhlson (S) Britt-Marie Andersson, SRF Irja Eriksson, Bröstcancerföreningen ...": the next
        # list (the organisations' members, the officials) runs on without its label, in a shape of its own
        tail = _line_entries(text[at:], base + at, set(), False)
        if len(tail) >= 2 and tail[0].start == base + at + len(text[at:]) - len(text[at:].lstrip()):
            return people + tail
    rest = text[at:].strip()
    if rest and len(people) >= _CUT_BRACKET_AFTER_LEAST and rest.count(" ") <= 2 and _PLAIN_NAME.fullmatch(rest) \
            and _is_given(rest.split()[0]):
        s = base + at + text[at:].find(rest)  # "... Gun Petersson (BorgA) Inger Landgren-Sundbäck": the last
        return [*people, Person(rest, s, s + len(rest))]  # entry, its bracket cut off with the page
    return people


# "Name (role)" entries run together in groups, each group opened by its name, with or without a colon: "Finland:
# Kari Mielikäinen (ordförande) Liisa Saarenmaa (styrelsemedlem, kontaktperson) Danmark: Niels Elers Koch
# (styrelsemedlem) ... Färöarna Tróndur Leivsson (observatör) NMRS Tryggvi Felixson (avdelningschef)".
_RX_ROLE_BRACKET = re.compile(r"\(([a-zåäö][a-zåäö ,.-]{1,60})\)")
_RX_GROUP_THEN_NAME = re.compile(
    rf"\s*(?:((?:[A-ZÅÄÖ][\w&-]*\s+){{0,2}}[A-ZÅÄÖ][\w&-]*)\s*:\s*|([A-ZÅÄÖ]{{2,6}})\s+)?"
    rf"({_NAME_WORD}(?:\s+{_LINK}{_NAME_WORD}){{1,3}})\s*")
_COUNTRIES = frozenset(w.COUNTRY_NAMES)
_GROUPED_LEAST = 4  # entries the run must hold


def _grouped_roled_entries(text: str, base: int) -> list[Person]:
    """Read "Name (role)" entries run together in groups (see `_RX_GROUP_THEN_NAME`): each person takes the
    group before them as organisation. [] unless every bracket holds a role in lower case, and every stretch
    before one reads as an optional group and a name; the entries end at the last bracket."""
    brackets = list(_RX_ROLE_BRACKET.finditer(text))
    if len(brackets) < _GROUPED_LEAST or any(
            len(m.group(1).split()) > 5 or m.group(1).strip().casefold() in _PARTY_WORDS for m in brackets):
        return []
    people: list[Person] = []
    group: str | None = None
    at = 0
    grouped = False
    for m in brackets:
        seg = text[at: m.start()]
        head = _RX_GROUP_THEN_NAME.fullmatch(seg)
        if head is None:
            return []
        name, name_at = head.group(3), at + head.start(3)
        if head.group(1) or head.group(2):
            group, grouped = head.group(1) or head.group(2), True
        else:
            first, _, rest = name.partition(" ")
            if " " in rest and (first.casefold() in _COUNTRIES or _is_acronym(first)):
                group, grouped = first, True  # "Färöarna Tróndur Leivsson": the group, then the name
                name, name_at = rest, name_at + len(first) + 1
        people.append(Person(name, base + name_at, base + name_at + len(name), organisation=group,
                             role=" ".join(m.group(1).split())))
        at = m.end()
    return people if grouped else []


# A person's initials in brackets after their name, as the minutes refer to them: "Per Åstrand (PÅ).",
# "Bengt Stenström, (BSt).", "Maina Gustafsson, (MG) vid protokollet". (Not a party: "Sven Dahl (SD)".)
_RX_SIGNATURE_INITIALS = re.compile(r",?\s*\(([A-ZÅÄÖ][A-ZÅÄÖa-zåäö]{1,3})\)[.,]?")
_RX_CAPITAL_WORD = re.compile(r"(?<![\w-])[A-ZÀ-ÖØ-Þ]")  # where a name signed by initials begins


def _signs(name: str, initials: str) -> bool:
    """Tell whether `initials` are the capitals of the capitalised words of `name` (and no party)."""
    caps = "".join(x[0] for x in name.split() if x[:1].isupper())
    return initials.casefold() not in _PARTY_WORDS and caps == "".join(c for c in initials if c.isupper())


# A parent on a parents' council, their children's given names after their own name and the children's group
# (department, class) after a comma: "Leila Fornstedt Bouzguenda  Hampus och Kasper, Moje", "Elin Andersson Elsa,
# Misse". The children are no attendees; the group is the parent's organisation.
_RX_PARENT_CHILDREN = re.compile(
    rf"({_NAME_WORD}(?:\s{_NAME_WORD}){{1,2}})(\s+)({_NAME_WORD}(?:\s*(?:,|och|&)\s*{_NAME_WORD})*)\s*,\s*"
    r"([A-ZÅÄÖ][\w-]*(?:\s+[A-ZÅÄÖ][\w-]*)?)\s*")


def _parent_with_children(text: str, base: int) -> Person | None:
    """Read "Parent  Child och Child, Group" (see `_RX_PARENT_CHILDREN`): the parent, with the group as
    organisation. The parent's name begins with a known given name and ends in a surname that is none; the
    children are known given names, or stand apart after two spaces. None for any other line."""
    m = _RX_PARENT_CHILDREN.fullmatch(text)
    if m is None:
        return None
    parent = m.group(1).split()
    children = [x for x in re.split(r"\s*(?:,|och|&)\s*", m.group(3)) if x]
    if not _is_given(parent[0]) or _is_given(parent[-1]) or any(_is_given(x) for x in parent[1:]):
        return None
    if len(m.group(2)) < 2 and not all(_is_given(x) for x in children):
        return None
    return Person(m.group(1), base + m.start(1), base + m.end(1), organisation=m.group(4))


# A table of "Efternamn Förnamn" rows flattened into one run, with its role and organisation cells between the
# names: "Blomqvist Thomas ordförande Lindgrén Jan viceordförande Dannbäck Erik MNBF Dahl Bernt Forsström
# Birgitta Damarbete Hellström Gunnel ...". A cell of an organisation shared by the rows around it belongs to both.
_RX_RUN_TOKEN = re.compile(r"[^\s,;]+")
_SURNAME_FIRST_LEAST = 5  # persons the run must hold
_NAME_START = re.compile(r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:-[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)?$")


# "Surname, Given" persons run together without anything between them, as a flattened column of a Finland-Swedish
# table writes them: "Backman, Inger Sandström, Hans Granvik, Dan-Anders Parviainen, Anna" (`_surname_comma_given_run`).
_RX_SURNAME_COMMA_GIVEN = re.compile(r"([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:-[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)?),\s+"
                                     r"([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:-[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)?)(?:\s+|$|(?=,))")
# What may follow a person's given name inside such a run, before the next surname: a note of the items they were
# there for ("Strandvall, Göran fr. 119 Djupsjöbacka, Michael", "Ede, Torbjörn, 8 Borgmästars, Görel, 8") or,
# after a comma, their title in lower case ("Svenfors, Stefan, kommundirektör Löf, Gundel, kanslichef").
_RX_SURNAME_COMMA_GIVEN_NOTE = re.compile(r"(?:,\s*)?(?:fr\.o\.m\.|t\.o\.m\.|fr\.|från|till|§)\s*§?\s*\d+(?:\s*-\s*\d+)?"
                                          r"(?:\s+|$)|,\s*(?:\d+(?:\s*-\s*\d+)?|[a-zåäö][\w:.-]*(?:\s+(?:o\.|och|[a-zåäö][\w:.-]*))*)"
                                          r"(?:\s+|$)")
_SURNAME_COMMA_LEAST = 3  # persons the run must hold
# Given names not listed (Finnish ones in a Finland-Swedish list: "Filppula, Seppo Riippa, Bertel Forsander, Tuula")
# may stand in the run: one, or one in this many persons in a longer run.
_SURNAME_COMMA_UNKNOWN_SHARE = 4


def _surname_comma_given_run(text: str, base: int) -> list[Person]:
    """Read "Surname, Given Surname, Given ..." (each person's surname, a comma, the given name, then the next
    person's surname) given name first. Every word after a comma must be a known given name and no word before
    one, bar a few unknown given names (see `_SURNAME_COMMA_UNKNOWN_SHARE`); the first piece is one word (a list
    written given name first begins "Anna Holm, ..."). What follows the
    last given name may only be lower-case words (a column of roles). [] otherwise."""
    people: list[Person] = []
    pos = unknown = 0
    while True:
        m = _RX_SURNAME_COMMA_GIVEN.match(text, pos)
        if not m:
            break
        sur, given = m.group(1), m.group(2)
        if _is_given(sur) or given.casefold() in _ORG_WORDS:
            return []
        if not _is_given(given):
            if given.casefold().endswith(_SURNAME_ENDINGS):
                return []  # "Eklöf, Karlsson Lönnö, ...": names given name first whose first one lost its given name
            unknown += 1
        people.append(Person(f"{given} {sur}", base + m.start(1), base + m.end(2)))
        pos = m.end()
        note = _RX_SURNAME_COMMA_GIVEN_NOTE.match(text, pos)
        if note:
            pos = note.end()
    rest = text[pos:].strip(" .")
    if len(people) < _SURNAME_COMMA_LEAST or (rest and not rest[:1].islower()) \
            or unknown > max(1, len(people) // _SURNAME_COMMA_UNKNOWN_SHARE):
        return []
    return people


# "Surname, Given" persons in the cells of a table's row, one to three cells parted by two or more spaces, each
# perhaps with its role in lower case: "Uggla, Eddie  ordförande", "Abelius, Anders             Carlsson, Anders"
# (`_surname_given_cells`).
_RX_SURNAME_GIVEN_CELL = re.compile(rf"\s*({_SURNAME_WORD}),[ ]({_SURNAME_WORD})"
                                    r"(?:[ ]{1,3}([a-zåäö][a-zåäö.]*(?:[ ][a-zåäö0-9][a-zåäö.]*){0,2}))?[ ]*(?=\s{2}|\s*$)")
_SURNAME_CELLS_MOST = 3  # cells of one row


def _surname_given_cells(text: str, base: int) -> list[Person]:
    """Read a row of "Surname, Given[ role]" cells (see above) given name first. Every given name must be a known
    one (or its cell hold a known role word: "Uggla, Eddie  ordförande") and no surname one; a role is lower-case words (two spaces may part it from the name). [] otherwise: a
    row holding anything else ("Stockholm, Sverige", "Holm, Anna Berg"), or more than `_SURNAME_CELLS_MOST` cells."""
    people: list[Person] = []
    pos = 0
    while pos < len(text.rstrip()):
        m = _RX_SURNAME_GIVEN_CELL.match(text, pos)
        if not m or len(people) == _SURNAME_CELLS_MOST:
            return []
        sur, given = m.group(1), m.group(2)
        role = m.group(3)
        if _is_given(sur) or sur.casefold() in _ORG_WORDS or given.casefold() in _ORG_WORDS \
                or not (_is_given(given) or (role and _role_of(role))):
            return []
        people.append(Person(f"{given} {sur}", base + m.start(1), base + m.end(2), role=role))
        pos = m.end()
    return people


# A comma before a person's role, which does not part the persons of a run: "Höglund Roger, ordf. Björkman Torbjörn,
# I viceordf Danielsson Sven-Anders, II viceordf Eriksson Christofer" (an ordinal in Roman numerals may lead it).
_RX_COMMA_BEFORE_ROLE = re.compile(r",\s*(?:I{1,3}\s+)?[a-zåäö]")
_ROMAN_ORDINAL = frozenset(("I", "II", "III"))


def _surname_first_run(text: str, base: int) -> list[Person]:
    """Read a run of "Efternamn Förnamn" persons (see above): each person is a capitalised word that is no known
    given name followed by one that is (`_is_given`), written back given name first; lower-case words after a
    person are their role, other words after them an organisation, theirs and the next person's (a cell shared
    by two rows). [] when a known given name stands anywhere else (the run is written given name first) or the
    run holds fewer than `_SURNAME_FIRST_LEAST` persons."""
    tokens = list(_RX_RUN_TOKEN.finditer(text))
    found: list[tuple[int, int]] = []  # the token index of each person's surname, and where their gap ends
    k = 0
    while k < len(tokens):
        word = tokens[k].group(0)
        nxt = tokens[k + 1].group(0) if k + 1 < len(tokens) else ""
        if _NAME_START.match(word) and not _is_given(word) and _NAME_START.match(nxt) and _is_given(nxt) \
                and word.casefold() not in _ORG_WORDS:
            found.append((k, k + 2))
            k += 2
            continue
        if _is_given(word) or not found:
            return []  # a given name out of place, or the run does not begin with a person
        found[-1] = (found[-1][0], k + 1)
        k += 1
    if len(found) < _SURNAME_FIRST_LEAST:
        return []
    people: list[Person] = []
    shared: str | None = None  # the organisation after the previous person
    for at, gap_end in found:
        sur, given = tokens[at], tokens[at + 1]
        gap = [t for t in tokens[at + 2: gap_end] if not t.group(0).endswith(":")]
        role = " ".join(t.group(0) for t in gap if t.group(0)[:1].islower() or t.group(0) in _ROMAN_ORDINAL) or None
        caps = [t for t in gap if not t.group(0)[:1].islower() and t.group(0) not in _ROMAN_ORDINAL]
        org = text[caps[0].start(): caps[-1].end()] if caps else None
        people.append(Person(f"{given.group(0)} {sur.group(0)}", base + sur.start(), base + given.end(),
                             organisation=shared or org, role=role))
        shared = org
    return people


# A role in brackets after a name in names run together: "Tomas Lidman (ordförande) Yvonne Bergman ...".
_RX_ROLE_PAREN = re.compile(r"\s*\(([a-zåäö][a-zåäö .:-]{1,40})\)\s*")
# The first numbered item after the names of a flattened copy: "... Katalin Gere (sekreterare) 1 Sammanträdet öppnas".
_RX_ITEM_AFTER_RUN = re.compile(r"(?<=[a-zåäö)])\s+\d{1,3}\.?\s+[A-ZÅÄÖ][a-zåäö]+(?=\s|$)")
_ROLED_RUN_LEAST = 3  # persons the run must hold


def _names_with_paren_roles(text: str, base: int) -> list[Person]:
    """Read names run together, some with a role in brackets after them: "Tomas Lidman (ordförande) Yvonne
    Bergman Mats Danielsson Katalin Gere (sekreterare)", perhaps followed by the first numbered item of a
    flattened copy ("... (sekreterare) 1 Sammanträdet öppnas ..."). Each stretch between the brackets must read
    as names whole (`_given_name_run`), else []."""
    item = _RX_ITEM_AFTER_RUN.search(text)
    stop = item.start() if item else len(text)
    if "," in text[:stop]:
        return []  # "Anna Ek (ordförande), Bo Berg": entries with commas, another layout
    people: list[Person] = []
    at = 0
    for m in _RX_ROLE_PAREN.finditer(text, 0, stop):
        role = m.group(1).strip()
        run = _names_in_stretch(text[at: m.start()], base + at) if _role_of(role) else []
        if not run:
            return []
        people.extend(run[:-1])
        people.append(run[-1]._replace(role=role))
        at = m.end()
    if not people:
        return []
    if text[at: stop].strip():
        run = _names_in_stretch(text[at: stop], base + at)
        if not run:
            return []
        people.extend(run)
    return people if len(people) >= _ROLED_RUN_LEAST else []


def _names_in_stretch(text: str, base: int) -> list[Person]:
    """Read a stretch of names run together (`_given_name_run`), or, when its given names are not all known,
    as names of two words each when its capitalised words pair up and no word is an organisation's."""
    run = _given_name_run(text, base)
    if run and all(p.name.count(" ") == 1 for p in run):
        return run
    words = list(_CAP_WORD.finditer(text))
    if not words or len(words) % 2 or any(text[a.end(): b.start()].strip() for a, b in itertools.pairwise(words)) \
            or text[: words[0].start()].strip() or text[words[-1].end():].strip() \
            or any(len(m.group(0)) < 2 or m.group(0).casefold() in _ORG_WORDS or _is_role_word(m.group(0).casefold())
                   for m in words) or any(_is_given(m.group(0)) for m in words[1::2]):
        return run  # (a run with a name of three words or more, when the words do not pair up)
    return [Person(text[a.start(): b.end()], base + a.start(), base + b.end()) for a, b in zip(words[::2], words[1::2],
                                                                                              strict=True)]


_RX_COMMA_BEFORE_ITEMS = re.compile(rf",(?=\s*{_ITEMS_NOTE}(?:\s|$))")  # ", 189 ", ", §§ 12-14 " (`_run_together`)


_RUN_HEADING_WORDS = frozenset(w.GROUP_HEADINGS + w.ATTENDEE_KIND_WORDS)  # lower case


def _run_together(text: str, base: int) -> list[Person]:
    """Read names run together without separators, as a stored copy flattens a column of names.

    "Margareta Lindfors Håkan Svensson Peter Isgren ordf sekr Jörgen Hafström (sön 15:00-17:00)":
    each run of capitalised words between lower-case words or notes is read as given name and
    surname pairs, and only when the run splits evenly into pairs; otherwise nothing is guessed.
    """
    if "," in text:  # "Linda Henriksson Peter Ahlberg, 189 Åke Westerlind": the items a person was there for, after
        text = _RX_COMMA_BEFORE_ITEMS.sub(" ", text)  # a comma, are a note between names as without it
    bare = _RX_PERSON_10.sub(lambda m: " " * len(m.group(0)), text) if "(" in text else text  # "(utan rösträtt, ...)"
    if "," in bare or ";" in bare or len(bare.split()) < 4:
        return []
    runs: list[list[re.Match[str]]] = [[]]
    pos = 0
    while pos < len(text):
        m = _CAP_WORD.match(text, pos)
        if m and m.group(0).casefold() in _RUN_HEADING_WORDS:
            # "Ledamöter Lars-Åke Gustavsson Lisbeth Arff ...": a group's heading run into its names, no name
            runs.append([])
            pos = m.end()
            continue
        if m:
            runs[-1].append(m)
            pos = m.end()
            if text[pos: pos + 1] == " " and text[pos + 1: pos + 2] in _PARTICLE_LETTERS:
                joined = _RX_PARTICLE_SURNAME.match(text, pos + 1)
                if joined:  # "Jennifer van der Gronden": the particles and the surname after them, one word
                    runs[-1].append(joined)
                    pos = joined.end()
            gap = _RUN_GAP.match(text, pos)
            if gap and gap.group(0).strip():
                runs.append([])
            pos = gap.end() if gap else pos
            continue
        gap = _RUN_GAP.match(text, pos)
        if not gap or gap.end() == pos:
            return []  # digits, punctuation: not a list of names
        if gap.group(0).strip():
            runs.append([])
        pos = gap.end()
    runs = [r for r in runs if r]
    if sum(len(r) for r in runs) < 4:
        return []
    people: list[Person] = []
    for r in runs:
        spans = _segment_names([m.group(0) for m in r])
        if spans is None:
            if len(r) % 2 or any(len(m.group(0)) == 1 for m in r):
                return []  # no split into persons: not guessed
            spans = [(k, k + 2) for k in range(0, len(r), 2)]  # unknown names: given name and surname pairs
        for i, j in spans:
            if any(x.group(0).casefold() in _ORG_WORDS or x.group(0).casefold() in _ROLE_WORDS
                   or x.group(0).casefold().endswith(_ORG_ENDINGS + _ROLE_SUFFIX_ENDS) for x in r[i:j]):
                return []  # "Cia Holm Kommunstyrelsen", "Eva Ek Representant": no name among the words
            a, b = r[i], r[j - 1]
            people.append(Person(text[a.start(): b.end()], base + a.start(), base + b.end()))
    return people


# ", ordförande" / ", sekreterare" between names run together (a flattened column of names with a role
# after some): "Hasse Odenö, ordförande Gun Djerf Anita Kollerbaur Per Wernheim", "Lennart Forsberg Hans
# Wallberg Olle Thylander, sekreterare". The lower-case words after the comma must read as a role.
# Roles that name whom a substitute stands in for ("ersättare för", "ers. för", "tjg för"): the name after them
# is that member's.
_STANDS_IN_ROLE_HEADS = ("ers", "tjg", "tjänstgör", "för ", "i stället", "istället")
_ROLE_COMMA = re.compile(r",\s*([a-zåäö][\w.]*(?:\s+[a-zåäö][\w.]*){0,2})(?=\s+[A-ZÅÄÖ]|\s*$)")


def _run_or_name(chunk: str, base: int) -> list[Person]:
    """The persons of a piece of `_runs_with_roles`: names run together, or one name of two or three words."""
    body = chunk.strip()
    at = base + chunk.find(body) if body else base
    n = len(body.split())
    if n >= 4:
        return _run_together(body, at)
    if n >= 2 and _looks_like_name(body) >= 1.0:
        return [Person(body, at, at + len(body))]
    return []


_RUN_GROUP_NOTES = frozenset(w.RUN_GROUP_NOTES)
_RX_VICE_ABBREVIATED = re.compile(r"v\.\s*|v\s+")


def _run_note_role(note: str) -> str | None:
    """A note after a comma in names run together that `_role_of` does not read, read as a role: a vice post cut
    short ("v.ordf.", "v. ordf."), a compound of a role word ("personalrepresentant"), or a group the person is
    there for ("valberedningen")."""
    low = note.strip().casefold()
    vice = _RX_VICE_ABBREVIATED.match(low)
    if vice and _role_of(low[vice.end():]):
        return note.strip()
    if " " not in low and (low in _RUN_GROUP_NOTES or any(
            low.endswith(r) and len(low) > len(r) + 2 for r in _COMPOUND_ROLE_ENDS)):
        return note.strip()
    return None


# Role words that end a compound role ("personalrepresentant", "förbundsordförande").
_COMPOUND_ROLE_ENDS = ("representant", "ordförande", "sekreterare", "ledamot", "ombud")


def _runs_with_roles(text: str, base: int) -> list[Person]:
    """Read names run together whose roles follow a comma (see `_ROLE_COMMA`): each role belongs to the name
    before it. Every piece must read as names and every lower-case phrase as a role, else nothing is read."""
    people: list[Person] = []
    pos = 0
    for m in _ROLE_COMMA.finditer(text):
        role = _role_of(m.group(1)) or _run_note_role(m.group(1))
        found = _run_or_name(text[pos: m.start()], base + pos) if role else []
        if not found:
            return []
        people.extend(found)
        people[-1] = people[-1]._replace(role=m.group(1).casefold())
        pos = m.end()
    if not people:
        return []
    if text[pos:].strip():
        found = _run_or_name(text[pos:], base + pos)
        if not found:
            return []
        people.extend(found)
    if len(people) == 2 and _one_roled_then_name(people):
        return people  # "Erik Söderberg, ordf. Maja Jansson": a role after the comma, then the next name alone
    return people if len(people) > 2 else []


def _one_roled_then_name(people: list[Person]) -> bool:
    """Whether two persons of `_runs_with_roles` are a name with a role after its comma and then one more name
    ("Erik Söderberg, ordf. Maja Jansson"): a known given name opens the second, of two or three words, with no
    note; the role names a post, not whom a substitute stands in for ("Catrin Mård, ersättare för Lena Nazzal")."""
    first, second = people
    words = second.name.split()
    return (first.role is not None and second.role is None and not first.role.startswith(_STANDS_IN_ROLE_HEADS)
            and 2 <= len(words) <= 3 and "," not in second.name and _is_given(words[0])
            and _looks_like_name(second.name) >= 1.0)


def _roled_run_end(text: str) -> int:
    """Where a flattened run of names, some with a role after a comma, ends (see `_name_run_end`): "Minoo Ek,
    ordförande Alexander Hansson Anders Råsberg Länsstyrelsen i Jönköpings län IKEA ..." ends before
    "Länsstyrelsen", the column of organisations that a flattened table writes after its names."""
    pos = 0
    while True:
        end = pos + _name_run_end(text[pos:])
        tok = _TOKEN.match(text, end)
        word = tok.group(0) if tok else ""
        if word.endswith(",") and word[:1].isupper() and not _NOT_NAME_TOKEN.fullmatch(word[:-1]) and tok:
            m = _ROLE_COMMA.match(text, tok.end() - 1)
            if m and _role_of(m.group(1)):
                pos = m.end()
                continue
        return end


def _roled_run_before_columns(text: str, base: int) -> list[Person]:
    """The names of a flattened attendance table whose other columns (organisations, titles) follow all the
    names: "Minoo Ek, ordförande Alexander Hansson Anders Råsberg Stefan Eklund Länsstyrelsen i Jönköpings län
    IKEA LRF ...". Read only when the run holds three persons or more and a capitalised column goes on after it
    (a sentence after the names, "... Bo Berg hälsades välkomna", reads nothing)."""
    end = _roled_run_end(text)
    if text[end:].lstrip()[:1].islower():
        # "... Malin Backman Uppföljning och resultat, Länsstyrelsen": the last capitalised word begins the phrase
        end = text.rstrip().rfind(" ", 0, len(text[:end].rstrip())) + 1
    rest = text[end:].lstrip()
    if end < 20 or not rest[:1].isupper():
        return []
    run = text[:end].rstrip(" ,")
    people = _runs_with_roles(run, base) if "," in run else _run_together(run, base)
    return people if len(people) >= 3 else []


_GIVEN = frozenset(w.GIVEN_NAMES + w.MORE_GIVEN_NAMES + w.FINNISH_GIVEN_NAMES)
_NO_ONE_GIVEN = _NO_ONE & _GIVEN  # "inga": "none", and a given name


_RUN_BEFORE_LAST_LABEL = 2  # names a run must give, each begun by a known given name, to close with a lone label word


def _given_name_run(text: str, base: int) -> list[Person]:
    """Read capitalised words as names run together when the names begin with known given names ("Lisbeth
    Lennartsson", "Birgitta Elfström Kent Ingvarsson"), all of them or, in a run of four names or more, three in
    four; a capitalised role stands before the name it belongs to ("... Stefan Kristiansson Sekreterare Thomas
    Forslin"). [] when any word is left over or begins no name."""
    words = list(_CAP_WORD.finditer(text))
    if not words or any(text[a.end(): b.start()].strip() for a, b in itertools.pairwise(words)) \
            or text[: words[0].start()].strip() or text[words[-1].end():].strip():
        return []
    if any(m.group(0).casefold() in _ORG_WORDS or m.group(0).casefold().endswith(_ORG_ENDINGS) for m in words):
        return []
    people: list[Person] = []
    starts = known = 0
    role: str | None = None
    k = 0
    while k < len(words):
        end = k
        while end < len(words) and not _is_role_word(words[end].group(0).casefold()):
            end += 1
        run = words[k:end]
        if run:
            spans = _segment_names([m.group(0) for m in run])
            if spans is None:
                return []
            for n, (i, j) in enumerate(spans):
                a, b = run[i], run[j - 1]
                people.append(Person(text[a.start(): b.end()], base + a.start(), base + b.end(),
                                     role=role if n == 0 else None))
                starts += 1
                known += _is_given(a.group(0))
        elif k > 0:
            return []  # two roles in a row: not names
        role = words[end].group(0).casefold() if end < len(words) else None
        k = end + 1
    if role is not None and len(people) >= _RUN_BEFORE_LAST_LABEL and k == len(words) and known == starts:
        role = None  # "Tjänstemän Peter Löthman Gun-Marie Sjölander Sekreterare": the next label, its value lost
    if role is not None or not people or known < starts and (starts < 4 or known * 4 < starts * 3):
        return []  # a role at the end names no one
    return people


# Accents the given names are also written with ("Therése", "Renée", "Zoë"); å, ä and ö are letters of their own.
_FOLD_ACCENTS = str.maketrans("éèêëáàâíìîóòôúùûüÿ", "eeeeaaaiiiooouuuuy")


_PROSE_WORDS = 6


def _prose_below(parts: list[Part], j: int) -> bool:
    """Whether the next line with text after part `j`, past a blank line, is prose: a sentence of six words
    or more that ends in a full stop or holds a verb."""
    k = j + 1
    if k >= len(parts) or parts[k].text.strip():
        return False  # no blank line after it
    t = next((x.text.strip() for x in parts[k: k + 4] if x.text.strip()), "")
    return len(t.split()) >= _PROSE_WORDS and (t.endswith((".", "!", "?")) or _SENTENCE_VERB.search(t) is not None)


def _prose_right_below(parts: list[Part], j: int) -> bool:
    """Whether the line right under part `j` (no blank line between) is prose: a sentence of six words or more
    that ends in a full stop or holds a verb, as under a section's heading ("Välkomna" / "Bo hälsade ...")."""
    k = j + 1
    if k >= len(parts) or not parts[k].text.strip():
        return False
    t = parts[k].text.strip()
    return len(t.split()) >= _PROSE_WORDS and (t.endswith((".", "!", "?")) or _SENTENCE_VERB.search(t) is not None)


def _is_given(word: str) -> bool:
    low = word.casefold()
    if low in _GIVEN:
        return True
    if "-" in low and low.split("-", 1)[0] in _GIVEN:  # "Anna-Greta", "Sven-Olof"
        return True
    folded = low.translate(_FOLD_ACCENTS)
    return folded != low and (folded in _GIVEN or folded.split("-", 1)[0] in _GIVEN)


def _name_cost(words: list[str], given: list[bool]) -> float | None:
    """How unlikely `words` are as one person's name (None: they cannot be one). A name begins with a given
    name and ends with a surname; a second given name or a middle initial may stand between ("Per Mattis
    Nyberg", "Anna-Greta O Berggren"), or a second surname ("Marianne Servais Höckerman"). `given[k]` tells
    whether `words[k]` is a known given name (`_is_given`)."""
    first, last = words[0], words[-1]
    if len(first.rstrip(".")) == 1 or len(last.rstrip(".")) == 1:
        return None  # an initial stands inside a name
    if first[:1].islower():
        return None  # a surname with its particles ("van der Gronden") ends a name, never begins one
    cost = 0.0 if given[0] else 3.0  # a given name not listed: possible, but the last resort
    if given[-1]:  # "Anna Ek Bo": Bo begins the next person; "Anders Rapp Sten-Åke" all the more
        cost += 4.0 if "-" in last else 2.0
    surnames = initials = 0
    for k in range(1, len(words) - 1):
        middle = words[k]
        if len(middle.rstrip(".")) == 1:
            if middle[0] in _PARTIES:
                return None  # "Anna Ek S Bo Berg M": a party after each name, not an initial
            initials += 1
            continue
        if given[k]:
            cost += 1.0
        else:
            surnames += 1
            cost += 0.5
    if surnames > 1 or (len(words) > 3 and not initials):
        return None  # "Anette Schön Erling Johansson", "Sten-Åke Kjell Jorge Pereira": two persons
    return cost + 0.25 * (len(words) - 2)  # of equal readings, the one of shorter names


def _segment_names(words: list[str]) -> list[tuple[int, int]] | None:
    """Split capitalised words run together into persons of two to four words each ("Marianne Servais
    Höckerman Ulla Jakobsson Bo Hansson" -> three), the split whose names read most like names (see
    `_name_cost`); None when no split makes every piece a name or when the words hold no known given name."""
    n = len(words)
    given = [_is_given(x) for x in words]  # (each word is in up to nine of the pieces tried)
    if n < 2 or not any(given):
        return None
    best: list[tuple[float, int] | None] = [None] * (n + 1)
    best[0] = (0.0, 0)
    for i in range(n):
        here = best[i]
        if here is None:
            continue
        for j in range(i + 2, min(n, i + 4) + 1):
            cost = _name_cost(words[i:j], given[i:j])
            there = best[j]
            if cost is not None and (there is None or here[0] + cost < there[0]):
                best[j] = (here[0] + cost, i)
    if best[n] is None:
        return None
    spans: list[tuple[int, int]] = []
    j = n
    while j > 0:
        step = best[j]
        assert step is not None
        spans.append((step[1], j))
        j = step[1]
    return spans[::-1]


_TOKEN = re.compile(r"\S+")


def _is_acronym(word: str) -> bool:
    """Tell whether a word is an organisation's abbreviation: "MRO", "ÖSlJ", "SRJmf/", "DjL" (at least two
    capitals, half of its letters or more), not a party ("KD") nor a name ("McDonald")."""
    core = word.rstrip("/")
    if len(core) < 2 or not core.isalpha() or not core[0].isupper() or core.upper() in _PARTIES:
        return False
    upper = sum(map(str.isupper, core))
    return upper >= 2 and upper * 2 >= len(core)


def _acronym_person(text: str, base: int) -> Person | None:
    """Read one "Name ORG role" entry: "Sten Erson- Wester MRO VL", "Åke Stridh SS/ DjL", "Lars Granström MRO
    VVL/ Sekreterare", "Bengt Carlsson JTJ". Two to four capitalised words make the name, the abbreviation
    after them (with more joined by "/") the organisation, and up to three words after it the role."""
    if "," in text or "(" in text or ":" in text:
        return None
    tokens = list(_TOKEN.finditer(text))
    k = next((i for i, t in enumerate(tokens) if _is_acronym(t.group(0))), -1)
    if not 2 <= k <= 4 or len(tokens) - k > 4:
        return None
    for t in tokens[:k]:
        word = t.group(0)
        if not word[:1].isupper() or not word.replace("-", "").isalpha() or _is_acronym(word):
            return None
        if _norm(word) in _ORG_WORDS or _norm(word) in _ROLE_WORDS:
            return None
    e = k + 1
    while tokens[e - 1].group(0).endswith("/") and e < len(tokens) and _is_acronym(tokens[e].group(0)):
        e += 1  # "SS/ DjL", "SRJmf/ ULJ"
    organisation = text[tokens[k].start(): tokens[e - 1].end()].rstrip("/ ")
    role = text[tokens[e].start():].strip() if e < len(tokens) else None
    s, end = tokens[0].start(), tokens[k - 1].end()
    return Person(text[s:end], base + s, base + end, organisation=organisation, role=role or None)


_COMPOUND_LEAST = 12  # letters of a word that is a compound noun ("Lokalpolisområde"), no given name


def _opens_with_compound(piece: str) -> bool:
    """Tell whether `piece` begins with a long word without hyphen that is no given name: a compound noun
    ("Lokalpolisområde Järfälla", "Kommunledningskontoret"), the opening of an organisation, not of a name."""
    head = piece.split(None, 1)[0] if piece.strip() else ""
    return len(head) >= _COMPOUND_LEAST and "-" not in head and head.isalpha() and not _is_given(head)


def _is_name_list(text: str, known: set[str]) -> bool:
    """Tell whether a line is several names ("Lars Agrell, Herbert Sandström, Johan Hambraeus",
    "bjarni, davidk, vol"), not one "Name, Organisation, role" entry."""
    plain = _RX_PERSON_10.sub("", text) if "(" in text else text
    if "," not in plain and "och" not in plain and "samt" not in plain and "&" not in plain:
        return False  # one piece: nothing to split at
    if "- och " in plain or "- samt " in plain:
        return False  # "Cia Holm, Autism- och Aspergerföreningen": a word cut before "och" is one name's part
    pieces = [p.strip() for p in _RX_IS_NAME_LIST_1.split(plain)]
    pieces = [p for p in pieces if p]
    if len(pieces) < 2:
        return False
    tails = [_role_tail(p) for p in pieces]
    pieces = [p[: t.start()].rstrip(" -–—") if t else p for p, t in zip(pieces, tails, strict=True)]
    if len(pieces) > 2 and " " not in pieces[-1] and all(" " in p for p in pieces[:-1]) \
            and plain.rstrip(" .").endswith(", " + pieces[-1]) and not _is_given(pieces[-1]) and (
            plain.count(",") == 1 or any(p.split(None, 1)[0] == pieces[-1] for p in pieces[1:-1])):
        # "Tore Olsson och Per-Erik Åhlund, Upplands-Brohus": the organisation the names share; "Aurora Mattfolk,
        # Parkskolan Yasser Al-Maliki, Parkskolan": each name's organisation after it, the same twice
        return False
    if any(" " in p and _opens_with_compound(p) for p in pieces[1:]):
        return False  # "Jörgen Karlsson, Lokalpolisområde Järfälla": a name and its organisation
    if len(pieces) == 2 and not (
            all(_looks_like_name(p) == 1.0 and len(p.split()) in (2, 3) for p in pieces)
            or all(" " not in p and _is_given(p) for p in pieces)  # "Dan, Eva": two given names
            or (("och" in text or "samt" in text or "&" in text) and _RX_IS_NAME_LIST_2.search(text))):
        return False  # "Anna Ek, Växjö" is one person; "Dan Ek, Eva Berg" two
    for piece in pieces:
        if _RX_IS_NAME_LIST_3.search(piece) or _is_org(piece, known) or _role_of(piece) or _party_of(piece):
            return False
        head = piece.split(None, 1)[0]
        if len(head) > 1 and head.isupper() and head[-1] != "." and " " in piece \
                and not (len(head) == 3 and head[1] == "-" and head[0] != head[2]):
            # "KK Kalmar", "AB Bostäder": an organisation's abbreviation and a place (not "C. Holm", nor the
            # two initials of a double given name joined by a hyphen: "P-G Lindencrona", "K-G Axelsson")
            return False
        if _looks_like_name(piece) == 0 and not _RX_IS_NAME_LIST_4.fullmatch(piece):
            return False
    single = [p for p in pieces if " " not in p]
    # Lower-case single words are nicknames only when the whole list is written so.
    return all(_looks_like_name(p) > 0 for p in pieces) or len(single) == len(pieces)


_ALL_END_LABELS = w.END_LABELS + w.DISTRIBUTION_END_LABELS
# A distribution label inside a flattened list line, capitalised, before a name: the names after it receive the
# minutes ("... John Kostet, NLL För kännedom Lars Alriksson (m) Kf").
_RX_DISTRIBUTION = re.compile(r"(?<=[\w.,)])\s+(?:" + "|".join(
    re.escape(e[:1].upper() + e[1:]) for e in w.DISTRIBUTION_END_LABELS) + r")\s*:?\s+(?=[A-ZÅÄÖ])")
_END_HEADS = frozenset(e.rstrip(":") for e in _ALL_END_LABELS)
_END_HEAD_PAIRS = frozenset(e[:2] for e in _END_HEADS)  # what each end label begins with
_END_COLONS = tuple(e.rstrip(":") + ":" for e in _ALL_END_LABELS + w.MORE_END_LABELS)
# In a label column: "Utses att justera<TAB>Bo Bengtsson", "Utses att justera Bo Bengtsson".
# ("Ordförande:" ends a list only with its colon: "Ordförande<TAB>Samuel Hammersberg<TAB>Ja" is a row.)
_END_CELLS = tuple(e + "\t" for e in _ALL_END_LABELS if not e.endswith(":")) + tuple(
    e + " " for e in _ALL_END_LABELS if " " in e.strip() and not e.endswith(":"))
# The first two letters of each end label as `_ends_list` tests it (each is longer than that).
_END_PAIRS = frozenset(e[:2] for e in (*_END_HEADS, *_END_COLONS, *_END_CELLS))


# A party in parentheses, or the capitals of a local party's ("(FI)", "(FNL)", "(SPI)").
_PARTY_OR_LOCAL_PAREN = re.compile(rf"\(\s*(?:(?i:{_PARTY})|[A-ZÅÄÖ]{{2,4}})\s*\)")


# A note after an entry's party in a run of names: the items the member took part in ("(L) §§ 57–70", "(S) § 61,
# 63"), or whom a substitute stood in for ("(SD), tjänstgörande ersättare för Mona Olin (SD)", "(S) tjg för Paula
# Örn (S)"); the closing parenthesis stays.
_RX_PARTY_RUN_NOTE = re.compile(
    r"(?<=\))(?:\s*§§?\s*\d{1,3}(?:\s*[-–]\s*\d{1,3})?(?:\s*,\s*\d{1,3}(?:\s*[-–]\s*\d{1,3})?)*"
    r"|\s*,?\s*(?:(?:tjänstgörande|tjg\.?)\s+)?(?:(?:ersättare|ers\.?)\s+för|tjg\.?\s+för|ersätter)\s+"
    rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,2}}\s*(?:\(\s*[A-Za-zÅÄÖåäö]{{1,4}}\s*\))?)")


def _is_party_run(text: str) -> bool:
    """Whether a line without commas is names each with its party ("Anna Ek (S) Bo Berg (M) Cia Holm (V)"): at
    least three party parentheses, at most three words before each, and no verb of a sentence. Notes of items
    and of substitutes after a party do not count (`_RX_PARTY_RUN_NOTE`)."""
    found = list(_PARTY_OR_LOCAL_PAREN.finditer(text))  # ("Annika Nilsson (FI)": a local party among them)
    if sum(bool(_PARTY_PAREN.fullmatch(m.group(0))) for m in found) < 3 or _SENTENCE_VERB.search(text):
        return False
    if "§" in text or "för" in text or "ersätter" in text:
        text = _RX_PARTY_RUN_NOTE.sub("", text)
        found = list(_PARTY_OR_LOCAL_PAREN.finditer(text))
    at = 0
    for m in found:
        if not 1 < len(text[at: m.start()].split()) < 4:
            return False
        at = m.end()
    return len(text[at:].split()) < 4


_RX_WORD_AND_NUMBER = re.compile(r"[A-ZÅÄÖ][a-zåäö]+ \d{1,3}")  # "Meddelande 1", "Bilaga 2"
_RX_ORDINAL_ROLE_WORD = re.compile(r"\d:?-?[ae]")  # "1-e vice ordförande", "2:e vice ordförande"


def _is_party_entry_line(text: str) -> bool:
    """Whether a line without commas is entries of a name and its party, each perhaps with role words after it
    ("Crister Persson (C) 1-e vice ordförande Peter Rosholm (S)", "Jana Nilsson (S) Varberg Cia Holm (KD)"): two
    party parentheses or more, before each a name of two or three capitalised words, and between them only role
    words or one capitalised place. No verb of a sentence."""
    if "," in text or text.count("(") < 2:
        return False
    found = list(_PARTY_OR_LOCAL_PAREN.finditer(text))
    if len(found) < 2 or not any(_PARTY_PAREN.fullmatch(m.group(0)) for m in found) or _SENTENCE_VERB.search(text):
        return False
    at = 0
    for m in found:
        words = text[at: m.start()].split()
        if not 2 <= len(words) <= 7:
            return False
        extra = [x for x in words[:-2] if not x[:1].isupper()]
        name = words[-2:]
        if not all(x[:1].isupper() and x[1:].isalpha() for x in name):
            return False
        if not all(x.casefold() in _ROLE_WORDS or _RX_ORDINAL_ROLE_WORD.fullmatch(x) for x in extra):
            return False  # lower-case words other than role words: a sentence
        if len(words) - 2 - len(extra) > 1:
            return False  # at most one capitalised word (a place, a name's third part) before the name
        at = m.end()
    tail = text[at:].split()
    return len(tail) < 4 and all(x[:1].isupper() or x.casefold() in _ROLE_WORDS for x in tail)


# A line that goes on with an attendee's note of paragraphs and hours, wrapped from the line before
# ("Anne Ek, verksamhetschef, § 85–86, kl 09.10–10.45," over "§ 88, kl 11.25–11.35."): no item ("§ 88 Budget").
_RX_PARAGRAPH_TIME_NOTE = re.compile(r"§+\s*\d+(?:\s*[–-]\s*\d+)?\s*,\s*kl\.?\s*\d")


# A name run into the paragraph sign of the first item, with no space between ("Per Söderberg§ 1 Sammanträdets
# öppnande"), as a stored copy joins a list's last line to the heading under it. (Not "Anna Berg § 1-5" or
# "Bo Ek §§ 3-4": the paragraphs someone attended, written with a space.)
_CAPITALISED_NAME = r"[A-ZÅÄÖ][^\W\d_]+(?:[ -][A-ZÅÄÖ][^\W\d_]+){1,3}"  # two to four capitalised words
_RX_NAME_GLUED_TO_ITEM = re.compile(rf"\s*({_CAPITALISED_NAME})§[ \t]*\d{{1,3}}\.?[ \t]+[A-ZÅÄÖ]")


# A line under a list naming who came later, the hour or paragraph first: "från 18:30 Viktor Enberg.", "Från kl.
# 19.15 Eva Ek", "efter § 4 Bo Berg". Group 1 is the name or names after it.
_RX_LATE_ARRIVAL = re.compile(r"\s*(?i:från|fr\.\s?o\.\s?m\.?|efter)\s+(?:(?i:kl)\.?\s*\d{1,2}(?:[.:]\d{2})?|\d{1,2}[.:]\d{2}"
                              rf"|§+\s*\d{{1,3}})\s*,?\s+({_CAPITALISED_NAME}(?:(?:,\s*|\s+och\s+){_CAPITALISED_NAME})*)\.?\s*$")


# One word heading a group of items ("Rapporter", "Information", "Skrivelser"), on a line of its own.
_GROUPING_HEADS = frozenset(g for g in w.GROUPING_TITLES if " " not in g)


def _ends_list(text: str, level: int) -> bool:
    t = text.strip()
    low = t.casefold()
    if level or ((t[:1].isdigit() or t[:1] == "§") and _ITEM.match(t) and not _numbered_name(t)
                 and not _RX_PARAGRAPH_TIME_NOTE.match(t)):
        return True  # (an item begins with a digit or "§")
    if "http" in low or "@" in low or low.startswith("www."):
        return True
    if low[:2] in _END_PAIRS and (low in _END_HEADS or low.startswith(_END_COLONS) or low.startswith(_END_CELLS)):
        return True
    if low[:2] in _END_PAIRS and " " in t and low.split(" ", 1)[0] in _END_HEADS and t.split(" ", 1)[1][:1].isupper():
        return True  # "Justerare Isak Olsson", "Underskrifter Sekreterare": a label column without colon, then its value
    if " " not in t and t[:1].isupper() and t.isalpha() and low in _GROUPING_HEADS:
        return True  # "Rapporter", "Information", "Skrivelser": the heading of a group of items under the list
    if t[:4].isupper():  # (most lines begin otherwise)
        first = t.split(None, 1)[0]
        if first.isupper() and first.casefold() in _END_HEADS:
            return True  # "PROTOKOLL 2 (6)": the page head of the next page
    if low[:1] in "tpdl" and _RX_ENDS_LIST_1.match(low):  # (its words begin so)
        return True
    bullet = _BULLET.match(t)
    plain = t[bullet.end():] if bullet else t  # the pattern is anchored: its one match is this one
    if "\t" not in plain and plain.count(",") < 2:
        n = len(plain.split())
        if n > 12 and plain.count("(") > 2 and _is_party_run(plain):
            return False  # "Magnus Johansson (S) Patrik Hansson (S) Malin Norfall (S) ...": names without commas
        if n > 12 and plain[-2:] in (" X", " x", " -", " –") and _party_first_marked(plain, 0):
            return False  # "ÖP Franz Heinel, ordförande X C Kristina Lemon X ...": rows of party, name and mark
        if n > 12 and plain[-1:].isalpha() and _is_long_name_run(plain):
            return False  # "Björn Holgersson Mats Hugosson Kent Ingvarsson ...": a column of names flattened
        if n > 12 or (n > 6 and plain.endswith((".", "!", "?")) and _SENTENCE_VERB.search(plain)):
            return True
        if n > 4 and ("," not in plain or plain.endswith(".")) and _SENTENCE_VERB.search(plain):
            return True
    return False


def _is_long_name_run(text: str) -> bool:
    """Tell whether a long line without commas is a column of names run together (a stored copy flattens it):
    "Björn Holgersson Mats Hugosson Kent Ingvarsson Maria Ixcot Nilsson ...", or with the substitutes' notes
    between ("Madeleine Rosenqvist ej tjänstgörande ersättare Anders Andersson ej tjänstgörande ...").
    Every capitalised word must fall into a name (`_substitute_run`) and most names begin with a known given
    name; a title, a sentence or a row of organisations does not."""
    people = _substitute_run(text, 0)
    return len(people) >= 5 and 4 * sum(_is_given(p.name.split()[0]) for p in people) >= 3 * len(people)


_NUMBERED = re.compile(r"\s*\d{1,2}[.)]\s+")


def _numbered_name(text: str) -> int:
    """Where the name begins in a numbered entry of a list ("1. Anna Andersson", "2) Bo Berg, kassör"): a name of
    two or three words that begins with a known given name; 0 for any other line ("1. Mötets öppnande")."""
    m = _NUMBERED.match(text)
    if not m:
        return 0
    name = text[m.end():].split(",", 1)[0].split("(", 1)[0].strip()
    words = name.split()
    if not 2 <= len(words) <= 3 or not _is_given(words[0]) or _looks_like_name(name) < 1.0:
        return 0
    return m.end()


def _name_part(text: str) -> str:
    """The text of an entry without bullet and parenthesised notes ("Johannes Öhlin (lämnade ...)")."""
    if _PLAIN_NAME.fullmatch(text) and _plain_name_alone(text):
        return text
    return _name_part_long_way(text)


def _name_part_long_way(text: str) -> str:
    """`_name_part` without its shortcut for plain names (the tests compare the two)."""
    # (The first tests of `_strip_notes`, `_trailing_mark`, `_party_column`, `_substitute` and `_role_tail`
    # are made here, before calling them: most entries need none of them.)
    bullet = _BULLET.match(text)
    t = text[bullet.end():] if bullet else text
    if "(" in t:
        t = _RX_PERSON_4.sub("", t)
    end = t[-1:]
    if end and (end.isdecimal() or end.isspace() or end in ".:;,–-"):
        t = _strip_notes(t)
    mark = _TRAILING_MARK.search(t) if _may_mark(t) else None
    if mark and mark.start() > 0 and not mark.group(2):
        t = t[: mark.start()]
    words = t.split()  # `_party_column(t + " x")`: the party is `t`'s last word
    party = _PARTY_COLUMN.search(t + " x") if words and words[-1] in _PARTY_WORDS else None
    t = t[: party.start()] if party and party.start() > 0 else t
    low = t.lower()
    m = _SUBSTITUTE.search(t) if "för" in low or "ätter" in low else None
    t = (t[: m.start()] if m else t).strip()
    tail = _role_tail(t) if "," not in t and t.rstrip().endswith(_ROLE_SUFFIX_ENDS) else None
    return t[: tail.start()].rstrip(" -–—") if tail else t


def _swap_mode(lines: list[str]) -> bool:
    """Tell whether a list is written "Efternamn, Förnamn" (every entry one word, comma, one or two words)."""
    entries = [x for x in lines if x.strip()]
    if len(entries) < 2:
        return False
    for x in entries:
        bullet = _BULLET.match(x)
        e = x[bullet.end():] if bullet else x
        e = (_RX_PERSON_4.sub("", e) if "(" in e else e).strip()
        m = _RX_SWAP_MODE_1.fullmatch(e) if "," in e else None
        if not m or _is_org(m.group(2), set()) or _role_of(m.group(2)) or _party_of(m.group(2)):
            return False
        if any(not (_role_of(x) or _party_of(x)) for x in m.group(3).split(",")[1:]):
            return False  # "Svensson, Anna, ordförande" but not "Ek, Anna, Växjö kommun"
    return True


_LATEX_ENV = re.compile(r"\\begin\{([^}]*)\}")


def _latex_label(raw_lines: list[str], line_no: int) -> ListKind | None:
    """A LaTeX environment named like a list ("\\begin{närvarande_förtroendevalda}")."""
    raw = raw_lines[line_no - 1] if 0 < line_no <= len(raw_lines) else ""
    m = _LATEX_ENV.search(raw)
    if not m:
        return None
    name = _RX_LATEX_LABEL_1.sub(" ", m.group(1)).strip().casefold()
    for lab, kind in _LABELS_BY_HEAD.get(name[:2], ()):  # (the labels that can match, in the same order)
        if name == lab or name.startswith(lab + " "):
            return kind
    return None


class _Known(set[str]):
    """The organisations read so far in the minutes (normalised), which mark an organisation in later lines;
    `consulted` is set whenever a reading looks at them (membership, iteration, size). A line `_cell_rows`
    reads whose reading did not consult them reads the same again (only adding to them), so the list
    keeps that reading instead of making it twice (`_collect_lists`)."""

    consulted = False

    def __contains__(self, item: object) -> bool:
        self.consulted = True
        return super().__contains__(item)

    def __iter__(self) -> Iterator[str]:
        self.consulted = True
        return super().__iter__()

    def __len__(self) -> int:
        self.consulted = True
        return super().__len__()


@dataclass(slots=True)
class _List:
    kind: ListKind
    people: list[Person]
    members: list[Person]  # members a substitute of a present list stands in for, named apart from the entry


_ONE_NAME_WORD = re.compile(r"[A-ZÅÄÖÉ][a-zåäöéü]+(?:-[A-ZÅÄÖÉ][a-zåäöéü]+)?")


def _wrapped_name(prev: tuple[str, int], text: str, start: int) -> bool:
    """A run-on comma list whose line break falls inside a name: "..., Sara Åkesson, Magnus" / "Forsberg, ...", or
    inside its last name after the list's "och": "..., Magnus Lindstedt och Kent" / "Antonsson."."""
    before, at = prev
    if at + len(before) + 1 != start or "\t" in before or "\t" in text or before.count(",") < 2:
        return False  # (fewer than three segments below)
    last = _RX_JOINED_NAMES.split(before.rstrip().rsplit(",", 1)[-1].strip())[-1]
    head = re.split(r",|\s+och\s+|\.$", text.strip(), maxsplit=1)[0].strip()
    return bool(_ONE_NAME_WORD.fullmatch(last) and _ONE_NAME_WORD.fullmatch(head))


# Words a wrapped note of a list entry may end a line with: the note goes on on the next line.
_RX_OPEN_NOTE_END = re.compile(r"\s(?:för|och|i|på|vid|av|med|inom)$")
# A line that can only be the rest of an entry's note: one to three words without a comma or a digit.
_RX_NOTE_REST = re.compile(r"[A-ZÅÄÖa-zåäö][\wåäöÅÄÖé-]*(?:\s+[a-zåäö][\wåäöé-]*){0,2},?")


def _wrapped_note(prev: str, text: str) -> bool:
    """A "Name, note" list wrapped by a PDF export, its lines often apart by blank lines: a line that ends
    with a comma ("Ungkraft Ulrika Bodenäs,") or inside a note ("Cesar Vargas, enhetschef för") goes on
    with the next line ("administrativkoordinator", "Ungkraft Ulrika Bodenäs,"); so does a note cut after
    its first word ("Philip Frank, Svalöfs" / "gymnasium")."""
    before = prev.rstrip()
    if "," not in before or len(before) < 12 or "\t" in before:
        return False
    body = text.strip()
    if not body or body[0] in "(-–•*" or ":" in body or any(map(str.isdigit, body)):
        return False
    if before.endswith(","):
        # the note of the last entry follows alone, or the next entries begin with it
        return bool(_RX_NOTE_REST.fullmatch(body)) or body.count(",") >= 1 and body[:1].isupper()
    if _RX_OPEN_NOTE_END.search(before):
        return body[:1].isupper() and "," in body  # "Ungkraft Ulrika Bodenäs,": the note's end, then a name
    last = before.rsplit(",", 1)[1].split()
    # "Philip Frank, Svalöfs" / "gymnasium": one word of a note after the last comma, the rest lower-case
    return len(last) == 1 and last[0][:1].isupper() and body.islower() and len(body.split()) <= 2


_INLINE_LABEL = re.compile(r"(?<=[\s).,])([A-ZÅÄÖ][a-zåäö]+(?:\s+[a-zåäö]+)?)"
                           rf"(?:{_LABEL_TRANSLATION})?\s*:\s*(?=\S)")  # (perhaps "/ Present")


# Agenda points written as "Label:" inside a line ("17 Övriga frågor: utseende av ny revisorssuppleant"): no list.
_AGENDA_POINT_LABELS = frozenset(("övriga frågor", "övriga ärenden", "övriga punkter"))
# An inline label of two joined by a slash: "... adjungerad Ej närvarande/förhinder: Cia Holm".
_INLINE_SLASHED_LABEL = re.compile(r"(?<=[\s).,])([A-ZÅÄÖ][a-zåäö]+(?:\s+[a-zåäö]+)?/[a-zåäö]+(?:\s+[a-zåäö]+)?)"
                                   r"\s*:\s*(?=\S)")


# A sentence's full stop, then the number of the minutes' next item and its capitalised heading, run on after the last
# list of a flattened line: "Anmält förhinder: Barbro Svärd. 3 Godkännande av dagordning ...".
_RX_STOP_THEN_ITEM = re.compile(r"\.\s+\d{1,2}[.)]?\s+[A-ZÅÄÖ][a-zåäö]+\s+[a-zåäö]")


def _before_next_item(text: str, start: int, end: int) -> int:
    """Where the entries from `start` end when the next item's number and heading run on after a full stop (the
    stop's offset, after it), else `end`."""
    m = _RX_STOP_THEN_ITEM.search(text, start, end)
    return m.start() + 1 if m else end


def _inline_labels(text: str) -> list[tuple[int, ListKind, int]]:
    """The list labels inside one line of entries (a flattened header): where each label begins, its kind,
    and where its entries begin."""
    cuts: list[tuple[int, ListKind, int]] = []
    for m in _INLINE_LABEL.finditer(text):
        if not _may_begin_label(m.group(1)):
            continue
        if m.group(1).casefold() in _AGENDA_POINT_LABELS:
            continue  # "... under 17 Övriga frågor: utseende av ny revisorssuppleant": an agenda point, no list
        lab = label_of(m.group(1) + ":")
        if lab:
            cuts.append((m.start(1), lab[0], m.end()))
    if "/" in text:
        for m in _INLINE_SLASHED_LABEL.finditer(text):
            lab = label_of(m.group(1) + ":")
            if lab:
                cuts.append((m.start(1), lab[0], m.end()))
        cuts.sort()
    return cuts


# The minutes' secretary labelled inside a flattened line of lists, before a name: "... Maria Rydén (M), Göteborg
# Sekreterare: Helena Mäki, GR/Elisabeth Beijer, GR Övriga: ...". The secretary is there: a present list.
_RX_SECRETARY_INSIDE = re.compile(r"(?<=[\s,.)])(Sekreterare|SEKRETERARE)\s*:\s*(?=[A-ZÅÄÖ][a-zåäöéü]+[\s-])")


def _secretary_cuts(text: str) -> list[tuple[int, ListKind, int]]:
    """The secretary's labels inside a line of entries (`_RX_SECRETARY_INSIDE`), as `_inline_labels` gives cuts."""
    return [(m.start(1), ListKind.PRESENT, m.end()) for m in _RX_SECRETARY_INSIDE.finditer(text)]


def _label_before_names(text: str, least: int = 3) -> tuple[ListKind, int] | None:
    """A label without colon before names run together ("Övriga deltagande Ulla-Britt Kuhlin Catharina
    Söderström Folke Andersson 24"): the kind and where the names begin, when they split into given name
    and surname pairs (`_run_together`), are `least` or more and no verb makes a sentence of them."""
    low = text.casefold()
    for lab, kind in _LABELS_BY_HEAD.get(low[:2], ()):
        if low.startswith(lab + " ") and text[len(lab) + 1: len(lab) + 2].isupper():
            rest = text[len(lab) + 1:]
            inside = _INSIDE_LABEL.search(rest)  # "... Ingrid Andersson SPF Övriga deltagare Zonitha Ödling ..."
            head = rest[: inside.start()] if inside else rest
            if (len(_run_together(head, 0)) >= least or len(_org_entries(head, 0)) >= 3) \
                    and not _SENTENCE_VERB.search(rest):
                return kind, len(lab) + 1  # (not "Medlemmar Anna Ek och Bo Berg har lämnat föreningen")
    return None


_KIND_OF_LABEL = {lab: kind for lab, kind in _LABELS} | {
    lab: ListKind.PRESENT for lab in w.CUT_PRESENT_LABELS + w.STAFF_PRESENT_LABELS}
# A present or absent label without colon inside a flattened line, written capitalised and followed by a
# capitalised word: "... sammanträdesrum Ledamöter Gunilla Åström ...", "... Ingrid Andersson SPF Övriga
# deltagare Zonitha Ödling ...". (Lower case it is prose: "övriga deltagare hälsades välkomna".)
_INSIDE_LABEL = re.compile(
    # (a label cut to "ande" or a group of staff may also open the text: "ande Ann-Katrin Sämfors (S) ordförande
    # ...", "Politiska sekreterare Johan Hellström (MP) ...", a page's line)
    r"(?:(?<=\s)|^(?=(?:" + "|".join([re.escape(lab) for lab in w.CUT_PRESENT_LABELS] + [
        re.escape(lab[:1].upper() + lab[1:]) for lab in w.STAFF_PRESENT_LABELS]) + r")\s))(" + "|".join(re.escape(lab[:1].upper() + lab[1:]) for lab, kind in _LABELS
                            if kind in (ListKind.PRESENT, ListKind.ABSENT))
    # in capitals, as a flattened header writes its labels: "BESLUTANDE Anna Ek (L) ... ERSÄTTARE Bo Berg (M)"
    + "|" + "|".join(re.escape(lab.upper()) for lab, kind in _LABELS
                     if kind in (ListKind.PRESENT, ListKind.ABSENT) and len(lab) > 5)
    + "|" + "|".join(re.escape(lab) for lab in w.CUT_PRESENT_LABELS)
    # a group of staff, only inside a flattened line: "... Anita Lomander (S) Politiska sekreterare Johan Hellström"
    + "|" + "|".join(re.escape(lab[:1].upper() + lab[1:]) for lab in w.STAFF_PRESENT_LABELS)
    # a group of the members by whom they represent: "Kommunernas ledamöter", "Regionens ledamöter"
    + r"|[A-ZÅÄÖ][a-zåäö]+(?:ernas|arnas|ens|ets|s) (?:" + "|".join(w.MEMBER_GROUP_NOUNS) + r")"
    # (or an item's number before the first name: "... Henryk Wos Inbjudna gäster 5 Olof Sjöström 10 Billy ...")
    + r"):?\s+(?=[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]|\d{1,2}\s+[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+\s+[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ])")
# A label inside a flattened line before an item's number and a name ("... Henryk Wos Inbjudna gäster 5 Olof
# Sjöström 10 Billy Fredriksson"): the guests came for those items; the label ends the list before it.
_RX_LABEL_BEFORE_NUMBERED_NAME = re.compile(
    r"(?<=\s)(?:" + "|".join(re.escape(lab[:1].upper() + lab[1:]) for lab, kind in _LABELS
                             if kind in (ListKind.PRESENT, ListKind.ABSENT) and " " in lab)
    + r")\s+\d{1,2}\s+[A-ZÅÄÖ][a-zåäö]+\s+[A-ZÅÄÖ][a-zåäö]")
# The words that can begin a label inside a line (`_INSIDE_LABEL`, `_INLINE_LABEL`), as written there: a line
# holding none of them, as most lines, is not searched.
_HEAD_WORDS = {lab.split()[0].rstrip(",") for lab, kind in _LABELS if kind in (ListKind.PRESENT, ListKind.ABSENT)}
_LABEL_HEADS = frozenset(
    {h[:1].upper() + h[1:] for h in _HEAD_WORDS} | {h[:1].upper() + h[1:] + ":" for h in _HEAD_WORDS}
    | {h.upper() for h in _HEAD_WORDS if len(h) > 5}
    | set(w.CUT_PRESENT_LABELS) | {lab + ":" for lab in w.CUT_PRESENT_LABELS}
    | {lab.split()[0].capitalize() for lab in w.STAFF_PRESENT_LABELS})
_GROUP_NOUNS = frozenset(w.MEMBER_GROUP_NOUNS)
# A label glued to the date or word before it, as a copy that lost the line break writes it: "... mötet
# 2009-03-16Närvarande: Rolf Adamsson, ...", "... 12/3Frånvarande: Bo Berg", "Hos VTI i LinköpingNärvarande:Sonja
# Forward, ...". Capitalised, with its colon.
_RX_GLUED_LABEL = re.compile(r"(?<=[\da-zåäö])(?:" + "|".join(sorted(
    (re.escape(lab[:1].upper() + lab[1:]) for lab, kind in _LABELS if kind in (ListKind.PRESENT, ListKind.ABSENT)),
    key=len, reverse=True)) + r")\s*:\s*(?=[A-ZÅÄÖ])")


# A full stop misread or mistyped for the comma after a name in a flattened run of entries ("... Lars Bäckström,
# Robertsfors kommun Eva-May Karlsson. Vindelns kommun, vice ordförande Johan Söderling, ...", "Anders Edlund,
# Nils-Erik Edlund. S Stina Munters, C ..."): a name of two capitalised words, the stop, and a capitalised word
# after it (group 1 the name). Read as a comma; a sentence after a name keeps its verb, which still ends the list.
_RX_STOP_AFTER_NAME = re.compile(r"(?<![\w-])([A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)? [A-ZÅÄÖ][a-zåäöé]+"
                                 r"(?:-[A-ZÅÄÖ][a-zåäöé]+)?)\.(?= [A-ZÅÄÖ])")


# How far into the minutes (in parts) a flattened line is searched for labels inside it: the stored copies that
# flatten a header keep it at the top, and searching every line of the text would cost more than it finds.
_TOP_PARTS = 40
# A present or absent label glued to the full stop of the sentence before it, as a text export joins a line to the
# next ("1. Mötet öppnades av Erik Geber.Deltagare: Erik Geber, Marianne Lindberg, ..."): group 1 the label.
_RX_LABEL_AFTER_STOP = re.compile(r"(?<=[a-zåäö]\.)[ \t]?(" + "|".join(sorted(
    (re.escape(lab[:1].upper() + lab[1:]) for lab, kind in _LABELS if kind in (ListKind.PRESENT, ListKind.ABSENT)),
    key=len, reverse=True)) + r")\s*:\s*(?=[A-ZÅÄÖ][a-zåäö]+\s+[A-ZÅÄÖ])")


# One group of a guests' list by item ("5 Olof Sjöström 10 Billy Fredriksson, Lars Frenning 11 Eva Lindroth"): the
# item's number, then one or more names of two or three words parted by commas or "och" (group 1).
_RX_ITEM_NUMBER_NAMES = re.compile(
    r"\s*\d{1,2}\s+((?:[A-ZÅÄÖ][\w-]+(?:\s+[A-ZÅÄÖ][\w-]+){1,2})(?:\s*(?:,|\soch)\s+[A-ZÅÄÖ][\w-]+"
    r"(?:\s+[A-ZÅÄÖ][\w-]+){1,2})*)(?=\s+\d|\s*$)")
_RX_NAME_IN_GROUP = re.compile(r"[A-ZÅÄÖ][\w-]+(?:\s+[A-ZÅÄÖ][\w-]+){1,2}")


def _names_after_item_numbers(text: str, at: int, base: int) -> list[Person]:
    """The names of a list written by item, from `at` ("5 Olof Sjöström 10 Billy Fredriksson, Lars Frenning 11 Eva
    Lindroth 12 Hans Ottosson 1 Fastställande av dagordning ..."): each name must read as one, and one of each
    group open with a known given name; the groups end where that fails (the agenda that follows). None read
    unless two groups or more are."""
    people: list[Person] = []
    groups = 0
    pos = at
    while True:
        m = _RX_ITEM_NUMBER_NAMES.match(text, pos)
        if m is None:
            break
        names = list(_RX_NAME_IN_GROUP.finditer(text, m.start(1), m.end(1)))
        if not names or not all(_looks_like_name(x.group(0)) >= 1.0 for x in names) or not any(
                _is_given(x.group(0).split()[0]) for x in names):
            break
        people.extend(Person(x.group(0), base + x.start(), base + x.end()) for x in names)
        groups += 1
        pos = m.end()
    return people if groups >= 2 else []


def _has_label_word(text: str) -> bool:
    """Tell whether a label may begin inside `text`: one of its words begins a label, or names a group of members."""
    words = text.split()
    return not (_LABEL_HEADS.isdisjoint(words) and _GROUP_NOUNS.isdisjoint(words))


# A heading in capitals inside a flattened line, two words or more: "... Birgitta Isaksson SAMMANTRÄDETS ÖPPNANDE
# Ordförande, ...", "... Bo Berg MÖTETS ÖPPNANDE". The list before it ends there. (Not a surname in capitals
# after a name, "Anna ANDERSSON Bo BERG": one word after a capitalised one.)
_RX_CAPS_HEADING_INSIDE = re.compile(r"(?<=[a-zåäöé.,)]\s)[A-ZÅÄÖ]{3,}(?:\s+[A-ZÅÄÖ]{2,})+(?=[\s.:]|$)")
# A word of a label that ends the attendance lists ("Justering", "Underskrifter", "Paragrafer").
# ("Ordförande:" and "Sekreterare:" end a list only with their colon: "Ordförande Ersättare för ..." is a note.)
_END_LABEL_WORD = re.compile(r"\b(?:" + "|".join(
    re.escape(e[:1].upper() + e[1:]) for e in sorted(w.END_LABELS + w.DISTRIBUTION_END_LABELS, key=len, reverse=True)
    if not e.endswith(":"))
    + r"|Ordförande:|Sekreterare:)(?=\W|$)")
# A lower-case word before a full stop: a sentence ends there ("... Cia Holm hälsades välkomna.").
_SENTENCE_END = re.compile(r"[a-zåäö]{2,}\.(?:\s|$)")
_ROLE_ABBREVIATIONS = frozenset(w.ROLE_ABBREVIATIONS)


def _ends_sentence(text: str) -> bool:
    """Tell whether a sentence ends inside `text` (see `_SENTENCE_END`); an abbreviated role ("ordf.") ends none."""
    for m in _SENTENCE_END.finditer(text):
        k = m.start()
        while k and text[k - 1].isalpha():
            k -= 1
        if text[k: m.end()].strip().rstrip(".").casefold() not in _ROLE_ABBREVIATIONS:
            return True
    return False


# Where a run of names ends inside a flattened line: a lower-case word, a number, punctuation, or a role.
_NOT_NAME_TOKEN = re.compile(r"[a-zåäö]{2,}|\S*[\d:;,()]\S*")


# A note in brackets after a name in a run: lower-case words ("(kassör)", "(vattensamordnare)"), the first perhaps
# with its first letter split off by a stored copy ("(V attensamordnare)"); no digits, no party alone.
_RX_WORD_NOTE = re.compile(r"\((?:[A-ZÅÄÖ]\s)?[a-zåäö]{4,}(?:\s+[a-zåäö]+){0,2}\)")


def _name_run_end(text: str) -> int:
    """Where the names that begin `text` end: before the first word that is no part of a name. A note in brackets
    of lower-case words after a name ("Lennart Säfström (kassör) Anders Larsson (vattensamordnare)") is the
    name's and the run goes on after it."""
    skip = 0
    prev: re.Match[str] | None = None
    for m in _TOKEN.finditer(text):
        if m.start() < skip:
            continue
        word = m.group(0)
        if word[:1] == "(" and m.start() and (note := _RX_WORD_NOTE.match(text, m.start())) is not None:
            skip = note.end()
            continue
        low = word.casefold()
        if (low not in _PARTICLES and _NOT_NAME_TOKEN.fullmatch(word)) or low in _ROLE_WORDS \
                or low.endswith(_ROLE_SUFFIX_ENDS) or low in _ORG_WORDS:
            if skip and word.islower() and low in _ORG_WORDS and prev is not None and prev.start() >= skip:
                return prev.start()  # "... (V attensamordnare) Örebro kommun": the place begins the organisation
            return m.start()
        prev = m
    return len(text)


# A list's value that says the names stand elsewhere: "enligt bifogad närvarolista", "Se bilaga".
_RX_SEE_LIST_ELSEWHERE = re.compile(
    r"(?<!\S)(?:[Ee]nligt|[Ss]e)\s+(?:bifogad(?:e)?\s+)?(?:närvarolista|närvarolistan|bilaga|förteckning)\b\.?")


_DASHES = frozenset("-–—")


def _dash_for_none(segment: str) -> bool:
    """Whether the value of a label without colon is a dash written for "no one": "--", or one dash alone or before
    an item's number ("Frånvarande -- 1 Mötets öppnande", "Frånvarande – 2 Val av justerare"). (One dash before a
    name is a separator: "Frånvarande – Anna Ek".)"""
    words = segment.split(None, 2)
    if not words or not set(words[0]) <= _DASHES:
        return False
    return len(words[0]) > 1 or len(words) == 1 or words[1][:1].isdigit()


def _column_heads_only(text: str) -> bool:
    """Whether `text` is only the heads of attendance columns: group headings or labels ("beslutande", "Kansli"),
    and perhaps a body's acronym ("LAG, beslutande Kansli"); at least one word is a heading."""
    words = text.replace(",", " ").split()
    if not 1 < len(words) < 5:
        return False
    heads = [x for x in words if x.casefold() in _GROUP_HEADINGS or label_of(x, colon_required=False) is not None]
    acronyms = [x for x in words if x.isupper() and 1 < len(x) < 6 and x.isalpha()]
    return bool(heads) and len(heads) + len(acronyms) == len(words)


# A note that the rest of a list stands on the next page, after its first entries: "* övriga beslutande ledamöter
# redovisas på nästa sida.", "(forts. på nästa sida)", "se följande sida" (`_bare_label_lists`).
_RX_NEXT_PAGE_NOTE = re.compile(r"\s*[*(]?\s*(?:[a-zåäö][a-zåäö ]{0,60}?\s)?(?:redovisas|anges|återfinns|finns|"
                                r"forts\.?|fortsätter|se)\s+(?:på\s+)?(?:nästa|följande)\s+sida\b[.)]?")


def _bare_label_lists(text: str, *, least: int) -> list[tuple[ListKind, int, int]]:
    """The lists that labels without colon open inside one flattened line (see `_INSIDE_LABEL`): each list's
    kind and the `[start, end)` of its entries, which end at the next such label or, when the entries do not
    read as whole, where the run of names ends. The first list is kept when it reads as `least` persons or
    more, the next ones with one; none with a verb (a sentence: "Ledamöter Anna Ek och Bo Berg har lämnat ...")."""
    cuts = list(_INSIDE_LABEL.finditer(text))
    out: list[tuple[ListKind, int, int]] = []
    row_kind: ListKind | None = None  # the first label of a row of labels, as a flattened label column writes them
    segment_empty_before = False  # the label before stood right before this one
    for m, nxt in itertools.zip_longest(cuts, cuts[1:]):
        start, end = m.end(), nxt.start() if nxt is not None else len(text)
        kind = _KIND_OF_LABEL.get(m.group(1).casefold(), ListKind.PRESENT)
        closing = _END_LABEL_WORD.search(text, start, end)
        if closing is not None and nxt is None and (row_kind is not None or segment_empty_before) \
                and not text[start: closing.start()].strip():
            # "Beslutande Övriga deltagande Utses att justera Norrtäljesalen, ...": a closing label stands in the
            # row of labels; the values follow it
            start = _closing_labels_end(text, start)  # (and more: "Justeringens plats och tid Underskrifter")
            if _RX_SEE_LIST_ELSEWHERE.search(text, start, end) is None and not _opens_with_name(text[start:end]):
                continue  # "... Utses att justera Justeringens Sekreterare Ordförande": labels only, no values
            closing = _END_LABEL_WORD.search(text, start, end)
        end = closing.start() if closing else end  # "Övriga Justering Justerare Underskrifter ...": no list
        caps = _RX_CAPS_HEADING_INSIDE.search(text, start, end)
        if caps is not None:  # "... Birgitta Isaksson SAMMANTRÄDETS ÖPPNANDE Ordförande, ...": the minutes go on
            end = caps.start()
        segment = text[start:end]
        segment_empty_before = not segment.strip()
        if "bifogad" in segment or "enligt" in segment or "Enligt" in segment:
            elsewhere = _RX_SEE_LIST_ELSEWHERE.search(segment)
            if elsewhere is not None and segment[elsewhere.end():].lstrip()[:1].isupper():
                # "Norrtäljesalen, ... 2014 kl enligt bifogad närvarolista Kerstin Stambert, sekreterare Peter Graf,
                # ...": the values of a row of labels; one list's is elsewhere, the next list's names follow it
                start += elsewhere.end()
                segment = text[start:end]
        if nxt is not None and not closing and len(segment.split()) < 3 \
                and (not segment.strip() or any(x[:1].islower() for x in segment.split())):
            # "Beslutande Ovriga deltagande Förhindrade Kjell Sjölund (C) ...": labels in a row, then the names,
            # which are the first column's (a label's own words between them: "Ovriga deltagande")
            row_kind = row_kind or kind
            continue
        if row_kind is not None:
            kind, row_kind = row_kind, None
        if "nästa sid" in segment or "följande sid" in segment:
            later = _RX_NEXT_PAGE_NOTE.search(segment)
            if later is not None:  # "... Kerstin Kedvall (Posk), 2:e vice ordförande * övriga beslutande ledamöter
                # redovisas på nästa sida.": the note that the others are named on the next page ends the list
                end = start + later.start()
                segment = text[start:end]
        if not segment.strip() or _SENTENCE_VERB.search(segment) or _ends_sentence(segment):
            continue
        if segment.lstrip()[:1] in _DASHES and _dash_for_none(segment):
            continue  # "Anmält förhinder -- Frånvarande -- 1 Mötets öppnande": no one; what follows is the agenda
        need = least if not out else 1  # once one list stands, the next labels are trusted as labels
        own, own_end = _own_roles_run(segment, 0) if need <= _OWN_ROLES_LEAST else ([], 0)
        if own and not _only_labels(segment[own_end:]):
            own = []  # names after the run: another layout ("Anna Ek ordförande ... Mona Jeansson Ulf Nilsson")
        if own:  # "Tjänstemän Anna Ek enhetschef Bo Berg kanslichef ... Övriga": the run ends the list
            end = start + own_end
        elif len(_entries(segment, 0, set(), False)) < need:
            end = start + _name_run_end(segment)
            if text[end:].lstrip()[:1].islower() or len(_run_together(text[start:end], 0)) < need:
                continue  # names and then lower-case words: a sentence ("Övriga deltagare Anna Ek ... hälsades")
        out.append((kind, start, end))
    return out


def _lists_inside_row(text: str, base: int
                      ) -> tuple[tuple[str, int], list[tuple[ListKind, tuple[str, int]]]] | None:
    """Split a wrapped line of a flattened list where labels without colon open the next lists inside it
    ("Gunilla Nordberg (S), Tjörn Sekreterare Cecilia Kvist, GR Övriga Birgitta Hellgren, GR Maria Sigroth,
    GR"): the entries before the first label (they go on with the list above), and each list's kind and
    entries. A secretary named right before the first label ("Sekreterare Cecilia Kvist, GR") kept the
    minutes: present, whatever the list above. None when no label opens a list of names there (one word after it is
    a place: "generalsekreterare Övriga Sverige"), or when nothing that reads as an entry stands before the label (a
    line that begins so is a label line)."""
    first = _INSIDE_LABEL.search(text)
    if first is None:
        return None
    head = text[: first.start()]
    if "," not in head and ")" not in head:
        return None  # no entry of the list above before the label
    inner = _bare_label_lists(text, least=1)
    if not inner or inner[0][1] != first.end():
        return None
    if len(text[inner[0][1]: inner[0][2]].split()) < 2:
        return None  # "Stina Karlsson, Gjallarhornen, generalsekreterare Övriga Sverige": one word, a place, no list
    out: list[tuple[ListKind, tuple[str, int]]] = []
    secretary = _CLOSING_ROLE_INSIDE.search(head)
    if secretary:
        out.append((ListKind.PRESENT, (head[secretary.start(1):], base + secretary.start(1))))
        head = head[: secretary.start()]
    out.extend((k, (text[s:e], base + s)) for k, s, e in inner)
    return (head, base), out


# A functionary's label before a name and what follows it, inside a wrapped list line: "... Tjörn Sekreterare
# Cecilia Kvist, GR " (`_lists_inside_row`).
_CLOSING_ROLE_INSIDE = re.compile(
    r"(?<=[\w)])\s+(?:" + "|".join(w.CLOSING_ROLE_LABELS) + rf")\s+({_NAME_WORD}(?:\s+{_NAME_WORD}){{1,2}}\b[^()]*)$")


def _stacked_labels(text: str, at: int) -> list[tuple[ListKind, int]]:
    """The list labels with colons that follow one another from `at` in `text`, no values between them
    ("Dessutom närvarande: Lotta Hedström ..." after "Frånvarande:"): each one's kind and where it ends."""
    out: list[tuple[ListKind, int]] = []
    while True:
        rest = text[at:].lstrip()
        lab = label_of(rest) if rest[:1].isupper() else None
        if lab is None or ":" not in rest[: lab[1]]:
            return out
        at = len(text) - len(rest) + lab[1]
        out.append((lab[0], at))


def _row_may_begin(text: str, start: int, found: list[tuple[ListKind, list[tuple[str, int]]]]) -> bool:
    """Whether a row of labels may begin at `start`: no list read before it on its line has values (after
    "Närvarande: Anna Ek" an empty "Frånvarande:" is a list of no one)."""
    line = text.rfind("\n", 0, start) + 1
    return not any(b >= line and t.strip() for _, rows in found for t, b in rows)


def _colon_label_lists(text: str) -> list[tuple[ListKind, int, int]]:
    """The lists that "Label:" opens inside one line that begins otherwise (a flattened page: "Styrelsemöte 7 -
    Närvarande: Nina Högberg, Tobias Landén, Kristoffer Lindh. Gäster: Wille Raab, Susanne Vejdemo. 1.1 Mötets
    öppnande ..."): each list's kind and the `[start, end)` of its entries. They are kept only when the first
    reads as two names or more, each a name of two to four words."""
    cuts = _inline_labels(text)
    row = 0
    while row + 1 < len(cuts) and not text[cuts[row][2]: cuts[row + 1][0]].strip(" :"):
        row += 1  # "Närvarande: Frånvarande: Dessutom närvarande: Lotta Hedström ...": a row of labels, the values
    if row:  # of all run together after it, which go to the first list (`_stacked_labels`)
        cuts = [(cuts[0][0], cuts[0][1], cuts[row][2]), *cuts[row + 1:]]
    out: list[tuple[ListKind, int, int]] = []
    for (_, kind, start), nxt in itertools.zip_longest(cuts, cuts[1:]):
        end = nxt[0] if nxt is not None else len(text)
        verb = _SENTENCE_VERB.search(text, start, end)
        if verb:  # "... Lars Sumner, t.f. sekr. Ordförande hälsar välkomna": the entries end with the sentence before
            stop = text.rfind(". ", start, verb.start())
            end = stop + 1 if stop >= 0 else end
        people = _entries(text[start:end], 0, set(), False)
        if not out and (len(people) < 2 or any(_looks_like_name(p.name) < 1.0 for p in people)):
            return []
        out.extend(_split_at_other_bare_label(text, kind, start, end))
    return out


def _split_at_other_bare_label(text: str, kind: ListKind, start: int, end: int) -> list[tuple[ListKind, int, int]]:
    """The entries of a colon label's list `[start, end)`, split where a label of another kind without colon
    opens a list inside them ("Deltagare: Maria Ehrenberg, Regionbibliotek Halland ... Christer Bergqvist,
    Regionbibliotek Kalmar Förhinder Anna Ring, Jämtlands Läns Bibliotek ..."); the last list ends before the
    minutes' first item run on after it ("... Carin Isaksson, Länsbibliotek Gävleborg 1 Mötet öppnades ...")."""
    if end - start < 60:
        return [(kind, start, end)]
    out: list[tuple[ListKind, int, int]] = []
    for m in _INSIDE_LABEL.finditer(text, start, end):
        other = _KIND_OF_LABEL.get(m.group(1).casefold())
        if other is None or other is kind or text[start: m.start()].rstrip()[-1:] in (",", ":"):
            continue  # (a label right after a comma or a colon is an entry's word or the list's own label)
        out.append((kind, start, m.start()))
        kind, start = other, m.end()
    if " 1" in text[start:end]:
        first_item = _RX_FIRST_ITEM_INSIDE.search(text, start, end)
        if first_item is not None:
            end = first_item.start()
    out.append((kind, start, end))
    return out


# A table's cells copied as plain text: a tab, or a run of four spaces or more ("Närvarande      Ej närvarande" /
# "Cecilia Lundh        Rasmus Sjögren"), between them.
_RX_CELL_GAP = re.compile(r"\t| {4,}")


def _cells(text: str) -> list[tuple[str, int]]:
    """The non-empty cells of a table's row (see `_RX_CELL_GAP`), each with where it begins in `text`."""
    out: list[tuple[str, int]] = []
    at = 0
    for gap in (*_RX_CELL_GAP.finditer(text), None):
        end = gap.start() if gap is not None else len(text)
        if text[at:end].strip():
            out.append((text[at:end], at))
        if gap is not None:
            at = gap.end()
    return out


def _side_labels(text: str) -> list[ListKind] | None:
    """The kinds of a row of list labels side by side, one per cell (`_cells`: "Närvarande
    ledamöter<TAB><TAB>Närvarande ersättare", "Närvarande<TAB>Frånvarande", "Närvarande      Ej närvarande");
    None unless every cell is a label alone and there are two at least."""
    cells = [c.strip() for c, _ in _cells(text)]
    if len(cells) < 2:
        return None
    kinds: list[ListKind] = []
    for cell in cells:
        lab = label_of(cell, colon_required=False)
        if lab is None or cell[lab[1]:].strip(" :"):
            return None
        kinds.append(lab[0])
    return kinds


def _side_columns(side: list[ListKind], entry_lines: list[tuple[str, int]]
                  ) -> list[tuple[ListKind, list[tuple[str, int]]]]:
    """Split rows of names side by side under `_side_labels` into one list per column: "Anna Ek (S)<TAB><TAB>Per
    Holm (S)" gives Anna Ek to the first label and Per Holm to the second. A row with fewer cells fills the first
    columns, or the last ones when it begins with a cell's gap."""
    columns: list[list[tuple[str, int]]] = [[] for _ in side]
    for t, b in entry_lines:
        cells = [(c, b + k) for c, k in _cells(t)]
        if not cells:
            continue
        n = min(len(cells), len(side))
        at = len(side) - n if len(cells) < len(side) and _RX_CELL_GAP.match(t) else 0
        for k, cell in enumerate(cells[:n]):
            columns[at + k].append(cell)
        for cell in cells[n:]:
            columns[-1].append(cell)
    return list(zip(side, columns, strict=True))


def _shorter_column_row(side: list[ListKind] | None, first_style: str | None, text: str) -> bool:
    """Whether `text` is a row of a table of lists side by side (`_side_labels`) that holds the first column's
    cell only, the other columns having run out of names: "Närvarande      Ej närvarande" / "Emmy Karlsson
    Ida Petersson" / "" / "Morgan Rohlwin"."""
    return bool(side) and first_style == "tab" and not _RX_CELL_GAP.search(text.strip()) and _opens_with_name(text)


def _surname_first(name: str) -> bool:
    """Whether a name of two words is written surname first: "Ek Anna" (the second a known given name, the
    first not)."""
    words = name.split()
    return len(words) == 2 and _is_given(words[1]) and not _is_given(words[0])


_MOSTLY_SURNAME_FIRST_LEAST = 3  # persons of a list read surname first by the most of them


def _given_first(name: str) -> bool:
    """Whether a name of two words is written given name first by the words: "Anna Ek"."""
    words = name.split()
    return len(words) == 2 and _is_given(words[0]) and not _is_given(words[1])


def _mostly_surname_first(people: list[Person]) -> bool:
    """Whether a list is written surname first though not every name shows it: more than half its persons read
    surname first ("Jakobsson Per"), the rest neither way ("Difonis Yanira": no known given name), or a few given
    name first among many ("Åse Lindberg"), one in four at most."""
    turned = 0
    for i, p in enumerate(people):
        if _surname_first(p.name):
            turned += 1
        elif (i + 1 - turned) * 2 >= len(people):
            return False  # most lists: given names first, half of them read so (no need to read the rest)
    if turned * 2 <= len(people) or turned < _MOSTLY_SURNAME_FIRST_LEAST:
        return False
    return sum(1 for p in people if _given_first(p.name)) * 4 <= turned


def _given_name_first(p: Person) -> Person:
    """A person of a list written surname first, turned given name first: "Rugsveen Astrid", "Difonis Yanira"
    (two words, the first no known given name or the second one), "Wall Berséus Ann-Britt" (three, the last a
    known given name, the others none); other names as they are ("Åse Lindberg")."""
    words = p.name.split()
    if len(words) == 2 and not _given_first(p.name):
        return p._replace(name=f"{words[1]} {words[0]}")
    if len(words) == 3 and _is_given(words[2]) and not _is_given(words[0]) and not _is_given(words[1]):
        return p._replace(name=f"{words[2]} {words[0]} {words[1]}")
    return p


# A present or absent label written with a semicolon for its colon, at the beginning of a line or inside one
# ("Närvarande; Anna Ek, Bo Berg"), before a capitalised word. (Same length as with the colon: offsets hold.)
_SEMICOLON_LABEL = re.compile(
    r"(?:(?<=\s)|^)((?i:" + "|".join(re.escape(lab) for lab, kind in _LABELS
                                   if kind in (ListKind.PRESENT, ListKind.ABSENT)) + r"));(?=\s*[A-ZÅÄÖ])")


# A label "Anmält förhinder:" split by the first entry of a flattened column, which stands between its words:
# "... ersättare 1 Anmält Lina Persson ersättare 2 förhinder: Conny Obrell adjungerad" (`_collect_lists`).
_RX_SPLIT_UNABLE_LABEL = re.compile(r"(?<![\w-])Anmält(?=\s+[A-ZÅÄÖ][a-zåäöé-]+\s+[A-ZÅÄÖ])[^:]{6,60}?\s(f)örhinder:")


# A local party's letters, read as an organisation: "Björn Hellquist (T)", "Linda Mattsson (VF)".
_RX_LOCAL_PARTY = re.compile(r"[A-ZÅÄÖ]{1,2}")  # (three capitals and more are an organisation's: "LPO")


def _local_parties(people: list[Person]) -> list[Person]:
    """In a list where most entries have a party, an entry whose organisation is one or two capitals and who
    has no party has a local party ("Björn Hellquist (T)" among "Stefan Broman (S)"): those letters are it."""
    return [p._replace(party=p.organisation, organisation=None)
            if p.party is None and p.organisation and _RX_LOCAL_PARTY.fullmatch(p.organisation) else p for p in people]


# A line of a list with a column of places whose place is a local society written out, or who took part from afar:
# "Anders Hammarberg Medelpads fornminnesförening", "Karl-Ingvar Ångström via Skype" (`_name_then_local_society`).
_RX_NAME_THEN_SOCIETY = re.compile(
    r"\s*([A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?\s+[A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?)\s+"
    r"(?:([A-ZÅÄÖ][a-zåäö]+\s+[a-zåäö]*(?:förening|föreningen|förbund|förbundet|sällskap|sällskapet|gille|gillet))"
    r"|via\s+(?:" + "|".join(w.PLATFORMS) + r"|telefon|länk))\s*$")


def _name_then_local_society(text: str, base: int) -> Person | None:
    """The person of a line `_RX_NAME_THEN_SOCIETY` matches, the society as their organisation; the given name must
    be a known one and the surname none. None otherwise."""
    m = _RX_NAME_THEN_SOCIETY.match(text)
    if m is None:
        return None
    given, surname = m.group(1).split()
    if not _is_given(given) or _is_given(surname):
        return None
    return Person(m.group(1), base + m.start(1), base + m.end(1), organisation=m.group(2))


_PLACE_COLUMN_LEAST = 4  # entries a list must hold to show a column of places
_SURNAME_ENDINGS = tuple(w.SURNAME_ENDINGS)


def _has_place_column(people: list[Person]) -> bool:
    """Tell whether every entry of a list is a (given) name, a surname and one more capitalised word, none with a
    party, organisation or role: "Margareta Johansson Indal", "Bengt Wiklund Alnö", "Thore Matsson Borgsjö". A
    third word in every entry is a column (the member's place), not a double surname: one name in a few has two
    surnames, and those mostly end as surnames do ("Sjöbom Olsson"), which at most one third word here may."""
    surname_like = given_first = two_words = 0
    for p in people:
        if p.party or p.role or p.mark is not None:
            return False
        words = p.name.split()
        if len(words) == 2:  # one whose place was written out ("Medelpads fornminnesförening") or who was away
            two_words += 1
            continue
        if p.organisation or len(words) != 3 or not all(_NAME_START.match(x) for x in words) or _is_given(words[1]) \
                or _is_given(words[2]):
            return False
        given_first += _is_given(words[0])
        surname_like += words[2].casefold().endswith(_SURNAME_ENDINGS)
    # (a known given name first in two entries of three at least: the list of known given names is not complete)
    three = len(people) - two_words
    return surname_like <= 1 and given_first * 3 >= three * 2 and three >= _PLACE_COLUMN_LEAST \
        and two_words * 3 <= len(people)


def _place_column_with_notes(people: list[Person]) -> list[Person] | None:
    """A list with a column of places (`_has_place_column`) where a member or two have one word more after a comma,
    their post ("Karl-Ingvar Ångström Borgsjö, IT-kommittén,"): that word, read as an entry of its own, is the
    member's role. None when the list is no such list."""
    notes = [k for k, p in enumerate(people) if k and " " not in p.name.strip() and people[k - 1].name.count(" ") == 2
             and not _is_given(p.name.strip())]
    if not notes or len(notes) * 4 > len(people):
        return None
    kept = [p for k, p in enumerate(people) if k not in notes]
    if not _has_place_column(kept):
        return None
    out: list[Person] = []
    for k, p in enumerate(people):
        if k in notes:
            out[-1] = out[-1]._replace(role=out[-1].role or p.name.strip())
        else:
            out.append(_place_as_organisation(p))
    return out


def _place_as_organisation(p: Person) -> Person:
    """`p` of a list with a column of places (`_has_place_column`): a name of three words is the name and the
    place, the place its organisation ("Bengt Wiklund Alnö"); a name of two is left as it is."""
    if p.name.count(" ") != 2:
        return p
    name, place = p.name.rsplit(None, 1)
    return p._replace(name=name, end=p.end - len(place) - 1, organisation=place)


# "Ordförande: Eva Folke, Socialchef", "Sekreterare: Emma Åhlstedt": who chaired or kept the minutes, one name
# (perhaps with a full stop: "Sekreterare: Mikael Grönroos.").
_RX_OFFICER_LINE = re.compile(rf"\s*(?i:(?:mötes)?ordförande|(?:mötes)?sekreterare|protokollförare)\s*:\s*"
                              rf"{_NAME_WORD}(?:\s+{_LINK}{_NAME_WORD}){{1,2}}\s*(?:,|\.?\s*$)")


_ORG_LINE_ENDS = ("kontoret", "förening", "föreningen")  # more organisations' endings than `_ORG_ENDINGS`: on a
# line of their own under a name


def _is_org_line(text: str) -> bool:
    """Whether a line names an organisation and no person: up to six capitalised words without digits or
    brackets, an organisation's word or ending among them, the first no known given name ("Miljö och
    Hälsoskyddskontoret", "Kommunstyrelsen, Hälso och Sjukvårdsnämnden"; not "Anders Hammarberg Medelpads
    fornminnesförening", "Annika Andersson, kansli")."""
    s = text.strip()
    words = s.split()
    if not 1 <= len(words) <= 6 or not s[:1].isupper() or "(" in s or "\t" in s or any(map(str.isdigit, s)):
        return False
    return (_is_org(s, frozenset()) or words[-1].casefold().endswith(_ORG_LINE_ENDS)) \
        and not _is_given(words[0].rstrip(",")) and _looks_like_name(s) < 1.0


def _is_org_line_under_name(text: str, above: str) -> bool:
    """Whether `text`, a line of a present list, is the organisation of the name on the line `above` ("Andreas Roos"
    / "Miljö och Hälsoskyddskontoret", "Mona Svegås ordf." / "Kommunstyrelsen, Hälso och Sjukvårdsnämnden"): an
    organisation's line (`_is_org_line`) under a short line (a name, perhaps its role) that is none."""
    up = above.strip()
    return bool(up) and up[:1].isupper() and len(up.split()) <= 4 and "," not in up and "\t" not in up \
        and _is_org_line(text) and not _is_org_line(up)


def _absent_before_sentence(text: str) -> list[tuple[ListKind, int, int]]:
    """The absent list an absent label inside a flattened line opens when the minutes' first sentence runs on
    after its names, the last name the sentence's subject: "... Jennie Malm Maria Gustafsson Meddelat förhinder
    Jenny Nylund Annika Nygård välkomnade styrgruppen och berättade ..." gives "Jenny Nylund" (`_bare_label_lists`
    reads no list from a sentence). Empty unless the first label inside is an absent label followed by two names
    or more and then a word in lower case, in a sentence (a verb, or a full stop after)."""
    first = _INSIDE_LABEL.search(text)
    if first is None or _KIND_OF_LABEL.get(first.group(1).casefold()) is not ListKind.ABSENT:
        return []
    segment = text[first.end():]
    end = _name_run_end(segment)
    names = _run_together(segment[:end].rstrip(), 0)
    if len(names) < 2 or not segment[end: end + 1].islower() or not (
            _SENTENCE_VERB.search(segment) or _ends_sentence(segment)):
        return []
    return [(ListKind.ABSENT, first.end(), first.end() + names[-1].start)]


_NAME_ORG_LINES_LEAST = 3  # "Name, Organisation" lines of a list, for its other lines to be read so


def _organisations_after_comma(people: list[Person], pairs: list[tuple[int, str]]) -> list[Person]:
    """The people of a column of "Name, Organisation" lines in which a line read as two names holds one name and an
    organisation of two capitalised words ("Conny Sandberg, Ideell Kulturallians", "Gabriel Johansson, Sveriges
    Ungdomsråd" among "Amadeu Batel, Civos"): the second piece is the organisation when it stands alone after the
    comma, bare, and its first word is no given name ("Elisabeth Lindsten, Jerker Andersson" stays two names)."""
    out = list(people)
    for at, t in reversed(pairs):
        first, second = out[at], out[at + 1]
        piece = t.split(",", 1)[1].strip(" \t.;")
        if piece != second.name or first.organisation or second.party or second.role or second.organisation \
                or _is_given(piece.split(None, 1)[0]):
            continue
        out[at: at + 2] = [first._replace(organisation=piece)]
    return out


# A line of "Name Organisation" without the comma: a name of two capitalised words (group 1, its last word
# group 2), then the organisation, two words or more, capitalised, no digits nor brackets.
_RX_NAME_THEN_ORG = re.compile(r"([A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)? ([A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?))"
                               r" [A-ZÅÄÖ][\w-]*(?: [\w&–-]+)+\s*")


def _org_cut_without_comma(text: str, above: list[tuple[str, int]]) -> int:
    """Where a comma was left out after the name in a line of a column of "Name, Organisation" lines ("Malcolm
    Jallow Afrosvenskarnas Forum för Rättvisa" under "Leena Harakè, KSAN" and "Jan-Olof Forsén, Handikappförbunden"):
    the two lines above one comma each, a name before it and no name after; 0 when the line does not read so (a
    heading, a sentence, a signature: "Mötets öppnande", "Justerare Anna Ek Bo Berg")."""
    m = _RX_NAME_THEN_ORG.fullmatch(text)
    if m is None or _looks_like_name(m.group(1)) < 1.0 or _SENTENCE_VERB.search(text) \
            or _norm(m.group(2)) in _ROLE_WORDS or any(_is_given(x) for x in text[m.end(1):].split()):
        return 0
    for line, _ in above[-2:]:
        if line.count(",") != 1:
            return 0
        name, org = (x.strip() for x in line.split(",", 1))
        if _looks_like_name(name) < 1.0 or not org[:1].isupper() or _is_given(org.split(None, 1)[0]):
            return 0
    return m.end(1)


# A page's running head left before the first line of its text in a copy: the document's word and the page's number,
# perhaps of how many ("Sammanträdesprotokoll 2 ", "Protokoll 3 (12) ", "Sammanträdesprotokoll Sida 2 ").
_RX_PAGE_HEAD_BEFORE_LABEL = re.compile(
    r"(?:Sammanträdesprotokoll|Protokoll|Mötesprotokoll|PROTOKOLL|SAMMANTRÄDESPROTOKOLL)\s+(?:(?:Sida|sida|s\.)\s*)?"
    r"\d{1,3}(?:\s*\(\d{1,3}\))?\s+(?=[A-ZÅÄÖ])")


def _collect_lists(doc: Minutes, parts: list[Part]) -> list[_List]:
    """Find every attendance list and read its entries."""
    line_starts = set(map(attrgetter("start"), doc.lines))
    raw_lines = _RX_COLLECT_LISTS_1.split(doc.text) if "\\begin{" in doc.text else []
    # (the line numbers only `_latex_label` needs, with the raw lines)
    line_no = dict(map(attrgetter("start", "number"), doc.lines)) if raw_lines else {}
    lists: list[_List] = []
    moved: list[tuple[int, int, int]] = []  # text moved right to read a split label: where it stands, how far
    found: list[tuple[ListKind, list[tuple[str, int]]]] = []
    notes: list[Person] = []  # members named in notes of substitutes on lines of their own
    mark_columns: dict[int, tuple[frozenset[int], frozenset[int]]] = {}  # a table's present and absent columns
    known = _Known()
    read: dict[tuple[str, int], list[Person]] = {}  # lines `_cell_rows` read without consulting `known`
    premarked: dict[int, list[Person]] = {}  # the rows of tables flattened one cell to a line (`_cell_rows`)
    flat_labels: set[str] = set()  # the last words of the labels of lists read inside flattened lines
    # A row of list labels without values in a flattened line ("Närvarande: Frånvarande: Dessutom närvarande: Lotta
    # Hedström ..."): the kind of its first label and where its last empty label ends (`_stacked_labels`)
    row_kind: ListKind | None = None
    row_end = -1
    # a present list read after a label cut to "ande" in a flattened cover page: the lists that follow it on the page
    # may hold the same stray marks of lost values (`_stray_mark_rows`)
    cut_cover = False
    i = 0
    n = len(parts)
    while i < n:
        part = parts[i]
        text = part.text
        if ";" in text and _SEMICOLON_LABEL.search(text):
            # "Närvarande; Toiny Böös, ordf. Torgny Bergström ...": a semicolon written for the colon
            text = _SEMICOLON_LABEL.sub(r"\1:", text)
            part = part._replace(text=text)
        if "örhinder:" in text and "Anmäl" in text:
            split = _RX_SPLIT_UNABLE_LABEL.search(text)
            if split:  # "Anmält Lina Persson ersättare 2 förhinder: Conny Obrell": the label split by a column's
                # first entry; read as "Anmält förhinder: Lina Persson ersättare 2 Conny Obrell" (the same length;
                # the entries read between are moved back where they stand: `moved`)
                split_at, mid = split.start(), text[split.start() + 6: split.start(1)]
                text = text[:split_at] + "Anmält förhinder:" + mid[:-1] + text[split.end():]
                part = part._replace(text=text)
                moved.append((part.start + split_at + 17, part.start + split_at + 16 + len(mid), 11))  # (" förhinder:")
        if not text and not raw_lines:
            i += 1  # a blank line opens no list (but as the line of a LaTeX label: `_latex_label`)
            continue
        if i < _TOP_PARTS and ":" in text and text[:1] not in "Nn":
            glued = _RX_GLUED_LABEL.search(text)
            if glued:  # "Minnesanteckningar från mötet 2009-03-16Närvarande: Rolf Adamsson, ...": the list begins there
                part = part._replace(text=text[glued.start():], start=part.start + glued.start())
                text = part.text
            elif "." in text:
                stop = _RX_LABEL_AFTER_STOP.search(text)
                # "1. Mötet öppnades av Erik Geber.Deltagare: Erik Geber, ...": the list begins there (not a second
                # list after a first: "Närvarande: Nina Högberg, Kristoffer Lindh. Gäster: Wille Raab")
                if stop and ":" not in text[:stop.start(1)]:
                    part = part._replace(text=text[stop.start(1):], start=part.start + stop.start(1))
                    text = part.text
        if text[:1] in "SP" and (page_head := _RX_PAGE_HEAD_BEFORE_LABEL.match(text)) is not None \
                and label_of(text[page_head.end():], colon_required=False) is not None:
            # "Sammanträdesprotokoll 2 Beslutande Anneli Ridaeus (S) ...": the next page's head, then its list
            part = part._replace(text=text[page_head.end():], start=part.start + page_head.end())
            text = part.text
        # Most lines open no list: the cheap first tests of `label_of`, `trailing_label` and
        # `_is_attendance_heading_row` are made here, before calling them.
        lab = None
        may_label = _may_begin_label(text)
        if may_label:
            flat = part.start not in line_starts or (i + 1 < n and parts[i + 1].start not in line_starts
                                                 and parts[i + 1].start < part.end + 3)
            lab = label_of(text, colon_required=not flat)
        elif text[:1] in "ÅåKk":
            lab = _school_class_label(text)
        if lab is None:
            tail = text.rstrip()
            if tail[-1:] == ":":
                tail = tail[:-1].rstrip()
            if tail[-1:] in _LOWER_LETTERS:  # (not the empty string: no letter ends it)
                lab = trailing_label(text)
        if (lab is None or lab[0] is ListKind.PRESENT) and ":" in text[:70]:
            # "Frånvarande ledamot: Anna Ek", "Följande var frånvarande: Bo Berg", "Ledamöter som ej var närvarande:"
            at = absent_phrase_label(text)
            if at is not None:
                lab = ListKind.ABSENT, at
        if lab is None and text[:1] in _REPORTED_ABSENT_HEADS:
            at = reported_absent_label(text)
            if at is not None:
                lab = ListKind.ABSENT, at
        kind: ListKind | None
        kind, inline_off = lab if lab else (None, 0)
        if kind is ListKind.PRESENT and text[:1] in "eosl" and found and found[-1][0] is ListKind.ABSENT \
                and found[-1][1] and _RX_LABEL_SUBGROUP.match(" " + text.casefold()):
            # "Förhinder ordinarie Sara Edberg" / "Pamela Nyström" / "ersättare Per Zethelius": a lower-case group
            # word right below an absent list's names begins the list's next group, not a present list
            last, at = found[-1][1][-1]
            if not doc.clean[at + len(last): part.start].strip():
                kind = ListKind.ABSENT
        columns = None
        if kind is not None:
            if (text[:1] in "Öö" or (text[:1] in "§123456789" and "vrig" in text[:12])) \
                    and _is_generic_value(text, inline_off):
                kind = None  # "Övriga: dokumentation": what is left of a work list, no attendees; "§ 11. Övriga
                # frågor.": an item of the agenda
            elif "\t" in text:
                columns = _mark_columns(text)
                if columns:
                    kind = ListKind.PRESENT  # "Namn<TAB>Närvarande<TAB>Frånvarande": each row's mark tells which
        if text[:1] in "EeTt" and (kind is ListKind.PRESENT or (kind is None and found and found[-1][0] is ListKind.PRESENT)) \
                and _NOTE_OF_SUBSTITUTE.match(text):
            # "Ersättare för Magdalena Sundström (M)": a column of notes flattened into lines, not a label
            notes.extend(_members_replaced(text, part.start))
            i += 1
            continue
        if kind is None and raw_lines and not text.strip() and part.start in line_no:
            kind = _latex_label(raw_lines, line_no[part.start])
            inline_off = 0
        if kind is None and may_label and text[:1].isupper():
            lab = _label_before_names(text)  # "Övriga deltagande Ulla-Britt Kuhlin Catharina Söderström ..."
            if lab is None:
                # "Ledamöter Alexandra Henry Schotte Lukas Nyström" over "Isak Olsson Agnes Gustavsson Erik
                # Ejerfeldt ...": two names are enough when the next line goes on with names run together
                below = next((x.text for x in parts[i + 1: i + 4] if x.text.strip()), "")
                if below[:1].isupper() and len(_run_together(below, 0)) >= 3:
                    lab = _label_before_names(text, least=2)
            if lab:
                kind, inline_off = lab
        if kind is None and "\t" in text and _is_attendance_heading_row(text):
            kind, inline_off = ListKind.PRESENT, len(text)  # "Namn<TAB>Organisation<TAB>Närvarande"
            columns = _mark_columns(text)
        if kind is None:
            if i < _TOP_PARTS and len(text) > 60 and _has_label_word(text):
                # "Protokoll för styrelsemöte Styrelsemöte 7 - Närvarande: Nina Högberg, Tobias Landén. Gäster: ..."
                inside = _colon_label_lists(text) if ":" in text else []
                if not inside and _INSIDE_LABEL.search(text):
                    # "Plats och tid Kommunstyrelsens sammanträdesrum Ledamöter Gunilla Åström Eva Enqvist ..."
                    if ". " in text and _RX_STOP_AFTER_NAME.search(text):
                        text = _RX_STOP_AFTER_NAME.sub(r"\1,", text)  # (the same length, so offsets hold)
                    inside = _bare_label_lists(text, least=3)
                heads = [text[:s].rstrip(" :").rsplit(None, 1)[-1].casefold() for _, s, _ in inside]
                if inside and inside[0][0] is ListKind.PRESENT and heads[0] in flat_labels:
                    # the same label again in another flattened line: another meeting's list (a page of posts)
                    inside = []
                flat_labels.update(heads)
                found.extend((k, [(text[s:e], part.start + s)]) for k, s, e in inside)
                cut_cover = cut_cover or (bool(heads) and heads[0] in _CUT_LABELS)
                if not inside and "ande" in text:
                    cut_run = _cut_label_run_with_residue(text, part.start)
                    if cut_run:  # "... 2013 kl ande ) Irene Karlsson (C), BIN, ordförande Ulla Johansson (M), HSN ..."
                        cut_rows: list[tuple[str, int]] = []  # (read already: `premarked`)
                        premarked[id(cut_rows)] = cut_run
                        found.append((ListKind.PRESENT, cut_rows))
                        cut_cover = True
            i += 1
            continue
        in_row = False
        if kind is not None and not columns:
            in_row = row_kind is not None and part.start not in line_starts and not doc.clean[row_end: part.start].strip()
            stacked = _stacked_labels(text, inline_off) if ":" in text[inline_off: inline_off + 60] else []
            if in_row or stacked:
                # "Närvarande:" / "Frånvarande: Dessutom närvarande: Lotta Hedström (ordförande) Börje Almqvist ...":
                # the labels of a row, then the values of all run together, which cannot be split between them:
                # they go to the row's first list. After a list with values on the line, the labels before the
                # last are lists of no one ("Närvarande: Anna Ek Frånvarande: Dessutom närvarande: Bo Berg").
                if in_row:
                    assert row_kind is not None
                    kind = row_kind
                elif not _row_may_begin(doc.clean, part.start, found):
                    kind = stacked[-1][0]
                if stacked:
                    inline_off = stacked[-1][1]
        if not in_row:
            row_kind = None
        if kind is not None and not columns and not text[inline_off:].strip(" :\t"):
            interleaved = _interleaved_columns(parts, i, kind)
            if interleaved is not None:  # "Närvarande" / "Frånvarande" / "Malin Johannesson" / "Johanna Johansson" ...
                second, left, right, i = interleaved
                for column_kind, column_people in ((kind, left), (second, right)):
                    column: list[tuple[str, int]] = []  # (read already: `premarked`)
                    premarked[id(column)] = column_people
                    found.append((column_kind, column))
                continue
            cells = _cell_rows(parts, i + 1, known, read, substitutes=_norm(text[:inline_off]).strip(" :").startswith(
                _SUBSTITUTE_LABELS), after_table=bool(premarked))
            if cells is not None:
                table: list[tuple[str, int]] = []  # (the rows are read already: `premarked`)
                premarked[id(table)] = cells[0]
                found.append((kind, table))
                i = cells[1]
                continue
        entry_lines: list[tuple[str, int]] = []
        inline = part.text[inline_off:]
        if kind is ListKind.PRESENT and 0 < len(inline) < 40 and i + 1 < n and _column_heads_only(inline) \
                and label_of(parts[i + 1].text, colon_required=False) is not None:
            found.append((kind, []))  # "Närvarande: LAG, beslutande Kansli" over "Övriga Per Jonsson, ...": the
            i += 1  # heads of the columns, flattened; the names follow under the last label
            continue
        if kind is not None and inline.lstrip()[:1] in _DASHES and _dash_for_none(inline):
            found.append((kind, []))  # "Frånvarande -- 1 Mötets öppnande ...": no one; the agenda follows
            i += 1
            continue
        side = None
        line_end = part.end
        if kind is not None and _RX_CELL_GAP.search(doc.clean[part.start: doc.clean.find("\n", part.start)]):
            # "Närvarande ledamöter<TAB><TAB>Närvarande ersättare": labels side by side (the parts of one line),
            # each over a column of names
            line_end = doc.clean.find("\n", part.start)
            line_end = len(doc.clean) if line_end < 0 else line_end
            side = _side_labels(doc.clean[doc.clean.rfind("\n", 0, part.start) + 1: line_end])
            first_row = next((x.text for x in parts[i + 1: i + 8] if x.start > line_end and x.text.strip()), "")
            if side and any(_mark(c) is not None for c in _RX_CELL_GAP.split(first_row)[1:] if c.strip()):
                side = None  # "Ledamöter<TAB>Närvarande<TAB>Frånvarande" over "Anna Ek<TAB>X": mark columns
        if side:
            inline = ""
        later: list[tuple[ListKind, list[tuple[str, int]]]] = []
        if ":" in inline:  # "Närvarande: Anna Ek, Bo Berg Inbjuden: Åke Persson Förhinder: Martin Bergdahl"
            cuts = _inline_labels(inline)
            if kind is not None and "ekreterare" in inline:
                cuts = sorted(cuts + _secretary_cuts(inline))  # "... Göteborg Sekreterare: Helena Mäki, GR Övriga: ..."
            ends = [c[0] for c in cuts[1:]] + [len(inline)] if cuts else []
            for (_, k_at, body_at), cut_end in zip(cuts, ends, strict=True):
                later.append((k_at, [(inline[body_at: cut_end], part.start + inline_off + body_at)]))
            if cuts:
                inline = inline[: cuts[0][0]]
        if not later and len(inline) > 60 and _has_label_word(inline) and _INSIDE_LABEL.search(inline):
            # "Ej tjänstgörande Ulla Grundberg-Larsson Omsorgsnämnden ... Ingrid Andersson SPF Övriga deltagare
            # Zonitha Ödling ...": the entries end at the next label, which opens a list of its own
            inner = _bare_label_lists(inline, least=1) or _absent_before_sentence(inline)
            if inner:
                first = _INSIDE_LABEL.search(inline)
                assert first is not None
                head = inline[: first.start()].split()
                if len(head) < 3 and any(x[:1].islower() for x in head) and kind is not None:
                    # "Beslutande Ovriga deltagande Förhindrade Kjell Sjölund (C) ...": a row of labels, then the
                    # names, which are the first column's
                    inner[0] = (kind, *inner[0][1:])
                for k_at, s_at, e_at in inner:
                    later.append((k_at, [(inline[s_at:e_at], part.start + inline_off + s_at)]))
                inline = inline[: first.start()]
            else:
                numbered = _RX_LABEL_BEFORE_NUMBERED_NAME.search(inline)
                if numbered is not None and len(_entries(inline[: numbered.start()], 0, set(), False)) >= 3:
                    # "... Henryk Wos Inbjudna gäster 5 Olof Sjöström 10 Billy Fredriksson ...": the next list's
                    # label ends this one; its entries are the names after the items' numbers
                    label = _INSIDE_LABEL.match(inline, numbered.start())
                    guests = _names_after_item_numbers(inline, label.end(), part.start + inline_off) if label else []
                    if label and guests:
                        guest_rows: list[tuple[str, int]] = []  # (read already: `premarked`)
                        premarked[id(guest_rows)] = guests
                        later.append((_KIND_OF_LABEL.get(label.group(1).casefold(), ListKind.PRESENT), guest_rows))
                    inline = inline[: numbered.start()]
        if len(inline) > 60 and ("ännedom" in inline or "opia till" in inline or "ändlista" in inline):
            distribution = _RX_DISTRIBUTION.search(inline)
            if distribution is not None:  # "... John Kostet, NLL För kännedom Lars Alriksson (m) Kf ...": not there
                inline = inline[: distribution.start()]
        if kind is not None and len(inline) > 60 and " 1" in inline:
            first_item = _RX_FIRST_ITEM_INSIDE.search(inline)
            if first_item is not None:  # "Agnes Ambrosiani 1 Inledande formalia 1.1 Mötets öppnande ...": the
                inline = inline[: first_item.start()]  # minutes' first item runs on after the last name
        if not later and len(inline) > 60 and inline.rstrip()[-1:].isalpha() and _has_label_word(inline):
            inline = _without_closing_labels(inline)  # "... Cecilia Lange Rosén (SD) Övriga Utsedd att justera"
        stray_rows = _stray_mark_rows(inline, part.start + inline_off) if cut_cover and kind is ListKind.PRESENT \
            and len(inline) > 60 and _RX_STRAY_MARK.search(inline) else []
        # ("Övriga deltagare Madeleine Rosenqvist ... Roland Åkesson , Birgitta Axelsson Edström ...": below a cut
        # label's list, the pieces between the stray marks of lost values are read apart)
        if not later and not stray_rows and kind is not None and len(inline) > 60 and "\t" not in inline:
            # "NÄRVARANDE Minoo Ek, ordförande Alexander Hansson ... Stefan Eklund Länsstyrelsen i Jönköpings län
            # IKEA ...": a flattened table, its names first and then its column of organisations
            run = _roled_run_before_columns(inline, part.start + inline_off)
            if run and len(run) > len(_entries(inline, part.start + inline_off, set(), False)):
                table = []
                premarked[id(table)] = run
                found.append((kind, table))
                i += 1
                continue
        if stray_rows:
            entry_lines.extend(stray_rows)
        elif inline.strip():
            entry_lines.append((inline, part.start + inline_off))
        first_style: str | None = _style(inline) if inline.strip() else None
        own_lines = len(entry_lines)
        gap = False
        j = i + 1
        while side and j < n and parts[j].start < line_end:
            j += 1  # the other labels of the row
        closed = len(inline) > 60 and _ITEM_HEADING_INSIDE.search(inline) is not None  # "... 15 Justering ..."
        while j < n and not closed:
            nxt = parts[j]
            t = nxt.text
            if not t.strip():
                gap = True
                if raw_lines and nxt.start in line_no and _latex_label(raw_lines, line_no[nxt.start]) is not None:
                    break
                j += 1
                continue
            if entry_lines and entry_lines[-1][0].rstrip()[-2:] in (" –", " -") and t.lstrip()[:2] in ("– ", "- ") \
                    and _dashed_names_as_entries(t) != t:
                entry_lines.append((t, nxt.start))  # "..., Roy Andreasson –" / "" / "– Lisette Edvardsson – Gustav
                gap = False  # Dalstrand – ...": names between dashes go on over a blank line
                j += 1
                continue
            if kind is ListKind.PRESENT and t[:1] in "EeTt" and _NOTE_OF_SUBSTITUTE.match(t):
                notes.extend(_members_replaced(t, nxt.start))  # "Ersättare för Göran Svärd (S)" under the names
                after = _ENTRIES_AFTER_NOTE.match(t)
                if after:  # "Ersättare för Gudrun Gustafsson (M) 68-81,83 Emma Dahlberg (M) ...": the list goes on
                    rest_at = nxt.start + after.end()
                    prev, at = entry_lines[-1] if entry_lines else ("", -1)
                    flat_row = doc.clean[at: nxt.start + len(t)] if entry_lines else ""
                    if entry_lines and flat_row.startswith(prev) and flat_row.endswith(t) and "\n" not in flat_row:
                        entry_lines[-1] = (flat_row, at)  # one flattened row: the entries with their notes
                    else:
                        entry_lines.append((t[after.end():], rest_at))
                j += 1
                continue
            if entry_lines and not gap and "\t" not in t and entry_lines[-1][0].count("(") > entry_lines[-1][0].count(")") \
                    and ")" in t[:40] and nxt.start == entry_lines[-1][1] + len(entry_lines[-1][0]) + 1:
                prev, at = entry_lines[-1]  # "Marianne Lindahl (tjg. tom" / "§ 50), Sara Johansson": a note goes on
                entry_lines[-1] = (prev + " " + t, at)
                j += 1
                continue
            glued = _RX_NAME_GLUED_TO_ITEM.match(t)
            if glued:  # "Per Söderberg§ 1 Sammanträdets öppnande": the last name, then the first item run in
                entry_lines.append((glued.group(1), nxt.start))
                break
            # A line `_cell_rows` read was tested already: no label with a colon, no heading, no end of the list.
            seen = (t, nxt.start) in read
            if _may_begin_label(t) and ((not seen and label_of(t) is not None)
                                        or (nxt.start not in line_starts and label_of(t, colon_required=False))):
                break
            if t[:1] in "ÅåKk" and _school_class_label(t):
                break  # "Åk 2: Fiona" under "Åk 1: Ciara, Elias & Talia": the next class's list
            if ":" in t[:70] and absent_phrase_label(t) is not None:
                break  # "Frånvarande ledamot: Anna Ek" under the present list opens a list of its own
            if t[:1] in _REPORTED_ABSENT_HEADS and reported_absent_label(t) is not None:
                break  # "Förhinder anmälts av Bo Berg": likewise
            if kind is ListKind.PRESENT and not entry_lines and _is_present_intro(t):
                j += 1  # "Direktionens ledamöter och ersättare som var närvarande på mötet." under the label
                continue
            if kind is ListKind.PRESENT and not entry_lines and t[:1].isupper() and _lone_role_word(t):
                below = next((x.text for x in parts[j + 1: j + 3] if x.text.strip()), "")
                if not _lone_role_word(below) and len(_entries(below, 0, set(), False)) == 1:
                    j += 1  # "Närvarande:" / "Ordförande" / "Ingvar Claesson, ledamot": the first group's
                    continue  # heading, a role word alone over the one who holds it; the list goes on
            if kind is ListKind.PRESENT and entry_lines and (_is_group_subheading(t) or _definite_group_role(t) is not None):
                entry_lines.append((t, nxt.start))  # "Fackliga organisationer": the list goes on (no one named)
                gap = False
                j += 1
                continue
            if not seen and _ends_list(t, nxt.level) and not (
                    kind is ListKind.PRESENT and ":" in t and _ROLE_LINE.match(t)
                    and all(_ROLE_LINE.match(x) for x, _ in entry_lines)) and not (
                    kind is ListKind.PRESENT and entry_lines and (not gap or len(entry_lines) == own_lines == 1 and t.rstrip().endswith(".")
                                                                   and entry_lines[0][0].rstrip().endswith("."))
                    and ":" in t[:20] and _RX_OFFICER_LINE.match(t)) and not (
                    kind is ListKind.PRESENT and (not entry_lines or _role_before_name(entry_lines[0][0], 0))
                    and _role_before_name(t, 0)):
                # (a list of "Ordförande: Anna Ek" / "Sekreterare: Bo Berg" lines goes on; so does a present list
                # with such lines right under its names: "Kaj Söder, Utbildningschef" / "Ordförande: Eva Folke,
                # Socialchef" / "Sekreterare: Emma Åhlstedt", also a blank line below a list on its label's line,
                # "Suppleanter: Bo Berg och Cia Holm." / "" / "Sekreterare: Dan Lund."; and a list whose lines begin with a role before the name,
                # "Ordförande Anna Ek (s)" / "Vice ordförande Bo Berg (m)", not a signature's label and name)
                break
            late = _RX_LATE_ARRIVAL.match(t) if entry_lines and t[:1] in "fFeE" else None
            if late:  # "..., Alf Wendelin," / "från 18:30 Viktor Enberg.": the list goes on with who came later
                entry_lines.append((late.group(1), nxt.start + late.start(1)))
                gap = False
                j += 1
                continue
            last_and = _RX_AND_NAME_LINE.fullmatch(t) if entry_lines and not gap and t[:1] in "oO" else None
            if (last_and and "," in entry_lines[-1][0] and not entry_lines[-1][0].rstrip().endswith((".", ":", ";", ","))
                    and _looks_like_name(last_and.group(1)) >= 1.0):
                # "Förhindrade: Tage Johansson, Anne-Charlotte Stoltzenberg" / "och Patricia Winkelmann-Zilliacus":
                # the list's last name after "och", wrapped onto a line of its own
                entry_lines.append((last_and.group(1), nxt.start + last_and.start(1)))
                j += 1
                continue
            if (entry_lines and not gap and "\t" not in t and t.strip()[:1].islower()
                    and not entry_lines[-1][0].rstrip().endswith((".", ":", ";"))):
                j += 1  # a wrapped line: "nämnden för folkhälsa och" / "primärvård"
                continue
            if entry_lines and not gap and "\t" not in t and _wrapped_name(entry_lines[-1], t, nxt.start):
                prev, at = entry_lines[-1]  # "..., Magnus" / "Forsberg, Ylva Åkesson ...": the name joins the next line
                k = prev.rstrip().rfind(",") + 1
                entry_lines[-1] = (prev[:k], at)
                entry_lines.append((prev[k:] + " " + t, at + k))
                j += 1
                continue
            if entry_lines and not gap and "\t" not in t and entry_lines[-1][0].rstrip().endswith(",") \
                    and t[:1].isupper() and _SENTENCE_VERB.search(t) is None:
                entry_lines.append((t, nxt.start))  # "..., Christer," / "Anette och Fredrik.": the comma goes on
                j += 1
                continue
            if entry_lines and "\t" not in t and _wrapped_note(entry_lines[-1][0], t):
                prev, at = entry_lines[-1]  # "Cesar Vargas, enhetschef för" / "Ungkraft Ulrika Bodenäs,": one run
                entry_lines[-1] = (prev.rstrip() + " " + t.strip(), at)
                j += 1
                continue
            if gap and entry_lines and t[-1:].isdigit() and _RX_WORD_AND_NUMBER.fullmatch(t.strip()) \
                    and not _is_given(t.split(None, 1)[0]):
                break  # "Meddelande 1", "Bilaga 2": a page's stamp after a blank line, no name
            if gap and entry_lines and t.rstrip().endswith(".") and len(t.split()) == 1:
                break  # "Avslutning.": one word and a full stop after a blank line is a sentence, no name
            if gap and len(entry_lines) == own_lines == 1 and len(t.split()) == 1 and not _is_given(t.strip()) \
                    and _prose_below(parts, j):
                break  # "Ej närvarande: Jonas" / "" / "Kläder" / "" / "Det har kommit in ...": the list stood on its
                # label's line; a word alone over a paragraph of prose heads the first section
            if gap and len(entry_lines) >= 2 and len(t.split()) == 1 and t.strip()[:1].isupper() \
                    and not _is_given(t.strip()) and all("," in x or " " in x.strip() for x, _ in entry_lines) \
                    and _prose_right_below(parts, j):
                break  # "Frånvarande" / "Gunvor Rundqvist, avtalsansvarig E-län" / "" / "Välkomna" / "Bo hälsade
                # välkomna till Eksjö med ...": under a list of full names ("Name, role" lines), a word alone after a
                # blank line with prose right under it heads the first section
            if gap and entry_lines and len(t.split()) == 1 and "," in entry_lines[-1][0] \
                    and entry_lines[-1][0].rstrip().endswith(".") and not _is_given(t.strip()):
                break  # "Christer, Ulf, Tomas." / "Julisöndagarna": the full stop closed the list; a heading follows
            if entry_lines and t.isupper() and "," not in t and len(t.strip()) > 3 \
                    and not any(x.isupper() for x, _ in entry_lines):
                break  # "INLEDNING", "BESLUTSÄRENDEN": a section heading in capitals under a list in mixed case
            if kind is ListKind.PRESENT and entry_lines and _is_org_line_under_name(t, entry_lines[-1][0]) \
                    and (len(entry_lines) == 1 or _is_org_line(entry_lines[-2][0])) \
                    and not _is_org_line(next((x.text for x in parts[j + 1: j + 3] if x.text.strip()), "")):
                # (name and organisation lines take turns: not a column of organisations under a column of names,
                # "Mattias Täck" / "Inga Florhed" / "Region Östergötland", "David Reuterskiöld" / "Lunds kommun" /
                # "Lomma kommun")
                entry_lines.append((t, nxt.start))  # "Andreas Roos" / "Miljö och Hälsoskyddskontoret": the organisation
                gap = False  # of the name above, on a line of its own; the list goes on
                j += 1
                continue
            if entry_lines and "," in t[:60] and len(t) < 160 and _surname_given_cells(t, 0) \
                    and _surname_given_cells(entry_lines[-1][0], 0):
                entry_lines.append((t, nxt.start))  # "Uggla, Eddie  ordförande" / "Abelius, Anders     Carlsson,
                gap = False  # Anders": a table's rows of "Surname, Given" cells go on across blank lines
                j += 1
                continue
            if first_style == "comma" and kind is ListKind.PRESENT and not gap and len(entry_lines) >= 2 and "," not in t:
                cut = _org_cut_without_comma(t, entry_lines)
                if cut:
                    # "Leena Harakè, KSAN" / "Malcolm Jallow Afrosvenskarnas Forum för Rättvisa" / "Maria Nilson,
                    # Kulturdepartementet": a comma forgotten in a column of "Name, Organisation" lines; read with
                    # the comma in the place of the space (the same length, so offsets hold)
                    entry_lines.append((t[:cut] + "," + t[cut + 1:], nxt.start))
                    gap = False
                    j += 1
                    continue
            style = _style(t)
            if first_style is None:
                first_style = style
            elif (gap and style != first_style and not ({style, first_style} <= {"comma", "bare"})
                  and not (style == "orgcolon" and kind is ListKind.PRESENT and _RX_OFFICER_LINE.match(t))
                  and not _shorter_column_row(side, first_style, t)) or (
                    first_style != "tab" and style == "bare"
                    and not _looks_like_name(_name_part(t[_numbered_name(t):] if t[:1].isdigit() else t))
                    and not (kind is ListKind.PRESENT and "(" in t and _is_party_entry_line(t))
                    and _trailing_mark(t) is None and not _run_together(t, 0) and _acronym_person(t, 0) is None
                    and _RX_SERVING_NOTE.search(t) is None and not _name_title_entries(t, 0)
                    and not (len(entry_lines) > 1 and _name_then_local_society(t, 0))
                    and not (kind is ListKind.PRESENT and _role_before_name(t, 0) is not None)
                    and not (kind is ListKind.PRESENT and "," not in t and _group_before_names(t) is not None)
                    and ("/" not in t or _org_slash_entry(t.rstrip(" .;"), 0, frozenset()) is None)):
                break  # another kind of line after a gap, or words that are no name (nor names run together)
            if entry_lines and len(t) > 60 and kind is not None and _has_label_word(t):
                inside_row = _lists_inside_row(t, nxt.start)
                if inside_row is not None:
                    # "Gunilla Nordberg (S), Tjörn Sekreterare Cecilia Kvist, GR Övriga Birgitta Hellgren, GR": a
                    # wrapped line of a flattened list, in which the next lists begin
                    row_head, inner_lists = inside_row
                    if row_head[0].strip():
                        entry_lines.append(row_head)
                    later.extend((k_at, [inner]) for k_at, inner in inner_lists)
                    own_lines = len(entry_lines)  # (the lines read are this list's, not the last inner list's)
                    j += 1
                    below = next((x.text for x in parts[j: j + 3] if x.text.strip()), "")
                    if "(" in below and (_is_party_entry_line(below) or _is_party_run(below)):
                        continue  # "Bengt Hilmersson (C) Ersättare Cia Holm (M)" / "Bo Berg (M) Dan Lund (S)": it goes on
                    break
            entry_lines.append((t, nxt.start))
            gap = False
            j += 1
        if later and len(entry_lines) > own_lines:
            # "Närvarande: Anna Ek Förhinder: Bo Berg" / "Cia Holm": the lines below go on with the last list
            later[-1][1].extend(entry_lines[own_lines:])
            del entry_lines[own_lines:]
        if side:
            found.extend(_side_columns(side, entry_lines))
        else:
            found.append((kind, entry_lines))
        if columns:
            mark_columns[id(entry_lines)] = columns
        found.extend(later)
        if kind is not None and not entry_lines and not later and not side and not columns \
                and not text[inline_off:].strip(" :\t") and j < n and parts[j].start not in line_starts:
            # a label of no values, another label after it on the line: a row of labels goes on
            if row_kind is None and _row_may_begin(doc.clean, part.start, found[:-1]):
                row_kind = kind
            row_end = part.end
        i = j
    # "Efternamn, Förnamn" in one list of the minutes is how the others are written too ("Frånvarande:
    # Holm, Cia (C)" under a swapped "Deltagare" list).
    swapped = [_swap_mode([t for t, _ in entry_lines]) for _, entry_lines in found]
    surnames_first = False
    for (kind, entry_lines), swap in zip(found, swapped, strict=True):
        if not swap and any(swapped) and len(entry_lines) == 1:
            swap = _swap_mode([entry_lines[0][0]] * 2)
        if id(entry_lines) in premarked:
            lists.append(_List(kind, premarked[id(entry_lines)], []))
            continue
        people: list[Person] = []
        columns = mark_columns.get(id(entry_lines))
        group_role: str | None = None  # "ersättare" under a sub-heading "Direktionens ersättare"
        prev2_line, prev_line, prev_row = "", "", 0  # the two lines above and how many the line above named
        next_line = {b: t2 for (_, b), (t2, _) in itertools.pairwise(entry_lines)}
        org_lines = 0  # lines of one comma read as one name and its organisation
        pairs: list[tuple[int, str]] = []  # lines of one comma read as two names: where in `people`, the line
        for t, b in entry_lines:
            if t[:1] in _WRAPPED_LABEL_HEADS:
                lead = t.split(None, 1)[0]
                below = doc.clean[b + len(t): b + len(t) + 40].lstrip() if lead.casefold() in _WRAPPED_LABEL_WORDS else ""
                if below[:1].islower() and f"{lead} {below.split(None, 1)[0]}".casefold() in _KIND_OF_LABEL:
                    # "Tjänstgörande Terese Hermansson" over "ersättare Anneli Boosjögård": a label wrapped in its
                    # column, its first word before the first name
                    rest = t[len(lead):].lstrip()
                    t, b = rest, b + len(t) - len(rest)
            if t[:1].isupper() and _is_group_subheading(t):
                group_role = _group_role(t)
                continue
            if kind is ListKind.PRESENT and t[:1].isupper() and _definite_group_role(t) is not None:
                group_role = _definite_group_role(t) or None  # "Suppleanterna" over its names ("Ledamöterna": none)
                continue
            if kind is ListKind.PRESENT and prev_row == 1 and people[-1].organisation is None \
                    and _is_org_line_under_name(t, prev_line) and not _is_org_line(next_line.get(b, "")) \
                    and (not prev2_line or _is_org_line(prev2_line)):
                # "Gun Broberg-Hansson" / "Kommunstyrelsen": the organisation of the one person above, no person
                people[-1] = people[-1]._replace(organisation=t.strip())
                prev2_line, prev_line, prev_row = prev_line, t, 0
                continue
            if ". " in t and (t, b) not in read:
                t = t[:_before_next_item(t, 0, len(t))]  # "Barbro Svärd. 3 Godkännande av dagordning": the item
            row = read[t, b] if not swap and (t, b) in read else _entries(t, b, known, swap)
            prev2_line, prev_line, prev_row = prev_line, t, len(row)
            if t.count(",") == 1:  # (a "Name, Organisation" line; `_organisations_after_comma`)
                if len(row) == 1 and row[0].organisation:
                    org_lines += 1
                elif len(row) == 2:
                    pairs.append((len(people), t))
            if group_role:
                row = [p._replace(role=_with_group_role(p.role, group_role)) for p in row]
            if columns and "\t" in t:
                at = next((k for k, c in enumerate(t.split("\t")) if k and c.strip() and _mark(c) is not None), 0)
                if at in columns[1]:  # the mark stands in the absent column
                    row = [p._replace(mark=False) for p in row]
                elif at in columns[0]:
                    row = [p._replace(mark=True) for p in row]
            people.extend(row)
        if pairs and org_lines >= _NAME_ORG_LINES_LEAST and org_lines * 2 >= len(entry_lines):
            people = _organisations_after_comma(people, pairs)
        if entry_lines and any(p.mark for p in people) and all("\t" in t.strip() for t, _ in entry_lines):
            # A table with a mark column: a row whose mark cell is empty was not there.
            full = max(p.cells for p in people if p.mark)
            people = [p._replace(mark=False) if p.mark is None and p.cells < full else p for p in people]
        if len(people) > 2 and all(_surname_first(p.name) for p in people):
            # "Ek Anna, Berg Bo, Lund Karin": every entry a surname and then a given name, without the comma
            people = [p._replace(name=" ".join(p.name.split()[::-1])) for p in people]
            surnames_first = True
        elif len(people) >= _MOSTLY_SURNAME_FIRST_LEAST and _mostly_surname_first(people):
            # "Rugsveen Astrid (M) Mlynarczyk Aleksander (KD) Difonis Yanira (MP)": most given names known, the
            # others not, and none first
            people = [_given_name_first(p) for p in people]
            surnames_first = True
        if len(people) > 2 and any(p.organisation for p in people) \
                and sum(p.party is not None for p in people) * 2 >= len(people):
            people = _local_parties(people)
        if len(people) >= _PLACE_COLUMN_LEAST and _has_place_column(people):
            # "Margareta Johansson Indal" / "Bengt Wiklund Alnö" / ...: each member's place (their local
            # association, their municipality) as a column after the name
            people = [_place_as_organisation(p) for p in people]
        elif len(people) > _PLACE_COLUMN_LEAST:
            people = _place_column_with_notes(people) or people
        members = [m for t, b in entry_lines for m in _members_replaced(t, b)] if kind is ListKind.PRESENT else []
        lists.append(_List(kind, people, members))
    if surnames_first:  # the other lists of the minutes are written so too ("Frånvarande: Holm Per")
        for k, lst in enumerate(lists):
            if lst.people and all(_surname_first(p.name) for p in lst.people):
                lists[k] = _List(lst.kind, [p._replace(name=" ".join(p.name.split()[::-1])) for p in lst.people],
                                 lst.members)
    if notes:
        lists.append(_List(ListKind.PRESENT, [], notes))
    for lo, hi, shift in moved:
        lists = [_List(lst.kind, [p._replace(start=p.start - shift, end=p.end - shift) if lo <= p.start < hi else p
                                  for p in lst.people], lst.members) for lst in lists]
    return lists


# The capitals that begin a label of two words or more, written capitalised (`_collect_lists`: a label wrapped in
# its column, "Tjänstgörande" / "ersättare").
_WRAPPED_LABEL_WORDS = frozenset(lab.split()[0] for lab in _KIND_OF_LABEL if " " in lab)
_WRAPPED_LABEL_HEADS = frozenset(x[:1].upper() for x in _WRAPPED_LABEL_WORDS)


_CELL_MARKS = frozenset(w.CELL_MARKS)
_SUBSTITUTE_LABELS = tuple(w.SUBSTITUTE_LABELS)


_LEAST_INTERLEAVED = 4  # name lines under two stacked column labels, for `_interleaved_columns`


def _interleaved_columns(parts: list[Part], i: int, first: ListKind
                         ) -> tuple[ListKind, list[Person], list[Person], int] | None:
    """Read a table of two lists side by side flattened one cell to a line: the two column labels on lines of their
    own ("Närvarande" / "Frånvarande"), then the rows' cells, left then right ("Malin Johannesson" / "Johanna
    Johansson" / "Petra Tieu" / "Sofia Flårback" ...): the names alternate between the two lists, and the first
    column keeps the last name of an odd count (its row has no right cell). `parts[i]` is the first label, of kind
    `first`. None unless the second label follows it at once, alone and of another kind, and at least
    `_LEAST_INTERLEAVED` lines of a plain name alone follow that. Returns the second label's kind, the two lists and
    the index of the part after the names."""
    n = len(parts)
    j = i + 1
    while j < n and not parts[j].text.strip():
        j += 1
    head = parts[j].text.strip() if j < n else ""
    lab = label_of(head, colon_required=False) if head[:1].isupper() else None
    if lab is None or lab[0] is first or head[lab[1]:].strip(" :;"):
        return None
    names: list[Person] = []
    j += 1
    while j < n:
        t = parts[j].text.strip()
        if t and not (_PLAIN_NAME.fullmatch(t) and _looks_like_name(t) >= 1.0) or _is_org(t, set()):
            break
        if t:
            at = parts[j].start + parts[j].text.find(t)
            names.append(Person(t, at, at + len(t)))
        j += 1
    if len(names) < _LEAST_INTERLEAVED:
        return None
    return lab[0], names[0::2], names[1::2], j


def _cell_rows(parts: list[Part], i: int, known: _Known, read: dict[tuple[str, int], list[Person]], *,
               substitutes: bool, after_table: bool) -> tuple[list[Person], int] | None:
    """Read a mark table flattened one cell to a line under a list label ("LEDAMÖTER" / "N" / "R" /
    "Anna Ek (S), ordf." / "X" / "X" / "Bo Berg (M)" / "Cia Holm (V)" / "X"): each name line, then the lines of
    its marks. A row with a mark was there; a row without one was not (absent, or, in a list of substitutes,
    not called at all). None unless some name line is followed by a mark line: other lists are read line by
    line as before; but the substitutes' list after such a table is read so even without marks (`after_table`:
    their unmarked rows, or a name cut off, are left out). Returns the rows and the index of the part after it.
    Each line read without consulting `known` is kept in `read`, by text and offset, for when it is read as a line
    of a list again."""
    n = len(parts)
    people: list[Person] = []
    marks: list[int] = []  # per row: the marks that say present
    refused: list[bool] = []  # per row: a mark says not there ("-")
    headed = False  # column heads stood over the first row
    j = i
    while j < n:
        t = parts[j].text.strip()
        if not t:
            j += 1
            continue
        low = t.casefold()
        if len(t) <= 3 and low in _CELL_MARKS:
            if people and _mark(t) is not False and low not in ("n", "r", "§"):
                marks[-1] += 1  # (not the column heads "N" / "R" over the marks)
            elif people and _mark(t) is False:
                refused[-1] = True  # "-": the row's mark says not there
            j += 1
            continue
        if not people and (low in _TABLE_HEADINGS or low in _HEADING_CELLS or low[:1] == "§"
                           or _RX_LETTER_HEAD_CELL.fullmatch(t)):
            # the column heads before the first row: "Närvaro", "§ 4", "Tjg", "Ej tjg", "JA", "NEJ", and the
            # letters of a committee's heads, perhaps split over two lines ("N/" / "U" / "V": närvarande or
            # uppkopplad, votering)
            headed = True
            j += 1
            continue
        if people and t[:1].islower() and _role_of(low) and len(t) < 40:
            people[-1] = people[-1]._replace(role=people[-1].role or low)  # "ordförande": the row's role cell
            j += 1
            continue
        if parts[j].level or (_may_begin_label(t) and label_of(t) is not None) or _ends_list(t, 0):
            break
        at = parts[j].start + parts[j].text.find(t)
        known.consulted = False
        row = _entries(t, at, known, False)
        if not known.consulted:
            read[t, at] = row
        placed = None if row else _RX_NAME_OF_PLACE_ROW.fullmatch(t)
        if placed is not None:
            # "Jonas Andersson i Linköping (SD)": a member told from a namesake by the place (the Riksdag's way)
            row = [Person(placed.group(1), at, at + placed.end(1), party=placed.group(2).upper())]
        if len(row) != 1 or (placed is None and _looks_like_name(_name_part(row[0].name)) < 1.0):
            break
        people.append(row[0])
        marks.append(0)
        refused.append(False)
        j += 1
    marked = sum(1 for k in marks if k)
    if not (substitutes and after_table) and (marked < 2 or (2 * marked < len(people) and not headed)):
        # few rows with a mark line under them: a list of names; but under column heads, a table that marks
        # the few who came (a short meeting: most members away)
        return None
    out = [p._replace(mark=True) if k else p._replace(mark=False) for p, k in zip(people, marks, strict=True)]
    if substitutes:  # an unmarked substitute was not called; one marked "-" was, and stayed away
        out = [p for p, no in zip(out, refused, strict=True) if p.mark or no]
    return out, j


_HEADING_CELLS = frozenset(w.HEADING_CELLS)
# A mark table's row whose name is told from a namesake's by a place after "i" ("Jonas Andersson i Linköping (SD)",
# "Anna Ek i Umeå (S), ordf."): group 1 the name with its place, group 2 the party.
_RX_NAME_OF_PLACE_ROW = re.compile(
    rf"({_PLAIN_NAME.pattern} i [A-ZÅÄÖ][a-zåäö]+(?:-[A-ZÅÄÖ][a-zåäö]+)?)\s*\((?i:({_PARTY}))\)(?:,\s*[^,()]{{1,40}})?")
# A column head of capital letters alone on its line before a mark table's first row: "N", "V", "N/U", "N/", "U".
_RX_LETTER_HEAD_CELL = re.compile(r"[A-ZÅÄÖ](?:/[A-ZÅÄÖ]?)?")


_NOTE_OF_SUBSTITUTE = re.compile(r"\s*(?i:ersättare|ers\.?|tjänstgörande|tjg\.?|tjänstgör|tjänstgjorde)\s+för\s+[A-ZÅÄÖ]")
# The note of a substitute with the member's party and the paragraphs served, then the next entries of the list,
# flattened into one line: "Ersättare för Gudrun Gustafsson (M) 68-81,83 Emma Dahlberg (M) Ersättare ...".
_ENTRIES_AFTER_NOTE = re.compile(
    rf"\s*(?i:ersättare|ers\.?|tjänstgörande|tjg\.?)\s+för\s+{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,2}}"
    r"\s*\([A-Za-zÅÄÖåäö]{1,4}\)(?:\s+§?\s*\d{1,3}(?:\s*[-–]\s*\d{1,3})?(?:\s*,\s*\d{1,3}(?:\s*[-–]\s*\d{1,3})?)*)?"
    rf"\s+(?={_NAME_WORD}\s+{_NAME_WORD}(?:\s+{_NAME_WORD})?\s*\()")


# "Ersättare för Magdalena Sundström (M)", "ers. för Bo Berg", "ersätter Åke Nyhlén", "Tjänstgör för Lisa Lilja (S)": a
# member named after it.
_MEMBER_REPLACED = re.compile(
    r"(?i:\b(?:ersättare|ers\.?|tjänstgörande|tjg\.?|tjänstgör|tjänstgjorde|tjänstgjort)\s+för|\bersätter)"
    rf"\s+({_NAME_WORD}(?:\s+{_LINK}{_NAME_WORD}){{1,2}})"
    r"(?=\s*(?:\(|,|$|\s+(?i:ersättare|ers\.?)\b|\s+[A-ZÅÄÖ]))")


def _members_replaced(text: str, base: int) -> list[Person]:
    """The members a present list says substitutes stand in for, wherever the phrase stands: in the entry
    ("Mats Johnsson (m) ersättare för Suzanne Frank (m)") or in a column of notes flattened after the names
    ("... Finn Stavnsbo (SD) Notering Ordförande Ersättare för Magdalena Sundström (M) Ersättare för ...")."""
    if "för" not in text and "ätter" not in text:
        return []  # ("ersättare för", "tjg för", "ersätter": most lines hold neither)
    out: list[Person] = []
    for m in _MEMBER_REPLACED.finditer(text):
        name = m.group(1)
        words = name.split()
        if len(words) == 3 and _is_given(words[2]) and not _is_given(words[1]):
            name = " ".join(words[:2])  # "Ersättare för Göran Svärd Eva ..." : the next name begins
        if _looks_like_name(name) == 1.0:
            out.append(Person(name, base + m.start(1), base + m.start(1) + len(name)))
    return out


_PRESENT_COLUMNS = frozenset(("närvarande", "närv", "närv.", "deltog", "närvaro"))
_ABSENT_COLUMNS = frozenset(("frånvarande", "frånv", "frånv.", "förhinder", "anmält förhinder", "ej närvarande",
                             "frånvaro", "deltog ej", "avbud"))


def _mark_columns(text: str) -> tuple[frozenset[int], frozenset[int]] | None:
    """The present and absent columns of a heading row that has both ("Namn<TAB>Närvarande<TAB>Frånvarande"), by
    their index among the row's tab-separated cells; None when it has not both."""
    cells = [_norm(c).strip(" :") for c in text.split("\t")]
    here = frozenset(k for k, c in enumerate(cells) if c in _PRESENT_COLUMNS)
    away = frozenset(k for k, c in enumerate(cells) if c in _ABSENT_COLUMNS)
    if 0 in here or 0 in away:
        # "Närvarande<TAB>Frånvarande" cut from "Ledamöter<TAB>Närvarande<TAB>Frånvarande" (the first head is a
        # list label, a part of its own): the names' column stood first, so each mark column is one further on
        here, away = frozenset(k + 1 for k in here), frozenset(k + 1 for k in away)
    return (here, away) if here and away else None


def _is_attendance_heading_row(text: str) -> bool:
    if "\t" not in text:
        return False  # one cell at most
    cells = [_norm(c).strip(" :") for c in text.split("\t") if c.strip()]
    return (len(cells) > 1 and all(c in _TABLE_HEADINGS or c in _PRESENT_COLUMNS or c in _ABSENT_COLUMNS
                                   for c in cells)
            and any(c in ("närvarande", "närvaro", "deltog", "frånvarande") or c in _PRESENT_COLUMNS
                    for c in cells))


# A surname's particles (`_PARTICLES` but "av", a preposition as often), in lower case whatever the pattern's case,
# a capital after them: "Gunnar von Corswant", "Jennifer van der Gronden" (not "Gunnar von" and a surname lost).
_NAME_PARTICLES = "|".join(sorted(_PARTICLES - {"av"}, key=len, reverse=True))
_PARTICLES_IN_NAME = rf"(?:\s+(?-i:{_NAME_PARTICLES})(?:\s+(?-i:der|den|de|la))?(?=\s+(?-i:[A-ZÅÄÖ])))?"
_NAMES = rf"([A-ZÅÄÖ][\w-]*{_PARTICLES_IN_NAME}(?:\s+[A-ZÅÄÖ][\w-]*)?(?:\s*,\s*[A-ZÅÄÖ][\w-]*{_PARTICLES_IN_NAME}" \
         rf"(?:\s+[A-ZÅÄÖ][\w-]*)?)*(?:\s+(?:och|samt)\s+[A-ZÅÄÖ][\w-]*{_PARTICLES_IN_NAME}(?:\s+[A-ZÅÄÖ][\w-]*)?)?)"
# Misspelt or compound functionary roles ("mötessektreterare", "protokolljusterare").
_ROLE_LIKE = r"[^\W\d_]*(?:ordförande|sek[^\W\d_]*are|juster[^\W\d_]*|rösträknare)"
_ELECTED = re.compile(
    rf"\b(?:{'|'.join(w.ELECT_VERBS)})\s+(?:till\s+\w+\s+)?{_NAMES}\s+(?:som|till)\s+"
    rf"((?:{'|'.join(sorted(w.FUNCTIONARY_ROLES, key=len, reverse=True))})|{_ROLE_LIKE})\b", re.IGNORECASE)
_ROLE_ELECTED = re.compile(
    rf"\b(?:till|som)\s+((?:{'|'.join(sorted(w.FUNCTIONARY_ROLES, key=len, reverse=True))}))\s+"
    rf"(?:{'|'.join(w.ELECT_VERBS)})\s+{_NAMES}", re.IGNORECASE)
_ROLE_LINE = re.compile(
    rf"^\s*((?:{'|'.join(sorted(w.FUNCTIONARY_ROLES, key=len, reverse=True))})|{_ROLE_LIKE})\s*:\s*{_NAMES}\s*$",
    re.IGNORECASE)
_ARE_PRESENT = re.compile(rf"{_NAMES}\s+(?:är|var)\s+närvarande\b")
# "Närvarande var Anna Ek, Bo Berg och Cia Holm", "Vid mötet deltog ...", "Mötet närvarades av ...".
_PRESENT_SENTENCE = re.compile(
    r"(?:\b[Nn]ärvarande(?:\s+vid\s+mötet)?\s+(?:var|är)|\b[Vv]id\s+mötet\s+(?:deltog|närvarade)"
    rf"|\b[Mm]ötet\s+närvarades\s+av)\s+{_NAMES}")
# More sentences that name who was there, each name of up to three words: "Närvarande vid årsmötet var Niclas
# Bylund, ... samt Kristoffer Elisson Snygg.", "Närvarande vid sammanträdet var ...", "Upprop förrättades och 12
# Disor närvarade: Birgitta Hydén, ..., Inger Widerlöv Nilsson ... och Kerstin Forss." (a verb before a colon).
_NAME3 = r"[A-ZÅÄÖ][\w-]*(?:\s+[A-ZÅÄÖ][\w-]*){0,2}"
_NAMES3 = rf"({_NAME3}(?:\s*,\s*{_NAME3})*(?:\s+(?:och|samt)\s+{_NAME3})?)"
_PRESENT_SENTENCE_MORE = re.compile(
    r"(?:\b[Nn]ärvarande\s+vid\s+(?:[a-zåäö]*mötet|sammanträdet|träffen)\s+(?:var|är)"
    rf"|\b(?:närvarade|deltog|medverkade)\s*:)\s+{_NAMES3}")
# "Cecilia Ek hade anmält förhinder", "Bo Berg och Eva Ek har förhinder", "Anmält förhinder hade Cecilia Ek och
# David Lund", "Förhinder hade Bo Berg": absent, wherever the sentence stands.
_HAD_EXCUSE = re.compile(rf"{_NAMES}\s+(?:hade|har)\s+(?:anmält\s+|meddelat\s+)?förhinder\b"
                         rf"|(?i:anmält\s+|meddelat\s+)?(?i:f)örhinder\s+(?:hade|har)\s+{_NAMES}")
# Other ways of saying a named person stays away: "(Anders Ahrén kommer från och med nu inte att närvara ...)",
# "Bo Berg kunde inte delta", "Eva Ek har lämnat återbud". The name opens the sentence or a parenthesis; not
# "deltog inte i beslutet" (disqualified from one decision, present at the meeting).
_STAYS_AWAY = re.compile(
    rf"(?:^|[(.]\s*){_NAMES}\s+(?:kommer\s+(?:[a-zåäö]+\s+){{0,6}}?(?:inte|ej)\s+att\s+(?:närvara|delta)"
    r"|kunde\s+(?:inte|ej)\s+(?:närvara|delta|komma)(?!\s+(?:i|vid|under)\s+(?:beslut|handläggning|behandling))"
    r"|(?:har|hade)\s+(?:lämnat|meddelat)\s+återbud)\b")
_STAYS_AWAY_WORDS = ("närvara", "delta", "komma", "återbud")


def _may_stay_away(text: str) -> bool:
    """False when `_STAYS_AWAY` cannot match: each way of it holds "kunde", "kommer" or "återbud", and one of
    `_STAYS_AWAY_WORDS`. (Substring tests: a pattern of alternatives is several times slower to search.)"""
    return ("kunde" in text or "kommer" in text or "återbud" in text) and any(map(text.__contains__, _STAYS_AWAY_WORDS))

# "Anna Ek och Bo Berg var frånvarande.", "Frånvarande var Anna Ek och Bo Berg": absent for the whole meeting, not
# "var frånvarande under § 5" (a part of it).
_WERE_AWAY = re.compile(
    rf"{_NAMES}\s+(?:var|är)\s+frånvarande(?=\s*(?:[.,;]|$)|\s+(?:pga|p\.g\.a\.?|på\s+grund|vid\s+(?:dagens\s+)?"
    rf"(?:möte|sammanträde)))|\b[Ff]rånvarande\s+(?:var|är)\s+{_NAMES}")


def _says_away(text: str) -> bool:
    """Tell whether `text` holds a sentence that says named people stayed away (`_HAD_EXCUSE`, `_STAYS_AWAY`)."""
    return ("örhinder" in text and _HAD_EXCUSE.search(text) is not None) or (
        _may_stay_away(text) and _STAYS_AWAY.search(text) is not None) or (
        "rånvarande" in text and _WERE_AWAY.search(text) is not None)


# What each election verb begins with ("väljer", "valde", "utser", ...), in lower case.
_ELECT_STEMS = tuple(sorted({v[:4] for v in w.ELECT_VERBS}))


def _has_elect_verb(text: str) -> bool:
    """False when neither `_ELECTED` nor `_ROLE_ELECTED` can match: the text holds no election verb.
    ("ſ" is the one letter `re.IGNORECASE` folds onto a verb's letters that `str.lower` keeps.)"""
    low = text.lower()
    if "ſ" in low:
        low = low.replace("ſ", "s")
    return any(map(low.__contains__, _ELECT_STEMS))


_LEAD_WORDS = _ROLE_WORDS | frozenset(w.SENTENCE_GROUP_WORDS)
# "Närvarande var ordinarie ledamöter Anna Ek, ..., suppleanten Bo Berg och sekreterare Cia Holm.": lower-case
# group or role words, then names with their roles before them, to the end of the sentence.
_ROLED_SENTENCE = re.compile(
    r"\b[Nn]ärvarande(?:\s+vid\s+(?:mötet|sammanträdet))?\s+(?:var|är)\s+"
    r"((?:[a-zåäö]+\s+){1,3}[A-ZÅÄÖ][^.]*?)\s*(?:\.(?:\s|$)|$)")
_RX_ROLED_PIECES = re.compile(r"[^,]+?(?=\s*(?:,|\boch\b|\bsamt\b|$))")


_RX_TITLE_ACRONYM = re.compile(r"[A-ZÅÄÖ]{2,4}")  # "SYV", "VD", "HR": a title in capitals before a name


def _is_lead_word(word: str) -> bool:
    """Tell whether a lower-case `word` may stand before a name in "Närvarande var ...": a group or role word
    (`_LEAD_WORDS`), or a title by its ending ("lärare", "föräldrarepresentant", "kurator")."""
    return word in _LEAD_WORDS or (len(word) > 4 and word.isalpha() and word.endswith(_LOWER_TITLE_ENDS))


def _base_role(word: str) -> str | None:
    """The role word itself, or the role a definite form names ("suppleanten", "sekreteraren"); None for others."""
    if word in _ROLE_WORDS:
        return word
    return next((word[:-k] for k in (1, 2) if word[:-k] in _ROLE_WORDS), None)


def _roled_sentence(text: str, base: int) -> list[Person]:
    """Read "Närvarande var ordinarie ledamöter Anna Ek, Bo Berg, suppleanten Cia Holm och sekreterare Dan
    Lund": each piece between commas and "och" a name, perhaps after group or role words (`w.ROLE_WORDS`,
    `w.SENTENCE_GROUP_WORDS`); a role word before a name is its role. Any other piece: not this sentence."""
    m = _ROLED_SENTENCE.search(text)
    if not m or not all(_is_lead_word(x) for x in m.group(1).split()[:1]):
        return []
    people: list[Person] = []
    for piece in _RX_ROLED_PIECES.finditer(m.group(1)):
        words = _RX_SPLIT_NAMES_2.sub("", piece.group(0)).split()
        if not words:
            continue  # the space before "och"
        lead = list(itertools.takewhile(lambda x: x[:1].islower(), words))
        if not lead and len(words) > 2 and _RX_TITLE_ACRONYM.fullmatch(words[0]) and words[0] not in _PARTIES:
            lead = words[:1]  # "SYV Thomas Lilja": a title written as an acronym before the name
        name = " ".join(words[len(lead):])
        if not name or any(not _is_lead_word(x) for x in lead if x[:1].islower()) or _looks_like_name(name) < 1.0:
            return []
        roles = [r for r in map(_base_role, lead) if r and r not in ("ordinarie", "ledamot")]
        if lead and not roles and len(lead) == 1 and lead[0] not in _LEAD_WORDS:
            roles = lead  # "lärare Katarina Henriksson", "föräldrarepresentant Katarina Bauer": the title is the role
        s = base + m.start(1) + piece.start() + piece.group(0).find(name)
        people.append(Person(name, s, s + len(name), role=" ".join(roles) if roles else None))
    return people if len(people) >= 2 else []


# One line of an unlabelled list in the header: a name, perhaps a role word, then a comma or a dash and what
# follows ("Johanna Karlsson, Folkhälsoförvaltningen", "Marie Gustafsson ordförande, Välfärd och Folkhälsa",
# "Susanne Rydéhn – processledare").
_UNLABELLED_ENTRY = re.compile(
    rf"({_NAME_WORD}(?:\s+{_NAME_WORD}){{1,2}})(?:\s+[a-zåäö][\w.-]*)?(?:,\s*|\s+[–-]\s+)(?=\w)")
_UNLABELLED_LEAST = 4  # lines in a run: fewer may be the sender and receiver of a letter


def _unlabelled_list(parts: list[Part], header_end: int) -> list[Person]:
    """Without lists: a run of header lines that each begin with a person's name and then a comma or a dash
    ("Hanna Hansson, Sydnärkes folkhälsoteam", "Maria Ståhl, ÖLIF"), the attendance without its label. At least
    `_UNLABELLED_LEAST` lines in a row, three in four of the names begun by a known given name; any other line
    ends the run."""
    best: list[Person] = []
    run: list[Person] = []
    given = 0  # names in the run that a known given name begins: most must be
    for k in range(min(header_end, len(parts)) + 1):
        t = parts[k].text if k < header_end and k < len(parts) else ""  # "": the run ends with the header
        m = _UNLABELLED_ENTRY.match(t) if t[:1].isupper() and ("," in t or " – " in t or " - " in t) \
            and len(t) < 120 else None
        if m and _looks_like_name(m.group(1)) >= 1.0:
            name, at = m.group(1), parts[k].start
            p = _person(t, at)
            run.append(p if p is not None and p.name == name else Person(name, at + m.start(1), at + m.end(1)))
            given += _is_given(name.split()[0].rstrip("-"))
            continue
        if len(run) >= _UNLABELLED_LEAST and given * 4 >= len(run) * 3 and len(run) > len(best):
            best = run
        run, given = [], 0
    return best


# The legend of a presence table's letter marks: "Närv (N), Frånv (F)", "Närvarande (N) Frånvarande (F)".
# The letters may stand without parentheses, with the name column's head between: "Närv N Namn Frånv F".
_RX_MARK_LEGEND = re.compile(
    r"(?i:närv(?:arande|aro)?)\.?\s*\((?P<here>[A-Z]{1,2})\)\s*,?\s*(?i:frånv(?:arande|aro)?)\.?\s*\((?P<away>[A-Z]{1,2})\)"
    r"|(?i:närv(?:arande|aro)?)\.?\s+(?P<bare_here>[A-Z]{1,2})\s+(?:(?i:namn)\s+)?(?i:frånv(?:arande|aro)?)\.?\s+"
    r"(?P<bare_away>[A-Z]{1,2})(?=\s)")
_LEGEND_LEAST = 4  # entries the table must hold


# One entry of a presence list flattened onto one line, a name and its mark ("Annie Berg X Casper Rosenlöf -"),
# perhaps with lower-case words between (a note: "Angelina Landin avgått från rådet -").
_RX_MARKED_ENTRY = re.compile(
    r"(?<![\w-])([A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?(?: [A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?){1,2})"
    r"((?: [a-zåäö]+)*) ([Xx]|-|–)(?= |$)")
_RX_PRESENCE_HEAD = re.compile(r"(?i)\bnärvaro(?:lista|-)?")  # "Närvarolista", "Närvaro- och omröstningslista"
_MARKED_LINE_LEAST = 4  # entries the line must hold


def _marked_presence_line(parts: list[Part]) -> list[Person]:
    """Read a presence list flattened onto one line after its heading, each name followed by its mark: "Närvaro-
    och omröstningslista När- Ordinarie ledamöter varo Annie Berg X Casper Rosenlöf - Cajsa Torkelsson X ...".
    "X" marks who was there (mark True), a dash who was not (mark False). An entry with a note between name and
    mark ("Angelina Landin avgått från rådet -": no longer a member) is left out. Half the names or more begin
    with a known given name; the line must hold both marks."""
    for part in parts:
        t = part.text
        if "rvaro" not in t or " - " not in t or " X " not in t and " x " not in t:
            continue  # the cheap gate
        head = _RX_PRESENCE_HEAD.search(t)
        if head is None or head.start() > 40:
            continue
        people: list[Person] = []
        given = 0
        for m in _RX_MARKED_ENTRY.finditer(t, head.end()):
            if m.group(2):
                continue
            given += _is_given(m.group(1).split(None, 1)[0])
            s = part.start + m.start(1)
            people.append(Person(m.group(1), s, s + len(m.group(1)), mark=m.group(3) in "Xx"))
        if len(people) >= _MARKED_LINE_LEAST and given * 2 >= len(people) and any(p.mark for p in people) \
                and not all(p.mark for p in people):
            return people
    return []


def _legend_marks(parts: list[Part]) -> list[Person]:
    """Read a presence table flattened onto one line after the legend of its marks: "Ledamöter Närv (N), Frånv
    (F) Ja Nej Hans Andersson SON N Olof Schillström PRO:s samo Gabriella Wiberg PRO:s samo N ...". Each entry
    begins with a known given name and a capitalised surname; what follows up to the next entry is its
    organisation and its mark. Marked present: there; marked absent or unmarked: called but away (mark False)."""
    for part in parts:
        t = part.text
        if "rv" not in t or ("(" not in t and "rånv" not in t):
            continue  # the cheap gate: no legend without "Närv (" and "Frånv (", or "Frånv"
        legend = _RX_MARK_LEGEND.search(t)
        if not legend:
            continue
        here = legend.group("here") or legend.group("bare_here")
        away = legend.group("away") or legend.group("bare_away")
        tokens = list(_TOKEN.finditer(t, legend.end()))
        marks = (here, away)
        # A known given name begins an entry; so does any name right after a mark ("N Jussi Böök"), unless a
        # group heading ("N Ersättare Håkan Jonsson").
        starts = [i for i in range(len(tokens) - 1)
                  if tokens[i + 1].group(0)[:1].isupper() and tokens[i + 1].group(0)[1:2].islower()
                  and (_is_given(tokens[i].group(0)) or (
                      i > 0 and tokens[i - 1].group(0) in marks and tokens[i].group(0)[1:2].islower()
                      and _norm(tokens[i].group(0)) not in _GROUP_HEADINGS and not _is_given(tokens[i + 1].group(0))
                      and _norm(tokens[i].group(0)) not in _CELL_MARKS))]  # (not "N Ja Nej": the vote columns)
        people: list[Person] = []
        for k, i in enumerate(starts):
            if k and i <= starts[k - 1] + 1:
                continue  # a given name used as a surname ("Bo Olof Ek"): the same entry
            j = starts[k + 1] if k + 1 < len(starts) else len(tokens)
            rest = {m.group(0) for m in tokens[i + 2: j]}
            name = f"{tokens[i].group(0)} {tokens[i + 1].group(0)}"
            s = part.start + tokens[i].start()
            people.append(Person(name, s, s + len(name), mark=here in rest and away not in rest))
        if len(people) >= _LEGEND_LEAST and sum(1 for p in people if p.mark) * 2 >= len(people):
            return people
    return []


# The minutes say that who attended is listed in an attachment: "förteckning över närvarande och röstberättigade
# medlemmar ... Totalt närvarade 14 deltagare. Se bilaga 1" (a sentence or three later), "Närvarolista, se
# bilaga 2", "Deltagarförteckning enligt bilaga", "enligt bifogad närvarolista". Then the people elected to run
# the meeting are not the list of those present.
_RX_LIST_ATTACHED = re.compile(
    r"(?i)\b(?:närvaro|deltagar)(?:lista|listan|förteckning|förteckningen)\b[^.]{0,40}?\b(?:(?:se|enligt|i)\s+bilaga|bifoga)"
    r"|\b(?:enligt|se)\s+bifogade?\s+(?:närvaro|deltagar)(?:lista|förteckning)"
    r"|\bförteckning\s+över\s+(?:de\s+)?(?:närvarande|deltagare|deltagande)\b(?:[^.]{0,250}\.\s+){1,3}Se\s+bilaga\b")


def _list_attached(parts: list[Part]) -> bool:
    """Whether the minutes put their list of the present in an attachment (see `_RX_LIST_ATTACHED`)."""
    return any(("ilag" in p.text or "ifoga" in p.text) and _RX_LIST_ATTACHED.search(p.text) for p in parts)


# Who attended given only as a count: "Närvarande: 19 medlemmar.", "Närvarande 26 medlemmar", "Närvarande var 32
# medlemmar enligt deltagarlistan", "hälsade de 38 närvarande medlemmarna välkomna", "Röstlängden fastställdes till 56 närvarande
# röstberättigade medlemmar", "Antal närvarande: 23", "Ca 25 deltagare – lilla salen" (a line of its own). The
# people elected to run the meeting are then a few of many, no list of those present.
_COUNTED_PEOPLE = r"(?:medlemmar|medlemmarna|personer|deltagare|deltagarna|röstberättigade|delägare|föräldrar|ledamöter)"
_RX_PRESENT_COUNT = re.compile(
    r"(?i)\bnärvarande\s*(?::|\s(?:var|är|vid\s+[a-zåäö]+\s+var))?\s*(?:ca\.?\s+|cirka\s+|totalt\s+)?\d{1,4}\s+"
    rf"(?:st\.?\s+|stycken\s+)?(?:[a-zåäö]+\s+)?{_COUNTED_PEOPLE}\b"
    rf"|\b\d{{1,4}}\s+närvarande\s+(?:[a-zåäö]+\s+)?{_COUNTED_PEOPLE}\b"
    r"|\bantal\s+(?:närvarande|deltagare)\s*:?\s*(?:ca\.?\s+)?\d{1,4}\b(?![.:/-]\d)"
    r"|^\s*(?:ca\.?\s+|cirka\s+)?\d{1,4}\s+deltagare\b")


def _present_counted(parts: list[Part]) -> bool:
    """Whether the minutes give who attended only as a count (see `_RX_PRESENT_COUNT`)."""
    return any(("ärvarande" in p.text or "eltagare" in p.text) and _RX_PRESENT_COUNT.search(p.text) for p in parts)


def _titled_header_line(text: str, base: int) -> list[Person]:
    """Read a header line that is nothing but "Title Name" pieces apart by commas, the board that ran the
    meeting: "Ordförande Ulf Henricson, Sekreterare Lars Karlsson, Kassör Roger Björkelöv." Every piece a
    capitalised title (`_is_title`) and its name; two pieces at least."""
    body = text.strip().removesuffix(".")
    pieces = body.split(",")
    if len(pieces) < 2 or any(not x.strip()[:1].isupper() for x in pieces):
        return []
    return _role_first_entries(body, base + text.find(body))


_RX_BOARD_POST = re.compile(r"(?<![\w-])(?:till|som)\s+(?:" + "|".join(w.BOARD_POST_WORDS) + r")", re.IGNORECASE)
_RX_MEETING_POST = re.compile(r"mötes|mötet|justera|justering", re.IGNORECASE)


def _board_election(text: str) -> bool:
    """Whether a line elects the board for the coming year ("Till ordförande valdes Anna Lancing, till kassör
    omvaldes Pia Sigevall, till suppleanter valdes ..."): a board post beside the chair, and no post of the
    meeting ("mötesordförande", "ordförande för mötet", "justerare") in the line."""
    return _RX_BOARD_POST.search(text) is not None and _RX_MEETING_POST.search(text) is None


def _functionaries(parts: list[Part], header_end: int) -> list[Person]:
    """Without lists: the people elected to run the meeting, and "X, Y och Z är närvarande".

    Also the header's "Ordförande: Anna Ek" / "Sekreterare: Bo Berg" lines. Where the minutes give who
    attended only as a count ("Närvarande: 19 medlemmar"), the people who ran the meeting are no list of them.
    """
    people: list[Person] = []
    officers = not _present_counted(parts)
    for k, part in enumerate(parts):
        t = part.text
        found: list[tuple[str, int, str | None]] = []
        if officers and k < header_end and ":" in t:
            m_role = _ROLE_LINE.match(t)
            if m_role:
                found.append((m_role.group(2), m_role.start(2), m_role.group(1).casefold()))
        if officers and k < header_end and "," in t and t[:1].isupper() and len(t) < 200 and not found:
            people.extend(_titled_header_line(t, part.start))  # "Ordförande Ulf Henricson, Kassör Roger Björkelöv."
        # Each pattern is searched only in a line holding its verb: most lines hold none.
        if officers and _has_elect_verb(t) and not _board_election(t):
            for m in _ELECTED.finditer(t):
                found.append((m.group(1), m.start(1), m.group(2).casefold()))
            for m in _ROLE_ELECTED.finditer(t):
                found.append((m.group(2), m.start(2), m.group(1).casefold()))
        if "närvarande" in t:
            for m in _ARE_PRESENT.finditer(t):
                found.append((m.group(1), m.start(1), None))
        if "ärvara" in t or "deltog" in t or "medverkade" in t:  # "Närvarande var ...", "Vid mötet deltog ..."
            before = len(found)
            for m in _PRESENT_SENTENCE.finditer(t):
                found.append((m.group(1), m.start(1), None))
            if len(found) == before:
                found.extend((m.group(1), m.start(1), None) for m in _PRESENT_SENTENCE_MORE.finditer(t))
            if len(found) == before and "ärvarande " in t:
                if t.rstrip().endswith(",") and k + 1 < len(parts) and parts[k + 1].text.strip():
                    # "Närvarande vid mötet var rektor Anna Ek, lärare Bo Berg," / "SYV Cia Holm samt ...": the
                    # sentence goes on on the next line (joined with the white space between, so offsets hold)
                    nxt = parts[k + 1]
                    t = t + " " * max(1, nxt.start - part.start - len(t)) + nxt.text
                people.extend(_roled_sentence(t, part.start))
        for names, off, role in found:
            for m in _RX_FUNCTIONARIES_1.finditer(names):
                piece = _RX_SPLIT_NAMES_2.sub("", m.group(0)).strip()
                if not piece or piece.casefold() in ("och", "samt") or not _looks_like_name(piece):
                    continue
                if piece.casefold() in ("styrelsen", "mötet", "årsmötet", "föreningen"):
                    continue
                s = part.start + off + m.start() + m.group(0).find(piece)
                people.append(Person(piece, s, s + len(piece), role=role))
    return people


# A line that opens with the names of those who met, two or more, then the verb: "Mats L, Jenny H, Krister B, Tony W,
# Sandra P och Annalena L träffades i Vikarnas lokal Uddevalla.", "Anna Ek, Bo Berg och Cia Holm samlades hos Anna."
# Each name one to three capitalised words (a surname's initial too: "Mats L").
_MET_SENTENCE = re.compile(
    rf"\s*({_NAME3}(?:\s*,\s*{_NAME3})*(?:\s*,?\s+(?:och|samt)\s+{_NAME3}))\s+"
    r"(?:träffades|träffas|möttes|samlades|sammanträdde|sammanstrålade)\b")
_MET_PARTS = 6  # the lines that may open the minutes so


_CUT_LABELS = frozenset(w.CUT_PRESENT_LABELS)
_CUT_LABEL_LEAST = 2  # names a list after a cut label must read
_CUT_LABEL_PARTS = 200  # how far into the minutes (in parts) such a label is looked for


def _cut_label_list(parts: list[Part]) -> list[Person]:
    """The names after a present label that a stored copy cut to its last letters ("Beslutande" -> "ande") inside a
    flattened line near the top: "... måndagen den 25 februari 2019, kl ande Matheus Enholm (SD) Heikki
    Klaavuniemi (SD),". Asked only when no other list was found; the list must read as two names or more, each a
    name of two to four capitalised words, as `_bare_label_lists` reads it up to the next label. (A stored copy
    may keep the agenda sent out before the minutes: the first page of the minutes may stand far down.)"""
    for part in parts[:_CUT_LABEL_PARTS]:
        text = part.text
        if "ande" not in text:
            continue  # most lines (the cheap test before the regex)
        for kind, s, e in _bare_label_lists(text, least=1):
            label = text[:s].rstrip(" :").rsplit(None, 1)[-1:]
            if kind is not ListKind.PRESENT or not label or label[0] not in _CUT_LABELS:
                continue
            people = _entries(text[s:e], part.start + s, set(), False)
            if len(people) >= _CUT_LABEL_LEAST and all(_looks_like_name(p.name) >= 1.0 for p in people):
                return people
    return []


# A present label cut to its last letters in a flattened cover page ("Beslutande" -> "ande"), and what the copy left
# of a lost value right after it: a stray bracket or comma ("... 2013 kl ande ) Irene Karlsson (C), BIN, ..."). The
# first entry must follow: a capitalised given name and surname (`_cut_label_run_with_residue`).
_RX_CUT_LABEL_RUN = re.compile(
    r"(?<!\S)(?:" + "|".join(re.escape(lab) for lab in w.CUT_PRESENT_LABELS) + r")(?:[ \t]+[)\],;]+)?[ \t]+"
    r"(?=[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?[ \t]+[A-ZÅÄÖ][a-zåäöéü])")
# A lone bracket or comma between two words of such a run, where a copy lost the value that stood before it (paragraph
# numbers: "Akko Karlsson vice ordförande , Eddie Forsman"): the entries on both sides are read apart.
_RX_STRAY_MARK = re.compile(r"[ \t]+[)\],;]+(?=[ \t])")
_CUT_RUN_LEAST = 3  # names the run must read, each a whole name


def _cut_label_run_with_residue(text: str, base: int) -> list[Person]:
    """The members after a present label cut to "ande" in one flattened cover-page line, when a stray bracket or
    comma that the copy left of a lost value stands after the label or among the entries, so that the line's other
    readers made out no list: "Plats och tid Kommunhuset 21 februari 2013 kl ande ) Irene Karlsson (C), BIN,
    ordförande Ulla Johansson (M), HSN ...", "... 2008, kl ande Leif Larsson ordförande Akko Karlsson vice ordförande
    , Eddie Forsman vice ordförande ...". The run ends at the next list label or a closing one ("Justerare"); the
    pieces between stray marks are read apart. Three names or more, each a whole name, and no verb (prose)."""
    m = _RX_CUT_LABEL_RUN.search(text)
    if m is None:
        return []
    start = m.end()
    nxt = _INSIDE_LABEL.search(text, start)
    end = nxt.start() if nxt is not None else len(text)
    closing = _END_LABEL_WORD.search(text, start, end)
    end = closing.start() if closing is not None else end
    if _SENTENCE_VERB.search(text, start, end):
        return []
    people = [p for piece, at in _stray_mark_rows(text[start:end], base + start) for p in _entries(piece, at, set(), False)]
    if len(people) < _CUT_RUN_LEAST or any(_looks_like_name(p.name) < 1.0 for p in people):
        return []
    return people


def _stray_mark_rows(text: str, base: int) -> list[tuple[str, int]]:
    """`text` cut at its stray marks (`_RX_STRAY_MARK`): the pieces between them, each with where it begins."""
    rows: list[tuple[str, int]] = []
    at = 0
    for stray in _RX_STRAY_MARK.finditer(text):
        rows.append((text[at: stray.start()], base + at))
        at = stray.end()
    rows.append((text[at:], base + at))
    return [(t, b) for t, b in rows if t.strip()]


# A present list's label inside a flattened line, colon or a note in brackets after it: "Närvarande: Martin Evehäll FL 2
# Ordförande ...", "Närvarande (enligt anmälan) Ordförande Annette Sjödin ...". (Capital N: "de närvarande" in a
# sentence is no label.)
_RX_PRESENT_LABEL_INLINE = re.compile(r"(?<!\S)Närvarande(?:\s*\([^()\n]{1,30}\))?\s*:?\s+(?=\S)")
# A word of a name in a run: capitalised, letters and hyphens only, not all capitals ("FL", "UMA": an acronym).
_RX_RUN_NAME_WORD = re.compile(r"[A-ZÅÄÖÉ][a-zåäöéü]+(?:-[A-ZÅÄÖÉ]?[a-zåäöéü]+)*")
# Three lower-case words in a row: a sentence has begun ("De personliga ersättarna närvarar med ..."), the list ended.
# (Words of two letters or more: "Ånge t o m 2", "till och med", is a note.)
_RX_SENTENCE_WORDS = re.compile(r"(?<!\S)[a-zåäö]{2,}[ \t]+[a-zåäö]{2,}[ \t]+[a-zåäö]{2,}(?!\S)")
_GIVEN_SCAN_LEAST = 3  # names found in the run, at least


def _given_scan_entry(words: list[str], k: int) -> int:
    """How many of `words` from `k` make one person's name: a known given name, perhaps a second given name or a
    middle initial, then a capitalised surname that is no given name, organisation or role word; 0 for none."""
    def _surname(word: str) -> bool:
        low = word.casefold()
        return bool(_RX_RUN_NAME_WORD.fullmatch(word)) and not _is_given(word) and low not in _ORG_WORDS \
            and low not in _ROLE_WORDS and not low.endswith(_ORG_ENDINGS)
    if not _RX_RUN_NAME_WORD.fullmatch(words[k]) or not _is_given(words[k]) or k + 1 >= len(words):
        return 0
    nxt = words[k + 1]
    if _surname(nxt):
        return 2
    if k + 2 < len(words) and _surname(words[k + 2]) and (
            (len(nxt) == 1 and nxt.isupper()) or (_RX_RUN_NAME_WORD.fullmatch(nxt) and _is_given(nxt))):
        return 3  # "Gunnar C Hansson", "Sten Olov Altin"
    return 0


def _given_names_after_present_label(parts: list[Part]) -> list[Person]:
    """The names of a present list whose entries run together with their notes in one flattened line, no commas
    between them, that no other reader made out: "Närvarande: Martin Evehäll FL 2 Ordförande Nicklas Karlsson BiV
    Skyddsomb. Joel Persson SoL Vice ordf. ...", "Närvarande: Politiker: Glenn Nordlund Kommunförbundet, Örnsköldsvik
    Jonny Lundin Kommunförbundet, Härnösand ...", "Närvarande (enligt anmälan) Ordförande Annette Sjödin Ledamot 1 Ewa
    Löwdin ...". A name opens with a known given name (`_given_scan_entry`); the words between the names (programme,
    organisation, place, role) are passed over. The run ends at the next list label or where a sentence begins;
    asked only when no present list was read, and three names or more must be found."""
    best: list[Person] = []
    for part in parts[:_TOP_PARTS]:
        text = part.text
        if "Närvarande" not in text:
            continue  # most lines (the cheap test before the regex)
        m = _RX_PRESENT_LABEL_INLINE.search(text)
        if m is None:
            continue
        # (a present group's label, "Tjänstemän:", goes on with the list)
        end = next((at for at, kind, _e in _inline_labels(text) if at > m.end() and kind is not ListKind.PRESENT),
                   len(text))
        sentence = _RX_SENTENCE_WORDS.search(text, m.end(), end)
        end = sentence.start() if sentence else end
        tokens = list(_TOKEN.finditer(text, m.end(), end))
        words = [t.group(0).rstrip(",.;:") for t in tokens]
        people: list[Person] = []
        k = 0
        while k < len(words):
            n = _given_scan_entry(words, k)
            if n:
                a, b = tokens[k].start(), tokens[k + n - 1].start() + len(words[k + n - 1])
                people.append(Person(text[a:b], part.start + a, part.start + b))
                k += n
            else:
                k += 1
        if len(people) >= _GIVEN_SCAN_LEAST and len(people) > len(best):
            best = people  # (the longest run: a stored copy's title may repeat the list's first line)
    return best


def _met_sentence(parts: list[Part]) -> list[Person]:
    """Without lists: who met, as the first lines of short notes say it in a sentence ("Mats L, Jenny H och
    Annalena L träffades i Vikarnas lokal.")."""
    for part in parts[:_MET_PARTS]:
        t = part.text
        if "ades" not in t and "ttes" not in t and "räffas" not in t:
            continue
        m = _MET_SENTENCE.match(t)
        if m is None:
            continue
        people: list[Person] = []
        for piece_m in _RX_FUNCTIONARIES_1.finditer(m.group(1)):
            piece = _RX_SPLIT_NAMES_2.sub("", piece_m.group(0)).strip()
            if not piece or piece in ("och", "samt"):
                continue
            if not _looks_like_name(piece) or piece.casefold() in _GROUP_WORDS_MET:
                return []  # "Styrelsen och valberedningen träffades": no names
            s = part.start + m.start(1) + piece_m.start() + piece_m.group(0).find(piece)
            people.append(Person(piece, s, s + len(piece)))
        if len(people) > 1:
            return people
    return []


_GROUP_WORDS_MET = frozenset(("styrelsen", "mötet", "årsmötet", "föreningen", "gruppen", "vi", "alla", "ledamöterna"))


def _excused(parts: list[Part], present: list[Person], absent: list[Person]) -> list[Person]:
    """The people a sentence says had sent their excuses ("Cecilia Ek hade anmält förhinder"), in the first
    parts of the minutes; not those the lists name already."""
    seen: set[str] | None = None
    out: list[Person] = []
    for part in parts[:_TOP_PARTS]:
        t = part.text
        found: list[re.Match[str]] = []
        if "örhinder" in t:  # (the one word every such sentence holds)
            found.extend(_HAD_EXCUSE.finditer(t))
        if _may_stay_away(t):
            found.extend(_STAYS_AWAY.finditer(t))
        if "rånvarande" in t:
            found.extend(_WERE_AWAY.finditer(t))
        for m in found:
            if seen is None:
                seen = {_norm(p.name) for p in present} | {_norm(p.name) for p in absent}
            g = 1 if m.group(1) else 2  # (`_STAYS_AWAY` has one group)
            names, off = m.group(g), m.start(g)
            for piece_m in _RX_FUNCTIONARIES_1.finditer(names):
                piece = _RX_SPLIT_NAMES_2.sub("", piece_m.group(0)).strip()
                if not piece or _looks_like_name(piece) < 1.0 or _norm(piece) in seen:
                    continue
                seen.add(_norm(piece))
                s = part.start + off + piece_m.start() + piece_m.group(0).find(piece)
                out.append(Person(piece, s, s + len(piece)))
    return out


def _attendee(doc: Minutes, p: Person) -> Attendee:
    if p.name[:2] in ("Kl", "kl", "Pa") and (lost := _LOST_CLOCK_LEAD.match(p.name)) is not None:
        # "Hans Henrikson (mp) Kl Eva Ivarson (fp)": a clock's label, its time lost, read into the next name
        p = p._replace(name=p.name[lost.end():], start=p.start + lost.end())
    span = doc.span(p.start, p.end)
    name = p.name
    if "-" in name and ("\u2010" in doc.text or "\u2011" in doc.text) and doc.clean[p.start: p.end] == name:
        # "Lars‐Gunnar Bråvander": each hyphen as written (the clean text reads U+2010 as "-")
        name = "".join(doc.text[doc.original(p.start + i)] if ch == "-" else ch for i, ch in enumerate(name))
    return Attendee(name=name, organisation=p.organisation, party=p.party, role=p.role, span=span)


# A place or an organisation in brackets right after a name: "Peter Johansson (Fagerhult)" (`_told_apart`).
_RX_PLACE_PAREN = re.compile(r"\s*\(([A-ZÅÄÖ][a-zåäöé]+(?:[ -][A-ZÅÄÖ][a-zåäöé]+)?)\)")


def _told_apart(doc: Minutes, people: list[Person]) -> tuple[list[Person], frozenset[int]]:
    """Two persons of one name in a list told apart by their places in brackets ("Peter Johansson (Fagerhult)",
    "Peter Johansson (Stenberga)"): each with the place as organisation, and where they begin (`_unique` keeps
    them both). A name written twice without such places, or with the same, is one person."""
    if len({p.name for p in people}) == len(people):
        return people, frozenset()  # (most lists: no name written twice)
    names = [_norm(p.name) for p in people]
    out = list(people)
    apart: set[int] = set()
    for name in {n for n in names if names.count(n) > 1}:
        at = [k for k, n in enumerate(names) if n == name]
        places = [_RX_PLACE_PAREN.match(doc.clean, people[k].end) for k in at]
        found = [m.group(1) for m in places if m is not None and _party_of(m.group(1)) is None]
        if len(found) == len(at) and len(set(found)) == len(found):
            for k, place in zip(at, found, strict=True):
                out[k] = out[k]._replace(organisation=out[k].organisation or place)
                apart.add(out[k].start)
    return out, frozenset(apart)


def _unique(people: list[Person], apart: frozenset[int] = frozenset()) -> list[Person]:
    seen: set[str] = set()
    out: list[Person] = []
    for p in people:
        key = _norm(p.name) + ("|" + str(p.start) if p.start in apart else "")
        if key and key not in seen:
            seen.add(key)
            out.append(p)
    return out


_STANDS_IN = "ersättare för "  # the role a passive "X ersätts av Y" gives the substitute Y (`_person`)
_SUBSTITUTE_ROLE = re.compile(r"(?i)(?:^|\s)(?:ersättare|ers\.?)\s+för\s+(.+)$")


def _replaced(doc: Minutes, present: list[Person], absent: list[Person]) -> list[Person]:
    """The members the present substitutes stand in for ("Birgitta Bolin, s, ersätter Åke Nyhlén, s",
    "Thomas Bäuml (M) (ers Maritha Josefsson (M))"): called but not there, so absent, unless they are
    listed present or absent themselves."""
    subs = [p for p in present if p.role and "för" in p.role]  # every way a substitute's role is written holds "för"
    if not subs:
        return []
    seen = {_norm(p.name) for p in present} | {_norm(p.name) for p in absent}
    out: list[Person] = []
    for p in subs:
        m = _SUBSTITUTE_ROLE.search(p.role or "")
        if not m:
            continue
        name = " ".join(_RX_PERSON_10.sub(" ", m.group(1)).split(",")[0].split())
        name = name.strip(" .;:()")
        if _looks_like_name(name) < 1.0 or _norm(name) in seen:
            continue  # one word or words that are no name: not guessed
        words = _norm(name).split()
        if len(words) == 2 and len(words[0].rstrip(".")) == 1 and any(
                x.split()[-1] == words[1] and x[:1] == words[0][:1] for x in seen):
            continue  # "tj ers för R Johansson": "Roland Johansson" is in the lists, named with an initial
        seen.add(_norm(name))
        start = doc.clean.find(name, p.start, p.start + 400)  # the member is named in the substitute's entry
        if start < 0:
            start = p.start
        out.append(Person(name, start, start + len(name), party=None))
    return out


_GENERIC_LABELS = frozenset(w.GENERIC_GROUP_LABELS)
_DOCUMENT_ENDINGS = tuple(w.DOCUMENT_ENDINGS)


_RX_ITEM_NUMBER_LEAD = re.compile(r"(?:§\s*)?\d{1,3}[.:)]?\s+")  # an item's number before its heading: "§ 11. "


def _is_generic_value(text: str, at: int) -> bool:
    """Whether a line is a general group label ("Övriga:") with a lower-case value after it that names no one
    ("Övriga: dokumentation"); "Övriga: se bilaga" and "Övriga: inga" are left to the list readers."""
    value = text[at:].strip()
    head = _RX_ITEM_NUMBER_LEAD.sub("", text[:at], count=1) if text[:1] in "§123456789" else text[:at]
    if not value[:1].islower() or _norm(head).strip(" :") not in _GENERIC_LABELS:
        return False
    return not value.startswith(("se ", "enligt ")) and _norm(value).rstrip(".") not in _NO_ONE


_NAME_COLUMNS = frozenset(w.NAME_COLUMN_WORDS)
_WEEKDAY_WORDS = frozenset(w.WEEKDAYS)


# A word of a name that ends as an organisation's does (`w.ORGANISATION_NAME_ENDINGS`, `w.MORE_...`), either case.
_RX_ORGANISATION_WORD_END = re.compile(
    r"(?i:" + "|".join(sorted(w.ORGANISATION_NAME_ENDINGS + w.MORE_ORGANISATION_NAME_ENDINGS
                              + w.INSTITUTION_NAME_ENDINGS, key=len, reverse=True))
    + r")(?=\s|$)")
_ORGANISATION_NAME_ENDS = tuple(w.ORGANISATION_NAME_ENDINGS + w.MORE_ORGANISATION_NAME_ENDINGS
                                + w.INSTITUTION_NAME_ENDINGS + w.LIBRARY_NAME_ENDINGS)  # (one word)
# The first word of an organisation's name: "Region Östergötland", "Landstinget Dalarna".
# The prepositions that open a group's heading in a list, never a name: "För UPS:", "Från förvaltningen:".
_GROUP_HEADING_OPENINGS = frozenset(("för", "från"))
_ORGANISATION_FIRST_WORDS = frozenset(("region", "landstinget", "kommunförbundet", "länsstyrelsen", "föreningen",
                                       "förbundet", "stiftelsen"))


_WEB_WORDS = frozenset(w.WEB_BOILERPLATE)
# The one-word end labels that name no post ("Paragrafer", "Underskrifter"; not "Ordförande", "Justerare": a list
# of the posts present may hold them)
_HEADING_WORDS = frozenset(x for x in _END_HEADS if " " not in x and not _is_role_word(x)
                           and not x.endswith(("are", "person", "personer")))
_VENUE_ENDINGS = tuple(e for e in w.VENUE_NOUN_ENDINGS if e.endswith(("et", "en", "an")))  # the definite forms
# One word of the signing block ("Justerat", "Underskrifter"): a column head of a row of labels ("Närvarande
# Frånvarande Justerat"), read as the one entry of the list below it; no person. (Not "Justerare": a role.)
_SIGNATURE_WORDS = frozenset(x for x in w.SIGNATURES if " " not in x and not x.endswith("are"))
# A place's last word, capitalised in a name-like place ("Folkets Hus", "Stora Salen", "Ekeby Skola"): no
# surname (not "Hall", "Gård", "Hem", "Krog": surnames too).
_PLACE_LAST_WORDS = frozenset(e for e in w.PLACE_NOUN_ENDINGS + w.VENUE_NOUN_ENDINGS
                              if e not in ("hall", "gård", "hem", "sal", "rum", "center", "kontor", "krog"))


def _on_web_frame_line(doc: Minutes, p: Person) -> bool:
    """Whether `p` is the value of a web copy's frame line ("Storlek: px"), not of a list."""
    begin = doc.clean.rfind("\n", 0, p.start) + 1
    lead = doc.clean[begin: p.start].strip().rstrip(":").casefold()
    return bool(lead) and lead in _WEB_WORDS


def _is_document(p: Person) -> bool:
    """An entry that names no person: a one-word document ("Mötesprotokoll", "Dagordning"), the column heads
    of the list ("Efternamn, Förnamn" read as "Förnamn Efternamn"), or an organisation ("Region Östergötland",
    "Handikappföreningarna Östergötland": a column of whom the members represent, read on lines of its own), or a
    group's heading after a list's label, naming whom the group's members represent ("Ordinarie ledamöter: För UPS
    (Uppsala pensionärsföreningars samarbetsråd):", "Ersättare: För UPS:", "Från förvaltningen:")."""
    if p.name.split(None, 1)[0].casefold().rstrip(":") in _GROUP_HEADING_OPENINGS:
        return True
    if " " not in p.name:
        low = p.name.casefold()
        # also a label of the header ("Paragrafer"), a web copy's frame ("Transkript", 'Ledamöter"' out of a
        # quoted title) and a place in the definite form ("Gymnasiekontoret", "Parkskolan")
        return low.endswith(_DOCUMENT_ENDINGS) or low in _NAME_COLUMNS or low in _HEADING_WORDS \
            or low in _WEB_WORDS or low in _SIGNATURE_WORDS or '"' in low \
            or any(low.endswith(e) and len(low) > len(e) + 2 for e in _VENUE_ENDINGS) \
            or low.endswith(_ORGANISATION_NAME_ENDS)  # "Hagdahlsakademien": an organisation
    words = p.name.casefold().split()
    if words[-1] in _PLACE_LAST_WORDS and p.name.split()[-1][:1].isupper() and not p.party:
        return True  # "Gällivare Folkets Hus": a place out of a row of labels before its values, no person
    if words[0] in _ORGANISATION_FIRST_WORDS or any(x.endswith(_ORGANISATION_NAME_ENDS) for x in words):
        return True
    # "Norrtälje Tisdag": a place and a weekday out of a flattened "Plats och tid" value, no person
    return not _NAME_COLUMNS.isdisjoint(words) or not _WEEKDAY_WORDS.isdisjoint(words)


# A lower-case note between two names of a run that says the first was not there: "Åke Clason lämnade synpunkter
# inför mötet men deltog inte på plats Håkan Littzell", "Bo Berg var förhindrad Cia Holm", "Johanna Händel (BUN)
# ej närvarande Monica Svensson (DHR)".
_RX_AWAY_NOTE = re.compile(
    r"\b(?:deltog\s+(?:inte|ej)|(?:var\s+)?(?:ej|inte)\s+(?:närvarande|på\s+plats)|frånvarande|"
    r"(?:var\s+)?förhindrad|anmält\s+förhinder|hade\s+förhinder|lämnat\s+återbud)\b")
_AWAY_NOTE_GAP = 120  # characters of the longest note read between two names


def _away_by_note(text: str, people: list[Person]) -> list[Person]:
    """Mark absent the persons of a present list whose name a lower-case note follows that says they were not
    there (`_RX_AWAY_NOTE`), up to the next name on the same line. A note with a capital (another person
    named), a digit or "§" (a part of the meeting missed) is left alone."""
    span = text[people[0].end: people[-1].end + _AWAY_NOTE_GAP] if people else ""
    if "ej" not in span and "inte" not in span and "frånv" not in span and "förhind" not in span \
            and "återbud" not in span:
        return people  # the cheap gate: no note of absence anywhere among the names
    out = list(people)
    for k, p in enumerate(out):
        if k + 1 < len(out):
            stop = out[k + 1].start
        else:  # the last entry: its note runs to the end of the line
            stop = text.find("\n", p.end, p.end + _AWAY_NOTE_GAP + 1)
            stop = p.end + _AWAY_NOTE_GAP if stop < 0 else stop
        if not 0 < stop - p.end <= _AWAY_NOTE_GAP or p.mark is not None:
            continue
        gap = text[p.end: stop]
        if gap.lstrip()[:1] == "(":  # "Johanna Händel (BUN) ej närvarande": the tag in parentheses first
            close = gap.find(")")
            gap = gap[close + 1:] if close > 0 else gap
        if ("ej" not in gap and "inte" not in gap and "frånv" not in gap and "förhind" not in gap
                and "återbud" not in gap):
            continue  # the cheap gate
        if "\n" in gap or not gap.strip()[:1].islower() or any(c.isupper() or c.isdigit() or c == "§" for c in gap):
            continue
        if _RX_AWAY_NOTE.search(gap):
            out[k] = p._replace(mark=False)
    return out


# A party in parentheses written with a space inside ("Stefan Lindfors (s ) Ingrid Stenberg Lundin (c )", a
# transcript's spacing): the same party as "(s)".
_SPACED_PARTY_PAREN = re.compile(rf"\((?:\s+({_PARTY})\s*|({_PARTY})\s+)\)", re.IGNORECASE)


def _close_party_parens(text: str) -> str:
    """`text` with each spaced party parenthesis closed up ("(s )" -> "(s) "), its length kept so that offsets hold."""
    if " )" not in text and "( " not in text:  # (most lines)
        return text

    def _closed(m: re.Match[str]) -> str:
        party = m.group(1) or m.group(2)
        return "(" + party + ")" + " " * (len(m.group(0)) - len(party) - 2)

    return _SPACED_PARTY_PAREN.sub(_closed, text)


def _party_parens_closed(part: Part) -> Part:
    """`part` with its spaced party parentheses closed up (`_close_party_parens`); the same part when it has none."""
    if ")" not in part.text:
        return part
    text = _close_party_parens(part.text)
    return part if text == part.text else part._replace(text=text)


def _members_not_present(lst: _List) -> _List:
    """A present list whose entries were read without the substitute's note ("Johnny Sundling (S) tjg för Klas
    Karlsson Sonny Landerberg (MP)" read as three names): an entry that begins where a replaced member's name
    begins is that member, absent, not one more present. A member's name that runs on into the next entry read
    ("Klas Karlsson Sonny") ends where that entry begins."""
    if not lst.members or lst.kind is not ListKind.PRESENT:
        return lst
    at = {m.start for m in lst.members}
    starts = sorted(p.start for p in lst.people)
    members: list[Person] = []
    for m in lst.members:
        cut = next((s for s in starts if m.start < s < m.end), None)
        if cut is not None:
            name = m.name[: cut - m.start].rstrip()
            if _looks_like_name(name) == 1.0:
                m = m._replace(name=name, end=m.start + len(name))
        members.append(m)
    return _List(lst.kind, [p for p in lst.people if p.start not in at], members)


# A presence table ("Parti Namn Närvaro Frånvaro") flattened to one line a page: each row's party, name (perhaps
# a role after a comma, a substitute marked "Ers.") and one X, whose column is lost (`_flat_presence_table`).
# A roll-call and voting list ("Närvaro- och voteringslista") so flattened marks each row "I" (present) or "-"
# (away): "S Kristina Zakrisson I S Siv Gunillasson - SL Helena Partapuoli justerare I"; a role word may stand
# before the mark, and a local party's code ("SL", "KIP") heads its rows.
_RX_FLAT_PRESENCE_ROW = re.compile(
    rf"(?<!\S)(?:(?i:{_PARTY})|[A-ZÅÄÖ]{{2,4}})\s+(?P<ers>Ers\.\s+)?(?P<name>{_NAME_WORD}(?:\s+{_LINK}{_NAME_WORD}){{1,2}})"
    r"(?:,\s*(?P<role>[^,X§]{1,30}?)|\s+(?P<word>[a-zåäö]{4,20}))?\s+(?P<mark>[XI]|-|–)(?=\s|$)")
_FLAT_PRESENCE_LEAST = 5  # rows a table must hold


def _flat_presence_table(parts: list[Part]) -> tuple[list[Person], list[Person]]:
    """Read a flattened presence table (see above): the lines made of such rows, `_FLAT_PRESENCE_LEAST` or more
    covering most of the line (its heading is a page's running head, which the cleaned text drops). Which column
    a row's X stood in is lost, but a member whose row is followed by a substitute's ("M Olle Björkman X M Ers.
    Ulla Björkman X") was replaced: absent; the others and the substitutes were there. ([], []) without such
    lines."""
    rows: list[tuple[Person, bool]] = []
    away: set[int] = set()  # the rows marked "-" in a roll-call list
    for part in parts:
        if " X " not in part.text and " I " not in part.text:
            continue
        found = list(_RX_FLAT_PRESENCE_ROW.finditer(part.text))
        if len(found) < _FLAT_PRESENCE_LEAST or (
                sum(m.end() - m.start() for m in found) * 5 < (len(part.text) - found[0].start()) * 4):
            continue  # (what stands before the first row is the table's heading, a page's running head)
        if not any(m.group("mark") in "XI" for m in found):
            continue  # (dashes only: a run of party codes and names, not a table)
        for m in found:
            note = m.group("role") or m.group("word")
            role = "ersättare" if m.group("ers") else (note.strip() if note else None)
            at = part.start + m.start("name")
            person = Person(m.group("name"), at, at + len(m.group("name")), role=role)
            if m.group("mark") in "-–":
                away.add(at)
            rows.append((person, bool(m.group("ers"))))
    if len(rows) < _FLAT_PRESENCE_LEAST:
        return [], []
    present: list[Person] = []
    absent: list[Person] = []
    for (p, sub), nxt in itertools.zip_longest(rows, rows[1:]):
        if p.start in away or (not sub and nxt is not None and nxt[1]):
            absent.append(p)
        else:
            present.append(p)
    return present, absent


# A scanned copy's label words as its text recognition reads them: "Näruarande ledamöter" ("u" for "v"),
# "Frânvarande", "Niirvarande ledamoter" ("ii" for "ä", "o" for "ö"), "Anrniilt forhinder" ("rn" for "m"),
# "Ovriga"; and a copy that lost its encoding, U+FFFD for each "å", "ä", "ö" ("N\ufffdrvarande:"). Each present or
# absent label is known with its letters so misread (`_ocr_labels_repaired`).
_OCR_READINGS = {"ä": "(?:ä|a|ii|â|á|\ufffd)", "å": "(?:å|a|ii|â|á|\ufffd)", "ö": "(?:ö|o|ô|ó|\ufffd)", "v": "[vu]",
                 "m": "(?:m|rn)"}
_OCR_LABEL_WORDS = tuple(lab for lab, kind in _LABELS if kind in (ListKind.PRESENT, ListKind.ABSENT)
                         and not _OCR_READINGS.keys().isdisjoint(lab))
_RX_OCR_LABEL = re.compile("(?i)(?<!\\w)(?:" + "|".join(
    "(" + "".join(_OCR_READINGS.get(c, re.escape(c)) for c in lab) + ")" for lab in _OCR_LABEL_WORDS) + ")(?!\\w)")
_OCR_LABEL_HINTS = ("arande", "vrig", "rhinder", "amoter", "amöter")  # what a misread label still holds


def _ocr_labels_repaired(parts: list[Part]) -> list[Part] | None:
    """The parts with the misread label words of a scanned copy (`_RX_OCR_LABEL`) written right, as long as
    before (spaces after a label read longer than it is), or None when no label is misread."""
    out = list(parts)
    changed = False
    for k, part in enumerate(parts[:_TOP_PARTS]):
        t = part.text
        if not any(map(t.__contains__, _OCR_LABEL_HINTS)):
            continue

        def _right(m: re.Match[str], t: str = t) -> str:
            lab = _OCR_LABEL_WORDS[(m.lastindex or 1) - 1]
            if m.group(0).casefold() == lab or _RX_DURING_ITEMS.match(t, m.end()):
                return m.group(0)  # (a note on the name before: "Friinvarande under del av punkt 7")
            return (lab[:1].upper() if m.group(0)[:1].isupper() else lab[:1]) + lab[1:] + " " * (len(m.group(0)) - len(lab))

        fixed = _RX_OCR_LABEL.sub(_right, t)
        if fixed != t:
            out[k] = part._replace(text=fixed)
            changed = True
    if not changed:
        return None
    from planner.extract.header import split_long_line  # (here: header imports this module)
    # a flattened page's line was cut at its labels only where they were read right: cut it again at the repaired ones
    # ("... Sid 1 (7) Protokoll fort vid ... Niirvarande ledamoter Ulrika Stuart Hamilton ... Anrniilt forhinder ...")
    return [q for part in out for q in (split_long_line(part.text, part.start, part.level) if len(part.text) >= 150
                                        and not part.flat else [part])]


def find_attendance(doc: Minutes, parts: list[Part], header_end: int) -> tuple[list[Attendee], list[Attendee]]:
    """Return who was present and who was absent, as the attendance lists say; when no list is found, as the lists
    of a scanned copy whose label words were misread say (`_ocr_labels_repaired`)."""
    present, absent = _find_attendance(doc, parts, header_end)
    if not present and not absent:
        repaired = _ocr_labels_repaired(parts)
        if repaired is not None:
            return _find_attendance(doc, repaired, header_end)
    return present, absent


# "Deltagare:" on its own line right before a list's first name, and the paragraph above it (group 1).
_RX_PARTICIPANTS_LABEL_AFTER = re.compile(r"([^\n]{40,})\n[ \t]*\n?[ \t]*Deltagare[ \t]*:?[ \t]*\n?[ \t]*$")
_TRIP_STEMS = frozenset(w.TRIP_PARAGRAPH_STEMS)


def _without_trip_participants(text: str, lists: list[_List]) -> list[_List]:
    """`lists` without a "Deltagare:" list that follows a paragraph telling of a trip or an event ("Diskuterades
    ... resan till Polen. Avfärd ... Deltagare: Inga-Lena Fischer, ..."), when another present list names the
    meeting's attendance ("Närvarande" below): the trip's participants, not the meeting's."""
    present = [lst for lst in lists if lst.kind is ListKind.PRESENT and lst.people]
    if len(present) < 2:
        return lists
    drop: list[_List] = []
    for lst in present:
        start = min(p.start for p in lst.people)
        if "Deltagare" not in text[max(0, start - 400): start]:
            continue  # most lists: no "Deltagare" label right above (the cheap test before the regex)
        m = _RX_PARTICIPANTS_LABEL_AFTER.search(text, max(0, start - 400), start)
        if m is None or m.group(1).rstrip()[-1:] not in ".!)":
            continue
        if not _TRIP_STEMS.isdisjoint(x.lower() for x in _WORD.findall(m.group(1))):
            drop.append(lst)
    if not drop or len(drop) == len(present):
        return lists
    return [lst for lst in lists if not any(lst is d for d in drop)]


def _find_attendance(doc: Minutes, parts: list[Part], header_end: int) -> tuple[list[Attendee], list[Attendee]]:
    """Return who was present and who was absent, as the attendance lists say."""
    parts = [_party_parens_closed(p) for p in parts]
    lists = [_members_not_present(lst) for lst in _collect_lists(doc, parts)]
    lists = _without_trip_participants(doc.clean, lists)
    lists = [_List(lst.kind, _away_by_note(doc.clean, lst.people), lst.members)
             if lst.kind is ListKind.PRESENT and len(lst.people) > 2 else lst for lst in lists]
    present: list[Person] = []
    absent: list[Person] = []
    called: list[Person] = []
    announced: list[Person] = []
    for lst in lists:
        for p in lst.people:
            if lst.kind is ListKind.ABSENT and p.mark is not False and p.role and p.role.startswith(_STANDS_IN):
                present.append(p)  # "Anmält förhinder: Cia Holm (C) ersätts av Dan Lund (C)": the substitute came
            elif lst.kind is ListKind.ABSENT or p.mark is False:
                absent.append(p)
            elif lst.kind is ListKind.PRESENT:
                present.append(p)
            elif lst.kind is ListKind.CALLED:
                called.append(p)
            else:
                announced.append(p)
    # A table with a mark column: rows without a mark were not there.
    if not present and announced:  # "Anmälda till ...": present unless also listed absent
        away = {_norm(p.name) for p in absent}
        present = [p for p in announced if _norm(p.name) not in away]
    if called:
        if present:
            here = {_norm(p.name) for p in present}
            absent.extend(p for p in called if _norm(p.name) not in here and p.mark is not True)
        else:  # "Kallade" and "Frånvarande": the called who were not absent were there
            away = {_norm(p.name) for p in absent}
            present = [p for p in called if p.mark is not False and _norm(p.name) not in away]
    if any(lst.kind is ListKind.PRESENT and not lst.people for lst in lists):
        present.extend(_names_after_label_row(parts))
    if not present and not absent:
        present, absent = _roll_call(parts)
    if not present and not absent:
        present = _pupils_with_classes(parts)
    if not present and not absent:
        present = _unlabelled_list(parts, header_end) or (
            [] if _list_attached(parts) else _functionaries(parts, header_end))
    if not present and not absent:
        present = _met_sentence(parts)
    if not present and not absent:
        present = _cut_label_list(parts)  # "... kl ande Matheus Enholm (SD) Heikki Klaavuniemi (SD),"
    if not present:
        present = _given_names_after_present_label(parts)  # "Närvarande: Martin Evehäll FL 2 Ordförande Nicklas ..."
    joined = "\n".join(part.text for part in parts)  # (one text for the cheap tests below: none holds a newline)
    if "rv" in joined and any("rv" in part.text and ("(" in part.text or "rånv" in part.text) for part in parts):
        marked = _legend_marks(parts)
        if marked:  # a presence table with a legend of its marks: its marks decide, whatever the lists said
            seen = {_norm(p.name) for p in marked}
            present = [p for p in present if _norm(p.name) not in seen] + [p for p in marked if p.mark]
            absent = [p for p in absent if _norm(p.name) not in seen] + [p for p in marked if not p.mark]
    if present and not absent and "rvaro" in joined:
        marked_line = _marked_presence_line(parts)
        if marked_line:  # who the marks say was away; the present lists named who was there
            here = {_norm(p.name) for p in present}
            present.extend(p for p in marked_line if p.mark and _norm(p.name) not in here)
            absent.extend(p for p in marked_line if not p.mark)
    column = _label_column_values(parts)
    if column is not None:  # labels in a column, values after: what the lists read of the values is replaced
        column_present, (lo, hi) = column
        present = column_present + [p for p in present if not lo <= p.start < hi]
    row_lists = _label_row_lists(parts)
    if row_lists is not None:  # labels first, values after: what the lists read of the values is replaced
        row_present, row_absent, (lo, hi) = row_lists
        present = row_present + [p for p in present if not lo <= p.start < hi]
        absent = row_absent + [p for p in absent if not lo <= p.start < hi]
    glued_present, glued_absent, (lo, hi) = _glued_mark_table(parts)
    if glued_present:  # its rows, not what a list read of them or of its heading row ("Närvaro§§§§")
        seen = {_norm(p.name) for p in glued_present + glued_absent}

        def _other(p: Person) -> bool:
            return _norm(p.name) not in seen and "§" not in p.name and not lo <= p.start < hi

        present = glued_present + [p for p in present if _other(p)]
        absent = glued_absent + [p for p in absent if _other(p)]
    if " X " in joined or " I " in joined:
        table_present, table_absent = _flat_presence_table(parts)
        if table_present:  # "Parti Namn Närvaro Frånvaro Fp Jan Glimstedt, Ordförande X ... M Ers. Erik Sved X"
            seen = {_norm(p.name) for p in table_present + table_absent}
            present = table_present + [p for p in present if _norm(p.name) not in seen]
            absent = table_absent + [p for p in absent if _norm(p.name) not in seen]
    if "Frånvarande " in doc.clean:
        away_spans = _stacked_label_absent_spans(doc.clean)
        if away_spans:  # "Beslutande Frånvarande ... Nordberg Mika, .... Ekholm Marie, ...": the second list is who was away
            absent.extend(p for p in present if any(lo <= p.start < hi for lo, hi in away_spans))
            present = [p for p in present if not any(lo <= p.start < hi for lo, hi in away_spans)]
    present, stood_in_for = _named_after_replaced(doc, present)
    absent.extend(stood_in_for)
    absent.extend(_replaced(doc, present, absent))
    absent.extend(_excused(parts, present, absent))
    if present and any(lst.members for lst in lists):  # members named in notes, not read from a role
        # (a member listed present with a role word read before the name, "Ordförande Hans Lobell (M) 1-10", is
        # known by the name: replaced for part of the meeting, there for the rest)
        seen = {_norm(_without_label_tail(p).name) for p in present} | {_norm(p.name) for p in absent}
        for lst in lists:
            for m in lst.members:
                if _norm(m.name) not in seen:
                    seen.add(_norm(m.name))
                    absent.append(m)
    if present:
        present.extend(_values_after_label_row(parts))
        present.extend(_rows_above_labels(parts))
        present.extend(_tagged_rows_above_label(parts))
        present.extend(_groups_above_present_label(parts))
        present.extend(_continued_on_next_page(parts, max(present, key=attrgetter("end"))))
    present = [_without_name_notes(_without_stray_paren(_without_label_tail(p))) for p in present]
    absent = [_without_name_notes(_without_stray_paren(_without_label_tail(p))) for p in absent]
    present, absent = _split_at_stops(present), _split_at_stops(absent)
    present = [p for p in present if not _in_a_sentence(p)]
    absent = [p for p in absent if not _in_a_sentence(p)]
    present, absent = _names_in_organisation(doc, present), _names_in_organisation(doc, absent)
    present, absent = _roled_name_in_organisation(doc, present), _roled_name_in_organisation(doc, absent)
    present, apart = _told_apart(doc, present)
    return ([_attendee(doc, p) for p in _unique(present, apart)
             if not _is_document(p) and not _is_role_only(doc, p) and not _on_web_frame_line(doc, p)],
            [_attendee(doc, p) for p in _unique(absent)
             if not _is_document(p) and not _is_role_only(doc, p) and not _on_web_frame_line(doc, p)])


# A flattened label column of a municipal front page: the present label and the absent label, or the absent label
# and the others' ("Beslutande Frånvarande", "Frånvarande Övriga närvarande"), without colons and run together
# before their values, which follow in the same order, each list closed by a full stop ("Sammanträdesplats
# Beslutande Frånvarande 16.1.2018 kl. 19:00 19:45. Kommunkansliet Nordberg Mika, ordförande, ..., Holmberg Sarah,
# ersättare. Ekholm Marie, Högman Gyrid, ..., Valve Wille. Övriga ..."). Group 1 the label before the absent one.
_STACKED_ABSENT_LABEL = re.compile(
    r"(?<![\w:-])(?:(Beslutande|Närvarande|Ledamöter)[ \t]+Frånvarande|Frånvarande[ \t]+(?=Övriga[ \t]+närvarande\s))")
# Where a list of the values ends: a full stop before the next capitalised word.
_LIST_STOP = re.compile(r"\.\s+(?=[A-ZÅÄÖ])")
_STACKED_LIST_COMMAS = 2  # a piece with fewer commas is a date, a time or a place, no list


def _stacked_label_absent_spans(text: str) -> list[tuple[int, int]]:
    """The `[start, end)` of each absent list under a flattened label column (`_STACKED_ABSENT_LABEL`) in `text`:
    the lists are the pieces of the line between full stops that hold commas, the absent one the second after
    "Beslutande Frånvarande" and the first after "Frånvarande Övriga närvarande"."""
    spans: list[tuple[int, int]] = []
    for m in _STACKED_ABSENT_LABEL.finditer(text):
        order = 1 if m.group(1) else 0
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        pos, lists = m.end(), []
        for stop in _LIST_STOP.finditer(text, pos, line_end):
            if text.count(",", pos, stop.start()) >= _STACKED_LIST_COMMAS:
                lists.append((pos, stop.start()))
                if len(lists) > order:
                    break
            pos = stop.end()
        if len(lists) > order:
            spans.append(lists[order])
    return spans


# The verb before a member whom a substitute stood in for, opening the entry: "Mona Hallberg (M) Ersatte Eva
# Aspman (S)", a flattened column "Ersatte Eva Aspman (S) Ersatte Gabriel Sandberg (S)".
_RX_REPLACED_BEFORE = re.compile(r"(?:^|(?<=\s))(?:[Ee]rsatte|ERSATTE)\s+$")


def _named_after_replaced(doc: Minutes, present: list[Person]) -> tuple[list[Person], list[Person]]:
    """Split the people read as present into those there and those named right after "Ersatte" (whom someone
    stood in for: called but not there, so absent). The verb read into the entry as its organisation goes."""
    if "rsatte" not in doc.clean and "RSATTE" not in doc.clean:
        return present, []  # most minutes
    there: list[Person] = []
    away: list[Person] = []
    for p in present:
        if _RX_REPLACED_BEFORE.search(doc.clean, max(0, p.start - 10), p.start):
            org = None if p.organisation and p.organisation.casefold() == "ersatte" else p.organisation
            away.append(p._replace(organisation=org, role=None))
        else:
            there.append(p)
    return there, away


# More names read as an entry's organisation, joined by "och" or "samt" in a sentence-like list: "Närvarande: Göran
# Ekström, Marie Sollengren och Rolf Karlsson från arbetsgruppen samt inbjuden ..." gives "Göran Ekström" with
# the organisation "Marie Sollengren och Rolf Karlsson från arbetsgruppen ...".
_RX_NAMES_AS_ORGANISATION = re.compile(
    rf"({_PLAIN_NAME.pattern})((?:\s*,\s*{_PLAIN_NAME.pattern})*)\s+(?:och|samt)\s+({_PLAIN_NAME.pattern})(?![\w-])")


def _names_in_organisation(doc: Minutes, people: list[Person]) -> list[Person]:
    """The people named in what was read as an entry's organisation (`_RX_NAMES_AS_ORGANISATION`), each name
    opening with a known given name, after the entry; the entry keeps no organisation."""
    out: list[Person] = []
    for p in people:
        org = p.organisation
        m = _RX_NAMES_AS_ORGANISATION.match(org) if org and (" och " in org or " samt " in org) else None
        names = [m.group(1), *[x.strip() for x in m.group(2).split(",") if x.strip()], m.group(3)] if m else []
        if not names or not all(_is_given(x.split()[0]) and _looks_like_name(x) >= 1.0 for x in names):
            out.append(p)
            continue
        out.append(p._replace(organisation=None))
        at = p.end
        for x in names:
            start = doc.clean.find(x, at, at + 400)
            if start < 0:
                start = at
            out.append(Person(x, start, start + len(x)))
            at = start + len(x)
    return out


# A pupils' council's present list: each pupil by given name and school class ("Närvarande: Denise 2A, Saga 2B,
# Johanna 1-5A, ..., Felicia 6B, Ann-Sofie husmor och Åsa"); an adult by given name, perhaps with a lower-case
# title.
_RX_PUPIL_ENTRY = re.compile(r"\s*([A-ZÅÄÖ][a-zåäöé]+(?:-[A-ZÅÄÖ][a-zåäöé]+)?)"
                             r"(?:\s+(\d{1,2}(?:\s*-\s*\d{1,2})?[A-Fa-f]))?(?:\s+(?!och\b|samt\b)([a-zåäö]{3,}))?(?=[\s,.]|$)")
_RX_PUPIL_SEPARATOR = re.compile(r"\s*,\s*|\s+(och|samt|&)\s+")
_PUPILS_LEAST = 3  # pupils with a class the list must name


def _pupils_with_classes(parts: list[Part]) -> list[Person]:
    """Without other lists: the names of a present list whose entries are given names and school classes (see
    `_RX_PUPIL_ENTRY`), up to the last after "och" or the first that is no such entry. A name without a class
    must be a known given name; the list must name `_PUPILS_LEAST` classes, for half its entries or more."""
    for part in parts[:_TOP_PARTS]:
        t = part.text
        if ":" not in t or not _has_label_word(t):
            continue
        labels = [(kind, body) for _, kind, body in _inline_labels(t)]
        head = label_of(t)
        if head is not None:
            labels.insert(0, head)
        for kind, body in labels:
            if kind is not ListKind.PRESENT:
                continue
            people: list[Person] = []
            classes = 0
            pos = body
            last = False  # the entry after "och" ends the list
            while True:
                m = _RX_PUPIL_ENTRY.match(t, pos)
                if m is None or not (m.group(2) or _is_given(m.group(1))):
                    break
                people.append(Person(m.group(1), part.start + m.start(1), part.start + m.end(1)))
                classes += bool(m.group(2))
                sep = None if last else _RX_PUPIL_SEPARATOR.match(t, m.end())
                if sep is None:
                    break
                last = sep.group(1) is not None
                pos = sep.end()
            if classes >= _PUPILS_LEAST and 2 * classes >= len(people):
                return people
    return []


# A passive verb in the past and a preposition after a name and a comma: the name is the subject of a sentence run
# on after a list ("... Ulrica Adelbris, projektledare ESF-projektet, adjungerades till dagens styrgruppsmöte."),
# read as an entry with the clause as its organisation.
_RX_PASSIVE_CLAUSE = re.compile(r"[a-zåäö]{3,}(?:ades|des|tes)\s+(?:till|som|av|i|vid|för|från|under)\b")


def _in_a_sentence(p: Person) -> bool:
    """Whether `p` was read out of a sentence: its organisation a clause of a passive verb (`_RX_PASSIVE_CLAUSE`)."""
    org = p.organisation
    if not org or not org[:1].islower() or ("des " not in org and "tes " not in org):
        return False  # most entries
    return _RX_PASSIVE_CLAUSE.match(org) is not None


# A name and its role without a comma between, read as the entry before's organisation: "Ulf Kinnemar, president,
# Hans Fridh kassör, ..." gives "Ulf Kinnemar" with the organisation "Hans Fridh kassör".
_RX_NAME_THEN_ROLE_WORD = re.compile(rf"({_PLAIN_NAME.pattern})\s+([a-zåäö][a-zåäö.-]+)")


def _roled_name_in_organisation(doc: Minutes, people: list[Person]) -> list[Person]:
    """The person named with a role in what was read as an entry's organisation (`_RX_NAME_THEN_ROLE_WORD`): the
    name opens with a known given name, the role is a known role or title; the entry keeps no organisation."""
    out: list[Person] = []
    for p in people:
        org = p.organisation
        m = _RX_NAME_THEN_ROLE_WORD.fullmatch(org) if org and org[:1].isupper() and " " in org else None
        if m is None or not _is_given(m.group(1).split()[0]) or not _is_title_word(m.group(2)) \
                or _looks_like_name(m.group(1)) < 1.0:
            out.append(p)
            continue
        start = doc.clean.find(m.group(1), p.end, p.end + 200)
        start = p.end if start < 0 else start
        out.append(p._replace(organisation=None))
        out.append(Person(m.group(1), start, start + len(m.group(1)), role=m.group(2).rstrip(".")))
    return out


def _split_at_stops(people: list[Person]) -> list[Person]:
    """Split what was read as one name where whole names are separated by full stops instead of commas
    ("Frånvarande: Sven-Yngve Persson. Per-Arne Håkansson"): each piece a plain name of two to four words. The
    entry's organisation, party and role go with the last name, which they follow. (Not "Bo E. Berg": an
    initial is no plain name.)"""
    if not any(". " in p.name for p in people):
        return people  # most lists
    out: list[Person] = []
    for p in people:
        pieces = p.name.split(". ") if ". " in p.name else None
        if not pieces or not all(_PLAIN_NAME.fullmatch(x) and _plain_name_alone(x) for x in pieces):
            out.append(p)
            continue
        at = p.start
        for x in pieces[:-1]:
            out.append(Person(x, at, at + len(x)))
            at += len(x) + 2
        out.append(p._replace(name=pieces[-1], start=at, end=at + len(pieces[-1])))
    return out


# A scanned copy's "q" read for "g" ("Adjunqerad", "Skoqsberg"): Swedish words hardly hold a "q", so a role word
# is also known with its "q" read as "g".
_OCR_Q_AS_G = str.maketrans("q", "g")


_FLATTENED_SLACK = 40  # characters a line holds beyond one entry when it is a flattened run of many


def _is_role_only(doc: Minutes, p: Person) -> bool:
    """Whether what was read as a name inside a flattened line is only role words: "Ledamot", "Adjunqerad
    Ledamot" (a flattened column of roles after a label such as "Ersättare"). (On a line of its own a role is
    the attendee: "- Kassör" in a list of the posts present.)"""
    words = p.name.casefold().translate(_OCR_Q_AS_G).split()
    if not words or not all(x in _ROLE_WORDS or x.endswith(_ROLE_SUFFIX_ENDS) for x in words):
        return False
    begin = doc.clean.rfind("\n", 0, p.start) + 1
    end = doc.clean.find("\n", p.start)
    return (len(doc.clean) if end < 0 else end) - begin > len(p.name) + _FLATTENED_SLACK


# A roll call flattened into running text: the name and party column heads, then "Name party" entries
# ("Förnamn Efternamn Partibeteckning Suzanne Frank m Anna Fransson s ..."), and a sentence naming who of
# them was not there ("samtliga ordinarie ledamöter närvarande förutom A och B") and who came in their place
# ("I deras ställe hade kallats in C och D").
_ROLL_CALL_HEAD = re.compile(
    r"(?i:\b(?:" + "|".join(re.escape(x) for x in w.NAME_COLUMN_WORDS) + r")(?:\s+(?:"
    + "|".join(re.escape(x) for x in w.NAME_COLUMN_WORDS) + r"))*\s+(?:"
    + "|".join(re.escape(x) for x in sorted(w.PARTY_COLUMN_WORDS, key=len, reverse=True)) + r"))(?=\s+[A-ZÅÄÖ])")
_ROLL_CALL_ENTRY = re.compile(
    rf"\s*({_NAME_WORD}(?:\s+{_LINK}{_NAME_WORD}){{1,3}})\s+\(?((?i:{_PARTY}))\)?(?=\s|$)")
_PAGE_LEAD = re.compile(r"\s*(?:\d{1,3}\s+)?\d{1,3}(?:\s*\(\d{1,3}\))?\s+(?=[A-ZÅÄÖ])")  # "2 2(36) " opening a page
_ROLL_CALL_LEAST = 4  # entries a run must hold to be a roll call
_ALL_PRESENT_BUT = re.compile(
    r"(?i:samtliga|alla)\s+(?i:ordinarie\s+)?(?i:ledamöter(?:na)?)\s+(?:(?:var|är|varit)\s+)?(?i:närvarande)"
    rf"(?:\s+vid\s+uppropet)?\s+(?:förutom|utom|med\s+undantag\s+(?:av|för))\s+{_NAMES}")
_IN_THEIR_PLACE = re.compile(
    r"(?i:i\s+(?:deras|hans|hennes|dennes)\s+ställe)\s+(?:(?:"
    + "|".join(re.escape(v) for v in sorted(w.IN_PLACE_VERBS, key=len, reverse=True))
    + r")\s+)(?:(?i:ersättarna|ersättaren)\s+)?" + _NAMES)


def _roll_call_run(text: str, base: int) -> list[Person]:
    """Read the "Name party" entries right after the start of `text`, up to the first that is not one."""
    people: list[Person] = []
    pos = 0
    while True:
        m = _ROLL_CALL_ENTRY.match(text, pos)
        if m is None or not _looks_like_name(m.group(1)):
            break
        name = " ".join(m.group(1).split())
        people.append(Person(name, base + m.start(1), base + m.end(1), party=m.group(2).upper()))
        pos = m.end()
    return people


def _named_in(m: re.Match[str], base: int) -> list[Person]:
    """The names of a sentence's `_NAMES` group: "A, B och C"."""
    out: list[Person] = []
    names, off = m.group(1), m.start(1)
    for piece_m in _RX_FUNCTIONARIES_1.finditer(names):
        piece = _RX_SPLIT_NAMES_2.sub("", piece_m.group(0)).strip()
        if piece and _looks_like_name(piece) >= 1.0:
            s = base + off + piece_m.start() + piece_m.group(0).find(piece)
            out.append(Person(piece, s, s + len(piece)))
    return out


def _roll_call(parts: list[Part]) -> tuple[list[Person], list[Person]]:
    """Read a roll call flattened into running text (`_ROLL_CALL_HEAD`): the members listed, less those a
    sentence after it says were not there (absent), plus those called in their place (present)."""
    for k, part in enumerate(parts):
        if "amn" not in part.text:  # every name column head ends so ("förnamn", "namn")
            continue
        head = _ROLL_CALL_HEAD.search(part.text)
        if head is None:
            continue
        members = _roll_call_run(part.text[head.end():], part.start + head.end())
        j = k + 1
        while members and j < len(parts) and j <= k + 3:  # the run goes on after a page break
            t = parts[j].text
            if not t.strip():
                j += 1
                continue
            lead = _PAGE_LEAD.match(t)
            more = _roll_call_run(t[lead.end() if lead else 0:], parts[j].start + (lead.end() if lead else 0))
            if not more:
                break
            members.extend(more)
            j += 1
        if len(members) < _ROLL_CALL_LEAST:
            continue
        away: list[Person] = []
        came: list[Person] = []
        for t_part in [part, *parts[k + 1:j + 1]]:
            for m in _ALL_PRESENT_BUT.finditer(t_part.text):
                away.extend(_named_in(m, t_part.start))
            for m in _IN_THEIR_PLACE.finditer(t_part.text):
                came.extend(_named_in(m, t_part.start))
        gone = {_norm(p.name) for p in away}
        by_name = {_norm(p.name): p for p in members}
        absent = [by_name.get(_norm(p.name), p) for p in away]
        return [p for p in members if _norm(p.name) not in gone] + came, absent
    return [], []


# A presence table whose cells ran together when it was turned to text: a heading row of glued column heads
# ("Ordinarie ledamöterTjgEj tjgJANEJJANEJ"), then one row a line with its mark glued to the party
# ("Anna Ek (C)X"); a row without a mark was not there. Notes of paragraphs ("§§ 12-13", "X") stand on lines
# of their own, and a long name may break over two lines ("Björn\nCelind (C)").
_GLUED_HEADS = sorted(w.GLUED_COLUMN_HEADS, key=len, reverse=True)
_GLUED_HEAD_ROW = re.compile(r"(?i:(?:" + "|".join(re.escape(h) for h in _GLUED_HEADS) + r")\s*){3,}")
_GLUED_ROW = re.compile(
    rf"\s*((?:{_NAME_WORD}\s+)?{_NAME_WORD}(?:\s+{_LINK}{_NAME_WORD}){{0,3}})\s*\(\s*((?i:{_PARTY}))\s*\)"
    r"\s*([Xx✓✔])?\s*(?:§.*)?$")
_GLUED_NOTE = re.compile(r"\s*(?:[Xx✓✔]|§+|[\d\s,–-]+|§+\s*[\d\s,–-]+)\s*$")
_GLUED_GROUP = re.compile(r"\s*(?i:(ordinarie\s+ledamöter|ledamöter|ersättare|beslutande))\s*$")
_GLUED_ONE_WORD = re.compile(rf"\s*{_NAME_WORD}\s*$")


def _is_glued_head_row(text: str) -> bool:
    """Tell whether `text` is a heading row of glued column heads and nothing else ("TjgEj tjgJANEJ")."""
    m = _GLUED_HEAD_ROW.fullmatch(text.strip())
    return m is not None and any(c.isupper() for c in text[1:])  # glued: a capital inside, not one phrase


def _glued_mark_table(parts: list[Part]) -> tuple[list[Person], list[Person], tuple[int, int]]:
    """Read the rows of every glued presence table (`_GLUED_HEAD_ROW`): marked rows present, unmarked
    ones absent, and the `[start, end)` range the rows take. Nothing unless some row carries a mark."""
    present: list[Person] = []
    absent: list[Person] = []
    rows: list[Person] = []
    span = [1 << 62, -1]  # where the rows stand in `clean`
    n = len(parts)
    k = 0
    while k < n:
        t = parts[k].text
        if len(t) > 80 or "j" not in t or not _is_glued_head_row(t):  # "Tjg", "JA", "NEJ"
            k += 1
            continue
        group = None
        for back in range(k - 1, max(-1, k - 3), -1):
            g = _GLUED_GROUP.match(parts[back].text)
            if g:
                group = g.group(1).casefold()
                break
        k += 1
        pending: Part | None = None  # a lone given name, whose surname opens the next line
        while k < n:
            part = parts[k]
            t = part.text
            if not t.strip():
                k += 1
                continue
            row = _GLUED_ROW.match(t)
            if row is not None:
                name, start = " ".join(row.group(1).split()), part.start + row.start(1)
                if pending is not None and len(row.group(1).split()) == 1:
                    name, start = pending.text.strip() + " " + name, pending.start + len(pending.text) - len(
                        pending.text.lstrip())
                pending = None
                end = part.start + row.end(1)
                role = "ersättare" if group == "ersättare" else None
                person = Person(name, start, end, party=row.group(2).upper(), role=role, mark=row.group(3) is not None)
                (present if person.mark else absent).append(person)
                rows.append(person)
                span[0], span[1] = min(span[0], start), max(span[1], end)
            elif _GLUED_NOTE.match(t):
                last = absent[-1] if absent else None
                if "x" in t.casefold() and last is not None and rows and rows[-1] is last:
                    # "Lars Ljung (M)" / "§§ 14-22" / "X": the mark after the notes is the row's
                    absent.pop()
                    rows[-1] = last._replace(mark=True)
                    present.append(rows[-1])
            elif _GLUED_ONE_WORD.match(t) and pending is None:
                pending = part
            else:
                break
            k += 1
    if not present:
        return [], [], (0, 0)
    return present, absent, (span[0], span[1])


# "Anna-Lena Cederström regiondirektör Ingrid Ljungqvist kanslichef ...": each name followed by its title
# in lower case, without commas, as a flattened two-column list of officials writes them.
_NAME_THEN_OWN_ROLE = re.compile(
    rf"\s*({_NAME_WORD}(?:\s+{_LINK}{_NAME_WORD}){{1,2}})\s+((?:[a-zåäö][\w/-]*|&)(?:\s+(?:[a-zåäö][\w/-]*|&))*)\s*")
_OWN_ROLES_LEAST = 3  # pairs a run must hold
_ROLE_THEN_NAME = re.compile(rf"\s*([A-ZÅÄÖ][a-zåäö]+)\s+({_NAME_WORD}(?:\s+{_LINK}{_NAME_WORD}){{1,2}})(?:\s+[a-zåäö]+)*\s*")


def _own_roles_run(text: str, base: int) -> tuple[list[Person], int]:
    """Read "Name title Name title ..." (`_NAME_THEN_OWN_ROLE`) from the start of `text`, each title holding a
    word of a title ("enhetschef", "utredare trafik & infrastruktur"); a capitalised role before a name
    ("Sekreterare Andréa Hellsberg") may close the run. Return the persons and where the run ends."""
    people: list[Person] = []
    pos = 0
    n = len(text)
    while pos < n:
        m = _NAME_THEN_OWN_ROLE.match(text, pos)
        if m is None or not any(_is_title(x) for x in m.group(2).split() if x != "&") \
                or _looks_like_name(m.group(1)) < 1.0:
            if len(people) >= _OWN_ROLES_LEAST:
                last = _ROLE_THEN_NAME.match(text, pos)
                if last and last.group(1).casefold() in _ROLE_WORDS and _looks_like_name(last.group(2)) >= 1.0:
                    s = base + last.start(2)
                    people.append(Person(last.group(2), s, s + len(last.group(2)), role=last.group(1).casefold()))
                    pos = last.end()
            break
        s = base + m.start(1)
        people.append(Person(m.group(1), s, s + len(m.group(1)), role=m.group(2)))
        pos = m.end()
    return (people, pos) if len(people) >= _OWN_ROLES_LEAST else ([], 0)


_OFFICIAL_ENDINGS = tuple(w.OFFICIAL_TITLE_ENDINGS)
_UNIT_RUN_LEAST = 3  # entries a run of officials with their units must hold
_UNIT_MOST_WORDS = 6


# The member's posts of a body: no official's title ("Madeleine Rosenqvist ej tjänstgörande ersättare Anders ...").
_MEMBER_POST_ENDINGS = ("ersättare", "ledamot", "suppleant", "ordförande")


def _is_official_title(word: str) -> bool:
    return word[:1].islower() and not word.endswith(_MEMBER_POST_ENDINGS) and (
        _is_title(word) or word.endswith(_OFFICIAL_ENDINGS) or word.endswith(_ACADEMIC_ENDINGS))


def _titled_unit_run(text: str, base: int) -> list[Person]:
    """Read officials run together, each "Name title Unit" with or without commas, as a flattened column of
    officials writes them: "Alf Iwarson avdelningschef Gatuavdelningen Christer Norberg avdelningschef
    Persontransportavdelningen ... Dzenan Ganic verksamhetsutvecklare, Arbetslivsförvaltningen, Lisbeth Rehnlund
    sekreterare". Each title is one to three lower-case words, the last a title; the name is the two capitalised
    words before it (three when the first of them is a known given name and the second is not). The first name
    opens the text; each unit is up to six words without digits, not beginning with a known given name (a name
    left over); a member's post ("ersättare") is no title here; three entries at least, most names beginning
    with a known given name. The title is the role, the unit the organisation."""
    tokens = list(_TOKEN.finditer(text))
    words = [t.group(0).rstrip(",") for t in tokens]
    entries: list[tuple[int, int, int]] = []  # (first name token, first title token, token after the title)
    k = 0
    while k < len(tokens):
        if not words[k][:1].islower():
            k += 1
            continue
        j = k
        while j < len(tokens) and words[j][:1].islower() and not tokens[j].group(0).endswith(","):
            j += 1
        end = j + 1 if j < len(tokens) and words[j][:1].islower() else j  # the title's last word has the comma
        if end - k <= 3 and _is_official_title(words[end - 1]) and k >= 2:
            first = k - 2
            if k >= 3 and _is_given(words[k - 3]) and not _is_given(words[k - 2]):
                first = k - 3
            entries.append((first, k, end))
        k = end
    if len(entries) < _UNIT_RUN_LEAST or entries[0][0] != 0:
        return []
    people: list[Person] = []
    for n, (first, title, after) in enumerate(entries):
        unit_end = entries[n + 1][0] if n + 1 < len(entries) else len(tokens)
        if unit_end < after or unit_end - after > _UNIT_MOST_WORDS:
            return []
        name = text[tokens[first].start(): tokens[title - 1].end()]
        unit = " ".join(words[after:unit_end]).strip(" ,") or None
        if any(t.group(0).endswith(",") for t in tokens[first: title]) or not _RX_NAME_3.fullmatch(name) \
                or (unit is not None and (any(map(str.isdigit, unit)) or _is_given(unit.split()[0]))):
            return []
        s = base + tokens[first].start()
        people.append(Person(name, s, s + len(name), organisation=unit,
                             role=" ".join(words[title: after]).strip(" ,")))
    given = sum(_is_given(p.name.split(None, 1)[0]) for p in people)
    return people if 2 * given > len(people) else []


def _names_with_own_roles(text: str, base: int) -> list[Person]:
    """`_own_roles_run` when it reads the whole of `text`."""
    people, end = _own_roles_run(text, base)
    return people if people and not text[end:].strip() else []


# Label words that open the next list of a flattened header, capitalised: never the last word of a name
# ("Kalle Sandström (S) Tjänstgörande Helene Nordin (Mp) för ...": the label of the substitutes' list).
# ("... Anders Unger, Helen Hägglund Justering Justerare Underskrifter": the labels closing the header.)
_LABEL_TAIL_WORDS = frozenset(h for h in _HEAD_WORDS | _END_HEADS if len(h) > 6 and " " not in h)


def _without_label_tail(p: Person) -> Person:
    """`p` without a label word read as the last word of its name (`_LABEL_TAIL_WORDS`), and without a
    capitalised role word read as its first (`_HEAD_ROLE_WORDS`)."""
    head, _, last = p.name.rpartition(" ")
    if head.count(" ") >= 1 and last[:1].isupper() and last.casefold() in _LABEL_TAIL_WORDS:
        p = p._replace(name=head, end=p.start + len(head))
    first, _, rest = p.name.partition(" ")
    if first[:1].isupper() and first.casefold() in _HEAD_ROLE_WORDS and _RX_NAME_AFTER_ROLE.fullmatch(rest):
        return p._replace(name=rest, start=p.end - len(rest))
    return p


# Notes a flattened list leaves after a name: the paragraphs or hours served ("Ulla-Karin Jönsson 1-23", "Ove
# Andersson §§ 88-89", "Anders Unger 1-2, 4-5") and the short marks of a column ("Niklas Nilsson Kl", "Pelle
# Lundgren Kl Tjg": the time and serving columns).
_RX_NAME_NOTE_TAIL = re.compile(
    r"(?:\s+(?:§+\s*)?\d{1,3}(?:\s*[-–]\s*\d{1,3})?(?:\s*,\s*\d{1,3}(?:\s*[-–]\s*\d{1,3})?)*"
    r"|\s+(?i:kl|tjg|tj)\.?)+$")
_RX_NAME_3 = re.compile(rf"{_NAME_WORD}(?:\s+{_LINK}{_NAME_WORD}){{1,2}}")


def _without_name_notes(p: Person) -> Person:
    """`p` without the notes of paragraphs, hours or columns read as the end of its name (`_RX_NAME_NOTE_TAIL`),
    without a lower-case role read as its last word ("Sara Björkman miljöchef"), and without a title read as
    its first word ("Landstingsdirektör Börje Lindqvist", "Kommundirektör Kjell
    Johansson": a word with a role's ending), which becomes its role. What is left must be a name of two or three
    words."""
    tail = _RX_NAME_NOTE_TAIL.search(p.name)
    if tail is not None and _RX_NAME_3.fullmatch(p.name[: tail.start()]):
        p = p._replace(name=p.name[: tail.start()], end=p.start + tail.start())
    head, _, last = p.name.rpartition(" ")
    if last.casefold().endswith(_ROLE_ENDINGS) and last[1:].islower() and _RX_NAME_3.fullmatch(head):
        # "Sara Björkman miljöchef", "Catarina Harden Controller": the role after the name without a comma
        p = p._replace(name=head, end=p.start + len(head), role=p.role or last.casefold())
    first, _, rest = p.name.partition(" ")
    low = first.casefold()
    if first[:1].isupper() and low.endswith(_ROLE_ENDINGS) and low not in _ROLE_ENDINGS \
            and _RX_NAME_3.fullmatch(rest):
        return p._replace(name=rest, start=p.end - len(rest), role=p.role or low)
    return p


def _without_stray_paren(p: Person) -> Person:
    """`p` without a closing parenthesis left after its name by a doubled one ("Hans Lindell (M))")."""
    if p.name.endswith(")") and "(" not in p.name:
        name = p.name.rstrip(") ")
        if " " in name:
            return p._replace(name=name, end=p.start + len(name))
    return p


# A table's role column flattened between the names: "Catarina Engström (mp) Ordförande Hans Lobell (m) ...";
# the role is the row's before, not the first word of the next name. One-word roles of four letters or more.
_HEAD_ROLE_WORDS = frozenset(r for r in w.ROLE_WORDS if " " not in r and "." not in r and len(r) > 3)
_RX_NAME_AFTER_ROLE = re.compile(rf"{_NAME_WORD}(?:\s+{_LINK}{_NAME_WORD}){{1,2}}")


# A flattened header that writes its labels in a row and the values after them: "... Övriga Utsedd att justera"
# ends one line, "Justeringens plats och tid Peter Lindvall, regiondirektör, RSF, Anna Malm, stadssekreterare,
# RSF, 104, ..." opens the next. The run of "Name, title[, unit][, paragraphs]," entries is the present
# label's list, wherever the closing labels stand between.
_OFFICIAL_PIECE = re.compile(
    rf"\s*({_NAME_WORD}(?:\s+{_LINK}{_NAME_WORD}){{1,2}}),\s*([a-zåäö][a-zåäö.-]*(?:\s+[a-zåäö][a-zåäö.&-]*){{0,3}})"
    r"(?:,\s*[A-ZÅÄÖ]{2,5}(?=[,\s]|$))?(?:,\s*(?:§+\s*)?\d{1,3}(?:\s*[-–]\s*\d{1,3})?(?=[,\s]|$))*(?=[,\s]|$),?")
_OFFICIALS_LEAST = 3  # entries the run must hold
_LOWER_LABEL = re.compile(r"[A-ZÅÄÖ][a-zåäö]+(?:\s+[a-zåäö]+)+\s*")  # "Utsedd att justera": a label, no name
_FIRST_OFFICIAL = re.compile(rf"(?<!\S){_NAME_WORD}\s+(?:{_LINK}{_NAME_WORD}\s+)?{_NAME_WORD},\s*[a-zåäö]")


def _official_run(text: str, base: int) -> list[Person]:
    """Read the "Name, title[, unit][, paragraphs]," entries at the start of `text` (`_OFFICIAL_PIECE`); most
    titles must read as titles, `_OFFICIALS_LEAST` entries at least."""
    people: list[Person] = []
    pos = 0
    while True:
        m = _OFFICIAL_PIECE.match(text, pos)
        if m is None or _looks_like_name(m.group(1)) < 1.0:
            break
        s = base + m.start(1)
        people.append(Person(m.group(1), s, s + len(m.group(1)), role=m.group(2)))
        pos = m.end()
    titled = sum(1 for p in people if any(_is_title(x) for x in (p.role or "").split()))
    return people if len(people) >= _OFFICIALS_LEAST and titled * 3 >= len(people) * 2 else []


def _closing_labels_end(text: str, pos: int = 0) -> int:
    """Where the closing labels that open `text` at `pos` end, with the lower-case words of theirs ("Justeringens
    plats och tid Underskrifter sekreterare"): `pos` when none opens it."""
    while True:
        m = _END_LABEL_WORD.match(text, pos + len(text[pos:]) - len(text[pos:].lstrip()))
        if m is None:
            return pos
        pos = m.end()
        lower = _RX_LOWER_WORDS.match(text, pos)
        pos = lower.end() if lower else pos


def _opens_with_name(text: str) -> bool:
    """Whether `text` opens with a name of two words: capitalised, neither a role nor a label ("Sekreterare
    Ordförande" is a row of labels)."""
    words = [x.strip(",.") for x in text.split()[:2]]
    if len(words) < 2 or _looks_like_name(" ".join(words)) < 1.0:
        return False
    return not any(_norm(x) in _ROLE_WORDS or _norm(x).endswith(_ROLE_SUFFIX_ENDS) or not x.isalpha() and "-" not in x
                   for x in words)


_RX_LOWER_WORDS = re.compile(r"(?:\s+[a-zåäö]+)+(?=\s|$)")


_EMPTY_LABEL_LONGEST = 50  # characters of the longest label part without entries ("Närvarande ej tjänstgörande ...:")


_ROW_LABELS_MOST = 4  # labels of one row of column heads


def _label_row_kind(text: str) -> tuple[ListKind, int] | None:
    """The kind of the first label of `text` and its length when `text` is only labels side by side, two or more,
    as a row of column heads flattened into one line writes them ("Beslutande Ej tjänstgörande ersättare",
    "Ledamöter Ersättare Övriga närvarande"); None when anything else stands among them ("Beslutande Anna Ek")."""
    first: ListKind | None = None
    at = 0
    for _ in range(_ROW_LABELS_MOST):
        lab = label_of(text[at:], colon_required=False)
        if lab is None:
            return None
        first = first or lab[0]
        at += lab[1]
        if not text[at:].strip(" :"):
            return (first, len(text)) if at > lab[1] else None
    return None


def _names_after_label_row(parts: list[Part]) -> list[Person]:
    """The names of the last lists of a row of labels split into lines of their own, whose values follow
    closing labels in one run: "Övriga närvarande" / "Ersättare" / "Justeringens plats och tid" / "Underskrifter
    sekreterare Magnus Gustafsson (M) Börje Forss (FP) Joakim Svensson, trafikadministratör ...", or "Beslutande" /
    "Övriga deltagande" / "Utses att justera Norrtäljesalen, ... 2014 kl enligt bifogad närvarolista Kerstin
    Stambert, sekreterare Peter Graf, ..." (the first list's names elsewhere; the next list's follow that
    phrase). Read after an empty present label, up to the next closing label; the first entry must be a name.
    The labels of a row may end in closing labels, and the signing's place and time follow them ("Övriga
    närvarande" / "Ersättare Tjänstepersoner Justering" / "Justerare" / "Plats och tid Ulla Svensson (M) ...")."""
    pending = False
    closed = False  # the part before was closing labels only ("Justerare")
    signed = False  # the values follow the signing's labels too ("Justerare" / "Plats och tid")
    for k, part in enumerate(parts[:_TOP_PARTS]):
        t = part.text
        if not t.strip():
            continue
        at = _closing_labels_end(t) if pending else 0
        if at == 0 and pending and closed and "ch" in t[:16]:
            signing = _RX_SIGNING_PLACE_TIME.match(t)  # "Justerare" / "Plats och tid Ulla Svensson (M) ...": the
            at = _closing_labels_end(t, signing.end()) if signing else 0  # signing's place and time, labelled
            signed = at > 0
        closed = False
        if at == 0:
            # (a label alone on its part is short: a longer part is no empty label)
            row = t
            if pending and len(t) < _EMPTY_LABEL_LONGEST and t.rstrip()[-1:].isalpha():
                tail = _END_LABEL_WORD.search(t)  # "Ersättare Tjänstepersoner Justering": labels of the row, then
                if tail is not None and tail.start() and not t[_closing_labels_end(t, tail.start()):].strip():
                    row, closed = t[: tail.start()], True  # the closing labels whose values follow theirs
            lab = label_of(row) if len(row) < _EMPTY_LABEL_LONGEST and _may_begin_label(row) else None
            if lab is None and len(row) < _EMPTY_LABEL_LONGEST and _may_begin_label(row):
                lab = _label_row_kind(row)  # "Beslutande Ej tjänstgörande ersättare": the labels of a row, no values
            if lab is not None and not row[lab[1]:].strip(" :"):
                pending = pending or lab[0] is ListKind.PRESENT
            else:
                pending = closed = False
            continue
        if not t[at:].strip():
            closed = True
            continue  # "Justeringens plats och tid": one more label of the row
        elsewhere = _RX_SEE_LIST_ELSEWHERE.search(t, at)
        if elsewhere is not None:
            at = elsewhere.end()
        value = t[at:].lstrip()
        at = len(t) - len(value)
        if not _opens_with_name(value):
            return []
        closing = _END_LABEL_WORD.search(t, at)
        end = closing.start() if closing else len(t)
        people = _entries(t[at: end], part.start + at, set(), False)
        dated = _RX_SIGNED_WHEN.search(t, at, end) if not people else None
        if dated is not None:  # "... Marlene Karlin, ekonom, punkt C Anita Skoglund ... Onsdagen den 20 april 2011
            # klockan Sekreterare Ordförande ...": the place and date of the signing follow, which no entry reads
            people = _entries(t[at: dated.start()], part.start + at, set(), False)
        if signed:  # "... Fredrik Pettersson, sekreterare Bengt-Göran Sandell Kommunkansliet": the values of the
            # signing's labels follow the list's, the checker first, a member named above
            above = " ".join(x.text for x in parts[:k])
            stop = next((i for i, p in enumerate(people) if " ".join(p.name.split()[:2]) in above), len(people))
            people = people[:stop]
        return people
    return []


# The place and time of the signing, labelled right after a closing label in a row of labels split into lines of
# their own ("Justerare" / "Plats och tid Ulla Svensson (M) ...").
_RX_SIGNING_PLACE_TIME = re.compile(r"(?:Plats och tid|Tid och plats)(?=\s|$)")
# The date of the signing after the values of a row of labels, its weekday before it: "Onsdagen den 20 april 2011",
# "den 20 april 2011", "2011-04-20".
_RX_SIGNED_WHEN = re.compile(
    r"(?i:\b(?:(?:" + "|".join(w.WEEKDAYS) + r")(?:en)?|den)\s+)*"
    r"(?i:\b\d{1,2}\s+(?:jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)[a-zåä]*\.?\s+\d{4}|\b\d{4}-\d\d-\d\d)")


def _values_after_label_row(parts: list[Part]) -> list[Person]:
    """The officials of a present label that ends a line before closing labels, read from the next line after
    the closing labels that open it (see `_OFFICIAL_PIECE`)."""
    prev = ""
    for part in parts[:_TOP_PARTS]:
        t = part.text
        if not t.strip():
            continue
        opening = _END_LABEL_WORD.match(t) if prev else None
        if opening is not None:
            labels = list(_INSIDE_LABEL.finditer(prev))
            last = labels[-1] if labels else None
            tail = prev[last.end():] if last else ""
            if last is not None and _KIND_OF_LABEL.get(last.group(1).casefold()) is ListKind.PRESENT \
                    and len(tail) < 60 and (_END_LABEL_WORD.match(tail) or _LOWER_LABEL.fullmatch(tail)):
                first = _FIRST_OFFICIAL.search(t, opening.end(), opening.end() + 80)
                if first is not None:
                    return _official_run(t[first.start():], part.start + first.start())
        prev = t
    return []


# A stored page transcript writes each page as one line opening with its number ("2 23 Kerstin Johansson
# Per-Ola Hallberg Christina Torstensson 32 Åsa Westrin 44 ... Utses att justera ..."): a list that ran to
# the end of one page goes on at the start of the next, names and their paragraph numbers, up to a closing
# label.
_NAMES_AND_NUMBERS = re.compile(r"(?:[A-ZÀ-ÖØ-Þ][\w'’-]*|§+|\d{1,3}(?:\s*[-–]\s*\d{1,3})?|[,.])(?:\s+|$)")
_LIST_END_SLACK = 40  # characters after a list's last entry on its line (a title: "sekreterare")


# "Sida 2/8 ", "Sida 2 av 8 ", "Sida 2 (8) ": a page number written out, opening the next page of a stored copy.
_PAGE_WORD_LEAD = re.compile(r"\s*(?:\d{1,3}\s+)?(?:Sida|Sid\.|Page)\s+\d{1,3}\s*(?:/|av|of|\()\s*\d{1,3}\)?\s+(?=[A-ZÅÄÖ])")


def _table_on_next_page(part: Part, last: Person, nxt: Part) -> list[Person]:
    """The names that open the next page when a flattened table's page ended with its columns of organisations
    and titles after the names ("... Otto Hedenmo Länsstyrelsen Aneby kommun ... Projektledare, Länsstyrelsen"
    / "Sida 2/8 Jesper Agrelius Karin Hermansson ... Malin Backman Uppföljning och resultat, Länsstyrelsen"):
    read only when no sentence stands after the last name and the next page opens with its page number."""
    lead = _PAGE_WORD_LEAD.match(nxt.text) or _PAGE_LEAD.match(nxt.text)
    tail = part.text[last.end - part.start:]
    if lead is None or _SENTENCE_VERB.search(tail) or _ends_sentence(tail) or _ITEM_HEADING_INSIDE.search(tail):
        return []
    return _roled_run_before_columns(nxt.text[lead.end():], nxt.start + lead.end())


def _continued_on_next_page(parts: list[Part], last: Person) -> list[Person]:
    """The names that open the page after the line where a list ends with `last` (see `_NAMES_AND_NUMBERS`)."""
    k = next((i for i, p in enumerate(parts) if p.start <= last.start < p.end), None)
    if k is None:
        return []
    nxt = next((p for p in parts[k + 1:k + 4] if p.text.strip()), None)
    if nxt is None:
        return []
    if parts[k].end - last.end > _LIST_END_SLACK:
        return _table_on_next_page(parts[k], last, nxt)
    lead = _PAGE_LEAD.match(nxt.text)
    if lead is None:
        return []
    closing = _END_LABEL_WORD.search(nxt.text, lead.end())  # (none where the line was cut at the label)
    run = nxt.text[lead.end():closing.start() if closing else len(nxt.text)]
    pos = 0
    while pos < len(run):  # names and numbers only: no prose
        m = _NAMES_AND_NUMBERS.match(run, pos)
        if m is None:
            return []
        pos = m.end()
    names = _run_together(run.rstrip(), nxt.start + lead.end())
    return names if len(names) >= 2 else []


# A street address and its town inside a run of list values ("... Kronobergsrummet, Landstinget Kronoberg
# Ingelstadsvägen 9, Växjö Annelill Davidsson, ordförande (c) ..."): the place of a row of labels before its
# values; the names begin after it.
_STREET_AND_TOWN = re.compile(
    r"(?:^|\s)[A-ZÅÄÖ][a-zåäö]+(?:" + "|".join(sorted(w.STREET_ENDINGS, key=len, reverse=True)) + r")\s+\d{1,4}\s?[A-Za-z]?,"
    r"\s*(?:\d{3}\s?\d{2}\s+)?[A-ZÅÄÖ][a-zåäö]+\s+(?=[A-ZÅÄÖ])")
# An item heading inside a run of list values ("... Pia Andersen 15 Justering Ordförande ..."): the list ends.
_ITEM_HEADING_INSIDE = re.compile(r"(?<=[a-zåäö)])\s+\d{1,3}\s+(?=" + _END_LABEL_WORD.pattern[2:] + ")")


# The first item of the minutes run on after the last name of a flattened list, its number without or with a
# dot: "... Annika Olsson, Eva Carlsson 1 Mötets öppnande Aronsson förklarade ...", "... Bo Berg 1. Val av
# justerare". (`w.OPENING_ITEM_TITLES`; not a number inside a note: "Anna Ek (§ 1-4)".)
_RX_OPENING_ITEM_INSIDE = re.compile(r"(?<=[a-zåäö)])\s+\d{1,2}\s*[.:)]?\s+(?=(?i:" + "|".join(
    re.escape(t) for t in sorted(w.OPENING_ITEM_TITLES, key=len, reverse=True)) + r")\b)")


# The first item, numbered 1, run on after the last name of a list on its line: a capitalised word and a lower-case
# one after the number ("... Agnes Ambrosiani 1 Inledande formalia 1.1 Mötets öppnande ...", "... Bo Berg 1. Val
# av justerare"); not a note of paragraphs ("Anna Ek § 1-4", "Bo Berg 1-5") nor a name after a number.
_RX_FIRST_ITEM_INSIDE = re.compile(r"(?<=[a-zåäö)])\s+1\s*[.:)]?\s+(?=[A-ZÅÄÖ][a-zåäö]{2,}\s+[a-zåäö]{2,}\b)")


def _list_values(text: str) -> tuple[int, int]:
    """The `[start, end)` of the values of a list in `text`: after a street address and its town, before an
    item heading (`_STREET_AND_TOWN`, `_ITEM_HEADING_INSIDE`)."""
    start, end = 0, len(text)
    street = _STREET_AND_TOWN.search(text)
    if street is not None:
        start = street.end()
    heading = _ITEM_HEADING_INSIDE.search(text, start)
    if heading is not None:
        end = heading.start()
    opening = _RX_OPENING_ITEM_INSIDE.search(text, start, end)
    if opening is not None:
        end = opening.start()
    return start, end


# A header that writes all its labels first and the values after them, run on: "Datum: Plats: Ledamöter:
# Ersättare: Anmält förhinder: Sekreterare: 14 december Asa Folkhögskola, Sköldinge Britta Bergström (S) ordf
# ... Maj-Britt Staaf (SKPF) Bo Tiderman (S) ... Inger Carlsson (SKPF) Lena Stengaard ...". The values of the
# lists are "Name (TAG) [role]" entries, each list ordered the same way (parties first, then organisations):
# a list begins where a party follows an organisation. The lists take the list labels in order; the
# secretary is the name after the last entry.
_COLON_LABEL_RUN = re.compile(r"\s*((?:[A-ZÅÄÖa-zåäö][\w.]*(?:\s+[a-zåäö][\w.]*){0,2}\s*:\s*)+)")
_TAG_TOKEN = r"[A-ZÀ-ÖØ-Þ][\w'’-]*"
_TAGGED_ENTRY = re.compile(
    rf"\s*((?:{_TAG_TOKEN}\s+){{1,3}}?{_TAG_TOKEN})\s*\(\s*([A-ZÅÄÖ]{{1,5}}\??)\s*\)?"
    r"((?:\s+(?:[a-zåäö][\w.]*))*)(?=\s|$)")
_SECRETARY_WORDS = frozenset(("sekreterare", "sekr", "sekr.", "protokollförare", "mötessekreterare"))
_TAGGED_LEAST = 6  # entries the run must hold


def _label_row(parts: list[Part]) -> tuple[list[str], Part, int] | None:
    """The labels of a row of colon labels written before their values, the part whose text holds the
    values and where they begin in it; None without such a row of three attendance labels or more."""
    for k, part in enumerate(parts[:_TOP_PARTS]):
        if ":" not in part.text:
            continue  # no run of colon labels begins here (a blank part is passed over as the next one's start)
        labels: list[str] = []
        j = k
        while j < len(parts):
            t = parts[j].text
            if not t.strip():
                j += 1
                continue
            run = _COLON_LABEL_RUN.match(t)
            if run is None:
                break
            labels.extend(x.strip() for x in run.group(1).split(":") if x.strip())
            if run.end() < len(t.rstrip()):
                if len(labels) >= 4 and sum(label_of(x + ":") is not None for x in labels) >= 3:
                    return labels, parts[j], run.end()  # (most runs: one label, "Plats: ...", none to look up)
                break
            j += 1
    return None


_COLUMN_OTHER_LABELS = frozenset(w.COLUMN_OTHER_LABELS)
_COLUMN_LABELS_LEAST = 3  # label lines of the column, two of them list labels
_COLUMN_VALUES_MOST = 60  # parts read after the labels
_RX_NAME_PARTY_LEAD = re.compile(rf"({_PLAIN_NAME.pattern})\s*\((?P<party>{_PARTY})\)(?=\s|$)")


def _label_column_values(parts: list[Part]) -> tuple[list[Person], tuple[int, int]] | None:
    """The present of a front page whose labels stand in a column of lines of their own before all the values, as a
    copy of a two-column table writes it: "Tid och plats" / "Ledamöter" / "Adjungerade" / "Justerare" / "Övriga
    närvarande" / "Torsdag den 27 april 2017 kl. 09:00-11:30 UNO" / "Niklas Wikström (L), barn- och
    ungdomsnämnden, ordförande" / ... / "Underskrifter Sekreterare". Which name is whose list cannot be told, so
    the column must hold present lists only (no absent label); every value line that opens with a name is read, the
    others (time, place, the signing's date) passed over, up to a closing label or an item. Returns the people and
    the `[start, end)` of the values; None without such a column."""
    run = 0
    lists = 0
    for k, part in enumerate(parts[:_TOP_PARTS]):
        t = part.text.strip().rstrip(":").strip()
        if not t:
            continue
        lab = label_of(t, colon_required=False) if len(t) < _EMPTY_LABEL_LONGEST and _may_begin_label(t) else None
        if lab is not None and not t[lab[1]:].strip(" :"):
            if lab[0] is not ListKind.PRESENT:
                return None  # an absent list among them: whose name is whose cannot be told
            run, lists = run + 1, lists + 1
            continue
        if t.casefold() in _COLUMN_OTHER_LABELS:
            run += 1
            continue
        if run >= _COLUMN_LABELS_LEAST and lists >= 2:
            return _column_values(parts, k)
        run = lists = 0
    return None


def _column_values(parts: list[Part], k: int) -> tuple[list[Person], tuple[int, int]] | None:
    """The people of the value lines from `parts[k]` (see `_label_column_values`)."""
    people: list[Person] = []
    lo = parts[k].start
    hi = lo
    for part in parts[k: k + _COLUMN_VALUES_MOST]:
        t = part.text
        if not t.strip():
            continue
        if _END_LABEL_WORD.match(t) or _ITEM.match(t) or (_may_begin_label(t) and label_of(t, colon_required=False)):
            break  # (a list label after the values: "Närvarande, ej tjg ers:", read as its own list)
        hi = part.end
        if not _opens_with_name(t):
            continue  # "Torsdag den 27 april 2017 kl. 09:00-11:30", "Torggatan 16.", "gymnasieförvaltningen"
        row = _entries(t, part.start, set(), False)
        if not row:
            lead = _RX_NAME_PARTY_LEAD.match(t)  # "Johanna Larsson (M) kultur- och fritidsnämnden"
            if lead is not None:
                row = [Person(lead.group(1), part.start, part.start + lead.end(1), party=lead.group("party"))]
        people.extend(row)
    return (people, (lo, hi)) if len(people) >= 2 else None


def _label_row_lists(parts: list[Part]) -> tuple[list[Person], list[Person], tuple[int, int]] | None:
    """Read the lists of a row of labels written before their values (see `_COLON_LABEL_RUN`): who was
    present, who absent, and the `[start, end)` of the values read; None when they do not read so."""
    row = _label_row(parts)
    if row is None:
        return None
    labels, part, at = row
    kinds: list[tuple[ListKind, str]] = []
    secretary = False
    for lab in labels:
        low = lab.casefold()
        if low in _SECRETARY_WORDS:
            secretary = True
            continue
        found = label_of(lab + ":")
        if found is not None:
            kinds.append((found[0], low))
        elif "förhinder" in low or "frånvar" in low:  # "Ej anmält förhinder" (OCR-broken: "Ej andlt förhinder")
            kinds.append((ListKind.ABSENT, low))
    text = part.text
    entries: list[tuple[str, int, str, str]] = []
    pos = at
    first = True
    while True:
        m = _TAGGED_ENTRY.search(text, pos) if first else _TAGGED_ENTRY.match(text, pos)
        if m is None:
            break
        words = m.group(1).split()
        if first:
            while len(words) > 2 and not _is_given(words[0]) and _is_given(words[1]):
                words = words[1:]  # "Sköldinge Britta Bergström": the place before the first name
            first = False
        name = " ".join(words)
        start = part.start + m.start(1) + m.group(1).rfind(words[0])
        entries.append((name, start, m.group(2), m.group(3).strip()))
        pos = m.end()
    if len(entries) < _TAGGED_LEAST:
        return None
    groups: list[list[tuple[str, int, str, str]]] = [[]]
    for e in entries:
        prev = groups[-1][-1] if groups[-1] else None
        if prev is not None and e[2] in _PARTIES and prev[2] not in _PARTIES:
            groups.append([])  # a party after an organisation: the next list begins
        groups[-1].append(e)
    if len(groups) < 2 or len(groups) > len(kinds):
        return None
    present: list[Person] = []
    absent: list[Person] = []
    for (kind, low), group in zip(kinds, groups, strict=False):
        for name, start, tag, role in group:
            party, org = (tag, None) if tag in _PARTIES else (None, tag)
            role_of = role or ("ersättare" if low.startswith("ersättare") else None)
            p = Person(name, start, start + len(name), organisation=org, party=party, role=role_of)
            (absent if kind is ListKind.ABSENT else present).append(p)
    end = part.start + pos
    if secretary:
        sec = re.match(rf"\s*({_NAME_WORD}\s+{_NAME_WORD})(?=\s)", text[pos:])
        if sec is not None and _looks_like_name(sec.group(1)) >= 1.0:
            s = part.start + pos + sec.start(1)
            present.append(Person(sec.group(1), s, s + len(sec.group(1)), role="sekreterare"))
            end = s + len(sec.group(1))
    return present, absent, (part.start + at, end)


# Rows of a list standing above its label, as a table cell centred on its label puts them ("Mats Törnquist,
# kommundirektör § 267" / "Gunilla Edvinsson, ekonomichef § 267" / "Övriga deltagande Christina Nilsson,
# sekreterare"): lines of "Name, title [paragraphs]" right above a present label, after a blank line.
_ROW_ABOVE = re.compile(
    rf"\s*({_NAME_WORD}(?:\s+{_LINK}{_NAME_WORD}){{1,2}}),\s*([a-zåäö][a-zåäö.-]*(?:\s+[a-zåäö][a-zåäö.-]*){{0,2}})"
    r"(?:,?\s+(?:§+\s*)?\d{1,3}(?:\s*[-–,]\s*\d{1,3})*)?\s*")


_GROUP_WORD = re.compile(r"[A-ZÅÄÖ][a-zåäö]{3,}")  # "Ungdomar", "Politiker": a group's one-word heading
_PLACE_TIME_LABELS = ("plats och tid", "tid och plats")


def _groups_above_present_label(parts: list[Part]) -> list[Person]:
    """The groups of a front page's present list whose label the copy lost: under "Plats och tid" and its value,
    one-word group headings each over "Name, note" lines ("Ungdomar" / "Anna Ek, Osbecksgymnasiet" / "Politiker" /
    "Bo Berg, kommunstyrelsen (m)"), right above a present label ("Övriga deltagande") that opens the next list."""
    out: list[Person] = []
    for k in range(2, min(len(parts), _TOP_PARTS)):
        t = parts[k].text
        if "," not in parts[k - 1].text or not t[:1].isupper() or "," in t:
            continue  # (a label line alone, under an entry)
        lab = label_of(t, colon_required=False)
        if lab is None or lab[0] is not ListKind.PRESENT:
            continue
        rows: list[Person] = []
        top_is_heading = False
        j = k - 1
        while j >= 0:
            x = parts[j].text.strip()
            if "," in x:
                p = _person(parts[j].text, parts[j].start)
                if p is None or _looks_like_name(p.name) < 1.0:
                    break
                rows.append(p)
                top_is_heading = False
            elif _GROUP_WORD.fullmatch(x) and not _is_given(x) and label_of(x, colon_required=False) is None:
                top_is_heading = True
            else:
                break
            j -= 1
        if len(rows) < 2 or not top_is_heading or j < 0:
            continue
        above = [parts[i].text.strip().casefold() for i in (j, j - 1) if i >= 0]
        if any(a.startswith(_PLACE_TIME_LABELS) for a in above):
            out.extend(reversed(rows))
    return out


def _is_present_label_line(text: str) -> bool:
    """Whether a capitalised line opens a list of those present ("Närvarande", "Beslutande ledamöter"), colon or not."""
    if not text[:1].isupper() or not _may_begin_label(text):
        return False
    lab = label_of(text, colon_required=False)
    return lab is not None and lab[0] is ListKind.PRESENT


def _rows_above_labels(parts: list[Part]) -> list[Person]:
    """The rows above a present label (see `_ROW_ABOVE`)."""
    out: list[Person] = []
    for k in range(1, min(len(parts), _TOP_PARTS)):
        t = parts[k].text
        if not _is_present_label_line(t) or not _ROW_ABOVE.fullmatch(parts[k - 1].text):
            continue
        rows: list[Person] = []
        j = k - 1
        while j >= 0 and parts[j].text.strip():
            m = _ROW_ABOVE.fullmatch(parts[j].text)
            if m is None or not _is_title(m.group(2)) or _looks_like_name(m.group(1)) < 1.0:
                rows = []
                break
            s = parts[j].start + m.start(1)
            rows.insert(0, Person(m.group(1), s, s + len(m.group(1)), role=m.group(2)))
            j -= 1
        out.extend(rows)
    return out


# Lines of party-tagged names right above a present label, their own label lost by the copy: "(1)" / "Rolf
# Korsbäck (S) Pia Håkansson (S) Birgitta Westman (S) ..." / "Anita Westin Brodd (M) Tommy Emterby (KD) ..." /
# "Övriga deltagande Ersättare: ...". They are the members who decided.
_RX_TAGGED_PERSON = re.compile(rf"\s*({_OFFICIAL_NAME})\s*\((?i:({_PARTY}))\)\s*")
_TAGGED_ABOVE_LEAST = 5  # persons the lines must hold


def _tagged_line(part: Part) -> list[Person] | None:
    """The persons of a line that is only "Name (PARTY)" entries; None for any other line."""
    t = part.text
    out: list[Person] = []
    pos = 0
    while pos < len(t):
        m = _RX_TAGGED_PERSON.match(t, pos)
        if m is None:
            return None
        s = part.start + m.start(1)
        out.append(Person(m.group(1), s, s + len(m.group(1)), party=m.group(2).upper()))
        pos = m.end()
    return out or None


def _tagged_rows_above_label(parts: list[Part]) -> list[Person]:
    """The members in lines of party-tagged names right above the first present label, when no label stands above
    them (see `_RX_TAGGED_PERSON`); [] otherwise."""
    for k in range(1, min(len(parts), _TOP_PARTS)):
        t = parts[k].text
        if not _is_present_label_line(t):
            continue
        rows: list[Person] = []
        j = k - 1
        while j >= 0:
            if parts[j].text.strip():
                line = _tagged_line(parts[j])
                if line is None:
                    break
                rows[:0] = line
            j -= 1
        above = parts[j].text.strip() if j >= 0 else ""
        if len(rows) < _TAGGED_ABOVE_LEAST or above.endswith(":") or label_of(above, colon_required=False):
            return []
        return rows
    return []


def _without_closing_labels(text: str) -> str:
    """`text` without the row of labels that closes it: a present label followed by nothing, or by closing
    labels only ("... Cecilia Lange Rosén (SD) Övriga Utsedd att justera", whose values follow on the next
    line: `_values_after_label_row`)."""
    labels = list(_INSIDE_LABEL.finditer(text))
    if not labels:
        return text
    tail = text[labels[-1].end():]
    if not tail.strip() or _END_LABEL_WORD.match(tail) or _LOWER_LABEL.fullmatch(tail):
        return text[:labels[-1].start()]
    return text


def _only_labels(text: str) -> bool:
    """Tell whether `text` is empty or labels only ("Övriga", "Utsedd att justera", "Justering Justerare")."""
    rest = text.strip(" :")
    return not rest or _norm(rest) in _HEAD_WORDS or _END_LABEL_WORD.match(rest) is not None \
        or _LOWER_LABEL.fullmatch(rest) is not None or label_of(rest + ":") is not None
