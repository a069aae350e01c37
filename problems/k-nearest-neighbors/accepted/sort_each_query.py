# One query at a time: a stable sort of its distances, then a Counter over the k labels.
from collections import Counter

import numpy as np


def knn_classify(X_train: np.ndarray, y_train: np.ndarray, X_test: np.ndarray, k: int) -> np.ndarray:
    predictions = []
    for x in X_test:
        distances = np.sqrt(((X_train - x) ** 2).sum(axis=1))
        nearest = np.argsort(distances, kind="stable")[:k]
        votes = Counter(y_train[nearest].tolist())
        top = max(votes.values())
        predictions.append(min(label for label, count in votes.items() if count == top))
    return np.array(predictions)
