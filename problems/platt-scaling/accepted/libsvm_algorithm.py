# LibSVM's sigmoid_train (Lin, Lin and Weng 2007) in numpy: Platt's convention
# P = 1 / (1 + exp(A f + B)), Newton with a small ridge on the Hessian and backtracking,
# then the sign flipped back: a = -A, b = -B.
import math

import numpy as np


def platt_scaling(scores, labels):
    f = scores.astype(float)
    prior1 = int((labels == 1).sum())
    prior0 = len(f) - prior1
    hi, lo = (prior1 + 1.0) / (prior1 + 2.0), 1.0 / (prior0 + 2.0)
    t = np.where(labels == 1, hi, lo)
    A, B = 0.0, math.log((prior0 + 1.0) / (prior1 + 1.0))

    def objective(A, B):
        fApB = f * A + B
        return float(np.sum(np.where(fApB >= 0, t * fApB + np.log1p(np.exp(-np.abs(fApB))),
                                     (t - 1) * fApB + np.log1p(np.exp(-np.abs(fApB))))))

    fval = objective(A, B)
    for _ in range(100):
        fApB = f * A + B
        e = np.exp(-np.abs(fApB))
        p = np.where(fApB >= 0, e / (1 + e), 1 / (1 + e))   # P(y = 1) in Platt's sign
        q = 1 - p
        d2 = p * q
        h11, h22, h21 = 1e-12 + np.dot(f * f, d2), 1e-12 + d2.sum(), np.dot(f, d2)
        d1 = t - p
        g1, g2 = np.dot(f, d1), d1.sum()
        if abs(g1) < 1e-12 and abs(g2) < 1e-12:
            break
        det = h11 * h22 - h21 * h21
        dA, dB = -(h22 * g1 - h21 * g2) / det, -(-h21 * g1 + h11 * g2) / det
        gd = g1 * dA + g2 * dB
        step = 1.0
        while step >= 1e-14:
            newA, newB = A + step * dA, B + step * dB
            newf = objective(newA, newB)
            if newf < fval + 1e-4 * step * gd:
                A, B, fval = newA, newB, newf
                break
            step /= 2
        else:
            break
    return -A, -B
