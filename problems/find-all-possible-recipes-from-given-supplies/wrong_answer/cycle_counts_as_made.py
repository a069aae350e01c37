# Bug: a recipe met again while it is still being decided is taken as makeable, so recipes that
# need each other in a circle are both reported.
class Solution:
    def findAllRecipes(self, recipes, ingredients, supplies):
        needs = dict(zip(recipes, ingredients))
        known = {name: True for name in supplies}
        deciding = set()

        def can_make(name):
            if name in known:
                return known[name]
            if name not in needs:
                return False
            if name in deciding:
                return True
            deciding.add(name)
            result = all(can_make(ingredient) for ingredient in needs[name])
            deciding.discard(name)
            known[name] = result
            return result

        return [recipe for recipe in recipes if can_make(recipe)]
