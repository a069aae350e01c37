# Bug: takes the mean of every cluster, even an empty one: the mean of nothing is nan.
import numpy as np


def kmeans(X, centroids, max_iters):
    C = centroids.copy()
    labels = np.argmin(((X[:, None] - C[None]) ** 2).sum(-1), axis=1)
    for _ in range(max_iters):
        C = np.array([X[labels == j].mean(axis=0) for j in range(len(C))])
        new_labels = np.argmin(((X[:, None] - C[None]) ** 2).sum(-1), axis=1)
        if np.array_equal(new_labels, labels):
            break
        labels = new_labels
    return C, labels
