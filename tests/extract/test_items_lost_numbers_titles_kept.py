"""A list of matters run together on one line that lost a few numbers but kept their titles: "124
Skatteredovisning per mars Bokslut Verksamhets- och ekonomiplan Skyltar till Kasberg 128 Inbjudan ... 129
Byggnadsnämndens protokoll". The numbers after the gap (two or more counting up) go on the list when the text
between holds exactly as many titles as numbers were lost (each a capitalised word after a word that is no small
word), and those titles are items of their own, unnumbered. Look-alikes: too few or too many titles in the gap,
and a single number after it."""

from __future__ import annotations

import pytest

from tests.extract.item_rows import item_rows, transcript

FRONT = ("Nr 5/2009 Sammanträdestid Tisdagen den kl Sammanträdesplats Beslutande Kommungården i Nääs x Fagerholm "
         "Thommy, ordf. x Lindgrén Jan, viceordf. x Ahlqvist Annika")
HEAD = ("Kallelsen utfärdad den Sammanträdestid Tisdagen den kl "
        "Sammanträdesplats Kommungården i Nääs Ärenden: 117 Konstatera laglighet och beslutförhet "
        "118 Protokolljusterare 119 Föredragningslistan 120 Erbjuda elevplatser och skollokaliteter "
        "121 Delgivningar 122 Ta del av nämnders m.fl. organs protokoll ")


def rows(tail: str) -> list[tuple[str | None, str]]:
    return [(n, t) for n, t, *_ in item_rows(transcript(FRONT, HEAD + tail), "2009-04-07")[0]]


@pytest.mark.parametrize(("tail", "want"), [
    (("123 Skatteredovisning per mars Bokslut Verksamhets- och ekonomiplan Skyltar till Kasberg "
     "127 Inbjudan till diskussion om avfallsfrågor 128 Byggnadsnämndens protokoll"),
     [("123", "Skatteredovisning per mars"), (None, "Bokslut"), (None, "Verksamhets- och ekonomiplan"),
      (None, "Skyltar till Kasberg"), ("127", "Inbjudan till diskussion om avfallsfrågor"),
      ("128", "Byggnadsnämndens protokoll")]),
    (("123 Skatteredovisning per mars Bokslut 125 Inbjudan till diskussion om avfallsfrågor "
     "126 Byggnadsnämndens protokoll"),
     [("123", "Skatteredovisning per mars"), (None, "Bokslut"), ("125", "Inbjudan till diskussion om avfallsfrågor"),
      ("126", "Byggnadsnämndens protokoll")]),
    # look-alikes: one title in a gap of three numbers; a single number after the gap
    (("123 Skatteredovisning per mars Bokslut för året 127 Inbjudan till diskussion om avfallsfrågor "
     "128 Byggnadsnämndens protokoll"), [("123", "Skatteredovisning per mars")]),
    (("123 Skatteredovisning per mars Bokslut Verksamhets- och ekonomiplan Skyltar till Kasberg "
     "127 Inbjudan till diskussion om avfallsfrågor"), [("123", "Skatteredovisning per mars")]),
])
def test_lost_numbers_titles_kept(tail: str, want: list[tuple[str | None, str]]) -> None:
    assert rows(tail)[6:] == want
