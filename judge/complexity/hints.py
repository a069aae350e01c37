"""Line-level hints from the submission's syntax tree: the constructs that make code slower than it looks.

Seven kinds, each with the line to blame:

- list_membership   `x in some_list` inside a loop, on a list that grows or holds the input
- pop_front         `q.pop(0)` / `q.insert(0, x)` inside a loop, on anything but a deque or dict
- string_concat     `s += piece` or `s = piece + s` inside a loop, on a string
- sort_in_loop      `sorted(xs)` / `xs.sort()` inside a loop, on a collection kept across iterations
- nested_loops      a `for` over an input parameter inside a `for` over the same parameter
- recursion_no_memo a function calling itself twice per call on smaller indices (fib(n - 1) + fib(n - 2)), with
                    no @cache and no memo dictionary
- slice_in_loop     an open-ended slice (`xs[i:]`, `xs[:i]`, `xs[:]`) of a list or string inside a loop

A hint must usually be right, so each rule asks for positive evidence (what a name
holds is read from its assignments, the parameters' annotations and the problem's
signature) and stays silent when unsure: an unknown type, a fixed small list, a
sort of each word in a loop over words, a while loop (often two pointers), a tree
recursion on node.left and node.right, a copy appended to the results.
The tree is only parsed, never run.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass, field

from judge.complexity.growth import Growth

MAX_CODE = 48  # characters of source shown per hint
MUTATORS = {"append", "extend", "insert", "add", "update", "appendleft", "extendleft"}
LIST_FACTORIES = {"list", "sorted"}
SET_FACTORIES = {"set", "frozenset"}
DICT_FACTORIES = {"dict", "Counter", "defaultdict", "OrderedDict"}
MEMO_DECORATORS = {"cache", "lru_cache", "memoize", "memoized"}


@dataclass(frozen=True)
class Hint:
    line: int
    kind: str
    code: str  # the construct, as written
    message: str  # why it is slow and what is cheaper
    implies: Growth  # the growth this construct gives the whole run, at least

    def __str__(self) -> str:
        return f"line {self.line}: `{self.code}` {self.message}"

    def to_json(self) -> dict:
        return {"line": self.line, "kind": self.kind, "code": self.code, "message": self.message,
                "implies": self.implies.value}


@dataclass
class _Loop:
    node: ast.AST
    label: str  # "a loop over nums", "a while loop"
    targets: set[str] = field(default_factory=set)  # names bound by a for loop's target
    assigned: set[str] = field(default_factory=set)  # names assigned inside its body


def hints_for(source: str, params: dict[str, str] | None = None) -> list[Hint]:
    """Hints for a submission's source; `params` are the problem's parameter names and types."""
    try:
        tree = ast.parse(source)
    except SyntaxError:
        return []
    hints: list[Hint] = []
    for function in [node for node in ast.walk(tree) if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))]:
        hints.extend(_FunctionHints(source, function, params or {}).run())
    unique = {(hint.line, hint.kind): hint for hint in hints}
    return sorted(unique.values(), key=lambda hint: (hint.line, hint.kind))


def _code(source: str, node: ast.AST) -> str:
    text = " ".join((ast.get_source_segment(source, node) or ast.unparse(node)).split())
    return text if len(text) <= MAX_CODE else text[:MAX_CODE - 1] + "…"


def _name(node: ast.AST) -> str | None:
    return node.id if isinstance(node, ast.Name) else None


def _called(node: ast.AST) -> str | None:
    """The called function's last name: `collections.deque(...)` -> deque."""
    if not isinstance(node, ast.Call):
        return None
    if isinstance(node.func, ast.Name):
        return node.func.id
    if isinstance(node.func, ast.Attribute):
        return node.func.attr
    return None


def _kind_of_value(value: ast.AST) -> str | None:
    """What an expression builds: list, set, dict, deque, str, number; None when unknown."""
    if isinstance(value, (ast.List, ast.ListComp)):
        return "list"
    if isinstance(value, (ast.Set, ast.SetComp)):
        return "set"
    if isinstance(value, (ast.Dict, ast.DictComp)):
        return "dict"
    if isinstance(value, ast.JoinedStr) or (isinstance(value, ast.Constant) and isinstance(value.value, str)):
        return "str"
    if isinstance(value, ast.Constant) and isinstance(value.value, (int, float)) and not isinstance(value.value, bool):
        return "number"
    if isinstance(value, ast.BinOp) and isinstance(value.op, ast.Mult):
        if isinstance(value.left, ast.List) or isinstance(value.right, ast.List):
            return "list"
    called = _called(value)
    if called in LIST_FACTORIES:
        return "list"
    if called in SET_FACTORIES:
        return "set"
    if called in DICT_FACTORIES:
        return "dict"
    if called == "deque":
        return "deque"
    if called == "str" or (called == "join" and isinstance(value.func, ast.Attribute)):
        return "str"
    return None


def _kind_of_annotation(annotation: str) -> str | None:
    text = annotation.replace(" ", "").replace("typing.", "")
    for prefix in ("Optional[", "optional["):
        if text.startswith(prefix):
            text = text[len(prefix):-1]
    lowered = text.lower()
    if lowered.startswith("list[") or lowered == "list":
        return "list"
    if lowered == "str":
        return "str"
    if lowered.startswith(("set[", "frozenset[")) or lowered in ("set", "frozenset"):
        return "set"
    if lowered.startswith("dict[") or lowered == "dict":
        return "dict"
    if lowered in ("int", "float"):
        return "number"
    return None


def _one_dimensional(annotation: str) -> bool:
    """A list of scalars or a string: nested loops over it are n^2 in its size (a grid's are not)."""
    text = annotation.replace(" ", "").replace("typing.", "").lower()
    return text == "str" or ((text.startswith("list[") or text == "list") and "list[" not in text[5:])


class _FunctionHints:
    def __init__(self, source: str, function: ast.FunctionDef, params: dict[str, str]):
        self.source = source
        self.function = function
        self.hints: list[Hint] = []
        self.loops: list[_Loop] = []
        arguments = [a for a in function.args.args + function.args.kwonlyargs if a.arg not in ("self", "cls")]
        self.params = {a.arg for a in arguments}
        self.annotations = {a.arg: (ast.unparse(a.annotation) if a.annotation else params.get(a.arg, ""))
                            for a in arguments}
        self.kinds = self._kinds()
        self.lengths: dict[str, str] = {}
        self.mutated = {_name(node.func.value) for node in self._own_nodes()
                        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                        and node.func.attr in MUTATORS} | \
            {_name(node.target) for node in self._own_nodes() if isinstance(node, ast.AugAssign)}
        self.lengths = self._length_names()

    def _own_nodes(self):
        """Nodes of this function, not of functions nested in it (they get their own pass)."""
        stack = list(self.function.body)
        while stack:
            node = stack.pop()
            yield node
            for child in ast.iter_child_nodes(node):
                if not isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef)):
                    stack.append(child)

    def _kinds(self) -> dict[str, str]:
        """Each name's kind when every assignment agrees; parameters from annotations or the signature."""
        seen: dict[str, set[str | None]] = {}
        for name, annotation in self.annotations.items():
            seen.setdefault(name, set()).add(_kind_of_annotation(annotation) if annotation else None)
        for node in self._own_nodes():
            if isinstance(node, ast.Assign):
                for target in node.targets:
                    if isinstance(target, ast.Name):
                        if not _keeps_kind(target.id, node.value):
                            seen.setdefault(target.id, set()).add(_kind_of_value(node.value))
                    elif isinstance(target, (ast.Tuple, ast.List)):
                        values = node.value.elts if isinstance(node.value, (ast.Tuple, ast.List)) and \
                            len(node.value.elts) == len(target.elts) else [None] * len(target.elts)
                        for element, value in zip(target.elts, values):
                            if isinstance(element, ast.Name):
                                seen.setdefault(element.id, set()).add(_kind_of_value(value) if value else None)
            elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
                kind = _kind_of_annotation(ast.unparse(node.annotation))
                if node.value is not None:
                    kind = kind or _kind_of_value(node.value)
                seen.setdefault(node.target.id, set()).add(kind)
            elif isinstance(node, (ast.For, ast.comprehension)):
                for target in ast.walk(node.target):
                    if isinstance(target, ast.Name):
                        seen.setdefault(target.id, set()).add(None)
        return {name: kinds.pop() for name, kinds in seen.items() if len(kinds) == 1 and None not in kinds}

    def _length_names(self) -> dict[str, str]:
        """`n = len(nums)` -> {"n": "nums"}, so that range(n) counts as a loop over nums."""
        lengths = {}
        for node in self._own_nodes():
            if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
                parameter = self._length_of(node.value)
                if parameter:
                    lengths[node.targets[0].id] = parameter
        return lengths

    def _length_of(self, node: ast.AST) -> str | None:
        if _called(node) == "len" and isinstance(node.func, ast.Name) and len(node.args) == 1:
            name = _name(node.args[0])
            return name if name in self.params else None
        if isinstance(node, ast.Name):
            return self.lengths.get(node.id)
        if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Sub)) and \
                isinstance(node.right, ast.Constant):
            return self._length_of(node.left)
        return None

    # -- walking, with the loops around each node ------------------------------------------

    def run(self) -> list[Hint]:
        for statement in self.function.body:
            self._visit(statement)
        self._recursion()
        return self.hints

    def _visit(self, node: ast.AST) -> None:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef)):
            return
        if isinstance(node, (ast.For, ast.AsyncFor)):
            self._visit(node.iter)
            loop = _Loop(node, self._loop_label(node.iter), _bound(node.target), _assigned_in(node.body))
            self._nested_loop(node)
            self.loops.append(loop)
            for child in node.body + node.orelse:
                self._visit(child)
            self.loops.pop()
            return
        if isinstance(node, ast.While):
            self._visit(node.test)
            self.loops.append(_Loop(node, "a while loop", set(), _assigned_in(node.body)))
            for child in node.body + node.orelse:
                self._visit(child)
            self.loops.pop()
            return
        if isinstance(node, (ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)):
            self._comprehension(node)
            return
        self._check(node)
        for child in ast.iter_child_nodes(node):
            self._visit(child)

    def _comprehension(self, node) -> None:
        pushed = 0
        for generator in node.generators:
            self._visit(generator.iter)
            self.loops.append(_Loop(node, self._loop_label(generator.iter), _bound(generator.target), set()))
            pushed += 1
            for condition in generator.ifs:
                self._visit(condition)
        for part in ([node.key, node.value] if isinstance(node, ast.DictComp) else [node.elt]):
            self._visit(part)
        del self.loops[-pushed:]

    def _loop_label(self, iterable: ast.AST) -> str:
        over = self._iterated_parameter(iterable)
        return f"a loop over {over}" if over else f"a loop over {_code(self.source, iterable)}"

    def _iterated_parameter(self, iterable: ast.AST) -> str | None:
        """The input parameter a for loop walks: nums, range(len(nums)), enumerate(nums), nums[i + 1:], range(n)."""
        if isinstance(iterable, ast.Name) and iterable.id in self.params:
            return iterable.id
        if isinstance(iterable, ast.Subscript) and isinstance(iterable.slice, ast.Slice):
            return self._iterated_parameter(iterable.value)
        called = _called(iterable)
        if called in ("enumerate", "reversed") and iterable.args:
            return self._iterated_parameter(iterable.args[0])
        if called == "range" and iterable.args:
            bound = iterable.args[1] if len(iterable.args) >= 2 else iterable.args[0]
            # range(i) inside a loop whose i walks nums: up to len(nums) too.
            for outer in self.loops:
                if _name(bound) in outer.targets and isinstance(outer.node, (ast.For, ast.AsyncFor)):
                    return self._iterated_parameter(outer.node.iter)
            return self._length_of(bound)
        return None

    def _add(self, node: ast.AST, kind: str, message: str, implies: Growth, code_node: ast.AST | None = None) -> None:
        self.hints.append(Hint(node.lineno, kind, _code(self.source, code_node or node), message, implies))

    def _check(self, node: ast.AST) -> None:
        if not self.loops:
            return
        loop = self.loops[-1]
        if isinstance(node, ast.Compare):
            self._membership(node, loop)
        elif isinstance(node, ast.Call):
            self._pop_front(node, loop)
            self._sort(node, loop)
        elif isinstance(node, (ast.AugAssign, ast.Assign)):
            self._concatenation(node, loop)
        elif isinstance(node, ast.Subscript):
            self._slice(node, loop)

    # -- the rules ------------------------------------------------------------------------

    def _membership(self, node: ast.Compare, loop: _Loop) -> None:
        for operator, comparator in zip(node.ops, node.comparators):
            name = _name(comparator)
            if not isinstance(operator, (ast.In, ast.NotIn)) or self.kinds.get(name) != "list":
                continue
            if name not in self.params and name not in self.mutated and not self._built_from_data(name):
                continue  # a fixed list of constants: its size does not grow with the input
            self._add(node, "list_membership", f"inside {loop.label} -- membership in a list scans it, O(n) per "
                      "test; a set makes each test O(1)", Growth.QUADRATIC)

    def _built_from_data(self, name: str) -> bool:
        """Assigned from a comprehension, list(...) or sorted(...): as long as the data it came from."""
        for node in self._own_nodes():
            if isinstance(node, ast.Assign) and any(_name(t) == name for t in node.targets):
                if isinstance(node.value, ast.ListComp) or _called(node.value) in LIST_FACTORIES:
                    return True
        return False

    def _pop_front(self, node: ast.Call, loop: _Loop) -> None:
        if not isinstance(node.func, ast.Attribute) or node.func.attr not in ("pop", "insert") or not node.args:
            return
        first = node.args[0]
        if not (isinstance(first, ast.Constant) and first.value == 0 and not isinstance(first.value, bool)):
            return
        if node.func.attr == "pop" and len(node.args) != 1:
            return
        owner = node.func.value
        kind = self.kinds.get(_name(owner)) if isinstance(owner, ast.Name) else None
        if kind not in (None, "list") or (kind is None and not isinstance(owner, (ast.Name, ast.Attribute))):
            return
        if kind is None and isinstance(owner, ast.Name) and owner.id in self.kinds:
            return
        what = "removing the first element" if node.func.attr == "pop" else "inserting at the front"
        cheap = "deque.popleft()" if node.func.attr == "pop" else "deque.appendleft()"
        self._add(node, "pop_front", f"inside {loop.label} -- {what} of a list shifts all the others, O(n) each "
                  f"time; collections.deque's {cheap} is O(1)", Growth.QUADRATIC)

    def _sort(self, node: ast.Call, loop: _Loop) -> None:
        if isinstance(node.func, ast.Name) and node.func.id == "sorted" and node.args:
            target = node.args[0]
        elif isinstance(node.func, ast.Attribute) and node.func.attr == "sort" and not node.args:
            target = node.func.value
        else:
            return
        name = _name(target)
        if name is None or self.kinds.get(name, "list") != "list":
            return
        if name not in self.params and name not in self.kinds:
            return  # nothing says what it holds
        if any(name in outer.targets for outer in self.loops):
            return  # sorting each word of a loop over words: the word's size, not the input's
        if any(name in outer.assigned for outer in self.loops) and name not in self.mutated:
            return  # rebuilt on each pass (a window slice): its own size, sorted once per pass
        self._add(node, "sort_in_loop", f"inside {loop.label} -- sorting again on every pass costs O(n log n) each "
                  "time; keep it ordered as it changes (heapq, bisect.insort) or sort once outside",
                  Growth.QUADRATIC)

    def _concatenation(self, node: ast.AST, loop: _Loop) -> None:
        if isinstance(node, ast.AugAssign) and isinstance(node.op, ast.Add):
            name = _name(node.target)
            if self.kinds.get(name) == "str":
                self._add(node, "string_concat", f"inside {loop.label} -- `+=` on a string may copy it every time "
                          "(CPython sometimes avoids it; interviewers do not count on that), O(n^2) overall; "
                          "collect the pieces in a list and ''.join() them once", Growth.QUADRATIC)
            return
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.value, ast.BinOp) and \
                isinstance(node.value.op, ast.Add):
            name = _name(node.targets[0])
            if self.kinds.get(name) != "str":
                return
            if _name(node.value.right) == name:
                self._add(node, "string_concat", f"inside {loop.label} -- prepending copies the whole string every "
                          "time, O(n^2) overall; build the pieces in a list, then reverse and ''.join() them",
                          Growth.QUADRATIC)
            elif _name(node.value.left) == name:
                self._add(node, "string_concat", f"inside {loop.label} -- `s = s + piece` copies the string every "
                          "time, O(n^2) overall; collect the pieces in a list and ''.join() them once",
                          Growth.QUADRATIC)

    def _slice(self, node: ast.Subscript, loop: _Loop) -> None:
        if not isinstance(node.slice, ast.Slice) or not isinstance(node.ctx, ast.Load):
            return
        bounds = node.slice
        if bounds.step is not None or (bounds.lower is not None and bounds.upper is not None):
            return  # a window with both ends is often of fixed width
        name = _name(node.value)
        if name is None or (name not in self.params and self.kinds.get(name) not in ("list", "str")):
            return
        if any(name in outer.targets for outer in self.loops):
            return  # slicing each element of a collection: the element's size, not the input's
        if self._rebuilt_in_loop(name):
            return  # a list made afresh on each pass: its slices are that pass's size
        if self._is_output_copy(node) or self._in_return(node) or self._is_loop_iterable(node):
            return
        self._add(node, "slice_in_loop", f"inside {loop.label} -- each slice copies up to n elements, O(n) per "
                  "pass; walk indices instead of copying", Growth.QUADRATIC)

    def _rebuilt_in_loop(self, name: str) -> bool:
        """Assigned inside the innermost loop from something other than itself (`s = s[1:]` keeps shrinking s)."""
        for statement in self.loops[-1].node.body if hasattr(self.loops[-1].node, "body") else []:
            for node in ast.walk(statement):
                if isinstance(node, ast.Assign) and any(name in _bound(target) for target in node.targets):
                    if not _keeps_kind(name, node.value):
                        return True
        return False

    def _is_loop_iterable(self, node: ast.AST) -> bool:
        """`for y in nums[i + 1:]`: walking the slice costs what copying it does (nested_loops covers it)."""
        return any(isinstance(loop, (ast.For, ast.AsyncFor)) and loop.iter is node for loop in self._own_nodes())

    def _is_output_copy(self, node: ast.AST) -> bool:
        """`result.append(path[:])` keeps a snapshot on purpose: that copy is the answer's cost."""
        for parent in self._own_nodes():
            if isinstance(parent, ast.Call) and isinstance(parent.func, ast.Attribute) and \
                    parent.func.attr in ("append", "add") and node in parent.args:
                return True
        return False

    def _in_return(self, node: ast.AST) -> bool:
        return any(isinstance(parent, ast.Return) and parent.value is not None and
                   any(child is node for child in ast.walk(parent.value)) for parent in self._own_nodes())

    def _nested_loop(self, node: ast.For) -> None:
        inner = self._iterated_parameter(node.iter)
        if inner is None:
            return
        annotation = self.annotations.get(inner, "")
        if annotation and not _one_dimensional(annotation):
            return  # a grid's rows and columns: nested loops are linear in its size
        if _breaks(node):
            return  # an inner loop that stops early (a scan to the next larger, a trie walk): not every pair
        for outer in self.loops:
            if isinstance(outer.node, (ast.For, ast.AsyncFor)) and self._iterated_parameter(outer.node.iter) == inner:
                self._add(node, "nested_loops", f"inside {outer.label} (line {outer.node.lineno}) -- every pair of "
                          f"elements of {inner}, O(n^2); a hash map, sorting or two pointers may avoid the inner "
                          "loop", Growth.QUADRATIC, code_node=_ForHeader(node))
                return

    def _recursion(self) -> None:
        """Two self-calls per call on nearby indices, results combined, nothing remembered: O(2^n)."""
        name = self.function.name
        if any(_decorator_name(d) in MEMO_DECORATORS for d in self.function.decorator_list):
            return
        if self._remembers() or self._backtracks():
            return
        calls = [node for node in self._own_nodes() if isinstance(node, ast.Call) and _is_self_call(node, name)]
        used = [call for call in calls if not self._discarded(call) and self._nearby_arguments(call)
                and not self._consumes(call)]
        if not used:
            return
        in_loop = [call for call in used if self._inside_loop(call)]
        together = [pair for pair in _pairs(used) if self._both_run(*pair)]
        if not in_loop and not together:
            return
        call = (together[0][0] if together else in_loop[0])
        statement = self._statement_of(call)
        self._add(statement, "recursion_no_memo", f"-- {name}() calls itself on overlapping subproblems and "
                  "remembers none, O(2^n); @functools.cache (or a memo dict) computes each one once",
                  Growth.EXPONENTIAL)

    def _remembers(self) -> bool:
        """A memo: some name is both stored into by subscript and tested with `in` or .get()."""
        stored = {_name(node.value) for node in self._own_nodes()
                  if isinstance(node, ast.Subscript) and isinstance(node.ctx, ast.Store)}
        tested = {_name(c) for node in self._own_nodes() if isinstance(node, ast.Compare)
                  for op, c in zip(node.ops, node.comparators) if isinstance(op, (ast.In, ast.NotIn))}
        tested |= {_name(node.func.value) for node in self._own_nodes()
                   if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "get"}
        # A table written and read by index is a memo, or a visited/colour mark: each state is done once.
        tested |= {_name(node.value) for node in self._own_nodes()
                   if isinstance(node, ast.Subscript) and isinstance(node.ctx, ast.Load)}
        outer = {n.id for n in self._own_nodes() if isinstance(n, ast.Name)} - self.params
        return bool((stored & tested) - {None}) or any(word in name.lower() for name in outer
                                                        for word in ("memo", "cache"))

    def _backtracks(self) -> bool:
        """Marks and unmarks state around its calls (used.add/remove, path.append/pop, grid[r][c] = "#"): each
        call sees a different state, so there is nothing to memoise; its cost is the search's, not a missing cache.
        A store by index is also how a memo table is filled: either way, no hint."""
        return any(isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and
                   node.func.attr in ("add", "remove", "discard", "append", "pop") or
                   isinstance(node, ast.Subscript) and isinstance(node.ctx, ast.Store)  # grid[r][c] = "#"
                   for node in self._own_nodes())

    def _nearby_arguments(self, call: ast.Call) -> bool:
        """fib(n - 1), dp(i + 1, j), f(amount - coin), can(end): a small step from a parameter or loop variable."""
        loop_names = {n.id for loop in ast.walk(self.function) if isinstance(loop, (ast.For, ast.comprehension))
                      for n in ast.walk(loop.target) if isinstance(n, ast.Name)}
        stepped = False
        for argument in call.args:
            if isinstance(argument, (ast.Attribute, ast.Subscript, ast.List, ast.ListComp, ast.Tuple, ast.Set,
                                     ast.Dict)):
                return False  # node.left, nums[1:], path + [x]: a different subproblem each time
            if isinstance(argument, ast.BinOp) and isinstance(argument.op, (ast.Add, ast.Sub)):
                if isinstance(argument.left, (ast.List, ast.Subscript)) or \
                        isinstance(argument.right, (ast.List, ast.Subscript)):
                    return False
                left = _name(argument.left)
                if left in self.params and (isinstance(argument.right, ast.Constant) or _name(argument.right)):
                    stepped = True
            elif _name(argument) in loop_names:
                stepped = True
        return stepped

    def _consumes(self, call: ast.Call) -> bool:
        """`inner, i = decode(i + 1)`: a parser's recursion returns how far it read; nothing is redone."""
        arguments = {n.id for argument in call.args for n in ast.walk(argument) if isinstance(n, ast.Name)}
        return any(isinstance(node, ast.Assign) and node.value is call and
                   any(_bound(target) & arguments for target in node.targets) for node in self._own_nodes())

    def _discarded(self, call: ast.Call) -> bool:
        return any(isinstance(node, ast.Expr) and node.value is call for node in self._own_nodes())

    def _inside_loop(self, call: ast.Call) -> bool:
        for node in self._own_nodes():
            if isinstance(node, (ast.For, ast.AsyncFor, ast.While)):
                body = node.body + node.orelse
            elif isinstance(node, (ast.ListComp, ast.SetComp, ast.GeneratorExp, ast.DictComp)):
                body = [node]
            else:
                continue
            if any(child is call for part in body for child in ast.walk(part)):
                return True
        return False

    def _branch_path(self, target: ast.AST) -> list[tuple[int, str]] | None:
        """The (if statement, branch) pairs leading to `target`: calls on different branches never both run."""
        def walk(nodes, path):
            for node in nodes:
                if node is target:
                    return path
                if isinstance(node, ast.If):
                    found = walk([node.test], path) or walk(node.body, path + [(id(node), "body")]) or \
                        walk(node.orelse, path + [(id(node), "else")])
                elif isinstance(node, ast.IfExp):
                    found = walk([node.test], path) or walk([node.body], path + [(id(node), "body")]) or \
                        walk([node.orelse], path + [(id(node), "else")])
                elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef)):
                    found = None
                else:
                    found = walk(list(ast.iter_child_nodes(node)), path)
                if found is not None:
                    return found
            return None

        return walk(self.function.body, [])

    def _both_run(self, first: ast.Call, second: ast.Call) -> bool:
        one, two = self._branch_path(first), self._branch_path(second)
        if one is None or two is None:
            return False
        branches = dict(one)
        return all(branches.get(node, branch) == branch for node, branch in two)

    def _statement_of(self, call: ast.Call) -> ast.AST:
        for node in self._own_nodes():
            if isinstance(node, ast.stmt) and not isinstance(node, (ast.If, ast.For, ast.While, ast.With, ast.Try)) \
                    and any(child is call for child in ast.walk(node)):
                return node
        return call


class _ForHeader(ast.AST):
    """Stands for a for loop's first line in hints; ast.get_source_segment reads its position."""

    _fields = ()

    def __init__(self, node: ast.For):
        super().__init__()
        self.lineno = node.lineno
        self.col_offset = node.col_offset
        self.end_lineno = node.iter.end_lineno
        self.end_col_offset = node.iter.end_col_offset


def _breaks(loop: ast.AST) -> bool:
    """A break in this loop's own body (not in a loop nested inside it)."""
    stack = list(loop.body)
    while stack:
        node = stack.pop()
        if isinstance(node, ast.Break):
            return True
        if not isinstance(node, (ast.For, ast.AsyncFor, ast.While, ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            stack.extend(ast.iter_child_nodes(node))
    return False


def _keeps_kind(name: str, value: ast.AST) -> bool:
    """`s = c + s`, `s = s + c`, `s = s[1:]`: the name keeps whatever kind it had."""
    if isinstance(value, ast.BinOp) and isinstance(value.op, ast.Add):
        return _name(value.left) == name or _name(value.right) == name
    return isinstance(value, ast.Subscript) and _name(value.value) == name and isinstance(value.slice, ast.Slice)


def _bound(target: ast.AST) -> set[str]:
    return {node.id for node in ast.walk(target) if isinstance(node, ast.Name)}


def _assigned_in(body: list[ast.stmt]) -> set[str]:
    names = set()
    for statement in body:
        for node in ast.walk(statement):
            if isinstance(node, ast.Assign):
                for target in node.targets:
                    names |= _bound(target)
            elif isinstance(node, (ast.AugAssign, ast.AnnAssign)):
                names |= _bound(node.target)
    return names


def _decorator_name(decorator: ast.AST) -> str | None:
    if isinstance(decorator, ast.Call):
        decorator = decorator.func
    if isinstance(decorator, ast.Attribute):
        return decorator.attr
    return _name(decorator)


def _is_self_call(call: ast.Call, name: str) -> bool:
    if isinstance(call.func, ast.Name):
        return call.func.id == name
    return isinstance(call.func, ast.Attribute) and call.func.attr == name and _name(call.func.value) == "self"


def _pairs(items: list) -> list[tuple]:
    return [(a, b) for i, a in enumerate(items) for b in items[i + 1:]]
