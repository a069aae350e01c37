# Bug: the ignored rows get a zero loss but still count in the mean's denominator.
import torch


def label_smoothed_cross_entropy(logits, target, smoothing, ignore_index):
    kept = target != ignore_index
    logp = logits.log_softmax(-1)
    safe = torch.where(kept, target, torch.zeros_like(target))
    nll = -logp.gather(1, safe.unsqueeze(1)).squeeze(1)
    loss = (1 - smoothing) * nll - smoothing * logp.mean(1)
    return (loss * kept).sum() / len(target)
