#!/usr/bin/env bash
# The run command: installs what is missing (rabbitmq-server), builds, and starts the whole system through the
# Aspire app host on the embedded default (SQLite files under .data/): the dashboard, a private RabbitMQ node,
# the four services and the gateway. Ctrl+C stops everything.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-prerequisites.sh
dotnet build VanPhong.Aspire.sln -nologo -v quiet
cat <<INFO

  Aspire dashboard   http://localhost:15888
  Gateway            http://localhost:5200      (API docs: http://localhost:5200/docs)
  RabbitMQ UI        the "messaging" resource's management link in the dashboard (guest/guest)

INFO
exec dotnet run --project AppHost/VanPhong.AppHost.csproj --no-build --launch-profile http "$@"
