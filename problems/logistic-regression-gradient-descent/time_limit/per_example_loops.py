# Pure Python: loops over every example and every feature in every epoch, O(epochs * n * d) interpreted steps.
import math


def train_logistic_regression(X, y, lr, epochs):
    rows, labels = X.tolist(), y.tolist()
    n, d = len(rows), len(rows[0])
    w, b = [0.0] * d, 0.0
    for _ in range(epochs):
        grad_w, grad_b = [0.0] * d, 0.0
        for row, label in zip(rows, labels):
            z = b
            for j in range(d):
                z += w[j] * row[j]
            p = 1 / (1 + math.exp(-z)) if z >= 0 else math.exp(z) / (1 + math.exp(z))
            for j in range(d):
                grad_w[j] += (p - label) * row[j]
            grad_b += p - label
        w = [w[j] - lr * grad_w[j] / n for j in range(d)]
        b -= lr * grad_b / n
    return w, b
