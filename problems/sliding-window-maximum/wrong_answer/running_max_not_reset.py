# Bug: keeps one running maximum and recomputes it only when the leaving element was strictly larger.
class Solution:
    def maxSlidingWindow(self, nums, k):
        best = max(nums[:k])
        out = [best]
        for i in range(k, len(nums)):
            if nums[i - k] > best:
                best = max(nums[i - k + 1:i + 1])
            best = max(best, nums[i])
            out.append(best)
        return out
