# Insertion sort into a sorted list, each node walking from the front: O(n^2).
class Solution:
    def sortList(self, head: Optional[ListNode]) -> Optional[ListNode]:
        dummy = ListNode()
        while head:
            node, head = head, head.next
            place = dummy
            while place.next and place.next.val <= node.val:
                place = place.next
            node.next, place.next = place.next, node
        return dummy.next
