"""A title naming a meeting held between parties after its date keeps the parties as the name, the date left
out: "Nätverksmöte den 13-14 oktober 2006 mellan de nordiska gastronomiska akademierna och vänföreningarna"
gives "Nätverksmöte mellan de nordiska gastronomiska akademierna och vänföreningarna". Look-alikes: "mellan"
with the clock ("mellan kl 18 och 20"), no second party."""

from __future__ import annotations

import pytest

from planner.extract.header import _strip_title, body_of_title


def body_of(title: str) -> str:
    name, _ = _strip_title(title)
    return body_of_title(name)


@pytest.mark.parametrize(("title", "body"), [
    ("Nätverksmöte den 13-14 oktober 2006 mellan de nordiska gastronomiska akademierna och vänföreningarna",
     "Nätverksmöte mellan de nordiska gastronomiska akademierna och vänföreningarna"),
    ("Samrådsmöte 2019-05-03 mellan Region Skåne och kommunerna.", "Samrådsmöte mellan Region Skåne och kommunerna"),
    ("Möte den 3 maj 2019, mellan kommunen & föreningarna", "Möte mellan kommunen & föreningarna"),
])
def test_meeting_between_parties(title: str, body: str) -> None:
    assert body_of(title) == body


@pytest.mark.parametrize(("title", "body"), [
    ("Styrelsemöte 2019-05-03 mellan kl 18 och 20", "Styrelsen"),  # the clock: digits
    ("Styrelsemöte 2019-05-03 mellan parterna", "Styrelsen"),  # one party named: no name of its own
    ("Styrelsemöte den 3 maj 2019", "Styrelsen"),
])
def test_no_parties_after_date(title: str, body: str) -> None:
    assert body_of(title) == body
