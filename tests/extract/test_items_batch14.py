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
                  ("b", ("Upprättande och justering av förteckning över närvarande och röstberättigade medlemmar och "
                         "angivande av röstetal för varje medlem")),
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


# --- a Markdown list whose numbering restarted at 1 inside the sequence -----------------------

_OPEN = ("Protokoll styrelsemöte\n\n1. Mötets öppnande.\n2. Fastställande av dagordning.\n3. Föregående protokoll.\n"
         "4. Rapporter.\n\n")
_CLOSE = "\n\n8. Övriga frågor.\n\n9. Mötets avslutande.\n"

RESTARTED = [
    pytest.param(_OPEN + "Kassören rapporterade om läget i föreningen och om bidragen.\n\n1. Midsommarfirandet\n"
                 "2. Höstmarknaden\n3. Badplatsen\n" + _CLOSE,
                 ["1", "2", "3", "4", "1", "2", "3", "8", "9"], id="three-restarted-fill-the-gap"),
    pytest.param(_OPEN + "Ordföranden berättade om mötet med kommunen.\n\n1. Fiberprojektet\n2. Valborgsbrasan\n\n"
                 "7.    Ekonomisk rapport\n" + _CLOSE,
                 ["1", "2", "3", "4", "1", "2", "7", "8", "9"], id="restarted-then-own-number"),
    # look-alikes that must not fire
    pytest.param(_OPEN + "Styrelsen föreslår:\n\n1. att höja avgiften\n2. att anlita revisor\n" + _CLOSE,
                 ["1", "2", "3", "4", "8", "9"], id="proposals-in-lower-case-not-items"),
    pytest.param(_OPEN + "Punkter att utreda.\n\n1. Lokalen\n2. Budgeten\n" + _CLOSE,
                 ["1", "2", "3", "4", "8", "9"], id="a-shorter-run-than-the-gap"),
]


@pytest.mark.parametrize(("text", "numbers"), RESTARTED)
def test_list_numbering_restarted_inside_the_sequence(text: str, numbers: list[str]) -> None:
    assert [n for n, _ in _titles(text)] == numbers


# --- the fate run on after the title on the item's own line ----------------------------------

FATE_IN_TITLE = [
    pytest.param("3. Vindskyddet, Tommy återkommer.", "Vindskyddet", "returns", id="name-returns"),
    pytest.param("3. Grillplatsen, Lisa återkommer i frågan.", "Grillplatsen", "returns", id="name-returns-long"),
    pytest.param("3. Översättningsarbetet, Ska diskuteras på SK.", "Översättningsarbetet", "referred",
                 id="referred-acronym"),
    # look-alikes: the clause tells no fate, the title stays whole
    pytest.param("3. Vindskyddet, Tommy rapporterade.", "Vindskyddet, Tommy rapporterade", "handled",
                 id="name-reports"),
    pytest.param("3. Budget, Kassören informerade.", "Budget, Kassören informerade", "handled", id="informed"),
]


@pytest.mark.parametrize(("line", "title", "status"), FATE_IN_TITLE)
def test_fate_run_on_after_the_title(line: str, title: str, status: str) -> None:
    text = "Protokoll styrelsemöte\n\n1. Mötets öppnande.\n2. Föregående protokoll.\n" + line + "\n4. Mötets avslutande.\n"
    rows = item_rows(text, "2020-03-04")[0]
    assert [(t, s) for n, t, s, _ in rows if n == "3"] == [(title, status)]


# --- the one opening item of a stored page's beginning ---------------------------------------

_NAMES = ("Minnesanteckningar från rådets möte NÄRVARANDE Anna Berg, ordförande Per Lind Eva Holm Karl Ek "
          "Lena Sund Olle Ahl Maria Nyström Johan Ek Sara Lund Region Jönköpings län Jönköpings kommun "
          "Landstinget Gnosjö kommun Värnamo kommun Nässjö Affärsverk AB HSB Göta Aneby kommun Energikontoret "
          "Vetlanda kommun Tranås kommun Eksjö kommun ÖVRIGA DELTAGARE Kim Rask Ulla Holm Sekreterare "
          "i fokusgruppen Länsstyrelsen ")

LONE_OPENING = [
    pytest.param(_NAMES + "1. Mötets öppnande och allmän information Ordföranden hälsade alla välkomna och "
                 "informerade om konferensen.", [("1", "Mötets öppnande och allmän information")],
                 id="run-in-after-attendance"),
    pytest.param(_NAMES + "1. Val av justerare Till justerare valdes Eva Holm.", [("1", "Val av justerare")],
                 id="run-in-election"),
    pytest.param("Mötesanteckningar\nSida 2/8 Jesper Ek Karin Holm Hanna Sten Malin Backman Uppföljning, "
                 "Länsstyrelsen 1. Mötets öppnande och fastst",
                 [("1", "Mötets öppnande och fastst")], id="after-a-page-mark-cut-off"),
    # look-alikes that must not fire
    pytest.param(_NAMES + "1. Projektets bakgrund Projektet startade år 2010 och har sedan dess vuxit.", [],
                 id="not-an-opening-title"),
    pytest.param("Mötesanteckningar\nVi gick igenom punkt 1. Mötets öppnande på förra mötet.",
                 [], id="short-line-without-page-mark"),
]


@pytest.mark.parametrize(("text", "titles"), LONE_OPENING)
def test_lone_opening_item_run_in(text: str, titles: list[tuple[str, str]]) -> None:
    assert _titles(text) == titles


# --- lines standing alone that are text, not headings ----------------------------------------

_BODY = ("Styrelsen gick igenom förslaget och beslutade att gå vidare med planeringen inför sommaren. "
         "Kassören tar fram en budget till nästa möte.")


def _standalone(middle: str, end: str = "Vid pennan TW") -> list[str]:
    text = (f"Styrelsemöte Hembygdsförening\n\nNärvarande:\n\nChrister, Ulf, Tomas.\n\nMidsommarfirandet\n\n{_BODY}\n\n"
            f"{middle}\n\nFöreningens kassör har lämnat en rapport om läget och alla var nöjda med den.\n\n"
            f"Övriga frågor\n\n{_BODY}\n\n{end}\n")
    return [title for _, title, *_ in item_rows(text, "2020-03-04")[0]]


STANDALONE_TEXT = [
    pytest.param("Som föreläsare föreslås Kjell Johansson. Thijs kontaktar Kjell", False, id="two-sentences-no-stop"),
    pytest.param("Nina ?", False, id="a-name-in-doubt"),
    pytest.param("Per Ek ?", False, id="a-full-name-in-doubt"),
    # look-alikes: headings that stay
    pytest.param("Sommarens aktiviteter", True, id="plain-heading"),
    pytest.param("Nya lokaler ?", True, id="a-question-heading"),
    pytest.param("Kap. 5 Ekonomi och budget för året", True, id="an-abbreviation-not-a-sentence-end"),
]


@pytest.mark.parametrize(("middle", "heading"), STANDALONE_TEXT)
def test_standalone_line_that_is_text(middle: str, heading: bool) -> None:
    assert (middle in _standalone(middle)) is heading


@pytest.mark.parametrize(("end", "kept"), [
    pytest.param("Mötet avslutas\n\nVid pennan TW", False, id="closing-over-a-signature"),
    pytest.param("Mötet avslutas\n\nAntecknat av Eva Holm", False, id="closing-over-noted-by"),
    pytest.param("Aktiviteter\n\nKommande veckors aktiviteter g", True, id="cut-off-heading-stays"),
])
def test_last_line_over_a_signature_is_no_heading(end: str, kept: bool) -> None:
    first = end.split("\n")[0]
    assert (first in _standalone("Sommarens aktiviteter", end)) is kept
