"""The complexity accuracy corpus: small solutions whose growth class is known.

Each file starts with a header of comments:

    # complexity: O(n log n)        the true class, one of the seven
    # space: O(n)                   optional: the true class of its extra memory (beyond input and answer)
    # kind: builtin-heavy           or pure-python: where the work happens
    # problem: two-sum              optional: the problem's signature and input_of_size
    # pair: dedupe                  optional: files sharing a pair solve the same task in two classes
    # brute: nested loops           optional: a brute force of the bank's time_limit/ kind, held out from
                                    tuning: measured as after a time-out (bench/bench_complexity.py)

A file without `problem:` is a plain function `solve(...)` with its own trusted
`input_of_size(n, rng)` and `SIZE`; the host imports it for the generator only,
and the sandbox runs the whole file as the submission.
"""

from __future__ import annotations

import importlib.util
import inspect
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

from judge.complexity.confidence import Confidence
from judge.complexity.growth import Growth, parse_growth
from judge.complexity.measure import Workload

FOLDER = Path(__file__).resolve().parent
HEADER = re.compile(r"^#\s*(?P<key>[a-z]+):\s*(?P<value>.+?)\s*$")


@dataclass(frozen=True)
class Entry:
    name: str
    path: Path
    truth: Growth
    kind: str  # pure-python or builtin-heavy
    pair: str | None
    problem_id: str | None
    source: str
    call: dict[str, Any]  # what the sandbox worker calls (a problem signature's entry())
    workload: Workload
    function: Callable[..., Any]  # the same solution, imported on the host (for the big_O comparison only)
    space: Growth | None = None  # the true class of its extra memory, when the header states it
    brute: str | None = None  # what makes it a brute force (nested loops, repeated slicing, ...)


def _header(source: str) -> dict[str, str]:
    fields = {}
    for line in source.splitlines():
        match = HEADER.match(line)
        if match is None:
            break
        fields[match["key"]] = match["value"]
    return fields


def _import(path: Path):
    spec = importlib.util.spec_from_file_location(f"complexity_corpus_{path.stem}", path)
    module = importlib.util.module_from_spec(spec)
    module.__dict__.update(List=list, Optional=None)  # LeetCode's names, as the worker's prelude gives them
    spec.loader.exec_module(module)
    return module


def _entry(path: Path) -> Entry:
    from judge.problem import load_problem

    source = path.read_text(encoding="utf-8")
    header = _header(source)
    truth = parse_growth(header["complexity"])
    assert truth is not None, f"{path.name}: complexity {header['complexity']!r} is not one of the seven"
    space = parse_growth(header.get("space"))
    assert space is not None or "space" not in header, f"{path.name}: space {header['space']!r} is not a class"
    module = _import(path)
    problem_id = header.get("problem")
    if problem_id:
        problem = load_problem(problem_id)
        generators = problem.module("generators")
        workload = Workload(generators.input_of_size, getattr(generators, "SIZE", "n"))
        call = problem.signature.entry()
        name = problem.signature.name
        snake = re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", name).lower()
        owner = module.Solution() if hasattr(module, "Solution") else module
        function = getattr(owner, name, None) or getattr(owner, snake)
    else:
        workload = Workload(module.input_of_size, getattr(module, "SIZE", "n"))
        function = module.solve
        params = [{"name": p, "type": ""} for p in inspect.signature(function).parameters]
        call = {"kind": "function", "name": "solve", "returns": "", "inplace": None, "params": params}
    return Entry(path.stem, path, truth, header.get("kind", "pure-python"), header.get("pair"), problem_id,
                 source, call, workload, function, space, header.get("brute"))


def load_corpus() -> list[Entry]:
    return [_entry(path) for path in sorted(FOLDER.glob("*.py")) if path.name != "__init__.py"]


@dataclass(frozen=True)
class Outcome:
    entry: Entry
    growth: Growth | None  # what the classifier said; None: inconclusive
    confidence: Confidence
    seconds: float  # wall time of the measurement, the container start excluded
    stopped: str
    sizes: tuple[int, ...] = ()
    space: Growth | None = None  # what the space classifier said; None: inconclusive
    space_why: str = ""

    @property
    def correct(self) -> bool:
        return self.growth is self.entry.truth

    @property
    def space_correct(self) -> bool:
        return self.space is self.entry.space


def measure_entry(entry: Entry, sandbox, budget=None) -> Outcome:
    """Measure one corpus entry in its own sandbox session, as a judge run would after AC."""
    import time

    from judge.backends.base import LoadRequest
    from judge.complexity.analysis import analyse
    from judge.complexity.measure import Budget, measure_growth
    from judge.complexity.space import analyse_space

    budget = budget or Budget(time_limit_s=2.0)
    load = LoadRequest(entry.source, f"{entry.name}.py", entry.call, budget.time_limit_s, 256, 1 << 20)
    try:
        session = sandbox.open(load)
    except (ConnectionError, OSError):  # a container that failed to start on a loaded machine: one more try
        session = sandbox.open(load)
    try:
        started = time.monotonic()
        measurement = measure_growth(session, entry.workload, budget)
        seconds = time.monotonic() - started
    finally:
        session.close()
    analysis = analyse(measurement)
    space = analyse_space(measurement)
    return Outcome(entry, analysis.growth, analysis.confidence, seconds, measurement.stopped,
                   tuple(measurement.sizes()), space.growth, space.why)


def measure_corpus(entries: list[Entry], sandbox, workers: int = 2, budget=None) -> list[Outcome]:
    """Every entry, `workers` sandboxes at a time (a container starts while another measures).

    `budget` is one Budget for all, or a function of the entry (brute forces measured as after a time-out)."""
    from concurrent.futures import ThreadPoolExecutor

    budget_of = budget if callable(budget) else lambda entry: budget
    with ThreadPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(lambda entry: measure_entry(entry, sandbox, budget_of(entry)), entries))
