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
# Short weekday names, read only right before a date ("tis 8/3", "fre. 4 feb"): alone they are words.
WEEKDAY_ABBREVIATIONS: dict[str, int] = {
    "mån": 0, "tis": 1, "ons": 2, "tor": 3, "tors": 3, "fre": 4, "lör": 5, "sön": 6,
    # cut after the "d" ("Sommarfest på Ronneby Brunn onsd. den 16 aug."); not "fred", a word of its own
    "månd": 0, "tisd": 1, "onsd": 2, "torsd": 3, "lörd": 5, "sönd": 6,
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
    "reservdatum", "alternativt", "ungefär", "cirka", "ca.",
)
# Event context (events.py). Matched as word starts, case-insensitively.
MEETING_NOUNS: tuple[str, ...] = (
    "möte", "mötet", "möten", "sammanträde", "sammanträdet", "mötestillfälle", "mötestillfället",
    "forum", "forumet", "träff", "träffen", "styrelsemöte", "styrelsemötet", "session", "stämma",
    "stämman", "årsmöte", "årsmötet", "stormöte", "stormötet", "internat", "internatet",
    "kommunala forum", "sammanträda", "sammanträder",
    "sammantäde", "sammantädet",  # a common misspelling: "nästa fullmäktigesammantäde"
)
MEETING_LIST_CUES: tuple[str, ...] = (
    "mötesdatum", "mötesdagar", "mötestider", "mötesplan", "möten", "sammanträdesdagar",
    "sammanträdesdatum", "sammanträdestider", "sammanträdesplan", "sammanträden",
    "mötestillfällen", "träffar", "nya tider", "följande datum", "följande dagar", "sammanträder", "träffas",
)
DEADLINE_PREFIXES: tuple[str, ...] = (
    "senast", "innan", "före", "deadline", "sista dag", "sista dagen", "sista datum",
    "sista anmälningsdag", "sista svarsdag", "svarsdatum",
    "avvaktar till", "avvakta till", "avvaktas till",  # "Vi avvaktar till den 12 oktober med att ta ställning"
)
DEADLINE_WORDS: tuple[str, ...] = (
    "deadline", "sista dag", "sista dagen", "senast", "sista anmälningsdag", "svarsdatum",
    "sista svarsdag", "remisstid", "vara inne", "lämnas in", "skickas in", "inkomma", "ska vara klar",
    # an association's stops: "Motionsstopp för årsmötet är den 15 januari"
    "motionsstopp", "motionsstoppet", "anmälningsstopp", "nomineringsstopp", "sista motionsdag",
    "sista ansökningsdag", "sista inlämningsdag",
)
# "vänta tills 31st Jan", "sedan den 1 mars": a period's edge, not a planned thing.
# "per den 31 oktober": the date a report or a figure stands at.
UNTIL_PREFIXES: tuple[str, ...] = ("tills", "fram tills", "sedan", "alltsedan", "per")
PAST_CUES: tuple[str, ...] = (
    "startade", "inleddes", "avslutades", "genomfördes", "genomförde", "hölls", "pågick",
    "skedde", "hade", "var", "blev", "påbörjades", "fastställdes", "föreslog", "deltog",
    "besökte", "förra", "fick", "gick", "ökade", "minskade", "sjönk", "steg", "uppgick", "inkom",
    "beslutade", "beslöt", "antogs", "godkändes", "rapporterade", "redovisade",
)
COUNTERFACTUAL_CUES: tuple[str, ...] = (
    "hade varit", "skulle ha", "hade kunnat", "i stället för", "istället för",
)
RECURRING_CUES: tuple[str, ...] = (
    "varje", "varannan", "veckovis", "årligen", "varje år", "återkommande", "numera", "i regel", "brukar",
    "normalt",
)
# Signature and posting lines of municipal protocols carry later dates that are not events.
ADMIN_CUES: tuple[str, ...] = (
    "justera", "justering", "anslagsdatum", "anslaget", "anslagstavla", "anslås", "anslags",
    "nedtagande", "nedtagning", "uppsättande", "tillkännag", "underskrift", "överklag",
    "förvaringsplats", "utdragsbestyrkande", "sätts upp", "tas ned", "protokolldatum",
    "utskriftsdatum", "upprättad", "upprättat", "daterad", "daterat", "publicerad", "publicerat", "uppdaterad",
    "senast ändrad", "paragrafer", "last modified", "last updated", "senast redigerad", "tjänsteskrivelse",
    "skrivelse daterad", "dnr", "diarienr", "diarienummer", "vårt datum", "ert datum",
)
# Someone's leave ("han är på semester till 12/5"): a person's days, not a planned thing of the body.
LEAVE_CUES: tuple[str, ...] = (
    "semester", "tjänstledig", "föräldraledig", "sjukskriv", "sjukledig", "är ledig", "ledig till",
    "ledig från", "ledighet", "bortrest", "utomlands till", "föräldrapenning",
)
# How a meeting of the body itself is held ("Nästa telefonmöte", "extrainsatt möte"): not another kind of meeting.
MEETING_FORMS: tuple[str, ...] = (
    "telefon", "video", "teams", "zoom", "skype", "distans", "webb", "digital", "fysisk", "lunch", "frukost",
    "kvälls", "extra", "ordinarie", "arbets", "planerings",
)
# Endings of lower-case place nouns ("i föreningslokalen", "på stadshuset", "i Sessionssalen").
# A lower-case kind of place that ends a place's name: "Abbe market", "Saltskog gård", "Floda församlingshem".
PLACE_KIND_TAILS: tuple[str, ...] = (
    "gård", "market", "marknad", "teater", "bar", "krog", "hotell", "slott", "park", "camping", "brygga",
    "hamn", "torg", "bibliotek", "museum", "arena", "folkets hus", "bygdegård", "församlingshem", "kyrka",
)
VENUE_NOUN_ENDINGS: tuple[str, ...] = (
    "lokal", "lokalen", "huset", "salen", "rummet", "gården", "hemmet", "kontoret", "biblioteket", "skolan",
    "museet", "kyrkan", "stugan", "hallen", "kansliet", "centret", "centrum", "hotellet",
)
# A place given by reference to an earlier one: "Samma som förra årsmötet, dvs Nordic Forum i Kista".
VENUE_RESTATED: tuple[str, ...] = ("dvs", "d.v.s.", "d v s", "alltså", "det vill säga")
CANCEL_CUES: tuple[str, ...] = (
    "ställs in", "ställts in", "inställt", "inställd", "inställda", "ställa in", "ställer in",
    "avbokas", "avbokat", "avbokad", "avlyst", "avlysts", "ställdes in",
)
MOVE_CUES: tuple[str, ...] = (
    "flyttas", "flyttat", "flyttad", "flyttades", "flyttar", "senareläggs", "tidigareläggs",
    "skjuts upp", "ändras till", "nytt datum", "byter datum", "ändrat datum", "ändrad tid", "ny tid",
    "framflyttat", "framflyttad", "flyttats", "uppskjutet", "uppskjuten", "senarelagt", "senarelagd",
    "ändring av mötesdag", "ändring av mötesdatum", "ändring av datum", "ändrad mötesdag", "nya datumet",
    "flytta fram", "flyttade", "flytta mötet", "flytta sammanträdet", "flytta datumet",
)
REMOTE_CUES: tuple[str, ...] = (
    "på distans", "digitalt", "digital", "online", "videolänk", "via länk", "webbinar",
)
# What "digital"/"digitala" says of a meeting when one of these (a stem) follows: "digitalt möte", "digitala
# träffar", "i digital form"; before any other word it names a topic ("digitala verktyg", "den digitala
# revolutionen").
REMOTE_MEETING_NOUNS: tuple[str, ...] = (
    "möte", "träff", "workshop", "konferens", "sammanträd", "seminari", "utbildning", "föreläsning", "webbinar",
    "forum", "session", "form", "närvaro", "deltagande", "länk", "överläggning", "genomgång", "kurs",
)
PLATFORMS: tuple[str, ...] = ("Teams", "Zoom", "Skype", "Google Meet", "Webex", "Discord", "Jitsi", "Whereby")
TRIP_CUES: tuple[str, ...] = (
    "resa ", "resan", "resa till", "studieresa", "studieresan", "studiebesök", "exkursion", "besöka", "besöker",
    "besök hos", "besök på", "besök i",
    "utflykt", "utflykten", "utflykter",  # "utflykt till Mjösjöstugan lördag 26 mars klockan 13.00"
)
WORKSHOP_CUES: tuple[str, ...] = (
    "workshop", "work shop", "arbetsseminari", "verkstad", "utvecklingsdag", "planeringsdag",
    "kick-off", "kickoff", "temadag", "arbetsdag", "idédag", "utbildningsdag",
)
CONFERENCE_CUES: tuple[str, ...] = (
    "konferens ", "konferensen", "konferenser", "kongress", "seminari", "symposi", "mässa",
    "mässan", "webbinari", "webinar",
)
# A named gathering of several days, a capitalised compound in "-dagarna" ("Barnrättsdagarna i Karlstad den 24–25
# maj", "Kommundagarna"): a conference. These first parts make ordinary days instead ("Vardagarna", "Söndagarna").
CONFERENCE_DAYS_NOT_STEMS: tuple[str, ...] = (
    "var", "helg", "vecko", "arbets", "skol", "lov", "mån", "tis", "ons", "tors", "fre", "lör", "sön", "födelse",
    "sommar", "vinter", "höst", "vår", "jul", "påsk", "semester", "sjuk", "studie", "plan", "ledig", "röd", "bemannings",
)
MILESTONE_CUES: tuple[str, ...] = (
    "träder i kraft", "träda i kraft", "börjar gälla", "gäller från", "från och med", "fr.o.m",
    "införs", "införande", "klar", "klart", "färdig", "lanseras", "lansering", "driftstart",
    "startar", "avslutas", "upphör", "slås samman", "ingår", "går live", "på plats", "påbörjas",
    "tas i bruk", "driftsätts", "går i drift", "öppnar",
)
# A month alone is an event only when its sentence speaks of what is to come.
FUTURE_CUES: tuple[str, ...] = (
    "ska", "skall", "kommer", "planeras", "planerar", "planerat", "beslutar", "blir", "återkommer",
    "återkomma", "görs", "genomförs", "hålls", "äger rum", "presenteras", "redovisas", "tas upp",
    "sker", "startar", "börjar", "inför", "senast", "träder", "införs", "klar", "klart",
    "preliminär", "bokat", "bokas", "bjuds", "anordnas", "arrangeras", "behandlas", "väntas",
    "beräknas", "avses", "tänkt", "nästa", "kommande", "fortsätter", "flyttas", "skjuts", "fastställs",
    "beslutas", "antas", "tar beslut", "fattar beslut",
)
# Words naming another body than the one whose minutes these are.
OTHER_BODY_NOUNS: tuple[str, ...] = (
    "fullmäktige", "kommunstyrelse", "regionstyrelse", "stämma", "stämman", "kommitté",
    "kommittén", "kommiteen", "riksdag", "regeringen", "utskott", "nämnd", "nämnden", "länsstyrelse",
    "socialstyrelse",
)
# A date after these is the meeting whose minutes are referred to ("Protokoll från styrelsemötet 21
# april samt AU-mötet 17 maj tidigare utsänt"): a past meeting, never a planned one.
MINUTES_OF_CUES: tuple[str, ...] = (
    "protokoll från", "protokollet från", "protokollen från", "anteckningar från", "anteckningarna från",
    "minnesanteckningar från", "minnesanteckningarna från", "protokoll fört vid", "protokollet fört vid",
)
# Minutes named by their date, the noun right before it, alone or ending a compound ("Styrelseprotokoll
# 2021-02-24", "AU-protokoll 2021-03-08", "Minnesanteckningar 23 april 2015", "protokoll daterat 2009-06-02"):
# the record of a past meeting, never a thing to come.
MINUTES_NOUNS: tuple[str, ...] = (
    "protokoll", "protokollet", "protokollen", "anteckningar", "anteckningarna",
)
# Verbs of a decision that make "Mötet" / "Årsmötet" the subject, this meeting deciding ("Mötet
# beslutade att byfesten ska hållas lördagen den 27 juli"): the meeting word names no later meeting.
DECIDING_VERBS: tuple[str, ...] = (
    "beslutade", "beslöt", "beslutar", "bestämde", "bestämmer", "enades", "enas", "ansåg", "anser",
    "godkände", "godkänner", "fastställde", "fastställer", "valde", "väljer", "uppdrog", "uppdrar",
    "konstaterade", "konstaterar", "tillstyrkte", "biföll", "avslog", "gav",
)
# A thing put on the calendar in the present passive ("rapporten publiceras i december", "I mars 2016
# lämnas årsrapporten in": events' `_SUBMIT_SPLIT`) or named as planned ("planerad byggstart i augusti"):
# a month it stands with lies ahead as much as with "ska". Past forms ("lämnades", "planerades") are not
# among them, nor a bare "lämnas" ("Information lämnas om ..." tells what this meeting heard).
SCHEDULED_CUES: tuple[str, ...] = (
    "skickas", "levereras", "överlämnas", "publiceras", "ges ut", "planerad", "beräknad", "förväntad",
)
# Steps of a building or a post that are no kind of meeting: "byggstart", "inflytt", "tillträder".
# A later month they stand with is the step planned ("Inflyttning: januari 2020").
# (Not "invigning": a ceremony people go to, an event of its own kind.)
STEP_CUES: tuple[str, ...] = ("byggstart", "projektstart", "inflytt", "inflyttning", "tillträder", "tillträda")
# Lower-case kinds of place written before a place's name: "på restaurang Tornet", "på hotell Lysekil".
VENUE_KIND_WORDS: tuple[str, ...] = (
    "restaurang", "restaurangen", "hotell", "hotellet", "café", "kafé", "caféet", "kaféet", "konditori",
    "pub", "puben", "vandrarhem", "vandrarhemmet", "gästgiveri", "konferensgården", "kursgården",
)
# The body meeting again, said with a verb: "Styrelsen träffas igen den 4 april", "Vi ses igen 3/5".
MEETING_AGAIN_CUES: tuple[str, ...] = (
    "träffas igen", "ses igen", "möts igen", "samlas igen", "hörs igen", "sammanträder igen",
    "träffas nästa gång", "möts nästa gång", "samlas nästa gång",
    "vi träffas", "vi möts", "vi samlas",  # "Vi träffas förslagsvis tisdagen den 17 september"
)
# Likewise a report or decision of a dated meeting: "Rapport från mötet med kommunen 10 mars",
# "Beslutet från den 28 februari gäller": that meeting has been held.
REPORTED_FROM_CUES: tuple[str, ...] = (
    "rapport från", "rapporter från", "återrapport från", "återrapportering från", "referat från",
    "beslutet från", "beslut från", "besluten från",
)
# A report of what already happened, said in the heading a yearless date stands under ("§ 5 Rapporter"), on its
# line ("Återrapport från länsstämman 29 mars") or on the line right under it ("Camilla lämnade en muntlig
# rapport", "Anna deltog och berättade"). Whole words, lower case.
REPORT_OF_PAST_CUES: tuple[str, ...] = (
    "rapport", "rapporter", "rapporten", "rapporterna", "återrapport", "återrapporter", "återrapportering",
    "referat", "referat från", "redovisning från", "rapporterade", "återrapporterade", "redogjorde",
    "redovisade", "berättade", "deltog", "besökte", "var på", "har varit på", "lämnade en muntlig",
    "lämnade en skriftlig",
)
# What a "Nästa ..." heading names when it is not the body's next occasion: "Nästa steg", "Nästa vecka".
NOT_NEXT_OCCASION: tuple[str, ...] = (
    "steg", "stegen", "vecka", "veckas", "år", "års", "månad", "termin", "period", "version", "fas", "etapp",
    "sprint", "punkt", "gång", "nummer", "utskick", "läsår",
)
# A get-together that is no meeting of the body: a meal, a party, a class reunion ("Gemensam träff för
# vårlunch/middag", "Årskursträffen 21 augusti"). Matched inside words, lower case.
SOCIAL_GATHERING_CUES: tuple[str, ...] = (
    "lunch", "middag", "fika", "fest", "jubileum", "årskurs", "klassträff", "återträff", "grillkväll", "julbord",
    "afterwork", "after work", "pubkväll", "sittning",
)
# Days of joint planning that are workshops like a "planeringsdag": "En gemensam strategidag är planerad till 14 maj".
WORKSHOP_DAY_CUES: tuple[str, ...] = ("strategidag", "visionsdag", "inspirationsdag", "framtidsdag")
# Gatherings that, after "nästa", are the body's next meeting though no meeting noun is among their
# letters: "Nästa samråd blir i Umeå den 15 oktober", "nästa sammankomst". Lower case.
# The first meeting after a break, which is the next one: "Ha första styrelsemötet för hösten söndagen den
# 26 augusti", "Första mötet efter sommaren blir 20 augusti", "höstens första möte". The breaks, lower case.
BREAK_SEASONS: tuple[str, ...] = (
    "hösten", "våren", "sommaren", "semestern", "sommaruppehållet", "uppehållet", "nyår", "nyåret", "jul",
    "julen", "jullovet", "sommarlovet", "terminen", "terminsstarten",
)
BREAK_SEASONS_GENITIVE: tuple[str, ...] = ("höstens", "vårens", "terminens", "läsårets", "höstterminens",
                                           "vårterminens")
NEXT_GATHERING_NOUNS: tuple[str, ...] = ("samråd", "samrådet", "sammankomst", "sammankomsten",
                                         "styrelsesamling", "styrelsesamlingen")  # "nästa styrelsesamling är ..."
# A thing said to be ready or in force by a date: a milestone, whatever meeting the heading names
# ("Programmet ska vara klart i slutet av augusti"). Whole words, lower case.
READY_CUES: tuple[str, ...] = (
    "klar", "klart", "klara", "färdig", "färdigt", "färdiga", "träder i kraft", "börjar gälla", "lanseras",
    "tas i bruk",
)
# Deadlines written short: "Tävling om ... sista anm dag 15/10", "sista anm. dag".
ABBREVIATED_DEADLINE_WORDS: tuple[str, ...] = ("sista anm dag", "sista anm. dag", "sista anm.dag", "sista anmälningsdatum",
                                               "sista ansökningsdatum", "sista inlämningsdatum")
# A post changing hands from a date: "Efter den första januari 2019 kommer det att vara en ny ordförande".
NEW_POST_HOLDER_CUES: tuple[str, ...] = ("ny ordförande", "ny vice ordförande", "ny förvaltningschef", "ny kommunchef",
                                         "ny rektor", "ny verksamhetschef", "ny generalsekreterare",
                                         # a council's own officers and the heads of a region's offices
                                         "ny sekreterare", "ny samordnare", "ny kanslichef", "ny direktör",
                                         "ny regiondirektör", "ny stadsdirektör", "ny avdelningschef",
                                         "ny enhetschef", "ny socialchef", "ny skolchef")
# --- end dates and events ---

# --- meeting header and attendance (header.py) ---
# Words that open a title line before the body's name: "Mötesanteckningar – Kommunalt forum".
TITLE_PREFIXES: tuple[str, ...] = (
    "agenda & mötesanteckningar", "agenda och mötesanteckningar", "dagordning och protokoll",
    "mötesanteckningar från", "mötesanteckningar för", "mötesanteckningar", "minnesanteckningar från",
    "minnesanteckningar för", "minnesanteckningar", "anteckningar från", "anteckningar", "mötesprotokoll",
    "protokoll fört vid", "protokoll från", "protokoll för", "protokoll", "justerat protokoll",
    "sammanträdesprotokoll", "beslutsprotokoll", "referat från", "minnesanteckning", "agenda",
    "kallelse till", "kallelse", "möte med", "sammanträde med", "möte i", "sammanträde i",
    "sammanfattning av", "sammanfattning från", "sammanfattning",
    "fört vid", "förd vid", "förda vid",  # "Protokoll, fört vid Klostergårdens byalags extra årsmöte"
    # a report or summary of a meeting posted for members: "Mötesreferat för styrelsens möte 18/2021",
    # "Rapport från styrelsemötet 2013-12-17"
    "mötesreferat för", "mötesreferat från", "mötesreferat", "referat för", "rapport från",
    # the agenda's Swedish name, as "agenda" above: "Dagordning Styrelsemöte 19/7 -20", "Dagordning för årsmöte"
    "dagordning för", "dagordning till", "dagordning vid", "dagordning",
    # "vid" as "från": "Protokoll vid styrelsemöte den 11 januari", "Minnesanteckningar vid möte med rådet"
    "protokoll vid", "minnesanteckningar vid", "mötesanteckningar vid", "anteckningar vid",
)
# Title words that name the document, not the body: skipped when looking for the title.
DOCUMENT_WORDS: tuple[str, ...] = (
    "mötesanteckningar", "minnesanteckningar", "protokoll", "mötesprotokoll", "anteckningar",
    "sammanträdesprotokoll", "beslutsprotokoll", "transcription", "utdrag", "justerat",
    "minnesanteckning", "dagordning", "agenda", "kallelse", "transkript", "transkription", "transcript",
    "mötesreferat",  # a meeting's report for members, alone on a web page's first line
)
# A title naming a kind of meeting gives the body that holds it: "Styrelsemöte 4" -> "Styrelsen".
MEETING_BODIES: dict[str, str] = {
    "styrelsemöte": "Styrelsen", "styrelsesammanträde": "Styrelsen", "styrelseprotokoll": "Styrelsen",
    "konstituerande styrelsemöte": "Styrelsen", "extra styrelsemöte": "Styrelsen",
    "styrelsemötesprotokoll": "Styrelsen", "styrelsemötet": "Styrelsen", "styrelsens möte": "Styrelsen",
    "styrelsens sammanträde": "Styrelsen", "styrelsesammanträdet": "Styrelsen",
}
# "Styrgruppsmöte" is a meeting of "Styrgruppen": the definite form of the body word's ending.
MEETING_WORD_BODIES: dict[str, str] = {
    "grupp": "gruppen", "styrelse": "styrelsen", "råd": "rådet", "forum": "forumet", "nätverk": "nätverket",
    "utskott": "utskottet", "kommitté": "kommittén", "nämnd": "nämnden", "beredning": "beredningen",
    "presidium": "presidiet", "presidie": "presidiet", "ledning": "ledningen", "sektion": "sektionen", "förening": "föreningen",
    "team": "teamet", "kollegium": "kollegiet", "plenum": "plenum", "konvent": "konventet", "fullmäktige": "fullmäktige",
}
# Meetings named after what they are, not who holds them: kept as written.
MEETING_KINDS: tuple[str, ...] = ("årsmöte", "medlemsmöte", "stormöte", "extramöte", "höstmöte", "vårmöte",
                                  "årsstämma", "föreningsstämma")
# The nouns an organisation's or a body's name is built on, as the word's last part: a head line holding one names
# who met ("SVENSKA KANOTFÖRBUNDET", "Programrådet för ..."), a page's furniture ("HMS News", "Elegant PM") none.
# Each is matched with its definite and genitive endings ("förbundet", "förbundets").
ORGANISATION_NOUNS: tuple[str, ...] = (
    "förening", "förbund", "råd", "nämnd", "styrelse", "klubb", "club", "sällskap", "grupp", "forum", "kommitté",
    "utskott", "sektion", "gille", "kår", "församling", "union", "fullmäktige", "beredning", "presidium", "nätverk",
    "samfällighet", "stiftelse", "byalag", "akademi", "samfund", "konvent", "direktion", "samverkan",
)
# Finite verbs that make a head line a sentence, not a name ("Mötet genomfördes via Zoom", "Styrelsen har
# sammanträtt"); past passives ("genomfördes", "hölls") are also told by their ending.
HEAD_SENTENCE_VERBS: tuple[str, ...] = (
    "är", "var", "har", "hade", "blev", "blir", "ska", "skall", "kan", "kommer", "hölls", "avhölls", "hålls", "ägde",
    "träffades", "sammanträdde", "möttes", "deltog", "öppnade", "öppnas", "beslutade", "beslöt", "finns",
)
# Labels of header fields ("Datum: 2020-03-06").
DATE_LABELS: tuple[str, ...] = (
    "datum", "sammanträdesdatum", "sammanträdesdag", "mötesdatum", "dag", "datum och tid", "tid och datum",
    "när",  # "När: 2022-03-15 kl 18" / "Var: Kårhuset"
)
TIME_LABELS: tuple[str, ...] = ("tid", "klockan", "kl", "tidpunkt", "mötestid", "datum och tid", "tid och plats",
                                "plats och tid", "tid och datum", "när", "starttid", "mötesstart",
                                "sammanträdestid")
VENUE_LABELS: tuple[str, ...] = ("plats", "lokal", "mötesplats", "plats och tid", "tid och plats", "sammanträdesrum",
                                 "möteslokal", "var", "ort", "lokaler", "sammanträdeslokal")
REFERENCE_LABELS: tuple[str, ...] = ("dnr", "diarienummer", "diarienr", "dnr.", "ärendenummer")
# Online platforms as the contract names them; "digital" when none is named.
ONLINE_PLATFORMS: dict[str, str] = {
    "teams": "Teams", "zoom": "Zoom", "skype": "Skype", "webex": "Webex", "google meet": "Google Meet",
    "microsoft teams": "Teams", "jitsi": "Jitsi",
    "discord": "Discord", "whereby": "Whereby",  # student unions' and associations' voice channels
    "lync": "Lync", "messenger": "Messenger",  # Skype's business forerunner; a club board's chat call "(via Messenger)"
    "irc": "IRC", "slack": "Slack",  # chat meetings of associations: "Plats: IRC-kanalen #styrelsen"
}
ONLINE_WORDS: tuple[str, ...] = (
    "digitalt", "digital", "digitala", "videomöte", "videokonferens", "videolänk", "via länk", "webbmöte",
    "online", "distansmöte", "på distans",
    "på nätet", "på internet", "via internet", "chatten", "chattmöte", "nätmöte",  # "Plats för mötet: Chatten på nätet."
)  # (a "Telefonmöte" is held by telephone, not online: the gold leaves `online` null for it)
# Attendance list labels. Present: who took part.
PRESENT_LABELS: tuple[str, ...] = (
    "närvarande", "närvarande ledamöter", "närvarande ersättare", "närvarande medlemmar",
    "närvarande förtroendevalda", "närvarande styrelseledamöter", "närvarande från styrelsen",
    "deltagare", "deltagande", "deltog", "mötesdeltagare", "övriga deltagande", "övriga deltagare",
    "övriga närvarande", "övriga", "adjungerade", "adjungerad", "adjungerande", "ordinarie ledamöter",
    "ledamöter", "tjänstgörande ledamöter", "tjänstgörande ersättare", "ersättare", "beslutande",
    "beslutande ledamöter", "övriga deltagare/tjänstemän", "tjänstemän", "tjänstepersoner",
    "närvarande tjänstemän", "närvarande tjänstepersoner", "styrelsemedlemmar", "styrelseledamöter",
    "medverkande i mötet", "inbjudna", "gäster", "övriga medlemmar", "medlemmar",
    "närvarande övriga", "övriga närvarande tjänstemän", "från förvaltningen", "närvaro", "närvarolista",
    "ledamöter närvarande", "suppleanter", "tjänstgörande suppleanter", "ej tjänstgörande ersättare",
    "ej tjänstgörande suppleanter", "närvarande suppleanter", "närvarande från förvaltningen",
    "inbjuden", "ej tjänstgörande", "närvarande ej tjänstgörande", "icke tjänstgörande",
    "icke tjänstgörande ersättare", "dessutom närvarande", "dessutom deltog", "dessutom", "övriga förtroendevalda",
    "närvarande, ej tjänstgörande ersättare", "närvarande ej tjänstgörande ersättare",
    "särskilt inbjudna", "särskilt inbjuden", "inbjudna gäster", "inbjudna tjänstepersoner", "inbjudna tjänstemän",
)
# Who was registered ("Anmälda till presidiekonferensen"): present when it is the only list.
ANNOUNCED_LABELS: tuple[str, ...] = ("anmälda", "anmälda deltagare", "deltagarlista", "anmälda till")
# Who was called: absent when not also listed present.
CALLED_LABELS: tuple[str, ...] = ("kallade", "kallade ledamöter", "kallade till mötet", "inbjudna ledamöter")
ABSENT_LABELS: tuple[str, ...] = (
    "frånvarande", "ej närvarande", "inte närvarande", "anmält förhinder", "anmälda förhinder",
    "anmält frånvaro", "förhinder", "frånvarande ledamöter", "frånvarande ersättare", "avbud",
    "lämnat återbud", "återbud", "ej närvarande ledamöter", "frånvarande från styrelsen",
    "meddelat förhinder", "meddelade förhinder", "anmälda frånvaro",
    "anmäld frånvaro", "frånvaro", "saknas", "deltog ej", "deltog inte", "ej deltagande",
    "bortrest", "bortresta", "sjuk", "sjukanmäld", "sjukanmälda", "uteblev", "uteblivna",
)
# Words of a label row that may run into the first name ("Förhindrade Kjell Sjölund").
ABSENT_WORDS: tuple[str, ...] = ("förhindrade", "förhindrad", "frånvarande", "närvarande", "beslutande", "ersättare")
# Lines that end an attendance list.
END_LABELS: tuple[str, ...] = (
    "justerare", "justering", "justeras", "utses att justera", "underskrifter", "paragrafer", "dagordning",
    "ärenden", "ärendelista", "föredragningslista", "minnesanteckningar", "anteckningar", "protokoll",
    "sekreterare:", "ordförande:", "sida", "justerandes sign", "utdragsbestyrkande", "justeringens",
    "justeringens plats och tid", "underskrift", "innehållsförteckning", "innehåll",
    # the label of who checks the minutes, in its longer forms ("Protokolljusterare Kjell Bülow (S)")
    "protokolljusterare", "protokollsjusterare", "justeringsperson", "justeringspersoner",
)
PARTIES: tuple[str, ...] = ("M", "S", "C", "KD", "L", "V", "MP", "SD", "FP", "NYD")
# Roles in attendance lists ("(ordförande)", "tf", "ersättare för Lena Nazzal").
ROLE_WORDS: tuple[str, ...] = (
    "ordförande", "ordf", "ordf.", "sekr", "sekr.", "vice ordförande", "vice ordf", "förste vice ordförande",
    "andre vice ordförande", "andre vice ordf", "sekreterare", "nämndsekreterare", "justerare",
    "ersättare", "tjänstgörande ersättare", "ledamot", "adjungerad", "adjungerade", "tf", "t.f.",
    "kassör", "revisor", "mötesordförande", "mötessekreterare", "kommunikatör", "föredragande",
    "verksamhetschef", "samordnare", "chef", "direktör", "handläggare", "utredare", "strateg",
    "rektor", "områdeschef", "stadsdelschef", "förvaltningschef", "kommundirektör", "kommunchef",
    "socialchef", "controller", "ekonom", "medlem", "suppleant", "ordinarie", "ledamot",
    "samo", "vice", "protokollförare", "observatör", "gäst", "sakkunnig", "projektledare",
    "ungdomssamordnare", "chefläkare", "smittskyddsläkare", "läkare", "sjuksköterska",
    # (heads of schools and pre-schools, as parents' councils list them: "Förskolechef Emmy Borger")
    "förskolechef", "skolchef", "biträdande rektor", "bitr. rektor", "enhetschef",
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
# "Frånvarande: Ingen": nobody.
NO_ONE: tuple[str, ...] = ("ingen", "inga", "inget", "ingen frånvarande", "samtliga", "alla", "-", "–", "se bilaga",
                           "se närvarolista", "enligt närvarolista", "enligt bilaga", "se förteckning",
                           "enligt förteckning", "se nedan")
# Column headings of attendance tables ("Namn<TAB>Parti<TAB>Närvaro"): a row of them is no attendee.
TABLE_HEADINGS: tuple[str, ...] = (
    "namn", "parti", "närvaro", "närvarande", "frånvarande", "organisation", "roll", "funktion", "ledamot",
    "ledamöter", "ersättare", "tjänstgörande", "kommun", "representerar", "uppdrag", "ja", "nej", "x",
    "befattning", "titel", "e-post", "anmärkning", "kommentar", "deltog", "votering", "tid", "avstår", "tjg",
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
# Lower-case roles written after a name ("Kerstin- internetansvarig", "Sten ordf"): how they end.
ROLE_SUFFIXES: tuple[str, ...] = (
    "ansvarig", "ansvarige", "ordförande", "ordf", "sekreterare", "sekr", "kassör", "ledamot", "suppleant",
    "ersättare", "revisor", "samordnare", "representant", "kontaktperson", "adjungerad",
)
# The frame of a stored web copy (docplayer, wiki pages): never a title.
WEB_BOILERPLATE: tuple[str, ...] = (
    "save this pdf as", "word png txt jpg", "storlek", "starta visningen från sidan", "download", "transkript",
    "transkription", "transcription", "user tools", "site tools", "page tools", "annonser", "läs mer",
    "visningar", "ladda ner", "dela", "skriv ut", "logga in", "sök",
    # 5dok copies: "• No results found", "Share \"...\"", "Copied!", "Loading.... (view fulltext now)", "Full text"
    "• no results found", "no results found", "n/a", "protected", "academic year", "share", "copied!",
    "loading....", "full text",
)
# Labels of municipal front pages, written in a label column without a colon ("Plats och tid Kommunhuset").
BARE_LABELS: tuple[str, ...] = ("plats och tid", "tid och plats", "sammanträdesdatum", "sammanträdesdag", "organ",
                                "plats och sammanträdestid", "plats och mötestid", "organ och §§", "organ och paragrafer",
                                "nämnd")
# The posting block names the body: "Organ Utbildningsnämnden".
ORGAN_LABELS: tuple[str, ...] = ("organ", "instans", "organ och §§", "organ och paragrafer", "beslutsinstans", "nämnd")
# Group headings inside an attendance list ("Sekretariatet" above its staff): no person.
GROUP_HEADINGS: tuple[str, ...] = (
    "sekretariatet", "sekretariat", "kansliet", "kansli", "förvaltningen", "tjänstemän", "tjänstepersoner",
    "personal", "personalen", "ledningen", "styrelsen", "presidiet", "revisorer", "revisorerna", "valberedningen",
    "gäster", "övriga", "adjungerade", "suppleanter", "ersättare", "ledamöter",
    # the definite forms, as Stockholm's boards write their groups ("Ledamöterna", "Suppleanterna")
    "ledamöterna", "suppleanterna", "ersättarna",
)
# A time value listing several sessions ("lunch 12-13, ... möte 13-17, ..."): the meeting's own.
SESSION_MEETING_WORDS: tuple[str, ...] = ("möte", "mötet", "sammanträde", "sammanträdet", "mötestid")
SESSION_WORDS: tuple[str, ...] = SESSION_MEETING_WORDS + (
    "lunch", "fika", "kaffe", "middag", "gruppmöte", "gruppmöten", "studiebesök", "förmöte", "visning")
# How a meeting was held, as a title's first part ("Protokoll fört vid Skypemöte", "Telefonmöte"):
# the form of a meeting, never the name of its body.
REMOTE_MEETING_FORMS: tuple[str, ...] = (
    "telefon", "video", "teams", "zoom", "skype", "distans", "webb", "digital", "digitalt", "online", "webex",
)
# The first word of an organisation's name ("styrelsemöte i Föreningen Solsidan", "... i Brf Ekbacken"),
# unlike a place's ("styrelsemöte i Stadshuset").
ORGANISATION_OPENINGS: tuple[str, ...] = (
    "föreningen", "förbundet", "riksförbundet", "brf", "bostadsrättsföreningen", "klubben", "sällskapet",
    "stiftelsen", "nätverket", "sektionen", "kåren", "samfälligheten", "byalaget", "hembygdsföreningen",
)
# Labels of the time the meeting ended: "Sluttid: 20:00" under "Starttid: 18:00".
END_TIME_LABELS: tuple[str, ...] = ("sluttid", "mötet slut", "avslutat", "mötesslut")
# What a stored copy (docplayer) keeps of "Närvarande" / "Beslutande" when it loses the first letters, written
# lower case before the names: "Tor, vån 1 ande Håkan Wretling, Bjurholms kommun ...".
CUT_PRESENT_LABELS: tuple[str, ...] = ("ande",)
# The other labels of a front page's label column, written on lines of their own among the list labels before all
# the values ("Tid och plats" / "Ledamöter" / "Adjungerade" / "Justerare" / "Tid och plats för justering" / "Övriga
# närvarande", then the values in that order): their values are a time, a place or a name listed already.
COLUMN_OTHER_LABELS: tuple[str, ...] = (
    "tid och plats", "plats och tid", "datum", "tid", "plats", "lokal", "justerare", "utses att justera",
    "tid och plats för justering", "plats och tid för justering", "justeringens plats och tid", "paragrafer",
    "sekreterare", "ordförande",
)
# Roles written before the name on the name's own line, as Stockholm's city and company boards write their present
# lists ("Ordföranden Kristina Alvendal (m)", "Vice ordföranden Teres Lindberg (s)", "Verkställande direktören
# Göran Wendel"), in the definite form or not: the role as written (lower case) and the role it gives.
ROLES_BEFORE_NAME: tuple[tuple[str, str], ...] = (
    ("ordföranden", "ordförande"), ("ordförande", "ordförande"),
    ("vice ordföranden", "vice ordförande"), ("vice ordförande", "vice ordförande"),
    ("förste vice ordföranden", "förste vice ordförande"), ("förste vice ordförande", "förste vice ordförande"),
    ("andre vice ordföranden", "andre vice ordförande"), ("andre vice ordförande", "andre vice ordförande"),
    ("1:e vice ordföranden", "1:e vice ordförande"), ("1:e vice ordförande", "1:e vice ordförande"),
    ("2:e vice ordföranden", "2:e vice ordförande"), ("2:e vice ordförande", "2:e vice ordförande"),
    ("verkställande direktören", "verkställande direktör"), ("verkställande direktör", "verkställande direktör"),
    ("vice verkställande direktören", "vice verkställande direktör"),
    ("sekreteraren", "sekreterare"), ("sekreterare", "sekreterare"),
    ("ledamoten", "ledamot"), ("ledamot", "ledamot"),
    ("suppleanten", "suppleant"), ("suppleant", "suppleant"),
    ("ersättaren", "ersättare"), ("tjänstgörande ersättaren", "tjänstgörande ersättare"),
    ("personalrepresentanten", "personalrepresentant"), ("personalrepresentant", "personalrepresentant"),
    ("kassören", "kassör"), ("kassör", "kassör"),
)
# The sub-headings of such a list, each on its own line over the names of its group, written in the definite
# form ("Ledamöterna", "Suppleanterna", "Verkställande direktören"; the indefinite "Sekreterare" alone on a line
# is a signature's): the heading (lower case) and the role it gives the names under it ("" for none).
DEFINITE_GROUP_HEADINGS: tuple[tuple[str, str], ...] = (
    ("ledamöterna", ""), ("suppleanterna", "suppleant"), ("ersättarna", "ersättare"),
    ("tjänstgörande ersättarna", "tjänstgörande ersättare"),
    ("personalrepresentanterna", "personalrepresentant"),
    *((written, role) for written, role in ROLES_BEFORE_NAME if written != role),
)
# What a group of members is called after whom they represent ("Kommunernas ledamöter", "Regionens ersättare"):
# a present list's sub-heading.
MEMBER_GROUP_NOUNS: tuple[str, ...] = ("ledamöter", "ersättare", "representanter", "företrädare", "ombud")
# Common Swedish given names, lower case: where one begins, a new person begins in names run together
# without separators ("Gunilla Åström Eva Enqvist Marianne Servais Höckerman"). A hyphenated given name
# ("Anna-Greta", "Sven-Olof") counts when its first part is listed.
GIVEN_NAMES: tuple[str, ...] = (
    "adam", "adolf", "agnes", "agneta", "ahmed", "aila", "aina", "albert", "albin", "alexander", "alexandra", "alf",
    "alfred", "ali", "alice", "alicia", "allan", "alma", "alva", "alvar", "amanda", "amelia", "amir", "ana",
    "anders", "andreas", "anette", "angelica", "angelika", "anita", "anja", "ann", "ann-britt", "ann-charlotte",
    "ann-christin", "ann-mari", "ann-marie", "ann-sofie", "anna", "anneli", "annelie", "annette", "annica",
    "annika", "anton", "arne", "arnold", "arvid", "astrid", "axel", "barbro", "beata", "beatrice", "bengt", "benny",
    "berit", "bernt", "bert", "berta", "bertil", "birger", "birgit", "birgitta", "birgitte", "björn", "bo", "bodil",
    "britt", "britta", "brittmarie", "bror", "börje", "camilla", "carin", "carina", "carl", "carlos", "carolina",
    "caroline", "catarina", "catharina", "cathrine", "catrin", "catrine", "cecilia", "charlotta", "charlotte",
    "christel", "christer", "christian", "christin", "christina", "christine", "christoffer", "cissi", "claes",
    "clara", "clas", "conny", "cristina", "curt", "dag", "dagmar", "dan", "daniel", "daniela", "david", "dennis",
    "diana", "dragan", "ebba", "ebbe", "edit", "edith", "edvard", "egon", "einar", "elias", "elin", "elina",
    "elisabet", "elisabeth", "elise", "ella", "ellen", "ellinor", "elsa", "else", "elsie", "elvira", "emanuel",
    "emelie", "emil", "emilia", "emma", "erik", "erland", "erling", "ernst", "esa", "eskil", "ester", "eva",
    "evelina", "evert", "evy", "fanny", "fatima", "filip", "folke", "fredrik", "frida", "fritz", "gabriella",
    "gerd", "gert", "gertrud", "gottfried", "greta", "gudrun", "gun", "gunborg", "gunhild", "gunilla", "gunnar",
    "gunnel", "gunni", "gunvor", "gustaf", "gustav", "göran", "gösta", "hampus", "hanna", "hannah", "hans",
    "harald", "harriet", "harry", "hassan", "hasse", "hedvig", "heikki", "helen", "helena", "helene", "helge",
    "helén", "henning", "henric", "henrik", "herbert", "hilda", "hillevi", "hjalmar", "holger", "hugo", "hussein",
    "håkan", "ida", "ina", "inga", "ingalill", "ingeborg", "ingegerd", "ingela", "ingemar", "inger", "ingmar",
    "ingrid", "ingvar", "ingvor", "irene", "iris", "isabella", "isabelle", "isak", "ivan", "ivar", "jacob", "jakob",
    "jan", "jane", "jeanette", "jenny", "jens", "jerker", "jesper", "jessica", "jim", "joakim", "joel", "johan",
    "johanna", "johannes", "john", "jonas", "jonatan", "jonathan", "jorge", "jose", "josef", "josefin", "josefina",
    "josefine", "juan", "jukka", "julia", "jörgen", "jörn", "kajsa", "kalle", "kari", "karin", "karina", "karl",
    "karolina", "katarina", "katharina", "katrin", "kennet", "kenneth", "kent", "kerstin", "kicki", "kim", "kjell",
    "kjerstin", "klara", "klas", "krister", "kristian", "kristin", "kristina", "kristoffer", "kurt", "lage", "lars",
    "layla", "leif", "leila", "lena", "lennart", "leo", "liam", "liisa", "lill", "lillemor", "lina", "linda",
    "linn", "linnea", "linus", "lisa", "lisbeth", "lise", "lotta", "louise", "love", "lovisa", "ludvig", "luis",
    "lukas", "lydia", "madeleine", "madelene", "magdalena", "magnus", "maj", "maja", "majken", "majvor", "malin",
    "malte", "marco", "marcus", "margareta", "margaretha", "margit", "mari", "maria", "mariana", "marianne",
    "marie", "marina", "marita", "markus", "marlene", "martin", "martina", "matilda", "mats", "matti", "mattias",
    "mattis", "maud", "max", "melker", "merja", "mia", "michael", "miguel", "mikael", "mikaela", "milla", "mimmi",
    "mirja", "moa", "mohamed", "mohammed", "mona", "monica", "monika", "morgan", "muhammad", "märta", "mårten",
    "nathalie", "nicklas", "niclas", "niklas", "nils", "nina", "noah", "nora", "ola", "oliver", "olivia", "olle",
    "olof", "omar", "oscar", "oskar", "ove", "patrik", "paula", "paulo", "peder", "pedro", "pekka", "per", "peter",
    "petra", "petter", "pia", "pontus", "päivi", "ragnar", "raija", "rasmus", "rebecca", "rebecka", "regina",
    "reine", "richard", "rickard", "riitta", "ritva", "robert", "robin", "roger", "roland", "rolf", "ronny", "rose",
    "roy", "rune", "rut", "rutger", "ruth", "sabina", "saga", "samuel", "sandra", "sanna", "sara", "sebastian",
    "seppo", "sigrid", "sigurd", "simon", "simone", "sirpa", "siv", "sixten", "sofia", "sofie", "solveig", "sonja",
    "staffan", "stefan", "sten", "stig", "stina", "sture", "sune", "susanna", "susanne", "svante", "svea", "sven",
    "sylvia", "sören", "tanja", "terese", "teresia", "therese", "thomas", "thord", "tiina", "tilda", "timo", "tina",
    "tobias", "tom", "tomas", "tommy", "tora", "torbjörn", "tord", "tore", "torgny", "torsten", "torvald", "tove",
    "ture", "tyra", "ulf", "ulla", "ulrika", "uno", "urban", "ursula", "valter", "vera", "verner", "veronica",
    "veronika", "victoria", "viktor", "viktoria", "vilhelm", "vivi", "vivianne", "wilhelm", "william", "wilma",
    "yusuf", "yvonne", "zoran", "åke", "åsa", "örjan", "östen",
)
# Words of a title that names only what kind of meeting it was, not who met ("Arbetsmöte", "Sprint
# planning", "Sprint 4 Planering", "Planeringsmöte v 12"): such a title gives no body.
MEETING_ACTIVITY_WORDS: tuple[str, ...] = (
    "arbetsmöte", "arbetsmötet", "planeringsmöte", "planeringsmötet", "planering", "planeringen", "planning",
    "sprint", "sprintmöte", "sprintplanering", "review", "sprintreview", "retrospektiv", "retrospektivmöte",
    "retrospective", "retro", "standup", "stand-up", "daily", "avstämning", "avstämningsmöte", "uppstart",
    "uppstartsmöte", "startmöte", "kickoff", "kick-off", "statusmöte", "veckomöte", "månadsmöte", "projektmöte",
    "informationsmöte", "uppföljningsmöte", "lunchmöte", "frukostmöte", "handledningsmöte", "meeting",
)
# Labels of a front page whose values a flattened copy lost, left at the end of its title line
# ("Förbundsstyrelsen Sammanträdesdatum (23)").
TITLE_TRAILING_LABELS: tuple[str, ...] = (
    "sammanträdesdatum", "sammanträdesdag", "mötesdatum", "sammanträdestid", "datum", "dag", "tid", "plats",
    "lokal", "kl",
)
# Verbs that say the meeting began, beside `OPENING_WORDS`: "Mötet börjar: Kl 11.55".
MEETING_START_WORDS: tuple[str, ...] = ("börjar", "började", "startar", "startade", "inleds", "inleddes")
# Words of the first agenda item's title ("1 Mötets öppnande", "1. Val av justerare"): where a place
# written on a flattened line runs on into the agenda.
FIRST_ITEM_WORDS: tuple[str, ...] = (
    "öppnande", "öppnas", "öppnade", "upprop", "val av", "fastställande", "godkännande", "dagordning",
    "närvaro", "justering",
)
# Words before a date that make it the date of the minutes' checking or posting, not of the meeting:
# "Datum för anslags nedtagande 2011-04-26", "Justeringens plats och tid Kommunkansliet, 2011-04-04".
NOT_MEETING_DATE_CUES: tuple[str, ...] = (
    "anslag", "justering", "justerat", "justeras", "nedtagande", "uppsättande", "utdragsbestyrkande",
)
# Words right before a date that make it a deadline or a period's edge, not the meeting's day: "ska lämnas in
# senast 2020-05-29", "gäller till och med 31 mars", "Avtalstiden är från 2023-01-01 till 2025-12-31".
DEADLINE_BEFORE_DATE: tuple[str, ...] = (
    "senast", "till och med", "t.o.m.", "t.o.m", "tom", "före", "innan", "fr.o.m.", "fr.o.m", "från och med",
)
# Stems of a break in the meeting ("ajournering", "ajourneras", "paus"): the hours after one are the break's.
BREAK_WORDS: tuple[str, ...] = ("ajourn", "paus", "förmöte", "gruppmöte")
# Past-tense verbs right after a date that make it the day of an earlier act, not the meeting's: "Den 2 december
# 2021 beslutade nämnden att ...", "har den 25 januari 2016 inkommit med ansökan".
PAST_ACT_AFTER_DATE: tuple[str, ...] = (
    "beslutade", "beslöt", "beslutat", "inkom", "inkommit", "fattade", "antog", "antogs", "fastställde",
    "fastställdes", "godkände", "godkändes",
)
# Participles and passives that set the day of some other thing ahead, right before "till (den)" and the date:
# "Temadagen är fastställd till den 16 oktober 2020", "Beslutet planeras till den 11 oktober 2024", "lokalen är
# bokad till 2021-03-04". Such a date is that thing's, not the meeting's.
SCHEDULED_TILL: tuple[str, ...] = (
    "fastställd", "fastställt", "fastställts", "planerad", "planerat", "planerade", "planeras", "planerats",
    "bokad", "bokat", "bokats", "bokades", "utsatt", "utsatta", "satt", "satts", "sattes", "utlyst", "utlysts",
)
# Labels of a letterhead or footer before the organisation's name and address ("Postadress Besöksadress
# Telefon / Fax Sunne kommun Kvarngatan 4").
ADDRESS_LABELS: tuple[str, ...] = (
    "postadress", "besöksadress", "gatuadress", "adress", "telefon", "fax", "e-post", "epost", "webbplats",
    "organisationsnummer", "org.nr", "bankgiro", "plusgiro", "postgiro",
)
# Words that may stand before a date alone on a line without being a place ("Uppdaterad 2020-01-14",
# "Tisdag 2020-01-14"): no dateline.
DATELINE_NOT_PLACES: tuple[str, ...] = (
    "uppdaterad", "reviderad", "publicerad", "publicerat", "utskriven", "utskrivet", "upprättad", "inlagd",
    "inlagt", "senast", "version", "datum", "ändrad", "skriven", "skrivet", "sparad", "godkänd", "justerad",
    "föredragningslista", "utkast", "förslag", "bilaga", "sida",
)
# More labels of absent lists: the participle ("Förhindrade: Lennart Ljung"), and "avbud" written with a verb.
MORE_ABSENT_LABELS: tuple[str, ...] = (
    "förhindrade", "förhindrad", "förhindrade ledamöter", "förhindrade ersättare", "anmält avbud", "anmälda avbud",
    "meddelat avbud", "frånvarande suppleanter", "frånvarande styrelseledamöter", "ej närvarande ersättare",
    # "icke" for "ej" ("Icke deltagande: Inger Sjöberg Mats Hallor")
    "icke deltagande", "icke närvarande", "inte deltagande",
    # absence reported beforehand, in other words ("Meddelat frånvaro: Bo Berg", "Meddelat ej närvaro Eva Porat")
    "meddelat frånvaro", "meddelad frånvaro", "meddelade frånvaro", "meddelat ej närvaro", "anmält ej närvaro",
)
# Abbreviated roles written with a full stop inside a flattened list ("Jan Hallberg (M), Göteborg, ordf. Owe
# Nilsson (S)"): the stop ends no sentence.
ROLE_ABBREVIATIONS: tuple[str, ...] = ("ordf", "sekr", "ers", "bitr", "ledam", "adj", "tjg", "suppl", "kassör", "v")
# A note in parentheses after a name that says the person was not there: "Bo Berg (frånvarande)", "Cia Holm
# (sjuk)". Only the whole note: "(frånvarande § 5-7)" is a part of the meeting missed.
ABSENT_NOTES: tuple[str, ...] = (
    "frånvarande", "ej närvarande", "inte närvarande", "anmält förhinder", "förhinder", "sjuk", "sjukanmäld",
    "bortrest", "avbud", "återbud", "deltog ej", "deltog inte", "ej på plats", "ej närv", "frånv",
    # absence reported beforehand ("Bo Berg (anmäld frånvaro)", "Cia Holm (meddelat förhinder)")
    "anmäld frånvaro", "anmält frånvaro", "anmält avbud", "anmält återbud", "meddelat förhinder",
    "meddelat frånvaro", "meddelat avbud", "lämnat återbud", "förhindrad", "anmälts förhinder",
)
# Words that make a short phrase before a colon an absent list's label, whatever else it says ("Frånvarande
# ledamot:", "Följande ledamöter var frånvarande:", "Ledamöter som ej var närvarande:", "Förhindrade att delta:").
ABSENT_PHRASE_WORDS: tuple[str, ...] = (
    "frånvarande", "förhindrade", "förhindrad", "förhinder", "återbud", "avbud", "utebliven", "uteblivna",
    "ej närvarande", "inte närvarande", "ej var närvarande", "inte var närvarande", "ej närvarade",
    "inte närvarade", "saknades", "saknas",
)
# More lines that end an attendance list: who keeps the minutes or chairs, written before a colon ("För
# protokollet: Fia Berg", "Protokollförare: Bo Ek"); the person is a functionary, not one of the list above.
MORE_END_LABELS: tuple[str, ...] = (
    "för protokollet:", "vid protokollet:", "protokollförare:", "protokollförd av:", "mötessekreterare:",
    "mötesordförande:", "justerande:", "justeringsperson:", "justeringspersoner:", "sekreterare för mötet:",
)
# More present labels: the group first, then the word that says they were there ("Styrelseledamöter närvarande:").
MORE_PRESENT_LABELS: tuple[str, ...] = (
    "styrelseledamöter närvarande", "styrelsemedlemmar närvarande", "ersättare närvarande",
    "suppleanter närvarande", "medlemmar närvarande", "deltagare närvarande", "närvarande styrelsemedlemmar",
    "gästande", "inbjudna deltagare", "inbjudna gäster",
)
# The words of attendance labels that a flattened front page stacks between a venue label and its
# value ("Plats ande Ledamöter Tjänstgörande ersättare ... Korrö Hantverksby, Linneryd Name (c)",
# "Plats och tid Beslutande SWECO-huset, ..."): no part of the place.
VENUE_COLUMN_LABEL_WORDS: tuple[str, ...] = (
    "ande", "beslutande", "närvarande", "ledamöter", "ledamot", "tjänstgörande", "ersättare", "övriga",
    "deltagande", "deltagare", "ej", "och", "tid", "plats", "närvarande:", "beslutande:", "ledamöter:",
    "ersättare:", "tid:", "plats:", "deltagare:", "sekreterare", "närvaro",
)
# An extra meeting of the body itself, named right before its date ("avvakta med beslut ... tills ett
# extra möte 210621", "ett extrainsatt sammanträde den 3 maj"): one of this body's later meetings.
EXTRA_MEETING_WORDS: tuple[str, ...] = (
    "extra möte", "extramöte", "extra sammanträde", "extrainsatt möte", "extrainsatt sammanträde",
    "extrainsatta möte", "extra styrelsemöte", "extrainsatt styrelsemöte", "extra mötet", "extra sammanträdet",
)
# A stored web page's logo image text ends in one of these ("Finnvedens samordningsförbunds logga").
LOGO_WORDS: tuple[str, ...] = ("logga", "loggan", "logotyp", "logotypen", "logo", "logotype")
# A blog post's byline around its date ("By 17 augusti, 2018 No Comments", "Postat den 3 maj 2019 |
# Lämna en kommentar"): the page's own date, no event. Words before the date, then words right after it.
BYLINE_LEADS: tuple[str, ...] = ("by", "av", "postat", "postad", "posted", "posted on", "publicerat", "publicerad",
                                 "skrivet", "skriven", "inlägg")
BYLINE_TAILS: tuple[str, ...] = ("no comments", "comments", "comment", "kommentarer", "kommentar",
                                 "lämna en kommentar", "leave a comment", "inga kommentarer")
# Words that end as a body's name does and name none ("i området", "målgruppen").
NOT_BODY_WORDS: tuple[str, ...] = (
    "området", "bostadsområdet", "verksamhetsområdet", "målgruppen", "ovannämnd", "omnämnd", "överensstämma",
    "åldersgruppen", "riskgruppen",
)
# A room within a named place, written after a comma in lower case ("i Regionhuset, sal Bolmen",
# "på Kommunhuset, rum 3"): part of the place.
ROOM_WORDS: tuple[str, ...] = (
    "sal", "salen", "rum", "rummet", "lokal", "lokalen", "konferensrum", "konferensrummet", "sammanträdesrum",
    "sammanträdesrummet", "mötesrum", "mötesrummet", "plan", "våning", "vån",
)
# Heads of a stored web page's own lines above the minutes: its title field, an upload date or file
# size ("Titel:2019-01-30 Protokoll", "tarix08.04.2018", "ölçüsü31,8 Kb."), a blog's category archive
# ("Arkiv för kategori: Protokoll"), and the posting notice's heading ("BEVIS OM ANSLAGSDAG"). Such a
# line names no body and dates no meeting; the head is followed by no letter.
PAGE_FRAME_HEADS: tuple[str, ...] = (
    "titel", "title", "tarix", "tarih", "ölçüsü", "yüklə", "arkiv för kategori", "arkiv för etikett", "kategori",
    "kategorier", "etiketter", "uppladdad", "uppladdat", "uploaded", "bevis om anslagsdag", "bevis om anslag",
    # a blog's archive page titled in one word ("Etikettarkiv: 2008", "Kategoriarkiv: Protokoll", "Månadsarkiv:
    # mars 2019"): the archive's, not the minutes'
    "etikettarkiv", "kategoriarkiv", "månadsarkiv", "årsarkiv", "dagsarkiv", "författararkiv", "taggarkiv",
)
# Verbs of one person's coming or leaving before a time ("avvek kl 12.00", "lämnade mötet kl 20.15", "anlände
# kl 18.30"): that person's hours, not the meeting's start.
LEAVING_WORDS: tuple[str, ...] = (
    "avvek", "avviker", "avvikit", "avvek från", "lämnade", "lämnar", "lämnat", "anlände", "anländer", "ankom",
    "avgick", "gick", "går",
)
# More common Swedish given names (attendance: telling where names run together split, `_is_given`).
MORE_GIVEN_NAMES: tuple[str, ...] = (
    "agnetha", "andrea", "angela", "annie", "antonia", "barbara", "berndt", "bianca", "bjarne", "boel",
    "britt-marie", "carita", "carola", "charles", "dagny", "doris", "edvin", "eivor", "elna", "eric", "erika",
    "eva-lena", "ewa", "felicia", "finn", "gabriel", "gisela", "glenn", "greger", "göte", "heidi", "helmer",
    "irma", "iréne", "james", "janne", "jarl", "jon", "kaisa", "laila", "lars-erik", "lars-åke", "lilian",
    "liselott", "maj-britt", "marika", "monalisa", "paulina", "per-olof", "pernilla", "pär", "ragnhild",
    "reidar", "rose-marie", "selma", "stellan", "sten-åke", "suzanne", "sven-erik", "tage", "tryggve",
    "ulla-britt", "victor", "viola", "weronica", "yngve",
    # (Finland-Swedish and Nordic given names)
    "toni", "tor", "kaj", "kaj-johan", "jón", "kari", "liisa", "markku", "tryggvi", "niels", "olav",
    "noak", "kasper", "douglas", "melker", "ebbe", "vilgot", "ture",
    # (given names common among newer Swedes, met in councils' member lists)
    "erwin", "antonio", "mario", "amina",
    # (more Swedish and Finland-Swedish given names, as Åland and Ostrobothnian councils write them surname first:
    # "Eriksson Christofer Fagerlund Miina Johansson Lene-Maj")
    "christofer", "mathias", "elof", "viveka", "aron", "lene", "miina", "kim", "dan-anders", "leena-liis",
    "liane",
    # (more common Swedish given names, met in flattened member lists: "Jonny Lundin", "Åse Tiberg")
    "jonny", "johnny", "sarah", "åse", "olov", "sverker", "charlie", "eiwor",
    # (more Swedish and Finland-Swedish given names, met in lists written surname first: "Bystedt Rainer, ledamot
    # Grägg Ralf, ledamot", "Sillanpää Lasse, teknisk chef")
    "rainer", "ralf", "lasse", "elvi", "jimmy", "roine", "walter", "inge", "pelle", "micke", "gundel", "benita",
    "senja",
)
# Titles that end a role written before a name ("socialchef Lillemor Quist", "alkoholhandläggare Åsa
# Nilsson"): a lower-case word ending so reads as a role in `_role_first_entries`.
ROLE_ENDINGS: tuple[str, ...] = (
    "chef", "handläggare", "sekreterare", "direktör", "strateg", "utredare", "samordnare", "ledare", "läkare",
    "controller", "ekonom", "assistent", "konsult", "inspektör", "planerare", "koordinator", "ansvarig",
    "ordförande", "ersättare", "ledamot", "kommunikatör", "skötare", "sköterska", "rådgivare", "expert",
)
# A seat without a holder in a list of members: "Vakant (M)" is no person.
VACANT_WORDS: tuple[str, ...] = ("vakant", "vakans", "vakanta", "vacant")
# A role label that may close a flattened list line, with the one person it names after it:
# "..., Sunny Sandström (delvis) Sekreterare Marianne Hammarström".
CLOSING_ROLE_LABELS: tuple[str, ...] = ("Sekreterare", "Protokollförare", "Mötessekreterare", "Nämndsekreterare")
# How one-word entries of an attendance list end that are documents, not persons: "Ola Broberg, Fred
# Mellberg, Mötesprotokoll" (the next heading run into the list).
DOCUMENT_ENDINGS: tuple[str, ...] = (
    "protokoll", "protokollet", "anteckningar", "anteckning", "dagordning", "dagordningen", "föredragningslista",
    "kallelse", "kallelsen", "bilaga", "bilagor", "handlingar",
)
# Group labels so general that a lower-case value after them is no list: "Övriga: dokumentation" in a
# work schedule (not "Övriga: se bilaga", not a list of names).
GENERIC_GROUP_LABELS: tuple[str, ...] = ("övriga", "övrigt")
# Column heads of a list of names, read as an entry when the row has no tab: "Efternamn, Förnamn".
NAME_COLUMN_WORDS: tuple[str, ...] = ("förnamn", "efternamn", "namn", "tilltalsnamn")
# The cells of a mark table flattened one cell to a line (a Word or PDF table turned to text): the column
# heads "N" (närvarande) / "R" (röstande) over the marks, and the marks themselves ("X", "O"). A line that
# is one of these, and nothing else, is a cell, not a name.
CELL_MARKS: tuple[str, ...] = ("x", "o", "n", "r", "ja", "nej", "-", "–", "✓", "✔", "§")
# Labels of the lists of substitutes: an unmarked row of theirs was not called, so is not absent.
SUBSTITUTE_LABELS: tuple[str, ...] = ("ersättare", "suppleant", "suppleanter", "ersättarna", "suppleanterna")
# Letter marks after "Name (P)" in a flattened attendance table ("Närv (N), Frånv (F), Närv tj.g. (NT)"):
# present, present serving in a member's place, absent.
LETTER_MARKS_PRESENT: tuple[str, ...] = ("N", "NT", "NTJ", "TJ", "T")
LETTER_MARKS_SERVING: tuple[str, ...] = ("NT", "NTJ", "TJ", "T")
LETTER_MARKS_ABSENT: tuple[str, ...] = ("F",)
# Notes after a mark that limit it to some paragraphs: "N tom 93", "NT from 94", "N t.o.m. § 5".
LETTER_MARK_NOTES: tuple[str, ...] = ("tom", "from", "t.o.m.", "fr.o.m.", "t o m", "fr o m")
# Lower-case words that may stand before the names in "Närvarande var ordinarie ledamöter Anna Ek, ...,
# suppleanten Bo Berg och sekreterare Cia Holm" (besides `ROLE_WORDS`): groups and definite forms of roles.
SENTENCE_GROUP_WORDS: tuple[str, ...] = (
    "ordinarie", "ledamöter", "ledamöterna", "ledamoten", "styrelseledamöter", "styrelseledamöterna", "suppleanten",
    "suppleanter", "suppleanterna", "ersättaren", "ersättarna", "ordföranden", "sekreteraren", "även", "också",
    "dessutom", "kassören", "revisorn", "revisorerna", "tjänstgörande", "adjungerade",
)
# How a title written as one capitalised word ends ("Förvaltningschef", "Nämndsekreterare", "Ekonomichef"): a
# column of such titles after a run of names is no part of the names.
TITLE_ENDINGS: tuple[str, ...] = (
    "chef", "sekreterare", "ordförande", "utredare", "handläggare", "strateg", "controller", "ansvarig",
    "samordnare", "direktör", "läkare", "sköterska", "ekonom", "jurist", "arkitekt", "ingenjör", "tjänsteman",
)
# Column heads of a mark table flattened one cell to a line, besides `TABLE_HEADINGS` ("Tjg", "Ej tjg").
HEADING_CELLS: tuple[str, ...] = ("ej tjg", "ej tjg.", "tjg.", "ej tjänstgörande", "närv", "närv.", "frånv", "frånv.")
# The time half of a joint place-and-time label in a flattened label column ("Plats och sammanträdestid",
# "Plats och mötestid"): label words, not a value. Lower case.
VENUE_LABEL_TIME_WORDS: tuple[str, ...] = ("sammanträdestid", "sammanträdestid:", "mötestid", "mötestid:", "tid:")
# Venue labels that name the meeting's own place ("Sammanträdesplats", "Möteslokal och tid"), besides
# VENUE_LABELS. Lower case.
MEETING_PLACE_LABELS: tuple[str, ...] = (
    "sammanträdesplats", "sammanträdeslokal", "plats för sammanträdet", "plats för mötet", "mötesplats och tid",
    "sammanträdesplats och tid",
    "plats och sammanträdestid", "plats och mötestid",  # the joint label with the time named as the meeting's
)
# Endings of lower-case nouns of a place, indefinite or definite ("hembygdsgård", "Folkets hus",
# "Ekeby skola"): a head line of such a place and the meeting's date names the venue. Lower case.
PLACE_NOUN_ENDINGS: tuple[str, ...] = (
    "gård", "gården", "hus", "huset", "sal", "salen", "rum", "rummet", "lokal", "lokalen", "stuga", "stugan",
    "hem", "hemmet", "kyrka", "kyrkan", "skola", "skolan", "bibliotek", "biblioteket", "hotell", "hotellet",
    "center", "centret", "centrum", "kansli", "kansliet", "museum", "museet", "hall", "hallen", "kontor",
    "kontoret", "församlingshem", "bygdegård", "restaurang", "restaurangen", "krog", "krogen", "värdshus",
)
# Heritage sites and other buildings met at, the last word of a place in the head ("Svartviks industriminnen
# 2015-03-30", "Forsviks bruk", "Tullgarns slott", "Ljusnedals kvarn"); not for attendance lists, where "Kvarn" or
# "Slott" may be a surname.
HEAD_PLACE_NOUN_ENDINGS: tuple[str, ...] = (
    "minnen", "bruk", "bruket", "slott", "slottet", "kapell", "kapellet", "kvarn", "kvarnen", "teater", "teatern",
    "magasin", "magasinet", "paviljong", "paviljongen", "arena", "arenan",
)
# Names of a kind of record that may stand before its date like a place ("Referat 2006-08-31"): no place.
RECORD_KIND_WORDS: tuple[str, ...] = ("referat", "sammandrag", "rapport", "noteringar", "mötesreferat")
# Attendance labels a flattened label column may put before the place: "Beslutande Messingen, Industivägen 20 b".
PLACE_LEADING_LIST_LABELS: tuple[str, ...] = ("Beslutande", "Närvarande", "Ledamöter", "Deltagare")
# --- end meeting header and attendance ---

# --- items, status and carry (items.py) ---
# Phrases are lower case and matched on word boundaries; "…" stands for a gap of up to four
# words ("skjuter … till" matches "Vi skjuter detta till nästa möte").

# The item is dropped or deferred from this meeting.
POSTPONED: tuple[str, ...] = (
    "utgår från dagens", "utgår från dagordningen", "utgår ur dagordningen", "utgår från mötet",
    "utgår idag", "utgår tills vidare", "punkten utgår", "ärendet utgår", "frågan utgår",
    "bordläggs", "bordlades", "bordlagd", "bordlagt", "bordlagda", "bordlägga", "bordlägger",
    "bordslägger", "bordsläggs", "bordslades", "bordlägges",
    "skjuter på beslut", "skjuter beslutet", "skjuta på beslutet",
    "flyttas till nästa", "flyttas … till nästa", "flyttades till nästa",
    "avvaktar", "avvakta med", "behandlades inte", "behandlas inte", "hanns inte", "hinns inte",
    "hann inte", "hann vi inte", "hanns ej", "behandlades ej", "ej behandlad", "ej behandlat",
    "ingen tid återstod", "tiden räckte inte", "togs inte upp", "tas inte upp", "togs ej upp",
    "i framtida versioner",
    "lämnas till nästa", "sparas till nästa", "sparas till ett senare", "vänta med", "väntar med",
)
# Deferring verbs that also describe projects ("Byggstarten skjuts upp till 2023"): they
# postpone the item only when the sentence names the matter ("Beslut om detta ärende skjuts
# fram", "Vi skjuter detta"), has no subject ("Skjuts upp."), or names a later meeting.
POSTPONED_IF_MATTER: tuple[str, ...] = (
    "skjuts fram", "skjuts upp", "skjuts … till", "skjuts på", "skjuter … till", "skjuter på",
    "skjuter upp", "skjuta upp", "skjutas upp", "skjutits upp", "sköts upp", "flyttas fram",
    "till ett senare tillfälle", "vid ett senare tillfälle", "stryks", "ströks", "struken",
    "flyttas till", "flyttades till", "flyttas fram till", "flyttas över till",
)
MATTER_WORDS: tuple[str, ...] = (
    "ärendet", "ärende", "frågan", "punkten", "beslut", "beslutet", "detta", "det", "den",
    "diskussionen", "dragningen", "presentationen", "informationen", "behandlingen", "ämnet",
    "redovisningen", "föredragningen", "vi",
)
# "utgår" alone ends a clause when the item is dropped ("Punkt 5: Utgår."), but "utgår från
# det statliga uppdraget" is ordinary prose: a bare "utgår" counts only before these.
DROPPED_WORDS: tuple[str, ...] = ("utgår", "utgick")

# The matter comes back by itself, whatever the sentence says of when.
RETURNS: tuple[str, ...] = (
    "återkommer", "återkomma", "återkommer till", "återkommer med",
    "får i uppdrag att återkomma", "återrapporteras", "återrapportera",
    "återremitteras", "återremittera", "återremitterades", "återremiss",
    "klar för beslut", "klart för beslut", "färdig för beslut", "redo för beslut",
    "tas upp för beslut", "för beslut på", "för beslut vid",
    "varje möte", "varje sammanträde", "vid varje möte", "stående punkt",
)
# A matter on every agenda from now on comes back at the next meeting.
RECURRING: tuple[str, ...] = ("varje möte", "varje sammanträde", "varje styrelsemöte", "stående punkt")
# The meeting's own papers: a sentence that opens with one of them and does a thing at every meeting
# ("Minnesanteckningar kommer att skrivas vid varje möte", "Kallelsen skickas ut en vecka före varje
# sammanträde") tells how the body works, it puts no matter on the next agenda. Not the agenda itself:
# "Dagordningen ska ha ekonomin som punkt vid varje möte" does.
ROUTINE_PAPERS: tuple[str, ...] = (
    "minnesanteckningar", "minnesanteckningarna", "mötesanteckningar", "mötesanteckningarna", "anteckningar",
    "anteckningarna", "protokoll", "protokollet", "protokollen", "kallelse", "kallelsen", "kallelser",
    "kallelserna", "handlingar", "handlingarna", "mötesprotokoll", "mötesprotokollet",
)
# Verbs that make a matter come back only together with a later meeting ("Fortsätter denna
# punkt nästa vecka", "tolkar verksamhetsplanen till nästa möte").
RETURNS_WITH_LATER: tuple[str, ...] = (
    "till nästa", "tills nästa", "på nästa", "vid nästa", "till kommande", "på kommande",
    "vid kommande", "till nästkommande", "vid nästkommande", "på nästkommande",
    "fortsätter", "fortsätta", "fortsatt", "tas upp igen", "ta upp … igen", "diskuteras vidare",
    "följs upp", "följa upp", "redovisas", "presenteras", "presenterar", "återkopplas",
    "återkoppling", "återkopplar",
)
# Words after "återkomm…" that keep the matter inside this meeting, or an event that recurs.
RETURNS_NOT: tuple[str, ...] = ("återkommer under", "återkomma under", "återkom under")

# This meeting, not a later one ("Återkommer till ämnet under dagens möte punkt 3").
SAME_MEETING: tuple[str, ...] = (
    "under dagens möte", "under dagens sammanträde", "dagens möte punkt", "senare under mötet",
    "senare i mötet", "senare under dagen", "under mötet", "under punkt", "i punkt", "vid punkt",
    "efter pausen",
) + tuple(  # a meeting of two days: put off to its next day ("en fråga ajournerades för beslut till dagen efter")
    f"{prep} {day}" for prep in ("till", "under")
    for day in ("dagen efter", "nästa dag", "nästa dags", "morgondagen", "morgondagens", "andra dagen", "dag två",
                "mötets andra dag", "sammanträdets andra dag")
)
# What happened at an earlier meeting is history ("Ärendet bordlades vid förra sammanträdet").
EARLIER_MEETING: tuple[str, ...] = (
    "förra mötet", "förra möte", "föregående möte", "föregående mötet", "förra sammanträdet",
    "föregående sammanträde", "senaste mötet", "tidigare möte", "tidigare sammanträde",
    "senaste sammanträdet", "förra styrelsemötet", "föregående styrelsemöte",
    "föregick", "före-gick", "som gick före",
)
# A task with a deadline before the next meeting is no return ("innan nästa möte").
BEFORE_NEXT: tuple[str, ...] = ("innan nästa", "före nästa", "inför nästa", "till och med nästa")
# Elections "till nästa möte" ("utse X till mötesordförande till nästa möte") are no return.
ELECTION: tuple[str, ...] = ("utse", "utses", "utsågs", "välja", "väljs", "valdes", "vald", "väljer")

# Nouns naming a meeting of the body itself ("nästa möte", "kommande sammanträde").
NEXT_MEETING_NOUNS: tuple[str, ...] = (
    "möte", "mötet", "sammanträde", "sammanträdet", "mötestillfälle", "mötestillfället",
    "styrelsemöte", "styrelsemötet", "tillfälle", "tillfället", "forum", "kommunala forum",
    "vecka", "veckas", "gång", "träff", "träffen", "möte med gruppen", "ledningsgruppsmöte",
    "sittning", "sittningen",
)
# Words before a meeting noun that point at the next meeting.
NEXT_WORDS: tuple[str, ...] = ("nästa", "kommande", "nästkommande", "påföljande", "följande")
# A later meeting, but not the next one: the carry gets no date ("till ett kommande möte").
LATER_NOT_NEXT: tuple[str, ...] = (
    "näst-nästa", "näst nästa", "nästnästa", "övernästa", "över-nästa", "ett kommande",
    "ett senare", "senare möte", "senare tillfälle", "framtida",
)

# Passed to another body: a verb and a body noun after it ("tas upp på kommunchefsmöten").
REFERRED_VERBS: tuple[str, ...] = (
    "tas upp på", "tas upp i", "tas upp vid", "tas upp med", "kan tas upp på", "diskuteras på",
    "diskuteras i", "diskuteras vid", "lyfts till", "lyfts på", "lyfts i", "lyfta till",
    "behandlas i", "behandlas på", "behandlas av", "beslutas i", "beslutas av", "beslutas på",
    "röstas om … i", "röstas om … på", "röstas om … vid", "hänskjuts till", "överlämnas till",
    "skickas vidare till", "remitteras till", "överlåts till", "går vidare till", "skickas till",
    "lämnas över till", "hänvisas till",
)
# A sentence opening with its verb has the item's matter as subject ("Ska diskuteras på SK.",
# "Tas upp i KS i juni.").
ELLIPTIC_MODALS: tuple[str, ...] = (
    "ska", "skall", "bör", "måste", "tas", "lyfts", "diskuteras", "behandlas", "hänskjuts", "överlämnas",
)
# Passing the matter itself on, whoever the subject ("att överlämna ärendet till kommunstyrelsen").
REFERRED_MATTER: tuple[str, ...] = (
    "överlämna ärendet till", "överlämna frågan till", "hänskjuta ärendet till",
    "hänskjuta frågan till", "lyfta frågan till", "lyfta frågan på", "lyfta frågan i",
    "ta upp frågan på", "ta upp frågan i", "ta upp frågan med", "ta upp ärendet på",
    "skicka ärendet vidare till", "skicka frågan vidare till", "remittera ärendet till",
    "överlämnar ärendet till", "överlämnar frågan till", "lyfter frågan till", "lyfter frågan på",
)
# Items that plan or group ("Nästa möte", "Övrigt") do not come back themselves: a matter
# said to return there is a topic announced for a later meeting.
NO_RETURN_TITLES: tuple[str, ...] = (
    "nästa möte", "nästa sammanträde", "kommande möten", "kommande sammanträden", "mötesplanering",
    "mötestider", "mötets avslutande", "mötet avslutas", "avslutning", "avslut", "utcheckning",
    "övrigt", "övriga frågor", "övriga ärenden", "frågor", "information", "meddelanden",
)
# News from a source, as an item's whole title ("Information från kansliet", "Meddelanden från ordföranden",
# "Rapporter från förvaltningen"): it groups several matters as "Information" does (NO_RETURN_TITLES), so a matter
# of it to come back later is a topic announced ("Kansliet återkommer med förslag på hur detta tas vidare"), the item
# handled. The nouns before "från" (not a report in the singular: "Rapport från kassören" is one matter); news from
# a meeting or event (a word of the source ending in one of NEWS_FROM_EVENT_ENDS: "Information från Leader-mötet",
# "Rapporter från konferensen") is one matter too. Lower case.
NEWS_FROM_NOUNS: tuple[str, ...] = (
    "information", "informationer", "info", "rapporter", "meddelanden", "aktuellt", "nytt", "nyheter",
    "aktuella frågor",
)
NEWS_FROM_EVENT_ENDS: tuple[str, ...] = (
    "möte", "mötet", "möten", "mötena", "sammanträde", "sammanträdet", "konferens", "konferensen", "seminarium",
    "seminariet", "träff", "träffen", "workshop", "workshopen", "kurs", "kursen", "utbildning", "utbildningen",
    "dag", "dagen", "dagarna", "forum", "forumet", "resa", "resan", "besök", "besöket", "kongress", "kongressen",
    "stämma", "stämman", "mässa", "mässan", "webbinarium", "webbinariet", "webinar", "webinariet", "studiebesök",
    "studiebesöket", "årsmöte", "årsmötet", "internat", "internatet",
)
# Subjects that make the sentence about the item's own matter ("Frågan kommer att ...");
# "Frågan om vem ..." is a sub-question and does not refer the whole item.
REFERRED_SUBJECTS: tuple[str, ...] = (
    "frågan", "ärendet", "detta", "det", "punkten", "ämnet", "saken", "förslaget", "den",
)
SUBJECT_QUALIFIERS: tuple[str, ...] = ("om", "kring", "gällande", "rörande", "angående", "med")
# Word stems of other bodies ("kommunchefsmöten", "stämman", "kommittémöte", "fullmäktige").
OTHER_BODIES: tuple[str, ...] = (
    "stämma", "stämman", "årsmöte", "årsmötet", "medlemsmöte", "medlemsmötet", "fullmäktige",
    "styrelse", "styrelsen", "nämnd", "nämnden", "utskott", "utskottet", "styrgrupp",
    "styrgruppen", "ledningsgrupp", "ledningsgruppen", "råd", "rådet", "chefsmöte",
    "chefsmöten", "kommittémöte", "kommittémöten", "kommiteemöte", "kommitémöte", "kommitté",
    "kommittén", "arbetsgrupp", "arbetsgruppen", "referensgrupp", "samverkansgrupp",
)
# Verbs that pass a matter to the next meeting of another body ("Det ska röstas om ... i
# nästa stämma").
REFERRED_DECIDE_VERBS: tuple[str, ...] = (
    "röstas", "beslutas", "tas upp", "behandlas", "lyfts", "lyftas", "diskuteras", "avgörs",
    "antas", "fastställas", "fastställs",
)
# Words before a number that make it a reference, not a run-in item ("under dagens möte punkt 3.").
NUMBER_REFERENCES: tuple[str, ...] = (
    "punkt", "punkten", "punkterna", "paragraf", "kap", "kap.", "sid", "sidan", "nr", "bilaga", "§",
)
# The board's proposal to the general meeting is passed to it ("Styrelsen skriver proposition").
REFERRED_TO_GENERAL_MEETING: tuple[str, ...] = (
    "skriver proposition", "skriva proposition", "skriver en proposition", "lägger proposition",
    "proposition till stämman", "proposition till årsmötet",
)

# A topic announced for a later meeting inside an item that stays handled.
ANNOUNCE_NOUNS: tuple[str, ...] = (
    "presentation", "presentationen", "rapport", "rapporten", "redovisning", "redovisningen",
    "information", "informationen", "föredragning", "genomgång", "genomgången", "dragning",
    "uppföljning", "uppföljningen",
)
ANNOUNCE_VERBS: tuple[str, ...] = (
    "görs", "ges", "hålls", "redovisas", "presenteras", "presenterar", "gör", "håller",
    "kommer", "sker", "återrapporteras", "tas upp",
)
# A topic said to be dealt with at a later meeting ("Förslagen kommer att behandlas vid styrelsens
# möte den 26 oktober", "Ska komma på enhetsmöte den 19 mars"): announced when no status phrase holds.
HANDLED_LATER: tuple[str, ...] = (
    "kommer att behandlas", "ska behandlas", "skall behandlas", "kommer att tas upp", "ska tas upp",
    "kommer att diskuteras", "ska diskuteras", "ska komma på", "ska komma till", "kommer att komma på",
)
# A dated announcement must name a meeting ("vid kommunalt forum i mars 2018").
# A matter to be adopted or decided at a later meeting of this body named with its date ("Underlaget
# fastställs vid styrelsemöte 210418", "Budgeten beslutas på mötet den 12 maj"): it comes back then.
# items.py needs the meeting named after the verb and a date after the meeting; another body's meeting
# ("fastställs av fullmäktige 14 juni") or one without a date stays as it was.
ADOPTED_AT_DATED_MEETING: tuple[str, ...] = (
    "fastställs", "fastställas", "beslutas", "beslutas om", "godkänns", "godkännas", "klubbas", "spikas",
    "beslut tas", "beslut fattas", "tas beslut", "fattas beslut",
)
# A matter that stays open said in one word or two, the whole sentence ("Kvarstår.", "Står kvar till nästa
# möte."; "9. Informationstavlan. Kvarstår."): it comes back. items.py reads these only as the whole sentence.
ELLIPTIC_STANDING: tuple[str, ...] = ("kvarstår", "står kvar", "ligger kvar", "kvarstår tills vidare")
# A visit or matter to be held at a new time that is being found ("Caj jobbar på ny tid", "Ny tid bokas",
# "Vi får hitta en ny tid"): put off, no time said. A meeting moved ("Mötet flyttas, ny tid meddelas") is read
# apart (see items.py `_meeting_moved`).
RESCHEDULED: tuple[str, ...] = (
    "boka ny tid", "bokar ny tid", "bokas ny tid", "boka en ny tid", "bokar en ny tid", "ny tid bokas",
    "ny tid ska bokas", "ny tid får bokas", "hitta ny tid", "hittar ny tid", "hitta en ny tid", "hittar en ny tid",
    "söker ny tid", "söka ny tid", "söker en ny tid", "jobbar på ny tid", "jobbar på en ny tid",
    "arbetar på ny tid", "arbetar på en ny tid", "ny tid tas fram", "ny tid planeras", "ta fram en ny tid",
    "tar fram en ny tid",
)
# The one-word fates that may follow an item's name in its heading, after a stop or comma ("9. Infotavlan.
# Kvarstår."); a longer sentence there needs two words or more.
ELLIPTIC_FATE_WORDS: tuple[str, ...] = (
    "kvarstår", "utgår", "utgick", "bordläggs", "bordlades", "bordlagd", "bordlagt", "vilande", "återkommer",
)
ANNOUNCE_MEETINGS: tuple[str, ...] = (
    "möte", "mötet", "sammanträde", "sammanträdet", "forum", "webinar", "webinariet",
    "webbinarium", "webbinariet", "seminarium", "seminariet", "workshop", "workshopen",
    "internat", "internatet", "träff", "träffen", "styrelsemöte", "styrelsemötet",
)
# "Inför webinariet den 11/2 ... sammanställa frågor": preparing a topic for a later meeting.
PREPARE_VERBS: tuple[str, ...] = (
    "sammanställa", "sammanställer", "förbereda", "förbereder", "ta fram", "tar fram", "samla",
    "samlar", "skriva ihop",
)

# An item's report put to the next meeting as its whole text, a bare noun and its verb ("Redovisning sker vid nästa
# möte", "Rapport ges på nästa möte"): the item is put off (items.py `_only_report_put_off`).
REPORT_PUT_OFF_NOUNS: tuple[str, ...] = (
    "redovisning", "redovisningen", "rapport", "rapporten", "rapportering", "genomgång", "genomgången",
    "information", "informationen", "dragning", "dragningen", "föredragning", "föredragningen",
)
REPORT_PUT_OFF_VERBS: tuple[str, ...] = ("sker", "görs", "ges", "lämnas", "hålls", "kommer", "skjuts")

# A general statement that the items not reached go to the next meeting.
GENERAL_MOVE: tuple[str, ...] = (
    "det som går", "resterande punkter", "övriga punkter", "återstående punkter",
    "resterande ärenden", "övriga ärenden", "återstående ärenden", "dagordningen",
)
MOVE_VERBS: tuple[str, ...] = ("flytta", "flyttas", "flyttar", "skjuta", "skjuts", "skjuter")

# A decision written as a run-in label, its subject, a deciding verb and "att": "Styrelsen beslutar att: ha
# första mötet ...", "Mötet beslutade:", "Beslutades att:". It opens the decision's text, never an item.
DECISION_CLAUSE_VERBS: tuple[str, ...] = (
    "beslutar", "beslutade", "beslöt", "beslutas", "beslutades", "beslöts", "bestämmer", "bestämde", "enades",
    "enas",
)
DECISION_CLAUSE_ADVERBS: tuple[str, ...] = ("enhälligt", "därför", "även", "också", "därmed", "vidare")

# Headings that never open an item: sub-headings inside one, header fields, attendance
# lists, signatures and the document's own parts.
SUBHEADINGS: tuple[str, ...] = (
    "beslut", "beslutar", "beslutade", "förslag", "förslag till beslut", "förslag på beslut",
    "beslutsförslag", "bakgrund", "ärendebeskrivning", "ärendet", "sammanfattning", "yrkande",
    "yrkanden", "propositionsordning", "reservation", "reservationer", "protokollsanteckning",
    "protokollsanteckningar", "attsatser", "att-satser", "bilaga", "bilagor", "handlingar",
    "beslutsunderlag", "underlag", "föredragande", "medverkande", "diskussion", "noteringar",
    "anteckningar", "mötesanteckningar", "minnesanteckningar", "åtgärd", "åtgärder",
    "ansvarig", "uppdrag",
)
HEADER_LABELS: tuple[str, ...] = (
    "datum", "tid", "tid och plats", "plats", "plats och tid", "lokal", "dnr", "diarienummer",
    "närvarande", "närvarande ledamöter", "frånvarande", "ej närvarande", "kallade", "deltagare",
    "deltagande", "övriga deltagare", "övriga deltagande", "övriga närvarande", "närvaro",
    "ledamöter", "ordinarie ledamöter", "ersättare", "tjänstgörande ersättare", "adjungerade",
    "adjungerande", "anmält förhinder", "anmälda", "anmälda till", "förhinder", "styrelsemedlemmar",
    "sammanträdesdatum", "sammanträdesdag", "mötesdatum", "klockan", "sida", "paragrafer",
    "närvarolista", "agenda", "dagordning", "föredragningslista", "justerare",
    "beslutande", "beslutande ledamöter", "icke tjänstgörande ersättare", "övriga närvarande",
    "utses att justera", "justeringens plats och tid", "justeringens tid och plats", "tjänstemän",
    "tjänstepersoner", "närvarande tjänstemän", "övriga", "gäster", "inbjudna",
    "frånvarande ledamöter", "organ", "anslag", "anslag/bevis", "bevis", "ärendelista",
    "innehåll", "innehållsförteckning", "förvaringsplats för protokollet", "mötesledare",
    "justeringens plats", "justeringens tid",
)
# Labels of an agenda list, whose numbered lines name the items.
AGENDA_LABELS: tuple[str, ...] = ("agenda", "dagordning", "föredragningslista", "ärendelista", "innehållsförteckning",
                                  "innehåll")
# The kinds of a council's matter that open an entry's title, capitalised as a title opens ("Motion av ...",
# "Interpellation. Vägbelysning ...", "Medborgarförslag om ...").
MATTER_OPENING_WORDS: tuple[str, ...] = (
    "Motion", "Motioner", "Motionssvar", "Medborgarförslag", "Interpellation", "Interpellationer",
    "Avsägelse", "Avsägelser", "Fyllnadsval", "Remiss", "Remissvar",
)
# The same labels in their definite form, as a sentence names the list it leads into ("Ordföranden presenterar
# dagordningen: 1. Val av justerare 2. ...").
AGENDA_LABELS_DEFINITE: tuple[str, ...] = ("agendan", "dagordningen", "föredragningslistan", "ärendelistan")
SIGNATURES: tuple[str, ...] = (
    "vid protokollet", "justeras", "justerat", "justerandes sign", "justerare", "utdragsbestyrkande",
    "underskrifter", "protokollförare", "mötesanteckningar förda av", "mötesanteckningar skrivna av",
    "antecknat av", "antecknare", "justering", "underskrift", "signaturer", "namnförtydligande",
    "protokollet justeras", "ordförande och justerare",
)
# Words of a document title line ("Protokoll styrelsemöte 4", "Mötesanteckningar – ...").
TITLE_WORDS: tuple[str, ...] = (
    "protokoll", "mötesprotokoll", "styrelseprotokoll", "mötesanteckningar", "minnesanteckningar",
    "anteckningar från", "styrelsemöte", "sammanträdesprotokoll", "agenda &", "kallelse",
    "dagordning",
)
# Parents whose numbered sub-points are separate matters ("14. Övriga frågor" -> 14.1, 14.2).
GROUPING_TITLES: tuple[str, ...] = (
    "frågor", "övriga frågor", "övrigt", "övriga ärenden", "anmälningsärenden", "anmälningar",
    "meddelanden", "delgivningar", "informationsärenden", "information", "informationspunkter",
    "beslutsärenden", "beslutspunkter", "diskussionspunkter", "diskussionsärenden", "rapporter",
    "rapport", "aktuella frågor", "pågående ärenden", "ärenden", "nya ärenden", "gamla ärenden",
    "rapporter och information", "skrivelser", "inkomna skrivelser", "formalia", "mötesformalia",
    "inledning", "avslutning", "mötets avslutning", "avslutande", "avslutande av möte",
    "beslut", "diskussion", "diskussioner", "övriga beslut", "informationspunkter", "uppföljning",
    "bordlagda frågor", "bordlagda ärenden", "bordlagda punkter", "undergrupper", "arbetsgrupper",
    "utskott", "rapporter från arbetsgrupper", "rapporter från utskott",
    "rapporter från kommittéerna", "rapporter från kommittéer", "rapporter från grupperna",
)
# The grouping titles of matters raised at the meeting ("Övriga frågor" / "a) Ny ledamot i valberedningen" / "Olle Ek
# föreslås."): each lettered point under one is a matter of its own, told at length or not (not "Rapporter" /
# "a) Leos lekland 12 april" / "Maria lämnade en muntlig rapport.", the parts of one report).
RAISED_MATTERS_TITLES: tuple[str, ...] = ("frågor", "övriga frågor", "övrigt", "övriga ärenden", "nya ärenden",
                                          "övriga punkter")
# The grouping titles of the body's own reports and news ("9. Rapporter" / "a) Kassarapport. Behållning vid ..."):
# their lettered points told on their lines are the parts of one item (items.py `_lettered_lines_under`).
NEWS_GROUP_TITLES: tuple[str, ...] = (
    "rapporter", "rapport", "information", "informationsärenden", "informationspunkter", "meddelanden",
    "delgivningar", "anmälningsärenden", "anmälningar", "rapporter och information", "aktuellt",
)
# Labels that open an item's text on its heading line ("7.1. Riktlinjer Beslut: Att bordlägga ...").
RUN_IN_LABELS: tuple[str, ...] = (
    "beslut", "beslutades", "beslöts", "förslag till beslut", "diskussion", "åtgärd", "åtgärder",
)
# A line that introduces the bullets below it as the matters dealt with ("Beslut togs i bl.a.
# följande ärenden:", "Vi behandlade bl a följande:").
LIST_OF_MATTERS: tuple[str, ...] = (
    "följande ärenden", "följande frågor", "följande punkter", "behandlade bl a följande",
    "behandlade bl.a. följande", "behandlades följande", "behandlade följande", "diskuterades följande",
)
# A line over a page's bullets that names them the matters the meeting took up, without "följande" ("Frågor
# som togs upp var bl a:", "Sammanfattning av styrelsemöte 16 december 2018:"): the bullets are the items.
BULLETED_MATTERS_LEADS: tuple[str, ...] = (
    "frågor som togs upp", "punkter som togs upp", "ärenden som togs upp", "ämnen som togs upp",
    "frågor som diskuterades", "punkter som diskuterades", "ämnen som diskuterades", "frågor som avhandlades",
    "punkter som avhandlades", "ärenden som avhandlades", "frågor som berördes", "ämnen som berördes",
    "sammanfattning av styrelsemöte", "sammanfattning av styrelsemötet", "sammanfattning av mötet",
    "sammanfattning från styrelsemötet", "sammanfattning från mötet", "kort sammanfattning av mötet",
)
# Labels of lists that are not the agenda: "Bilagor: 1. Ekonomisk rapport 2. ...".
ATTACHMENT_LABELS: tuple[str, ...] = ("bilagor", "bilaga", "bifogade handlingar", "handlingar", "underlag")
# Lines that stored web copies of minutes add around the text (docplayer, spotidoc, blogs):
# never an item heading.
PAGE_BOILERPLATE: tuple[str, ...] = (
    "transkript", "transcription", "relevanta dokument", "storlek", "starta visningen från sidan",
    "save this pdf as", "word png txt jpg", "annonser", "läs mer", "dela", "dela sidan",
)
# A matter read a first time comes back for its second reading ("Mötet godkände ändringen vid en
# första läsning"); a second reading is still to come only with a word of need ("behöver
# godkännas även vid en andra läsning"), else it took place ("antogs i andra läsning").
FIRST_READING: tuple[str, ...] = (
    "första läsning", "första läsningen", "första behandling", "första behandlingen",
)
SECOND_READING: tuple[str, ...] = (
    "andra läsning", "andra läsningen", "andra behandling", "andra behandlingen", "ytterligare en läsning",
)
# A second reading named as what the matter goes on to ("tas upp för andra läsning på årsmötet").
READING_AHEAD: tuple[str, ...] = (
    "för andra läsning", "för en andra läsning", "till andra läsning", "till en andra läsning",
    "inför andra läsningen", "inför andra läsning", "för andra behandling", "till andra behandling",
)
READING_NEEDED: tuple[str, ...] = (
    "behöver", "behövs", "måste", "ska", "skall", "krävs", "kräver", "återstår", "inför", "väntar",
)
# Agenda sections for matters tabled earlier: as a heading (or a heading's only text) the
# words tell where the section stands, not that this item is tabled ("= Bordlagda ärenden").
# The plural matters that lead a bullet list of points put off ("Punkter som bordläggs
# till kommande sammanträde:", "Följande ärenden skjuts till nästa möte:"): items.py carries each bullet.
LISTED_MATTERS: tuple[str, ...] = (
    "punkter", "punkterna", "ärenden", "ärendena", "frågor", "frågorna", "motioner", "motionerna", "ämnen",
    "ämnena", "paragrafer",
)
TABLED_SECTIONS: tuple[str, ...] = (
    "bordlagda ärenden", "bordlagda frågor", "bordlagda punkter", "bordlagda motioner",
    "tidigare bordlagda ärenden", "bordlagda ärenden från föregående möte",
    "bordlagda ärenden från förra mötet", "ärenden som bordlagts",
)
# ... and said to be empty ("Inga bordlagda ärenden.", "Det fanns inga bordlagda frågor").
NO_TABLED_PREFIXES: tuple[str, ...] = (
    "inga", "det finns inga", "det fanns inga", "finns inga", "fanns inga", "det förelåg inga",
    "det föreligger inga", "förelåg inga", "föreligger inga",
)
NO_TABLED_SENTENCES: tuple[str, ...] = (
    "inga ärenden var bordlagda", "inga ärenden är bordlagda", "inga frågor var bordlagda",
    "inga frågor är bordlagda", "inget ärende var bordlagt", "inget är bordlagt", "inget var bordlagt",
)
# A decision left for later on a condition ("Beslutet av namnet borde tas efter att rollen
# skapats", "Beslut ska fattas när underlaget är klart"): the item is postponed. items.py joins
# noun … modal + verb + condition; without a modal ("Beslut fattades efter diskussion") it was taken.
DECISION_NOUNS: tuple[str, ...] = ("beslut", "beslutet", "ett beslut", "slutligt beslut", "beslutet om")
DEFER_MODALS: tuple[str, ...] = ("bör", "borde", "ska", "skall", "får", "kommer att", "kan")
DECIDE_PASSIVES: tuple[str, ...] = ("tas", "fattas")
LATER_CONDITIONS: tuple[str, ...] = ("efter att", "först efter", "först när", "när", "senare", "längre fram")
# Taking a matter up again, which brings it back when the sentence says when ("Ärendet tas upp
# igen i mars", "Frågan diskuteras vidare efter sommaren") or that it is later ("tas upp igen senare").
REVISIT: tuple[str, ...] = (
    "tas upp igen", "ta upp … igen", "tar upp … igen", "tas upp på nytt", "behandlas igen",
    "diskuteras vidare", "följs upp", "följa upp", "återupptas", "återuppta",
    # the noun: "Det är en fråga för vidare diskussion i nämnden längre fram"
    "för vidare diskussion", "för fortsatt diskussion",
)
REVISIT_LATER: tuple[str, ...] = (
    "senare", "längre fram", "framöver", "efter sommaren", "efter jul", "efter nyår", "till hösten",
    "till våren", "i höst", "i vår",
)
# More deferring verbs: "Punkten sköts till nästa möte" (past tense, as "skjuts … till").
POSTPONED_IF_MATTER_MORE: tuple[str, ...] = (
    "sköts … till", "sköts fram", "sköts på", "uppskjuten", "uppskjutet", "uppskjuts", "uppsköts",
)
# More stems of other bodies ("överlämnas till valberedningen", "tas upp i presidiet").
OTHER_BODIES_MORE: tuple[str, ...] = (
    "beredning", "beredningen", "presidium", "presidiet", "förvaltning", "förvaltningen", "kansli",
    "kansliet", "revisorerna", "direktion", "direktionen", "föreningsstämman",
)
# A matter left waiting or laid to rest for now ("Frågan får vänta", "Ärendet vilandeförklaras",
# "Frågan läggs på is"): postponed, with no time said.
POSTPONED_MORE: tuple[str, ...] = (
    "frågan får vänta", "punkten får vänta", "ärendet får vänta", "beslutet får vänta", "beslut får vänta",
    "detta får vänta", "det får vänta", "vilandeförklaras", "vilandeförklarades", "vilandeförklarat",
    "vilar tills vidare", "läggs vilande", "lades vilande", "läggs på is", "lades på is", "ligger på is",
    "flyttad till nästa", "flyttat till nästa", "flyttade till nästa",
)
# Later meetings named without being the next one ("Tas upp på höstens första möte").
LATER_MEETINGS_MORE: tuple[str, ...] = (
    "höstens första möte", "vårens första möte", "höstens första styrelsemöte", "vårens första styrelsemöte",
    "första mötet efter sommaren", "första mötet i höst", "första mötet i vår", "första mötet efter jul",
    "första mötet efter nyår", "första mötet nästa år", "första mötet efter semestern",
    # a meeting still to be called ("Beslut kommer i nytt sammanträde")
    "nytt sammanträde", "nytt möte", "nytt styrelsemöte", "ett extra möte", "extra sammanträde",
)
# "Beslut i frågan fattas på styrelsemötet i april": the decision is taken at a later meeting that
# the sentence dates (items.py joins a decision noun … verb + preposition + a meeting word).
DECISION_AT: tuple[str, ...] = ("tas på", "fattas på", "tas vid", "fattas vid", "tas under", "fattas under")
# Verbs that put a matter on a later meeting's agenda ("tas upp på höstens första möte").
TAKEN_UP: tuple[str, ...] = (
    "tas upp", "tas … upp", "tar vi upp", "tar vi … upp", "behandlas", "diskuteras", "lyfts", "beslutas",
    "återkommer", "ska vi diskutera", "ska vi ta upp", "ska vi behandla", "ska vi gå igenom", "ska vi besluta",
    "beslut kommer", "beslutet kommer", "beslut fattas", "beslut tas",
)
# The matter stays open on the list ("Ärendet kvarstår", "Punkten står kvar på dagordningen"):
# it comes back, when not said.
RETURNS_MORE: tuple[str, ...] = (
    "ärendet kvarstår", "punkten kvarstår", "frågan kvarstår", "ärendet står kvar", "punkten står kvar",
    "frågan står kvar", "står kvar på dagordningen", "ligger kvar på dagordningen", "kvarstår på dagordningen",
    "frågan hålls öppen", "ärendet hålls öppet", "punkten hålls öppen", "frågan är fortsatt öppen",
    "ärendet är fortsatt öppet",
    # prepared further or sent back for more work ("Ärendet bereds vidare", "skickas tillbaka till förvaltningen")
    "bereds vidare", "bereds ytterligare", "utreds vidare", "utreds ytterligare", "skickas tillbaka till",
    "återförvisas", "återförvisades",
)
# Words that name agenda points in a sentence about them ("Punkt 3 och 4 bordläggs", "med
# ändringen att punkt 4 utgår", "§§ 7-9 hanns inte med").
POINT_WORDS: tuple[str, ...] = (
    "punkt", "punkten", "punkterna", "ärende", "ärendet", "ärendena", "§", "§§", "paragraf", "paragraferna",
    "dagordningspunkt", "dagordningspunkterna",
)
# Words before a point number that cite it rather than tell its fate ("återremitteras, se § 88").
POINT_CITES: tuple[str, ...] = ("se", "jfr", "jämför", "enligt", "i enlighet med", "som i", "från", "under")
# Documents whose points a number may name instead ("enligt § 5 i stadgarna").
POINT_DOCUMENTS: tuple[str, ...] = (
    "stadgarna", "stadgan", "stadgar", "arbetsordningen", "reglementet", "policyn", "avtalet", "bilaga",
    "bilagan", "protokollet", "lagen", "kommunallagen", "förordningen",
)
# A sentence that goes on from one naming the next meeting ("Nästa möte hålls den 12 april. Då
# tas budgeten upp."): it announces a topic for that meeting.
THEN_OPENERS: tuple[str, ...] = (
    "då", "där", "på det mötet", "vid det mötet", "på detta möte", "vid detta möte", "vid det tillfället",
    "på agendan då", "på dagordningen då",
)
# ... or lists its agenda ("Nästa möte den 12 april. Agenda: budget och lokaler.").
NEXT_AGENDA_LABELS: tuple[str, ...] = (
    "agenda", "dagordning", "på agendan", "på dagordningen", "preliminär agenda", "preliminär dagordning",
    "förslag till dagordning", "punkter",
)
# Words between "till" and the body a deferral passes a matter to ("skjuts till en extra
# föreningsstämma", "bordläggs till ordinarie årsmöte").
DEFERRED_TO_QUALIFIERS: tuple[str, ...] = (
    "en", "ett", "den", "det", "extra", "extrainsatt", "extrainsatta", "ordinarie", "kommande", "nästkommande",
)
# Meetings of the members (a general meeting): what they hand to the board is referred to it.
# A word of the title or body ending so names one ("Protokoll från medlemsmöte", "Extra årsmöte").
GENERAL_MEETING_ENDS: tuple[str, ...] = (
    "medlemsmöte", "medlemsmötet", "årsmöte", "årsmötet", "stämma", "stämman", "stämmoprotokoll",
    "kongress", "kongressen", "föreningsmöte", "föreningsmötet", "höstmöte", "höstmötet", "vårmöte",
    "vårmötet", "plenum", "plenumet", "medlemsträff",
    # a family association's meeting of its members ("Lindmanska släktmötet 1 maj 2018")
    "släktmöte", "släktmötet", "släktträff", "släktträffen",
)
# A general meeting handing a matter to the board ("Mötet ger styrelsen i uppdrag att lösa
# uppgiften", "Styrelsen får i uppdrag att lösa husfrågan", "Frågan överlämnas till styrelsen").
BOARD_TASKED: tuple[str, ...] = (
    "ger … styrelsen i uppdrag", "gav … styrelsen i uppdrag", "ge … styrelsen i uppdrag", "ger … styrelsen uppdraget", "gav … styrelsen uppdraget",
    "ger … styrelsen i uppgift", "gav … styrelsen i uppgift", "ger … styrelsen mandat", "gav … styrelsen mandat",
    "ger … styrelsen fullmakt", "gav … styrelsen fullmakt",
    "styrelsen får i uppdrag", "styrelsen fick i uppdrag", "styrelsen ges i uppdrag", "styrelsen gavs i uppdrag",
    "styrelsen får uppdraget", "styrelsen fick uppdraget", "styrelsen får i uppgift", "styrelsen fick i uppgift",
    "styrelsen får mandat", "styrelsen fick mandat", "styrelsen får fullmakt", "styrelsen fick fullmakt",
    "uppdrar åt … styrelsen", "uppdrog åt … styrelsen", "uppdras åt … styrelsen", "uppdrogs åt … styrelsen",
    "uppdrar styrelsen", "uppdrog styrelsen", "uppdrar … styrelsen att",
    "överlåter åt … styrelsen", "överlät åt … styrelsen", "överlåts åt … styrelsen", "överlåts till … styrelsen",
    "överlämnar till … styrelsen", "överlämnas till … styrelsen", "överlämnades till … styrelsen",
    "hänskjuter till … styrelsen", "hänskjuts till … styrelsen", "hänsköts till … styrelsen",
    "lämnar till … styrelsen att", "lämnas till … styrelsen", "lämnades till … styrelsen",
    "åt … styrelsen att besluta", "åt … styrelsen att lösa", "åt … styrelsen att utreda",
)
# More ways to leave a matter for later (postponed; "Frågan får anstå", "Ärendet avförs från
# dagordningen", "Punkten hoppades över", "Frågan parkeras tills vidare").
POSTPONED_LEFT_FOR_LATER: tuple[str, ...] = (
    "frågan får anstå", "punkten får anstå", "ärendet får anstå", "beslutet får anstå", "beslut får anstå",
    "detta får anstå", "det får anstå", "frågan fick anstå", "punkten fick anstå", "ärendet fick anstå",
    "beslutet anstår", "frågan anstår", "ärendet anstår", "punkten anstår", "lämnas vilande", "läggs vilande", "lades vilande", "vilandeläggs", "vilandelades",
    "frågan parkeras", "ärendet parkeras", "punkten parkeras", "frågan parkerades", "ärendet parkerades",
    "punkten parkerades", "parkeras tills vidare", "parkeras till nästa",
    "avförs från dagordningen", "avfördes från dagordningen", "avförs från dagens", "avfördes från dagens",
    "punkten hoppas över", "punkten hoppades över", "ärendet hoppades över", "hoppade vi över", "hoppar vi över",
    "ärendet avvaktas", "frågan avvaktas", "beslutet avvaktas", "beslut avvaktas",
    "ingen tid fanns", "tid fanns inte", "tiden tog slut",
)
# More verbs that pass a matter to another body, named right after ("Frågan tas vidare till
# förbundsstyrelsen", "Ärendet lämnas till årsmötet för beslut").
REFERRED_VERBS_ONWARD: tuple[str, ...] = (
    "tas vidare till", "lämnas till", "förs vidare till", "överförs till", "skickas över till",
    "hänvisas vidare till", "lyfts vidare till", "skickas på remiss till", "sänds på remiss till",
    "går på remiss till", "bereds av", "bereds i", "utreds av", "handläggs av",
    # passed on ("Frågan lämnas vidare till förbundsstyrelsen", "bollas vidare till kommunstyrelsen")
    "lämnas vidare till", "lämnades vidare till", "skickades vidare till", "bollas vidare till",
    "bollades vidare till", "förs över till", "fördes över till", "fördes vidare till", "togs vidare till",
)
# A matter taken up again at a later time that is no date ("Vi tar upp budgeten i höst", "Mer om
# detta diskuterar vi i höst"): it comes back, with no time said. Verbs, then the later times.
TAKEN_UP_LATER_VERBS: tuple[str, ...] = (
    "vi tar upp", "tar vi upp", "tas upp", "tas … upp", "tar … upp", "diskuterar vi", "vi diskuterar", "diskuteras",
    "behandlar vi", "vi behandlar", "behandlas", "tar vi ställning", "vi tar ställning", "beslutar vi",
    "vi beslutar", "återkommer vi", "vi återkommer",
)
LATER_TIMES: tuple[str, ...] = (
    "i höst", "till hösten", "under hösten", "i vår", "till våren", "under våren", "efter sommaren",
    "efter semestern", "efter jul", "efter nyår", "längre fram", "framöver", "senare i höst", "senare i vår",
    "nästa år", "till nästa år", "i början av nästa år",
    # a break of the body's own ("efter sommaruppehållet", "efter årsskiftet")
    "efter sommaruppehållet", "efter sommaruppehåll", "efter sommarlovet", "efter sommarledigheten",
    "efter semesterperioden", "efter julledigheten", "efter jul och nyår", "efter helgerna", "efter årsskiftet",
    "senare i år", "senare under året", "senare under hösten", "senare under våren",
)
# A theme set for the next meeting ("Temat för nästa möte blir trygghet"): a topic announced.
THEME_WORDS: tuple[str, ...] = ("tema", "temat", "ämne", "ämnet", "huvudtema", "huvudtemat")
# More stems of other bodies ("tas upp på kommunchefsmötet", "beslutas av kongressen").
OTHER_BODIES_GROUPS: tuple[str, ...] = (
    "chefsmötet", "chefsmötena", "kongress", "kongressen", "förbundsmöte", "förbundsmötet", "representantskap",
    "representantskapet", "samverkansgruppen", "beredningsgrupp", "beredningsgruppen", "projektgrupp",
    "projektgruppen",
)
# More ways to name an earlier meeting or an earlier tabling ("Förra mötets bordlagda punkt
# behandlades", "Det tidigare bordlagda ärendet"): history, no status.
EARLIER_MEETING_POSSESSIVES: tuple[str, ...] = (
    "förra mötets", "föregående mötes", "förra sammanträdets", "föregående sammanträdes", "förra styrelsemötets",
    "föregående styrelsemötes", "tidigare bordlagda", "tidigare bordlagt", "tidigare bordlagd", "bordlagt sedan",
    "bordlagd sedan", "bordlagda sedan",
)
# More later meetings that are not the next one ("Frågan tas upp på mötet efter nästa").
LATER_NOT_NEXT_AFTER: tuple[str, ...] = (
    "mötet efter nästa", "möte efter nästa", "sammanträdet efter nästa", "något kommande möte", "ett framtida möte",
    "ett senare sammanträde", "ett kommande sammanträde",
)
# A decision said to be taken by another body, named right after ("Beslut i frågan fattas av
# kommunfullmäktige"): referred, whatever the sentence's subject.
DECIDED_BY_OTHER_BODY: tuple[str, ...] = (
    "beslut … fattas av", "beslutet fattas av", "beslut fattas av", "beslut … tas av", "beslutet tas av",
    "beslut tas av", "beslut … fattas i", "beslut fattas i", "beslutet fattas i",
)
# Labels of a table of contents whose entries follow on the same line with bare numbers
# ("Innehållsförteckning 31 Godkännande av dagordningen 32 ..."); not "dagordning", which also
# ends item titles ("Godkännande av dagordning 3 Val av justerare").
CONTENTS_LABELS: tuple[str, ...] = (
    "innehållsförteckning", "ärendelista", "ärendeförteckning", "föredragningslista", "ärenden", "register",
)
# Item titles naming the approval of the previous meeting's minutes: such an item that is to
# come back ("Föregående mötesprotokoll: ... ska protokollet justeras till nästa möte") had its
# approval put off, so it is postponed, not a matter that returns.
PREVIOUS_MINUTES_TITLES: tuple[str, ...] = (
    "föregående mötesprotokoll", "föregående mötes protokoll", "föregående protokoll", "förra mötets protokoll",
    "förra protokollet", "protokoll från föregående möte", "protokollet från föregående möte",
    "protokoll från förra mötet", "protokollet från förra mötet", "godkännande av föregående protokoll",
    "godkännande av föregående mötesprotokoll", "godkännande av föregående mötes protokoll",
    "justering av föregående protokoll", "justering av föregående mötes protokoll", "föregående sammanträdes protokoll",
    "föregående styrelseprotokoll", "föregående styrelsemötes protokoll", "genomgång av föregående protokoll",
    "genomgång av föregående mötesprotokoll",
)
# Words that say a section for tabled matters is empty when they follow its name ("Bordlagda
# ärenden (inga)", "Bordlagda frågor: inga", "Bordlagda ärenden - inget"): nothing is postponed.
TABLED_NONE: tuple[str, ...] = ("inga", "inget", "ingen", "saknas", "finns ej", "finns inte")
# More verbs that drop or put off the item's own matter, when it is named ("Punkten ställs in",
# "Ärendet avförs", "Frågan vilar till nästa möte", "Ärendet ajourneras"): postponed. Without the
# matter ("Mötet i maj ställs in") they say nothing of the item.
POSTPONED_IF_MATTER_DROPPED: tuple[str, ...] = (
    "ställs in", "ställdes in", "ställts in", "avförs", "avfördes", "ajourneras", "ajournerades",
    "vilar till nästa", "vilar till kommande", "får anstå till", "skjuts framåt",
    "senareläggs", "senarelades", "senarelagd", "senarelagt", "senareläggas", "senarelägga",
    "drogs tillbaka", "dras tillbaka", "dragits tillbaka", "dras in", "drogs in",
    # a decision in the infinitive ("Beslut: att flytta punkten till nästa möte"), not a meeting moved
    # ("att flytta mötet till nästa vecka")
    "flytta punkten till", "flytta ärendet till", "flytta frågan till", "flytta beslutet till",
    "flytta informationen till", "flytta presentationen till", "flytta dragningen till", "skjuta punkten till",
    "skjuta ärendet till", "skjuta frågan till",
)
# The meeting itself adjourned, a break ("Sammanträdet ajournerades klockan 20.15-20.30", "Sammanträdet
# ajourneras för överläggningar i de politiska grupperna"): the meeting named right before "ajourn...", or a
# clock time, a break's purpose or the meeting right after it ("... ajournerades sammanträdet klockan 14.00").
# No matter is put off ("Punkten ajourneras" is).
ADJOURNED_MEETINGS: tuple[str, ...] = (
    "sammanträdet", "mötet", "förhandlingarna", "fullmäktige", "stämman", "årsmötet", "styrelsemötet",
    "nämndmötet", "sammankomsten", "sessionen",
)
ADJOURNED_FOR: tuple[str, ...] = (
    "klockan", "kl", "kl.", "mellan", "för överläggning", "för överläggningar", "för gruppöverläggningar",
    "för paus", "för fika", "för lunch", "för kaffe", "för gruppmöten", "för partiöverläggningar",
)
# More words naming the item's matter ("Denna punkt sköts upp", "Dragning ställs in").
MATTER_WORDS_TALKS: tuple[str, ...] = (
    "denna punkt", "punkterna", "frågorna", "ärendena", "dragning", "presentation", "information",
    "föredragning", "rapporten", "genomgången", "informationspunkten", "informationspunkt", "diskussionspunkten",
    "beslutspunkten", "förslaget",
)
# More verbs that pass a matter to another body, named right after, in the past tense too
# ("Frågan överlämnades till valberedningen", "Frågan hänsköts till årsmötet").
REFERRED_VERBS_PAST: tuple[str, ...] = (
    "överlämnades till", "remitterades till", "hänsköts till", "skickades till", "skickades vidare till",
    "lyftes till", "lyftes vidare till", "överläts till", "remitteras ut till", "sänds ut på remiss till",
    "skickas ut på remiss till", "skickades på remiss till", "hänvisades till", "fördes vidare till",
    "överlämnas för beslut till", "överlämnas för yttrande till", "beredas vidare av", "bereds vidare av",
    "bereds vidare i", "beredas vidare i",
)
# More bodies a matter may be passed to ("remitteras till samtliga kommuner", "lyfts till
# kommunchefsgruppen", "överlämnas till valberedningen").
OTHER_BODIES_COLLECTIVE: tuple[str, ...] = (
    "kommuner", "kommunerna", "chefsgrupp", "chefsgruppen", "valberedning", "valberedningen", "delegation",
    "delegationen",
)
# Words before a body's name that still name it ("remitteras till samtliga kommuner").
BODY_QUALIFIERS: tuple[str, ...] = ("samtliga", "alla", "berörda", "länets", "respektive", "övriga")
# A matter taken up again when something is ready ("Ärendet tas upp igen när utredningen är
# klar"): it comes back, with no time said (with REVISIT).
REVISIT_WHEN_READY: tuple[str, ...] = (
    "när utredningen", "när underlaget", "när förslaget", "när svaret", "när beskedet", "när rapporten",
    "när den är klar", "när det är klart", "när den är färdig", "när det är färdigt", "när mer information",
    "när mer är känt",
)
# More nouns naming a meeting of the body itself after "nästa"/"kommande" ("tas upp på nästa
# presidiekonferens", "till nästa nätverksträff", "vid kommande styrgruppsmöte").
NEXT_MEETING_NOUNS_COMPOUND: tuple[str, ...] = (
    "presidiekonferens", "presidiekonferensen", "konferens", "konferensen", "rådsmöte", "rådsmötet", "nämndmöte",
    "nämndmötet", "nätverksträff", "nätverksträffen", "nätverksmöte", "nätverksmötet", "arbetsmöte", "arbetsmötet",
    "gruppmöte", "gruppmötet", "ledningsgruppsmötet", "styrgruppsmöte", "styrgruppsmötet", "presidiemöte",
    "presidiemötet", "beredningsmöte", "beredningsmötet", "utskottsmöte", "utskottsmötet", "forumträff",
    "forumträffen", "forummöte", "forummötet", "samrådsmöte", "samrådsmötet",
)
# The form or rhythm of the body's own meeting ("tas upp på nästa månadsmöte", "till nästa telefonmöte"): after
# "nästa"/"kommande" with at most one word between ("nästa ordinarie månadsmöte"), not "en kommande diskussion vid
# månadsmöte till hösten".
NEXT_MEETING_NOUNS_FORMS: tuple[str, ...] = (
    "månadsmöte", "månadsmötet", "kvartalsmöte", "kvartalsmötet", "veckomöte", "veckomötet", "telefonmöte",
    "telefonmötet", "videomöte", "videomötet", "teamsmöte", "teamsmötet", "zoommöte", "zoommötet", "skypemöte",
    "skypemötet", "distansmöte", "distansmötet", "avstämningsmöte", "avstämningsmötet", "kvällsmöte", "kvällsmötet",
)
# The item's matter named, then "utgår"/"utgick" with a reason after it ("Informationspunkten utgår
# på grund av tidsbrist", "Dragningen utgick då föredraganden var sjuk"): dropped, postponed. A
# bare "utgår" before a reason is no drop ("Ersättning utgår på grund av beslutet").
MATTER_DROPPED: tuple[str, ...] = tuple(
    f"{matter} {verb}"
    for matter in ("punkten", "ärendet", "frågan", "informationspunkten", "beslutspunkten", "diskussionspunkten",
                   "dragningen", "presentationen", "informationen", "föredragningen", "redovisningen")
    for verb in ("utgår", "utgick")
)
# A point of the agenda named by its number as the subject of "utgår" ("Ärende nr 11 utgår och behandlas vid
# styrelsens sammanträde den 12 november", "Punkt 6 utgick"): dropped, postponed to what the sentence names.
# Lower case; the number (and "nr") follows.
DROPPED_POINT_WORDS: tuple[str, ...] = ("ärende", "punkt", "paragraf", "dagordningspunkt", "ärendepunkt")
# A point cited after one of these is not the subject ("Ersättning enligt punkt 3 utgår"). Lower case.
POINT_CITING_PREPOSITIONS: tuple[str, ...] = (
    "enligt", "i", "under", "av", "från", "för", "till", "med", "på", "inom", "jämlikt", "vid", "om", "se",
)
# Prepositions after which a capitalised word goes on a run-in title as a name ("Cirkus i
# Glasriket projektansökan", "Möte med Region Kronoberg"), not the start of its text.
TITLE_PREPOSITIONS: tuple[str, ...] = (
    "i", "på", "för", "av", "till", "om", "med", "från", "vid", "mot", "inom", "hos", "kring", "mellan",
)
# Someone invited to a later meeting of the body, to speak to a topic ("Länsstyrelsen inbjuds till
# mötet i maj för att redovisa uppdraget", "Ekonomichefen bjuds in till forumet i april"): an
# announced topic, as HANDLED_LATER (a meeting named, and a date or the next meeting).
INVITED_VERBS: tuple[str, ...] = (
    "bjuds in", "bjuds … in", "inbjuds", "bjudas in", "bjudas … in", "bjuda in", "bjuder in", "bjuder … in",
)
# A guest at a later meeting of the body, told as a visit or an invitation that stands ("Nästa möte den 24
# november kommer Skånetrafiken på besök", "... samt 19 nov då äldrenämndens ordförande är inbjuden", "Vid nästa
# möte gästas vi av polisen"): the guest's topic is announced for that meeting, the item stays handled (as with
# INVITED_VERBS). Lower case; "var inbjuden" (past) is none.
GUEST_VERBS: tuple[str, ...] = (
    "är inbjuden", "är inbjudna", "är bjuden", "är bjudna", "har bjudits in", "har inbjudits", "blir inbjuden",
    "blir inbjudna", "är … inbjuden", "är … inbjudna", "har … bjudits in", "kommer … på besök", "kommer på besök", "besöker oss", "besöker rådet", "besöker styrelsen",
    "besöker gruppen", "besöker mötet", "besöker nämnden", "gästar oss", "gästar mötet", "gästar rådet",
    "gästar styrelsen", "gästas av", "gästas vi av", "får besök av", "får vi besök av", "får besök från",
    "får vi besök från",
)
# A meeting pointed back at ("bjuder in X till detta möte" right after "Nästa möte blir den 4/10").
THAT_MEETING_NOUNS: tuple[str, ...] = (
    "möte", "mötet", "sammanträde", "sammanträdet", "styrelsemöte", "styrelsemötet", "tillfälle", "tillfället",
)
# Meetings of the members, not of the body itself: an invitation to one ("Alla medlemmar bjuds in
# till årsmötet den 12 maj") is no topic for the body's next agenda.
MEMBERS_MEETINGS: tuple[str, ...] = (
    "årsmöte", "årsmötet", "stämma", "stämman", "föreningsstämma", "föreningsstämman", "medlemsmöte",
    "medlemsmötet", "extrastämma", "extrastämman", "kongress", "kongressen", "föreningsmöte", "föreningsmötet",
    # a tenants' association's meeting of all its tenants
    "bomöte", "bomötet",
)
# The passive of a decision taken at a meeting ("Budgeten ska godkännas på kommande bomöte", "Stadgarna fastställs
# vid nästa årsmöte"): with a members' meeting to come, the matter passes to it.
DECIDED_AT_MEETING_VERBS: tuple[str, ...] = (
    "godkännas", "godkänns", "beslutas", "fastställas", "fastställs", "antas", "klubbas", "klubbas igenom",
    "röstas om", "behandlas",
)
# A decision that passes a named matter on to another body, the verb in the infinitive or present
# ("beslutar att remittera förslaget till kommunerna", "att överlämna yttrandet till regionstyrelsen",
# "Forumet beslutar att föra frågan vidare till kommunchefsgruppen"): referred, the body named after "till".
# items.py joins verb, matter and "(vidare) till" into one pattern.
REFERRING_VERBS: tuple[str, ...] = (
    "överlämna", "överlämnar", "remittera", "remitterar", "hänskjuta", "hänskjuter", "lyfta", "lyfter", "skicka",
    "skickar", "föra", "hänvisa", "hänvisar", "lämna över", "lämnar över",
    # "Vi tar frågan vidare till kommunstyrelsen", "Styrelsen bollar ärendet vidare till förbundsstyrelsen"
    "ta", "tar", "bolla", "bollar",
)
REFERRED_MATTERS: tuple[str, ...] = (
    "ärendet", "frågan", "förslaget", "yttrandet", "motionen", "remissen", "skrivelsen", "underlaget", "rapporten",
    "frågorna", "ärendena",
)
# Thinking over a matter until a later meeting ("Till nästa möte ska vi fundera på hur åldersgränsen ska
# sättas"): with a later meeting named, the matter comes back (as `RETURNS_WITH_LATER`).
RETURNS_AFTER_THOUGHT: tuple[str, ...] = (
    "fundera på", "funderar på", "fundera över", "funderar över", "fundera vidare", "funderar vidare",
    "fundera kring", "tänka över", "tänker över", "tänka vidare", "tänka på", "klura på", "reflektera över",
    "fundera ut",
)
# A later meeting named inside a clause on approving something ("Protokollen presenteras på hemsidan när
# handlingarna godkänts vid påföljande styrelsemöte"): routine, the item does not come back.
APPROVED_WHEN: tuple[str, ...] = (
    "när … godkänts", "när … godkänns", "när … justerats", "när … justeras", "när … fastställts",
    "när … fastställs", "när … antagits", "efter att … godkänts", "efter att … justerats",
    "efter att … fastställts", "sedan … godkänts", "sedan … justerats", "så snart … godkänts",
    "så snart … justerats", "så fort … godkänts", "så fort … justerats",
)
# Periods after "nästa" that are no meeting ("inför nästa års sommarresa", "före nästa säsong"): "inför
# nästa" before them sets no deadline before the next meeting.
NEXT_PERIODS: tuple[str, ...] = (
    "år", "års", "säsong", "säsongs", "säsongen", "sommar", "sommars", "vinter", "vinters", "termin",
    "termins", "terminen", "läsår", "läsårs",
)
# Titles of the items that open minutes ("70 Val av justerare" opening a page of a stored copy): a lone
# number before one is an item's, not a page's. Lower case.
OPENING_ITEM_TITLES: tuple[str, ...] = (
    "val av justerare", "val av protokolljusterare", "val av justeringsperson", "val av justeringsmän",
    "val av två justerare", "val av en justerare", "justering av protokoll", "justering av dagens protokoll",
    "val av ordförande", "val av mötesordförande", "val av sekreterare", "mötets öppnande", "sammanträdets öppnande",
    "upprop", "närvaro och upprop", "fastställande av dagordning", "godkännande av dagordning",
    "fastställande av föredragningslista", "godkännande av föredragningslista", "anmälan om jäv",
)
# The kind of point an agenda marks in brackets after an item's title ("Mötets öppnande (Beslutspunkt)",
# "Meddelanden (Informationspunkt)", "Budget (för beslut)"): no part of the title. Lower case.
ITEM_KIND_LABELS: tuple[str, ...] = (
    "beslutspunkt", "informationspunkt", "diskussionspunkt", "infopunkt", "beslutsärende", "informationsärende",
    "diskussionsärende", "beslut", "information", "info", "diskussion", "för beslut", "för information",
    "för kännedom", "för diskussion",
)
# Labels that open a table of contents whose entries lost their numbers, run together on one line
# ("Innehållsförteckning Adjungering Fastställande av föredragningslista Välfärdsteknik ÄLN 2017/ ...").
# Lower case; not "föredragningslista" or "ärenden", which also end entries.
UNNUMBERED_CONTENTS_LABELS: tuple[str, ...] = (
    "innehållsförteckning", "innehåll", "ärendelista", "ärendeförteckning", "förteckning över ärenden",
)
# Tabling in the active past tense, the board as subject ("Styrelsen bordlade frågan", "Bordlade valet
# av ... tills ett utlåtande fåtts"): postponed, with no time said.
POSTPONED_ACTIVE_PAST: tuple[str, ...] = ("bordlade", "bordlagde")
# Lifting the matter itself up to another body's meeting ("styrelsen lyfter upp ärendet på fullmäktige",
# "lyfte upp frågan till styrgruppen"): referred, the body named after the preposition.
REFERRED_LIFTED_UP: tuple[str, ...] = tuple(
    f"{verb} upp {matter} {prep}" for verb in ("lyfter", "lyfte", "lyfta") for matter in ("ärendet", "frågan")
    for prep in ("till", "på", "i", "under", "vid"))
# Genitives of a time that may stand before the body's meeting a matter is lifted to ("under kvällens
# fullmäktigemöte", "på morgondagens styrelsemöte"). Lower case.
BODY_TIME_GENITIVES: tuple[str, ...] = (
    "kvällens", "morgondagens", "veckans", "höstens", "vårens", "månadens", "eftermiddagens", "förmiddagens",
)
# Tasking someone with preparing the matter ("kansliet får i uppdrag att ta fram underlag till kommande
# sammanträde", "Ordföranden fick i uppdrag att förbereda ett förslag till nästa möte"): with a next
# meeting named, the matter comes back then (the preparing verbs are PREPARE_VERBS).
TASKED_WITH: tuple[str, ...] = (
    "får i uppdrag att", "fick i uppdrag att", "ges i uppdrag att", "gavs i uppdrag att", "uppdras att",
    "uppdrogs att", "har i uppdrag att", "ges uppdraget att", "fick uppdraget att", "får uppdraget att",
    # the body tasking someone, active ("Styrelsen ger kansliet i uppdrag att", "Nämnden ger i uppdrag till
    # förvaltningen att", "uppdrar åt ordföranden att")
    "ger … i uppdrag att", "gav … i uppdrag att", "ge … i uppdrag att", "ger i uppdrag till … att",
    "gav i uppdrag till … att", "ge i uppdrag till … att", "ger i uppdrag åt … att", "gav i uppdrag åt … att",
    "ge i uppdrag åt … att", "uppdrar åt … att", "uppdrog åt … att", "uppdra åt … att", "uppdrar till … att",
    "uppdrog till … att", "uppdra till … att",
)
# What a task delivers back to the body ("att överlämna ett förslag ... hösten 2024", "ta fram ett underlag till
# våren"): with a later season or time and no other body named, the matter comes back, `when` null.
TASK_DELIVERABLES: tuple[str, ...] = (
    "förslag", "förslaget", "underlag", "underlaget", "beslutsunderlag", "beslutsunderlaget", "utkast",
    "utkastet", "utredning", "utredningen", "rapport", "rapporten", "redovisning", "redovisningen",
    "kalkyl", "kalkylen", "plan", "planen", "tidsplan", "tidsplanen", "tidplan", "tidplanen", "åtgärdsplan",
    "åtgärdsplanen",
)
# What a meeting did with a point, written after its title on the heading line ("6. Föregående
# protokoll. Godkändes och lades till handlingarna", "3. Adjungeringar. Inga adjungeringar"): the
# outcome, not part of the title. Past passives ("-ades", "-des", "-tes") are found by their ending.
OUTCOME_AFTER_TITLE: tuple[str, ...] = (
    "godkänns", "godkändes", "antogs", "antas", "valdes", "väljs", "gicks", "gås", "lades", "läggs",
    "noterades", "noteras", "förklarar", "förklarade", "förklaras", "fastställs", "fastställdes",
    "beslutades", "beslöts", "beslöt", "inga", "ingen", "inget",
)
# The signature box label a printed page opens with, read on the line of the page's first
# paragraph ("Just: § 1", "Justerandes sign § 4"); a regular-expression alternation.
SIGNATURE_BOX_LABELS: tuple[str, ...] = (
    r"Justerandes?\s+sign(?:atur)?\.?", r"Just\.?", r"Justerare", r"Justering",
)
# More labels over an attendance list, alone on their line: never an item's heading.
ATTENDANCE_LIST_HEADINGS: tuple[str, ...] = (
    "förhindrad att delta", "förhindrade att delta", "förhindrad", "förhindrade", "förhindrade ledamöter",
    "anmält avbud", "anmälda avbud", "avbud", "återbud", "frånvarande ersättare", "närvarande ersättare",
    "inbjudna gäster", "övriga inbjudna", "ej tjänstgörande ersättare", "ej närvarande ledamöter",
    "deltagarförteckning", "deltagarlista", "deltagare på mötet", "närvarolista",
)
# A line of its own over the matters of minutes written as one short paragraph each ("Ärenden som
# behandlats:" / "Fastställande av Dagordning. Godkänd" / ...). Lower case, without the colon.
MATTERS_DEALT_WITH_LABELS: tuple[str, ...] = (
    "ärenden som behandlats", "ärenden som behandlades", "behandlade ärenden", "följande ärenden behandlades",
    "frågor som behandlats", "frågor som behandlades", "behandlade frågor", "punkter som behandlades",
    "punkter som behandlats", "följande behandlades", "mötet behandlade", "stämman behandlade",
)
# --- end items, status and carry ---
# --- attendance: roll calls and glued tables ---
# Column heads naming the party column of a roll-call table flattened into running text ("Förnamn Efternamn
# Partibeteckning Anna Ek s Bo Berg m ..."): after the name columns (`NAME_COLUMN_WORDS`), they open a run of
# "Name party" entries. Lower case.
PARTY_COLUMN_WORDS: tuple[str, ...] = ("parti", "partibeteckning", "partitillhörighet", "partibet", "partibet.")
# Verbs of a sentence naming who came in the place of absent members ("I deras ställe hade kallats in
# Nils Wetter och Eva Ek", "I hans ställe tjänstgjorde Bo Berg"). Lower case.
IN_PLACE_VERBS: tuple[str, ...] = (
    "hade kallats in", "har kallats in", "kallats in", "hade inkallats", "har inkallats", "inkallats",
    "tjänstgjorde", "tjänstgör", "inträdde", "inträder", "kallades in", "hade kallats", "har kallats",
)
# Column heads of a presence table whose cells lost their separators and run together on one line
# ("TjgEj tjgJANEJJANEJ", "Närvaro§§§§"): each is one of these, glued to the next. A line made only of them
# heads the rows of such a table ("Anna Ek (C)X"). Lower case.
GLUED_COLUMN_HEADS: tuple[str, ...] = (
    "tjg", "ej tjg", "ja", "nej", "närvaro", "närv", "frånv", "avstår", "§", "ordinarie ledamöter", "ledamöter",
    "ersättare", "beslutande", "tjänstgörande", "ej tjänstgörande",
)
# Endings of street names ("Ingelstadsvägen 9", "Repslagaregatan 19"): a street address and its town, inside
# a run of attendance values, is the meeting's place (a row of labels "Plats Närvarande ..." before its values).
STREET_ENDINGS: tuple[str, ...] = (
    "vägen", "gatan", "gata", "väg", "gränd", "torget", "torg", "backen", "allén", "stigen", "leden", "plan",
    "platsen", "kajen",
)
# The first word of a street's two-word name ("Västra Torggatan", "Stora Nygatan", "Gamla Kungsvägen"): a venue
# whose line ends in one runs on to the street below.
STREET_NAME_OPENERS: tuple[str, ...] = (
    "Västra", "Östra", "Norra", "Södra", "Stora", "Lilla", "Nya", "Gamla", "Övre", "Nedre", "Yttre", "Inre",
)
# More present labels: the register of those who took part, named as a document ("Deltagarförteckning",
# "Närvaroförteckning"), a heading over the list of names.
REGISTER_PRESENT_LABELS: tuple[str, ...] = (
    "deltagarförteckning", "närvaroförteckning", "deltagarförteckningen", "närvaroförteckningen",
)
# More present labels: groups of staff who attend a council's meetings without a seat, listed under their
# own heading inside a flattened list ("... Politiska sekreterare Johan Hellström (MP) Nanna Siewertz Tulinius
# (L)"). Read only inside such a line: a line that opens so is left to the header's own gates.
STAFF_PRESENT_LABELS: tuple[str, ...] = ("politiska sekreterare", "gruppsekreterare", "politiska tjänstemän")
# More absent labels: who could not take part, said with "att delta" ("Förhindrad att delta").
UNABLE_ABSENT_LABELS: tuple[str, ...] = (
    "förhindrad att delta", "förhindrade att delta", "förhinder att delta", "förhindrade att närvara",
    "förhindrad att närvara",
)
# More lines that end an attendance list: the distribution list of the minutes ("För kännedom Lars Alriksson (m)
# Kf ...", "Kopia till: ..."), who receive them without having attended.
DISTRIBUTION_END_LABELS: tuple[str, ...] = ("för kännedom", "kopia till", "sändlista", "distribution",
                                           # "Delges Närvarande", "Delges: styrelsen": to whom the minutes are sent
                                           "delges")
# How a word of an organisation's name ends, lower case ("Handikappföreningarna Östergötland", "Länsförbundet
# Dalarna"): an entry of an attendance list with such a word names a body that sent people, not a person.
ORGANISATION_NAME_ENDINGS: tuple[str, ...] = (
    "föreningarna", "föreningen", "förbundet", "förbunden", "organisationerna", "organisationen", "nämnden",
    "styrelsen", "förvaltningen", "stiftelsen", "landstinget", "regionen", "kommun", "kommunen", "myndigheten",
)

# --- events: terms of office ---
# Words that make a date after "t o m" / "till och med" / "fram till" the end of a term or period, not an
# event ("förordnande för tiden t o m den 31 oktober 2006", "för perioden till och med 2024-12-31",
# "under mandattiden fram till 14 oktober"). Lower case.
TERM_WORDS: tuple[str, ...] = (
    "för tiden", "för perioden", "under tiden", "under perioden", "mandattiden", "mandatperioden",
    "förordnande", "förordnandet", "förordnad", "förordnas", "tjänstgöringstiden",
)
# Who presents an entry of an agenda run on after its title ("- Delårsrapport per den 30 april
# Föredras av Anna Berg - Upphandling ... Föredragande: Per Ek"): the title ends there. Lower case.
PRESENTER_LABELS: tuple[str, ...] = ("föredras av", "föredragande:", "presenteras av", "dragning av")
# A group heading over matters a committee prepares for another body ("Beredning inför
# regionstyrelsen", "För beredning till kommunstyrelsen"): the body's name follows. Lower case.
PREPARED_FOR_LABELS: tuple[str, ...] = (
    "beredning inför", "för beredning till", "beredning till", "ärenden inför", "ärenden till",
)
# How the name of an organisation that is run by a board ends ("Fryksås Fäbodlag Samfällighetsförening",
# "63:ans samfällighetsförening i Storvreta" is cut at "i"): when such an organisation is the body, its
# "styrelsemöte" is the body's own meeting, not another body's. Lower case.
BOARD_RUN_ORGANISATION_ENDINGS: tuple[str, ...] = (
    "förening", "föreningen", "byalag", "byalaget", "förbund", "förbundet", "sällskap", "sällskapet",
    "klubb", "klubben", "stiftelse", "stiftelsen", "fäbodlag", "samfällighet", "kår", "kåren",
)
# Verbs of taking part before "via <platform>" in an attendance list: "Kjell Högberg (deltog via Teams)",
# "Anna Ek deltar via Zoom", "närvarade via Skype": some attended online, so the meeting was held online
# too (hybrid). Lower case.
ATTENDED_VIA_VERBS: tuple[str, ...] = (
    "deltog", "deltar", "deltagit", "närvarade", "närvarar", "medverkade", "medverkar", "anslöt", "ansluten",
    "anslutna", "uppkopplad", "uppkopplade",
)
# Past verbs of a decision that sets a date, right before "till" and the date: the date is set for later,
# not past ("Tidpunkt för årsstämman fastställdes till den 19 mars", "Mötet bestämdes till 4/5",
# "Träffen flyttades till den 2 juni"). Not "hölls den 4 maj" or "fastställdes den 4 maj" (no "till"). Lower case.
DATE_SET_VERBS: tuple[str, ...] = (
    "fastställdes", "fastställts", "bestämdes", "bestämts", "beslutades", "beslutats", "fastslogs", "fastslagits",
    "sattes", "satts", "spikades", "spikats", "bokades", "bokats", "flyttades", "flyttats", "ändrades", "ändrats",
    "lades", "lagts", "planerades", "planerats",
)
# Words of the constituent meeting a new board holds right after the annual meeting, often the same day
# ("Konstituerande möte 17/4" beside "årsmötet den 17/4"): a thing of its own, not the annual meeting said
# again. Lower case.
CONSTITUENT_MEETING_WORDS: tuple[str, ...] = ("konstituerande", "konstituerade", "konstituering", "konstitueringen")
# Words of a sentence that introduces a present list instead of naming anyone ("Direktionens ledamöter och
# ersättare som var närvarande på mötet.", "Följande personer deltog i mötet."): under the label, before the
# names, such a sentence neither ends the list nor holds a name. Lower case.
PRESENT_INTRO_WORDS: tuple[str, ...] = (
    "som var närvarande", "som är närvarande", "som deltog", "som närvarade", "som medverkade",
    "följande personer", "följande ledamöter", "följande deltog", "följande var närvarande",
)
# Sub-headings of a present list naming a group of its own, not a list label ("Fackliga organisationer" over
# "Joakim Kastemyr, Ledarna"): the list goes on below them. Lower case, whole line.
MORE_GROUP_HEADINGS: tuple[str, ...] = (
    "fackliga organisationer", "fackliga representanter", "fackliga företrädare", "fackliga ombud",
    "personalföreträdare", "personalrepresentanter",
)
# A serving note written after the party of a substitute ("Niclas Burvall (S) tjänstgörande", "Eva Ek (M)
# tjg"): no part of the name. Lower case.
SERVING_NOTES: tuple[str, ...] = ("tjänstgörande", "tjänstgör", "tjg", "tjg.")
# The rights a group at a meeting has, written as a column head or label beside the attendance lists
# ("Ej tjänstgörande Närvarorätt", "Yttranderätt"): a word alone where a name would stand names no one. Lower case.
ATTENDANCE_RIGHT_WORDS: tuple[str, ...] = (
    "närvarorätt", "yttranderätt", "förslagsrätt", "rösträtt", "närvaro- och yttranderätt",
    "närvaro och yttranderätt",
)
# Countries (and self-governing lands) in Swedish, as the groups of a Nordic or international body's attendance
# list ("Finland: Kari Mielikäinen (ordförande) ... Färöarna Tróndur Leivsson (observatör)"): a group, not a
# part of a name. Lower case.
COUNTRY_NAMES: tuple[str, ...] = (
    "sverige", "norge", "danmark", "finland", "island", "färöarna", "grönland", "åland", "estland", "lettland",
    "litauen", "tyskland", "polen", "nederländerna", "belgien", "frankrike", "storbritannien", "england",
    "skottland", "irland", "schweiz", "österrike", "spanien", "italien", "usa", "kanada", "ryssland",
)
# How the last word of a title written in lower case after a name ends ("Per Silverliden, förbundschef", "Catarina
# Andersson, administratör", "Elis Holgersson, t f kommundirektör"): with one of these it is a role, not the
# person's organisation. Lower case.
LOWER_CASE_TITLE_ENDINGS: tuple[str, ...] = (
    "chef", "ör", "are", "ant", "ent", "ist", "log", "ordförande", "ledamot", "ledamöter", "ansvarig",
    "strateg", "controller", "ekonom", "skötare", "sköterska", "läkare", "rådgivare", "expert", "handläggare",
    "konsult", "ombud", "värd",
)
# Words that stand before an agenda item's number when a stored copy runs the numbers of several items
# together before their titles ("Sak 01/2007 Sak 02/2007 Sak 03/2007 Mötets öppnande ...",
# "Ärende 4 Ärende 5 Ärende 6 ..."). Case as written.
ITEM_NUMBER_WORDS: tuple[str, ...] = ("Sak", "Ärende", "ärende", "Punkt", "punkt", "Pkt", "§")
# Moving the matter on to be dealt with at a later meeting, the matter named before the verb
# ("Punkten flyttas för behandling vid kommande sammanträde", "Frågan flyttas till kommande möte",
# "Ärendet flyttades för beslut vid nästa styrelsemöte"). Not "Kontoret flyttas till Storgatan":
# the matter word is needed (see POSTPONED_IF_MATTER). Lower case, "…" a gap of up to four words.
MOVED_TO_LATER_MEETING: tuple[str, ...] = (
    "flyttas för behandling", "flyttades för behandling", "flyttas för beslut", "flyttades för beslut",
    "flyttas … vid kommande", "flyttades … vid kommande", "flyttas … vid nästa", "flyttades … vid nästa",
    "flyttas … till kommande", "flyttades … till kommande",
)
# Sums that "utgår" (is paid out) rather than items that are dropped: "Ersättning utgår.", "Arvode utgår
# enligt taxan", "Ingen milersättning utgår". Before "utgår" the word is one of these (or ends in
# "ersättning"/"ersättningen"). Lower case.
PAID_OUT_NOUNS: tuple[str, ...] = (
    "ersättning", "ersättningen", "arvode", "arvodet", "arvoden", "lön", "lönen", "bidrag", "bidraget",
    "traktamente", "traktamentet", "avgift", "avgiften", "ränta", "räntan", "moms", "momsen", "skatt", "skatten",
    "kostnad", "kostnaden", "kostnader", "stipendium", "stipendiet", "premie", "premien", "pension", "pensionen",
)
# Opening words of an item that reports another body's minutes or decisions ("Anmälan av protokoll från
# kommunfullmäktige", "Anmälan av delegationsbeslut", "Anmälda protokoll"): what its text says was tabled or
# dropped ("Val av ny ersättare bordlades.") happened there, not at this meeting. Lower case.
REPORTED_MINUTES_TITLES: tuple[str, ...] = (
    "anmälan av protokoll", "anmälan av beslut", "anmälan av delegationsbeslut", "anmälan av protokollsutdrag",
    "anmälda protokoll", "anmälda beslut", "anmälda delegationsbeslut", "redovisning av delegationsbeslut",
    "protokoll från kommunfullmäktige", "protokoll från kommunstyrelsen", "protokoll från regionfullmäktige",
)
# Words that open a sentence about a reporting item itself ("Punkten bordlades.", "Anmälan bordläggs."), so its
# status holds even under REPORTED_MINUTES_TITLES. Lower case.
REPORTED_ITEM_ITSELF: tuple[str, ...] = ("punkten", "ärendet", "frågan", "anmälan", "anmälningarna", "protokollet")
# A document site's list of other documents, as a line of its own ("Relevanta dokument", "Liknande
# dokument"): the titles below it belong to other minutes, never items of these. Lower case.
RELATED_DOCUMENTS_LABELS: tuple[str, ...] = (
    "relevanta dokument", "liknande dokument", "relaterade dokument", "related documents", "similar documents",
)
# A news site's navigation kept in a stored copy, a line of its own ("Aktuellt startsida", "Startsida",
# "Nyheter startsida"): never an item. Not "Aktuellt" alone: an item may be called so. Lower case.
SITE_NAVIGATION_MORE: tuple[str, ...] = (
    "startsida", "aktuellt startsida", "nyheter startsida", "till startsida",
)
# Endings of words that name a meeting in a post's title ("Fullmäktigesammanträde den 26 juni",
# "Årsmöte 12 mars", "Föreningsstämma den 4 maj"): with a date near the top, the title of the page, not
# an item. Lower case.
MEETING_TITLE_ENDINGS: tuple[str, ...] = ("sammanträde", "sammanträdet", "möte", "mötet", "stämma", "stämman",
                                          "protokoll")
# Labels of a header's cells set out as one row above the row of their values ("Sammanträdesdatum
# Diarienummer" / "2020-12-01 KS 2020/0927", "Datum Dnr Sida"): a line of these words only is a label
# row. Lower case, single words.
HEADER_CELL_LABELS: tuple[str, ...] = (
    "sammanträdesdatum", "mötesdatum", "datum", "diarienummer", "diarienr", "dnr", "ärendenummer", "sida", "blad",
    "justerare", "justerandes", "signatur", "utdragsbestyrkande", "beteckning", "protokollsnummer",
)
# The general meetings of an organisation run by a board (see BOARD_RUN_ORGANISATION_ENDINGS), as the
# value of a "Nästa möte:" label ("Nästa möte: Årsmötet den 20 mars", "Nästa möte: medlemsmöte 4 maj"):
# the organisation's own next meeting. Lower case, regex-safe.
BOARD_RUN_GENERAL_MEETINGS: tuple[str, ...] = (
    "årsmöte", "årsmötet", "medlemsmöte", "medlemsmötet", "föreningsstämma", "föreningsstämman",
    "extra årsmöte", "extra årsmötet", "höstmöte", "höstmötet", "vårmöte", "vårmötet",
)
# State agencies whose name, where a meeting's place stands, means their offices ("Mötesanteckningar den
# 21 mars 2017 Länsstyrelsen klockan 09.00"): a place there although the name ends like a body's
# ("-styrelsen"). Lower case.
AGENCIES_AS_PLACES: tuple[str, ...] = (
    "länsstyrelsen", "skogsstyrelsen", "socialstyrelsen", "transportstyrelsen", "lantmäteriet", "trafikverket",
    "naturvårdsverket", "jordbruksverket", "havs- och vattenmyndigheten", "energimyndigheten", "sjöfartsverket",
)
# Signature lines of a note-taker at the end of minutes, written without a colon (lower case, first words):
# "Vid pennan TW", "Vid tangentbordet Eva", "Antecknat av Bo". The line after the last heading is then a
# signature, not the heading's text cut off.
NOTE_TAKER_SIGNATURES: tuple[str, ...] = (
    "vid pennan", "vid tangentbordet", "vid protokollet", "för protokollet", "antecknat av", "antecknade",
    "protokollförare", "sekreterare", "mötessekreterare", "justeras", "justerat",
)
# A proposal or draft laid before a later meeting ("Gruppen ska lägga fram ett förslag till beslut till
# styrelsemötet den 29 november", "Valberedningen lägger fram sitt förslag på nästa möte"): the matter comes back
# then, as RETURNS_WITH_LATER (a next or later meeting named, or a meeting with its date). Present and future
# only: "lade fram" and "lagt fram" tell what was done.
PROPOSAL_LAID_BEFORE: tuple[str, ...] = ("lägga fram", "lägger fram", "läggs fram", "läggas fram")
# "i" before the next meeting, as spoken ("Vi godkänner protokollet i nästa möte", "Frågan tas upp i kommande
# sammanträde"): as "på nästa" in RETURNS_WITH_LATER. Whole phrases with the meeting noun, since "i nästa vecka",
# "i nästa steg" or "i nästa nummer" name no meeting; someone taking part in the meeting ("deltar i nästa möte",
# PARTAKING_VERBS) brings nothing back.
RETURNS_IN_NEXT_MEETING: tuple[str, ...] = tuple(
    f"i {next_word} {noun}" for next_word in ("nästa", "kommande", "nästkommande")
    for noun in ("möte", "sammanträde", "styrelsemöte", "rådsmöte", "nämndmöte", "arbetsmöte", "gruppmöte")
)
PARTAKING_VERBS: tuple[str, ...] = (
    "delta", "deltar", "deltog", "medverka", "medverkar", "närvara", "närvarar", "sitta", "sitter", "ingå", "ingår",
    "vara med", "är med", "finnas med", "finns med", "ordförande", "sekreterare", "justerare",
)
# "Följande"/"påföljande" before a meeting noun is the next meeting (Finland-Swedish usage, "Tas upp på
# följande möte"): these make a matter come back like "på nästa" in `RETURNS_WITH_LATER`. Whole phrases with
# the noun, since "på följande" alone opens a list ("enligt beslut på följande sätt").
RETURNS_AT_FOLLOWING_MEETING: tuple[str, ...] = (
    "på följande möte", "vid följande möte", "till följande möte", "på följande sammanträde",
    "vid följande sammanträde", "till följande sammanträde", "på följande styrelsemöte", "vid följande styrelsemöte",
    "till följande styrelsemöte", "på påföljande möte", "vid påföljande möte", "till påföljande möte",
    "på påföljande sammanträde", "vid påföljande sammanträde", "till påföljande sammanträde",
    "på påföljande styrelsemöte", "vid påföljande styrelsemöte", "till påföljande styrelsemöte",
)
# A matter to be dealt with at another body's meeting, named in the genitive after these ("Arbetsutskottet
# beslutar att behandla ärendet på styrelsens sammanträde", "Ärendet behandlas vid kommunstyrelsens nästa
# möte"): passed to that body. Lower case; the body and its meeting follow.
HANDLED_AT_BODYS_MEETING: tuple[str, ...] = tuple(
    f"{verb} {matter} {prep}" for verb in ("behandla", "handlägga", "avgöra") for matter in ("ärendet", "frågan")
    for prep in ("på", "vid", "i")) + tuple(
    f"{matter} {verb} {prep}" for matter in ("ärendet", "frågan") for verb in ("behandlas", "handläggs", "avgörs")
    for prep in ("på", "vid", "i"))
# Formalities a stored copy cut off after its first page may open its one paragraph with, besides
# OPENING_ITEM_TITLES ("41 Protokollsjustering Beslut ...", "25 Ändring av dagordningen ..."): the
# number before them is the paragraph's, not a page's. Lower case; matched at the title's start.
LONE_PARAGRAPH_FORMALITIES: tuple[str, ...] = (
    "protokollsjustering", "protokolljustering", "justering av protokollet", "val av protokollsjusterare",
    "föredragningslista", "dagordning", "ärendelista", "ändring av dagordningen", "ändring av föredragningslistan",
    "ändring av ärendelistan", "fastställande av ärendelistan", "godkännande av ärendelistan",
    "fastställande av dagordningen", "godkännande av dagordningen", "fastställande av föredragningslistan",
    "godkännande av föredragningslistan", "sammanträdets öppnande, formalia",
)
# Endings of officials' titles besides `ROLE_ENDINGS`, in lower case after a name in a list of officials:
# "Bukurie Haxhimehmedi mångfaldsutvecklare", "Kjell Johansson naturvårdskonsulent".
OFFICIAL_TITLE_ENDINGS: tuple[str, ...] = ("utvecklare", "konsulent", "tekniker", "ingenjör", "jurist", "arkitekt", "administratör", "praktikant")

# Words right before a date in the head that make it another occasion's day, not the meeting's: the last
# meeting ("Protokollet från beredningens föregående möte den 10 februari 2016"), an extra one proposed
# ("håller ett extra sammanträde den 7 juni"), the next one, or the posting block's last day of appeal
# ("Sista datum för överklagande 2018-04-24"). Lower case; "den", "är" or a colon may follow.
OTHER_DAY_CUES: tuple[str, ...] = (
    "föregående möte", "föregående sammanträde", "förra mötet", "förra sammanträdet", "extra möte",
    "extra sammanträde", "extrainsatt möte", "extrainsatt sammanträde", "nästa möte", "nästa sammanträde",
    "sista dag för överklagande", "sista datum för överklagande", "sista dagen för överklagande",
)

# The item's matter said to come back, in plain words instead of "återkommer" ("Ärendet kommer tillbaka
# till nämnden för beslut", "Frågan kommer åter i juni"): it comes back (with RETURNS). Only with the
# matter as subject: "Pengarna kommer tillbaka", "Nils kommer tillbaka från semestern" say nothing of it.
MATTER_COMES_BACK: tuple[str, ...] = tuple(
    f"{matter} {verb}"
    for matter in ("ärendet", "frågan", "punkten", "förslaget", "ämnet")
    for verb in ("kommer tillbaka", "kommer åter", "kommer att komma tillbaka", "ska komma tillbaka",
                 "skall komma tillbaka", "kommer därefter tillbaka", "kommer sedan tillbaka",
                 # the verb of motion left out after a modal: "Frågan ska upp igen i höst"
                 "ska upp igen", "skall upp igen", "ska upp på nytt", "skall upp på nytt")
)
# The matter taken off the agenda in other words than "utgår" ("Ärendet lyftes från dagordningen",
# "Punkten togs bort från föredragningslistan"): postponed, with the matter as subject or none
# (with POSTPONED_IF_MATTER). "Ordet 'preliminär' togs bort från dagordningen" drops no matter.
OFF_THE_AGENDA: tuple[str, ...] = tuple(
    f"{verb} {prep} {agenda}"
    for verb in ("lyfts", "lyftes", "lyfts bort", "lyftes bort", "tas bort", "togs bort", "plockas bort",
                 "plockades bort", "plockas", "plockades", "stryks", "ströks")
    for prep in ("från", "ur")
    for agenda in ("dagordningen", "föredragningslistan", "ärendelistan", "agendan")
)
# The body meeting once more on the item's matter ("Vi ska ha ett till möte om det", "Vi får ta ett nytt
# möte kring detta", "Gruppen träffas igen om frågan"): it comes back, when not said. Not a meeting
# with someone else ("ett nytt möte med kommunen om det"), nor one in a while ("Vi ses igen om två
# veckor"), nor one already held (MEETING_HELD_WORDS).
MEET_AGAIN_ON_MATTER: tuple[str, ...] = tuple(
    f"vi … {meeting} {about}"
    for meeting in ("ett till möte", "ett nytt möte", "ytterligare ett möte", "ett extra möte", "ett uppföljande möte",
                    "ett till styrelsemöte", "ett nytt styrelsemöte", "ytterligare ett styrelsemöte")
    for about in ("om", "kring", "angående")
) + tuple(
    f"{verb} igen {about}" for verb in ("träffas", "ses", "möts", "träffades") for about in ("om", "kring", "angående")
)
# An extra meeting of the body set for the matter ("Beslut: Genomföra ett extra digitalt styrelsemöte 210406/210407
# med fokus på punkt 8-9", "Styrelsen beslöt hålla ett extra möte om frågan", "Ett extrainsatt sammanträde hålls den
# 5 maj för att behandla budgeten"): the matter comes back then (the month, when the day is one or another). The
# meeting is one of EXTRA_MEETING_LEADS, at most one of EXTRA_MEETING_KINDS, then one of EXTRA_MEETING_NOUNS (or the
# two run together: "extramöte"); right after it (a date between allowed) one of EXTRA_MEETING_PURPOSES says what it
# is for. Told as discussed or proposed only (EXTRA_MEETING_UNDECIDED), held already (MEETING_HELD_WORDS), wanted
# only if need be (EXTRA_MEETING_CONDITIONS), with someone else ("med kommunen") or of the members ("extra
# årsmöte"), it brings nothing back. Lower case.
EXTRA_MEETING_LEADS: tuple[str, ...] = ("extra", "extrainsatt", "extrainsatta", "extra insatt")
EXTRA_MEETING_KINDS: tuple[str, ...] = ("digitalt", "fysiskt", "kort", "kortare", "gemensamt", "särskilt", "eget")
EXTRA_MEETING_NOUNS: tuple[str, ...] = (
    "möte", "styrelsemöte", "sammanträde", "styrelsesammanträde", "nämndsammanträde", "träff", "arbetsmöte",
    "telefonmöte", "teamsmöte", "videomöte", "mötestillfälle", "tillfälle",
)
EXTRA_MEETING_PURPOSES: tuple[str, ...] = (
    "om", "kring", "angående", "gällande", "rörande", "beträffande", "avseende", "i frågan", "i ärendet",
    "med fokus på", "med fokus kring", "med inriktning på", "med anledning av", "med temat", "med tema", "enbart om",
    "endast om", "för att diskutera", "för att behandla", "för att besluta", "för att fatta beslut", "för att ta upp",
    "för att gå igenom", "för att arbeta med", "för att arbeta vidare med", "för att diskutera vidare",
    "för att slutföra", "för att färdigställa", "för att prata om", "för att titta på", "för att fortsätta",
    "där frågan", "där ärendet", "där detta", "där vi",
)
EXTRA_MEETING_UNDECIDED: tuple[str, ...] = (
    "diskuterade", "diskuterades", "diskuterar", "diskussion", "föreslår", "föreslås", "föreslog", "föreslogs",
    "förslag", "huruvida", "eventuellt", "ev", "möjligen", "kanske", "undersöka", "undersöks",
)
EXTRA_MEETING_CONDITIONS: tuple[str, ...] = (
    "vid behov", "om behov", "om det behövs", "om så behövs", "om så krävs", "om det krävs", "om det blir nödvändigt",
    "om nödvändigt", "vid ett behov",
)
# Words that put a meeting in the past ("Vi hade ett till möte om det i går"): no meeting to come.
MEETING_HELD_WORDS: tuple[str, ...] = ("hade", "haft", "hölls", "hållits", "genomfördes", "ägde", "träffades")
# A topic to be presented once something is ready ("Detaljer kring detta undersöks och presenteras närmre
# så snart det finns ett konkretiserat förslag", "Resultatet redovisas när utredningen är klar"): announced
# for a later meeting, when not said. A passive verb of presenting, then (up to four words on) the
# condition; a past "presenterades när den var klar" tells what happened.
ANNOUNCED_WHEN_READY: tuple[str, ...] = tuple(
    f"{verb} … {ready}"
    for verb in ("presenteras", "redovisas", "återrapporteras", "rapporteras", "återkopplas", "delges")
    for ready in ("så snart det finns", "så snart det är klart", "så snart den är klar", "så snart de är klara",
                  "så snart underlaget", "så snart förslaget", "så snart utredningen", "så snart resultatet",
                  "när det finns", "när det är klart", "när den är klar", "när de är klara", "när det är färdigt",
                  "när underlaget", "när förslaget", "när utredningen", "när resultatet", "när rapporten")
)
# More things a member prepares or presents for a later meeting (with ANNOUNCE_NOUNS: "Johan gör en
# noggrann sammanställning av kostnaderna till mötet i augusti", "En kalkyl presenteras vid nästa möte").
ANNOUNCE_NOUNS_MORE: tuple[str, ...] = (
    "sammanställning", "sammanställningen", "kostnadssammanställning", "kalkyl", "kalkylen", "översikt",
    "översikten", "lägesrapport", "lägesrapporten", "redogörelse", "redogörelsen", "utvärdering",
    "utvärderingen", "analys", "analysen", "kostnadsberäkning", "kostnadsberäkningen",
)
# "Nästa vecka" after a bare "kommer" in a list entry ("NCPC: Kommer antagligen nästa vecka"): a thing
# arriving, not a topic for the next meeting (a weekly body's "nästa vecka" with a meeting noun or a
# topic noun still announces one).
ARRIVAL_WEEK_NOUNS: tuple[str, ...] = ("vecka", "veckas", "veckan")
# A deferral asked for or voted on, but not decided: the item is decided at this meeting. A motion to
# defer rejected ("Yrkandet om återremiss avslogs", "avslår yrkandet om bordläggning": a motion of
# DEFERRAL_MOTIONS with a word of REJECTING_WORDS), the chair finding for deciding today ("... och finner
# att ärendet ska avgöras idag"), a deferral denied ("beslutade att inte bordlägga ärendet"), or a
# member's motion ("X (S) yrkar att ärendet återremitteras"), whose fate the decision tells.
DEFERRAL_MOTIONS: tuple[str, ...] = (
    "yrkande om återremiss", "yrkandet om återremiss", "återremissyrkande", "återremissyrkandet",
    "yrkande om bordläggning", "yrkandet om bordläggning", "bordläggningsyrkande", "bordläggningsyrkandet",
    "förslaget om återremiss", "förslaget om bordläggning",
)
REJECTING_WORDS: tuple[str, ...] = ("avslå", "avslår", "avslås", "avslog", "avslogs", "avslag", "faller", "föll")
DEFERRAL_DECLINED: tuple[str, ...] = tuple(
    f"{verb} att … {decide} {today}"
    for verb in ("finner", "fann", "beslutar", "beslutade", "beslöt") for decide in ("avgöras", "avgörs")
    for today in ("idag", "i dag", "vid dagens sammanträde", "på dagens sammanträde")
) + tuple(
    f"{no} {defer}" for no in ("inte", "ej", "inte att", "inte ska", "inte skulle")
    for defer in ("bordlägga", "bordläggas", "återremittera", "återremitteras")
) + tuple(
    f"{defer} {no}" for defer in ("bordläggs", "bordlades", "återremitteras", "återremitterades") for no in ("inte", "ej")
) + (
    "yrkar att … återremitteras", "yrkar att … bordläggs", "yrkar att … återremittera",
    "yrkar att … bordlägga", "yrkar på återremiss", "yrkar återremiss", "yrkar på bordläggning", "yrkar bordläggning",
    "yrkade att … återremitteras", "yrkade att … bordläggs", "yrkade på återremiss", "yrkade återremiss",
    "yrkade på bordläggning",
)
# The next meeting's own papers ("Kallelse och handlingar till nästa möte skickas ut en vecka innan",
# "Dagordning till kommande sammanträde mailas ut"): the word right before "till nästa" names them, and
# nothing of the item comes back.
MEETING_PAPERS: tuple[str, ...] = (
    "kallelse", "kallelsen", "kallelser", "kallelserna", "handlingar", "handlingarna", "dagordning", "dagordningen",
    "föredragningslista", "föredragningslistan", "agenda", "agendan", "mötesunderlag", "mötesunderlaget",
    "mötesinbjudan", "inbjudan", "lokal", "lokalen", "fika", "fikat", "mötesplats",
)
# The next meeting's roles named right before "till nästa" / "vid nästa" ("Mötesordförande till nästa möte
# är Anna", "Protokollförare vid nästa möte blir Olle", "Ansvarig för fikat till nästa möte"): who serves
# there, nothing of the item comes back (with MEETING_PAPERS).
NEXT_MEETING_ROLES: tuple[str, ...] = (
    "ordförande", "mötesordförande", "sekreterare", "mötessekreterare", "protokollförare", "justerare",
    "protokolljusterare", "antecknare", "sekreterare/justerare", "värd", "värdar", "fikaansvarig", "ansvarig",
)
# A deferral in the past tense dated before this meeting tells the item's history ("Ärendet bordlades vid
# sammanträdet i februari", "Ärendet återremitterades av kommunfullmäktige 2020-12-14"), not its fate
# today: these past forms, then a date before the meeting with no "till" between.
PAST_DEFERRALS: tuple[str, ...] = (
    "bordlades", "bordlagdes", "bordslades", "återremitterades", "återremitterats", "bordlagts", "ajournerades",
    "senarelades",
)
# Coming back with a date or a time for meetings ("Ordföranden återkommer med datum för nästa möte", "Kansliet
# återkommer med nya mötesdatum"): scheduling, no matter of the item comes back.
SCHEDULE_RETURNS: tuple[str, ...] = tuple(
    f"{verb} {about} {noun}"
    for verb in ("återkommer", "återkomma", "återkommer senare")
    for about in ("med", "med förslag på", "med förslag till", "med nytt", "med nya", "med ett", "med en", "om",
                  "angående", "kring")
    for noun in ("datum", "datumet", "mötesdatum", "tid", "tider", "tiden", "mötestid", "mötestider", "mötesplan",
                 "mötesplanen", "kallelse", "kallelsen", "sammanträdesplan", "sammanträdesplanen", "sammanträdesdatum",
                 "lokal", "lokalen", "plats")
)
# No matter deferred: a no-word opening the clause of the deferring verb ("Inga ärenden bordlades", "Inget
# ärende utgår", "Ingen av punkterna bordlades", "Inga bordlagda ärenden fanns"), one or two words.
NONE_DEFERRED_OPENERS: tuple[str, ...] = ("inga", "inget", "ingen", "inte några", "inte något", "ej några", "ej något")
# A meeting of the body moved or called off ("Styrelsemötet den 12 maj flyttas till 19 maj", "Mötet den 9
# juni ställs in", "Mötet i april utgår"): the subject of the verb is the meeting, with its date, not the
# item's matter; the item stays handled. Passive or intransitive verbs only ("Mötet bordlade ärendet" is
# the meeting deciding), and not a meeting with someone ("Mötet med Lars Ronnås utgår": a point dropped).
MEETING_MOVED_VERBS: tuple[str, ...] = (
    "ställs in", "ställdes in", "ställts in", "flyttas", "flyttades", "flyttat", "utgår", "utgick", "skjuts",
    "sköts", "senareläggs", "senarelades", "tidigareläggs", "tidigarelades", "ändras", "ändrades",
)
MEETING_SUBJECT_NOUNS: tuple[str, ...] = (
    "möte", "mötet", "sammanträde", "sammanträdet", "träff", "träffen", "styrelsemöte", "styrelsemötet",
)
# The matter put on the next meeting's agenda ("Frågan sätts upp på dagordningen för nästa möte", "Lokalfrågan
# förs upp på nästa mötes dagordning"): it comes back at the next meeting. A placing verb, then the agenda
# of the next meeting; "Synpunkter på dagordningen för nästa möte" places nothing.
ON_NEXT_AGENDA: tuple[str, ...] = tuple(
    f"{verb} på {where}"
    for verb in ("sätts upp", "sattes upp", "sätta upp", "sätter … upp", "förs upp", "fördes upp", "föra upp",
                 "läggs", "lades", "lägga", "läggs till", "lades till", "lägga till", "läggs upp", "lades upp",
                 "tas med", "togs med", "ta med", "skrivs in", "skrevs in", "hamnar", "står")
    for where in ("dagordningen för nästa", "agendan för nästa", "föredragningslistan för nästa",
                  "dagordningen till nästa", "agendan till nästa", "dagordningen vid nästa", "agendan vid nästa",
                  "nästa mötes dagordning", "nästa mötes agenda", "nästa sammanträdes dagordning",
                  "nästa sammanträdes föredragningslista", "nästa dagordning", "nästa agenda",
                  "dagordningen för kommande", "agendan för kommande", "kommande dagordning", "kommande agenda")
)
# More words after "återkommer" that tell no return of the matter (with RETURNS_NOT): something that
# recurs ("Problemet med fukt återkommer varje vinter", "Samma fråga återkommer ofta"), or a person back
# at work ("Anna återkommer till arbetet i maj efter föräldraledigheten").
RETURNS_NOT_MORE: tuple[str, ...] = tuple(
    f"{verb} {after}"
    for verb in ("återkommer", "återkom")
    for after in ("varje år", "varje vinter", "varje sommar", "varje höst", "varje vår", "år efter år", "årligen",
                  "ofta", "regelbundet", "ibland", "ständigt", "hela tiden", "gång på gång", "ofta från",
                  "i flera", "till arbetet", "till jobbet", "i tjänst", "till tjänsten", "till skolan",
                  "efter sjukskrivning", "efter sjukskrivningen", "efter föräldraledighet",
                  "efter föräldraledigheten", "efter tjänstledighet", "efter tjänstledigheten")
)
# Verbs that take the matter up again with "nästa gång" / "nästa möte" right after and no preposition
# ("Tas upp nästa gång", "Vi tar upp det nästa möte", "Beslutas nästa gång"): it comes back at the next
# meeting. Up to two words between; "Beslut: nästa möte hålls den 5 maj" names the meeting, no matter.
TAKEN_UP_BARE_NEXT: tuple[str, ...] = (
    "tas upp", "tar vi upp", "tar upp", "diskuteras", "diskuterar vi", "behandlas", "behandlar vi", "beslutas",
    "beslutar vi", "avgörs", "fortsätter", "fortsätter vi", "återupptas",
)
# More ways to lay the matter aside for now, with the matter named (postponed, no time said): "Vi lägger
# frågan på is", "Ärendet får vila", "Vi parkerar frågan", "Frågan läggs åt sidan tills vidare",
# "Ärendet vilande." ("Projektet läggs på is" is POSTPONED_MORE's).
MATTER_LAID_ASIDE: tuple[str, ...] = tuple(
    f"{verb} {matter}{rest}"
    for matter in ("frågan", "ärendet", "punkten", "beslutet", "detta")
    for verb, rest in (("lägger", " på is"), ("lade", " på is"), ("la", " på is"), ("lägger", " åt sidan"),
                       ("lade", " åt sidan"), ("parkerar", ""), ("parkerade", ""))
) + tuple(
    f"{matter} {state}"
    for matter in ("frågan", "ärendet", "punkten")  # "Beslutet får vila på en bred förankring": rests on
    for state in ("får vila", "fick vila", "vilande", "får ligga tills vidare", "fick ligga tills vidare",
                  "läggs åt sidan", "lades åt sidan")
)
# More verbs that pass the item's matter on to a body named right after (with REFERRED_VERBS, the matter
# as subject): "Ärendet går till fullmäktige i juni", "Frågan delegeras till arbetsutskottet", "Frågan
# bollas vidare till förvaltningen". "Pengarna går till föreningen" has no matter as subject.
REFERRED_VERBS_MORE: tuple[str, ...] = (
    "går till", "gick till", "går över till", "delegeras till", "delegerades till", "bollas vidare till",
    "bollades vidare till", "bollas över till", "slussas vidare till", "slussades vidare till", "förs över till",
    "fördes över till", "överlämnades till", "skickades vidare till", "skickades till",
)

# Who a gathering is held for, after "för", when it is no meeting of the body: "upptaktsträff för barn och
# föräldrar, den 1/10", "informationsträff för allmänheten den 5 maj". Whole words, lower case.
AUDIENCE_WORDS: tuple[str, ...] = (
    "barn", "barnen", "föräldrar", "föräldrarna", "elever", "eleverna", "allmänheten", "ungdomar", "ungdomarna",
    "invånare", "invånarna", "medborgare", "medborgarna", "boende", "de boende", "anhöriga", "brukare",
)

# How Swedish surnames commonly end, and places seldom do ("Olsson", "Bergqvist", "Åström", "Lindgren"): a third
# capitalised word in an entry that ends so is more likely a second surname than a place ("-berg", "-lund",
# "-holm", "-sjö" end places as often).
SURNAME_ENDINGS: tuple[str, ...] = ("son", "qvist", "kvist", "gren", "ström", "dahl", "blad", "stedt", "ius", "én", "ér")

# Words of a sentence that adds matters to the day's agenda ("Ordföranden yrkar att ärendelistan kompletteras
# med följande ärenden: 1. ... 2. ...", "Följande ärende tillkommer på dagens ärendelista: 1. ..."): the list
# after it names the matters added, inside the item that adds them. Lower case.
AGENDA_ADDITION_WORDS: tuple[str, ...] = (
    "kompletteras", "kompletterades", "kompletteras med", "utökas", "utökades", "tillkommer", "tillkom",
    "läggs till", "lades till",
)
# A blog page's chrome around the post, never an item: its byline ends with the count of comments ("By 17
# augusti, 2018 No Comments", "Av admin | 3 kommentarer"), and the reply form and a document site's preview
# carry labels of their own ("Leave a Reply", "Citation preview"). Lower case.
BLOG_COMMENT_ENDINGS: tuple[str, ...] = (
    "no comments", "comments off", "inga kommentarer", "kommentarer", "kommentar", "comments", "comment",
)
BLOG_CHROME_LABELS: tuple[str, ...] = (
    "leave a reply", "leave a comment", "lämna ett svar", "lämna en kommentar", "citation preview", "no comments",
    "inga kommentarer",
)
# --- events: an office held up to a date ---
# An office someone is elected or appointed to, after "till" / "som" ("utse Karl till ledamot i stiftelsen
# till 2018-12-31", "omvaldes som revisor till och med 2020-06-30"): a date after it ends the term of
# office, not an event. Lower case.
ELECTED_OFFICES: tuple[str, ...] = (
    "ledamot", "ledamöter", "styrelseledamot", "styrelseledamöter", "suppleant", "suppleanter", "ersättare",
    "ordförande", "vice ordförande", "sekreterare", "kassör", "revisor", "revisorer", "revisorssuppleant",
    "revisorssuppleanter", "representant", "representanter", "ombud", "hedersledamot", "sammankallande",
)
# The day a paper was registered ("som inkommit och diarieförts på ärendet den 11 oktober 2015",
# "skrivelsen diariefördes 2017-10-11"): past forms only, in the date's own sentence. Lower case.
REGISTERED_CUES: tuple[str, ...] = ("diarieförts", "diariefört", "diariefördes", "diarieförd")
# --- items: a new thing put off inside an item ---
# The indefinite articles that open a sentence about a new thing ("En ev. målning av ladan bordlades").
INDEFINITE_ARTICLES: tuple[str, ...] = ("en", "ett")
# Verbs (as they start) whose subject is what is put off: "bordlades", "bordläggs", "sköts upp", "skjuts
# fram", "utgår", "ströks". Lower case.
SUBJECT_POSTPONED_VERBS: tuple[str, ...] = (
    "bordlades", "bordläggs", "bordlagts", "bordlagd", "sköts", "skjuts", "skjutits", "flyttas", "flyttades",
    "utgår", "utgick", "utgått", "stryks", "ströks", "avvaktas", "vilandeförklarades", "vilandeförklaras",
)
# Nouns (as they start) that name deciding the item's matter, not a new thing: "Ett beslut i frågan
# bordlades", "Ett ställningstagande sköts upp". Lower case.
DECIDING_NOUN_STEMS: tuple[str, ...] = ("beslut", "ställningstagande", "avgörande", "godkännande", "fastställande")
# --- items: a wait until a day ---
# Verbs of waiting (as they start) that, right before "till den 12 oktober" and with no meeting named, set
# a deadline rather than put the item off ("Vi avvaktar till den 12 oktober med att ta ställning").
WAIT_UNTIL_VERBS: tuple[str, ...] = ("avvakta", "vänta")
# --- items: the body's own session, in one word ---
# A session of the body itself named in one word after "nästa" / "kommande" ("till nästa
# nämndsammanträde", "vid kommande styrelsesammanträde"): the next meeting, as "nästa sammanträde". A
# "kommittésammanträde" is not here: events reads a kommitté as another body, and the two must agree on
# the next meeting (the dated carry then gives it). Lower case.
NEXT_MEETING_NOUNS_SESSIONS: tuple[str, ...] = (
    "nämndsammanträde", "nämndsammanträdet", "styrelsesammanträde", "styrelsesammanträdet", "rådssammanträde",
    "rådssammanträdet", "utskottssammanträde", "utskottssammanträdet", "beredningssammanträde",
    "beredningssammanträdet", "presidiesammanträde", "presidiesammanträdet",
)
# --- items: taking a matter up again, more verbs ---
# More ways to take the matter up again, as REVISIT: it comes back when the sentence says when ("Frågan lyfts
# igen i augusti", "Vi lyfter frågan på nytt i höst"); present and passive only ("Frågan lyftes igen av
# ordföranden" told what happened). Lower case.
REVISIT_MORE: tuple[str, ...] = (
    "lyfts igen", "lyfts på nytt", "lyfter … igen", "lyfta … igen", "lyfter … på nytt", "lyfta … på nytt",
    "diskuteras igen", "diskuteras på nytt", "tar upp … på nytt", "ta upp … på nytt", "behandlas på nytt",
    "tas upp ånyo", "prövas igen", "prövas på nytt",
)
# More later times after taking a matter up again ("Frågan lyfts igen under hösten"). Lower case.
REVISIT_LATER_MORE: tuple[str, ...] = ("under hösten", "under våren", "senare i höst", "senare i vår")
# --- items: what the next meeting is about ---
# Verbs that say what the next meeting, their subject, is about ("Nästa möte kommer att handla om trygghet",
# "Nästa möte ägnas åt budgeten"): a topic announced for it. Lower case.
NEXT_MEETING_ABOUT: tuple[str, ...] = (
    "handla om", "handlar om", "ägnas åt", "fokusera på", "fokuserar på", "fokuseras på", "ha fokus på",
    # "Nästa styrelsemöte blir den 25 januari 2018 klockan 19:00 i Bystugan och avser i huvudsak
    # förberedelser inför årsmötet" (not "avser vi att hålla": see NEXT_MEETING_INTENDS)
    "avser", "avse",
)
# Who intends, right after "avser" ("Nästa möte avser vi hålla i maj"): an intent about the meeting, no topic.
NEXT_MEETING_INTENDS: tuple[str, ...] = ("vi", "jag", "man", "att", "styrelsen", "ordföranden", "gruppen", "rådet")
# --- items: the next meeting fronted bare ---
# A verb and "vi" right after a bare "Nästa gång" / "Nästa möte" opening the sentence ("Nästa gång ska vi
# diskutera rekrytering", "Nästa möte tar vi upp lokalfrågan"): the matter comes back then. Lower case.
FRONTED_NEXT_VERBS: tuple[str, ...] = (
    "ska vi diskutera", "skall vi diskutera", "diskuterar vi", "ska vi prata om", "pratar vi om", "ska vi ta upp",
    "tar vi upp", "ska vi gå igenom", "går vi igenom", "ska vi behandla", "behandlar vi", "ska vi titta på",
    "tittar vi på", "ska vi fortsätta", "fortsätter vi", "ska vi besluta", "beslutar vi", "ska vi jobba med",
    "jobbar vi med", "ska vi arbeta med", "arbetar vi med",
)
# The passive right after the fronted time, its subject after it ("Nästa möte diskuteras budgeten", "Nästa gång tas
# lokalfrågan upp", "Nästa möte definieras vilka arbetsgrupper som måste bildas"): the matter comes back then. Not
# the meeting itself as the subject ("Nästa möte presenteras i kallelsen", "Nästa möte hålls / planeras till den 3
# december"): FRONTED_PASSIVE_NO_SUBJECT right after the verb, or nothing.
FRONTED_NEXT_PASSIVES: tuple[str, ...] = (
    "diskuteras", "behandlas", "beslutas", "beslutas om", "tas upp", "tas … upp", "gås igenom", "redovisas",
    "presenteras", "definieras", "tas beslut om", "fattas beslut om",
)
FRONTED_PASSIVE_NO_SUBJECT: tuple[str, ...] = (
    "till", "i", "på", "vid", "av", "för", "med", "den", "om", "senare", "preliminärt", "kl", "klockan", "inte", "ej",
    "via", "under", "efter", "före", "innan", "som", "enligt", "digitalt", "hos",
)
# --- items: a body of another organisation ---
# Organisations in the genitive that own a body named right after them ("skickas vidare till regionens
# ledningsgrupp", "kommunens styrgrupp"): that body is another. Lower case.
OWNER_GENITIVES: tuple[str, ...] = (
    "regionens", "kommunens", "kommunernas", "länsstyrelsens", "landstingets", "förbundets", "förvaltningens",
    "myndighetens", "statens", "länets",
)
# --- items: more ways off the agenda ---
# The item's matter, then a modal and "utgå" ("Punkten får utgå", "Ärendet fick utgå på grund av tidsbrist"):
# dropped, as "Punkten utgår". Only after a matter word: "Ersättning får utgå" is paid out.
MATTER_DROPPED_MODAL: tuple[str, ...] = tuple(
    f"{matter} {modal} utgå"
    for matter in ("punkten", "ärendet", "frågan", "informationspunkten", "dragningen", "presentationen",
                   "informationen", "föredragningen", "redovisningen")
    for modal in ("får", "fick", "ska", "skall", "kommer att", "måste", "fått")
)
# More verbs that take the matter off the agenda, as OFF_THE_AGENDA ("Ärendet dras ur dagordningen",
# "Ärendet togs från föredragningslistan"). Lower case.
OFF_THE_AGENDA_MORE: tuple[str, ...] = tuple(
    f"{verb} {prep} {agenda}"
    for verb in ("dras", "drogs", "dras tillbaka", "drogs tillbaka", "tas", "togs", "utgår", "utgick", "avförs",
                 "avfördes")
    for prep in ("från", "ur")
    for agenda in ("dagordningen", "föredragningslistan", "ärendelistan", "agendan")
)
# --- items: a matter carried to another body ---
# Someone carries the matter to another body ("Anna tar med sig frågan till kommunstyrelsen"), before the
# matter (REFERRED_MATTERS) and "till"; and the passive with the matter as subject ("Frågan tas med till
# regionstyrelsen"). With the next meeting after "till" the matter comes back instead. Lower case.
CARRYING_VERBS: tuple[str, ...] = ("tar med sig", "ta med sig", "tog med sig", "tar med", "ta med", "tog med")
REFERRED_VERBS_TAKEN_ALONG: tuple[str, ...] = ("tas med till", "togs med till", "tas med sig till")
# --- carry: a topic asked for ---
# Verbs that ask for a topic (ANNOUNCE_NOUNS after them) at a later meeting ("Vi önskar en dragning om
# digitaliseringen på ett kommande möte", "Styrelsen efterfrågar en redovisning av ekonomin till nästa
# möte"): a topic announced. Lower case.
REQUEST_VERBS: tuple[str, ...] = (
    "önskar", "önskade", "önskas", "vill ha", "ville ha", "efterfrågar", "efterfrågade", "efterfrågas", "begär",
    "begärde", "ber om", "bad om",
)
# A decision said to be taken at the members' meeting to come ("Beslut på nästa årsmöte", "Beslutet
# fattas av kommande stämma", "Beslut i frågan tas vid kommande föreningsstämma"): the matter is passed on to
# that meeting (referred). Opening the sentence: the decision noun (DECISION_NOUNS), perhaps "i frågan", then
# one of these verbs or none, "på"/"vid"/"av", then a word of the future and MEMBERS_MEETINGS ("Beslut tas
# på årsmötet" is a standing rule).
DECISION_BY_MEMBERS_VERBS: tuple[str, ...] = (
    "tas", "fattas", "sker", "tas först", "fattas först", "ska tas", "ska fattas", "kommer att tas",
    "kommer att fattas", "väntas",
)
DECISION_BY_MEMBERS_FUTURE: tuple[str, ...] = ("nästa", "kommande", "nästkommande")
# A label over an item's account of what was decided before ("Tidigare beslut", "Ärendets tidigare
# behandling"): what the sentences under it postpone or send back is history, not the item's fate.
# Lower case, without a colon.
HISTORY_LABELS: tuple[str, ...] = (
    "tidigare beslut", "tidigare behandling", "ärendets tidigare behandling", "tidigare behandling av ärendet",
    "tidigare ställningstagande", "tidigare ställningstaganden", "historik", "ärendets historik",
    "tidigare beslut i ärendet", "tidigare beslut i frågan",
)
# Labels that end such an account: the item's own part begins ("Beslut", "Förslag till beslut").
AFTER_HISTORY_LABELS: tuple[str, ...] = (
    "beslut", "förslag till beslut", "beslutsförslag", "yrkande", "yrkanden",
    "beslutsunderlag", "ärendebeskrivning", "ärendet", "ärende", "överläggning", "propositionsordning",
    "förvaltningens förslag", "ordförandens förslag", "arbetsutskottets förslag", "presidiets förslag",
    "sammanfattning", "beslutsgång", "expedieras till", "skickas till",
)
# One-word formalities that open an item's run-in title on a stored page ("14 Justering Ordförande ...
# justerar protokollet"), beside OPENING_ITEM_TITLES and LONE_PARAGRAPH_FORMALITIES. Lower case.
RUN_IN_FORMALITY_WORDS: tuple[str, ...] = ("justering", "upprop", "närvaro", "protokollsjustering")
# More formalities that open minutes, as a heading run in on a stored page ("... genomfördes. Inventering av
# övriga frågor Till övriga frågor anmäldes ..."), beside OPENING_ITEM_TITLES. Lower case.
RUN_IN_OPENING_TITLES: tuple[str, ...] = (
    "inventering av övriga frågor", "anmälan av övriga frågor", "anmälan om övriga frågor",
    "godkännande av föregående mötes minnesanteckningar", "godkännande av föregående minnesanteckningar",
    "godkännande av föregående mötes protokoll", "godkännande av föregående protokoll",
)

# More endings of an organisation's name in the definite form, beyond `ORGANISATION_NAME_ENDINGS`: an academy, a
# society, an institute ("Hagdahlsakademien", "Lilla Sällskapet", "Karolinska Institutet"); no Swedish surname
# ends so. Lower case.
MORE_ORGANISATION_NAME_ENDINGS: tuple[str, ...] = (
    "akademien", "akademin", "sällskapet", "samfundet", "institutet", "universitetet", "högskolan", "klubben",
    "kommittén", "partiet", "utskottet",
)

# Present labels of the members who decided beyond the chair's officers, as council minutes put them on the page
# after the first ("* Övriga beslutande ledamöter Ulla Ahlström (S) ..."): more than `PRESENT_LABELS`. Lower case.
OTHER_DECIDING_LABELS: tuple[str, ...] = (
    "övriga beslutande ledamöter", "övriga beslutande", "övriga ledamöter", "övriga tjänstgörande ledamöter",
)
# Parent headings that only group a meeting's opening or closing formalities, with an adjective before
# "formalia" ("1 Inledande formalia" / "1.1 Mötets öppnande" / "1.2 Fastställande av röstlängd"): more than
# `GROUPING_TITLES`. Lower case.
GROUPING_FORMALITIES: tuple[str, ...] = (
    "inledande formalia", "inledande mötesformalia", "mötets formalia", "formalia och inledning",
    "avslutande formalia", "formella frågor", "inledande punkter", "avslutande punkter",
)

# Lower-case words after a place's name that open what is said about the programme, not part of the name:
# "bingopromenad på Käglan start kl 9.30", "på Gammelgården samling kl 10" (events `_place_run_on`).
VENUE_RUN_STOPS: tuple[str, ...] = (
    "start", "starten", "samling", "samlingen", "avgång", "avgången", "avresa", "avfärd", "medtag", "medtages",
    "kostnad", "kostnaden", "pris", "priset", "anmälan", "entré", "entrén", "inträde", "lunch", "fika",
)

# What is to be handed in by a day, said as the state it must be in: "Deklarationen skall vara inlämnad den
# 3:e maj", "Ansökan ska vara kansliet tillhanda 1 mars" (events: a deadline).
HANDED_IN_WORDS: tuple[str, ...] = (
    "vara inlämnad", "vara inlämnat", "vara inlämnade", "vara inskickad", "vara inskickat", "vara inskickade",
    "vara insänd", "vara insänt", "vara insända", "vara inkommen", "vara inkommet", "vara inkomna",
    "vara tillhanda", "vara oss tillhanda", "kansliet tillhanda", "vara postad", "vara postat",
)

# A formal matter as the subject that is passed on ("Medborgarförslaget överlämnas till kommunstyrelsen för
# beredning", "Motionen remitteras till nämnden"): endings of its noun, definite (items `_formal_matter_subject`).
FORMAL_MATTER_ENDINGS: tuple[str, ...] = (
    "förslaget", "motionen", "skrivelsen", "remissen", "framställan", "ansökan", "begäran", "interpellationen",
    "uppdraget", "ärendet", "medborgarförslagen", "motionerna", "skrivelserna", "ansökningarna",
)

# A decision said with its verb first, then where it is taken: "Resterande pengar tas beslut om på junimötet",
# "Om detta fattas beslut vid styrelsemötet i maj" (items: with a later meeting, the matter returns).
DECISION_TAKEN_AT: tuple[str, ...] = (
    "tas beslut … på", "tas beslut … vid", "tas beslut … under", "fattas beslut … på", "fattas beslut … vid",
    "fattas beslut … under", "tar vi beslut … på", "tar vi beslut … vid", "fattar vi beslut … på",
    "fattar vi beslut … vid", "tas ställning … på", "tas ställning … vid", "tar vi ställning … på",
)

# A topic to come at a meeting to come, the topic noun between: "inför en kommande diskussion vid månadsmöte
# till hösten" (items `_upcoming_topic`: an announced carry). Lower case.
UPCOMING_WORDS: tuple[str, ...] = ("kommande", "senare", "framtida")
UPCOMING_TOPIC_NOUNS: tuple[str, ...] = (
    "diskussion", "genomgång", "presentation", "dragning", "redovisning", "information", "uppföljning",
    "återkoppling", "rapport", "föredragning",
)

# Words naming this very meeting before its noun ("för beslut på dagens möte", "vid detta sammanträde"): no
# later meeting (items `_TODAYS_MEETING_AFTER`). Lower case.
TODAYS_MEETING_WORDS: tuple[str, ...] = ("dagens", "detta", "kvällens", "aktuellt", "innevarande", "förevarande")

# Someone who comes back to the body with what they find out: "Ann-Sofie lovade att hon kommer tillbaka och
# rapporterar när hon pratat med Barbro", "Per kommer tillbaka med besked" (items: the matter returns, as
# "återkommer"). Not "kommer tillbaka från semestern". Lower case.
COMES_BACK_WITH_REPORT: tuple[str, ...] = tuple(
    f"{verb} {what}"
    for verb in ("kommer tillbaka", "ska komma tillbaka", "skall komma tillbaka", "kommer att komma tillbaka")
    for what in ("och rapporterar", "och berättar", "och redovisar", "och meddelar", "med besked", "med svar",
                 "med information", "med mer information", "med ett förslag", "med förslag", "i frågan",
                 "i ärendet")
)

# What a meeting of the body is for, as the first part of its noun: "Överlämningsmöte", "uppstartsmötet",
# "budgetmöte" (events: the body's own meeting, not another kind as "årsmöte"; as MEETING_FORMS).
MEETING_PURPOSES: tuple[str, ...] = (
    "överlämnings", "uppstarts", "avslutnings", "budget", "strategi", "avstämnings", "uppföljnings",
)

# More lower-case places a dated thing is held at, after "i"/"på" (events `_VENUE_NOUN`, with
# VENUE_NOUN_ENDINGS): "9 December på campus", "fika 19.30 på caféet".
EVENT_PLACE_NOUNS: tuple[str, ...] = (
    "campus", "caféet", "kaféet", "kliniken", "arenan", "parken", "torget", "hamnen", "stranden", "klubbhuset",
)

# The heading that opens minutes, run in right after the list of those present, with no stop before it
# ("... Niklas Nilsson, Näringsdepartementet Öppnande Inledning, Erik Norrgård Erik hälsade ..."). Lower case;
# read with its first letter capitalised.
OPENING_RUN_IN_AFTER_LIST: tuple[str, ...] = (
    "öppnande", "mötets öppnande", "sammanträdets öppnande", "mötets öppnande och inledning", "öppnande av mötet",
    "mötet öppnas", "inledning och öppnande",
)

# Putting off in the active voice with the subject left out, as a point of a list opens ("* Skjuter upp
# diskussion om Kompetenser vs Avdelning till ett senare skede"): the object follows the verb. Lower case.
PUT_OFF_ACTIVE_VERBS: tuple[str, ...] = (
    "skjuter upp", "skjuter fram", "sköt upp", "sköt fram", "flyttar fram", "bordlägger", "bordlade", "bordlagde",
    "väntar med", "avvaktar med", "parkerar",
)
# A site's feed links above a stored page's minutes ("RSS-länk" / "Mötesärende:https://..."): no title. Lower case.
FEED_LINK_LINES: tuple[str, ...] = ("rss-länk", "rss-länkar", "rss", "rss-flöde", "rss feed", "rss-feed", "atom-flöde")

# A general meeting handing a matter to the board with the board after the noun ("Efter diskussion ger mötet
# mandat till styrelsen att ge förslag", "Stämman gav fullmakt åt styrelsen"): as `BOARD_TASKED`. Only the
# power to decide: "Årsmötet gav i uppdrag till styrelsen att se över kostnaderna" is read as handled. Lower case.
# What a general meeting asks of the board for its own working, not a matter handed on ("Uppdrogs åt styrelsen
# att sammanträda så snart som möjligt", "Styrelsen får i uppdrag att konstituera sig"): the item is handled.
# Lower case, the verb after "att".
BOARD_SELF_TASKS: tuple[str, ...] = (
    "sammanträda", "konstituera sig", "konstituera", "träffas", "mötas",
)
BOARD_TASKED_MORE: tuple[str, ...] = (
    # the matter dealt with by the board, in the passive present ("Frågan om årsavgift på längre sikt kommer att
    # behandlas av styrelsen"); "behandlades av styrelsen" tells what was done
    "behandlas av … styrelsen", "hanteras av … styrelsen", "tas upp av … styrelsen", "utreds av … styrelsen",
    "avgörs av … styrelsen", "beslutas av … styrelsen", "handläggs av … styrelsen",
    "ger … mandat till styrelsen", "gav … mandat till styrelsen", "ge … mandat till styrelsen",
    "ger … mandat åt styrelsen", "gav … mandat åt styrelsen", "ges mandat till styrelsen",
    "ger … fullmakt till styrelsen", "gav … fullmakt till styrelsen",
    "ger … fullmakt åt styrelsen", "gav … fullmakt åt styrelsen",
)

# --- items: a matter to be weighed again or met on later ---
# More ways to take the matter up again, as REVISIT (it comes back when the sentence says when): weighed again
# ("Frågan utvärderas igen på nästa årsmöte", "Ordningen ses över på nytt i höst"), or a meeting called on it
# ("Kallande till möte i frågan längre fram", "Styrelsen kallar till ett nytt möte i frågan i höst"). Lower case.
REVISIT_EVALUATE: tuple[str, ...] = (
    "utvärderas igen", "utvärderas på nytt", "utvärderas ånyo", "ses över igen", "ses över på nytt",
) + tuple(
    f"{call} till … möte {about}" for call in ("kallande", "kallelse", "kallar", "kallas", "kalla")
    for about in ("i frågan", "i ärendet", "om frågan", "kring frågan")
)
# The stems of the kinds of general meeting, to tell whether "nästa årsmöte" in a general meeting's minutes is
# the next meeting of the same kind ("årsmötet" and "årsmöte" share "årsmöt"; "föreningsstämma" and "stämman"
# share "stämm"). Lower case.
GENERAL_MEETING_KIND_STEMS: tuple[str, ...] = (
    "medlemsmöt", "föreningsmöt", "årsmöt", "höstmöt", "vårmöt", "stämm", "kongress", "medlemsträff", "släktmöt",
    "släktträff",
)
# More words of a sentence that speaks of what is to come, beside FUTURE_CUES: a thing organised, in the passive
# present ("Traditionell julfest ordnas i december", "Resan organiseras i maj"). Lower case.
FUTURE_CUES_ORGANISED: tuple[str, ...] = ("ordnas", "organiseras")
# More endings of a word of an organisation's name, beyond `ORGANISATION_NAME_ENDINGS` and
# `MORE_ORGANISATION_NAME_ENDINGS`: a museum, a library, an archive, written as a compound or after the town
# ("Eskilstuna Stadsmuseum", "Statens Försvarshistoriska Museer", "Malmö Museer", "Regionarkivet"); no Swedish
# surname ends so. Lower case.
INSTITUTION_NAME_ENDINGS: tuple[str, ...] = (
    "museum", "museet", "museer", "museerna", "biblioteket", "arkivet",
)
# More present labels naming who took part, beyond `PRESENT_LABELS`: "Deltagande ledamöter Laila Freivalds,
# ordförande Per Andersson ...", also inside a flattened line after the minutes' opening words. Lower case.
TAKING_PART_LABELS: tuple[str, ...] = (
    "deltagande ledamöter", "deltagande ersättare", "deltagande styrelseledamöter", "deltagande medlemmar",
    # the staff who took part: "Deltagare från kansliet Staffan Normark, VD Björn Brandt, vice VD ..."
    "deltagare från kansliet", "deltagande från kansliet", "närvarande från kansliet", "deltagare från förvaltningen",
    "närvarande från förvaltningen", "deltagare från sekretariatet", "närvarande från sekretariatet",
)
# Leisure activities of an association that open a sentence of a session to come ("Lättgympan startar nu på
# torsdag den 8 september", "Vattengympan börjar 5 oktober", "Boulen startar i maj"): the activity starts, no
# milestone, as a gathering of SOCIAL_GATHERING_CUES (matched inside the first word). Lower case.
LEISURE_ACTIVITY_CUES: tuple[str, ...] = (
    "gympa", "gympan", "gymnastik", "yoga", "pilates", "zumba", "boule", "bingo", "stavgång", "promenad",
    "dansen", "körsång", "sångstund", "cirkeldans", "linedance", "bowling", "qigong",
)
# Posts of the board elected beside its chair and secretary in one sentence ("Till ordförande valdes Anna Lancing,
# till sekreterare valdes Maria Wihlborg, till kassör omvaldes Pia Sigevall, till suppleanter valdes ..."): the
# board for the coming year, not who ran the meeting. Lower case, matched at a word's start.
BOARD_POST_WORDS: tuple[str, ...] = (
    "kassör", "suppleant", "ledamot", "ledamöter", "revisor", "vice ordförande", "styrelseledamot", "valberedning",
)
# Notes after a comma in names run together that read as a role though no role word opens them: a group the
# person is there for ("Arne Karlsson och Åsa Edlund, valberedningen"). Lower case, whole note.
RUN_GROUP_NOTES: tuple[str, ...] = (
    "valberedningen", "kansliet", "sekretariatet", "revisorerna", "personalen", "förvaltningen",
)

# More present labels: who took part, in the participle of "medverka" ("Medverkande: Arne Lernhag (ordf.) Gösta
# Andersson ..."). (Also a sub-heading inside an item, "Medverkande: Anna Ek, handläggare": the list readers take
# it as a list only in the header.) Lower case.
PARTICIPATING_LABELS: tuple[str, ...] = ("medverkande", "medverkade")

# More endings of a word of an organisation's name, beyond `MORE_ORGANISATION_NAME_ENDINGS`: a library, in any
# form ("Länsbibliotek Sörmland", "Regionbiblioteket Stockholm", "Stadsbiblioteken"); no Swedish surname ends so.
# An entry of an attendance list named so is the body a person came from. Lower case.
LIBRARY_NAME_ENDINGS: tuple[str, ...] = ("bibliotek", "biblioteket", "biblioteken")

# More present labels: the staff and the others there, in one label ("Tjänstemän och övriga Miljöchef Leif
# Schöndell ..."). Lower case.
STAFF_AND_OTHERS_LABELS: tuple[str, ...] = (
    "tjänstemän och övriga", "tjänstepersoner och övriga", "övriga och tjänstemän", "tjänstemän och andra",
    "övriga närvarande och tjänstemän",
)

# More endings of titles, beyond `TITLE_ENDINGS`, that officials are listed with, title first or after the name
# ("Miljöinspektör Anneli Kylén", "Kommunplanerare Shula Gladnikoff"). Lower case.
MORE_TITLE_ENDINGS: tuple[str, ...] = ("inspektör", "planerare", "koordinator", "kommunikatör")

# The public opening or closing of a show, a gathering and no state reached (`events._kind`): "Herderutställningen
# öppnar med vernissage ... den 12/4", "Premiär för vårens revy 3 maj". Lower case, matched at a word's start.
SHOW_OPENING_CUES: tuple[str, ...] = ("vernissage", "finissage", "premiär", "urpremiär", "galapremiär")

# Words that name a kind of attendee, no person, written alone after a list label as a column's or group's heading
# ("Ledamöter Politiker", "Övriga Praktikant", "Tjänstepersoner"). Lower case.
ATTENDEE_KIND_WORDS: tuple[str, ...] = (
    "politiker", "politikerna", "praktikant", "praktikanter", "tjänsteperson", "tjänstepersoner", "tjänstemän",
    "tjänsteman", "förtroendevalda", "förtroendevald", "gäst", "gäster", "åhörare",
)
# Headings of the mail received, whose lettered points list the letters ("§ 29 Skrivelser" / "a) Medlemsstatistik,
# ..." / "b) Värmlandstrafik, ..."): the letters are the item's text, no items of their own. Lower case.
CORRESPONDENCE_TITLES: tuple[str, ...] = (
    "skrivelser", "inkomna skrivelser", "inkommande skrivelser", "inkomna och utgående skrivelser", "post",
    "inkommen post", "inkommande post", "korrespondens", "inkommen korrespondens", "inkomna brev", "brev",
)
# More title prefixes, beyond `TITLE_PREFIXES`: a short report of a meeting posted for members, whose title
# names the meeting after them ("Kortfattat från DSM4 20150415", "Kort rapport från styrelsemötet").
REPORT_TITLE_PREFIXES: tuple[str, ...] = (
    "kortfattat från", "kortfattat om", "kort rapport från", "kort referat från", "kort sammanfattning av",
    "kort sammanfattning från", "nytt från", "nyheter från", "notiser från",
    # a web page's digest of a council's decisions: "Beslut i korthet - regionfullmäktige 21-22 november 2023",
    # "Snabbreferat från kommunfullmäktige 2016-04-28"
    "beslut i korthet från", "beslut i korthet", "besluten i korthet", "i korthet från", "snabbreferat från",
)
# The previous meeting's minutes could not be approved ("Föregående mötesprotokoll kunde inte justeras då
# Göran ej var närvarande"): the approval is put off, postponed.
MINUTES_NOT_APPROVED: tuple[str, ...] = tuple(
    f"{noun} {verb} {neg} {act}"
    for noun in ("protokoll", "protokollet", "mötesprotokoll", "mötesprotokollet")
    for verb in ("kunde", "kan", "gick", "går")
    for neg in ("inte", "ej")
    for act in ("justeras", "godkännas", "att justera", "att godkänna")
) + tuple(
    # or were not ready for this meeting ("Protokollet från förra mötet är inte klart", "Föregående
    # mötesprotokoll ej klart"): the approval waits too. The minutes named alone or by the earlier meeting,
    # not minutes of something else ("Protokollet från konferensen är inte klart").
    f"{noun}{of} {verb}{neg} {ready}"
    for noun in ("protokollet", "mötesprotokollet", "protokoll", "mötesprotokoll")
    for of in ("", " från förra mötet", " från föregående möte", " från förra sammanträdet",
               " från föregående sammanträde", " från senaste mötet", " från förra styrelsemötet")
    for verb in ("är ", "var ", "blev ", "har ", "hade ", "")
    for neg in ("inte", "ej")
    for ready in ("klart", "färdigt", "färdigställt", "justerat", "blivit klart", "blivit färdigt")
    if (verb in ("har ", "hade ")) == ready.startswith("blivit")
)
# The body meeting again in a while to follow the matter up ("vi försöker träffas om tre veckor igen för
# utvärdering", "Gruppen ses igen om en månad för uppföljning"): it comes back. Only with the purpose
# said; a bare "Vi ses igen om två veckor" is no return of the item.
MEET_AGAIN_TO_FOLLOW_UP: tuple[str, ...] = tuple(
    f"{verb} {gap} för {purpose}"
    for verb in ("träffas", "ses", "mötas", "möts", "träffa")
    for gap in ("… igen", "igen …")
    for purpose in ("utvärdering", "uppföljning", "avstämning", "att utvärdera", "att följa upp", "att stämma av")
)
# Waiting for something else, named after "avvaktar" by a clause ("Arbetsgruppen avvaktar fortfarande att frågan
# om klubbens tilläggsnamn avgörs", "beslutar att Birgitta deltar och avvaktar om ytterligare personal ska
# delta"): the body waits on another matter, the item is not put off. "avvaktar med X" still postpones X.
AWAITING_VERBS: tuple[str, ...] = ("avvaktar", "avvakta", "avvaktade")
AWAITED_CLAUSE_OPENERS: tuple[str, ...] = ("att", "om", "huruvida")
AWAITING_ADVERBS: tuple[str, ...] = ("fortfarande", "ännu", "nu", "alltjämt", "än så länge")
# Stems of what a trip or event told of in an item is ("Diskuterades Bryggmötet och resan till Polen. Avfärd ...
# Deltagare: ..."): a "Deltagare:" list right after such a paragraph names who goes on it, not who attended.
TRIP_PARAGRAPH_STEMS: tuple[str, ...] = (
    "resa", "resan", "resor", "avfärd", "avresa", "studiebesök", "studieresa", "studieresan", "utflykt",
    "utflykten", "konferens", "konferensen", "mässa", "mässan", "kurs", "kursen", "läger", "lägret",
)
# More scheduling after "återkommer med" (with SCHEDULE_RETURNS): a day, or a pair of when and where ("Arja
# kontaktar henne och återkommer med dag och tid", "Kansliet återkommer med tid och plats"): the details of
# an activity to come, no matter of the item comes back.
SCHEDULE_RETURNS_MORE: tuple[str, ...] = tuple(
    f"{verb} {about} {noun}"
    for verb in ("återkommer", "återkomma", "återkommer senare")
    for about in ("med", "om", "angående")
    for noun in ("dag och tid", "datum och tid", "tid och dag", "tid och datum", "tid och plats", "dag och plats",
                 "datum och plats", "plats och tid", "datum och lokal", "tid och lokal", "dag", "dagen", "dagar",
                 "tidpunkt", "tidpunkten", "klockslag")
)
# Waiting a while, with no meeting named ("då vi har Corona så avvaktar vi lite", "Vi avvaktar ett tag med
# inköpen"): a pause in the work, not the item put off to a later meeting. What follows a bare "avvaktar"
# (AWAITING_VERBS), after an optional subject; a meeting word later in the sentence still puts it off.
AWAITING_WHILE_SUBJECTS: tuple[str, ...] = ("vi", "ni", "man", "vi nu", "vi därför", "vi dock")
AWAITING_A_WHILE: tuple[str, ...] = (
    "lite", "lite till", "ett tag", "ett tag till", "en tid", "en tid till", "en stund", "ett slag", "en period",
)
AWAITING_MEETING_STEMS: tuple[str, ...] = ("möte", "sammanträde", "träff", "stämma", "årsmöte")
# An activity put first, its details told later ("Höstträffen återkommer vi med", "Julfesten återkommer
# styrelsen om"): the end of a word naming a gathering or a trip, right before "återkommer <subject>
# med/om". What comes later is the plan of the activity, not the item's matter back at a meeting.
ACTIVITY_LATER_ENDINGS: tuple[str, ...] = (
    "träffen", "resan", "festen", "utflykten", "kursen", "besöket", "kvällen", "mässan", "aktiviteten",
    "föreläsningen", "middagen", "cirkeln", "dagarna", "träffarna", "resorna", "kurserna", "aktiviteterna",
)
ACTIVITY_LATER_SUBJECTS: tuple[str, ...] = ("vi", "jag", "styrelsen", "ordföranden", "sekreteraren", "kansliet")
# "Skjuta fram" a matter ("Årsmötet beslutade att skjuta fram valet av ordförande till vårarbetsdagen"), as
# "skjuta upp" in POSTPONED_IF_MATTER: only when the sentence names the matter; an election is one.
POSTPONED_IF_MATTER_FORWARD: tuple[str, ...] = (
    "skjuta fram", "skjuter fram", "skjutas fram", "skjutits fram", "skjutit fram", "sköt fram",
)
MATTER_WORDS_ELECTION: tuple[str, ...] = ("valet", "valen", "valet av", "omröstningen")
# More words that put a month ahead (with FUTURE_CUES): what should take place ("Vårträffen bör hållas i
# senare delen av maj") and what is to be handed in ("Sammanställningen lämnas till Lisette i början av juni").
FUTURE_CUES_SHOULD: tuple[str, ...] = ("bör hållas", "bör äga rum", "bör ske", "bör genomföras", "lämnas till")
# Handing a thing to someone, right before its date ("Sammanställningen lämnas till Lisette i början av juni",
# "Underlaget skickas till kassören senast ..."): the date is a thing due, a deadline, when the sentence
# tells no trip, workshop or conference. The verb and "till", then up to three words to the date.
DEADLINE_HANDED_TO: tuple[str, ...] = ("lämnas till", "skickas till", "lämnas över till", "lämnas in till",
                                       "mejlas till", "mailas till")
# More endings of Swedish surnames ("Dahlbom", "Lindbom"), read with SURNAME_ENDINGS where a middle word of three
# tells a second surname from a name after a place ("Cristine Dahlbom Nyberg", not "Halland Katinka Borg").
MORE_SURNAME_ENDINGS: tuple[str, ...] = ("bom", "sson", "ssen", "backa", "bäck")

# --- widened status phrases: referral, deferral and return forms of real minutes ---
# A body named with adjectives or a coordinated compound before its noun ("till tekniska nämnden",
# "till kultur- och fritidsnämnden", "till den nya styrelsen"): the words that may stand first. An
# adjective is a word on one of ADJECTIVE_ENDINGS; a compound's first part ends in "-" before one of these.
BODY_COMPOUND_JOINS: tuple[str, ...] = ("och", "samt", "&")
BODY_ADJECTIVE_ENDINGS: tuple[str, ...] = ("a", "e")
# A referring verb opening the sentence with the item's matter as its unwritten subject ("Remitterades
# till arbetsutskottet.", "Överlämnades till kommunstyrelsen.", "Hänsköts till årsmötet.").
ELLIPTIC_REFERRING: tuple[str, ...] = (
    "remitteras", "remitterades", "överlämnades", "hänsköts", "hänvisas", "hänvisades", "överlåts", "överläts",
)
# A referring verb in the active past, then the matter, then "till" ("Styrelsen remitterade ärendet till
# arbetsutskottet", "Årsmötet hänsköt frågan till styrelsen").
REFERRING_VERBS_ACTIVE_PAST: tuple[str, ...] = ("överlämnade", "remitterade", "hänsköt", "hänvisade", "överlät")
# A passive referring verb after a fronted adverb that sums up, then the matter ("Därmed överlämnas ärendet
# till kommunstyrelsen"); not after a fronted topic ("Beträffande byvandringen hänsköts frågan till
# styrelsen" refers a point inside the item, as "Frågan om ..." does).
REFERRING_VERBS_PASSIVE: tuple[str, ...] = (
    "överlämnas", "överlämnades", "remitteras", "remitterades", "hänskjuts", "hänsköts", "hänvisas",
    "hänvisades", "överlåts", "överläts",
)
SUMMING_UP_ADVERBS: tuple[str, ...] = (
    "därmed", "därför", "härmed", "således", "följaktligen", "därefter", "sedan", "slutligen", "alltså",
)
# The matters such a verb passes on (not "rapporten" or "skrivelsen", which are handed over as papers).
REFERRED_MATTERS_INVERTED: tuple[str, ...] = (
    "ärendet", "frågan", "förslaget", "motionen", "ärendena", "frågorna", "motionerna", "medborgarförslaget",
)
# The endings of a referring verb in the past ("remitterades", "hänsköt", "överlät"): dated before the
# meeting, the referral is the item's history ("Motionen remitterades till kommunstyrelsen i februari").
REFERRED_PAST_ENDINGS: tuple[str, ...] = ("ades", "ade", "sköts", "sköt", "läts", "lät", "des")
# Earlier meetings of the members or of another body ("av förra årsmötet", "vid föregående stämma"):
# history, no status.
EARLIER_MEETING_GENERAL: tuple[str, ...] = (
    "förra årsmötet", "föregående årsmöte", "föregående årsmötet", "förra stämman", "föregående stämma",
    "förra föreningsstämman", "förra medlemsmötet", "föregående medlemsmöte",
)
# Deferring verbs of older and Finland-Swedish minutes and of the active past, as POSTPONED_IF_MATTER
# (the matter named, or a later meeting): "Beslöts att uppskjuta frågan", "Ärendet framflyttas till
# nästa möte", "Frågan ligger vilande", "Frågan senarelades till september", "Punkten har strukits",
# "Styrelsen sköt upp frågan till nästa möte", "Mötet beslutade att skjuta på frågan".
POSTPONED_IF_MATTER_WIDENED: tuple[str, ...] = (
    "uppskjuta", "uppskjutas", "uppskjutes", "uppskjutits", "uppskjutet", "uppskjuten", "uppsköt",
    "framflyttas", "framflyttades", "framflyttats", "framflytta", "framflyttat", "framflyttad", "framflyttar",
    "framflyttade", "ligger vilande", "hålls vilande", "läggs vilande", "lades vilande", "förklaras vilande",
    "förklarades vilande", "senarelades", "senarelagts", "senareläggas", "senarelägga", "senarelägger",
    "har utgått", "har strukits", "sköt upp", "sköt … till", "sköt på", "skjuta på",
)
# Moving the matter to the next meeting with the matter after the verb ("Vi flyttar punkten till nästa möte",
# "Styrelsen flyttade frågan till kommande möte", "På grund av tidsbrist flyttades punkten till nästa möte"),
# as "flyttas till nästa" in POSTPONED; not "flyttade styrelsemötet till nästa vecka".
POSTPONED_MOVED_ACTIVE: tuple[str, ...] = tuple(
    f"{verb} {matter} till {later}"
    for verb in ("flyttar", "flyttade", "flyttas", "flyttades")
    for matter in ("punkten", "frågan", "ärendet", "beslutet", "diskussionen", "den", "det", "detta", "punkterna",
                   "frågorna", "ärendena")
    for later in ("nästa", "kommande", "nästkommande")
)
# The matter sent back, in forms RETURNS lacks: the active past ("Nämnden återremitterade ärendet"), the
# spoken "tillbaks", and sending the matter back with it named ("beslöt att skicka tillbaka ärendet till ...").
RETURNS_SENT_BACK: tuple[str, ...] = (
    "återremitterade", "skickas tillbaks", "skickades tillbaks", "skickas tillbaks till",
    "skicka tillbaka ärendet", "skicka tillbaks ärendet", "skicka tillbaka frågan", "skicka tillbaks frågan",
    "skickade tillbaka ärendet", "skickar tillbaka ärendet", "skickade tillbaka frågan", "skickar tillbaka frågan",
)
# The matter's paper not accepted and given back to be reworked ("Verksamhetsberättelsen godkändes inte, utan
# styrelsen fick i uppdrag att omarbeta den", "Förslaget ska omarbetas"): it comes back, no time said.
RETURNS_REWORKED: tuple[str, ...] = (
    "i uppdrag att omarbeta", "i uppdrag att arbeta om", "ska omarbetas", "skall omarbetas", "måste omarbetas",
    "behöver omarbetas", "ska arbetas om", "skall arbetas om", "får omarbeta", "för omarbetning",
)
PAST_DEFERRALS_ACTIVE: tuple[str, ...] = ("återremitterade", "bordlade", "bordlagde", "sköts upp", "sköts fram",
                                          "skjutits upp", "skjutits fram", "skjutit upp", "skjutit fram", "bordlagt",
                                          "återremitterat")
# A past time said relative to now, in the clause of a past deferral ("Frågan bordlades förra året", "Ärendet
# bordlades i höstas", "I fjol sköts frågan upp", "Ärendet återremitterades för ett år sedan"): the item's history, as
# a date before the meeting is (items.py `_deferred_before`). Lower case; "för … sedan" takes a count between.
RELATIVE_PAST_TIMES: tuple[str, ...] = (
    "förra året", "förra årets", "i fjol", "i fjolårets", "i höstas", "i våras", "i somras", "i vintras",
    "förra veckan", "förra månaden", "förra hösten", "förra våren", "förra sommaren", "förra vintern",
    "förra terminen", "förra verksamhetsåret", "föregående år", "föregående verksamhetsår", "föregående verksamhetsåret",
    "tidigare i år", "tidigare i höst", "tidigare i vår", "tidigare under året", "tidigare under hösten",
    "tidigare under våren", "för ett år sedan", "för en månad sedan", "för en vecka sedan", "för ett tag sedan",
    "för en tid sedan", "sedan förra året", "sedan i fjol", "sedan i höstas", "sedan i våras",
)
RELATIVE_PAST_AGO: tuple[str, ...] = ("år", "månader", "veckor", "dagar", "terminer")
# Bodies named by no body's kind that may do a deferral of their own ("Regeringen har skjutit upp beslutet",
# "Riksdagen bordlade propositionen"): another body's deed, not the item's fate (items.py `_deferred_by_other_body`,
# beside compounds of OTHER_BODIES; a bare kind, "Fullmäktige", "Styrelsen", may be the body itself). Lower case.
OTHER_DOERS: tuple[str, ...] = (
    "regeringen", "riksdagen", "länsstyrelsen", "kommunen", "regionen", "landstinget", "förvaltningen", "domstolen",
    "kammarrätten", "förvaltningsrätten", "myndigheten",
)
# A matter deferred earlier, named by an attributive participle ("Bordlagt ärende från den 10 februari", "Motion om
# cykelbanor (bordlagt ärende)", "det återremitterade ärendet"): its history, no deferral now. Participles, then the
# matter nouns after them.
DEFERRED_PARTICIPLES: tuple[str, ...] = (
    "bordlagt", "bordlagd", "bordlagda", "bordlagts", "återremitterat", "återremitterad", "återremitterade",
    "senarelagt", "senarelagd", "senarelagda",
)
DEFERRED_MATTER_NOUNS: tuple[str, ...] = (
    "ärende", "ärendet", "ärenden", "ärendena", "fråga", "frågan", "frågor", "frågorna", "punkt", "punkten",
    "punkter", "punkterna", "motion", "motionen", "motioner", "motionerna", "medborgarförslag", "medborgarförslaget",
    "förslag", "förslaget", "beslut", "beslutet",
)
# A decision told in the past ("Kommunstyrelsen beslutade 2021-02-10, § 23, att återremittera ärendet", "Vid
# sammanträdet i februari beslöt nämnden att bordlägga frågan"): with a day or month before the meeting ahead of the
# deferral, the deferral is the item's history (items.py `_decided_before`).
DECIDED_PAST: tuple[str, ...] = (
    "beslutade", "beslöt", "beslutades", "beslöts", "beslutat", "beslutats", "fattade beslut", "fattades beslut",
    "fattat beslut",
)
# Someone back from leave ("Kassören återkommer från semestern den 1 augusti"): no matter comes back.
RETURNS_NOT_FROM_LEAVE: tuple[str, ...] = tuple(
    f"{verb} från {leave}"
    for verb in ("återkommer", "återkom", "återkomma")
    for leave in ("semester", "semestern", "sin semester", "ledighet", "ledigheten", "sin ledighet",
                  "föräldraledighet", "föräldraledigheten", "sin föräldraledighet", "tjänstledighet",
                  "tjänstledigheten", "sjukskrivning", "sjukskrivningen", "sin sjukskrivning", "sjukledighet",
                  "sjukledigheten")
)
# A person coming back, not a matter: someone leaving who may come back in another way or role ("nu var närvarande
# på sitt sista styrelsemöte (men kanske kan tänkas återkomma på annat sätt, senare)", "Per lämnar styrelsen men
# återkommer som ersättare till hösten"), or one welcome to come back ("Anna är välkommen att återkomma"). After
# the return word (a time word between allowed) one of RETURNS_AS_PERSON_AFTER, or right before it one of
# RETURNS_AS_PERSON_BEFORE; a matter named in the clause ("återkommer på annat sätt i frågan", "... med ett
# förslag") is still a return. Lower case.
RETURNS_AS_PERSON_AFTER: tuple[str, ...] = (
    "på annat sätt", "på något annat sätt", "på ett annat sätt", "i annan roll", "i en annan roll", "i ny roll",
    "i en ny roll", "i annan funktion", "i en annan funktion", "i ny funktion", "i en ny funktion", "som ledamot",
    "som ersättare", "som suppleant", "som medlem", "som förtroendevald", "som volontär", "som ordförande",
    "som vice ordförande", "som sekreterare", "som kassör", "som revisor", "som adjungerad",
)
RETURNS_AS_PERSON_BEFORE: tuple[str, ...] = (
    "välkommen att", "välkomna att", "välkommen åter att", "hjärtligt välkommen att", "är välkommen att",
)
# Words after a person's return that name a matter after all ("i frågan", "med ett förslag").
RETURNS_AS_PERSON_MATTER: tuple[str, ...] = (
    "med", "i frågan", "i ärendet", "i detta", "till frågan", "till ärendet", "kring frågan", "om frågan",
)
# A gathering of the body, after "nästa" ("Frågan återkommer vid nästa sammankomst").
NEXT_MEETING_NOUNS_GATHERING: tuple[str, ...] = ("sammankomst", "sammankomsten")
# Settling the matter at a later meeting, as TAKEN_UP ("Ärendet kommer nu att avgöras vid sammanträdet i juni").
TAKEN_UP_SETTLED: tuple[str, ...] = ("avgörs", "avgöras")
# The next few meetings named together, a plural meeting noun, compounds too, after "nästa" or "kommande" and
# maybe a count ("Nästa 2 styrelsemöten blir 21/10 och 9/12", "Kommande styrelsemöten: tors 13/1, ons 10/2",
# "De två nästa sammanträdena"): the dates that follow are this body's meetings, the first its next.
NEXT_MEETINGS_LEADS: tuple[str, ...] = ("nästa", "nästkommande", "kommande")
NEXT_MEETINGS_COUNTS: tuple[str, ...] = ("två", "tre", "fyra", "fem", "sex", "2", "3", "4", "5", "6")
# Only the body's own meetings: "kommande medlemsmöten" or "studieträffar" in a board's minutes are others'.
NEXT_MEETINGS_PLURALS: tuple[str, ...] = (
    "möten", "mötena", "sammanträden", "sammanträdena", "mötestillfällen", "mötestillfällena",
    "styrelsemöten", "styrelsemötena", "styrelsesammanträden", "styrelsesammanträdena",
)
# A course starting ("Nybörjarkursen startar 28/9", "Kurs startar 5 april", "handledarutbildningen som startar den
# 27 november"): the course's first session, a thing held (kind other), not a state reached. The end of the
# course's noun, then the verb.
COURSE_NOUN_ENDINGS: tuple[str, ...] = (
    "kurs", "kursen", "kurser", "kurserna", "utbildning", "utbildningen", "utbildningar", "utbildningarna",
)
COURSE_START_VERBS: tuple[str, ...] = ("startar", "börjar", "påbörjas", "startas", "drar igång", "kör igång")
# Going to a named place ("Åke och de styrelseledamöter som har möjlighet att följa med, åker till Växjö för att
# titta på Playsight", "Vi reser till Visby den 3 juni"): a trip. The verb, then "till" and the place's capital.
TRAVEL_VERBS: tuple[str, ...] = ("åker", "åka", "reser", "åker vi", "reser vi")
# Words telling a meeting's form before its kind ("Öppet styrelsemöte", "Extrainsatt styrelsemöte", "Digitalt
# rådsmöte"): they describe the meeting, not the body that holds it. Lower case.
MEETING_FORM_ADJECTIVES: tuple[str, ...] = (
    "öppet", "öppen", "öppna", "extra", "extrainsatt", "extrainsatta", "extrainkallat", "ordinarie", "konstituerande",
    "digitalt", "virtuellt",
)
# Verbs of taking part that end a sentence introducing the present list under its label, before a colon ("Från
# styrelsen i Näsby Fastighetsägareförening deltog:", "Vid årsmötet närvarade:"). Lower case.
PRESENT_INTRO_VERBS: tuple[str, ...] = ("deltog", "närvarade", "medverkade", "deltar", "närvarar", "medverkar")
# --- items: a matter handed on to a later meeting of the body, or not reachable now ---
# "Hänskjuta" passes a matter on; to a later meeting of the body itself ("Aktiv Torekov och konsert
# hänsköts till nästa möte", "Styrelsen hänsköt frågan till kommande sammanträde") it is put off, as
# "skjuts till nästa möte": postponed. To a body it stays referred ("Frågan hänsköts till årsmötet").
HANDED_ON_TO_LATER_MEETING: tuple[str, ...] = tuple(
    f"{verb} till {later}"
    for verb in ("hänskjuts", "hänsköts", "hänskjutes", "hänskjutas", "hänskjuter …", "hänsköt …")
    for later in (*(f"{lead} {noun}" for lead in ("nästa", "kommande", "nästkommande")
                    for noun in ("möte", "mötet", "sammanträde", "sammanträdet", "styrelsemöte", "styrelsemötet")),
                  "ett senare möte", "ett senare sammanträde", "ett senare tillfälle", "senare tillfälle")
)
# The item could not be dealt with at this meeting ("Föreningsintyg ... kan inte behandlas nu", "Ärendet
# kunde inte behandlas på grund av tidsbrist"): postponed. Only "nu" or a word for this meeting after the
# present tense: "kan inte behandlas av styrelsen" is a matter for another body.
NOT_HANDLED_NOW: tuple[str, ...] = tuple(
    f"{modal} {neg} {verb}{now}"
    for modal, nows in (("kan", (" nu", " idag", " i dag", " på detta möte", " vid detta möte", " på dagens möte",
                                 " vid dagens möte", " på mötet", " vid mötet", " i kväll", " ikväll")),
                        ("kunde", ("",)))
    for now in nows
    for neg in ("inte", "ej")
    for verb in ("behandlas", "tas upp", "avgöras", "beslutas")
)
# A heading that is itself a sentence, without its full stop, telling that the item was not dealt with
# ("§9 Medlemsformer togs inte upp på mötet", "7. Budgeten behandlades ej"): a passive verb of handling, then
# the negation. "Frågor som inte togs upp" (the negation first) names a kind of matter instead.
NOT_HANDLED_HEADING_VERBS: tuple[str, ...] = (
    "togs", "tas", "behandlades", "behandlas", "hanns", "hinns",
)
# The item's own matter as the subject that opens a sentence ("Denna fråga skall tas upp även på nästa möte med mer
# information", "Frågan kommer att presenteras på nästa möte"): what comes back is the item itself, not a topic of
# its own announced inside it. "Frågan om ..." (SUBJECT_QUALIFIERS after it) is a topic of its own. Lower case.
OWN_MATTER_SUBJECTS: tuple[str, ...] = (
    "denna fråga", "detta ärende", "denna punkt", "den här frågan", "det här ärendet", "den här punkten",
    "frågan", "ärendet", "punkten",
)
# Titles of an item that groups reports on separate matters ("4) Rapporter." with "Junior: ... Diskuteras vidare
# på kommande styrelsemöte"): what is said to come back is one report's topic, announced; the item is handled,
# as under NO_RETURN_TITLES. Lower case, the whole title.
REPORT_GROUP_TITLES: tuple[str, ...] = (
    "rapporter", "rapportering", "rapporter och information", "information och rapporter", "rapporter och meddelanden",
    "meddelanden och rapporter", "information och meddelanden", "meddelanden och information", "övriga rapporter",
    "rapporter från arbetsgrupperna", "rapporter från arbetsgrupper", "rapporter från kommittéerna",
    "rapporter från utskotten", "rapporter från grupperna",
)
# A basis for a decision still to be prepared ("En kostnadskalkyl ska tas fram för att ge styrelsen underlag för
# beslut om hur arbetet ska gå vidare", "Kansliet tar fram ett beslutsunderlag till nästa möte"): the decision
# comes back to the body (returns, when the sentence says). The verb in the present or infinitive, then within
# four words the basis; "har tagit fram ett beslutsunderlag" and a "Beslutsunderlag:" label tell what is there.
DECISION_BASIS_PREPARED: tuple[str, ...] = tuple(
    f"{verb} … {basis}"
    for verb in ("tas fram", "ta fram", "tar fram", "tagas fram", "arbetas fram", "arbeta fram", "arbetar fram")
    for basis in ("underlag för beslut", "underlag till beslut", "underlag inför beslut", "beslutsunderlag",
                  "ett beslutsunderlag")
)
# Comments asked for before a later meeting of the body ("Förslaget har skickats ut till styrelsemedlemmarna som
# ombeds komma med synpunkter inför styrelsemötet den 25 augusti", "Synpunkter på utkastet lämnas inför nästa
# möte"): the matter comes back at that meeting, whose date, or "next", follows "inför". "inför nästa möte" here
# is the meeting itself, not a deadline before it (BEFORE_NEXT); a meeting with no date ("lämnade synpunkter
# inför mötet") or another body's ("inför kommunfullmäktiges sammanträde") is none. Lower case.
COMMENTS_BEFORE_MEETING: tuple[str, ...] = tuple(
    f"{noun} … inför" for noun in ("synpunkter", "kommentarer", "input", "inspel", "åsikter", "remissvar",
                                   "ändringsförslag", "tankar och idéer")
)
# Comments asked for, for a later meeting, on a question of their own ("Kom gärna med input/synpunkter till nästa
# möte, 3/6 gällande en mer allmän fråga huruvida avtal med Länsstyrelsen ... är relevant" under "Mål och resultat"):
# that question is a topic announced for the meeting, the item is handled. One of COMMENTS_NOUNS, then (anywhere
# after it in the sentence) one of COMMENTS_ABOUT and what the comments are on, none of its words the item's title's;
# comments on the item's own matter ("synpunkter på budgeten" under "Budget 2022"), or on nothing named, bring the
# item back. Lower case.
COMMENTS_NOUNS: tuple[str, ...] = (
    "synpunkter", "kommentarer", "input", "inspel", "åsikter", "idéer", "tankar", "reflektioner", "frågor",
)
COMMENTS_ABOUT: tuple[str, ...] = (
    "gällande", "angående", "rörande", "avseende", "beträffande", "kring", "om", "på",
)
# A report from an event still to come, given at a later meeting ("Patrik närvarar i ordförandes ställe samt
# rapporterar från träffen på nästa styrelsemöte", "Anna återrapporterar från konferensen vid kommande möte"):
# the report is a topic of its own, announced; the item (who goes) is handled. The report word, "från", then
# within two words a word ending in one of REPORTED_EVENT_ENDS. Lower case.
REPORT_FROM_WORDS: tuple[str, ...] = (
    "rapporterar", "rapportera", "rapporteras", "återrapporterar", "återrapportera", "återrapporteras",
    "berättar", "berätta", "rapport", "återrapport", "återrapportering", "rapportering",
)
REPORTED_EVENT_ENDS: tuple[str, ...] = (
    "träff", "träffen", "träffarna", "konferens", "konferensen", "kongress", "kongressen", "resa", "resan",
    "seminarium", "seminariet", "seminarierna", "utbildning", "utbildningen", "mässa", "mässan", "workshop",
    "workshopen", "besök", "besöket", "kurs", "kursen", "dagen", "dagarna", "stämma", "stämman", "webbinariet",
    "internat", "internatet", "mötet", "mötena", "sammankomsten", "festivalen", "tävlingen", "lägret",
)
# Titles of an item that groups points of one kind ("5§ Beslutspunkter" with "• Styrelseberättelse." / "• Inkomna
# motioner ..." under it, "Informationsärenden", "Aktuella frågor"): what is said to come back is one point's
# topic, announced; the item is handled, as under NO_RETURN_TITLES. Lower case, the whole title.
POINT_GROUP_TITLES: tuple[str, ...] = tuple(
    f"{kind}{noun}" for kind in ("besluts", "diskussions", "informations", "övriga besluts", "övriga diskussions",
                                 "övriga informations")
    for noun in ("punkter", "ärenden", "frågor")
) + tuple(f"{kind} {noun}" for kind in ("aktuella", "pågående", "löpande") for noun in ("frågor", "ärenden"))
# More to be told of the item's matter at the next meeting ("Julfesten: Kommer att hållas 16/12 ... mer info nästa
# möte", "Mer information kommer på nästa styrelsemöte"): the matter comes back. The words for more to tell, then
# at most a verb and a preposition before the next meeting (NEXT_WORDS and a meeting noun); "mer information om
# nästa möte" (what the next meeting is) and "mer information inför nästa möte" (before it) are no return.
MORE_TO_TELL: tuple[str, ...] = (
    "mer info", "mera info", "mer information", "mera information", "ytterligare info", "ytterligare information",
    "närmare info", "närmare information", "mer besked", "närmare besked",
)
MORE_TO_TELL_VERBS: tuple[str, ...] = ("kommer", "ges", "lämnas", "meddelas", "presenteras", "fås", "följer")
MORE_TO_TELL_AT: tuple[str, ...] = ("på", "vid", "till", "under")
# A stored page's feed link in Finnish, above a Finland-Swedish body's page title ("RSS-linkki"): as FEED_LINK_LINES.
MORE_FEED_LINK_LINES: tuple[str, ...] = ("rss-linkki", "rss-syöte", "rss-syötteet")
# How the label a stored page keeps of an image ends, the word alone on its line above the title ("Bakgrundsbild",
# "Lagbanner", "banner", "Toppbild"): the page's furniture, no body's name. Lower case.
IMAGE_LABEL_ENDINGS: tuple[str, ...] = ("bild", "banner", "header")
# Words opening a sentence's subject that name no one ("Vi höll vårt årsmöte", "Föreningen höll sitt årsmöte"):
# a general meeting's holder is named only by other words. Lower case.
UNNAMED_HOLDER_WORDS: tuple[str, ...] = (
    "vi", "man", "de", "den", "det", "vår", "våra", "föreningen", "klubben", "förbundet", "styrelsen", "sällskapet",
    "avdelningen", "laget", "byalaget", "alla", "medlemmarna", "här",
)
# Finland-Swedish bilingual labels, the Swedish word then its Finnish twin ("TID - AIKA KL. - KLO 16:30-18:15",
# "PLATS - PAIKKA Houtskär områdeskontor"): read as the Swedish label. Lower case, as TIME_LABELS / VENUE_LABELS.
BILINGUAL_TIME_LABELS: tuple[str, ...] = ("tid - aika", "tid – aika", "tid/aika", "tid / aika")
BILINGUAL_VENUE_LABELS: tuple[str, ...] = ("plats - paikka", "plats – paikka", "plats/paikka", "plats / paikka")

# Academic titles written in lower case right after a name in the lists of university, faculty and department
# boards ("Lena Ambjörn professor", "Åsa Bergström doktorand", "Sara Håkansson universitetslektor, bitr prefekt",
# "Lars Jansson studerande fr o m del av 102"): an official's title, matched at a word's end ("gästprofessor",
# "universitetsadjunkt", "forskarstuderande", "husprefekt", "prodekanus"). Lower case.
ACADEMIC_TITLE_ENDINGS: tuple[str, ...] = (
    "professor", "lektor", "adjunkt", "docent", "doktorand", "studerande", "forskare", "prefekt", "dekan",
    "dekanus", "rektor", "bibliotekarie", "amanuens",
)
# More parents that only group separate matters, their numbered points the items ("8. Kommande aktiviteter" /
# "8.1 Styrelseutbildning" / "8.2 Vårens föreläsningsserie"), read whole (not split at "och"). Lower case.
GROUPING_TITLES_MORE: tuple[str, ...] = (
    "övrig information", "övriga och brådskande frågor", "brådskande frågor", "kommande aktiviteter",
    "aktiviteter", "kommande evenemang", "evenemang", "övriga informationsärenden",
    # an association's statutory business of its annual meeting ("3. Höstmötesförhandlingar" / "3.1 Till
    # ordförande för mötet valdes ..." / "3.2 Mötet konstaterades vara lagenligt sammankallat ...")
    "årsmötesförhandlingar", "höstmötesförhandlingar", "vårmötesförhandlingar", "stadgeenliga förhandlingar",
    "stadgeenliga ärenden", "stämmoförhandlingar",
)
# Waiting to see how things turn out ("vi avvaktar och ser vad som händer med ...", "Vi avvaktar och får se"):
# a pause like AWAITING_A_WHILE, not the item put off, unless a meeting is named after it.
AWAITING_AND_SEEING: tuple[str, ...] = ("och ser", "och se", "och får se", "och avvaktar", "och väntar", "och känner av")
# A discussion the body says it will hold at a later meeting, in the active ("Nämnden kommer därför att
# föra denna diskussion vid sitt möte 2005-08-31", "Styrelsen ska ta diskussionen på mötet i mars"): a
# topic announced, as HANDLED_LATER (a meeting named, and a date or the next meeting).
DISCUSSION_HELD_LATER: tuple[str, ...] = (
    "att föra denna diskussion", "att föra en diskussion", "att föra diskussionen", "att föra den diskussionen",
    "ska föra en diskussion", "ska föra diskussionen", "skall föra en diskussion", "ska ta diskussionen",
    "att ta diskussionen", "att ta denna diskussion", "att ta den diskussionen", "ska ta denna diskussion",
)
# Meeting nouns that a "håller sitt …" / "hålls ett …" holds as an event of its own (a compound's end:
# "årsmöte", "styrelsemöte", "föreningsstämma"). Lower case.
MEETING_ITSELF_NOUNS: tuple[str, ...] = (
    "möte", "möten", "stämma", "konferens", "kongress", "sammanträde", "träff", "seminarium", "webbinarium",
)
# What an active "återuppta" takes up again that is the matter itself ("återuppta diskussionen i mars",
# "återuppta frågan senare"), unlike an activity resumed ("återuppta traditionen", "återuppta träningen").
RESUMED_MATTERS: tuple[str, ...] = (
    "frågan", "frågorna", "ärendet", "ärendena", "punkten", "ämnet", "diskussionen", "diskussionerna",
    "dialogen", "samtalet", "behandlingen", "detta", "det", "den", "denna", "dessa", "beslutet", "förslaget",
)
# The Finnish translation that bilingual (Finland-Swedish) minutes write after an attendance label, after a dash or a
# slash: "NÄRVARANDE LEDAMÖTER - LÄSNÄ OLLEET JÄSENET", "NÄRVARANDE LEDAMÖTER - SAAPUVILLA OLLEET JÄSENET",
# "ÖVRIGA NÄRVARANDE - MUUT LÄSNÄ OLLEET", "FRÅNVARANDE - POISSA". The first word opens it, the rest may follow.
# Lower case.
FINNISH_LABEL_OPENINGS: tuple[str, ...] = (
    "läsnä", "läsnäolleet", "läsnäolijat", "saapuvilla", "poissa", "poissaolleet", "muut", "jäsenet",
)
FINNISH_LABEL_WORDS: tuple[str, ...] = (
    "läsnä", "läsnäolleet", "läsnäolijat", "saapuvilla", "poissa", "poissaolleet", "olleet", "muut", "jäsenet",
    "varajäsenet", "valtuutetut", "varavaltuutetut", "osallistujat", "ja", "kokouksessa", "esteellisenä",
)
# A representative of a group, a title as `TITLE_ENDINGS` are, capitalised after each name in a flattened list of a
# school's or a council's board: "Catharina Jogården Föräldrarepresentant Maria Karlsson Personalrepresentant",
# "Anna Ek Elevrepresentant", "Bo Berg Brukarrepresentant". Lower case.
REPRESENTATIVE_TITLE_ENDINGS: tuple[str, ...] = ("representant",)
# Finnish given names, common in the lists of Finland-Swedish bilingual bodies ("Hongisto Tuija medlem", "Kaanela
# Soile", "Niemi Tapani"): read as given names in attendance lists, so that an entry written surname first is read.
# (No name that is also a Swedish word: "ville".) Lower case.
FINNISH_GIVEN_NAMES: tuple[str, ...] = (
    "tuija", "tuula", "soile", "tarja", "kimmo", "raimo", "tapani", "petri", "pirjo", "marjatta", "leena", "outi",
    "sari", "satu", "minna", "kirsi", "jaana", "eija", "arja", "hannu", "jari", "juha", "ilkka", "jouni", "antti",
    "mikko", "sami", "veikko", "kalevi", "sirkka", "jarmo", "jyrki", "harri", "vesa", "teemu", "tero", "tommi",
    "pasi", "jussi", "heli", "hilkka", "marketta", "taina", "terhi", "tuomas", "pentti", "erkki", "reijo", "olli",
    "paavo", "eero", "aulis", "taru",
    "esko", "tapio", "veli", "marja", "marjut", "raili", "helvi", "irja", "aino", "kerttu", "arto", "jarkko",
    "juhani",
)

# No decision taken because the meeting lacked a quorum ("inget beslut fattades i frågan, då för få ledamöter
# var på plats", "Beslut kunde inte fattas eftersom styrelsen inte var beslutsmässig"): the matter is put off,
# postponed. items.py needs a phrase of NO_DECISION_TAKEN and one of QUORUM_LACKING in the same sentence; a
# bare "Inget beslut fattades" (an information item) stays handled.
NO_DECISION_TAKEN: tuple[str, ...] = (
    "inget beslut", "inga beslut", "något beslut … inte", "beslut kunde inte", "beslut kan inte", "beslut gick inte",
    "kunde inte fatta", "kunde inte besluta", "kunde ej fatta", "kunde ej besluta", "kan inte fatta",
    "kan inte besluta", "kan ej fatta", "kan ej besluta", "kunde inte behandlas", "kunde ej behandlas",
    "kunde inte avgöras", "kunde ej avgöras", "kunde inte behandla", "kunde ej behandla",
)
QUORUM_LACKING: tuple[str, ...] = tuple(
    f"{no} … {word}" for no in ("inte", "ej", "icke")
    for word in ("beslutsmässig", "beslutsmässigt", "beslutsmässiga", "beslutför", "beslutfört", "beslutföra",
                 "beslutsför", "beslutsfört", "beslutsföra", "fulltalig", "fulltaligt", "fulltaliga")
) + (
    "för få ledamöter", "för få närvarande", "för få deltagare", "för få medlemmar", "för få röstberättigade",
    "för få ordinarie", "bristande beslutsmässighet",
)
# What makes a deferral word only asked about, not done ("En diskussion om det var korrekt att bordlägga
# ...", "Det diskuterades huruvida ärendet skulle bordläggas"): items.py reads one of these, then at most a few
# words and a modal before the deferral, with no decision between.
DEFERRAL_QUESTION_MODALS: tuple[str, ...] = (
    "var", "är", "skulle", "borde", "bör", "ska", "skall", "kunde", "kan", "vore", "fick", "får",
)
# A return only on a condition or denied ("Om det blir aktuellt återkommer vi i frågan", "Om bidraget beviljas,
# återkommer styrelsen med en plan", "Ordföranden återkommer inte i frågan", "Nämnden behöver inte återkomma"):
# no matter is put on a later agenda. items.py reads a clause opened by one of RETURN_CONDITIONS (at the start of
# the sentence or after a comma or one of RETURN_CONDITION_LEADS) that runs on to the return word, or one of
# RETURN_NEGATIONS right before the return word or after it (with a subject between). RETURN_NEGATION_UNTIL after
# the negation makes it a return all the same ("återkommer inte förrän i maj"). Lower case.
RETURN_CONDITIONS: tuple[str, ...] = ("om", "ifall", "såvida", "i fall", "för den händelse", "i händelse av")
# A condition said by the verb first ("Skulle underlaget saknas bordläggs frågan", "Skulle det behövas, tas frågan
# upp igen"): only at the start of the sentence or after a comma, since "skulle" after "och" or "att" is a modal
# ("... och skulle sedan återkomma med ett förslag"). Lower case.
INVERTED_CONDITIONS: tuple[str, ...] = ("skulle",)
# A fate only as need be, anywhere in the clause of the return or deferral word ("Vid behov återkommer förvaltningen",
# "Förvaltningen återkommer i frågan vid behov", "Vid behov bordläggs ärendet", "Vid eventuella förändringar
# återkommer kansliet"): nothing is put on a later agenda, as with RETURN_CONDITIONS. A deferral in a clause opened
# by one of RETURN_CONDITIONS or INVERTED_CONDITIONS ("Om tiden inte räcker flyttas punkten till nästa möte", "Skulle
# underlaget saknas bordläggs frågan") is none either. Lower case.
NEED_CONDITIONS: tuple[str, ...] = (
    "vid behov", "efter behov", "i mån av behov", "om behov finns", "om behov uppstår", "när behov uppstår",
    "om behovet finns", "vid eventuella", "vid eventuellt", "vid ett eventuellt", "vid en eventuell",
    "om så behövs", "om så krävs", "om så erfordras", "om det skulle behövas", "skulle det behövas",
    "skulle det krävas", "när så behövs", "när det behövs",
)
RETURN_CONDITION_LEADS: tuple[str, ...] = ("och", "men", "att", "så", "eller", "annars")
RETURN_NEGATIONS: tuple[str, ...] = ("inte", "ej", "icke", "aldrig")
RETURN_NEGATION_UNTIL: tuple[str, ...] = ("förrän", "förän", "innan")
# Why a matter taken up at a later meeting could not be handled at this one ("Punkten tas upp på nästa möte då
# Anna är sjuk", "... eftersom gårdsfogden ej kunnat närvara", "... på grund av tidsbrist", "... eftersom
# underlaget inte är klart"): it was put off, not handled and brought back. items.py reads one of
# PUT_OFF_CAUSES after the return phrase, then in the same clause one of PUT_OFF_WANTS, or a negation
# (RETURN_NEGATIONS) and at most two words before one of PUT_OFF_ABSENT_VERBS. Lower case.
PUT_OFF_CAUSES: tuple[str, ...] = ("då", "eftersom", "pga", "p.g.a.", "på grund av", "i brist på", "i avsaknad av",
                                   "med anledning av", "i väntan på", "i avvaktan på")
PUT_OFF_WANTS: tuple[str, ...] = (
    "sjuk", "sjuka", "sjukdom", "sjukdomsfall", "frånvarande", "frånvaro", "förhinder", "bortrest", "bortresta",
    "tidsbrist", "brist på tid", "tidsskäl", "tiden inte räckte", "tiden räckte inte", "tiden tog slut",
    "tiden inte räckt", "tid saknades", "underlag saknas", "underlaget saknas", "underlag saknades",
    "underlaget saknades", "underlaget inte är klart", "underlaget inte var klart", "underlaget ej är klart",
    "underlaget är inte klart", "underlaget var inte klart",
)
PUT_OFF_ABSENT_VERBS: tuple[str, ...] = ("närvara", "närvarande", "närvarade", "delta", "deltaga", "deltog",
                                         "deltar", "på plats", "närvarat", "deltagit")
# Not handled in the order of the agenda ("Punkterna behandlades inte i nummerordning", "behandlades inte
# paragraferna strikt efter dagordning"): the negation is of the order, no matter is put off. items.py reads one
# of these within a few words after a "not handled" phrase of POSTPONED. Lower case.
NOT_IN_ORDER: tuple[str, ...] = (
    "i ordning", "i den ordning", "i nummerordning", "i turordning", "i tur och ordning", "i samma ordning",
    "i rätt ordning", "i ordningsföljd", "i den ordningen", "i föredragningsordning",
) + tuple(
    f"{prep} {agenda}"
    for prep in ("efter", "enligt", "i", "i enlighet med")
    for agenda in ("dagordningen", "dagordning", "föredragningslistan", "föredragningslista", "ärendelistan",
                   "ärendelista")
)
# The nominating committee asked to find or propose someone ("Ordförande ber valberedningen ta fram förslag på
# ersättare", "Valberedningen får i uppdrag att hitta en ny kassör"): elected apart from the board, it is another
# body, and the matter is referred to it (NOMINATING_BODY). Lower case.
NOMINATING_BODY = "valberedningen"
NOMINATING_TASKED: tuple[str, ...] = tuple(
    f"{verb} {NOMINATING_BODY}" for verb in ("ber", "bad", "uppdrar åt", "uppdrog åt", "uppdras åt", "uppdrogs åt")
) + tuple(
    f"{verb} {NOMINATING_BODY} i uppdrag" for verb in ("ger", "gav", "ge")
) + tuple(
    f"{NOMINATING_BODY} {verb}" for verb in ("får i uppdrag", "fick i uppdrag", "ges i uppdrag", "gavs i uppdrag",
                                             "ombeds", "ombads", "uppmanas", "uppmanades")
)
# A report back named first in its sentence, with no verb or a present one, and a time after it ("Återrapportering
# sker i maj", "Återrapport till nämnden i oktober", "Återkoppling på sammanträdet i juni"): the matter comes back
# then. REPORT_BACK_NOUNS open the sentence (after one of REPORT_BACK_LEADS at most), REPORT_BACK_NEXT_WORDS follow
# right after; a verb of REPORT_BACK_PAST tells one made already ("Återrapportering skedde i februari"). Lower case.
REPORT_BACK_NOUNS: tuple[str, ...] = (
    "återrapportering", "återrapporteringen", "återrapport", "återrapporten", "återkoppling", "återkopplingen",
)
REPORT_BACK_LEADS: tuple[str, ...] = ("en", "ny", "en ny", "nästa", "slutlig", "en slutlig")
# The word right after the noun: where, when or a present verb, not what it reports on ("Återkoppling från mötet
# med kommunen i februari").
REPORT_BACK_NEXT_WORDS: tuple[str, ...] = (
    "till", "på", "vid", "i", "under", "senast", "sker", "ska", "skall", "ges", "lämnas", "görs", "kommer", "planeras",
)
REPORT_BACK_PAST: tuple[str, ...] = (
    "skedde", "gjordes", "lämnades", "gavs", "hölls", "kom", "var", "har", "hade", "skett", "gjorts", "lämnats",
)
# Someone to attend a later meeting to present a topic ("X kommer närvara på följande fullmäktigemöte för att
# redovisa verksamhetsplanen", "Anna deltar på nästa möte för att berätta om projektet"): the topic is announced
# for that meeting. items.py needs a verb of ATTENDING_VERBS, then "för att" and one of PRESENTING_VERBS in the
# same clause, and a later meeting named. Lower case.
ATTENDING_VERBS: tuple[str, ...] = (
    "närvara", "närvarar", "delta", "deltar", "medverka", "medverkar", "komma", "kommer", "besöka", "besöker",
    "gästa", "gästar", "bjuds in", "bjudas in", "inbjuds", "vara med", "är med",
)
PRESENTING_VERBS: tuple[str, ...] = (
    "redovisa", "presentera", "berätta", "informera", "föredra", "rapportera", "visa", "beskriva", "prata",
    "föreläsa", "ge information", "ge en information", "ge en presentation", "ge en dragning", "ge en bild",
    "göra en presentation", "göra en dragning", "hålla en presentation", "hålla en dragning", "gå igenom",
)
# Present tenses of a thing falling due or taking place, said of a later date: "I september infaller
# Studentmusikens dag", "QORK går av stapeln i november". A month they stand with is planned, not a fact.
# ("infaller på en måndag" is a calendar fact, which `_WEEKDAY_FACT` drops before.)
FUTURE_CUES_OCCURS: tuple[str, ...] = ("infaller", "går av stapeln")
# Preterites of a thing that took place, before a yearless date in its sentence: "Vidare medverkade förbundet
# med en musikavdelning den 6 juni", "Sista konserten för året gavs i Hemse den 11 november", "Wikin öppnades
# för läsning 17/12". Read forward the date lands after the meeting; the verb says it lay behind. Verbs of
# deciding or setting ("beslutades", "fastställdes") are left out: what they decide may lie ahead.
HAPPENED_CUES: tuple[str, ...] = (
    "öppnades", "gavs", "hölls", "avhölls", "genomfördes", "anordnades", "arrangerades", "invigdes", "firades",
    "samlades", "spelades", "medverkade", "uppträdde", "framträdde", "ägde rum", "gick av stapeln",
)
# A date given as the alternative not chosen: "projektgruppen hellre ser att det görs snart än i maj/juni".
RATHER_CUES: tuple[str, ...] = ("hellre", "snarare")
# Indefinite trip nouns opening a note of a plan with a month: "Resa till Sri Lanka under november (ansvariga
# Priya och Hasse)". A definite "Resan" is rather a report ("Resan i augusti blev lyckad").
PLANNED_TRIP_OPENINGS: tuple[str, ...] = ("resa", "bussresa", "studieresa", "utflykt", "exkursion", "gruppresa")
# How a word for a term or a season of an activity ends ("vårterminen", "dansterminen", "säsongen"): its start
# or end held at a named place is a gathering of the members, no milestone. Lower case.
TERM_NOUN_ENDINGS: tuple[str, ...] = ("terminen", "termin", "säsongen", "säsong")
# Invitations and notices sent out for a gathering, right before "till (den)" and its date ("inbjudan till den 17
# oktober är ute", "kallelse till den 5 maj har gått ut"): the date is the gathering's, nothing due by it.
INVITATION_NOUNS: tuple[str, ...] = (
    "inbjudan", "inbjudningen", "inbjudningar", "inbjudningarna", "kallelse", "kallelsen", "kallelser",
    "kallelserna",
)
