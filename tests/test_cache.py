"""The disk cache of generated cases and expected answers: fast when unchanged, never stale."""

from __future__ import annotations

from judge import cache
from judge.cases import hidden_cases
from judge.problem import load_problem
from judge.reference import MISSING, Reference, load_expected, store_expected

COUNTING_GENERATOR = '''
CALLS = []


def hidden_cases():
    CALLS.append(1)
    return [("made", {"nums": [1, 2], "target": 3})]
'''


def test_a_value_is_computed_once_then_read_back(tmp_path, monkeypatch):
    monkeypatch.setenv("JUDGE_CACHE_DIR", str(tmp_path / "cache"))
    source = tmp_path / "generators.py"
    source.write_text("v1")
    calls = []
    compute = lambda: calls.append(1) or [1, 2, 3]  # noqa: E731
    assert cache.cached("kind", [source], compute) == [1, 2, 3]
    assert cache.cached("kind", [source], compute) == [1, 2, 3]
    assert len(calls) == 1


def test_editing_a_source_file_makes_the_old_entry_unreachable(tmp_path, monkeypatch):
    monkeypatch.setenv("JUDGE_CACHE_DIR", str(tmp_path / "cache"))
    source = tmp_path / "generators.py"
    source.write_text("v1")
    cache.store("kind", [source], "old")
    source.write_text("v2")
    assert cache.load("kind", [source]) is MISSING


def test_an_unwritable_cache_is_simply_not_used(tmp_path, monkeypatch):
    blocker = tmp_path / "not-a-directory"
    blocker.write_text("")
    monkeypatch.setenv("JUDGE_CACHE_DIR", str(blocker))
    assert cache.cached("kind", [], lambda: 42) == 42


def test_a_corrupt_entry_is_recomputed(tmp_path, monkeypatch):
    monkeypatch.setenv("JUDGE_CACHE_DIR", str(tmp_path / "cache"))
    cache.store("kind", [], "good")
    for entry in (tmp_path / "cache" / "kind").iterdir():
        entry.write_bytes(b"\x80garbage")
    assert cache.cached("kind", [], lambda: "recomputed") == "recomputed"


def test_generated_hidden_cases_are_built_once_per_generator_version(problem_bank, tmp_path, monkeypatch):
    monkeypatch.setenv("JUDGE_CACHE_DIR", str(tmp_path / "cache"))
    root = problem_bank("two-sum")
    (root / "two-sum" / "generators.py").write_text(COUNTING_GENERATOR)
    first = hidden_cases(load_problem("two-sum"))
    generators = load_problem("two-sum").module("generators")
    second = hidden_cases(load_problem("two-sum"))
    assert [c.name for c in first] == [c.name for c in second] and first[-1].name == "made"
    assert len(generators.CALLS) == 1


def test_cached_generated_cases_come_back_as_the_frames_the_sandbox_reads(tmp_path, monkeypatch):
    # Decoding 2x10^5 operations that the sandbox needs encoded anyway was the slowest part of a run.
    monkeypatch.setenv("JUDGE_CACHE_DIR", str(tmp_path / "cache"))
    made = hidden_cases(load_problem("lru-cache"))
    loaded = hidden_cases(load_problem("lru-cache"))
    assert loaded == made
    generated = [case for case in loaded if "input" not in vars(case)]
    assert generated, "generated cases should load undecoded"
    largest = max(generated, key=lambda case: len(case.frame))
    original = next(case for case in made if case.name == largest.name)
    assert largest.input == original.fresh_input() and largest.fresh_input() is not largest.input


def test_expected_answers_are_keyed_by_the_exact_cases(tmp_path, monkeypatch):
    monkeypatch.setenv("JUDGE_CACHE_DIR", str(tmp_path / "cache"))
    problem = load_problem("two-sum")
    cases = hidden_cases(problem)
    reference = Reference(problem)
    answers = [reference.answer(case) for case in cases[:3]]
    store_expected(problem, cases[:3], answers)
    assert [answer.value for answer in load_expected(problem, cases[:3])] == answers
    assert load_expected(problem, cases[:2]) is MISSING


def test_a_generator_edited_in_a_running_process_gives_its_new_cases(problem_bank, tmp_path, monkeypatch):
    """A server or practice session keeps running while a problem writer edits generators.py: the next
    cases come from the edited file, and the old ones are never stored under the new file's key."""
    from judge.cases import hidden_cases
    from judge.problem import load_problem

    monkeypatch.setenv("JUDGE_CACHE_DIR", str(tmp_path / "cache"))
    root = problem_bank("two-sum")
    generators = root / "two-sum" / "generators.py"
    before = {case.name for case in hidden_cases(load_problem("two-sum"))}
    generators.write_text(generators.read_text().replace("def hidden_cases():", "def hidden_cases():\n"
                                                         "    return [('only this one', {'nums': [1, 2], 'target': 3})]\n"
                                                         "\n\ndef _old_hidden_cases():"))
    after = {case.name for case in hidden_cases(load_problem("two-sum"))}
    assert "only this one" in after and "only this one" not in before
