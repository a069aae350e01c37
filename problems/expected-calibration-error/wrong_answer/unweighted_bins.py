# Bug: averages the gap over the non-empty bins instead of weighting each bin by its size.
import numpy as np


def expected_calibration_error(probs, labels, n_bins):
    edges = np.linspace(0.0, 1.0, n_bins + 1)
    idx = np.searchsorted(edges[1:-1], probs)
    count = np.bincount(idx, minlength=n_bins)
    conf = np.bincount(idx, weights=probs, minlength=n_bins)
    acc = np.bincount(idx, weights=labels.astype(float), minlength=n_bins)
    used = count > 0
    return float(np.mean(np.abs(acc[used] - conf[used]) / count[used]))
