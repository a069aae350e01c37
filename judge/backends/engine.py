"""The Docker engine, through the docker SDK: a client, a sandbox container made and started, tidying.

Every sandbox container is made here, by `create_container`, from the options
`judge.backends.docker.hardened_options` writes down.
"""

from __future__ import annotations

import os
import socket
import time
from typing import Any

from judge.errors import SandboxUnavailable

LABEL = "judge.sandbox"
OWNER_LABEL = "judge.owner"  # the judge that created it: this machine's name and the judge's pid
STALE_AFTER_S = 300.0  # a container created this long ago and never started belongs to a dead judge


def owner() -> str:
    """The OWNER_LABEL of the containers this process creates."""
    return f"{socket.gethostname()}/{os.getpid()}"


def docker_client(timeout: float = 30, api_version: str | None = None):
    """A client for an engine that answers, or SandboxUnavailable saying what to do.

    `api_version`: the engine's, when known from an earlier run (engine_address() names
    the engine); else the client asks for it as it is made, one round trip. No ping either way.
    """
    import docker
    import docker.errors

    try:
        return docker.from_env(timeout=timeout, version=api_version or "auto")
    except docker.errors.DockerException as error:
        raise SandboxUnavailable(f"no Docker engine answers at {engine_address()} ({_why_unreachable(error)})",
                                 "run 'make setup' or 'sandbox/start-engine.sh' as root, or use --sandbox local") from None


def engine_address() -> str:
    return os.environ.get("DOCKER_HOST") or "unix:///var/run/docker.sock"


def refuses_api_version(error: Exception) -> bool:
    """Whether the engine refused a request for the API version it was made in (an engine
    upgraded or downgraded since that version was remembered)."""
    return getattr(error, "status_code", None) == 400 and "client version" in str(error).lower()


def _why_unreachable(error: Exception) -> str:
    """The cause in a few words: the SDK's message nests the socket's own error several levels deep."""
    text = str(error)
    for marker, reason in (("FileNotFoundError", "no such socket"), ("Connection refused", "connection refused"),
                           ("ConnectionRefusedError", "connection refused"), ("Name or service not known", "unknown host"),
                           ("PermissionError", "permission denied"), ("Read timed out", "timed out")):
        if marker in text:
            return reason
    return text.removeprefix("Error while fetching server API version: ").strip()[:120] or type(error).__name__


def create_container(client, image: str, options: dict[str, Any]) -> ContainerHandle:
    """Create (not start) a container from hardened_options' plain options; SandboxUnavailable if the image is missing.

    The SDK's low-level calls, because its high-level create inspects the new container
    at once: one more engine round trip before the start, for attributes no one reads.
    """
    import docker.errors

    host_config = client.api.create_host_config(**options["host_config"])
    try:
        created = client.api.create_container(image, host_config=host_config, use_config_proxy=False,
                                              **options["container"])
    except docker.errors.ImageNotFound:
        raise SandboxUnavailable(f"sandbox image {image} is missing", f"run '{build_command(image)}'") from None
    return ContainerHandle(created["Id"], client)


def build_command(image: str) -> str:
    """The command that builds `image`, as judge.image.Flavour.build_command says it."""
    return "judge sandbox build --torch" if image.startswith("judge-sandbox-torch:") else "judge sandbox build"


class ContainerHandle:
    """A sandbox container by id: the few calls a session makes on it, the SDK imported only when one is."""

    def __init__(self, container_id: str, client=None):
        self.id = container_id
        self._client = client

    @property
    def client(self):
        if self._client is None:
            self._client = docker_client()
        return self._client

    def start(self) -> None:
        self.client.api.start(self.id)

    def kill(self) -> None:
        import docker.errors

        try:
            self.client.api.kill(self.id)
        except docker.errors.APIError:
            pass  # already gone: it exited, and auto_remove took it

    def remove(self) -> None:
        """Kill and remove it, started or not (a container only created is never auto-removed)."""
        import docker.errors

        try:
            self.client.api.remove_container(self.id, force=True)
        except docker.errors.APIError:
            pass  # already gone

    @property
    def attrs(self) -> dict[str, Any]:
        """What the engine says of it now (an inspect)."""
        return self.client.api.inspect_container(self.id)

    def running(self) -> bool:
        """Whether the engine still has it running (False once it exited or is gone)."""
        try:
            return bool(self.attrs["State"].get("Running"))
        except Exception:
            return False

    def oom_killed(self) -> bool:
        """Whether the kernel's OOM killer ended a process in it; False when the engine no longer knows it."""
        try:
            return bool(self.attrs["State"].get("OOMKilled"))
        except Exception:
            return False


def tidy_after_dead_judges(client) -> None:
    """Remove what judges killed outright left behind: containers never started, channel folders."""
    from judge.backends.channel import remove_orphaned_folders

    remove_stale_containers(client)
    remove_orphaned_folders()


def remove_stale_containers(client, older_than_s: float = STALE_AFTER_S, labels: tuple[str, ...] = (LABEL,)) -> int:
    """Remove sandbox containers never started whose judge has died, or created long ago; how many.

    A started container removes itself when its runner exits (auto_remove), but the
    engine never removes one that was only created: that happens when a judge is
    killed outright (SIGKILL) between the two calls. Nothing runs in one, so this is
    tidying, done in the background whenever a Docker sandbox is made.
    """
    import docker.errors

    removed = 0
    try:
        for summary in client.api.containers(all=True, filters={"label": list(labels), "status": "created"}):
            if _abandoned(summary, older_than_s):
                client.api.remove_container(summary["Id"], force=True)
                removed += 1
    except docker.errors.APIError:
        pass  # gone already, or the engine is busy: the next sandbox tries again
    return removed


def _abandoned(summary: dict[str, Any], older_than_s: float) -> bool:
    """Whether a container never started is one no judge will start: its judge, on this machine, has
    died, or (a judge elsewhere, or an older one without the label) it was created long ago."""
    from judge.backends.channel import process_alive

    host, _, pid = ((summary.get("Labels") or {}).get(OWNER_LABEL) or "").rpartition("/")
    if host == socket.gethostname() and pid.isdigit() and not process_alive(int(pid)):
        return True
    return time.time() - summary.get("Created", time.time()) > older_than_s
