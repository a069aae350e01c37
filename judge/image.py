"""The sandbox image: its content-addressed tag, and how to build it with or without a registry.

The tag carries a hash of everything under sandbox/, so editing the runner makes
the old image unusable instead of silently stale. Without a registry the base is
a Debian rootfs built by debootstrap and imported; the runner layer goes on top
with the same Dockerfile either way.

Two flavours: numpy (the default, every problem) and torch, the same rootfs with
Debian's python3-torch (1.13, CPU only) for problems declaring `frameworks: [torch]`.
The torch flavour is built offline only: a registry's python image would need PyPI's
much larger wheels.
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
TORCH_CONTENTS = "Python 3.11, numpy 1.24, torch 1.13 (CPU only) and sortedcontainers 2.4, nothing else"

REPOSITORY = "judge-sandbox"
OFFLINE_BASE = "judge-sandbox-base"
PULL_BASE = "python:3.11-slim"


@dataclass(frozen=True)
class Flavour:
    """One sandbox image: what its Debian base adds to python3 and numpy, and how it is named."""

    name: str
    repository: str
    packages: tuple[str, ...]  # Debian packages beyond build-offline-base.sh's own
    contents: str
    build_command: str

    @property
    def base_label(self) -> str:
        return "bookworm" if not self.packages else f"bookworm-{self.name}"


NUMPY = Flavour("numpy", REPOSITORY, (), CONTENTS, "judge sandbox build")
TORCH = Flavour("torch", f"{REPOSITORY}-torch", ("python3-torch",), TORCH_CONTENTS, "judge sandbox build --torch")
FLAVOURS = {flavour.name: flavour for flavour in (NUMPY, TORCH)}


def _digest(paths: list[Path]) -> str:
    digest = hashlib.sha256()
    for path in sorted(paths):
        digest.update(str(path.relative_to(SANDBOX_DIR)).encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:12]


def sandbox_files() -> list[Path]:
    return [p for p in SANDBOX_DIR.rglob("*") if p.is_file() and "__pycache__" not in p.parts]


def image_tag(flavour: Flavour = NUMPY) -> str:
    return f"{flavour.repository}:{_digest(sandbox_files())}"


def offline_base_tag(flavour: Flavour = NUMPY) -> str:
    return f"{OFFLINE_BASE}:{flavour.base_label}-{_digest([SANDBOX_DIR / 'build-offline-base.sh'])}"


def flavour_of(tag: str) -> Flavour:
    """The flavour an image tag is of (its repository), the numpy one for a tag of anything else."""
    repository = tag.rpartition(":")[0] or tag
    return next((flavour for flavour in FLAVOURS.values() if flavour.repository == repository), NUMPY)


@dataclass
class BuildOutcome:
    tag: str
    method: str  # "existing", "dockerfile" or "offline"


def has_image(client, tag: str) -> bool:
    import docker.errors

    try:
        client.images.get(tag)
        return True
    except docker.errors.ImageNotFound:
        return False


def _can_pull(client, log) -> bool:
    import docker.errors

    if has_image(client, PULL_BASE):
        return True
    log(f"trying to pull {PULL_BASE}")
    try:
        client.images.pull(PULL_BASE)
        return True
    except docker.errors.APIError as error:
        log(f"cannot pull {PULL_BASE} ({str(error.explanation or error)[:80]}); building offline instead")
        return False


def _build_offline_base(client, log, flavour: Flavour) -> str:
    tag = offline_base_tag(flavour)
    if has_image(client, tag):
        return tag
    took = "about a minute" if not flavour.packages else "a few minutes: about 900 MB of Debian packages"
    log(f"building the offline base image {tag} with debootstrap ({took})")
    done = subprocess.run(["bash", str(SANDBOX_DIR / "build-offline-base.sh"), tag, *flavour.packages],
                          stdin=subprocess.DEVNULL)
    if done.returncode != 0:
        raise SandboxUnavailable(f"building the offline base image failed (exit {done.returncode})",
                                 "debootstrap needs root and Debian's package mirror")
    return tag


def has_offline_base(client, flavour: Flavour) -> bool:
    """Whether this machine has built `flavour`'s base: its image is then a few seconds' build away."""
    return has_image(client, offline_base_tag(flavour))


def build_image(client, method: str = "auto", log=lambda message: None, flavour: Flavour = NUMPY) -> BuildOutcome:
    """Build the sandbox image of `flavour` unless it exists; `method` is auto, dockerfile or offline."""
    import docker.errors

    tag = image_tag(flavour)
    if has_image(client, tag):
        return BuildOutcome(tag, "existing")
    if flavour.packages and method == "dockerfile":
        raise SandboxUnavailable(f"the {flavour.name} image is built offline only (Debian's "
                                 f"{', '.join(flavour.packages)})", f"run '{flavour.build_command}'")
    prefer_offline = method == "offline" or flavour.packages or (
        method == "auto" and has_image(client, offline_base_tag(flavour)))
    if method == "dockerfile" or (not prefer_offline and _can_pull(client, log)):
        base, used = PULL_BASE, "dockerfile"
    else:
        base, used = _build_offline_base(client, log, flavour), "offline"
    log(f"building {tag} from {base}")
    try:
        client.images.build(path=str(SANDBOX_DIR), tag=tag, buildargs={"BASE": base}, rm=True, forcerm=True,
                            pull=False, network_mode="none" if used == "offline" else None)
    except (docker.errors.BuildError, docker.errors.APIError) as error:
        raise SandboxUnavailable(f"building the sandbox image failed: {str(error)[:200]}") from None
    return BuildOutcome(tag, used)
