# Iterative on the sorted list: a repeated value extends only the subsets the previous copy created.
class Solution:
    def subsetsWithDup(self, nums: List[int]) -> List[List[int]]:
        nums = sorted(nums)
        answer = [[]]
        created_from = 0
        for i, value in enumerate(nums):
            start = created_from if i > 0 and value == nums[i - 1] else 0
            created_from = len(answer)
            answer += [subset + [value] for subset in answer[start:]]
        return answer
