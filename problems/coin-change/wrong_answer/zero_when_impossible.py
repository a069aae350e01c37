# Bug: returns 0 instead of -1 when the amount cannot be made (0 is the answer only for amount 0).
class Solution:
    def coinChange(self, coins, amount):
        impossible = amount + 1
        fewest = [0] + [impossible] * amount
        for coin in coins:
            for total in range(coin, amount + 1):
                fewest[total] = min(fewest[total], fewest[total - coin] + 1)
        return fewest[amount] if fewest[amount] < impossible else 0
