"""Body and organisation names as keys: one body whatever the spelling or year."""

from __future__ import annotations

import pytest

from planner.bodies import body_key, clean_body_name, find_region, organisation_key, slugify

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
