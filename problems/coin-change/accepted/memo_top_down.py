# Top-down: the fewest coins for `remaining`, memoised with lru_cache (recursion as deep as amount / smallest coin).
from functools import lru_cache


class Solution:
    def coinChange(self, coins: List[int], amount: int) -> int:
        @lru_cache(maxsize=None)
        def fewest(remaining):
            if remaining == 0:
                return 0
            best = float("inf")
            for coin in coins:
                if coin <= remaining:
                    best = min(best, fewest(remaining - coin) + 1)
            return best

        answer = fewest(amount)
        return answer if answer != float("inf") else -1
