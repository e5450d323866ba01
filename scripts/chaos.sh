#!/usr/bin/env bash
# The chaos command (not a test; loopback only, bounded in time and count, stops by itself):
#   scripts/chaos.sh            the full scenario: the whole system with 2 replicas of every service, one minute of mixed
#                               load (citizen submissions, staff answering a third of them, plan progress), a feedback and
#                               a reporting replica killed with kill -9, the broker stopped for 20 s and started again,
#                               the killed replicas started again; then it waits for the system to settle and prints, per
#                               flow, what was acknowledged, stored, published and counted by reporting, what was lost and
#                               doubled, and ends with the line
#                                 chaos: lost N, doubled N, dead-lettered N, converged in S s
#   scripts/chaos.sh --quick    the shorter version the end-to-end suite runs
#   scripts/chaos.sh --cluster  the full scenario on a cluster of three RabbitMQ nodes (Messaging:ClusterNodes=3, quorum
#                               queues), where the broker's fault is the first node's Erlang VM killed with kill -9 and the
#                               node started again 20 s later (the killed replicas start again while it is down)
# Options: --seconds S (length of the load), --rate R (citizen submissions per second). Exit code 0 when nothing was
# lost, doubled or dead-lettered and the system converged.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-prerequisites.sh
dotnet build devtools/VanPhong.Chaos/VanPhong.Chaos.csproj -c Release -nologo -v quiet
exec dotnet devtools/VanPhong.Chaos/bin/Release/net10.0/VanPhong.Chaos.dll "$@"
