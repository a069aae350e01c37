# Bug: recall divides by min(k, |relevant|) (a capped recall some libraries report),
# not by |relevant| as the statement says.
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
        found = len(set(row[:k]) & wanted)
        recalls.append(found / min(k, len(wanted)))
        hits.append(1.0 if found else 0.0)
    return [sum(recalls) / len(recalls), sum(hits) / len(hits)]
