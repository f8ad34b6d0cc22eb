"""Turn reminder content into email messages (Swedish, text + HTML from templates) and send them.

`render_*` functions are pure: values in, an `email.message.Message` out (the compat32 API,
several times faster to build and flatten than EmailMessage's header registry). `Mailer` is the
one end that talks to the outside: "smtp" keeps one connection open to the configured server,
"outbox" writes .eml files into a folder for dry runs.
"""

from __future__ import annotations

import binascii
import datetime as dt
import functools
import os
import re
import smtplib
import ssl
import uuid
from dataclasses import dataclass
from email import encoders
from email.header import Header
from email.message import Message
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.nonmultipart import MIMENonMultipart
from email.policy import Compat32
from email.utils import format_datetime, formataddr, getaddresses, parseaddr
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import quote
from zoneinfo import ZoneInfo

import jinja2

from planner.config import Settings
from planner.swedish import format_date_sv, format_time_sv, format_when_sv

TEMPLATES = Path(__file__).resolve().parent / "templates" / "mail"
class _Policy(Compat32):
    """compat32, with short plain-ASCII headers written as they are (no Header folding machinery)."""

    def _fold(self, name: str, value: Any, sanitize: bool) -> str:
        if isinstance(value, str) and value.isascii() and "\n" not in value and "\r" not in value:
            if len(name) + len(value) + 2 <= 78:
                return f"{name}: {value}{self.linesep}"
            if ", <" in value:  # a list of <URI>s (List-Unsubscribe): one per line, none split
                return f"{name}: " + f",{self.linesep} <".join(value.split(", <")) + self.linesep
        folded: str = super()._fold(name, value, sanitize)  # type: ignore[misc]
        return folded


POLICY = _Policy()
# RFC 4954: the server wants a login first ([mail] user), at MAIL FROM or at RCPT TO.
AUTH_REQUIRED = 530
KIND_SV = {"meeting": "möte", "workshop": "workshop", "deadline": "sista dag", "conference": "konferens"}


@dataclass(frozen=True, slots=True)
class AgendaLine:
    number: str
    title: str
    origin: str | None  # where a carried item comes from: "bordlagd 2026-02-10, punkt 5"


@dataclass(frozen=True, slots=True)
class TargetContent:
    """What a reminder says about one meeting or event (built from store rows by notifications.send)."""

    uid: str
    kind: str
    what: str
    date: dt.date
    end_date: dt.date | None
    start: dt.time | None
    end: dt.time | None
    venue: str | None
    online: str | None
    page_url: str
    agenda: tuple[AgendaLine, ...]
    due_text: str | None  # deadlines: what is due, when the minutes said more than the title
    ics: bytes | None  # the event's calendar (METHOD:PUBLISH, the feed's UID)
    ics_filename: str = "handelse.ics"
    agenda_published: bool = False  # the secretary's published agenda, not the planner's draft


@dataclass(frozen=True, slots=True)
class Letter:
    """Per-recipient facts of one mail."""

    to: str
    message_id: str
    now: dt.datetime
    scope_name: str
    unsubscribe_url: str
    unsubscribe_mailto: str


class SendError(Exception):
    """An SMTP failure: `permanent` for 5xx replies about the recipient, otherwise worth retrying.

    `server` marks a refusal of our own session (greeting, TLS, login, the sender address,
    authentication required): no mail gets through until the settings or the server change, and
    it says nothing about the recipient, so it is never permanent.
    """

    def __init__(self, message: str, *, permanent: bool, code: int | None = None, server: bool = False) -> None:
        super().__init__(message)
        self.permanent = permanent and not server
        self.code = code
        self.server = server


# ---------------------------------------------------------------------------
# Swedish wording


def format_when(c: TargetContent) -> str:
    """'torsdag 12 mars 2026 kl. 9.00–12.00', or a date range for a multi-day event."""
    return format_when_sv(c.date, end_date=c.end_date, start=c.start, end=c.end)


def format_where(c: TargetContent) -> str:
    parts = [p for p in (c.venue, c.online) if p]
    return ", ".join(parts) if parts and c.venue != c.online else (c.venue or c.online or "")


def relative_day(day: dt.date, today: dt.date) -> str:
    """'i dag', 'i morgon', 'om en vecka', 'om 3 dagar'."""
    days = (day - today).days
    if days <= 0:
        return "i dag"
    if days == 1:
        return "i morgon"
    if days == 7:
        return "om en vecka"
    if days == 14:
        return "om två veckor"
    return f"om {days} dagar"


# ---------------------------------------------------------------------------
# Rendering


@functools.cache
def _templates() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        autoescape=jinja2.select_autoescape(enabled_extensions=("html",), default_for_string=False),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def _render(name: str, **values: object) -> str:
    return _templates().get_template(name).render(**values)


def new_message_id(settings: Settings) -> str:
    """Return a fresh, globally unique Message-ID ('<32 hex digits@domain>', short enough not to fold)."""
    return f"<{uuid.uuid4().hex}@{settings.calendars.domain}>"


def _text_part(text: str, subtype: str) -> MIMENonMultipart:
    part = MIMENonMultipart("text", subtype, policy=POLICY, charset="utf-8")
    del part["MIME-Version"]  # only the top of the message needs it (_base adds it there)
    # Quoted-printable (readable in the raw message, 7-bit safe), encoded by binascii in C:
    # email.quoprimime does it character by character in Python.
    part["Content-Transfer-Encoding"] = "quoted-printable"
    part.set_payload(binascii.b2a_qp(text.encode("utf-8"), istext=True).decode("ascii"))
    return part


def _base(settings: Settings, body: Message, *, to: str, subject: str, message_id: str,
          now: dt.datetime) -> Message:
    """Put the envelope headers on `body` (the top MIME part) and return it."""
    name, addr = parseaddr(settings.mail.sender)
    body["From"] = formataddr((name, addr), charset="utf-8")
    body["To"] = to
    if settings.mail.reply_to:
        # As From: a name with å, ä or ö is encoded alone; the whole value as one encoded word hid the address.
        body["Reply-To"] = formataddr(parseaddr(settings.mail.reply_to), charset="utf-8")
    body["Subject"] = Header(subject, "utf-8", header_name="Subject")  # type: ignore[assignment]  # compat32 folds it
    body["Date"] = format_datetime(now.astimezone(ZoneInfo(settings.calendars.timezone)))
    body["Message-ID"] = message_id
    body["Content-Language"] = "sv"
    body["Auto-Submitted"] = "auto-generated"
    if "MIME-Version" not in body:
        body["MIME-Version"] = "1.0"
    return body


def _unsubscribe_headers(msg: Message, letter: Letter) -> None:
    # RFC 2369 + RFC 8058: https first (one-click POST goes there), mailto as the fallback.
    msg["List-Unsubscribe"] = f"<{letter.unsubscribe_url}>, <{letter.unsubscribe_mailto}>"
    msg["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"


def _boundary() -> str:
    # Random, so it never occurs in the content; given here, the generator does not search the
    # flattened parts for a free one with a fresh regex per message.
    return f"=_{uuid.uuid4().hex}"


def _alternative(text: str, html: str) -> MIMEMultipart:
    alternative = MIMEMultipart("alternative", _subparts=[_text_part(text, "plain"), _text_part(html, "html")],
                                boundary=_boundary(), policy=POLICY)
    return alternative


def _with_ics(inner: Message, c: TargetContent) -> Message:
    """Return `inner` alone, or multipart/mixed of `inner` and the event's .ics attachment."""
    if c.ics is None:
        return inner
    del inner["MIME-Version"]
    ics = MIMEBase("text", "calendar", policy=POLICY, method="PUBLISH", charset="utf-8")
    del ics["MIME-Version"]
    ics.set_payload(c.ics)
    encoders.encode_base64(ics)  # base64 keeps the CRLF line ends of RFC 5545 intact through SMTP
    ics.add_header("Content-Disposition", "attachment", filename=c.ics_filename)
    return MIMEMultipart("mixed", _subparts=[inner, ics], boundary=_boundary(), policy=POLICY)


def unsubscribe_mailto(settings: Settings, token: str) -> str:
    """Return the mailto: URI of List-Unsubscribe (to the sender address, token in the subject)."""
    _, addr = parseaddr(settings.mail.sender)
    return f"mailto:{addr}?subject={quote('unsubscribe ' + token)}"


def reminder_subject(c: TargetContent, today: dt.date) -> str:
    if c.kind == "deadline":
        return f"Påminnelse: sista dag {relative_day(c.date, today)} – {c.what}"
    return f"Påminnelse: {c.what} {relative_day(c.date, today)} ({format_date_sv(c.date)})"


def render_reminder(c: TargetContent, letter: Letter, settings: Settings) -> Message:
    """Build one reminder mail to one recipient: text + HTML alternatives and the .ics attachment."""
    today = letter.now.astimezone(ZoneInfo(settings.calendars.timezone)).date()
    subject = reminder_subject(c, today)
    values = {"c": c, "when": format_when(c), "where": format_where(c), "relative": relative_day(c.date, today),
              "subject": subject, "scope_name": letter.scope_name, "unsubscribe_url": letter.unsubscribe_url}
    body = _with_ics(_alternative(_render("reminder.txt", **values), _render("reminder.html", **values)), c)
    msg = _base(settings, body, to=letter.to, subject=subject, message_id=letter.message_id, now=letter.now)
    _unsubscribe_headers(msg, letter)
    return msg


def render_cancellation(c: TargetContent, letter: Letter, settings: Settings) -> Message:
    """Build the notice that an event the recipient was reminded of is cancelled."""
    subject = f"INSTÄLLT: {c.what} {format_date_sv(c.date)}"
    values = {"c": c, "when": format_when(c), "where": format_where(c), "subject": subject,
              "scope_name": letter.scope_name, "unsubscribe_url": letter.unsubscribe_url}
    body = _with_ics(_alternative(_render("cancellation.txt", **values), _render("cancellation.html", **values)), c)
    msg = _base(settings, body, to=letter.to, subject=subject, message_id=letter.message_id, now=letter.now)
    _unsubscribe_headers(msg, letter)
    return msg


def render_change(c: TargetContent, letter: Letter, settings: Settings, *, previous: dt.date | None) -> Message:
    """Build the notice that an event the recipient was reminded of has a new date."""
    subject = f"NYTT DATUM: {c.what} {format_date_sv(c.date)}"
    values = {"c": c, "when": format_when(c), "where": format_where(c), "subject": subject,
              "previous": format_date_sv(previous) if previous else None,
              "scope_name": letter.scope_name, "unsubscribe_url": letter.unsubscribe_url}
    body = _with_ics(_alternative(_render("change.txt", **values), _render("change.html", **values)), c)
    msg = _base(settings, body, to=letter.to, subject=subject, message_id=letter.message_id, now=letter.now)
    _unsubscribe_headers(msg, letter)
    return msg


def render_confirmation(*, to: str, scope_name: str, confirm_url: str, valid_days: int, now: dt.datetime,
                        settings: Settings) -> Message:
    """Build the double opt-in mail with its signed, expiring link."""
    subject = f"Bekräfta påminnelser från {scope_name}"
    values = {"subject": subject, "scope_name": scope_name, "confirm_url": confirm_url, "valid_days": valid_days}
    body = _alternative(_render("confirm.txt", **values), _render("confirm.html", **values))
    return _base(settings, body, to=to, subject=subject, message_id=new_message_id(settings), now=now)


def render_unsubscribe_links(*, to: str, links: list[tuple[str, str]], now: dt.datetime,
                             settings: Settings) -> Message:
    """Build the mail with an address's unsubscribe links (asked for on the web's unsubscribe form)."""
    body = _text_part(_render("unsubscribe_links.txt", links=links), "plain")
    return _base(settings, body, to=to, subject="Avsluta prenumeration på påminnelser",
                 message_id=new_message_id(settings), now=now)


def render_test(*, to: str, now: dt.datetime, settings: Settings) -> Message:
    """Build the mail of `planner mail test ADDRESS`."""
    local = now.astimezone(ZoneInfo(settings.calendars.timezone))
    when = f"{format_date_sv(local.date())} kl. {format_time_sv(local.time())}"
    body = _text_part(_render("test.txt", when=when), "plain")
    return _base(settings, body, to=to, subject="Testbrev från Forumplaneraren", message_id=new_message_id(settings),
                 now=now)


# ---------------------------------------------------------------------------
# Sending


class Mailer(Protocol):
    def send(self, msg: Message) -> None: ...

    def close(self) -> None: ...


class SmtpMailer:
    """Send through the configured SMTP server, keeping one connection open between messages."""

    def __init__(self, settings: Settings, password: str | None = None) -> None:
        self.mail = settings.mail
        self.password = password if password is not None else os.environ.get("PLANNER_MAIL_PASSWORD", "")
        self._smtp: smtplib.SMTP | None = None

    def _connect(self) -> smtplib.SMTP:
        m = self.mail
        try:
            smtp: smtplib.SMTP
            if m.security == "ssl":
                smtp = smtplib.SMTP_SSL(m.host, m.port, timeout=m.timeout_seconds,
                                        context=ssl.create_default_context())
            else:
                smtp = smtplib.SMTP(m.host, m.port, timeout=m.timeout_seconds)
                if m.security == "starttls":
                    smtp.starttls(context=ssl.create_default_context())
            if m.user:
                smtp.login(m.user, self.password)
        except smtplib.SMTPResponseException as err:
            raise SendError(f"{m.host}:{m.port}: {err.smtp_code} {_text(err.smtp_error)}", permanent=False,
                            code=err.smtp_code, server=True) from err
        except (OSError, smtplib.SMTPException) as err:
            raise SendError(f"{m.host}:{m.port}: {err}", permanent=False) from err
        return smtp

    def send(self, msg: Message) -> None:
        """Send one message; raise SendError (permanent for 5xx) when the server does not accept it."""
        envelope = [addr for _, addr in getaddresses([str(msg.get("From", "")), str(msg.get("To", ""))])]
        if not all(addr.isascii() for addr in envelope):
            # Would need SMTPUTF8, which our compat32 messages cannot be sent with: smtplib raises a
            # TypeError that stopped the whole worker. Subscriptions refuse such addresses now; one
            # stored before fails as undeliverable (and bounces), the other recipients still get theirs.
            raise SendError(f"{msg.get('To')}: an address with non-ASCII letters before the @ needs SMTPUTF8, "
                            "which is not supported", permanent=True)
        to = str(msg.get("To", ""))
        if [addr for _, addr in getaddresses([to])] != [to]:
            # smtplib reads the envelope's recipients out of the To header: a stored string that is header
            # syntax, no address (`x:anna@kommun.se`, `a;b@kommun.se`), went to another address or to several.
            # Subscriptions refuse such strings now; one stored before fails alone, as undeliverable.
            raise SendError(f"{to}: not an email address", permanent=True)
        if self._smtp is None:
            self._smtp = self._connect()
        try:
            refused = self._smtp.send_message(msg)
        except smtplib.SMTPSenderRefused as err:
            # MAIL FROM refused (the sender address, or authentication required): no fault of the recipient.
            self._reset()
            raise SendError(f"{self.mail.host}:{self.mail.port}: sender {_text(err.sender)} refused: {err.smtp_code} "
                            f"{_text(err.smtp_error)}", permanent=False, code=err.smtp_code, server=True) from err
        except smtplib.SMTPRecipientsRefused as err:
            code, text = next(iter(err.recipients.values()))
            self._reset()
            if code == AUTH_REQUIRED:  # refused for want of a login, whoever the recipient
                raise SendError(f"{self.mail.host}:{self.mail.port}: {code} {_text(text)}", permanent=False,
                                code=code, server=True) from err
            raise SendError(f"{code} {_text(text)}", permanent=code >= 500, code=code) from err
        except smtplib.SMTPResponseException as err:
            self._reset()
            raise SendError(f"{err.smtp_code} {_text(err.smtp_error)}", permanent=err.smtp_code >= 500,
                            code=err.smtp_code) from err
        except (OSError, smtplib.SMTPException) as err:
            self.close()
            raise SendError(str(err) or type(err).__name__, permanent=False) from err
        if refused:  # only possible with several recipients; we always send to one
            code, text = next(iter(refused.values()))
            raise SendError(f"{code} {_text(text)}", permanent=code >= 500, code=code)

    def _reset(self) -> None:
        # After a refusal the session is still usable once RSET; otherwise start afresh.
        try:
            if self._smtp is not None:
                self._smtp.rset()
        except (OSError, smtplib.SMTPException):
            self.close()

    def close(self) -> None:
        smtp, self._smtp = self._smtp, None
        if smtp is None:
            return
        try:
            smtp.quit()
        except (OSError, smtplib.SMTPException):
            smtp.close()


class OutboxMailer:
    """Write each message as an .eml file into a folder (dry runs, development)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder

    def send(self, msg: Message) -> None:
        stem = re.sub(r"[^A-Za-z0-9._-]+", "_", str(msg["Message-ID"]).strip("<>")) or "message"
        path = self.folder / f"{stem}.eml"
        tmp = path.with_suffix(".tmp")
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            tmp.write_bytes(msg.as_bytes(policy=msg.policy.clone(linesep="\r\n")))
            tmp.replace(path)  # a crash never leaves half a file under the final name
        except OSError as err:  # a folder that cannot be made or written (or a full disk): tried again later
            raise SendError(f"outbox {self.folder}: cannot write: {err.strerror or err}", permanent=False) from err

    def close(self) -> None:
        pass


def make_mailer(settings: Settings) -> Mailer:
    """Return the mailer chosen by [mail] backend."""
    if settings.mail.backend == "outbox":
        return OutboxMailer(settings.outbox_dir)
    return SmtpMailer(settings)


def _text(value: bytes | str) -> str:
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else value
