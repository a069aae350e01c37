class Solution:
    def maxProfit(self, prices):
        # Adds every rise, as if any number of trades were allowed (that is problem 122).
        return sum(max(0, b - a) for a, b in zip(prices, prices[1:]))
