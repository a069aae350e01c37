# Bug: allows ")" whenever fewer than n have been closed, not only while one is open, so ")(" style strings appear.
class Solution:
    def generateParenthesis(self, n):
        answer = []

        def extend(prefix, opened, closed):
            if len(prefix) == 2 * n:
                answer.append(prefix)
                return
            if opened < n:
                extend(prefix + "(", opened + 1, closed)
            if closed < n:
                extend(prefix + ")", opened, closed + 1)

        extend("", 0, 0)
        return answer
