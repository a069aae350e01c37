# Bug: the mean divides by the bag's size unclamped, so an empty bag is 0 / 0 = NaN.
import torch


def embedding_bag(weight, indices, offsets, mode):
    ends = torch.cat([offsets[1:], torch.tensor([indices.shape[0]])])
    sizes = ends - offsets
    bag_of = torch.repeat_interleave(torch.arange(offsets.shape[0]), sizes)
    out = torch.zeros(offsets.shape[0], weight.shape[1]).index_add_(0, bag_of, weight[indices])
    if mode == "mean":
        return out / sizes.unsqueeze(1)
    if mode == "max":
        return torch.stack([weight[indices[s:e]].max(0).values if e > s else torch.zeros(weight.shape[1])
                            for s, e in zip(offsets.tolist(), ends.tolist())])
    return out
