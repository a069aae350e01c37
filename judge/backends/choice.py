"""Choosing a backend: docker, local, or auto (Docker when it answers, else local, said plainly)."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING

from judge.backends.base import LoadRequest, Sandbox
from judge.errors import JudgeError, SandboxUnavailable

if TYPE_CHECKING:
    from judge.backends.starter import ContainerStarter

CHOICES = ("auto", "docker", "local")


@dataclass
class SandboxChoice:
    sandbox: Sandbox
    notice: str = ""  # what the user must be told about this choice, if anything


def sandbox_choice(choice: str = "auto") -> SandboxChoice:
    from judge.backends.docker import DockerSandbox
    from judge.backends.local import WARNING, LocalSandbox

    _check(choice)
    if choice == "local":
        return SandboxChoice(LocalSandbox(), WARNING)
    try:
        return SandboxChoice(DockerSandbox())
    except SandboxUnavailable as error:
        if choice == "docker":
            raise
        return _local_instead(error)


class EarlyChoice:
    """A sandbox choice begun before the caller's own work, finished by `result()`; a context
    manager that closes what it made (a container no session used is removed).

    For Docker a child is forked at once (judge/backends/forked.py): it imports the docker
    SDK and reaches the engine while the caller loads the problem, then creates and starts
    the container for `start(load)` while the caller imports the rest of the judge. A
    caller that never calls start() (a compile error) starts no container. The `judge`
    program forks that child before it imports the judge and passes it as `starter`. In
    a process that already runs other threads it is sandbox_choice, made when the result
    is asked for.
    """

    def __init__(self, choice: str, starter: ContainerStarter | None = None):
        _check(choice)
        self.choice = choice
        self.forked = None
        # Fork only a single-threaded process: a child inherits none of the other threads, but
        # any lock one of them held (an import, a connection pool), and could wait on it for ever.
        if choice != "local" and (starter is not None or threading.active_count() == 1):
            from judge.backends.docker import configured_image
            from judge.backends.forked import ForkedDockerStart

            self.forked = ForkedDockerStart(configured_image(), starter)
        elif starter is not None:
            starter.cancel()
        self.started = False

    def start(self, load: LoadRequest) -> None:
        """Have the container for a session with `load`'s limits started (by the forked child, if any)."""
        if self.forked is not None:
            self.forked.start(load)
            self.started = True

    def result(self) -> SandboxChoice:
        if not self.started:
            return sandbox_choice(self.choice)
        try:
            self.forked.ready()
        except SandboxUnavailable as error:
            if self.choice == "docker":
                raise
            return _local_instead(error)
        return SandboxChoice(self.forked)

    def __enter__(self) -> "EarlyChoice":
        return self

    def __exit__(self, *exc_info) -> None:
        if self.forked is not None:
            self.forked.close()


def _check(choice: str) -> None:
    if choice not in CHOICES:
        raise JudgeError(f"unknown sandbox '{choice}'", "choose auto, docker or local")


def _local_instead(error: SandboxUnavailable) -> SandboxChoice:
    from judge.backends.local import WARNING, LocalSandbox

    return SandboxChoice(LocalSandbox(), f"{error.message}; falling back to --sandbox local: {WARNING}")


def open_sandbox(choice: str = "auto") -> Sandbox:
    return sandbox_choice(choice).sandbox
