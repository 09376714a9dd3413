#!/usr/bin/env bash
# Runs every test on a fresh machine, installing what the tests need first.
set -euo pipefail
cd "$(dirname "$0")/.."

dotnet test CaseCoach.slnx
