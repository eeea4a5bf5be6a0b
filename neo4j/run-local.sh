#!/usr/bin/env bash
# Run the Maven-assembled Neo4j Community 5.26 as a plain local process (no
# Docker), bound to 127.0.0.1 only.
#
# Usage: neo4j/run-local.sh start|stop|status|console|shell [CYPHER]
#   start    start in the background, write a pid file, wait until HTTP answers
#            200 and the log says "Started." (default limit 120 s)
#   stop     SIGTERM, wait for a clean shutdown (SIGKILL after 60 s)
#   status   exit 0 when running, 3 when not
#   console  run in the foreground (Ctrl-C stops it)
#   shell    cypher-shell against the local server: shell 'RETURN 1;'
#
# Environment (defaults in brackets):
#   NEO4J_PASSWORD   initial password of user neo4j [geoalign-dev]; it only
#                    takes effect before the first start of a fresh home
#   NEO4J_HOME       [<repo>/.cache/neo4j/home]   NEO4J_LIB_DIR [<repo>/.cache/neo4j/lib]
#   NEO4J_BOLT_PORT  [7687]   NEO4J_HTTP_PORT [7474]
#   NEO4J_HEAP       [1g]     NEO4J_PAGECACHE [512m, from conf/neo4j.conf]
#   NEO4J_START_TIMEOUT seconds [120]
set -euo pipefail

die() { echo "run-local: $*" >&2; exit 1; }

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/.." && pwd)

H=${NEO4J_HOME:-$repo/.cache/neo4j/home}
LIB=${NEO4J_LIB_DIR:-$repo/.cache/neo4j/lib}
SHELL_LIB=${NEO4J_SHELL_LIB_DIR:-$(dirname "$LIB")/cypher-shell/lib}
PASSWORD=${NEO4J_PASSWORD:-geoalign-dev}
BOLT_PORT=${NEO4J_BOLT_PORT:-7687}
HTTP_PORT=${NEO4J_HTTP_PORT:-7474}
HEAP=${NEO4J_HEAP:-1g}
TIMEOUT=${NEO4J_START_TIMEOUT:-120}
PIDFILE=$H/run/neo4j.pid
CONSOLE_LOG=$H/logs/console.log

JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java

# JVM flags the upstream bootloader would add; we start the server JVM
# ourselves (one process, a real pid) so they are spelled out here.
JVM_OPTS=(
  "-Xms$HEAP" "-Xmx$HEAP"
  -XX:+UseG1GC -XX:-OmitStackTraceInFastThrow
  -XX:+UnlockExperimentalVMOptions -XX:+TrustFinalNonStaticFields
  -XX:+DisableExplicitGC
  -Djdk.nio.maxCachedBufferSize=1024
  -Dio.netty.tryReflectionSetAccessible=true
  -Dlog4j2.disable.jmx=true
  -Dfile.encoding=UTF-8
  --add-opens=java.base/java.nio=ALL-UNNAMED
  --add-opens=java.base/java.io=ALL-UNNAMED
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED
)

# Non-default ports/page cache go on the command line (-c) so the checked-in
# conf stays the single source; only when they differ, because Neo4j logs a
# WARN for every setting that -c overrides.
SERVER_ARGS=(--home-dir="$H" --config-dir="$H/conf" --console-mode)
if [[ "$BOLT_PORT" != 7687 ]]; then
  SERVER_ARGS+=(-c "server.bolt.listen_address=:$BOLT_PORT" -c "server.bolt.advertised_address=:$BOLT_PORT")
fi
if [[ "$HTTP_PORT" != 7474 ]]; then
  SERVER_ARGS+=(-c "server.http.listen_address=:$HTTP_PORT" -c "server.http.advertised_address=:$HTTP_PORT")
fi
if [[ -n "${NEO4J_PAGECACHE:-}" ]]; then
  SERVER_ARGS+=(-c "server.memory.pagecache.size=$NEO4J_PAGECACHE")
fi

check_java() {
  command -v "$JAVA" >/dev/null || die "java not found (need a Java 17 or 21 runtime)"
  local v
  v=$("$JAVA" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/{print $2}')
  [[ "$v" == 17 || "$v" == 21 ]] || die "Neo4j 5.26 needs Java 17 or 21, found '$v' ($JAVA)"
}

# Lay out NEO4J_HOME; conf is refreshed from the repo on every start so edits
# to neo4j/conf take effect without wiping data.
prepare_home() {
  if [[ ! -f "$LIB/.complete" ]]; then
    "$here/fetch-jars.sh" "$LIB" || die "could not fetch the Neo4j jars"
  fi
  mkdir -p "$H"/{conf,data,logs,plugins,import,run}
  cp "$here/conf/neo4j.conf" "$here/conf/user-logs.xml" "$H/conf/"
}

# The initial password can only be set before the system database exists.
set_initial_password() {
  if [[ -d "$H/data/databases/system" ]]; then
    return 0
  fi
  [[ ${#PASSWORD} -ge 8 ]] || die "NEO4J_PASSWORD must have at least 8 characters"
  NEO4J_HOME=$H NEO4J_CONF=$H/conf "$JAVA" -Xmx256m -XX:+UseSerialGC -cp "$LIB/*" \
    org.neo4j.cli.AdminTool dbms set-initial-password "$PASSWORD" >/dev/null \
    || die "neo4j-admin dbms set-initial-password failed"
}

running_pid() {
  [[ -f "$PIDFILE" ]] || return 1
  local pid
  pid=$(cat "$PIDFILE")
  # Guard against a stale pid file whose pid was reused by another program.
  if kill -0 "$pid" 2>/dev/null && tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -q CommunityEntryPoint; then
    echo "$pid"
    return 0
  fi
  return 1
}

port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

http_code() { curl -s -o /dev/null -w '%{http_code}' --max-time 2 "http://127.0.0.1:$HTTP_PORT/" 2>/dev/null || true; }

cmd_start() {
  local pid
  if pid=$(running_pid); then
    echo "run-local: already running (pid $pid), bolt://localhost:$BOLT_PORT http://localhost:$HTTP_PORT/"
    return 0
  fi
  command -v curl >/dev/null || die "curl not found (apt-get install -y curl)"
  check_java
  port_busy "$BOLT_PORT" && die "port $BOLT_PORT is already in use (another Neo4j or container?)"
  port_busy "$HTTP_PORT" && die "port $HTTP_PORT is already in use (another Neo4j or container?)"
  prepare_home
  set_initial_password
  [[ -f "$CONSOLE_LOG" ]] && mv -f "$CONSOLE_LOG" "$CONSOLE_LOG.1"
  local t0=$SECONDS
  # setsid: own session, so the server outlives the shell/make that started it
  # and a Ctrl-C there does not reach it.
  setsid "$JAVA" -cp "$H/plugins/*:$H/conf/*:$LIB/*" "${JVM_OPTS[@]}" \
    org.neo4j.server.CommunityEntryPoint "${SERVER_ARGS[@]}" \
    >"$CONSOLE_LOG" 2>&1 </dev/null &
  pid=$!
  echo "$pid" >"$PIDFILE"
  echo "run-local: starting Neo4j (pid $pid, home $H), waiting up to ${TIMEOUT}s"
  while true; do
    if ! kill -0 "$pid" 2>/dev/null; then
      rm -f "$PIDFILE"
      tail -n 30 "$CONSOLE_LOG" >&2 || true
      die "Neo4j exited during startup (log: $CONSOLE_LOG)"
    fi
    if [[ "$(http_code)" == 200 ]] && grep -q 'Started\.' "$CONSOLE_LOG" && port_busy "$BOLT_PORT"; then
      break
    fi
    if (( SECONDS - t0 >= TIMEOUT )); then
      tail -n 30 "$CONSOLE_LOG" >&2 || true
      die "Neo4j did not start within ${TIMEOUT}s (still running as pid $pid; log: $CONSOLE_LOG)"
    fi
    sleep 0.5
  done
  echo "run-local: started in $((SECONDS - t0))s: bolt://localhost:$BOLT_PORT http://localhost:$HTTP_PORT/ (user neo4j)"
}

cmd_stop() {
  local pid
  if ! pid=$(running_pid); then
    rm -f "$PIDFILE"
    echo "run-local: not running"
    return 0
  fi
  kill -TERM "$pid"
  local i
  for ((i = 0; i < 120; i++)); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.5
  done
  if kill -0 "$pid" 2>/dev/null; then
    echo "run-local: pid $pid ignored SIGTERM for 60s, sending SIGKILL" >&2
    kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -f "$PIDFILE"
  echo "run-local: stopped (pid $pid)"
}

cmd_status() {
  local pid
  if pid=$(running_pid); then
    echo "run-local: running (pid $pid), http $(http_code) on :$HTTP_PORT, bolt :$BOLT_PORT, home $H"
    return 0
  fi
  echo "run-local: not running"
  return 3
}

cmd_console() {
  local pid
  if pid=$(running_pid); then die "already running in the background (pid $pid); stop it first"; fi
  check_java
  prepare_home
  set_initial_password
  exec "$JAVA" -cp "$H/plugins/*:$H/conf/*:$LIB/*" "${JVM_OPTS[@]}" \
    org.neo4j.server.CommunityEntryPoint "${SERVER_ARGS[@]}"
}

# cypher-shell reads NEO4J_USERNAME/NEO4J_PASSWORD from the environment, which
# keeps the password off the command line.
cmd_shell() {
  [[ -f "$SHELL_LIB/.complete" ]] || die "cypher-shell jars missing in $SHELL_LIB (run neo4j/fetch-jars.sh)"
  check_java
  NEO4J_USERNAME=neo4j NEO4J_PASSWORD=$PASSWORD exec "$JAVA" -cp "$SHELL_LIB/*" org.neo4j.shell.Main \
    -a "bolt://127.0.0.1:$BOLT_PORT" "$@"
}

case "${1:-}" in
  start) cmd_start ;;
  stop) cmd_stop ;;
  status) cmd_status ;;
  console) cmd_console ;;
  shell) shift; cmd_shell "$@" ;;
  *) echo "usage: $0 start|stop|status|console|shell [cypher-shell args]" >&2; exit 2 ;;
esac
