# Bug: np.argpartition picks an arbitrary subset among training points tied at the k-th distance.
import numpy as np


def knn_classify(X_train, y_train, X_test, k):
    D = (X_test ** 2).sum(1)[:, None] - 2 * X_test @ X_train.T + (X_train ** 2).sum(1)[None, :]
    nearest = np.argpartition(D, k - 1, axis=1)[:, :k]
    return np.array([np.bincount(y_train[row]).argmax() for row in nearest])
