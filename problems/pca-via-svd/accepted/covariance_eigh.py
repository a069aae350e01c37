# Eigendecomposition of the covariance matrix (eigh, ascending, so reversed), then the same sign rule.
import numpy as np


def pca(X, n_components):
    centred = X - X.mean(axis=0)
    values, vectors = np.linalg.eigh(centred.T @ centred)
    order = np.argsort(values)[::-1]
    values, components = np.clip(values[order], 0, None), vectors[:, order].T
    for row in components:
        if row[np.argmax(np.abs(row))] < 0:
            row *= -1
    return components[:n_components], values[:n_components] / values.sum()
