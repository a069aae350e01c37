# complexity: O(n^3)
# space: O(n^2)
# kind: pure-python
SIZE = "n (an n x n matrix)"


def input_of_size(n, rng):
    return {"a": [[rng.randint(-9, 9) for _ in range(n)] for _ in range(n)]}


def solve(a):
    n = len(a)
    product = [[0] * n for _ in range(n)]
    for i in range(n):
        for j in range(n):
            total = 0
            for k in range(n):
                total += a[i][k] * a[k][j]
            product[i][j] = total
    return product[n // 2][n // 2]
