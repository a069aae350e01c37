# Two passes: count each colour, then overwrite nums with that many 0s, 1s and 2s.
class Solution:
    def sortColors(self, nums: List[int]) -> None:
        counts = [0, 0, 0]
        for colour in nums:
            counts[colour] += 1
        nums[:] = [0] * counts[0] + [1] * counts[1] + [2] * counts[2]
