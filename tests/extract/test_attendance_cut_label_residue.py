"""A docplayer transcript's cover page, flattened into one line, whose present label "Beslutande" was cut to "ande"
and which kept stray marks of values lost in copying: a bracket right after the label ("kl ande ) Irene ..."), a lone
comma where paragraph numbers stood ("vice ordförande , Eddie Forsman"). The members after the label are read as
present, the pieces between the stray marks apart, and so is the next list on the page ("Övriga deltagare ...
Roland Åkesson , Birgitta ...") (planner.extract.attendance). Look-alikes: "ande" in prose (a sentence, a verb), a
cut label before too few names, and stray commas in a list of a page with no cut label."""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.attendance import _cut_label_run_with_residue
from planner.extract.text import minutes_from_text

HEAD = "Protokoll Styrelsen\n\nTranskript\n\n1 136 Organ "

CUT_RUNS = [
    pytest.param(  # a stray bracket right after the cut label, then "Name (P), org" entries
        "Plats och tid Stadshuset 14 mars 2012 kl ande ) Anna Berg (S), KUN, ordförande Per Holm (M), KF "
        "Lena Ekdahl (C), BUN Karl Lundin (S), SOC",
        ["Anna Berg", "Per Holm", "Lena Ekdahl", "Karl Lundin"], id="bracket-after-label"),
    pytest.param(  # a lone comma among names with roles, where the paragraph numbers were lost
        "Plats och tid Förbundets styrelse Förbundet i Kalmar län Onsdagen den 3 december 2009, kl ande Nils Ahlgren "
        "ordförande Berit Olsson vice ordförande , Jan Ståhl vice ordförande Eva Lindqvist Omar Said tjänstgörande "
        "ersättare",
        ["Nils Ahlgren", "Berit Olsson", "Jan Ståhl", "Eva Lindqvist", "Omar Said"], id="comma-among-roles"),
    pytest.param(  # the run ends at a closing label
        "Plats och tid Kommunhuset 2 maj 2011 kl ande ; Gun Sjöberg (S), ordförande Lars Nyberg (M) Stina Ek (C) "
        "Justerare Lars Nyberg",
        ["Gun Sjöberg", "Lars Nyberg", "Stina Ek"], id="semicolon-then-closing-label"),
    pytest.param(  # prose: a verb in the run
        "Arbetet fortsatte i samma ande ) Anna Ek, Bo Berg och Cia Holm har arbetat vidare med frågan under våren",
        [], id="prose-with-verb"),
    pytest.param(  # too few names after the label
        "Plats och tid Kommunhuset 2 maj 2011 kl ande ) Gun Sjöberg (S), ordförande Lars Nyberg (M)",
        [], id="two-names-only"),
    pytest.param(  # no capitalised name after the label
        "Plats och tid Kommunhuset 2 maj 2011 kl ande ) se bilaga 1 till protokollet",
        [], id="no-name-after-label"),
]


@pytest.mark.parametrize(("line", "names"), CUT_RUNS)
def test_cut_label_run_with_residue(line: str, names: list[str]) -> None:
    people = _cut_label_run_with_residue(line, 0)
    assert [p.name for p in people] == names
    assert all(line[p.start: p.end] == p.name for p in people)


def present(body: str) -> list[str]:
    return [a.name for a in extract_text(minutes_from_text(HEAD + body)).meeting.present]


# (a transcript writes each page as one line: "1 136 Organ Plats och tid ... kl ande ... Övriga deltagare ...")
DOCUMENTS = [
    pytest.param(  # the cut label's run, then the next list on the page
        "Plats och tid Stadshuset 14 mars 2012 kl ande ) Anna Berg (S), KUN, ordförande Per Holm (M), KF "
        "Lena Ekdahl (C), BUN Karl Lundin (S), SOC Övriga deltagande Eva Stark, sekreterare Bo Ling, kulturchef "
        "Justerare Per Holm Paragrafer 1-9\n\n2 1 Val av justerare Per Holm utses att justera.\n",
        ["Anna Berg", "Per Holm", "Lena Ekdahl", "Karl Lundin", "Eva Stark", "Bo Ling"], id="bracket-document"),
    pytest.param(  # the list after the cut label's keeps a stray comma: read apart at it
        "Plats och tid Förbundets styrelse Förbundet i Kalmar län Onsdagen den 3 december 2009, kl ande Nils Ahlgren "
        "ordförande Berit Olsson vice ordförande , Jan Ståhl vice ordförande Eva Lindqvist Omar Said tjänstgörande "
        "ersättare Övriga deltagare Kim Roos Ulla Sandberg Mats Hult Åke Nilsson Malin Persson tjänstgörande "
        "ersättare tjänstgörande ersättare Ingrid Roth tjänstgörande ersättare Roland Falk , Stig Malmberg ej "
        "tjänstgörande ersättare Åsa Holm sekreterare Utses att justera Ingrid Roth Paragrafer 136-152\n\n"
        "2 137 Val av justerare Ingrid Roth utses att justera.\n",
        ["Nils Ahlgren", "Berit Olsson", "Jan Ståhl", "Eva Lindqvist", "Omar Said", "Kim Roos", "Ulla Sandberg",
         "Mats Hult", "Åke Nilsson", "Malin Persson", "Ingrid Roth", "Roland Falk", "Stig Malmberg", "Åsa Holm"],
        id="comma-document"),
]


@pytest.mark.parametrize(("body", "names"), DOCUMENTS)
def test_cut_label_documents(body: str, names: list[str]) -> None:
    assert present(body) == names
