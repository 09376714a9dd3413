#!/usr/bin/env bash
# Issue 14 item 1: builds the bot and the harness in Release, then measures the bot against a bare Kestrel floor.
# Usage: bash tests/load/run.sh [--duration 15s] [--connections 32] [--threads 2] [--only SCENARIO-NAME-PART]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
dotnet build "$root/bot" -c Release -v q -nologo >/dev/null
dotnet build "$root/tests/load" -c Release -v q -nologo >/dev/null
exec dotnet "$root/tests/load/bin/Release/net10.0/CaseCoach.Load.dll" --bot "$root/bot/bin/Release/net10.0/CaseCoach.Bot.dll" "$@"
