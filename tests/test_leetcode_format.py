"""Solutions pasted from LeetCode run unchanged: Solution classes, TreeNode, ListNode, design problems."""

from __future__ import annotations

from judge.verdict import Verdict

LEVEL_ORDER = """
class Solution:
    def levelOrder(self, root: Optional[TreeNode]) -> List[List[int]]:
        levels, queue = [], deque([root] if root else [])
        while queue:
            levels.append([node.val for node in queue])
            for _ in range(len(queue)):
                node = queue.popleft()
                queue.extend(child for child in (node.left, node.right) if child)
        return levels
"""

ADD_TWO = """
class Solution:
    def addTwoNumbers(self, l1: Optional[ListNode], l2: Optional[ListNode]) -> Optional[ListNode]:
        dummy = tail = ListNode()
        carry = 0
        while l1 or l2 or carry:
            carry += (l1.val if l1 else 0) + (l2.val if l2 else 0)
            tail.next = ListNode(carry % 10)
            tail, carry = tail.next, carry // 10
            l1, l2 = l1 and l1.next, l2 and l2.next
        return dummy.next
"""

LRU = """
class LRUCache:
    def __init__(self, capacity: int):
        self.cap, self.d = capacity, OrderedDict()
    def get(self, key: int) -> int:
        if key not in self.d: return -1
        self.d.move_to_end(key); return self.d[key]
    def put(self, key: int, value: int) -> None:
        self.d[key] = value; self.d.move_to_end(key)
        if len(self.d) > self.cap: self.d.popitem(last=False)
"""


def test_tree_problems_receive_treenodes_built_from_level_order_lists(judge_source, local_sandbox):
    assert judge_source("binary-tree-level-order-traversal", LEVEL_ORDER, local_sandbox).verdict is Verdict.AC


def test_linked_list_problems_receive_and_return_listnodes(judge_source, local_sandbox):
    assert judge_source("add-two-numbers", ADD_TWO, local_sandbox).verdict is Verdict.AC


def test_design_problems_follow_the_operations_and_arguments_format(judge_source, local_sandbox):
    assert judge_source("lru-cache", LRU, local_sandbox).verdict is Verdict.AC


def test_a_design_answer_lists_null_for_the_constructor_and_void_methods(judge_source, local_sandbox):
    result = judge_source("lru-cache", LRU.replace("return -1", "return -2"), local_sandbox)
    assert result.verdict is Verdict.WA
    assert result.first_failure.expected == [None, None, None, 1, None, -1, None, -1, 3, 4]


def test_a_plain_snake_case_function_is_accepted_too(judge_source, local_sandbox):
    source = "def two_sum(nums, target):\n    seen = {}\n    for i, x in enumerate(nums):\n" \
             "        if target - x in seen:\n            return [seen[target - x], i]\n        seen[x] = i\n"
    assert judge_source("two-sum", source, local_sandbox).verdict is Verdict.AC


def test_ml_problems_accept_numpy_arrays_and_compare_within_tolerance(judge_source, docker_sandbox):
    source = """
import numpy as np
def softmax(logits):
    z = logits - logits.max(axis=1, keepdims=True)
    e = np.exp(z)
    return (e / e.sum(axis=1, keepdims=True)).astype(np.float32).astype(np.float64) * (1 + 1e-9)
"""
    assert judge_source("softmax", source, docker_sandbox).verdict is Verdict.AC


def test_ml_answers_of_the_wrong_shape_are_rejected_with_a_shape_message(judge_source, docker_sandbox):
    source = "import numpy as np\ndef softmax(logits):\n    return np.ones(logits.shape[::-1]) / logits.shape[1]\n"
    result = judge_source("softmax", source, docker_sandbox)
    assert result.verdict is Verdict.WA and "shape" in result.first_failure.reason


def test_a_returned_list_of_lists_is_as_good_as_an_array(judge_source, docker_sandbox):
    source = """
import math
def softmax(logits):
    out = []
    for row in logits.tolist():
        m = max(row); e = [math.exp(x - m) for x in row]; s = sum(e)
        out.append([x / s for x in e])
    return out
"""
    assert judge_source("softmax", source, docker_sandbox).verdict is Verdict.AC
