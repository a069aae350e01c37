# Bug: treats every recipe name as available, without checking that the recipe itself can be made.
class Solution:
    def findAllRecipes(self, recipes, ingredients, supplies):
        have = set(supplies) | set(recipes)
        return [recipe for recipe, needs in zip(recipes, ingredients) if all(name in have for name in needs)]
