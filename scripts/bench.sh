#!/usr/bin/env bash
# The benchmark command: starts the whole system (Release build) and prints throughput and latency of citizen
# submissions through the gateway and directly to the feedback service, side by side, their ratio, and the
# submit-to-reporting propagation latency.
#   scripts/bench.sh [--requests 2000] [--concurrency 16] [--propagation 50]
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-prerequisites.sh
dotnet build bench/VanPhong.Benchmark/VanPhong.Benchmark.csproj -c Release -nologo -v quiet
exec dotnet bench/VanPhong.Benchmark/bin/Release/net10.0/VanPhong.Benchmark.dll "$@"
