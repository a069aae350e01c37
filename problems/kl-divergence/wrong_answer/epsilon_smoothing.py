# Bug: adds 1e-12 to p and q "to avoid log(0)", so an infinite divergence comes out finite.
import numpy as np


def kl_divergence(p, q):
    eps = 1e-12
    return np.sum(p * np.log((p + eps) / (q + eps)), axis=1)
