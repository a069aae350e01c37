# Bug: swaps values into place but never swaps them back, so some arrangements repeat and others are missed.
class Solution:
    def permute(self, nums):
        answer = []

        def arrange(first):
            if first == len(nums):
                answer.append(nums[:])
                return
            for i in range(first, len(nums)):
                nums[first], nums[i] = nums[i], nums[first]
                arrange(first + 1)

        arrange(0)
        return answer
