# The buy reads the state updated this very day, so selling and buying back on consecutive days is allowed.
class Solution:
    def maxProfit(self, prices: List[int]) -> int:
        hold, free = float("-inf"), 0
        for price in prices:
            free = max(free, hold + price)
            hold = max(hold, free - price)
        return free
