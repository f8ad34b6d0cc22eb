"""Body and organisation names as keys: one body whatever the spelling or year."""

from __future__ import annotations

import pytest

from planner.bodies import (
    body_key,
    clean_body_name,
    find_region,
    is_generic,
    name_from_file,
    organisation_key,
    slugify,
)

LG = "Ledningsgrupp för samordning av länets hälso- och sjukvård och socialtjänst"


@pytest.mark.parametrize("name", ["Kommunalt forum", "kommunala forum", "Kommunalt Forum",
                                  "Mötesanteckningar – Kommunalt forum", "Kommunalt forum 2020-03-06"])
def test_kommunalt_forum_spellings_are_one_body(name):
    assert body_key(name) == body_key("Kommunalt forum")


def test_ledningsgrupp_of_two_years_is_one_body():
    assert body_key(f"{LG} 2020") == body_key(f"{LG} 2021") == body_key(LG)


def test_different_bodies_stay_apart():
    assert body_key("Kommunalt forum") != body_key("Regionalt forum")
    assert body_key("Presidiekonferens Läns gemensam ledning i samverkan") != body_key(LG)


def test_clean_name_drops_document_words_and_dates():
    assert clean_body_name("Mötesanteckningar – Kommunalt forum") == "Kommunalt forum"
    assert clean_body_name("Protokoll: Folkhälsorådet 2015") == "Folkhälsorådet"


@pytest.mark.parametrize(("a", "b"), [("Lessebo", "Lessebo kommun"), ("Västerviks kommun", "Västervik"),
                                      ("Region Kalmar län", "Region Kalmar"), ("Växjö", "VÄXJÖ kommun")])
def test_organisation_spellings_are_one(a, b):
    assert organisation_key(a) == organisation_key(b)


def test_region_from_attendees_then_text():
    assert find_region("", ["Alvesta kommun", "Region Kronoberg"]) == "Region Kronoberg"
    assert find_region("Region Kalmar län och Region Kalmar län samt Region Kronoberg", []) == "Region Kalmar län"
    assert find_region("Inga regioner här", ["Lessebo"]) is None


def test_slugify_folds_swedish_letters():
    assert slugify("Ledningsgrupp för hälso- och sjukvård") == "ledningsgrupp-for-halso-och-sjukvard"


@pytest.mark.parametrize(("filename", "hint"), [
    ("107_oidc-sweden-20201210.txt", "oidc sweden"),
    ("104_kvastskaft-styrelsemote-160515.txt", "kvastskaft"),
    ("200_dvd-styrelse-211011.txt", "dvd"),
    ("seeds/000_363a49ff756b7355.txt", None),
])
def test_name_hint_from_file(filename, hint):
    assert name_from_file(filename) == hint


def test_generic_names_need_an_owner():
    assert is_generic("Styrelsen") and is_generic("Styrelsemöte") and is_generic("styrelse")
    assert not is_generic("Kommunalt forum") and not is_generic(LG)


def test_generic_body_is_qualified_by_organisation_or_file():
    from planner.extract.model import Attendee, Extraction, Meeting
    from planner.ingest import body_name

    board = Extraction(meeting=Meeting(body="Styrelsen", date="2024-02-22"))
    assert body_name(board, "200_dvd-styrelse-240222.tex") == "Styrelsen (dvd)"
    people = tuple(Attendee(name=n, organisation="Lessebo kommun") for n in ("A B", "C D"))
    board = Extraction(meeting=Meeting(body="Styrelsemöte", date="2024-02-22", present=people))
    assert body_name(board, "x.txt") == "Styrelsemöte (Lessebo kommun)"
    assert body_name(Extraction(meeting=Meeting(date="2021-01-14")), "108_oidc-sweden-20210114.txt") == "oidc sweden"
