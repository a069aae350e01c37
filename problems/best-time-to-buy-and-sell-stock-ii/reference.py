class Solution:
    def maxProfit(self, prices):
        # Every rise can be owned by its own one-day trade, and no plan earns more than all the rises.
        profit = 0
        for yesterday, today in zip(prices, prices[1:]):
            if today > yesterday:
                profit += today - yesterday
        return profit
