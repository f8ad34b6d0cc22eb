"""A text whose PDF export writes every space of its headings as `$` is read with spaces.

"Brf$Torghusen$ ... Ordinarie$föreningsstämma$7$maj$2015$ Plats:$ ... 1. Stämmans$öppnande$": the
dollars stand between words throughout, so the cleaned text reads them as spaces (the original text and
its offsets are kept). Before, no date was found ("7$maj$2015") and the file was refused.

Look-alikes: prices in dollars, LaTeX-like math and a few stray dollars keep their `$`.
"""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.text import dollar_spaces, minutes_from_text

_EXPORT = ("Brf$Torghusen$ $ $ www.brftorghusen.se$ P$R$O$T$O$K$O$L$L$ Ordinarie$föreningsstämma$7$maj$2015$ "
           "Plats:$ Konstfackscafeteria$ 1. Stämmans$öppnande$ Ordföranden hälsade alla välkomna. "
           "2. Upprättande$av$förteckning$av$närvarande$medlemmar$och$justering$av$röstlängd$ Registrering. "
           "3. Fastställande$av$dagordning$ Stämman godkände dagordningen.")


@pytest.mark.parametrize(
    ("text", "spaced"),
    [
        (_EXPORT, True),
        ("Möte$i$styrelsen$ " * 6, True),
        # look-alikes
        ("Budget: $100 för licenser, $250 för resor, $40 per person. " * 4, False),
        ("Kostnad 100$ och 250$ och 5$. " * 5, False),
        ("Formeln $x$ och $y$ ger $z$. " * 4, False),
        ("Kontot a$b och c$d.", False),
    ],
)
def test_dollars_read_as_spaces(text: str, spaced: bool) -> None:
    out = dollar_spaces(text)
    assert len(out) == len(text)
    assert ("$" not in out) == spaced


def test_dollar_export_keeps_original_and_reads_date() -> None:
    doc = minutes_from_text(_EXPORT)
    assert doc.text == _EXPORT
    assert "Ordinarie föreningsstämma 7 maj 2015" in doc.clean
    result = extract_text(doc)
    assert result.meeting.date == "2015-05-07"
