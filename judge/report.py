"""Showing a result: a readable terminal report, or one JSON object for other tools.

The terminal report reads without colour too; colour and symbols come from rich,
which already honours NO_COLOR, TERM=dumb and non-terminal output.
"""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.markup import escape

from judge.tagged import brief, brief_input, decode, nested_array, tag
from judge.text import visible
from judge.verdict import SCHEMA_VERSION, CaseResult, RunResult, Verdict

NAME_WIDTH = 40  # longer case names are cut in the per-case lines (never in the failure details)
SLOW_SHARE = 0.8  # warn past this share of the time limit: an interviewer's machine may be slower
STYLES = {Verdict.AC: "green", Verdict.WA: "red", Verdict.TLE: "yellow", Verdict.MLE: "yellow",
          Verdict.RE: "magenta", Verdict.CE: "magenta", Verdict.OLE: "yellow", Verdict.IE: "bold red"}


def plain(value: Any) -> Any:
    """A canonical value as plain JSON: arrays as nested lists, non-finite floats as strings."""
    kind = tag(value)
    if kind == "$float":
        return value["$float"]
    if kind == "$ndarray":
        return plain(nested_array(value))
    if kind == "$dict":
        pairs = value["$dict"]
        if all(isinstance(k, str) for k, _ in pairs):
            return {k: plain(v) for k, v in pairs}
        return [[plain(k), plain(v)] for k, v in pairs]
    if kind == "$opaque":
        return f"<{value['$opaque']}>"
    if isinstance(value, list):
        return [plain(item) for item in value]
    return value


def _error_json(error) -> dict[str, Any] | None:
    if error is None:
        return None
    return {"type": error.type, "message": error.message, "line": error.line, "column": error.column}


def case_json(result: CaseResult) -> dict[str, Any]:
    data = {"name": result.case.name, "source": result.case.source, "verdict": result.verdict.value,
            "time_ms": round(result.time_ms, 3), "wall_ms": round(result.wall_ms, 3),
            "memory_kb": result.memory_kb}
    if result.case.source == "custom":  # the user's own input: shown whole, passed or not
        data.update(input=result.case.input, expected=plain(result.expected), got=plain(result.got),
                    reason=result.reason)
    return data


def failed_case_json(result: CaseResult | None) -> dict[str, Any] | None:
    if result is None:
        return None
    return dict(case_json(result), input=result.case.input, expected=plain(result.expected),
                got=plain(result.got), reason=result.reason, hint=result.hint,
                error=_error_json(result.error), stdout=result.stdout)


def to_json(result: RunResult, all_failures: bool = False) -> dict[str, Any]:
    data = {
        "schema_version": SCHEMA_VERSION,
        "problem": result.problem_id,
        "submission": result.submission,
        "verdict": result.verdict.value,
        "verdict_name": result.verdict.title,
        "passed": result.passed,
        "total": result.total,
        "time_ms": round(result.time_ms, 3),
        "peak_memory_kb": result.peak_kb,
        "time_limit_ms": round(result.time_limit_s * 1000),
        "memory_limit_mb": result.memory_limit_mb,
        "failed_case": failed_case_json(result.first_failure),
        "error": _error_json(result.error),
        "cases": [case_json(case) for case in result.cases],
        "sandbox": result.sandbox,
        "notices": result.notices,
    }
    if all_failures:
        data["failed_cases"] = [failed_case_json(case) for case in result.failures]
    if result.properties is not None:
        data["properties"] = result.properties.to_json()
    if result.smaller_failure is not None:
        data["smaller_failed_case"] = failed_case_json(result.smaller_failure)
    if result.complexity is not None:
        data["complexity"] = result.complexity.to_json()
    return data


def _shown(text: str) -> str:
    """Text for the terminal: what the submission wrote, with its control characters as visible escapes."""
    return escape(visible(text))


def _seconds(ms: float) -> str:
    return f"{ms / 1000:.2f} s"


def _megabytes(kb: int) -> str:
    return f"{kb / 1024:.0f} MB"


class TerminalReport:
    def __init__(self, console: Console, verbose: bool = False, all_failures: bool = False):
        self.console = console
        self.verbose = verbose
        self.all_failures = all_failures

    def show(self, result: RunResult) -> None:
        self.show_verdict(result)
        self.show_complexity(result)

    def show_verdict(self, result: RunResult) -> None:
        """Everything but the complexity note, flushed: piped, the verdict must not wait for the note."""
        self._verdict(result)
        self.console.file.flush()

    def _verdict(self, result: RunResult) -> None:
        for notice in result.notices:
            self.console.print(f"[yellow]note:[/] {_shown(notice)}", highlight=False)
        if result.verdict is Verdict.CE and result.error is not None and not result.cases:
            self._compile_error(result)
            return
        if result.cases and all(case.case.source == "custom" for case in result.cases):
            self._custom_cases(result)
            return
        hidden = [case for case in result.cases if case.case.source != "generated"]
        shown = hidden if (self.verbose or len(hidden) <= 30) else hidden[-10:]
        name_width = min(max((len(case.case.name) for case in shown), default=0), NAME_WIDTH)
        for case in shown:
            self._case_line(case, name_width, result.time_limit_s)
        failures = result.failures if self.all_failures else result.failures[:1]
        for failure in failures:
            self._failure(failure, result)
        if result.smaller_failure is not None:
            self._smaller_failure(result.smaller_failure)
        self._footer(result)

    def _custom_cases(self, result: RunResult) -> None:
        """Your own inputs, each with the answer beside the reference's, as a testcase console shows them."""
        print_ = self.console.print
        for case in result.cases:
            print_(f"[{STYLES[case.verdict]}]{'✔' if case.passed else '✘'} {case.verdict.value:<3}[/] "
                   f"{case.case.name}  {_seconds(case.time_ms)}  {_megabytes(case.memory_kb)}", highlight=False)
            print_(f"  input:     {_shown(brief_input(case.case.input))}", highlight=False)
            if case.verdict in (Verdict.AC, Verdict.WA):
                print_(f"  expected:  {_shown(brief(case.expected))}", highlight=False)
                print_(f"  got:       {_shown(brief(case.got))}", highlight=False)
            if not case.passed:
                self._details(case, answers=False)
        passed = sum(1 for case in result.cases if case.passed)
        print_(f"\n[bold {STYLES[result.verdict]}]{result.verdict.title}[/]  {passed}/{len(result.cases)} of "
               "your cases passed (hidden cases not run)", highlight=False)

    def _compile_error(self, result: RunResult) -> None:
        error = result.error
        where = f" (line {error.line}" + (f", column {error.column})" if error.column else ")") if error.line else ""
        self.console.print(f"[magenta]✘ CE[/]  Compile Error{where}: {_shown(error.message)}", highlight=False)

    def _case_line(self, case: CaseResult, name_width: int, time_limit_s: float) -> None:
        mark = "✔" if case.passed else "✘"
        style = STYLES[case.verdict]
        name = case.case.name if len(case.case.name) <= name_width else case.case.name[:name_width - 1] + "…"
        # A time-out's measured CPU time can read a hair under the limit (tick accounting); say what it means.
        took = f">{time_limit_s:.2f} s" if case.verdict is Verdict.TLE else _seconds(case.time_ms)
        self.console.print(
            f"[{style}]{mark} {case.verdict.value:<3}[/] {_shown(name):<{name_width}}  {took:>8}  "
            f"{_megabytes(case.memory_kb):>6}", highlight=False)

    def _failure(self, case: CaseResult, result: RunResult) -> None:
        print_ = self.console.print
        if case.case.source == "generated":
            tried = result.properties.examples if result.properties else 0
            print_(f"\n[{STYLES[case.verdict]}]{case.verdict.title}[/] on a generated case (hidden cases "
                   f"{result.hidden_passed}/{result.hidden_total} passed; the property search's example {tried} "
                   "failed)", highlight=False)
            print_(f"  minimal input:  {_shown(brief_input(case.case.input))}", highlight=False)
        else:
            print_(f"\n[{STYLES[case.verdict]}]{case.verdict.title}[/] on {_shown(case.case.name)} "
                   f"([dim]{case.case.source}[/])", highlight=False)
            print_(f"  input:     {_shown(brief_input(case.case.input))}", highlight=False)
        self._details(case)

    def _smaller_failure(self, case: CaseResult) -> None:
        self.console.print(f"\n[{STYLES[case.verdict]}]{case.verdict.title}[/] on a smaller input too "
                           "([dim]the smallest the property search found[/])", highlight=False)
        self.console.print(f"  input:     {_shown(brief_input(case.case.input))}", highlight=False)
        self._details(case)

    def _details(self, case: CaseResult, answers: bool = True) -> None:
        print_ = self.console.print
        if case.verdict is Verdict.WA and answers:
            print_(f"  expected:  {_shown(brief(case.expected))}", highlight=False)
            print_(f"  got:       {_shown(brief(case.got))}", highlight=False)
        if case.reason:
            print_(f"  why:       {_shown(case.reason)}", highlight=False)
        if case.error is not None and case.error.line:
            print_(f"  line:      {case.error.line}", highlight=False)
        if case.error is not None and case.error.traceback and self.verbose:
            print_(_shown(case.error.traceback.rstrip()), highlight=False)
        if case.hint:
            print_(f"  hint:      {_shown(case.hint)}", highlight=False)
        if case.stdout.strip():
            print_(f"  output:    {_shown(case.stdout.strip()[:300])}", highlight=False)  # stdout and stderr, warnings too

    def _footer(self, result: RunResult) -> None:
        verdict = result.verdict
        summary = f"{result.passed}/{result.total} passed"
        if result.properties is not None:
            summary += f" ({result.hidden_total} fixed + {result.properties.examples} generated)"
        if result.cases:
            slowest = max(result.cases, key=lambda case: case.time_ms)
            summary += f" · slowest {_seconds(slowest.time_ms)} ({_shown(slowest.case.name)}) · peak {_megabytes(result.peak_kb)}"
        self.console.print(f"\n[bold {STYLES[verdict]}]{verdict.title}[/]  {summary}", highlight=False)
        limit_ms = result.time_limit_s * 1000
        if verdict is Verdict.AC and result.time_ms > SLOW_SHARE * limit_ms:
            self.console.print(f"[yellow]warning:[/] the slowest case used {result.time_ms / limit_ms:.0%} of the "
                               f"{result.time_limit_s:g} s limit; a slower machine may time out", highlight=False)

    def show_complexity(self, result: RunResult) -> None:
        """The complexity note, which comes seconds after the verdict (it is measured after it)."""
        if result.complexity is not None:
            from judge.complexity.view import complexity_lines

            for line in complexity_lines(result.complexity):
                self.console.print(line, highlight=False)


__all__ = ["TerminalReport", "to_json", "plain", "decode"]
