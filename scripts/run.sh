#!/usr/bin/env bash
# Set up and run the main job on the embedded default (SQLite): extract every seed.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
for f in seeds/*; do
  echo "== $f"
  .venv/bin/planner extract "$f"
  echo
done
