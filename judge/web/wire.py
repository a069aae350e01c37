"""Results as the page reads them: report.to_json's object, every case in full, JSON a browser parses."""

from __future__ import annotations

import json
import math
from typing import Any

from starlette.responses import JSONResponse

from judge.report import failed_case_json, to_json
from judge.verdict import CaseResult, RunResult


def case_details(case: CaseResult) -> dict[str, Any]:
    """One case with its input, expected and got answers (the console shows each, passed or not)."""
    return with_texts(failed_case_json(case))


def with_texts(case: dict[str, Any] | None) -> dict[str, Any] | None:
    """The values as Python's JSON writes them too: the page's own JSON.stringify shows 1.0 as 1."""
    if case is not None:
        case["input_text"] = {name: dumps(value) for name, value in (case.get("input") or {}).items()}
        case["expected_text"] = dumps(case.get("expected"))
        case["got_text"] = dumps(case.get("got"))
    return case


def result_json(result: RunResult, every_case: bool = False) -> dict[str, Any]:
    data = to_json(result)
    with_texts(data.get("failed_case"))
    with_texts(data.get("smaller_failed_case"))
    if every_case:
        data["cases"] = [case_details(case) for case in result.cases]
    return data


def finite(value: Any) -> Any:
    """NaN and the infinities as strings: JSON has no word for them, and JSON.parse refuses Python's."""
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)
    if isinstance(value, dict):
        return {key: finite(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [finite(item) for item in value]
    return value


def dumps(value: Any) -> str:
    return json.dumps(finite(value), default=str, ensure_ascii=False)


class Json(JSONResponse):
    def render(self, content: Any) -> bytes:
        return dumps(content).encode("utf-8")
