class Solution:
    def twoSum(self, nums, target):
        position = {}
        for index, value in enumerate(nums):
            if target - value in position:
                return [position[target - value], index]
            position[value] = index
