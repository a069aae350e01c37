# Bug: recall as all hits over all held-out pairs (a micro-average), which weights users by
# how many items they hold out, instead of the mean of per-user recalls.
from collections import defaultdict


def recall_and_hit_rate_at_k(recommended, held_out, k):
    relevant = defaultdict(set)
    for user, item in held_out.tolist():
        relevant[user].add(item)
    found_total = users = users_hit = 0
    for user, row in enumerate(recommended.tolist()):
        wanted = relevant.get(user)
        if not wanted:
            continue
        found = len(set(row[:k]) & wanted)
        found_total += found
        users += 1
        users_hit += found > 0
    return [found_total / len(held_out), users_hit / users]
