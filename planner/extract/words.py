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

# --- meeting header and attendance (header.py) ---
# Words that open a title line before the body's name: "Mötesanteckningar – Kommunalt forum".
TITLE_PREFIXES: tuple[str, ...] = (
    "agenda & mötesanteckningar", "agenda och mötesanteckningar", "dagordning och protokoll",
    "mötesanteckningar från", "mötesanteckningar för", "mötesanteckningar", "minnesanteckningar från",
    "minnesanteckningar för", "minnesanteckningar", "anteckningar från", "anteckningar", "mötesprotokoll",
    "protokoll fört vid", "protokoll från", "protokoll för", "protokoll", "justerat protokoll",
    "sammanträdesprotokoll", "beslutsprotokoll", "referat från", "minnesanteckning", "agenda",
    "kallelse till", "kallelse",
)
# Title words that name the document, not the body: skipped when looking for the title.
DOCUMENT_WORDS: tuple[str, ...] = (
    "mötesanteckningar", "minnesanteckningar", "protokoll", "mötesprotokoll", "anteckningar",
    "sammanträdesprotokoll", "beslutsprotokoll", "transcription", "utdrag", "justerat",
    "minnesanteckning", "dagordning", "agenda", "kallelse",
)
# A title naming a kind of meeting gives the body that holds it: "Styrelsemöte 4" -> "Styrelsen".
MEETING_BODIES: dict[str, str] = {
    "styrelsemöte": "Styrelsen", "styrelsesammanträde": "Styrelsen", "styrelseprotokoll": "Styrelsen",
    "konstituerande styrelsemöte": "Styrelsen", "extra styrelsemöte": "Styrelsen",
    "styrelsemötesprotokoll": "Styrelsen",
}
# Labels of header fields ("Datum: 2020-03-06").
DATE_LABELS: tuple[str, ...] = (
    "datum", "sammanträdesdatum", "sammanträdesdag", "mötesdatum", "dag", "datum och tid", "tid och datum",
)
TIME_LABELS: tuple[str, ...] = ("tid", "klockan", "kl", "tidpunkt", "mötestid", "datum och tid", "tid och plats",
                                "plats och tid", "tid och datum")
VENUE_LABELS: tuple[str, ...] = ("plats", "lokal", "mötesplats", "plats och tid", "tid och plats", "sammanträdesrum",
                                 "möteslokal", "var")
REFERENCE_LABELS: tuple[str, ...] = ("dnr", "diarienummer", "diarienr", "dnr.", "ärendenummer")
# Online platforms as the contract names them; "digital" when none is named.
PLATFORMS: dict[str, str] = {
    "teams": "Teams", "zoom": "Zoom", "skype": "Skype", "webex": "Webex", "google meet": "Google Meet",
    "microsoft teams": "Teams", "jitsi": "Jitsi",
}
ONLINE_WORDS: tuple[str, ...] = (
    "digitalt", "digital", "digitala", "videomöte", "videokonferens", "videolänk", "via länk", "webbmöte",
    "online", "distansmöte", "telefonmöte", "på distans",
)
# Attendance list labels. Present: who took part.
PRESENT_LABELS: tuple[str, ...] = (
    "närvarande", "närvarande ledamöter", "närvarande ersättare", "närvarande medlemmar",
    "närvarande förtroendevalda", "närvarande styrelseledamöter", "närvarande från styrelsen",
    "deltagare", "deltagande", "deltog", "mötesdeltagare", "övriga deltagande", "övriga deltagare",
    "övriga närvarande", "övriga", "adjungerade", "adjungerad", "adjungerande", "ordinarie ledamöter",
    "ledamöter", "tjänstgörande ledamöter", "tjänstgörande ersättare", "ersättare", "beslutande",
    "beslutande ledamöter", "övriga deltagare/tjänstemän", "tjänstemän", "tjänstepersoner",
    "närvarande tjänstemän", "närvarande tjänstepersoner", "styrelsemedlemmar", "styrelseledamöter",
    "styrelsen", "medverkande i mötet", "inbjudna", "gäster", "övriga medlemmar", "medlemmar",
    "närvarande övriga", "övriga närvarande tjänstemän", "från förvaltningen", "sekreterare",
)
# Who was registered ("Anmälda till presidiekonferensen"): present when it is the only list.
ANNOUNCED_LABELS: tuple[str, ...] = ("anmälda", "anmälda deltagare", "deltagarlista", "anmälda till")
# Who was called: absent when not also listed present.
CALLED_LABELS: tuple[str, ...] = ("kallade", "kallade ledamöter", "kallade till mötet", "inbjudna ledamöter")
ABSENT_LABELS: tuple[str, ...] = (
    "frånvarande", "ej närvarande", "inte närvarande", "anmält förhinder", "anmälda förhinder",
    "anmält frånvaro", "förhinder", "frånvarande ledamöter", "frånvarande ersättare", "avbud",
    "lämnat återbud", "återbud", "ej närvarande ledamöter", "frånvarande från styrelsen",
)
# Lines that end an attendance list.
END_LABELS: tuple[str, ...] = (
    "justerare", "justering", "justeras", "utses att justera", "underskrifter", "paragrafer", "dagordning",
    "ärenden", "ärendelista", "föredragningslista", "minnesanteckningar", "anteckningar", "protokoll",
    "sekreterare:", "ordförande:", "sida", "justerandes sign", "utdragsbestyrkande",
)
PARTIES: tuple[str, ...] = ("M", "S", "C", "KD", "L", "V", "MP", "SD", "FP", "NYD")
# Roles in attendance lists ("(ordförande)", "tf", "ersättare för Lena Nazzal").
ROLE_WORDS: tuple[str, ...] = (
    "ordförande", "ordf", "ordf.", "vice ordförande", "vice ordf", "förste vice ordförande",
    "andre vice ordförande", "andre vice ordf", "sekreterare", "nämndsekreterare", "justerare",
    "ersättare", "tjänstgörande ersättare", "ledamot", "adjungerad", "adjungerade", "tf", "t.f.",
    "kassör", "revisor", "mötesordförande", "mötessekreterare", "kommunikatör", "föredragande",
    "verksamhetschef", "samordnare", "chef", "direktör", "handläggare", "utredare", "strateg",
    "rektor", "områdeschef", "stadsdelschef", "förvaltningschef", "kommundirektör", "kommunchef",
    "socialchef", "controller", "ekonom", "medlem", "suppleant", "ordinarie", "ledamot",
    "samo", "vice", "protokollförare", "observatör", "gäst", "sakkunnig", "projektledare",
    "ungdomssamordnare", "chefläkare", "smittskyddsläkare", "läkare", "sjuksköterska",
)
# Words that make a phrase an organisation rather than a person.
ORG_WORDS: tuple[str, ...] = (
    "kommun", "kommuner", "region", "regionen", "landsting", "landstinget", "län", "länsstyrelsen",
    "förbund", "förbundet", "kommunförbundet", "nämnd", "nämnden", "styrelse", "styrelsen",
    "förvaltning", "förvaltningen", "myndighet", "myndigheten", "ab", "förening", "föreningen",
    "skola", "skolan", "polisen", "universitet", "universitetet", "högskola", "högskolan",
    "sjukhus", "sjukhuset", "hälsocentralen", "vårdcentral", "centrum", "kommunen", "bolag",
    "räddningstjänst", "räddningstjänsten", "räddningstjänstförbund", "förbundsdirektion",
    "socialtjänst", "socialtjänsten", "gymnasieförbund", "samverkansgrupp", "företrädare",
    "patientföreträdare", "stad", "staden", "kansli", "kansliet", "sdn", "rådet", "råd",
)
# Functionaries elected at the start of a meeting ("Styrelsen väljer Kotte som mötesordförande").
ELECT_VERBS: tuple[str, ...] = ("väljer", "valde", "valdes", "väljs", "utser", "utsåg", "utsågs", "utses")
FUNCTIONARY_ROLES: tuple[str, ...] = (
    "mötesordförande", "mötessekreterare", "justerare", "protokolljusterare", "rösträknare",
    "ordförande", "sekreterare", "justeringsperson", "justeringspersoner", "mötets ordförande",
    "mötets sekreterare", "ordförande för mötet", "sekreterare för mötet",
)
# The opening and closing lines that give the meeting's times ("Mötets öppnande 18:08").
OPENING_WORDS: tuple[str, ...] = ("öppnande", "öppnas", "öppnades", "öppnade", "öppnat", "öppnar")
CLOSING_WORDS: tuple[str, ...] = ("avslutande", "avslutas", "avslutades", "avslutade", "avslutat", "avslutar",
                                  "avslut")
# --- end meeting header and attendance ---
