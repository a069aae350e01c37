"""The parameter and return types problem.yaml declares: one registry for the host and the sandbox.

A type is written as LeetCode writes it ("List[int]", "Optional[TreeNode]") or, where a
case is not simply the argument's JSON, in a short phrase ("TreeNode in root",
"ListNode with cycle at pos"). parse() turns the text into a Kind, which knows:

  build(value, call, name)  the argument the submission receives, from the case's JSON
  declared(answer)          inside the timed call: what LeetCode's serialiser makes of the
                            return value (a bool's truth, a lazy iterator's list)
  read(answer, call)        the answer as plain data, or canonical.Opaque saying why it is wrong
  annotation                how the starter file annotates it
  classes                   the node classes the submission finds predefined (LeetCode's Node)
  own_field / sources       whether the case holds a field of the parameter's name, and the
                            other fields it is built from
  argument / answer         whether it may be a parameter's type, a return type, or both

judge/problem.py refuses a type parse() does not know (UnknownType says what was meant);
the worker (child.py) and the host's reference (judge/reference.py) build and read every
call through the same kinds. Answers are read after the submission ran, so this module
uses only references to builtins captured at import.
"""

import re

from judge_worker import canonical
from judge_worker import leetcode
from judge_worker import tensors

_type, _len, _id, _int, _bool, _list, _tuple = type, len, id, int, bool, list, tuple
_enumerate, _getattr, _zip, _range, _sorted = enumerate, getattr, zip, range, sorted

LIMIT_NODES = 1_000_000
DTYPES = ("float64", "float32", "float16", "int64", "int32", "int16", "int8", "uint8", "bool", "complex128")
NAME = r"[A-Za-z_]\w*"


class UnknownType(ValueError):
    """A type text the registry cannot read; the message says why and what was probably meant."""


class _UnknownWord(UnknownType):
    """A word no type has: reported with the whole text and the whole text corrected."""


class Call:
    """One call's arguments as they were built, for kinds that refer to other fields or arguments."""

    def __init__(self, case_input):
        self.input = case_input
        self.arguments = {}  # parameter name -> the argument built for it
        self.nodes = {}  # parameter name -> the nodes built for it, in input order (lists, graphs)
        self.shared = {}  # structures two arguments share (intersecting lists), built once
        self._input_ids = None

    def input_ids(self):
        """The identities of every node built for the input: an answer that must be a copy shares none."""
        if self._input_ids is None:
            self._input_ids = {_id(node): name for name, nodes in self.nodes.items() for node in nodes}
        return self._input_ids


class Kind:
    """A type whose case value is the argument itself and whose answer is read as it is."""

    annotation = ""
    plain = True  # built and read as the JSON itself: containers of it need no per-element work
    lists = False  # a list is declared: a lazy iterator returned is read as a list
    own_field = True
    sources = ()  # case fields it is built from besides its own
    references = ()  # parameters whose built argument it needs (built before it)
    refers_to = None  # the shape those parameters have: "tree" or "list"
    shape = None  # "tree" or "list" for the node kinds that a `TreeNode in P` or `ListNode in P` may name
    argument = True
    answer = True
    classes = {}
    frameworks = frozenset()  # what the problem must declare in `frameworks:` for it ("torch" for a Tensor)

    def __init__(self, annotation=""):
        self.annotation = annotation

    def build(self, value, call, name):
        return value

    def declared(self, answer):
        return answer

    def read(self, answer, call):
        return answer

    def __repr__(self):
        return f"{_type(self).__name__}({self.annotation!r})"


class Bool(Kind):
    def declared(self, answer):
        return _bool(answer)


class Void(Kind):
    """`None`: a method declared `-> None` answers null, whatever it returns (LeetCode shows null)."""

    def declared(self, answer):
        return None


def _lazy_types():
    """Python's own lazy iterables (and sortedcontainers'), compared by identity: no class of the
    submission's passes for one. Read into a list where a list is declared, inside the timed call."""
    import itertools
    import types

    found = (types.GeneratorType, map, filter, zip, enumerate, reversed, range, _type(iter([])), _type(iter(())),
             _type(reversed([])), _type(iter(range(0))), _type(iter({})), _type(iter({}.values())),
             _type(iter({}.items())), _type(iter(set())), itertools.chain, itertools.islice, itertools.accumulate,
             itertools.starmap, itertools.zip_longest, itertools.product, itertools.permutations,
             itertools.combinations, itertools.combinations_with_replacement, itertools.compress,
             itertools.takewhile, itertools.dropwhile, itertools.filterfalse, itertools.pairwise)
    try:  # LeetCode's sorted containers read as lists too (merge-intervals kept in a SortedList)
        import sortedcontainers

        found += (sortedcontainers.SortedList, sortedcontainers.SortedKeyList, sortedcontainers.SortedSet)
    except ImportError:
        pass
    return found


LAZY_TYPES = _lazy_types()


class Sequence(Kind):
    """List[T], Tuple[A, B], Tuple[T, ...], list, tuple: element kinds built and read one by one."""

    lists = True

    def __init__(self, annotation, items=(), repeated=None):
        super().__init__(annotation)
        self.items = _tuple(items)  # Tuple[A, B]: one kind per position
        self.repeated = repeated  # List[T] or Tuple[T, ...]: one kind for every element
        every = self.items + ((repeated,) if repeated is not None else ())
        self.plain = all(kind.plain for kind in every)
        self.classes = _merged_classes(every)
        self.argument = all(kind.argument for kind in every)
        self.answer = all(kind.answer for kind in every)
        self.references = _tuple(name for kind in every for name in kind.references)
        self.frameworks = frozenset().union(*(kind.frameworks for kind in every))

    def _kinds(self, count):
        if self.repeated is not None:
            return [self.repeated] * count
        return _list(self.items) + [Kind()] * (count - _len(self.items))

    def build(self, value, call, name):
        if self.plain or value is None:
            return value
        return [kind.build(item, call, name) for kind, item in _zip(self._kinds(_len(value)), value)]

    def declared(self, answer):
        cls = _type(answer)
        for lazy in LAZY_TYPES:
            if cls is lazy:
                return _list(answer)
        return answer

    def read(self, answer, call):
        if self.plain or (_type(answer) is not _list and _type(answer) is not _tuple):
            return answer
        return [kind.read(item, call) for kind, item in _zip(self._kinds(_len(answer)), answer)]


class Optional_(Kind):
    """Optional[T]: T, whose kinds all take None (an empty list or tree is None, and read back as [])."""

    def __init__(self, annotation, inner):
        super().__init__(annotation)
        self.inner = inner
        for attribute in ("plain", "lists", "own_field", "sources", "references", "refers_to", "shape", "argument",
                          "answer", "classes", "frameworks"):
            setattr(self, attribute, _getattr(inner, attribute))

    def build(self, value, call, name):
        return self.inner.build(value, call, name)

    def declared(self, answer):
        return self.inner.declared(answer)

    def read(self, answer, call):
        return self.inner.read(answer, call)


class Array(Kind):
    """ndarray, ndarray[dtype], np.ndarray: a numpy array of that dtype (float64 by default), or None."""

    plain = False

    def __init__(self, annotation, dtype="float64"):
        super().__init__(annotation)
        self.dtype = dtype

    def build(self, value, call, name):
        if value is None:
            return None
        import numpy

        return numpy.asarray(value, dtype=self.dtype)


class Tensor(Kind):
    """Tensor, Tensor[dtype], torch.Tensor: a torch.Tensor of that dtype (float32 by default, as torch's), or None.

    Where torch is not enabled (the host) it is a numpy array of the same dtype: a torch problem's
    reference is numpy. An answer tensor is read wherever it is returned (values.py), as an array.
    """

    plain = False
    frameworks = frozenset({"torch"})

    def __init__(self, annotation, dtype="float32"):
        super().__init__(annotation)
        self.dtype = dtype

    def build(self, value, call, name):
        return None if value is None else tensors.build(value, self.dtype)


class LinkedList(Kind):
    """ListNode: a list of values; an answer is read through .val and .next, whatever its class."""

    plain = False
    shape = "list"

    def build(self, value, call, name):
        nodes = leetcode.list_nodes(value)
        if name in call.nodes:  # List[ListNode]: every list's nodes
            call.nodes[name] += nodes
        else:
            call.nodes[name] = nodes
        return nodes[0] if nodes else None

    def read(self, answer, call):
        try:
            return leetcode.flatten_list(answer, LIMIT_NODES)
        except leetcode.NotANode as error:
            return canonical.Opaque(str(error))


class Tree(Kind):
    """TreeNode: a level-order list with null for gaps; an answer is flattened back the same way."""

    plain = False
    shape = "tree"

    def build(self, value, call, name):
        return leetcode.build_tree(value)

    def read(self, answer, call):
        try:
            return leetcode.flatten_tree(answer, LIMIT_NODES)
        except leetcode.NotANode as error:
            return canonical.Opaque(str(error))


class TreeNodeIn(Kind):
    """`TreeNode in root`: the case holds a value; the submission receives the node of tree `root` holding it."""

    plain = False
    answer = False
    refers_to = "tree"

    def __init__(self, annotation, tree):
        super().__init__(annotation)
        self.tree = tree
        self.references = (tree,)

    def build(self, value, call, name):
        return leetcode.find_node(call.arguments[self.tree], value)


class ListNodeIn(Kind):
    """`ListNode in head`: an argument is the node of list `head` holding the case's value (delete-node);
    an answer must be a node of that list, read as its index (linked-list-cycle-ii), or null."""

    plain = False
    refers_to = "list"

    def __init__(self, annotation, head):
        super().__init__(annotation)
        self.head = head
        self.references = (head,)

    def build(self, value, call, name):
        for node in call.nodes.get(self.head, ()):
            if node.val == value:
                return node
        return None

    def read(self, answer, call):
        if answer is None:
            return None
        for index, node in _enumerate(call.nodes.get(self.head, ())):
            if node is answer:
                return index
        return canonical.Opaque(f"a node that is not in the input list {self.head} (return the node itself, "
                             f"not a copy)")


class TreeNodeValue(Kind):
    """Return `TreeNode value`: the returned node's .val is compared (lowest-common-ancestor)."""

    plain = False
    argument = False

    def read(self, answer, call):
        return None if answer is None else _getattr(answer, "val", answer)


class CycleList(Kind):
    """`ListNode with cycle at pos`: the case's list, its tail linked to the node at index `pos`
    (-1: no cycle). `pos` is a case field (declared `passed: false` where LeetCode hides it)."""

    plain = False
    answer = False
    shape = "list"

    def __init__(self, annotation, pos):
        super().__init__(annotation)
        self.pos = pos
        self.sources = (pos,)

    def build(self, value, call, name):
        nodes = leetcode.list_nodes(value)
        call.nodes[name] = nodes
        pos = call.input[self.pos]
        if nodes and 0 <= pos < _len(nodes):
            nodes[-1].next = nodes[pos]
        return nodes[0] if nodes else None


class SharedTail(Kind):
    """`ListNode from listA, shared after skipA with listB after skipB`: intersection-of-two-linked-lists.

    The list of listA's values whose nodes after the first skipA are the very nodes of the
    list of listB's values after its first skipB (LeetCode's intersectVal, listA, listB,
    skipA, skipB). The two arguments declared so share those node objects.
    """

    plain = False
    answer = False
    own_field = False
    shape = "list"

    def __init__(self, annotation, values_field, skip, other_values, other_skip):
        super().__init__(annotation)
        self.mine = (values_field, skip)
        self.other = (other_values, other_skip)
        self.sources = (values_field, skip, other_values, other_skip)

    def build(self, value, call, name):
        key = _tuple(_sorted((self.mine, self.other)))
        if key not in call.shared:
            call.shared[key] = self._shared_tail(call)
        tail = call.shared[key]
        values_field, skip = self.mine
        nodes = leetcode.list_nodes(call.input[values_field][:call.input[skip]]) + tail
        if _len(nodes) > _len(tail) and tail:
            nodes[_len(nodes) - _len(tail) - 1].next = tail[0]
        call.nodes[name] = nodes
        return nodes[0] if nodes else None

    def _shared_tail(self, call):
        (mine, skip), (theirs, their_skip) = self.mine, self.other
        tail = call.input[mine][call.input[skip]:]
        if tail != call.input[theirs][call.input[their_skip]:]:
            raise ValueError(f"{mine} after {skip} and {theirs} after {their_skip} differ: they cannot share a tail")
        return leetcode.list_nodes(tail)


class FromField(Kind):
    """`T from field`: the argument is T built from another case field (clone-graph's node from adjList)."""

    own_field = False
    answer = False

    def __init__(self, annotation, inner, field):
        super().__init__(annotation)
        self.inner, self.field = inner, field
        self.plain, self.classes, self.references = inner.plain, inner.classes, inner.references
        self.shape, self.refers_to = inner.shape, inner.refers_to
        self.sources = (field,) + inner.sources

    def build(self, value, call, name):
        return self.inner.build(call.input[self.field], call, name)


def _shared_with_input(node, call, what):
    owner = call.input_ids().get(_id(node))
    if owner is None:
        return None
    return canonical.Opaque(f"{what} that shares nodes with the input {owner} (a deep copy has only new nodes)")


class Graph(Kind):
    """GraphNode (LeetCode's Node with .val and .neighbors): the case holds an adjacency list, node
    i + 1's neighbours at index i; the argument is the node of value 1 (None for no nodes).

    An answer is read back as an adjacency list by value, each node's neighbours sorted (an
    undirected graph's edges have no order). It must be a deep copy: one that shares any node
    with the input is wrong, and the reason says so.
    """

    plain = False
    classes = {"Node": leetcode.GraphNode}

    def build(self, value, call, name):
        nodes = leetcode.build_graph(value)
        call.nodes[name] = nodes
        return nodes[0] if nodes else None

    def read(self, answer, call):
        try:
            nodes = leetcode.graph_from(answer, LIMIT_NODES)
            fields = ".val and .neighbors"
            for node in nodes:
                shared = _shared_with_input(node, call, "a graph")
                if shared is not None:
                    return shared
            by_value = {}
            for node in nodes:
                value = leetcode.node_attribute(node, "val", "Node", fields)
                if _type(value) is _int and value in by_value:
                    shown = value if -10**9 < value < 10**9 else "v"
                    return canonical.Opaque(f"a graph with two nodes of value {shown} (one node copied twice?)")
                if _type(value) is not _int:
                    return canonical.Opaque(f"a graph with a node whose value is a {_type(value).__name__}")
                by_value[value] = node
            if _sorted(by_value) != _list(_range(1, _len(nodes) + 1)):
                return canonical.Opaque(f"a graph of {_len(nodes)} nodes whose values are not 1..{_len(nodes)}")
            # Each node's neighbours by value, sorted: an undirected graph's edges have no order.
            return [_sorted([leetcode.node_attribute(neighbour, "val", "Node", fields)
                             for neighbour in leetcode.node_attribute(by_value[value], "neighbors", "Node", fields)])
                    for value in _range(1, _len(nodes) + 1)]
        except leetcode.NotANode as error:
            return canonical.Opaque(str(error))


class RandomList(Kind):
    """RandomListNode (LeetCode's Node with .val, .next and .random): the case holds
    [[val, random_index or null], ...]; an answer is read back the same way and must be a
    deep copy (one sharing any node with the input is wrong, saying so)."""

    plain = False
    classes = {"Node": leetcode.RandomNode}

    def build(self, value, call, name):
        nodes = leetcode.build_random_list(value)
        call.nodes[name] = nodes
        call.shared[("random list", name)] = value
        return nodes[0] if nodes else None

    def read(self, answer, call):
        fields = ".val, .next and .random"
        changed = _changed_random_list(call)
        if changed is not None:
            return changed
        try:
            nodes = leetcode.list_along(answer, LIMIT_NODES, "Node", fields)
            for node in nodes:
                shared = _shared_with_input(node, call, "a list")
                if shared is not None:
                    return shared
            index = {_id(node): position for position, node in _enumerate(nodes)}
            pairs = []
            for position, node in _enumerate(nodes):
                random = leetcode.node_attribute(node, "random", "Node", fields)
                if random is not None and _id(random) not in index:
                    return (_shared_with_input(random, call, "a list")
                            or canonical.Opaque(f"a list whose node {position}'s .random is a node outside the list"))
                pairs.append([leetcode.node_attribute(node, "val", "Node", fields),
                              None if random is None else index[_id(random)]])
            return pairs
        except leetcode.NotANode as error:
            return canonical.Opaque(str(error))


def _changed_random_list(call):
    """The input lists must be left as they were built (LeetCode checks it too): the reason, or None."""
    for key, pairs in call.shared.items():
        if key[0] != "random list":
            continue
        nodes = call.nodes[key[1]]
        for index, node in _enumerate(nodes):
            following = nodes[index + 1] if index + 1 < _len(nodes) else None
            random = None if pairs[index][1] is None else nodes[pairs[index][1]]
            if node.__dict__.get("next") is not following or node.__dict__.get("random") is not random:
                pointer = "next" if node.__dict__.get("next") is not following else "random"
                return canonical.Opaque(f"a copy that changed the input list {key[1]}: node {index}'s .{pointer} "
                                     f"was modified")
    return None


def _merged_classes(kinds):
    classes = {}
    for kind in kinds:
        for name, cls in kind.classes.items():
            if classes.setdefault(name, cls) is not cls:
                raise UnknownType(f"two different {name} classes in one signature")
    return classes


# ---- parsing -------------------------------------------------------------------------------------------

SCALARS = {"int": Kind, "float": Kind, "str": Kind, "bool": Bool, "None": Void}
NODE_NAMES = {"TreeNode": Tree, "ListNode": LinkedList, "GraphNode": Graph, "RandomListNode": RandomList}
NODE_ANNOTATIONS = {"GraphNode": "'Node'", "RandomListNode": "'Node'"}
TENSOR_NAMES = ("Tensor", "torch.Tensor")
# Every word a type may use, for "did you mean".
VOCABULARY = (tuple(SCALARS) + tuple(NODE_NAMES) + ("List", "list", "Tuple", "tuple", "Optional", "Dict", "dict",
                                                    "ndarray", "np.ndarray") + TENSOR_NAMES + DTYPES)
PHRASE_WORDS = ("in", "value", "with", "cycle", "at", "from", "shared", "after")
PHRASES = (
    (re.compile(rf"^TreeNode in ({NAME})$"), lambda text, m: TreeNodeIn("TreeNode", m[1])),
    (re.compile(rf"^ListNode in ({NAME})$"), lambda text, m: ListNodeIn("Optional[ListNode]", m[1])),
    (re.compile(r"^TreeNode value$"), lambda text, m: TreeNodeValue("TreeNode")),
    (re.compile(rf"^((?:Optional\[)?ListNode\]?) with cycle at ({NAME})$"),
     lambda text, m: CycleList(_wellformed(m[1]), m[2])),
    (re.compile(rf"^ListNode from ({NAME}), shared after ({NAME}) with ({NAME}) after ({NAME})$"),
     lambda text, m: SharedTail("ListNode", m[1], m[2], m[3], m[4])),
    (re.compile(rf"^(.+) from ({NAME})$"), lambda text, m: _from_field(m[1], m[2])),
)
_PARSED = {}


def parse(text):
    """The Kind a type text declares; UnknownType (with a did-you-mean) when there is none."""
    kind = _PARSED.get(text)
    if kind is None:
        kind = _PARSED[text] = _parse(text.strip() if isinstance(text, str) else text)
    return kind


def _parse(text):
    if not isinstance(text, str):
        raise UnknownType(f"a type is text, found {_type(text).__name__}")
    if text == "":
        return Kind("")  # no type declared: the case's JSON as it is
    try:
        for pattern, make in PHRASES:
            match = pattern.match(text)
            if match:
                return make(text, match)
        return _expression(text)
    except _UnknownWord:
        raise UnknownType(f"unknown type '{text}'" + _suggestion(text)) from None


def _wellformed(text):
    if text not in ("ListNode", "Optional[ListNode]"):
        raise UnknownType(f"'{text}' is not ListNode or Optional[ListNode]")
    return text


def _from_field(inner_text, field):
    inner = _expression(inner_text)
    if not inner.argument or inner.plain:
        raise UnknownType(f"'{inner_text} from {field}': only a node type (TreeNode, ListNode, GraphNode, "
                          f"RandomListNode) is built from another field")
    return FromField(inner.annotation, inner, field)


def _expression(text):
    head, arguments = _split(text)
    if arguments is None:
        if head in SCALARS:
            return SCALARS[head](head)
        if head in NODE_NAMES:
            return NODE_NAMES[head](NODE_ANNOTATIONS.get(head, head))
        if head in ("list", "List", "tuple", "Tuple"):
            return Sequence(head, repeated=Kind())
        if head in ("dict", "Dict"):
            return Kind(head)
        if head in ("ndarray", "np.ndarray"):
            return Array("np.ndarray")
        if head in TENSOR_NAMES:
            return Tensor("torch.Tensor")
        raise _unknown(text)
    if head in ("List", "list"):
        item = _one(text, arguments)
        return Sequence(f"{head}[{item.annotation}]", repeated=item)
    if head in ("Tuple", "tuple"):
        if _len(arguments) == 2 and arguments[1] == "...":
            item = _expression(arguments[0])
            return Sequence(f"{head}[{item.annotation}, ...]", repeated=item)
        items = [_expression(argument) for argument in arguments]
        return Sequence(f"{head}[{', '.join(item.annotation for item in items)}]", items=items)
    if head == "Optional":
        inner = _one(text, arguments)
        if isinstance(inner, Optional_):
            return inner
        return Optional_(f"Optional[{inner.annotation}]" if inner.annotation else "", inner)
    if head in ("Dict", "dict"):
        if _len(arguments) != 2:
            raise UnknownType(f"'{text}': {head}[K, V] takes two types")
        keys, items = (_expression(argument) for argument in arguments)
        if not (keys.plain and items.plain):
            raise UnknownType(f"'{text}': a dict's keys and values are plain JSON types")
        return Kind(f"{head}[{keys.annotation}, {items.annotation}]")
    if head in ("ndarray", "np.ndarray") or head in TENSOR_NAMES:
        if _len(arguments) != 1 or arguments[0] not in DTYPES:
            import difflib

            close = difflib.get_close_matches(arguments[-1], DTYPES, n=1, cutoff=0.5)
            hint = f": did you mean '{head}[{close[0]}]'?" if close else ""
            raise UnknownType(f"'{text}': the dtype is one of {', '.join(DTYPES)}{hint}")
        if head in TENSOR_NAMES:
            return Tensor("torch.Tensor", arguments[0])
        return Array("np.ndarray", arguments[0])
    raise _unknown(text)


def _one(text, arguments):
    if _len(arguments) != 1:
        raise UnknownType(f"'{text}' takes one type in its brackets")
    return _expression(arguments[0])


_HEAD = re.compile(r"^\s*([A-Za-z_][\w.]*)\s*(.*?)\s*$")
_WORD = re.compile(r"[A-Za-z_][\w.]*")


def _split(text):
    """'Tuple[int, List[int]]' -> ('Tuple', ['int', 'List[int]']); 'int' -> ('int', None)."""
    match = _HEAD.match(text)
    if not match:
        raise _unknown(text)
    head, rest = match[1], match[2]
    if not rest:
        return head, None
    if not (rest.startswith("[") and rest.endswith("]")):
        raise _unknown(text)
    arguments, depth, current = [], 0, ""
    for character in rest[1:-1]:
        if character == "[":
            depth += 1
        elif character == "]":
            depth -= 1
            if depth < 0:
                raise UnknownType(f"'{text}': unbalanced brackets")
        if character == "," and depth == 0:
            arguments.append(current.strip())
            current = ""
        else:
            current += character
    arguments.append(current.strip())
    if depth != 0 or not all(arguments):
        raise UnknownType(f"'{text}': unbalanced brackets or an empty type")
    return head, arguments


def _unknown(text):
    return _UnknownWord(text)


def _suggestion(text):
    """': did you mean 'List[int]'?' for 'List[Int]': each unknown word replaced by the closest known one."""
    changed = False

    def closest(match):
        nonlocal changed
        word = match[0]
        before = text[:match.start()].split()
        if word in VOCABULARY or word in PHRASE_WORDS or (before and before[-1] in PHRASE_WORDS):
            return word  # a known word, or a field's name in a phrase
        import difflib  # the host's, when it refuses a spec

        lower = [known for known in VOCABULARY if known.lower() == word.lower()]
        close = lower or difflib.get_close_matches(word, VOCABULARY, n=1, cutoff=0.6)
        if not close:
            return word
        changed = True
        return close[0]

    suggested = _WORD.sub(closest, text)
    if changed:
        return f": did you mean '{suggested}'?"
    return (": the types are int, float, str, bool, None, List[T], Tuple[...], Optional[T], Dict[K, V], "
            "ndarray[dtype], Tensor[dtype], TreeNode, ListNode, GraphNode, RandomListNode and the phrases "
            "'TreeNode in P', 'ListNode in P', 'TreeNode value', 'ListNode with cycle at F', 'T from F' "
            "(problems/README.md)")


# ---- a function's signature ----------------------------------------------------------------------------

INPLACE = re.compile(rf"^({NAME})(\[:k\])?$")


def prepare(entry):
    """Parse every type of a call description (before the submission runs, so its own code cannot
    reach the parser) and return the node classes its submission finds predefined: LeetCode's `Node`."""
    if entry.get("kind") == "design":
        for text in entry.get("returns", {}).values():
            parse(text)
        return {}
    texts = [param.get("type", "") for param in entry.get("params", ())] + [entry.get("returns", "")]
    return _merged_classes([parse(text) for text in texts])


def build_arguments(entry, call):
    """The arguments the function receives, in order; `passed: false` fields are the case's only."""
    arguments = []
    for param in entry["params"]:
        if param.get("passed", True) is False:
            continue
        name = param["name"]
        kind = parse(param.get("type", ""))
        argument = kind.build(call.input[name] if kind.own_field else None, call, name)
        call.arguments[name] = argument
        arguments.append(argument)
    return arguments


def read_answer(entry, answer, call):
    """The answer as plain data: the return value read as its type, or the `inplace` argument after
    the call read as its own (`nums[:k]`: its first k elements, k the returned count)."""
    inplace = entry.get("inplace")
    if not inplace:
        return parse(entry.get("returns", "")).read(answer, call)
    name, prefix = INPLACE.match(inplace).groups()
    kind = parse(next(param.get("type", "") for param in entry["params"] if param["name"] == name))
    argument = call.arguments[name]
    if prefix:
        size = _len(argument)
        if _type(answer) is not _int:
            return canonical.Opaque(f"a {_type(answer).__name__} where k, the count of {name}'s elements kept, "
                                 f"was expected")
        if not 0 <= answer <= size:
            return canonical.Opaque(f"a k outside 0..{size}, the length of {name}")
        argument = argument[:answer]
    return kind.read(argument, call)
