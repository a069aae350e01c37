# Bug: stops after the first phase and returns where the two pointers meet, which is inside the cycle
# but not necessarily its entrance.
class Solution:
    def findDuplicate(self, nums):
        slow = fast = 0
        while True:
            slow, fast = nums[slow], nums[nums[fast]]
            if slow == fast:
                return slow
