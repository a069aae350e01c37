# The SVD of the transposed centred matrix: its left singular vectors are the components.
import numpy as np


def pca(X, n_components):
    centred = (X - X.mean(axis=0)).T
    u, s, _ = np.linalg.svd(centred, full_matrices=False)
    components = u.T[:n_components].copy()
    signs = np.sign(components[np.arange(n_components), np.abs(components).argmax(axis=1)])
    return components * signs[:, None], (s ** 2 / np.sum(s ** 2))[:n_components]
