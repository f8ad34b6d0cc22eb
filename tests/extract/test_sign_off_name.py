"""The writer's name signing off the notes is no item heading: "Tom Ohlsson" over a post's comment chrome."""
from pathlib import Path

import pytest

from planner.extract import extract_minutes

_HEAD = ("söndag 1 februari 2009\n\nMötet 27 januari, anteckningar\n\nAFF\nProjektgrupp\nSammanträde 2009 01 27\n\n"
         "Närvarande\n\nTore Almlöf\nUlf Kjellgren\nTom Ohlson\n\n"
         "Diskuterades än en gång rubriken och innehållet i PB 09. Ense om att begränsa antalet teman.\n\n\n"
         "Bryggmöte våren 2009\n\n"
         "Målsättningen med Bryggmötet är att fastställa en rubrik på PB 09 samt detaljplanera föredrag.\n"
         "En konferens på Polenfärjan ansågs lämplig.\n\n")

CASES = [
    # (tail, items)
    (("Nästa sammanträde torsdagen den 5 februari kl. 09 00 å Länsstyrelsen\n\nTom Ohlsson\n\nInga kommentarer:\n\n"
     "Skicka en kommentar\n\nHej! Välkommen att kommentera! Uppge gärna ditt namn!\n"), ["Bryggmöte våren 2009"]),
    ("Nästa sammanträde torsdagen den 5 februari kl. 09 00 å Länsstyrelsen\n\nTom Ohlsson\n",
     ["Bryggmöte våren 2009"]),
    # look-alike: a last heading that is no name
    (("Nästa sammanträde torsdagen den 5 februari kl. 09 00 å Länsstyrelsen\n\n\nÖvriga frågor\n\n"
     "Inga övriga frågor hade anmälts till dagens möte och ordföranden tackade alla för ett gott arbete.\n"),
     ["Bryggmöte våren 2009", "Övriga frågor"]),
]


@pytest.mark.parametrize(("tail", "items"), CASES)
def test_sign_off_name(tmp_path: Path, tail: str, items: list[str]) -> None:
    path = tmp_path / "minutes.txt"
    path.write_text(_HEAD + tail, encoding="utf-8")
    assert [it.title for it in extract_minutes(path).items] == items
