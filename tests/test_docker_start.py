"""The one way a sandbox container starts (DockerSandbox.start), for `judge run`, grading and practice:
a round's next container started ahead, and nothing left behind however the judge ends."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from contextlib import closing

import pytest

from judge.backends.base import LoadRequest
from judge.backends.docker import DockerSandbox, docker_client, tidy_after_dead_judges
from judge.paths import ROOT
from judge.practice.checks import Checker
from judge.problem import load_problem
from judge.verdict import Verdict

pytestmark = pytest.mark.docker

WHERE_AM_I = "import socket\n\ndef two_sum(nums, target):\n    return socket.gethostname()\n"


# A practice round: the next container is ready before the save, never reused, never left behind

def test_a_save_is_served_by_a_container_started_before_it_and_each_save_gets_its_own(tmp_path):
    path = tmp_path / "two_sum.py"
    path.write_text(WHERE_AM_I)
    with closing(DockerSandbox()) as sandbox:
        checker = Checker(load_problem("two-sum"), path, sandbox, warm=True)  # starts the first container at once
        hosts = [checker.quick().result.cases[0].got for _ in range(3)]
        assert sandbox.warm_opens == 3
    assert len(set(hosts)) == 3  # a fresh container per save: nothing carries over from the last version


def test_the_first_save_of_an_ml_problem_is_served_warm_too(tmp_path):
    # The container started when the round starts must have what a save needs: numpy imported before hello.
    path = tmp_path / "softmax.py"
    path.write_text((ROOT / "problems" / "softmax" / "reference.py").read_text())
    with closing(DockerSandbox()) as sandbox:
        assert Checker(load_problem("softmax"), path, sandbox, warm=True).quick().result.verdict is Verdict.AC
        assert sandbox.warm_opens == 1


def test_a_checker_not_asked_to_keep_warm_starts_each_container_when_it_is_needed(tmp_path):
    path = tmp_path / "two_sum.py"
    path.write_text(WHERE_AM_I)
    sandbox = DockerSandbox()
    Checker(load_problem("two-sum"), path, sandbox).quick()
    assert sandbox.warm_opens == 0 and sandbox._spare is None


def test_closing_it_removes_the_container_kept_ready(removed):
    sandbox = DockerSandbox()
    sandbox.keep_warm(LoadRequest.for_problem(load_problem("two-sum")))
    container, _ = sandbox._spare._future.result(timeout=60)
    sandbox.close()
    assert removed(container.id), "the spare container outlived the sandbox"


def test_closing_while_the_container_is_still_starting_waits_for_it_and_removes_it(removed):
    # The CLI ends its process right after close(): a container created but never
    # started would stay behind for ever, since the engine only auto-removes after a start.
    sandbox = DockerSandbox()
    sandbox.keep_warm(LoadRequest.for_problem(load_problem("two-sum")))
    spare = sandbox._spare._future
    sandbox.close()
    assert spare.done()
    assert removed(spare.result()[0].id), "the container outlived the sandbox"


def test_a_spare_whose_container_died_waiting_is_replaced_not_a_failure(removed):
    load = LoadRequest.for_problem(load_problem("two-sum"), "def two_sum(nums, target):\n    return [0, 1]\n", "s.py")
    with closing(DockerSandbox()) as sandbox:
        sandbox.keep_warm(load)
        spare, _ = sandbox._spare._future.result(timeout=60)
        spare.kill()  # as the machine's OOM killer might, while the user types
        session = sandbox.open(load)
        try:
            assert session.container.id != spare.id and sandbox.warm_opens == 0
            assert session.run({"nums": [2, 7], "target": 9}).value == [0, 1]
        finally:
            session.close()
    assert removed(spare.id) and removed(session.container.id)


def test_a_local_sandbox_has_nothing_to_keep_warm(local_sandbox, tmp_path):
    path = tmp_path / "two_sum.py"
    path.write_text(WHERE_AM_I)
    with closing(local_sandbox):
        assert Checker(load_problem("two-sum"), path, local_sandbox, warm=True).quick().result.cases


# `judge run` ended from outside

def ours(memory_mb: int) -> list:
    """This test's containers, marked by their memory cap: the limit + 192 MB."""
    return [c for c in docker_client().containers.list(all=True, filters={"label": "judge.sandbox"}, ignore_removed=True)
            if c.attrs["HostConfig"]["Memory"] == (memory_mb + 192) << 20]


@pytest.mark.parametrize("after_s", [0.3, 0.45, 0.6, 0.8])
def test_a_judge_run_killed_outright_while_its_container_starts_leaves_nothing_the_next_judge_keeps(after_s):
    # SIGKILL between the engine's create and start leaves a container only created, which the
    # engine never removes: the next judge's sandbox removes it (its creator's pid has no process).
    memory_mb = 77 + int(after_s * 100)
    judge = subprocess.Popen([sys.executable, "-m", "judge.program", "run", "lru-cache",
                              str(ROOT / "problems" / "lru-cache" / "reference.py"), "--sandbox", "docker",
                              "--memory-limit", str(memory_mb)],
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    time.sleep(after_s)  # not ordering threads: the moment the judge is killed, the test's parameter
    os.killpg(judge.pid, signal.SIGKILL)  # the judge's whole process group, as `timeout` does
    judge.wait()
    deadline = time.monotonic() + 20  # a started one: its runner reads end-of-file and exits
    while ours(memory_mb) and time.monotonic() < deadline:
        # What the next judge does as it makes its sandbox (the engine may finish a create
        # the dead judge asked for after this test's first look).
        tidy_after_dead_judges(docker_client())
        time.sleep(0.3)
    assert not ours(memory_mb), [c.status for c in ours(memory_mb)]


def test_a_judge_run_terminated_mid_case_removes_its_busy_container_at_once(tmp_path):
    loop = tmp_path / "loop.py"
    loop.write_text("def two_sum(nums, target):\n    while True:\n        pass\n")
    memory_mb = 71
    judge = subprocess.Popen([sys.executable, "-m", "judge.program", "run", "two-sum", str(loop), "--sandbox",
                              "docker", "--memory-limit", str(memory_mb), "--time-limit", "60"],
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
    deadline = time.monotonic() + 30
    while not ours(memory_mb) and time.monotonic() < deadline:  # the case is running once its container is
        time.sleep(0.2)
    assert ours(memory_mb), "the judge never started its container"
    os.kill(judge.pid, signal.SIGTERM)  # a `kill`, or a CI runner cancelling the job
    assert judge.wait(timeout=20) == 130
    assert "Traceback" not in judge.stderr.read().decode()
    deadline = time.monotonic() + 10  # far less than the 60 s the busy child would otherwise run
    while ours(memory_mb) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not ours(memory_mb)
