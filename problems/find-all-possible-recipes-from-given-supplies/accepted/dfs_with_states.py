# DFS over the recipes with memoised results; a recipe met again while it is still being decided
# is part of a cycle and cannot be made.
class Solution:
    def findAllRecipes(self, recipes: List[str], ingredients: List[List[str]], supplies: List[str]) -> List[str]:
        needs = dict(zip(recipes, ingredients))
        known = {name: True for name in supplies}  # name -> can we have it
        deciding = set()

        def can_make(name):
            if name in known:
                return known[name]
            if name not in needs or name in deciding:
                return False
            deciding.add(name)
            result = all(can_make(ingredient) for ingredient in needs[name])
            deciding.discard(name)
            known[name] = result
            return result

        return [recipe for recipe in recipes if can_make(recipe)]
