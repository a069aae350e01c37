"""The problem list and a problem page's data, from judge.catalog and judge.problem."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from judge.catalog import Progress, progress
from judge.paths import problems_dirs
from judge.problem import Problem, all_problems
from judge.starter import starter_source
from judge.views import environment_note


def problem_list() -> dict[str, Any]:
    """Every problem with the user's progress; the page filters them (track, difficulty, tag, progress, search)."""
    marks = progress()
    problems = [dict(summary, progress=marks.get(summary["id"], Progress.UNSEEN).value) for summary in _summaries()]
    tags = sorted({tag for p in problems for tag in p["tags"]})
    return {"problems": problems, "tags": tags}


@dataclass(frozen=True)
class Summary:
    """What the picker and the stats need of a problem (judge.practice.picker.ProblemLike)."""

    id: str
    track: str
    difficulty: str
    tags: tuple[str, ...]


def bank() -> list[Summary]:
    return [Summary(p["id"], p["track"], p["difficulty"], tuple(p["tags"])) for p in _summaries()]


_cache: dict[tuple, list[dict[str, Any]]] = {}


def _summaries() -> list[dict[str, Any]]:
    """The bank's problems, loaded again only when a problems folder gains or loses one or a problem.yaml
    changes (loading them all takes a second, several on a busy machine: server.py loads them once at the
    start; the stat calls that tell take about a millisecond)."""
    key = tuple((str(folder), _mtime_ns(folder), max(map(_mtime_ns, folder.glob("*/problem.yaml")), default=0))
                for folder in problems_dirs())
    if key not in _cache:
        _cache.clear()
        _cache[key] = [{"id": p.id, "title": p.title, "track": p.track, "difficulty": p.difficulty,
                        "tags": list(p.tags), "lists": list(p.lists), "leetcode": p.leetcode} for p in all_problems()]
    return _cache[key]


def _mtime_ns(folder: Path) -> int:
    try:
        return folder.stat().st_mtime_ns
    except OSError:
        return 0


def problem_page(problem: Problem) -> dict[str, Any]:
    """What the statement pane shows. Hints are not here: they come one at a time (practice.py)."""
    return {
        "id": problem.id, "title": problem.title, "track": problem.track, "difficulty": problem.difficulty,
        "tags": list(problem.tags), "leetcode": problem.leetcode,
        "statement": problem.statement,
        "examples": [{"input": example.input, "output": example.output, "explanation": example.explanation,
                      "input_text": ", ".join(f"{name} = {json.dumps(value)}" for name, value in example.input.items()),
                      "input_json": json.dumps(example.input), "output_text": json.dumps(example.output)}
                     for example in problem.examples],
        "constraints": list(problem.constraints),
        "limits": {"time_s": problem.limits.time_s, "memory_mb": problem.limits.memory_mb},
        "complexity": problem.complexity, "space": problem.space,
        "params": [param.name for param in problem.signature.params if param.kind.own_field]
        if problem.signature.kind == "function" else list(problem.signature.case_fields),
        "hints_total": len(problem.hints),
        "starter": starter_source(problem),  # submitting it unchanged asks first, as a round does
        "environment": environment_note(),
    }
