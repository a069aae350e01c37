# Bug: takes the SVD of X itself, without centring the features.
import numpy as np


def pca(X, n_components):
    X = np.asarray(X, dtype=np.float64)
    centred = X.copy()
    _, s, vt = np.linalg.svd(centred, full_matrices=False)
    # scikit-learn's svd_flip(u_based_decision=False): each component's largest |entry| is positive.
    biggest = np.argmax(np.abs(vt), axis=1)
    vt *= np.sign(vt[np.arange(len(vt)), biggest])[:, None]
    variance = s ** 2
    return vt[:n_components], variance[:n_components] / variance.sum()
