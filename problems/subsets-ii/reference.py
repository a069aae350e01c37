class Solution:
    def subsetsWithDup(self, nums):
        """Sort, then backtrack; at each position take only the first of a run of equal values."""
        nums = sorted(nums)
        answer, path = [], []

        def extend(start):
            answer.append(path[:])
            for i in range(start, len(nums)):
                if i > start and nums[i] == nums[i - 1]:
                    continue  # this value was already tried at this position
                path.append(nums[i])
                extend(i + 1)
                path.pop()

        extend(0)
        return answer
