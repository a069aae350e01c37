class Solution:
    def generateParenthesis(self, n):
        """Grow only valid prefixes: '(' while some remain, ')' while it closes an open one."""
        answer, path = [], []

        def extend(opened, closed):
            if closed == n:
                answer.append("".join(path))
                return
            if opened < n:
                path.append("(")
                extend(opened + 1, closed)
                path.pop()
            if closed < opened:
                path.append(")")
                extend(opened, closed + 1)
                path.pop()

        extend(0, 0)
        return answer
