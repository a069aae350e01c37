from collections import defaultdict


class Solution:
    def findItinerary(self, tickets: List[List[str]]) -> List[str]:
        """Depth-first search over the sorted tickets; the first full route found is the smallest."""
        destinations = defaultdict(list)
        for source, target in sorted(tickets):
            destinations[source].append(target)
        route = ["JFK"]

        def fly():
            if len(route) == len(tickets) + 1:
                return True
            options = destinations[route[-1]]
            tried = set()
            for i in range(len(options)):
                target = options[i]
                if target is None or target in tried:
                    continue
                tried.add(target)
                options[i] = None
                route.append(target)
                if fly():
                    return True
                route.pop()
                options[i] = target
            return False

        fly()
        return route
