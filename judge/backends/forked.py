"""`judge run`'s sandbox: its first container is started by a child forked before the judge imports itself.

The child (judge/backends/starter.py) creates and starts the container with the same
hardened options as DockerSandbox, through the docker SDK; this process keeps the
submission and every case, makes the channel, and connects to the runner as
DockerSandbox.open does. Nothing about the container or its isolation differs.
"""

from __future__ import annotations

from typing import Any

from judge.backends import affinity
from judge.backends.base import LoadRequest, Sandbox
from judge.backends.channel import FifoChannel
from judge.backends.docker import START_TIMEOUT_S, DockerSandbox, DockerSession, hardened_options, image_for
from judge.backends.engine import ContainerHandle, engine_address
from judge.backends.starter import ContainerStarter
from judge.errors import SandboxFailure, SandboxUnavailable


class ForkedDockerStart(Sandbox):
    """A Docker sandbox whose first session's container is started by a forked child.

    Its child is forked first thing: by the `judge` program before anything else is
    imported (judge/program.py, passed in as `starter`), or here. It is then told what
    to start (`start(load)`, once the problem is loaded and the submission compiles).
    `ready()` says whether Docker can be used at all (the engine answered and the image
    exists), for `--sandbox auto`; the first `open()` connects to the child's container;
    any later one (after a time-out) is an ordinary DockerSandbox.open.
    """

    name = DockerSandbox.name
    isolation = DockerSandbox.isolation

    def __init__(self, image: str, starter: ContainerStarter | None = None):
        self.image = image
        self._starter = starter or ContainerStarter()
        self._load: LoadRequest | None = None
        self._channel: FifoChannel | None = None
        self._created: dict[str, Any] | None = None  # the child's first report line
        self._api_version: str | None = None  # the engine's API version as remembered when the child was told
        self._docker = None

    def start(self, load: LoadRequest) -> None:
        """Have the child create and start the container for a session with `load`'s limits."""
        self._load = load
        self._channel = FifoChannel(affinity.claim())
        self._api_version = remembered_api_version()
        self._starter.start(image_for(load, self.image), hardened_options(load, self._channel),
                            str(self._channel.folder), self._api_version)

    def ready(self) -> None:
        """Return once the container exists; SandboxUnavailable when no engine answers or the image
        is missing, SandboxFailure when the engine refused it (this sandbox is then closed)."""
        if self._created is None:
            self._created = self._starter.next_report() or {"error": "failed", "message": "the starting process died"}
            if self._created.get("api_version", self._api_version) != self._api_version:
                remember_api_version(self._created["api_version"])  # asked anew: no version, or a refused one
        if "error" in self._created:
            self.close()
            if self._created["error"] == "unavailable":
                raise SandboxUnavailable(self._created["message"], self._created.get("hint", ""))
            raise SandboxFailure(f"the sandbox container did not start: {self._created['message']}",
                                 "see 'judge sandbox status'")

    def open(self, load: LoadRequest) -> DockerSession:
        if self._channel is None or self._load is None or load.container_key != self._load.container_key:
            return self._fallback().open(load)
        self.ready()
        started = self._starter.next_report()  # the child goes on to tidy (off the way); close() reaps it
        channel, self._channel = self._channel, None
        container = ContainerHandle(self._created["id"])
        if not started or "error" in started:
            channel.close()
            container.remove()
            message = started["message"] if started else "the starting process died"
            raise SandboxFailure(f"the sandbox container did not start: {message}", "see 'judge sandbox status'")
        try:
            channel.connect(timeout=START_TIMEOUT_S, alive=container.running)
        except (ConnectionError, TimeoutError, OSError):
            # The container died before its runner said hello (seen under heavy load): start
            # another the ordinary way, which retries once and then names the cause.
            channel.close()
            container.remove()
            return self._fallback().open(load)
        except BaseException:
            channel.close()
            container.remove()
            raise
        return DockerSession(container, channel, load)

    def close(self) -> None:
        """Leave nothing behind: a container made for a session that never opened is removed."""
        if not self._starter.told:  # never told to start (a compile error): the child has made nothing
            self._starter.cancel()
            return
        if self._channel is None:
            self._starter.reap()
            return
        channel, self._channel = self._channel, None
        channel.close()
        reports = [self._created] if self._created else []
        while (line := self._starter.next_report()) is not None:  # to the child's exit: it has started or failed
            reports.append(line)
        self._starter.reap()
        for report in reports:
            if "id" in report:
                ContainerHandle(report["id"]).remove()

    def describe(self) -> dict[str, Any]:
        return dict(super().describe(), image=self.image)

    def _fallback(self) -> DockerSandbox:
        if self._docker is None:
            self._docker = DockerSandbox(image=self.image)
        return self._docker


def remembered_api_version() -> str | None:
    """The API version the engine at engine_address() answered in last time, if any (cache.py)."""
    from judge import cache

    version = cache.load("engine-api-version", [], salt=engine_address().encode())
    return version if isinstance(version, str) else None


def remember_api_version(version: str) -> None:
    """Keep the engine's API version for the next run, which then need not ask (one round trip less)."""
    from judge import cache

    cache.store("engine-api-version", [], version, salt=engine_address().encode())
