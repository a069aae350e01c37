# Tries each meaning of each star in turn, with no memo: 3^k paths when the answer is false.
class Solution:
    def checkValidString(self, s: str) -> bool:
        def fits(index, balance):
            if balance < 0:
                return False
            if index == len(s):
                return balance == 0
            char = s[index]
            if char == "(":
                return fits(index + 1, balance + 1)
            if char == ")":
                return fits(index + 1, balance - 1)
            return fits(index + 1, balance + 1) or fits(index + 1, balance) or fits(index + 1, balance - 1)

        return fits(0, 0)
