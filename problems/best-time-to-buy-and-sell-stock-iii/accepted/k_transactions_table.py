# The general k-trade table with k = 2: profit[t][i] = best with t trades by day i, using the best
# "profit before minus price" seen so far as the buy side.
class Solution:
    def maxProfit(self, prices: List[int]) -> int:
        k = 2
        profit = [0] * len(prices)
        for _ in range(k):
            best_entry = -prices[0]
            following = [0] * len(prices)
            for i in range(1, len(prices)):
                following[i] = max(following[i - 1], prices[i] + best_entry)
                best_entry = max(best_entry, profit[i] - prices[i])
            profit = following
        return profit[-1]
