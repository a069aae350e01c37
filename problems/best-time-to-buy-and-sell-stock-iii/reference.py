class Solution:
    def maxProfit(self, prices):
        """Four running bests: cash after the first buy, the first sell, the second buy, the second sell."""
        first_buy = second_buy = -prices[0]
        first_sell = second_sell = 0
        for price in prices:  # the first day again changes nothing: buying and selling on it earns 0
            first_buy = max(first_buy, -price)
            first_sell = max(first_sell, first_buy + price)
            second_buy = max(second_buy, first_sell - price)
            second_sell = max(second_sell, second_buy + price)
        return second_sell
