"""Shared fixtures: the real sandboxes, and a helper to judge a submission given as text.

Docker tests use the real engine and image; nothing here mocks Docker. A machine
without them fails these tests (run `make setup` first) rather than skipping them.
"""

from __future__ import annotations

import shutil
import textwrap
from pathlib import Path

import pytest

from judge.backends.docker import DockerSandbox, docker_client
from judge.backends.local import LocalSandbox
from judge.judging import RunOptions, run
from judge.paths import ROOT

BACKENDS = ["docker", "local"]


@pytest.fixture(scope="session")
def docker_sandbox():
    return DockerSandbox()


@pytest.fixture(scope="session")
def local_sandbox():
    return LocalSandbox()


@pytest.fixture(params=BACKENDS)
def sandbox(request):
    """Each test using this runs once per backend."""
    if request.param == "docker":
        request.applymarker(pytest.mark.docker)
        return request.getfixturevalue("docker_sandbox")
    return request.getfixturevalue("local_sandbox")


@pytest.fixture
def judge_source(tmp_path):
    """judge_source(problem_id, source, sandbox, **options) -> RunResult, for a submission given as text."""

    def judge(problem_id: str, source: str, sandbox, filename: str = "solution.py", **options):
        path = tmp_path / filename
        path.write_text(textwrap.dedent(source), encoding="utf-8")
        return run(problem_id, path, RunOptions(**options), sandbox=sandbox)

    return judge


@pytest.fixture
def problem_bank(tmp_path, monkeypatch):
    """A private copy of some problems, for tests that break or extend a problem."""

    def bank(*problem_ids: str) -> Path:
        root = tmp_path / "problems"
        for problem_id in problem_ids:
            shutil.copytree(ROOT / "problems" / problem_id, root / problem_id)
        root.mkdir(exist_ok=True)
        monkeypatch.setenv("JUDGE_PROBLEMS", str(root))
        return root

    return bank


@pytest.fixture
def removed():
    """removed(container_id) -> True once the engine no longer has that container (within 20 s)."""
    import time

    import docker.errors

    def gone_within(container_id: str, seconds: float = 20) -> bool:
        client = docker_client()
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            try:
                client.containers.get(container_id)
            except docker.errors.NotFound:
                return True
            time.sleep(0.2)
        return False

    return gone_within
