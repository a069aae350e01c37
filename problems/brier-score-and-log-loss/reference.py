import numpy as np

EPS = np.finfo(np.float64).eps  # 2^-52, as scikit-learn's log_loss clips since 1.5


def brier_and_log_loss(probs, labels):
    p = np.asarray(probs, dtype=np.float64)
    y = np.asarray(labels, dtype=np.float64)
    brier = np.mean((p - y) ** 2)
    clipped = np.clip(p, EPS, 1.0 - EPS)
    log_loss = -np.mean(y * np.log(clipped) + (1.0 - y) * np.log1p(-clipped))
    return float(brier), float(log_loss)
