"""The practice commands: `judge practice`, `watch`, `stats`, `review`, `history`.

A thin click layer over judge.practice; judge/cli.py registers them on `judge`.
"""

from __future__ import annotations

import random
import sys
import time
from contextlib import closing
from pathlib import Path

import click

from judge.cli import EXIT_INTERRUPTED, EXIT_REJECTED, _complete_problem_ids, _console, color_option, reports_errors
from judge.errors import JudgeError, UsageError

sandbox_option = click.option("--sandbox", type=click.Choice(["auto", "docker", "local"]), default="auto",
                              show_default=True, help="Where the code runs; auto uses Docker when it answers.")


def _displays(color: str):
    """(console, live): a live panel only on a colour terminal; plain lines otherwise."""
    from judge.practice.terminal import plain_console, wants_live

    live = color != "never" and wants_live(sys.stdout)
    return (_console(color, soft_wrap=False) if live else plain_console()), live


def _study_path(list_name: str | None):
    """The curated list `--list` names, as a study path; UsageError naming the lists there are."""
    if list_name is None:
        return None
    from judge.catalog import curated_lists
    from judge.practice.picker import StudyPath

    lists = curated_lists()
    if list_name not in lists:
        raise UsageError(f"no curated list '{list_name}'", f"the lists are {', '.join(sorted(lists)) or 'none'}")
    return StudyPath(lists[list_name].title, lists[list_name].problem_ids)


@click.command()
@click.argument("problem_id", required=False, shell_complete=_complete_problem_ids)
@click.option("--round", "round_kind", type=click.Choice(["single", "mock"]), default="single", show_default=True,
              help="mock: 45 minutes for a coding medium, then an ML implementation, on one clock.")
@click.option("--track", type=click.Choice(["dsa", "ml"]), help="Pick from this track.")
@click.option("--difficulty", type=click.Choice(["easy", "medium", "hard"]), help="Pick at this difficulty.")
@click.option("--tag", "tags", multiple=True, help="Pick a problem with this tag (repeatable).")
@click.option("--list", "list_name", metavar="NAME",
              help="Walk a curated list in its order (neetcode-150): the next unsolved problem, after due reviews.")
@click.option("--ml-tag", "ml_tags", multiple=True, metavar="TAG",
              help="With --round mock: draw the ML part from this group (retrieval, recommendation, ranking, ...).")
@click.option("--minutes", type=click.FloatRange(0.01, 600), help="The round's length (default 45).")
@click.option("--casual", is_flag=True, help="Allow pausing the clock (p); a real interview has no pause.")
@click.option("--workspace", type=click.Path(file_okay=False, path_type=Path),
              help="Where starter files go (default: $JUDGE_WORKSPACE, else ~/judge-practice).")
@click.option("--reference", "show_reference", is_flag=True, help="Show the reference solution at the end.")
@click.option("--seed", type=int, help="Seed the choice of problem (repeatable sessions).")
@sandbox_option
@color_option
@reports_errors
def practice(problem_id, round_kind, track, difficulty, tags, list_name, ml_tags, minutes, casual, workspace,
             show_reference, seed, sandbox, color):
    """A timed round: picks a problem (due reviews first, then unsolved ones), writes a starter file,
    starts the clock, and judges the file on every save.

    Keys: s submit (full judgement; asks your time and space complexity first), r re-run the quick check,
    v statement, h next hint, c say your complexity, g g give up, q q quit, p pause (--casual).
    The round ends on Accepted, when time runs out (the last saved version is judged), or when you stop.
    """
    from judge.practice.history import History
    from judge.practice.picker import Filters
    from judge.practice.session import Plan, SessionSettings, run_session, workspace_dir

    if round_kind == "mock" and (problem_id or track or difficulty):
        raise UsageError("--round mock picks a coding medium and an ML problem itself",
                                 "drop PROBLEM_ID, --track and --difficulty")
    if ml_tags and round_kind != "mock":
        raise UsageError("--ml-tag chooses a mock round's ML part", "add --round mock, or use --track ml --tag TAG")
    plan = Plan(problem_id, Filters(track, difficulty, tuple(tags), _study_path(list_name)), round_kind == "mock",
                minutes, casual, tuple(ml_tags))
    console, live = _displays(color)
    settings = SessionSettings(console, live, sys.stdin, workspace_dir(workspace), sandbox, show_reference,
                               rng=random.Random(seed))
    with History() as history:
        reports = run_session(plan, history, settings)
    if any(report.interrupted for report in reports):
        click.echo("judge: interrupted; the round is recorded", err=True)
        sys.exit(EXIT_INTERRUPTED)
    sys.exit(0 if reports and all(report.accepted for report in reports) else EXIT_REJECTED)


@click.command()
@click.argument("problem_id", shell_complete=_complete_problem_ids)
@click.argument("solution", type=click.Path(path_type=Path))
@click.option("--full", is_flag=True, help="The full judgement on every save (hidden cases, property search).")
@sandbox_option
@color_option
@reports_errors
def watch(problem_id, solution, full, sandbox, color):
    """Judge SOLUTION at once and again on every save: the examples, then a few small hidden cases.

    Works with any editor, including those that save by writing a new file and renaming it.
    A save while a run is in progress cancels it. q or Ctrl-C stops.
    """
    from judge.backends import sandbox_choice
    from judge.practice.checks import Checker
    from judge.practice.watching import watch as watch_loop
    from judge.problem import load_problem
    from judge.submission import read_submission

    problem = load_problem(problem_id)
    read_submission(solution)  # a missing or unreadable file is a usage error now, not on every save
    choice = sandbox_choice(sandbox)
    if choice.notice:
        click.echo(f"judge: note: {choice.notice}", err=True)
    console, live = _displays(color)
    with closing(choice.sandbox):
        watch_loop(Checker(problem, solution, choice.sandbox, sandbox, warm=True), console, live, sys.stdin, full)


@click.command()
@click.option("--json", "as_json", is_flag=True, help="One JSON object on stdout.")
@color_option
@reports_errors
def stats(as_json, color):
    """Progress over time: solved by track, difficulty and tag, time to Accepted, first-try rate, streak."""
    import json

    from judge.practice.history import History
    from judge.practice.stats import compute
    from judge.practice.views import show_stats, stats_json
    from judge.problem import all_problems

    with History() as history:
        history.close_abandoned()
        result = compute(history.rounds(), all_problems(), time.time())
    if as_json:
        click.echo(json.dumps(stats_json(result)))
        return
    show_stats(_console(color, soft_wrap=False), result)


@click.command()
@click.option("--json", "as_json", is_flag=True, help="One JSON object on stdout.")
@color_option
@reports_errors
def review(as_json, color):
    """The spaced-repetition queue (SM-2): problems failed, timed out or solved slowly, and when they are due."""
    import json

    from judge.practice.history import History
    from judge.practice.views import review_json, show_review

    with History() as history:
        cards = history.review_cards()
    now = time.time()
    if as_json:
        click.echo(json.dumps(review_json(cards, now)))
        return
    show_review(_console(color, soft_wrap=False), cards, now)


def _print_code(submissions, round_ids: set[int], problem_id: str | None, submission_id: int | None) -> None:
    """A past submission's code on stdout (to redirect into a file), what it was on stderr."""
    from judge.practice.views import iso_time

    full = [s for s in submissions if s.source is not None and (submission_id is not None or s.round_id in round_ids)]
    chosen = [s for s in full if s.id == submission_id] if submission_id is not None else full[-1:]
    if not chosen:
        which = f"submission {submission_id}" if submission_id is not None else (
            f"a full submission of {problem_id}" if problem_id else "a full submission")
        raise UsageError(f"no code stored for {which}", "code is kept for practice submissions, not checks")
    record = chosen[0]
    click.echo(f"submission {record.id}, {iso_time(record.at)}, {record.verdict} {record.passed}/{record.total}",
               err=True)
    click.echo(record.source, nl=not record.source.endswith("\n"))


@click.command()
@click.argument("problem_id", required=False)
@click.option("--code", "show_code", is_flag=True,
              help="Print the code of the last full submission (of PROBLEM_ID, or of --submission N).")
@click.option("--submission", "submission_id", type=click.IntRange(1), metavar="N",
              help="With --code: that submission's code (the ids are in --export json).")
@click.option("--export", "export_format", type=click.Choice(["json", "csv"]),
              help="Every round (JSON: with its submissions) on stdout or --output.")
@click.option("--output", type=click.Path(dir_okay=False, path_type=Path), help="Write the export to this file.")
@click.option("--limit", type=click.IntRange(1), default=20, show_default=True, help="Rounds shown.")
@color_option
@reports_errors
def history(problem_id, show_code, submission_id, export_format, output, limit, color):
    """Past rounds (of PROBLEM_ID only, if given); --code prints past code; --export writes every round."""
    from judge.practice.history import History
    from judge.practice.views import history_csv, history_json, history_tsv, show_history

    if output is not None and export_format is None:
        raise UsageError("--output needs --export json or --export csv")
    if submission_id is not None and not show_code:
        raise UsageError("--submission N needs --code")
    if problem_id is not None:
        from judge.problem import load_problem

        problem_id = load_problem(problem_id).id
    with History() as store:
        store.close_abandoned()
        rounds = store.rounds(problem_id)
        submissions = store.submissions() if export_format == "json" or show_code else []
    if show_code:
        _print_code(submissions, {r.id for r in rounds}, problem_id, submission_id)
        return
    if export_format is None:
        console = _console(color, soft_wrap=False)
        if not sys.stdout.isatty():  # piped: whole tab-separated lines
            click.echo(history_tsv(rounds, limit), nl=False)
            return
        show_history(console, rounds, limit)
        return
    text = history_json(rounds, submissions) if export_format == "json" else history_csv(rounds)
    if output is None:
        click.echo(text, nl=False)
        return
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as error:
        raise JudgeError(f"{output}: cannot be written: {error.strerror}") from None
    click.echo(f"wrote {len(rounds)} rounds to {output}", err=True)
