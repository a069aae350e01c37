# Bug: adds 1/rank for every relevant id in the list, not only for the first one.
def mean_reciprocal_rank(recommended, relevant):
    total = 0.0
    for ranked, answers in zip(recommended, relevant):
        wanted = set(answers)
        total += sum(1.0 / rank for rank, item in enumerate(ranked, start=1) if item in wanted)
    return total / len(recommended)
