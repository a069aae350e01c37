# Bug: bags taken between consecutive offsets only, so the last bag (to the end of indices)
# is never pooled: B - 1 rows.
import torch


def embedding_bag(weight, indices, offsets, mode):
    rows = []
    for start, end in zip(offsets.tolist(), offsets[1:].tolist()):
        bag = weight[indices[start:end]]
        if end == start:
            rows.append(torch.zeros(weight.shape[1]))
        elif mode == "sum":
            rows.append(bag.sum(0))
        elif mode == "mean":
            rows.append(bag.mean(0))
        else:
            rows.append(bag.max(0).values)
    return torch.stack(rows) if rows else torch.zeros(0, weight.shape[1])
