"""The subscription form's message is tied to the field it is about.

The bug: every refusal of /prenumerera was named by the address field (aria-describedby="fel"), also
"Välj vilket organ du vill få påminnelser om.": a screen reader read the body's message at the address,
and the list of bodies, the field to fix, said nothing. Neither field said it was wrong (aria-invalid).
"""

from __future__ import annotations

from bs4 import BeautifulSoup

from .conftest import csrf_token


def fields(client, data: dict[str, str]) -> tuple[str, dict[str, dict[str, str]]]:
    token = csrf_token(client, "/prenumerera")
    r = client.post("/prenumerera", data={"csrf_token": token, **data})
    assert r.status_code == 400
    soup = BeautifulSoup(r.get_data(as_text=True), "html.parser")
    message = soup.find(id="fel")
    assert message is not None
    return message.get_text(), {name: dict(soup.find(id=name).attrs) for name in ("organ", "epost")}


def test_no_body_chosen_is_said_at_the_list_of_bodies(client, world):
    message, attrs = fields(client, {"organ": "", "epost": "anna@example.se"})
    assert message == "Välj vilket organ du vill få påminnelser om."
    assert attrs["organ"].get("aria-describedby") == "fel" and attrs["organ"].get("aria-invalid") == "true"
    assert "aria-describedby" not in attrs["epost"] and "aria-invalid" not in attrs["epost"]


def test_an_unknown_body_is_said_at_the_list_of_bodies(client, world):
    message, attrs = fields(client, {"organ": "finns-inte", "epost": "anna@example.se"})
    assert message == "Välj vilket organ du vill få påminnelser om."
    assert attrs["organ"].get("aria-describedby") == "fel" and "aria-describedby" not in attrs["epost"]


def test_a_bad_address_is_said_at_the_address(client, world):
    message, attrs = fields(client, {"organ": world.body_slug, "epost": "inte en adress"})
    assert message.startswith("Ange en giltig e-postadress")
    assert attrs["epost"].get("aria-describedby") == "fel" and attrs["epost"].get("aria-invalid") == "true"
    assert "aria-describedby" not in attrs["organ"]
