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
  if [ ! -x /usr/bin/chromium ] && command -v apt-get >/dev/null; then
    echo "setup: installing Debian's chromium for the browser tests" >&2
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
      || echo "setup: could not install chromium; browser tests will be skipped" >&2
  fi
else
  .venv/bin/pip install -q -e .
fi
