class Solution:
    def maxProfit(self, prices):
        """Three states per day: holding a share, sold today, free (not holding, allowed to buy)."""
        hold, sold, free = float("-inf"), 0, 0
        for price in prices:
            hold, sold, free = max(hold, free - price), hold + price, max(free, sold)
        return max(sold, free)
