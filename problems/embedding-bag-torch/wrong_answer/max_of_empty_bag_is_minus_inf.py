# Bug: max pooling starts every bag at -inf, which an empty bag keeps.
import torch


def embedding_bag(weight, indices, offsets, mode):
    bags, dim = offsets.shape[0], weight.shape[1]
    ends = torch.cat([offsets[1:], torch.tensor([indices.shape[0]])])
    sizes = ends - offsets
    bag_of = torch.repeat_interleave(torch.arange(bags), sizes)
    rows = weight[indices]
    if mode == "max":
        out = torch.full((bags, dim), float("-inf"))
        return out.scatter_reduce_(0, bag_of.unsqueeze(1).expand(-1, dim), rows, reduce="amax")
    out = torch.zeros(bags, dim).index_add_(0, bag_of, rows)
    return out / sizes.clamp(min=1).unsqueeze(1) if mode == "mean" else out
