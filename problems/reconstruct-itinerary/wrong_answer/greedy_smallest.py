from collections import defaultdict


# Always flies to the smallest destination left and never backs up: it can strand tickets.
class Solution:
    def findItinerary(self, tickets: List[List[str]]) -> List[str]:
        destinations = defaultdict(list)
        for source, target in sorted(tickets, reverse=True):
            destinations[source].append(target)
        route = ["JFK"]
        while destinations[route[-1]]:
            route.append(destinations[route[-1]].pop())
        return route
