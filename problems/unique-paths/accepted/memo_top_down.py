# Top-down: paths from (i, j) to the corner, memoised (m * n states, recursion m + n deep).
from functools import lru_cache


class Solution:
    def uniquePaths(self, m: int, n: int) -> int:
        @lru_cache(maxsize=None)
        def count(i, j):
            if i == m - 1 or j == n - 1:
                return 1
            return count(i + 1, j) + count(i, j + 1)

        return count(0, 0)
