class Solution:
    def subsets(self, nums):
        """Backtracking: at each start index, every later value may be the next one added."""
        answer, path = [], []

        def extend(start):
            answer.append(path[:])  # a copy: path keeps changing
            for i in range(start, len(nums)):
                path.append(nums[i])
                extend(i + 1)
                path.pop()

        extend(0)
        return answer
