# O(len(ranked) * len(answers)) per query: `item in answers` scans the list each time.
def mean_reciprocal_rank(recommended, relevant):
    total = 0.0
    for ranked, answers in zip(recommended, relevant):
        for rank, item in enumerate(ranked, start=1):
            if item in answers:
                total += 1.0 / rank
                break
    return total / len(recommended)
