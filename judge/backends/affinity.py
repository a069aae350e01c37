"""One CPU shared by a session's runner and the host thread that talks to it.

Why: a case is a strict ping-pong of four pipe hops (host -> runner -> child ->
runner -> host), one side at a time. On a virtual machine, waking a process on
another CPU costs tens to hundreds of microseconds (an inter-processor interrupt
and an idle vCPU to wake); on the CPU the writer is already on it costs a few.
Measured on the 2-core CI machine: four hops of a tiny message take ~27 us on one
CPU and 90-650 us spread over two. Sharing one CPU costs no parallelism, because
the two sides never compute at the same time.

Parallel sessions (`judge grade -j`, `judge verify -j`, pytest-xdist) must not
pile onto one CPU, so a session *claims* its CPU with an advisory lock on a file
named after it; the kernel drops the lock when the process dies. When every CPU
is claimed, the session runs unpinned, as if this module did not exist.
`JUDGE_SHARE_CPU=0` turns it off.
"""

from __future__ import annotations

import fcntl
import os
import tempfile
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

# Taken before any session pins a thread: what "unpinned" means for this process.
_PROCESS_CPUS = frozenset(os.sched_getaffinity(0))


def claim() -> "SharedCpu | None":
    """A free CPU for one session, the one this thread runs on now if it is free; None if none is."""
    if os.environ.get("JUDGE_SHARE_CPU", "1") == "0" or not _PROCESS_CPUS:
        return None
    folder = claims_folder()
    if folder is None:
        return None
    here = _current_cpu()
    for cpu in sorted(_PROCESS_CPUS, key=lambda cpu: (cpu != here, cpu)):
        lock = _try_lock(folder / f"cpu-{cpu}.lock")
        if lock is not None:
            return SharedCpu(cpu, lock)
    return None


class SharedCpu:
    """A claimed CPU: the runner starts on it, and each host thread that talks to the runner joins it."""

    def __init__(self, cpu: int, lock_fd: int):
        self.cpu = cpu
        self._lock_fd: int | None = lock_fd
        self._joined: set[int] = set()  # native ids of the threads this claim pinned
        self._apart: set[int] = set()  # threads let off it for a while (apart())

    def runner_arguments(self) -> list[str]:
        return ["--cpu", str(self.cpu)]

    def join(self) -> None:
        """Move the calling thread onto this CPU (once per thread; cheap to call before every request)."""
        thread = threading.get_native_id()
        if thread in self._joined or thread in self._apart:
            return
        self._joined.add(thread)
        try:
            os.sched_setaffinity(0, {self.cpu})
        except OSError:
            pass

    @contextmanager
    def apart(self) -> Iterator[None]:
        """Let the calling thread run on any of the process's CPUs meanwhile, then join this one again.

        For cases sent ahead (Session.run_ahead) the host and the runner work at the same
        time, not in turns: one CPU for both would only make them take turns. Measured with
        the other CPU idle: 0.09 ms an example apart, 0.14-0.19 sharing.
        """
        thread = threading.get_native_id()
        try:
            os.sched_setaffinity(0, _PROCESS_CPUS)
        except OSError:
            yield
            return
        self._joined.discard(thread)
        self._apart.add(thread)
        try:
            yield
        finally:
            self._apart.discard(thread)
            if self._lock_fd is not None:  # still claimed: the session may have closed meanwhile
                self.join()

    def release(self) -> None:
        """Unpin the threads still on this CPU because of this claim, and free the CPU for other sessions."""
        for thread in self._joined:
            try:
                if os.sched_getaffinity(thread) == {self.cpu}:  # a later session may have moved it since
                    os.sched_setaffinity(thread, _PROCESS_CPUS)
            except OSError:
                pass  # the thread has ended
        self._joined.clear()
        if self._lock_fd is not None:
            os.close(self._lock_fd)
            self._lock_fd = None


def claims_folder() -> Path | None:
    """Where claims live: one folder per user, shared by all of that user's judge processes."""
    folder = Path(tempfile.gettempdir()) / f"judge-cpus-{os.getuid()}"
    try:
        folder.mkdir(mode=0o700, exist_ok=True)
    except OSError:
        return None
    return folder


def _try_lock(path: Path) -> int | None:
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
    except OSError:
        return None
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return fd
    except OSError:
        os.close(fd)
        return None


def _current_cpu() -> int:
    """The CPU this thread last ran on (field 39 of /proc/thread-self/stat), or -1."""
    try:
        with open("/proc/thread-self/stat", "rb") as stat:
            return int(stat.read().rsplit(b")", 1)[1].split()[36])
    except (OSError, ValueError, IndexError):
        return -1
