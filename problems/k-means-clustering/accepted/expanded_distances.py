# |x - c|^2 = |x|^2 - 2 x.c + |c|^2 with a matrix product; sums per cluster with np.add.at;
# always runs all max_iters iterations (no early stop).
import numpy as np


def kmeans(X: np.ndarray, centroids: np.ndarray, max_iters: int):
    C = centroids.copy()
    k = len(C)

    def assign(C):
        d2 = (X ** 2).sum(axis=1)[:, None] - 2 * X @ C.T + (C ** 2).sum(axis=1)[None, :]
        return np.argmin(d2, axis=1)

    for _ in range(max_iters):
        labels = assign(C)
        sums = np.zeros_like(C)
        np.add.at(sums, labels, X)
        counts = np.bincount(labels, minlength=k)
        filled = counts > 0
        C[filled] = sums[filled] / counts[filled][:, None]
    return C, assign(C)
