# Bug: the amounts in the outer loop count every order of the coins (1+2 and 2+1 twice).
class Solution:
    def change(self, amount, coins):
        ways = [1] + [0] * amount
        for total in range(1, amount + 1):
            for coin in coins:
                if coin <= total:
                    ways[total] += ways[total - coin]
        return ways[amount]
