# By hand: each index's bag number from the bag lengths, then index_add_ (sum, mean) or
# scatter_reduce_ with amax into zeros, empty bags left at zero.
import torch


def embedding_bag(weight, indices, offsets, mode):
    bags, dim = offsets.shape[0], weight.shape[1]
    ends = torch.cat([offsets[1:], torch.tensor([indices.shape[0]])])
    sizes = ends - offsets
    bag_of = torch.repeat_interleave(torch.arange(bags), sizes)
    rows = weight[indices]
    out = torch.zeros(bags, dim, dtype=weight.dtype)
    if mode == "max":
        return out.scatter_reduce_(0, bag_of.unsqueeze(1).expand(-1, dim), rows, reduce="amax",
                                   include_self=False)
    out.index_add_(0, bag_of, rows)
    if mode == "mean":
        out /= sizes.clamp(min=1).unsqueeze(1)
    return out
