class Solution:
    def maxProfit(self, prices):
        # Only compares neighbouring days: misses a trade held over several days.
        best = 0
        for i in range(1, len(prices)):
            best = max(best, prices[i] - prices[i - 1])
        return best
