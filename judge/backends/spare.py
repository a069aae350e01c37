"""The container a Docker sandbox keeps started for its next session, so a practice save does not wait for one.

Opening a sandbox session is almost all container start (create ~0.02 s, start
~0.27 s, the runner's hello ~0.04 s; the submission's load ~0.01 s), and the start
is the engine's work, not ours. In a round every save needs a fresh container with
the same limits, so once the sandbox is asked to keep warm (Sandbox.keep_warm), the
next one is started in the background each time one is taken: by DockerSandbox.start,
the one way a container is started, its runner waiting for a submission. The
submission still reaches it only through the load message, after the channel's folder
is gone, so nothing about isolation changes; a container is still used for one
submission only. A spare left when the judge dies reads end-of-file on its channel and
exits, and the engine removes it (auto_remove).
"""

from __future__ import annotations

import threading
from concurrent.futures import Future
from typing import TYPE_CHECKING, Callable

from judge.backends.base import LoadRequest
from judge.backends.channel import FifoChannel

if TYPE_CHECKING:
    from judge.backends.engine import ContainerHandle

Started = tuple["ContainerHandle", FifoChannel]  # a started container whose runner said hello, and its channel


class Spare:
    """At most one container started ahead, for one set of limits (LoadRequest.container_key)."""

    def __init__(self, start: Callable[[LoadRequest], Started], wait_s: float):
        self._start = start
        self._wait_s = wait_s  # how long close() waits for a spare still starting
        self._lock = threading.Lock()
        self._future: Future | None = None
        self._key: tuple | None = None
        self._closed = False

    def take(self, key: tuple) -> Started | None:
        """The spare for `key`, waited for if it is still starting; None if there is none, it died
        waiting, or it was started for other limits (then it is discarded)."""
        with self._lock:
            future, self._future = self._future, None
        if future is None:
            return None
        if self._key != key:
            _discard_when_ready(future)
            return None
        try:
            return future.result()
        except Exception:
            return None  # it failed to start, and DockerSandbox.start removed what it had created

    def prepare(self, load: LoadRequest) -> None:
        """Start a container for `load`'s limits now, if none is ready or starting."""
        with self._lock:
            if self._closed or self._future is not None:
                return
            future: Future = Future()
            self._future, self._key = future, load.container_key
        threading.Thread(target=self._start_into, args=(load, future), name="judge-spare", daemon=True).start()

    def close(self) -> None:
        """Discard the spare, waiting for it if it is still starting; prepare nothing from now on.

        Waiting matters: the process may end right after this (the CLI skips finalisation),
        and a container created but never started is never removed by the engine.
        """
        with self._lock:
            self._closed = True
            future, self._future = self._future, None
        if future is None:
            return
        try:
            started = future.result(timeout=self._wait_s)
        except Exception:
            return
        discard(started)

    def _start_into(self, load: LoadRequest, future: Future) -> None:
        try:
            started = self._start(load)
        except BaseException as error:
            future.set_exception(error)
            return
        future.set_result(started)


def discard(started: Started) -> None:
    """End a started container no session will use."""
    container, channel = started
    channel.close()  # the runner reads end-of-file and exits
    container.kill()


def _discard_when_ready(future: Future) -> None:
    future.add_done_callback(lambda done: done.exception() is None and discard(done.result()))
