# O(k^2) per user: recounts the hits of the whole prefix at every relevant rank.
def map_at_k(recommended, relevant, k):
    total = 0.0
    for ranked, answers in zip(recommended, relevant):
        if not answers:
            continue
        wanted = set(answers)
        top = ranked[:k]
        score = 0.0
        for i in range(len(top)):
            if top[i] in wanted:
                score += sum(1 for item in top[: i + 1] if item in wanted) / (i + 1)
        total += score / min(k, len(wanted))
    return total / len(recommended)
