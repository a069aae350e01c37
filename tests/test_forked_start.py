"""`judge run`'s container, started by a forked process while the judge imports itself."""

from __future__ import annotations

import time

import pytest

from judge.backends.base import LoadRequest
from judge.backends.docker import configured_image, docker_client
from judge.backends.forked import ForkedDockerStart
from judge.errors import SandboxUnavailable
from judge.problem import load_problem

pytestmark = pytest.mark.docker

TWO_SUM = "def two_sum(nums, target):\n    return [0, 1]\n"


def two_sum_load() -> LoadRequest:
    return LoadRequest.for_problem(load_problem("two-sum"), TWO_SUM, "solution.py")


def test_the_first_session_runs_in_the_container_the_child_started_and_a_later_one_in_a_new_one(removed):
    forked = ForkedDockerStart(configured_image())
    forked.start(two_sum_load())
    forked.ready()
    first = forked.open(two_sum_load())
    try:
        assert first.container.id == forked._created["id"]
        assert first.run({"nums": [2, 7], "target": 9}).value == [0, 1]
    finally:
        first.close()
    second = forked.open(two_sum_load())  # after a time-out, say: an ordinary DockerSandbox.open
    try:
        assert second.container.id != first.container.id
        assert second.run({"nums": [2, 7], "target": 9}).value == [0, 1]
    finally:
        second.close()
        forked.close()
    assert removed(first.container.id) and removed(second.container.id)


def test_a_container_that_dies_before_its_runner_says_hello_is_replaced_not_a_traceback(removed):
    forked = ForkedDockerStart(configured_image())
    forked.start(two_sum_load())
    forked.ready()
    container = docker_client().containers.get(forked._created["id"])
    deadline = time.monotonic() + 30
    while container.status != "running" and time.monotonic() < deadline:  # the child starts it meanwhile
        time.sleep(0.05)
        container.reload()
    container.kill()  # before its runner's hello is read, as an overloaded machine's OOM killer might
    session = forked.open(two_sum_load())
    try:
        assert session.container.id != forked._created["id"]
        assert session.run({"nums": [2, 7], "target": 9}).value == [0, 1]
    finally:
        session.close()
        forked.close()
    assert removed(forked._created["id"]) and removed(session.container.id)


def test_a_container_started_for_a_run_that_never_used_it_is_removed(removed):
    forked = ForkedDockerStart(configured_image())
    forked.start(two_sum_load())
    forked.ready()
    container_id = forked._created["id"]
    forked.close()  # e.g. the problem's cases failed to load
    assert removed(container_id)


def test_a_child_never_told_what_to_start_starts_nothing_and_exits():
    forked = ForkedDockerStart(configured_image())
    forked.close()  # e.g. the submission does not compile
    with pytest.raises(ChildProcessError):
        import os

        os.waitpid(forked._starter.pid, os.WNOHANG)  # already reaped


def test_no_engine_or_no_image_is_unavailable_with_what_to_do(monkeypatch):
    missing = ForkedDockerStart("judge-sandbox:absent")
    missing.start(two_sum_load())
    with pytest.raises(SandboxUnavailable, match="judge-sandbox:absent is missing"):
        missing.ready()
    monkeypatch.setenv("DOCKER_HOST", "unix:///nonexistent.sock")  # the child inherits it
    unreachable = ForkedDockerStart(configured_image())
    time.sleep(1)  # the child gives up before the judge says what to start: that must not break the judge
    unreachable.start(two_sum_load())
    with pytest.raises(SandboxUnavailable, match="no Docker engine answers"):
        unreachable.ready()


@pytest.mark.parametrize("after_s", [0.3, 0.45, 0.6, 0.8])
def test_a_judge_run_killed_outright_while_its_container_starts_leaves_nothing_behind(after_s):
    import os
    import signal
    import subprocess
    import sys

    from judge.paths import ROOT

    memory_mb = 77 + int(after_s * 100)  # marks this test's container: the memory cap is the limit + 192 MB
    judge = subprocess.Popen([sys.executable, "-m", "judge.program", "run", "lru-cache",
                              str(ROOT / "problems" / "lru-cache" / "reference.py"), "--sandbox", "docker",
                              "--memory-limit", str(memory_mb)],
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    time.sleep(after_s)
    os.killpg(judge.pid, signal.SIGKILL)  # the judge's whole process group, as `timeout` does
    judge.wait()
    client = docker_client()
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        ours = [c for c in client.containers.list(all=True, filters={"label": "judge.sandbox"}, ignore_removed=True)
                if c.attrs["HostConfig"]["Memory"] == (memory_mb + 192) << 20]
        if not ours:
            break
        time.sleep(0.3)
    assert not ours, [c.status for c in ours]


def test_the_engines_api_version_is_remembered_and_a_refused_one_replaced(tmp_path, monkeypatch, removed):
    from judge.backends.forked import remember_api_version, remembered_api_version

    monkeypatch.setenv("JUDGE_CACHE_DIR", str(tmp_path))
    remember_api_version("1.99")  # as if the engine had been downgraded since: it refuses that version
    forked = ForkedDockerStart(configured_image())
    forked.start(two_sum_load())
    forked.ready()
    session = forked.open(two_sum_load())
    try:
        assert session.run({"nums": [2, 7], "target": 9}).value == [0, 1]
    finally:
        session.close()
        forked.close()
    answered = docker_client().api.api_version
    assert remembered_api_version() == answered  # the next run need not ask
    assert removed(session.container.id)


def test_a_judge_run_terminated_mid_case_removes_its_busy_container_at_once(tmp_path):
    import os
    import signal
    import subprocess
    import sys

    loop = tmp_path / "loop.py"
    loop.write_text("def two_sum(nums, target):\n    while True:\n        pass\n")
    memory_mb = 71  # marks this test's container: the memory cap is the limit + 192 MB
    judge = subprocess.Popen([sys.executable, "-m", "judge.program", "run", "two-sum", str(loop), "--sandbox",
                              "docker", "--memory-limit", str(memory_mb), "--time-limit", "60"],
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
    client = docker_client()

    def ours():
        return [c for c in client.containers.list(all=True, filters={"label": "judge.sandbox"}, ignore_removed=True)
                if c.attrs["HostConfig"]["Memory"] == (memory_mb + 192) << 20]

    deadline = time.monotonic() + 30
    while not ours() and time.monotonic() < deadline:  # the case is running once its container is
        time.sleep(0.2)
    assert ours(), "the judge never started its container"
    os.kill(judge.pid, signal.SIGTERM)  # a `kill`, or a CI runner cancelling the job
    assert judge.wait(timeout=20) == 130
    assert "Traceback" not in judge.stderr.read().decode()
    deadline = time.monotonic() + 10  # far less than the 60 s the busy child would otherwise run
    while ours() and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not ours()
