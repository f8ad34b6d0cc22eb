"""The unsubscribe form emptied the address field when it refused the address.

The page said what was wrong ("Ange den e-postadress ...") but the visitor had to type the address
again; the subscribe form already kept it. Now both keep it and point the field at the message.
"""

from __future__ import annotations

from .conftest import csrf_token


def test_unsubscribe_error_keeps_the_address(client, world):
    token = csrf_token(client, "/avregistrera")
    r = client.post("/avregistrera", data={"csrf_token": token, "epost": "anna.kommun.se"})
    page = r.get_data(as_text=True)
    assert r.status_code == 400 and "Ange den e-postadress som du prenumererar med." in page
    assert 'value="anna.kommun.se" aria-describedby="fel"' in page
