#!/usr/bin/env bash
# Online backup of a running system (the embedded default: SQLite files and the private RabbitMQ node):
#   scripts/backup.sh [--state-dir DIR] [--out DIR] [--no-broker] [--broker-api URL]
# writes DIR/vanphong-<UTC time>/ (default DIR: backups/ at the repository root) with
#   <name>.db                 every SQLite database of the state directory (default .data/, as the app host's
#                             StateDirectory), each a consistent snapshot taken with VACUUM INTO while the services
#                             run — never a file copy, which of a live WAL database can be torn — and checked with
#                             PRAGMA integrity_check
#   identity-keys.json        the identity service's signing keys (tokens stay valid after a restore)
#   broker-definitions.json   the broker's definitions (users, vhosts, queues, exchanges, bindings, policies):
#                             rabbitmqctl export_definitions on the private node of this state directory, or the
#                             management API's /api/definitions with --broker-api http://user:pass@host:15672
#                             (an existing broker); --no-broker skips it
#   MANIFEST, SHA256SUMS      what was taken, when, from which commit; the SHA-256 of every file
# The queues' messages are not in the definitions: what the services still had to consume when the backup was taken
# is either in a database (the publishers' outboxes keep their sent rows, Messaging:Outbox:SentRetention) or
# re-sent on request (reporting's catch-up; see README "Backup and restore"). Restore with scripts/restore.sh.
# Reporting is snapshotted first: a reporting older than the publishers catches up; newer would count what they lost.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"

STATE="$ROOT/.data"
OUT="$ROOT/backups"
BROKER=node
BROKER_API=""
while [ $# -gt 0 ]; do
  case "$1" in
    --state-dir) STATE="$2"; shift 2 ;;
    --out) OUT="$2"; shift 2 ;;
    --no-broker) BROKER=none; shift ;;
    --broker-api) BROKER=api; BROKER_API="$2"; shift 2 ;;
    -h|--help) awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; exit 0 ;;
    *) echo "backup: unknown argument $1 (see --help)" >&2; exit 2 ;;
  esac
done

command -v sqlite3 >/dev/null || { echo "backup: sqlite3 is not installed: run scripts/install-prerequisites.sh" >&2; exit 2; }
# The app host names the node after the full path of the state directory (AppHost/AppHostExtensions.cs).
STATE="$(realpath -ms "$STATE")"
[ -d "$STATE" ] || { echo "backup: no state directory $STATE" >&2; exit 2; }

shopt -s nullglob
databases=("$STATE"/*.db)
[ ${#databases[@]} -gt 0 ] || { echo "backup: no SQLite database in $STATE" >&2; exit 2; }
# Reporting first (see above), then the others in name order.
ordered=()
for db in "${databases[@]}"; do [ "$(basename "$db")" = reportingdb.db ] && ordered+=("$db"); done
for db in "${databases[@]}"; do [ "$(basename "$db")" = reportingdb.db ] || ordered+=("$db"); done

# The databases hold personal data of PAKN submitters and the identity keys: owner-only.
umask 077
stamp="$(date -u +%Y%m%dT%H%M%SZ)"
target="$OUT/vanphong-$stamp"
[ ! -e "$target" ] || { echo "backup: $target exists already" >&2; exit 2; }
mkdir -p "$target"

sql_quote() { printf "'%s'" "${1//\'/\'\'}"; }

for db in "${ordered[@]}"; do
  name="$(basename "$db")"
  # A writer holds the lock for milliseconds; wait for it rather than fail (the services use the same busy timeout idea).
  sqlite3 "$db" ".timeout 30000" "VACUUM INTO $(sql_quote "$target/$name")"
  check="$(sqlite3 "$target/$name" "PRAGMA integrity_check")"
  [ "$check" = ok ] || { echo "backup: the copy of $name fails its integrity check: $check" >&2; exit 1; }
  echo "  $name  $(stat -c %s "$target/$name") bytes"
done

if [ -f "$STATE/identity-keys.json" ]; then
  cp "$STATE/identity-keys.json" "$target/"
  echo "  identity-keys.json"
fi

case "$BROKER" in
  node)
    node="vanphong-$(printf '%s' "$STATE" | sha256sum | cut -c1-10)@localhost"
    base="$STATE/rabbitmq"
    # The node's own tools with its own cookie (HOME is its data directory, as scripts/start-rabbit.sh runs it);
    # Debian's /usr/sbin wrapper would switch to the system service's user and cookie.
    if [ ! -f "$base/.erlang.cookie" ]; then
      error="no node has run with this state directory ($base)"
    elif ! error="$(HOME="$base" ERL_EPMD_ADDRESS=127.0.0.1 /usr/lib/rabbitmq/bin/rabbitmqctl -q -n "$node" export_definitions "$target/broker-definitions.json" 2>&1 >/dev/null)"; then
      error="$(printf '%s\n' "$error" | grep -v '^$' | tail -n 1)"
    else
      error=""
    fi
    if [ -n "$error" ]; then
      echo "backup: the broker's definitions could not be exported from $node: $error" >&2
      echo "        (is the system running? an existing broker: --broker-api URL; none: --no-broker); nothing was kept" >&2
      rm -rf "$target"
      exit 1
    fi
    echo "  broker-definitions.json  (node $node)"
    ;;
  api)
    curl -fsS "${BROKER_API%/}/api/definitions" -o "$target/broker-definitions.json"
    echo "  broker-definitions.json  (management API)"
    ;;
esac

{
  echo "taken: $stamp"
  echo "host: $(hostname)"
  echo "state directory: $STATE"
  echo "commit: $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)"
  echo "broker: $BROKER"
} > "$target/MANIFEST"
(cd "$target" && sha256sum -- * > SHA256SUMS)
echo "backup: $target"
