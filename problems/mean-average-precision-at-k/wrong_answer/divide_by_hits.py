# Bug: averages the precisions over the hits found, not over min(k, |relevant|).
def map_at_k(recommended, relevant, k):
    total = 0.0
    for ranked, answers in zip(recommended, relevant):
        wanted = set(answers)
        precisions, hits = [], 0
        for rank, item in enumerate(ranked[:k], start=1):
            if item in wanted:
                hits += 1
                precisions.append(hits / rank)
        total += sum(precisions) / len(precisions) if precisions else 0.0
    return total / len(recommended)
