# Exponential: use coin i again or move on to the next one, with no memo: one call per combination and more.
import sys


class Solution:
    def change(self, amount, coins):
        sys.setrecursionlimit(20000)

        def ways(i, remaining):
            if remaining == 0:
                return 1
            if i == len(coins) or remaining < 0:
                return 0
            return ways(i, remaining - coins[i]) + ways(i + 1, remaining)

        return ways(0, amount)
