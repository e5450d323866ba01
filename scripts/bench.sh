#!/usr/bin/env bash
# The benchmark command: starts the whole system (Release build) and prints throughput and latency of citizen
# submissions through the gateway and directly to the feedback service, side by side, their ratio, and the
# submit-to-reporting propagation latency.
#   scripts/bench.sh [--requests 2000] [--concurrency 16] [--propagation 50] [--catalog 5000] [--searches 2000]
#                    [--pakn-events 1000000] [--other-events 100000] [--report-runs 5]
# It also searches a catalog of generated procedures (gateway vs direct), loads the PAKN and other events into
# reporting's event log and read models, and times the quarterly and annual reports (gateway vs direct).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-prerequisites.sh
dotnet build bench/VanPhong.Benchmark/VanPhong.Benchmark.csproj -c Release -nologo -v quiet
exec dotnet bench/VanPhong.Benchmark/bin/Release/net10.0/VanPhong.Benchmark.dll "$@"
