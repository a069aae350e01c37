# Bug: the ROC curve moves one example at a time, even through a group of tied scores.
import numpy as np


def auc_roc(scores, labels):
    order = np.argsort(-scores)
    y = labels[order]
    tpr = np.r_[0, np.cumsum(y == 1)] / (y == 1).sum()
    fpr = np.r_[0, np.cumsum(y == 0)] / (y == 0).sum()
    return float(np.sum((fpr[1:] - fpr[:-1]) * (tpr[1:] + tpr[:-1]) / 2))
