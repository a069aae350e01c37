# Bug: walks the amounts downwards, the 0/1 knapsack order, so each coin value is used at most once.
class Solution:
    def change(self, amount, coins):
        ways = [1] + [0] * amount
        for coin in coins:
            for total in range(amount, coin - 1, -1):
                ways[total] += ways[total - coin]
        return ways[amount]
