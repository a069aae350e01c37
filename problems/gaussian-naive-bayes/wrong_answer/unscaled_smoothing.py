# Bug: adds var_smoothing itself to the variances, not var_smoothing times the largest feature variance.
import numpy as np


def gaussian_naive_bayes(X_train, y_train, X_test, var_smoothing):
    X = np.asarray(X_train, dtype=np.float64)
    y = np.asarray(y_train)
    T = np.asarray(X_test, dtype=np.float64)
    classes = int(y.max()) + 1
    epsilon = var_smoothing
    means = np.array([X[y == c].mean(axis=0) for c in range(classes)])
    variances = np.array([X[y == c].var(axis=0) for c in range(classes)]) + epsilon
    log_prior = np.log(np.bincount(y, minlength=classes) / len(y))
    # log N(t | mean, var) summed over features, for every (test row, class)
    log_norm = -0.5 * np.sum(np.log(2.0 * np.pi * variances), axis=1)
    squared = ((T[:, None, :] - means[None, :, :]) ** 2 / variances[None, :, :]).sum(axis=2)
    joint = log_prior + log_norm - 0.5 * squared
    joint -= joint.max(axis=1, keepdims=True)
    probs = np.exp(joint)
    return probs / probs.sum(axis=1, keepdims=True)
