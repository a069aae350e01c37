class Solution:
    def findDuplicate(self, nums):
        """Floyd: i -> nums[i] is a walk from 0 into a cycle whose entrance is the repeated value."""
        slow = fast = 0
        while True:
            slow, fast = nums[slow], nums[nums[fast]]
            if slow == fast:
                break
        slow = 0
        while slow != fast:
            slow, fast = nums[slow], nums[fast]
        return slow
