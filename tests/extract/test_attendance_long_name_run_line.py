"""A stored copy flattens a column of members into one long line of names without commas.

"Björn Holgersson Mats Hugosson Kent Ingvarsson Maria Ixcot Nilsson ..." (ten names, twenty-one words) used to
end the list, as any line of more than twelve words without commas did. Such a line stays in the list when
every capitalised word falls into a name, most names begin with a known given name and the only lower-case
words are the substitutes' notes ("ej tjänstgörande ersättare"). Look-alikes: a long sentence, a long row of
organisations and a long capitalised title still end the list.
"""

from __future__ import annotations

from functools import partial

import pytest

from tests.extract.attendance_lists import attendance_names

_HEAD = (
    "Protokoll Styrelsen\n\nPlats och tid: Regionförbundet, fredagen den 11 januari 2007, kl 10.00-13.00\n\n"
)
_TAIL = "\n\n§ 1\n\nVal av mötesordförande\n"
_lists = partial(attendance_names, head=_HEAD, tail=_TAIL)

_FIRST = "Beslutande: Leif Larsson ordförande\n\nEvy Annér Lennart Beijer Monica Bengtsson\n\n"
_LAST = "\n\nJonas Lövgren Ulf Nilsson\n\nÖvriga deltagare: Ingemo Ullman sekreterare"
_BEFORE = ["Leif Larsson", "Evy Annér", "Lennart Beijer", "Monica Bengtsson"]
_AFTER = ["Jonas Lövgren", "Ulf Nilsson", "Ingemo Ullman"]


@pytest.mark.parametrize(
    ("line", "middle"),
    [
        (
            (
                "Björn Holgersson Mats Hugosson Kent Ingvarsson Maria Ixcot Nilsson Mona Jeansson Christer Jonsson "
                "Akko Karlsson Tomas Kronståhl Sven-Göthe Lidheim Bo Lundgren"
            ),
            [
                "Björn Holgersson",
                "Mats Hugosson",
                "Kent Ingvarsson",
                "Maria Ixcot Nilsson",
                "Mona Jeansson",
                "Christer Jonsson",
                "Akko Karlsson",
                "Tomas Kronståhl",
                "Sven-Göthe Lidheim",
                "Bo Lundgren",
            ],
        ),
        (
            (
                "Madeleine Rosenqvist ej tjänstgörande ersättare Anders Andersson ej tjänstgörande ersättare "
                "Carl Bloom ej tjänstgörande ersättare Anita Wollin ej tjänstgörande ersättare Kira Berg"
            ),
            ["Madeleine Rosenqvist", "Anders Andersson", "Carl Bloom", "Anita Wollin", "Kira Berg"],
        ),
        (
            "Anna Ek Per Berg Eva Lund Olof Sten Karin Holm Lars Dahl Maria Strand",
            ["Anna Ek", "Per Berg", "Eva Lund", "Olof Sten", "Karin Holm", "Lars Dahl", "Maria Strand"],
        ),
    ],
)
def test_a_long_line_of_names_stays_in_the_list(line: str, middle: list[str]) -> None:
    assert _lists(_FIRST + line + _LAST)[0] == _BEFORE + middle + _AFTER


@pytest.mark.parametrize(
    "line",
    [
        # a sentence of more than twelve words
        "Styrelsen beslutar att ge förbundsdirektören i uppdrag att ta fram ett förslag till ny organisation",
        # organisations, not persons
        "Kalmar Kommun Nybro Kommun Emmaboda Kommun Torsås Kommun Borgholm Kommun Mörbylånga Kommun Region",
        # a capitalised title of words that are no names
        "Regional Utvecklingsstrategi Kalmar Län Remiss Hållbar Tillväxt Och Innovation Smart Specialisering Plan",
    ],
)
def test_other_long_lines_still_end_the_list(line: str) -> None:
    present = _lists(_FIRST + line + _LAST)[0]
    assert present[: len(_BEFORE)] == _BEFORE
    assert "Jonas Lövgren" not in present
