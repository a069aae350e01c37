# Pure Python: bisect_left on the inner edges gives each example's right-closed bin.
import bisect

import numpy as np


def expected_calibration_error(probs, labels, n_bins):
    inner = np.linspace(0.0, 1.0, n_bins + 1)[1:-1].tolist()
    count = [0] * n_bins
    prob_sum = [0.0] * n_bins
    label_sum = [0] * n_bins
    for p, y in zip(probs.tolist(), labels.tolist()):
        b = bisect.bisect_left(inner, p)
        count[b] += 1
        prob_sum[b] += p
        label_sum[b] += y
    n = len(probs)
    return sum(c / n * abs(label_sum[b] / c - prob_sum[b] / c) for b, c in enumerate(count) if c)
