class Solution:
    def maxProfit(self, prices):
        # Two states after each day: the best cash holding a share, and the best cash holding none.
        holding, free = -prices[0], 0
        for price in prices[1:]:
            holding, free = max(holding, free - price), max(free, holding + price)
        return free
