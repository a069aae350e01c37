# Divide and conquer: merge the lists in pairs, round after round, log k rounds of O(N).
class Solution:
    def mergeKLists(self, lists: List[Optional[ListNode]]) -> Optional[ListNode]:
        def merge(a, b):
            dummy = tail = ListNode()
            while a and b:
                if a.val <= b.val:
                    tail.next, a = a, a.next
                else:
                    tail.next, b = b, b.next
                tail = tail.next
            tail.next = a or b
            return dummy.next

        lists = list(lists)
        if not lists:
            return None
        while len(lists) > 1:
            merged = [merge(lists[i], lists[i + 1]) for i in range(0, len(lists) - 1, 2)]
            if len(lists) % 2:
                merged.append(lists[-1])
            lists = merged
        return lists[0]
