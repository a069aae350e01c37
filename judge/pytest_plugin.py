"""`pytest --judge DIR`: grade a folder of solutions through pytest's own machinery.

One test item per solution found (as `judge grade` finds them), so pytest's
reporting, `-k`, `--junitxml` and pytest-xdist's `-n` work unchanged; a file that
matches no problem is a skipped item that says why. Each item is one sandbox run
in the pytest process (an xdist worker), never a shared container.

With --judge and no test paths, pytest collects only the solutions: it never walks
the solutions folder itself, which would import its conftest.py and test_*.py files
on the host, outside the sandbox. Without --judge this plugin does nothing.
"""

from __future__ import annotations

import pytest

_SANDBOX = pytest.StashKey()


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("judge", "grading solutions with judge")
    group.addoption("--judge", action="append", default=[], metavar="DIR",
                    help="Grade the solutions under DIR (repeatable), one test per solution.")
    group.addoption("--judge-sandbox", choices=["docker", "local", "auto"], default="docker",
                    help="Where solutions run (default: docker).")
    group.addoption("--judge-seed", type=int, default=None,
                    help="Property search seed (default: each problem's own, so runs repeat).")
    group.addoption("--judge-no-properties", action="store_true", help="Hidden cases only; no property search.")


def pytest_configure(config: pytest.Config) -> None:
    if config.getoption("judge") and config.args_source is not pytest.Config.ArgsSource.ARGS:
        config.args = []  # the solutions only; see the module's docstring


def pytest_sessionstart(session: pytest.Session) -> None:
    """Open the sandbox once per process; without one, stop with judge's one-line error and exit code."""
    config = session.config
    if not config.getoption("judge"):
        return
    from judge.backends import sandbox_choice
    from judge.errors import JudgeError

    try:
        config.stash[_SANDBOX] = sandbox_choice(config.getoption("judge_sandbox")).sandbox
    except JudgeError as error:
        pytest.exit(f"judge: error: {error}", returncode=error.exit_code)


@pytest.hookimpl(tryfirst=True)  # before -k and -m deselect items
def pytest_collection_modifyitems(session: pytest.Session, config: pytest.Config, items: list) -> None:
    folders = config.getoption("judge")
    if not folders:
        return
    from judge.errors import JudgeError
    from judge.grading import discover

    try:
        found = discover(folders)
    except JudgeError as error:
        raise pytest.UsageError(f"judge: error: {error}") from None
    added = []
    for solution in found.solutions:
        parent = SolutionFile.from_parent(session, path=solution.path)
        added.append(SolutionItem.from_parent(parent, name=solution.problem_id, solution=solution))
    for file in found.unmatched:
        parent = SolutionFile.from_parent(session, path=_absolute(file.display))
        added.append(UnmatchedItem.from_parent(parent, name="unmatched", reason=file.reason))
    items.extend(added)
    # Reported as collected, so pytest's "collected N items" counts them (it counts collect reports).
    config.hook.pytest_collectreport(report=pytest.CollectReport(session.nodeid, "passed", None, added))


class SolutionFile(pytest.File):
    """A solution file as a pytest node: its items are made at collection, never by importing it."""

    def collect(self):
        return []


class SolutionRejected(Exception):
    """The solution's verdict was not Accepted."""

    def __init__(self, graded):
        super().__init__(graded.verdict.value)
        self.graded = graded


class SolutionItem(pytest.Item):
    def __init__(self, *, solution, **kwargs):
        super().__init__(**kwargs)
        self.solution = solution

    def runtest(self) -> None:
        from judge.grading import GradeOptions, grade_one

        config = self.config
        options = GradeOptions(sandbox=config.getoption("judge_sandbox"), jobs=1, seed=config.getoption("judge_seed"),
                               properties=not config.getoption("judge_no_properties"))
        graded = grade_one(self.solution, options, config.stash[_SANDBOX])
        self.user_properties.append(("verdict", graded.verdict.value))
        if not graded.accepted:
            raise SolutionRejected(graded)

    def repr_failure(self, excinfo, style=None):
        if isinstance(excinfo.value, SolutionRejected):
            from judge.grading.describe import details, headline
            from judge.text import visible_name

            graded = excinfo.value.graded
            return "\n".join([f"{visible_name(graded.solution.display)}: {headline(graded)}",
                              *("  " + line for line in details(graded))])
        return super().repr_failure(excinfo, style)

    def reportinfo(self):
        return self.path, None, f"{self.solution.display} ({self.solution.problem_id})"


class UnmatchedItem(pytest.Item):
    def __init__(self, *, reason: str, **kwargs):
        super().__init__(**kwargs)
        self.reason = reason

    def runtest(self) -> None:
        # Reported at the file's own location, not at this line.
        from judge.text import visible

        raise pytest.skip.Exception(f"not graded: {visible(self.reason)}", _use_item_location=True)

    def reportinfo(self):
        return self.path, 0, "not graded"


def _absolute(display: str):
    from pathlib import Path

    return Path(display).absolute()
