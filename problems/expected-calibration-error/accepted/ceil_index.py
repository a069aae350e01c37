# The bin index from the value: ceil(p * M) - 1, with p = 0 in the first bin; per-bin means.
import numpy as np


def expected_calibration_error(probs, labels, n_bins):
    idx = np.clip(np.ceil(probs * n_bins).astype(np.int64) - 1, 0, n_bins - 1)
    count = np.bincount(idx, minlength=n_bins)
    conf = np.bincount(idx, weights=probs, minlength=n_bins)
    acc = np.bincount(idx, weights=labels.astype(float), minlength=n_bins)
    used = count > 0
    gaps = np.abs(acc[used] / count[used] - conf[used] / count[used])
    return float(np.sum(count[used] / len(probs) * gaps))
