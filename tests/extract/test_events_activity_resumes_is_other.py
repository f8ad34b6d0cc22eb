"""A paused activity taken up again on a date: "Digitalfoto: Terminen avslutad, startar igen 12 januari",
"Historiegruppen: Fortsätter dokumentera vykort, startar igen 27 januari" (a village association's groups),
"Kören börjar igen efter sommaruppehållet den 22 augusti", "Cirkeln återupptas 3 februari". The activity's next
session is a thing held, kind other (`_RESUMES`), not a milestone ("startar" made it one), nor a trip told in
the sentence before ("Avslutar terminen med en resa till Landsarkivet. Startar igen den 13 januari.").

Look-alikes: a system starting, a thing to be made ready."""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.text import minutes_from_text

HEAD = "Styrelsemöte 2022-03-14\n\nNärvarande: Anna Berg, Olle Ek\n\n"


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        ("Digitalfoto: Terminen avslutad, startar igen 12 januari 2023.", "other"),
        ("Historiegruppen: Fortsätter dokumentera vykort, startar igen 27 januari 2023.", "other"),
        ("Släktforskning: Avslutar terminen med en resa till Landsarkivet i Lund. Startar igen den 13 januari 2023.",
         "other"),
        ("Kören börjar igen efter sommaruppehållet den 22 augusti.", "other"),
        ("Studiecirkeln återupptas den 3 februari 2023.", "other"),
        ("Boulen drar igång igen den 2 maj.", "other"),
        # look-alikes
        ("Det nya medlemsregistret startar 5 april.", "milestone"),
        ("Den nya webbshoppen lanseras och startar igen 5 april.", "milestone"),
    ],
)
def test_activity_resumes_is_other(body: str, kind: str) -> None:
    got = extract_text(minutes_from_text(HEAD + body + "\n"))
    assert [e.kind.value for e in got.events] == [kind]
