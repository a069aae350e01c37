"""The `judge` command: a thin click layer over the library API.

Exit codes: 0 Accepted; 1 another verdict; 2 usage error or an unreadable
submission; 3 environment or judge error (unknown problem, no Docker engine,
image missing, a broken problem, an internal error); 130 interrupted (Ctrl-C or SIGTERM).
"""

from __future__ import annotations

import functools
import importlib
import json
import os
import sys
from pathlib import Path

import click

from judge.errors import JudgeError

EXIT_REJECTED = 1
EXIT_INTERRUPTED = 130
EXIT_MEANINGS = {0: "accepted", 1: "rejected: a verdict other than Accepted",
                 2: "usage error: the arguments, a file or a setting cannot be used",
                 3: "the environment or the judge failed (no Docker engine, a broken problem, an internal error)",
                 130: "interrupted"}


def _console(color: str, stderr: bool = False, soft_wrap: bool = True):
    """A rich Console. soft_wrap keeps a long input or answer on one line a person can copy; prose wants wrapping."""
    from rich.console import Console

    force = {"always": True, "never": False}.get(color)
    no_color = color == "never" or "NO_COLOR" in os.environ
    return Console(stderr=stderr, force_terminal=force, no_color=no_color, highlight=False,
                   soft_wrap=soft_wrap)


def _fail(message: str, code: int) -> None:
    click.echo(f"judge: error: {message}", err=True)
    sys.exit(code)


def reports_errors(command):
    """Turn JudgeError into one line on stderr and its exit code; Ctrl-C into 130."""

    @functools.wraps(command)
    def wrapper(*args, **kwargs):
        try:
            return command(*args, **kwargs)
        except JudgeError as error:
            if kwargs.get("as_json"):  # a script reading stdout gets an object, whatever went wrong
                click.echo(json.dumps({"schema_version": 1, "error": str(error), "exit_code": error.exit_code,
                                       "meaning": EXIT_MEANINGS[error.exit_code]}))
            _fail(str(error), error.exit_code)
        except KeyboardInterrupt:
            click.echo("judge: interrupted", err=True)
            sys.exit(EXIT_INTERRUPTED)

    return wrapper


def _complete_problem_ids(ctx, param, incomplete):
    from judge.problem import problem_ids

    return [problem_id for problem_id in problem_ids() if problem_id.startswith(incomplete)]


color_option = click.option("--color", type=click.Choice(["auto", "always", "never"]), default="auto",
                            show_default=True, help="Colour in the output.")


class LazyGroup(click.Group):
    """A group whose commands from other modules are imported only when one of them runs or is listed.

    `judge run` must not pay for importing the grader and the practice mode: every import
    is on its way to the container's start.
    """

    def __init__(self, *args, lazy_commands: dict[str, str], **kwargs):
        super().__init__(*args, **kwargs)
        self.lazy_commands = lazy_commands  # name -> "module:attribute"

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(set(super().list_commands(ctx)) | set(self.lazy_commands))

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name in self.lazy_commands and name not in self.commands:
            module, attribute = self.lazy_commands[name].split(":")
            self.add_command(getattr(importlib.import_module(module), attribute), name)
        return super().get_command(ctx, name)


LAZY_COMMANDS = {
    "practice": "judge.practice.commands:practice", "watch": "judge.practice.commands:watch",
    "stats": "judge.practice.commands:stats", "review": "judge.practice.commands:review",
    "history": "judge.practice.commands:history",
    "grade": "judge.grading.commands:grade",  # a folder of solutions, for CI
    "init-ci": "judge.grading.commands:init_ci",  # a GitHub Actions workflow that runs it
    "serve": "judge.web.command:serve",  # the local web workspace
}


@click.group(cls=LazyGroup, lazy_commands=LAZY_COMMANDS, context_settings={"help_option_names": ["-h", "--help"]},
             epilog=__doc__.split("\n\n", 1)[1])
@click.version_option(package_name="judge")
def main():
    """A local judge for MLE interview practice: LeetCode-style and ML problems in a Docker sandbox."""


@main.command("list")
@click.option("--track", type=click.Choice(["dsa", "ml"]), help="Only this track.")
@click.option("--difficulty", type=click.Choice(["easy", "medium", "hard"]), help="Only this difficulty.")
@click.option("--tag", "tags", multiple=True,
              help="Only problems with this tag, in any case; repeated, only those with every tag given.")
@click.option("--list", "lists", multiple=True, metavar="NAME",
              help="Only problems of this curated list (tiktok-top-100, neetcode-150), with your progress on it.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object on stdout.")
@color_option
@reports_errors
def list_command(track, difficulty, tags, lists, as_json, color):
    """List the problems; ✔ marks those you solved in practice, · those you attempted."""
    from judge.catalog import Progress, filter_problems, progress
    from judge.views import problems_table, problems_tsv

    problems = filter_problems(track=track, difficulty=difficulty, tags=tags, lists=lists)
    marks = progress()
    if as_json:
        click.echo(json.dumps({"schema_version": 1, "problems": [
            {"id": p.id, "title": p.title, "track": p.track, "difficulty": p.difficulty, "tags": list(p.tags),
             "lists": list(p.lists), "leetcode": p.leetcode, "progress": marks.get(p.id, Progress.UNSEEN).value}
            for p in problems]}))
        return
    console = _console(color, soft_wrap=False)
    if not sys.stdout.isatty():  # piped: whole fields, a line a problem, for grep, cut and awk
        click.echo(problems_tsv(problems, marks), nl=False)
        return
    from judge.catalog import list_progress

    for name in lists:
        if progress_line := list_progress(name, marks):
            console.print(progress_line, style="bold", highlight=False)
    console.print(problems_table(problems, console.width, marks), end="")


@main.command()
@click.argument("problem_id", shell_complete=_complete_problem_ids)
@click.option("--hints", "hints", type=click.IntRange(min=1), is_flag=False, flag_value=99, default=None,
              help="Show the progressive hints too: --hints for all, --hints N for the first N.")
@color_option
@reports_errors
def show(problem_id, hints, color):
    """Show a problem: statement, examples, signature and limits."""
    from judge.problem import load_problem
    from judge.views import show_problem

    show_problem(_console(color, soft_wrap=False), load_problem(problem_id), hints=hints or 0)


@main.command()
@click.argument("problem_id", shell_complete=_complete_problem_ids)
@click.argument("path", required=False, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--force", is_flag=True, help="Overwrite an existing file.")
@reports_errors
def new(problem_id, path, force):
    """Write a starter file with the problem's signature (default: PROBLEM_ID as a module name)."""
    from judge.problem import load_problem
    from judge.starter import starter_source

    from judge.errors import UsageError

    problem = load_problem(problem_id)
    path = path or Path(problem.id.replace("-", "_") + ".py")
    if path.exists() and not force:
        raise UsageError(f"{path}: already exists; nothing was written", "pass --force to overwrite it")
    blocked = next((part for part in path.parents if part.exists() and not part.is_dir()), None)
    if blocked is not None:
        raise UsageError(f"{path}: cannot be written: {blocked} is a file, not a folder", "choose another path")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(starter_source(problem), encoding="utf-8")
    click.echo(f"wrote {path}; judge it with: judge run {problem.id} {path}", err=True)


@main.command()
@click.argument("problem_id", shell_complete=_complete_problem_ids)
@click.argument("solution", type=click.Path(path_type=Path))
@click.option("--sandbox", type=click.Choice(["auto", "docker", "local"]), default="auto", show_default=True,
              help="Where the submission runs; auto uses Docker when it answers.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object on stdout (schema_version 1).")
@click.option("--all", "all_failures", is_flag=True, help="Run every case and show every failure.")
@click.option("--time-limit", type=click.FloatRange(0.05, 60), help="Seconds per case (default: the problem's).")
@click.option("--memory-limit", type=click.IntRange(16, 4096), help="MB (default: the problem's).")
@click.option("--seed", type=int, help="Property search seed (default: the problem's, so runs repeat).")
@click.option("--examples", type=click.IntRange(1, 100_000), help="Property search examples (default 100).")
@click.option("--no-properties", is_flag=True, help="Skip the property search; hidden cases only.")
@click.option("--no-db", is_flag=True, help="Do not replay earlier counterexamples (the default when CI is set).")
@click.option("--no-complexity", is_flag=True, help="Skip the complexity note (measured growth and hints) after AC.")
@click.option("--case", "cases", multiple=True, metavar="JSON|@FILE",
              help="Judge only this input (JSON, or @file.json holding one input or a list), beside the "
                   "reference's answer; repeatable. An input outside the constraints is refused.")
@click.option("-v", "--verbose", is_flag=True, help="Every case line and the full traceback.")
@color_option
@reports_errors
def run(problem_id, solution, sandbox, as_json, all_failures, time_limit, memory_limit, seed, examples, no_properties,
        no_db, no_complexity, cases, verbose, color):
    """Judge SOLUTION against PROBLEM_ID's hidden cases, then a property search, and report a verdict."""
    from judge.judging import RunOptions
    from judge.judging import run as judge_run
    from judge.problem import load_problem
    from judge.report import TerminalReport, to_json
    from judge.submission import read_submission

    problem = load_problem(problem_id)  # bad input is reported before any sandbox is made
    submission = read_submission(solution)
    custom = ()
    if cases:
        from judge.custom_cases import custom_cases

        custom = tuple(custom_cases(problem, cases))
    report = None if as_json else TerminalReport(_console(color), verbose=verbose, all_failures=all_failures)
    options = RunOptions(sandbox=sandbox, all_failures=all_failures, time_limit_s=time_limit,
                         memory_limit_mb=memory_limit, properties=not no_properties, seed=seed,
                         examples=examples, example_db=not no_db and not os.environ.get("CI"),
                         complexity=not no_complexity, custom=custom,
                         on_verdict=report.show_verdict if report else None)  # the verdict first, the note after
    result = judge_run(problem, submission, options)
    if as_json:
        for notice in result.notices:
            click.echo(f"judge: note: {notice}", err=True)
        click.echo(json.dumps(to_json(result, all_failures)))
    else:
        report.show_complexity(result)
    sys.exit(0 if result.verdict.accepted else EXIT_REJECTED)


@main.command()
@click.argument("problem_ids", nargs=-1, shell_complete=_complete_problem_ids)
@click.option("--sandbox", type=click.Choice(["auto", "docker", "local"]), default="auto", show_default=True)
@click.option("--json", "as_json", is_flag=True, help="One JSON object on stdout.")
@click.option("-j", "--jobs", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Problems verified at once.")
@click.option("--margins", is_flag=True,
              help="Measure each time_limit/ submission's worst case (up to 10.5x the limit) and record it "
                   "in time_limit/margins.yaml, instead of verifying.")
@color_option
@reports_errors
def verify(problem_ids, sandbox, as_json, jobs, margins, color):
    """Check problems with their known submissions (all problems when none is named)."""
    from judge.backends import sandbox_choice
    from judge.problem import problem_ids as all_ids
    from judge.verify import verify_problems
    from judge.views import verification_failures, verification_table, verification_tsv

    choice = sandbox_choice(sandbox)
    if choice.notice:
        click.echo(f"judge: note: {choice.notice}", err=True)
    if margins:
        _measure_margins(list(problem_ids or all_ids()), choice.sandbox)
    outcomes = verify_problems(list(problem_ids or all_ids()), choice.sandbox, jobs,
                               log=lambda message: click.echo(f"judge: verifying {message}", err=True))
    if as_json:
        click.echo(json.dumps({"schema_version": 1, "ok": all(o.ok for o in outcomes), "problems": [
            {"id": o.problem_id, "ok": o.ok, "reference_ms": o.reference_ms, "time_limit_ms": o.time_limit_ms,
             "reference_case": o.reference_case,
             "checks": [{"what": c.what, "ok": c.ok, "detail": c.detail} for c in o.checks]} for o in outcomes]}))
    else:
        console = _console(color)
        if sys.stdout.isatty():
            console.print(verification_table(outcomes))
        else:  # piped (a CI log): whole lines, not a table squeezed into 80 columns
            click.echo(verification_tsv(outcomes), nl=False)
        for line in verification_failures(outcomes):
            console.print(line, markup=False, highlight=False)
    sys.exit(0 if all(o.ok for o in outcomes) else EXIT_REJECTED)


def _measure_margins(problem_ids: list[str], sandbox) -> None:
    from judge.margins import REQUIRED, MeasurementFailed, measure_problem, write_record
    from judge.problem import load_problem

    all_ok = True
    for problem_id in problem_ids:
        problem = load_problem(problem_id)
        if not problem.submissions("time_limit"):
            click.echo(f"{problem_id}  ok  no time_limit/ submissions to measure")
            continue
        try:
            record = measure_problem(problem, sandbox, log=lambda message: click.echo(f"judge: {message}", err=True))
        except MeasurementFailed as failure:
            click.echo(f"{problem_id}  FAIL  {failure}")
            all_ok = False
            continue
        path = write_record(problem, record)
        for file, margin in record.submissions.items():
            ok = margin.margin >= REQUIRED
            all_ok &= ok
            click.echo(f"{problem_id}  {'ok' if ok else 'FAIL'}  time_limit/{file}: "
                       f"{margin.describe(problem.limits.time_s)}")
        click.echo(f"judge: wrote {path}", err=True)
    sys.exit(0 if all_ok else EXIT_REJECTED)


@main.group()
def problem():
    """Write problems: `judge problem new ID` scaffolds a folder that `judge verify` proves."""


@problem.command("new")
@click.argument("problem_id")
@click.option("--into", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="The problem folder to write into (default: the first of JUDGE_PROBLEMS, else the bank).")
@reports_errors
def problem_new(problem_id, into):
    """Scaffold problems/PROBLEM_ID: spec, statement, reference, generators, accepted/, wrong_answer/, time_limit/."""
    from judge.paths import problems_dirs
    from judge.scaffold import new_problem

    scaffold = new_problem(problem_id, into or problems_dirs()[0])
    for path in scaffold.files:
        click.echo(f"wrote {path}")
    click.echo(f"It is a complete example problem: replace its content with yours, then run\n"
               f"  judge verify --margins {problem_id}   # measures time_limit/ into margins.yaml\n"
               f"  judge verify {problem_id}", err=True)


@main.group()
def sandbox():
    """Build the sandbox image, or say which backend and image are in use."""


@sandbox.command()
@click.option("--method", type=click.Choice(["auto", "dockerfile", "offline"]), default="auto", show_default=True,
              help="dockerfile pulls a base image; offline builds one with debootstrap.")
@click.option("--torch", is_flag=True,
              help="Build the torch image instead (Debian's python3-torch, CPU only; offline, a few minutes), "
                   "for problems declaring frameworks: [torch].")
@reports_errors
def build(method, torch):
    """Build the sandbox image (a no-op when the current one exists)."""
    from judge.backends.docker import docker_client
    from judge.image import NUMPY, TORCH, build_image, has_offline_base

    client = docker_client()
    flavours = [TORCH] if torch else [NUMPY]
    if not torch and method != "dockerfile" and has_offline_base(client, TORCH):
        flavours.append(TORCH)  # built here before: keep it current with sandbox/ (seconds on its base)
    for flavour in flavours:
        outcome = build_image(client, method, log=lambda message: click.echo(f"judge: {message}", err=True),
                              flavour=flavour)
        verb = "is up to date" if outcome.method == "existing" else f"built ({outcome.method})"
        click.echo(f"sandbox image {outcome.tag} {verb}")


@sandbox.command()
@click.option("--json", "as_json", is_flag=True)
@reports_errors
def status(as_json):
    """Which backend `--sandbox auto` would use, and why."""
    from judge.backends import sandbox_choice

    choice = sandbox_choice("auto")
    data = dict(choice.sandbox.describe(), notice=choice.notice)
    if hasattr(choice.sandbox, "torch_image_state"):  # the Docker backend's second image
        data["torch_image"] = choice.sandbox.torch_image_state()
    if as_json:
        click.echo(json.dumps(data))
        return
    for key, value in data.items():
        if value:
            click.echo(f"{key.replace('_', ' ')}: {value}")

