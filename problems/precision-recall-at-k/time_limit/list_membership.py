# O(k * |relevant|): `item in relevant` scans the list for every recommended item.
def precision_recall_at_k(recommended, relevant, k):
    hits = 0
    for item in recommended[:k]:
        if item in relevant:
            hits += 1
    return [hits / k, hits / len(relevant)]
