# Bug: greedy, takes as many of the largest coin as fit, then the next; right for real currencies only.
class Solution:
    def coinChange(self, coins, amount):
        count = 0
        for coin in sorted(coins, reverse=True):
            count += amount // coin
            amount %= coin
        return count if amount == 0 else -1
