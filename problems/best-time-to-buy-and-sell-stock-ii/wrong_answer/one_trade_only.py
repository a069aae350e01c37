class Solution:
    def maxProfit(self, prices):
        # Answers problem 121: at most one trade.
        cheapest, best = prices[0], 0
        for price in prices:
            cheapest = min(cheapest, price)
            best = max(best, price - cheapest)
        return best
