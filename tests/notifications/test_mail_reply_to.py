"""`[mail] reply_to = "Kansliet i Växjö <kansli@vaxjo.se>"` was put in the header as it was, and the whole
value became one encoded word ("=?utf-8?b?S2Fuc2xpZXQg...?="): mail clients saw no address to reply to.
The name is encoded alone, as in From."""

from __future__ import annotations

import datetime as dt
from email import message_from_bytes, policy
from pathlib import Path

import pytest

from notifications.mail import render_test
from planner.config import Settings


@pytest.mark.parametrize(("reply_to", "name", "address"), [
    ("Kansliet i Växjö <kansli@vaxjo.se>", "Kansliet i Växjö", "kansli@vaxjo.se"),
    ("kansli@vaxjo.se", "", "kansli@vaxjo.se"),
    ('"Forum, kansliet" <kansli@region.se>', "Forum, kansliet", "kansli@region.se"),
])
def test_reply_to_keeps_its_address(tmp_path: Path, reply_to: str, name: str, address: str) -> None:
    settings = Settings(root=tmp_path).replace(mail={"reply_to": reply_to})
    msg = render_test(to="anna@kommun.se", now=dt.datetime(2026, 3, 1, 9, tzinfo=dt.UTC), settings=settings)
    parsed = message_from_bytes(msg.as_bytes(), policy=policy.default)
    [mailbox] = parsed["Reply-To"].addresses
    assert (mailbox.display_name, mailbox.addr_spec) == (name, address)
