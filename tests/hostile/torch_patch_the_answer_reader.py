# attack: rebind every torch.Tensor method a judge might call to read a returned tensor, so a wrong answer reads as the right one
# expect: RE
# torch: WA
# local: RE
import numpy as np
import torch


class Solution:
    def twoSum(self, nums, target):
        seen = {}
        for i, x in enumerate(nums):
            if target - x in seen:
                right = [seen[target - x], i]
                break
            seen[x] = i
        forged = np.array(right)
        for name in ("numpy", "detach", "tolist", "contiguous", "to", "cpu", "resolve_conj", "resolve_neg", "clone",
                     "__array__", "numel", "item"):
            setattr(torch.Tensor, name, lambda self, *args, **kwargs: forged)
        return torch.tensor([right[0], right[0]])
