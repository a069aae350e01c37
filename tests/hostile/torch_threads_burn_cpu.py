# attack: torch's own thread pool: 16 intra-op threads multiplying matrices for ever, to spend CPU time outside the limit
# expect: RE
# torch: TLE
# local: RE
import torch


class Solution:
    def twoSum(self, nums, target):
        torch.set_num_threads(16)
        a = torch.randn(384, 384)
        while True:
            a = torch.tanh(a @ a)
