class Solution:
    def change(self, amount, coins):
        """ways[a]: combinations making a from the coin values seen so far (values in the outer loop)."""
        ways = [1] + [0] * amount
        for coin in coins:
            for total in range(coin, amount + 1):
                ways[total] += ways[total - coin]
        return ways[amount]
