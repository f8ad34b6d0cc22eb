"""Officials run together title first: "Title Name, title Name och title Name".

A flattened list of officials puts each title before its name, the pairs run together or parted by commas,
"och", items or full stops, often after the members with their parties: "Jaana Tilles (s) Kommundirektör Kjell
Johansson Kommunplanerare Shula Gladnikoff Kommunsekreterare Anna Lindholm", "Upphandlingsledare Torbjörn
Karlsson Teknisk chef Göran Landenius, va-ingenjör Conny Johansson, ...", "Socialchef Ingvar G Wahlström och
nämndsekreterare Monica Karlsson. Bitr. områdeschef Elisabeth Larsson och Samordnare data Siv Alge 69-7: MAS
Daisy Andersson 71; ...". Each name is read with its title as role.

Look-alikes: members with their party after the name and a role after it ("Ordförande Stig Nilsson (S) Ledamot
..."), fewer than three officials, names before their titles, and capitalised prose read no officials by this rule.
"""

from __future__ import annotations

from functools import partial

import pytest

from planner.extract.attendance import _officials_title_first
from tests.extract.attendance_lists import attendance_names

_lists = partial(attendance_names, head="Protokoll 2009-02-12\n\n", tail="\n\n§ 1 Mötet öppnas\n\nOrdföranden hälsade alla välkomna.")


@pytest.mark.parametrize(
    ("text", "read"),
    [
        (("Upphandlingsledare Torbjörn Karlsson Teknisk chef Göran Landenius, va-ingenjör Conny Johansson, ekonom "
         "Ing-Mari Olsson Lindquist, avdelningschef Jan Sandberg, trafikingenjör Stefan Sämfors, dietist Hélène "
         "Carlsson och förvaltningsassistent Ingela Carlsson Justeringen har offentliggjorts på kommunens anslagstavla"),
         [("Torbjörn Karlsson", "upphandlingsledare"), ("Göran Landenius", "teknisk chef"),
          ("Conny Johansson", "va-ingenjör"), ("Ing-Mari Olsson Lindquist", "ekonom"), ("Jan Sandberg", "avdelningschef"),
          ("Stefan Sämfors", "trafikingenjör"), ("Hélène Carlsson", "dietist"),
          ("Ingela Carlsson", "förvaltningsassistent")]),
        (("Jaana Tilles (s) Kommundirektör Kjell Johansson Kommunplanerare Shula Gladnikoff Kommunsekreterare Anna "
         "Lindholm Hans Strandin (s) Kommunledningskontoret, Vallentuna"),
         [("Kjell Johansson", "kommundirektör"), ("Shula Gladnikoff", "kommunplanerare"),
          ("Anna Lindholm", "kommunsekreterare")]),
        (("Elisabeth Mörndahl (Fp). Socialchef Ingvar G Wahlström och nämndsekreterare Monica Karlsson. Bitr. "
         "områdeschef Elisabeth Larsson och Samordnare data Siv Alge 69-7: MAS Daisy Andersson 71; Verksamhetschef "
         "Kenneth Nilsson 72; Områdeschef Harriet Hveen Hugosson 73"),
         [("Ingvar G Wahlström", "socialchef"), ("Monica Karlsson", "nämndsekreterare"),
          ("Elisabeth Larsson", "bitr. områdeschef"), ("Siv Alge", "samordnare data"), ("Daisy Andersson", "MAS"),
          ("Kenneth Nilsson", "verksamhetschef"), ("Harriet Hveen Hugosson", "områdeschef")]),
        # look-alikes
        (("Andreas Erlandsson (S) Ordförande Stig Nilsson (S) Ledamot Kenneth Gustafsson (S) Ledamot Dennis Rydh (S) "
         "Ledamot"), []),
        ("Kommundirektör Kjell Johansson Kommunsekreterare Anna Lindholm", []),
        (("Tjänsteman Maria Hedman, kommunsekreterare Peter Carlstedt, kommunchef Stefan Billström, chef Stöd - och "
          "serviceavdelningen Conny Eriksson, näringslivschef"), []),
        ("Kjell Johansson, kommundirektör, Anna Lindholm, kommunsekreterare, Eva Ek, ekonom", []),
        ("Mötet Beslutade Anna Berg Tackade Per Lund Avslutade Eva Ek", []),
        ("KD Anna Berg M Per Lund S Eva Ek", []),
    ],
)
def test_officials_title_first(text: str, read: list[tuple[str, str]]) -> None:
    found = _officials_title_first(text, 10)
    people = found[2] if found else []
    assert [(p.name, p.role) for p in people] == read
    assert all(text[p.start - 10: p.end - 10] == p.name for p in people)


@pytest.mark.parametrize(
    ("text", "present"),
    [
        (("Närvarande:\nUpphandlingsledare Torbjörn Karlsson Teknisk chef Göran Landenius, va-ingenjör Conny Johansson, "
         "ekonom Ing-Mari Olsson Lindquist, dietist Hélène Carlsson"),
         ["Torbjörn Karlsson", "Göran Landenius", "Conny Johansson", "Ing-Mari Olsson Lindquist", "Hélène Carlsson"]),
    ],
)
def test_officials_title_first_in_a_list(text: str, present: list[str]) -> None:
    assert _lists(text)[0] == present
