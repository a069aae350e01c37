# Bug: older scikit-learn's rule, the sign from each column of U (u_based_decision=True).
import numpy as np


def pca(X, n_components):
    X = np.asarray(X, dtype=np.float64)
    centred = X - X.mean(axis=0)
    u, s, vt = np.linalg.svd(centred, full_matrices=False)
    biggest = np.argmax(np.abs(u), axis=0)
    vt *= np.sign(u[biggest, np.arange(u.shape[1])])[:, None]
    variance = s ** 2
    return vt[:n_components], variance[:n_components] / variance.sum()
