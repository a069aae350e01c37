# Bug: forgets the cutoff and counts hits anywhere in the recommended list.
def precision_recall_at_k(recommended, relevant, k):
    wanted = set(relevant)
    hits = sum(1 for item in recommended if item in wanted)
    return [hits / k, hits / len(wanted)]
