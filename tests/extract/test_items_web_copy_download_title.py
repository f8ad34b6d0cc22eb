"""A stored web copy (docplayer-like) prints the document's title as its first line and again in its
download button ('Download "18 Utbildning ... 19 ..."'); the numbers in that title are not items of their
own: the items are read where the text prints them. Look-alikes: the same words printed again below the
frame, and a copy without a download button, keep what they read."""

from __future__ import annotations

import pytest

from tests.extract.item_rows import item_rows

_BODY = ("Transkript\n\nPROTOKOLL\nValnämnden 2014-03-05\n\n"
         "18 Utbildning av röstmottagare\nText om utbildningen.\n\n19 Säkerhet i röstningslokalen\nText.\n\n"
         "20 Principer för rekrytering\nText.\n\n21 Övriga frågor\nText.\n")
_FRAME = "\n\nSave this PDF as:\n WORD  PNG  TXT  JPG\n\nStorlek: px\nStarta visningen från sidan:\n\n"
_ITEMS = [("18", "Utbildning av röstmottagare"), ("19", "Säkerhet i röstningslokalen"),
          ("20", "Principer för rekrytering"), ("21", "Övriga frågor")]


def _copy(title: str, button: str | None) -> str:
    return title + _FRAME + (f'{button} "{title}"\n\n' if button else "") + _BODY


@pytest.mark.parametrize(("title", "button", "expected"), [
    # Two items run together in the title: neither the first line nor the button is an item.
    ("18 Utbildning av röstmottagare. 19 Säkerhet i röstningslokalen", "Download", _ITEMS),
    ("18 Utbildning av röstmottagare. 19 Säkerhet i röstningslokalen", "Ladda ner", _ITEMS),
    # Look-alike: a title that is the first item's own heading; the heading below the frame stays.
    ("18 Utbildning av röstmottagare", "Download", _ITEMS),
    # Look-alike: no download button, so nothing above is known to be a frame; the first line is read.
    ("18 Utbildning av röstmottagare. 19 Säkerhet i röstningslokalen", None,
     [("18", "Utbildning av röstmottagare. 19 Säkerhet i röstningslokalen")] + _ITEMS),
])
def test_download_title_is_no_item(title: str, button: str | None, expected: list[tuple[str, str]]) -> None:
    rows, _ = item_rows(_copy(title, button), "2014-03-05")
    assert [(number, name) for number, name, *_ in rows] == expected
