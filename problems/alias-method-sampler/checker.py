"""Any alias table whose columns give each word its probability, with the samples that the
statement's fixed draws pick from that table.

Alias tables are not unique (they depend on the order the small and large columns are
paired), so the table is checked by what it means: word i is picked with probability
(prob[i] + the sum of 1 - prob[j] over the columns j aliased to i) / V. That must be within
1e-9 of p_i, and exactly 0 (below 1e-12) for a word never seen. The samples must then be
exactly those of the statement's procedure run on the returned table. A prob above 1 (Vose's
last large column, left at 1 + 6e-8 by rounding) draws like 1 and one below 0 like 0, so
the distribution is checked on prob clipped to [0, 1]."""

import numpy as np

TOLERANCE, UNSEEN = 1e-9, 1e-12


def target(counts, power):
    counts = np.asarray(counts, dtype=np.float64)
    weights = np.where(counts > 0, counts ** power, 0.0)
    return weights / weights.sum()


def implied(prob, alias):
    size = len(prob)
    return (prob + np.bincount(alias, weights=1.0 - prob, minlength=size)) / size


def _numbers(value, size, kind):
    if not isinstance(value, list) or len(value) != size:
        return None
    if kind is int and not all(type(x) is int for x in value):
        return None
    if kind is float and not all(type(x) in (int, float) for x in value):
        return None
    return np.asarray(value, dtype=np.int64 if kind is int else np.float64)


def check(input, expected, got):
    size, n = len(input["counts"]), input["n"]
    if not isinstance(got, list) or len(got) != 3:
        return "the answer must be the tuple (prob, alias, samples)"
    prob, alias, samples = (_numbers(got[0], size, float), _numbers(got[1], size, int), _numbers(got[2], n, int))
    if prob is None:
        return f"prob must be an array of {size} floats"
    if alias is None:
        return f"alias must be an array of {size} ints"
    if samples is None:
        return f"samples must be an array of {n} ints"
    if not np.all(np.isfinite(prob)):
        return f"prob[{int(np.argmax(~np.isfinite(prob)))}] is not a finite number"
    if not np.all((alias >= 0) & (alias < size)):
        return f"alias[{int(np.argmax((alias < 0) | (alias >= size)))}] is not a word index"
    # a coin in [0, 1) never reaches a prob >= 1 and always exceeds one < 0
    p, q = target(input["counts"], input["power"]), implied(np.clip(prob, 0.0, 1.0), alias)
    unseen = (p == 0) & (q > UNSEEN)
    if unseen.any():
        i = int(np.argmax(unseen))
        return f"word {i} has count 0 but the table picks it with probability {q[i]:.3g}"
    off = np.abs(q - p) > TOLERANCE
    if off.any():
        i = int(np.argmax(off))
        return f"the table picks word {i} with probability {q[i]:.12g}, expected {p[i]:.12g}"
    rng = np.random.default_rng(input["seed"])
    columns = rng.integers(0, size, size=n)
    coins = rng.random(size=n)
    wanted = np.where(coins < prob[columns], columns, alias[columns])
    wrong = samples != wanted
    if wrong.any():
        i = int(np.argmax(wrong))
        return (f"sample {i} is {int(samples[i])}, but the draws column {int(columns[i])} and coin "
                f"{coins[i]:.6f} pick {int(wanted[i])} from your table")
    return None
