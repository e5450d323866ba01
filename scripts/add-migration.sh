#!/usr/bin/env bash
# Adds a migration to BOTH migration sets of a service (SQLite, the embedded default, and SQL Server, production).
#   scripts/add-migration.sh <Plans|Feedback|Catalog|Reporting|Identity> <MigrationName>
set -euo pipefail
cd "$(dirname "$0")/.."
service="$1"; name="$2"
project="services/$service/VanPhong.$service.csproj"
[ -f "$project" ] || { echo "no such service: $service" >&2; exit 2; }
dotnet tool restore >/dev/null
for provider in Sqlite SqlServer; do
  dotnet ef migrations add "$name" --project "$project" --context "${provider}${service}Db" \
    --output-dir "Data/Migrations/$provider"
done
