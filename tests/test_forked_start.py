"""`judge run`'s container, started by a forked process while the judge imports itself."""

from __future__ import annotations

import time

import docker.errors
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


def removed(container_id: str, within_s: float = 20) -> bool:
    client = docker_client()
    deadline = time.monotonic() + within_s
    while time.monotonic() < deadline:
        try:
            client.containers.get(container_id)
        except docker.errors.NotFound:
            return True
        time.sleep(0.2)
    return False


def test_the_first_session_runs_in_the_container_the_child_started_and_a_later_one_in_a_new_one():
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


def test_a_container_started_for_a_run_that_never_used_it_is_removed():
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

        os.waitpid(forked._pid, os.WNOHANG)  # already reaped


def test_no_engine_or_no_image_is_unavailable_with_what_to_do(monkeypatch):
    missing = ForkedDockerStart("judge-sandbox:absent")
    missing.start(two_sum_load())
    with pytest.raises(SandboxUnavailable, match="judge-sandbox:absent is missing"):
        missing.ready()
    monkeypatch.setenv("DOCKER_HOST", "unix:///nonexistent.sock")  # the child inherits it
    unreachable = ForkedDockerStart(configured_image())
    unreachable.start(two_sum_load())
    with pytest.raises(SandboxUnavailable, match="no Docker engine answers"):
        unreachable.ready()
