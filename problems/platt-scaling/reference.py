import math

import numpy as np


def _sigmoid(z):
    return 0.5 * (1.0 + np.tanh(0.5 * z))


def _loss(a, b, s, t):
    z = a * s + b
    return float(np.sum(np.logaddexp(0.0, z) - t * z))  # -[t ln p + (1 - t) ln(1 - p)]


def platt_scaling(scores, labels):
    """Newton's method with backtracking (Lin, Lin and Weng, 2007), in our sign convention."""
    s = np.asarray(scores, dtype=np.float64)
    y = np.asarray(labels) == 1
    n_pos = int(y.sum())
    n_neg = len(s) - n_pos
    t = np.where(y, (n_pos + 1.0) / (n_pos + 2.0), 1.0 / (n_neg + 2.0))
    a, b = 0.0, math.log((n_pos + 1.0) / (n_neg + 1.0))
    loss = _loss(a, b, s, t)
    for _ in range(200):
        p = _sigmoid(a * s + b)
        d = p - t
        grad = np.array([np.dot(d, s), d.sum()])
        w = p * (1.0 - p)
        hess = np.array([[np.dot(w, s * s) + 1e-12, np.dot(w, s)], [np.dot(w, s), w.sum() + 1e-12]])
        step = np.linalg.solve(hess, grad)
        size = 1.0
        while size > 1e-12:
            new_a, new_b = a - size * step[0], b - size * step[1]
            new_loss = _loss(new_a, new_b, s, t)
            if new_loss <= loss - 1e-4 * size * float(grad @ step):
                break
            size /= 2.0
        else:
            break  # no decrease possible: at the minimum to machine precision
        moved = max(abs(new_a - a), abs(new_b - b))
        a, b, loss = new_a, new_b, new_loss
        if moved <= 1e-13 * (1.0 + abs(a) + abs(b)):
            break
    return float(a), float(b)
