"""A person's title in lower case and the workplace after it, with no comma between, as lists of officials write
them ("Stellan Karlsson, processamordnare utbildningsförvaltningen"): the title is the role and the rest the
organisation. The whole was read as an organisation, so the planner listed "processamordnare
utbildningsförvaltningen" and "Förbundsdirektör"-like titles among the organisations and their calendars.
Look-alikes: a title that goes on ("ansvarig för vuxenutbildningen"), two titles, a title alone, a
capitalised organisation, a role given in another piece ("ordförande")."""

from __future__ import annotations

import pytest

from planner.extract.header import extract_meeting
from planner.extract.text import minutes_from_text


def _attendee(line: str):
    text = f"Minnesanteckningar Styrgruppen 2015-08-31\n\nNärvarande:\n{line}\nBo Ek, Växjö kommun\n\n1. Mötets öppnande\n"
    present = extract_meeting(minutes_from_text(text))[0].present
    return present[0]


@pytest.mark.parametrize(("line", "organisation", "role"), [
    ("Stellan Karlsson, processamordnare utbildningsförvaltningen", "utbildningsförvaltningen", "processamordnare"),
    ("Åsa Ekman, barnstrateg stadskontoret", "stadskontoret", "barnstrateg"),
    ("Eva Lund, avdelningschef hemtjänst", "hemtjänst", "avdelningschef"),
    ("Per Holm, kanslichef Vårdsamverkan Fyrbodal", "Vårdsamverkan Fyrbodal", "kanslichef"),
    ("Lars Berg, säkerhetssamordnare Upplands-Bro kommun", "Upplands-Bro kommun", "säkerhetssamordnare"),
    ("Kim Sjö, lärare Gaddenskolan", "Gaddenskolan", "lärare"),
])
def test_title_then_workplace(line: str, organisation: str, role: str) -> None:
    person = _attendee(line)
    assert (person.organisation, person.role) == (organisation, role)


@pytest.mark.parametrize(("line", "organisation", "role"), [
    ("Anna Berg, ansvarig för vuxenutbildningen", "ansvarig för vuxenutbildningen", None),  # goes on: left whole
    ("Anna Berg, förbundsdirektör", None, "förbundsdirektör"),  # a title alone
    ("Anna Berg, Socialtjänsten Växjö", "Socialtjänsten Växjö", None),  # capitalised: an organisation
    ("Anna Berg, vice ordförande", None, "vice ordförande"),
    ("Anna Berg, utbildningsförvaltningen", "utbildningsförvaltningen", None),
])
def test_no_split_where_no_title_then_workplace(line: str, organisation: str | None, role: str | None) -> None:
    person = _attendee(line)
    assert (person.organisation, person.role) == (organisation, role)


def test_a_role_in_its_own_piece_is_kept() -> None:
    person = _attendee("Anna Berg, regionsjukvårdsansvarig E-län, ordförande")
    assert person.role == "ordförande"
