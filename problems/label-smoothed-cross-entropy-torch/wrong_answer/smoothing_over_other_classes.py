# Bug: the other convention: 1 - eps on the true class, eps / (C - 1) on each other class.
import torch


def label_smoothed_cross_entropy(logits, target, smoothing, ignore_index):
    kept = target != ignore_index
    z = logits[kept]
    logp = z.log_softmax(-1)
    classes = z.shape[1]
    true = logp.gather(1, target[kept].unsqueeze(1)).squeeze(1)
    others = (logp.sum(1) - true) / max(classes - 1, 1)
    return (-(1 - smoothing) * true - smoothing * others).mean()
