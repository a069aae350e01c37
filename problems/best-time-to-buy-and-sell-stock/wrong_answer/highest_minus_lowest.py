class Solution:
    def maxProfit(self, prices):
        # Forgets that the sale must come after the purchase.
        return max(prices) - min(prices)
