# Bug: fits the raw 0/1 labels instead of Platt's smoothed targets.
import numpy as np


def platt_scaling(scores, labels):
    t = labels.astype(float)
    a, b = 0.0, 0.0
    for _ in range(100):
        p = 1 / (1 + np.exp(-(a * scores + b)))
        d, w = p - t, p * (1 - p) + 1e-12
        g = np.array([d @ scores, d.sum()])
        H = np.array([[w @ (scores * scores), w @ scores], [w @ scores, w.sum()]])
        step = np.linalg.solve(H, g)
        a, b = a - step[0], b - step[1]
    return float(a), float(b)
