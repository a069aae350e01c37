"""LeetCode's environment, so a solution pasted from LeetCode runs unchanged.

LeetCode predefines TreeNode and ListNode, imports typing's names and the usual
standard modules, and passes trees as level-order lists with None for gaps and
linked lists as plain lists. This module rebuilds those objects for the call and
flattens them again for the answer.
"""

from collections import deque


class ListNode:
    def __init__(self, val=0, next=None):
        self.val = val
        self.next = next

    def __repr__(self):
        return f"ListNode({self.val})"


class TreeNode:
    def __init__(self, val=0, left=None, right=None):
        self.val = val
        self.left = left
        self.right = right

    def __repr__(self):
        return f"TreeNode({self.val})"


PRELUDE = """
from typing import *
import collections, heapq, bisect, math, itertools, functools, string, re, random, operator, sys
from collections import *
from heapq import *
from bisect import *
from itertools import *
from functools import *
from math import inf
"""


def build_list(values):
    head = None
    for value in reversed(values or []):
        head = ListNode(value, head)
    return head


def flatten_list(head, limit):
    values = []
    seen = set()
    while head is not None:
        if id(head) in seen or len(values) >= limit:
            raise ValueError("the returned linked list has a cycle or is too long")
        seen.add(id(head))
        values.append(head.val)
        head = head.next
    return values


def build_tree(values):
    if not values or values[0] is None:
        return None
    root = TreeNode(values[0])
    queue = deque([root])
    items = iter(values[1:])
    for parent in iter(lambda: queue.popleft() if queue else None, None):
        for side in ("left", "right"):
            try:
                value = next(items)
            except StopIteration:
                return root
            if value is not None:
                node = TreeNode(value)
                setattr(parent, side, node)
                queue.append(node)
    return root


def flatten_tree(root, limit):
    """Level-order with None for gaps, trailing Nones dropped, as LeetCode prints trees."""
    if root is None:
        return []
    values, queue, seen = [], deque([root]), set()
    while queue:
        node = queue.popleft()
        if node is None:
            values.append(None)
            continue
        if id(node) in seen or len(seen) >= limit:
            raise ValueError("the returned tree has a cycle or is too large")
        seen.add(id(node))
        values.append(node.val)
        queue.append(node.left)
        queue.append(node.right)
    while values and values[-1] is None:
        values.pop()
    return values


def find_node(root, value):
    """The node holding `value`, for problems whose arguments are nodes of the input tree."""
    stack = [root]
    while stack:
        node = stack.pop()
        if node is None:
            continue
        if node.val == value:
            return node
        stack.extend((node.left, node.right))
    return None
