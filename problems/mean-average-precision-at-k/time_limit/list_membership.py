# O(k * |relevant|) per user: `item in answers` scans the list of relevant ids at every rank.
def map_at_k(recommended, relevant, k):
    total = 0.0
    for ranked, answers in zip(recommended, relevant):
        if not answers:
            continue
        hits, score = 0, 0.0
        for rank, item in enumerate(ranked[:k], start=1):
            if item in answers:
                hits += 1
                score += hits / rank
        total += score / min(k, len(answers))
    return total / len(recommended)
