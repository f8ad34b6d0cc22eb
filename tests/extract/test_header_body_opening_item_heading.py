"""The first item's heading standing where a title would: a stored copy's snippet title taken from it ("Mötet
öppnas inledning"), or a flattened page's line opening with it before the minutes' title ("1 Mötet öppnas
inledning Protokoll nr 374, fört vid sammanträde med Svenska Gymnastikförbundets STYRELSE måndagen den 2
februari 2015 ..."). The heading is no body; the title after it is read. Look-alikes: a title that names the
opening later ("Protokoll ... Mötets öppnande" is read as before), a body whose name holds "öppna"."""

from __future__ import annotations

import pytest

from planner.extract.header import extract_meeting
from planner.extract.text import minutes_from_text

# A stored copy's page as the site gives it: its snippet title, the frame, then the transcript's first page.
_COPY = (
    'Mötet öppnas inledning\n\nStorlek: px\nStarta visningen från sidan:\n\nDownload "Mötet öppnas inledning"\n'
    '\nTranskript\n\n1 Mötet öppnas inledning Protokoll nr 374, fört vid sammanträde med Svenska Gymnastikfö'
    'rbundets STYRELSE måndagen den 2 februari 2015 på Idrottens Hus, konferensrum Rosen, Stockholm. Närv'
    'arande: Malin Eggertz Forsmark (ordf.), Suzanne Lundvall, Anders Caspár (- 16), Per Malmborg, Lars M'
    'örk, Tina Sahlén samt Patrik Tengwall. Dessutom närvarande: Johan Fyrberg, Kjell Adolfsson och Carl-'
    'Åke Myrsell, Pia Josephson ( 9-12), Lena Lindahl och Jonas Juhl ( 17) Förhindrade: Edit Eriksson och'
    ' Ingela Nilsson Ordförande hälsar alla välkomna till dagens möte och vänder sig speciellt till Johan'
    ' Fyrberg som gör sitt första riktiga styrelsesammanträde i sin roll som generalsekreterare. GS-refle'
    'ktioner GS inleder mötet med att ge sina reflektioner från de första två månaderna. Svenska Gymnasti'
    'ks utvecklingsmodell och Uppförandekoden utgör drivkraften i förbundets verksamhet och bidrar till a'
    'tt förstå och förklara förbundets sammanhang. Det är tydligt att Svenska Idrottsrörelsen 2.0 (RF/SIS'
    'U:s material om framtidens idrottsrörelse) samt RF:s strategiska inriktning harmoniserar med SvGF\n'
)


def _body(text: str) -> str | None:
    return extract_meeting(minutes_from_text(text))[0].body


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (_COPY, "Svenska Gymnastikförbundets STYRELSE"),
        ("Mötets öppnande\n\nProtokoll Kulturnämnden 2022-05-02\n\nNärvarande: Anna Ek\n", "Kulturnämnden"),
        # look-alikes
        ("Protokoll Kulturnämnden 2022-05-02\n\n1 Mötets öppnande\nOrdföranden öppnade mötet.\n", "Kulturnämnden"),
        ("Öppna förskolans föräldraråd 2022-05-02\n\nNärvarande: Anna Ek\n", "Öppna förskolans föräldraråd"),
    ],
)
def test_opening_item_heading_is_no_title(text: str, body: str) -> None:
    assert _body(text) == body
