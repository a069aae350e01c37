# Bug: counts negatives with score <= the positive's, so a tied pair counts 1 instead of 1/2.
import numpy as np


def auc_roc(scores, labels):
    neg = np.sort(scores[labels == 0])
    pos = scores[labels == 1]
    wins = np.searchsorted(neg, pos, side="right").sum()
    return float(wins / (len(pos) * len(neg)))
