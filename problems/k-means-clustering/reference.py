import numpy as np


def _assign(X, C):
    """Index of the nearest centroid (squared Euclidean); argmin keeps the lowest index on ties."""
    distances = np.zeros((len(X), len(C)))
    for t in range(X.shape[1]):                      # one coordinate at a time: no (n, k, d) temporary
        distances += (X[:, t, None] - C[None, :, t]) ** 2
    return distances.argmin(axis=1)


def _update(X, labels, C):
    new = C.copy()                                   # an empty cluster keeps its old centroid
    for j in range(len(C)):
        members = X[labels == j]
        if len(members):
            new[j] = members.mean(axis=0)
    return new


def kmeans(X, centroids, max_iters):
    X = np.asarray(X, dtype=np.float64)
    C = np.array(centroids, dtype=np.float64)
    labels = _assign(X, C)
    for _ in range(max_iters):
        C = _update(X, labels, C)
        new_labels = _assign(X, C)
        if np.array_equal(new_labels, labels):       # the next update would change nothing
            break
        labels = new_labels
    return C, labels
