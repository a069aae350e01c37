"""A Docker sandbox that keeps the next container started, so a practice save does not wait for one.

Opening a sandbox session is almost all container start (create ~0.02 s, start
~0.27 s, the runner's hello ~0.04 s; the submission's load ~0.01 s), and the start
is the engine's work, not ours. In a round every save needs a fresh container with
the same limits, so after each one is taken the next is prepared in the background:
created with the same hardened options by the same steps as DockerSandbox.open
(DockerSandbox.start), started, and connected, its runner waiting for a submission.
The submission still reaches it only through the load message, after the channel's
folder is gone, so nothing about isolation changes; a container is still used for
one submission only. A spare left when the judge dies reads end-of-file on its
channel and exits, and the engine removes it (auto_remove). (`judge run` starts its
one container early too, from a forked process: judge/backends/forked.py.)
"""

from __future__ import annotations

import threading
from concurrent.futures import Future
from contextlib import contextmanager
from typing import Any, Iterator

from judge.backends.base import LoadRequest, Sandbox
from judge.backends.channel import FifoChannel
from judge.backends.docker import START_TIMEOUT_S, DockerSandbox, DockerSession


class _Spare:
    """A started, connected container waiting for its submission."""

    def __init__(self, container, channel: FifoChannel):
        self.container = container
        self.channel = channel

    def discard(self) -> None:
        self.channel.close()  # the runner reads end-of-file and exits
        self.container.kill()


class WarmSandbox(Sandbox):
    """DockerSandbox, with one container kept ready for the next session of the same limits."""

    name = DockerSandbox.name
    isolation = DockerSandbox.isolation

    def __init__(self, docker: DockerSandbox):
        self.docker = docker
        self._lock = threading.Lock()
        self._spare: Future | None = None
        self._spare_key: tuple | None = None
        self._closed = False
        self.warm_opens = 0  # sessions served by a prepared container

    def open(self, load: LoadRequest) -> DockerSession:
        spare = self._take(load.container_key)
        self.prepare(load)
        if spare is not None:
            try:
                ready = spare.result()
                session = DockerSession(ready.container, ready.channel, load)
                self.warm_opens += 1
                return session
            except Exception:  # a spare that died waiting: open a fresh one as usual
                if spare.done() and spare.exception() is None:
                    spare.result().discard()
        return self.docker.open(load)

    def close(self) -> None:
        """Discard the spare, waiting for it if it is still starting; the sandbox opens cold from now on.

        Waiting matters: the process may end right after this (the CLI skips finalisation),
        and a container created but never started is never removed by the engine.
        """
        with self._lock:
            self._closed = True
            spare, self._spare = self._spare, None
        if spare is None:
            return
        try:
            ready = spare.result(timeout=START_TIMEOUT_S)
        except Exception:
            return  # it failed to start, and DockerSandbox.start removed what it had created
        ready.discard()

    def describe(self) -> dict[str, Any]:
        return self.docker.describe()

    def _take(self, key: tuple) -> Future | None:
        with self._lock:
            spare, self._spare = self._spare, None
            if spare is not None and self._spare_key != key:
                _discard_when_ready(spare)
                return None
            return spare

    def prepare(self, load: LoadRequest) -> None:
        """Start a container for sessions with `load`'s limits now, if none is ready or starting."""
        with self._lock:
            if self._closed or self._spare is not None:
                return
            future: Future = Future()
            self._spare, self._spare_key = future, load.container_key
        threading.Thread(target=self._start, args=(load, future), name="judge-warm", daemon=True).start()

    def _start(self, load: LoadRequest, future: Future) -> None:
        """DockerSandbox.open's steps up to, not including, the load."""
        try:
            container, channel = self.docker.start(load)
        except BaseException as error:
            future.set_exception(error)
            return
        future.set_result(_Spare(container, channel))  # taken by open(), or discarded by close() or a new key


def _discard_when_ready(spare: Future) -> None:
    def discard(done: Future) -> None:
        if done.exception() is None:
            done.result().discard()

    spare.add_done_callback(discard)


@contextmanager
def kept_warm(sandbox: Sandbox) -> Iterator[Sandbox]:
    """A Docker sandbox kept warm for a round or a watch; any other backend as it is (a local one starts fast)."""
    if not isinstance(sandbox, DockerSandbox):
        yield sandbox
        return
    warm = WarmSandbox(sandbox)
    try:
        yield warm
    finally:
        warm.close()
