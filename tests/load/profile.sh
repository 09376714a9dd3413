#!/usr/bin/env bash
# Profiles the bot while the harness loads it with one scenario: runs tests/load/run.sh --only SCENARIO, waits for wrk
# to load the bot (not the floor), skips its warm-up, samples the bot with dotnet-trace for 10 s, prints the top frames
# by share of busy thread time (summarise-speedscope.py).
# Usage: bash tests/load/profile.sh 'home.help' [out.txt]   (needs dotnet-trace: dotnet tool install -g dotnet-trace)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
only="$1"; out="${2:-/dev/stdout}"
export PATH="$PATH:$HOME/.dotnet/tools"
work="$(mktemp -d /tmp/casecoach-profile.XXXXXX)"
bash "$root/tests/load/run.sh" --duration 30s --only "$only" >"$work/harness.txt" 2>&1 &
harness=$!
bot_pid=""; port=""
for _ in $(seq 1 600); do
  line="$(pgrep -a -f "CaseCoach.Bot.dll --urls http://127.0.0.1:" | grep "$root/bot" | head -1 || true)"
  if [[ -n "$line" ]]; then bot_pid="${line%% *}"; port="${line##*127.0.0.1:}"; break; fi
  sleep 0.5
done
[[ -n "$bot_pid" ]] || { echo "the bot did not start" >&2; cat "$work/harness.txt" >&2; exit 1; }
# wrk against the bot's port starts the 3 s warm-up, then the measured run.
until pgrep -a wrk | grep -q "127.0.0.1:$port"; do sleep 0.2; done
sleep 5
dotnet-trace collect --process-id "$bot_pid" --profile dotnet-sampled-thread-time --duration 00:00:00:10 --format Speedscope -o "$work/bot.nettrace" >/dev/null
wait "$harness" || true
{
  echo "# dotnet-trace dotnet-sampled-thread-time, 10 s of the bot under the harness's '$only' load ($(date -u +%F), load average: $(cut -d' ' -f1-3 /proc/loadavg))"
  echo "## harness"; grep '^|' "$work/harness.txt" || cat "$work/harness.txt"
  python3 "$root/tests/load/summarise-speedscope.py" "$work/bot.speedscope.json" 30
} >"$out"
rm -f "$work/bot.nettrace"; echo "raw trace kept: $work/bot.speedscope.json" >&2
