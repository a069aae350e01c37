"""`judge run`'s container, started by a forked process while the judge imports itself.

Why: before the engine can start a container, a process must import the docker SDK
(~0.15 s: requests, urllib3) and make a few API calls; `judge run` must also import
the judge and load the problem's cases, which takes as long again. Both are pure
Python, so threads would take turns on one interpreter lock; a child forked at once
does the first on another core while this process does the second.

The child only talks to the engine, through the docker SDK: it creates the container
with the hardened options and starts it, and reports on a pipe, one JSON line per
step. The channel's FIFOs are made here before the fork, and the submission and every
case stay with this process, which connects to the runner as DockerSandbox.open does.
Nothing about the container or its isolation differs from DockerSandbox's.
"""

from __future__ import annotations

import dataclasses
import json
import os
import select
import shutil
import signal
from typing import Any

from judge.backends import affinity
from judge.backends.base import LoadRequest, Sandbox
from judge.backends.channel import FifoChannel
from judge.backends.docker import (START_TIMEOUT_S, DockerSandbox, DockerSession, docker_client, hardened_options,
                                   tidy_after_dead_judges)
from judge.errors import SandboxFailure, SandboxUnavailable


class ForkedDockerStart(Sandbox):
    """A Docker sandbox whose first session's container is started by a forked child.

    Forked first thing (the child imports the docker SDK and reaches the engine), then
    told what to start (`start(load)`, once the problem is loaded and the submission
    compiles). `ready()` says whether Docker can be used at all (the engine answered and
    the image exists), for `--sandbox auto`; the first `open()` connects to the child's
    container; any later one (after a time-out) is an ordinary DockerSandbox.open.
    """

    name = DockerSandbox.name
    isolation = DockerSandbox.isolation

    def __init__(self, image: str):
        self.image = image
        self._load: LoadRequest | None = None
        self._channel: FifoChannel | None = None
        request_read, self._request = os.pipe()
        report_read, report_write = os.pipe()
        self._pid = os.fork()
        if self._pid == 0:  # the child: never returns
            os.setsid()  # Ctrl-C or a kill of the judge's process group is the judge's to handle, not ours
            os.close(self._request)
            os.close(report_read)
            _serve(image, request_read, report_write)
        os.close(request_read)
        os.close(report_write)
        self._report: int | None = report_read
        self._unread = b""
        self._created: dict[str, Any] | None = None  # the child's first report line
        self._docker = None

    def start(self, load: LoadRequest) -> None:
        """Have the child create and start the container for a session with `load`'s limits."""
        self._load = load
        self._channel = FifoChannel(affinity.claim())
        request = {"load": dataclasses.asdict(load), "folder": str(self._channel.folder),
                   "arguments": self._channel.runner_arguments()}
        try:
            os.write(self._request, json.dumps(request).encode() + b"\n")
        except BrokenPipeError:
            pass  # the child gave up before reading it (no engine answers): ready() reads why
        os.close(self._request)
        self._request = None

    def ready(self) -> None:
        """Return once the container exists; SandboxUnavailable when no engine answers or the image
        is missing, SandboxFailure when the engine refused it (this sandbox is then closed)."""
        if self._created is None:
            self._created = self._next_report() or {"error": "failed", "message": "the starting process died"}
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
        started = self._next_report()
        self._reap()
        channel, self._channel = self._channel, None
        container = _ContainerById(self._created["id"])
        if not started or "error" in started:
            channel.close()
            container.remove()
            message = started["message"] if started else "the starting process died"
            raise SandboxFailure(f"the sandbox container did not start: {message}", "see 'judge sandbox status'")
        try:
            channel.connect(timeout=START_TIMEOUT_S)
        except BaseException:
            channel.close()
            container.remove()
            raise
        return DockerSession(container, channel, load)

    def close(self) -> None:
        """Leave nothing behind: a container made for a session that never opened is removed."""
        if self._request is not None:  # never told to start: the child reads end-of-file and exits
            os.close(self._request)
            self._request = None
            self._reap()
            return
        if self._channel is None:
            return
        channel, self._channel = self._channel, None
        channel.close()
        reports = [self._created] if self._created else []
        while (line := self._next_report()) is not None:  # to the child's exit: it has started or failed
            reports.append(line)
        self._reap()
        for report in reports:
            if "id" in report:
                _ContainerById(report["id"]).remove()

    def describe(self) -> dict[str, Any]:
        return dict(super().describe(), image=self.image)

    def _next_report(self) -> dict[str, Any] | None:
        """The child's next report line; None once it has exited. A child silent for START_TIMEOUT_S
        (an engine that hangs) is killed: the caller then sees it as exited."""
        while b"\n" not in self._unread:
            ready, _, _ = select.select([self._report], [], [], START_TIMEOUT_S)
            chunk = os.read(self._report, 4096) if ready else b""
            if not ready:
                os.kill(self._pid, signal.SIGKILL)
            if not chunk:
                return None
            self._unread += chunk
        line, self._unread = self._unread.split(b"\n", 1)
        return json.loads(line)

    def _reap(self) -> None:
        if self._report is not None:
            os.close(self._report)
            self._report = None
        try:
            os.waitpid(self._pid, 0)
        except ChildProcessError:
            pass

    def _fallback(self) -> DockerSandbox:
        if self._docker is None:
            self._docker = DockerSandbox(image=self.image)
        return self._docker


class _ContainerById:
    """The few container calls a session makes, by id, importing the docker SDK only when one is made."""

    def __init__(self, container_id: str):
        self.id = container_id
        self._container = None

    def _resolve(self):
        if self._container is None:
            self._container = docker_client().containers.get(self.id)
        return self._container

    def kill(self) -> None:
        import docker.errors

        try:
            self._resolve().kill()
        except docker.errors.APIError:
            pass  # already gone: it exited, and auto_remove took it

    def remove(self) -> None:
        """Kill and remove it, started or not (a container only created is never auto-removed)."""
        import docker.errors

        try:
            self._resolve().remove(force=True)
        except docker.errors.APIError:
            pass  # already gone

    def reload(self) -> None:
        self._resolve().reload()

    @property
    def attrs(self) -> dict[str, Any]:
        return self._resolve().attrs


class _ChannelSpec:
    """What hardened_options needs of the parent's FifoChannel: the folder to mount, the runner's arguments."""

    def __init__(self, folder: str, arguments: list[str]):
        self.folder = folder
        self._arguments = arguments

    def runner_arguments(self) -> list[str]:
        return self._arguments


class _ParentGone(Exception):
    """The judge that forked this child died (SIGKILL): what was made for it must go too."""


def _serve(image: str, request_fd: int, report_fd: int) -> None:
    """The forked child: reach the engine, wait for what to start, create and start it, say how each
    step went (one JSON line each), and exit. If the judge dies meanwhile, undo it all: a container
    only created is never removed by the engine, and the channel's folder is the judge's to remove."""
    container = channel = None
    try:
        import docker.errors  # the SDK: imported here, in the child, never in the judge on its way

        client = docker_client()
        with os.fdopen(request_fd, "rb") as requests:
            line = requests.readline()
        if not line:
            os._exit(0)  # nothing to run after all
        request = json.loads(line)
        load = LoadRequest(**dict(request["load"], preload=tuple(request["load"]["preload"])))
        channel = _ChannelSpec(request["folder"], request["arguments"])
        try:
            container = client.containers.create(image, **hardened_options(load, channel))
        except docker.errors.ImageNotFound:
            _say(report_fd, {"error": "unavailable", "message": f"sandbox image {image} is missing",
                 "hint": "run 'judge sandbox build'"})
            os._exit(0)
        _say(report_fd, {"id": container.id})
        try:
            container.start()
        except BaseException:
            container.remove(force=True)
            container = None
            raise
        _say(report_fd, {"started": True})
        tidy_after_dead_judges(client)  # off this judge's critical path
    except _ParentGone:
        if container is not None:
            container.remove(force=True)
        if channel is not None:
            shutil.rmtree(channel.folder, ignore_errors=True)
    except SandboxUnavailable as error:
        _say_if_heard(report_fd, {"error": "unavailable", "message": error.message, "hint": error.hint})
    except BaseException as error:  # noqa: BLE001 - reported to the parent, which decides
        _say_if_heard(report_fd, {"error": "failed", "message": f"{type(error).__name__}: {error}"})
    os._exit(0)


def _say(report_fd: int, message: dict[str, Any]) -> None:
    """One report line to the judge; _ParentGone when it is no longer there to read it."""
    try:
        os.write(report_fd, json.dumps(message).encode() + b"\n")
    except OSError:
        raise _ParentGone() from None


def _say_if_heard(report_fd: int, message: dict[str, Any]) -> None:
    try:
        _say(report_fd, message)
    except _ParentGone:
        pass  # the judge is gone, and nothing was made for it
