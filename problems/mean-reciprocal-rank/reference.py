def mean_reciprocal_rank(recommended, relevant):
    total = 0.0
    for ranked, answers in zip(recommended, relevant):
        wanted = set(answers)
        for rank, item in enumerate(ranked, start=1):
            if item in wanted:
                total += 1.0 / rank
                break
    return total / len(recommended)
