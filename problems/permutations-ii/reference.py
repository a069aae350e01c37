class Solution:
    def permuteUnique(self, nums):
        """Sorted backtracking: equal values are always used left to right, so no arrangement repeats."""
        nums = sorted(nums)
        answer, path, used = [], [], [False] * len(nums)

        def extend():
            if len(path) == len(nums):
                answer.append(path[:])
                return
            for i, value in enumerate(nums):
                if used[i] or (i > 0 and value == nums[i - 1] and not used[i - 1]):
                    continue
                used[i] = True
                path.append(value)
                extend()
                path.pop()
                used[i] = False

        extend()
        return answer
