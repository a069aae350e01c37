class Solution:
    def rob(self, nums):
        """The first and last house are never both taken: the better of the row without one, or without the other."""
        if len(nums) == 1:
            return nums[0]
        return max(self._row(nums, 1, len(nums)), self._row(nums, 0, len(nums) - 1))

    @staticmethod
    def _row(nums, start, stop):
        before_previous = previous = 0
        for i in range(start, stop):
            before_previous, previous = previous, max(previous, before_previous + nums[i])
        return previous
