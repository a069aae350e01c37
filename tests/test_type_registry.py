"""Parameter and return types: one registry (judge_worker.kinds) parses them, builds every argument
from a case's JSON and reads every answer back, in the sandbox and for the host's reference.

These run the worker's own code on the host, without Docker: the sandbox runs the same modules.
"""

from __future__ import annotations

import pytest

from judge.problem import all_problems, load_problem
from judge.starter import starter_source
from judge_worker import canonical, child, kinds


LOADED: list = []  # every module stays alive: the worker remembers a module's function by its id


def run(source: str, params: list[dict], returns: str, case: dict, inplace: str | None = None):
    """The answer a submission gives to one case, read as the worker reads it (before canonicalising)."""
    entry = {"kind": "function", "name": "solve", "params": params, "returns": returns, "inplace": inplace}
    module = child.load_submission(source, "<submission>", f"submission_{len(LOADED)}", entry)
    LOADED.append(module)
    return child.call_function(module, entry, case)


def reason(answer) -> str:
    assert isinstance(answer, canonical.Opaque), answer
    return answer.reason


# ---- parsing ----------------------------------------------------------------------------------------------


def test_every_type_in_the_bank_is_known():
    for problem in all_problems():
        signature = problem.signature
        texts = [param.type for param in signature.params] + [signature.returns]
        texts += list(signature.method_returns.values())
        for text in texts:
            kinds.parse(text)


@pytest.mark.parametrize("text, meant", [
    ("Int", "int"), ("List[Int]", "List[int]"), ("Optional[Treenode]", "Optional[TreeNode]"),
    ("Lisst[int]", "List[int]"), ("ndarray[float]", "ndarray[float64]"), ("TreeNod in root", "TreeNode in root"),
    ("Optional[GraphNod] from adjList", "Optional[GraphNode] from adjList"),
])
def test_an_unknown_type_says_what_was_meant(text, meant):
    with pytest.raises(kinds.UnknownType, match=rf"did you mean '{meant.replace('[', '.').replace(']', '.')}'\?"):
        kinds.parse(text)


@pytest.mark.parametrize("text", ["List[int", "Dict[int]", "int from adjList", "Tuple[]", "Foo"])
def test_a_malformed_type_is_refused(text):
    with pytest.raises(kinds.UnknownType):
        kinds.parse(text)


@pytest.mark.parametrize("text, annotation", [
    ("List[int]", "List[int]"), ("Optional[TreeNode]", "Optional[TreeNode]"), ("ndarray[float64]", "np.ndarray"),
    ("Tuple[np.ndarray, float]", "Tuple[np.ndarray, float]"), ("TreeNode in root", "TreeNode"),
    ("TreeNode value", "TreeNode"), ("Optional[GraphNode] from adjList", "Optional['Node']"),
    ("Optional[RandomListNode]", "Optional['Node']"), ("Optional[ListNode] with cycle at pos", "Optional[ListNode]"),
    ("ListNode from listA, shared after skipA with listB after skipB", "ListNode"),
])
def test_a_starter_file_annotates_a_type_as_leetcode_does(text, annotation):
    assert kinds.parse(text).annotation == annotation


@pytest.mark.parametrize("problem_id, signature", [
    ("clone-graph", "def cloneGraph(self, node: Optional['Node']) -> Optional['Node']:"),
    ("linked-list-cycle-ii", "def detectCycle(self, head: Optional[ListNode]) -> Optional[ListNode]:"),
    ("intersection-of-two-linked-lists",
     "def getIntersectionNode(self, headA: ListNode, headB: ListNode) -> Optional[ListNode]:"),
    ("copy-list-with-random-pointer", "def copyRandomList(self, head: Optional['Node']) -> Optional['Node']:"),
    ("lowest-common-ancestor-of-a-binary-tree",
     "def lowestCommonAncestor(self, root: Optional[TreeNode], p: TreeNode, q: TreeNode) -> TreeNode:"),
])
def test_a_starter_file_shows_only_what_the_function_receives(problem_id, signature):
    assert signature in starter_source(load_problem(problem_id))


# ---- building and reading ---------------------------------------------------------------------------------


def test_lists_trees_and_arrays_are_built_and_read_back():
    identity = "def solve(x): return x"
    assert run(identity, [{"name": "x", "type": "Optional[ListNode]"}], "Optional[ListNode]", {"x": [1, 2]}) == [1, 2]
    assert run(identity, [{"name": "x", "type": "Optional[ListNode]"}], "Optional[ListNode]", {"x": []}) == []
    tree = [3, 9, 20, None, None, 15, 7]
    assert run(identity, [{"name": "x", "type": "Optional[TreeNode]"}], "Optional[TreeNode]", {"x": tree}) == tree
    lists = run(identity, [{"name": "x", "type": "List[Optional[ListNode]]"}], "List[Optional[ListNode]]",
                {"x": [[1], [], [2, 3]]})
    assert lists == [[1], [], [2, 3]]
    array = run("def solve(x): return x.dtype.name", [{"name": "x", "type": "ndarray[int64]"}], "str", {"x": [1]})
    assert array == "int64"


def test_a_lazy_iterator_is_read_as_a_list_only_where_a_list_is_declared():
    params = [{"name": "n", "type": "int"}]
    assert run("def solve(n): return map(str, range(n))", params, "List[str]", {"n": 2}) == ["0", "1"]
    assert not isinstance(run("def solve(n): return map(str, range(n))", params, "str", {"n": 2}), list)
    assert run("def solve(n): return n and None", params, "bool", {"n": 3}) is False


GRAPH = [{"name": "adjList", "type": "List[List[int]]", "passed": False},
         {"name": "node", "type": "Optional[GraphNode] from adjList"}]
SQUARE = {"adjList": [[2, 4], [1, 3], [2, 4], [1, 3]]}


def test_a_graph_is_built_from_its_adjacency_list_and_a_deep_copy_read_back():
    clone = """
class Solution:
    def solve(self, node):
        copies = {}
        def copy(n):
            if n not in copies:
                copies[n] = Node(n.val)
                copies[n].neighbors = [copy(m) for m in n.neighbors]
            return copies[n]
        return copy(node) if node else None
"""
    assert run(clone, GRAPH, "Optional[GraphNode]", SQUARE) == SQUARE["adjList"]
    assert run(clone, GRAPH, "Optional[GraphNode]", {"adjList": []}) == []
    assert run(clone, GRAPH, "Optional[GraphNode]", {"adjList": [[]]}) == [[]]


def test_a_graph_answer_that_shares_a_node_with_the_input_is_wrong_saying_so():
    assert "shares nodes with the input node" in reason(run("def solve(node): return node", GRAPH,
                                                            "Optional[GraphNode]", SQUARE))
    shallow = "def solve(node):\n    copy = Node(node.val, node.neighbors)\n    return copy"
    assert "a deep copy has only new nodes" in reason(run(shallow, GRAPH, "Optional[GraphNode]", SQUARE))


CYCLE = [{"name": "head", "type": "Optional[ListNode] with cycle at pos"}, {"name": "pos", "type": "int",
                                                                              "passed": False}]


def test_a_cycle_is_linked_at_pos_which_the_function_never_receives():
    floyd = """
def solve(head):
    seen = set()
    while head and head not in seen:
        seen.add(head)
        head = head.next
    return head
"""
    assert run(floyd, CYCLE, "ListNode in head", {"head": [3, 2, 0, -4], "pos": 1}) == 1
    assert run(floyd, CYCLE, "ListNode in head", {"head": [1, 2], "pos": -1}) is None
    with pytest.raises(TypeError):  # one argument only: pos is the judge's
        run("def solve(head, pos): return None", CYCLE, "ListNode in head", {"head": [1], "pos": 0})


def test_a_node_answer_must_be_the_input_node_not_a_copy_of_it():
    copy = "def solve(head): return ListNode(head.next.val)"
    assert "not a copy" in reason(run(copy, CYCLE, "ListNode in head", {"head": [3, 2, 0, -4], "pos": 1}))


def test_a_node_argument_is_the_node_of_its_list_holding_the_case_value():
    params = [{"name": "head", "type": "Optional[ListNode]"}, {"name": "node", "type": "ListNode in head"}]
    delete = "def solve(head, node):\n    node.val, node.next = node.next.val, node.next.next\n    return head"
    assert run(delete, params, "Optional[ListNode]", {"head": [4, 5, 1, 9], "node": 5}) == [4, 1, 9]


INTERSECTION = [{"name": name, "type": kind, "passed": False} for name, kind in (
    ("intersectVal", "int"), ("listA", "List[int]"), ("listB", "List[int]"), ("skipA", "int"), ("skipB", "int"))] + [
    {"name": "headA", "type": "ListNode from listA, shared after skipA with listB after skipB"},
    {"name": "headB", "type": "ListNode from listB, shared after skipB with listA after skipA"}]


def test_two_lists_share_their_tail_nodes_and_the_answer_is_read_as_its_place_in_the_first():
    case = {"intersectVal": 8, "listA": [4, 1, 8, 4, 5], "listB": [5, 6, 1, 8, 4, 5], "skipA": 2, "skipB": 3}
    meet = """
def solve(a, b):
    p, q = a, b
    while p is not q:
        p = p.next if p else b
        q = q.next if q else a
    return p
"""
    assert run(meet, INTERSECTION, "ListNode in headA", case) == 2
    by_value = "def solve(a, b): return a.next if a.next.val == 1 else None"  # the first equal value is no meeting
    assert "not a copy" not in str(run(by_value, INTERSECTION, "ListNode in headA", case))
    assert run(by_value, INTERSECTION, "ListNode in headA", case) == 1
    apart = {"intersectVal": 0, "listA": [2, 6, 4], "listB": [1, 5], "skipA": 3, "skipB": 2}
    assert run(meet, INTERSECTION, "ListNode in headA", apart) is None


RANDOM = [{"name": "head", "type": "Optional[RandomListNode]"}]
PAIRS = [[7, None], [13, 0], [11, 4], [10, 2], [1, 0]]


def test_a_list_with_random_pointers_is_read_back_by_index_and_must_be_a_deep_copy():
    deep = """
class Solution:
    def solve(self, head):
        copies = {None: None}
        node = head
        while node:
            copies[node] = Node(node.val)
            node = node.next
        for original, copy in copies.items():
            if original:
                copy.next, copy.random = copies[original.next], copies[original.random]
        return copies[head]
"""
    assert run(deep, RANDOM, "Optional[RandomListNode]", {"head": PAIRS}) == PAIRS
    assert "shares nodes with the input head" in reason(run("def solve(head): return head", RANDOM,
                                                            "Optional[RandomListNode]", {"head": PAIRS}))
    keeps_randoms = """
def solve(head):
    copies, node = [], head
    while node:
        copies.append(Node(node.val, None, node.random))
        node = node.next
    for a, b in zip(copies, copies[1:]):
        a.next = b
    return copies[0]
"""
    assert "shares nodes with the input" in reason(run(keeps_randoms, RANDOM, "Optional[RandomListNode]",
                                                       {"head": PAIRS}))


def test_a_random_list_copy_that_leaves_the_input_changed_is_wrong_saying_so():
    weaves = """
def solve(head):
    node = head
    while node:
        node.next = Node(node.val, node.next)
        node = node.next.next
    node = head
    while node:
        node.next.random = node.random.next if node.random else None
        node = node.next.next
    copy = head.next
    node = copy
    while node.next:
        node.next = node.next.next
        node = node.next
    return copy
"""
    assert "node 0's .next was modified" in reason(run(weaves, RANDOM, "Optional[RandomListNode]", {"head": PAIRS}))


def test_each_problem_predefines_its_own_node_class_as_leetcode_does():
    graph = child.load_submission("", "<s>", "graph_submission", {"kind": "function", "params": GRAPH,
                                                                  "returns": "Optional[GraphNode]"})
    assert graph.Node(1).neighbors == []
    random = child.load_submission("", "<s>", "random_submission", {"kind": "function", "params": RANDOM,
                                                                    "returns": "Optional[RandomListNode]"})
    assert random.Node(1).random is None and random.Node(1).next is None
    plain = child.load_submission("", "<s>", "plain_submission", {"kind": "function", "params": [],
                                                                  "returns": "int"})
    assert not hasattr(plain, "Node")


INPLACE = [{"name": "nums", "type": "List[int]"}]


def test_an_inplace_prefix_answer_is_the_first_k_elements_after_the_call():
    keep_two = """
def solve(nums):
    k = 0
    for x in nums:
        if k < 2 or x != nums[k - 2]:
            nums[k] = x
            k += 1
    return k
"""
    case = {"nums": [1, 1, 1, 2, 2, 3]}
    assert run(keep_two, INPLACE, "int", dict(case, nums=list(case["nums"])), "nums[:k]") == [1, 1, 2, 2, 3]
    assert "a k outside 0..6" in reason(run("def solve(nums): return 7", INPLACE, "int", case, "nums[:k]"))
    assert "a float where k" in reason(run("def solve(nums): return 2.0", INPLACE, "int", case, "nums[:k]"))
