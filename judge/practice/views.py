"""History, stats and the review queue in the terminal, and as JSON or CSV for other tools."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import asdict
from datetime import datetime, timezone

from rich.console import Console
from rich.table import Table
from rich.text import Text

from judge.practice.history import RoundRecord, SubmissionRecord
from judge.practice.review import DAY_S, ReviewCard
from judge.practice.stats import EstimateScore, Stats, Tally
from judge.practice.terminal import clock_text

SPARKS = "▁▂▃▄▅▆▇█"
CHART_POINTS = 30
ROUND_FIELDS = ("id", "problem_id", "track", "difficulty", "tags", "mode", "session", "started_at", "ended_at",
                "limit_s", "outcome", "solve_s", "submits", "first_verdict", "last_verdict", "hints_used",
                "stated_time", "measured_time", "expected_time", "stated_space", "measured_space", "expected_space")


def sparkline(values: list[float]) -> str:
    """A one-line chart: higher bars are slower solves."""
    if not values:
        return ""
    low, high = min(values), max(values)
    span = (high - low) or 1.0
    return "".join(SPARKS[round((value - low) / span * (len(SPARKS) - 1))] for value in values)


def _when(timestamp: float | None) -> str:
    return datetime.fromtimestamp(timestamp).strftime("%Y-%m-%d %H:%M") if timestamp else "-"


def _tally_table(title: str, tallies: list[Tally]) -> Table:
    table = Table(title=title, title_justify="left", box=None, pad_edge=False, header_style="dim")
    table.add_column(title.split()[-1], no_wrap=True)
    table.add_column("solved", justify="right")
    table.add_column("rounds", justify="right")
    table.add_column("", no_wrap=True)
    for tally in tallies:
        share = tally.solved / tally.bank if tally.bank else 0.0
        bar = Text("█" * round(share * 10), style="green") + Text("░" * (10 - round(share * 10)), style="dim")
        table.add_row(tally.name, f"{tally.solved}/{tally.bank}", str(tally.rounds), bar)
    return table


def show_stats(console: Console, stats: Stats) -> None:
    if stats.rounds == 0:
        console.print("No rounds yet: start one with `judge practice`.", highlight=False, markup=False)
        return
    console.print(Text(f"{stats.solved}/{stats.bank} problems solved · {stats.rounds} rounds, "
                       f"{stats.accepted_rounds} accepted", style="bold"))
    median = clock_text(stats.median_solve_s) if stats.median_solve_s is not None else "-"
    line = f"median time to Accepted {median}"
    if stats.trend is not None:
        change = stats.trend.change
        word = "faster" if change < 0 else "slower"
        line += (f" · recent {clock_text(stats.trend.recent_median_s)} vs earlier "
                 f"{clock_text(stats.trend.earlier_median_s)} ({abs(change):.0%} {word})")
    console.print(line, highlight=False)
    if stats.solve_times_s:
        points = stats.solve_times_s[-CHART_POINTS:]
        console.print(f"time to Accepted, last {len(points)}: {sparkline(points)}  "
                      f"({clock_text(min(points))} to {clock_text(max(points))})", highlight=False)
    rate = stats.first_try_rate
    console.print(f"first-try Accepted {rate:.0%} ({stats.first_try}/{stats.submitted_rounds} rounds with a submission)"
                  if rate is not None else "first-try Accepted: no submissions yet", highlight=False)
    console.print(f"streak {stats.streak_days} day{'s' * (stats.streak_days != 1)} "
                  f"(best {stats.best_streak_days})", highlight=False)
    console.print(estimates_line(stats.time_estimates, stats.space_estimates), highlight=False)
    if stats.weakest_tags:
        weak = ", ".join(f"{w.tag} ({w.accepted}/{w.rounds} accepted"
                         + (f", median {clock_text(w.median_solve_s)})" if w.median_solve_s is not None else ")")
                         for w in stats.weakest_tags)
        console.print(f"weakest tags: {weak}", highlight=False)
    console.print()
    console.print(_tally_table("by track", stats.by_track))
    console.print(_tally_table("by difficulty", stats.by_difficulty))
    practised = [tally for tally in stats.by_tag if tally.rounds]
    if practised:
        console.print(_tally_table("by tag", practised))


def _score(score: EstimateScore) -> str:
    return f"{score.rate:.0%} ({score.right}/{score.judged})" if score.judged else "-"


def estimates_line(time: EstimateScore, space: EstimateScore) -> str:
    """How often your own Big-O was right, time and space apart."""
    if not time.judged and not space.judged:
        return "your complexity estimates: none to check yet (say them when asked before a submission, or press c)"
    return f"your complexity estimates right: time {_score(time)} · space {_score(space)}"


def stats_json(stats: Stats) -> dict:
    data = asdict(stats)
    data["first_try_rate"] = stats.first_try_rate
    data["time_estimates"]["rate"] = stats.time_estimates.rate
    data["space_estimates"]["rate"] = stats.space_estimates.rate
    data["trend"] = None if stats.trend is None else dict(asdict(stats.trend), change=stats.trend.change)
    return {"schema_version": 1, **data}


def show_review(console: Console, cards: dict[str, ReviewCard], now: float) -> None:
    if not cards:
        console.print("The review queue is empty: problems you fail, time out on or solve slowly come back here.",
                      highlight=False, markup=False)
        return
    ordered = sorted(cards.values(), key=lambda card: (card.due_at, card.problem_id))
    due = [card for card in ordered if card.is_due(now)]
    console.print(Text(f"{len(due)} due now · {len(ordered)} in the queue", style="bold"))
    table = Table(box=None, pad_edge=False, header_style="dim")
    for column in ("problem", "due", "interval", "ease", "last grade"):
        table.add_column(column, no_wrap=True)
    for card in ordered:
        days = (card.due_at - now) / DAY_S
        when = Text("now", style="bold yellow") if days <= 0 else Text(f"in {days:.1f} d")
        table.add_row(card.problem_id, when, f"{card.interval_days:g} d", f"{card.ease:.2f}", f"{card.last_quality}/5")
    console.print(table)
    if due:
        console.print(f"`judge practice` starts with {due[0].problem_id}.", highlight=False, markup=False)


def review_json(cards: dict[str, ReviewCard], now: float) -> dict:
    ordered = sorted(cards.values(), key=lambda card: (card.due_at, card.problem_id))
    return {"schema_version": 1, "now": now,
            "cards": [dict(asdict(card), due=card.is_due(now)) for card in ordered]}


def round_row(record: RoundRecord) -> dict:
    row = {name: getattr(record, name) for name in ROUND_FIELDS}
    row["tags"] = list(record.tags)
    return row


def history_json(rounds: list[RoundRecord], submissions: list[SubmissionRecord]) -> str:
    by_round: dict[int, list[dict]] = {}
    for submission in submissions:
        by_round.setdefault(submission.round_id, []).append(asdict(submission))
    data = {"schema_version": 1,
            "rounds": [dict(round_row(r), submissions=by_round.get(r.id, [])) for r in rounds]}
    return json.dumps(data, indent=2)


def history_csv(rounds: list[RoundRecord]) -> str:
    """One row per round; tags joined with '|' (the JSON export has every submission)."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=ROUND_FIELDS, lineterminator="\n")
    writer.writeheader()
    for record in rounds:
        writer.writerow(dict(round_row(record), tags="|".join(record.tags), started_at=iso_time(record.started_at),
                             ended_at=iso_time(record.ended_at)))
    return buffer.getvalue()


def iso_time(timestamp: float | None) -> str:
    """ISO 8601 in UTC, to the second, as spreadsheets and pandas read it: 2026-12-06T07:00:00+00:00."""
    if timestamp is None:
        return ""
    return datetime.fromtimestamp(timestamp, timezone.utc).isoformat(timespec="seconds")


def history_tsv(rounds: list[RoundRecord], limit: int) -> str:
    """The history for a pipe: whole fields, tab-separated, a round a line, with a header."""
    lines = ["started\tproblem\tmode\toutcome\tsolve_s\tsubmissions\tfirst_verdict\tlast_verdict"]
    for record in rounds[-limit:]:
        solve = f"{record.solve_s:.0f}" if record.solve_s is not None else ""
        lines.append(f"{iso_time(record.started_at)}\t{record.problem_id}\t{record.mode}\t{record.outcome}\t{solve}\t"
                     f"{record.submits}\t{record.first_verdict or ''}\t{record.last_verdict or ''}")
    return "\n".join(lines) + "\n"


def show_history(console: Console, rounds: list[RoundRecord], limit: int) -> None:
    if not rounds:
        console.print("No rounds yet: start one with `judge practice`.", highlight=False, markup=False)
        return
    table = Table(box=None, pad_edge=False, header_style="dim",
                  title=f"last {min(limit, len(rounds))} of {len(rounds)} rounds", title_justify="left")
    for column in ("started", "problem", "mode", "outcome", "time", "submissions", "verdicts"):
        table.add_column(column, no_wrap=True)
    for record in rounds[-limit:]:
        took = clock_text(record.solve_s) if record.solve_s is not None else "-"
        verdicts = " → ".join(v for v in (record.first_verdict, record.last_verdict) if v) if record.submits > 1 \
            else (record.first_verdict or "-")
        table.add_row(_when(record.started_at), record.problem_id, record.mode, record.outcome, took,
                      str(record.submits), verdicts)
    console.print(table)
