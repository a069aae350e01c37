"""The property search's examples, recorded once and replayed without the Hypothesis engine.

Why: a seeded, derandomised search generates the same inputs in the same order on
every run for as long as every example passes, and driving Hypothesis's engine
costs ~3 ms of host CPU an example, ten times the sandbox round trip. So the
inputs of an all-passing search are recorded once per problem, seed and count
(`recorded_examples`, cached on disk like the hidden cases), with the reference's
answers, and a run sends them straight to the sandbox. When one fails, the caller
runs the live search, which generates the same inputs up to that failure and
shrinks it: the verdict and the counterexample are exactly those of a live search.

The example database (`judge run`, practice) replays a problem's earlier failures
first, which a recording cannot know about: while it holds any, runs search live.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

from judge import cache
from judge.cases import Case
from judge.problem import Problem
from judge.verdict import CaseResult

MISSING = cache.MISSING


def recorded_examples(problem: Problem, seed: int, examples: int) -> list[bytes] | None:
    """The valid inputs a live search generates when every example passes, as the frames the sandbox
    reads (None: the problem has no strategy).

    Cached, and looked up before Hypothesis is imported: a hit costs no Hypothesis
    at all, which is a quarter of a second of imports for a `judge run`.
    """
    return cache.cached("generated", _input_sources(problem), lambda: _record(problem, seed, examples),
                        _salt(seed, examples))


def replay(judgement, inputs: list[bytes], seed: int, examples: int) -> CaseResult | None:
    """Judge the recorded inputs in the persistent child, in order, each sent ahead of the answers
    before it (Judgement.judge_ahead); the first failure, or None."""
    key = _answers_key(judgement.problem, seed, examples)
    stored = cache.load("generated-expected", *key)
    answers: list[Any] = list(stored) if stored is not MISSING and len(stored) == len(inputs) else []
    cases = [_generated_case(index, frame) for index, frame in enumerate(inputs)]

    def expected(index: int) -> Any:
        if index == len(answers):  # asked in order, each once: the answers of a first run are computed
            answers.append(judgement.reference.answer(cases[index]))
        return answers[index]

    failure = judgement.judge_ahead(cases, expected)
    if failure is None and stored is MISSING and len(answers) == len(inputs):
        cache.store("generated-expected", key[0], answers, key[1])
    return failure


def prepare(problem: Problem, reference, seed: int, examples: int) -> int:
    """Record the inputs and the reference's answers ahead of any run (what a CI cache restores); how many."""
    inputs = recorded_examples(problem, seed, examples) or []
    sources, salt = _answers_key(problem, seed, examples)
    if cache.load("generated-expected", sources, salt) is MISSING:
        answers = [reference.answer(_generated_case(index, frame)) for index, frame in enumerate(inputs)]
        cache.store("generated-expected", sources, answers, salt)
    return len(inputs)


def _generated_case(index: int, frame: bytes) -> Case:
    return Case(f"generated example {index + 1}", source="generated", frame=frame)


def _record(problem: Problem, seed: int, examples: int) -> list[bytes] | None:
    from judge.properties import problem_strategy, reject_invalid, seeded_search

    strategy = problem_strategy(problem)
    if strategy is None:
        return None
    validate = problem.function("generators", "validate")
    recorded: list[bytes] = []

    def check(case_input):
        reject_invalid(validate, case_input)
        recorded.append(Case("recorded", case_input).frame)

    seeded_search(problem, strategy, check, seed, examples, None)()
    return recorded


def _input_sources(problem: Problem) -> list:
    # Hypothesis's version file: another version may generate other inputs from the same seed.
    return [problem.folder / name for name in ("problem.yaml", "generators.py")] + [_hypothesis_version_file()]


def _answers_key(problem: Problem, seed: int, examples: int) -> tuple[list, bytes]:
    """(sources, salt) of the reference's answers to the recorded inputs."""
    return _input_sources(problem) + [problem.folder / "reference.py"], _salt(seed, examples)


def _salt(seed: int, examples: int) -> bytes:
    return f"{seed}:{examples}".encode()


def _hypothesis_version_file() -> Path:
    """hypothesis/version.py, found without importing Hypothesis."""
    spec = importlib.util.find_spec("hypothesis")
    return Path(spec.origin).parent / "version.py"
