# complexity: O(n log n)
# space: O(n)
# kind: builtin-heavy
# pair: permutation-check
SIZE = "len(a)"


def input_of_size(n, rng):
    a = [rng.randint(-10**9, 10**9) for _ in range(n)]
    b = list(a)
    rng.shuffle(b)
    return {"a": a, "b": b}


def solve(a, b):
    return sorted(a) == sorted(b)
