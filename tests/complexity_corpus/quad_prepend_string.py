# complexity: O(n^2)
# space: O(n)
# kind: builtin-heavy
SIZE = "len(s)"


def input_of_size(n, rng):
    return {"s": "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(n))}


def solve(s):
    reversed_text = ""
    for c in s:
        reversed_text = c + reversed_text
    return reversed_text[:10]
