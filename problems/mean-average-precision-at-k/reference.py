def map_at_k(recommended, relevant, k):
    total = 0.0
    for ranked, answers in zip(recommended, relevant):
        if not answers:
            continue  # AP = 0
        wanted = set(answers)
        hits, score = 0, 0.0
        for rank, item in enumerate(ranked[:k], start=1):
            if item in wanted:
                hits += 1
                score += hits / rank
        total += score / min(k, len(wanted))
    return total / len(recommended)
