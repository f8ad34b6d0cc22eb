#!/usr/bin/env bash
# Set up the project on a fresh machine: a virtualenv in .venv with the package installed.
# Usage: bash scripts/setup.sh [--test]   (--test also installs test tools and Debian's chromium)
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
  .venv/bin/pip install -q --upgrade pip
fi
if [ "${1:-}" = "--test" ]; then
  .venv/bin/pip install -q -e '.[test]'
  # Debian packages the tests use: chromium (browser tests), LibreOffice (the agenda .docx opens).
  missing=()
  [ -x /usr/bin/chromium ] || missing+=(chromium)
  command -v soffice >/dev/null || missing+=(libreoffice-writer-nogui)
  if [ ${#missing[@]} -gt 0 ] && command -v apt-get >/dev/null; then
    echo "setup: installing Debian's ${missing[*]} for the tests" >&2
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null) \
      || echo "setup: could not install ${missing[*]}; the tests that need them will be skipped" >&2
  fi
else
  .venv/bin/pip install -q -e .
fi
# Byte-compile our packages once: where PYTHONDONTWRITEBYTECODE is set, imports never write .pyc
# files, and every `planner` command would compile the sources again (about 60 ms of each
# `planner extract`). Edited sources are compiled in memory until this runs again.
.venv/bin/python -m compileall -q planner calendars notifications >/dev/null
