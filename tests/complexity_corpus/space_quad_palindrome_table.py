# complexity: O(n^2)
# space: O(n^2)
# kind: pure-python
SIZE = "len(text)"


def input_of_size(n, rng):
    return {"text": "".join(rng.choice("ab") for _ in range(n))}


def solve(text):
    n = len(text)
    same = [[False] * n for _ in range(n)]
    best = 1 if n else 0
    for i in range(n - 1, -1, -1):
        for j in range(i, n):
            same[i][j] = text[i] == text[j] and (j - i < 2 or same[i + 1][j - 1])
            if same[i][j]:
                best = max(best, j - i + 1)
    return best
