# scikit-learn's formulation: two columns (1 - p, p), each clipped, one-hot labels picking the column.
import numpy as np


def brier_and_log_loss(probs, labels):
    eps = np.finfo(np.float64).eps
    columns = np.clip(np.stack([1 - probs, probs], axis=1), eps, 1 - eps)
    onehot = np.eye(2)[labels]
    log_loss = -np.mean(np.sum(onehot * np.log(columns), axis=1))
    return float(np.mean((probs - labels) ** 2)), float(log_loss)
