#!/usr/bin/env bash
# Writes the idempotent SQL Server script of every database, for an operator to apply (README, "SQL Server (production)"):
#   scripts/sqlserver-scripts.sh [output-folder]        default: artifacts/sqlserver
#   NO_BUILD=1 scripts/sqlserver-scripts.sh …           use the projects as last built
# One file per connection string (plansdb.sql is for the database of ConnectionStrings:plansdb, …) and SHA256SUMS.
# Each script may be applied to an empty database or to one at any earlier migration: it applies, in order and each in
# its own transaction, only the migrations the database's __EFMigrationsHistory does not have.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-artifacts/sqlserver}"
mkdir -p "$out"
dotnet tool restore >/dev/null

while read -r name project context; do
  dotnet ef migrations script --idempotent --project "$project" --context "$context" \
    --output "$out/$name.body.sql" ${NO_BUILD:+--no-build} >/dev/null
  # Filtered indexes (and DML on their tables) need QUOTED_IDENTIFIER ON, which sqlcmd leaves OFF without -I.
  { printf 'SET ANSI_NULLS ON;\nSET QUOTED_IDENTIFIER ON;\nGO\n\n'; sed '1s/^\xEF\xBB\xBF//' "$out/$name.body.sql"; } >"$out/$name.sql"
  rm "$out/$name.body.sql"
  echo "$out/$name.sql  ($context, $(grep -c "INSERT INTO \[__EFMigrationsHistory\]" "$out/$name.sql") migrations)"
done <<'EOF'
plansdb services/Plans/VanPhong.Plans.csproj SqlServerPlansDb
feedbackdb services/Feedback/VanPhong.Feedback.csproj SqlServerFeedbackDb
catalogdb services/Catalog/VanPhong.Catalog.csproj SqlServerCatalogDb
reportingdb services/Reporting/VanPhong.Reporting.csproj SqlServerReportingDb
identitydb services/Identity/VanPhong.Identity.csproj SqlServerIdentityDb
webdb web/VanPhong.Web/VanPhong.Web.csproj SqlServerWebKeysDb
EOF

(cd "$out" && sha256sum ./*db.sql >SHA256SUMS)
echo "$out/SHA256SUMS"
