"""A forked process that starts one sandbox container through the docker SDK while the judge gets ready.

Why: before the engine can start a container, a process must import the docker SDK
(~0.15 s: requests, urllib3) and ask the engine for its API version; `judge run` must
also import the judge, parse its arguments and load the problem, which takes as long
again. Both are pure Python, so threads would take turns on one interpreter lock; a
child forked first thing does the first on another core while the judge does the
second. The `judge` program forks it before it imports click (judge/program.py), so
this module imports nothing before the fork but three small standard modules (json, with
re and enum, would cost ~17 ms first; signal, with enum, ~10 ms).

The child only talks to the engine: it receives the image, the container's options
(hardened_options, as plain JSON) and the channel's folder, creates the container,
starts it, and reports one JSON line per step. The submission and every case stay
with the judge. If the judge dies meanwhile, the child removes what it made.
"""

from __future__ import annotations

import gc
import os
import select

REPORT_TIMEOUT_S = 60.0  # a cold engine on a loaded machine can take seconds; a silent child is then killed


class ContainerStarter:
    """The judge's end of the forked child: `start(...)` once, then `next_report()` until None.

    Reports, in order: {"id": ..., "api_version": ...} once created, {"started": true} once started; or
    {"error": "unavailable"|"failed", "message": ..., "hint": ...} instead of either.
    A starter never told what to start (`cancel()`) starts nothing.
    """

    def __init__(self):
        request_read, self._request = os.pipe()
        report_read, report_write = os.pipe()
        self.pid = os.fork()
        if self.pid == 0:  # the child: never returns
            gc.disable()  # it lives a second and makes little garbage: collections would slow the SDK's import ~10%
            os.setsid()  # Ctrl-C or a kill of the judge's process group is the judge's to handle, not ours
            os.close(self._request)
            os.close(report_read)
            _serve(request_read, report_write)
        os.close(request_read)
        os.close(report_write)
        self._report: int | None = report_read
        self._unread = b""

    @property
    def told(self) -> bool:
        """Whether start() or cancel() has been called."""
        return self._request is None

    def start(self, image: str, options: dict, folder: str, api_version: str | None = None) -> None:
        """Have the child create and start a container of `image` with hardened_options' `options`;
        `api_version`, the engine's if known, spares it asking."""
        import json

        request = {"image": image, "options": options, "folder": folder, "api_version": api_version}
        try:
            os.write(self._request, json.dumps(request).encode() + b"\n")
        except BrokenPipeError:
            pass  # the child gave up before reading it (no engine answers): its report says why
        self._close_request()

    def cancel(self) -> None:
        """Nothing to start after all. The child has made nothing yet (it waits to be told), so it is
        killed rather than left to finish importing the SDK: a judge that stops early stops at once."""
        if not self.told:
            self._close_request()
            _kill(self.pid)
            self.reap()

    def next_report(self) -> dict | None:
        """The child's next report line; None once it has exited. A child silent for REPORT_TIMEOUT_S
        (an engine that hangs) is killed: the caller then sees it as exited."""
        import json

        while b"\n" not in self._unread:
            if self._report is None:
                return None
            ready, _, _ = select.select([self._report], [], [], REPORT_TIMEOUT_S)
            chunk = os.read(self._report, 4096) if ready else b""
            if not ready:
                _kill(self.pid)
            if not chunk:
                return None
            self._unread += chunk
        line, self._unread = self._unread.split(b"\n", 1)
        return json.loads(line)

    def reap(self) -> None:
        """Wait for the child's exit (it exits once it has reported its last step)."""
        if self._report is not None:
            os.close(self._report)
            self._report = None
        try:
            os.waitpid(self.pid, 0)
        except ChildProcessError:
            pass

    def _close_request(self) -> None:
        if self._request is not None:
            os.close(self._request)
            self._request = None


def _kill(pid: int) -> None:
    import signal

    os.kill(pid, signal.SIGKILL)


class _ParentGone(Exception):
    """The judge that forked this child died (SIGKILL): what was made for it must go too."""


def _serve(request_fd: int, report_fd: int) -> None:
    """The forked child: reach the engine, wait for what to start, create and start it, say how each
    step went (one JSON line each), and exit. If the judge dies meanwhile, undo it all: a container
    only created is never removed by the engine, and the channel's folder is the judge's to remove."""
    import json
    import shutil

    from judge.errors import SandboxUnavailable

    container = folder = None
    try:
        import docker.errors  # the SDK: imported here, in the child, never in the judge on its way

        from judge.backends import engine

        with os.fdopen(request_fd, "rb") as requests:
            line = requests.readline()  # usually there already: the judge needs less time than the SDK's import
        if not line:
            os._exit(0)  # nothing to start after all
        request = json.loads(line)
        folder = request["folder"]
        client = engine.docker_client(api_version=request["api_version"])
        try:
            container = engine.create_container(client, request["image"], request["options"])
        except docker.errors.APIError as error:
            if not (request["api_version"] and engine.refuses_api_version(error)):
                raise
            client = engine.docker_client()  # the engine changed since its version was remembered: ask it
            container = engine.create_container(client, request["image"], request["options"])
        _say(report_fd, {"id": container.id, "api_version": client.api.api_version})
        try:
            container.start()
        except BaseException:
            container.remove()
            container = None
            raise
        _say(report_fd, {"started": True})
        os.nice(10)  # off the judge's way: it is talking to the runner, which has just started
        engine.tidy_after_dead_judges(client)
    except _ParentGone:
        if container is not None:
            container.remove()
        if folder is not None:
            shutil.rmtree(folder, ignore_errors=True)
    except SandboxUnavailable as error:
        _say_if_heard(report_fd, {"error": "unavailable", "message": error.message, "hint": error.hint})
    except BaseException as error:  # noqa: BLE001 - reported to the judge, which decides
        _say_if_heard(report_fd, {"error": "failed", "message": f"{type(error).__name__}: {error}"})
    os._exit(0)


def _say(report_fd: int, message: dict) -> None:
    """One report line to the judge; _ParentGone when it is no longer there to read it."""
    import json

    try:
        os.write(report_fd, json.dumps(message).encode() + b"\n")
    except OSError:
        raise _ParentGone() from None


def _say_if_heard(report_fd: int, message: dict) -> None:
    try:
        _say(report_fd, message)
    except _ParentGone:
        pass  # the judge is gone, and nothing was made for it
