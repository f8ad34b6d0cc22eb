"""Dates and times written the Swedish way, for the text people read (pages, mails, agenda drafts).

One place for "fredag 8 maj 2020 kl. 8.45–15.00", so that the site, the reminder mails and the
agenda drafts say a date the same way.
"""

from __future__ import annotations

import datetime as dt

MONTHS_SV = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september",
             "oktober", "november", "december")
WEEKDAYS_SV = ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag")
UNDECIDED_SV = "datum ej fastställt"
# Event kinds (the contract's words) as pages, feeds and summaries name them.
KIND_SV = {"meeting": "Möte", "workshop": "Workshop", "conference": "Konferens", "trip": "Resa",
           "deadline": "Sista dag", "milestone": "Milstolpe", "other": "Övrigt"}


def format_date_sv(value: dt.date | None, *, weekday: bool = True) -> str:
    """Return "fredag 8 maj 2020" ("8 maj 2020" without the weekday; "" for None)."""
    if value is None:
        return ""
    text = f"{value.day} {MONTHS_SV[value.month - 1]} {value.year}"
    return f"{WEEKDAYS_SV[value.weekday()]} {text}" if weekday else text


def format_month_sv(value: str | None) -> str:
    """Return "juni 2020" for "2020-06" (anything else as it is)."""
    if not value or len(value) != 7 or value[4] != "-" or not value[5:].isdigit() or not 1 <= int(value[5:]) <= 12:
        return value or ""
    return f"{MONTHS_SV[int(value[5:]) - 1]} {value[:4]}"


def format_target_sv(when: str | None) -> str:
    """Return when a carried item comes back: "till nästa möte", "till juni 2020", "till 8 maj 2020" ("" for None).

    `when` is the contract's value: "next", "YYYY-MM" or "YYYY-MM-DD"; anything else is given as it is.
    """
    if not when:
        return ""
    if when == "next":
        return "till nästa möte"
    if len(when) == 10:
        try:
            return f"till {format_date_sv(dt.date.fromisoformat(when), weekday=False)}"
        except ValueError:
            return when
    month = format_month_sv(when)
    return f"till {month}" if month != when else when


def format_time_sv(value: dt.time) -> str:
    """Return "9.00" (Swedish style: a point between hours and minutes, no leading zero in running text)."""
    return f"{value.hour}.{value.minute:02d}"


def format_times_sv(start: dt.time | None, end: dt.time | None) -> str:
    """Return "kl. 9.00–12.00", "kl. 9.00" or "" when there is no start."""
    if start is None:
        return ""
    text = f"kl. {format_time_sv(start)}"
    return f"{text}–{format_time_sv(end)}" if end else text


def format_when_sv(date: dt.date | None, *, end_date: dt.date | None = None, start: dt.time | None = None,
                   end: dt.time | None = None, month: str | None = None) -> str:
    """Return "fredag 8 maj 2020 kl. 8.45–15.00", a range of days, or "juni 2020, datum ej fastställt"."""
    if date is None:
        return f"{format_month_sv(month)}, {UNDECIDED_SV}" if month else UNDECIDED_SV
    text = format_date_sv(date)
    if end_date and end_date != date:
        text += f" – {format_date_sv(end_date)}"
    times = format_times_sv(start, end)
    return f"{text} {times}" if times else text
