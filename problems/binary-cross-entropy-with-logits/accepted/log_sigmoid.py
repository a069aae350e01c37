# Through log-sigmoid: log s(x) = -softplus(-x), log(1 - s(x)) = -softplus(x), softplus via logaddexp.
import numpy as np


def bce_with_logits(logits: np.ndarray, targets: np.ndarray) -> float:
    log_p = -np.logaddexp(0.0, -logits)
    log_not_p = -np.logaddexp(0.0, logits)
    return -np.mean(targets * log_p + (1 - targets) * log_not_p)
