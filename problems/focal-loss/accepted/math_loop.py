# Pure Python with math: a stable log-sigmoid, one element at a time.
import math

import numpy as np


def _log_sigmoid(x):
    return -math.log1p(math.exp(-x)) if x >= 0 else x - math.log1p(math.exp(x))


def focal_loss(logits, labels, alpha, gamma):
    rows = []
    for zs, ys in zip(logits.tolist(), labels.tolist()):
        row = []
        for z, y in zip(zs, ys):
            z_t = z if y == 1 else -z
            a_t = alpha if y == 1 else 1 - alpha
            row.append(-a_t * math.exp(gamma * _log_sigmoid(-z_t)) * _log_sigmoid(z_t))
        rows.append(row)
    return np.array(rows)
