# Bug: np.digitize bins are left-closed, so a probability on an edge goes to the bin on its right.
import numpy as np


def expected_calibration_error(probs, labels, n_bins):
    edges = np.linspace(0.0, 1.0, n_bins + 1)
    idx = np.clip(np.digitize(probs, edges) - 1, 0, n_bins - 1)
    count = np.bincount(idx, minlength=n_bins)
    conf = np.bincount(idx, weights=probs, minlength=n_bins)
    acc = np.bincount(idx, weights=labels.astype(float), minlength=n_bins)
    return float(np.abs(acc - conf).sum() / len(probs))
