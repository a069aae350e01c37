# Bug: returns the labels of the last assignment step, made before the final centroid update.
import numpy as np


def kmeans(X, centroids, max_iters):
    C = centroids.copy()
    labels = np.argmin(((X[:, None] - C[None]) ** 2).sum(-1), axis=1)
    for _ in range(max_iters):
        labels = np.argmin(((X[:, None] - C[None]) ** 2).sum(-1), axis=1)
        new_C = C.copy()
        for j in range(len(C)):
            if np.any(labels == j):
                new_C[j] = X[labels == j].mean(axis=0)
        if np.allclose(new_C, C):
            break
        C = new_C
    return C, labels
