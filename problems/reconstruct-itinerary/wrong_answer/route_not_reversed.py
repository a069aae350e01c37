from collections import defaultdict


# Builds the route in the order airports get stuck and forgets to reverse it... then patches the start.
class Solution:
    def findItinerary(self, tickets: List[List[str]]) -> List[str]:
        destinations = defaultdict(list)
        for source, target in sorted(tickets, reverse=True):
            destinations[source].append(target)
        route, stack = [], ["JFK"]
        while stack:
            if destinations[stack[-1]]:
                stack.append(destinations[stack[-1]].pop())
            else:
                route.append(stack.pop())
        route.pop()
        return ["JFK"] + route
