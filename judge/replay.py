"""The property search's examples, recorded once and replayed without the Hypothesis engine.

Why: a seeded, derandomised search generates the same inputs in the same order on
every run for as long as every example passes, and driving Hypothesis's engine
costs ~3 ms of host CPU an example, ten times the sandbox round trip. So the
inputs of an all-passing search are recorded once per problem, seed and count
(`record_examples`, cached on disk like the hidden cases), with the reference's
answers, and a run sends them straight to the sandbox. When one fails, the caller
runs the live search, which generates the same inputs up to that failure and
shrinks it: the verdict and the counterexample are exactly those of a live search.

The example database (`judge run`, practice) replays a problem's earlier failures
first, which a recording cannot know about: while it holds any, runs search live.
"""

from __future__ import annotations

import copy
import importlib.util
from pathlib import Path
from typing import Any, Callable

from judge import cache
from judge.cases import Case
from judge.problem import Problem
from judge.verdict import CaseResult  # noqa: F401  (replay returns one)

MISSING = cache.MISSING


def recorded_examples(problem: Problem, seed: int, examples: int) -> list[dict[str, Any]] | None:
    """The valid inputs a live search generates when every example passes (None: the problem has no strategy).

    Cached, and looked up before Hypothesis is imported: a hit costs no Hypothesis
    at all, which is a quarter of a second of imports for a `judge run`.
    """
    return cache.cached("generated", _input_sources(problem), lambda: _record(problem, seed, examples),
                        _salt(seed, examples))


def replay(judgement, inputs: list[dict[str, Any]], seed: int, examples: int) -> CaseResult | None:
    """Judge the recorded inputs in the persistent child, in order; the first failure, or None."""
    problem: Problem = judgement.problem
    stored = cache.load("generated-expected", _answer_sources(problem), _salt(seed, examples))
    answers: list[Any] = list(stored) if stored is not MISSING and len(stored) == len(inputs) else []
    for index, case_input in enumerate(inputs):
        case = Case(f"generated example {index + 1}", case_input, "generated")
        if index < len(answers):
            expected = answers[index]
            result = judgement.judge_case(case, lambda: expected, reuse=True)
        else:
            result = judgement.judge_case(case, lambda: _remember(answers, judgement.reference.answer(case)),
                                          reuse=True)
        if not result.passed:
            return result
    if stored is MISSING and len(answers) == len(inputs):
        cache.store("generated-expected", _answer_sources(problem), answers, _salt(seed, examples))
    return None


def prepare(problem: Problem, reference, seed: int, examples: int) -> int:
    """Record the inputs and the reference's answers ahead of any run (what a CI cache restores); how many."""
    inputs = recorded_examples(problem, seed, examples) or []
    sources, salt = _answer_sources(problem), _salt(seed, examples)
    if cache.load("generated-expected", sources, salt) is MISSING:
        answers = [reference.answer(Case(f"generated example {index + 1}", case_input, "generated"))
                   for index, case_input in enumerate(inputs)]
        cache.store("generated-expected", sources, answers, salt)
    return len(inputs)


def _remember(answers: list, answer: Any) -> Any:
    answers.append(answer)
    return answer


def _record(problem: Problem, seed: int, examples: int) -> list[dict] | None:
    from hypothesis import given, reject
    from hypothesis import seed as seeded

    from judge.properties import problem_strategy, search_settings

    strategy = problem_strategy(problem)
    if strategy is None:
        return None
    validate = getattr(problem.module("generators"), "validate", None)
    recorded: list[dict] = []

    def check(case_input):
        if validate is not None:
            try:
                validate(case_input)
            except Exception:
                reject()
        recorded.append(copy.deepcopy(case_input))

    check._hypothesis_internal_add_digest = f"judge:{problem.id}".encode()
    search_settings(examples, None)(seeded(seed)(given(strategy)(check)))()  # as the live search nests them
    return recorded


def _input_sources(problem: Problem) -> list:
    # Hypothesis's version file: another version may generate other inputs from the same seed.
    return [problem.folder / name for name in ("problem.yaml", "generators.py")] + [_hypothesis_version_file()]


def _answer_sources(problem: Problem) -> list:
    return _input_sources(problem) + [problem.folder / "reference.py"]


def _salt(seed: int, examples: int) -> bytes:
    return f"{seed}:{examples}".encode()


def _hypothesis_version_file() -> Path:
    """hypothesis/version.py, found without importing Hypothesis."""
    spec = importlib.util.find_spec("hypothesis")
    return Path(spec.origin).parent / "version.py"
