# Bug: takes the reciprocal of the mean first-hit rank instead of the mean of the reciprocals.
def mean_reciprocal_rank(recommended, relevant):
    ranks = []
    for ranked, answers in zip(recommended, relevant):
        wanted = set(answers)
        ranks.append(next((r for r, item in enumerate(ranked, start=1) if item in wanted), None))
    found = [r for r in ranks if r is not None]
    if not found:
        return 0.0
    return (len(found) / len(ranks)) / (sum(found) / len(found))
