# Bug: a trailing 9 carries into its neighbour only, which may itself be a 9 (199 + 1 gives 1 10 0).
class Solution:
    def plusOne(self, digits: List[int]) -> List[int]:
        if digits[-1] < 9:
            digits[-1] += 1
            return digits
        digits[-1] = 0
        if len(digits) == 1:
            return [1] + digits
        digits[-2] += 1
        return digits
