# Pure Python with math: the log term picks the label's side, computed with log1p for the negative side.
import math

EPS = 2.0 ** -52


def brier_and_log_loss(probs, labels):
    n = len(probs)
    brier = loss = 0.0
    for p, y in zip(probs.tolist(), labels.tolist()):
        brier += (p - y) ** 2
        q = min(max(p, EPS), 1 - EPS)
        loss -= math.log(q) if y == 1 else math.log1p(-q)
    return brier / n, loss / n
