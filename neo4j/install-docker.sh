#!/usr/bin/env bash
# Install a Docker engine from Debian's own packages (no Docker registry or
# repository is reachable here) plus debootstrap for neo4j/image/build.sh and
# Debian's docker-compose, then make sure dockerd is running.
#
# Idempotent and non-interactive (CI runs it as root with no stdin):
#   - apt-get runs only when a package is missing;
#   - dockerd is started only when `docker info` fails.
#
# Compose: bookworm ships no compose v2 plugin (no docker-compose-plugin /
# docker-compose-v2 package), only `docker-compose` 1.29 (python). That one
# understands the repo's docker-compose.yml, so use `docker-compose ...`;
# neo4j/neo4j.mk picks `docker compose` instead when the plugin exists.
#
# Env: DOCKERD_LOG [/tmp/dockerd.log], DOCKER_WAIT seconds [60]
set -euo pipefail

die() { echo "install-docker: $*" >&2; exit 1; }

export DEBIAN_FRONTEND=noninteractive
# needrestart (pulled in on some hosts) would otherwise prompt or spam stderr.
export NEEDRESTART_SUSPEND=1
SUDO=""
if [[ $(id -u) -ne 0 ]]; then
  command -v sudo >/dev/null || die "must run as root (or with sudo available)"
  SUDO="sudo -n"
fi

# Package -> a file it installs, to test presence without dpkg-query races.
declare -A want=(
  [docker.io]=/usr/sbin/dockerd
  [debootstrap]=/usr/sbin/debootstrap
  [docker-compose]=/usr/bin/docker-compose
)
missing=()
for pkg in "${!want[@]}"; do
  [[ -x "${want[$pkg]}" ]] || missing+=("$pkg")
done
if ((${#missing[@]})); then
  echo "install-docker: installing ${missing[*]}"
  $SUDO apt-get update -qq || die "apt-get update failed"
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null \
    || die "apt-get install ${missing[*]} failed"
else
  echo "install-docker: docker.io, debootstrap, docker-compose already installed"
fi

# No systemd in containers/CI sandboxes: start the daemon by hand when it is
# not answering. setsid + nohup keep it alive after this script exits.
if docker info >/dev/null 2>&1; then
  echo "install-docker: dockerd already running"
else
  log=${DOCKERD_LOG:-/tmp/dockerd.log}
  if pgrep -x dockerd >/dev/null; then
    echo "install-docker: dockerd process exists but does not answer yet; waiting"
  else
    echo "install-docker: starting dockerd (log: $log)"
    $SUDO setsid nohup /usr/sbin/dockerd >"$log" 2>&1 </dev/null &
  fi
  wait_s=${DOCKER_WAIT:-60}
  for ((i = 0; i < wait_s * 2; i++)); do
    docker info >/dev/null 2>&1 && break
    sleep 0.5
  done
  if ! docker info >/dev/null 2>&1; then
    tail -n 20 "$log" >&2 2>/dev/null || true
    die "dockerd did not answer within ${wait_s}s (log: $log)"
  fi
fi
echo "install-docker: ready: server $(docker info --format '{{.ServerVersion}}'), storage $(docker info --format '{{.Driver}}')"
