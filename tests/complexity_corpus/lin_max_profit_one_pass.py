# complexity: O(n)
# space: O(1)
# kind: pure-python
# pair: max-profit
SIZE = "len(prices)"


def input_of_size(n, rng):
    return {"prices": [rng.randint(1, 10**4) for _ in range(n)]}


def solve(prices):
    lowest, best = prices[0], 0
    for price in prices:
        if price < lowest:
            lowest = price
        elif price - lowest > best:
            best = price - lowest
    return best
