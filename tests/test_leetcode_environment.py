"""LeetCode's Python 3 environment: its predefined names, its node classes read by shape, its answers as it reads them.

The rules are pinned first without Docker (the worker's modules run on the host too);
then real submissions go through the real sandbox.
"""

from __future__ import annotations

import types

import pytest
from click.testing import CliRunner

from judge.cli import main
from judge.compare import compare
from judge.problem import Comparison, load_problem
from judge.verdict import Verdict
from judge_worker import canonical, environment, leetcode

FAST = {"properties": False}


def prelude_globals() -> dict:
    namespace: dict = {}
    exec(leetcode.PRELUDE, namespace)
    return namespace


# ---- the rules, without Docker ----------------------------------------------------------------------------


def test_a_module_imported_by_the_prelude_is_never_shadowed_by_a_function_of_the_same_name():
    namespace = prelude_globals()
    for name in leetcode.MODULES:
        assert isinstance(namespace[name], types.ModuleType), name
    assert namespace["bisect"].bisect_left([1, 2, 3], 2) == 1
    assert namespace["copy"].deepcopy([[1]]) == [[1]] and namespace["deepcopy"] is namespace["copy"].deepcopy
    assert namespace["random"].Random is namespace["Random"]


def test_the_prelude_predefines_leetcodes_names():
    namespace = prelude_globals()
    for name in ("sqrt", "gcd", "comb", "isqrt", "ceil", "floor", "log2", "inf", "ascii_lowercase", "Counter",
                 "defaultdict", "deque", "lru_cache", "cache", "reduce", "accumulate", "heappush", "bisect_left",
                 "List", "Optional", "deepcopy", "mean", "dumps", "StringIO", "setrecursionlimit"):
        assert name in namespace, name
    assert namespace["inf"] == float("inf") and namespace["pow"] is pow and namespace["time"].__module__ == "datetime"


def test_a_node_is_read_by_its_attributes_whatever_its_class():
    class Node:
        def __init__(self, val, next=None):
            self.val, self.next = val, next

    assert leetcode.flatten_list(Node(1, Node(2)), 10) == [1, 2]
    with pytest.raises(leetcode.NotANode, match=r"\.next"):
        leetcode.flatten_list(types.SimpleNamespace(val=1), 10)


def test_reading_a_hostile_node_is_bounded_and_its_errors_are_its_own():
    class Loop:
        val = 1

        @property
        def next(self):
            return self

    class Endless:
        val = 1

        @property
        def next(self):
            return Endless()

    class Raises:
        @property
        def val(self):
            raise KeyError("mine")

    with pytest.raises(ValueError, match="cycle"):
        leetcode.flatten_list(Loop(), 10)
    with pytest.raises(ValueError, match="too long"):
        leetcode.flatten_list(Endless(), 1000)
    with pytest.raises(KeyError, match="mine"):
        leetcode.flatten_tree(Raises(), 10)


def test_sets_and_dict_views_are_read_as_lists_and_a_set_subclass_cannot_lie():
    class Liar(set):
        def __iter__(self):
            return iter([42])

    assert canonical.canonicalise({"a": [1], "b": [2]}.values()) == [[1], [2]]
    assert sorted(canonical.canonicalise({3, 1, 2})) == [1, 2, 3]
    assert canonical.canonicalise(Liar({7})) == [7]
    assert canonical.canonicalise((x for x in [1])) == {"$opaque": "generator"}


def test_design_methods_declared_return_types_are_known():
    assert load_problem("min-stack").signature.void_methods == ("push", "pop")
    assert load_problem("implement-trie-prefix-tree").signature.method_returns == {
        "insert": "None", "search": "bool", "startsWith": "bool"}


def test_an_unreadable_answer_is_explained_in_the_hint():
    node = {"$opaque": "a Node without .next where a ListNode was expected (any object with .val and .next will do)"}
    assert compare([1, 2], node, Comparison()).hint.startswith("returned a Node without .next")
    assert "only where the problem returns a list" in compare(3, {"$opaque": "generator"}, Comparison()).hint


def test_a_missing_module_is_answered_with_what_the_sandbox_has():
    message = environment.missing_module("scipy.special")
    assert "no scipy" in message and "Python 3." in message and "standard library" in message


def test_judge_show_says_what_is_predefined_and_what_the_sandbox_has():
    shown = " ".join(CliRunner().invoke(main, ["show", "two-sum", "--color", "never"]).output.split())
    for text in ("Python 3.11, numpy 1.24 and sortedcontainers 2.4, nothing else", "LeetCode's Python 3.11",
                 "bisect.bisect_left works", "SortedList", "problems/README.md"):
        assert text in shown


# ---- real submissions -------------------------------------------------------------------------------------

BISECT_WITHOUT_IMPORT = """
class Solution:
    def searchRange(self, nums: List[int], target: int) -> List[int]:
        left = bisect.bisect_left(nums, target)
        if left == len(nums) or nums[left] != target:
            return [-1, -1]
        return [left, bisect.bisect_right(nums, target) - 1]
"""

MIN_STACK_POP_RETURNS = """
class MinStack:
    def __init__(self):
        self.items = []
    def push(self, val: int) -> None:
        self.items.append((val, min(val, self.items[-1][1]) if self.items else val))
        return len(self.items)
    def pop(self) -> None:
        return self.items.pop()[0]
    def top(self) -> int:
        return self.items[-1][0]
    def getMin(self) -> int:
        return self.items[-1][1]
"""

TRIE_SEARCH_RETURNS_NONE_OR_ONE = """
class Trie:
    def __init__(self):
        self.root = {}
    def insert(self, word: str) -> None:
        node = self.root
        for letter in word:
            node = node.setdefault(letter, {})
        node["end"] = 1
    def walk(self, text):
        node = self.root
        for letter in text:
            if letter not in node:
                return None
            node = node[letter]
        return node
    def search(self, word: str) -> bool:
        node = self.walk(word)
        return node and node.get("end")
    def startsWith(self, prefix: str) -> bool:
        return 1 if self.walk(prefix) is not None else 0
"""

OWN_LIST_NODE = """
class ListNode:
    def __init__(self, x):
        self.val = x
        self.next = None

class Solution:
    def addTwoNumbers(self, l1, l2):
        dummy = tail = ListNode(0)
        carry = 0
        while l1 or l2 or carry:
            carry += (l1.val if l1 else 0) + (l2.val if l2 else 0)
            tail.next = ListNode(carry % 10)
            tail, carry = tail.next, carry // 10
            l1, l2 = l1 and l1.next, l2 and l2.next
        return dummy.next
"""

OWN_TREE_NODE = """
from dataclasses import dataclass

@dataclass
class Node:
    val: int
    left: "Node" = None
    right: "Node" = None

class Solution:
    def buildTree(self, preorder, inorder):
        where = {value: index for index, value in enumerate(inorder)}
        values = iter(preorder)
        def build(lo, hi):
            if lo > hi:
                return None
            value = next(values)
            node = Node(value)
            node.left = build(lo, where[value] - 1)
            node.right = build(where[value] + 1, hi)
            return node
        return build(0, len(inorder) - 1)
"""

NODE_WITHOUT_NEXT = """
class Digit:
    def __init__(self, val, following=None):
        self.val, self.following = val, following

class Solution:
    def addTwoNumbers(self, l1, l2):
        return Digit(0)
"""

NODE_WHOSE_VAL_RAISES = """
class Trap:
    next = None
    @property
    def val(self):
        raise RuntimeError("val is a trap")

class Solution:
    def addTwoNumbers(self, l1, l2):
        return Trap()
"""

NODE_WHOSE_NEXT_LOOPS = """
class Loop:
    val = 1
    @property
    def next(self):
        return self

class Solution:
    def addTwoNumbers(self, l1, l2):
        return Loop()
"""

GROUPS_AS_DICT_VALUES = """
class Solution:
    def groupAnagrams(self, strs):
        groups = defaultdict(list)
        for word in strs:
            groups["".join(sorted(word))].append(word)
        return groups.values()
"""

GROUPS_AS_A_GENERATOR_OF_TUPLES = GROUPS_AS_DICT_VALUES.replace(
    "return groups.values()", "return (tuple(group) for group in groups.values())")

TOP_K_AS_A_SET = """
class Solution:
    def topKFrequent(self, nums, k):
        return {value for value, _ in Counter(nums).most_common(k)}
"""

SORTED_LIST_WITHOUT_IMPORT = """
class Solution:
    def findKthLargest(self, nums: List[int], k: int) -> int:
        ordered = SortedList(nums)
        return ordered[-k]
"""

MERGE_IN_A_SORTED_LIST = """
class Solution:
    def merge(self, intervals: List[List[int]]) -> List[List[int]]:
        merged = SortedList()
        for left, right in sorted(intervals):
            if merged and merged[-1][1] >= left:
                start, end = merged.pop()
                merged.add([start, max(end, right)])
            else:
                merged.add([left, right])
        return merged
"""

SCIPY = """
from scipy.special import softmax as scipy_softmax

def softmax(logits):
    return scipy_softmax(logits, axis=1)
"""


def test_bisect_module_functions_work_without_an_import(judge_source, sandbox):
    problem = "find-first-and-last-position-of-element-in-sorted-array"
    assert judge_source(problem, BISECT_WITHOUT_IMPORT, sandbox, **FAST).verdict is Verdict.AC


def test_a_design_method_declared_none_is_recorded_as_null_whatever_it_returns(judge_source, sandbox):
    assert judge_source("min-stack", MIN_STACK_POP_RETURNS, sandbox, **FAST).verdict is Verdict.AC


def test_a_method_declared_bool_answers_the_truth_of_what_it_returns(judge_source, local_sandbox):
    source = TRIE_SEARCH_RETURNS_NONE_OR_ONE
    assert judge_source("implement-trie-prefix-tree", source, local_sandbox, **FAST).verdict is Verdict.AC


@pytest.mark.parametrize("problem, source", [("add-two-numbers", OWN_LIST_NODE),
                                             ("construct-binary-tree-from-preorder-and-inorder-traversal",
                                              OWN_TREE_NODE)], ids=["ListNode", "TreeNode"])
def test_a_solution_may_bring_its_own_node_class(judge_source, sandbox, problem, source):
    assert judge_source(problem, source, sandbox, **FAST).verdict is Verdict.AC


def test_a_node_without_the_attributes_is_wrong_and_says_which_one_is_missing(judge_source, local_sandbox):
    result = judge_source("add-two-numbers", NODE_WITHOUT_NEXT, local_sandbox, **FAST)
    assert result.verdict is Verdict.WA
    assert "Digit without .next" in result.first_failure.hint


@pytest.mark.parametrize("source, reason", [(NODE_WHOSE_VAL_RAISES, "val is a trap"),
                                            (NODE_WHOSE_NEXT_LOOPS, "cycle")], ids=["val raises", "next loops"])
def test_a_hostile_node_is_a_runtime_error_with_its_reason(judge_source, local_sandbox, source, reason):
    result = judge_source("add-two-numbers", source, local_sandbox, **FAST)
    assert result.verdict is Verdict.RE and reason in result.first_failure.reason


@pytest.mark.parametrize("source", [GROUPS_AS_DICT_VALUES, GROUPS_AS_A_GENERATOR_OF_TUPLES],
                         ids=["dict values", "generator of tuples"])
def test_dict_values_generators_and_tuples_are_read_where_a_list_is_returned(judge_source, local_sandbox, source):
    assert judge_source("group-anagrams", source, local_sandbox, **FAST).verdict is Verdict.AC


def test_a_set_is_read_as_a_list_in_its_own_order(judge_source, local_sandbox):
    assert judge_source("top-k-frequent-elements", TOP_K_AS_A_SET, local_sandbox, **FAST).verdict is Verdict.AC


@pytest.mark.docker
def test_sorted_list_works_without_an_import_in_the_sandbox(judge_source, docker_sandbox):
    result = judge_source("kth-largest-element-in-an-array", SORTED_LIST_WITHOUT_IMPORT, docker_sandbox, **FAST)
    assert result.verdict is Verdict.AC


@pytest.mark.docker
def test_a_sorted_list_is_read_where_a_list_is_returned(judge_source, docker_sandbox):
    assert judge_source("merge-intervals", MERGE_IN_A_SORTED_LIST, docker_sandbox, **FAST).verdict is Verdict.AC


@pytest.mark.docker
def test_importing_a_package_the_sandbox_lacks_says_what_it_has(judge_source, docker_sandbox):
    result = judge_source("softmax", SCIPY, docker_sandbox, **FAST)
    assert result.verdict is Verdict.RE
    reason = result.first_failure.reason
    assert "No module named 'scipy'" in reason and "the sandbox has no scipy" in reason
    assert "numpy 1.24" in reason and "sortedcontainers 2.4" in reason and "Python 3.11" in reason


MISNAMED_METHOD = """
class Solution:
    def search(self, nums, target):
        return nums.index(target) if target in nums else -1

class Solution:  # a second attempt, pasted below the first: the last definition wins, as in Python
    def find(self, nums, target):
        return nums.index(target) if target in nums else -1
"""


def test_a_missing_method_is_named_not_replaced_by_a_predefined_function(judge_source, local_sandbox):
    # `search` is predefined (re.search): a Solution without the method must not fall back to it.
    result = judge_source("search-in-rotated-sorted-array", MISNAMED_METHOD, local_sandbox, **FAST)
    assert result.verdict is Verdict.CE
    assert "class Solution has no method search()" in result.error.message
