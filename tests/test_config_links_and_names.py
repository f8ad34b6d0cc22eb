"""Settings that go into every link, UID and Message-ID are checked at start-up.

- `[web] base_url = "kalender.region.se"` (no scheme) was taken: every link of the reminders and the
  confirmation mails was "kalender.region.se/mote/12", which mail programs do not open; "ftp://..." the same.
- `[calendars] domain = ""` (or with a space) made Message-IDs "<...@>" and feed UIDs "...@", which mail
  servers and calendar programs take for malformed.
- `[mail] outbox = ""` put the .eml files in the instance folder itself, among the database and the secret key.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from planner.config import load_settings
from planner.errors import ConfigError

BASE_URL = "must be the site's address such as 'https://kalender.region.se'"
DOMAIN = "must be a domain name in ASCII such as 'forumplanner.local' ('växjö.se' as 'xn--vxj-qla6g.se')"


@pytest.mark.parametrize(("table", "key", "value", "message"), [
    ("web", "base_url", "kalender.region.se", BASE_URL),
    ("web", "base_url", "ftp://kalender.region.se", BASE_URL),
    ("web", "base_url", "https://", BASE_URL),
    ("web", "base_url", "https://kalender region.se", BASE_URL),
    ("calendars", "domain", "", DOMAIN),
    ("calendars", "domain", "forum planner", DOMAIN),
    ("calendars", "domain", "växjö.se", DOMAIN),
    ("calendars", "domain", "forumplanner.local.", DOMAIN),
    ("mail", "outbox", "", "must name a folder"),
    ("mail", "outbox", "  ", "must name a folder"),
])
def test_a_value_no_link_or_name_can_be_made_of_stops_start_up(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                              table: str, key: str, value: str,
                                                              message: str) -> None:
    config = tmp_path / "planner.toml"
    config.write_text(f'[{table}]\n{key} = "{value}"\n', encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_settings(config, env={})
    assert str(err.value) == f"{config}: [{table}] {key} {message}, got {value!r}"
    monkeypatch.chdir(tmp_path)  # no config.toml there
    name = f"PLANNER_{table}_{key}".upper()
    with pytest.raises(ConfigError) as err:
        load_settings(env={name: value})
    assert str(err.value) == f"{name}: [{table}] {key} {message}, got {value!r}"


@pytest.mark.parametrize(("table", "key", "value"), [
    ("web", "base_url", ""), ("web", "base_url", "https://kalender.region.se/planner/"),
    ("web", "base_url", "http://127.0.0.1:8000"), ("calendars", "domain", "kalender.xn--vxj-qla6g.se"),
    ("calendars", "domain", "localhost"), ("mail", "outbox", "utkorg"),
])
def test_good_values_are_taken(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, table: str, key: str,
                               value: str) -> None:
    monkeypatch.chdir(tmp_path)
    settings = load_settings(env={f"PLANNER_{table}_{key}".upper(): value})
    assert getattr(getattr(settings, table), key) == value
