"""The host's end of a pair of FIFOs to a sandboxed runner.

Why FIFOs: the engine's attach stream passes every byte through dockerd and the
container shim, which costs more per round trip than a whole property example.
A FIFO in a bind-mounted folder is a plain kernel pipe between the two processes.

Why it is safe: the folder is private (searchable but not listable by others) and
the FIFOs carry random names. The runner opens both, says hello, and the host then
unlinks them and removes the folder, before it sends the submission. From then on
no path leads to the pipes, the runner's descriptors are closed in every child,
and /proc/1 is closed to the child because the runner is not dumpable.
"""

from __future__ import annotations

import os
import secrets
import select
import shutil
import tempfile
import time
from pathlib import Path
from typing import Callable

from judge.backends.affinity import SharedCpu
from judge.backends.base import frames

CONTAINER_FOLDER = "/run/judge"
FOLDER_PREFIX = "judge-channel-"  # then the owning judge's pid: remove_orphaned_folders() reads it
READ_AHEAD = 64 * 1024
HELLO_CHECK_S = 1.0  # while a runner is silent at start, ask this often whether its container still runs


class ReadAhead:
    """Reads of exactly what read_frame asks for, served from reads of up to READ_AHEAD bytes.

    A reply and the answer frame after it usually arrive together: one system call for both.
    `fetch(size)` returns up to `size` bytes, b"" at end of stream.
    """

    def __init__(self, fetch: Callable[[int], bytes]) -> None:
        self.fetch = fetch
        self.unread = b""

    def read(self, size: int) -> bytes:
        if not self.unread:
            self.unread = self.fetch(max(size, READ_AHEAD))
        chunk, self.unread = self.unread[:size], self.unread[size:]
        return chunk


class FifoChannel:
    """The FIFOs, and the CPU the runner shares with whichever host thread writes to it (affinity.py)."""

    def __init__(self, cpu: SharedCpu | None = None) -> None:
        self.cpu = cpu
        self.folder = Path(tempfile.mkdtemp(prefix=f"{FOLDER_PREFIX}{os.getpid()}-"))
        os.chmod(self.folder, 0o711)  # the runner (another user) may open a name it knows, not list them
        token = secrets.token_hex(16)
        self.to_runner = self.folder / f"in-{token}"
        self.from_runner = self.folder / f"out-{token}"
        os.mkfifo(self.to_runner)
        os.chmod(self.to_runner, 0o604)  # the host writes, the runner reads
        os.mkfifo(self.from_runner)
        os.chmod(self.from_runner, 0o602)  # the runner writes, the host reads
        # Opened now, without blocking, so the runner's open for writing succeeds at once.
        self.read_fd: int | None = os.open(self.from_runner, os.O_RDONLY | os.O_NONBLOCK)
        self._readable = select.poll()
        self._readable.register(self.read_fd, select.POLLIN)
        self.write_fd: int | None = None
        self.timeout: float | None = None
        self.read = ReadAhead(self._fetch).read

    def runner_arguments(self) -> list[str]:
        return (self.cpu.runner_arguments() if self.cpu else []) + [
            "--channel", f"{CONTAINER_FOLDER}/{self.to_runner.name}", f"{CONTAINER_FOLDER}/{self.from_runner.name}"]

    def connect(self, timeout: float, alive: Callable[[], bool] | None = None) -> None:
        """Wait for the runner's hello, open the write end, then make the FIFOs unreachable.

        `alive` is asked every HELLO_CHECK_S while the runner is silent: a container that
        died before its runner opened the channel would otherwise cost the whole timeout.
        """
        deadline = time.monotonic() + timeout
        while alive is not None and not self._readable.poll(HELLO_CHECK_S * 1000):
            if time.monotonic() > deadline:
                raise TimeoutError()
            if not alive():
                raise ConnectionError("the sandbox container stopped before its runner said hello")
        self.set_timeout(max(deadline - time.monotonic(), 0.0))
        hello = frames.read_frame(self.read)
        if not hello or hello.get("op") != "hello":
            raise ConnectionError("the sandbox runner did not say hello")
        self.write_fd = os.open(self.to_runner, os.O_WRONLY | os.O_NONBLOCK)
        self._remove_folder()

    def set_timeout(self, timeout: float | None) -> None:
        self.timeout = timeout

    def _fetch(self, size: int) -> bytes:
        """Up to `size` bytes; b"" once the runner is gone; TimeoutError past the timeout."""
        if self.read_fd is None:
            return b""
        while True:
            # Wait first: before the runner opens its end, a read would say end-of-file.
            if not self._readable.poll(None if self.timeout is None else self.timeout * 1000):
                raise TimeoutError()
            try:
                return os.read(self.read_fd, size)
            except BlockingIOError:
                continue

    def write(self, data: bytes) -> None:
        """All of `data`; TimeoutError if the runner stops reading for longer than the timeout."""
        if self.write_fd is None:
            raise BrokenPipeError("the channel is not open for writing")
        if self.cpu is not None:
            self.cpu.join()
        view = memoryview(data)
        while view:
            try:
                view = view[os.write(self.write_fd, view):]
            except BlockingIOError:
                _, ready, _ = select.select([], [self.write_fd], [], self.timeout)
                if not ready:
                    raise TimeoutError() from None

    def close(self) -> None:
        for name in ("write_fd", "read_fd"):
            fd = getattr(self, name)
            if fd is not None:
                os.close(fd)
                setattr(self, name, None)
        if self.cpu is not None:
            self.cpu.release()
            self.cpu = None
        self._remove_folder()

    def _remove_folder(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)


def remove_orphaned_folders() -> int:
    """Remove channel folders whose judge has died; how many.

    A judge removes its folder as soon as its runner has said hello, or when it closes
    the channel; one killed outright before either leaves the folder in the temporary
    directory. Its name carries the owner's pid; a pid no process has is an orphan.
    """
    removed = 0
    for folder in Path(tempfile.gettempdir()).glob(f"{FOLDER_PREFIX}*-*"):
        owner = folder.name[len(FOLDER_PREFIX):].split("-", 1)[0]
        if owner.isdigit() and not process_alive(int(owner)):
            shutil.rmtree(folder, ignore_errors=True)
            removed += 1
    return removed


def process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # another user's judge, alive
    return True
