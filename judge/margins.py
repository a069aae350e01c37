"""How decisively each time_limit/ submission times out: measured once, recorded, checked by every verify.

A slow submission that is only a few times over the limit times out on one machine
and not on a faster one. `judge verify --margins ID` runs each slow submission on the
hidden cases with the limit raised to CAP times (so a measurement costs at most that),
and writes its worst case's CPU time to `time_limit/margins.yaml`. The record is data,
committed with the problem: a plain `judge verify` only reads it, so CI does not depend
on the speed of the machine it runs on.
"""

from __future__ import annotations

import datetime
import hashlib
import os
import platform
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Callable

import yaml

from judge.backends import Sandbox
from judge.cases import Case, hidden_cases
from judge.judging import Judgement, RunOptions
from judge.problem import Problem
from judge.submission import read_submission
from judge.verdict import Verdict

REQUIRED = 10.0  # a slow submission needs at least this many times the limit on its worst hidden case
CAP = 10.5  # measurements stop here: a little over REQUIRED, so a pass is not a rounding accident
RECORD_NAME = "margins.yaml"
HEADER = ("# Written by `judge verify --margins ID`: each time_limit/ submission's CPU time on its worst hidden\n"
          "# case, measured with the limit raised to {cap:g}x (at_least: the run was stopped there).\n"
          "# `judge verify` checks it; measure again after changing a slow submission, its cases or the limit.\n")


@dataclass(frozen=True)
class Margin:
    """One slow submission's worst hidden case, as a multiple of the time limit."""

    margin: float  # worst case's CPU time / the limit
    at_least: bool  # stopped at the cap (or timed out on wall time): the real margin is larger
    worst_case: str
    cpu_s: float
    verdict: str  # what the measuring run ended with: TLE at the cap, or AC with every case measured
    source_sha256: str
    case_sha256: str

    @property
    def times(self) -> str:
        return f"{'>= ' if self.at_least else ''}{self.margin:.1f}x"

    def describe(self, limit_s: float) -> str:
        return f"{self.times} the {limit_s:g} s limit ({self.cpu_s:.2f} s on '{self.worst_case}')"


@dataclass
class MarginsRecord:
    time_limit_s: float
    measured: str  # the date
    machine: str
    cap: float = CAP
    submissions: dict[str, Margin] = field(default_factory=dict)

    def to_yaml(self) -> str:
        data = asdict(self)
        data["submissions"] = {name: asdict(margin) for name, margin in sorted(self.submissions.items())}
        return HEADER.format(cap=self.cap) + yaml.safe_dump(data, sort_keys=False, width=120)


class MeasurementFailed(Exception):
    """A slow submission did not run to a time-out or an answer (WA, RE, ...): it has no margin to record."""


def record_path(problem: Problem) -> Path:
    return problem.folder / "time_limit" / RECORD_NAME


def read_record(problem: Problem) -> MarginsRecord | None:
    path = record_path(problem)
    if not path.is_file():
        return None
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    submissions = {name: Margin(**margin) for name, margin in (data.pop("submissions", None) or {}).items()}
    return MarginsRecord(**data, submissions=submissions)


def write_record(problem: Problem, record: MarginsRecord) -> Path:
    path = record_path(problem)
    path.write_text(record.to_yaml(), encoding="utf-8")
    return path


def measure_problem(problem: Problem, sandbox: Sandbox,
                    log: Callable[[str], None] = lambda _: None) -> MarginsRecord:
    """Measure every time_limit/ submission of `problem` (each case capped at CAP x the limit)."""
    cases = hidden_cases(problem)
    record = MarginsRecord(problem.limits.time_s, datetime.date.today().isoformat(), machine_note(sandbox))
    for path in problem.submissions("time_limit"):
        log(f"{problem.id}: measuring time_limit/{path.name} (each case capped at {CAP:g} x "
            f"{problem.limits.time_s:g} s)")
        record.submissions[path.name] = measure_submission(problem, path, cases, sandbox)
    return record


def measure_submission(problem: Problem, path: Path, cases: list[Case], sandbox: Sandbox) -> Margin:
    """The submission's worst case. Cases run in order until one reaches the cap: no case can then
    give a larger margin than the cap, so the rest are not worth their time."""
    limit_s = problem.limits.time_s
    options = RunOptions(properties=False, time_limit_s=limit_s * CAP)
    with Judgement(problem, read_submission(path), options, sandbox) as judgement:
        result = judgement.judge_cases(cases)
    if result.verdict not in (Verdict.AC, Verdict.TLE):
        failure = result.first_failure
        where = f" on '{failure.case.name}': {failure.reason}" if failure else ""
        raise MeasurementFailed(f"time_limit/{path.name} got {result.verdict.value}{where}")
    worst = max(result.cases, key=lambda outcome: outcome.time_ms)
    timed_out = result.verdict is Verdict.TLE
    if timed_out:
        worst = result.first_failure
    cpu_s = worst.time_ms / 1000
    reached_cap = worst.time_ms >= 0.99 * limit_s * CAP * 1000
    if timed_out and not reached_cap:
        # Stopped on wall time before its CPU time reached the cap: the machine gave it too little CPU
        # to say anything. A short margin recorded now would fail every verify of a sound problem.
        raise MeasurementFailed(f"time_limit/{path.name} was stopped on wall time after {cpu_s:.2f} s of CPU on "
                                f"'{worst.case.name}' (the cap is {limit_s * CAP:g} s): the machine is too busy "
                                "(or the submission waits rather than computes); nothing was recorded, measure "
                                "again when the machine is quieter")
    margin = CAP if timed_out else cpu_s / limit_s
    return Margin(round(margin, 2), timed_out, worst.case.name, round(cpu_s, 2), result.verdict.value,
                  sha256(path.read_bytes()), sha256(worst.case.frame))


def record_problems(problem: Problem, cases: list[Case]) -> dict[str, str]:
    """What is wrong with the problem's margins record, per time_limit/ file ('' when all is well)."""
    slow = problem.submissions("time_limit")
    if not slow:
        return {}
    again = f"run `judge verify --margins {problem.id}`"
    record = read_record(problem)
    if record is None:
        return {path.name: f"no margins record (time_limit/{RECORD_NAME}); {again}" for path in slow}
    if record.time_limit_s != problem.limits.time_s:
        return {path.name: f"measured for a {record.time_limit_s:g} s limit, the limit is now "
                           f"{problem.limits.time_s:g} s; {again}" for path in slow}
    frames = {case.name: case.frame for case in cases}
    problems = {}
    for path in slow:
        margin = record.submissions.get(path.name)
        if margin is None:
            problems[path.name] = f"not in time_limit/{RECORD_NAME}; {again}"
        elif margin.source_sha256 != sha256(path.read_bytes()):
            problems[path.name] = f"changed since its margin was measured on {record.measured}; {again}"
        elif margin.worst_case not in frames or sha256(frames[margin.worst_case]) != margin.case_sha256:
            problems[path.name] = (f"its worst case '{margin.worst_case}' changed or is gone since "
                                   f"{record.measured}; {again}")
        elif margin.margin < REQUIRED:
            problems[path.name] = (f"expected >= {REQUIRED:g}x the limit on its worst hidden case, measured "
                                   f"{margin.describe(problem.limits.time_s)} on {record.measured}: make that "
                                   "case larger or sharper within the constraints, or drop the submission")
        else:
            problems[path.name] = ""
    return problems


def machine_note(sandbox: Sandbox) -> str:
    return f"{cpu_model()}, {os.cpu_count()} CPUs, {sandbox.name} sandbox"


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
