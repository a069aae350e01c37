"""The Docker backend: one hardened container per submission, the runner as its PID 1.

Every container is started by DockerSandbox.start, for `judge run`, grading and
practice alike; a practice round has the next one started ahead (spare.py).

The runner talks to the host over two FIFOs (see `channel.py`) that exist only
until both ends are open, before the submission is loaded, so the submission
cannot reach them. Nothing of the problem is mounted: each case's input arrives
in a frame, and expected answers never leave the host.
"""

from __future__ import annotations

import os
import threading
from typing import Any

from judge.backends import affinity
from judge.backends.base import LoadRequest, Sandbox, Session, frames
from judge.backends.channel import CONTAINER_FOLDER, FifoChannel
from judge.backends.engine import (LABEL, OWNER_LABEL, ContainerHandle, create_container, docker_client, owner,
                                   remove_stale_containers, tidy_after_dead_judges)
from judge.backends.spare import Spare, Started, discard
from judge.errors import SandboxFailure, SandboxUnavailable
from judge.image import NUMPY, TORCH, Flavour, has_image, image_tag

__all__ = ["DockerSandbox", "DockerSession", "LABEL", "configured_image", "create_container", "docker_client",
           "hardened_options", "remove_stale_containers", "tidy_after_dead_judges"]

TMPFS = "size=64m,nr_inodes=4k,mode=1777,noexec,nosuid,nodev"
SHM_BYTES = 16 * 1024 * 1024  # /dev/shm: room for multiprocessing's semaphores and a small shared array
COMMAND = ["python3", "-I", "-m", "judge_worker"]  # as the image's CMD (sandbox/Dockerfile)
RUNNER_HEADROOM_MB = 192  # the runner, numpy, and the child's captured output
TORCH_HEADROOM_MB = 320  # and torch, imported by the runner before the child forks
START_ATTEMPTS = 2
START_TIMEOUT_S = 60.0  # a cold engine on a loaded machine can take seconds


def configured_image(flavour: Flavour = NUMPY) -> str:
    """The sandbox image to use: JUDGE_IMAGE (JUDGE_TORCH_IMAGE), else the tag of what sandbox/ holds now."""
    return os.environ.get("JUDGE_TORCH_IMAGE" if flavour is TORCH else "JUDGE_IMAGE") or image_tag(flavour)


def image_for(load: LoadRequest, default: str) -> str:
    """The image a session for `load` runs in: the torch one when its runner preloads torch, else `default`."""
    return configured_image(TORCH) if "torch" in load.preload else default


def hardened_options(load: LoadRequest, channel: FifoChannel | None = None) -> dict[str, Any]:
    """Container flags: no network, read-only root, no capabilities, hard resource caps.

    The only mount is the channel's private folder, read-only, emptied before the submission loads.
    Plain data, which engine.create_container passes to the SDK.
    """
    headroom = RUNNER_HEADROOM_MB + (TORCH_HEADROOM_MB if "torch" in load.preload else 0)
    memory = f"{load.memory_mb + headroom}m"
    file_size = max(load.output_bytes, 1 << 20)
    container = dict(
        command=COMMAND + load.runner_arguments() + (channel.runner_arguments() if channel else []),
        volumes=[CONTAINER_FOLDER] if channel else None,
        stdin_open=False,
        tty=False,
        user="65534:65534",
        labels={LABEL: "1", OWNER_LABEL: owner()},
        working_dir="/tmp",
        # One BLAS thread, as on the local backend: a numpy call must not start a thread pool.
        environment={"OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"},
    )
    host_config = dict(
        binds={str(channel.folder): {"bind": CONTAINER_FOLDER, "mode": "ro"}} if channel else None,
        network_mode="none",
        read_only=True,
        tmpfs={"/tmp": TMPFS},
        # IPC objects are the container's own, and a System V segment dies with the processes that
        # made or attached it, as files in /dev/shm cannot outlive the container: whatever the
        # submission leaves is its own memory, and the runner empties it before every fresh child.
        ipc_mode="private",
        shm_size=SHM_BYTES,
        sysctls={"kernel.shm_rmid_forced": "1"},
        cap_drop=["ALL"],
        security_opt=["no-new-privileges"],
        pids_limit=64,
        mem_limit=memory,
        memswap_limit=memory,
        nano_cpus=1_000_000_000,
        ulimits=[{"name": "nofile", "soft": 256, "hard": 256}, {"name": "fsize", "soft": file_size, "hard": file_size},
                 {"name": "core", "soft": 0, "hard": 0}],
        log_config={"type": "none"},
        auto_remove=True,
    )
    return {"container": container, "host_config": host_config}


class DockerSession(Session):
    def __init__(self, container: ContainerHandle, channel: FifoChannel, load: LoadRequest):
        self.container = container
        self.channel = channel
        super().__init__(channel.write, channel.read, channel.set_timeout, load)

    def working_apart(self):
        return self.channel.cpu.apart() if self.channel.cpu else super().working_apart()

    @property
    def shared_cpu(self) -> int | None:
        """The CPU this session's runner shares with the host thread talking to it (affinity.py), if any."""
        return self.channel.cpu.cpu if self.channel.cpu else None

    def died_of_oom(self) -> bool:
        return self.container.oom_killed()

    def close(self) -> None:
        """End the container; the engine then removes it (auto_remove), so nothing is left behind.

        A healthy runner is asked to exit, which costs no engine round trip; as PID 1
        its exit ends every process in the container. A broken one is killed.
        """
        if not self.broken:
            try:
                self.channel.write(frames.encode({"op": "exit"}))
            except OSError:
                self.broken = True
        self.channel.close()
        if self.broken:
            self.container.kill()  # the SDK is imported only here: `judge run` may never need it in this process


class DockerSandbox(Sandbox):
    name = "docker"
    isolation = "container: no network, read-only root, no capabilities, non-root, memory/CPU/pids caps"

    def __init__(self, client=None, image: str | None = None):
        import docker.errors

        self.client = client or docker_client()
        self.image = image or configured_image()
        try:
            self.client.images.get(self.image)
        except docker.errors.ImageNotFound:
            raise SandboxUnavailable(f"sandbox image {self.image} is missing", "run 'judge sandbox build'") from None
        self._sweep = threading.Thread(target=tidy_after_dead_judges, args=(self.client,), name="judge-sweep",
                                       daemon=True)
        self._sweep.start()
        self._spare: Spare | None = None  # the next session's container, started ahead (keep_warm)
        self.warm_opens = 0  # sessions served by a container started ahead

    def open(self, load: LoadRequest) -> DockerSession:
        """A session in a fresh container: the spare one started for these limits (keep_warm) if any,
        else one started now."""
        spare = self._spare
        if spare is not None:
            started = spare.take(load.container_key)
            spare.prepare(load)  # the next one, while this session runs
            if started is not None:
                try:
                    session = DockerSession(*started, load)
                except Exception:  # its runner died waiting (the machine ran out of memory, say): start another
                    discard(started)
                else:
                    self.warm_opens += 1
                    return session
        return DockerSession(*self._start_with_retry(load), load)

    def keep_warm(self, load: LoadRequest) -> None:
        if self._spare is None:
            self._spare = Spare(self.start, wait_s=START_TIMEOUT_S)
        self._spare.prepare(load)

    def close(self) -> None:
        """Discard the spare container, if any; sessions start cold from now on."""
        spare, self._spare = self._spare, None
        if spare is not None:
            spare.close()

    def _start_with_retry(self, load: LoadRequest) -> Started:
        """start(), once more when a container dies before its runner says hello (seen once under
        heavy load), then a SandboxFailure that names the cause, never a raw OSError."""
        for attempt in range(START_ATTEMPTS):
            try:
                return self.start(load)
            except (ConnectionError, TimeoutError, OSError) as error:
                if attempt == START_ATTEMPTS - 1:
                    raise SandboxFailure(f"the sandbox container did not start: {type(error).__name__}: {error}",
                                         "see 'judge sandbox status'; is the machine out of memory or processes?"
                                         ) from None
        raise AssertionError("unreachable")

    def start(self, load: LoadRequest) -> Started:
        """A started container whose runner has said hello, its channel connected, no submission sent yet:
        the one way a sandbox container is started."""
        channel = FifoChannel(affinity.claim())
        try:
            container = create_container(self.client, image_for(load, self.image), hardened_options(load, channel))
            try:
                container.start()
                channel.connect(timeout=START_TIMEOUT_S, alive=container.running)
                return container, channel
            except BaseException:
                container.remove()
                raise
        except BaseException:
            channel.close()
            raise

    def settle(self, timeout: float) -> None:
        self._sweep.join(timeout)

    def describe(self) -> dict[str, Any]:
        return dict(super().describe(), image=self.image)

    def torch_image_state(self) -> str:
        """The torch image problems declaring `frameworks: [torch]` run in, and whether it is built."""
        tag = configured_image(TORCH)
        if has_image(self.client, tag):
            return tag
        return f"{tag} (not built: 'judge sandbox build --torch' builds it, a few minutes)"
