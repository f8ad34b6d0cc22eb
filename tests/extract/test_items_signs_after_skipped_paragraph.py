"""Paragraphs numbered by "§" and told in sentences ("§ 9 Revisionsberättelsen kunde godkännas efter
korsförhör av kassören.", "§11 Beslutades att fortsätta med fem medlemmar"): where one paragraph could not
be read ("§ 8 . (prick i protokollet) ..."), every paragraph after it was lost. A paragraph sign numbers
paragraphs only, so a run of three or more counting on past the one number lost is the rest of the minutes;
fewer than three, or a run that skips more, stays text."""

from __future__ import annotations

import pytest

from planner.extract import extract_text
from planner.extract.text import minutes_from_text

HEAD = """Datum: 2010-07-31
Plats: Kuppen, Herrvik
Närvarande: Roger Klingvall, Evert Nyström, Bosse Dahlström

§ 1 Mötet öppnades.

§ 2 Efter diskussioner och taktiska dispositioner valdes Roger enhälligt till ordförande.

§ 3 Den ende som hade penna synligt var undertecknad, därför enhälligt utsedd till sekretär.

§ 4 Föredragningslistan godkändes efter justering angående val.

§ 5 Årsmötet befanns behörigt utlyst.

§ 6 Efter id-kontroll befanns 9 st som kunde godkännas som röstande medlemmar och skulle övervakas.

"""
LOST = "§ 7 . (prick i protokollet) Undertecknad hade lyckats undvika att medföra en verksamhetsberättelse.\n\n"
AFTER = [
    "§ 8 Revisionsberättelsen kunde godkännas efter korsförhör av kassören. Revisören hade gått under jorden.",
    "§ 9 Efter gny och protester beslutades att ge styrelsen ansvarsfrihet för det gångna verksamhetsåret.",
    "§10 Beslutades att fortsätta med fem medlemmar, konstaterades att det fungerar inte ändå i längden.",
    "§11 Noteras att ordförande Mats fick två år förra året och sitter kvar ett år till nu.",
]
FIRST = ["1", "2", "3", "4", "5", "6"]


def numbers(body: str) -> list[str | None]:
    return [i.number for i in extract_text(minutes_from_text(HEAD + body)).items]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (LOST + "\n\n".join(AFTER) + "\n", [*FIRST, "8", "9", "10", "11"]),
        (LOST + "\n\n".join(AFTER[:3]) + "\n", [*FIRST, "8", "9", "10"]),
        (LOST + "\n\n".join(AFTER) + "\n\n§12 Valberedningen omvaldes – Pär B och Håkan\n",
         [*FIRST, "8", "9", "10", "11", "12"]),
        # look-alikes: only two after the lost one; a run that skips two numbers; one number said three times
        (LOST + "\n\n".join(AFTER[:2]) + "\n", FIRST),
        (LOST + "\n\n".join(AFTER[1:]) + "\n", FIRST),
        (LOST + "\n\n".join([AFTER[0], AFTER[0], AFTER[0]]) + "\n", FIRST),
    ],
)
def test_signs_after_a_skipped_paragraph(body: str, expected: list[str]) -> None:
    assert numbers(body) == expected
