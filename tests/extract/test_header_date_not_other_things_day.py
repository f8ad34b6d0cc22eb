"""A page with no date of its own (a meetings portal's bullets, a news post) leaves the meeting date null rather than
take another thing's day from its prose: a day set for something ahead ("Temadagen är fastställd till den 16 oktober
2020"), an earlier decision cited by day and paragraph ("Vid SVOM den 23 februari 2024, § 11, beslutades"), a change
from a day on ("Sofia Nygren blir ny sekreterare ... från den 1 februari 2020"), or a date under a heading of
meetings to come ("Planerade möten"). Look-alikes keep their day: the minutes' own meeting told in the same words
("Vid styrelsemötet den 14 maj 2018 beslutades"), "Anteckningar från den 12 mars 2019", a title date over prose, and
a list heading that names past meetings.
"""

from __future__ import annotations

import pytest

from planner.extract import extract_text, minutes_from_text

_PORTAL = "Hoppa över navigering\n • § 1\n\n  Justering\n\n • § 2\n\n  Godkännande av föredragningslistan\n\n"

CASES = [
    # (text, meeting date)
    (_PORTAL + "  • Temadagen är fastställd till den 16 oktober 2020 och Katrinebergs folkhögskola är bokad\n", None),
    (_PORTAL + " • Rekommendationsbeslut planeras till den 11 oktober 2024 i samverkansgruppen och beredningen "
     "fortsätter under sommaren.\n", None),
    (_PORTAL + " • Bakgrund\n\n  Vid SVOM den 23 februari 2024, § 11, beslutades följande:\n"
     "  1. Information om utskrivningsklara diskuteras vid nästkommande SVOM.\n", None),
    (_PORTAL + " • Informationsärende. Den 12 oktober 2022, § 123, beslutade regionfullmäktige om införande av "
     "SMS-livräddare i regionen och nämnden ska utreda frågan vidare under året.\n", None),
    (_PORTAL + "  • Förändring på kansliet\n   Maria Hvidberg Müller slutar sitt vikariat och Sofia Nygren blir ny "
     "sekreterare för rådet från den 1 februari 2020.\n", None),
    (("Nytt nätverk för demensfrågor\n\nDen 5 maj var uppstartsmötet för nätverket som samlar många aktörer i länet "
      "och som ska ses flera gånger per år.\n\nPlanerade möten\n\nStockholms läns demensdag: Digitalt möte 10/11 "
      "2021. Äldrecentrum arrangerar.\n"), None),
    # look-alikes: the minutes' own day
    ("Styrelsemöten\n\nVid styrelsemötet den 14 maj 2018 beslutades bland annat följande:\n • Att köpa ett draperi.\n",
     "2018-05-14"),
    ("Anteckningar från den 12 mars 2019\n\nNärvarande: Anna Holm, Bo Berg\n\n1. Mötets öppnande\n", "2019-03-12"),
    ("Protokoll styrelsemöte 2020-03-06\n\n1. Mötets öppnande\nTemadagen är fastställd till den 16 oktober 2020.\n",
     "2020-03-06"),
    ("Tidigare möten\n\nStyrelsemöte 2021-04-12\n\nNärvarande: Anna Holm, Bo Berg\n\n1. Mötets öppnande\n",
     "2021-04-12"),
    ("Styrelsemöte\n\nTid: 2020-09-10 kl. 18.00\n\nKommande möten\n2020-10-08\n\n1. Mötets öppnande\n", "2020-09-10"),
]


@pytest.mark.parametrize(("text", "day"), CASES)
def test_header_date_not_other_things_day(text: str, day: str | None) -> None:
    assert extract_text(minutes_from_text(text)).meeting.date == day


_NEXT_MAY = "  • Nästa möte i maj - närsjukvården föreslås\n   Rådet anser att vi till nästa möte i maj bjuder in förvaltningen.\n"

NEXT_CASES = [
    # (text, next meeting): with no date of its own, a day set ahead does not anchor the year of "i maj"
    (_PORTAL + "  • Sofia Nygren blir ny sekreterare från den 1 februari 2020.\n" + _NEXT_MAY
     + "  • Temadagen är fastställd till den 16 oktober 2020 och folkhögskolan är bokad\n", "2020-05"),
    (_PORTAL + _NEXT_MAY + "  • Konferensen är planerad till den 3 november 2020\n", "2020-05"),
    # look-alikes: the minutes' own date anchors it
    ("Protokoll 2020-09-10\n\n1. Mötets öppnande\n" + _NEXT_MAY, "2021-05"),
    ("Protokoll 2020-02-10\n\n1. Mötets öppnande\n" + _NEXT_MAY + "Temadagen är fastställd till den 16 oktober 2020.\n",
     "2020-05"),
    ("Minnesanteckningar 10 september 2020\n\n1. Mötets öppnande\n" + _NEXT_MAY, "2021-05"),
]


@pytest.mark.parametrize(("text", "month"), NEXT_CASES)
def test_next_month_not_anchored_on_days_set_ahead(text: str, month: str) -> None:
    assert extract_text(minutes_from_text(text)).next_meeting == month
