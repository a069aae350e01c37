# Bug: adds up the two largest rising runs, so a trade that rides through a small dip is never considered.
class Solution:
    def maxProfit(self, prices):
        runs, start = [], 0
        for i in range(1, len(prices) + 1):
            if i == len(prices) or prices[i] < prices[i - 1]:
                runs.append(prices[i - 1] - prices[start])
                start = i
        runs.sort(reverse=True)
        return sum(runs[:2])
