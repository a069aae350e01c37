# Bug: swap-based, skipping nums[i] only when it equals nums[first]; after swaps the tail is no longer
# grouped, so an equal value can still be swapped into position `first` twice.
class Solution:
    def permuteUnique(self, nums):
        nums = sorted(nums)
        answer = []

        def arrange(first):
            if first == len(nums):
                answer.append(nums[:])
                return
            for i in range(first, len(nums)):
                if i != first and nums[i] == nums[first]:
                    continue
                nums[first], nums[i] = nums[i], nums[first]
                arrange(first + 1)
                nums[first], nums[i] = nums[i], nums[first]

        arrange(0)
        return answer
