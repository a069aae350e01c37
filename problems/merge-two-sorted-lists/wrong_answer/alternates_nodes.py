# Takes one node from each list in turn, as if the lists interleaved perfectly.
class Solution:
    def mergeTwoLists(self, list1: Optional[ListNode], list2: Optional[ListNode]) -> Optional[ListNode]:
        dummy = tail = ListNode()
        while list1 and list2:
            first, second = (list1, list2) if list1.val <= list2.val else (list2, list1)
            list1, list2 = list1.next, list2.next
            tail.next, first.next = first, second
            tail = second
        tail.next = list1 or list2
        return dummy.next
