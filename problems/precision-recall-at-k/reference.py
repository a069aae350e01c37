def precision_recall_at_k(recommended, relevant, k):
    wanted = set(relevant)
    hits = sum(1 for item in recommended[:k] if item in wanted)
    return [hits / k, hits / len(wanted)]
