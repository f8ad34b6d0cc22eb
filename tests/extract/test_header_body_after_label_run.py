"""A Finland-Swedish or Åland municipal template flattened with its head labels first and their values after
them: "SAMMANTRÄDESPROTOKOLL KRONOBY KOMMUN. Nr 8/2014. Organ. Sammanträdesdatum Sida 8/155 KOMMUNSTYRELSEN.",
"Sammanträdesdatum Nr KOMMUNSTYRELSEN /10". The body is the committee after the run of empty labels, not the
municipality's letterhead (nor "STYRELSEN" cut out of "KOMMUNSTYRELSEN"). Look-alikes: one label before a name
(a value of its own), a run of labels before a place or a name that is no body's."""

from __future__ import annotations

import pytest

from planner.extract.header import (
    Found,
    committee_after_label_run,
    document_parts,
    extract_meeting,
    header_end,
)
from planner.extract.text import minutes_from_text


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ("SAMMANTRÄDESPROTOKOLL KRONOBY KOMMUN. Nr 8/2014. Organ. Sammanträdesdatum Sida 8/155 KOMMUNSTYRELSEN.",
         "Kommunstyrelsen"),
        ("FINSTRÖMS KOMMUN PROTOKOLL\nSammanträdesdatum Nr KOMMUNSTYRELSEN /10 Sammanträdestid kl",
         "Kommunstyrelsen"),
        ("GETA KOMMUN SAMMANTRÄDESKALLELSE Organ\nSammanträdesdatum Nr Kommunstyrelsen\nTid och plats 7 april 2021",
         "Kommunstyrelsen"),
        ("SALTVIKS KOMMUN SAMMANTRÄDESPROTOKOLL. Nr 5/2009. Sammanträdesdatum Organ Kommunstyrelsen",
         "Kommunstyrelsen"),
        ("KRONOBY KOMMUN PROTOKOLL\nOrgan Sammanträdesdatum Kultur- och fritidsnämnden", "Kultur- och fritidsnämnden"),
        # look-alikes
        ("KRONOBY KOMMUN PROTOKOLL\nOrgan Kommunstyrelsen", None),  # one label with its value: read elsewhere
        ("KRONOBY KOMMUN PROTOKOLL\nSammanträdesdatum Nr Kommungården", None),  # a place after the labels
        ("KRONOBY KOMMUN PROTOKOLL\nSammanträdesdatum Nr Kommunstyrelsens ordförande", None),
    ],
)
def test_committee_after_label_run(head: str, expected: str | None) -> None:
    parts = document_parts(minutes_from_text(head + "\n\n1 Mötets öppnande\n"))
    body = Found("Kronoby kommun", parts[0].start, parts[0].start + 5)
    found = committee_after_label_run(parts, header_end(parts), body)
    assert (found.value if found else None) == expected


def test_body_named_already_is_kept() -> None:
    parts = document_parts(minutes_from_text("Sammanträdesdatum Nr KOMMUNSTYRELSEN /10\n\n1 Mötets öppnande\n"))
    assert committee_after_label_run(parts, header_end(parts), Found("Tekniska nämnden", 0, 5)) is None


def test_flattened_municipal_head() -> None:
    text = ("FINSTRÖMS KOMMUN PROTOKOLL\nSammanträdesdatum Nr KOMMUNSTYRELSEN /10 Sammanträdestid kl\n"
            "Sammanträdesdatum 1.12.2010\nBeslutande Höglund, Roger, ordförande\n\n"
            "367 Konstatera laglighet och beslutförhet\n")
    assert extract_meeting(minutes_from_text(text))[0].body == "Kommunstyrelsen"
