"""The classifiers' accuracy on the corpus of solutions with known classes, measured in the real sandbox:
time (brute forces of the bank's time_limit/ kind among them, measured as after a time-out) and space.

The thresholds here are a little looser than the benchmark's targets (bench/bench_complexity.py:
95 % correct, 10 % inconclusive), because CI shares two cores with the rest of the suite; the
benchmark reports the real figures, side by side with big_O.
"""

from __future__ import annotations

from collections import Counter, defaultdict

import pytest

from judge.complexity.growth import Growth
from tests.complexity_corpus import load_corpus, measure_corpus

MIN_CORRECT = 0.90  # of classified answers
MAX_INCONCLUSIVE = 0.15


@pytest.fixture(scope="module")
def outcomes(docker_sandbox):
    return measure_corpus(load_corpus(), docker_sandbox, workers=2)


def describe(outcomes) -> str:
    return "\n".join(f"{o.entry.name}: truth {o.entry.truth.value}, got {o.growth.value if o.growth else '-'} "
                     f"({o.confidence.value}; stopped: {o.stopped})" for o in outcomes if not o.correct)


def test_the_corpus_has_forty_solutions_across_all_seven_classes_pure_and_builtin():
    corpus = load_corpus()
    assert len(corpus) >= 40
    assert set(Counter(entry.truth for entry in corpus)) == set(Growth)
    assert {entry.kind for entry in corpus} == {"pure-python", "builtin-heavy"}
    pairs = defaultdict(set)
    for entry in corpus:
        if entry.pair:
            pairs[entry.pair].add(entry.truth)
    assert sum(1 for classes in pairs.values() if len(classes) == 2) >= 6


@pytest.mark.docker
def test_the_corpus_holds_brute_forces_of_every_time_limit_kind_and_space_of_every_class():
    corpus = load_corpus()
    brute = [entry for entry in corpus if entry.brute]
    assert len(brute) >= 15
    kinds = " ".join(entry.brute for entry in brute)
    for kind in ("nested loops", "list membership", "repeated slicing", "recursion without memo"):
        assert kind in kinds
    spaced = Counter(entry.space for entry in corpus if entry.space)
    assert set(spaced) == {Growth.CONSTANT, Growth.LOG, Growth.LINEAR, Growth.LINEARITHMIC, Growth.QUADRATIC}
    assert sum(spaced.values()) >= 60


@pytest.mark.docker
def test_space_answers_are_nearly_all_correct_and_few_inconclusive(outcomes):
    spaced = [o for o in outcomes if o.entry.space]
    classified = [o for o in spaced if o.space is not None]
    wrong = "\n".join(f"{o.entry.name}: space {o.entry.space.value}, got {o.space.value if o.space else '-'} "
                      f"({o.space_why})" for o in spaced if not o.space_correct)
    assert sum(o.space_correct for o in classified) >= MIN_CORRECT * len(classified), wrong
    assert len(spaced) - len(classified) <= MAX_INCONCLUSIVE * len(spaced), wrong


@pytest.mark.docker
def test_classified_answers_are_nearly_all_correct(outcomes):
    classified = [o for o in outcomes if o.growth is not None]
    correct = sum(o.correct for o in classified)
    assert correct >= MIN_CORRECT * len(classified), describe(outcomes)


@pytest.mark.docker
def test_few_answers_are_inconclusive(outcomes):
    inconclusive = sum(o.growth is None for o in outcomes)
    assert inconclusive <= MAX_INCONCLUSIVE * len(outcomes), describe(outcomes)


@pytest.mark.docker
def test_the_two_solutions_of_a_pair_are_told_apart_in_the_right_order(outcomes):
    by_pair = defaultdict(list)
    for outcome in outcomes:
        if outcome.entry.pair and outcome.growth is not None:
            by_pair[outcome.entry.pair].append(outcome)
    ordered = [pair for pair in by_pair.values() if len(pair) == 2]
    right = [pair for pair in ordered
             if (pair[0].entry.truth.rank < pair[1].entry.truth.rank) == (pair[0].growth.rank < pair[1].growth.rank)
             and pair[0].growth is not pair[1].growth]
    assert len(ordered) >= 6 and len(right) >= len(ordered) - 1, describe(outcomes)
