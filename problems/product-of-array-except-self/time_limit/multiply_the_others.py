# O(n^2): multiplies all the other entries for each position.
class Solution:
    def productExceptSelf(self, nums):
        answer = []
        for i in range(len(nums)):
            product = 1
            for j in range(len(nums)):
                if j != i:
                    product *= nums[j]
            answer.append(product)
        return answer
