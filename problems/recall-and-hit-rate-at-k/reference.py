import numpy as np

ID_SPAN = 10**6 + 1  # item ids are 0..10^6: user * ID_SPAN + item names a (user, item) pair


def recall_and_hit_rate_at_k(recommended, held_out, k):
    """Every (user, recommended item) pair of the top k looked up among the held-out pairs at once."""
    recommended = np.asarray(recommended, dtype=np.int64)
    held_out = np.asarray(held_out, dtype=np.int64).reshape(-1, 2)
    users = len(recommended)
    wanted = held_out[:, 0] * ID_SPAN + held_out[:, 1]
    top = np.arange(users)[:, None] * ID_SPAN + recommended[:, :k]
    hits = np.isin(top, wanted).sum(axis=1)
    relevant = np.bincount(held_out[:, 0], minlength=users)
    scored = relevant > 0  # users with nothing held out have no recall: left out of both means
    recall = float(np.mean(hits[scored] / relevant[scored]))
    hit_rate = float(np.mean(hits[scored] > 0))
    return [recall, hit_rate]
