"""Hostile submissions: the sandbox holds, the verdict is right, and nothing is left behind.

Each file in tests/hostile/ is one attack, with its expected verdicts in its header:

    # attack: what it tries
    # problem: two-sum              (optional)
    # expect: TLE RE                (any of these, on the Docker sandbox)
    # local: TLE | unsafe: why      (on the local backend, or why it is not run there)
    # torch: TLE                    (optional: on the torch image, where it differs from expect)
    # pending: what must change     (optional: expected to fail until then, and to pass after)
    # time: 5 (why)                 (optional: CPU seconds, where the attack is on another limit; else 1)

After every attack: the run finished within its limits, the verdict is one expected
(never AC for a wrong or forged answer), every report for people shows what the
submission wrote without a control character, no container, process or temp directory
is left, the host's files are unchanged, and a correct solution still gets AC.

The torch image is a larger surface (Debian's python3-torch and its libraries, torch imported
by the runner before the submission): the attacks in TORCH_SUBSET, and those about torch
itself, run there too, against the same problems declared `frameworks: [torch]`.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
import time
from dataclasses import dataclass, replace
from pathlib import Path

import docker.errors
import pytest

from rich.console import Console

from judge.backends.docker import DockerSandbox
from judge.grading.discovery import Solution
from judge.grading.grader import Graded
from judge.grading.junit import junit_xml
from judge.grading.markdown import grade_markdown
from judge.grading.summary import GradeReport
from judge.grading.terminal import show_report
from judge.backends.local import LocalSandbox
from judge.judging import RunOptions, run
from judge.paths import ROOT
from judge.report import TerminalReport, to_json
from judge.verdict import Verdict

HOSTILE = Path(__file__).parent / "hostile"
CORRECT = {"two-sum": ROOT / "examples" / "two_sum.py", "softmax": ROOT / "problems" / "softmax" / "reference.py",
           "coin-change": ROOT / "problems" / "coin-change" / "reference.py"}
CANARY_ENV = "JUDGE_TEST_SECRET_CANARY"
RUN_BUDGET_S = 60  # a hostile run must end well within this: limits are enforced, not waited out
OPTIONS = RunOptions(properties=False, time_limit_s=1.0)  # the attacks test enforcement, not a problem's limit


@dataclass(frozen=True)
class Attack:
    path: Path
    what: str
    problem: str
    expect: frozenset[Verdict]
    local: frozenset[Verdict] | None
    local_unsafe_because: str
    pending: str = ""
    torch: frozenset[Verdict] = frozenset()  # the verdicts on the torch image, where they differ
    time_limit_s: float = OPTIONS.time_limit_s  # "# time: N": CPU headroom for an attack on another limit

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
                  local.removeprefix("unsafe:").strip() if unsafe else "", header.get("pending", ""),
                  frozenset(Verdict(v) for v in header.get("torch", header["expect"]).split()),
                  float(header.get("time", str(OPTIONS.time_limit_s)).split()[0]))


def params(attacks: list[Attack]) -> list:
    """Attacks as test parameters; a pending one must fail until its fix lands (then strict xfail says so)."""
    return [pytest.param(attack, id=str(attack),
                         marks=[pytest.mark.xfail(reason=attack.pending, strict=True)] if attack.pending else [])
            for attack in attacks]


ATTACKS = [read_attack(path) for path in sorted(HOSTILE.glob("*.py"))]
LOCAL_ATTACKS = [attack for attack in ATTACKS if attack.local is not None]
# A representative subset on the torch image (each run there imports torch, about a second more, and
# CI runs this file on one worker): memory, processes and CPU, the runner and its channel, the network,
# the host's secrets and cases, a forged answer; and every attack written about torch.
TORCH_SUBSET = {"memory_grows_forever", "memory_one_huge_allocation", "fill_system_v_shared_memory", "fork_bomb",
                "cpu_in_reaped_grandchildren", "kill_the_runner", "monkeypatch_the_worker", "walk_proc_for_the_worker",
                "write_into_the_channel_fifos", "network_connections", "read_host_environment", "read_hidden_cases",
                "forge_a_trillion_element_shape"}
TORCH_ATTACKS = [attack for attack in ATTACKS
                 if attack.path.stem in TORCH_SUBSET or attack.path.stem.startswith("torch_")]
# Found by running the attacks on the torch image; expected to fail until fixed (strict: then it must pass).
TORCH_PENDING: dict[str, str] = {}


def torch_params(attacks: list[Attack]) -> list:
    return [pytest.param(attack, id=str(attack), marks=[pytest.mark.xfail(reason=TORCH_PENDING[str(attack)],
                                                                          strict=True)])
            if str(attack) in TORCH_PENDING else param for attack, param in zip(attacks, params(attacks))]


def host_fingerprint() -> str:
    """The problems the attacks target and the judge's own code: what an escape would change."""
    digest = hashlib.sha256()
    for folder in (*(ROOT / "problems" / problem for problem in CORRECT), ROOT / "judge", ROOT / "sandbox"):
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
    result = run(attack.problem, attack.path, replace(OPTIONS, time_limit_s=attack.time_limit_s), sandbox=sandbox)
    elapsed = time.monotonic() - started
    assert_reports_are_safe(result)
    return result.verdict, elapsed


def assert_reports_are_safe(result) -> None:
    """judge run's report and judge grade's, as a terminal shows them, hold no control character
    but newline and tab and no lone surrogate (judge/text.py); the JSON report is written too."""
    console = Console(file=io.StringIO(), no_color=True, width=120)
    TerminalReport(console, verbose=True, all_failures=True).show(result)
    graded = Graded(Solution(result.submission, result.problem_id, Path(result.submission)), result.verdict, result)
    show_report(console, GradeReport([graded]))
    shown = console.file.getvalue() + grade_markdown(GradeReport([graded])) + junit_xml(GradeReport([graded]))
    shown.encode("utf-8")
    assert not re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f]", shown), "a control character reached a report"
    json.dumps(to_json(result))


def test_the_suite_has_at_least_thirty_attacks_each_declaring_both_backends():
    assert len(ATTACKS) >= 30
    for attack in ATTACKS:
        assert attack.expect and Verdict.IE not in attack.expect
        assert attack.local is not None or attack.local_unsafe_because


@pytest.mark.docker
@pytest.mark.parametrize("attack", params(ATTACKS))
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


@pytest.fixture
def torch_flavoured(problem_bank):
    """The attacked problems, each declared `frameworks: [torch]`: they run in the torch image, torch preloaded."""
    root = problem_bank(*CORRECT)
    for problem in CORRECT:
        spec = root / problem / "problem.yaml"
        spec.write_text(re.sub(r"^(track: \w+)$", r"\1\nframeworks: [torch]", spec.read_text(), count=1, flags=re.M))


@pytest.mark.docker
@pytest.mark.parametrize("attack", torch_params(TORCH_ATTACKS))
def test_the_torch_image_holds(attack, canary, torch_flavoured):
    before = host_fingerprint()
    sandbox = RecordingDocker()
    verdict, elapsed = judge_attack(attack, sandbox)
    assert verdict in attack.torch, f"{attack.what}: got {verdict.value} on the torch image"
    assert elapsed < RUN_BUDGET_S
    assert sandbox.all_gone(), "a container was left behind"
    assert canary.read_text() == "untouched" and host_fingerprint() == before
    assert run(attack.problem, CORRECT[attack.problem], OPTIONS, sandbox=sandbox).verdict is Verdict.AC
    assert sandbox.all_gone()


@pytest.mark.parametrize("attack", params(LOCAL_ATTACKS))
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
