#!/bin/bash
# geoalign: entrypoint of the locally built neo4j:5.26-community image
# (written for this project; it mimics the documented behaviour of the
# official image, not its code). Runs under tini as PID 1's child.
#
#   NEO4J_AUTH   none           -> dbms.security.auth_enabled=false
#                neo4j/<pw>     -> initial password <pw> (before first start)
#                unset          -> auth on, Neo4j's default neo4j/neo4j login
#                                  (password change required), as upstream
#   NEO4J_<k>=v  -> setting <k> with the prefix stripped, "__" -> "_" and
#                   "_" -> "." (NEO4J_server_memory_heap_max__size=2g ->
#                   server.memory.heap.max_size=2g). Official image convention.
#   server.memory.heap.{initial,max}_size and server.jvm.additional are
#   turned into JVM flags here, because the server JVM is started directly
#   (no upstream bootloader to read them).
#
# Any argument other than "neo4j" is exec'd as a command (e.g. bash).
set -euo pipefail

die() { echo "entrypoint: $*" >&2; exit 1; }

H=${NEO4J_HOME:-/var/lib/neo4j}
TEMPLATE_DIR=$H/conf-template
CONF_DIR=$H/conf
CONF=$CONF_DIR/neo4j.conf

if [[ $# -gt 0 && "$1" != neo4j ]]; then
  exec "$@"
fi

# --- build the runtime conf -----------------------------------------------
# Start from the image's template each time so a setting removed from the
# environment does not linger in a restarted container. A neo4j.conf mounted
# at /conf replaces the template (same mount point as the official image).
mkdir -p "$CONF_DIR"
cp "$TEMPLATE_DIR"/* "$CONF_DIR/"
if [[ -f /conf/neo4j.conf ]]; then
  cp /conf/* "$CONF_DIR/" 2>/dev/null || true
fi

# set_conf KEY VALUE: drop every line for KEY, then append KEY=VALUE (each
# line of VALUE becomes one entry: server.jvm.additional is multi-valued).
set_conf() {
  local key=$1 value=$2 tmp
  tmp=$(mktemp)
  awk -v k="$key=" '{ l = $0; sub(/^[ \t]+/, "", l) } index(l, k) != 1' "$CONF" >"$tmp"
  while IFS= read -r line; do
    printf '%s=%s\n' "$key" "$line" >>"$tmp"
  done <<<"$value"
  cat "$tmp" >"$CONF"
  rm -f "$tmp"
}

# conf_values KEY: every value of KEY in the runtime conf, one per line.
conf_values() {
  awk -v k="$1=" '{ l = $0; sub(/^[ \t]+/, "", l) } index(l, k) == 1 { print substr(l, length(k) + 1) }' "$CONF"
}

while IFS= read -r -d '' entry; do
  name=${entry%%=*}
  value=${entry#*=}
  case "$name" in
    # Variables that configure this script or other tools, not Neo4j
    # settings (strict config validation would reject them as settings).
    NEO4J_AUTH | NEO4J_HOME | NEO4J_CONF | NEO4J_EDITION | NEO4J_PLUGINS | NEO4J_DEBUG | \
      NEO4J_ACCEPT_LICENSE_AGREEMENT | NEO4J_SHA256 | NEO4J_TARBALL | \
      NEO4J_URI | NEO4J_USERNAME | NEO4J_PASSWORD) continue ;;
    NEO4J_?*) ;;
    *) continue ;;
  esac
  [[ -n "$value" ]] || continue
  key=${name#NEO4J_}
  key=${key//__/$'\x01'}
  key=${key//_/.}
  key=${key//$'\x01'/_}
  set_conf "$key" "$value"
done < <(env -0)

# Inside a container the server must listen on all interfaces; the host side
# decides exposure with -p 127.0.0.1:...
[[ -n "${NEO4J_server_default__listen__address:-}" ]] || set_conf server.default_listen_address 0.0.0.0

# --- authentication -------------------------------------------------------
run_as=()
if [[ $(id -u) -eq 0 ]] && id neo4j >/dev/null 2>&1; then
  # Volumes (named or bind) may arrive root-owned: hand them to neo4j, then
  # drop root for both the admin tool and the server.
  mkdir -p "$H"/{data,logs,run,import,plugins}
  for d in "$H/data" "$H/logs" "$H/run" "$CONF_DIR"; do
    [[ "$(stat -c %u "$d")" == "$(id -u neo4j)" ]] || chown -R neo4j:neo4j "$d"
  done
  run_as=(setpriv --reuid=neo4j --regid=neo4j --init-groups --inh-caps=-all)
fi

case "${NEO4J_AUTH-}" in
  "")
    ;;
  none)
    set_conf dbms.security.auth_enabled false
    ;;
  neo4j/*)
    password=${NEO4J_AUTH#neo4j/}
    [[ "$password" != neo4j ]] || die "NEO4J_AUTH: the password cannot be 'neo4j'"
    [[ ${#password} -ge 8 ]] || die "NEO4J_AUTH: the password must have at least 8 characters"
    set_conf dbms.security.auth_enabled true
    # Only meaningful before the system database exists (first start).
    if [[ ! -d "$H/data/databases/system" ]]; then
      NEO4J_HOME=$H NEO4J_CONF=$CONF_DIR "${run_as[@]}" java -Xmx256m -XX:+UseSerialGC \
        -cp "$H/lib/*" org.neo4j.cli.AdminTool dbms set-initial-password "$password" \
        || die "neo4j-admin dbms set-initial-password failed"
    fi
    ;;
  *)
    die "invalid NEO4J_AUTH '${NEO4J_AUTH}': use 'none' or 'neo4j/<password>'"
    ;;
esac

# --- JVM flags ------------------------------------------------------------
# Java takes k/m/g suffixes; Neo4j also accepts forms like 1GiB or 512MB.
java_size() {
  local s=${1// /}
  s=${s%iB}; s=${s%ib}; s=${s%B}; s=${s%b}
  [[ "$s" =~ ^[0-9]+[kKmMgGtT]?$ ]] || die "cannot turn memory size '$1' into a JVM flag"
  printf '%s' "$s"
}
jvm=()
heap_init=$(conf_values server.memory.heap.initial_size | tail -n 1)
heap_max=$(conf_values server.memory.heap.max_size | tail -n 1)
[[ -z "$heap_init" ]] || jvm+=("-Xms$(java_size "$heap_init")")
[[ -z "$heap_max" ]] || jvm+=("-Xmx$(java_size "$heap_max")")
jvm+=(
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
while IFS= read -r extra; do
  [[ -n "$extra" ]] && jvm+=("$extra")
done < <(conf_values server.jvm.additional)

# Console mode keeps the <Console> appender of user-logs.xml, so the log goes
# to stdout (docker logs) as well as logs/neo4j.log.
exec "${run_as[@]}" java -cp "$H/plugins/*:$CONF_DIR/*:$H/lib/*" "${jvm[@]}" \
  org.neo4j.server.CommunityEntryPoint --home-dir="$H" --config-dir="$CONF_DIR" --console-mode
