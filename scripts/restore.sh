#!/usr/bin/env bash
# Restores a backup taken by scripts/backup.sh:
#   scripts/restore.sh <backup folder> [service|all] [--state-dir DIR]
#     service: plans, feedback, catalog, reporting, identity, web (its database; identity also its signing keys),
#              or broker (the broker's definitions, imported into the running node); all (default): every database
#              and the keys, then the definitions when the node runs
# STOP THE SERVICE FIRST (for all: the whole system; in the dashboard, or Ctrl+C on scripts/run.sh). A database that
# a running process has open is refused: a service writing on while its file is swapped would corrupt it. Only the
# broker must run, and only to import its definitions.
# What it does: checks every file against SHA256SUMS (and refuses the backup if one differs), checks the database
# copy with PRAGMA integrity_check, keeps the current file as <name>.db.before-restore-<time> and removes its -wal and
# -shm (they belong to the old file), and puts the copy in place. For reporting it leaves <name>.db.restored beside it:
# at its next start reporting asks every publishing service to send again the events it retained since reporting's
# newest event minus Reporting:CatchUp:Margin (1 h), and removes the marker. Its figures then equal those of a
# reporting that never lost anything, provided the backup is younger than Messaging:Outbox:SentRetention (35 days).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"

usage() { awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; }
FOLDER=""
WHAT=all
STATE="$ROOT/.data"
positional=0
while [ $# -gt 0 ]; do
  case "$1" in
    --state-dir) STATE="$2"; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    -*) echo "restore: unknown option $1 (see --help)" >&2; exit 2 ;;
    *)
      if [ $positional -eq 0 ]; then FOLDER="$1"; else WHAT="$1"; fi
      positional=$((positional + 1)); shift ;;
  esac
done
[ -n "$FOLDER" ] || { usage >&2; exit 2; }
[ -f "$FOLDER/SHA256SUMS" ] || { echo "restore: $FOLDER is not a backup (no SHA256SUMS)" >&2; exit 2; }
command -v sqlite3 >/dev/null || { echo "restore: sqlite3 is not installed: run scripts/install-prerequisites.sh" >&2; exit 2; }
FOLDER="$(realpath -s "$FOLDER")"
STATE="$(realpath -ms "$STATE")"
mkdir -p "$STATE"

if ! (cd "$FOLDER" && sha256sum --quiet --strict -c SHA256SUMS); then
  echo "restore: $FOLDER does not match its checksums; nothing was restored" >&2
  exit 1
fi

# Whoever has the file open (a service's connection pool keeps it open while it runs).
holders() {
  find /proc/[0-9]*/fd -maxdepth 1 -lname "$1" 2>/dev/null | cut -d/ -f3 | sort -u || true
}

# Refuses a database a running process has open, and a copy that is not sound; before anything is changed.
check_database() {
  local name="$1" source="$FOLDER/$1" target="$STATE/$1" pids check
  [ -f "$source" ] || { echo "restore: the backup has no $name" >&2; return 1; }
  pids="$(holders "$target"; holders "$target-wal")"
  if [ -n "$pids" ]; then
    echo "restore: $target is open in process $(echo $pids | tr ' ' ','): stop that service first; nothing was restored" >&2
    return 1
  fi
  check="$(sqlite3 "$source" "PRAGMA integrity_check")"
  [ "$check" = ok ] || { echo "restore: the backup's $name fails its integrity check: $check; nothing was restored" >&2; return 1; }
}

restore_database() {
  local name="$1" source="$FOLDER/$1" target="$STATE/$1"

  check="$(sqlite3 "$source" "PRAGMA integrity_check")"
  [ "$check" = ok ] || { echo "restore: the backup's $name fails its integrity check: $check" >&2; return 1; }

  umask 077
  if [ -f "$target" ]; then
    local kept="$target.before-restore-$(date -u +%Y%m%dT%H%M%SZ)"
    mv "$target" "$kept"
    echo "  kept the current $name as $(basename "$kept")"
  fi
  rm -f "$target-wal" "$target-shm" "$target-journal"
  cp "$source" "$target.restoring"
  mv "$target.restoring" "$target"
  echo "  restored $name"
  if [ "$name" = reportingdb.db ]; then
    printf '%s (taken %s)\n' "$(basename "$FOLDER")" "$(sed -n 's/^taken: //p' "$FOLDER/MANIFEST")" > "$target.restored"
    echo "  reporting will ask the publishing services for the events since its newest one when it starts"
  fi
}

restore_keys() {
  [ -f "$FOLDER/identity-keys.json" ] || return 0
  umask 077
  cp "$FOLDER/identity-keys.json" "$STATE/identity-keys.json"
  echo "  restored identity-keys.json"
}

restore_broker() {
  [ -f "$FOLDER/broker-definitions.json" ] || { echo "  the backup has no broker definitions (taken with --no-broker)"; return 0; }
  local node base
  node="vanphong-$(printf '%s' "$STATE" | sha256sum | cut -c1-10)@localhost"
  base="$STATE/rabbitmq"
  if [ -f "$base/.erlang.cookie" ] && HOME="$base" ERL_EPMD_ADDRESS=127.0.0.1 /usr/lib/rabbitmq/bin/rabbitmqctl -q -n "$node" import_definitions "$FOLDER/broker-definitions.json" >/dev/null 2>&1; then
    echo "  imported the broker's definitions into $node"
  else
    echo "  the broker ($node) is not running: its definitions were not imported. The services declare their queues" >&2
    echo "  themselves at start-up; for users, vhosts and policies start the broker and run: $0 $FOLDER broker" >&2
    [ "$1" = required ] && return 1
  fi
  return 0
}

case "$WHAT" in
  all)
    shopt -s nullglob
    files=("$FOLDER"/*.db)
    [ ${#files[@]} -gt 0 ] || { echo "restore: the backup has no database" >&2; exit 1; }
    failed=0
    for file in "${files[@]}"; do check_database "$(basename "$file")" || failed=1; done
    [ $failed -eq 0 ] || exit 1
    for file in "${files[@]}"; do restore_database "$(basename "$file")"; done
    restore_keys
    restore_broker optional
    ;;
  broker) restore_broker required ;;
  identity) check_database identitydb.db; restore_database identitydb.db; restore_keys ;;
  plans|feedback|catalog|reporting|web) check_database "${WHAT}db.db"; restore_database "${WHAT}db.db" ;;
  *) echo "restore: unknown service '$WHAT': plans, feedback, catalog, reporting, identity, web, broker or all" >&2; exit 2 ;;
esac
