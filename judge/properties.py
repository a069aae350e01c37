"""Property-based search with Hypothesis: generated inputs from each problem's strategy()."""

from __future__ import annotations

from judge.problem import Problem

VALIDATION_EXAMPLES = 50


def problem_strategy(problem: Problem):
    """The problem's Hypothesis strategy of input dicts, or None if it declares none."""
    generators = problem.module("generators")
    factory = getattr(generators, "strategy", None)
    return factory() if factory is not None else None


def generated_inputs_valid(problem: Problem) -> str:
    """Draw inputs from the strategy and run validate() on each; the first problem found, or ''."""
    from hypothesis import HealthCheck, given, settings

    strategy = problem_strategy(problem)
    validate = getattr(problem.module("generators"), "validate", None)
    if strategy is None or validate is None:
        return ""
    failures: list[str] = []

    @settings(max_examples=VALIDATION_EXAMPLES, derandomize=True, database=None, deadline=None,
              suppress_health_check=list(HealthCheck))
    @given(strategy)
    def check(case_input):
        try:
            validate(case_input)
        except Exception as error:
            failures.append(f"generated input {str(case_input)[:120]} breaks a constraint: {error}")
            raise

    try:
        check()
    except Exception:
        pass
    return failures[-1] if failures else ""
