# Greedy: always bursts the smallest balloon, so the large ones multiply together as long as possible.
class Solution:
    def maxCoins(self, nums: List[int]) -> int:
        vals, total = nums[:], 0
        while vals:
            k = min(range(len(vals)), key=vals.__getitem__)
            left = vals[k - 1] if k > 0 else 1
            right = vals[k + 1] if k + 1 < len(vals) else 1
            total += left * vals[k] * right
            vals.pop(k)
        return total
