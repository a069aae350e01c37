# complexity: O(n^2)
# space: O(1)
# kind: pure-python
# pair: max-profit
SIZE = "len(prices)"


def input_of_size(n, rng):
    return {"prices": [rng.randint(1, 10**4) for _ in range(n)]}


def solve(prices):
    best = 0
    for i in range(len(prices)):
        for j in range(i + 1, len(prices)):
            best = max(best, prices[j] - prices[i])
    return best
