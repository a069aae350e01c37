"""The problem list and a problem page's data, from judge.catalog and judge.problem."""

from __future__ import annotations

from typing import Any

from judge.catalog import Progress, progress
from judge.problem import Problem, all_problems
from judge.views import environment_note


def problem_list() -> dict[str, Any]:
    """Every problem with the user's progress; the page filters them (track, difficulty, tag, progress, search)."""
    marks = progress()
    problems = [{"id": p.id, "title": p.title, "track": p.track, "difficulty": p.difficulty, "tags": list(p.tags),
                 "lists": list(p.lists), "leetcode": p.leetcode,
                 "progress": marks.get(p.id, Progress.UNSEEN).value} for p in all_problems()]
    tags = sorted({tag for p in problems for tag in p["tags"]})
    return {"problems": problems, "tags": tags}


def problem_page(problem: Problem) -> dict[str, Any]:
    """What the statement pane shows. Hints are not here: they come one at a time (practice.py)."""
    return {
        "id": problem.id, "title": problem.title, "track": problem.track, "difficulty": problem.difficulty,
        "tags": list(problem.tags), "leetcode": problem.leetcode,
        "statement": problem.statement,
        "examples": [{"input": example.input, "output": example.output, "explanation": example.explanation}
                     for example in problem.examples],
        "constraints": list(problem.constraints),
        "limits": {"time_s": problem.limits.time_s, "memory_mb": problem.limits.memory_mb},
        "complexity": problem.complexity, "space": problem.space,
        "params": [param.name for param in problem.signature.params if param.kind.own_field]
        if problem.signature.kind == "function" else list(problem.signature.case_fields),
        "hints_total": len(problem.hints),
        "environment": environment_note(),
    }
