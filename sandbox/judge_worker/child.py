"""One test case in a forked child: load the submission, call it, write the answer.

The child is disposable: whatever the submission does to globals, builtins or
this module dies with it. Everything it reports is an *answer*; the verdict is
decided on the host, which never shows the child the expected output.
"""

import collections
import io
import os
import re
import sys
import time
import traceback

from judge_worker import canonical
from judge_worker import environment
from judge_worker import frames
from judge_worker import kinds
from judge_worker import leetcode
from judge_worker import measure
from judge_worker.protocol import MAX_MESSAGE, MAX_NAME, MAX_TRACEBACK, Status, cut

# Captured at import, before any submission runs: it may rebind module attributes later.
_write = os.write
_perf = time.perf_counter
_exit = os._exit
_encode = frames.encode
_canonicalise = canonical.canonicalise
_opaque_long_ints = canonical.opaque_long_ints
_cut = cut
_type = type
_str = str
_ModuleNotFoundError = ModuleNotFoundError

# The statuses as plain text: the child writes one per case.
OK, ERROR, COMPILE_ERROR, TOO_LARGE = (status.value for status in (
    Status.OK, Status.ERROR, Status.COMPILE_ERROR, Status.TOO_LARGE))

# Compiled, and its modules imported, once in the runner: each forked child then only binds names.
_PRELUDE = compile(leetcode.PRELUDE, "<prelude>", "exec")
_PREDEFINED = {}  # the prelude's own bindings: a function of the submission's is never one of these
exec(_PRELUDE, _PREDEFINED)


class NotFound(Exception):
    """The submission does not define what the problem asks for."""


_CAMEL_HUMP = re.compile(r"(?<=[a-z0-9])([A-Z])")
SABOTAGED = {"status": ERROR, "error": {
    "type": "BrokenRuntime", "message": "the submission broke Python's own runtime (builtins or the standard "
    "library) so badly that its answer could not be read"}}


_SNAKE_CASES = {}


def snake_case(name):
    """twoSum -> two_sum, remembered: a design problem's operations ask again for every call."""
    snake = _SNAKE_CASES.get(name)
    if snake is None:
        snake = _SNAKE_CASES[name] = _CAMEL_HUMP.sub(r"_\1", name).lower()
    return snake


def load_submission(source, filename, module_name="solution", entry=None):
    """Execute `source` as a module with LeetCode's predefined names in scope, and the node
    classes its problem's types name (LeetCode's `Node`: a graph's for clone-graph, say)."""
    namespace = {"__name__": module_name, "__file__": filename, "__builtins__": __builtins__}
    exec(_PRELUDE, namespace)
    namespace["ListNode"] = leetcode.ListNode
    namespace["TreeNode"] = leetcode.TreeNode
    if entry is not None:
        namespace.update(kinds.prepare(entry))
    module = type(sys)(module_name)
    module.__dict__.update(namespace)
    sys.modules[module_name] = module
    exec(compile(source, filename, "exec", dont_inherit=True), module.__dict__)
    return module


_RESOLVED = {}  # (module id, name) -> (module, Solution class and method name, or None and the function)


def resolve_function(module, name):
    """The callable for this case: a method of a new Solution(), as LeetCode makes one per test case.

    Where to find it is worked out once per module; the reused child asks for every case.
    """
    key = (id(module), name)
    found = _RESOLVED.get(key)
    if found is None or found[0] is not module:  # a complexity measurement's fresh module may reuse an old one's id
        found = _RESOLVED[key] = (module, *_find_function(module, name))
    _, solution_class, attribute = found
    return getattr(solution_class(), attribute) if solution_class is not None else attribute


def _find_function(module, name):
    solution_class = module.__dict__.get("Solution")
    if isinstance(solution_class, type):
        for candidate in (name, snake_case(name)):
            if callable(getattr(solution_class, candidate, None)):
                return solution_class, candidate
    for candidate in (name, snake_case(name)):
        function = module.__dict__.get(candidate)
        if callable(function) and function is not _PREDEFINED.get(candidate):  # re.search is no `search`
            return None, function
    if isinstance(solution_class, type):
        raise NotFound(f"class Solution has no method {name}() (nor {snake_case(name)}())")
    raise NotFound(f"no class Solution with a method {name}() and no function {name}() or {snake_case(name)}()")


def as_declared(kind, answer):
    """The answer as LeetCode's serialiser writes it for the declared return type (judge_worker.kinds):
    null for `-> None`, the truth for `-> bool`, a list for a lazy iterator where a list is declared."""
    return kinds.parse(kind).declared(answer)


def _direct(run):
    return run()


def call_function(module, entry, case_input, invoke=_direct):
    """`invoke` runs the call proper, after the arguments are built (a meter when measuring)."""
    function = resolve_function(module, entry["name"])
    call = kinds.Call(case_input)
    arguments = kinds.build_arguments(entry, call)
    returns = kinds.parse(entry.get("returns", ""))
    answer = invoke(lambda: returns.declared(function(*arguments)))
    return kinds.read_answer(entry, answer, call)


def call_design(module, entry, case_input, invoke=_direct):
    """LeetCode's design format: operations[0] constructs, the rest are method calls."""
    operations, arguments = case_input["operations"], case_input["arguments"]
    returns = entry.get("returns", {})
    cls = module.__dict__.get(entry["class"])
    if not isinstance(cls, type):
        raise NotFound(f"no class {entry['class']}")

    def calls():
        instance = cls(*arguments[0])
        outputs = [None]
        for operation, args in zip(operations[1:], arguments[1:]):
            method = getattr(instance, operation, None) or getattr(instance, snake_case(operation), None)
            if method is None:
                raise NotFound(f"class {entry['class']} has no method {operation}()")
            outputs.append(as_declared(returns.get(operation, ""), method(*args)))
        return outputs

    return invoke(calls)


def call_codec(module, entry, case_input, invoke=_direct):
    """LeetCode's round trip: `ser = Codec(); deser = Codec(); deser.decode(ser.encode(value))`, whose answer
    is compared with the value. The encoding must be a str; both calls are timed."""
    cls = module.__dict__.get(entry["class"])
    if not isinstance(cls, type):
        raise NotFound(f"no class {entry['class']}")
    for role in ("encode", "decode"):
        if _codec_method(cls, entry[role]) is None:
            raise NotFound(f"class {entry['class']} has no method {entry[role]}()")
    call = kinds.Call(case_input)
    (value,) = kinds.build_arguments(entry, call)
    encoded_types = []  # the type alone: the encoding itself is not kept past the call (space is measured)

    def round_trip():
        encoder, decoder = cls(), cls()
        encoded = getattr(encoder, _codec_method(cls, entry["encode"]))(value)
        encoded_types.append(_type(encoded))
        if _type(encoded) is not _str:
            return None
        return getattr(decoder, _codec_method(cls, entry["decode"]))(encoded)

    decoded = invoke(round_trip)
    if encoded_types[-1] is not _str:
        got = encoded_types[-1].__name__
        return canonical.Opaque(f"a {got} from {entry['encode']}(): {entry['encode']} must return a str, got {got}")
    if decoded is value and value is not None:
        return canonical.Opaque(f"the input object itself from {entry['decode']}(): build the value from the "
                                f"string alone")
    return kinds.parse(entry["params"][0]["type"]).read(decoded, call)


def _codec_method(cls, name):
    """The method's name as the class spells it (LeetCode's, or its snake_case), or None."""
    for candidate in (name, snake_case(name)):
        if callable(getattr(cls, candidate, None)):
            return candidate
    return None


CALLS = {"function": call_function, "design": call_design, "codec": call_codec}


def describe_error(error, filename):
    """Exception type, message and the deepest line of the user's own file, each cut to the
    protocol's caps: a 20 MB message stays here, as the runner keeps only 4 KB of stdout."""
    # Only the last frames of the user's own file are looked up: an infinite recursion leaves 10^5 frames, and
    # reading a source line for each (extract_tb) took longer than the time limit, turning RE into TLE.
    own = collections.deque(((frame, number) for frame, number in traceback.walk_tb(error.__traceback__)
                             if frame.f_code.co_filename == filename), maxlen=5)
    frames_in_file = traceback.StackSummary.extract(iter(own))
    line = frames_in_file[-1].lineno if frames_in_file else None
    text = "".join(traceback.format_exception_only(type(error), error)).strip()
    if _type(error) is _ModuleNotFoundError:
        try:
            text += f" ({environment.missing_module(error.name)})"
        except Exception:
            pass
    user_trace = "".join(traceback.format_list(frames_in_file[-5:]))
    return {"type": _cut(type(error).__name__, MAX_NAME), "message": _cut(text, MAX_MESSAGE), "line": line,
            "traceback": _cut(user_trace, MAX_TRACEBACK)}


def load(request):
    """Import the submission; return (module, None) or (None, failure result)."""
    filename = request["filename"]
    try:
        return load_submission(request["source"], filename, entry=request["entry"]), None
    except SyntaxError as error:
        return None, {"status": COMPILE_ERROR, "error": {
            "type": "SyntaxError", "message": _cut(str(error.msg), MAX_MESSAGE), "line": error.lineno,
            "column": error.offset}}
    except BaseException as error:  # import-time code is the submission's too
        return None, {"status": ERROR, "error": describe_error(error, filename), "phase": "import"}


def run_case(request, module, case_input, numpy_module):
    """Return the result message for one case; never raises."""
    entry = request["entry"]
    call = CALLS[entry["kind"]]
    if measure.KEY in case_input:
        return measure_case(request, case_input, call)
    started = _perf()
    try:
        answer = call(module, entry, case_input)
    except NotFound as error:
        return {"status": COMPILE_ERROR, "error": {"type": "NotFound", "message": _cut(str(error), MAX_MESSAGE)}}
    except BaseException as error:
        return {"status": ERROR, "error": describe_error(error, request["filename"])}
    elapsed = _perf() - started
    try:
        value = _canonicalise(answer, numpy_module)
    except canonical.TooLarge as error:
        return {"status": TOO_LARGE, "error": {"type": "TooLarge", "message": str(error)}}
    except BaseException as error:
        return {"status": ERROR, "error": describe_error(error, request["filename"]), "phase": "answer"}
    # The value last: the host compares its bytes with the expected answer's without decoding them.
    return {"status": OK, "call_ms": elapsed * 1000, "value": value}


def measure_case(request, case_input, call):
    """A complexity measurement (judge_worker.measure): the call alone, repeated; never raises."""
    spec = case_input.pop(measure.KEY)
    entry, filename = request["entry"], request["filename"]
    try:
        return measure.measure(case_input, spec, lambda: load_submission(request["source"], filename, entry=entry),
                               lambda module, fresh, meter: call(module, entry, fresh, meter))
    except NotFound as error:
        return {"status": COMPILE_ERROR, "error": {"type": "NotFound", "message": _cut(str(error), MAX_MESSAGE)}}
    except BaseException as error:
        return {"status": ERROR, "error": describe_error(error, filename)}


def main(request, input_fd, result_fd, numpy_module, persistent=False):
    """Child entry point after limits and descriptors are in place. Never returns.

    The submission is imported before the case arrives, so its import overlaps the
    host's own work; its CPU time still counts against this case's limit. A
    persistent child (the fast path: hidden cases, then the property search) keeps
    answering cases until one fails; every other child answers exactly one.
    """
    module, failure = load(request)
    channel = io.open(input_fd, "rb", closefd=True)
    while True:
        case_input = frames.read_frame(channel.read)
        if case_input is None:
            _exit(0)
        try:
            result = failure or run_case(request, module, case_input, numpy_module)
        except BaseException:
            result = SABOTAGED
        try:
            sys.stdout.flush()
            sys.stderr.flush()
        except BaseException:
            pass
        view = memoryview(encode_result(result))
        while view:
            view = view[_write(result_fd, view):]
        if not persistent or result.get("status") != OK:
            _exit(0)


def encode_result(result):
    """The result's frame. An int too long for Python to write as text (over 4,300 digits) is
    an answer no expected one equals: it is written as opaque, a wrong answer, not a crash."""
    try:
        return _encode(result)
    except BaseException:
        pass
    try:
        return _encode(dict(result, value=_opaque_long_ints(result.get("value"))))
    except BaseException:
        return _encode(SABOTAGED)
