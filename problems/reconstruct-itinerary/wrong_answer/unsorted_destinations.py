from collections import defaultdict


# Hierholzer's walk, but the destinations are taken in ticket order, not the smallest first.
class Solution:
    def findItinerary(self, tickets: List[List[str]]) -> List[str]:
        destinations = defaultdict(list)
        for source, target in reversed(tickets):
            destinations[source].append(target)
        route, stack = [], ["JFK"]
        while stack:
            if destinations[stack[-1]]:
                stack.append(destinations[stack[-1]].pop())
            else:
                route.append(stack.pop())
        return route[::-1]
