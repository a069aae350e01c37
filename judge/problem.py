"""A problem is a folder a person can read; this module loads and validates it.

    problems/<id>/
      problem.yaml     the spec: title, track, signature, limits, comparison, examples
      statement.md     the statement, in Markdown
      reference.py     the trusted reference solution (runs on the host, never in the sandbox)
      cases.yaml       hidden cases written by hand: a list of {name, input}
      generators.py    optional: hidden_cases() for large cases, strategy() for Hypothesis,
                       validate(input) for the constraints, input_of_size(n, rng) for complexity
      checker.py       optional: check(input, expected, got) -> None or the reason it is wrong
      accepted/ wrong_answer/ time_limit/   known submissions that `judge verify` checks

Everything is validated on load, and every error names the file and the field.
"""

from __future__ import annotations

import difflib
import importlib.util
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from types import ModuleType
from typing import Any, Callable

import yaml

from judge import trusted
from judge.errors import ProblemFormatError, UnknownProblem
from judge.paths import problems_dirs
from judge_worker import kinds  # the type registry the sandbox uses too

TRACKS = ("dsa", "ml")
DIFFICULTIES = ("easy", "medium", "hard")
ORDERS = ("strict", "any", "any_nested")
COMPLEXITY = re.compile(r"^O\((?P<inner>.+)\)$")  # its parentheses balanced: O(log(min(m, n)))
ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
SPEC_KEYS = ("id", "leetcode", "title", "difficulty", "track", "tags", "frameworks", "lists", "function", "design",
             "codec",
             "limits", "compare", "complexity", "space", "seed", "property_examples", "constraints", "examples",
             "hints")
# What a submission may use; `frameworks: [torch]` (or [numpy, torch]) runs it in the torch image.
FRAMEWORKS = ("numpy", "torch")
METHOD_RETURNS = re.compile(r"^\s*(\w+)\s*\(.*\)\s*->\s*(.+?)\s*$")


@dataclass(frozen=True)
class Param:
    name: str
    type: str = ""
    passed: bool = True  # false: a case field the function does not receive (linked-list-cycle-ii's pos)

    @property
    def kind(self) -> kinds.Kind:
        return kinds.parse(self.type)


@dataclass(frozen=True)
class Signature:
    """What the submission must define: a function (LeetCode's Solution method), a design class, or a codec
    class whose encode and decode methods must round-trip the one parameter (serialize-and-deserialize)."""

    kind: str  # "function", "design" or "codec"
    name: str  # the function's or the class's name
    params: tuple[Param, ...] = ()
    returns: str = ""
    inplace: str | None = None
    methods: tuple[str, ...] = ()  # design problems: method stubs for the starter file
    encode: str = ""  # codec problems: the method names, LeetCode's (serialize, deserialize)
    decode: str = ""

    @property
    def method_returns(self) -> dict[str, str]:
        """Design methods' declared return types: `-> None` answers null and `-> bool` a bool, as on LeetCode."""
        matches = (METHOD_RETURNS.match(method) for method in self.methods)
        return {match[1]: match[2] for match in matches if match and match[1] != "__init__"}

    @property
    def case_fields(self) -> tuple[str, ...]:
        """The fields every case holds: the parameters', but those built from other fields (headA from listA)."""
        if self.kind == "design":
            return ("operations", "arguments")
        return tuple(p.name for p in self.params if p.kind.own_field)

    @property
    def passed_params(self) -> tuple[Param, ...]:
        """The parameters the function receives, in order."""
        return tuple(p for p in self.params if p.passed)

    @property
    def void_methods(self) -> tuple[str, ...]:
        return tuple(name for name, returns in self.method_returns.items() if returns == "None")

    def entry(self) -> dict[str, Any]:
        """The call description the worker understands."""
        if self.kind == "design":
            return {"kind": "design", "class": self.name, "returns": self.method_returns}
        if self.kind == "codec":
            return {"kind": "codec", "class": self.name, "encode": self.encode, "decode": self.decode,
                    "params": [{"name": p.name, "type": p.type} for p in self.params]}
        return {"kind": "function", "name": self.name, "returns": self.returns, "inplace": self.inplace,
                "params": [{"name": p.name, "type": p.type, "passed": p.passed} for p in self.params]}


@dataclass(frozen=True)
class Limits:
    time_s: float = 2.0
    memory_mb: int = 256
    output_kb: int = 1024


@dataclass(frozen=True)
class Comparison:
    order: str = "strict"  # strict, any (outer list), any_nested (outer and inner lists)
    rel_tol: float | None = None
    abs_tol: float | None = None
    checker: bool = False


@dataclass(frozen=True)
class Example:
    input: dict[str, Any]
    output: Any
    explanation: str = ""


@dataclass(frozen=True)
class Problem:
    id: str
    title: str
    difficulty: str
    track: str
    tags: tuple[str, ...]
    statement: str
    signature: Signature
    limits: Limits
    comparison: Comparison
    examples: tuple[Example, ...]
    constraints: tuple[str, ...]
    complexity: str | None
    folder: Path
    hints: tuple[str, ...] = ()
    lists: tuple[str, ...] = ()
    space: str | None = None
    leetcode: int | None = None
    seed: int = 0
    property_examples: int | None = None
    frameworks: tuple[str, ...] = ("numpy",)

    def module(self, name: str) -> ModuleType | None:
        """One of the problem's trusted Python files (reference, generators, checker), or None; loaded again
        when the file changes (a long-lived server or practice session sees the edit)."""
        path = self.folder / f"{name}.py"
        return _load_module(path, f"judge_problem_{self.id.replace('-', '_')}_{name}", files_version(path))

    def function(self, module: str, name: str) -> Callable[..., Any] | None:
        """A function of one of the problem's trusted files, run under a time limit (judge/trusted.py), or None."""
        loaded = self.module(module)
        function = getattr(loaded, name, None) if loaded is not None else None
        if function is None:
            return None
        seconds = trusted.limit_s(module, name, self.limits.time_s)
        path = self.folder / f"{module}.py"
        return lambda *args: trusted.call_within(seconds, path, f"{module}.py {name}()", function, *args)

    def submissions(self, kind: str) -> list[Path]:
        folder = self.folder / kind
        return sorted(folder.glob("*.py")) if folder.is_dir() else []


@lru_cache(maxsize=512)
def _load_module(path: Path, name: str, version: tuple) -> ModuleType | None:
    if not path.is_file():
        return None
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    try:
        spec.loader.exec_module(module)
    except Exception as error:
        raise ProblemFormatError(f"{path}: cannot be imported: {type(error).__name__}: {error}") from None
    return module


class _Fields:
    """Reads typed fields from one YAML mapping, naming file and field in every error."""

    def __init__(self, data: Any, where: str):
        if not isinstance(data, dict):
            raise ProblemFormatError(f"{where}: expected a mapping, found {type(data).__name__}")
        self.data = data
        self.where = where

    def only(self, *allowed: str) -> "_Fields":
        """Refuse a key the spec does not define: a misspelt `rel_toll:` would otherwise be dropped silently."""
        for key in self.data:
            if key not in allowed:
                close = difflib.get_close_matches(str(key), allowed, n=1, cutoff=0.6)
                hint = f"did you mean '{close[0]}'?" if close else f"the keys here are {', '.join(allowed)}"
                raise ProblemFormatError(f"{self.where}: unknown key '{key}': {hint}")
        return self

    def fail(self, name: str, problem: str) -> ProblemFormatError:
        return ProblemFormatError(f"{self.where}: field '{name}' {problem}")

    def get(self, name: str, kind: type | tuple[type, ...], default: Any = ..., choices: tuple = ()) -> Any:
        if name not in self.data:
            if default is ...:
                raise self.fail(name, "is missing")
            return default
        value = self.data[name]
        if kind is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            expected = kind.__name__ if isinstance(kind, type) else " or ".join(k.__name__ for k in kind)
            raise self.fail(name, f"must be {expected}, found {type(value).__name__} {value!r:.60}")
        if choices and value not in choices:
            raise self.fail(name, f"must be one of {', '.join(choices)}, found {value!r}")
        return value

    def section(self, name: str, *allowed: str) -> "_Fields | None":
        if name not in self.data or self.data[name] is None:
            return None
        return _Fields(self.data[name], f"{self.where}: {name}").only(*allowed)


def _signature(spec: _Fields) -> Signature:
    function = spec.section("function", "name", "params", "returns", "inplace")
    design = spec.section("design", "class", "methods")
    codec = spec.section("codec", "class", "encode", "decode", "param")
    if [function, design, codec].count(None) != 2:
        raise spec.fail("function", "or 'design' or 'codec' is required (exactly one of them)")
    if codec is not None:
        return _codec(codec)
    if design is not None:
        methods = tuple(str(m) for m in design.get("methods", list, default=[]))
        signature = Signature("design", design.get("class", str), methods=methods)
        for method, returns in signature.method_returns.items():
            _kind(returns, f"{design.where}: methods: {method}()", "its return type")
        return signature
    params = []
    for index, raw in enumerate(function.get("params", list)):
        param = _Fields(raw, f"{function.where}: params[{index}]").only("name", "type", "passed")
        params.append(Param(param.get("name", str), str(param.get("type", str, default="")),
                            param.get("passed", bool, default=True)))
        _check_param(params, param)
    fields = {p.name for p in params if p.kind.own_field}
    for index, param in enumerate(params):
        for name in param.kind.sources:
            if name not in fields:
                raise ProblemFormatError(f"{function.where}: params[{index}]: field 'type': '{param.type}' names "
                                         f"'{name}', which is no case field (declare it: {{name: {name}, type: int, "
                                         f"passed: false}})")
    returns = str(function.get("returns", str, default=""))
    _check_returns(returns, params, function)
    inplace = function.get("inplace", str, default=None)
    if inplace is not None:
        _check_inplace(inplace, returns, params, function)
    try:
        kinds.prepare({"kind": "function", "params": [{"type": p.type} for p in params], "returns": returns})
    except kinds.UnknownType as error:
        raise ProblemFormatError(f"{function.where}: {error}") from None
    return Signature("function", function.get("name", str), tuple(params), returns, inplace)


def _codec(codec: _Fields) -> Signature:
    """`codec:`: LeetCode's round trip, `Codec().decode(Codec().encode(param))` compared with the param."""
    param = _Fields(codec.get("param", dict), f"{codec.where}: param").only("name", "type")
    name, text = param.get("name", str), param.get("type", str)
    kind = _kind(text, param.where)
    if not (kind.argument and kind.answer and kind.own_field and not kind.sources and not kind.references):
        raise param.fail("type", f"is '{text}', which cannot round-trip: a codec encodes one value that is both "
                                 f"an argument and an answer, such as Optional[TreeNode] or List[str]")
    methods = {field: codec.get(field, str) for field in ("encode", "decode")}
    for field, method in methods.items():
        if not re.fullmatch(r"[A-Za-z_]\w*", method):
            raise codec.fail(field, f"must be a method name such as serialize, found {method!r}")
    return Signature("codec", codec.get("class", str), (Param(name, text),), text, **methods)


def _kind(text: str, where: str, what: str = "field 'type'") -> kinds.Kind:
    """The registry's kind for a type text; an unknown type is refused with what was probably meant."""
    try:
        return kinds.parse(text)
    except kinds.UnknownType as error:
        raise ProblemFormatError(f"{where}: {what}: {error}") from None


def _check_param(params: list[Param], fields: _Fields) -> None:
    """The newest parameter's type must make sense where it stands: known, usable as an argument, and
    naming only parameters declared before it."""
    param, earlier = params[-1], {p.name: p for p in params[:-1]}
    kind = _kind(param.type, fields.where)
    if param.name in earlier:
        raise fields.fail("name", f"'{param.name}' is declared twice")
    if not kind.argument:
        raise fields.fail("type", f"is '{param.type}', a return type only")
    if not param.passed and not (kind.plain and kind.own_field):
        raise fields.fail("passed", f"is false, so '{param.name}' is a plain case field: its type must be JSON "
                                    f"(int, List[int], ...), not '{param.type}'")
    for name in kind.references:
        if name not in earlier or not earlier[name].passed or earlier[name].kind.shape != kind.refers_to:
            raise fields.fail("type", f"is '{param.type}', but '{name}' is no {kind.refers_to} parameter declared "
                                      f"before it")


def _check_returns(returns: str, params: list[Param], function: _Fields) -> None:
    kind = _kind(returns, function.where, "field 'returns'")
    if not kind.answer:
        raise function.fail("returns", f"is '{returns}', a parameter's type only")
    names = {p.name: p for p in params}
    for name in kind.references:
        if name not in names or not names[name].passed or names[name].kind.shape != kind.refers_to:
            raise function.fail("returns", f"is '{returns}', but '{name}' is no {kind.refers_to} parameter")


def _check_inplace(inplace: str, returns: str, params: list[Param], function: _Fields) -> None:
    """`inplace: nums`: the answer is nums after the call; `inplace: nums[:k]`: its first k elements, k the
    returned count (LeetCode's remove-duplicates judge)."""
    match = kinds.INPLACE.match(inplace)
    passed = {p.name: p for p in params if p.passed}
    if not match or match[1] not in passed:
        raise function.fail("inplace", f"must name a parameter ({', '.join(passed)}), or be 'NAME[:k]', "
                                       f"found {inplace!r}")
    if match[2] and (returns != "int" or not passed[match[1]].kind.lists):
        raise function.fail("inplace", f"'{inplace}' needs `returns: int` (k) and a list parameter")


def _limits(spec: _Fields) -> Limits:
    section = spec.section("limits", "time_s", "memory_mb", "output_kb")
    if section is None:
        return Limits()
    limits = Limits(section.get("time_s", float, default=2.0), section.get("memory_mb", int, default=256),
                    section.get("output_kb", int, default=1024))
    if not 0 < limits.time_s <= 60:
        raise section.fail("time_s", f"must be between 0 and 60 seconds, found {limits.time_s}")
    if not 16 <= limits.memory_mb <= 4096:
        raise section.fail("memory_mb", f"must be between 16 and 4096, found {limits.memory_mb}")
    return limits


def _comparison(spec: _Fields, folder: Path) -> Comparison:
    section = spec.section("compare", "order", "rel_tol", "abs_tol", "checker")
    if section is None:
        return Comparison()
    comparison = Comparison(
        order=section.get("order", str, default="strict", choices=ORDERS),
        rel_tol=section.get("rel_tol", float, default=None),
        abs_tol=section.get("abs_tol", float, default=None),
        checker=section.get("checker", bool, default=False),
    )
    if comparison.checker and not (folder / "checker.py").is_file():
        raise section.fail("checker", "is true but checker.py is missing")
    return comparison


def _examples(spec: _Fields, signature: Signature) -> tuple[Example, ...]:
    examples = []
    for index, raw in enumerate(spec.get("examples", list, default=[])):
        example = _Fields(raw, f"{spec.where}: examples[{index}]").only("input", "output", "explanation")
        case_input = example.get("input", dict)
        check_input(case_input, signature, f"{example.where}: input")
        examples.append(Example(case_input, example.data.get("output"), example.get("explanation", str, default="")))
    return tuple(examples)


def check_input(case_input: Any, signature: Signature, where: str) -> None:
    """A case's input must name exactly the signature's parameters."""
    if not isinstance(case_input, dict):
        raise ProblemFormatError(f"{where}: must be a mapping of parameter names to values")
    expected = set(signature.case_fields)
    if set(case_input) != expected:
        raise ProblemFormatError(f"{where}: has parameters {sorted(case_input)}, expected {sorted(expected)}")


def canonical_id(text: str, folders: dict[str, Path]) -> str:
    """The id a user meant, among `folders`: LeetCode's number ("1"), or the file name `judge new` writes ("two_sum")."""
    if text in folders:
        return text
    if text.strip().isdigit():
        number = int(text)
        for problem_id, folder in folders.items():
            if _leetcode_number(folder) == number:
                return problem_id
        return text
    return text.strip().lower().replace("_", "-")


_LEETCODE_LINE = re.compile(r"^leetcode:\s*(\d+)\s*$", re.M)


def _leetcode_number(folder: Path) -> int | None:
    try:
        found = _LEETCODE_LINE.search((folder / "problem.yaml").read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError):
        return None
    return int(found[1]) if found else None


def load_problem(problem_id: str) -> Problem:
    folders = problem_folders()
    problem_id = canonical_id(problem_id, folders)
    folder = folders.get(problem_id) if ID.match(problem_id) else None
    if folder is None:
        raise UnknownProblem(f"unknown problem '{problem_id}'", _suggest(problem_id))
    return load_problem_folder(folder)


# libyaml's safe loader when PyYAML was built with it: ten times faster, and a grader loads a spec per solution.
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def safe_load_yaml(path: Path):
    """The YAML document in `path`, read as safe_load does; yaml.YAMLError when it is not YAML."""
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_SAFE_LOADER)


def load_problem_folder(folder: Path) -> Problem:
    """The problem in `folder`, validated; loaded again only when its files change (a grader
    loads a spec per solution)."""
    return _load_problem_folder(folder, files_version(folder, folder / "problem.yaml", folder / "statement.md"))


def files_version(*paths: Path) -> tuple:
    """What changes when any of `paths` is edited, added or removed: a key for in-process caches."""
    version = []
    for path in paths:
        try:
            stat = path.stat()
            version.append((str(path), stat.st_mtime_ns, stat.st_size, stat.st_ino))
        except OSError:
            version.append((str(path), None))
    return tuple(version)


@lru_cache(maxsize=256)
def _load_problem_folder(folder: Path, version: tuple) -> Problem:
    spec_path = folder / "problem.yaml"
    try:
        raw = safe_load_yaml(spec_path)
    except yaml.YAMLError as error:
        raise ProblemFormatError(f"{spec_path}: invalid YAML: {str(error).splitlines()[0]}") from None
    spec = _Fields(raw, str(spec_path)).only(*SPEC_KEYS)
    problem_id = spec.get("id", str)
    if problem_id != folder.name:
        raise spec.fail("id", f"is '{problem_id}' but the folder is '{folder.name}'")
    statement_path = folder / "statement.md"
    if not statement_path.is_file():
        raise ProblemFormatError(f"{statement_path}: missing (every problem needs a statement)")
    if not (folder / "reference.py").is_file():
        raise ProblemFormatError(f"{folder / 'reference.py'}: missing (every problem needs a reference)")
    complexity, space = _complexity(spec, "complexity"), _complexity(spec, "space")
    signature = _signature(spec)
    return Problem(
        id=problem_id,
        title=spec.get("title", str),
        difficulty=spec.get("difficulty", str, choices=DIFFICULTIES),
        track=spec.get("track", str, choices=TRACKS),
        tags=tuple(spec.get("tags", list, default=[])),
        statement=statement_path.read_text(encoding="utf-8"),
        signature=signature,
        limits=_limits(spec),
        comparison=_comparison(spec, folder),
        examples=_examples(spec, signature),
        constraints=tuple(str(c) for c in spec.get("constraints", list, default=[])),
        complexity=complexity,
        space=space,
        folder=folder,
        hints=_strings(spec, "hints"),
        lists=_strings(spec, "lists"),
        leetcode=spec.get("leetcode", int, default=None),
        seed=spec.get("seed", int, default=0),
        property_examples=spec.get("property_examples", int, default=None),
        frameworks=_frameworks(spec, signature),
    )


def _frameworks(spec: _Fields, signature: Signature) -> tuple[str, ...]:
    """`frameworks:` (default [numpy]): each one known, and torch wherever the signature has a Tensor."""
    frameworks = _strings(spec, "frameworks")
    if not frameworks:
        if "frameworks" in spec.data:
            raise spec.fail("frameworks", "is empty: name numpy, torch or both (leave it out for [numpy])")
        frameworks = ("numpy",)
    for name in frameworks:
        if name not in FRAMEWORKS:
            close = difflib.get_close_matches(name, FRAMEWORKS, n=1, cutoff=0.5)
            hint = f": did you mean '{close[0]}'?" if close else ""
            raise spec.fail("frameworks", f"names '{name}', which is not one of {', '.join(FRAMEWORKS)}{hint}")
    if len(set(frameworks)) != len(frameworks):
        raise spec.fail("frameworks", f"names a framework twice: {list(frameworks)}")
    if signature.kind == "design":
        texts = list(signature.method_returns.values())
    else:
        texts = [param.type for param in signature.params] + [signature.returns]
    needed = set().union(*(kinds.parse(text).frameworks for text in texts))
    missing = sorted(needed - set(frameworks))
    if missing:
        raise spec.fail("frameworks", f"is {list(frameworks)}, but the signature's Tensor types need "
                                      f"{', '.join(missing)}: declare frameworks: [{', '.join(missing)}]")
    return frameworks


def _complexity(spec: _Fields, name: str) -> str | None:
    value = spec.get(name, str, default=None)
    if value is not None and not _big_o(value):
        raise spec.fail(name, f"must look like O(n log n), found {value!r}")
    return value


def _big_o(value: str) -> bool:
    """O(...) around an expression whose parentheses all close inside it."""
    match = COMPLEXITY.match(value)
    if match is None:
        return False
    depth = 0
    for char in match["inner"]:
        depth += {"(": 1, ")": -1}.get(char, 0)
        if depth < 0:
            return False
    return depth == 0


def _strings(spec: _Fields, name: str) -> tuple[str, ...]:
    values = spec.get(name, list, default=[])
    for index, value in enumerate(values):
        if not isinstance(value, str) or not value.strip():
            raise spec.fail(name, f"must be a list of non-empty strings; item {index} is {value!r:.60}")
    return tuple(values)


def problem_folders() -> dict[str, Path]:
    """Every problem's id and folder, across the problem folders; an id in two of them is refused."""
    folders: dict[str, Path] = {}
    for root in problems_dirs():
        if not root.is_dir():
            continue
        for folder in sorted(root.iterdir()):
            if not (folder / "problem.yaml").is_file():
                continue
            if folder.name in folders:
                raise ProblemFormatError(f"problem id '{folder.name}' is in two problem folders: "
                                         f"{folders[folder.name]} and {folder}",
                                         "rename one of them: ids must be unique across JUDGE_PROBLEMS")
            folders[folder.name] = folder
    return folders


def problem_ids() -> list[str]:
    return sorted(problem_folders())


def all_problems() -> list[Problem]:
    """Every problem, the folders scanned once (not once per problem)."""
    return [load_problem_folder(folder) for _, folder in sorted(problem_folders().items())]


def _suggest(problem_id: str) -> str:
    ids = problem_ids()
    close = difflib.get_close_matches(problem_id, ids, n=3, cutoff=0.5)
    close += [i for i in ids if problem_id and problem_id in i and i not in close][: 3 - len(close)]
    if close:
        return "did you mean " + ", ".join(close) + "?"
    return "'judge list' shows the problems"
