"""Several paragraphs run together on one line of flattened text: "§ 1. Mötet öppnades. § 2. Dagordningen
fastställdes." or "§2 Dagordningen fastställs §3 Val av justerare ...". Each mark "§ N" that goes on
counting from the line's opening paragraph and is followed by a capitalised word opens an item.

Look-alikes: a paragraph referred to in the text ("enligt § 3", "se § 5 i stadgarna") and a mark
that does not go on counting ("§ 7" in the text of paragraph 2) open nothing.
"""

from __future__ import annotations

import pytest

from tests.extract.item_rows import item_numbers, item_rows

DAY = "2022-05-05"
HEAD = "Protokoll styrelsemöte 2022-05-05\n\nNärvarande: Anna Berg, Olle Ek\n\n"


@pytest.mark.parametrize(
    ("body", "numbers"),
    [
        # sentences that are titles, run together after full stops (a web page's paragraphs flattened)
        (("§ 1. Mötet öppnades. § 2. Dagordningen fastställdes. § 3. Kallelsen godkändes: Programblad.\n\n"
          "§ 4. Val av ordförande / sekreterare. Till ordförande valdes Roland. § 5. Val av protokollsjusterare. "
          "Till att justera valdes Krister. § 6. Pågående arbeten: Se listan.\n\n"
          "§ 7. Övriga frågor. Inga.\n\n§ 8. Mötet avslutades.\n"),
         ["1", "2", "3", "4", "5", "6", "7", "8"]),
        # marks without stop, the next title after a word of the last one's text
        (("§1 Mötet öppnas av Martin\n\n§2 Dagordningen fastställs §3 Val av justerare Martin och Marie justerar\n\n"
          "§4 Ekonomi Kassan är god.\n\n§5 Mötet avslutas\n"),
         ["1", "2", "3", "4", "5"]),
    ],
)
def test_run_in_paragraph_marks_are_items(body: str, numbers: list[str]) -> None:
    assert item_numbers(HEAD + body, DAY) == numbers


def test_run_in_titles_are_cut_at_the_next_mark() -> None:
    rows, _ = item_rows(HEAD + "§1 Mötet öppnas\n\n§2 Dagordningen fastställs §3 Val av justerare Martin justerar\n\n"
                        "§4 Mötet avslutas\n", DAY)
    assert [(n, t) for n, t, *_ in rows][1:3] == [("2", "Dagordningen fastställs"), ("3", "Val av justerare")]


@pytest.mark.parametrize(
    ("body", "numbers"),
    [
        # a paragraph referred to: not a new item
        ("§ 1. Mötet öppnades.\n\n§ 2. Stadgar. Beslutades enligt § 3 Mom 2 i stadgarna.\n\n§ 4. Mötet avslutades.\n",
         ["1", "2", "4"]),
        ("§ 1. Mötet öppnades.\n\n§ 2. Stadgar. Frågan hänger ihop med § 3 Val av styrelse.\n\n§ 4. Mötet avslutades.\n",
         ["1", "2", "4"]),
        ("§ 1. Mötet öppnades.\n\n§ 2. Protokoll. Se § 3 Budget nedan.\n\n§ 4. Mötet avslutades.\n", ["1", "2", "4"]),
        # a mark that does not go on counting
        ("§ 1. Mötet öppnades.\n\n§ 2. Protokoll. Beslutet i § 7 Budget gäller.\n\n§ 3. Mötet avslutades.\n",
         ["1", "2", "3"]),
    ],
)
def test_referred_or_out_of_count_marks_open_nothing(body: str, numbers: list[str]) -> None:
    assert item_numbers(HEAD + body, DAY) == numbers
