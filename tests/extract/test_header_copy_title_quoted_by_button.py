"""A stored copy (5dok, docplayer) that took the first item's heading as the page's title ("§ 57 Val av justerare"),
quoted again by its share or download button a few lines below ('Share "§ 57 Val av justerare"'): the heading is the
copy's title, not the agenda's start, so the minutes' head below it (date, place and time, posting block) is still
read, and the heading is no body. The posting block's "Nämnd" label names the body as "Organ" does ("Nämnd
Kommunstyrelsen"). Look-alikes: an item line with no button quoting it ends the head; a button quoting another text
leaves the item line an item."""

from __future__ import annotations

import re

import pytest

from planner.extract.header import document_parts, extract_meeting, header_end
from planner.extract.model import Meeting
from planner.extract.text import minutes_from_text

_ITEM = re.compile(r"(?:§ )?\d+\.? ")


def _meeting(text: str) -> Meeting:
    return extract_meeting(minutes_from_text(text))[0]


_COPY = ("• No results found\n\n{title}\n\nN/A\nProtected\n\nAcademic year: 2022\n\n{button} \"{title}\"\n\nCopied!\n"
         "55\n0\n\nFull text\n\n(1)\n\nUtses att justera Anna Ek\n\nParagrafer 57–93\n\n"
         "Sekreterare\n\nPer Lind\n\nANSLAG/BEVIS\n\nProtokollet är justerat.\n\nNämnd {body}\n\n"
         "Sammanträdesdatum 2019-03-11\n\nPlats och tid Hörbysalen 1\n\nMåndagen den 11 mars 2019 kl. 14.00–18.55\n\n"
         "Beslutande Anna Ek (S), ordförande\n\n§ 58 Godkännande av dagordning\n")


@pytest.mark.parametrize(
    ("title", "button", "body"),
    [
        ("§ 57 Val av justerare", "Share", "Kommunstyrelsen"),
        ("§ 1 Mötets öppnande", "Share", "Barn- och utbildningsnämnden"),
        ("§ 12 Upprop", "Download", "Socialnämnden"),
        ("1. Val av justerare", "Share", "Kultur- och fritidsnämnden"),
        ("§ 101 Information från förvaltningen", "Download", "Miljönämnden"),
    ],
)
def test_copy_title_quoted_by_button_keeps_the_head(title: str, button: str, body: str) -> None:
    m = _meeting(_COPY.format(title=title, button=button, body=body))
    assert (m.body, m.date, m.start, m.end, m.venue) == (body, "2019-03-11", "14:00", "18:55", "Hörbysalen 1")


@pytest.mark.parametrize(
    "head",
    [
        # no button: the item line ends the head
        "Protokoll\n\nStyrelsen\n\n§ 1 Mötets öppnande\n\nDatum 2019-03-11\n",
        # a button quoting another text
        "Protokoll\n\nStyrelsen\n\n§ 1 Mötets öppnande\n\nShare \"Protokoll styrelsen\"\n\nDatum 2019-03-11\n",
        "Styrelsen\n\n1. Val av justerare\n\nDownload \"Styrelsen\"\n\nDatum 2019-03-11\n",
    ],
)
def test_item_line_without_its_quote_ends_the_head(head: str) -> None:
    parts = document_parts(minutes_from_text(head))
    end = header_end(parts)
    assert end < len(parts) and _ITEM.match(parts[end].text)


def test_quoted_item_line_does_not_end_the_head() -> None:
    parts = document_parts(minutes_from_text(_COPY.format(title="§ 57 Val av justerare", button="Share", body="KS")))
    assert parts[header_end(parts)].text.startswith("§ 58")


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Nämnd Kommunstyrelsen\nSammanträdesdatum 2019-03-11\n", "Kommunstyrelsen"),
        ("Nämnd: Socialnämnden\nSammanträdesdatum 2019-03-11\n", "Socialnämnden"),
        ("Organ Utbildningsnämnden\nSammanträdesdatum 2019-03-11\n", "Utbildningsnämnden"),
    ],
)
def test_namnd_label_names_the_body(text: str, body: str) -> None:
    assert _meeting(text).body == body
