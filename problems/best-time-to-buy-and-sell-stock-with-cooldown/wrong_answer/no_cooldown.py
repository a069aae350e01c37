# Takes every rise as in the unlimited-trades problem, forgetting the day of rest after each sale.
class Solution:
    def maxProfit(self, prices: List[int]) -> int:
        return sum(max(0, b - a) for a, b in zip(prices, prices[1:]))
