from collections import defaultdict, deque


class Solution:
    def findAllRecipes(self, recipes, ingredients, supplies):
        missing = {recipe: len(needs) for recipe, needs in zip(recipes, ingredients)}
        needed_by = defaultdict(list)
        for recipe, needs in zip(recipes, ingredients):
            for name in needs:
                needed_by[name].append(recipe)
        available = deque(supplies)
        made = []
        while available:  # Kahn's algorithm from the supplies
            name = available.popleft()
            for recipe in needed_by[name]:
                missing[recipe] -= 1
                if missing[recipe] == 0:
                    made.append(recipe)
                    available.append(recipe)
        return made
