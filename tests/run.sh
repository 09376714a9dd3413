#!/usr/bin/env bash
# Runs every test on a fresh machine: installs what the tests need, then runs the whole suite.
set -euo pipefail
cd "$(dirname "$0")/.."

# The card checks run the official Adaptive Cards packages under Node and in Debian's Chromium.
if ! command -v chromium >/dev/null 2>&1; then
  echo "Installing Debian chromium for the card renderer tests..."
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq chromium >/dev/null
fi

for harness in tests/CaseCoach.Tests/*/js; do
  [ -f "$harness/package-lock.json" ] || continue
  echo "Installing npm packages in $harness..."
  npm ci --prefix "$harness" --no-audit --no-fund --loglevel=error
done

dotnet test CaseCoach.slnx
