# Bug: the table's "impossible" marker is float('inf'), and it is returned as is instead of -1.
class Solution:
    def coinChange(self, coins, amount):
        fewest = [0] + [float("inf")] * amount
        for total in range(1, amount + 1):
            for coin in coins:
                if coin <= total:
                    fewest[total] = min(fewest[total], fewest[total - coin] + 1)
        return fewest[amount]
