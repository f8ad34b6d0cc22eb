"""The place after "i" / "på" right after the start clock on a flattened title line that runs on into
the first agenda item ("Protokoll fört vid Årsmöte för Smedby Koloniförening Åkersberga Söndag 29 April
2012 kl 13.00 i Föreningshuset Smedby Koloniområde 1. Mötets öppnande ..."): the item's number ends the
place (`header.venue_after_start_before_first_item`). Without the first item right after, or with a
sentence rather than a name, no place is read here."""

from __future__ import annotations

import pytest

from planner.extract.header import Found, venue_after_start_before_first_item

_LEAD = "Årsmöte Söndag 29 April 2012 kl 13.00"
_START = Found("13:00", len(_LEAD) - 5, len(_LEAD))


@pytest.mark.parametrize(("tail", "venue"), [
    (" i Föreningshuset Smedby Koloniområde 1. Mötets öppnande och fastställande av dagordning", "Föreningshuset Smedby Koloniområde"),
    (" på Folkets Hus § 1 Mötets öppnande", "Folkets Hus"),
    # look-alikes
    (" i Föreningshuset. Mötet öppnades av ordföranden.", None),  # no item after
    (" i Zoom 1. Mötets öppnande", None),  # a platform
    (" i Föreningshuset 12 personer var närvarande", None),  # a count, not item 1
    (" i samband med att vi åt lunch och pratade om allt som hänt under året 1. Mötets öppnande", None),  # lower case
    (" i Föreningshuset där vi åt lunch och pratade om allt som hänt 1. Mötets öppnande", None),  # too long
])
def test_place_before_first_item(tail: str, venue: str | None) -> None:
    found = venue_after_start_before_first_item(_LEAD + tail, _START)
    assert (found.value if found else None) == venue
