# A set of the values seen so far: O(n) time but O(n) extra space (an interviewer would ask for better).
class Solution:
    def findDuplicate(self, nums: List[int]) -> int:
        seen = set()
        for x in nums:
            if x in seen:
                return x
            seen.add(x)
        return -1
