# O(sum over groups of positives * negatives): every positive against every negative of its
# group, in pure Python; quadratic when one user has most of the impressions.
from collections import defaultdict


def gauc(groups, scores, labels):
    by_group = defaultdict(lambda: ([], []))
    for g, s, y in zip(groups.tolist(), scores.tolist(), labels.tolist()):
        by_group[g][y].append(s)
    total = weight = 0.0
    for negatives, positives in by_group.values():
        if not negatives or not positives:
            continue
        wins = 0.0
        for p in positives:
            for q in negatives:
                wins += 1.0 if p > q else 0.5 if p == q else 0.0
        total += (len(positives) + len(negatives)) * wins / (len(positives) * len(negatives))
        weight += len(positives) + len(negatives)
    return total / weight
