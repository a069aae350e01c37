# Breadth-first search from 0 over the amounts reached so far: the first level that reaches `amount` is the answer.
class Solution:
    def coinChange(self, coins: List[int], amount: int) -> int:
        if amount == 0:
            return 0
        values = [coin for coin in set(coins) if coin <= amount]
        seen = [False] * (amount + 1)
        seen[0] = True
        frontier = [0]
        coins_used = 0
        while frontier:
            coins_used += 1
            following = []
            for reached in frontier:
                for coin in values:
                    total = reached + coin
                    if total == amount:
                        return coins_used
                    if total < amount and not seen[total]:
                        seen[total] = True
                        following.append(total)
            frontier = following
        return -1
