# complexity: O(2^n)
# space: O(n)
# kind: pure-python
# brute: recursion without memo
SIZE = "amount"


def input_of_size(n, rng):
    return {"coins": [2, 3], "amount": n}


def solve(coins, amount):
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
