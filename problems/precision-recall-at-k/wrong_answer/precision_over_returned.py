# Bug: precision divides by the number of items returned, not by k, when fewer than k come back.
def precision_recall_at_k(recommended, relevant, k):
    top = recommended[:k]
    wanted = set(relevant)
    hits = sum(1 for item in top if item in wanted)
    precision = hits / len(top) if top else 0.0
    return [precision, hits / len(wanted)]
