# Bug: "<=" while scanning the centroids, so a point equally close to two goes to the higher index.
import numpy as np


def kmeans(X, centroids, max_iters):
    C = centroids.copy()

    def assign(C):
        best = np.full(len(X), np.inf)
        labels = np.zeros(len(X), dtype=int)
        for j, c in enumerate(C):
            dist = ((X - c) ** 2).sum(axis=1)
            closer = dist <= best
            best[closer], labels[closer] = dist[closer], j
        return labels

    labels = assign(C)
    for _ in range(max_iters):
        for j in range(len(C)):
            if np.any(labels == j):
                C[j] = X[labels == j].mean(axis=0)
        new_labels = assign(C)
        if np.array_equal(new_labels, labels):
            break
        labels = new_labels
    return C, labels
