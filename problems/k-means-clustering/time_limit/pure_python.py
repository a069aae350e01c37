# Pure Python loops: O(max_iters * n * k * d) interpreted steps.
def kmeans(X, centroids, max_iters):
    points, C = X.tolist(), centroids.tolist()
    d = len(points[0])

    def assign():
        labels = []
        for p in points:
            best, best_j = None, 0
            for j, c in enumerate(C):
                dist = sum((p[t] - c[t]) ** 2 for t in range(d))
                if best is None or dist < best:
                    best, best_j = dist, j
            labels.append(best_j)
        return labels

    labels = assign()
    for _ in range(max_iters):
        sums = [[0.0] * d for _ in C]
        counts = [0] * len(C)
        for p, j in zip(points, labels):
            counts[j] += 1
            for t in range(d):
                sums[j][t] += p[t]
        for j in range(len(C)):
            if counts[j]:
                C[j] = [s / counts[j] for s in sums[j]]
        new_labels = assign()
        if new_labels == labels:
            break
        labels = new_labels
    return C, labels
