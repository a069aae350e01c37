# Bug: prunes with "nums[i] > target: stop", which holds only for non-negative values; with a negative target
# the sum can still come down, so quadruplets are lost.
class Solution:
    def fourSum(self, nums, target):
        nums = sorted(nums)
        n = len(nums)
        answer = []
        for i in range(n - 3):
            if nums[i] > target:
                break
            if i > 0 and nums[i] == nums[i - 1]:
                continue
            for j in range(i + 1, n - 2):
                if j > i + 1 and nums[j] == nums[j - 1]:
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
