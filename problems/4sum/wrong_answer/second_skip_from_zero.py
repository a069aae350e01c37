# Bug: skips a second value equal to its left neighbour whenever j > 0 (not j > i + 1), so the second value
# can never equal the first: [-2, 0, 0, 2] style answers with two equal middle values are lost.
class Solution:
    def fourSum(self, nums, target):
        nums = sorted(nums)
        n = len(nums)
        answer = []
        for i in range(n - 3):
            if i > 0 and nums[i] == nums[i - 1]:
                continue
            for j in range(i + 1, n - 2):
                if j > 0 and nums[j] == nums[j - 1]:
                    continue
                low, high = j + 1, n - 1
                while low < high:
                    total = nums[i] + nums[j] + nums[low] + nums[high]
                    if total < target:
                        low += 1
                    elif total > target:
                        high -= 1
                    else:
                        answer.append([nums[i], nums[j], nums[low], nums[high]])
                        low += 1
                        while low < high and nums[low] == nums[low - 1]:
                            low += 1
                        high -= 1
        return answer
