# complexity: O(n^2)
# space: O(n)
# kind: builtin-heavy
# brute: list removal in a loop
SIZE = "len(s)"


def input_of_size(n, rng):
    word = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(n))
    return {"s": word, "t": word[::-1]}  # each letter of s is found late in what is left of t


def solve(s, t):
    rest = list(t)
    for c in s:
        if c not in rest:
            return False
        rest.remove(c)
    return not rest
