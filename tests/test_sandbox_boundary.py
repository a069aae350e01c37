"""What crosses the sandbox boundary: inputs in, plain JSON answers out, nothing left behind."""

from __future__ import annotations

import time

import docker.errors
import pytest

from judge.backends.docker import DockerSandbox
from judge.verdict import Verdict

pytestmark = pytest.mark.docker


class RecordingSandbox(DockerSandbox):
    """The real Docker backend, remembering which containers it started."""

    def __init__(self):
        super().__init__()
        self.container_ids: list[str] = []

    def open(self, load):
        session = super().open(load)
        self.container_ids.append(session.container.id)
        return session


def gone(client, container_id: str) -> bool:
    try:
        client.containers.get(container_id)
        return False
    except docker.errors.NotFound:
        return True


def test_no_container_is_left_behind_after_a_timeout_or_a_normal_run(judge_source):
    sandbox = RecordingSandbox()
    judge_source("two-sum", "def two_sum(nums, target):\n    while True:\n        pass\n", sandbox, time_limit_s=0.2,
                 all_failures=True)
    judge_source("two-sum", "import os\ndef two_sum(nums, target):\n    os.kill(1, 9)\n", sandbox)
    judge_source("two-sum", "def two_sum(nums, target):\n    return [0, 1]\n", sandbox)
    assert len(sandbox.container_ids) >= 2
    deadline = time.monotonic() + 10  # the engine's auto-remove is asynchronous
    while time.monotonic() < deadline and not all(gone(sandbox.client, c) for c in sandbox.container_ids):
        time.sleep(0.1)
    assert all(gone(sandbox.client, c) for c in sandbox.container_ids)


def test_a_container_whose_judge_died_while_it_started_removes_itself(docker_sandbox):
    """A judge killed mid-start (Ctrl-C, SIGKILL in a practice round) leaves its FIFOs with no reader."""
    import os

    from judge.backends.base import LoadRequest
    from judge.backends.channel import FifoChannel
    from judge.backends.docker import create_container, hardened_options

    load = LoadRequest("def f():\n    pass\n", "s.py", {"kind": "function", "name": "f", "params": []}, 1.0, 64, 1 << 20)
    channel = FifoChannel()
    container = create_container(docker_sandbox.client, docker_sandbox.image, hardened_options(load, channel))
    os.close(channel.read_fd)  # what dying does to the host's end; its folder stays behind
    channel.read_fd = None
    try:
        container.start()
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and not gone(docker_sandbox.client, container.id):
            time.sleep(0.1)
        assert gone(docker_sandbox.client, container.id)
    finally:
        channel.close()
        if not gone(docker_sandbox.client, container.id):
            container.remove()


def test_a_print_imitating_the_protocol_cannot_change_the_verdict(judge_source, docker_sandbox):
    source = '''
import json, struct, sys, os
def two_sum(nums, target):
    frame = b""
    # the old form, and the exact bytes of an "ok" answer whose value the host compares unread
    for forged in (json.dumps({"op": "result", "status": "ok", "value": [0, 1]}).encode(),
                   b'{"status":"ok","call_ms":0.1,"value":[0,1]}'):
        frame += struct.pack(">I", len(forged)) + forged
    sys.stdout.buffer.write(frame * 50); sys.stdout.flush()
    for fd in range(0, 20):
        try: os.write(fd, frame)
        except OSError: pass
    for path in ("/proc/1/fd/1", "/proc/1/fd/0", "/dev/stdout"):
        try:
            with open(path, "wb") as f: f.write(frame)
        except OSError: pass
    return [5, 5]
'''
    assert judge_source("two-sum", source, docker_sandbox).verdict is Verdict.WA


def test_an_answer_with_a_rigged_eq_is_compared_by_value_on_the_host(judge_source, sandbox):
    source = '''
class Liar(list):
    def __eq__(self, other): return True
    def __ne__(self, other): return False
class Solution:
    def twoSum(self, nums, target):
        return Liar([7, 7])
'''
    result = judge_source("two-sum", source, sandbox)
    assert result.verdict is Verdict.WA and result.first_failure.got == [7, 7]


def test_the_container_has_no_network_no_capabilities_and_a_read_only_root(judge_source, docker_sandbox):
    source = '''
import os, socket
def two_sum(nums, target):
    facts = [os.getuid()]
    try:
        socket.create_connection(("1.1.1.1", 53), timeout=1); facts.append("net")
    except OSError: facts.append("no-net")
    try:
        open("/etc/judge-was-here", "w"); facts.append("writable")
    except OSError: facts.append("read-only")
    with open("/proc/self/status") as status:
        facts.append([l.split()[1] for l in status if l.startswith("CapEff")][0])
    return facts
'''
    result = judge_source("two-sum", source, docker_sandbox)
    assert result.first_failure.got == [65534, "no-net", "read-only", "0000000000000000"]


def test_a_container_created_by_a_judge_killed_before_it_started_it_is_removed_later(docker_sandbox):
    # The engine auto-removes only started containers; a SIGKILL between create and start leaves one.
    import uuid

    from judge.backends.base import LoadRequest
    from judge.backends.docker import LABEL, create_container, hardened_options, remove_stale_containers

    mark = f"judge.test={uuid.uuid4().hex}"
    load = LoadRequest("", "s.py", {"kind": "function", "name": "f", "params": []}, 1.0, 64, 1 << 20)
    options = hardened_options(load)
    options["container"]["labels"] = {LABEL: "1", mark.split("=")[0]: mark.split("=")[1]}
    container = create_container(docker_sandbox.client, docker_sandbox.image, options)
    try:
        assert remove_stale_containers(docker_sandbox.client, older_than_s=60, labels=(LABEL, mark)) == 0  # too young
        time.sleep(1.5)
        assert remove_stale_containers(docker_sandbox.client, older_than_s=1, labels=(LABEL, mark)) == 1
        assert gone(docker_sandbox.client, container.id)
    finally:
        if not gone(docker_sandbox.client, container.id):
            container.remove()


def test_a_container_created_by_a_judge_that_has_died_is_removed_at_once(docker_sandbox):
    # The next judge need not wait for it to grow old: its creator's pid, on this machine, has no process.
    import os
    import socket
    import subprocess
    import uuid

    from judge.backends.base import LoadRequest
    from judge.backends.docker import LABEL, OWNER_LABEL, create_container, hardened_options, remove_stale_containers

    dead = subprocess.Popen(["true"])
    dead.wait()
    mark = ("judge.test", uuid.uuid4().hex)
    load = LoadRequest("", "s.py", {"kind": "function", "name": "f", "params": []}, 1.0, 64, 1 << 20)
    created = {}
    for judge_pid in (os.getpid(), dead.pid):
        options = hardened_options(load)
        options["container"]["labels"] = {LABEL: "1", mark[0]: mark[1], OWNER_LABEL: f"{socket.gethostname()}/{judge_pid}"}
        created[judge_pid] = create_container(docker_sandbox.client, docker_sandbox.image, options)
    try:
        assert remove_stale_containers(docker_sandbox.client, labels=(LABEL, "=".join(mark))) == 1
        assert gone(docker_sandbox.client, created[dead.pid].id)
        assert not gone(docker_sandbox.client, created[os.getpid()].id)  # a live judge's, about to start it
    finally:
        for container in created.values():
            container.remove()


def test_a_channel_folder_left_by_a_judge_killed_outright_is_removed_later(tmp_path, monkeypatch):
    # A judge removes its folder once the runner has said hello; SIGKILL before that leaves it behind.
    import os
    import subprocess
    import sys

    from judge.backends.channel import FifoChannel, remove_orphaned_folders

    monkeypatch.setenv("TMPDIR", str(tmp_path))
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", None)  # re-read TMPDIR
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    orphan = tmp_path / f"judge-channel-{int(dead.stdout)}-abcd1234"
    orphan.mkdir()
    live = FifoChannel()  # this process's: alive
    try:
        assert live.folder.name.startswith(f"judge-channel-{os.getpid()}-")
        assert remove_orphaned_folders() == 1
        assert not orphan.exists() and live.folder.exists()
    finally:
        live.close()


def test_out_of_memory_the_submissions_processes_go_first_and_cannot_open_the_runner(judge_source, docker_sandbox):
    """The child raises its own oom_score_adj (dumpable for just that write), then is closed to /proc again."""
    source = '''
import os
def two_sum(nums, target):
    facts = [open("/proc/self/oom_score_adj").read().strip(), os.stat("/proc/self/mem").st_uid]
    try:
        open("/proc/1/environ", "rb").read(); facts.append("runner open")
    except OSError: facts.append("runner closed")
    return facts
'''
    result = judge_source("two-sum", source, docker_sandbox)
    assert result.first_failure.got == ["1000", 0, "runner closed"]
