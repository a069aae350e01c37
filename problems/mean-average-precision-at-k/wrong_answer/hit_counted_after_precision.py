# Bug: takes P@i before counting the hit at rank i, so each precision misses its own hit.
def map_at_k(recommended, relevant, k):
    total = 0.0
    for ranked, answers in zip(recommended, relevant):
        if not answers:
            continue
        wanted = set(answers)
        hits, score = 0, 0.0
        for rank, item in enumerate(ranked[:k], start=1):
            if item in wanted:
                score += hits / rank
                hits += 1
        total += score / min(k, len(wanted))
    return total / len(recommended)
