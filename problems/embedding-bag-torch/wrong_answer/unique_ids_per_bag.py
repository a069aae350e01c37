# Bug: each bag's ids deduplicated first (a set of ids), so a repeated id counts once.
import torch


def embedding_bag(weight, indices, offsets, mode):
    ends = offsets[1:].tolist() + [indices.shape[0]]
    rows = []
    for start, end in zip(offsets.tolist(), ends):
        ids = torch.unique(indices[start:end])
        if ids.numel() == 0:
            rows.append(torch.zeros(weight.shape[1]))
            continue
        bag = weight[ids]
        rows.append(bag.sum(0) if mode == "sum" else bag.mean(0) if mode == "mean" else bag.max(0).values)
    return torch.stack(rows)
