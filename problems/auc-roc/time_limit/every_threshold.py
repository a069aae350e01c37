# O(n * distinct scores): the ROC curve threshold by threshold, each point counted with a full scan, then trapezoids.
def auc_roc(scores, labels):
    pairs = list(zip(scores.tolist(), labels.tolist()))
    positives = sum(label for _, label in pairs)
    negatives = len(pairs) - positives
    area, last_tpr, last_fpr = 0.0, 0.0, 0.0
    for threshold in sorted({score for score, _ in pairs}, reverse=True):
        true_positives = sum(1 for score, label in pairs if score >= threshold and label == 1)
        false_positives = sum(1 for score, label in pairs if score >= threshold and label == 0)
        tpr, fpr = true_positives / positives, false_positives / negatives
        area += (fpr - last_fpr) * (tpr + last_tpr) / 2
        last_tpr, last_fpr = tpr, fpr
    return area
