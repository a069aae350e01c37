# complexity: O(n^3)
# space: O(n^2)
# kind: pure-python
SIZE = "n (vertices)"


def input_of_size(n, rng):
    return {"weights": [[0 if i == j else rng.randint(1, 100) for j in range(n)] for i in range(n)]}


def solve(weights):
    n = len(weights)
    dist = [row[:] for row in weights]
    for k in range(n):
        through = dist[k]
        for i in range(n):
            via = dist[i][k]
            row = dist[i]
            for j in range(n):
                if via + through[j] < row[j]:
                    row[j] = via + through[j]
    return sum(map(sum, dist))
