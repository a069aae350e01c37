# Bug: Counter.most_common breaks a vote tie by first appearance (the nearest neighbour's label), not the smallest label.
from collections import Counter

import numpy as np


def knn_classify(X_train, y_train, X_test, k):
    predictions = []
    for x in X_test:
        nearest = np.argsort(((X_train - x) ** 2).sum(axis=1), kind="stable")[:k]
        predictions.append(Counter(y_train[nearest].tolist()).most_common(1)[0][0])
    return np.array(predictions)
