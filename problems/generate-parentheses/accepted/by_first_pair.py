# Dynamic programming on the pair the first "(" opens: every balanced string is "(" + A + ")" + B,
# with A balanced of i pairs and B balanced of n - 1 - i pairs.
class Solution:
    def generateParenthesis(self, n: int) -> List[str]:
        balanced = [[""]]
        for pairs in range(1, n + 1):
            balanced.append([f"({inside}){after}"
                             for i in range(pairs)
                             for inside in balanced[i]
                             for after in balanced[pairs - 1 - i]])
        return balanced[n]
