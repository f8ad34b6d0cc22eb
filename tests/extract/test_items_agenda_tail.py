"""The agenda's last entries that the minutes under it never reached are items still.

"Dagordning" / "§161. Mötets öppnande" .. "§171. Mötets avslutande", then the minutes under the same headings, each
with its text, up to "§167. Musiklärarna" where the copy is cut (or the writer stopped): the agenda's "§168. Val av
stipendiekommitté" .. "§171. Mötets avslutande" are the meeting's items, after the headings. The list stands above
the minutes one entry a line, counts up by one from the first heading's number, and its first entries carry the
headings' titles (three in four alike or more).

Look-alikes: a standing agenda that every meeting follows ("Stående dagordning vid månadsmöten"); minutes whose
points tell what happened, not the agenda's titles; minutes that reach the agenda's end; another list at the same
numbers (the annual meeting's agenda quoted in the board's minutes).
"""

from __future__ import annotations

import pytest

from tests.extract.item_rows import item_numbers

_HEAD = "Styrelsemöte 2022-03-21\n\n"
_TEXT = "Styrelsen diskuterade frågan och beslutade att gå vidare med förslaget."


def _agenda(mark: str, first: int, titles: list[str]) -> str:
    return "\n".join(mark.format(n=first + k) + " " + t for k, t in enumerate(titles))


def _minutes(mark: str, first: int, titles: list[str], text: str = _TEXT) -> str:
    return "\n\n".join(f"{mark.format(n=first + k)} {t}\n\n{text}" for k, t in enumerate(titles))


_TITLES = ["Mötets öppnande", "Godkännande av dagordning", "Föregående protokoll", "Rapport från möte med rektorer",
           "Kassören", "Vårkonsert", "Val av stipendiekommitté", "Övriga frågor", "Nästa möte", "Mötets avslutande"]


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("Dagordning\n\n" + _agenda("§{n}.", 161, _TITLES) + "\n\n" + _minutes("§{n}.", 161, _TITLES[:6]),
         [str(n) for n in range(161, 171)]),
        ("Närvarande:\nAnna Berg\nBo Ek\n\n" + _agenda("§ {n}", 121, _TITLES) + "\n\n"
         + _minutes("§ {n}", 121, [*_TITLES[:5], "Vårkonserten i maj", "Val av stipendiekommitté"]),
         [str(n) for n in range(121, 131)]),
        # a web page: the agenda as a list, the minutes under headings
        ("Föreslagen dagordning\n\n" + _agenda("{n}.", 1, _TITLES[:8]) + "\n\n" + _minutes("## {n}.", 1, _TITLES[:5]),
         [str(n) for n in range(1, 9)]),
        ("Dagordning:\n" + _agenda("{n})", 1, _TITLES[:7]) + "\n\nProtokoll\n\n"
         + _minutes("### Punkt {n}", 1, _TITLES[:4]),
         [str(n) for n in range(1, 8)]),
        # the copy cut in the last heading's text
        ("Ärendelista\n\n" + _agenda("§ {n}", 40, _TITLES[:9]) + "\n\n" + _minutes("§ {n}", 40, _TITLES[:6])
         + "\n\n§ 46 Val av stipendiekommitté\nStyrelsen beslutade att kommittén ska bestå av tre perso",
         [str(n) for n in range(40, 49)]),
        # look-alikes: a standing agenda
        ("Stående dagordning vid styrelsemöten\n\n" + _agenda("§{n}.", 1, _TITLES) + "\n\n"
         + _minutes("§{n}.", 1, _TITLES[:7]),
         [str(n) for n in range(1, 8)]),
        # minutes whose points tell what happened, not the agenda's titles
        ("Dagordning\n\n" + _agenda("§{n}.", 161, _TITLES) + "\n\n"
         + _minutes("§{n}.", 161, ["Ordföranden öppnade mötet", "Den föreslagna dagordningen godkändes",
                                   "Protokollet lades till handlingarna", "Inget möte med rektorerna",
                                   "Kassören var inte närvarande", "Konserten blir den 24 maj",
                                   "Kommittén består av tre personer"]),
         [str(n) for n in range(161, 168)]),
        # the minutes reach the agenda's end
        ("Dagordning\n\n" + _agenda("§{n}.", 161, _TITLES[:6]) + "\n\n" + _minutes("§{n}.", 161, _TITLES[:6]),
         [str(n) for n in range(161, 167)]),
        # another list at the same numbers: the annual meeting's agenda, quoted in the board's minutes
        ("Förslag till årsmötets dagordning\n\n"
         + _agenda("§{n}.", 161, ["Årsmötets öppnande", "Val av mötesordförande", "Val av sekreterare",
                                  "Val av justerare", "Styrelsens verksamhetsberättelse", "Revisorernas berättelse",
                                  "Fråga om ansvarsfrihet", "Val av styrelse", "Val av revisorer",
                                  "Årsmötets avslutande"]) + "\n\n"
         + _minutes("§{n}.", 161, _TITLES[:7]),
         [str(n) for n in range(161, 168)]),
    ],
)
def test_agenda_tail(text: str, numbers: list[str]) -> None:
    assert item_numbers(_HEAD + text + "\n", "2022-03-21") == numbers
