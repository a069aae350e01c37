# Breadth-first: a queue of (prefix, opened, closed), each extended by the brackets that keep it valid.
from collections import deque


class Solution:
    def generateParenthesis(self, n: int) -> List[str]:
        answer = []
        queue = deque([("", 0, 0)])
        while queue:
            prefix, opened, closed = queue.popleft()
            if len(prefix) == 2 * n:
                answer.append(prefix)
                continue
            if opened < n:
                queue.append((prefix + "(", opened + 1, closed))
            if closed < opened:
                queue.append((prefix + ")", opened, closed + 1))
        return answer
