"""Your own inputs (`judge run ID FILE --case JSON`), as LeetCode's testcase console takes them.

Each `--case` is one input as JSON (`{"nums": [2, 7], "target": 9}`), or `@file.json`
holding one input or a list of them. Every input must name the problem's parameters and
satisfy its constraints (the problem's `validate()`): a custom input outside them would
give an answer the problem never promises, so it is refused, naming the constraint.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from judge.cases import Case
from judge.errors import JudgeError, ProblemFormatError, UsageError
from judge.files import Unreadable, read_regular
from judge.problem import Problem, check_input

MAX_FILE_BYTES = 16 << 20
SOURCE = "custom"


def custom_cases(problem: Problem, values: tuple[str, ...] | list[str]) -> list[Case]:
    """The inputs the `--case` values hold, checked against the problem; UsageError (exit 2) naming the first bad one."""
    inputs: list[tuple[str, Any]] = []
    for value in values:
        inputs += _inputs_of(value)
    if not inputs:
        raise UsageError("--case holds no input", 'give one like --case \'{"nums": [2, 7, 11, 15], "target": 9}\'')
    cases = []
    for number, (where, case_input) in enumerate(inputs, 1):
        name = f"custom {number}"
        check_custom_input(problem, case_input, f"{name} ({where})")
        cases.append(Case(name, case_input, SOURCE))
    return cases


def check_custom_input(problem: Problem, case_input: Any, where: str) -> None:
    try:
        check_input(case_input, problem.signature, where)
    except ProblemFormatError as error:
        raise UsageError(str(error), "name every parameter of the signature once: judge show "
                         f"{problem.id}") from None
    validate = problem.function("generators", "validate")
    if validate is None:
        return
    try:
        validate(json.loads(json.dumps(case_input)))
    except JudgeError:
        raise
    except Exception as error:  # AssertionError from validate(), or a value of the wrong type it tripped on
        reason = str(error) or type(error).__name__
        raise UsageError(f"{where}: breaks the problem's constraints: {reason}",
                         "the constraints are listed by judge show " + problem.id) from None


def _inputs_of(value: str) -> list[tuple[str, Any]]:
    if value.startswith("@"):
        path = Path(value[1:])
        try:
            text = read_regular(path, MAX_FILE_BYTES).decode("utf-8")
        except Unreadable as error:
            raise UsageError(f"--case {value}: {path} {error}") from None
        except UnicodeDecodeError:
            raise UsageError(f"--case {value}: {path} is not UTF-8 text") from None
        parsed, where = _json(text, str(path)), str(path)
    else:
        parsed, where = _json(value, "--case"), "--case"
    if isinstance(parsed, list):
        return [(f"{where}[{index}]", item) for index, item in enumerate(parsed)]
    return [(where, parsed)]


def _json(text: str, where: str) -> Any:
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        raise UsageError(f"{where}: not JSON: {error.msg} at line {error.lineno}, column {error.colno}",
                         'write an input as a JSON object, e.g. {"nums": [1, 2], "target": 3}') from None
