"""A paragraph's sign and number alone on a line right under an attendance label left empty ("Frånvarande:" /
"§ 24" / "Aktiviteter – vinter, vår, sommar, höst") opens the minutes' paragraph: no person is listed by a "§".
Look-alike: numbered people under the label ("Närvarande:" / "1. Anna Berg" / "2. Per Ek") stay no items."""

from __future__ import annotations

import pytest

from planner.extract.items import find_headings
from planner.extract.text import minutes_from_text

_HEAD = ("Långbrodalskören 2022-05-11 Protokoll från styrelsemöte\n"
         "Närvarande: Martin Wikmark, Agneta Törnquist, Lars Landin\n")


def _items(text: str) -> list[tuple[str | None, str]]:
    heads, _ = find_headings(minutes_from_text(text))
    return [(h.number, h.title) for h in heads]


@pytest.mark.parametrize("label", ["Frånvarande:", "Anmält förhinder:", "Övriga närvarande:"])
def test_bare_sign_under_empty_label_is_the_item(label: str) -> None:
    text = (_HEAD + label + "\n§ 24\nAktiviteter – vinter, vår, sommar, höst\n"
            "Konsert i Godtemplargården 22 maj kl 17. Martin skickar även digitalt till kören.\n")
    assert _items(text) == [("24", "Aktiviteter – vinter, vår, sommar, höst")]


def test_numbered_people_under_label_are_no_items() -> None:
    text = ("Styrelsemöte 2022-05-11\nNärvarande:\n1. Anna Berg\n2. Per Ek\n3. Eva Lund\n\n"
            "Mötet öppnades och dagordningen godkändes. Konsert i Godtemplargården 22 maj kl 17.\n")
    assert [n for n, _ in _items(text)] == []
