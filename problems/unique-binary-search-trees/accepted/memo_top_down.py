# Top-down over the number of values, memoised: each size is solved once.
from functools import lru_cache


class Solution:
    def numTrees(self, n: int) -> int:
        @lru_cache(maxsize=None)
        def trees(size):
            if size <= 1:
                return 1
            return sum(trees(root - 1) * trees(size - root) for root in range(1, size + 1))

        return trees(n)
