"""Hidden cases: the hand-written ones in cases.yaml, then the large ones generators.py makes.

Only a case's input ever goes into the sandbox. Expected answers come from the
trusted reference, run here on the host (see `reference.py`).
"""

from __future__ import annotations

import functools
import json
from pathlib import Path
from typing import Any

import yaml

from judge.cache import cached
from judge.errors import ProblemFormatError
from judge.problem import Problem, check_input, files_version, safe_load_yaml
from judge_worker import frames


class Case:
    """One test input: its name, where it came from, and the input itself.

    The input is held as values, or as the frame the sandbox reads (a generated case
    loaded from the disk cache holds only its frame), and each is made from the other on
    first use. Loading a large problem's cases is then reading bytes: decoding 2x10^5
    operations that the sandbox needs encoded anyway cost more than running them.
    A case is immutable: `fresh_input()` gives a copy anyone may mutate.
    """

    def __init__(self, name: str, input: dict[str, Any] | None = None, source: str = "hidden", *,
                 frame: bytes | None = None):
        if (input is None) == (frame is None):
            raise TypeError("a Case needs its input or its frame, not both")
        self.name = name
        self.source = source  # "example", "hidden" or "generated" (property search)
        if input is not None:
            self.__dict__["input"] = input
        else:
            self.__dict__["frame"] = frame

    @functools.cached_property
    def input(self) -> dict[str, Any]:
        return self.fresh_input()  # only a case made from its frame gets here

    @functools.cached_property
    def frame(self) -> bytes:
        """The input as the frame the sandbox reads, encoded once."""
        return frames.encode(self.input)

    def fresh_input(self) -> dict[str, Any]:
        """A new copy of the input, decoded from the frame: exactly what the sandbox reads
        (tuples become lists), and a reference that mutates its arguments cannot change the case."""
        return json.loads(self.frame[frames.HEADER.size:])

    def without_input(self) -> "Case":
        """The same case with an empty input, for results that must stay small (grading)."""
        return Case(self.name, {}, self.source)

    def __getstate__(self) -> dict[str, Any]:
        # Pickled as its frame: bytes load far faster than the values they encode.
        return {"name": self.name, "source": self.source, "frame": self.frame}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Case):
            return NotImplemented
        return (self.name, self.source, self.frame) == (other.name, other.source, other.frame)

    def __hash__(self) -> int:
        return hash((self.name, self.source))

    def __repr__(self) -> str:
        return f"Case({self.name!r}, source={self.source!r})"


def example_cases(problem: Problem) -> list[Case]:
    return [Case(f"example {i}", example.input, "example") for i, example in enumerate(problem.examples, 1)]


def hidden_cases(problem: Problem) -> list[Case]:
    """Examples first, then cases.yaml, then generators.hidden_cases(): small before large."""
    cases = example_cases(problem) + _listed_cases(problem) + _generated_hidden_cases(problem)
    if not cases:
        raise ProblemFormatError(f"{problem.folder}: has no cases (add cases.yaml or examples)")
    return cases


def _listed_cases(problem: Problem) -> list[Case]:
    path = problem.folder / "cases.yaml"
    if not path.is_file():
        return []
    version = files_version(path, problem.folder / "problem.yaml")
    if version not in _PARSED_CASES:
        _PARSED_CASES[version] = cached("listed-cases", [path, problem.folder / "problem.yaml"],
                                        lambda: _parsed_cases(problem, path))
    return list(_PARSED_CASES[version])


# cases.yaml's cases by the version of the files that shape them: parsed once (then read from the disk
# cache as the sandbox's frames, as generated cases are: a pack's 30 cases of 10^4 numbers cost 0.5 s to
# parse as YAML on every run), and read from disk once per process.
_PARSED_CASES: dict[tuple, tuple[Case, ...]] = {}


def _parsed_cases(problem: Problem, path: Path) -> tuple[Case, ...]:
    try:
        raw = safe_load_yaml(path) or []
    except yaml.YAMLError as error:
        raise ProblemFormatError(f"{path}: invalid YAML: {str(error).splitlines()[0]}") from None
    if not isinstance(raw, list):
        raise ProblemFormatError(f"{path}: must be a list of cases")
    cases = []
    for index, entry in enumerate(raw):
        where = f"{path}: case {index}"
        if not isinstance(entry, dict) or "input" not in entry:
            raise ProblemFormatError(f"{where}: must be a mapping with an 'input'")
        check_input(entry["input"], problem.signature, f"{where}: input")
        cases.append(Case(str(entry.get("name", f"case {index + 1}")), entry["input"]))
    return tuple(cases)


def _generated_hidden_cases(problem: Problem) -> list[Case]:
    sources = [problem.folder / "problem.yaml", problem.folder / "generators.py"]
    if not sources[1].is_file():
        return []
    return cached("hidden-cases", sources, lambda: _checked_generated_cases(problem))


def _checked_generated_cases(problem: Problem) -> list[Case]:
    make_cases = problem.function("generators", "hidden_cases")
    if make_cases is None:
        return []
    cases = []
    for index, item in enumerate(make_cases()):
        name, case_input = item if isinstance(item, tuple) else (f"generated {index + 1}", item)
        check_input(case_input, problem.signature, f"{problem.folder / 'generators.py'}: hidden_cases()[{index}]")
        case = Case(str(name), case_input)
        case.frame  # noqa: B018  (computed now, so the disk cache keeps it)
        cases.append(case)
    return cases
