# attack: deep recursion through C frames until the stack overflows
# expect: RE MLE
# local: RE MLE
import functools
import sys

sys.setrecursionlimit(10**9)


@functools.lru_cache(maxsize=None)
def down(n):
    return down(n + 1) + 1


def two_sum(nums, target):
    return [down(0), 0]
