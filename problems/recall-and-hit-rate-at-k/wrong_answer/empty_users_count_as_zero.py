# Bug: users with nothing held out count as recall 0 and a miss, instead of being
# left out of both means.
from collections import defaultdict


def recall_and_hit_rate_at_k(recommended, held_out, k):
    relevant = defaultdict(set)
    for user, item in held_out.tolist():
        relevant[user].add(item)
    recalls, hits = [], []
    for user, row in enumerate(recommended.tolist()):
        wanted = relevant.get(user, set())
        found = len(set(row[:k]) & wanted)
        recalls.append(found / len(wanted) if wanted else 0.0)
        hits.append(1.0 if found else 0.0)
    return [sum(recalls) / len(recalls), sum(hits) / len(hits)]
