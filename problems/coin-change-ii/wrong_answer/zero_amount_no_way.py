# Bug: answers 0 for amount 0, missing the empty combination.
class Solution:
    def change(self, amount, coins):
        if amount == 0:
            return 0
        ways = [1] + [0] * amount
        for coin in coins:
            for total in range(coin, amount + 1):
                ways[total] += ways[total - coin]
        return ways[amount]
