# complexity: O(n^3)
# space: O(n)
# kind: builtin-heavy
SIZE = "len(s)"


def input_of_size(n, rng):
    return {"s": "".join(rng.choice("ab") for _ in range(n))}


def solve(s):
    best = ""
    for i in range(len(s)):
        for j in range(i + len(best) + 1, len(s) + 1):
            piece = s[i:j]
            if piece == piece[::-1]:
                best = piece
    return len(best)
