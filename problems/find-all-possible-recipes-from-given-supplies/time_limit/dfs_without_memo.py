# Exponential: decides each ingredient recipe by a fresh DFS every time it is met, remembering nothing,
# so a recipe reached along many paths is decided again along each one.
class Solution:
    def findAllRecipes(self, recipes, ingredients, supplies):
        needs = dict(zip(recipes, ingredients))
        have = set(supplies)

        def can_make(name, path):
            if name in have:
                return True
            if name not in needs or name in path:
                return False
            path.add(name)
            result = all(can_make(ingredient, path) for ingredient in needs[name])
            path.discard(name)
            return result

        return [recipe for recipe in recipes if can_make(recipe, set())]
