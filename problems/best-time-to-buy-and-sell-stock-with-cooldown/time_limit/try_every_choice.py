# Tries buying or waiting (and selling or holding) on every day with no memo: 2^n paths.
class Solution:
    def maxProfit(self, prices: List[int]) -> int:
        def best(day, holding):
            if day >= len(prices):
                return 0
            wait = best(day + 1, holding)
            if holding:
                return max(wait, prices[day] + best(day + 2, False))
            return max(wait, best(day + 1, True) - prices[day])

        return best(0, False)
