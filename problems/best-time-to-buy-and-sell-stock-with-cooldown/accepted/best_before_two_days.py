class Solution:
    def maxProfit(self, prices: List[int]) -> int:
        """best[i]: profit by day i; a sale on day i of a share bought on day j adds to best[j - 2]."""
        n = len(prices)
        best = [0] * (n + 2)  # best[i + 2] is the best profit by the end of day i
        buy_credit = float("-inf")  # max over j <= i of best[j - 2] - prices[j]
        for i, price in enumerate(prices):
            buy_credit = max(buy_credit, best[i] - price)
            best[i + 2] = max(best[i + 1], buy_credit + price)
        return best[n + 1]
