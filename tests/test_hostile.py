"""Hostile submissions: the sandbox holds, the verdict is right, and nothing is left behind.

Each file in tests/hostile/ is one attack, with its expected verdicts in its header:

    # attack: what it tries
    # problem: two-sum              (optional)
    # expect: TLE RE                (any of these, on the Docker sandbox)
    # local: TLE | unsafe: why      (on the local backend, or why it is not run there)

After every attack: the run finished within its limits, the verdict is one expected
(never AC for a wrong or forged answer), no container, process or temp directory is
left, the host's files are unchanged, and a correct solution still gets AC.
"""

from __future__ import annotations

import hashlib
import os
import time
from dataclasses import dataclass
from pathlib import Path

import docker.errors
import pytest

from judge.backends.docker import DockerSandbox
from judge.backends.local import LocalSandbox
from judge.judging import RunOptions, run
from judge.paths import ROOT
from judge.verdict import Verdict

HOSTILE = Path(__file__).parent / "hostile"
CORRECT = {"two-sum": ROOT / "examples" / "two_sum.py", "softmax": ROOT / "problems" / "softmax" / "reference.py"}
CANARY_ENV = "JUDGE_TEST_SECRET_CANARY"
RUN_BUDGET_S = 60  # a hostile run must end well within this: limits are enforced, not waited out
OPTIONS = RunOptions(properties=False)


@dataclass(frozen=True)
class Attack:
    path: Path
    what: str
    problem: str
    expect: frozenset[Verdict]
    local: frozenset[Verdict] | None
    local_unsafe_because: str

    def __str__(self) -> str:
        return self.path.stem


def read_attack(path: Path) -> Attack:
    header = {}
    for line in path.read_text().splitlines():
        if not line.startswith("# ") or ":" not in line:
            break
        key, value = line[2:].split(":", 1)
        header[key.strip()] = value.strip()
    local = header["local"]
    unsafe = local.startswith("unsafe:")
    return Attack(path, header["attack"], header.get("problem", "two-sum"),
                  frozenset(Verdict(v) for v in header["expect"].split()),
                  None if unsafe else frozenset(Verdict(v) for v in local.split()),
                  local.removeprefix("unsafe:").strip() if unsafe else "")


ATTACKS = [read_attack(path) for path in sorted(HOSTILE.glob("*.py"))]
LOCAL_ATTACKS = [attack for attack in ATTACKS if attack.local is not None]


def host_fingerprint() -> str:
    """The problems the attacks target and the judge's own code: what an escape would change."""
    digest = hashlib.sha256()
    for folder in (ROOT / "problems" / "two-sum", ROOT / "problems" / "softmax", ROOT / "judge", ROOT / "sandbox"):
        for path in sorted(folder.rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                digest.update(str(path).encode() + path.read_bytes())
    return digest.hexdigest()


@pytest.fixture(autouse=True)
def secrets_in_the_host_environment(monkeypatch):
    monkeypatch.setenv(CANARY_ENV, "if you can read this, the sandbox leaks the host environment")


@pytest.fixture(scope="module")
def canary(tmp_path_factory):
    path = Path("/tmp") / f"judge-canary-{os.getpid()}"
    path.write_text("untouched")
    yield path
    path.unlink(missing_ok=True)


class RecordingDocker(DockerSandbox):
    def __init__(self):
        super().__init__()
        self.containers: list[str] = []

    def open(self, load):
        session = super().open(load)
        self.containers.append(session.container.id)
        return session

    def all_gone(self, wait_s: float = 15) -> bool:
        deadline = time.monotonic() + wait_s
        while time.monotonic() < deadline:
            if not any(self._exists(c) for c in self.containers):
                return True
            time.sleep(0.1)
        return False

    def _exists(self, container_id: str) -> bool:
        try:
            self.client.containers.get(container_id)
            return True
        except docker.errors.NotFound:
            return False


class RecordingLocal(LocalSandbox):
    def __init__(self):
        self.workdirs: list[str] = []

    def open(self, load):
        session = super().open(load)
        self.workdirs.append(session.workdir.name)
        return session

    def processes_left(self, wait_s: float = 5) -> list[int]:
        """Processes still running in one of this sandbox's scratch directories, after a grace period."""
        deadline = time.monotonic() + wait_s
        while (left := self._in_workdirs()) and time.monotonic() < deadline:
            time.sleep(0.1)
        return left

    def _in_workdirs(self) -> list[int]:
        left = []
        for pid in filter(str.isdigit, os.listdir("/proc")):
            try:
                cwd = os.readlink(f"/proc/{pid}/cwd")
            except OSError:
                continue
            if any(cwd.startswith(workdir) for workdir in self.workdirs):
                left.append(int(pid))
        return left


def judge_attack(attack: Attack, sandbox) -> tuple[Verdict, float]:
    started = time.monotonic()
    result = run(attack.problem, attack.path, OPTIONS, sandbox=sandbox)
    return result.verdict, time.monotonic() - started


def test_the_suite_has_at_least_thirty_attacks_each_declaring_both_backends():
    assert len(ATTACKS) >= 30
    for attack in ATTACKS:
        assert attack.expect and Verdict.IE not in attack.expect
        assert attack.local is not None or attack.local_unsafe_because


@pytest.mark.docker
@pytest.mark.parametrize("attack", ATTACKS, ids=str)
def test_the_docker_sandbox_holds(attack, canary):
    before = host_fingerprint()
    sandbox = RecordingDocker()
    verdict, elapsed = judge_attack(attack, sandbox)
    assert verdict in attack.expect, f"{attack.what}: got {verdict.value}"
    assert elapsed < RUN_BUDGET_S
    assert sandbox.all_gone(), "a container was left behind"
    assert canary.read_text() == "untouched" and host_fingerprint() == before
    assert run(attack.problem, CORRECT[attack.problem], OPTIONS, sandbox=sandbox).verdict is Verdict.AC
    assert sandbox.all_gone()


@pytest.mark.parametrize("attack", LOCAL_ATTACKS, ids=str)
def test_the_local_backend_keeps_its_limits(attack, canary):
    before = host_fingerprint()
    sandbox = RecordingLocal()
    verdict, elapsed = judge_attack(attack, sandbox)
    assert verdict in attack.local, f"{attack.what}: got {verdict.value}"
    assert elapsed < RUN_BUDGET_S
    assert sandbox.processes_left() == [], "a process was left behind"
    assert not any(os.path.exists(workdir) for workdir in sandbox.workdirs), "a temp directory was left behind"
    assert canary.read_text() == "untouched" and host_fingerprint() == before
    assert run(attack.problem, CORRECT[attack.problem], OPTIONS, sandbox=sandbox).verdict is Verdict.AC


def test_the_attacks_the_local_backend_cannot_hold_are_the_documented_ones():
    security = (ROOT / "SECURITY.md").read_text()
    for attack in ATTACKS:
        if attack.local is None:
            assert attack.path.stem in security, f"SECURITY.md does not mention {attack.path.stem}"
