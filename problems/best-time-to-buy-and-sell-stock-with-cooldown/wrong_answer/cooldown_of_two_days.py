# Waits two days after a sale instead of one (buys from the profit of three days ago).
class Solution:
    def maxProfit(self, prices: List[int]) -> int:
        n = len(prices)
        best = [0] * (n + 3)
        buy_credit = float("-inf")
        for i, price in enumerate(prices):
            buy_credit = max(buy_credit, best[i] - price)
            best[i + 3] = max(best[i + 2], buy_credit + price)
        return best[n + 2]
