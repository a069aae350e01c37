"""The warm Docker sandbox of a round: the next container is ready before the save, never reused, never left behind."""

from __future__ import annotations

import pytest

from judge.backends.base import LoadRequest
from judge.backends.warm import WarmSandbox, kept_warm
from judge.paths import ROOT
from judge.practice.checks import Checker
from judge.problem import load_problem
from judge.verdict import Verdict

pytestmark = pytest.mark.docker

WHERE_AM_I = "import socket\n\ndef two_sum(nums, target):\n    return socket.gethostname()\n"


def test_a_save_is_served_by_a_container_started_before_it_and_each_save_gets_its_own(tmp_path, docker_sandbox):
    path = tmp_path / "two_sum.py"
    path.write_text(WHERE_AM_I)
    with kept_warm(docker_sandbox) as warm:
        assert isinstance(warm, WarmSandbox)
        checker = Checker(load_problem("two-sum"), path, warm)  # prepares the first container at once
        hosts = [checker.quick().result.cases[0].got for _ in range(3)]
        assert warm.warm_opens == 3
    assert len(set(hosts)) == 3  # a fresh container per save: nothing carries over from the last version


def test_the_first_save_of_an_ml_problem_is_served_warm_too(tmp_path, docker_sandbox):
    # The container prepared when the round starts must have what a save needs: numpy imported before hello.
    path = tmp_path / "softmax.py"
    path.write_text((ROOT / "problems" / "softmax" / "reference.py").read_text())
    with kept_warm(docker_sandbox) as warm:
        assert Checker(load_problem("softmax"), path, warm).quick().result.verdict is Verdict.AC
        assert warm.warm_opens == 1


def test_closing_it_removes_the_container_kept_ready(tmp_path, docker_sandbox, removed):
    warm = WarmSandbox(docker_sandbox)
    checker = Checker(load_problem("two-sum"), tmp_path / "two_sum.py", warm)
    spare = warm._spare.result(timeout=60)
    warm.close()
    assert removed(spare.container.id), "the spare container outlived the sandbox"
    assert checker.sandbox is warm


def test_a_local_sandbox_is_left_as_it_is(local_sandbox):
    with kept_warm(local_sandbox) as sandbox:
        assert sandbox is local_sandbox


def test_closing_while_the_container_is_still_starting_waits_for_it_and_removes_it(docker_sandbox, removed):
    # The CLI ends its process right after close(): a container created but never
    # started would stay behind for ever, since the engine only auto-removes after a start.
    warm = WarmSandbox(docker_sandbox)
    warm.prepare(LoadRequest.for_problem(load_problem("two-sum")))
    spare = warm._spare
    warm.close()
    assert spare.done()
    assert removed(spare.result().container.id), "the container outlived the sandbox"

