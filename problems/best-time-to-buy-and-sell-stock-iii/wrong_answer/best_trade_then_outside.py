# Bug: fixes the best single trade first, then adds the best trade before or after it; splitting the
# best trade around a dip is never tried.
class Solution:
    def maxProfit(self, prices):
        def best_single(low, high):
            best, lowest = (0, low, low), low
            for i in range(low, high):
                if prices[i] < prices[lowest]:
                    lowest = i
                if prices[i] - prices[lowest] > best[0]:
                    best = (prices[i] - prices[lowest], lowest, i)
            return best

        profit, buy, sell = best_single(0, len(prices))
        if profit == 0:
            return 0
        return profit + max(best_single(0, buy)[0], best_single(sell + 1, len(prices))[0])
