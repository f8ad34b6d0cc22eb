"""Lettered points told in lines of text of their own under a grouping heading are the parts of one item.

"§ 5 Rapporter" / "a) Medlemsträff med exotiska frukter 19 februari" / "Maria har lämnat en skriftlig rapport." /
"b) Länsföreningens årsmöte 29 mars" / "Camilla lämnade en muntlig rapport." / "§ 6 Ekonomi": the reports are
the parts of item 5, which stays the item (and so "§7 Pågående ärenden" / "a) Filmen" / its text / "b) Hemsidan"
/ its text). Half of the points or more with a line of text below them (no bullet) tell it; under the body's
reports or news also the text run on after the title on the point's line ("9.Rapporter" / "a) Kassarapport.
Behållning vid räkenskapsårets början: ...").

Look-alikes: lettered lines one after the other, or with only bullets below ("15 Rapporter" / "a. Finansrapport
(föredragande ...)" / "b. Muntlig redovisning ..."), are the grouped matters, the items; so are the matters raised
under "Övriga frågor", told at length or not, and points whose text runs on in their own line ("A) Årsmöte •
Blommor ...").
"""

from __future__ import annotations

import pytest

from tests.extract.item_rows import item_numbers

DAY = "2014-05-21"
HEAD = "Protokoll styrelsemöte 2014-05-21\n\nNärvarande: Anna Berg, Olle Ek\n\n"


@pytest.mark.parametrize(
    ("body", "numbers"),
    [
        (("§ 4 Föregående protokoll\nProtokollet lades till handlingarna.\n§ 5 Rapporter\n"
          "a) Medlemsträff med exotiska frukter 19 februari\nMaria har lämnat en skriftlig rapport.\n"
          "b) Länsföreningens årsmöte 29 mars\nCamilla lämnade en muntlig rapport.\n"
          "c) Leos lekland 12 april\nMaria lämnade en muntlig rapport. 54 deltagare totalt.\n§ 6 Ekonomi\n"
          "Kassören redogjorde för läget.\n"),
         ["4", "5", "6"]),
        (("§6 Ekonomi\nInget att rapportera.\n\n§7 Pågående ärenden\na) Filmen\nDiskussionen gav en del idéer om "
          "vilka områden vi vill föra fram.\nb) Hemsidan\nJan-Erik jobbar på med att anpassa hemsidan.\n"
          "c) Vuxenskolans flytt\nLasse skaffar en flyttkartong.\n\n§8 Nästa möte\nDen 11 december.\n"),
         ["6", "7", "8"]),
        (("3. Ekonomi\nKassören redogjorde.\n\n4. Rapporter från arbetsgrupperna\na. Festgruppen\nGruppen har bokat "
          "lokal till midsommar.\nb. Trädgårdsgruppen\nVårstädningen blir i april.\nc. Fiskegruppen\nSjön "
          "är nu fri från is.\n\n5. Mötets avslutande\n"),
         ["3", "4", "5"]),
        (("5 Föregående protokoll\nGodkändes.\n\n6 Information\na) Ekonomi\nKassören redogjorde för läget i "
          "föreningen.\nb) Medlemsantal\nFöreningen har nu 120 medlemmar.\nc) Hemsidan\nSidan är uppdaterad.\n\n"
          "7 Avslutning\n"),
         ["5", "6", "7"]),
        (("2. Val av justerare\nOlle Ek valdes.\n\n3. Informationsärenden\nA. Kommunens budget\nBudgeten för nästa "
          "år presenterades av ordföranden.\nB. Skolans renovering\nArbetet startar i juni och pågår hela sommaren.\n\n"
          "4. Mötets avslutande\n"),
         ["2", "3", "4"]),
        # told on their own lines under the body's reports or news
        (("8. Stadgar\nMötet godkände de nya stadgarna.\n\n9.Rapporter\na) Kassarapport. Behållning vid "
          "räkenskapsårets början: 62 413,41 kronor.\nb) Revisorernas rapport. Mötet beviljade styrelsen full "
          "ansvarsfrihet.\nc) Nöjeskommittén rapporterade om ett rikligt utbud av aktiviteter.\n\n10. Val\n"
          "Valberedningens förslag godkändes.\n"),
         ["8", "9", "10"]),
        (("4. Ekonomi\nKassören redogjorde.\n\n5. Information\na) Kommunen. Bidraget för året är beviljat med "
          "20 000 kronor.\nb) Distriktet. Nästa distriktsmöte hålls i Umeå och alla är välkomna.\n\n"
          "6. Mötets avslutande\n"),
         ["4", "5", "6"]),
        # look-alikes: lettered lines one after the other are the grouped matters
        (("17 Årsstämmor 2013 (utsänd)\n\n18 Rapporter\n\na. Finansrapport (föredragande Mats Lundin)\n"
          "b. Muntlig redovisning rörande nuläget i stora projekt (föredragande Christel Wiman)\n"
          "c. Muntlig lägesredovisning (föredragande Christel Wiman)\n\n19 Övriga frågor\n"),
         ["17", "a", "b", "c", "19"]),
        # only a point's bullets below it
        (("15 Studieresor för styrelsen (utsänd)\n\n16 Rapporter\n\na. Finansrapport (föredragande Mats Lundin)\n"
          "b. Muntlig redovisning rörande nuläget i stora projekt (föredragande Christel Wiman)\n"
          "* Renovering av Strömkajen\n* Utbyggnad av Värtahamnen\n"
          "c. Muntlig lägesredovisning (föredragande Christel Wiman)\n\n17 Övriga frågor\n"),
         ["15", "a", "b", "c", "17"]),
        # the matters raised under "Övriga frågor", told at length
        (("1. Mötets öppnande\n\n2. Övriga frågor\n\na) Ny ledamot i valberedningen\nOlle Ek föreslås.\n"
          "b) Inbjudan till jubileum\nStyrelsen tackar.\n\n3. Mötets avslutande\n"),
         ["1", "a", "b", "3"]),
        # the matters raised under "Övriga frågor", told on their lines
        (("1. Mötets öppnande\n\n2. Övriga frågor\na) Ny ledamot. Olle Ek föreslås till valberedningen.\n"
          "b) Inbjudan. Styrelsen tackar för inbjudan till jubileet.\n\n3. Mötets avslutande\n"),
         ["1", "a", "b", "3"]),
        # each point's text on its own line, run on after its title
        (("§1 Mötet öppnas av Martin\n\n§2 Val av justerare Martin och Marie justerar\n\n"
          "§3 Justering av protokoll/uppföljning av föregående mötesbeslut\n\n"
          "A) Årsmöte • Blommor skall inköpas\n\nB) GDPR Punkten ajourneras.\n\n"
          "C) Jordstatus i vår förening Styrelsen har kontaktat staden. Inget nytt har framkommit.\n\n"
          "§5 Mötet avslutas\n"),
         ["1", "2", "A", "B", "C", "5"]),
    ],
)
def test_told_lettered_points(body: str, numbers: list[str]) -> None:
    assert item_numbers(HEAD + body, DAY) == numbers
