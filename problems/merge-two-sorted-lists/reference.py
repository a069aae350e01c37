class Solution:
    def mergeTwoLists(self, list1, list2):
        """Splice the smaller head onto a tail that starts at a dummy node."""
        dummy = tail = ListNode()
        while list1 and list2:
            if list2.val < list1.val:
                list1, list2 = list2, list1
            tail.next, tail, list1 = list1, list1, list1.next
        tail.next = list1 or list2
        return dummy.next
