#!/usr/bin/env bash
# Runs a private RabbitMQ node in the foreground: its own node name, ports and data directory,
# every listener on 127.0.0.1, so a dev run, a test run and the system service never collide.
# Used by the app host (as an executable resource) and by the test fixtures.
#   RMQ_AMQP_PORT  AMQP port (default 5673)
#   RMQ_MGMT_PORT  management UI port (only with the management plugin; default 15673)
#   RMQ_DIST_PORT  Erlang distribution port (default: first free port from 30000 + amqp % 20000)
#   RMQ_BASE       data directory (default: $TMPDIR/vanphong-rabbit-$RMQ_AMQP_PORT)
#   RMQ_NODE_NAME  Erlang node name (default vanphong$RMQ_AMQP_PORT); keep it stable to keep the data across runs
#   RMQ_PLUGINS    comma-separated plugins (default rabbitmq_management; empty for none, which stops faster)
# A node of a cluster (the app host's Messaging:ClusterNodes=3, the cluster test) also gets:
#   RMQ_COOKIE_FILE  a file holding the Erlang cookie all nodes of the cluster share (copied to the node's own HOME)
#   RMQ_JOIN         the node to join (name@localhost) on the first start: the node boots, leaves its blank state
#                    (stop_app, reset), joins with `rabbitmqctl join_cluster` and starts again; then it writes
#                    $RMQ_BASE/joined, which is what "ready" means for a joining node. Later starts rejoin by themselves.
set -eu

AMQP_PORT="${RMQ_AMQP_PORT:-5673}"
MGMT_PORT="${RMQ_MGMT_PORT:-15673}"
BASE="${RMQ_BASE:-${TMPDIR:-/tmp}/vanphong-rabbit-$AMQP_PORT}"
PLUGINS="${RMQ_PLUGINS-rabbitmq_management}"

if [ ! -x /usr/lib/rabbitmq/bin/rabbitmq-server ]; then
  echo "rabbitmq-server is not installed: run scripts/install-prerequisites.sh" >&2
  exit 2
fi

if [ -n "${RMQ_DIST_PORT:-}" ]; then
  DIST_PORT="$RMQ_DIST_PORT"
else
  # The default (AMQP + 20000) overflows for the high random ports DCP hands out.
  DIST_PORT=$((30000 + AMQP_PORT % 20000))
  while (echo > "/dev/tcp/127.0.0.1/$DIST_PORT") 2>/dev/null; do DIST_PORT=$((DIST_PORT + 1)); done
fi

mkdir -p "$BASE/mnesia" "$BASE/log"
{
  echo "listeners.tcp.1 = 127.0.0.1:$AMQP_PORT"
  echo "loopback_users = none"
  echo "log.console = true"
  echo "log.console.level = warning"
  echo "log.file = false"
  if [ -n "$PLUGINS" ]; then
    echo "management.tcp.port = $MGMT_PORT"
    echo "management.tcp.ip = 127.0.0.1"
  fi
} > "$BASE/rabbitmq.conf"
if [ -n "$PLUGINS" ]; then echo "[$PLUGINS]." > "$BASE/enabled_plugins"; else echo "[]." > "$BASE/enabled_plugins"; fi
: > "$BASE/rabbitmq-env.conf"
if [ -n "${RMQ_COOKIE_FILE:-}" ]; then
  # Erlang refuses a cookie others can read; the node and rabbitmqctl both find it in HOME.
  [ -f "$BASE/.erlang.cookie" ] && chmod 600 "$BASE/.erlang.cookie"
  tr -d '\n' < "$RMQ_COOKIE_FILE" > "$BASE/.erlang.cookie"
  chmod 400 "$BASE/.erlang.cookie"
fi

export HOME="$BASE"
export RABBITMQ_NODENAME="${RMQ_NODE_NAME:-vanphong$AMQP_PORT}@localhost"
export RABBITMQ_NODE_IP_ADDRESS=127.0.0.1
export RABBITMQ_NODE_PORT="$AMQP_PORT"
export RABBITMQ_DIST_PORT="$DIST_PORT"
export RABBITMQ_CONFIG_FILE="$BASE/rabbitmq.conf"
export RABBITMQ_ENABLED_PLUGINS_FILE="$BASE/enabled_plugins"
export RABBITMQ_MNESIA_BASE="$BASE/mnesia"
export RABBITMQ_LOG_BASE="$BASE/log"
export RABBITMQ_PID_FILE="$BASE/rabbit.pid"
export RABBITMQ_CONF_ENV_FILE="$BASE/rabbitmq-env.conf"
export ERL_EPMD_ADDRESS=127.0.0.1
export RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}"
if [ -z "${RMQ_JOIN:-}" ] || [ -f "$BASE/joined" ]; then
  exec /usr/lib/rabbitmq/bin/rabbitmq-server
fi

# First start of a joining node: the server in the background, this script forwarding a stop to it.
rm -f "$RABBITMQ_PID_FILE"
/usr/lib/rabbitmq/bin/rabbitmq-server &
SERVER=$!
trap 'kill -TERM "$SERVER" 2>/dev/null; wait "$SERVER"; exit 143' TERM INT
# A failed step leaves no server behind.
trap 'kill -TERM "$SERVER" 2>/dev/null || true' EXIT
ctl() { /usr/lib/rabbitmq/bin/rabbitmqctl -q -n "$RABBITMQ_NODENAME" "$@"; }
# `wait` waits for the pid file the node writes, then for the node to have booted.
ctl wait "$RABBITMQ_PID_FILE" --timeout 120
# The node it joins must be running; bounded, like everything here.
for _ in $(seq 1 60); do
  /usr/lib/rabbitmq/bin/rabbitmqctl -q -n "$RMQ_JOIN" await_startup --timeout 5 >/dev/null 2>&1 && break
  sleep 2
done
ctl stop_app
ctl reset
ctl join_cluster "$RMQ_JOIN"
ctl start_app
touch "$BASE/joined"
echo "$RABBITMQ_NODENAME joined the cluster of $RMQ_JOIN" >&2
wait "$SERVER"
