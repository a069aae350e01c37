# Bug: 2000 steps of gradient descent on the mean loss with learning rate 0.1: fine on centred
# scores near 0, nowhere near converged when the scores sit far from 0 or are separable.
import numpy as np


def platt_scaling(scores, labels):
    n_pos = int(labels.sum())
    n_neg = len(labels) - n_pos
    t = np.where(labels == 1, (n_pos + 1) / (n_pos + 2), 1 / (n_neg + 2))
    a = b = 0.0
    for _ in range(2000):
        p = 0.5 * (1 + np.tanh(0.5 * (a * scores + b)))
        a -= 0.1 * np.mean((p - t) * scores)
        b -= 0.1 * np.mean(p - t)
    return float(a), float(b)
