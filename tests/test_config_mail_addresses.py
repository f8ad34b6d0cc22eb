"""[mail] sender and reply_to are checked at start-up: one address, written in ASCII.

`sender = "Forum, Kansli <kansli@region.se>"` (the name not quoted) sent every mail "From: Forum", with no
address at all; "a@b.se, c@d.se" gave a From of its first address only; an address with å, ä or ö
(`sender = "Kansliet <kansli@växjö.se>"`) stopped `planner mail test` and every reminder with a traceback
(UnicodeEncodeError from email.utils.formataddr); `reply_to = "kansliet"` was sent as it was.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from planner.cli import cli
from planner.config import load_settings
from planner.errors import ConfigError

EXAMPLE = "'Forumplaneraren <kalender@forumplanner.local>'"
NOT_ONE = f"must be one address such as {EXAMPLE}"
NOT_ASCII = ("must have an address in ASCII (letters such as å, ä, ö only in the name; a domain such as 'växjö.se' "
             "as 'xn--vxj-qla6g.se')")


@pytest.mark.parametrize(("key", "value", "message"), [
    ("sender", "kansliet", NOT_ONE),
    ("sender", "", NOT_ONE),
    ("sender", "Forum, Kansli <kansli@region.se>", NOT_ONE),
    ("sender", "a@region.se, b@region.se", NOT_ONE),
    ("reply_to", "kansliet", NOT_ONE),
    ("sender", "Kansliet <kansli@växjö.se>", NOT_ASCII),
    ("reply_to", "Åsa <åsa@region.se>", NOT_ASCII),
])
def test_a_mail_address_that_cannot_be_sent_stops_start_up(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                           key: str, value: str, message: str) -> None:
    config = tmp_path / "planner.toml"
    config.write_text(f'[mail]\n{key} = "{value}"\n', encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_settings(config, env={})
    assert str(err.value) == f"{config}: [mail] {key} {message}, got {value!r}"
    name = f"PLANNER_MAIL_{key.upper()}"
    with pytest.raises(ConfigError) as err:
        monkeypatch.chdir(tmp_path)  # no config.toml there
        load_settings(env={name: value})
    assert str(err.value) == f"{name}: [mail] {key} {message}, got {value!r}"


@pytest.mark.parametrize(("key", "value"), [
    ("sender", "kalender@forumplanner.local"), ("sender", "<kalender@forumplanner.local>"),
    ("sender", "Kansliet i Växjö <kansli@xn--vxj-qla6g.se>"), ("sender", '"Forum, Kansli" <kansli@region.se>'),
    ("reply_to", ""), ("reply_to", "Åsa Öberg <asa.oberg@region.se>"),
])
def test_addresses_that_can_be_sent_are_taken(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, key: str,
                                               value: str) -> None:
    monkeypatch.chdir(tmp_path)
    assert getattr(load_settings(env={f"PLANNER_MAIL_{key.upper()}": value}).mail, key) == value


def test_mail_test_names_the_bad_sender_in_one_line(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text('[mail]\nbackend = "outbox"\nsender = "Kansliet <kansli@växjö.se>"\n', encoding="utf-8")
    result = CliRunner().invoke(cli, ["--config", str(config), "mail", "test", "anna@kommun.se"])
    assert result.exit_code == 2
    assert result.stderr.startswith(f"error: {config}: [mail] sender must have an address in ASCII")
    assert len(result.stderr.splitlines()) == 1
