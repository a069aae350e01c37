# Bug: the swap loop starts at first + 1, skipping "leave this value where it is" (off by one).
class Solution:
    def permute(self, nums):
        answer = []

        def arrange(first):
            if first == len(nums) - 1:
                answer.append(nums[:])
                return
            for i in range(first + 1, len(nums)):
                nums[first], nums[i] = nums[i], nums[first]
                arrange(first + 1)
                nums[first], nums[i] = nums[i], nums[first]

        arrange(0)
        return answer
