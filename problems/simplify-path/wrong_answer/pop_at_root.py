# Bug: ".." always pops, so a ".." at the root pops an empty stack (IndexError).
class Solution:
    def simplifyPath(self, path: str) -> str:
        stack = []
        for piece in path.split("/"):
            if piece == "..":
                stack.pop()
            elif piece and piece != ".":
                stack.append(piece)
        return "/" + "/".join(stack)
