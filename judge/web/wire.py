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
    return failed_case_json(case)


def result_json(result: RunResult, every_case: bool = False) -> dict[str, Any]:
    data = to_json(result)
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
