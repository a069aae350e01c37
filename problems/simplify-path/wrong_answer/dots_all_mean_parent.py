# Bug: any piece made only of dots (beyond a single one) is taken for "..", so "..." climbs up.
class Solution:
    def simplifyPath(self, path: str) -> str:
        stack = []
        for piece in path.split("/"):
            if piece in ("", "."):
                continue
            if set(piece) == {"."}:
                if stack:
                    stack.pop()
            else:
                stack.append(piece)
        return "/" + "/".join(stack)
