class Solution:
    def fourSum(self, nums, target):
        """Sort; fix the first two values (each distinct value once), then close in on the last two."""
        nums.sort()  # in place: sorted() would copy the list
        n = len(nums)
        answer = []
        for i in range(n - 3):
            if i > 0 and nums[i] == nums[i - 1]:
                continue
            for j in range(i + 1, n - 2):
                if j > i + 1 and nums[j] == nums[j - 1]:
                    continue
                low, high = j + 1, n - 1
                rest = target - nums[i] - nums[j]
                while low < high:
                    pair = nums[low] + nums[high]
                    if pair < rest:
                        low += 1
                    elif pair > rest:
                        high -= 1
                    else:
                        answer.append([nums[i], nums[j], nums[low], nums[high]])
                        low += 1
                        while low < high and nums[low] == nums[low - 1]:
                            low += 1
                        high -= 1
        return answer
