# By hand: log-softmax by logsumexp, a boolean mask for the ignored rows, the smoothed
# target built as a distribution and dotted with -logp.
import torch


def label_smoothed_cross_entropy(logits, target, smoothing, ignore_index):
    kept = target != ignore_index
    z = logits[kept].double()
    if z.shape[0] == 0:
        return float("nan")
    logp = z - torch.logsumexp(z, dim=1, keepdim=True)
    classes = z.shape[1]
    smoothed = torch.full_like(logp, smoothing / classes)
    smoothed.scatter_add_(1, target[kept].unsqueeze(1), torch.full((z.shape[0], 1), 1.0 - smoothing,
                                                                   dtype=logp.dtype))
    return (-(smoothed * logp).sum(1)).mean().item()
