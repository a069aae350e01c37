"""Static hints: each kind fires on the slow construct, with its line, and stays silent on look-alikes."""

from __future__ import annotations

import textwrap

import pytest

from judge.complexity.hints import hints_for


def hints(source: str, params: dict[str, str] | None = None) -> list[tuple[int, str]]:
    return [(hint.line, hint.kind) for hint in hints_for(textwrap.dedent(source), params)]


def kinds(source: str, params: dict[str, str] | None = None) -> set[str]:
    return {kind for _, kind in hints(source, params)}


# -- list membership in a loop ---------------------------------------------------------------------------------

def test_membership_in_a_growing_list_inside_a_loop_is_hinted_on_its_line():
    source = """
    def dedupe(nums):
        seen = []
        for x in nums:
            if x not in seen:
                seen.append(x)
        return seen
    """
    assert hints(source) == [(5, "list_membership")]


def test_membership_in_a_list_parameter_inside_a_loop_is_hinted():
    source = """
    def common(a: List[int], b: List[int]) -> int:
        return sum(1 for x in a if x in b)
    """
    assert kinds(source) == {"list_membership"}


@pytest.mark.parametrize("source", [
    """
    def dedupe(nums):
        seen = set()
        for x in nums:
            if x not in seen:
                seen.add(x)
    """,
    """
    def count_vowels(s):
        vowels = ['a', 'e', 'i', 'o', 'u']
        return sum(1 for c in s if c in vowels)
    """,
    """
    def any_present(nums, target):
        window = []
        return target in window
    """,
    """
    def neighbours(grid, r, c):
        for dr, dc in [(0, 1), (1, 0), (0, -1), (-1, 0)]:
            if (dr, dc) in ((0, 1),):
                yield r + dr, c + dc
    """,
], ids=["a set", "a fixed list of constants", "not in a loop", "a tuple literal"])
def test_membership_that_is_cheap_is_not_hinted(source):
    assert "list_membership" not in kinds(source)


# -- pop(0) and insert(0, x) in a loop -------------------------------------------------------------------------

def test_popping_the_front_of_a_list_in_a_loop_is_hinted():
    source = """
    def bfs(start, graph):
        queue = [start]
        seen = {start}
        while queue:
            node = queue.pop(0)
            for nxt in graph[node]:
                if nxt not in seen:
                    seen.add(nxt)
                    queue.append(nxt)
    """
    assert hints(source) == [(6, "pop_front")]


def test_inserting_at_the_front_in_a_loop_is_hinted():
    source = """
    def reverse(nums):
        out = []
        for x in nums:
            out.insert(0, x)
        return out
    """
    assert kinds(source) == {"pop_front"}


@pytest.mark.parametrize("source", [
    """
    from collections import deque
    def bfs(start):
        queue = deque([start])
        while queue:
            node = queue.popleft()
            queue.append(node)
    """,
    """
    def bfs(start):
        queue = deque([start])
        while queue:
            queue.pop(0) if False else queue.popleft()
    """,
    """
    def drain(stack):
        out = []
        while stack:
            out.append(stack.pop())
    """,
    """
    def first(counts):
        counts = {0: 1}
        for _ in range(3):
            counts.pop(0, None)
    """,
    """
    def once(nums):
        nums.pop(0)
        return nums
    """,
], ids=["a deque", "a deque's popleft", "pop from the end", "a dict's pop", "outside a loop"])
def test_cheap_pops_are_not_hinted(source):
    assert "pop_front" not in kinds(source)


# -- string concatenation in a loop ----------------------------------------------------------------------------

def test_appending_to_a_string_in_a_loop_is_hinted():
    source = """
    def join(words):
        text = ""
        for w in words:
            text += w
        return text
    """
    assert hints(source) == [(5, "string_concat")]


def test_prepending_to_a_string_in_a_loop_is_hinted():
    source = """
    def reverse(s):
        out = ""
        for c in s:
            out = c + out
        return out
    """
    assert kinds(source) == {"string_concat"}


@pytest.mark.parametrize("source", [
    """
    def total(nums):
        total = 0
        for x in nums:
            total += x
        return total
    """,
    """
    def join(words):
        parts = []
        for w in words:
            parts += [w]
        return "".join(parts)
    """,
    """
    def greet(name):
        text = "hello "
        text += name
        return text
    """,
], ids=["a number", "a list", "outside a loop"])
def test_concatenation_that_is_not_quadratic_is_not_hinted(source):
    assert "string_concat" not in kinds(source)


# -- sorting in a loop -----------------------------------------------------------------------------------------

def test_sorting_a_growing_list_on_every_pass_is_hinted():
    source = """
    def running_medians(nums):
        seen, medians = [], []
        for x in nums:
            seen.append(x)
            seen.sort()
            medians.append(seen[len(seen) // 2])
        return medians
    """
    assert hints(source) == [(6, "sort_in_loop")]


def test_sorting_the_input_inside_a_loop_is_hinted():
    source = """
    def k_smallest(nums: List[int], k: int):
        out = []
        for _ in range(k):
            out.append(sorted(nums)[len(out)])
        return out
    """
    assert kinds(source) == {"sort_in_loop"}


@pytest.mark.parametrize("source", [
    """
    def group_anagrams(strs):
        groups = {}
        for word in strs:
            key = "".join(sorted(word))
            groups.setdefault(key, []).append(word)
        return list(groups.values())
    """,
    """
    def windows(nums, k):
        for i in range(len(nums) - k + 1):
            window = nums[i:i + k]
            window.sort()
    """,
    """
    def once(nums):
        nums.sort()
        for x in nums:
            pass
    """,
    """
    def by_count(counts):
        for key in sorted(counts.items()):
            print(key)
    """,
], ids=["each word of a loop over words", "a window rebuilt on each pass", "sorted once before the loop",
        "sorted once as the loop's iterable"])
def test_sorting_that_is_not_repeated_on_the_same_data_is_not_hinted(source):
    assert "sort_in_loop" not in kinds(source)


# -- nested loops over the input -------------------------------------------------------------------------------

def test_nested_loops_over_the_same_input_are_hinted_on_the_inner_loop():
    source = """
    class Solution:
        def twoSum(self, nums: List[int], target: int) -> List[int]:
            for i in range(len(nums)):
                for j in range(i + 1, len(nums)):
                    if nums[i] + nums[j] == target:
                        return [i, j]
    """
    assert hints(source) == [(5, "nested_loops")]


def test_nested_loops_over_a_length_name_are_hinted_using_the_signature_types():
    source = """
    def count_pairs(prices):
        n = len(prices)
        for i in range(n):
            for j in range(i):
                pass
    """
    assert kinds(source, {"prices": "List[int]"}) == {"nested_loops"}


@pytest.mark.parametrize("source, params", [
    ("""
    def islands(grid: List[List[str]]) -> int:
        for r in range(len(grid)):
            for c in range(len(grid)):
                pass
    """, None),
    ("""
    def longest(s: str) -> int:
        seen, left = set(), 0
        for right in range(len(s)):
            while s[right] in seen:
                seen.remove(s[left])
                left += 1
            seen.add(s[right])
    """, None),
    ("""
    def count(nums, letters):
        for x in nums:
            for c in range(26):
                pass
    """, None),
    ("""
    def rows(matrix):
        for row in matrix:
            for value in matrix:
                pass
    """, {"matrix": "List[List[int]]"}),
], ids=["a grid", "a sliding window", "an inner loop of fixed length", "a matrix from the signature"])
def test_loops_that_are_linear_in_the_input_are_not_hinted(source, params):
    assert "nested_loops" not in kinds(source, params)


# -- recursion without memoisation -----------------------------------------------------------------------------

def test_recursion_on_overlapping_subproblems_without_memo_is_hinted():
    source = """
    def fib(n):
        if n < 2:
            return n
        return fib(n - 1) + fib(n - 2)
    """
    assert hints(source) == [(5, "recursion_no_memo")]


def test_a_recursive_search_over_choices_in_a_loop_is_hinted():
    source = """
    class Solution:
        def coinChange(self, coins, amount):
            def fewest(left):
                if left == 0:
                    return 0
                best = float("inf")
                for coin in coins:
                    if coin <= left:
                        best = min(best, fewest(left - coin) + 1)
                return best
            answer = fewest(amount)
            return -1 if answer == float("inf") else answer
    """
    assert kinds(source) == {"recursion_no_memo"}


@pytest.mark.parametrize("source", [
    """
    from functools import cache
    @cache
    def fib(n):
        return n if n < 2 else fib(n - 1) + fib(n - 2)
    """,
    """
    def fib(n, memo={}):
        if n in memo:
            return memo[n]
        memo[n] = n if n < 2 else fib(n - 1) + fib(n - 2)
        return memo[n]
    """,
    """
    def depth(node):
        if node is None:
            return 0
        return 1 + max(depth(node.left), depth(node.right))
    """,
    """
    def search(nums, target, lo, hi):
        if lo > hi:
            return -1
        mid = (lo + hi) // 2
        if nums[mid] < target:
            return search(nums, target, mid + 1, hi)
        else:
            return search(nums, target, lo, mid - 1)
    """,
    """
    def merge_sort(nums):
        if len(nums) <= 1:
            return nums
        mid = len(nums) // 2
        return merge(merge_sort(nums[:mid]), merge_sort(nums[mid:]))
    """,
    """
    def subsets(nums):
        out, path = [], []
        def walk(i):
            if i == len(nums):
                out.append(path[:])
                return
            walk(i + 1)
            path.append(nums[i])
            walk(i + 1)
            path.pop()
        walk(0)
        return out
    """,
    """
    def exist(board, word):
        used = set()
        def dfs(r, c, i):
            if i == len(word):
                return True
            used.add((r, c))
            found = dfs(r + 1, c, i + 1) or dfs(r, c + 1, i + 1)
            used.remove((r, c))
            return found
        return dfs(0, 0, 0)
    """,
    """
    def decode(s):
        def parse(i):
            out = ""
            while i < len(s) and s[i] != "]":
                if s[i] == "[":
                    inner, i = parse(i + 1)
                    out += inner
                i += 1
            return out, i
        return parse(0)[0]
    """,
], ids=["@cache", "a memo dict", "a tree recursion", "binary search", "merge sort on halves",
        "backtracking whose results are not combined", "backtracking over marked cells",
        "a parser that returns how far it read"])
def test_recursion_without_overlapping_subproblems_or_with_memo_is_not_hinted(source):
    assert "recursion_no_memo" not in kinds(source)


# -- copying slices in a loop ----------------------------------------------------------------------------------

def test_searching_a_slice_of_the_rest_on_every_pass_is_hinted():
    source = """
    def two_sum(nums, target):
        for i, x in enumerate(nums):
            if target - x in nums[i + 1:]:
                return i
    """
    assert hints(source) == [(4, "slice_in_loop")]


def test_shrinking_a_string_by_slicing_in_a_while_loop_is_hinted():
    source = """
    def strip_all(s: str, c: str) -> str:
        while s and s[0] == c:
            s = s[1:]
        return s
    """
    assert kinds(source) == {"slice_in_loop"}


@pytest.mark.parametrize("source", [
    """
    def pairs(s):
        for i in range(len(s) - 1):
            if s[i:i + 2] == "ab":
                return i
    """,
    """
    def subsets(nums):
        out, path = [], []
        for x in nums:
            path.append(x)
            out.append(path[:])
        return out
    """,
    """
    def suffixes(words):
        for word in words:
            print(word[1:])
    """,
    """
    def tail(nums):
        for x in nums:
            if x < 0:
                return nums[1:]
    """,
    """
    def inversions(nums):
        count = 0
        for i, x in enumerate(nums):
            for y in nums[i + 1:]:
                count += x > y
        return count
    """,
    """
    def top(values, k):
        while k > 0:
            equal = [v for v in values if v == k]
            print(equal[:k])
            k -= 1
    """,
], ids=["a fixed-width window", "a snapshot appended to the answer", "a slice of each element",
        "a slice returned once", "a slice walked by a for loop (nested_loops says it)",
        "a list rebuilt on each pass"])
def test_slices_that_do_not_repeat_a_large_copy_are_not_hinted(source):
    assert "slice_in_loop" not in kinds(source)


def test_a_hint_reads_as_the_report_prints_it():
    source = """
    def dedupe(nums):
        seen = []
        for x in nums:
            if x not in seen:
                seen.append(x)
    """
    (hint,) = hints_for(textwrap.dedent(source))
    assert str(hint).startswith("line 5: `x not in seen` inside a loop over nums -- membership in a list")


def test_source_that_does_not_parse_gets_no_hints():
    assert hints_for("def broken(:\n") == []
