# The two-dimensional table: ways[i][a] counts the combinations of a using only the first i coin values.
class Solution:
    def change(self, amount: int, coins: List[int]) -> int:
        ways = [[1] + [0] * amount]
        for coin in coins:
            previous, row = ways[-1], [0] * (amount + 1)
            for total in range(amount + 1):
                row[total] = previous[total] + (row[total - coin] if total >= coin else 0)
            ways.append(row)
        return ways[-1][amount]
