"""The local backend: the same runner in a subprocess, for machines with no Docker engine.

It keeps the kernel limits (CPU, memory, output) and the per-case child, but it is
not an isolation boundary: the submission runs as you, can read your files and
reach the network. `judge run --sandbox local` says so every time.
"""

from __future__ import annotations

import importlib.util
import os
import select
import subprocess
import sys
import tempfile

from judge.backends import affinity
from judge.backends.base import LoadRequest, Sandbox, Session, frames
from judge.backends.channel import ReadAhead
from judge.errors import SandboxUnavailable

WARNING = ("the local backend is not a sandbox: the submission runs as you, "
           "with your files and network; use Docker for code you did not write")


class LocalSession(Session):
    def __init__(self, load: LoadRequest):
        self.workdir = tempfile.TemporaryDirectory(prefix="judge-local-")
        env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "LANG": "C.UTF-8", "PYTHONDONTWRITEBYTECODE": "1",
               "OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}
        self.cpu = affinity.claim()
        self.process = subprocess.Popen(
            [sys.executable, "-I", "-m", "judge_worker",
             *(self.cpu.runner_arguments() if self.cpu else []), *load.runner_arguments()],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
            cwd=self.workdir.name, env=env, start_new_session=True, bufsize=0)
        self.timeout: float | None = None
        super().__init__(self._write, ReadAhead(self._fetch).read, self._set_timeout, load)

    def _set_timeout(self, timeout: float | None) -> None:
        self.timeout = timeout

    def _write(self, data: bytes) -> None:
        if self.cpu is not None:
            self.cpu.join()
        self.process.stdin.write(data)
        self.process.stdin.flush()

    def _fetch(self, size: int) -> bytes:
        ready, _, _ = select.select([self.process.stdout], [], [], self.timeout)
        if not ready:
            raise TimeoutError()
        return os.read(self.process.stdout.fileno(), size)

    def working_apart(self):
        return self.cpu.apart() if self.cpu else super().working_apart()

    @property
    def shared_cpu(self) -> int | None:
        """The CPU this session's runner shares with the host thread talking to it (affinity.py), if any."""
        return self.cpu.cpu if self.cpu else None

    def died_of_oom(self) -> bool:
        return False

    def close(self) -> None:
        """Ask a healthy runner to exit (it reaps its children); kill a broken one."""
        if not self.broken:
            try:
                self._write(frames.encode({"op": "exit"}))
                self.process.wait(timeout=5)
            except (OSError, subprocess.TimeoutExpired):
                pass
        try:
            os.killpg(self.process.pid, 9)
        except (ProcessLookupError, PermissionError):
            pass
        self.process.wait()
        for stream in (self.process.stdin, self.process.stdout):
            try:
                stream.close()
            except OSError:
                pass
        self.workdir.cleanup()
        if self.cpu is not None:
            self.cpu.release()
            self.cpu = None


class LocalSandbox(Sandbox):
    name = "local"
    isolation = "none: resource limits only"
    warning = WARNING

    def open(self, load: LoadRequest) -> LocalSession:
        for module in load.preload:
            if importlib.util.find_spec(module) is None:
                raise SandboxUnavailable(f"this problem needs {module}, which the local Python ({sys.executable}) "
                                         f"lacks", f"use the Docker sandbox: run '{build_command(module)}'")
        return LocalSession(load)


def build_command(module: str) -> str:
    return "judge sandbox build --torch" if module == "torch" else "judge sandbox build"
