"""Score the extraction on the extra held-out set: real minutes of bodies not in the seeds or dev set.

tests/data/extra holds 847 stored copies (association boards, presidium notes, municipal and
regional councils, committees and forums, county councils and regional federations, school and
parents' councils, docplayer transcripts cut off at ~2000 characters, web pages of a region's
meeting portal, student and project minutes in Markdown, Typst and AsciiDoc) with gold written by
reading them before the extractor ran on them (tests/data/extra/INDEX.tsv says where each comes
from and what it tests). Rules were then written for the families of layouts they showed, never
for one document. Twenty-three of them (341-343, 345, 346, 349, 350, 355, 391, 401, 552, 556, 561,
622, 687, 688, 876, 941, 953-956, 968) lost every date in copying and are refused by design ("no date found": issue 3 asks for that), so they score as
empty; eleven more have their date only in the page's address or nowhere (848, 864, 1052, 1057, 1059, 1063, 1094,
1098, 1106, 1117, 1125) and are refused the same way. Six copies that turned out to be the same page as another (378, 397, 419, 778; 511 and 514
were dev documents) were dropped, and 559 (minutes inside a TypeScript data module). The floors sit a little below the figures reached, so a
regression fails here; the older batches have floors of their own (by file number), as later
batches move the whole set's figure.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from planner.errors import ExtractionError
from planner.extract import INTERNAL_FAULT, extract_minutes

DATA = Path(__file__).resolve().parent.parent / "data"
EXTRA = DATA / "extra"
FLOOR = 0.895  # 0.903 with 847 documents: the twenty-third session's batch 84 (1170-1179, cycling, tennis, camera,
# orienteering clubs, road and joint-property associations), sealed until every round was done, joined at 0.76 (0.76 on
# its start's code too); 0.906 with 837 documents: the twenty-third session's batches 82 (1150-1159) and 83 (1160-1169,
# local associations: beekeepers, boat, bridge, film, chess, jazz clubs), sealed until every round was done, joined at
# 0.75 and 0.61 (0.74 and 0.61 on its start's code); 0.916 with 817 after its rounds on batches 80-81 (header,
# attendance, items/status/carry, events, flattened copies: 0.683 -> 0.879 on those 20); 0.901 with 817 documents: the twenty-second session's batches 80 (1130-1139, local associations'
# boards and annual meetings) and 81 (1140-1149, programme councils, culture, sports and housing bodies), sealed until
# every round was done, joined at 0.71 and 0.61 (0.71 and 0.61 on its start's code too); 0.915 with 797 after its rounds
# on batch 79 (1120-1129, church, choir, transport and patient bodies: 0.77 -> 0.95) and on status, carry, header, item
# and event rules across the set (the first 787: 0.900 -> 0.914); 0.900 with 787 documents: the twenty-first session's batch 78 (1110-1119, regional federations and
# county bodies), sealed until every round was done, joined at 0.50; 0.902 with 777 after its rounds, its batch 77
# (1100-1109, advisory councils) joined at 0.53 (0.71 after its round); 0.895 with 767 documents: the twentieth session's batch 76 (1090-1098), sealed until every round
# was done, joined at 0.70; 0.898 with 758: its batch 73 (1060-1069), sealed until the rounds before, joined at 0.65; 0.899 with 748 documents after rounds on batches 74-75 (0.67 -> 0.71, 0.62 -> 0.73) and on status
# and carry phrasing across the set (status 0.802 -> 0.811, carry 0.840 -> 0.867); 0.892 after the round on batches 71-72; 0.888 with 748: the twentieth session's sealed batches 74 (1070-1079) and 75 (1080-1089,
# regional health and care bodies) joined at 0.67 and 0.62; 0.898 with 728 after a round of general rules on batches
# 71-72 (0.82 -> 0.94 and 0.53 -> 0.84: decision lists under a decision label, dateline towns, invitations' weekday
# days, spaced clocks, moves "från ... till", page-head dates, "Särskilt inbjudna", "Tjänstgör för"); 0.896 with 728
# after a round on batch 70 (0.68 -> 0.90); 0.894 with 728 documents: its sealed batches 71 (1040-1049) and 72
# (1050-1059, public-sector bodies) joined at 0.82 and 0.53; 0.899 with 708 documents: the nineteenth
# session's batch 70 (1030-1039), sealed until its rounds were done, joined at 0.68; 0.902 with 698 after those rounds; its sealed batches 67-69 (1000-1029) joined at 0.63, 0.94
# and 0.71 (0.897); 0.903 with 688 after a round of general rules on 1000-1019 (decision labels, a section word after a list,
# reported past days, matters only taken along, diary-number lists, names between dashes: 0.779 -> 0.874 on those 20);
# 0.900 with 688; 0.904 with 668 documents: the eighteenth session's sealed batches 62-66 joined at 0.67, 0.68, 0.79,
# 0.56 and 0.63 (0.911 with 616 -> 0.892 with 638 -> 0.906 after rounds of status/carry, header, attendance, event and
# item rules -> 0.904 with batches 64-66); in the seventeenth session 605: 0.899 -> 0.914 after rounds of rules, then
# sealed batch 61 joined at 0.67, 0.909; after a last round on batches 60-61, 0.911; first runs of batches 15-66:
# 0.57, 0.56, 0.47, 0.73, 0.45,
# 0.63, 0.69, 0.61, 0.46, 0.70, 0.69, 0.74, 0.22, 0.61, 0.64, 0.91, 0.89, 0.54, 0.77, 0.53, 0.59, 0.45, 0.54, 0.59,
# 0.39, 0.56, 0.61, 0.81, 0.79, 0.65, 0.85, 0.74, 0.67, 0.52, 0.52, 0.68, 0.71, 0.33, 0.45, 0.50, 0.48, 0.93, 0.90,
# 0.60, 0.71, 0.57, 0.67, 0.67, 0.68, 0.79, 0.56, 0.63, 0.63, 0.94, 0.71, 0.68, 0.82, 0.53, 0.67, 0.62, 0.65, 0.70)
ITEMS_FLOOR = 0.935  # items F1 0.941 on all 847 and on all 837 (0.944 on 817 after the twenty-third session's rounds); 0.942 on all 817 (0.944 on 797 after the twenty-second session's item round, 0.936
# before it); items F1 0.937 on all 728 after the round on batches 71-72, 0.935 at their first run, 0.937 on
# all 708, 0.936 on 698 at their first run,
# 0.938 on 688, 0.942 on 668 (0.943 on 648, 0.941 on 638, 0.943 on 616) (the refused documents count as no items found;
# 0.941 before the sentence-bullet minutes)
# The older batches by their last file number: (last number, documents, floor), figures of 2026-11-26.
OLDER_FLOORS = (
    (350, 51, 0.885),  # batches 1-3: 0.858 -> 0.877 -> 0.887 -> 0.892 -> 0.895
    (380, 80, 0.870),  # batches 1-5: 0.868 -> 0.875 -> 0.876 -> 0.882 (378 dropped)
    (408, 107, 0.860),  # batches 1-7: 0.854 -> 0.855 -> 0.861 -> 0.872 (378, 397 dropped)
    (428, 125, 0.875),  # batches 1-9: 0.872 -> 0.876 -> 0.886 (378, 397, 419 dropped)
    (486, 183, 0.885),  # batches 1-14: 0.886 -> 0.893
    (544, 239, 0.870),  # batches 1-19: 0.880
    (568, 262, 0.865),  # batches 1-21: 0.875 (552, 556, 561 refused: no date)
    (580, 274, 0.867),  # batches 1-22: 0.863 -> 0.877 -> 0.880
    (589, 283, 0.872),  # batches 1-23: 0.875 -> 0.880
    (625, 314, 0.873),  # batches 1-26: 0.860 -> 0.881 -> 0.893 (622 refused: no date)
    (632, 321, 0.884),  # batches 1-27: 0.878 -> 0.891
    (667, 348, 0.886),  # batches 1-30: 0.894
    (676, 356, 0.903),  # batches 1-31: 0.894 -> 0.910 -> 0.923
    (704, 384, 0.915),  # batches 1-33: 0.911 -> 0.924 -> 0.925
    (862, 536, 0.915),  # batches 1-44: 0.921 -> 0.922; with batch 60 (712-733): 0.922; + b61 (742-759); + b62-63: 0.906
    # -> 0.921 (status/carry rules for b62-63); + b64 (821-839): 0.919; + b65 (846-854): 0.920 -> 0.922
    (937, 606, 0.905),  # batches 1-51: 0.908 -> 0.913 (0.913 end of 14th session); with batch 60: 0.910; + b61;
    # + b62-63: 0.899 -> 0.913; + b64: 0.911; + b65 (846-864): 0.912; + b66 (867-909): 0.911
    (1119, 787, 0.905),  # batches 1-78: 0.900 at the start of the twenty-second session, 0.914 at its end
    (1149, 817, 0.908),  # batches 1-81: 0.901 at the start of the twenty-third session, 0.916 at its end
)


def _scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("score_extraction", DATA / "score_extraction.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _prediction(doc: Path) -> dict[str, Any]:
    """The extraction as JSON; a document the extractor rejects scores as an empty one (as in the scorer)."""
    try:
        return extract_minutes(doc).to_json()
    except ExtractionError:
        return {}


def test_extra_set_stays_above_its_floor() -> None:
    scorer = _scorer()
    scores = scorer.Scores()
    older = [scorer.Scores() for _ in OLDER_FLOORS]
    counts = [0] * len(OLDER_FLOORS)
    golds = sorted((EXTRA / "gold").glob("*.json"))
    assert len(golds) >= 847
    for gold_path in golds:
        doc = next((EXTRA / "docs").glob(gold_path.stem + ".*"))
        gold, pred = json.loads(gold_path.read_text(encoding="utf-8")), _prediction(doc)
        scores.score_doc(gold, pred)
        for k, ((last, _, _), part) in enumerate(zip(OLDER_FLOORS, older, strict=True)):
            if int(gold_path.stem.split("_")[0]) <= last:
                part.score_doc(gold, pred)
                counts[k] += 1
    figs = scores.figures()
    assert figs["score"] >= FLOOR, figs
    assert figs["items_f1"] >= ITEMS_FLOOR, figs
    for (last, count, floor), part, counted in zip(OLDER_FLOORS, older, counts, strict=True):
        assert counted == count, last
        assert part.figures()["score"] >= floor, (last, part.figures())


@pytest.mark.parametrize("doc", sorted((EXTRA / "docs").glob("*.txt")), ids=lambda p: p.stem)
def test_every_extra_document_reads_without_a_crash(doc: Path) -> None:
    text = doc.read_text(encoding="utf-8")
    pred = _prediction(doc)
    assert not [w for w in pred.get("warnings", []) if INTERNAL_FAULT in w]  # no step failed on it
    for event in pred.get("events", []):
        start, end = event["span"]
        assert 0 <= start < end <= len(text), event


def test_index_lists_every_document() -> None:
    rows = (EXTRA / "INDEX.tsv").read_text(encoding="utf-8").splitlines()
    assert rows[0].split("\t") == ["file", "source", "body", "meeting_date", "interesting"]
    listed = {row.split("\t")[0] for row in rows[1:]}
    assert listed == {p.name for p in (EXTRA / "docs").glob("*.txt")}
