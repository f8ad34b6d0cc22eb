"""An item's number is kept as written: a parish council numbers its paragraphs "020", "021" through the
year, and a contents list run together after its label ("FÖREDRAGNINGSLISTA: 020 SAMMANTRÄDETS LAGLIGHET
OCH BESLUTFÖRHET 021 VAL AV ...") or a column of numbers alone on their lines keeps the zero.

Look-alike: numbers written without a zero stay without one.
"""

from __future__ import annotations

import pytest

from tests.extract.item_rows import item_numbers

DAY = "2016-03-15"


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        (("Församlingsrådet sammanträde 15.3.2016\n\n"
          "2 FÖREDRAGNINGSLISTA: 020 SAMMANTRÄDETS LAGLIGHET OCH BESLUTFÖRHET 021 VAL AV TVÅ PROTOKOLLJUSTERARE "
          "022 JUSTERING AV PROTOKOLLET 023 ARBETSORDNINGEN FÖR SAMMANTRÄDET 024 NÄSTA SAMMANTRÄDE\n"),
         ["020", "021", "022", "023", "024"]),
        (("Församlingsrådet sammanträde 15.3.2016\n\n"
          "2 FÖREDRAGNINGSLISTA: 20 SAMMANTRÄDETS LAGLIGHET OCH BESLUTFÖRHET 21 VAL AV TVÅ PROTOKOLLJUSTERARE "
          "22 JUSTERING AV PROTOKOLLET 23 ARBETSORDNINGEN FÖR SAMMANTRÄDET 24 NÄSTA SAMMANTRÄDE\n"),
         ["20", "21", "22", "23", "24"]),
        (("Protokoll fört vid möte 2016-03-15.\n\n01\n\nMötet öppnades.\n\n02\n\nDagordningen godkändes.\n\n"
          "03\n\nMötet avslutades.\n"),
         ["01", "02", "03"]),
    ],
)
def test_item_numbers_keep_their_zeros(text: str, numbers: list[str]) -> None:
    assert item_numbers(text, DAY) == numbers
