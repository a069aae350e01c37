#!/usr/bin/env bash
# Make a Docker engine reachable: install Debian's docker.io if dockerd is missing,
# and start dockerd in the background if nothing answers on the socket.
# Safe to run again: it does nothing when an engine already answers.
set -euo pipefail

log() { printf 'start-engine: %s\n' "$*" >&2; }

engine_answers() { docker version --format '{{.Server.Version}}' >/dev/null 2>&1; }

if command -v docker >/dev/null 2>&1 && engine_answers; then
    exit 0
fi

if [ "$(id -u)" != 0 ]; then
    log "no Docker engine answers, and starting one needs root."
    log "start Docker yourself (e.g. 'sudo systemctl start docker'), add yourself to the docker group, or use '--sandbox local'."
    exit 3
fi

if ! command -v dockerd >/dev/null 2>&1; then
    log "installing Debian's docker.io"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq docker.io >/dev/null
fi

if ! engine_answers; then
    log "starting dockerd in the background (log: /var/log/judge-dockerd.log)"
    nohup dockerd >/var/log/judge-dockerd.log 2>&1 &
    for _ in $(seq 1 60); do
        engine_answers && break
        sleep 0.5
    done
fi

if ! engine_answers; then
    log "dockerd did not come up; see /var/log/judge-dockerd.log"
    exit 3
fi
log "Docker engine $(docker version --format '{{.Server.Version}}') is up"
