#!/usr/bin/env bash
# Runs every test on a fresh machine: installs what the tests need, then runs the whole suite.
set -euo pipefail
cd "$(dirname "$0")/.."

sudo_cmd=""
[ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
apt_install() {
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "$@" >/dev/null
}

# The card checks run the official Adaptive Cards packages under Node and in Debian's Chromium.
command -v node >/dev/null 2>&1 || apt_install nodejs npm
if [ ! -x /usr/bin/chromium ]; then
  echo "Installing Debian chromium for the card renderer tests..."
  apt_install chromium fonts-dejavu-core
fi

for harness in tests/CaseCoach.Tests/*/js; do
  [ -f "$harness/package-lock.json" ] || continue
  echo "Installing npm packages in $harness..."
  npm ci --prefix "$harness" --no-audit --no-fund --loglevel=error
done

# The persistence, outbox, sweep and two-instance tests also run on a real server database: a private
# PostgreSQL on 127.0.0.1 (Debian's package, installed when missing), stopped when this script ends.
eval "$(bash tests/postgres.sh start)"

# Every test host would otherwise watch its appsettings files; dozens of hosts at once exhaust the
# machine's inotify instances (128 per user here) and fail with an IOException.
export DOTNET_hostBuilder__reloadConfigOnChange=false

# dotnet test prints its own summary; the closing "N passed, N failed" line is for CI's reader.
log=$(mktemp)
trap 'rm -f "$log"; bash tests/postgres.sh stop "$CASECOACH_TEST_POSTGRES_DIR"' EXIT
set +e
dotnet test CaseCoach.slnx 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e
passed=$(awk '/^  succeeded: /{s+=$2} END{print s+0}' "$log")
failed=$(awk '/^  failed: /{s+=$2} END{print s+0}' "$log")
skipped=$(awk '/^  skipped: /{s+=$2} END{print s+0}' "$log")
echo "${passed} passed, ${failed} failed, ${skipped} skipped"
exit "$status"
