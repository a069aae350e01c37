# complexity: O(n^2)
# space: O(1)
# kind: pure-python
# problem: best-time-to-buy-and-sell-stock-iii
# brute: a fresh scan for every split
class Solution:
    def maxProfit(self, prices):
        def best_single(low, high):
            best, lowest = 0, prices[low] if low < high else 0
            for i in range(low, high):
                lowest = min(lowest, prices[i])
                best = max(best, prices[i] - lowest)
            return best

        n = len(prices)
        return max(best_single(0, split) + best_single(split, n) for split in range(n + 1))
