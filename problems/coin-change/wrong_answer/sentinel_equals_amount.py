# Bug: marks "impossible" with amount instead of amount + 1, so an answer of exactly amount coins (all 1s) reads as -1.
class Solution:
    def coinChange(self, coins, amount):
        if amount == 0:
            return 0
        fewest = [0] + [amount] * amount
        for total in range(1, amount + 1):
            for coin in coins:
                if coin <= total:
                    fewest[total] = min(fewest[total], fewest[total - coin] + 1)
        return -1 if fewest[amount] == amount else fewest[amount]
