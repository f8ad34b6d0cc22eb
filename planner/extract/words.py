"""Swedish word lists used by the extraction steps: data, not regex soup.

Each engineer's lists live in their own clearly marked section below.
"""

from __future__ import annotations

# --- dates and events (dates.py, events.py) ---
# Month names and abbreviations -> month number. English names occur in mixed-language notes.
MONTHS: dict[str, int] = {
    "januari": 1, "jan": 1, "februari": 2, "feb": 2, "febr": 2, "mars": 3, "mar": 3,
    "april": 4, "apr": 4, "maj": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7,
    "augusti": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9, "oktober": 10, "okt": 10,
    "november": 11, "nov": 11, "december": 12, "dec": 12,
    "january": 1, "february": 2, "march": 3, "may": 5, "june": 6, "july": 7, "august": 8,
    "october": 10,
}
# Names that may stand alone as a month ("i november"); abbreviations and English names only
# count next to a day or a year, since "mar", "jun", "may" are ordinary words elsewhere.
FULL_MONTHS: tuple[str, ...] = (
    "januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september",
    "oktober", "november", "december",
)
WEEKDAYS: dict[str, int] = {
    "måndag": 0, "tisdag": 1, "onsdag": 2, "torsdag": 3, "fredag": 4, "lördag": 5, "söndag": 6,
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}
ORDINALS: dict[str, int] = {
    "första": 1, "andra": 2, "tredje": 3, "fjärde": 4, "femte": 5, "sjätte": 6, "sjunde": 7,
    "åttonde": 8, "nionde": 9, "tionde": 10, "elfte": 11, "tolfte": 12, "trettonde": 13,
    "fjortonde": 14, "femtonde": 15, "sextonde": 16, "sjuttonde": 17, "artonde": 18,
    "nittonde": 19, "tjugonde": 20, "tjugoförsta": 21, "tjugoandra": 22, "tjugotredje": 23,
    "tjugofjärde": 24, "tjugofemte": 25, "tjugosjätte": 26, "tjugosjunde": 27,
    "tjugoåttonde": 28, "tjugonionde": 29, "trettionde": 30, "trettioförsta": 31,
}
# Seasons and terms: recognised, never turned into a month or a day.
SEASONS: tuple[str, ...] = (
    "våren", "hösten", "sommaren", "vintern", "vårvintern", "försommaren", "sensommaren",
    "vårterminen", "höstterminen", "vårens", "höstens", "sommarens", "vinterns",
)
QUARTER_ORDINALS: dict[str, int] = {"första": 1, "andra": 2, "tredje": 3, "fjärde": 4}
# Words that make a nearby date preliminary.
TENTATIVE: tuple[str, ...] = (
    "preliminärt", "preliminär", "preliminära", "prel.", "prel ", "preliminärbokat",
    "preliminärbokad", "eventuellt", "ev.", "kanske", "troligen", "troligtvis", "förslagsvis",
    "förslag", "reservdatum", "alternativt", "ungefär", "cirka", "ca.",
)
# --- end dates and events ---
