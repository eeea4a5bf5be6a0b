#!/usr/bin/env bash
# Build the local Docker image neo4j:5.26-community without any container
# registry: a Debian bookworm rootfs from debootstrap (Debian mirror only),
# plus the Neo4j jars resolved from Maven Central, turned into an image with
# `docker import`.
#
# Usage: neo4j/image/build.sh [--force]
#   Skips when the image already exists, unless --force.
#   The debootstrap rootfs is cached as a tarball under .cache/neo4j/image, so
#   a rebuild (e.g. after a conf or entrypoint change) takes seconds; delete
#   the tarball to re-run debootstrap (e.g. to pick up Debian security fixes).
# Env: IMAGE_TAG [neo4j:5.26-community], DEBIAN_MIRROR [read from apt's
#   sources], NEO4J_LIB_DIR [<repo>/.cache/neo4j/lib]
# Needs root (debootstrap, chroot) and a running dockerd
# (neo4j/install-docker.sh).
set -euo pipefail

die() { echo "image/build: $*" >&2; exit 1; }

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
TAG=${IMAGE_TAG:-neo4j:5.26-community}
SUITE=bookworm
# tini: PID 1 that reaps zombies and forwards signals to Neo4j.
INCLUDE=openjdk-17-jre-headless,tini
CACHE=$repo/.cache/neo4j/image
LIB=${NEO4J_LIB_DIR:-$repo/.cache/neo4j/lib}
NEO4J_UID=7474

force=0
case "${1:-}" in
  --force) force=1 ;;
  "") ;;
  *) echo "usage: $0 [--force]" >&2; exit 2 ;;
esac

[[ $(id -u) -eq 0 ]] || die "must run as root (debootstrap and chroot need it)"
command -v docker >/dev/null || die "docker client not found (run neo4j/install-docker.sh)"
docker info >/dev/null 2>&1 || die "docker daemon not answering (run neo4j/install-docker.sh)"

if [[ $force -eq 0 ]] && docker image inspect "$TAG" >/dev/null 2>&1; then
  echo "image/build: $TAG already exists, skipping (use --force to rebuild)"
  exit 0
fi
command -v debootstrap >/dev/null || die "debootstrap not found (run neo4j/install-docker.sh)"

# The mirror apt already uses (deb822 .sources or one-line .list), so that
# debootstrap reaches exactly what this machine is allowed to reach.
debian_mirror() {
  local f url
  for f in /etc/apt/sources.list.d/*.sources; do
    [[ -f "$f" ]] || continue
    # deb822: stanzas separated by blank lines; take the first whose Suites
    # include the plain suite name.
    url=$(awk -v s="$SUITE" '
      BEGIN { RS = ""; FS = "\n" }
      {
        u = ""; ok = 0; deb = 0
        for (i = 1; i <= NF; i++) {
          if ($i ~ /^Types:/ && $i ~ /(^|[ \t])deb([ \t]|$)/) deb = 1
          if ($i ~ /^URIs:/) { split($i, a, /[ \t]+/); u = a[2] }
          if ($i ~ /^Suites:/) { n = split($i, b, /[ \t]+/); for (j = 2; j <= n; j++) if (b[j] == s) ok = 1 }
        }
        if (deb && ok && u != "") { print u; exit }
      }' "$f")
    [[ -n "$url" ]] && { echo "$url"; return 0; }
  done
  for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
    [[ -f "$f" ]] || continue
    url=$(awk -v s="$SUITE" '$1 == "deb" { i = 2; if ($2 ~ /^\[/) { while ($i !~ /\]$/) i++; i++ } if ($(i + 1) == s) { print $i; exit } }' "$f")
    [[ -n "$url" ]] && { echo "$url"; return 0; }
  done
  return 1
}
MIRROR=${DEBIAN_MIRROR:-$(debian_mirror)} || die "no '$SUITE' Debian mirror found in /etc/apt/sources* (set DEBIAN_MIRROR)"
[[ -n "$MIRROR" ]] || die "no '$SUITE' Debian mirror found in /etc/apt/sources* (set DEBIAN_MIRROR)"

"$repo/neo4j/fetch-jars.sh" "$LIB" >/dev/null || die "could not fetch the Neo4j jars"

mkdir -p "$CACHE"
# The cache key covers everything that shapes the rootfs.
key=$(printf '%s\n' "$SUITE" "$INCLUDE" "$MIRROR" "$NEO4J_UID" "v1" | sha256sum | cut -c1-12)
rootfs_tar=$CACHE/rootfs-$SUITE-$key.tar
work=$(mktemp -d "$CACHE/work.XXXXXX")
trap 'rm -rf "$work"' EXIT

if [[ -f "$rootfs_tar" ]]; then
  echo "image/build: reusing cached rootfs $rootfs_tar"
else
  echo "image/build: debootstrap $SUITE ($INCLUDE) from $MIRROR"
  t0=$SECONDS
  R=$work/rootfs
  debootstrap --variant=minbase --include="$INCLUDE" "$SUITE" "$R" "$MIRROR" >"$work/debootstrap.log" 2>&1 || {
    tail -n 20 "$work/debootstrap.log" >&2
    die "debootstrap failed (see the lines above)"
  }
  echo "image/build: debootstrap took $((SECONDS - t0))s"
  # An unprivileged user for the server (same uid as the official image).
  chroot "$R" groupadd --gid "$NEO4J_UID" neo4j
  chroot "$R" useradd --uid "$NEO4J_UID" --gid neo4j --home-dir /var/lib/neo4j --no-create-home \
    --shell /usr/sbin/nologin neo4j
  # Slim the image: package caches and docs are dead weight in a container.
  rm -rf "$R"/var/cache/apt/archives/*.deb "$R"/var/cache/apt/*.bin "$R"/var/lib/apt/lists/* \
    "$R"/usr/share/doc/* "$R"/usr/share/man/* "$R"/usr/share/info/* "$R"/var/log/*.log "$R"/tmp/*
  # --numeric-owner: the image must keep the rootfs's uids, not the host's names.
  tar --numeric-owner -C "$R" -cf "$rootfs_tar.tmp" .
  mv "$rootfs_tar.tmp" "$rootfs_tar"
  rm -rf "$R"
  echo "image/build: cached rootfs $(du -h "$rootfs_tar" | cut -f1) in $rootfs_tar"
fi

# --- Neo4j layer, appended to a copy of the rootfs tar ------------------------
S=$work/stage
N=$S/var/lib/neo4j
mkdir -p "$N"/{lib,conf-template,conf,data,logs,plugins,import,run} "$S/usr/local/bin"
cp "$LIB"/*.jar "$N/lib/"
cp "$repo/neo4j/conf/neo4j.conf" "$repo/neo4j/conf/user-logs.xml" "$N/conf-template/"
# Image-only defaults, appended so later lines win (the entrypoint then
# applies NEO4J_* overrides on top).
cat >>"$N/conf-template/neo4j.conf" <<'EOF'

# --- added by neo4j/image/build.sh for the container -------------------------
# All interfaces inside the container; publish with -p 127.0.0.1:... outside.
server.default_listen_address=0.0.0.0
# Read by the entrypoint and turned into -Xms/-Xmx.
server.memory.heap.initial_size=512m
server.memory.heap.max_size=1g
EOF
install -m 0755 "$here/entrypoint.sh" "$S/usr/local/bin/neo4j-entrypoint"
# Healthcheck without curl/wget: bash's /dev/tcp, "ready" = HTTP 200 on /.
cat >"$S/usr/local/bin/neo4j-healthcheck" <<'EOF'
#!/bin/bash
# Exit 0 when Neo4j's HTTP discovery endpoint answers 200 (Bolt comes up first).
exec 3<>/dev/tcp/127.0.0.1/${1:-7474} || exit 1
printf 'GET / HTTP/1.0\r\nHost: localhost\r\nAccept: application/json\r\n\r\n' >&3
read -r -t 5 status <&3 || exit 1
[[ "$status" == *" 200 "* ]]
EOF
chmod 0755 "$S/usr/local/bin/neo4j-healthcheck"

img_tar=$work/image.tar
cp "$rootfs_tar" "$img_tar"
# Two appends: code/config owned by root, writable state owned by neo4j.
tar --numeric-owner --owner=0 --group=0 -C "$S" -rf "$img_tar" \
  ./usr/local/bin/neo4j-entrypoint ./usr/local/bin/neo4j-healthcheck \
  --no-recursion ./var/lib/neo4j ./var/lib/neo4j/plugins ./var/lib/neo4j/import
tar --numeric-owner --owner=0 --group=0 -C "$S" -rf "$img_tar" ./var/lib/neo4j/lib ./var/lib/neo4j/conf-template
tar --numeric-owner --owner="$NEO4J_UID" --group="$NEO4J_UID" -C "$S" -rf "$img_tar" \
  ./var/lib/neo4j/conf ./var/lib/neo4j/data ./var/lib/neo4j/logs ./var/lib/neo4j/run

neo4j_jar=("$LIB"/neo4j-5.*.jar)
neo4j_version=${neo4j_jar[0]##*/neo4j-}
neo4j_version=${neo4j_version%.jar}
old_id=$(docker image inspect "$TAG" --format '{{.Id}}' 2>/dev/null || true)
echo "image/build: docker import -> $TAG"
t0=$SECONDS
docker import \
  -c 'ENV NEO4J_HOME=/var/lib/neo4j LANG=C.UTF-8 PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
  -c 'WORKDIR /var/lib/neo4j' \
  -c 'EXPOSE 7474 7473 7687' \
  -c 'ENTRYPOINT ["/usr/bin/tini", "-g", "--", "/usr/local/bin/neo4j-entrypoint"]' \
  -c 'CMD ["neo4j"]' \
  -m "geoalign: Neo4j Community $neo4j_version from Maven Central on Debian $SUITE" \
  "$img_tar" "$TAG" >/dev/null || die "docker import failed"
echo "image/build: import took $((SECONDS - t0))s; $TAG is $(docker image inspect "$TAG" --format '{{.Size}}' | awk '{ printf "%.0f MB", $1 / 1e6 }')"
# A --force rebuild leaves the previous image dangling: drop it unless a
# container still uses it.
new_id=$(docker image inspect "$TAG" --format '{{.Id}}')
if [[ -n "$old_id" && "$old_id" != "$new_id" ]]; then
  docker image rm "$old_id" >/dev/null 2>&1 || true
fi
