"""Load config.toml into frozen settings, with PLANNER_<TABLE>_<KEY> environment overrides.

The file is chosen by the `path` argument, then PLANNER_CONFIG, then ./config.toml. A bad
value or an unknown key fails at start-up with one line naming file, table, key and value.
"""

from __future__ import annotations

import dataclasses
import os
import re
import secrets
import tomllib
import typing
import urllib.parse
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from planner.errors import ConfigError


@dataclass(frozen=True, slots=True)
class DatabaseSettings:
    url: str = ""
    instance_path: str = "instance"


@dataclass(frozen=True, slots=True)
class WebSettings:
    host: str = "127.0.0.1"
    port: int = 8000
    base_url: str = ""
    secret_key: str = ""
    max_upload_mb: int = 20
    extract_per_minute: int = 30
    auto_publish: str = "high"
    threads: int = 8


@dataclass(frozen=True, slots=True)
class CalendarSettings:
    timezone: str = "Europe/Stockholm"
    domain: str = "forumplanner.local"
    cancelled_days: int = 30
    months_back: int = 12
    refresh_minutes: int = 60


@dataclass(frozen=True, slots=True)
class ReminderSettings:
    meeting_days: tuple[int, ...] = (7, 1)
    workshop_days: tuple[int, ...] = (7, 1)
    deadline_days: tuple[int, ...] = (3,)
    other_days: tuple[int, ...] = (7,)
    send_at: str = "08:00"
    check_every_minutes: int = 5

    def days_for(self, kind: str) -> tuple[int, ...]:
        """Return the reminder offsets (days before) for an event kind."""
        return {
            "meeting": self.meeting_days,
            "workshop": self.workshop_days,
            "deadline": self.deadline_days,
        }.get(kind, self.other_days)


@dataclass(frozen=True, slots=True)
class MailSettings:
    backend: str = "smtp"
    host: str = "127.0.0.1"
    port: int = 8025
    security: str = "none"
    user: str = ""
    password: str = ""
    sender: str = "Forumplaneraren <kalender@forumplanner.local>"
    reply_to: str = ""
    outbox: str = "outbox"
    timeout_seconds: int = 30


@dataclass(frozen=True, slots=True)
class Settings:
    database: DatabaseSettings = field(default_factory=DatabaseSettings)
    web: WebSettings = field(default_factory=WebSettings)
    calendars: CalendarSettings = field(default_factory=CalendarSettings)
    reminders: ReminderSettings = field(default_factory=ReminderSettings)
    mail: MailSettings = field(default_factory=MailSettings)
    # Folder that relative paths (instance_path, outbox) are resolved against.
    root: Path = field(default_factory=Path.cwd)

    @property
    def instance_dir(self) -> Path:
        """Return the instance folder (SQLite file, uploads, secret key, outbox)."""
        p = Path(self.database.instance_path)
        return p if p.is_absolute() else self.root / p

    @property
    def database_url(self) -> str:
        """Return the database URL; the default is a SQLite file in the instance folder."""
        if self.database.url:
            return self.database.url
        return f"sqlite:///{self.instance_dir / 'planner.sqlite3'}"

    @property
    def base_url(self) -> str:
        """Return the public base URL without a trailing slash."""
        return (self.web.base_url or f"http://{self.web.host}:{self.web.port}").rstrip("/")

    @property
    def outbox_dir(self) -> Path:
        p = Path(self.mail.outbox)
        return p if p.is_absolute() else self.instance_dir / p

    def secret_key(self) -> str:
        """Return the configured secret, or one kept in the instance folder (made on first use)."""
        if self.web.secret_key:
            return self.web.secret_key
        path = self.instance_dir / "secret_key"
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(secrets.token_urlsafe(48))
            path.chmod(0o600)
        return path.read_text().strip()

    def replace(self, **tables: Any) -> Settings:
        """Return a copy with whole tables or single keys replaced: replace(mail={"port": 2525})."""
        changes: dict[str, Any] = {}
        for name, value in tables.items():
            current = getattr(self, name)
            if isinstance(value, dict):
                value = dataclasses.replace(current, **value)
            changes[name] = value
        return dataclasses.replace(self, **changes)


_TABLES: dict[str, type[Any]] = {
    "database": DatabaseSettings,
    "web": WebSettings,
    "calendars": CalendarSettings,
    "reminders": ReminderSettings,
    "mail": MailSettings,
}

_CHOICES = {
    ("mail", "backend"): ("smtp", "outbox"),
    ("mail", "security"): ("none", "starttls", "ssl"),
    ("web", "auto_publish"): ("high", "all", "none"),
}


def _coerce(source: str, table: str, key: str, kind: Any, value: Any, from_env: bool = False) -> Any:
    where = f"{source}: [{table}] {key}"
    origin = typing.get_origin(kind)
    if kind is int:
        if isinstance(value, str) and value.strip().lstrip("-").isdigit():
            return int(value)
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        raise ConfigError(f"{where} must be a whole number, got {value!r}")
    if kind is str:
        if isinstance(value, str):
            return value
        raise ConfigError(f"{where} must be a string, got {value!r}")
    if origin is tuple:
        if isinstance(value, str) and from_env:
            value = value.replace(",", " ").split()
        if not isinstance(value, list):
            raise ConfigError(f"{where} must be a list of whole days, got {value!r}")
        days: list[int] = []
        for n, v in enumerate(value, 1):  # the first wrong entry is named, not the whole (maybe long) list
            if isinstance(v, str) and v.strip().isdigit():
                v = int(v)
            if not isinstance(v, int) or isinstance(v, bool):
                raise ConfigError(f"{where} must be a list of whole days, entry {n} is {v!r}")
            if v < 0:
                raise ConfigError(f"{where} must not be negative, entry {n} is {v!r}")
            if v > MAX_DAYS_BEFORE:
                raise ConfigError(f"{where} must be at most {MAX_DAYS_BEFORE} days, entry {n} is {v!r}")
            days.append(v)
        return tuple(days)
    raise ConfigError(f"{where}: unsupported setting type")  # pragma: no cover


def load_settings(path: str | Path | None = None, env: typing.Mapping[str, str] | None = None) -> Settings:
    """Read config.toml (or defaults when it does not exist) and apply environment overrides."""
    env = os.environ if env is None else env
    chosen = Path(path or env.get("PLANNER_CONFIG") or "config.toml")
    raw: dict[str, Any] = {}
    if chosen.exists():
        try:
            data = chosen.read_bytes()
            # A byte order mark first: Windows' Notepad saved UTF-8 so; tomllib calls it "Invalid statement".
            raw = tomllib.loads(data.decode("utf-8").removeprefix("\ufeff"))
        except tomllib.TOMLDecodeError as err:
            # "Expected '=' ... (at line 3, column 5)": the line goes where every other error of a file has it.
            found = re.fullmatch(r"(.*) \(at line (\d+), column (\d+)\)", str(err), re.DOTALL)
            if found is not None:
                message, line, column = found.groups()
                raise ConfigError(f"{chosen}:{line}: not valid TOML: {message} (column {column})") from err
            if str(err).endswith(" (at end of document)"):
                message, line = str(err).removesuffix(" (at end of document)"), data.rstrip(b"\n").count(b"\n") + 1
                raise ConfigError(f"{chosen}:{line}: not valid TOML: {message} (at the end of the file)") from err
            raise ConfigError(f"{chosen}: not valid TOML: {err}") from err
        except UnicodeDecodeError as err:  # TOML is UTF-8; a file saved as Latin-1 (or a binary file)
            line = data[:err.start].count(b"\n") + 1
            raise ConfigError(f"{chosen}:{line}: not valid TOML: not UTF-8 text") from err
        except OSError as err:  # a folder (PLANNER_CONFIG=/etc/planner), a file we may not read
            raise ConfigError(f"{chosen}: cannot read config file: {err.strerror or err}") from err
    elif path is not None or env.get("PLANNER_CONFIG"):
        raise ConfigError(f"{chosen}: config file not found")
    source = str(chosen)
    for table in raw:
        if table not in _TABLES:
            raise ConfigError(f"{source}: unknown table [{table}]")
    tables: dict[str, Any] = {}
    for table, cls in _TABLES.items():
        hints = typing.get_type_hints(cls)
        values: dict[str, Any] = {}
        origin: dict[str, str] = {}  # where each value came from: the file, or the environment variable
        given = raw.get(table, {})
        if not isinstance(given, dict):
            raise ConfigError(f"{source}: [{table}] must be a table")
        for key, value in given.items():
            if key not in hints:
                raise ConfigError(f"{source}: unknown key [{table}] {key}")
            if table == "mail" and key == "password":
                raise ConfigError(f"{source}: [mail] password must come from PLANNER_MAIL_PASSWORD, not the file")
            values[key] = _coerce(source, table, key, hints[key], value)
            origin[key] = source
        for key in hints:
            name = _variable(table, key)
            if name in env:
                values[key] = _coerce(name, table, key, hints[key], env[name], from_env=True)
                origin[key] = name
        for (t, key), allowed in _CHOICES.items():
            if t == table and key in values and values[key] not in allowed:
                raise ConfigError(f"{origin[key]}: [{table}] {key} must be one of {', '.join(allowed)}, "
                                  f"got {values[key]!r}")
        for key in _POSITIVE.get(table, ()):
            if key in values and values[key] < 1:
                raise ConfigError(f"{origin[key]}: [{table}] {key} must be at least 1, got {values[key]!r}")
        for key in _NOT_NEGATIVE.get(table, ()):
            if key in values and values[key] < 0:
                raise ConfigError(f"{origin[key]}: [{table}] {key} must not be negative, got {values[key]!r}")
        for key, most in _AT_MOST.get(table, {}).items():
            if key in values and values[key] > most:
                raise ConfigError(f"{origin[key]}: [{table}] {key} must be at most {most}, got {values[key]!r}")
        for key in _PORTS.get(table, ()):
            if key in values and not 1 <= values[key] <= 65535:
                raise ConfigError(f"{origin[key]}: [{table}] {key} must be a port from 1 to 65535, got {values[key]!r}")
        if table == "reminders" and "send_at" in values:
            _check_clock(origin["send_at"], values["send_at"])
        if table == "calendars" and "timezone" in values:
            _check_timezone(origin["timezone"], values["timezone"])
        if table == "web" and values.get("base_url"):
            _check_base_url(origin["base_url"], values["base_url"])
        if table == "calendars" and "domain" in values:
            _check_domain(origin["domain"], values["domain"])
        if table == "mail" and "outbox" in values and not values["outbox"].strip():
            # An empty folder name is the instance folder itself: mail among the database and the secret key.
            raise ConfigError(f"{origin['outbox']}: [mail] outbox must name a folder, got {values['outbox']!r}")
        if table == "mail":
            for key in ("sender", "reply_to"):
                if key in values and (values[key] or key == "sender"):
                    _check_address(origin[key], key, values[key])
        if table == "database" and values.get("url"):
            _check_database_url(origin["url"], values["url"])
        tables[table] = cls(**values)
    root = chosen.resolve().parent if chosen.exists() else Path.cwd()
    return Settings(root=root, **tables)


def _variable(table: str, key: str) -> str:
    """The environment variable that overrides a setting: [mail] port -> PLANNER_MAIL_PORT."""
    return f"PLANNER_{table}_{key}".upper()


# Variables of ours that are no setting: read by the commands themselves (PLANNER_CONFIG, PLANNER_CLOCK,
# PLANNER_USER_PASSWORD), by scripts/run.sh (PLANNER_ADMIN_PASSWORD) and by the tests and benchmarks.
OTHER_VARIABLES = frozenset({"PLANNER_CONFIG", "PLANNER_CLOCK", "PLANNER_USER_PASSWORD", "PLANNER_ADMIN_PASSWORD",
                             "PLANNER_TEST_POSTGRES_URL", "PLANNER_BENCH_POSTGRES_URL"})


def unknown_variables(env: typing.Mapping[str, str] | None = None) -> list[str]:
    """Return a line for each PLANNER_* environment variable that is no setting, naming the one meant when one
    is close ("PLANNER_INSTANCE_PATH ... did you mean PLANNER_DATABASE_INSTANCE_PATH?").

    A misspelt override is otherwise ignored without a word: the planner ran with the file's value (or the
    default) while its operator believed it set.
    """
    import difflib

    env = os.environ if env is None else env
    settings = sorted(_variable(table, key) for table, cls in _TABLES.items() for key in typing.get_type_hints(cls))
    lines = []
    for name in sorted(env):
        if name.startswith("PLANNER_") and name not in settings and name not in OTHER_VARIABLES:
            # Compared without the prefix all share, so that only a name really like a setting's is offered.
            close = difflib.get_close_matches(name.removeprefix("PLANNER_"), [n.removeprefix("PLANNER_")
                                                                               for n in settings], n=1, cutoff=0.6)
            lines.append(f"{name} is no setting and is ignored"
                         + (f" (did you mean PLANNER_{close[0]}?)" if close else ""))
    return lines


# Whole numbers where zero or less makes no sense (a zero refresh interval or SMTP timeout fails
# later, deep inside icalendar or smtplib, with a traceback instead of this one line).
_POSITIVE = {"web": ("max_upload_mb", "extract_per_minute", "threads"), "calendars": ("refresh_minutes",),
             "reminders": ("check_every_minutes",), "mail": ("timeout_seconds",)}
_NOT_NEGATIVE = {"calendars": ("cancelled_days", "months_back")}
_PORTS = {"web": ("port",), "mail": ("port",)}
# Spans of time past which date arithmetic leaves the years Python can hold (a traceback deep in the feeds
# or the worker): a hundred years of feed, ten years of cancelled meetings and of reminders ahead.
# So too for the intervals: a refresh of the feeds, a check of the worker or an SMTP timeout of a hundred years
# overflowed (OverflowError in `calendar export`, the feeds, `planner worker` and `mail test`).
_AT_MOST = {"calendars": {"months_back": 1200, "cancelled_days": 3650, "refresh_minutes": 525600},
            "reminders": {"check_every_minutes": 1440}, "mail": {"timeout_seconds": 3600}}
MAX_DAYS_BEFORE = 3650


def _check_timezone(source: str, value: str) -> None:
    # ValueError: not a key at all (an absolute path); OSError: a folder of zones such as "Europe".
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        raise ConfigError(f"{source}: [calendars] timezone must be an IANA time zone such as "
                          f"'Europe/Stockholm', got {value!r}") from None


def _check_database_url(source: str, value: str) -> None:
    from planner.db import parse_url  # SQLAlchemy only when a URL is given: `planner extract` stays fast

    try:
        url = parse_url(value)
    except ConfigError as err:
        raise ConfigError(f"{source}: {err}") from None
    if url.get_backend_name() == "sqlite" and url.database in (None, "", ":memory:"):
        # `PLANNER_DATABASE_URL=sqlite:///$DB` with DB unset is "sqlite:///", a database in memory: ingest said
        # "5 new" and kept nothing, every other command saw an empty planner.
        raise ConfigError(f"{source}: [database] url {value!r} names no SQLite file (a database in memory keeps "
                          "nothing; expected e.g. 'sqlite:////path/planner.sqlite3')")


def _check_base_url(source: str, value: str) -> None:
    # Every link of the mails and pages begins with it: 'kalender.region.se' (no scheme) made links that lead
    # nowhere in a mail, and 'ftp://...' ones no browser opens.
    parts = urllib.parse.urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.hostname or any(ch.isspace() for ch in value):
        raise ConfigError(f"{source}: [web] base_url must be the site's address such as "
                          f"'https://kalender.region.se', got {value!r}")


_DOMAIN = re.compile(r"[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*", re.IGNORECASE)


def _check_domain(source: str, value: str) -> None:
    # The suffix of every UID in the feeds and of every Message-ID: '' and 'a b' made '<...@>' and '<...@a b>',
    # which mail servers and calendar programs take for malformed.
    if not _DOMAIN.fullmatch(value):
        raise ConfigError(f"{source}: [calendars] domain must be a domain name in ASCII such as "
                          f"'forumplanner.local' ('växjö.se' as 'xn--vxj-qla6g.se'), got {value!r}")


def _check_address(source: str, key: str, value: str) -> None:
    # The address goes into every mail's From (or Reply-To) header and the sender into MAIL FROM: a value that
    # is not one address sent mail "From: Forum" ('Forum, Kansli <a@b.se>', the name unquoted) or with two, and
    # an address with å, ä or ö stopped every mail with a traceback (UnicodeEncodeError).
    from email.utils import getaddresses

    found = getaddresses([value])
    address = found[0][1] if len(found) == 1 else ""
    local, at, domain = address.rpartition("@")
    if not (local and at and domain) or any(ch.isspace() or ch in "<>," for ch in address):
        raise ConfigError(f"{source}: [mail] {key} must be one address such as "
                          f"'Forumplaneraren <kalender@forumplanner.local>', got {value!r}")
    if not address.isascii():
        raise ConfigError(f"{source}: [mail] {key} must have an address in ASCII (letters such as å, ä, ö only in "
                          f"the name; a domain such as 'växjö.se' as 'xn--vxj-qla6g.se'), got {value!r}")


def _check_clock(source: str, value: str) -> None:
    parts = value.split(":")
    if len(parts) != 2 or not all(p.isdigit() for p in parts) or int(parts[0]) > 23 or int(parts[1]) > 59:
        raise ConfigError(f"{source}: [reminders] send_at must be HH:MM, got {value!r}")


