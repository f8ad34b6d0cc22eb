"""A paragraph's sign and number written with a stop, glued to the end of the line before it where a copy lost the
line break ("Adjungerad: Åke Svensson§1. Föregående protokoll lästes upp ..."): the first paragraph, as the same
sign glued without a stop ("... Per Söderberg§ 1 Sammanträdets öppnande").

Look-alikes: a sign glued before a lower-case word ("kommunallagen§ 5. kap") or a figure ("enligt§ 3. 2019") is
no heading.
"""

from __future__ import annotations

import pytest

from planner.extract.items import find_headings
from planner.extract.text import minutes_from_text

HEAD = ("Styrelsemöte 2014-08-28\n\n"
        "Närvarande: Mats Gustafson ordf, Mattias Kanje vice ordf, Johan Kjellnäs, Per Albertsson och Mona Larsson\n\n")
REST = ("\n\n§2. Nästa 2 styrelsemöten blir 21/10 och 9/12.\n\n"
        "§3. Ekonomin är fortfarande i balans.\n\n§4. Klubben bör utse ett skyddsombud.\n")


def _numbers(text: str) -> list[str | None]:
    heads, _ = find_headings(minutes_from_text(text))
    return [h.number for h in heads]


@pytest.mark.parametrize("line", [
    "Adjungerad: Åke Svensson§1. Föregående protokoll lästes upp och lades till handlingarna.",
    "Adjungerad: Åke Svensson§ 1. Föregående protokoll lästes upp och lades till handlingarna.",
])
def test_glued_sign_with_stop_opens_first_paragraph(line: str) -> None:
    assert _numbers(HEAD + line + REST) == ["1", "2", "3", "4"]


@pytest.mark.parametrize("line", [
    "Adjungerad: Åke Svensson. Arbetet sker enligt kommunallagen§ 1. kap och stadgarna.",
    "Adjungerad: Åke Svensson. Beslutet togs enligt§ 1. 2019 av årsmötet.",
])
def test_glued_sign_before_no_title_is_no_paragraph(line: str) -> None:
    assert _numbers(HEAD + line + REST) == ["2", "3", "4"]
