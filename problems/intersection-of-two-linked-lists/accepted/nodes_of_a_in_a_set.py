class Solution:
    def getIntersectionNode(self, headA, headB):
        nodes = set()
        node = headA
        while node:
            nodes.add(node)
            node = node.next
        node = headB
        while node:
            if node in nodes:
                return node
            node = node.next
        return None
