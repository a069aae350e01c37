# Bug: writes "/name" for each name left, which gives "" instead of "/" when none is left.
class Solution:
    def simplifyPath(self, path: str) -> str:
        stack = []
        for piece in path.split("/"):
            if piece == "..":
                if stack:
                    stack.pop()
            elif piece and piece != ".":
                stack.append(piece)
        return "".join("/" + name for name in stack)
