# One (center, context) pair at a time, with scalar math for the sigmoids:
# log sigmoid(x) = -log1p(exp(-x)) for x >= 0 and x - log1p(exp(x)) below.
import math

import numpy as np


def _log_sigmoid(x):
    return -math.log1p(math.exp(-x)) if x >= 0 else x - math.log1p(math.exp(x))


def _sigmoid(x):
    return 1 / (1 + math.exp(-x)) if x >= 0 else math.exp(x) / (1 + math.exp(x))


def sgns_loss_and_grads(w_in: np.ndarray, w_out: np.ndarray, centers: np.ndarray, contexts: np.ndarray,
                        negatives: np.ndarray):
    batch = len(centers)
    grad_in, grad_out = np.zeros_like(w_in), np.zeros_like(w_out)
    loss = 0.0
    for c, o, row in zip(centers.tolist(), contexts.tolist(), negatives.tolist()):
        u = w_in[c]
        s = float(u @ w_out[o])
        loss -= _log_sigmoid(s)
        g = _sigmoid(s) - 1.0 if s < 0 else -_sigmoid(-s)
        grad_in[c] += g * w_out[o] / batch
        grad_out[o] += g * u / batch
        for n in row:
            s = float(u @ w_out[n])
            loss -= _log_sigmoid(-s)
            g = _sigmoid(s)
            grad_in[c] += g * w_out[n] / batch
            grad_out[n] += g * u / batch
    return loss / batch, grad_in, grad_out
