# Bug: counts hits anywhere in the recommended row, forgetting the cutoff k.
from collections import defaultdict


def recall_and_hit_rate_at_k(recommended, held_out, k):
    relevant = defaultdict(set)
    for user, item in held_out.tolist():
        relevant[user].add(item)
    recalls, hits = [], []
    for user, row in enumerate(recommended.tolist()):
        wanted = relevant.get(user, set())
        if not wanted:
            continue
        found = len(set(row) & wanted)
        recalls.append(found / len(wanted))
        hits.append(1.0 if found else 0.0)
    return [sum(recalls) / len(recalls), sum(hits) / len(hits)]
