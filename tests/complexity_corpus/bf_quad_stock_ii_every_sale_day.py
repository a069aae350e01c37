# complexity: O(n^2)
# space: O(n)
# kind: pure-python
# problem: best-time-to-buy-and-sell-stock-ii
# brute: nested loops
class Solution:
    def maxProfit(self, prices):
        # best[i]: the most from day i on; try every purchase day i with every sale day j.
        n = len(prices)
        best = [0] * (n + 2)
        for i in range(n - 1, -1, -1):
            best[i] = best[i + 1]
            for j in range(i + 1, n):
                best[i] = max(best[i], prices[j] - prices[i] + best[j + 1])
        return best[0]
