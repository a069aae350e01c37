#!/usr/bin/env bash
# Build the sandbox's base image without a container registry: a minimal Debian
# rootfs with python3, numpy and sortedcontainers from Debian's own packages, imported as an image.
# Usage: build-offline-base.sh TAG
set -euo pipefail
tag=${1:?usage: build-offline-base.sh TAG}

log() { printf 'build-offline-base: %s\n' "$*" >&2; }

if ! command -v debootstrap >/dev/null 2>&1; then
    log "installing debootstrap"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq debootstrap >/dev/null
fi

rootfs=$(mktemp -d /var/tmp/judge-rootfs.XXXXXX)
trap 'rm -rf "$rootfs"' EXIT

mirror=$(sed -n 's/^URIs: *\(http[^ ]*debian\)\/*$/\1/p' /etc/apt/sources.list.d/debian.sources 2>/dev/null | head -n1)
mirror=${mirror:-http://deb.debian.org/debian}
log "debootstrap bookworm from $mirror (about a minute)"
debootstrap --variant=minbase --include=python3,python3-numpy,python3-sortedcontainers bookworm "$rootfs" "$mirror" >/dev/null

# Trim what a sandbox never needs: docs, man pages, apt caches.
rm -rf "$rootfs"/usr/share/doc "$rootfs"/usr/share/man "$rootfs"/var/cache/apt/* "$rootfs"/var/lib/apt/lists/*

log "importing as $tag"
tar -C "$rootfs" -c . | docker import --change 'CMD ["python3"]' - "$tag" >/dev/null
