# The ROC curve itself: one point per distinct threshold, then the trapezoid rule.
import numpy as np


def auc_roc(scores: np.ndarray, labels: np.ndarray) -> float:
    order = np.argsort(-scores, kind="stable")
    s, y = scores[order], labels[order]
    tp = np.cumsum(y == 1)
    fp = np.cumsum(y == 0)
    last_of_group = np.r_[s[1:] != s[:-1], True]  # keep only the end of each tie group
    tpr = np.r_[0, tp[last_of_group]] / tp[-1]
    fpr = np.r_[0, fp[last_of_group]] / fp[-1]
    return float(np.sum((fpr[1:] - fpr[:-1]) * (tpr[1:] + tpr[:-1]) / 2))
