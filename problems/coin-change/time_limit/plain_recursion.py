# Exponential: tries every coin at every step with no memo, so each remaining amount is solved again and again.
class Solution:
    def coinChange(self, coins, amount):
        def fewest(remaining):
            if remaining == 0:
                return 0
            best = -1
            for coin in coins:
                if coin <= remaining:
                    rest = fewest(remaining - coin)
                    if rest >= 0 and (best < 0 or rest + 1 < best):
                        best = rest + 1
            return best

        return fewest(amount)
