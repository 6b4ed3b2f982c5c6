#!/usr/bin/env bash
# Install the test tools and run every test: unit, property, fixtures, AppTest, browser and deploy
# (replicas behind nginx) tests.
# Usage: bash scripts/test.sh [pytest args]
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v chromium >/dev/null 2>&1; then
  # The browser tests drive Debian's Chromium (Playwright cannot download a browser here);
  # the CJK fonts let its screenshots show Chinese and Korean.
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    apt-get update -qq && apt-get install -y -qq chromium fonts-noto-cjk >/dev/null
  elif command -v apt-get >/dev/null 2>&1 && command -v sudo >/dev/null 2>&1; then
    sudo apt-get update -qq && sudo apt-get install -y -qq chromium fonts-noto-cjk >/dev/null
  else
    echo "warning: chromium not found and cannot be installed here; browser tests will skip" >&2
  fi
fi

if ! command -v nginx >/dev/null 2>&1 && [ ! -x /usr/sbin/nginx ]; then
  # tests/test_deploy.py puts two replicas behind Debian's nginx (deploy/run_local.py)
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    apt-get update -qq && apt-get install -y -qq nginx >/dev/null
  elif command -v apt-get >/dev/null 2>&1 && command -v sudo >/dev/null 2>&1; then
    sudo apt-get update -qq && sudo apt-get install -y -qq nginx >/dev/null
  else
    echo "warning: nginx not found and cannot be installed here; the deploy tests will skip" >&2
  fi
fi

python -m pip install -q -r requirements-dev.txt
python -m pytest "$@"
