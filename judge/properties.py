"""Property-based search with Hypothesis, after the hidden cases pass.

Each example is drawn from the problem's strategy() on the host, sent to the same
sandbox session as the fixed cases, and compared with the trusted reference. A
failure is shrunk by Hypothesis to a minimal input. The search is reproducible:
a fixed seed per problem (or --seed), no example database unless asked for.

Speed: examples run in one persistent child until one fails; from then on every
example (the confirmation and all shrinking) runs in a fresh child, so the verdict
never depends on state a previous example left behind.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

from judge.cases import Case
from judge.errors import JudgeError
from judge.problem import Problem
from judge.verdict import CaseResult, PropertySearch, RunResult, Verdict

DEFAULT_EXAMPLES = 100
VALIDATION_EXAMPLES = 50
TLE_SHRINK_BUDGET = 3  # shrink a time-out at most this many times: each costs a whole time limit
SEARCH_BUDGET_S = 60.0  # stop shrinking after this long and report the smallest failure so far
SMALLER_BUDGET_S = 20.0  # the same, when looking for a small input beside a large failing one
LARGE_INPUT_BYTES = 400  # a failing fixed case this large (as JSON: more than a report shows) gets a search for a smaller one


def problem_strategy(problem: Problem):
    """The problem's Hypothesis strategy of input dicts, or None if it declares none."""
    factory = problem.function("generators", "strategy")
    return factory() if factory is not None else None


def example_database_path(problem_id: str) -> Path:
    """Hypothesis's example database for one problem: a folder each, so whether a problem has
    counterexamples to replay is a look at one folder (judge/replay.py then applies or not)."""
    import platformdirs

    return Path(platformdirs.user_data_dir("judge")) / "hypothesis" / problem_id


def _remembers_failures(database: Path) -> bool:
    """True when the example database holds a counterexample (Hypothesis deletes those that pass again)."""
    return database.is_dir() and any(path.is_file() for path in database.rglob("*"))


class _PropertyFailed(Exception):
    """A generated example failed; Hypothesis shrinks on it."""

    def __init__(self, result: CaseResult):
        super().__init__(result.reason)
        self.result = result


class _StopSearch(BaseException):
    """Stop at once (time-outs, budget): Hypothesis lets BaseExceptions through unshrunk."""

    def __init__(self, result: CaseResult):
        super().__init__(result.reason)
        self.result = result


@dataclass
class _Search:
    judgement: object
    validate: object
    started: float = field(default_factory=time.monotonic)
    examples: int = 0
    failed: bool = False
    timeouts: int = 0
    smallest: CaseResult | None = None
    leaked_state: bool = False
    first_failure_at: int = 0  # the example that failed first (1-based); later ones are shrinking's
    budget_s: float = SEARCH_BUDGET_S

    def check(self, case_input: dict) -> None:
        reject_invalid(self.validate, case_input)
        self.examples += 1
        case = Case(f"generated example {self.examples}", case_input, "generated")
        reference = self.judgement.reference
        result = self.judgement.judge_case(case, lambda: reference.answer(case), reuse=not self.failed)
        if not result.passed and not self.failed:
            # Confirm in a fresh child: the verdict must not depend on earlier examples.
            self.failed = True
            result = self.judgement.judge_case(case, lambda: reference.answer(case))
            self.leaked_state = result.passed
        if result.passed:
            return
        self.first_failure_at = self.first_failure_at or self.examples
        self.smallest = result
        if result.verdict is Verdict.TLE:
            self.timeouts += 1
            if self.timeouts > TLE_SHRINK_BUDGET:
                raise _StopSearch(result)
        if time.monotonic() - self.started > self.budget_s:
            raise _StopSearch(result)
        raise _PropertyFailed(result)


def reject_invalid(validate, case_input: dict) -> None:
    """Tell Hypothesis to discard an input the problem's validate() refuses (outside its constraints)."""
    from hypothesis import reject

    if validate is not None:
        try:
            validate(case_input)
        except JudgeError:  # the problem's validate() hung: the problem is broken, not the input
            raise
        except Exception:
            reject()


def keep_hypothesis_files_in_the_cache() -> None:
    """Hypothesis writes its constants cache and scratch files under `.hypothesis/` in the working
    directory: the user's folder, or the repository a grader grades. They go to the judge's cache."""
    from hypothesis.configuration import set_hypothesis_home_dir

    from judge.cache import cache_dir

    set_hypothesis_home_dir(cache_dir() / "hypothesis")


def seeded_search(problem: Problem, strategy, check, seed_value: int, examples: int, database: Path | None):
    """The Hypothesis test that calls `check` on each input. The live search and its recording
    (judge/replay.py) both build it here, so for one seed they generate the same inputs."""
    from hypothesis import given, seed

    # The example database is keyed by problem, so a counterexample comes back for that problem only.
    check._hypothesis_internal_add_digest = f"judge:{problem.id}".encode()
    # settings outermost: @seed alone would switch the example database off.
    return search_settings(examples, database)(seed(seed_value)(given(strategy)(check)))


def search_settings(examples: int, database_path: Path | None):
    from hypothesis import HealthCheck, Phase, Verbosity, settings
    from hypothesis.database import DirectoryBasedExampleDatabase

    keep_hypothesis_files_in_the_cache()
    return settings(
        max_examples=examples, deadline=None, database=DirectoryBasedExampleDatabase(database_path)
        if database_path else None, phases=[Phase.explicit, Phase.reuse, Phase.generate, Phase.shrink],
        suppress_health_check=list(HealthCheck), report_multiple_bugs=False, print_blob=False,
        verbosity=Verbosity.quiet, derandomize=False)


def search_properties(judgement, result: RunResult, replay: bool = True) -> None:
    """Run the property search and fold its outcome into `result` (verdict, failing case, counts)."""
    search, failure = _search(judgement, replay, SEARCH_BUDGET_S)
    if search is None:
        return
    result.properties = search
    if failure is not None:
        result.cases.append(failure)
        result.verdict = failure.verdict


def find_smaller_failure(judgement, result: RunResult) -> None:
    """After a large fixed case fails, look for a small generated input that fails too.

    A 400,000-character input shows that a solution is wrong, not why; Hypothesis's
    minimal example usually does. The verdict stays the fixed case's: the small input
    is shown beside it (RunResult.smaller_failure), marked as found by the search.
    Only wrong answers and runtime errors are searched for: a small input never
    times out, and a search costs at most SMALLER_BUDGET_S of shrinking.
    """
    failure = result.first_failure
    if (failure is None or failure.verdict not in (Verdict.WA, Verdict.RE) or failure.case.source == "generated"
            or len(failure.case.frame) < LARGE_INPUT_BYTES):
        return
    judgement.reset_persistent_child()  # the search must not inherit the failed case's state
    _, smaller = _search(judgement, replay=True, budget_s=SMALLER_BUDGET_S)
    if smaller is not None and smaller.verdict is not Verdict.IE and len(smaller.case.frame) < len(failure.case.frame):
        result.smaller_failure = smaller


def _search(judgement, replay: bool, budget_s: float) -> tuple[PropertySearch | None, CaseResult | None]:
    """The search's counts and its minimal failure (None: every example passed); (None, None) when the
    problem has no strategy.

    With `replay`, and no counterexample in the problem's example database, the
    recorded inputs of an all-passing search run first (judge/replay.py); only a
    failure among them starts the live search, which reaches the same failure and
    shrinks it (and saves it to the database, so the next run replays it first).
    """
    problem: Problem = judgement.problem
    options = judgement.options
    examples = options.examples or problem.property_examples or DEFAULT_EXAMPLES
    chosen_seed = problem.seed if options.seed is None else options.seed
    database = example_database_path(problem.id) if options.example_db else None
    # The recording is what a live search runs when its database has nothing to replay first.
    if replay and (database is None or not _remembers_failures(database)):
        from judge import replay as replaying

        inputs = replaying.recorded_examples(problem, chosen_seed, examples)
        if inputs is None:
            return None, None
        if replaying.replay(judgement, inputs, chosen_seed, examples) is None:
            return PropertySearch(len(inputs), chosen_seed, wall_ms=judgement.generated_wall_ms), None
        judgement.reset_persistent_child()  # the live search starts as it would have without the replay
    strategy = problem_strategy(problem)
    if strategy is None:
        return None, None
    search = _Search(judgement, problem.function("generators", "validate"), budget_s=budget_s)

    def check(case_input):
        search.check(case_input)

    test = seeded_search(problem, strategy, check, chosen_seed, examples, database)
    failure = None
    try:
        test()
    except (_PropertyFailed, _StopSearch) as failed:
        failure = failed.result
    except Exception as error:  # Hypothesis gave up (Flaky, Unsatisfiable...): the judge's problem
        failure = CaseResult(Case("property search", {}, "generated"), Verdict.IE,
                             reason=f"the property search failed: {type(error).__name__}: {str(error)[:200]}")
    tried = search.first_failure_at or search.examples
    return PropertySearch(tried, chosen_seed, failed=failure is not None, leaked_state=search.leaked_state,
                          wall_ms=judgement.generated_wall_ms), failure


def generated_inputs_valid(problem: Problem) -> str:
    """Draw inputs from the strategy and run validate() on each; the first problem found, or ''."""
    from hypothesis import given

    strategy = problem_strategy(problem)
    validate = problem.function("generators", "validate")
    if strategy is None or validate is None:
        return ""
    failures: list[str] = []

    def check(case_input):
        try:
            validate(case_input)
        except Exception as error:
            failures.append(f"generated input {str(case_input)[:120]} breaks a constraint: {error}")
            raise

    try:
        search_settings(VALIDATION_EXAMPLES, None)(given(strategy)(check))()
    except Exception:
        pass
    return failures[-1] if failures else ""
