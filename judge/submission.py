"""Reading a submission and the checks that need no sandbox: file, encoding, syntax, names.

Parsing is safe on the host (nothing is executed), and it lets a syntax error or a
missing function be reported with its line at once, without starting a container.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from pathlib import Path

from judge.errors import SubmissionError
from judge.files import Unreadable, read_regular
from judge.problem import Signature
from judge.text import visible_name

MAX_BYTES = 1024 * 1024


@dataclass(frozen=True)
class Submission:
    path: Path
    source: str

    @property
    def filename(self) -> str:
        return self.path.name


@dataclass(frozen=True)
class CompileProblem:
    """Why a submission cannot run: a syntax error, or the expected name is missing."""

    message: str
    line: int | None = None
    column: int | None = None


def read_submission(path: str | Path) -> Submission:
    """The submission at `path`: a regular file of at most MAX_BYTES, read only once its stat says so."""
    path = Path(path)
    shown = visible_name(str(path))
    if not path.exists():
        raise SubmissionError(f"{shown}: no such file")
    if path.is_dir():
        raise SubmissionError(f"{shown}: is a directory, expected a Python file")
    try:
        data = read_regular(path, MAX_BYTES)
    except Unreadable as why:
        raise SubmissionError(f"{shown}: {why}") from None
    if not data.strip():
        raise SubmissionError(f"{shown}: is empty")
    if b"\0" in data:
        raise SubmissionError(f"{shown}: looks like a binary file, expected Python source")
    try:
        source = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise SubmissionError(f"{shown}: is not UTF-8 text (byte {error.start}); save it as UTF-8") from None
    return Submission(path, source.removeprefix("\ufeff"))


def _snake_case(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", name).lower()


def compile_problem(submission: Submission, signature: Signature) -> CompileProblem | None:
    """The first reason the submission cannot run, or None."""
    try:
        tree = ast.parse(submission.source, submission.filename)
    except SyntaxError as error:
        return CompileProblem(f"SyntaxError: {error.msg}", error.lineno, error.offset)
    except (ValueError, RecursionError, MemoryError) as error:
        return CompileProblem(f"{type(error).__name__}: {error}")
    defined = _top_level_names(tree)
    if signature.kind in ("design", "codec"):
        if signature.name not in defined:
            return CompileProblem(f"expected a class named {signature.name}")
        return None
    wanted = {signature.name, _snake_case(signature.name)}
    if wanted & defined or wanted & _solution_methods(tree):
        return None
    return CompileProblem(
        f"expected class Solution with a method {signature.name}(), or a function "
        + " or ".join(f"{name}()" for name in sorted(wanted))
    )


def _top_level_names(tree: ast.Module) -> set[str]:
    names: set[str] = set()
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.add(node.name)
        elif isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names.update(t.id for t in targets if isinstance(t, ast.Name))
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            names.update((alias.asname or alias.name).split(".")[0] for alias in node.names)
    return names


def _solution_methods(tree: ast.Module) -> set[str]:
    for node in tree.body:
        if isinstance(node, ast.ClassDef) and node.name == "Solution":
            return {item.name for item in node.body if isinstance(item, (ast.FunctionDef, ast.Assign))
                    and hasattr(item, "name")} | {
                t.id for item in node.body if isinstance(item, ast.Assign) for t in item.targets if isinstance(t, ast.Name)}
    return set()
