"""A minute book copied out: each paragraph's number alone on its line ("1", "10", "11."), its text on the
lines below and no title ("1" / "Erik hälsar välkomna och förklarar mötet öppnat." / "2" / ...). In a column
of three or more such numbers counting up by one, each number is an item named by its text's first sentence.

Look-alikes: a page's number alone above its text (pages lie far apart), a single number above a
sentence, and numbers that do not count up open no item.
"""

from __future__ import annotations

import pytest

from tests.extract.item_rows import item_numbers, item_rows

DAY = "2003-10-01"
HEAD = "Protokoll fört vid möte med Nyhems storlicensområde 031001, Vängåvan i Nyhem.\n\n"


@pytest.mark.parametrize(
    ("body", "numbers"),
    [
        # numbers without a stop, a blank line around each
        (("1\n\nErik hälsar välkomna och förklarar mötet öppnat.\n\n2\n\nSittande ordförande väljs att leda mötet.\n\n"
          "3\n\nLeif Johansson väljs som sekreterare för kvällen.\n\n4\n\nUpprop av jaktlag, närvarande:\n"
          "Lugnvik, Gimdalen N, Gimdalen S.\n\n5\n\nBeslutas att nästa möte blir den 4 februari 2004 på Vängåvan i\n"
          "Nyhem kl. 19.00\n\n6\n\nOrdförande förklarar mötet avslutat.\n"),
         ["1", "2", "3", "4", "5", "6"]),
        # numbers with a stop and one without, no blank lines
        (("1.\nStämman öppnades.\n2.\nFöreslagen dagordning godkändes.\n3.\nTill ordförande valdes Kent Gattinger.\n"
          "4.\nFastställande av röstlängd bordlades t.v. för att fastställas senare.\n\n5\n"
          "Bestämdes att reglerna för jaktutövningen skulle vara samma som föregående år.\n6.\n"
          "Några medlemsfrågor fanns ej anmälda.\n"),
         ["1", "2", "3", "4", "5", "6"]),
    ],
)
def test_numbers_alone_above_their_paragraphs_are_items(body: str, numbers: list[str]) -> None:
    assert item_numbers(HEAD + body, DAY) == numbers


def test_the_first_sentence_names_the_paragraph() -> None:
    rows, _ = item_rows(HEAD + "1\n\nKallelsen godkännes. Den kom i tid.\n\n2\n\nDagordningen godkännes.\n\n"
                        "3\n\nInga övriga frågor finns att behandla.\n", DAY)
    assert [(n, t) for n, t, *_ in rows] == [("1", "Kallelsen godkännes"), ("2", "Dagordningen godkännes"),
                                             ("3", "Inga övriga frågor finns att behandla")]


FILLER = "".join(f"Styrelsen diskuterade frågan nummer {k} ingående och länge.\n" for k in range(45))


@pytest.mark.parametrize(
    "body",
    [
        # pages: a number alone above each page's text, the pages far apart
        "1\nVi har haft ett bra år i föreningen.\n" + FILLER + "2\nStyrelsen tackar alla medlemmar.\n" + FILLER
        + "3\nKassören redovisar ett överskott.\n" + FILLER,
        # one number alone above a sentence
        "Mötet hölls i klubbstugan.\n\n2\n\nStyrelsen tackar alla medlemmar för året.\n",
        # numbers that do not count up
        "5\n\nStyrelsen tackar alla medlemmar.\n\n12\n\nKassören redovisar ett överskott.\n\n7\n\nAlla var nöjda.\n",
    ],
)
def test_numbers_outside_a_column_open_no_item(body: str) -> None:
    assert item_numbers(HEAD + body, DAY) in ([], [None])
