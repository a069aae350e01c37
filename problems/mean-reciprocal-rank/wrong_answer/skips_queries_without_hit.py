# Bug: averages only over the queries that have a hit, instead of counting misses as 0.
def mean_reciprocal_rank(recommended, relevant):
    scores = []
    for ranked, answers in zip(recommended, relevant):
        wanted = set(answers)
        for rank, item in enumerate(ranked, start=1):
            if item in wanted:
                scores.append(1.0 / rank)
                break
    return sum(scores) / len(scores) if scores else 0.0
