class Solution:
    def maxProfit(self, prices):
        # Valley-to-peak walk whose peak search stops one day early.
        i, last, profit = 0, len(prices) - 1, 0
        while i < last:
            while i < last and prices[i] >= prices[i + 1]:
                i += 1
            valley = prices[i]
            while i < last - 1 and prices[i] <= prices[i + 1]:
                i += 1
            profit += prices[i] - valley
            i += 1
        return profit
