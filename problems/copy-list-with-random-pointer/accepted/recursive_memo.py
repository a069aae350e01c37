import sys


class Solution:
    def copyRandomList(self, head):
        sys.setrecursionlimit(10000)
        copies = {}

        def copy(node):
            if node is None:
                return None
            if node in copies:
                return copies[node]
            clone = copies[node] = Node(node.val)
            clone.next = copy(node.next)
            clone.random = copy(node.random)
            return clone

        return copy(head)
