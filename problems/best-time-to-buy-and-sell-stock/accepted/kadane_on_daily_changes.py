class Solution:
    def maxProfit(self, prices):
        # A trade's profit is the sum of the daily changes it spans: the best run of changes (Kadane).
        best = run = 0
        for yesterday, today in zip(prices, prices[1:]):
            run = max(0, run + today - yesterday)
            best = max(best, run)
        return best
