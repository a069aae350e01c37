"""`judge grade` and `judge init-ci`: thin click commands over judge.grading, registered in judge/cli.py."""

from __future__ import annotations

import functools
import json
import sys
import time
from pathlib import Path

import click

from judge.grading.errors import UsageError


def _reports_errors(command):
    """judge.cli's reports_errors, looked up at call time so this module imports before judge.cli finishes."""

    @functools.wraps(command)
    def wrapper(*args, **kwargs):
        from judge.cli import reports_errors

        return reports_errors(command)(*args, **kwargs)

    return wrapper


def _console(color: str, stderr: bool = False):
    from judge.cli import _console

    return _console(color, stderr=stderr)


@click.command(short_help="Grade a folder of solutions in parallel, for CI.")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("-j", "--jobs", type=click.IntRange(1, 64), default=None,
              help="Solutions judged at once  [default: the number of cores]")
@click.option("--sandbox", type=click.Choice(["docker", "local", "auto"]), default="docker", show_default=True,
              help="Where solutions run; local is no isolation and says so.")
@click.option("--junit", type=click.Path(dir_okay=False, path_type=Path), help="Write JUnit XML here.")
@click.option("--json", "json_path", type=click.Path(dir_okay=False, allow_dash=True, path_type=Path),
              help="Write the JSON report here ('-' for stdout).")
@click.option("--markdown", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the Markdown summary here (it also goes to $GITHUB_STEP_SUMMARY when set).")
@click.option("--shard", metavar="K/N", help="K/N: grade only the K-th of N balanced shares (a CI matrix job).")
@click.option("--changed-since", metavar="REF", help="Only solutions git says changed since REF (e.g. origin/main).")
@click.option("--durations", type=click.Path(dir_okay=False, path_type=Path),
              help="Recorded durations for --shard  [default: .judge-durations.json in the first PATH]")
@click.option("--store-durations", is_flag=True, help="Record this run's durations there, for balanced shards.")
@click.option("--seed", type=int, help="Property search seed  [default: each problem's own, so runs repeat]")
@click.option("--no-properties", is_flag=True, help="Skip the property search; hidden cases only.")
@click.option("--complexity/--no-complexity", default=False, show_default=True,
              help="Complexity notes after Accepted (timed, so they can differ between runs).")
@click.option("--allow-fail", is_flag=True, help="Exit 0 even when solutions fail (reports only).")
@click.option("--strict", is_flag=True, help="Fail when a Python file matches no problem.")
@click.option("--color", type=click.Choice(["auto", "always", "never"]), default="auto", show_default=True,
              help="Colour in the output.")
@_reports_errors
def grade(paths, jobs, sandbox, junit, json_path, markdown, shard, changed_since, durations, store_durations, seed,
          no_properties, complexity, allow_fail, strict, color):
    """Grade every solution under PATHS (default: .), each in its own sandbox, in parallel.

    A file is a solution when it is named after a problem (two-sum.py, two_sum.py,
    0001-two-sum.py), carries a '# judge: two-sum' line, or sits in a folder so named.
    Exit codes: 0 every solution accepted; 1 one is not; 2 usage error; 3 an internal
    error or no sandbox; 130 interrupted.
    """
    from judge.grading import GradeOptions, GradeReport, select, store_durations as write_durations
    from judge.grading.grader import default_jobs
    from judge.grading.sharding import Shard
    from judge.grading.terminal import show_report

    started = time.perf_counter()
    which = Shard.parse(shard) if shard else None
    selection = select(paths, changed_since, which, durations)
    options = GradeOptions(sandbox=sandbox, jobs=jobs or default_jobs(), properties=not no_properties, seed=seed,
                           complexity=complexity)
    log = _console(color, stderr=True)
    graded = _grade(selection, options, log) if selection.solutions else []
    if not selection.solutions:
        log.print("judge: nothing to grade" + (" in this shard" if which else ""), highlight=False)
    report = GradeReport(graded, selection.unmatched, options, which, changed_since, time.perf_counter() - started,
                         strict)
    _write_reports(report, junit, json_path, markdown)
    show_report(_console(color, stderr=json_path == Path("-")), report)
    if store_durations:
        write_durations(selection.durations_path, graded)
    sys.exit(report.exit_code(allow_fail))


def _grade(selection, options, log):
    from judge.backends import sandbox_choice
    from judge.grading.grader import grade as grade_all
    from judge.grading.terminal import GradeProgress

    choice = sandbox_choice(options.sandbox)  # no engine, no image: one error line now, not an IE per solution
    if choice.notice:
        log.print(f"judge: note: {choice.notice}", highlight=False, markup=False)
    with GradeProgress(log, len(selection.solutions)) as progress:
        return grade_all(selection.solutions, options, choice.sandbox, on_graded=progress.graded,
                         weight=selection.weight)


def _write_reports(report, junit: Path | None, json_path: Path | None, markdown: Path | None) -> None:
    from judge.grading.github import annotations, append_step_summary, on_github
    from judge.grading.jsonreport import grade_json
    from judge.grading.junit import junit_xml
    from judge.grading.markdown import grade_markdown

    if junit:
        _write(junit, junit_xml(report))
    if json_path == Path("-"):
        click.echo(json.dumps(grade_json(report)))
    elif json_path:
        _write(json_path, json.dumps(grade_json(report), indent=1) + "\n")
    if markdown:
        _write(markdown, grade_markdown(report))
    append_step_summary(report)
    if on_github():
        for line in annotations(report):  # the runner reads them on either stream; stdout may be the JSON
            click.echo(line, err=json_path == Path("-"))


def _write(path: Path, text: str) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8", errors="backslashreplace")  # the writers escape; this never fails
    except OSError as error:
        raise UsageError(f"{path}: cannot be written: {error.strerror}") from None


@click.command("init-ci", short_help="Write a GitHub Actions workflow that grades solutions.")
@click.option("--path", "solutions", default=None,
              help="The solutions folder, relative to the repository root  [default: solutions/ if it exists, else .]")
@click.option("--shards", type=click.IntRange(1, 256), default=4, show_default=True, help="Parallel CI jobs.")
@click.option("--judge-repo", metavar="OWNER/NAME",
              help="Where judge is checked out from, when this repository is not judge itself.")
@click.option("--judge-ref", metavar="REF", help="The branch, tag or commit of --judge-repo.")
@click.option("--output", type=click.Path(dir_okay=False, path_type=Path), default=Path(".github/workflows/judge.yml"),
              show_default=True)
@click.option("--force", is_flag=True, help="Overwrite an existing workflow.")
@click.option("--torch/--no-torch", default=None,
              help="Build and cache the torch image too  [default: when a solution's problem declares torch]")
@_reports_errors
def init_ci(solutions, shards, judge_repo, judge_ref, output, force, torch):
    """Write a GitHub Actions workflow that grades the solutions on every push and pull request."""
    from judge.grading.workflow import WorkflowSpec, is_judge_checkout, write_workflow

    if judge_repo is None and not is_judge_checkout(Path(".")):
        raise UsageError("this folder is not a checkout of judge, so the workflow cannot install judge from it",
                         "pass --judge-repo OWNER/NAME, the GitHub repository to install judge from")
    if judge_ref and not judge_repo:
        raise UsageError("--judge-ref needs --judge-repo")
    if solutions is None:
        solutions = "solutions" if Path("solutions").is_dir() else "."
    if judge_repo is None and Path(solutions) == Path("."):
        raise UsageError("in a checkout of judge, grading '.' would grade judge's own files",
                         "keep the solutions in a folder, e.g. solutions/, or pass --path")
    if torch is None:
        torch = any_needs_torch(Path(solutions))
    spec = WorkflowSpec(solutions=solutions, shards=shards, judge_repo=judge_repo, judge_ref=judge_ref, torch=torch)
    written = write_workflow(spec, output, force)
    images = " with the torch image" if torch else ""
    click.echo(f"wrote {written}: {shards} shard{'s' if shards != 1 else ''} grading {solutions}{images}; "
               "commit it and push to run it", err=True)


def any_needs_torch(solutions: Path) -> bool:
    """Whether a solution under `solutions` is for a problem that runs in the torch image."""
    from judge.grading.discovery import discover
    from judge.problem import load_problem

    if not solutions.is_dir():
        return False
    found = discover([solutions]).solutions
    return any("torch" in load_problem(problem_id).frameworks for problem_id in {s.problem_id for s in found})
