import numpy as np


def expected_calibration_error(probs, labels, n_bins):
    p = np.asarray(probs, dtype=np.float64)
    y = np.asarray(labels, dtype=np.float64)
    edges = np.linspace(0.0, 1.0, n_bins + 1)
    # Right-closed bins (e_b, e_b+1], the first one [0, e_1]: count the inner edges strictly below p.
    bins = np.searchsorted(edges[1:-1], p, side="left")
    prob_sums = np.bincount(bins, weights=p, minlength=n_bins)
    label_sums = np.bincount(bins, weights=y, minlength=n_bins)
    # |B| / n * |acc(B) - conf(B)| = |sum of labels - sum of probs| / n
    return float(np.abs(label_sums - prob_sums).sum() / len(p))
