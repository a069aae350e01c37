class Solution:
    def subArrayRanges(self, nums):
        # Strict comparisons on both sides: with equal numbers, a subarray's extreme is counted twice.
        def sum_of(better):
            n, total = len(nums), 0
            for i in range(n):
                left = i - 1
                while left >= 0 and better(nums[i], nums[left]):
                    left -= 1
                right = i + 1
                while right < n and better(nums[i], nums[right]):
                    right += 1
                total += nums[i] * (i - left) * (right - i)
            return total

        return sum_of(lambda a, b: a >= b) - sum_of(lambda a, b: a <= b)
