#!/usr/bin/env bash
# Fetches the newer Docker Engines and Compose v2 the conformance suites run against, from Debian's own
# archive, WITHOUT touching the system's apt configuration (docker-ipam.md §9): a private sources list
# and private package lists under the cache directory, `apt-get download` of pinned versions, checked
# against pinned SHA-256 sums, and `dpkg -x` into the cache. The binaries run on bookworm's libraries
# (dockerd uses the system's containerd and runc from bookworm's docker.io).
#
#   test/oracle/fetch-engines.sh [CACHE]      (default $SUBNET_GUARD_ENGINE_CACHE or /var/cache/subnet-guard)
#
# Idempotent: what is already extracted is skipped, so a machine that keeps the cache downloads nothing.
# Layout (what test/oracle/engines.ts reads):
#   CACHE/26.1.5/usr/sbin/dockerd   CACHE/28.5.2/usr/sbin/dockerd
#   CACHE/compose-2.40.3/usr/libexec/docker/cli-plugins/docker-compose
# When the mirror no longer carries a pinned version (sid moves on), the same version is fetched from
# snapshot.debian.org.
set -euo pipefail

CACHE=${1:-${SUBNET_GUARD_ENGINE_CACHE:-/var/cache/subnet-guard}}
SNAPSHOT=${SUBNET_GUARD_SNAPSHOT:-20261201T000000Z}

# dir | package | Debian version | suite | sha256 of the .deb | file that must exist after extraction
WANT=(
  "26.1.5|docker.io|26.1.5+dfsg1-9+deb13u1+b1|trixie|53ae1a99f15113f0a0d2226808ec0d24ee31b3b87b87ab8ec35be09a1a2ee13b|usr/sbin/dockerd"
  "28.5.2|docker.io|28.5.2+dfsg4-5|sid|69a59cc77a1fb8ee9ad6859abc2e6de5d76b70887405595c2b1307818fecf682|usr/sbin/dockerd"
  "compose-2.40.3|docker-compose|2.40.3-3|sid|e7603d5e6df0f8404f7b03da478022b87d7b50644cffe68884b071e5cfc17fd3|usr/libexec/docker/cli-plugins/docker-compose"
)

t0=$(date +%s)
missing=()
for w in "${WANT[@]}"; do
  IFS='|' read -r dir _ _ _ _ bin <<<"$w"
  if [ -x "$CACHE/$dir/$bin" ]; then
    echo "fetch-engines: $dir present ($CACHE/$dir/$bin)"
  else
    missing+=("$w")
  fi
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

command -v apt-get >/dev/null && command -v dpkg >/dev/null || { echo "fetch-engines: needs apt-get and dpkg (Debian)" >&2; exit 1; }
mkdir -p "$CACHE/deb" "$CACHE/lists/partial" "$CACHE/apt-cache/archives/partial"

# The Debian mirror the system already uses (deb822 'URIs:' or a one-line 'deb URI suite'), else deb.debian.org.
mirror=$( (grep -hsE '^URIs:' /etc/apt/sources.list.d/*.sources 2>/dev/null || true) | awk '{print $2}' | grep -m1 -E '/debian/?$' || true)
if [ -z "$mirror" ]; then
  mirror=$( (grep -hsE '^deb ' /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null || true) | awk '{for(i=2;i<=NF;i++) if ($i ~ /^https?:/) {print $i; exit}}' | grep -m1 -E '/debian/?$' || true)
fi
mirror=${mirror:-http://deb.debian.org/debian}
mirror=${mirror%/}

apt_private() {
  # $1: sources list file; the rest: apt-get arguments. Nothing under /etc/apt or /var/lib/apt is read or written.
  local list=$1
  shift
  apt-get -q -o Dir::Etc::sourcelist="$list" -o Dir::Etc::sourceparts=/dev/null \
    -o Dir::State::Lists="$CACHE/lists" -o Dir::Cache="$CACHE/apt-cache" \
    -o APT::Sandbox::User=root "$@"
}

fetch_all() {
  # $1: sources list; downloads every missing .deb it can; returns non-zero if one failed
  local list=$1 rc=0
  apt_private "$list" update >/dev/null || return 1
  for w in "${missing[@]}"; do
    IFS='|' read -r dir pkg ver _ sum _ <<<"$w"
    local deb
    deb=$(ls "$CACHE/deb/${pkg}_${ver//:/%3a}_"*.deb 2>/dev/null | head -1 || true)
    if [ -n "$deb" ] && echo "$sum  $deb" | sha256sum -c --status; then continue; fi
    (cd "$CACHE/deb" && apt_private "$list" download "$pkg=$ver" >/dev/null 2>&1) || rc=1
  done
  return $rc
}

list="$CACHE/sources.list"
printf 'deb [trusted=yes] %s trixie main\ndeb [trusted=yes] %s sid main\n' "$mirror" "$mirror" >"$list"
if ! fetch_all "$list"; then
  echo "fetch-engines: $mirror no longer has every pinned version; trying snapshot.debian.org ($SNAPSHOT)"
  list="$CACHE/sources.snapshot.list"
  printf 'deb [trusted=yes check-valid-until=no] https://snapshot.debian.org/archive/debian/%s trixie main\ndeb [trusted=yes check-valid-until=no] https://snapshot.debian.org/archive/debian/%s sid main\n' \
    "$SNAPSHOT" "$SNAPSHOT" >"$list"
  fetch_all "$list" || true
fi

for w in "${missing[@]}"; do
  IFS='|' read -r dir pkg ver _ sum bin <<<"$w"
  deb=$(ls "$CACHE/deb/${pkg}_${ver//:/%3a}_"*.deb 2>/dev/null | head -1 || true)
  if [ -z "$deb" ]; then echo "fetch-engines: could not download $pkg=$ver" >&2; exit 1; fi
  if ! echo "$sum  $deb" | sha256sum -c --status; then echo "fetch-engines: $deb does not have the pinned SHA-256 $sum" >&2; exit 1; fi
  rm -rf "$CACHE/$dir.tmp"
  dpkg -x "$deb" "$CACHE/$dir.tmp"
  [ -x "$CACHE/$dir.tmp/$bin" ] || { echo "fetch-engines: $deb has no $bin" >&2; exit 1; }
  rm -rf "$CACHE/$dir"
  mv "$CACHE/$dir.tmp" "$CACHE/$dir"
  echo "fetch-engines: $dir extracted from $(basename "$deb")"
done
echo "fetch-engines: done in $(($(date +%s) - t0)) s"
