import numpy as np


def cross_network(x0, weights, biases):
    """DCN-v1 cross layers, x_{l+1} = x_0 (x_l . w_l) + b_l + x_l: the d x d matrix x_0 x_l^T
    is never built, since x_0 x_l^T w_l = x_0 (x_l^T w_l). O(L * batch * d)."""
    x0 = np.asarray(x0, dtype=np.float64)
    x = x0
    for w, b in zip(np.asarray(weights, dtype=np.float64), np.asarray(biases, dtype=np.float64)):
        x = x0 * (x @ w)[:, None] + b + x
    return x
