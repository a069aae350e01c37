# Bug: returns Platt's / LibSVM's (A, B), for P = 1 / (1 + exp(A s + B)), without flipping the sign.
import numpy as np


def platt_scaling(scores, labels):
    n_pos = int(labels.sum())
    n_neg = len(labels) - n_pos
    t = np.where(labels == 1, (n_pos + 1) / (n_pos + 2), 1 / (n_neg + 2))
    a, b = 0.0, np.log((n_pos + 1) / (n_neg + 1))
    for _ in range(100):
        p = 0.5 * (1 + np.tanh(0.5 * (a * scores + b)))
        d, w = p - t, p * (1 - p) + 1e-12
        g = np.array([d @ scores, d.sum()])
        H = np.array([[w @ (scores * scores), w @ scores], [w @ scores, w.sum()]])
        step = np.linalg.solve(H, g)
        a, b = a - step[0], b - step[1]
    A, B = -a, -b
    return float(A), float(B)
