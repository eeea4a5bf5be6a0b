#!/usr/bin/env bash
# Resolve Neo4j Community (server + Browser) and cypher-shell from Maven Central
# into flat lib directories, using neo4j/pom.xml. Central has no Neo4j tarball,
# so this is how the project gets a runnable server without any other network.
#
# Usage: neo4j/fetch-jars.sh [--force] [LIB_DIR]
#   LIB_DIR       server classpath dir (default: <repo>/.cache/neo4j/lib,
#                 or $NEO4J_LIB_DIR)
#   cypher-shell  goes to $NEO4J_SHELL_LIB_DIR (default: <LIB_DIR>/../cypher-shell/lib)
#   MVN_ARGS      extra Maven arguments, e.g. -Dmaven.repo.local=/tmp/m2
# Idempotent: a marker file (.complete) holding the pom's checksum makes a
# rerun a no-op; editing the pom (e.g. a new version) triggers a refetch.
set -euo pipefail

die() { echo "fetch-jars: $*" >&2; exit 1; }
count_jars() { local f=("$1"/*.jar); [[ -e "${f[0]}" ]] && echo "${#f[@]}" || echo 0; }

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/.." && pwd)
pom="$here/pom.xml"

force=0
if [[ "${1:-}" == "--force" ]]; then force=1; shift; fi
lib_dir=${1:-${NEO4J_LIB_DIR:-$repo/.cache/neo4j/lib}}
shell_lib_dir=${NEO4J_SHELL_LIB_DIR:-$(dirname "$lib_dir")/cypher-shell/lib}

command -v mvn >/dev/null || die "mvn not found (install Maven 3.8+ and a JDK 17)"
[[ -f "$pom" ]] || die "missing $pom"

# The marker carries the pom's checksum so a version bump is noticed.
stamp=$(sha256sum "$pom" | cut -d' ' -f1)

# fetch PROFILE DEST: copy the profile's runtime classpath into DEST atomically
# (tmp dir + rename) so an interrupted run never leaves a half-filled lib dir
# that looks complete.
fetch() {
  local profile=$1 dest=$2
  if [[ $force -eq 0 && -f "$dest/.complete" && "$(cat "$dest/.complete")" == "$stamp" ]]; then
    echo "fetch-jars: $profile already in $dest ($(count_jars "$dest") jars), skipping"
    return 0
  fi
  local tmp="$dest.tmp.$$"
  rm -rf "$tmp"
  mkdir -p "$tmp"
  echo "fetch-jars: resolving profile '$profile' into $dest"
  # shellcheck disable=SC2086  # MVN_ARGS is a word list on purpose
  if ! mvn -B -q -Dstyle.color=never -f "$pom" -P "$profile" ${MVN_ARGS:-} \
        dependency:copy-dependencies \
        -DoutputDirectory="$tmp" -DincludeScope=runtime -DexcludeTypes=pom; then
    rm -rf "$tmp"
    die "maven could not resolve profile '$profile' (see output above)"
  fi
  [[ $(count_jars "$tmp") -gt 0 ]] || { rm -rf "$tmp"; die "no jars resolved for profile '$profile'"; }
  echo "$stamp" > "$tmp/.complete"
  rm -rf "$dest"
  mkdir -p "$(dirname "$dest")"
  mv "$tmp" "$dest"
  echo "fetch-jars: $(count_jars "$dest") jars, $(du -sh "$dest" | cut -f1) in $dest"
}

fetch server "$lib_dir"
# Sanity check: the three artifacts the server cannot run without.
for want in "neo4j-${NEO4J_EXPECT_VERSION:-5.26}" neo4j-server- neo4j-browser-; do
  found=("$lib_dir/$want"*.jar)
  [[ -e "${found[0]}" ]] || die "$lib_dir lacks a $want* jar"
done

# cypher-shell is a convenience (Bolt smoke tests from scripts); the server
# does not need it, so a failure here is a warning, not an error.
if ! (fetch cypher-shell "$shell_lib_dir"); then
  echo "fetch-jars: warning: cypher-shell not resolved; the server lib is fine" >&2
fi
