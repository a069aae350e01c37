class Solution:
    def coinChange(self, coins, amount):
        """fewest[a] = the fewest coins that make a, built up one coin value at a time."""
        impossible = amount + 1  # more coins than any real answer (every coin is at least 1)
        fewest = [0] + [impossible] * amount
        for coin in coins:
            for total in range(coin, amount + 1):  # empty when the coin exceeds the amount
                if fewest[total - coin] + 1 < fewest[total]:
                    fewest[total] = fewest[total - coin] + 1
        return fewest[amount] if fewest[amount] != impossible else -1
