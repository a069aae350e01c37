# Bug: the multi-class recipe on a binary problem: confidence max(p, 1 - p), accuracy
# "predicted class is right", which is a different quantity from the stated ECE.
import numpy as np


def expected_calibration_error(probs, labels, n_bins):
    conf = np.maximum(probs, 1 - probs)
    correct = ((probs >= 0.5).astype(int) == labels).astype(float)
    edges = np.linspace(0.0, 1.0, n_bins + 1)
    idx = np.searchsorted(edges[1:-1], conf)
    c = np.bincount(idx, weights=conf, minlength=n_bins)
    a = np.bincount(idx, weights=correct, minlength=n_bins)
    return float(np.abs(a - c).sum() / len(probs))
