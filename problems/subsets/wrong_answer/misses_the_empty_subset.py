# Bug: the iteration starts from no subsets instead of [[]], adding each value alone by hand, so the
# empty subset is never listed.
class Solution:
    def subsets(self, nums):
        answer = []
        for value in nums:
            answer += [subset + [value] for subset in answer] + [[value]]
        return answer
