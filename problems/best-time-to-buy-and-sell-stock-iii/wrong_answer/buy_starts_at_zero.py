# Bug: the buy states start at 0 instead of minus the first price, as if the first share were free.
class Solution:
    def maxProfit(self, prices):
        first_buy = second_buy = 0
        first_sell = second_sell = 0
        for price in prices:
            first_buy = max(first_buy, -price)
            first_sell = max(first_sell, first_buy + price)
            second_buy = max(second_buy, first_sell - price)
            second_sell = max(second_sell, second_buy + price)
        return second_sell
