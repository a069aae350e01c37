# Split the days: the best single trade up to each day (from the left) plus the best from each day on
# (from the right); the best sum is the answer.
class Solution:
    def maxProfit(self, prices: List[int]) -> int:
        n = len(prices)
        before = [0] * n
        lowest = prices[0]
        for i in range(1, n):
            lowest = min(lowest, prices[i])
            before[i] = max(before[i - 1], prices[i] - lowest)
        best = before[-1]
        highest = prices[-1]
        after = 0
        for i in range(n - 2, -1, -1):
            highest = max(highest, prices[i])
            after = max(after, highest - prices[i])
            best = max(best, before[i] + after)
        return best
