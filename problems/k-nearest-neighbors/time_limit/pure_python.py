# Pure Python: every (query, training point) distance with a generator, then a full sort per query.
def knn_classify(X_train, y_train, X_test, k):
    train, labels = X_train.tolist(), y_train.tolist()
    predictions = []
    for x in X_test.tolist():
        distances = [(sum((a - b) ** 2 for a, b in zip(x, p)), i) for i, p in enumerate(train)]
        distances.sort()
        votes = {}
        for _, i in distances[:k]:
            votes[labels[i]] = votes.get(labels[i], 0) + 1
        top = max(votes.values())
        predictions.append(min(label for label, count in votes.items() if count == top))
    return predictions
