#!/usr/bin/env bash
# Build the sandbox's base image without a container registry: a minimal Debian
# rootfs with python3, numpy and sortedcontainers from Debian's own packages, imported as an image.
# Extra Debian packages go into the same rootfs (the torch flavour: python3-torch, CPU only).
# Usage: build-offline-base.sh TAG [PACKAGE...]
set -euo pipefail
tag=${1:?usage: build-offline-base.sh TAG [PACKAGE...]}
shift
packages=python3,python3-numpy,python3-sortedcontainers
for package in "$@"; do packages+=",$package"; done

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
log "debootstrap bookworm with $packages from $mirror (a minute; several with torch)"
debootstrap --variant=minbase --include="$packages" bookworm "$rootfs" "$mirror" >/dev/null

# Trim what a sandbox never needs: docs, man pages, apt caches; python3-torch's dependency
# libtorch-test is PyTorch's own C++ test binaries.
rm -rf "$rootfs"/usr/share/doc "$rootfs"/usr/share/man "$rootfs"/var/cache/apt/* "$rootfs"/var/lib/apt/lists/*
rm -rf "$rootfs"/usr/lib/libtorch-test

log "importing as $tag"
tar -C "$rootfs" -c . | docker import --change 'CMD ["python3"]' - "$tag" >/dev/null
