"""Item families from the fourteenth batch of held-out minutes (tests/data/extra/docs/477-486).

A stored page's transcript that lost its line breaks runs an annual meeting's lettered points
a), b), c) ... together on one line, each title straight into its text; titles of the statutes'
length run past ten words.
"""

from __future__ import annotations

import pytest

from tests.extract.item_rows import item_rows

_HEAD = ("1 Protokoll från årsmöte (4) Protokoll fört vid årsmöte Tid: kl 18:00 20:00 Plats: Församlingshemmet "
         "1. Föredragningslista enligt stadgarna ")
_TAIL = " Föreningen c/o Kansliet Box 12 Umeå"


def _titles(text: str) -> list[tuple[str | None, str]]:
    return [(number, title) for number, title, *_ in item_rows(text, "2020-03-04")[0]]


INLINE_LETTERED = [
    pytest.param(_HEAD + "a) Årsmötet öppnades Ordföranden hälsade alla välkomna och förklarade mötet öppnat. "
                 "b) Val av ordförande och sekreterare för mötet Till ordförande valdes Karin Ek och till sekreterare "
                 "Olle Berg. c) Val av två justerare Till justerare valdes Lena Sund och Per Ahl. d) Föredragning av "
                 "styrelsens berättelse Ordföranden redogjorde för verksamhetsåret." + _TAIL,
                 [("a", "Årsmötet öppnades"), ("b", "Val av ordförande och sekreterare för mötet"),
                  ("c", "Val av två justerare"), ("d", "Föredragning av styrelsens berättelse")],
                 id="annual-meeting-points"),
    pytest.param("Protokoll fört vid föreningsstämma i Vattenförbundet Närvarande: enligt bilaga. "
                 "a) Stämmans öppnande Stämman öppnades av ordföranden som hälsade välkommen. "
                 "b) Upprättande och justering av förteckning över närvarande och röstberättigade medlemmar och "
                 "angivande av röstetal för varje medlem Förteckningen upprättades och godkändes. "
                 "c) Fastställande av balansräkning Stämman fastställde balansräkningen för året." + _TAIL,
                 [("a", "Stämmans öppnande"),
                  ("b", "Upprättande och justering av förteckning över närvarande och röstberättigade medlemmar och "
                        "angivande av röstetal för varje medlem"),
                  ("c", "Fastställande av balansräkning")],
                 id="long-statute-title"),
    # look-alikes that must not fire
    pytest.param("Styrelsen diskuterade budgeten för året och de tre alternativen som kansliet tagit fram under "
                 "hösten. Styrelsen beslutade att: a) Budget b) Verksamhetsplan c) Medlemsavgift ska beredas till "
                 "nästa möte av arbetsutskottet tillsammans med kassören och revisorerna i god tid före årsmötet.",
                 [], id="a-list-after-a-colon"),
    pytest.param("Styrelsen diskuterade budgeten för året och de tre alternativen som kansliet tagit fram under "
                 "hösten och konstaterade att a) Budget b) Plan c) Mål är de tre delar som ska beredas vidare av "
                 "arbetsutskottet tillsammans med kassören och revisorerna i god tid före årsmötet i mars.",
                 [], id="short-list-in-a-sentence"),
    pytest.param("Styrelsen gick igenom förslaget punkt för punkt: b) Val av revisor Revisorn valdes om. "
                 "c) Val av valberedning Valberedningen valdes om. d) Övriga frågor Inga frågor togs upp vid mötet "
                 "och ordföranden tackade alla för ett gott arbete under det gångna året i föreningen.",
                 [], id="no-point-a"),
]


@pytest.mark.parametrize(("text", "titles"), INLINE_LETTERED)
def test_lettered_points_run_together_on_one_line(text: str, titles: list[tuple[str, str]]) -> None:
    assert _titles(text) == titles
