#!/usr/bin/env bash
# The fuzz command (not a test; loopback only, bounded in count and time, stops by itself):
#   scripts/fuzz.sh                  the whole system (the real app host, one replica of everything) on loopback, then a
#                                    fixed, seeded number of mutated valid requests per public endpoint and staff import
#                                    (byte flips, truncation, type swaps, huge strings, control characters, duplicate
#                                    keys, wrong content types); prints per endpoint the answers and the rows stored by
#                                    refused requests, and ends with the line
#                                      fuzz: N requests, N × 5xx, N stored
# Options: --seed S (default 13; the same seed sends the same requests), --per-endpoint N (default 100), --seconds S
# (time bound for the requests, default 600). Exit code 0 only when no request answered 5xx and no refused request
# stored a row.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-prerequisites.sh
dotnet build devtools/VanPhong.Fuzz/VanPhong.Fuzz.csproj -c Release -nologo -v quiet
exec dotnet devtools/VanPhong.Fuzz/bin/Release/net10.0/VanPhong.Fuzz.dll "$@"
