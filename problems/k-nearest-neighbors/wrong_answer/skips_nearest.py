# Bug: drops the closest neighbour as if it were the query itself (a leave-one-out habit).
import numpy as np


def knn_classify(X_train, y_train, X_test, k):
    predictions = []
    for x in X_test:
        nearest = np.argsort(((X_train - x) ** 2).sum(axis=1), kind="stable")[1:k + 1]
        predictions.append(np.bincount(y_train[nearest]).argmax())
    return np.array(predictions)
