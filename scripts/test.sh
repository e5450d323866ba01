#!/usr/bin/env bash
# The test command: installs what is missing, builds, and runs every test project —
#   unit tests, integration tests (each service in its real HTTP pipeline against a RabbitMQ node the tests start
#   on free ports and real SQLite files), and end-to-end tests through the real app host and gateway.
# Extra arguments go to `dotnet test` (e.g. --filter "FullyQualifiedName~Feedback").
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-prerequisites.sh --reports --browser --kubectl

epmd_was_running=$(pgrep -x epmd >/dev/null && echo yes || echo no)
cleanup() {
  # epmd outlives the RabbitMQ nodes the tests started; stop it unless it was there before us.
  if [ "$epmd_was_running" = no ]; then pkill -x epmd 2>/dev/null || true; fi
}
trap cleanup EXIT

export TMPDIR="${TMPDIR:-/tmp}"
dotnet build VanPhong.Aspire.sln -nologo -v quiet
# Bounded: a test that hangs must not hold CI until its own time-out. xunit names every test running past a minute
# (tests/xunit.runner.json, shown at normal verbosity), and the watchdog ends the run after 40 minutes (a green run takes
# about 10 on this machine), so a hang fails with the name of the test it is in.
# The three suites run side by side and their output interleaves, so a failure can sit thousands of lines above the end of
# the log; the names and messages of the failed tests are repeated at the end, where a truncated CI log still shows them.
log="$(mktemp "$TMPDIR/vanphong-test.XXXXXX.log")"
status=0
timeout --signal=TERM --kill-after=60s "${TEST_TIMEOUT:-40m}" \
  dotnet test VanPhong.Aspire.sln --no-build -nologo --logger "console;verbosity=normal" "$@" 2>&1 | tee "$log" || status=$?
if grep -q '^  Failed ' "$log"; then
  echo
  echo "==== failed tests (repeated from above; full log: $log) ===="
  # From each "  Failed" line through its error message and stack, up to the next test's result line.
  awk '/^  (Passed|Skipped) / { shown = 0 } /^  Failed / { shown = 1; lines = 0 } shown && lines++ < 80 { print }' "$log"
fi
if [ "$status" -ne 0 ]; then echo "tests: exit code $status"; fi
exit "$status"
