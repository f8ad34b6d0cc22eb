"""A list of attachments run in on a line ("Bilagor: 1. Vattenförvaltning: Samråd utökad mjölkproduktion ... 2.
VVP: Rapport Höga och låga vattenflöden ... 3. VVP: Aktuella åtgärder 4. Budgetuppföljning") whose entries open
with labels of their own: the list's label is the one before its first number, so every entry stays out of the
items, not only the first.

Look-alikes: points run in after a label that is no attachment list ("Dagordning: 1. Val av justerare 2.
Ekonomi: ...") are not affected by this rule.
"""

from __future__ import annotations

from planner.extract.items import find_headings
from planner.extract.text import minutes_from_text

COPY = 'PROTOKOLL\n\nDownload "PROTOKOLL"\n\nTranskript\n\n'
PAGE_1 = ("1 PROTOKOLL 1 (11) STYRELSEN FÖR KÄVLINGEÅNS VATTENRÅD Närvarande Ledamöter: Thomas Quist Sjöbo kommun "
          "(ordf.) Plats: Kommunhuset i Kävlinge Tid: Torsdagen den 22 september kl Bilagor: 1. Vattenförvaltning: "
          "Samråd utökad mjölkproduktion vid Pålstorp i Sjöbo kommun UTGÅR a. Samrådsunderlag b. Förslag till "
          "yttrande 2. VVP: Rapport Höga och låga vattenflöden i vattendrag 3. VVP: Aktuella åtgärder 4. "
          "Budgetuppföljning\n\n")


def _numbers(text: str) -> list[str | None]:
    heads, _ = find_headings(minutes_from_text(text))
    return [h.number for h in heads]


def test_attachment_entries_with_labels_are_no_items() -> None:
    page_2 = ("2 2 (11) 5. Val av justerare Thomas Quist hälsar alla välkomna och öppnar mötet. "
              "6. Ekonomi Kassören redovisade läget. 7. Övriga frågor Inga övriga frågor.\n")
    assert _numbers(COPY + PAGE_1 + page_2) == ["5", "6", "7"]


def test_points_after_other_label_stay_items() -> None:
    page_1 = ("1 PROTOKOLL 1 (11) STYRELSEN FÖR KÄVLINGEÅNS VATTENRÅD Plats: Kommunhuset i Kävlinge Protokoll: "
              "1. Val av justerare Thomas Quist valdes. 2. VVP: Rapport om höga och låga vattenflöden. "
              "3. VVP: Aktuella åtgärder redovisades. 4. Budgetuppföljning Kassören redovisade läget.\n")
    assert _numbers(COPY + page_1) == ["1", "2", "3", "4"]
