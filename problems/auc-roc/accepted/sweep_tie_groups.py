# Pure Python O(n log n): sort by score, walk tie groups, count negatives strictly below.
def auc_roc(scores, labels):
    pairs = sorted(zip(scores.tolist(), labels.tolist()))
    negatives_below = 0
    wins = 0.0
    i = 0
    while i < len(pairs):
        j = i
        group_pos = group_neg = 0
        while j < len(pairs) and pairs[j][0] == pairs[i][0]:
            if pairs[j][1] == 1:
                group_pos += 1
            else:
                group_neg += 1
            j += 1
        wins += group_pos * negatives_below + 0.5 * group_pos * group_neg
        negatives_below += group_neg
        i = j
    positives = sum(1 for _, y in pairs if y == 1)
    return wins / (positives * (len(pairs) - positives))
