#!/usr/bin/env bash
# The main job on the embedded default (SQLite in instance/): set up, ingest seeds/, and run
# the web site, the calendar feeds and the reminder worker together, with a local SMTP sink
# (mail lands in instance/mail/ as a maildir) so reminders can be seen without a mail server.
# Usage: bash scripts/run.sh            (Ctrl-C stops everything)
# Environment: PLANNER_WEB_PORT (default 8000), PLANNER_ADMIN_PASSWORD (default: generated),
# PLANNER_CALENDARS_MONTHS_BACK (default 120 here: the seeds are years old).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$PWD/.venv/bin:$PATH"
# The seeds are minutes of 2018-2022, so the default feed window (12 months back) would leave the
# demo's feeds empty: the demo opens it to ten years unless it is set ([calendars] months_back).
export PLANNER_CALENDARS_MONTHS_BACK=${PLANNER_CALENDARS_MONTHS_BACK:-120}
instance=instance
mkdir -p "$instance/mail"

planner db upgrade
planner ingest seeds/ || echo "run: some seeds failed to ingest (see above)" >&2

# A first admin for the secretary pages, once.
if ! planner user list 2>/dev/null | grep -q "^admin"$'\t'; then
  password=${PLANNER_ADMIN_PASSWORD:-$(python3 -c 'import secrets; print(secrets.token_urlsafe(12))')}
  PLANNER_USER_PASSWORD="$password" planner user add admin --role admin --name "Administratör" >/dev/null
  echo "run: created user 'admin' with password: $password" >&2
fi

pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT INT TERM

smtp_port=${PLANNER_MAIL_PORT:-8025}
if ! (exec 3<>"/dev/tcp/127.0.0.1/$smtp_port") 2>/dev/null; then
  python -m aiosmtpd -n -l "127.0.0.1:$smtp_port" -c aiosmtpd.handlers.Mailbox "$instance/mail" &
  pids+=($!)
  echo "run: SMTP sink on 127.0.0.1:$smtp_port, mail saved in $instance/mail/" >&2
fi
export PLANNER_MAIL_HOST=127.0.0.1 PLANNER_MAIL_PORT=$smtp_port PLANNER_MAIL_SECURITY=none

planner worker &
pids+=($!)

# The address is [web] host and port of config.toml, or PLANNER_WEB_HOST / PLANNER_WEB_PORT.
echo "run: the site is served at the address below; the feed of all forums is /kalender/alla.ics" >&2
planner serve
