"""`--json`: the grading run as one object; each solution's `result` is exactly `judge run --json`'s."""

from __future__ import annotations

from typing import Any

from judge.grading.describe import headline
from judge.grading.grader import Graded
from judge.grading.summary import GradeReport
from judge.report import to_json
from judge.verdict import SCHEMA_VERSION


def grade_json(report: GradeReport) -> dict[str, Any]:
    return {
        "schema_version": SCHEMA_VERSION,
        "ok": report.ok,
        "summary": {"solutions": len(report.graded), "accepted": len(report.accepted),
                    "rejected": len(report.rejected), "internal_errors": len(report.internal_errors),
                    "unmatched": len(report.unmatched), "by_verdict": report.by_verdict},
        "shard": str(report.shard) if report.shard else None,
        "changed_since": report.changed_since,
        "options": {"sandbox": report.options.sandbox, "properties": report.options.properties,
                    "seed": report.options.seed, "complexity": report.options.complexity},
        "elapsed_s": round(report.elapsed_s, 3),
        "solutions": [solution_json(graded) for graded in report.graded],
        "unmatched": [{"path": file.display, "reason": file.reason} for file in report.unmatched],
    }


def solution_json(graded: Graded) -> dict[str, Any]:
    return {
        "path": graded.solution.display,
        "problem": graded.solution.problem_id,
        "matched_by": graded.solution.matched_by,
        "verdict": graded.verdict.value,
        "verdict_name": graded.verdict.title,
        "headline": headline(graded),
        "message": graded.message,
        "duration_s": round(graded.duration_s, 3),
        "result": _result_json(graded),
    }


def _result_json(graded: Graded) -> dict[str, Any] | None:
    if graded.result is None:
        return None
    data = to_json(graded.result)
    data["submission"] = graded.solution.display  # the path as given, not this machine's absolute one
    return data
