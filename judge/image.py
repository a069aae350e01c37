"""The sandbox image: its content-addressed tag, and how to build it with or without a registry.

The tag carries a hash of everything under sandbox/, so editing the runner makes
the old image unusable instead of silently stale. Without a registry the base is
a Debian rootfs built by debootstrap and imported; the runner layer goes on top
with the same Dockerfile either way.
"""

from __future__ import annotations

import hashlib
import subprocess
from dataclasses import dataclass
from pathlib import Path

from judge.errors import SandboxUnavailable
from judge.paths import SANDBOX_DIR

# What the image holds, as both builds pin it (Dockerfile, build-offline-base.sh); `judge show` says it.
CONTENTS = "Python 3.11, numpy 1.24 and sortedcontainers 2.4, nothing else"

REPOSITORY = "judge-sandbox"
OFFLINE_BASE = "judge-sandbox-base"
PULL_BASE = "python:3.11-slim"


def _digest(paths: list[Path]) -> str:
    digest = hashlib.sha256()
    for path in sorted(paths):
        digest.update(str(path.relative_to(SANDBOX_DIR)).encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:12]


def sandbox_files() -> list[Path]:
    return [p for p in SANDBOX_DIR.rglob("*") if p.is_file() and "__pycache__" not in p.parts]


def image_tag() -> str:
    return f"{REPOSITORY}:{_digest(sandbox_files())}"


def offline_base_tag() -> str:
    return f"{OFFLINE_BASE}:bookworm-{_digest([SANDBOX_DIR / 'build-offline-base.sh'])}"


@dataclass
class BuildOutcome:
    tag: str
    method: str  # "existing", "dockerfile" or "offline"


def _has_image(client, tag: str) -> bool:
    import docker.errors

    try:
        client.images.get(tag)
        return True
    except docker.errors.ImageNotFound:
        return False


def _can_pull(client, log) -> bool:
    import docker.errors

    if _has_image(client, PULL_BASE):
        return True
    log(f"trying to pull {PULL_BASE}")
    try:
        client.images.pull(PULL_BASE)
        return True
    except docker.errors.APIError as error:
        log(f"cannot pull {PULL_BASE} ({str(error.explanation or error)[:80]}); building offline instead")
        return False


def _build_offline_base(client, log) -> str:
    tag = offline_base_tag()
    if _has_image(client, tag):
        return tag
    log(f"building the offline base image {tag} with debootstrap (about a minute)")
    done = subprocess.run(["bash", str(SANDBOX_DIR / "build-offline-base.sh"), tag], stdin=subprocess.DEVNULL)
    if done.returncode != 0:
        raise SandboxUnavailable(f"building the offline base image failed (exit {done.returncode})",
                                 "debootstrap needs root and Debian's package mirror")
    return tag


def build_image(client, method: str = "auto", log=lambda message: None) -> BuildOutcome:
    """Build the sandbox image unless it exists; `method` is auto, dockerfile or offline."""
    import docker.errors

    tag = image_tag()
    if _has_image(client, tag):
        return BuildOutcome(tag, "existing")
    prefer_offline = method == "offline" or (method == "auto" and _has_image(client, offline_base_tag()))
    if method == "dockerfile" or (not prefer_offline and _can_pull(client, log)):
        base, used = PULL_BASE, "dockerfile"
    else:
        base, used = _build_offline_base(client, log), "offline"
    log(f"building {tag} from {base}")
    try:
        client.images.build(path=str(SANDBOX_DIR), tag=tag, buildargs={"BASE": base}, rm=True, forcerm=True,
                            pull=False, network_mode="none" if used == "offline" else None)
    except (docker.errors.BuildError, docker.errors.APIError) as error:
        raise SandboxUnavailable(f"building the sandbox image failed: {str(error)[:200]}") from None
    return BuildOutcome(tag, used)
