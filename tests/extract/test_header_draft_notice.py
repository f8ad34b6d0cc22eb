"""A notice above a posted protocol's title that it is a draft ("OBS! Detta protokoll är ännu ej granskat och
godkänt") is never the body's name."""

from __future__ import annotations

import pytest

from planner.extract.header import is_draft_notice


@pytest.mark.parametrize(
    ("text", "notice"),
    [
        ("OBS! Detta protokoll är ännu ej granskat och godkänt", True),
        ("Observera: protokollet är inte justerat", True),
        ("Detta protokoll är ännu inte justerat", True),
        ("Ej justerat protokoll", True),
        ("Preliminärt protokoll", True),
        ("OBS. Protokollet justeras först vid nästa möte", True),
        # look-alikes: titles and a body's name
        ("Protokoll styrelsemöte 2020-10-19", False),
        ("Protokoll fört vid årsmöte i Obsidianklubben", False),
        ("Obstetrikkliniken, ledningsgrupp", False),
        ("Protokollet justeras av Anna Ek", False),
    ],
)
def test_draft_notice(text: str, notice: bool) -> None:
    assert is_draft_notice(text) is notice
