# PyTorch's own implementation: nn.EmbeddingBag's functional form (the library cross-check).
import torch.nn.functional as F


def embedding_bag(weight, indices, offsets, mode):
    return F.embedding_bag(indices, weight, offsets, mode=mode)
