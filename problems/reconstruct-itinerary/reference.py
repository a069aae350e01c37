from collections import defaultdict


class Solution:
    def findItinerary(self, tickets):
        """Hierholzer's algorithm with the smallest destination first; airports are added when they get stuck."""
        destinations = defaultdict(list)
        for source, target in sorted(tickets, reverse=True):
            destinations[source].append(target)  # reverse-sorted, so pop() gives the smallest
        route, stack = [], ["JFK"]
        while stack:
            airport = stack[-1]
            if destinations[airport]:
                stack.append(destinations[airport].pop())
            else:
                route.append(stack.pop())
        return route[::-1]
