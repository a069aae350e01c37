class Solution:
    def maxProfit(self, prices):
        # Every rise can be owned by its own one-day trade, and no plan earns more than all the rises.
        profit = 0
        for day in range(1, len(prices)):  # indices, not prices[1:]: a slice would copy the list
            rise = prices[day] - prices[day - 1]
            if rise > 0:
                profit += rise
        return profit
